"""Text of "Årsrapport 2026 for Region Sørkyst" (invented for the fit4 set), as plain UTF-8 text.

Blocks: ("raw", text) is written as it stands (headings, underlines, key-figure lines, tables, bullets);
("p", text) is a paragraph wrapped at 78 columns (no breaks at hyphens); ("blank",) is an empty line.
"""

import textwrap

TITLE = "Årsrapport 2026 for Region Sørkyst"
WIDTH = 78


def _table(header, rows, widths):
    def line(cells):
        first = cells[0].ljust(widths[0])
        rest = "".join(c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=False))
        return (first + rest).rstrip()
    return "\n".join([line(header)] + [line(r) for r in rows])


SCHOOLS = _table(
    ("Kommune", "Elever 2025", "Elever 2026", "Venteliste 2026"),
    [("Lyngvik", "702", "741", "212"),
     ("Havbøen", "588", "603", "160"),
     ("Strandvik", "455", "497", "98"),
     ("Skaret", "391", "402", "131"),
     ("Vestre Ørsland", "310", "336", "74")],
    (20, 14, 14, 18),
)

ACCOUNTS = _table(
    ("Post", "Budsjett 2026", "Regnskap 2026"),
    [("Driftstilskudd", "1 120 000", "1 120 000"),
     ("Kursinntekter", "320 000", "347 800"),
     ("Prosjektmidler", "100 000", "100 000"),
     ("Sum inntekter", "1 540 000", "1 567 800"),
     ("Sum kostnader", "1 540 000", "1 525 450"),
     ("Resultat", "0", "42 350")],
    (30, 16, 16),
)

BLOCKS = [
    ("raw", "KULTURSKOLERÅDET REGION SØRKYST\n==============================="),
    ("blank",),
    ("raw", "ÅRSRAPPORT 2026"),
    ("blank",),
    ("p", "Vedtatt av regionstyret i møtet 4. februar 2027. Rapporten legges fram for regionmøtet "
          "22. april 2027 i Havbøen."),
    ("blank",),
    ("blank",),
    ("raw", "INNLEDNING\n----------"),
    ("blank",),
    ("p", "2026 var det første hele året der kulturskolene i regionen arbeidet etter den nye rammeplanen. "
          "Regionen fikk to nye medlemskommuner, Skjellvik og Nord-Ørsland, og har nå 19 "
          "medlemskommuner. Elevtallet økte for tredje år på rad, men ventelistene er fortsatt lange i de "
          "største kommunene."),
    ("blank",),
    ("p", "Regionstyret takker kulturskolelederne, lærerne og de kommunale kontaktpersonene for et godt "
          "samarbeid. En særlig takk går til Havbøen kommune, som var vertskap for regionkonferansen i "
          "oktober."),
    ("blank",),
    ("blank",),
    ("raw", "NØKKELTALL\n----------"),
    ("blank",),
    ("raw", "Antall medlemskommuner: 19\n"
            "Antall elever: 4 312\n"
            "Antall elevplasser: 4 958\n"
            "Antall på venteliste: 1 087\n"
            "Antall lærerårsverk: 148,6\n"
            "Andel av grunnskoleelevene som går i kulturskolen: 14,2 %\n"
            "Deltakere på regionale kurs og samlinger: 486\n"
            "Regionens driftsbudsjett: 1 540 000 kroner"),
    ("blank",),
    ("blank",),
    ("raw", "REGIONSTYRET\n------------"),
    ("blank",),
    ("p", "Regionstyret har i 2026 hatt fem medlemmer og to varamedlemmer:"),
    ("blank",),
    ("raw", "- Solveig Kvamsdal, leder (Lyngvik kommune)\n"
            "- Arvid Tønnesland, nestleder (Havbøen kommune)\n"
            "- Marte Eikrem Sand, styremedlem (Skaret kommune)\n"
            "- Yusuf Haddad, styremedlem (Vestre Ørsland kommune)\n"
            "- Lene Bergsagel, styremedlem og representant for kulturskolelederne\n"
            "  (Strandvik kommune)\n"
            "* Oda Rypestøl, 1. varamedlem (Nord-Ørsland kommune)\n"
            "* Henning Vågen, 2. varamedlem (Lyngvik kommune)"),
    ("blank",),
    ("p", "Regional rådgiver Kari-Anne Mosvold har vært sekretær for regionstyret."),
    ("blank",),
    ("blank",),
    ("raw", "MØTER I 2026\n------------"),
    ("blank",),
    ("p", "Regionstyret holdt seks møter i 2026 og behandlet til sammen 41 saker. Møtene ble holdt:"),
    ("blank",),
    ("raw", "- 29. januar (digitalt)\n"
            "- 12. mars i Lyngvik\n"
            "- 7. mai (digitalt)\n"
            "- 20. august i Strandvik\n"
            "- 23. oktober i Havbøen, i forbindelse med regionkonferansen\n"
            "- 26. november (digitalt)"),
    ("blank",),
    ("p", "Regionmøtet ble holdt 23. april 2026 i Skaret. Det møtte 34 delegater fra 17 av de 19 "
          "medlemskommunene."),
    ("blank",),
    ("blank",),
    ("raw", "1. Medlemskommuner og elevtall"),
    ("blank",),
    ("p", "Elevtallet økte fra 4 105 i 2025 til 4 312 i 2026, en økning på 5,0 prosent. Ventelisten ble "
          "redusert med 94 plasser. Tre av fire elever går i kjerneprogrammet, og 6,4 prosent av elevene "
          "går i et fordypningsprogram."),
    ("blank",),
    ("p", "De fem største kulturskolene i regionen:"),
    ("blank",),
    ("raw", SCHOOLS),
    ("blank",),
    ("blank",),
    ("raw", "2. Politisk påvirkning"),
    ("blank",),
    ("p", "Regionen har arbeidet for å synliggjøre kulturskolen overfor lokale og regionale politikere. "
          "Dette ble gjort i 2026:"),
    ("blank",),
    ("raw", "- møte med fylkets stortingsbenk om grunnstøtten 9. oktober\n"
            "- høringssvar om forskriftsfesting av kulturskolen, sendt 15. juni\n"
            "- innspill til fylkeskommunens kulturplan 2027–2030\n"
            "- besøk hos formannskapet i fire kommuner: Skaret, Strandvik, Skjellvik og\n"
            "  Nord-Ørsland"),
    ("blank",),
    ("p", "Tre kommuner vedtok ny kulturskoleplan i 2026: Skaret, Strandvik og Nord-Ørsland. Dermed har 14 "
          "av de 19 medlemskommunene en vedtatt kulturskoleplan."),
    ("blank",),
    ("blank",),
    ("raw", "3. Kompetanse"),
    ("blank",),
    ("p", "Regionen arrangerte sju kurs og samlinger med til sammen 486 deltakere:"),
    ("blank",),
    ("raw", "* Kurs i bruk av rammeplanen, Lyngvik 18. januar: 25 deltakere\n"
            "* Fagdag for dansepedagoger, Strandvik 14. mars: 41 deltakere\n"
            "* Nettverkssamling for teaterlærere, Skaret 5. juni: 29 deltakere\n"
            "* Sommerkurs i komposisjon, Vestre Ørsland 12.–13. august: 15 deltakere\n"
            "* Kurs i tilrettelagt undervisning, digitalt, tre kvelder i september:\n"
            "  88 deltakere\n"
            "* Regionkonferansen Sørkyst 2026, Havbøen 22.–23. oktober: 212 deltakere\n"
            "* Lederforum for kulturskolerektorene, fire samlinger: 76 deltakere"),
    ("blank",),
    ("p", "To nye kompetansefellesskap ble etablert i 2026: ett for lærere i visuell kunst og ett for "
          "kulturskolelærere i kommuner med færre enn 5 000 innbyggere. Veilederkorpset i regionen har "
          "fire veiledere og har fulgt opp seks kommuner i 2026."),
    ("blank",),
    ("blank",),
    ("raw", "4. Økonomi"),
    ("blank",),
    ("p", "Regionens driftsbudsjett var 1 540 000 kroner. Regnskapet viser et overskudd på 42 350 kroner, "
          "som i hovedsak skyldes høyere kursinntekter enn budsjettert. Overskuddet overføres til "
          "regionens fond for utviklingsprosjekter."),
    ("blank",),
    ("raw", ACCOUNTS),
    ("blank",),
    ("blank",),
    ("raw", "STATUS FOR HANDLINGSPLANEN 2025-2027\n------------------------------------"),
    ("blank",),
    ("raw", "Gjennomført i 2026:"),
    ("raw", "- felles digitalt søknadssystem tatt i bruk i 12 av 19 kommuner\n"
            "- mentorordning for nye kulturskoleledere startet i mars\n"
            "- felles kalender for kurs i regionen publisert på nettsidene"),
    ("blank",),
    ("raw", "Ikke gjennomført:"),
    ("raw", "- felles kulturskoledag for hele regionen, utsatt til 2027 fordi det ikke ble\n"
            "  funnet en felles dato"),
    ("blank",),
    ("blank",),
    ("raw", "PLANER FOR 2027\n==============="),
    ("blank",),
    ("p", "I 2027 vil regionen prioritere tre områder: flere elever fra ventelistene, kompetanse for lærere "
          "i små kommuner og forberedelsene til Landstinget 2028. Den felles kulturskoledagen «Sørkyst "
          "synger» skal holdes 10. juni 2027, og regionkonferansen 2027 skal holdes i Strandvik 21.–22. "
          "oktober. Regionstyret vil arbeide for at alle medlemskommunene har en vedtatt kulturskoleplan "
          "innen utgangen av 2027, og skal nominere kandidater til hovedstyret innen 1. desember 2027."),
    ("blank",),
    ("blank",),
    ("raw", "Lyngvik, 4. februar 2027\n"
            "\n"
            "Solveig Kvamsdal                 Kari-Anne Mosvold\n"
            "leder                            regional rådgiver"),
]


def render() -> str:
    out = []
    for block in BLOCKS:
        if block[0] == "raw":
            out.append(block[1])
        elif block[0] == "blank":
            out.append("")
        else:
            out.append(textwrap.fill(block[1], WIDTH, break_on_hyphens=False, break_long_words=False))
    return "\n".join(out) + "\n"
