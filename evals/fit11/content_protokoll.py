"""The text of the invented protocol of the regional annual meeting 2035 (fit11), rendered to PDF by build.py.

BLOCKS is the document in order. Block kinds:
  ("title", text)            the title
  ("sub", text)              the sub-line
  ("meta", label, text)      a meta line with a bold label ("Tid:")
  ("sak", text)              "Sak 5 Politiske saker" (bold, with a rule above)
  ("subsak", text)           "Sak 5.3 …" (bold, smaller)
  ("p", text)                a paragraph
  ("lp", label, text)        a paragraph opening with a bold label ("Votering:"), the label on its own line
  ("point", n, text)         a numbered resolution point, hanging indent
  ("table", name)            a ruled table from TABLES
  ("closing", text)          a closing line after the last sak
  ("signatures",)            the signature block (SIGNATURES)
"""

from __future__ import annotations

TITLE = "Protokoll fra regionårsmøtet 2035"
SUB = "Norsk kulturskoleråd Region Elvedal"
FOOTER = "Protokoll, regionårsmøtet 2035 – side {n} av {nb}"
CLOSING = "Møtet ble hevet kl. 16.10."
VOTES = 119  # votes present in every vote

TABLES = {
    "valg": (
        ("Kandidat", "Kommune", "Stemmer", "Resultat"),
        [
            ("Oda Skjelbred", "Hallaren", "71", "Valgt for to år"),
            ("Marius Dahle", "Tindvik", "64", "Valgt for to år"),
            ("Reidun Tveit", "Sildvåg", "55", "1. varamedlem"),
            ("Fredrik Nyland", "Bakkely", "32", "2. varamedlem"),
        ],
    ),
}

BLOCKS: list[tuple] = [
    ("title", TITLE),
    ("sub", SUB),
    ("meta", "Tid:", "Torsdag 26. april 2035 kl. 09.30–16.10"),
    ("meta", "Sted:", "Storsund kulturhus, Storsund"),
    ("meta", "Møteleder:", "Håvard Myklebust, Storsund kommune"),
    ("meta", "Protokollførere:", "Line Aamot og Jonas Vik, regionkontoret"),
    ("meta", "Tellekorps:", "Amina Hassan, Terje Rønning og Kari Bjerkeli"),
    (
        "meta",
        "Stemmer:",
        "119 stemmer fra 16 av 17 medlemskommuner og Vestmark fylkeskommune. Raudmyr kommune var ikke representert.",
    ),
    # ----------------------------------------------------------------------------------------------
    ("sak", "Sak 1 Konstituering"),
    (
        "p",
        "Regionstyreleder Ingvild Hareide ønsket velkommen. Innkallingen ble sendt ut 26. mars 2035, og det kom "
        "ingen merknader til innkallingen eller sakslisten.",
    ),
    (
        "lp",
        "Vedtak:",
        "Innkalling og saksliste godkjennes. Møteleder, protokollførere og tellekorps velges som foreslått. "
        "Elin Fagerheim og Bjørn Tvedt velges til å underskrive protokollen sammen med møteleder.",
    ),
    ("lp", "Votering:", "Enstemmig vedtatt."),
    # ----------------------------------------------------------------------------------------------
    ("sak", "Sak 2 Årsmelding 2034"),
    (
        "p",
        "Regionleder Sunniva Brattli la fram årsmeldingen. Regionkontoret gjennomførte 31 kommunebesøk i 2034, "
        "og Elvedalsdagen samlet 240 lærere i Tindvik 12. oktober 2034. Arbeidet med ny regional strategi ble "
        "sluttført med høring blant kommunene høsten 2034.",
    ),
    (
        "p",
        "Synnøve Lie, Myrvang kommune, etterlyste tall for ventelister per kommune. Regionleder svarte at tallene "
        "kommer i årsmeldingen for 2035.",
    ),
    ("lp", "Vedtak:", "Årsmeldingen for 2034 tas til orientering."),
    ("lp", "Votering:", "Enstemmig vedtatt."),
    # ----------------------------------------------------------------------------------------------
    ("sak", "Sak 3 Regnskap 2034"),
    (
        "p",
        "Regnskapet for 2034 viser et overskudd på 112 400 kroner. Revisor, Fjellstad & Ås Revisjon AS, har "
        "avgitt beretning uten merknader.",
    ),
    (
        "lp",
        "Vedtak:",
        "Regnskapet for 2034 godkjennes. Overskuddet på 112 400 kroner overføres til regionens disposisjonsfond.",
    ),
    ("lp", "Votering:", "Enstemmig vedtatt."),
    # ----------------------------------------------------------------------------------------------
    ("sak", "Sak 4 Budsjett og regional kontingent 2036"),
    (
        "lp",
        "Forslag fra styret:",
        "Driftsbudsjettet for 2036 vedtas med en ramme på 1 410 000 kroner. Den regionale tilleggskontingenten "
        "holdes uendret på 0,50 kroner per innbygger.",
    ),
    (
        "p",
        "Styreleder orienterte om at budsjettet for 2036 bygger på at medlemstallet er uendret, og at "
        "Elvedalsdagen og regionstyrets møter utgjør de største utgiftspostene.",
    ),
    (
        "lp",
        "Endringsforslag fra Hallaren kommune:",
        "Den regionale tilleggskontingenten reduseres til 0,40 kroner per innbygger.",
    ),
    (
        "lp",
        "Votering:",
        "Endringsforslaget falt med 31 mot 88 stemmer. Styrets forslag ble deretter enstemmig vedtatt.",
    ),
    ("lp", "Vedtak:", ""),
    ("point", 1, "Driftsbudsjettet for 2036 vedtas med en ramme på 1 410 000 kroner."),
    ("point", 2, "Den regionale tilleggskontingenten for 2036 er 0,50 kroner per innbygger."),
    # ----------------------------------------------------------------------------------------------
    ("sak", "Sak 5 Politiske saker"),
    ("p", "Årsmøtet behandlet fire politiske saker. Sakene ble innledet av styreleder."),
    ("subsak", "Sak 5.1 Uttalelse om kulturskolen i opplæringsloven"),
    (
        "lp",
        "Forslag fra styret:",
        "Årsmøtet ber Stortinget om å fastsette minstekrav til kulturskolen i opplæringsloven, med krav om "
        "kvalifiserte lærere og en øvre grense for ventetid.",
    ),
    ("lp", "Votering:", "Enstemmig vedtatt."),
    (
        "lp",
        "Vedtak:",
        "Uttalelsen vedtas som foreslått. Den sendes til Kunnskapsdepartementet og til "
        "stortingsrepresentantene fra Vestmark innen 10. mai 2035.",
    ),
    ("subsak", "Sak 5.2 Regional strategi 2035–2037"),
    (
        "lp",
        "Forslag fra styret:",
        "Årsmøtet vedtar regional strategi 2035–2037 slik den er lagt fram i sakspapirene. I delmål 1.2 foreslo "
        "styret at ingen søker skal vente mer enn 18 måneder på plass.",
    ),
    (
        "p",
        "Det var 14 innlegg i debatten. Flere delegater mente at 18 måneders ventetid var for lite ambisiøst, "
        "mens regionleder pekte på at enkelte kommuner i dag har ventetid på over to år.",
    ),
    (
        "lp",
        "Endringsforslag fra Myrvang kommune, fremmet av Synnøve Lie:",
        "I delmål 1.2 endres «18 måneder» til «12 måneder».",
    ),
    (
        "lp",
        "Endringsforslag fra Ospelia kommune, fremmet av Bjørn Tvedt:",
        "Et nytt hovedmål 5 «Digital kulturskole» tas inn i strategien.",
    ),
    (
        "lp",
        "Votering:",
        "Endringsforslaget fra Myrvang kommune ble vedtatt med 64 mot 55 stemmer. Endringsforslaget fra Ospelia "
        "kommune falt med 48 mot 71 stemmer. Strategien med den vedtatte endringen ble deretter enstemmig "
        "vedtatt.",
    ),
    ("lp", "Vedtak:", ""),
    (
        "point",
        1,
        "Regional strategi 2035–2037 vedtas, med den endring at ventetiden i delmål 1.2 skal være høyst 12 måneder.",
    ),
    ("point", 2, "Regionstyret fastsetter årlige prioriteringer og rapporterer på strategien i årsmeldingen."),
    ("point", 3, "Digital undervisning vurderes av regionstyret i midtveisevalueringen i 2036."),
    ("subsak", "Sak 5.3 Felles retningslinjer for søskenmoderasjon og friplass"),
    (
        "lp",
        "Forslag fra styret:",
        "Medlemskommunene oppfordres til å innføre søskenmoderasjon på 25 prosent fra og med barn nummer to. "
        "Friplass gis til barn i husholdninger med samlet inntekt under 450 000 kroner. Retningslinjene gjelder "
        "fra skoleåret 2035/2036.",
    ),
    (
        "lp",
        "Endringsforslag fra Lauvnes kommune, fremmet av Elin Fagerheim:",
        "Søskenmoderasjonen settes til 30 prosent for barn nummer to og 50 prosent fra og med barn nummer tre.",
    ),
    (
        "lp",
        "Endringsforslag fra Kvitberg kommune, fremmet av Hege Sørum:",
        "Inntektsgrensen for friplass heves til 500 000 kroner.",
    ),
    (
        "lp",
        "Votering:",
        "Endringsforslaget fra Lauvnes kommune ble vedtatt med 71 mot 48 stemmer. Endringsforslaget fra "
        "Kvitberg kommune falt med 52 mot 67 stemmer. Retningslinjene med den vedtatte endringen ble deretter "
        "enstemmig vedtatt.",
    ),
    ("lp", "Vedtak:", ""),
    (
        "point",
        1,
        "Medlemskommunene oppfordres til å innføre søskenmoderasjon på 30 prosent for barn nummer to og 50 "
        "prosent fra og med barn nummer tre.",
    ),
    ("point", 2, "Friplass gis til barn i husholdninger med samlet inntekt under 450 000 kroner."),
    ("point", 3, "Retningslinjene gjelder fra skoleåret 2035/2036."),
    ("point", 4, "Regionkontoret utarbeider en veileder for kommunene innen 1. oktober 2035."),
    ("subsak", "Sak 5.4 Pilot for regionalt fordypningsprogram"),
    (
        "lp",
        "Forslag fra styret:",
        "Regionstyret gis fullmakt til å starte Elvedal fordypningsprogram som en pilot skoleåret 2035/2036 i "
        "samarbeid med Vestmark fylkeskommune, innenfor en ramme på 350 000 kroner.",
    ),
    (
        "p",
        "Bakkely kommune ved Fredrik Nyland ba om at piloten også skulle omfatte de minste kommunene. Styreleder "
        "svarte at dette vurderes når piloten er evaluert.",
    ),
    ("lp", "Votering:", "Styrets forslag ble vedtatt med 101 mot 18 stemmer."),
    ("lp", "Vedtak:", ""),
    (
        "point",
        1,
        "Regionstyret starter Elvedal fordypningsprogram som en pilot i Storsund, Tindvik og Kvitberg skoleåret "
        "2035/2036.",
    ),
    ("point", 2, "Rammen for piloten er 350 000 kroner, som dekkes av disposisjonsfondet."),
    ("point", 3, "Erfaringene fra piloten legges fram for årsmøtet i 2036."),
    # ----------------------------------------------------------------------------------------------
    ("sak", "Sak 6 Valg"),
    (
        "p",
        "Valgkomiteens leder Gro Helland la fram innstillingen. Ingvild Hareide, Lauvnes, ble gjenvalgt som "
        "styreleder for to år ved akklamasjon.",
    ),
    (
        "p",
        "Det skulle velges to styremedlemmer og to varamedlemmer. Hver stemme kunne gis til inntil to "
        "kandidater, og det ble avgitt 222 gyldige stemmer ved skriftlig valg.",
    ),
    ("table", "valg"),
    (
        "p",
        "Som valgkomité for neste årsmøte ble Gro Helland, Furuheim (leder), Kasper Lindgren, Grønnstad, og Ane "
        "Moum, Kleivdal, valgt ved akklamasjon.",
    ),
    # ----------------------------------------------------------------------------------------------
    ("closing", CLOSING),
    ("closing", "Protokollen er godkjent og underskrevet i Brekkestad 7. mai 2035."),
    ("signatures",),
]

SIGNATURES = (
    ("Håvard Myklebust", "Elin Fagerheim", "Bjørn Tvedt"),
    ("møteleder", "protokollunderskriver", "protokollunderskriver"),
)

VOTE_PAIRS = [(31, 88), (64, 55), (48, 71), (71, 48), (52, 67), (101, 18)]


def check_votes() -> None:
    for a, b in VOTE_PAIRS:
        if a + b != VOTES:
            raise ValueError(f"{a} mot {b} does not add up to {VOTES}")
    header, rows = TABLES["valg"]
    if sum(int(r[2]) for r in rows) != 222:
        raise ValueError("election votes do not add up to 222")


def headings() -> list[str]:
    return [b[1] for b in BLOCKS if b[0] in ("sak", "subsak")]


def saker() -> list[str]:
    return [b[1] for b in BLOCKS if b[0] == "sak"]
