"""The text of the budget with notes (.docx) of the fit9 set. Everything here is invented.

BLOCKS are written in order by build.py:
  ("title", text) ("sub", text) ("line", text)   the title, an italic sub-line, a plain line
  ("h1", text) ("h2", "Note 3 …")                 headings; the notes are Heading 2 ("note 3")
  ("p", text) ("bullet", text) ("number", text)  paragraphs, List Bullet and List Number items
  ("table", key) ("remark", text)                a Table Grid table, a small italic remark

check_sums() verifies that the budget table and the breakdowns in the notes add up.
"""

from __future__ import annotations

import re

TITLE = "Budsjett 2030 med noter"
SUB = "Norsk kulturskoleråd Region Lysfjæra"

MAIN_HEADER = ("Post", "Note", "Budsjett 2030", "Budsjett 2029", "Regnskap 2028")
INCOME = [
    ("Medlemskontingent", "1", "1 286 000", "1 240 000", "1 198 500"),
    ("Grunntilskudd fra Kulturskolerådet sentralt", "2", "950 000", "920 000", "905 000"),
    ("Prosjekttilskudd talentprogram", "5", "400 000", "250 000", "0"),
    ("Deltakeravgifter kurs og samlinger", "6", "185 000", "210 000", "196 400"),
    ("Renteinntekter", "", "24 000", "18 000", "21 750"),
]
INCOME_SUM = ("Sum inntekter", "", "2 845 000", "2 638 000", "2 321 650")
COSTS = [
    ("Lønn og sosiale kostnader", "3", "1 720 000", "1 610 000", "1 402 300"),
    ("Reiser og møter", "4", "230 000", "215 000", "241 900"),
    ("Kurs og samlinger", "6", "260 000", "280 000", "255 600"),
    ("Talentprogram, gjennomføring", "5", "400 000", "250 000", "0"),
    ("Honorarer regionstyret og valgkomiteen", "", "95 000", "92 000", "88 000"),
    ("Revisjon og regnskapsføring", "", "90 000", "84 000", "81 250"),
    ("Kontor, IKT og forsikring", "", "60 000", "57 000", "62 450"),
]
COSTS_SUM = ("Sum kostnader", "", "2 855 000", "2 588 000", "2 131 500")
RESULT = ("Resultat", "7", "-10 000", "50 000", "190 150")
MAIN_ROWS = [
    ("Inntekter", "", "", "", ""),
    *INCOME,
    INCOME_SUM,
    ("Kostnader", "", "", "", ""),
    *COSTS,
    COSTS_SUM,
    RESULT,
]

KONT_HEADER = ("Innbyggere i kommunen", "Sats 2030 (kr)", "Antall kommuner", "Sum (kr)")
KONT_ROWS = [
    ("Under 3 000", "42 000", "6", "252 000"),
    ("3 000–9 999", "68 000", "7", "476 000"),
    ("10 000–29 999", "115 000", "3", "345 000"),
    ("30 000 og over", "182 000", "1", "182 000"),
    ("Sum kommunene", "", "17", "1 255 000"),
]
COUNTY_FEE = 31_000

TABLES = {"drift": (MAIN_HEADER, MAIN_ROWS), "kontingent": (KONT_HEADER, KONT_ROWS)}

BLOCKS: list[tuple] = [
    ("title", TITLE),
    ("sub", SUB),
    ("line", "Vedtatt av regionstyret 18. november 2029, sak 44/29."),
    ("h1", "Innledning"),
    (
        "p",
        "Regionstyret behandlet et første utkast 21. oktober 2029 (sak 39/29) og sendte det til medlemskommunene "
        "for innspill med frist 8. november 2029. Det kom innspill fra fire kommuner. Budsjettet er utarbeidet av "
        "regionleder Tone Villanger sammen med regionkontorets konsulent for økonomi og administrasjon.",
    ),
    ("p", "Vedtak i sak 44/29:"),
    (
        "number",
        "Budsjett 2030 for Region Lysfjæra vedtas med samlede inntekter på 2 845 000 kroner og samlede kostnader "
        "på 2 855 000 kroner.",
    ),
    ("number", "Underskuddet på 10 000 kroner dekkes av egenkapitalen, jf. note 7."),
    (
        "number",
        "Regionleder får fullmakt til å flytte inntil 25 000 kroner mellom kostnadspostene. Større endringer "
        "legges fram for regionstyret.",
    ),
    ("number", "Budsjettet legges fram for regionmøtet 24. april 2030 til orientering."),
    (
        "p",
        "Regnskapet for 2029 er ikke avsluttet. Det legges fram for regionstyret i mars 2030 og for regionmøtet "
        "sammen med årsberetningen. Kolonnen for 2029 viser derfor budsjettet, ikke regnskapet.",
    ),
    ("h1", "Driftsbudsjett"),
    ("table", "drift"),
    (
        "remark",
        "Beløp i hele kroner. Negative tall betyr underskudd. Budsjett 2029 er budsjettet slik det ble vedtatt i "
        "sak 41/28; det ble ikke revidert i løpet av året. Regnskap 2028 er revidert og godkjent av regionmøtet "
        "2029.",
    ),
    ("h1", "Noter"),
    ("h2", "Note 1 Medlemskontingent"),
    (
        "p",
        "Kontingenten til regionen betales av de 17 medlemskommunene etter innbyggertall per 1. januar året før, "
        "og av fylkeskommunen med et fast beløp. Satsene for 2030 er justert opp med om lag 3,7 prosent fra 2029.",
    ),
    ("table", "kontingent"),
    (
        "p",
        "I tillegg betaler Havlandet fylkeskommune 31 000 kroner. Samlet kontingent blir dermed 1 286 000 kroner. "
        "Ravnsund er den eneste kommunen i den øverste gruppen.",
    ),
    ("remark", "Kontingenten faktureres i februar med 30 dagers betalingsfrist."),
    ("h2", "Note 2 Grunntilskudd fra Kulturskolerådet sentralt"),
    (
        "p",
        "Hovedstyret fordeler en del av organisasjonens midler til regionene etter en fast nøkkel. For 2030 er "
        "regionens andel 950 000 kroner, bekreftet i brev fra sekretariatet 2. oktober 2029. Tilskuddet er ikke "
        "øremerket, men skal blant annet dekke driften av regionkontoret.",
    ),
    ("h2", "Note 3 Lønn og sosiale kostnader"),
    (
        "p",
        "Regionkontoret har 2,5 årsverk i 2030, mot 2,3 årsverk i 2029. Økningen kommer av at rådgiverstillingen "
        "går fra 80 til 100 prosent fra 1. januar 2030. Stillingene er:",
    ),
    ("bullet", "regionleder, 100 prosent stilling"),
    ("bullet", "rådgiver, 100 prosent stilling (80 prosent i 2029)"),
    ("bullet", "konsulent for økonomi og administrasjon, 50 prosent stilling"),
    (
        "p",
        "Posten består av lønn 1 365 000 kroner, arbeidsgiveravgift 192 000 kroner, pensjon 136 000 kroner og "
        "andre personalkostnader 27 000 kroner. Budsjettet forutsetter en lønnsvekst på 4,2 prosent fra mai 2030.",
    ),
    (
        "p",
        "Prosjektlederen for talentprogrammet (0,4 årsverk) lønnes av prosjekttilskuddet og er ikke med i denne "
        "posten, se note 5.",
    ),
    ("h2", "Note 4 Reiser og møter"),
    (
        "p",
        "Posten dekker reiser for ansatte og tillitsvalgte og utgifter til møter. Reiser dekkes etter regionens "
        "reiseregulativ, som følger statens satser. Posten fordeler seg slik:",
    ),
    ("bullet", "regionstyrets møter: 70 000 kroner (fem møter, to av dem med overnatting)"),
    ("bullet", "regionmøtet 2030 i Tindvik: 45 000 kroner"),
    ("bullet", "ansattes reiser til medlemskommunene: 95 000 kroner"),
    ("bullet", "deltakelse på nasjonale samlinger: 20 000 kroner"),
    ("p", "Regnskapet for 2028 ble høyere fordi regionmøtet det året gikk over to dager."),
    ("h2", "Note 5 Prosjekttilskudd til talentprogrammet"),
    (
        "p",
        "Stiftelsen Havlys har gitt regionen 400 000 kroner for 2030 til å planlegge og prøve ut et regionalt "
        "talentprogram (tilsagn 14. september 2029). I 2029 var tilskuddet 250 000 kroner til et forprosjekt. "
        "Tilskuddet er øremerket og føres brutto, slik at inntekt og kostnad er like store. Det skal brukes slik:",
    ),
    ("bullet", "prosjektledelse, 0,4 årsverk: 240 000 kroner"),
    ("bullet", "tre helgesamlinger for elever: 90 000 kroner"),
    ("bullet", "arbeidsgruppen for talentprogrammet: 60 000 kroner"),
    ("bullet", "ekstern evaluering: 10 000 kroner"),
    (
        "p",
        "Rammen for arbeidsgruppen skal fastsettes i et eget mandat. Midler som ikke er brukt ved utgangen av "
        "2030, må betales tilbake til stiftelsen, med mindre stiftelsen godtar at de overføres til 2031.",
    ),
    ("h2", "Note 6 Kurs og samlinger"),
    (
        "p",
        "Regionen arrangerer én fagdag for kulturskolelærere i 2030, mot to i 2029. Derfor er både inntektene og "
        "kostnadene lavere enn året før. Fagdagen holdes i Myrhaug 16. oktober 2030.",
    ),
    (
        "p",
        "Deltakeravgiften er 1 850 kroner per deltaker. Budsjettet bygger på 100 betalende deltakere, som gir "
        "185 000 kroner. Lederforum for rektorer i februar er gratis for medlemskommunene. Kostnadene er:",
    ),
    ("bullet", "lokaler og servering: 150 000 kroner"),
    ("bullet", "foredragsholdere og kursledere: 80 000 kroner"),
    ("bullet", "materiell og trykking: 30 000 kroner"),
    ("h2", "Note 7 Egenkapital"),
    (
        "p",
        "Egenkapitalen var 1 145 300 kroner per 31. desember 2028. Holder budsjettet for 2029, vil den være om "
        "lag 1 195 000 kroner ved utgangen av 2029. Det budsjetterte underskuddet for 2030 på 10 000 kroner dekkes "
        "av egenkapitalen.",
    ),
    (
        "p",
        "Regionstyret har bestemt at egenkapitalen ikke bør være lavere enn 40 prosent av de årlige kostnadene. "
        "Med kostnader på 2 855 000 kroner tilsvarer det 1 142 000 kroner.",
    ),
    (
        "p",
        "Av egenkapitalen er 250 000 kroner satt av i et utviklingsfond. Fondet kan bare brukes etter vedtak i "
        "regionstyret.",
    ),
    (
        "remark",
        "Egenkapitalen ved utgangen av 2029 er et anslag og kan endre seg når regnskapet for 2029 er revidert.",
    ),
]


def _kr(value: str) -> int:
    return int(value.replace(" ", "")) if value else 0


def _amounts(*labels: str) -> int:
    """The sum of the amounts after the given labels in the bullets and paragraphs (for the breakdowns)."""
    total = 0
    for label in labels:
        blocks = [b[-1] for b in BLOCKS if b[0] in ("bullet", "p") and label in b[-1]]
        if len(blocks) != 1:
            raise ValueError(f"{label!r} found {len(blocks)} times")
        m = re.search(re.escape(label) + r".*?([0-9][0-9 ]*[0-9]) kroner", blocks[0])
        if m is None:
            raise ValueError(f"no amount after {label!r}")
        total += _kr(m.group(1))
    return total


def check_sums() -> None:
    """Raise if a sum row, the result row or a note's breakdown does not add up."""
    for col in (2, 3, 4):
        income = sum(_kr(r[col]) for r in INCOME)
        costs = sum(_kr(r[col]) for r in COSTS)
        if income != _kr(INCOME_SUM[col]):
            raise ValueError(f"income column {col}: {income} != {INCOME_SUM[col]}")
        if costs != _kr(COSTS_SUM[col]):
            raise ValueError(f"cost column {col}: {costs} != {COSTS_SUM[col]}")
        if income - costs != _kr(RESULT[col]):
            raise ValueError(f"result column {col}: {income - costs} != {RESULT[col]}")
    rows = KONT_ROWS[:-1]
    for bracket, rate, n, total in rows:
        if _kr(rate) * int(n) != _kr(total):
            raise ValueError(f"kontingent {bracket}: {rate} x {n} != {total}")
    if sum(int(r[2]) for r in rows) != int(KONT_ROWS[-1][2]) or sum(_kr(r[3]) for r in rows) != _kr(KONT_ROWS[-1][3]):
        raise ValueError("kontingent sum row")
    if _kr(KONT_ROWS[-1][3]) + COUNTY_FEE != _kr(INCOME[0][2]):
        raise ValueError("kontingent note 1 does not give the table's 2030 amount")
    checks = {
        "note 3": (_amounts("består av lønn", "arbeidsgiveravgift", "pensjon", "andre personalkostnader"), COSTS[0][2]),
        "note 4": (
            _amounts("regionstyrets møter", "regionmøtet 2030 i Tindvik", "ansattes reiser", "nasjonale samlinger"),
            COSTS[1][2],
        ),
        "note 5": (
            _amounts("prosjektledelse", "tre helgesamlinger", "arbeidsgruppen for talentprogrammet", "evaluering"),
            COSTS[3][2],
        ),
        "note 6 costs": (_amounts("lokaler og servering", "foredragsholdere", "materiell"), COSTS[2][2]),
        "note 6 income": (1850 * 100, INCOME[3][2]),
        "note 7 floor": (_kr(COSTS_SUM[2]) * 40 // 100, "1 142 000"),
    }
    for name, (got, want) in checks.items():
        if got != _kr(want):
            raise ValueError(f"{name}: {got} != {want}")
