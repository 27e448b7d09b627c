"""Write evals/fit5/questions.jsonl from the question lists below.

    .venv/bin/python -m evals.fit5.make_questions

The questions of each document are listed in a readable order and then shuffled with a fixed seed, so the
unanswerable ones are spread over the ids (f5p001…, f5h001…, f5s001…). The split comes from
assign_splits.split_of(id), so running assign_splits afterwards changes nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.fit5.assign_splits import split_of
from evals.fit_questions import answerable, history, numbered, unanswerable

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"
SHUFFLE_SEED = "fit5-order-2026"

PLATFORM = "politisk-plattform.docx"
PLAN = "handlingsplan-2027-2028.md"
MINUTES = "styreprotokoll-region.pdf"


A, U, H = answerable, unanswerable, history


# ---------------------------------------------------------------------------------------------------
# politisk-plattform.docx
# ---------------------------------------------------------------------------------------------------
VISION = (
    "Vår visjon er at alle barn og unge skal ha tilgang til et kulturskoletilbud av høy kvalitet, uansett "
    "hvor de bor og hva familien har råd til."
)
ADOPTED = "Vedtatt av Landstinget i Kongsvær 15. juni 2028, sak 6.3. Gjelder fra 1. august 2028."
GRUNNSTOTTE = (
    "Den statlige grunnstøtten, som Utdanningsdirektoratet forvalter, var på 180 millioner kroner i 2027 "
    "og ble fordelt til 281 kommuner."
)
FYLKER = "Tilbudet er ujevnt fordelt, og i tre fylker finnes det ikke noe regionalt fordypningsprogram."
LOKALTILSKUDD = "at det innføres en statlig tilskuddsordning for kulturskolelokaler på minst 50 millioner kroner i året"

P = [
    A("Når ble den politiske plattformen vedtatt?", "nb", "date", [ADOPTED], ["15. juni 2028"]),
    A("Where was the Landsting held that adopted the political platform?", "en", "place", [ADOPTED], ["Kongsvær"]),
    A("fra når gjelder den nye plattformen", "nb", "date", [ADOPTED], ["1. august 2028"]),
    A("Hvilket saksnummer hadde plattformen på landstinget?", "nb", "description", [ADOPTED], ["sak 6.3"]),
    A(
        "Hva er visjonen vår ifølge plattformen?",
        "nb",
        "description",
        [VISION],
        ["høy kvalitet", "uansett hvor de bor"],
    ),
    A(
        "Innen hvilken dato må hovedstyret rapportere til regionstyrene om hvordan det går med plattformen?",
        "nb",
        "date",
        [
            "Hovedstyret følger opp plattformen og legger fram en skriftlig statusrapport for regionstyrene "
            "hvert år innen 1. desember."
        ],
        ["1. desember"],
    ),
    A(
        "hvor er 2026-tallene i plattformen hentet fra",
        "nb",
        "description",
        ["Tallene for 2026 er hentet fra GSI og fra Kulturskolerådets egen medlemsundersøkelse høsten 2026."],
        ["GSI", "medlemsundersøkelse"],
    ),
    A(
        "How many municipalities offered an in-depth programme in 2026, and what is the goal for 2031?",
        "en",
        "count",
        ["Kommuner med eget fordypningstilbud", "148", "220"],
        ["148", "220"],
    ),
    A("hvor mange barn sto på venteliste i 2026", "nb", "amount", ["Barn på venteliste", "14 900"], ["14 900"]),
    A(
        "Hva er målet for hvor mange av lærerne som skal ha godkjent pedagogisk utdanning?",
        "nb",
        "amount",
        ["Lærere med godkjent pedagogisk utdanning", "90 %"],
        ["90"],
    ),
    A(
        "What is the 2031 target for the share of children of primary-school age who attend kulturskole?",
        "en",
        "amount",
        ["Andel barn i grunnskolealder som går i kulturskolen", "18 %"],
        ["18"],
    ),
    A(
        "What percentage of municipalities had a free-place scheme in 2026?",
        "en",
        "amount",
        ["Kommuner med friplassordning", "38 %"],
        ["38"],
    ),
    A(
        "How many municipalities have an adopted kulturskole plan, and what is the target?",
        "en",
        "count",
        ["Kommuner med vedtatt kulturskoleplan", "212", "300"],
        ["212", "300"],
    ),
    A("Hva var grunnstøtten fra staten i 2027?", "nb", "amount", [GRUNNSTOTTE], ["180 millioner"]),
    A(
        "By what year should the content and scope of kulturskole be laid down in regulations?",
        "en",
        "date",
        ["at kulturskolens innhold og omfang forskriftsfestes i opplæringsloven innen 2030"],
        ["2030"],
    ),
    A(
        "hvor stor er forskjellen i elevavgift mellom kommunene",
        "nb",
        "amount",
        [
            "Elevavgiften varierer fra under 2 000 kroner til over 4 600 kroner i året for det samme tilbudet, "
            "avhengig av hvilken kommune barnet bor i."
        ],
        ["2 000", "4 600"],
    ),
    A(
        "Hva vil Kulturskolerådet gjøre med at kulturskolen er dyr og at mange må vente lenge på plass?",
        "nb",
        "list",
        [
            "at det innføres et nasjonalt makstak for elevavgiften i kulturskolen",
            "at alle kommuner skal ha en friplassordning for barn i familier med vedvarende lav inntekt",
            "at ingen skal vente mer enn ett skoleår på en plass i kulturskolen",
        ],
        ["makstak", "friplassordning", "ett skoleår"],
    ),
    A(
        "Kvifor meiner Kulturskolerådet at høg eigenbetaling er eit problem?",
        "nn",
        "description",
        [
            "Høy egenbetaling og lange ventelister stenger barn ute, og det rammer særlig familier med lav inntekt "
            "og barn som nylig har kommet til Norge."
        ],
        ["stenger barn ute", "lav inntekt"],
    ),
    A(
        "hvor mange av lærerne har minst halv stilling i kulturskolen",
        "nb",
        "amount",
        [
            "Mange har små stillinger fordelt på flere arbeidsgivere, og bare 41 prosent av lærerne har en stilling "
            "på 50 prosent eller mer i kulturskolen."
        ],
        ["41 prosent"],
    ),
    A(
        "Kor mange kommunar hadde kulturskuletime i 2026?",
        "nn",
        "count",
        ["I 2026 hadde 63 kommuner et slikt tilbud."],
        ["63"],
    ),
    A("hvor mange fylker mangler regionalt fordypningsprogram", "nb", "count", [FYLKER], ["tre fylker"]),
    A(
        "Hvordan står det til med fordypningstilbudet i kommunene ved starten av perioden?",
        "nb",
        "status_done",
        ["148 kommuner hadde et eget fordypningstilbud i 2026.", FYLKER],
        ["148", "ujevnt fordelt"],
    ),
    A(
        "What share of kulturskoler say they have suitable premises for all their subjects?",
        "en",
        "amount",
        ["Bare 29 prosent av kulturskolene oppgir at de har egnede lokaler for alle fagene sine."],
        ["29"],
    ),
    A(
        "Hvilke fag sliter mest med å finne egnede rom?",
        "nb",
        "list",
        ["Dans og teater er de fagene som oftest mangler egnede rom."],
        ["Dans", "teater"],
    ),
    A(
        "Hva vil vi oppnå for talentene i perioden?",
        "nb",
        "status_planned",
        [
            "at det etableres regionale fordypningsprogram i alle fylker innen 2031",
            "at fylkeskommunen dekker reiseutgiftene for elever i regionale fordypningsprogram",
            "at fordypningselever kan få kulturskoleundervisningen godkjent som valgfag i ungdomsskolen",
        ],
        ["alle fylker innen 2031", "reiseutgiftene", "valgfag"],
    ),
    A(
        "Vil vi at staten skal betale reisen for elever i regionale fordypningsprogram?",
        "nb",
        "yesno",
        ["at fylkeskommunen dekker reiseutgiftene for elever i regionale fordypningsprogram"],
        ["fylkeskommunen"],
    ),
    A(
        "skal kulturskolen telles for seg i GSI?",
        "nb",
        "yesno",
        ["at kulturskolen telles som egen kategori i GSI, med tall for elever, lærere og ventelister"],
        ["egen kategori", "ventelister"],
    ),
    A(
        "Hvem skal kulturskolen samarbeide med som lokalt ressurssenter?",
        "nb",
        "list",
        [
            "Kulturskolen skal være et lokalt ressurssenter som samarbeider med grunnskolen, barnehagen, Den "
            "kulturelle skolesekken og det frivillige kulturlivet."
        ],
        ["grunnskolen", "barnehagen", "Den kulturelle skolesekken", "frivillige kulturlivet"],
    ),
    A(
        "hva sier plattformen om kompetansen til laerere og ledere",
        "nb",
        "list",
        [
            "Lærerne skal ha mulighet til faglig påfyll hvert år.",
            "Kulturskolen trenger ledere med både kunstfaglig og administrativ kompetanse.",
            "Kommunene bør samarbeide om stillinger på tvers av kommunegrensene.",
        ],
        ["faglig påfyll", "kunstfaglig og administrativ", "på tvers av kommunegrensene"],
    ),
    A(
        "Kva vil Kulturskolerådet gjere for at lærarane skal få vidareutdanning?",
        "nn",
        "status_planned",
        [
            "at det opprettes en nasjonal videreutdanningsordning for kulturskolelærere med statlig finansiering av "
            "vikarutgifter"
        ],
        ["videreutdanningsordning", "vikarutgifter"],
    ),
    A(
        "Hva ønsker vi for kulturskoletimen framover?",
        "nb",
        "status_planned",
        ["at kulturskoletimen blir et varig tilbud med statlig finansiering"],
        ["varig", "statlig finansiering"],
    ),
    A(
        "Går plattformen inn for stillinger som er delt mellom kulturskole og grunnskole?",
        "nb",
        "yesno",
        ["at kommunene tilbyr kombinerte stillinger i kulturskole og grunnskole"],
        ["kombinerte stillinger"],
    ),
    A(
        "How big should that grant scheme be?",
        "en",
        "followup",
        [LOKALTILSKUDD],
        ["50"],
        history=H(
            "What does the platform want for kulturskole premises?",
            "It wants a state grant scheme for kulturskole premises, and it wants kulturskole to be included "
            "in the planning of all new school buildings.",
        ),
    ),
    A(
        "hva var grunnstøtten i 2027 da?",
        "nb",
        "followup",
        [GRUNNSTOTTE],
        ["180 millioner"],
        history=H(
            "Hva står under «Vi vil» i området om lov og rammevilkår?",
            "Tre standpunkter: at kulturskolens innhold og omfang forskriftsfestes i opplæringsloven innen "
            "2030, at grunnstøtten økes til minst 400 millioner kroner i løpet av perioden, og at "
            "kulturskolen telles som egen kategori i GSI.",
        ),
    ),
    A(
        "hva er målet for den fjerde av dem?",
        "nb",
        "followup",
        ["Kommuner med friplassordning", "75 %"],
        ["75"],
        history=H(
            "hvilke indikatorer har plattformen?",
            "Sju: elever i kulturskolen, andel barn i grunnskolealder som går i kulturskolen, barn på "
            "venteliste, kommuner med friplassordning, lærere med godkjent pedagogisk utdanning, kommuner "
            "med eget fordypningstilbud og kommuner med vedtatt kulturskoleplan.",
        ),
    ),
    # unanswerable
    U("Hva er makstaket for elevavgiften som plattformen foreslår?", "nb"),
    U("Hva står under «Vi vil» i område 7 i plattformen?", "nb"),
    U("Who chaired the Landsting session that adopted the platform?", "en"),
    U("Hvor mange delegater stemte for plattformen på landstinget?", "nb"),
    U("hva var grunnstøtten i 2026", "nb"),
    U("Kor mange elevar gjekk i kulturskulen i 2020?", "nn"),
    U("Hva er målet for 2031 for antall deltakere på Kulturskoledagene?", "nb"),
    U("How many member municipalities does Kulturskolerådet have nationally?", "en"),
    U("Hvor mange kommuner skal ha kulturskoletime i 2031?", "nb"),
    U(
        "hvilken inntektsgrense skal gjelde?",
        "nb",
        history=H(
            "hva sier plattformen om friplassordning?",
            "Den vil at alle kommuner skal ha en friplassordning for barn i familier med vedvarende lav "
            "inntekt. I 2026 hadde 38 % av kommunene en slik ordning, og målet for 2031 er 75 %.",
        ),
    ),
    U("Hvor mye skal staten betale per elev for kulturskoletimen?", "nb"),
    U("What is the 2031 target for the share of teachers with at least a half-time position?", "en"),
    U("Kor mange lærarar arbeider i kulturskulen i dag?", "nn"),
    U("Hvilke tre fylker mangler regionalt fordypningsprogram?", "nb"),
    U("Hvor mye skal kommunene få i tilskudd per kulturskolelærer på videreutdanning?", "nb"),
]

# ---------------------------------------------------------------------------------------------------
# handlingsplan-2027-2028.md
# ---------------------------------------------------------------------------------------------------
T111 = (
    "Kartlegge elevavgift, søskenmoderasjon og friplassordninger i alle medlemskommuner (ansvar: "
    "administrasjonen; frist: 1. april 2027)"
)
T112 = (
    "Utarbeide en veileder for kommuner som vil innføre friplassordning (ansvar: veilederkorpset; frist: "
    "1. oktober 2027)"
)
T113 = (
    "Etablere et nettverk for kulturskoler som prøver ut gratis prøvetimer (ansvar: regionstyrene; frist: 1. mars 2028)"
)
T121 = (
    "Oversette informasjonsmateriellet om kulturskolen til arabisk, somali, tigrinja, ukrainsk og polsk "
    "(ansvar: kommunikasjonsavdelingen; frist: 15. juni 2027)"
)
T122 = (
    "Gjennomføre et pilotprosjekt med kulturskoletilbud i asylmottak i to regioner (ansvar: fagavdelingen; "
    "frist: 31. desember 2028)"
)
T123 = (
    "Utvikle et kurs i inkluderende praksis sammen med Barne-, ungdoms- og familiedirektoratet (ansvar: "
    "direktøren; frist: 1. desember 2027)"
)
T211 = (
    "Holde digitale innføringskurs i rammeplanen for kulturskoleledere, minst fire i året (ansvar: "
    "fagavdelingen; frist: løpende)"
)
T213 = "Gi veiledning fra veilederkorpset til 40 nye kommuner (ansvar: veilederkorpset; frist: 31. desember 2028)"
T221 = (
    "Arrangere Kulturskoledagene i Brennvik 19.–21. oktober 2027 med temaet «Lærerrollen i endring» (ansvar: "
    "administrasjonen; frist: 21. oktober 2027)"
)
T222 = (
    "Inngå avtale med minst to universiteter eller høyskoler om et videreutdanningstilbud på 30 studiepoeng "
    "(ansvar: direktøren; frist: 1. september 2028)"
)
T231 = "Kartlegge regionale fordypningsprogram i alle fylker (ansvar: fagavdelingen; frist: 1. juni 2027)"
T232 = (
    "Lage en modell for opptak til fordypning som ikke bygger på audition alene (ansvar: "
    "kompetansefellesskapet for fordypning; frist: 1. november 2027)"
)
T311 = (
    "Utarbeide et forslag til forskrift om kulturskolen og sende det til Kunnskapsdepartementet (ansvar: "
    "hovedstyret; frist: 1. mai 2027)"
)
T312 = (
    "Gi innspill til statsbudsjettet hvert år med krav om økt grunnstøtte (ansvar: direktøren; frist: "
    "15. januar 2027 og 15. januar 2028)"
)
T313 = (
    "Møte programkomiteene i alle stortingspartiene før stortingsvalget 2029 (ansvar: hovedstyret; frist: "
    "1. desember 2028)"
)
T321 = (
    "Lage en verktøykasse for lokalpolitisk arbeid med maler for innspill til kommunebudsjettet (ansvar: "
    "kommunikasjonsavdelingen; frist: 1. mars 2027)"
)
T322 = "Gjennomføre en politikerkonferanse i hver region (ansvar: regionstyrene; frist: 31. oktober 2028)"
T323 = (
    "Publisere nøkkeltall for hver kommune på nettsidene (ansvar: administrasjonen; frist: 1. april 2027 og "
    "1. april 2028)"
)
HS = "Vedtatt av hovedstyret 9. desember 2026 (HS-sak 88/26)."

PL = [
    A("Når ble handlingsplanen vedtatt, og av hvem?", "nb", "date", [HS], ["9. desember 2026", "hovedstyret"]),
    A("Hvor mange hovedmål har handlingsplanen?", "nb", "count", ["Planen har tre hovedmål."], ["tre hovedmål"]),
    A(
        "Hvilken visjon siteres i handlingsplanen, og hvor kommer den fra?",
        "nb",
        "description",
        [
            "Alle barn og unge skal få mulighet til å oppleve, lære og skape kunst og kultur i en kulturskole av høy "
            "kvalitet.",
            "Sitatet over er visjonen i Strategi 2032, og den gjelder for alt arbeidet i planperioden.",
        ],
        ["oppleve, lære og skape", "Strategi 2032"],
    ),
    A("frist tiltak 2.1.3?", "nb", "date", [T213], ["31. desember 2028"], ref="delmål 2.1"),
    A(
        "How many new municipalities are to get guidance from the advisory corps?",
        "en",
        "count",
        [T213],
        ["40"],
        ref="delmål 2.1",
    ),
    A(
        "Hvem har ansvaret for veilederen om friplassordning?",
        "nb",
        "person",
        [T112],
        ["veilederkorpset"],
        ref="delmål 1.1",
    ),
    A(
        "hvilke sprak skal infomateriellet oversettes til",
        "nb",
        "list",
        [T121],
        ["arabisk", "somali", "tigrinja", "ukrainsk", "polsk"],
        ref="delmål 1.2",
    ),
    A("I hvor mange regioner skal piloten i asylmottak gå?", "nb", "count", [T122], ["to regioner"], ref="delmål 1.2"),
    A(
        "Hvor og når arrangeres Kulturskoledagene i 2027?",
        "nb",
        "place",
        [T221],
        ["Brennvik", "oktober 2027"],
        ref="delmål 2.2",
    ),
    A("hva er temaet for kulturskoledagene", "nb", "description", [T221], ["Lærerrollen i endring"], ref="delmål 2.2"),
    A(
        "Kven har ansvaret for å få på plass avtalen med universiteta om vidareutdanning?",
        "nn",
        "person",
        [T222],
        ["direktøren"],
        ref="delmål 2.2",
    ),
    A(
        "Hva betyr det når fristen for et tiltak er «løpende»?",
        "nb",
        "description",
        ["tiltaket har ingen sluttdato og følges opp i hver rapport til hovedstyret."],
        ["ingen sluttdato"],
    ),
    A(
        "Hvor ofte skal det holdes innføringskurs i rammeplanen?",
        "nb",
        "count",
        [T211],
        ["minst fire i året"],
        ref="delmål 2.1",
    ),
    A(
        "Before which general election are the parties' programme committees to be met?",
        "en",
        "date",
        [T313],
        ["2029"],
        ref="delmål 3.1",
    ),
    A("Hva er målet for antall elever i 2028?", "nb", "amount", ["Elever i kulturskolen", "112 000"], ["112 000"]),
    A(
        "How many municipalities had a free-place scheme in 2026 according to the action plan?",
        "en",
        "count",
        ["Kommuner med friplassordning", "136"],
        ["136"],
    ),
    A(
        "mål for deltakere pa kulturskoledagene 2028",
        "nb",
        "amount",
        ["Deltakere på Kulturskoledagene", "800"],
        ["800"],
    ),
    A(
        "What is the 2028 target for municipalities with an adopted kulturskole plan?",
        "en",
        "count",
        ["Kommuner med vedtatt kulturskoleplan", "250"],
        ["250"],
    ),
    A(
        "Innen når må regionstyrene rapportere om årsplanene sine?",
        "nb",
        "date",
        ["Regionstyrene sender en kort rapport om sine årsplaner til administrasjonen innen 1. november hvert år."],
        ["1. november"],
    ),
    A(
        "Kor ofte rapporterer administrasjonen til hovudstyret på planen?",
        "nn",
        "date",
        ["Administrasjonen rapporterer på planen til hovedstyret to ganger i året, i juni og i desember."],
        ["to ganger i året", "juni", "desember"],
    ),
    A(
        "Kva er eit fordjupingstilbod ifølgje handlingsplanen?",
        "nn",
        "description",
        [
            "et tilbud for elever med særlig motivasjon, med mer undervisning enn i kjerneprogrammet og krav om "
            "egeninnsats."
        ],
        ["særlig motivasjon", "egeninnsats"],
    ),
    A(
        "Hvilke tiltak i handlingsplanen har vi i regionstyrene ansvaret for?",
        "nb",
        "list",
        [T113, T322],
        ["gratis prøvetimer", "politikerkonferanse"],
    ),
    A(
        "hva ligger under delmal 3.2",
        "nb",
        "list",
        [T321, T322, T323],
        ["verktøykasse", "politikerkonferanse", "nøkkeltall"],
        ref="delmål 3.2",
    ),
    A(
        "Hva heter delmål 1.2?",
        "nb",
        "ref_text",
        ["Delmål 1.2 Kulturskolen når barn som ikke deltar i dag"],
        ["Kulturskolen når barn som ikke deltar i dag"],
        ref="delmål 1.2",
    ),
    A(
        "hva handler hovedmål 2 om",
        "nb",
        "ref_text",
        ["Hovedmål 2 Kvalitet i alle ledd", "Elevene skal møte god undervisning uansett hvilken kulturskole de går i."],
        ["Kvalitet i alle ledd"],
        ref="hovedmål 2",
    ),
    A(
        "Hva står det i tiltak 2.3.2?",
        "nb",
        "ref_text",
        [T232],
        ["audition alene", "1. november 2027"],
        ref="delmål 2.3",
    ),
    A("nar skal kartleggingen av elevavgift vaere ferdig", "nb", "date", [T111], ["1. april 2027"], ref="delmål 1.1"),
    A(
        "Where can I find the programme for Kulturskoledagene?",
        "en",
        "description",
        ["Program og påmelding for Kulturskoledagene ligger på", "kulturskoledagene.no"],
        ["kulturskoledagene.no"],
        ref="delmål 2.2",
    ),
    A(
        "Har tiltaket om gratis prøvetimer frist før sommeren 2027?",
        "nb",
        "yesno",
        [T113],
        ["1. mars 2028"],
        ref="delmål 1.1",
    ),
    A(
        "Er det regionstyra som skal kartleggje dei regionale fordjupingsprogramma?",
        "nn",
        "yesno",
        [T231],
        ["fagavdelingen"],
        ref="delmål 2.3",
    ),
    A(
        "Hva skal skje med handlingsplanen etter landstinget?",
        "nb",
        "status_planned",
        ["Planen revideres etter Landstinget 2028."],
        ["revideres"],
    ),
    A(
        "Hva skal vi lage for å hjelpe kulturskolene med å påvirke pengebruken i kommunen sin?",
        "nb",
        "status_planned",
        [T321],
        ["verktøykasse", "kommunikasjonsavdelingen"],
        ref="delmål 3.2",
    ),
    A(
        "og fristene?",
        "nb",
        "followup",
        [T312],
        ["15. januar 2027", "15. januar 2028"],
        ref="delmål 3.1",
        history=H(
            "hva går tiltak 3.1.2 ut på?",
            "Tiltak 3.1.2 er å gi innspill til statsbudsjettet hvert år med krav om økt grunnstøtte. "
            "Direktøren har ansvaret.",
        ),
    ),
    A(
        "hvilke tiltak har det siste av dem?",
        "nb",
        "followup",
        [T231, T232],
        ["regionale fordypningsprogram", "audition alene"],
        ref="delmål 2.3",
        history=H(
            "Hvilke delmål ligger under hovedmål 2?",
            "Hovedmål 2 har tre delmål: 2.1 Rammeplanen tas i bruk, 2.2 Bedre kompetanse hos lærere og "
            "ledere og 2.3 Fordypning med bredde.",
        ),
    ),
    A(
        "And by what year does it have to be ready?",
        "en",
        "followup",
        [T123],
        ["2027"],
        ref="delmål 1.2",
        history=H(
            "Who is responsible for tiltak 1.2.3?",
            "The director (direktøren) is responsible for tiltak 1.2.3, a course in inclusive practice.",
        ),
    ),
    # unanswerable
    U("Hva er fristen for tiltak 2.2.3?", "nb"),
    U("Hva står under delmål 3.3?", "nb"),
    U("What is the budget for the pilot project in asylum reception centres?", "en"),
    U("Hvem leder kompetansefellesskapet for kvalitet?", "nb"),
    U("hva er målet for 2028 for antall kommuner med fordypningstilbud", "nb"),
    U("Kva er målet for talet på barn på venteliste i 2028?", "nn"),
    U("Hva er hovedmål 4 i handlingsplanen?", "nb"),
    U("How many people took part in Kulturskoledagene in 2027?", "en"),
    U("Hvilke universiteter skal vi inngå avtale med om videreutdanning?", "nb"),
    U("hvor mye koster det å delta på kulturskoledagene", "nb"),
    U("Hvilke to regioner skal være med i piloten i asylmottak?", "nb"),
    U(
        "Who heads that department?",
        "en",
        history=H(
            "Who is responsible for tiltak 1.2.1?",
            "Kommunikasjonsavdelingen (the communications department) is responsible for tiltak 1.2.1, "
            "translating the information material.",
        ),
    ),
    U("Hvor mange elever gikk i kulturskolen i 2024?", "nb"),
    U("Når vart den førre handlingsplanen vedteken?", "nn"),
    U("Hvor mange kommuner hadde søskenmoderasjon i 2026?", "nb"),
]

# ---------------------------------------------------------------------------------------------------
# styreprotokoll-region.pdf
# ---------------------------------------------------------------------------------------------------
S33_DONE = (
    "I 2027 har regionen kartlagt elevavgiften i alle 22 medlemskommuner (tiltak 1.1.1), holdt to "
    "innføringskurs i rammeplanen og samlet kulturskolelederne til et nettverksmøte i Holmvika i mai."
)
S35_HEARING = (
    "Hovedstyret sendte 20. juni 2027 et utkast til politisk plattform for 2028–2031 på høring til "
    "regionene, med svarfrist 1. oktober 2027."
)
S39_APPLY = (
    "Elvedal, Nordre Skogli og Kvitbergen kommuner har søkt om å starte et felles regionalt "
    "fordypningsprogram fra høsten 2028."
)
S40 = (
    "Sekretariatet foreslår fire styremøter i 2028: 1. februar (Teams), 25. april (Elvedal, samme uke som "
    "politikerkonferansen), 5. september (Kvitbergen) og 21. november (Teams)."
)

S = [
    A(
        "Hvor mye ble flyttet fra styremøteposten til kurs og konferanser i budsjettrevisjonen?",
        "nb",
        "amount",
        ["Det overføres 45 000 kroner fra posten for styremøter til posten for kurs og konferanser."],
        ["45 000"],
        ref="sak 34/27",
        page=2,
    ),
    A(
        "What was the region's total budget for 2027?",
        "en",
        "amount",
        ["Revidert budsjett for 2027 på 640 000 kroner godkjennes."],
        ["640 000"],
        ref="sak 34/27",
        page=2,
    ),
    A(
        "Hvorfor fikk regionen mindre inntekter fra kurs enn budsjettert?",
        "nb",
        "description",
        ["Kursinntektene blir 48 000 kroner lavere enn budsjettert fordi høstkurset i dans ble avlyst."],
        ["høstkurset i dans", "48 000"],
        ref="sak 34/27",
        page=2,
    ),
    A(
        "hva skrev hun?",
        "nb",
        "followup",
        [
            "Jeg mener det er feil å kutte i fysiske styremøter i en region med så store avstander, og ber om at "
            "saken tas opp igjen når budsjettet for 2028 skal behandles."
        ],
        ["fysiske styremøter", "budsjettet for 2028"],
        ref="sak 34/27",
        page=2,
        history=H(
            "hvem kom med protokolltilførsel i sak 34/27?",
            "Merete Vikhammer leverte en protokolltilførsel i sak 34/27 (budsjettrevisjon 2027).",
        ),
    ),
    A(
        "ble det siste av dem vedtatt?",
        "nb",
        "followup",
        ["Endringsforslaget fra Tobias Reinholt ble vedtatt mot 1 stemme (Merete Vikhammer)."],
        ["vedtatt mot 1 stemme"],
        ref="sak 34/27",
        page=2,
        history=H(
            "hvilke endringsforslag kom det i møte 4/2027?",
            "Det kom to: fra Silje Aarvik i sak 33/27 (et nytt punkt om nettverket for gratis prøvetimer) og "
            "fra Tobias Reinholt i sak 34/27 (å flytte 45 000 kroner i stedet for 30 000).",
        ),
    ),
    A(
        "Hvem hadde forfall på møtet 7. september?",
        "nb",
        "person",
        ["Forfall: Jostein Lillemoen"],
        ["Jostein Lillemoen"],
        page=1,
    ),
    A(
        "Who stood in for Tobias Reinholt at the October meeting?",
        "en",
        "person",
        ["Møtende vara: Peder Kolstø (for Tobias Reinholt)"],
        ["Peder Kolstø"],
        page=3,
    ),
    A(
        "And who is the deputy chair?",
        "en",
        "followup",
        ["Gunnhild Sæterbakken (leder), Tobias Reinholt (nestleder), Merete Vikhammer, Silje Aarvik"],
        ["Tobias Reinholt"],
        page=1,
        history=H(
            "Who chairs the regional board of Fjellheimen?",
            "Gunnhild Sæterbakken is the chair (leder) of the regional board.",
        ),
    ),
    A(
        "Kven røysta mot vedtaket i høyringssaka om den politiske plattforma?",
        "nn",
        "person",
        ["Vedtatt mot 2 stemmer (Tobias Reinholt og Eirin Haldorsen)."],
        ["Tobias Reinholt", "Eirin Haldorsen"],
        ref="sak 35/27",
        page=3,
    ),
    A("Hvor mange medlemskommuner er det i regionen?", "nb", "count", [S33_DONE], ["22"], ref="sak 33/27", page=1),
    A(
        "hvor var nettverksmøtet for kulturskolelederne i mai",
        "nb",
        "place",
        [S33_DONE],
        ["Holmvika"],
        ref="sak 33/27",
        page=1,
    ),
    A(
        "Hva har regionen fått gjort av handlingsplanen så langt i 2027?",
        "nb",
        "status_done",
        [S33_DONE],
        ["kartlagt elevavgiften", "to innføringskurs", "nettverksmøte"],
        ref="sak 33/27",
        page=1,
    ),
    A(
        "Er nettverket for gratis prøvetimer kommet i gang i regionen?",
        "nb",
        "yesno",
        ["Arbeidet med nettverket for gratis prøvetimer (tiltak 1.1.3) har ikke startet."],
        ["ikke startet"],
        ref="sak 33/27",
        page=1,
    ),
    A(
        "Hva foreslo Silje Aarvik i saken om årsplanen, og hvordan gikk det?",
        "nb",
        "description",
        [
            "Nytt punkt 4: Regionstyret ber om at nettverket for gratis prøvetimer (tiltak 1.1.3) etableres før "
            "utgangen av 2027.",
            "Endringsforslaget fra Silje Aarvik falt mot 1 stemme.",
        ],
        ["gratis prøvetimer", "falt"],
        ref="sak 33/27",
        page=2,
    ),
    A(
        "Where will the regional politicians' conference be held, and in which year?",
        "en",
        "place",
        [
            "Politikerkonferansen (tiltak 3.2.2) holdes i Elvedal i april 2028 og er regionens viktigste satsing "
            "neste år."
        ],
        ["Elvedal", "2028"],
        ref="sak 33/27",
        page=2,
    ),
    A(
        "Når skal styret få status på årsplanen?",
        "nb",
        "status_planned",
        ["Sekretariatet legger fram en statusrapport for årsplanen i første møte i 2028."],
        ["første møte i 2028"],
        ref="sak 33/27",
        page=2,
    ),
    A(
        "Hva var svarfristen for høringen om ny politisk plattform?",
        "nb",
        "date",
        [S35_HEARING],
        ["1. oktober 2027"],
        ref="sak 35/27",
        page=2,
    ),
    A(
        "Hvor mange områder hadde høringsutkastet til den politiske plattformen?",
        "nb",
        "count",
        ["Utkastet har fem områder."],
        ["fem"],
        ref="sak 35/27",
        page=2,
    ),
    A(
        "Hva ba regionstyret om i høringssvaret om plattformen?",
        "nb",
        "list",
        [
            "Regionstyret ber om at lokaler og arenaer blir et eget område i plattformen.",
            "Regionstyret mener at det bør finnes regionale fordypningsprogram i alle fylker innen 2031.",
        ],
        ["lokaler og arenaer", "innen 2031"],
        ref="sak 35/27",
        page=3,
    ),
    A(
        "Fikk lederen fullmakt til å gjøre ferdig høringssvaret på egen hånd?",
        "nb",
        "yesno",
        ["Leder og sekretær får fullmakt til å ferdigstille høringssvaret."],
        ["Leder og sekretær"],
        ref="sak 35/27",
        page=3,
    ),
    A(
        "Hvor stor søskenmoderasjon har Elvedal vedtatt, og fra når?",
        "nb",
        "amount",
        [
            "a) Merete Vikhammer orienterte om at Elvedal kommune har vedtatt 50 prosent søskenmoderasjon i "
            "kulturskolen fra 1. januar 2028."
        ],
        ["50 prosent", "1. januar 2028"],
        ref="sak 36/27",
        page=3,
    ),
    A(
        "Når var det andre møtet, og kvar vart det halde?",
        "nn",
        "date",
        ["Tid: Torsdag 28. oktober 2027 kl. 12.00–15.30", "Sted: Teams"],
        ["28. oktober 2027", "Teams"],
        page=3,
    ),
    A(
        "Who from the national board attended the October meeting?",
        "en",
        "person",
        ["Dessuten: Kjersti Malmedal, medlem av hovedstyret, under sak 39/27"],
        ["Kjersti Malmedal"],
        page=3,
    ),
    A(
        "Hvilke kommuner står bak søknaden om et regionalt fordypningsprogram?",
        "nb",
        "list",
        [S39_APPLY],
        ["Elvedal", "Nordre Skogli", "Kvitbergen"],
        ref="sak 39/27",
        page=4,
    ),
    A(
        "How many places will the in-depth programme have in dance and in music?",
        "en",
        "count",
        ["Programmet skal ha plass til 24 elever i musikk og 12 elever i dans."],
        ["24", "12"],
        ref="sak 39/27",
        page=4,
    ),
    A(
        "Hvor mye oppstartsstøtte ga regionen til fordypningsprogrammet, og hvordan fordeles den over årene?",
        "nb",
        "amount",
        ["Regionen bevilger 120 000 kroner i oppstartsstøtte, med 60 000 kroner i 2028 og 60 000 kroner i 2029."],
        ["120 000", "60 000"],
        ref="sak 39/27",
        page=4,
    ),
    A(
        "Hvem eier prosjektet med det regionale fordypningsprogrammet?",
        "nb",
        "person",
        ["Elvedal kommune er prosjekteier."],
        ["Elvedal kommune"],
        ref="sak 39/27",
        page=4,
    ),
    A(
        "Hva slags tall skal fordypningsprogrammet rapportere til regionstyret?",
        "nb",
        "description",
        ["søkere, opptatte elever og frafall, fordelt på kjønn og kommune."],
        ["søkere", "frafall", "kjønn"],
        ref="sak 39/27",
        page=5,
    ),
    A(
        "kan elever fra nabokommuner utenfor regionen fa plass i programmet",
        "nb",
        "yesno",
        ["Programmet skal være åpent for elever fra kommuner utenfor regionen når det er ledige plasser."],
        ["ledige plasser"],
        ref="sak 39/27",
        page=5,
    ),
    A(
        "hva må hjemkommunen betale for en elev fra utenfor regionen",
        "nb",
        "amount",
        ["Hjemkommunen til en slik elev betaler 8 000 kroner per skoleår."],
        ["8 000"],
        ref="sak 39/27",
        page=5,
    ),
    A(
        "Når har regionstyret møter neste år?",
        "nb",
        "date",
        [S40],
        ["1. februar", "25. april", "5. september", "21. november"],
        ref="sak 40/27",
        page=5,
    ),
    A("Kvar skal styremøtet i september 2028 haldast?", "nn", "place", [S40], ["Kvitbergen"], ref="sak 40/27", page=5),
    A(
        "Hvem foreslo regionen til valgkomiteen for landstinget?",
        "nb",
        "person",
        [
            "Regionstyret foreslår Jostein Lillemoen som representant i valgkomiteen.",
            "Regionstyret foreslår Eirin Haldorsen som vararepresentant.",
        ],
        ["Jostein Lillemoen", "Eirin Haldorsen"],
        ref="sak 41/27",
        page=5,
    ),
    A(
        "frist forslag valgkomiteen?",
        "nb",
        "date",
        ["Hver region skal foreslå én representant og én vararepresentant til valgkomiteen innen 15. november 2027."],
        ["15. november 2027"],
        ref="sak 41/27",
        page=5,
    ),
    A(
        "When will the report on the survey of kulturskole premises in the region be presented?",
        "en",
        "status_planned",
        ["Sekretæren svarte at rapporten legges fram i januar 2028."],
        ["2028"],
        ref="sak 42/27",
        page=5,
    ),
    # unanswerable
    U("Hva ble vedtatt i sak 44/27?", "nb"),
    U("Hva var vedtaket i sak 30/27?", "nb"),
    U("How much did the region spend on board meetings in 2027 in total?", "en"),
    U("Hvem ble valgt til ny nestleder i regionstyret?", "nb"),
    U("Hvor mange søkte om plass i det regionale fordypningsprogrammet?", "nb"),
    U("Kor mykje må eleven sjølv betale for ein plass i det regionale fordjupingsprogrammet?", "nn"),
    U("Hva er elevavgiften i Kvitbergen?", "nb"),
    U("Who took the minutes at meeting 3/2027?", "en"),
    U("hvor mye koster politikerkonferansen i april", "nb"),
    U(
        "hvorfor stemte de mot?",
        "nb",
        history=H(
            "Hvem stemte mot høringsvedtaket om plattformen?",
            "Tobias Reinholt og Eirin Haldorsen stemte mot vedtaket i sak 35/27.",
        ),
    ),
    U("What is the annual fee per pupil in Elvedal after the sibling discount?", "en"),
    U("Hva sa regionstyret om makstak for elevavgiften i høringssvaret?", "nb"),
    U("Hvilken dato i april 2028 er politikerkonferansen?", "nb"),
    U("Kven frå administrasjonen var til stades på møtet 14. juni 2027?", "nn"),
    U("Hva er regionens budsjett for 2028?", "nb"),
]

DOCS = [("f5p", PLATFORM, P), ("f5h", PLAN, PL), ("f5s", MINUTES, S)]


def build() -> list[dict]:
    return [q for prefix, doc, qs in DOCS for q in numbered(prefix, qs, f"{SHUFFLE_SEED}:{prefix}", doc, split_of)]


def main() -> None:
    qs = build()
    OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    print(f"wrote {OUT.name}: {len(qs)} questions")


if __name__ == "__main__":
    main()
