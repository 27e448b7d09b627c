"""Text of the invented call for applications to Skarvheia utviklingsfond 2033 (fit10, Markdown).

TEXT is written byte for byte to the .md file. `render()` gives the plain text a Markdown renderer would show
(the check requires every evidence string in both the raw text and the rendered one); `sections()` cuts the
raw text at its "##" and "###" headings.
"""

from __future__ import annotations

import re

TITLE = "Utlysning: Skarvheia utviklingsfond 2033"

TEXT = """\
# Utlysning: Skarvheia utviklingsfond 2033

*Norsk kulturskoleråd Region Skarvheia · publisert 6. mars 2033*

Kulturskolene i Region Skarvheia inviteres til å søke om midler til utviklingsprosjekter. I år kan vi fordele \
til sammen 650 000 kroner. Vi håper på mange søknader, og vi oppfordrer særlig kommuner som ikke søkte i fjor, \
til å prøve.

> **Søknadsfrist: 15. april 2033 kl. 12.00.** Søknader som kommer inn etter fristen, blir ikke behandlet.

## Om fondet

Skarvheia utviklingsfond ble opprettet av årsmøtet 22. april 2032 (sak 6). Fondet får 400 000 kroner i året \
fra Nordhei fylkeskommune og 200 000 kroner fra regionens eget budsjett. Rammen for 2033 er høyere enn vanlig \
fordi 50 000 kroner ikke ble fordelt ved den første utlysningen.

Høsten 2032 kom det inn 14 søknader, og ni prosjekter fikk til sammen 550 000 kroner. En oversikt over \
prosjektene finner du på [regionens nettside](https://skarvheia.kulturskoleradet.example/fondet/2032).

> «Midlene ga oss rom til å prøve ut dans og rytmikk i barnehagene før vi visste om det ville fungere. Nå er \
tilbudet en fast del av kulturskolen.»
> Kjersti Haugland, rektor i Skogvang kulturskole, om prosjektet fra 2032

## Hvem kan søke

- Kulturskoler i kommuner som er medlem av Norsk kulturskoleråd Region Skarvheia.
- To eller flere kommuner sammen, med én kommune som ansvarlig søker.
- Nordhei fylkeskommune kan ikke søke, men kan være samarbeidspartner i et prosjekt.

Hver kommune kan stå som ansvarlig søker på høyst én søknad, men kan i tillegg være partner i andre \
kommuners søknader.

## Hva kan det søkes om

Vi prioriterer prosjekter som

- når barn og unge som i dag ikke deltar i kulturskolen,
- prøver ut nye fag, nye undervisningsformer eller nye samarbeid med skole og barnehage,
- bygger kompetanse som kan deles med andre kulturskoler i regionen.

Det gis ikke støtte til

- ordinær drift og undervisning som kommunen uansett skal gi,
- innkjøp av instrumenter og utstyr som utgjør mer enn 15 prosent av prosjektets budsjett,
- prosjekter som allerede er gjennomført.

### Kategorier og beløp

| Kategori | Hva det gjelder | Maks tilskudd | Varighet |
| --- | --- | --- | --- |
| A | Utviklingsprosjekt i én kulturskole | 100 000 kr | inntil 12 måneder |
| B | Samarbeidsprosjekt mellom to eller flere kommuner | 150 000 kr | inntil 24 måneder |
| C | Forprosjekt eller kartlegging | 30 000 kr | inntil 6 måneder |

Alle søkere må dekke en egenandel på minst 20 prosent av prosjektets kostnader.

### Slik vurderes søknadene

| Kriterium | Vekt |
| --- | --- |
| Kvalitet og gjennomførbarhet | 30 % |
| Samarbeid på tvers av kommuner | 25 % |
| Mangfold og inkludering | 20 % |
| Overføringsverdi for andre kulturskoler | 15 % |
| Forankring i rammeplanen | 10 % |

Hver søknad får fra 1 til 6 poeng på hvert kriterium. En søknad som får under 3 poeng på kvalitet og \
gjennomførbarhet, kan ikke få tilskudd, uansett samlet poengsum.

## Slik søker du

1. Les retningslinjene for fondet på [regionens nettside](https://skarvheia.kulturskoleradet.example/fondet).
2. Kom på det digitale informasjonsmøtet 23. mars 2033 kl. 14.00, eller ta kontakt med regionkontoret hvis du \
er usikker på hvilken kategori prosjektet hører til i.
3. Fyll ut søknadsskjemaet i [søknadsportalen](https://soknad.skarvheia.example/fond2033).
4. Legg ved et budsjett som viser egenandelen. Ved samarbeidsprosjekter legger du også ved en \
samarbeidsavtale som alle kommunene har signert.
5. Få søknaden godkjent av kulturskolerektor og kommunalsjef før den sendes.
6. Send søknaden innen fristen. Du får en automatisk kvittering på e-post.

## Behandling og tidsplan

Søknadene vurderes av tildelingsutvalget, som har fem medlemmer. Utvalget avgjør søknader på inntil 100 000 \
kroner. Søknader om mer enn 100 000 kroner avgjøres av regionstyret etter innstilling fra utvalget.

- 15. april 2033: søknadsfrist
- mai 2033: tildelingsutvalget behandler søknadene
- 2. juni 2033: regionstyret behandler søknadene over 100 000 kroner
- innen 10. juni 2033: svar til alle søkere
- 1. august 2033: tidligste oppstart for prosjektene

### Utbetaling og rapport

75 prosent av tilskuddet utbetales når dere har takket ja til tilskuddet. Resten utbetales når sluttrapporten \
er godkjent. Sluttrapport med regnskap skal sendes senest tre måneder etter at prosjektet er avsluttet.

## Ofte stilte spørsmål

### Kan flere kommuner søke sammen?

Ja. Én kommune må stå som ansvarlig søker og ta imot tilskuddet. Samarbeidsprosjekter søker i kategori B og \
kan få inntil 150 000 kroner.

### Kan vi søke om lønn til egne lærere?

Ja, til frikjøp av lærere og ledere som skal arbeide i prosjektet. Dere kan ikke søke om lønn til \
undervisning som kommunen uansett skal gi.

### Må egenandelen være penger?

Nei. Egenandelen kan være arbeidstimer, lokaler eller utstyr som kommunen stiller til rådighet, regnet om til \
kroner. Arbeidstimer regnes med 450 kroner per time.

### Vi fikk tilskudd i 2032. Kan vi søke igjen?

Ja, men prosjektet fra 2032 må ha levert sluttrapport før søknadsfristen. Søker dere om å videreføre det \
samme prosjektet, må dere vise hva som er nytt.

### Hva om prosjektet blir forsinket?

Send en skriftlig søknad om utsettelse til regionkontoret før prosjektperioden er over. Prosjektperioden kan \
forlenges med inntil seks måneder.

### Kan vi klage på et avslag?

Ja. Klagen sendes til regionstyret innen tre uker etter at dere har fått svar. Reglene står i \
[delegeringsreglementet](https://skarvheia.kulturskoleradet.example/delegering), kap. 6.2.

### Hvem kan jeg kontakte?

Rådgiver Sivert Lunde ved regionkontoret i Lomvik svarer på spørsmål om utlysningen: \
[sivert.lunde@skarvheia.example](mailto:sivert.lunde@skarvheia.example).
"""


def render(text: str = TEXT) -> str:
    """The plain text a reader sees: headings without "#", quotes without ">", bullets without "- ", numbered
    items with their numbers, table rows as cells joined with " | " (the separator row dropped), links as
    "text (url)" (a mailto link as its text), emphasis markers removed. Not squashed."""
    out = []
    for line in text.splitlines():
        if re.fullmatch(r"\|(\s*-+\s*\|)+", line.strip()):
            continue
        line = re.sub(r"^#{1,6}\s+", "", line)
        line = re.sub(r"^>\s?", "", line)
        line = re.sub(r"^- ", "", line)
        if line.startswith("|") and line.endswith("|"):
            line = " | ".join(c.strip() for c in line.strip("|").split("|"))
        line = re.sub(r"\[([^\]]+)\]\(mailto:[^)]+\)", r"\1", line)
        line = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 (\2)", line)
        line = re.sub(r"\*\*(.+?)\*\*", r"\1", line)
        line = re.sub(r"\*(.+?)\*", r"\1", line)
        out.append(line)
    return "\n".join(out)


def headings(text: str = TEXT) -> list[tuple[int, str]]:
    """The "##" and "###" headings in order, as (level, title)."""
    out = []
    for line in text.splitlines():
        m = re.match(r"^(#{2,3}) (.+)$", line)
        if m:
            out.append((len(m.group(1)), m.group(2)))
    return out


def sections(text: str = TEXT) -> dict[str, str]:
    """Heading title → the raw lines from that heading to the next heading of the same or a higher level
    (a "##" section holds its "###" sub-sections). The title line and the text before the first "##" are in
    no section."""
    lines = text.splitlines()
    marks = []
    for i, line in enumerate(lines):
        m = re.match(r"^(#{2,3}) (.+)$", line)
        if m:
            marks.append((i, len(m.group(1)), m.group(2)))
    out = {}
    for k, (i, level, title) in enumerate(marks):
        end = next((j for j, lv, _ in marks[k + 1 :] if lv <= level), len(lines))
        out[title] = "\n".join(lines[i:end])
    return out
