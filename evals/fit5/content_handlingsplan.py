"""Text of the invented "Handlingsplan 2027–2028 for Kulturskolerådet" (Markdown), Norwegian Bokmål.

Written as the finished Markdown file: "#" title, "## Hovedmål N …", "### Delmål N.M …", tiltak as "- **Tiltak
N.M.K** … (ansvar: …; frist: …)", one pipe table, a blockquote, inline links and a definitions section.
Paragraphs are single lines (no hard wrapping).
"""

TITLE = "Handlingsplan 2027–2028 for Kulturskolerådet"

TEXT = """\
# Handlingsplan 2027–2028 for Kulturskolerådet

Vedtatt av hovedstyret 9. desember 2026 (HS-sak 88/26). Planen gjelder fra 1. januar 2027 til 31. desember 2028.

Handlingsplanen viser hvordan administrasjonen og de folkevalgte organene skal følge opp [Strategi 2032](https://www.kulturskoleradet.no/om-oss/strategi-2032) i perioden fram mot og rett etter Landstinget 2028. Planen har tre hovedmål. Under hvert hovedmål står delmålene, og under hvert delmål står tiltakene med ansvarlig og frist. Regionstyrene lager egne årsplaner som bygger på denne planen.

> Alle barn og unge skal få mulighet til å oppleve, lære og skape kunst og kultur i en kulturskole av høy kvalitet.

Sitatet over er visjonen i Strategi 2032, og den gjelder for alt arbeidet i planperioden.

## Hovedmål 1 Flere barn og unge i kulturskolen

Kulturskolen skal nå flere, og særlig de barna som i dag ikke søker plass.

### Delmål 1.1 Lavere terskel for å begynne

Tiltak:

- **Tiltak 1.1.1** Kartlegge elevavgift, søskenmoderasjon og friplassordninger i alle medlemskommuner (ansvar: administrasjonen; frist: 1. april 2027)
- **Tiltak 1.1.2** Utarbeide en veileder for kommuner som vil innføre friplassordning (ansvar: veilederkorpset; frist: 1. oktober 2027)
- **Tiltak 1.1.3** Etablere et nettverk for kulturskoler som prøver ut gratis prøvetimer (ansvar: regionstyrene; frist: 1. mars 2028)

### Delmål 1.2 Kulturskolen når barn som ikke deltar i dag

Tiltak:

- **Tiltak 1.2.1** Oversette informasjonsmateriellet om kulturskolen til arabisk, somali, tigrinja, ukrainsk og polsk (ansvar: kommunikasjonsavdelingen; frist: 15. juni 2027)
- **Tiltak 1.2.2** Gjennomføre et pilotprosjekt med kulturskoletilbud i asylmottak i to regioner (ansvar: fagavdelingen; frist: 31. desember 2028)
- **Tiltak 1.2.3** Utvikle et kurs i inkluderende praksis sammen med Barne-, ungdoms- og familiedirektoratet (ansvar: direktøren; frist: 1. desember 2027)

## Hovedmål 2 Kvalitet i alle ledd

Elevene skal møte god undervisning uansett hvilken kulturskole de går i.

### Delmål 2.1 Rammeplanen tas i bruk

Tiltak:

- **Tiltak 2.1.1** Holde digitale innføringskurs i rammeplanen for kulturskoleledere, minst fire i året (ansvar: fagavdelingen; frist: løpende)
- **Tiltak 2.1.2** Utvikle et verktøy for egenvurdering som kulturskolene kan bruke hvert år (ansvar: kompetansefellesskapet for kvalitet; frist: 1. februar 2028)
- **Tiltak 2.1.3** Gi veiledning fra veilederkorpset til 40 nye kommuner (ansvar: veilederkorpset; frist: 31. desember 2028)

### Delmål 2.2 Bedre kompetanse hos lærere og ledere

Tiltak:

- **Tiltak 2.2.1** Arrangere Kulturskoledagene i Brennvik 19.–21. oktober 2027 med temaet «Lærerrollen i endring» (ansvar: administrasjonen; frist: 21. oktober 2027)
- **Tiltak 2.2.2** Inngå avtale med minst to universiteter eller høyskoler om et videreutdanningstilbud på 30 studiepoeng (ansvar: direktøren; frist: 1. september 2028)

Program og påmelding for Kulturskoledagene ligger på [kulturskoledagene.no](https://www.kulturskoledagene.no/2027).

### Delmål 2.3 Fordypning med bredde

Tiltak:

- **Tiltak 2.3.1** Kartlegge regionale fordypningsprogram i alle fylker (ansvar: fagavdelingen; frist: 1. juni 2027)
- **Tiltak 2.3.2** Lage en modell for opptak til fordypning som ikke bygger på audition alene (ansvar: kompetansefellesskapet for fordypning; frist: 1. november 2027)

## Hovedmål 3 En tydelig stemme for kulturskolen

Kulturskolerådet skal påvirke beslutninger nasjonalt og lokalt.

### Delmål 3.1 Kulturskolen forskriftsfestes

Tiltak:

- **Tiltak 3.1.1** Utarbeide et forslag til forskrift om kulturskolen og sende det til Kunnskapsdepartementet (ansvar: hovedstyret; frist: 1. mai 2027)
- **Tiltak 3.1.2** Gi innspill til statsbudsjettet hvert år med krav om økt grunnstøtte (ansvar: direktøren; frist: 15. januar 2027 og 15. januar 2028)
- **Tiltak 3.1.3** Møte programkomiteene i alle stortingspartiene før stortingsvalget 2029 (ansvar: hovedstyret; frist: 1. desember 2028)

### Delmål 3.2 Sterkere lokalt påvirkningsarbeid

Tiltak:

- **Tiltak 3.2.1** Lage en verktøykasse for lokalpolitisk arbeid med maler for innspill til kommunebudsjettet (ansvar: kommunikasjonsavdelingen; frist: 1. mars 2027)
- **Tiltak 3.2.2** Gjennomføre en politikerkonferanse i hver region (ansvar: regionstyrene; frist: 31. oktober 2028)
- **Tiltak 3.2.3** Publisere nøkkeltall for hver kommune på nettsidene (ansvar: administrasjonen; frist: 1. april 2027 og 1. april 2028)

Verktøykassen skal publiseres sammen med [Rammeplan for kulturskolen](https://www.kulturskoleradet.no/rammeplan) og eksempler fra kommuner som har lyktes.

## Indikatorer

Hovedstyret bruker disse indikatorene for å vurdere om planen virker:

| Indikator | Utgangspunkt 2026 | Mål 2028 |
| --- | ---: | ---: |
| Elever i kulturskolen | 104 600 | 112 000 |
| Kommuner med friplassordning | 136 | 180 |
| Kommuner med vedtatt kulturskoleplan | 212 | 250 |
| Kommuner som har fått veiledning fra veilederkorpset | 118 | 158 |
| Deltakere på Kulturskoledagene | 640 | 800 |
| Oppslag i riksdekkende medier | 85 | 120 |

## Oppfølging og rapportering

Administrasjonen rapporterer på planen til hovedstyret to ganger i året, i juni og i desember. Regionstyrene sender en kort rapport om sine årsplaner til administrasjonen innen 1. november hvert år. Planen revideres etter Landstinget 2028.

## Definisjoner

**Fordypningstilbud**: et tilbud for elever med særlig motivasjon, med mer undervisning enn i kjerneprogrammet og krav om egeninnsats.

**Friplassordning**: en ordning der kommunen helt eller delvis fritar familier med lav inntekt for elevavgift.

**Veilederkorpset**: rådgivere og erfarne kulturskoleledere som hjelper kommuner med å ta i bruk rammeplanen.

**Løpende**: tiltaket har ingen sluttdato og følges opp i hver rapport til hovedstyret.
"""
