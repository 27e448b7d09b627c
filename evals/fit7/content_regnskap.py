"""The text of docs/arsregnskap-2028-region-lysheia.docx: invented annual accounts of a region of Norsk kulturskoleråd.

Everything here is invented (the region, the people, the firms, every amount and date). The sums are checked
by `check_sums()` (build.py calls it), so the tables add up.

Blocks, in order, for build.py:
  ("title", text) / ("sub", text)       Title style, then an italic sub-line
  ("h1", text) / ("h2", text)           Heading 1 / Heading 2 ("Note 3 Tilskudd" is a Heading 2)
  ("p", text)                           a Normal paragraph
  ("line", text)                        a Normal paragraph with no space after (the equity lines of note 7)
  ("table", name)                       one of TABLES: (header, rows); a row whose other cells are all empty is a
                                        bold section row, a row starting with "Sum", "Driftsresultat" or
                                        "Årsresultat" is bold
  ("sign", ((name, role, date), …))     the signature block, a borderless table, one person per cell
"""

from __future__ import annotations

TITLE = "Årsregnskap 2028"
SUB = "Norsk kulturskoleråd Region Lysheia"

RESULT_HEADER = ("", "Note", "2028", "2027")
RESULT_ROWS = (
    ("Driftsinntekter", "", "", ""),
    ("Kontingentinntekter", "2", "2 145 000", "2 080 500"),
    ("Driftstilskudd fra Norsk kulturskoleråd", "3", "1 460 000", "1 420 000"),
    ("Prosjekttilskudd", "3", "386 500", "212 000"),
    ("Deltakeravgifter konferanser og kurs", "", "223 800", "198 400"),
    ("Sum driftsinntekter", "", "4 215 300", "3 910 900"),
    ("Driftskostnader", "", "", ""),
    ("Lønn og sosiale kostnader", "4", "-2 318 600", "-2 104 300"),
    ("Reise- og møtekostnader", "", "-612 400", "-548 900"),
    ("Konferanser og kurs", "", "-744 200", "-603 100"),
    ("Kjøp av tjenester", "5", "-412 000", "-386 400"),
    ("Andre driftskostnader", "", "-339 800", "-190 900"),
    ("Sum driftskostnader", "", "-4 427 000", "-3 833 600"),
    ("Driftsresultat", "", "-211 700", "77 300"),
    ("Finansinntekter", "6", "24 300", "18 900"),
    ("Årsresultat", "", "-187 400", "96 200"),
    ("Overført til (fra) annen egenkapital", "7", "(187 400)", "96 200"),
)

BALANCE_HEADER = ("", "Note", "31.12.2028", "31.12.2027")
BALANCE_ROWS = (
    ("Eiendeler", "", "", ""),
    ("Kundefordringer", "", "84 200", "61 700"),
    ("Andre kortsiktige fordringer", "", "46 900", "52 300"),
    ("Bankinnskudd", "6", "1 932 500", "2 098 400"),
    ("Sum eiendeler", "", "2 063 600", "2 212 400"),
    ("Egenkapital og gjeld", "", "", ""),
    ("Annen egenkapital", "7", "1 318 300", "1 505 700"),
    ("Leverandørgjeld", "", "211 900", "187 300"),
    ("Skyldige offentlige avgifter", "", "164 800", "151 200"),
    ("Annen kortsiktig gjeld", "3", "368 600", "368 200"),
    ("Sum egenkapital og gjeld", "", "2 063 600", "2 212 400"),
)

GRANT_HEADER = ("Prosjekt", "Tilskuddsgiver", "Inntektsført 2028", "Ubrukt 31.12.2028")
GRANT_ROWS = (
    ("Ventelisteprosjektet (strategiens delmål 1.1)", "Sparebankstiftelsen Lysheia", "212 000", "48 000"),
    ("Fjernundervisning i fjellkommunene", "Fjellregionens utviklingsfond", "98 500", "121 500"),
    ("Fagdager om inkludering", "Tindevik kommune", "76 000", "0"),
    ("Sum", "", "386 500", "169 500"),
)

TABLES = {
    "result": (RESULT_HEADER, RESULT_ROWS),
    "balance": (BALANCE_HEADER, BALANCE_ROWS),
    "grants": (GRANT_HEADER, GRANT_ROWS),
}

SIGNERS = (
    ("Solfrid Eikeland", "styreleder", "sign. 27.02.2029"),
    ("Henrik Tveiten", "nestleder", "sign. 27.02.2029"),
    ("Maren Holtebekk", "daglig leder", "sign. 28.02.2029"),
)

BLOCKS = [
    ("title", TITLE),
    ("sub", SUB),
    ("h1", "Styrets årsberetning"),
    ("h2", "Virksomhetens art og tilholdssted"),
    (
        "p",
        "Norsk kulturskoleråd Region Lysheia er en regional del av Norsk kulturskoleråd og har 31 "
        "medlemskommuner. Regionkontoret ligger i Tindevik. Regionen ledes av et regionstyre på fem medlemmer, "
        "valgt av regionmøtet.",
    ),
    ("h2", "Årets virksomhet"),
    (
        "p",
        "Regionen arrangerte Lysheiakonferansen 12.–13. april 2028 i Ospelia med 214 deltakere, og seks "
        "nettverkssamlinger for kulturskoleledere.",
    ),
    (
        "p",
        "Ventelistekartleggingen etter strategiens delmål 1.1 ble gjennomført for andre gang. Per 15. oktober "
        "2028 sto 1 040 barn på venteliste i regionen, mot 1 180 høsten 2026.",
    ),
    (
        "p",
        "Mønsterordningen for friplass ble sendt til kommunene i mars 2028. Ved årsskiftet hadde 12 av "
        "medlemskommunene en friplassordning.",
    ),
    (
        "p",
        "Regionstyret behandlet midtveisvurderingen av strategien 21. november 2028 (sak 38/28) og vedtok å "
        "flytte fjernundervisningsnettverket fram til første plass blant prioriteringene for 2029.",
    ),
    ("h2", "Økonomi"),
    (
        "p",
        "Årsresultatet ble et underskudd på 187 400 kroner, mot et overskudd på 96 200 kroner i 2027. "
        "Underskuddet skyldes i hovedsak høyere kostnader til Lysheiakonferansen og oppstarten av "
        "fjernundervisningsnettverket. Styret foreslår at underskuddet dekkes av annen egenkapital.",
    ),
    (
        "p",
        "Likviditeten er god. Bankinnskuddene var 1 932 500 kroner ved utgangen av året, og regionen har ingen "
        "langsiktig gjeld.",
    ),
    ("h2", "Fortsatt drift"),
    (
        "p",
        "Årsregnskapet er avlagt under forutsetning om fortsatt drift. Styret mener at forutsetningen er til "
        "stede.",
    ),
    ("h2", "Arbeidsmiljø, likestilling og ytre miljø"),
    (
        "p",
        "Regionen hadde to ansatte, begge kvinner, i til sammen 1,6 årsverk. Sykefraværet var 2,1 prosent, og "
        "det har ikke vært skader eller ulykker. Regionstyret består av tre kvinner og to menn.",
    ),
    (
        "p",
        "Virksomheten påvirker ikke det ytre miljøet utover reisevirksomheten. Styret har vedtatt at minst "
        "halvparten av nettverkssamlingene skal holdes digitalt.",
    ),
    ("h1", "Resultatregnskap 2028"),
    ("table", "result"),
    ("h1", "Balanse per 31. desember 2028"),
    ("table", "balance"),
    ("h1", "Noter til regnskapet"),
    ("h2", "Note 1 Regnskapsprinsipper"),
    (
        "p",
        "Årsregnskapet er satt opp i samsvar med regnskapsloven og god regnskapsskikk for ideelle "
        "organisasjoner.",
    ),
    (
        "p",
        "Kontingenter inntektsføres i det året de gjelder. Prosjekttilskudd inntektsføres i takt med at "
        "kostnadene påløper; ubrukte tilskudd ved årets slutt står som annen kortsiktig gjeld.",
    ),
    (
        "p",
        "Driftsmidler med kostpris under 30 000 kroner kostnadsføres direkte. Regionen er ikke registrert i "
        "merverdiavgiftsregisteret, og alle kostnader er ført med merverdiavgift.",
    ),
    ("h2", "Note 2 Kontingentinntekter"),
    (
        "p",
        "Regionens andel av medlemskontingenten er fastsatt til 18 prosent av kontingenten medlemskommunene "
        "betaler til Norsk kulturskoleråd. Ingen kommuner meldte seg inn eller ut i 2028.",
    ),
    (
        "p",
        "Kontingentene for 2029 er fakturert i januar 2029 og er ikke tatt med i regnskapet for 2028.",
    ),
    ("h2", "Note 3 Tilskudd"),
    (
        "p",
        "Driftstilskuddet fra Norsk kulturskoleråd dekker lønn til regional rådgiver og en del av "
        "kontorkostnadene. Prosjekttilskuddene fordeler seg slik:",
    ),
    ("table", "grants"),
    (
        "p",
        "Ubrukte prosjekttilskudd på 169 500 kroner inngår i annen kortsiktig gjeld i balansen.",
    ),
    ("h2", "Note 4 Lønn, årsverk og godtgjørelser"),
    (
        "p",
        "Lønn og sosiale kostnader består av lønn 1 742 300 kroner, arbeidsgiveravgift 245 700 kroner, "
        "pensjonskostnader 214 400 kroner og andre ytelser 116 200 kroner.",
    ),
    (
        "p",
        "Daglig leder fikk utbetalt 812 000 kroner i lønn i 2028. Styreleder fikk 30 000 kroner i honorar, og "
        "de fire andre styremedlemmene til sammen 34 000 kroner.",
    ),
    (
        "p",
        "Regionen har obligatorisk tjenestepensjon for de ansatte. Det er ikke gitt lån eller stilt sikkerhet "
        "for ansatte eller tillitsvalgte.",
    ),
    ("h2", "Note 5 Kjøp av tjenester"),
    (
        "p",
        "Kjøp av tjenester omfatter leie av kontor hos Tindevik kommune med 144 000 kroner, regnskapsføring "
        "fra Kvernby Regnskapskontor AS med 96 000 kroner, IT og nettsider med 58 300 kroner, honorar til "
        "revisor med 41 500 kroner og andre tjenester med 72 200 kroner.",
    ),
    (
        "p",
        "Honoraret til revisor gjelder den lovpålagte revisjonen. Revisor har ikke levert andre tjenester.",
    ),
    ("h2", "Note 6 Bankinnskudd og finansinntekter"),
    (
        "p",
        "Av bankinnskuddene er 92 300 kroner bundne skattetrekksmidler. Overskuddslikviditeten står på "
        "sparekonto i Lysheia Sparebank.",
    ),
    ("p", "Finansinntektene er renteinntekter på bankinnskudd."),
    ("h2", "Note 7 Egenkapital"),
    ("line", "Annen egenkapital 1. januar 2028: 1 505 700"),
    ("line", "Årets resultat: (187 400)"),
    ("line", "Annen egenkapital 31. desember 2028: 1 318 300"),
    (
        "p",
        "Styret har vedtatt at egenkapitalen skal utgjøre minst 25 prosent av årets driftskostnader. Ved "
        "utgangen av 2028 utgjorde den 30 prosent.",
    ),
    (
        "p",
        "Av egenkapitalen har styret satt av 250 000 kroner til fjernundervisningsnettverket i 2029 og 2030.",
    ),
    ("h1", "Revisjon og underskrifter"),
    (
        "p",
        "Årsregnskapet er revidert av Sandvoll & Berg Revisjon AS ved statsautorisert revisor Arvid Sande. "
        "Revisors beretning er datert 6. mars 2029 og følger som eget vedlegg.",
    ),
    ("p", "Tindevik, 27. februar 2029"),
    ("sign", SIGNERS),
]


def _num(s: str) -> int:
    s = s.replace(" ", "")
    if s.startswith("(") and s.endswith(")"):
        return -int(s[1:-1])
    return int(s) if s else 0


def check_sums() -> None:
    """The tables add up (raises AssertionError otherwise)."""
    r = {row[0]: (_num(row[2]), _num(row[3])) for row in RESULT_ROWS}
    for col in (0, 1):
        inc = sum(r[k][col] for k in ("Kontingentinntekter", "Driftstilskudd fra Norsk kulturskoleråd",
                                      "Prosjekttilskudd", "Deltakeravgifter konferanser og kurs"))
        assert inc == r["Sum driftsinntekter"][col], ("income", col)
        cost = sum(r[k][col] for k in ("Lønn og sosiale kostnader", "Reise- og møtekostnader",
                                       "Konferanser og kurs", "Kjøp av tjenester", "Andre driftskostnader"))
        assert cost == r["Sum driftskostnader"][col], ("cost", col)
        assert inc + cost == r["Driftsresultat"][col], ("operating", col)
        assert r["Driftsresultat"][col] + r["Finansinntekter"][col] == r["Årsresultat"][col], ("result", col)
        assert r["Årsresultat"][col] == r["Overført til (fra) annen egenkapital"][col], ("transfer", col)
    b = {row[0]: (_num(row[2]), _num(row[3])) for row in BALANCE_ROWS}
    for col in (0, 1):
        assets = sum(b[k][col] for k in ("Kundefordringer", "Andre kortsiktige fordringer", "Bankinnskudd"))
        assert assets == b["Sum eiendeler"][col], ("assets", col)
        eq = sum(b[k][col] for k in ("Annen egenkapital", "Leverandørgjeld", "Skyldige offentlige avgifter",
                                     "Annen kortsiktig gjeld"))
        assert eq == b["Sum egenkapital og gjeld"][col] == assets, ("equity+debt", col)
    assert b["Annen egenkapital"][1] + r["Årsresultat"][0] == b["Annen egenkapital"][0], "equity movement"
    g = [(_num(row[2]), _num(row[3])) for row in GRANT_ROWS]
    assert sum(x for x, _ in g[:-1]) == g[-1][0] == r["Prosjekttilskudd"][0], "grants"
    assert sum(y for _, y in g[:-1]) == g[-1][1], "unspent grants"
    assert -r["Lønn og sosiale kostnader"][0] == 1_742_300 + 245_700 + 214_400 + 116_200, "note 4"
    assert -r["Kjøp av tjenester"][0] == 144_000 + 96_000 + 58_300 + 41_500 + 72_200, "note 5"
