# ruff: noqa: E501  (the Markdown keeps one paragraph per line, so TEXT has long lines)
"""The text of docs/strategi-2027-2030.md: an invented regional strategy of Norsk kulturskoleråd, in Markdown.

Everything here is invented (the region, the places, the people, every figure and date). build.py writes TEXT
byte for byte. Conventions: one paragraph per line; "#" title, "##" for the main sections and the four
"Hovedmål N …", "###" for "Delmål N.M …"; a "Tiltak:" line before each bulleted list of measures; "VISJON" as
a level-2 heading; a blockquote with a quote; a pipe table of indicators; a numbered priority list; a
definition list ("term" line, then ": definition"); inline links.
"""

from __future__ import annotations

TITLE = "Strategi 2027–2030 for Norsk kulturskoleråd Region Lysheia"

TEXT = """\
# Strategi 2027–2030 for Norsk kulturskoleråd Region Lysheia

*Vedtatt av regionstyret 9. november 2026, sak 41/26. Strategien gjelder fra 1. januar 2027 til 31. desember 2030.*

## Innledning

Region Lysheia har 31 medlemskommuner, fra kystkommunene rundt Rauvika i vest til fjellkommunene rundt Ospelia i øst. Regionkontoret ligger i Tindevik.
Strategien er utarbeidet av en arbeidsgruppe ledet av nestleder Henrik Tveiten, etter innspill fra kulturskolelederne på regionsamlingen i Kvernby i september 2026.
Den bygger på [Kulturskolerådets nasjonale strategi](https://www.kulturskoleradet.example/strategi) og på regionens egen evaluering av perioden 2023–2026, som viste at ventelistene hadde vokst i 22 av de 31 kommunene.
Strategien har fire hovedmål og ni delmål. Under hvert delmål står de tiltakene regionen selv har ansvar for; kommunene vedtar sine egne tiltak.
Regionstyret skal gjøre en midtveisvurdering av strategien høsten 2028 og kan da justere tiltakene, men ikke målene.

> «Ingen barn i Lysheia skal måtte vente et helt skoleår på å begynne i kulturskolen. Det er dette målet vi vil bli målt på.»
> — Solfrid Eikeland, regionstyreleder

## VISJON

**Kulturskole for alle barn i Lysheia – nær der de bor, og uansett hva foreldrene tjener.**

## Hovedmål 1 Flere barn og unge får plass i kulturskolen

Kulturskolene i regionen skal ta inn flere elever, og ingen skal stå lenge på venteliste.

### Delmål 1.1 Ventelistene skal halveres innen 2030

Antall barn på venteliste i regionen skal ned fra 1 180 høsten 2026 til under 590 høsten 2030.

Tiltak:

- Regionkontoret kartlegger ventelistene i alle medlemskommuner innen 15. oktober hvert år.
- Kommuner med mer enn 50 barn på venteliste får tilbud om et eget oppfølgingsmøte med regional rådgiver.
- Regionen lager en veileder for rettferdig opptak, som skal være ferdig innen juni 2027.

### Delmål 1.2 Kortere reisevei til undervisningen

Ingen elev skal ha mer enn 30 minutters reisevei til den ordinære undervisningen.

Tiltak:

- Kulturskolene oppfordres til å legge undervisningen til nærskolen, i skoletiden eller rett etter skoleslutt.
- Regionen bygger opp et nettverk for fjernundervisning i instrumentfag for de åtte fjellkommunene.
- Regionen søker om skyssmidler til felles kurs og samspill på tvers av kommunegrensene.

## Hovedmål 2 Kulturskolen når barn som ellers faller utenfor

Familiens økonomi, bosted eller bakgrunn skal ikke avgjøre om et barn får gå i kulturskolen.

### Delmål 2.1 Friplassordning i alle medlemskommuner

Innen 2030 skal alle de 31 medlemskommunene ha en ordning med friplass for barn i familier med lav inntekt.

Tiltak:

- Regionen utarbeider en mønsterordning for friplass som kommunene kan vedta uendret.
- Regionstyret tar opp friplassordningen i det årlige møtet med ordførerne i regionen.
- Kommuner som allerede har friplass, deler erfaringene sine på Lysheiakonferansen.

### Delmål 2.2 Søskenmoderasjon i alle kommuner

Alle medlemskommuner skal gi minst 30 prosent moderasjon på elevavgiften for søsken nummer to og følgende.

Tiltak:

- Regionen sammenstiller satsene for elevavgift og moderasjon i alle kommuner og publiserer oversikten hvert år i januar.
- Regional rådgiver bistår kommuner som vil endre betalingsreglementet.

### Delmål 2.3 Tilbud til barn i barnevernet og til nyankomne barn

Kulturskolene skal ha faste samarbeidsavtaler med barneverntjenesten og med flyktningtjenesten i kommunen.

Tiltak:

- Regionen utarbeider en mal for samarbeidsavtale, ferdig innen utgangen av 2027.
- Regionen arrangerer to fagdager i året om inkludering, én på våren og én på høsten.
- Kulturskolelærere får tilbud om kurs i traumebevisst undervisning i samarbeid med Kompetansesenteret for traumearbeid i Tindevik.

## Hovedmål 3 Kompetente lærere i gode stillinger

Elevene skal møte lærere med relevant utdanning, og lærerne skal ha stillinger de kan leve av.

### Delmål 3.1 Flere lærere med relevant høyere utdanning

Andelen lærere med relevant høyere utdanning skal øke fra 81 prosent til 90 prosent.

Tiltak:

- Regionen deler ut inntil 120 000 kroner i året i stipend til videreutdanning, med høyst 15 000 kroner per lærer.
- Regionen samarbeider med Høgskolen i Ospelia om et deltidsstudium i kulturskolepedagogikk på 30 studiepoeng fra høsten 2028.

### Delmål 3.2 Større og mer attraktive stillinger

Flere kulturskolelærere skal ha en stilling på 50 prosent eller mer.

Tiltak:

- Regionen oppretter en felles vikarpool som kommunene kan bruke ved sykdom og permisjoner.
- Kommunene oppfordres til å kombinere stillinger i kulturskolen med stillinger i grunnskolen, barnehagen og kirken.
- Regionen legger ut felles stillingsannonser for små stillinger i nabokommuner, slik at de kan slås sammen.

## Hovedmål 4 Kulturskolen som lokalt kulturelt ressurssenter

Kulturskolen skal være en drivkraft for kulturlivet der den ligger, ikke bare en skole.

### Delmål 4.1 Samarbeid med det frivillige kulturlivet

Hver kulturskole skal ha minst én skriftlig samarbeidsavtale med et korps, et kor, et teaterlag eller en annen frivillig kulturorganisasjon.

Tiltak:

- Regionen lager en oversikt over gode samarbeidsavtaler og deler den på nettsidene.
- Kulturskolene inviterer de frivillige organisasjonene til en felles planleggingsdag hvert år i august.

### Delmål 4.2 Kulturskolen i barnehagen og grunnskolen

Alle barn skal møte kulturskolen minst én gang i løpet av barnehagen og barneskolen.

Tiltak:

- Kulturskolene gir minst ett tilbud i året til barnehagene i kommunen.
- Regionen utvikler, sammen med Ospelia kommune, en modell for kulturskoletimen i 1.–4. trinn som de andre kommunene kan ta i bruk.

## Indikatorer

Regionstyret følger strategien med disse indikatorene. Utgangspunktet er tall fra høsten 2026.

| Indikator | Utgangspunkt 2026 | Mål 2030 |
| --- | ---: | ---: |
| Elever i kulturskolene i regionen | 6 420 | 7 500 |
| Andel barn i grunnskolealder med kulturskoleplass | 14 % | 18 % |
| Barn på venteliste per 15. oktober | 1 180 | under 590 |
| Medlemskommuner med friplassordning | 7 | 31 |
| Medlemskommuner med søskenmoderasjon | 19 | 31 |
| Andel lærere med relevant høyere utdanning | 81 % | 90 % |
| Andel lærere i stilling på 50 % eller mer | 58 % | 70 % |
| Fjellkommuner med fjernundervisning i instrumentfag | 2 | 8 |

## Prioriteringer for 2027 og 2028

Regionstyret har satt opp denne rekkefølgen for de to første årene av strategiperioden:

1. Kartlegging av ventelistene i alle kommuner (delmål 1.1)
2. Mønsterordning for friplass (delmål 2.1)
3. Felles vikarpool (delmål 3.2)
4. Nettverk for fjernundervisning i fjellkommunene (delmål 1.2)
5. Mal for samarbeidsavtale med barnevern og flyktningtjeneste (delmål 2.3)

De øvrige tiltakene settes i gang fra 2029, etter midtveisvurderingen.

## Begreper

Venteliste
: Barn som har søkt om plass i kulturskolen innen søknadsfristen, men som ikke har fått tilbud om plass ved skolestart.

Friplass
: En kulturskoleplass uten elevavgift for barn i familier med lav inntekt, etter kommunens egne kriterier.

Søskenmoderasjon
: Redusert elevavgift for søsken nummer to og følgende i samme husstand som går i kulturskolen samtidig.

Fjellkommunene
: De åtte medlemskommunene øst for Lysheia-passet, som deler kulturskoleleder og flere lærerstillinger.

## Oppfølging og rapportering

Regionstyret rapporterer på indikatorene i årsberetningen hvert år, første gang for 2027. Tallene hentes fra GSI og fra regionens egen ventelistekartlegging.
Regional rådgiver Maren Holtebekk er kontaktperson for strategien og kan nås på [regionens nettside](https://lysheia.kulturskoleradet.example/kontakt).
Strategien, indikatortallene og den årlige ventelisteoversikten publiseres på [lysheia.kulturskoleradet.example/strategi](https://lysheia.kulturskoleradet.example/strategi).
"""
