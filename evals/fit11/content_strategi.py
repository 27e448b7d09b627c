"""The text of the invented regional strategy (fit11), rendered to PDF by build.py.

BLOCKS is the document in order. Block kinds:
  ("org", text)            small line above the title (title page)
  ("title", text)          the title (title page)
  ("sub", text)            the sub-title (title page)
  ("adopted", text)        grey adoption line (title page)
  ("label", text)          a spaced small-caps label ("VISJON")
  ("vision", text)         the vision sentence, large italic
  ("h", text)              an unnumbered section heading ("Innledning", "Prioriteringer …")
  ("main", text)           "Hovedmål N …" (large bold)
  ("sub_goal", text)       "Delmål N.M …" (smaller bold)
  ("p", text)              a paragraph
  ("tiltak",)              the bold label "Tiltak:"
  ("bullet", text)         a bulleted measure
  ("num", n, text)         an item of the numbered priority list
  ("table",)               the indicator table (INDICATOR_HEADER, INDICATORS)
  ("note", text)           small italic note
  ("space", mm)            vertical space (layout only)
  ("newpage",)             a page break
"""

from __future__ import annotations

TITLE = "Regional strategi 2035–2037"
REGION = "Norsk kulturskoleråd Region Elvedal"
HEADER = "Regional strategi 2035–2037 | Norsk kulturskoleråd Region Elvedal"
VISION = (
    "Alle barn og unge i Elvedal skal ha et kulturskoletilbud av høy kvalitet, uansett bosted og familiens økonomi."
)
CLOSING = "Prioriteringer for de to første strategiårene"
INDICATOR_HEADER = ("Indikator", "Utgangspunkt 2034", "Mål 2037")
INDICATORS = [
    ("Andel barn i grunnskolealder som er elever i kulturskolen", "14 %", "18 %"),
    ("Barn og unge på venteliste (per 1. oktober)", "1 140", "600"),
    ("Gjennomsnittlig ventetid for plass", "19 måneder", "12 måneder"),
    ("Medlemskommuner med lokal plan basert på rammeplanen", "9 av 17", "17 av 17"),
    ("Medlemskommuner med søskenmoderasjon", "11 av 17", "17 av 17"),
    ("Andel lærere med minst 50 % stilling", "61 %", "75 %"),
    ("Elever i regionalt fordypningsprogram", "86", "120"),
    ("Samarbeidsprosjekter med grunnskolen", "23", "40"),
    ("Deltakere på Elvedalsdagen", "240", "300"),
]
PRIORITY_SPLIT = 3  # the priority item that runs over a page break (mid-sentence)

BLOCKS: list[tuple] = [
    ("org", REGION),
    ("title", TITLE),
    ("sub", "«Kunst og kultur for alle barn i Elvedal»"),
    ("adopted", "Vedtatt av regionårsmøtet 26. april 2035, sak 5.2"),
    ("adopted", "Gjelder for perioden 1. mai 2035 – 31. desember 2037"),
    ("space", 10),
    ("label", "VISJON"),
    ("vision", VISION),
    ("space", 6),
    ("h", "Innledning"),
    (
        "p",
        "Region Elvedal består av 17 medlemskommuner og Vestmark fylkeskommune. Regionkontoret ligger i "
        "Brekkestad. Strategien bygger på Kulturskolerådets Strategi 2032 og rammeplanen for kulturskolen, og "
        "den er regionens svar på det som kommunene meldte inn i høringen høsten 2034.",
    ),
    (
        "p",
        "Strategien har fire hovedmål. Hvert hovedmål er delt i delmål med egne tiltak. Regionstyret fastsetter "
        "hvert år hvilke tiltak som skal prioriteres, og rapporterer på indikatorene bakerst i dokumentet.",
    ),
    (
        "p",
        "Om lag 31 000 barn og unge i grunnskolealder bor i regionen. Avstandene er store: fra Sildvåg i vest "
        "til Nordkleiva i øst er det nesten fire timer med bil, og flere kommuner har færre enn 2 000 innbyggere.",
    ),
    ("h", "Verdier"),
    (
        "p",
        "Arbeidet i regionen skal preges av tre verdier: åpenhet, kvalitet og samarbeid. Ingen kommune er for "
        "liten til å ha en god kulturskole, og de største kommunene har et særlig ansvar for å dele kompetanse "
        "med nabokommunene.",
    ),
    ("newpage",),
    # ---------------------------------------------------------------------------------------------- 1
    ("main", "Hovedmål 1 Kulturskolen er tilgjengelig for alle"),
    (
        "p",
        "Kulturskolen skal nå barn og unge i hele regionen, også i de minste kommunene og i familier med dårlig "
        "råd. Hovedmålet omfatter både hvor mange som får plass, hvor lenge de må vente og hva det koster.",
    ),
    ("sub_goal", "Delmål 1.1 Flere elever fra alle deler av regionen"),
    (
        "p",
        "Andelen barn i grunnskolealder som er elever i kulturskolen, skal øke fra 14 til 18 prosent innen "
        "utgangen av 2037. Økningen skal særlig komme i kommuner der andelen i dag er under 10 prosent.",
    ),
    ("tiltak",),
    ("bullet", "Kartlegge hvilke grender og skolekretser som mangler tilbud, innen utgangen av 2035."),
    ("bullet", "Gi undervisning i tilknytning til skoledagen eller SFO i minst seks kommuner."),
    ("bullet", "Bruke ambulerende lærere mellom Sildvåg, Raudmyr og Kleivdal."),
    ("sub_goal", "Delmål 1.2 Kortere ventetid"),
    (
        "p",
        "Ingen søker skal vente mer enn 12 måneder på plass i kulturskolen innen utgangen av 2037. I 2034 var "
        "gjennomsnittlig ventetid 19 måneder, og 1 140 barn og unge sto på venteliste.",
    ),
    ("tiltak",),
    ("bullet", "En felles mal for ventelister tas i bruk i alle medlemskommunene fra høsten 2035."),
    ("bullet", "Regionkontoret rapporterer ventelistetall til regionstyret to ganger i året."),
    ("bullet", "Kommuner med lang ventetid får tilbud om veiledning fra regionkontoret."),
    ("sub_goal", "Delmål 1.3 Økonomi skal ikke stenge noen ute"),
    (
        "p",
        "Alle medlemskommuner skal ha ordninger for søskenmoderasjon og friplass i tråd med retningslinjene som "
        "årsmøtet vedtok i sak 5.3 i 2035. Regionkontoret følger opp kommunene og gir ut en egen veileder om "
        "moderasjon og friplass.",
    ),
    ("tiltak",),
    ("bullet", "Veilederen om søskenmoderasjon og friplass utgis høsten 2035."),
    ("bullet", "Regionkontoret samler inn tall for friplasser fra alle kommunene hvert år."),
    # ---------------------------------------------------------------------------------------------- 2
    ("newpage",),
    ("main", "Hovedmål 2 Kvalitet i hele opplæringen"),
    (
        "p",
        "Kvaliteten i kulturskolen avhenger av lærerne og av planene de arbeider etter. Regionen skal bidra til "
        "at lærerne har gode vilkår og at alle kommunene bruker rammeplanen.",
    ),
    ("sub_goal", "Delmål 2.1 Rammeplanen tas i bruk"),
    (
        "p",
        "Alle 17 medlemskommuner skal ha en lokal plan for kulturskolen basert på rammeplanen innen 2037. Ved "
        "utgangen av 2034 hadde ni kommuner en slik plan.",
    ),
    ("tiltak",),
    ("bullet", "Regionkontoret tilbyr planverksted for rektorer våren 2036."),
    ("bullet", "Kommuner uten lokal plan får besøk av en rådgiver."),
    ("sub_goal", "Delmål 2.2 Et levende fagmiljø"),
    (
        "p",
        "Lærerne i regionen skal møtes jevnlig på tvers av kommunegrensene. Elvedalsdagen er regionens årlige "
        "fagdag og holdes hver høst, på skift mellom medlemskommunene.",
    ),
    ("tiltak",),
    ("bullet", "Fire regionale faggrupper etableres: musikk, dans, teater og visuell kunst."),
    ("bullet", "Elvedalsdagen 2035 holdes i Ospelia."),
    ("sub_goal", "Delmål 2.3 Hele stillinger og god rekruttering"),
    (
        "p",
        "Andelen lærere med minst 50 prosent stilling skal øke fra 61 til 75 prosent. Flere kommuner skal "
        "samarbeide om felles stillinger, slik at små stillinger i flere kommuner kan bli én hel stilling.",
    ),
    ("tiltak",),
    ("bullet", "En mentorordning for nyutdannede lærere startes i 2036."),
    ("bullet", "Regionen lager en oversikt over delte stillinger som kan lyses ut i fellesskap."),
    # ---------------------------------------------------------------------------------------------- 3
    ("newpage",),
    ("main", "Hovedmål 3 Fordypning og talentutvikling"),
    (
        "p",
        "Elever som ønsker å satse, skal få et tilbud i regionen og slippe å reise ut av fylket for å få fordypning.",
    ),
    ("sub_goal", "Delmål 3.1 Et regionalt fordypningsprogram"),
    (
        "p",
        "Elvedal fordypningsprogram etableres i samarbeid med Vestmark fylkeskommune. Antallet elever i "
        "programmet skal øke fra 86 til 120. Programmet prøves først ut skoleåret 2035/2036 i tre kommuner: "
        "Storsund, Tindvik og Kvitberg.",
    ),
    ("tiltak",),
    ("bullet", "Felles opptaksprøver for programmet holdes i mars hvert år."),
    ("bullet", "Elevene får seks samlinger i året, med reisestøtte for elever som bor langt unna."),
    ("sub_goal", "Delmål 3.2 Samarbeid med høyere utdanning"),
    (
        "p",
        "Regionen skal samarbeide med Vestmark kunsthøgskole om mesterklasser og om praksisplasser for "
        "lærerstudenter i kulturskolene.",
    ),
    ("tiltak",),
    ("bullet", "Mesterklasser med lærere fra høgskolen to ganger i året."),
    ("bullet", "Minst fem praksisplasser for studenter hvert studieår."),
    # ---------------------------------------------------------------------------------------------- 4
    ("newpage",),
    ("main", "Hovedmål 4 Kulturskolen i lokalsamfunnet"),
    (
        "p",
        "Kulturskolen skal være en synlig del av lokalsamfunnet og et ressurssenter for skole, barnehage og "
        "frivillighet.",
    ),
    ("sub_goal", "Delmål 4.1 Samarbeid med grunnskolen"),
    (
        "p",
        "Antallet samarbeidsprosjekter mellom kulturskoler og grunnskoler skal øke fra 23 til 40. Prosjektene "
        "skal være planlagt sammen med skolene og ikke bare være konserter for elevene.",
    ),
    ("tiltak",),
    ("bullet", "En idébank med gjennomførte prosjekter legges ut på regionens nettside."),
    ("sub_goal", "Delmål 4.2 Kulturskolen som ressurssenter"),
    (
        "p",
        "Kulturskolen skal tilby kompetanse til barnehager, korps og kor i kommunen. Regionen skal dokumentere "
        "gode eksempler og dele dem med medlemskommunene.",
    ),
    (
        "p",
        "I 2034 hadde fem av kulturskolene i regionen faste avtaler med korps eller kor om dirigenter og "
        "instruktører. Regionen ønsker at slike avtaler blir vanlige i alle kommunene, også der kulturskolen er "
        "liten.",
    ),
    ("tiltak",),
    ("bullet", "Tre kommuner prøver ut avtaler med barnehagene sine i 2036."),
    ("sub_goal", "Delmål 4.3 Synlighet og påvirkning"),
    (
        "p",
        "Regionstyret skal møte fylkestinget i Vestmark og stortingsrepresentantene fra Vestmark minst én gang i "
        "året. Kulturskolens plass i opplæringsloven er regionens viktigste påvirkningssak i perioden.",
    ),
    ("tiltak",),
    ("bullet", "Kulturskoledagen markeres i alle medlemskommunene hvert år."),
    ("bullet", "Regionstyret lager en årlig påvirkningsplan, første gang høsten 2035."),
    # ---------------------------------------------------------------------------------------------- end
    ("space", 8),
    ("h", CLOSING),
    (
        "p",
        "Regionstyret har satt opp følgende prioriteringer for 2035 og 2036, i denne rekkefølgen. Tiltak som "
        "ikke står på listen, gjennomføres når det er kapasitet til det:",
    ),
    ("num", 1, "Felles mal for ventelister i alle medlemskommunene, jf. delmål 1.2."),
    (
        "num",
        2,
        "Veileder om søskenmoderasjon og friplass, og oppfølging av kommunene som ennå ikke har innført ordningene.",
    ),
    (
        "num",
        3,
        "Pilot for Elvedal fordypningsprogram i Storsund, Tindvik og Kvitberg skoleåret 2035/2036, med en ramme "
        "på 350 000 kroner som årsmøtet vedtok i sak 5.4. Piloten skal evalueres av en ekstern evaluator, og "
        "erfaringene legges fram for årsmøtet i 2036 før programmet eventuelt utvides til flere kommuner og "
        "til elever i videregående skole.",
    ),
    ("num", 4, "Planverksted for rektorer i kommuner uten lokal plan."),
    ("num", 5, "Mentorordning for nyutdannede lærere fra 2036."),
    ("h", "Indikatorer"),
    (
        "p",
        "Tabellen viser utgangspunktet i 2034 og målet for 2037. Tallene hentes fra GSI og fra regionkontorets "
        "egen innsamling.",
    ),
    ("table",),
    ("note", "Ventelistetallene for 2034 er samlet inn av regionkontoret og er ikke kvalitetssikret i GSI."),
    ("h", "Oppfølging og evaluering"),
    (
        "p",
        "Regionstyret rapporterer på strategien i årsmeldingen hvert år. En midtveisevaluering legges fram for "
        "årsmøtet i 2036, og en ny strategi skal vedtas på årsmøtet i 2037.",
    ),
]


def main_goals() -> list[str]:
    return [b[1] for b in BLOCKS if b[0] == "main"]


def headings() -> list[str]:
    return [b[1] for b in BLOCKS if b[0] in ("main", "sub_goal")]


def priority(n: int) -> str:
    return next(b[2] for b in BLOCKS if b[0] == "num" and b[1] == n)
