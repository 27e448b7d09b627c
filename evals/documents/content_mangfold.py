"""Invented Markdown strategy ("Strategi for mangfold og inkludering 2025–2028") for the evaluation set.

Written to evals/documents/mangfoldsstrategi.md by build.py. All text and figures are invented.
Deliberately left out, so that earlier unanswerable questions stay unanswerable: an adoption date
by the board, the course in diversity leadership, the Inkluderende kulturskoler scheme, prices.
"""

TEXT = """\
# Strategi for mangfold og inkludering 2025–2028

Norsk kulturskoleråd · Versjon 1.0 · Utarbeidet av administrasjonen, februar 2025

Denne strategien beskriver hvordan Kulturskolerådet vil hjelpe medlemskommunene med å gjøre
kulturskolen til et sted der alle barn og unge kan delta, bli sett og bidra. Strategien gjelder
fra 1. mars 2025 til 31. desember 2028.

## 1 Innledning

### 1.1 Bakgrunn

Norske kommuner er mer sammensatte enn før, både språklig, kulturelt og sosialt. Elevene i
kulturskolen speiler likevel ikke alltid befolkningen i kommunen. I Kulturskolerådets
medlemsundersøkelse 2024 svarte 71 prosent av kulturskolelederne at elevgruppen deres er mindre
mangfoldig enn barnebefolkningen i kommunen.

### 1.2 Formål

Strategien skal

- gi kulturskolene et felles språk for arbeidet med mangfold og inkludering
- peke ut innsatsområder der Kulturskolerådet kan gi konkret støtte
- gjøre det lettere å se hva som virker, og dele det med andre kommuner

## 2 Begreper og prinsipper

### 2.1 Mangfold

Mangfold betyr at kulturskolen gjenspeiler hele befolkningen: elever og lærere med ulik
bakgrunn, ulike kunstuttrykk og ulike måter å lære på. Mangfold gjelder både hvem som går i
kulturskolen, og hva som undervises.

### 2.2 Inkludering

Inkludering er det kulturskolen gjør for at alle skal kunne delta på like vilkår. Det handler om
informasjon, pris, tilrettelegging og om hvordan elevene blir møtt i undervisningen.

### 2.3 Innenforskap

Innenforskap er opplevelsen av å høre til. En elev kan være inkludert uten å føle seg innenfor.

> Innenforskap handler om å bli en del av fellesskapet på egne premisser – ikke bare om å bli
> invitert inn i et fellesskap som andre har laget.

Kulturskolen må derfor spørre elevene selv hva som gjør at de føler seg hjemme, og bruke svarene
i utviklingen av tilbudet.

### 2.4 Definisjoner

**Elevmedvirkning** – at elevene har reell innflytelse på innhold, repertoar og arbeidsformer i undervisningen.
**Kulturell kompetanse** – evnen til å forstå og møte mennesker med en annen bakgrunn enn ens egen.
**Universell utforming** – at lokaler, informasjon og undervisning kan brukes av alle, uten særskilt tilpasning.
**Lavterskeltilbud** – et tilbud uten opptak, med lav eller ingen egenbetaling, og med enkel påmelding.

## 3 Innsatsområder

### 3.1 Rekruttering av elever

Kulturskolene skal nå barn og familier som ikke selv søker seg dit. Kulturskolerådet vil

- utvikle informasjonsmateriell om kulturskolen på minst ti språk
- samle erfaringer med oppsøkende arbeid i nærmiljøer og på asylmottak
- anbefale at kulturskolene har åpne prøvetimer minst to ganger i året

### 3.2 Mangfold blant ansatte

Elevene skal kunne se seg selv i lærerne sine. Kulturskolerådet vil

- oppfordre kommunene til å rekruttere lærere med kompetanse i kunstuttrykk fra hele verden
- lage en veileder for godkjenning av utenlandsk kunstfaglig utdanning
- gi råd om mentorordninger for nyansatte med minoritetsbakgrunn

### 3.3 Repertoar og uttrykk

Kulturskolen skal gi plass til kunstuttrykk fra mange tradisjoner, også sjangre som hiphop,
K-pop-dans og folkemusikk fra andre land. Repertoaret skal utvikles sammen med elevene.

### 3.4 Samarbeid med foreldre og frivillige

Foreldre er viktige for at barn begynner og blir i kulturskolen. Kulturskolene bør samarbeide med
innvandrerorganisasjoner, trossamfunn og frivillige lag om informasjon og rekruttering.

## 4 Tiltak og ansvar

Kulturskolerådet vil gjennomføre disse tiltakene i strategiperioden:

1. Lage en verktøykasse for mangfoldsarbeid i kulturskolen, med sjekklister og eksempler.
2. Oversette informasjonsmateriell om kulturskolen til minst ti språk.
3. Etablere et nettverk av «mangfoldsambassadører» blant kulturskolelærere.
4. Gjennomføre en undersøkelse om innenforskap blant elever i 2026 og igjen i 2028.
5. Rapportere på arbeidet til hovedstyret hvert år.

| Tiltak | Ansvar | Frist |
| --- | --- | --- |
| Verktøykasse for mangfoldsarbeid | Administrasjonen | 1. september 2025 |
| Informasjonsmateriell på minst ti språk | Administrasjonen | 31. desember 2025 |
| Nettverk av mangfoldsambassadører | Regionstyrene | 30. juni 2026 |
| Elevundersøkelse om innenforskap | Administrasjonen | 15. november 2026 |

## 5 Oppfølging og ressurser

Strategien følges opp i den årlige handlingsplanen. Nyttige ressurser:

- [Verktøykasse for mangfoldsarbeid](https://example.org/kulturskole/mangfold/verktoykasse)
- [Informasjon om kulturskolen på flere språk](https://example.org/kulturskole/sprak)
- [Veileder om universell utforming av kulturskolelokaler](https://example.org/kulturskole/universell-utforming)

Spørsmål om strategien kan sendes til [post@example.org](mailto:post@example.org).
"""
