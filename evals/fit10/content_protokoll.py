"""Text of the invented protocol of the annual meeting 2032 of Norsk kulturskoleråd Region Skarvheia (fit10, .docx).

BLOCKS is the document in reading order; build.py writes it with python-docx. Kinds:
    ("title", text) ("sub", text)                 Title style, italic sub-line
    ("meta", label, value)                        "Tid: …" with a bold label (before Sak 1, in no sak)
    ("h1", "Sak 4 Innkomne forslag")              Heading 1, cited "sak 4"
    ("h2", "8.1 Styreleder og styremedlemmer")    Heading 2, cited "sak 8.1"
    ("p", text)                                   plain paragraph
    ("lp", label, text)                           paragraph opening with a bold label ("Vedtak:")
    ("bullet", text) ("number", text)             List Bullet / List Number (Word numbers the latter)
    ("table", key) ("remark", text)               Table Grid table; small italic remark
    ("closing", text)                             the lines after Sak 8 (in no sak)
"""

from __future__ import annotations

TITLE = "Protokoll fra årsmøtet 2032"
SUB = "Norsk kulturskoleråd Region Skarvheia"
CLOSING = "Møtet ble hevet kl. 15.40."

ATTENDANCE_HEADER = ("Medlem", "Representant", "Stemmer")
ATTENDANCE = [
    ("Lomvik kommune", "Eirik Sandvold", "3"),
    ("Hegrenes kommune", "Lise Marstrand", "3"),
    ("Fjordbotn kommune", "Tobias Engen", "3"),
    ("Åsmyra kommune", "Randi Flatmo", "2"),
    ("Skogvang kommune", "Kjersti Haugland", "2"),
    ("Vardhamn kommune", "Yusuf Demir", "2"),
    ("Kvernvoll kommune", "Anders Bøe", "2"),
    ("Sundøya kommune", "Malin Strøm", "2"),
    ("Granlia kommune", "Vegard Ulvestad", "2"),
    ("Nordmyr kommune", "Elisabeth Tangen", "2"),
    ("Bjørnfjell kommune", "Hanne Ødegård", "1"),
    ("Eikevåg kommune", "Bente Rognli", "1"),
    ("Salthella kommune", "Geir Ottesen", "1"),
    ("Lyngbakk kommune", "Ruth Amundsen", "1"),
    ("Ramsli kommune", "Kristoffer Nes", "1"),
    ("Tverrelv kommune", "Aslak Heggem", "1"),
    ("Nordhei fylkeskommune", "Kåre Lindheim", "3"),
    ("Sum", "17 medlemmer", "32"),
]

ELECTION_HEADER = ("Kandidat", "Kommune", "Stemmer", "Resultat")
ELECTION = [
    ("Ingrid Solbakken Aune", "Åsmyra", "25", "Valgt"),
    ("Petter Lium", "Skogvang", "20", "Valgt (gjenvalg)"),
    ("Sigrid Nakken", "Salthella", "17", "Ikke valgt"),
]

TABLES = {
    "attendance": (ATTENDANCE_HEADER, ATTENDANCE),
    "election": (ELECTION_HEADER, ELECTION),
}

BLOCKS: list[tuple] = [
    ("title", TITLE),
    ("sub", SUB),
    ("meta", "Tid:", "Torsdag 22. april 2032 kl. 10.00–15.40"),
    ("meta", "Sted:", "Fjordbotn kultursal, Fjordbotn"),
    ("meta", "Møteleder:", "Gunhild Skaret"),
    ("meta", "Protokollfører:", "Sivert Lunde, rådgiver ved regionkontoret"),
    # ---------------------------------------------------------------------------------------------
    ("h1", "Sak 1 Konstituering"),
    ("h2", "1.1 Godkjenning av innkalling og saksliste"),
    (
        "p",
        "Innkallingen med saksliste ble sendt medlemmene 11. mars 2032, seks uker før møtet. Sakspapirene ble "
        "lagt ut på regionens nettside 8. april 2032. Det kom ingen merknader til innkallingen.",
    ),
    ("lp", "Vedtak:", "Innkalling og saksliste godkjennes."),
    ("lp", "Votering:", "Enstemmig."),
    ("h2", "1.2 Opprop"),
    (
        "p",
        "Oppropet viste at 16 av de 21 medlemskommunene og Nordhei fylkeskommune var representert, til sammen "
        "17 medlemmer med 32 stemmer. Årsmøtet var dermed vedtaksført.",
    ),
    ("table", "attendance"),
    (
        "remark",
        "Rypedal, Stavøy, Tjernli, Mosbekk og Kjelsvoll kommune var ikke representert. Tverrelv kommune forlot "
        "møtet i lunsjpausen etter sak 6, og ved voteringene i sak 7 og sak 8 var det derfor 31 stemmer.",
    ),
    (
        "p",
        "I tillegg var regionstyret, daglig leder Marit Kvamsdal og to observatører fra Kulturskolerådets "
        "sentralledd til stede. De hadde talerett, men ikke stemmerett.",
    ),
    ("h2", "1.3 Valg av møteleder, protokollfører og to til å signere protokollen"),
    (
        "p",
        "Regionstyret foreslo Gunhild Skaret som møteleder og Sivert Lunde som protokollfører. Til å signere "
        "protokollen ble Lise Marstrand (Hegrenes) og Yusuf Demir (Vardhamn) foreslått.",
    ),
    ("lp", "Vedtak:", "Forslagene ble vedtatt ved akklamasjon."),
    # ---------------------------------------------------------------------------------------------
    ("h1", "Sak 2 Årsmelding 2031"),
    (
        "p",
        "Styreleder Håkon Vestrheim la fram årsmeldingen. Antallet elever i kulturskolene i regionen økte fra "
        "6 480 til 6 915 i løpet av 2031, og regionen arrangerte tre fagdager og én lederkonferanse.",
    ),
    ("p", "I debatten ble blant annet dette tatt opp:"),
    ("bullet", "Kvernvoll kommune ba om at antallet barn på venteliste blir tatt med i årsmeldingen."),
    ("bullet", "Sundøya kommune ønsket mer samarbeid om fordypningstilbudet mellom kommunene."),
    ("bullet", "Flere representanter ga ros til lederkonferansen på Hegrenes i oktober 2031."),
    ("lp", "Forslag til vedtak:", "Årsmeldingen for 2031 tas til orientering."),
    (
        "lp",
        "Tilleggsforslag fra Kvernvoll kommune:",
        "Regionstyret tar med tall for ventelister i årsmeldingen for 2032.",
    ),
    ("lp", "Votering:", "Styrets forslag og tilleggsforslaget ble vedtatt enstemmig."),
    (
        "lp",
        "Vedtak:",
        "Årsmeldingen for 2031 tas til orientering. Regionstyret tar med tall for ventelister i årsmeldingen for 2032.",
    ),
    # ---------------------------------------------------------------------------------------------
    ("h1", "Sak 3 Regnskap 2031"),
    (
        "p",
        "Daglig leder Marit Kvamsdal la fram regnskapet. Det viser inntekter på 2 146 800 kroner og et "
        "overskudd på 184 300 kroner. Revisor, Heiberg & Moen Revisjon AS, har levert en revisjonsberetning "
        "uten merknader.",
    ),
    (
        "lp",
        "Forslag til vedtak:",
        "Regnskapet for 2031 godkjennes. Overskuddet på 184 300 kroner overføres til egenkapitalen.",
    ),
    ("lp", "Votering:", "Enstemmig vedtatt."),
    (
        "lp",
        "Vedtak:",
        "Regnskapet for 2031 godkjennes. Overskuddet på 184 300 kroner overføres til egenkapitalen.",
    ),
    # ---------------------------------------------------------------------------------------------
    ("h1", "Sak 4 Innkomne forslag"),
    ("p", "Det var kommet inn to forslag innen fristen 1. februar 2032."),
    (
        "lp",
        "Forslag fra Sundøya kommune:",
        "Regionen etablerer et felles orkesterprosjekt for elever i fordypningsprogrammet, med oppstart høsten 2033.",
    ),
    ("lp", "Regionstyrets innstilling:", "Forslaget oversendes regionstyret for videre utredning."),
    (
        "lp",
        "Endringsforslag fra Lomvik kommune, fremmet av Eirik Sandvold:",
        "Regionstyret legger fram en utredning med kostnadsoverslag og forslag til finansiering for årsmøtet 2033.",
    ),
    (
        "lp",
        "Votering:",
        "Endringsforslaget fra Lomvik kommune ble satt opp mot styrets innstilling og vedtatt med 21 mot 11 stemmer.",
    ),
    (
        "lp",
        "Vedtak:",
        "Regionstyret legger fram en utredning av et felles orkesterprosjekt for elever i fordypningsprogrammet, "
        "med kostnadsoverslag og forslag til finansiering, for årsmøtet 2033.",
    ),
    ("lp", "Forslag fra Granlia kommune:", "Årsmøtet flyttes fra våren til høsten fra og med 2033."),
    (
        "lp",
        "Regionstyrets innstilling:",
        "Forslaget avvises, fordi regnskapet skal være godkjent av årsmøtet innen 30. juni.",
    ),
    ("lp", "Votering:", "Forslaget fra Granlia kommune falt med 7 mot 25 stemmer."),
    ("lp", "Vedtak:", "Årsmøtet holdes fortsatt om våren."),
    # ---------------------------------------------------------------------------------------------
    ("h1", "Sak 5 Kontingent for 2033"),
    ("lp", "Forslag til vedtak:", "Kontingenten for 2033 økes med fire prosent for alle medlemmer."),
    (
        "lp",
        "Endringsforslag fra Bjørnfjell kommune, fremmet av Hanne Ødegård:",
        "Kontingenten holdes uendret for kommuner med færre enn 3 000 innbyggere.",
    ),
    (
        "lp",
        "Votering:",
        "Endringsforslaget fra Bjørnfjell kommune falt med 12 mot 20 stemmer. Styrets forslag ble deretter "
        "vedtatt med 26 mot 6 stemmer.",
    ),
    ("lp", "Vedtak:", "Kontingenten for 2033 økes med fire prosent for alle medlemmer."),
    # ---------------------------------------------------------------------------------------------
    ("h1", "Sak 6 Retningslinjer for Skarvheia utviklingsfond"),
    (
        "p",
        "Regionstyret la fram forslag til retningslinjer for et nytt utviklingsfond for kulturskolene i "
        "regionen. Fondet finansieres med 400 000 kroner i året fra Nordhei fylkeskommune og 200 000 kroner i "
        "året fra regionens eget budsjett i perioden 2032–2035.",
    ),
    ("lp", "Forslag til vedtak:", "Årsmøtet vedtar disse retningslinjene for Skarvheia utviklingsfond:"),
    ("number", "Fondet skal stimulere til utviklingsarbeid i kulturskolene, særlig samarbeid mellom kommuner."),
    ("number", "Alle medlemskommunene kan søke gjennom sin kulturskole."),
    ("number", "Det kan gis inntil 100 000 kroner per søknad."),
    ("number", "Søkeren må dekke en egenandel på minst 20 prosent av prosjektets kostnader."),
    ("number", "Søknadene behandles av et tildelingsutvalg på fem medlemmer oppnevnt av regionstyret."),
    (
        "lp",
        "Endringsforslag fra Vardhamn kommune, fremmet av Yusuf Demir:",
        "I punkt 3 tilføyes: «Søknader fra to eller flere kommuner sammen kan få inntil 150 000 kroner.»",
    ),
    (
        "lp",
        "Endringsforslag fra Eikevåg kommune, fremmet av Bente Rognli:",
        "I punkt 4 tilføyes: «Kommuner med færre enn 2 000 innbyggere er fritatt for egenandel.»",
    ),
    (
        "lp",
        "Endringsforslag fra Nordhei fylkeskommune, fremmet av Kåre Lindheim:",
        "I punkt 5 tilføyes: «Ett av medlemmene oppnevnes av Nordhei fylkeskommune.»",
    ),
    ("p", "Votering:"),
    ("bullet", "Endringsforslaget fra Vardhamn kommune ble vedtatt med 23 mot 9 stemmer."),
    ("bullet", "Endringsforslaget fra Eikevåg kommune falt med 10 mot 22 stemmer."),
    ("bullet", "Endringsforslaget fra Nordhei fylkeskommune ble vedtatt enstemmig."),
    ("bullet", "Retningslinjene med de vedtatte endringene ble deretter vedtatt med 30 mot 2 stemmer."),
    (
        "lp",
        "Vedtak:",
        "Årsmøtet vedtar retningslinjer for Skarvheia utviklingsfond slik regionstyret la dem fram, med "
        "endringene fra Vardhamn kommune og Nordhei fylkeskommune. Retningslinjene gjelder fra 1. juni 2032, "
        "og den første utlysningen skal skje høsten 2032.",
    ),
    ("remark", "Protokollførers merknad: Retningslinjene i vedtatt form er lagt ved protokollen som vedlegg 2."),
    # ---------------------------------------------------------------------------------------------
    ("h1", "Sak 7 Handlingsplan og budsjett 2033"),
    (
        "p",
        "Daglig leder la fram forslag til handlingsplan og budsjett for 2033 med inntekter på 2 390 000 kroner "
        "og kostnader på 2 440 000 kroner, altså et planlagt underskudd på 50 000 kroner som dekkes av "
        "egenkapitalen. Budsjettet har en ramme på 600 000 kroner for utviklingsfondet.",
    ),
    (
        "lp",
        "Endringsforslag fra Lomvik kommune, fremmet av Eirik Sandvold:",
        "Posten for regionale kurs og fagdager økes fra 180 000 til 230 000 kroner. Økningen dekkes av egenkapitalen.",
    ),
    (
        "lp",
        "Votering:",
        "Endringsforslaget fra Lomvik kommune ble vedtatt med 19 mot 12 stemmer. Handlingsplanen og budsjettet "
        "ble deretter vedtatt enstemmig.",
    ),
    (
        "lp",
        "Vedtak:",
        "Handlingsplan og budsjett for 2033 vedtas med kostnader på 2 490 000 kroner og et underskudd på "
        "100 000 kroner, som dekkes av egenkapitalen. Rammen for Skarvheia utviklingsfond er 600 000 kroner.",
    ),
    # ---------------------------------------------------------------------------------------------
    ("h1", "Sak 8 Valg"),
    (
        "p",
        "Valgkomiteens leder, Torill Brende, la fram innstillingen. Valgene gjelder for to år, fra årsmøtet "
        "2032 til årsmøtet 2034, om ikke annet er sagt.",
    ),
    ("h2", "8.1 Styreleder og styremedlemmer"),
    ("p", "Håkon Vestrheim (Lomvik) ble gjenvalgt som styreleder ved akklamasjon."),
    (
        "p",
        "Til de to ledige plassene som styremedlem hadde valgkomiteen innstilt Ingrid Solbakken Aune og Petter "
        "Lium. Fra salen ble Sigrid Nakken foreslått. Det ble holdt skriftlig valg, der hver stemme kunne gis "
        "til to kandidater.",
    ),
    ("table", "election"),
    ("p", "Marianne Fosse (Eikevåg) og Omar Khalil (Hegrenes) er ikke på valg og sitter fram til årsmøtet 2033."),
    ("p", "Som varamedlemmer til regionstyret ble valgt for ett år:"),
    ("bullet", "1. varamedlem: Sigrid Nakken, Salthella"),
    ("bullet", "2. varamedlem: Jostein Hauge, Granlia"),
    ("h2", "8.2 Valgkomité"),
    (
        "p",
        "Som valgkomité ble valgt Torill Brende (leder, Ramsli), Arvid Solheim (Nordmyr) og Nina Berglund "
        "(Sundøya). Valget skjedde ved akklamasjon.",
    ),
    ("h2", "8.3 Revisor"),
    (
        "p",
        "Heiberg & Moen Revisjon AS ble gjenvalgt som revisor for regnskapsåret 2032. Honoraret fastsettes av "
        "regionstyret.",
    ),
    # ---------------------------------------------------------------------------------------------
    ("closing", CLOSING),
    ("closing", "Protokollen er godkjent og signert elektronisk 2. mai 2032 av Lise Marstrand og Yusuf Demir."),
]


def check_votes() -> None:
    """The attendance table sums to its sum row, and every vote count adds up to the votes present."""
    members = ATTENDANCE[:-1]
    total = sum(int(r[2]) for r in members)
    if total != int(ATTENDANCE[-1][2]) or len(members) != 17:
        raise ValueError(f"attendance: {len(members)} members, {total} votes")
    for a, b, present in (
        (21, 11, 32),
        (7, 25, 32),
        (12, 20, 32),
        (26, 6, 32),
        (23, 9, 32),
        (10, 22, 32),
        (30, 2, 32),
        (19, 12, 31),
    ):
        if a + b != present:
            raise ValueError(f"vote {a} mot {b} is not {present}")
    if sum(int(r[2]) for r in ELECTION) != 2 * 31:
        raise ValueError("election: not two votes for each of 31")
