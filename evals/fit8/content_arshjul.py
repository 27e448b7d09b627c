# ruff: noqa: E501  (the Markdown is written one item per line, as the file is built byte for byte)
"""Text of the invented "Årshjul 2029" (Markdown) of the fit8 set, written byte for byte by build.py.

One item per line. "#" title, an italic adoption line, an introduction, a block quote, "## Frister i 2029" with
a pipe table (Frist | Hva | Ansvarlig), "## Januar" … "## Desember" with "- " bullets that start with the
weekday and date, "## Ord og uttrykk" as a definition list ("term" line, then ": definition"), "## Lenker"
with inline links, and one Markdown footnote ("[^1]") whose text stands at the very end.
"""

TITLE = "Årshjul 2029 for Norsk kulturskoleråd Region Fjordheim"

TEXT = """\
# Årshjul 2029 for Norsk kulturskoleråd Region Fjordheim

*Vedtatt av regionstyret 27. november 2028, sak 41/28. Sist oppdatert 4. desember 2028.*

Årshjulet samler faste frister, møter og arrangementer i Region Fjordheim i 2029. Regionen har 23 medlemskommuner, og regionkontoret ligger i Brekkvik. Regionstyret har fem møter i 2029, to av dem digitale.

Datoer merket *(foreløpig)* kan bli endret. Endringer varsles i nyhetsbrevet, som kommer ut den første mandagen i hver måned.

> «Et årshjul er ikke en liste over plikter, men et løfte til kommunene om at de vet hva som kommer.»
> — Ingrid Solbakken, regionstyreleder

## Frister i 2029

| Frist | Hva | Ansvarlig |
| --- | --- | --- |
| 15. januar | Tall til kompetansekartleggingen (elever, lærere, ventelister) | Kulturskolelederne |
| 1. februar | Søknad om reisestipend for lærere | Den enkelte lærer |
| 1. mars | Saker til regionårsmøtet | Medlemskommunene |
| 15. mars | Praksisplasser for høsten meldes til Høgskolen i Marstrøm | Hanne Kveseth |
| 20. april | Påmelding til Sommerakademiet | Kulturskolene |
| 1. juni | Rapport om bruk av utviklingsmidler tildelt for 2028 | Kulturskolelederne |
| 17. september | Søknad om utviklingsmidler for 2030 | Kulturskolelederne |
| 1. oktober | GSI-rapporteringen skal være ferdig | Kulturskolelederne |
| 1. november | Forslag til kandidater til regionstyret sendes valgkomiteen | Medlemskommunene |
| 1. desember | Årsrapport fra samarbeidsutvalget med høgskolen | Samarbeidsutvalget |

## Januar

- Mandag 8. januar: Personalmøte på regionkontoret. Den årlige gjennomgangen av de etiske retningslinjene står på sakslisten.
- Mandag 15. januar: Frist for tall til kompetansekartleggingen. Skjemaet sendes ut til kulturskolelederne før jul.
- Onsdag 24. og torsdag 25. januar: Ledersamling 1 for kulturskolelederne på Fjellvang hotell i Tjønnås. Tema: opptak og venteliste.
- Tirsdag 30. januar: Regionstyremøte 1/29, digitalt. Registeret over interessekonflikter legges fram.

## Februar

- Torsdag 1. februar: Søknadsfrist for reisestipend. En lærer kan få inntil 6 000 kroner, og regionen deler ut inntil 60 000 kroner i alt.[^1]
- Torsdag 15. februar: Fagdag for dansepedagoger i Nordsand kulturhus med koreograf Mira Tangen. Gratis for lærere i medlemskommunene.
- Uke 8 (19.–23. februar): Vinterferie. Regionkontoret har redusert bemanning.

## Mars

- Torsdag 1. mars: Frist for å sende saker til regionårsmøtet.
- Tirsdag 13. mars: Regionstyremøte 2/29 i Brekkvik. Regnskapet for 2028 og sakene til regionårsmøtet behandles.
- Torsdag 15. mars: Frist for å melde praksisplasser for høsten til Høgskolen i Marstrøm.
- Torsdag 29. mars til mandag 2. april: Regionkontoret er stengt i påsken.

## April

- Torsdag 19. og fredag 20. april: Regionårsmøtet 2029 i Marstrøm kulturhus. Hver medlemskommune kan sende to delegater. Årsmøtet behandler årsmelding og regnskap for 2028 og handlingsplanen for 2030.
- Fredag 20. april: Siste frist for påmelding til Sommerakademiet.

## Mai

- Mandag 7. mai: Samarbeidsutvalget med Høgskolen i Marstrøm, møte 1/2029, i Marstrøm.
- Lørdag 26. mai: Åpen kulturskoledag i hele regionen. Alle kulturskolene oppfordres til å holde åpent for nye elever og foresatte.
- Tirsdag 29. mai: Regionstyremøte 3/29, digitalt.

## Juni

- Fredag 1. juni: Frist for rapport om bruk av utviklingsmidler tildelt for 2028.
- Mandag 25. til fredag 29. juni: Sommerakademiet i Vågsøra for elever fra 13 til 19 år. Det er plass til 64 elever. Deltakeravgiften er 2 900 kroner, og søsken betaler 1 950 kroner. I 2028 deltok 58 elever.

## Juli

- Mandag 9. juli til fredag 3. august: Regionkontoret er stengt i fellesferien.

## August

- Tirsdag 14. august: Oppstartsseminar for nye kulturskolelærere, digitalt, kl. 12.00–15.00.
- Torsdag 30. august: Felles fagdag med Høgskolen i Marstrøm i Brekkvik kulturskole. Tema: veiledning av studenter i praksis.

## September

- Mandag 17. september: Søknadsfrist for utviklingsmidler for 2030. Regionen har 450 000 kroner til fordeling, og ingen kommune kan få mer enn 75 000 kroner.
- Tirsdag 18. september: Regionstyremøte 4/29 i Sjøvollen.
- Onsdag 26. og torsdag 27. september: Regionkonferansen «Kulturskolen i lokalsamfunnet» i Sjøvollen. Program og påmelding kommer i juni.

## Oktober

- Uke 40 (1.–5. oktober): Høstferie.
- Mandag 1. oktober: GSI-rapporteringen skal være ferdig i alle medlemskommunene.
- Onsdag 17. og torsdag 18. oktober: Ledersamling 2 i Vågsøra *(foreløpig)*.

## November

- Torsdag 1. november: Frist for forslag til kandidater til regionstyret. Valget skjer på regionårsmøtet i 2030.
- Mandag 5. november: Samarbeidsutvalget med høgskolen, møte 2/2029, i Brekkvik.
- Tirsdag 27. november: Regionstyremøte 5/29 i Brekkvik. Budsjettet for 2030 og årshjulet for 2030 vedtas.

## Desember

- Lørdag 1. desember: Årsrapporten fra samarbeidsutvalget skal være sendt til begge parter.
- Onsdag 5. desember: Markering for lærere med 25 års tjeneste i kulturskolen, Brekkvik rådhus. Hver jubilant får et gavekort på 1 500 kroner fra regionen.
- Mandag 24. desember til tirsdag 1. januar 2030: Regionkontoret er stengt.

## Ord og uttrykk

Ledersamling
: Samling med overnatting for kulturskolelederne i regionen. Det holdes to ledersamlinger i året.

Utviklingsmidler
: Tilskudd fra regionen til utviklingsarbeid i kulturskolene i medlemskommunene. Midlene kommer fra kontingenten.

Reisestipend
: Støtte til lærere som vil hospitere eller ta kurs utenfor regionen.

Foreløpig
: En dato som ikke er bekreftet. Endelig dato kommer i nyhetsbrevet.

## Lenker

- [Påmelding til arrangementer](https://fjordheim.kulturskole.example/pamelding)
- [Søknadsskjema for utviklingsmidler og reisestipend](https://fjordheim.kulturskole.example/soknad)
- [Etiske retningslinjer for ansatte og tillitsvalgte](https://fjordheim.kulturskole.example/etikk)
- [Samarbeidsavtalen med Høgskolen i Marstrøm](https://fjordheim.kulturskole.example/himar)

[^1]: Reisestipend kan ikke kombineres med utviklingsmidler til samme tiltak. Stipendet utbetales etter at reiseregning og en kort rapport er levert.
"""
