"""Write evals/fit9/questions.jsonl from the lists below (50 questions per document).

    .venv/bin/python -m evals.fit9.make_questions

Each list is in writing order. Within a document the ids (f9v / f9b / f9m + three digits) follow a fixed
shuffle (SHUFFLE_SEED, seeded per prefix), so the unanswerable questions are spread out. The split comes from
assign_splits.split_of(id) (SEED = 20261209, fixed before any question was written).

Evidence is quoted from the document as the check's reader sees it (whitespace collapsed; PDF text as pypdf
reads it page by page, with the running footer "… side N (4)" at the bottom of every page; table rows of the
.docx as cells joined with " | "; the .txt as written). `page` is the 1-based page in the PDF file. `ref` is
"punkt 5" (PDF), "note 3" (.docx) or "punkt 4" (.txt): the innermost section that holds all the evidence; null
when the evidence lies outside them (the title, memo lines and signatures of the nomination; the title,
adoption line, introduction and budget table of the budget; the title, adoption lines and signature of the
mandate) or spans several.

ABSENT maps each unanswerable question to probes: strings that would be in a document if it could answer the
question. check.py verifies that none of them occurs in any of the three documents.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.fit9.assign_splits import split_of
from evals.fit_questions import answerable, history, numbered, probed

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"
SHUFFLE_SEED = 9091
DOCS = {
    "f9v": "valgkomiteens-innstilling-2030-region-lysfjaera.pdf",
    "f9b": "budsjett-2030-region-lysfjaera.docx",
    "f9m": "mandat-arbeidsgruppe-talentprogram-lysfjaera.txt",
}
ABSENT: dict[str, list[str]] = {}


A = answerable
H = history


U = probed(ABSENT)  # an unanswerable question and its probes, which no document of the set may contain


# ---------------------------------------------------------------------------------------------------
# f9v: valgkomiteens-innstilling-2030-region-lysfjaera.pdf (PDF, 4 pages)
# ---------------------------------------------------------------------------------------------------
MEMO_SAK = "Gjelder: Sak 6 Valg, regionmøtet 24. april 2030 på Tindvik kulturhus"
COMMITTEE = (
    "Valgkomiteen ble valgt av regionmøtet 26. april 2028 for to år og har bestått av Turid Aasheim (leder), "
    "Bård Lien Nygaard og Selma Haugtveit."
)
MEETINGS = "Komiteen har hatt fem møter siden oktober 2029, tre på Teams og to på regionkontoret i Ravnsund."
DEADLINE = "Alle 17 medlemskommunene ble invitert til å foreslå kandidater innen 15. januar 2030."
PROPOSALS = "Vi fikk forslag fra ni kommuner, til sammen 14 navn."
T1_HEAD = "Navn Kulturskole Verv Periode Ny / gjenvalg"
ROW_STRAND = "Hilde Marie Strand Ravnsund kulturskole Leder 2030–2032 Ny som leder"
ROW_HADDAD = "Amir Haddad Lundeby kulturskole Styremedlem 2030–2032 Gjenvalg"
ROW_OFTEDAL = "Ragnhild Oftedal Kvernbakken kulturskole Styremedlem 2030–2031 Ny"
ROW_VASSBOTN = "Jon Erik Vassbotn Tindvik kulturskole Styremedlem 2029–2031 Ikke på valg"
NOTE_OFTEDAL = "Ragnhild Oftedal foreslås for resten av perioden, det vil si ett år."
NESTLEDER = "Regionstyret konstituerer seg selv og velger nestleder på sitt første møte etter regionmøtet."
ROW_SOLVBERG = "Per Arne Sølvberg Storeggen kulturskole Leder 2022"
ROW_BERGE = "Liv Torunn Berge Hestvika kulturskole Styremedlem 2026"
ROW_MOE = "Eskil Moe Myrhaug kulturskole 2. varamedlem 2028"
BERGE_WHY = "Liv Torunn Berge har fått ny jobb utenfor kulturskolefeltet og kan derfor ikke fortsette."
VARA_TERM = "Varamedlemmene velges for ett år, det vil si fram til regionmøtet 2031."
VARA_RIGHTS = (
    "1. varamedlem får alle sakspapirer og kan møte med talerett, men uten stemmerett, også når ingen "
    "styremedlemmer har meldt forfall."
)
VARA1 = "1. Sunniva Kleppe, Sandlia kulturskole (ny)"
VARA2 = "2. Tor Inge Rabben, Bjørkeli kulturskole (gjenvalg; var 1. varamedlem det siste året)"
VARA3 = "3. Maja Lindqvist, Vestre Alm kulturskole (ny)"
GENDER_RULE = "Vedtektene krever at hvert kjønn skal være representert med minst 40 prosent i regionstyret."
GENDER_BOARD = "Med innstillingen får styret tre kvinner og to menn."
GENDER_VARA = "Blant varamedlemmene er det to kvinner og én mann."
INNER_ONE = "Med innstillingen har indre del bare ett styremedlem, og komiteen ville gjerne hatt to."
INNER_VARA = (
    "Vi har derfor satt Sunniva Kleppe fra Sandlia som 1. varamedlem, slik at indre del likevel er til stede på "
    "styremøtene."
)
STRAND_YEARS = "Erfaring. Hilde Marie Strand har vært rektor ved Ravnsund kulturskole i elleve år"
HADDAD = "Amir Haddad er kulturskolelærer i slagverk og sørger for at styret har en stemme fra undervisningen."
FOUR_OF_FIVE = "Med innstillingen har fire av fem styremedlemmer sittet i styret før"
PUPIL_REP = (
    "Komiteen har også drøftet om styret burde ha en elevrepresentant, men vedtektene åpner ikke for det i dag."
)
PUPIL_LATER = "Vi ber regionstyret se på spørsmålet før regionmøtet 2031."
VK_BOARD = "Regionstyret behandlet forslaget i møte 4. mars 2030, sak 12/30"
VK_1 = "Bård Lien Nygaard, Storeggen kulturskole, leder (gjenvalg, ny som leder)"
VK_2 = "Selma Haugtveit, Hestvika kulturskole, medlem (gjenvalg)"
VK_3 = "Oddny Fure, Kvernbakken kulturskole, medlem (ny)"
VK_4 = "Gunnar Tveit, Lundeby kulturskole, varamedlem (ny)"
AUDIT_OLD = (
    "Kystrevisjon SA har revidert regionens regnskap siden 2021 og har sagt fra om at de ikke ønsker å fortsette "
    "etter regnskapsåret 2029."
)
AUDIT_OFFERS = "Valgkomiteen har derfor hentet inn tilbud fra to revisjonsselskap."
AUDIT_NEW = (
    "Valgkomiteen innstiller på Ravnsund Revisjon AS ved statsautorisert revisor Ellen Krogstad som revisor for "
    "regnskapsårene 2030 og 2031."
)
AUDIT_FEE = "Honoraret er oppgitt til 38 000 kroner eksklusive merverdiavgift per år"
FEE_LEADER = "leder av regionstyret: 36 000 kroner per år"
FEE_MEMBER = "styremedlemmer og varamedlemmer som møter: 1 400 kroner per møte"
FEE_VK_LEADER = "leder av valgkomiteen: 6 000 kroner per år"
MAIL = "Spørsmål om innstillingen kan rettes til valgkomiteens leder på valg@lysfjaera.example."
SIGNED = "Turid Aasheim leder Bård Lien Nygaard medlem Selma Haugtveit medlem"

INNSTILLING = [
    A("hvem foreslås som ny leder av regionstyret", "nb", "person", [ROW_STRAND], ["Hilde Marie Strand"],
      "punkt 2", 1),
    A("hvem går ut av styret", "nb", "list", [ROW_SOLVBERG, ROW_BERGE, ROW_MOE],
      ["Per Arne Sølvberg", "Liv Torunn Berge", "Eskil Moe"], "punkt 3", 2),
    A("hvem er foreslått som varamedlemmer", "nb", "list", [VARA1, VARA2, VARA3],
      ["Sunniva Kleppe", "Tor Inge Rabben", "Maja Lindqvist"], "punkt 4", 2),
    A("Hvor lenge skal Ragnhild Oftedal sitte hvis hun blir valgt?", "nb", "date", [ROW_OFTEDAL, NOTE_OFTEDAL],
      ["ett år"], "punkt 2", 1),
    A("når er regionmøtet", "nb", "date", [MEMO_SAK], ["24. april 2030"], None, 1),
    A("where is the regional meeting held this year", "en", "place", [MEMO_SAK], ["Tindvik kulturhus"], None, 1),
    A("hvor mange ganger har valgkomiteen møttes", "nb", "count", [MEETINGS], ["fem"], "punkt 1", 1),
    A("hvor mange kommuner sendte inn forslag på kandidater", "nb", "count", [PROPOSALS], ["ni kommuner"],
      "punkt 1", 1),
    A("How many names did the committee receive in total?", "en", "count", [PROPOSALS], ["14"], "punkt 1", 1),
    A("hvem har skrevet under innstillingen", "nb", "list", [SIGNED],
      ["Turid Aasheim", "Bård Lien Nygaard", "Selma Haugtveit"], None, 4),
    A("hvem blir nestleder i det nye styret", "nb", "description", [NESTLEDER], ["første møte"], "punkt 2", 2),
    A("kjønnsfordeling i nytt styre", "nb", "description", [GENDER_BOARD], ["tre kvinner", "to menn"],
      "punkt 5", 2),
    A("kor mange kvinner er det blant varamedlemane", "nn", "count", [GENDER_VARA], ["to kvinner"], "punkt 5", 2),
    A("hva er kravet til kjønnsbalanse i styret", "nb", "description", [GENDER_RULE], ["40 prosent"], "punkt 5", 2),
    A("hvorfor står sunniva kleppe øverst på varalista", "nb", "description", [INNER_ONE, INNER_VARA],
      ["indre del"], "punkt 5", 2),
    A("hvor lenge har strand vært rektor", "nb", "count", [STRAND_YEARS], ["elleve år"], "punkt 5", 2),
    A("hvor mange i det foreslåtte styret har styreerfaring fra før", "nb", "count", [FOUR_OF_FIVE],
      ["fire av fem"], "punkt 5", 3),
    A("hvem foreslås til ny valgkomite", "nb", "list", [VK_1, VK_2, VK_3, VK_4],
      ["Bård Lien Nygaard", "Selma Haugtveit", "Oddny Fure", "Gunnar Tveit"], "punkt 6", 3),
    A("kven skal leie valkomiteen framover", "nn", "person", [VK_1], ["Bård Lien Nygaard"], "punkt 6", 3),
    A("når behandla styret forslaget til valgkomite", "nb", "date", [VK_BOARD], ["4. mars 2030"], "punkt 6", 3),
    A("Who is proposed as the new auditor?", "en", "person", [AUDIT_NEW], ["Ravnsund Revisjon AS", "Ellen Krogstad"],
      "punkt 7", 3),
    A("hva koster ny revisor i året", "nb", "amount", [AUDIT_FEE], ["38 000"], "punkt 7", 3),
    A("honorar styreleder", "nb", "amount", [FEE_LEADER], ["36 000"], "punkt 8", 3),
    A("kva får eit styremedlem per møte", "nn", "amount", [FEE_MEMBER], ["1 400"], "punkt 8", 3),
    A("Hva står i punkt 4?", "nb", "ref_text", [VARA_TERM, VARA1], ["ett år", "Sunniva Kleppe"], "punkt 4", 2),
    A("kor lenge sit varamedlemene", "nn", "date", [VARA_TERM], ["2031"], "punkt 4", 2),
    A("kan 1 vara stemme på styremøtene", "nb", "yesno", [VARA_RIGHTS], ["talerett"], "punkt 4", 2),
    A("hva ber valgkomiteen styret om å se på før neste års regionmøte", "nb", "status_planned",
      [PUPIL_REP, PUPIL_LATER], ["elevrepresentant"], "punkt 5", 3),
    A("har komiteen innhentet pristilbud på revisjon", "nb", "status_done", [AUDIT_OFFERS],
      ["to revisjonsselskap"], "punkt 7", 3),
    A("Since when has Per Arne Sølvberg been on the board?", "en", "date", [ROW_SOLVBERG], ["2022"], "punkt 3", 2),
    # follow-ups
    A("hvorfor slutter den andre av dem", "nb", "followup", [BERGE_WHY], ["ny jobb"], "punkt 3", 2,
      H("hvem går ut av regionstyret",
        "Tre går ut: Per Arne Sølvberg (leder), Liv Torunn Berge (styremedlem) og Eskil Moe (2. varamedlem).")),
    A("og hvem tar over plassen hennes som styremedlem", "nb", "followup", [NOTE_OFTEDAL], ["Ragnhild Oftedal"],
      "punkt 2", 1,
      H("hvem er foreslått som leder",
        "Valgkomiteen foreslår Hilde Marie Strand fra Ravnsund kulturskole som leder for 2030–2032.")),
    A("and who is proposed to replace them", "en", "followup", [AUDIT_NEW], ["Ravnsund Revisjon AS"], "punkt 7", 3,
      H("who audits the accounts today?",
        "Kystrevisjon SA has audited the region's accounts since 2021, but does not want to continue after the "
        "2029 accounts.")),
    A("hvem av dem er nye", "nb", "followup", [VK_3, VK_4], ["Oddny Fure", "Gunnar Tveit"], "punkt 6", 3,
      H("hvem skal sitte i ny valgkomite",
        "Regionstyret foreslår Bård Lien Nygaard (leder), Selma Haugtveit og Oddny Fure, med Gunnar Tveit som "
        "varamedlem.")),
    U("hva var prisen i det andre tilbudet", "nb", ["andre tilbudet var på", "tilbud på", "det andre tilbudet lød"],
      H("hvem er revisor som foreslås", "Ravnsund Revisjon AS ved statsautorisert revisor Ellen Krogstad.")),
    # unanswerable
    U("hvem er nestleder i styret i dag", "nb", ["nåværende nestleder", "nestleder i dag", "nestleder er"]),
    U("What is the phone number of the election committee's leader?", "en", ["telefon", "tlf", "mobil"]),
    U("hva står i punkt 9 i innstillingen", "nb", ["punkt 9", "9 Andre valg", "9 Diverse"]),
    U("hvem var 3. varamedlem i fjor", "nb", ["3. varamedlem", "tredje varamedlem"]),
    U("How many delegates does each municipality send to the regional meeting?", "en",
      ["delegater per kommune", "antall delegater", "stemmer per kommune"]),
    U("hvor gammel er hilde marie strand", "nb", ["år gammel", "født"]),
    U("hvem ledet regionstyret før sølvberg", "nb", ["tidligere leder", "før Sølvberg", "leder fra 2022"]),
    U("hva fikk styrelederen i honorar i 2028", "nb", ["uendret fra 2028", "i 2028 var", "honorar 2028"]),
    U("hvilken kommune foreslo ragnhild oftedal", "nb", ["foreslått av", "foreslo Oftedal", "Oftedal ble foreslått"]),
    U("hvilken paragraf i vedtektene handler om valgkomiteen", "nb", ["§", "paragraf"]),
    U("hva jobber maja lindqvist som", "nb", ["Lindqvist er", "Lindqvist har", "Lindqvist arbeider"]),
    U("hvilken del av regionen ligger bjørkeli i", "nb", ["Bjørkeli ligger", "Bjørkeli i", "Bjørkeli og"]),
    U("What time does the regional meeting start?", "en", ["kl.", "klokken", "starter kl"]),
    U("kven leia valkomiteen før Turid Aasheim", "nn", ["før Aasheim", "tidligere leder av valgkomiteen"]),
    U("hvor mange stemmer fikk hilde marie strand da hun ble valgt i 2029", "nb",
      ["antall stemmer", "fikk stemmer", "enstemmig"]),
]


# ---------------------------------------------------------------------------------------------------
# f9b: budsjett-2030-region-lysfjaera.docx (.docx)
# ---------------------------------------------------------------------------------------------------
HEAD = "Post | Note | Budsjett 2030 | Budsjett 2029 | Regnskap 2028"
ADOPTED = "Vedtatt av regionstyret 18. november 2029, sak 44/29."
DRAFT = (
    "Regionstyret behandlet et første utkast 21. oktober 2029 (sak 39/29) og sendte det til medlemskommunene for "
    "innspill med frist 8. november 2029."
)
INPUTS = "Det kom innspill fra fire kommuner."
MANDATE_25 = (
    "Regionleder får fullmakt til å flytte inntil 25 000 kroner mellom kostnadspostene. Større endringer legges "
    "fram for regionstyret."
)
ACCOUNTS_29 = (
    "Det legges fram for regionstyret i mars 2030 og for regionmøtet sammen med årsberetningen."
)
ACCOUNTS_29_NOT = "Regnskapet for 2029 er ikke avsluttet."
ROW_KONT = "Medlemskontingent | 1 | 1 286 000 | 1 240 000 | 1 198 500"
ROW_INCOME = "Sum inntekter | | 2 845 000 | 2 638 000 | 2 321 650"
ROW_RENTE = "Renteinntekter | | 24 000 | 18 000 | 21 750"
ROW_LONN = "Lønn og sosiale kostnader | 3 | 1 720 000 | 1 610 000 | 1 402 300"
ROW_REISE = "Reiser og møter | 4 | 230 000 | 215 000 | 241 900"
ROW_REVISJON = "Revisjon og regnskapsføring | | 90 000 | 84 000 | 81 250"
ROW_KONTOR = "Kontor, IKT og forsikring | | 60 000 | 57 000 | 62 450"
ROW_RESULT = "Resultat | 7 | -10 000 | 50 000 | 190 150"
REMARK_29 = "Budsjett 2029 er budsjettet slik det ble vedtatt i sak 41/28; det ble ikke revidert i løpet av året."
REMARK_28 = "Regnskap 2028 er revidert og godkjent av regionmøtet 2029."
K_HEAD = "Innbyggere i kommunen | Sats 2030 (kr) | Antall kommuner | Sum (kr)"
K_UNDER = "Under 3 000 | 42 000 | 6 | 252 000"
K_MID = "3 000–9 999 | 68 000 | 7 | 476 000"
K_TOP = "30 000 og over | 182 000 | 1 | 182 000"
COUNTY = "I tillegg betaler Havlandet fylkeskommune 31 000 kroner."
ONLY_RAVNSUND = "Ravnsund er den eneste kommunen i den øverste gruppen."
INVOICE = "Kontingenten faktureres i februar med 30 dagers betalingsfrist."
GRANT = "For 2030 er regionens andel 950 000 kroner, bekreftet i brev fra sekretariatet 2. oktober 2029."
NOT_EARMARKED = "Tilskuddet er ikke øremerket, men skal blant annet dekke driften av regionkontoret."
FTE = "Regionkontoret har 2,5 årsverk i 2030, mot 2,3 årsverk i 2029."
POS_1 = "regionleder, 100 prosent stilling"
POS_2 = "rådgiver, 100 prosent stilling (80 prosent i 2029)"
POS_3 = "konsulent for økonomi og administrasjon, 50 prosent stilling"
PAY = (
    "Posten består av lønn 1 365 000 kroner, arbeidsgiveravgift 192 000 kroner, pensjon 136 000 kroner og andre "
    "personalkostnader 27 000 kroner."
)
WAGE_GROWTH = "Budsjettet forutsetter en lønnsvekst på 4,2 prosent fra mai 2030."
TRAVEL_RM = "regionmøtet 2030 i Tindvik: 45 000 kroner"
TRAVEL_STAFF = "ansattes reiser til medlemskommunene: 95 000 kroner"
TRAVEL_2028 = "Regnskapet for 2028 ble høyere fordi regionmøtet det året gikk over to dager."
HAVLYS = (
    "Stiftelsen Havlys har gitt regionen 400 000 kroner for 2030 til å planlegge og prøve ut et regionalt "
    "talentprogram (tilsagn 14. september 2029)."
)
HAVLYS_2029 = "I 2029 var tilskuddet 250 000 kroner til et forprosjekt."
USE_1 = "prosjektledelse, 0,4 årsverk: 240 000 kroner"
USE_2 = "tre helgesamlinger for elever: 90 000 kroner"
USE_3 = "arbeidsgruppen for talentprogrammet: 60 000 kroner"
USE_4 = "ekstern evaluering: 10 000 kroner"
UNSPENT = (
    "Midler som ikke er brukt ved utgangen av 2030, må betales tilbake til stiftelsen, med mindre stiftelsen godtar "
    "at de overføres til 2031."
)
ONE_DAY = "Regionen arrangerer én fagdag for kulturskolelærere i 2030, mot to i 2029."
FAGDAG = "Fagdagen holdes i Myrhaug 16. oktober 2030."
FEE = "Deltakeravgiften er 1 850 kroner per deltaker."
PARTICIPANTS = "Budsjettet bygger på 100 betalende deltakere, som gir 185 000 kroner."
VENUE = "lokaler og servering: 150 000 kroner"
EQUITY_28 = "Egenkapitalen var 1 145 300 kroner per 31. desember 2028."
DEFICIT = "Det budsjetterte underskuddet for 2030 på 10 000 kroner dekkes av egenkapitalen."
FLOOR = "Regionstyret har bestemt at egenkapitalen ikke bør være lavere enn 40 prosent av de årlige kostnadene."
FLOOR_KR = "Med kostnader på 2 855 000 kroner tilsvarer det 1 142 000 kroner."
FUND = "Av egenkapitalen er 250 000 kroner satt av i et utviklingsfond."

BUDSJETT = [
    A("budsjett reiser 2030", "nb", "amount", [HEAD, ROW_REISE], ["230 000"]),
    A("hva ble regnskapet for reiser og møter i 2028", "nb", "amount", [HEAD, ROW_REISE], ["241 900"]),
    A("hvor mange årsverk er det på regionkontoret", "nb", "count", [FTE], ["2,5"], "note 3"),
    A("hvor mye går til lønn og sosiale kostnader neste år", "nb", "amount", [HEAD, ROW_LONN], ["1 720 000"]),
    A("hvor mye er selve lønna, uten arbeidsgiveravgift og pensjon", "nb", "amount", [PAY], ["1 365 000"],
      "note 3"),
    A("kontingent for en kommune med 5000 innbyggere", "nb", "amount", [K_HEAD, K_MID], ["68 000"], "note 1"),
    A("How many member municipalities have fewer than 3 000 inhabitants?", "en", "count", [K_HEAD, K_UNDER], ["6"],
      "note 1"),
    A("hvilken kommune betaler mest i kontingent og hvor mye", "nb", "place", [K_TOP, ONLY_RAVNSUND],
      ["Ravnsund", "182 000"], "note 1"),
    A("når ble budsjettet vedtatt", "nb", "date", [ADOPTED], ["18. november 2029"]),
    A("Under which case number did the board adopt the budget?", "en", "description", [ADOPTED], ["44/29"]),
    A("når var første utkast oppe i styret", "nb", "date", [DRAFT], ["21. oktober 2029"]),
    A("hvor mange kommuner ga innspill", "nb", "count", [INPUTS], ["fire"]),
    A("underskudd 2030", "nb", "amount", [HEAD, ROW_RESULT], ["10 000"]),
    A("hva var sum inntekter i budsjettet for 2029", "nb", "amount", [HEAD, ROW_INCOME], ["2 638 000"]),
    A("er grunntilskuddet øremerket", "nb", "yesno", [NOT_EARMARKED], ["ikke øremerket"], "note 2"),
    A("hva skal prosjekttilskuddet brukes til", "nb", "list", [USE_1, USE_2, USE_3, USE_4],
      ["prosjektledelse", "helgesamlinger", "arbeidsgruppen", "evaluering"], "note 5"),
    A("kor mange betalande deltakarar reknar budsjettet med på fagdagen", "nn", "count", [PARTICIPANTS], ["100"],
      "note 6"),
    A("egenkapital ved utgangen av 2028", "nb", "amount", [EQUITY_28], ["1 145 300"], "note 7"),
    A("hvor mye står i utviklingsfondet", "nb", "amount", [FUND], ["250 000"], "note 7"),
    A("hvor lav kan egenkapitalen bli", "nb", "amount", [FLOOR, FLOOR_KR], ["40 prosent", "1 142 000"], "note 7"),
    A("hvor mye kan regionleder flytte mellom postene uten å spørre styret", "nb", "amount", [MANDATE_25],
      ["25 000"]),
    A("What wage growth does the budget assume?", "en", "amount", [WAGE_GROWTH], ["4,2"], "note 3"),
    A("How much is set aside for the regional meeting in Tindvik?", "en", "amount", [TRAVEL_RM], ["45 000"],
      "note 4"),
    A("What was budgeted for audit and accounting in 2029?", "en", "amount", [HEAD, ROW_REVISJON], ["84 000"]),
    A("når kommer regnskapet for 2029", "nb", "status_planned", [ACCOUNTS_29_NOT, ACCOUNTS_29], ["mars 2030"]),
    A("er regnskapet for 2028 godkjent", "nb", "status_done", [REMARK_28], ["regionmøtet 2029"]),
    A("hva står i note 6", "nb", "ref_text", [ONE_DAY, FEE], ["fagdag", "1 850"], "note 6"),
    A("kor mykje går til kontor og IKT i 2030", "nn", "amount", [HEAD, ROW_KONTOR], ["60 000"]),
    A("kor mykje av tilskotet frå stiftinga går til arbeidsgruppa", "nn", "amount", [USE_3], ["60 000"], "note 5"),
    A("kor mykje er sett av til reiser for dei tilsette", "nn", "amount", [TRAVEL_STAFF], ["95 000"], "note 4"),
    # follow-ups
    A("og året før?", "nb", "followup", [HEAD, ROW_KONT], ["1 240 000"], None, None,
      H("hva er budsjettert medlemskontingent for 2030",
        "Medlemskontingenten er budsjettert til 1 286 000 kroner i 2030 (note 1).")),
    A("hvilken av dem øker", "nb", "followup", [POS_2], ["rådgiver"], "note 3", None,
      H("hvilke stillinger er det på regionkontoret",
        "Regionleder (100 %), rådgiver (100 %) og en konsulent for økonomi og administrasjon (50 %), til sammen "
        "2,5 årsverk.")),
    A("how much goes to the first one", "en", "followup", [USE_1], ["240 000"], "note 5", None,
      H("What does the talent programme grant cover?",
        "The 400 000 kroner from Stiftelsen Havlys cover project management, three weekend gatherings for "
        "students, the working group and an external evaluation.")),
    A("hva koster lokaler og mat da", "nb", "followup", [VENUE], ["150 000"], "note 6", None,
      H("hva er deltakeravgiften på fagdagen", "Deltakeravgiften er 1 850 kroner per deltaker (note 6).")),
    U("hvor mye av det går til valgkomiteen", "nb", ["av honorarposten går", "honorarene fordeler seg",
                                                     "honorar til valgkomiteen:"],
      H("hvor mye er satt av til honorarer for styret og valgkomiteen",
        "95 000 kroner i budsjett 2030, mot 92 000 kroner i 2029.")),
    # unanswerable
    U("hva ble regnskapet for reiser i 2029", "nb", ["regnskap 2029"]),
    U("hva blir kontingenten for små kommuner i 2031", "nb", ["sats 2031", "2031 (kr)", "kontingent 2031"]),
    U("hva står i note 8", "nb", ["note 8"]),
    U("hvor mye tjener regionleder", "nb", ["lønn til regionleder", "regionleders lønn", "regionleder tjener"]),
    U("hva heter konsulenten for økonomi og administrasjon", "nb",
      ["konsulenten heter", "konsulent for økonomi og administrasjon er", "konsulent for økonomi og administrasjon:"]),
    U("hvilke kommuner kom med innspill til budsjettet", "nb", ["innspill kom fra", "innspill fra kommunene"]),
    U("hvilken rente er lagt til grunn for renteinntektene", "nb", ["rentesats", "prosent rente", "renten er"]),
    U("hvor mye får hver foredragsholder på fagdagen", "nb", ["per foredragsholder", "hovedforedragsholder"]),
    U("egenkapital 2027", "nb", ["31. desember 2027", "egenkapital 2027"]),
    U("hvor mange elever blir med på helgesamlingene", "nb", ["elever per samling", "deltakere på helgesamlingene"]),
    U("hvilken dato er lederforumet for rektorer", "nb", ["Lederforum holdes", "lederforumet holdes"]),
    U("What is the account number for paying the membership fee?", "en", ["kontonummer", "kontonr", "konto nr"]),
    U("What is the organisation number of the region?", "en", ["org.nr", "organisasjonsnummer", "org. nr"]),
    U("kor mykje kostar forsikringa åleine", "nn", ["forsikring:", "forsikringspremie"]),
    U("hvor mye betalte ravnsund i kontingent i 2029", "nb", ["sats 2029"]),
]


# ---------------------------------------------------------------------------------------------------
# f9m: mandat-arbeidsgruppe-talentprogram-lysfjaera.txt (plain text)
# ---------------------------------------------------------------------------------------------------
FIXED = "Fastsatt av regionstyret 20. januar 2030, sak 04/30."
SIGNED_M = "For regionstyret Per Arne Sølvberg leder"
ONLY_THREE = "Bare tre av de 17 medlemskommunene har egne fordypningsprogram"
PILOT = "I 2029 gjennomførte regionen et forprosjekt med støtte fra Stiftelsen Havlys."
PILOT_ADVICE = "Forprosjektet anbefalte at regionen bygger opp et felles talentprogram."
HAVLYS_M = "Stiftelsen har gitt 400 000 kroner for 2030 til videre planlegging og utprøving"
AIM = (
    "Arbeidsgruppen skal lage et forslag til hvordan et regionalt talentprogram for elever mellom 13 og 19 år kan "
    "organiseres, finansieres og drives fra høsten 2031."
)
AIM_2 = "Programmet skal komme i tillegg til, ikke i stedet for, tilbudet i den enkelte kulturskole."
TASK_C = (
    "c) utrede samarbeid med videregående skoler som har musikk, dans og drama, og med Universitetet i Ravnsund,"
)
TASK_D = (
    "d) lage et forslag til budsjett for de tre første driftsårene og vurdere hva medlemskommunene skal betale,"
)
FIVE = "Arbeidsgruppen har fem medlemmer:"
M_1 = "Kari Bjørnstad, rektor ved Grønnøy kulturskole og styremedlem i regionstyret (leder)"
M_2 = "Ingvild Sæther, fiolinpedagog, Tindvik kulturskole"
M_3 = "Morten Kalvø, rektor, Sandlia kulturskole"
M_4 = "Halvard Rossnes, førsteamanuensis, Institutt for musikk, Universitetet i Ravnsund"
M_5 = "Nora Fjeldstad, elev i fordypningsprogrammet ved Myrhaug kulturskole (elevrepresentant)"
SECRETARY = "Rådgiver Elin Brattvoll ved regionkontoret er sekretær for arbeidsgruppen og har ikke stemmerett."
REPLACE = "Får et medlem varig forfall, oppnevner regionstyret et nytt."
T_WORKSHOP = "14. mars 2030 Elevworkshop i Tindvik"
T_RM = "24. april 2030 Kort orientering for regionmøtet"
T_HEARING = "1. juni 2030 Utkast til programmodell sendes på høring til medlemskommunene"
T_DEADLINE = "1. september 2030 Høringsfrist"
T_REPORT = "10. oktober 2030 Sluttrapport leveres regionleder"
T_BOARD = "21. oktober 2030 Regionstyret behandler sluttrapporten"
T_START = "August 2031 Planlagt oppstart for det første kullet"
T_FIRST = "6. februar 2030 Første møte, regionkontoret i Ravnsund"
SIX = "Arbeidsgruppen kan holde inntil seks møter."
PHYSICAL = "Minst to av dem skal være fysiske møter; de andre kan holdes digitalt."
FRAME = "Arbeidsgruppen har en budsjettramme på 60 000 kroner for 2030."
E_FEE = "b) honorar til det eksterne medlemmet: 15 000 kroner"
E_WORKSHOP = "c) elevworkshop: 10 000 kroner"
NO_FEE = (
    "Medlemmene fra kulturskolene deltar i arbeidstiden og får ikke honorar, men reiseutgifter dekkes etter "
    "regionens reiseregulativ."
)
PUPIL_FEE = "Elevrepresentanten får 500 kroner per møte."
OVER = "Utgifter utover rammen må godkjennes av regionleder på forhånd."
REPORTS_TO = "Arbeidsgruppen rapporterer til regionstyret gjennom regionleder Tone Villanger."
MINUTES = "Referat fra hvert møte sendes regionkontoret senest to uker etter møtet."
R_A = "a) en anbefalt modell for programmet, med eventuelle alternativer,"
R_B = "b) budsjett og finansieringsplan, jf. punkt 3 d),"
R_C = "c) en plan for evaluering av de to første årene."
DISSENT = "Blir ikke arbeidsgruppen enig, skal dissensene gå fram av rapporten."
NOT_A = "a) ta opp elever eller holde opptaksprøver,"
NOT_B = "b) inngå avtaler på vegne av regionen eller enkeltkommuner,"
NOT_C = "c) foreslå endringer i den enkelte kulturskoles egne fordypningstilbud,"
NOT_D = "d) bruke penger utover rammen i punkt 6."
PM_PAY = "Lønn og stilling for prosjektlederen hører under regionleder og er ikke en sak for arbeidsgruppen."
MAIL_M = "Spørsmål om arbeidet kan sendes til talent@lysfjaera.example."
LINK = "Mer om talentprogrammet: https://lysfjaera.example/talentprogram"

MANDAT = [
    A("hvem leder arbeidsgruppen", "nb", "person", [M_1], ["Kari Bjørnstad"], "punkt 4"),
    A("hvor mange medlemmer har arbeidsgruppen", "nb", "count", [FIVE], ["fem"], "punkt 4"),
    A("hvem er sekretær for gruppa", "nb", "person", [SECRETARY], ["Elin Brattvoll"], "punkt 4"),
    A("Who represents the students in the working group?", "en", "person", [M_5], ["Nora Fjeldstad"], "punkt 4"),
    A("når skal sluttrapporten være ferdig", "nb", "date", [T_REPORT], ["10. oktober 2030"], "punkt 5"),
    A("høringsfrist programmodell", "nb", "date", [T_DEADLINE], ["1. september 2030"], "punkt 5"),
    A("når er oppstart for første kull", "nb", "date", [T_START], ["August 2031"], "punkt 5"),
    A("når er første møte i gruppa", "nb", "date", [T_FIRST], ["6. februar 2030"], "punkt 5"),
    A("How much is the fee for the external member?", "en", "amount", [E_FEE], ["15 000"], "punkt 6"),
    A("får elevrepresentanten betalt", "nb", "yesno", [PUPIL_FEE], ["500"], "punkt 6"),
    A("får lærerne og rektorene i gruppa honorar", "nb", "yesno", [NO_FEE], ["arbeidstiden"], "punkt 6"),
    A("hvor mange møter kan arbeidsgruppa ha", "nb", "count", [SIX], ["seks"], "punkt 5"),
    A("må alle møtene være fysiske", "nb", "yesno", [PHYSICAL], ["digitalt"], "punkt 5"),
    A("hvem rapporterer gruppa til", "nb", "person", [REPORTS_TO], ["regionstyret", "Tone Villanger"], "punkt 7"),
    A("hva skal sluttrapporten inneholde", "nb", "list", [R_A, R_B, R_C], ["modell", "budsjett", "evaluering"],
      "punkt 7"),
    A("hva skal arbeidsgruppen ikke gjøre", "nb", "list", [NOT_A, NOT_B, NOT_C, NOT_D],
      ["opptaksprøver", "avtaler", "fordypningstilbud", "utover rammen"], "punkt 8"),
    A("kan arbeidsgruppa bestemme lønna til prosjektlederen", "nb", "yesno", [PM_PAY], ["regionleder"], "punkt 8"),
    A("What ages is the talent programme meant for?", "en", "description", [AIM], ["13", "19"], "punkt 2"),
    A("Hva står i punkt 2?", "nb", "ref_text", [AIM, AIM_2], ["høsten 2031", "i tillegg til"], "punkt 2"),
    A("hvor mange kommuner har eget fordypningsprogram i dag", "nb", "count", [ONLY_THREE], ["tre"], "punkt 1"),
    A("når ble mandatet vedtatt", "nb", "date", [FIXED], ["20. januar 2030"]),
    A("hvem har skrevet under mandatet", "nb", "person", [SIGNED_M], ["Per Arne Sølvberg"]),
    A("hvem skal gruppa utrede samarbeid med", "nb", "list", [TASK_C],
      ["videregående skoler", "Universitetet i Ravnsund"], "punkt 3"),
    A("for kor mange driftsår skal gruppa lage budsjett", "nn", "count", [TASK_D], ["tre"], "punkt 3"),
    A("frist referat", "nb", "date", [MINUTES], ["to uker"], "punkt 7"),
    A("nettside talentprogrammet", "nb", "place", [LINK], ["https://lysfjaera.example/talentprogram"], "punkt 9"),
    A("Where can I send questions about the working group?", "en", "place", [MAIL_M], ["talent@lysfjaera.example"],
      "punkt 9"),
    A("kor mykje har Stiftelsen Havlys gitt for 2030", "nn", "amount", [HAVLYS_M], ["400 000"], "punkt 1"),
    A("hva skal skje på regionmøtet i april", "nb", "status_planned", [T_RM], ["orientering"], "punkt 5"),
    A("er det gjort noe forarbeid til talentprogrammet", "nb", "status_done", [PILOT, PILOT_ADVICE],
      ["forprosjekt", "2029"], "punkt 1"),
    # follow-ups
    A("og når behandler styret den siste", "nb", "followup", [T_BOARD], ["21. oktober 2030"], "punkt 5", None,
      H("når er de viktigste fristene for arbeidsgruppa",
        "Utkastet sendes på høring 1. juni 2030, høringsfristen er 1. september 2030, og sluttrapporten leveres "
        "regionleder 10. oktober 2030.")),
    A("hvem av dem er rektorer", "nb", "followup", [M_1, M_3], ["Kari Bjørnstad", "Morten Kalvø"], "punkt 4", None,
      H("hvem sitter i arbeidsgruppen",
        "Kari Bjørnstad (leder), Ingvild Sæther, Morten Kalvø, Halvard Rossnes og elevrepresentanten Nora "
        "Fjeldstad.")),
    A("who is the external member", "en", "followup", [M_4], ["Halvard Rossnes"], "punkt 4", None,
      H("How is the working group's budget split?",
        "Of the 60 000 kroner, 35 000 go to meetings and travel, 15 000 to the fee for the external member and "
        "10 000 to the student workshop.")),
    A("kva ramme er det snakk om", "nn", "followup", [FRAME], ["60 000"], "punkt 6", None,
      H("kva skal arbeidsgruppa ikkje gjere",
        "Ho skal ikkje ta opp elevar eller halde opptaksprøver, ikkje inngå avtalar, ikkje foreslå endringar i "
        "fordjupingstilboda til kulturskulane og ikkje bruke pengar utover ramma i punkt 6.")),
    U("hvor mange elever kan være med", "nb",
      ["elever kan delta", "plasser på workshopen", "deltakere på elevworkshopen"],
      H("hvor skal elevworkshopen være", "Elevworkshopen er 14. mars 2030 i Tindvik.")),
    # unanswerable
    U("hvem er prosjektleder for talentprogrammet", "nb",
      ["prosjektleder er", "prosjektleder:", "ansatt som prosjektleder"]),
    U("hvilke fag blir med i første omgang", "nb", ["første omgang blir", "fag i første omgang:"]),
    U("hva er opptakskriteriene", "nb", ["kriteriene er", "krav for opptak", "opptakskrav"]),
    U("hva står i punkt 10", "nb", ["punkt 10"]),
    U("hvor mye skal kommunene betale per elev", "nb", ["per elev", "per deltakende elev"]),
    U("hvilke videregående skoler er aktuelle", "nb", ["videregående skole i", "vgs"]),
    U("når er andre møte i arbeidsgruppen", "nb", ["andre møte", "2. møte"]),
    U("How many students took part in the pilot project?", "en", ["elever deltok", "deltakere i forprosjektet"]),
    U("What is the secretary's phone number?", "en", ["telefon", "tlf", "mobil"]),
    U("kva vart bestemt på det første møtet", "nn", ["på første møte ble", "referat fra første møte"]),
    U("søknadsfrist for talentprogrammet 2031", "nb", ["søknadsfrist", "opptaksfrist"]),
    U("hvor mye må eleven betale selv for å være med", "nb", ["egenandel", "elevavgift"]),
    U("når ble rapporten fra forprosjektet lagt fram", "nb", ["forprosjektrapport", "rapporten fra forprosjektet"]),
    U("kven er vara for elevrepresentanten", "nn", ["vara for elev", "varamedlem for elevrepresentanten"]),
    U("How many hours a week will the students spend in the programme?", "en", ["timer per uke", "timer i uka"]),
]


def main() -> None:
    out = []
    for prefix, questions in (("f9v", INNSTILLING), ("f9b", BUDSJETT), ("f9m", MANDAT)):
        out += numbered(prefix, questions, f"{SHUFFLE_SEED}:{prefix}", DOCS[prefix], split_of)
    OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in out), encoding="utf-8")
    print(f"wrote {OUT.name}: {len(out)} questions")


if __name__ == "__main__":
    main()
