"""Invented strategy ("Strategi for kulturskoleutvikling 2025–2030") for the evaluation set.

All text, names and figures are written for this test set; it imitates the genre of a strategy
(vision, main goals, sub-goals with measures, a prioritised list, an indicator table), not any real
document. Deliberately left out, so that earlier unanswerable questions stay unanswerable: prices,
a national coverage target, pupil counts, waiting lists, the number of regions, staff titles.
"""

TITLE = "Strategi for kulturskoleutvikling 2025–2030"


def HM(n, title):
    return ("h1", f"Hovedmål {n} {title}", f"hovedmål {n}")


def DM(num, title):
    return ("h2", f"Delmål {num} {title}", f"delmål {num}")


def T(text):
    return ("li", "•", text, 6.0)


def N(n, text):
    return ("li", f"{n}.", text)


INDICATORS = [
    ["Indikator", "2024", "Mål 2030"],
    ["Andel kommuner som gir et fordypningsprogram, alene eller sammen med andre", "38 %", "60 %"],
    ["Andel elever som fortsatt går i kulturskolen tre år etter oppstart", "58 %", "70 %"],
    ["Andel kulturskoler med undervisning i minst fire kunstfag", "47 %", "70 %"],
    ["Antall kommuner med kulturskoletilbud i SFO", "96", "200"],
    ["Andel kulturskolelærere i stillinger på 50 prosent eller mer", "61 %", "75 %"],
    ["Antall lærere som har fullført videreutdanning i kulturskolepedagogikk", "0", "180"],
    ["Antall kommuner med skriftlig samarbeidsavtale mellom kulturskolen og grunnskolen", "112", "250"],
]

BLOCKS = [
    (
        "cover",
        [
            ("Norsk kulturskoleråd", 16, ""),
            ("Strategi for kulturskoleutvikling", 26, "B"),
            ("2025–2030", 22, "B"),
            ("Vedtatt av hovedstyret 12. juni 2025", 11, ""),
        ],
    ),
    ("pagebreak",),
    # ---------------------------------------------------------------- forord
    ("h1", "Forord", "forord"),
    (
        "p",
        "Kulturskolen er i endring. Flere kommuner bygger ut tilbudet, den nye rammeplanen tas i bruk, og "
        "forventningene til hva kulturskolen skal bidra med i lokalsamfunnet, øker. Denne strategien "
        "samler Kulturskolerådets utviklingsarbeid i perioden 2025–2030 under én felles retning.",
    ),
    (
        "p",
        "Strategien er utarbeidet av en arbeidsgruppe i administrasjonen ledet av seniorrådgiver Ingrid "
        "Solberg Aas, med Morten Kvalheim og Leila Haddad som medlemmer. Utkastet var på innspillsrunde "
        "blant medlemskommunene i mars og april 2025, og det kom inn 64 innspill.",
    ),
    (
        "p",
        "Strategien erstatter Utviklingsplan for kulturskolefeltet 2019–2024 og bygger på Strategi 2032. "
        "Den gjelder utviklingsarbeidet; det interessepolitiske arbeidet styres av den politiske plattformen.",
    ),
    ("p", "Kari Elisabeth Mo, leder i hovedstyret"),
    ("space", 6),
    ("label", "VISJON"),
    (
        "vision",
        "Alle barn og unge skal kunne oppleve, lære og skape kunst i en kulturskole av høy kvalitet – der de bor.",
    ),
    ("space", 2),
    ("h1", "Om strategien", "om"),
    (
        "p",
        "Strategien har fire hovedmål. Under hvert hovedmål står delmål, og under hvert delmål står tiltak "
        "som administrasjonen har ansvar for å gjennomføre i samarbeid med regionene og medlemskommunene.",
    ),
    (
        "p",
        "Hovedstyret vedtar hvert år i desember en handlingsplan som viser hvilke tiltak som skal "
        "gjennomføres det kommende året. Resultatene rapporteres i årsmeldingen.",
    ),
    (
        "p",
        "Strategien skal midtveisevalueres høsten 2027. En sluttrapport legges fram for hovedstyret innen "
        "1. mars 2031.",
    ),
    # ---------------------------------------------------------------- hovedmål 1
    HM(1, "Kvalitet i opplæringen"),
    (
        "p",
        "Kulturskolen skal gi opplæring av høy kunstfaglig og pedagogisk kvalitet, med tydelige mål for "
        "elevenes progresjon og rom for både mestring og fordypning.",
    ),
    DM("1.1", "Lokale læreplaner"),
    ("p", "Alle kulturskoler har lokale læreplaner som bygger på rammeplanen og er kjent for elever og foresatte."),
    ("h3", "Tiltak"),
    T("Utvikle en digital mal for lokale læreplaner innen utgangen av 2026."),
    T("Tilby regionale planverksteder for kulturskoleledere hvert år."),
    T("Samle eksempler på gode læreplaner i en åpen idébank på nettsidene."),
    DM("1.2", "Kompetente lærere"),
    (
        "p",
        "Kulturskolelærere har tilgang til etter- og videreutdanning som styrker både det kunstfaglige og det "
        "pedagogiske.",
    ),
    ("h3", "Tiltak"),
    T(
        "Utvikle et videreutdanningstilbud på 30 studiepoeng i kulturskolepedagogikk sammen med universiteter "
        "og høgskoler, med første kull høsten 2026."
    ),
    T("Etablere en mentorordning for nyutdannede kulturskolelærere i samarbeid med regionene."),
    T("Kartlegge kompetansebehovet i medlemskommunene hvert annet år."),
    DM("1.3", "Fordypning"),
    (
        "p",
        "Flere kommuner gir et fordypningsprogram, alene eller i samarbeid med nabokommuner, slik at elever "
        "med særlig interesse og motivasjon får et tilbud uavhengig av hvor de bor.",
    ),
    ("h3", "Tiltak"),
    T("Gi oppstartsveiledning til interkommunale fordypningsnettverk."),
    T("Utarbeide en veileder for opptak og vurdering i fordypningsprogrammet."),
    T("Arrangere en nasjonal samling for fordypningselever annethvert år, første gang i 2027."),
    # ---------------------------------------------------------------- hovedmål 2
    HM(2, "Kulturskole for alle"),
    (
        "p",
        "Kulturskolen skal være tilgjengelig for alle barn og unge, uavhengig av familiens økonomi, bosted, "
        "bakgrunn og funksjonsevne.",
    ),
    DM("2.1", "Lavere terskel"),
    ("p", "Familiens økonomi skal ikke avgjøre om et barn får gå i kulturskolen."),
    ("h3", "Tiltak"),
    T("Kartlegge moderasjonsordninger og friplasser i medlemskommunene innen utgangen av 2026."),
    T("Utarbeide anbefalinger for friplasser som kommunene kan vedta lokalt."),
    T("Samarbeide med frivillige organisasjoner om instrumentbanker der elever kan låne instrumenter gratis."),
    DM("2.2", "Kulturskole i SFO og skoletiden"),
    (
        "p",
        "Flere barn møter kulturskolen gjennom SFO og skoledagen, slik at tilbudet også når barn som ikke "
        "søker seg dit selv.",
    ),
    ("h3", "Tiltak"),
    T("Gjennomføre en pilot med kulturskoletilbud i SFO i 12 kommuner i perioden 2025–2027."),
    T("Utvikle modeller for kulturskoleundervisning i skoletiden som kommunene kan ta i bruk."),
    DM("2.3", "Tilbud i hele landet"),
    (
        "p",
        "Barn og unge i små kommuner og spredtbygde strøk skal ha et kulturskoletilbud med bredde i kunstfagene.",
    ),
    ("h3", "Tiltak"),
    T("Kartlegge hvilke kommuner som mangler tilbud i dans, teater eller visuell kunst."),
    T("Utvikle en modell for interkommunale lærerstillinger som gjør det mulig å tilby flere fag."),
    T("Prøve ut fjernundervisning i samspill i minst fem distriktskommuner."),
    # ---------------------------------------------------------------- hovedmål 3
    HM(3, "Kulturskolen som lokalt ressurssenter"),
    (
        "p",
        "Kulturskolen skal være kommunens ressurssenter for kunstfag og samarbeide med skole, barnehage og "
        "det frivillige kulturlivet.",
    ),
    DM("3.1", "Samarbeid med grunnskolen"),
    ("p", "Kulturskolen og grunnskolen samarbeider etter skriftlige avtaler som er forankret i kommuneledelsen."),
    ("h3", "Tiltak"),
    T("Lage en standardavtale for samarbeid mellom kulturskole og grunnskole innen våren 2026."),
    T("Dele erfaringer fra kommuner der kulturskolelærere underviser i grunnskolens estetiske fag."),
    DM("3.2", "Samarbeid med frivilligheten"),
    (
        "p",
        "Kulturskolen samarbeider med korps, kor, teaterlag og andre frivillige aktører om rekruttering, "
        "instruktører og lokaler.",
    ),
    ("h3", "Tiltak"),
    T("Inngå en nasjonal samarbeidsavtale med de store frivillige musikk- og teaterorganisasjonene."),
    T("Utvikle et kurs i samarbeid med frivilligheten for kulturskoleledere."),
    DM("3.3", "Kulturskolen i barnehagen"),
    ("p", "Flere barnehagebarn får møte kunstfagene gjennom besøk og prosjekter fra kulturskolen."),
    ("h3", "Tiltak"),
    T("Utarbeide et idéhefte om kulturskoleprosjekter i barnehagen."),
    T("Invitere barnehagelærerutdanningene til et fagnettverk om kunstfag for de yngste."),
    # ---------------------------------------------------------------- hovedmål 4
    HM(4, "Kunnskap om kulturskolen"),
    (
        "p",
        "Utviklingen av kulturskolen skal bygge på god statistikk og forskning, slik at kommunene og "
        "myndighetene kan ta beslutninger på et kunnskapsgrunnlag.",
    ),
    DM("4.1", "Bedre statistikk"),
    ("p", "Statistikken om kulturskolen viser hele bredden i tilbudet, også kurs, prosjekter og gruppetilbud."),
    ("h3", "Tiltak"),
    T("Arbeide for at GSI også registrerer deltakere i breddeprogrammet."),
    T("Gjennomføre en medlemsundersøkelse hvert annet år, neste gang høsten 2026."),
    DM("4.2", "Forskning og utvikling"),
    ("p", "Kulturskolefeltet har et forskningsmiljø som følger utviklingen over tid."),
    ("h3", "Tiltak"),
    T("Etablere et forskernettverk for kulturskolefeltet med minst fire universiteter og høgskoler."),
    T("Utlyse to masterstipender i året for studenter som skriver om kulturskolen."),
    # ---------------------------------------------------------------- indikatorer
    ("h1", "Indikatorer", "indikatorer"),
    (
        "p",
        "Måloppnåelsen følges med indikatorene i tabellen. Tallene for 2024 er hentet fra GSI og "
        "Kulturskolerådets medlemsundersøkelse 2024.",
    ),
    ("caption", "Tabell 1 Indikatorer for strategiperioden"),
    ("table", [104, 31, 31], INDICATORS),
    (
        "p",
        "Indikatorene rapporteres i årsmeldingen. Dersom en indikator ikke lenger kan måles, foreslår "
        "administrasjonen en erstatning for hovedstyret.",
    ),
    # ---------------------------------------------------------------- prioriteringer
    ("space", 14),  # so that item 4 of the list runs over the page break
    ("h1", "Prioriteringer 2025–2026", "prioriteringer"),
    (
        "p",
        "Hovedstyret har prioritert disse tiltakene for de to første årene av strategiperioden, i denne rekkefølgen:",
    ),
    N(
        1,
        "Videreutdanningen i kulturskolepedagogikk (delmål 1.2), fordi lærernes kompetanse er den viktigste "
        "enkeltfaktoren for kvaliteten i opplæringen.",
    ),
    N(2, "SFO-piloten (delmål 2.2), som skal gi kunnskap om hvordan kulturskolen når nye grupper av barn."),
    N(3, "Den digitale malen for lokale læreplaner (delmål 1.1), som skal støtte innføringen av rammeplanen."),
    N(
        4,
        "Kartleggingen av moderasjonsordninger og friplasser (delmål 2.1). Kartleggingen skal vise hvordan "
        "ordningene er utformet, hvor mange elever som får moderasjon, og hva ordningene koster kommunene. "
        "Resultatene skal brukes både i utviklingsarbeidet og i dialogen med statlige myndigheter, og de "
        "skal publiseres samlet slik at kommunene kan sammenligne seg med andre kommuner av samme størrelse. "
        "Kartleggingen gjennomføres i samarbeid med KS og skal være ferdig før medlemsundersøkelsen høsten "
        "2026.",
    ),
    N(5, "Standardavtalen for samarbeid mellom kulturskole og grunnskole (delmål 3.1)."),
    N(6, "Forskernettverket (delmål 4.2)."),
    (
        "p",
        "Tiltak som ikke er prioritert, gjennomføres når ressursene tillater det. Prioriteringene revideres "
        "ved midtveisevalueringen.",
    ),
]
