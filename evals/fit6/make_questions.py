"""Write evals/fit6/questions.jsonl from the lists below (50 questions per document).

    .venv/bin/python -m evals.fit6.make_questions

Each list is in writing order. Within a document the ids (f6r / f6v / f6l + three digits) follow a fixed
shuffle (SHUFFLE_SEED), so the unanswerable questions are spread out. The split comes from
assign_splits.split_of(id) (SEED = 20261206, fixed before any question was written).

Evidence is quoted from the document as the check's reader sees it (whitespace collapsed). `page` is the 1-based
page in the PDF file (the printed page number is that plus 11). `ref` is "kap. 3.2" (PDF), "§ 4" (.docx) or
"sak 5.2" (.txt): the innermost chapter, § or case that holds all the evidence; null when the evidence lies
outside them or spans several.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.fit6.assign_splits import split_of
from evals.fit_questions import answerable, history, numbered, unanswerable

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"
SHUFFLE_SEED = 6062
DOCS = {"f6r": "rammeplan-utdrag.pdf", "f6v": "instruks-valgkomiteen.docx", "f6l": "landstingsprotokoll-2029.txt"}


A, U, H = answerable, unanswerable, history


# ---------------------------------------------------------------------------------------------------
# 1. rammeplan-utdrag.pdf (f6r): page = PDF page 1-7 (printed 12-18)
# ---------------------------------------------------------------------------------------------------
TABLE_AIM = (
    "Undervisningen i kulturskolen er organisert i tre programområder: breddeprogram, kjerneprogram og "
    "fordypningsprogram."
)
LEAD = (
    "Planen er vedtatt av sentralstyret i Norsk kulturskoleråd 14. mars 2028 og gjelder fra skoleåret 2028–2029."
)
PRIORITY = "Når det er flere søkere enn plasser, bør kulturskolen prioritere i denne rekkefølgen:"
DEADLINE = "Søknadsfristen for hovedopptaket bør være 15. april, og svar på søknaden bør gis innen 1. juni."
GROUP = "Planen er utarbeidet av en arbeidsgruppe ledet av Hallgeir Nordbø, rektor ved Storvik kulturskole."
PDF_QS = [
    A("Hvilke tre programområder er undervisningen i kulturskolen delt inn i?", "nb", "list", [TABLE_AIM],
      ["breddeprogram", "kjerneprogram", "fordypningsprogram"], "kap. 3", 3),
    A("hvor mange minutter i uka skal elevene i fordypningsprogrammet ha undervisning", "nb", "amount",
      ["Eleven skal ha minst 90 minutter undervisning per uke, i tillegg til samspill, teori eller ensemblearbeid."],
      ["90 minutter"], "kap. 3.3", 4),
    A("How many teaching weeks should a school year in the core programme have at least?", "en", "count",
      ["Et skoleår i kjerneprogrammet bør ha minst 32 undervisningsuker."], ["32"], "kap. 3.2", 3),
    A("Når ble rammeplanen vedtatt, og av hvem?", "nb", "date", [LEAD], ["14. mars 2028", "sentralstyret"], None, 1),
    A("Who chaired the group that wrote the framework plan?", "en", "person", [GROUP], ["Hallgeir Nordbø"],
      "kap. 1.1", 1),
    A("kor mange høyringssvar kom det inn til utkastet?", "nn", "count",
      ["Utkastet var på høring til 15. januar 2028, og det kom inn 164 høringssvar."], ["164"], "kap. 1.1", 1),
    A("Hva er søknadsfristen for hovedopptaket i kulturskolen?", "nb", "date", [DEADLINE], ["15. april"],
      "kap. 4.1.2", 5),
    A("og når bør søkerne få svar?", "nb", "followup", [DEADLINE], ["1. juni"], "kap. 4.1.2", 5,
      H("Hva er søknadsfristen for hovedopptaket?",
        "Rammeplanen anbefaler at søknadsfristen for hovedopptaket er 15. april.")),
    A("Hvem skal prioriteres først når det er flere som søker enn det er plasser?", "nb", "description",
      [PRIORITY, "elever som allerede har plass og søker videre i samme fag"], ["søker videre i samme fag"],
      "kap. 4.1.2", 5),
    A("Hva er vilkåret for den siste av dem?", "nb", "followup",
      ["søkere fra nabokommuner, når kommunene har inngått avtale om det"], ["avtale"], "kap. 4.1.2", 5,
      H("Hvilke grupper prioriteres ved opptak når det er flere søkere enn plasser?",
        "Rammeplanen nevner seks grupper i prioritert rekkefølge: elever som allerede har plass og søker videre "
        "i samme fag, søkere bosatt i kommunen, de som har stått lengst på venteliste, underrepresenterte "
        "grupper, søkere til fag med ledig kapasitet og til slutt søkere fra nabokommuner.")),
    A("hva skjer med dem som har stått på venteliste i over to år", "nb", "description",
      ["Søkere som har stått på venteliste i mer enn to år, skal få tilbud om et breddekurs i samme fagområde."],
      ["breddekurs"], "kap. 4.1.2", 5),
    A("What share of the teaching should be done by teachers with relevant higher education?", "en", "amount",
      ["Minst 75 prosent av undervisningsårsverkene bør utføres av lærere med relevant høyere utdanning i "
       "kunstfag og pedagogikk."], ["75"], "kap. 4.3", 5),
    A("Hvor mange timer etterutdanning og kurs bør hver lærer få i løpet av et skoleår?", "nb", "amount",
      ["Hver lærer bør få minst 35 timer kompetanseutvikling per skoleår."], ["35 timer"], "kap. 4.3", 5),
    A("Nevn noen måter lærerne kan utvikle kompetansen sin på utenom videreutdanning og kurs", "nb", "list",
      ["hospitering ved andre kulturskoler eller i grunnskolen",
       "veiledning og kollegabasert utvikling i eget personale",
       "opplæring i tilrettelagt undervisning og i bruk av digitale verktøy",
       "deltakelse i kunstneriske prosjekter sammen med profesjonelle kunstnere"],
      ["hospitering", "veiledning"], "kap. 4.3", 6),
    A("Kan nettverkssamlinger i regi av kulturskolerådet regnes som kompetanseutvikling?", "nb", "yesno",
      ["Kompetanseutviklingen bør planlegges for hele personalet og kan for eksempel omfatte:",
       "kurs og nettverkssamlinger i regi av Norsk kulturskoleråd"], ["nettverkssamlinger"], "kap. 4.3", 5),
    A("Kor stor del av stillinga bør vere leiing på ein liten kulturskule?", "nn", "amount",
      ["Ved mindre skoler kan lederstillingen kombineres med undervisning, men ledelsesdelen bør utgjøre minst 40 "
       "prosent av stillingen."], ["40 prosent"], "kap. 4.2", 5),
    A("Hvor stor del av driftsutgiftene kan foreldrebetalingen maksimalt dekke?", "nb", "amount",
      ["Den bør ikke dekke mer enn 30 prosent av kulturskolens driftsutgifter, og det bør gis søskenmoderasjon."],
      ["30 prosent"], "kap. 4.1", 4),
    A("hvor ofte bør den lokale læreplanen revideres", "nb", "date",
      ["Den lokale læreplanen skal vedtas av kommunestyret eller det utvalget kommunestyret gir fullmakt, og den "
       "bør revideres minst hvert fjerde år."], ["hvert fjerde år"], "kap. 4.1.1", 5),
    A("Up to what age must parents be invited to the written assessment talk?", "en", "count",
      ["Elever i fordypningsprogrammet skal ha en skriftlig vurderingssamtale minst én gang per semester.",
       "For elever under 15 år skal foresatte inviteres til samtalen."], ["15"], "kap. 5.1", 7),
    A("By when must the experience with the plan be summed up in a report?", "en", "date",
      ["Erfaringene med planen skal oppsummeres i en rapport til sentralstyret innen utgangen av 2031."],
      ["2031"], "kap. 5.3", 7),
    A("må noen i opptaksnemnda komme utenfra kulturskolen", "nb", "yesno",
      ["Opptaksnemnda skal ha minst tre medlemmer, hvorav minst én skal komme fra en annen kulturskole eller fra "
       "en høyere utdanningsinstitusjon."], ["annen kulturskole", "høyere utdanningsinstitusjon"], "kap. 3.3", 4),
    A("According to the table, which ages does the breadth programme cover?", "en", "description",
      ["Breddeprogram", "Alle barn og unge fra 4 til 19 år, også uten forkunnskaper"], ["4", "19"], "kap. 3", 3),
    A("Hvor store grupper kan det være i breddeprogrammet?", "nb", "count",
      ["Kurs på 8–12 uker; grupper på inntil 16 elever"], ["16 elever"], "kap. 3", 3),
    A("Hvor mange ganger i året skal elever i kjerneprogrammet få opptre for publikum?", "nb", "count",
      ["Hver elev i kjerneprogrammet skal ha tilbud om å opptre for publikum minst to ganger i løpet av "
       "skoleåret."], ["to ganger"], "kap. 3.2", 3),
    A("Kva er den kortaste undervisningstida i veka for individuell undervisning i kjerneprogrammet?", "nn",
      "amount",
      ["undervisning ikke være under 20 minutter."], ["20 minutter"], "kap. 3.2", 4),
    A("Hvilke tre dimensjoner skal prege undervisningen i alle fag?", "nb", "list",
      ["Kulturskolen skal gi elevene mulighet til å oppleve, skape og formidle."], ["oppleve", "skape", "formidle"],
      "kap. 2.1", 2),
    A("Bør kommunen ha friplass for familier med dårlig råd?", "nb", "yesno",
      ["Norsk kulturskoleråd anbefaler at kommunen har en ordning med redusert avgift eller friplass for familier "
       "med lav inntekt, og at ordningen er kjent for alle som søker."], ["friplass"], "kap. 2.3", 2),
    A("Hvem skal kulturskolen dele kompetanse med som ressurssenter?", "nb", "list",
      ["Det betyr at skolen deler kompetanse med barnehager, grunnskoler, det frivillige kulturlivet og helse- og "
       "omsorgstjenesten."], ["barnehager", "grunnskoler", "frivillige kulturlivet", "helse- og omsorgstjenesten"],
      "kap. 2.2", 2),
    A("What does chapter 4.4 say about Den kulturelle skolesekken?", "en", "ref_text",
      ["Kulturskolen kan også bidra i Den kulturelle skolesekken, men dette tilbudet kommer i tillegg til og "
       "erstatter ikke kulturskolens egen undervisning."], ["Den kulturelle skolesekken"], "kap. 4.4", 6),
    A("Hva sier kap. 3.2.1?", "nb", "ref_text",
      ["Læreren skal sammen med eleven sette mål for opplæringen ved starten av hvert skoleår.",
       "Ved overgang fra kjerneprogram til fordypningsprogram skal kulturskolen gi eleven råd om opptak og "
       "forberedelser."], ["mål", "råd om opptak"], "kap. 3.2.1", 4),
    A("From which school year does the plan apply, and which earlier plan does it replace?", "en", "date",
      [LEAD, "Planen erstatter rammeplanen fra 2014."], ["2028–2029", "2014"], None, 1),
    A("Innen hvilken dato anbefales det at kommunestyret har vedtatt planen?", "nb", "date",
      ["Norsk kulturskoleråd anbefaler at vedtaket gjøres innen 1. juni 2029."], ["1. juni 2029"], "kap. 1.1", 1),
    A("hvor mange satt i gruppa hans, og når var utkastet klart?", "nb", "followup",
      ["Arbeidsgruppen hadde sju medlemmer og la fram sitt utkast 20. oktober 2027."],
      ["sju", "20. oktober 2027"], "kap. 1.1", 1,
      H("Hvem ledet arbeidet med rammeplanen?",
        "En arbeidsgruppe ledet av Hallgeir Nordbø, rektor ved Storvik kulturskole.")),
    A("Hva vil Norsk kulturskoleråd gjøre for å følge opp planen?", "nb", "status_planned",
      ["Norsk kulturskoleråd vil følge opp rammeplanen gjennom veiledning og kurs."], ["veiledning", "kurs"],
      "kap. 5.3", 7),
    A("Kva slags golv bør det vere i romma for dans?", "nn", "description",
      ["Det innebærer blant annet god akustikk og lydisolering for musikk, et fjærende gulv for dans og mulighet "
       "for mørklegging for teater."], ["fjærende gulv"], "kap. 4.1", 4),
    # unanswerable (15)
    U("Hvor mange elever går i kjerneprogrammet på landsbasis?", "nb"),
    U("Hva står det i kapittel 6.2 om fagplanen for dans?", "nb"),
    U("Hva sier kap. 4.5 om lønn til lærerne i kulturskolen?", "nb"),
    U("Hvor store kan gruppene i kjerneprogrammet maksimalt være?", "nb"),
    U("Hvor mye koster en elevplass i kjerneprogrammet per semester?", "nb"),
    U("Hvem var nestleder i arbeidsgruppen som laget rammeplanen?", "nb"),
    U("Hvor mange timer kompetanseutvikling bør kulturskolelederen selv få per år?", "nb"),
    U("hvor mange søknader kom inn til hovedopptaket i 2028", "nb"),
    U("Hvilken høyere utdanningsinstitusjon skal være med i opptaksnemnda?", "nb"),
    U("Who signed the foreword of the framework plan?", "en"),
    U("Hvor mye statlig tilskudd får kulturskolene for å ta i bruk rammeplanen?", "nb"),
    U("Hvor mange minutter per uke skal elevene i breddeprogrammet ha undervisning?", "nb"),
    U("kva seier rammeplanen i kapittel 3.4 om talentprogram?", "nn"),
    U("How many municipalities had adopted the plan by June 2029?", "en"),
    U("og hvor mange prosent hadde slik utdanning i 2027?", "nb",
      H("Hvor stor del av undervisningsårsverkene bør utføres av lærere med relevant høyere utdanning?",
        "Minst 75 prosent.")),
]

# ---------------------------------------------------------------------------------------------------
# 2. instruks-valgkomiteen.docx (f6v)
# ---------------------------------------------------------------------------------------------------
P2_1 = "(1) Valgkomiteen består av fem medlemmer og to varamedlemmer."
P3_2 = ("(2) Funksjonstiden er to år, fra det Landstinget der valget skjer og fram til neste ordinære Landsting. Et "
        "medlem kan sitte i høyst tre sammenhengende perioder.")
P5_1 = ("(1) Regionstyrene, medlemskommunene og sentralstyret kan foreslå kandidater. Forslagene skal være "
        "skriftlige og må være kommet fram til valgkomiteen senest tolv uker før Landstinget.")
P10_1 = ("(1) Valgkomiteen møtes etter innkalling fra lederen og er vedtaksfør når minst tre medlemmer er til stede. "
         "Møtene kan holdes digitalt.")
NOTE = ("Landstinget 19. oktober 2029 økte tallet på varamedlemmer fra ett til to og endret fristen for å sende ut "
        "innstillingen fra fire til seks uker før Landstinget.")
ADOPTED = "Fastsatt av Landstinget 13. oktober 2027, sak 7. Endret av Landstinget 19. oktober 2029, sak 5.2."
DOCX_QS = [
    A("hvor mange medlemer har valgkomiteen", "nb", "count", [P2_1], ["fem medlemmer"], "§ 2"),
    A("hva med varamedlemmene?", "nb", "followup", [P2_1], ["to varamedlemmer"], "§ 2",
      history=H("Hvor mange medlemmer har valgkomiteen?", "Valgkomiteen har fem medlemmer.")),
    A("Hvor mange personer sitter fast i komiteen som foreslår kandidater til sentralstyret?", "nb", "count",
      [P2_1], ["fem"], "§ 2"),
    A("Innen når må forslag på kandidater være kommet fram til valgkomiteen?", "nb", "date", [P5_1],
      ["tolv uker"], "§ 5"),
    A("How many weeks before the Landsting does the committee ask for nominations?", "en", "date",
      ["Senest 20 uker før Landstinget",
       "Valgkomiteen ber regionstyrene, medlemskommunene og sentralstyret om forslag på kandidater"], ["20"]),
    A("and the deadline?", "en", "followup",
      ["Senest 12 uker før Landstinget", "Frist for å sende forslag på kandidater til valgkomiteen"], ["12"],
      history=H("Who can nominate candidates to the election committee?",
                "The regional boards, the member municipalities and the central board.")),
    A("Hvem kan foreslå kandidater?", "nb", "list", [P5_1],
      ["regionstyrene", "medlemskommunene", "sentralstyret"], "§ 5"),
    A("Hva må et forslag på en kandidat inneholde?", "nb", "list",
      ["a) kandidatens navn, kommune og region", "b) hvilket verv kandidaten foreslås til",
       "c) en kort begrunnelse",
       "d) en bekreftelse på at kandidaten er spurt og er villig til å stille"],
      ["navn", "verv", "begrunnelse", "villig til å stille"], "§ 5"),
    A("gjelder kravet i d) også når noen fremmer en ny kandidat direkte på Landstinget?", "nb", "followup",
      ["Forslag på andre kandidater enn dem valgkomiteen innstiller på, må leveres skriftlig til møteleder innen "
       "den fristen Landstinget setter, og kandidaten må ha bekreftet at han eller hun er villig til å stille."],
      ["bekreftet", "villig til å stille"], "§ 7",
      history=H("Hva skal et kandidatforslag inneholde?",
        "Fire ting: a) kandidatens navn, kommune og region, b) hvilket verv kandidaten foreslås til, c) en kort "
        "begrunnelse og d) en bekreftelse på at kandidaten er spurt og er villig til å stille.")),
    A("Hva sier § 8?", "nb", "ref_text",
      ["(1) Et medlem av valgkomiteen som selv er kandidat til et verv komiteen innstiller på, skal tre ut av "
       "komiteen fra det tidspunktet kandidaturet er kjent. Første varamedlem trer inn.",
       "(2) Et medlem skal også fratre behandlingen av et verv når en nærstående er kandidat til vervet."],
      ["kandidat", "tre ut", "nærstående"], "§ 8"),
    A("Hvor lenge sitter medlemmene i valgkomiteen?", "nb", "date", [P3_2], ["to år"], "§ 3"),
    A("Hvor mange perioder på rad kan man sitte i valgkomiteen?", "nb", "count", [P3_2],
      ["tre sammenhengende perioder"], "§ 3"),
    A("Hvem innstiller på hvem som skal sitte i valgkomiteen?", "nb", "person",
      ["(1) Landstinget velger valgkomiteens leder, nestleder, tre øvrige medlemmer og to varamedlemmer etter "
       "innstilling fra sentralstyret."], ["sentralstyret"], "§ 3"),
    A("Kven kan ikkje veljast inn i valnemnda?", "nn", "list",
      ["(3) Medlemmer av sentralstyret og kontrollkomiteen og ansatte i sekretariatet kan ikke velges til "
       "valgkomiteen."], ["sentralstyret", "kontrollkomiteen", "sekretariatet"], "§ 2"),
    A("hvor mange regioner maa medlemmene i valgkomiteen komme fra", "nb", "count",
      ["(2) Medlemmene skal komme fra minst fire ulike regioner. Hvert kjønn skal være representert med minst to "
       "medlemmer."], ["fire"], "§ 2"),
    A("What minimum share of each gender should the central board's regular members have?", "en", "amount",
      ["c) kjønnsbalanse, med minst 40 prosent av hvert kjønn blant de faste medlemmene"], ["40"], "§ 6"),
    A("Under what age should at least one regular board member be?", "en", "count",
      ["(2) Minst ett av de faste medlemmene i sentralstyret bør være under 35 år på valgtidspunktet."], ["35"],
      "§ 6"),
    A("Hva skal valgkomiteen legge vekt på når den setter sammen forslaget til sentralstyre?", "nb", "list",
      ["a) erfaring både fra politisk ledelse og fra kulturskolen som praksisfelt",
       "b) god geografisk spredning, med medlemmer fra minst fem regioner",
       "c) kjønnsbalanse, med minst 40 prosent av hvert kjønn blant de faste medlemmene",
       "d) spredning i alder"],
      ["politisk ledelse", "fem regioner", "kjønnsbalanse", "alder"], "§ 6"),
    A("Hvilke verv innstiller valgkomiteen på?", "nb", "list",
      ["a) leder og nestleder i sentralstyret", "b) fire øvrige medlemmer og tre varamedlemmer til sentralstyret",
       "c) leder, to medlemmer og ett varamedlem til kontrollkomiteen",
       "d) godtgjøring til sentralstyrets leder og medlemmer"],
      ["leder og nestleder", "kontrollkomiteen", "godtgjøring"], "§ 4"),
    A("Innstiller valgkomiteen på revisor?", "nb", "yesno",
      ["(2) Valgkomiteen innstiller ikke på sin egen sammensetning og heller ikke på valg av revisor. Dette gjøres "
       "av sentralstyret."], ["ikke", "sentralstyret"], "§ 4"),
    A("Kor mange varamedlemer skal sentralstyret ha?", "nn", "count",
      ["b) fire øvrige medlemmer og tre varamedlemmer til sentralstyret"], ["tre varamedlemmer"], "§ 4"),
    A("Når er valgkomiteen vedtaksfør?", "nb", "count", [P10_1], ["tre medlemmer"], "§ 10"),
    A("Kan valnemnda halde møta sine på nett?", "nn", "yesno", [P10_1], ["digitalt"], "§ 10"),
    A("Hvem sørger for sekretær til komiteen, og har sekretæren stemmerett?", "nb", "person",
      ["(2) Generalsekretæren stiller en sekretær til disposisjon for valgkomiteen. Sekretæren har ikke "
       "stemmerett."], ["Generalsekretæren", "ikke stemmerett"], "§ 10"),
    A("får de som sitter i valgkomiteen betalt", "nb", "yesno",
      ["(3) Medlemmene får godtgjøring etter de satsene som gjelder for sentralstyrets medlemmer. Reiseutgifter "
       "dekkes etter statens regulativ."], ["godtgjøring", "sentralstyrets medlemmer"], "§ 10"),
    A("In what year was the instruction first adopted?", "en", "date", [ADOPTED], ["2027"]),
    A("When does the change to the deadline in § 7 take effect?", "en", "date",
      ["Endringen i § 7 gjelder fra Landstinget 2031."], ["2031"]),
    A("Hva var fristen for å sende ut innstillingen før endringen i 2029?", "nb", "date", [NOTE], ["fire"]),
    A("Hva skjer hvis komiteen ikke blir enig?", "nb", "description",
      ["(2) Er valgkomiteen ikke samlet, skal mindretallets forslag gå fram av innstillingen."],
      ["mindretallets forslag"], "§ 7"),
    A("Er navnene på kandidatene offentlige før innstillingen er sendt ut?", "nb", "yesno",
      ["Navn på foreslåtte kandidater kan ikke offentliggjøres før innstillingen er sendt ut, med mindre "
       "kandidaten samtykker."], ["kan ikke offentliggjøres", "samtykker"], "§ 9"),
    A("Hva er formålet med valgkomiteen?", "nb", "description",
      ["(1) Valgkomiteen skal sikre at Landstinget får et godt og gjennomarbeidet grunnlag for de valgene det skal "
       "foreta."], ["gjennomarbeidet grunnlag"], "§ 1"),
    A("Which section of the statutes does the instruction supplement?", "en", "ref_text",
      ["(2) Instruksen utfyller vedtektene § 9 om valgkomiteen. Ved motstrid går vedtektene foran."], ["§ 9"],
      "§ 1"),
    A("Kva skjer dersom eit medlem av valnemnda går ut i perioden?", "nn", "description",
      ["(3) Trer et medlem ut i perioden, rykker første varamedlem opp. Varamedlemmene rykker opp i den "
       "rekkefølgen de er valgt."], ["første varamedlem"], "§ 3"),
    A("hvordan kan instruksen endres", "nb", "description",
      ["Endringer i instruksen vedtas av Landstinget med alminnelig flertall."], ["alminnelig flertall"], "§ 11"),
    A("Har antallet varamedlemmer i valgkomiteen blitt endret?", "nb", "status_done", [NOTE],
      ["fra ett til to"]),
    # unanswerable (15)
    U("Hva sier § 12 i instruksen for valgkomiteen?", "nb"),
    U("Hvor mange dager før Landstinget må benkeforslag leveres?", "nb"),
    U("Hvilken dato er fristen for å foreslå kandidater til Landstinget 2031?", "nb"),
    U("Hvor mange stemmer trengs for å bli valgt som leder av valgkomiteen?", "nb"),
    U("Hvor mye får medlemmene av valgkomiteen per kilometer i reisegodtgjørelse?", "nb"),
    U("Hvor mange kandidater ble foreslått til sentralstyret før Landstinget 2029?", "nb"),
    U("What does the third paragraph of § 4 say?", "en"),
    U("Who served as the election committee's secretary in 2029?", "en"),
    U("Hvor mange møter skal valgkomiteen ha i året?", "nb"),
    U("Hvor stort budsjett har valgkomiteen?", "nb"),
    U("Hvor mange medlemmer hadde valgkomiteen før instruksen ble fastsatt i 2027?", "nb"),
    U("Kor mange år må ein ha vore medlem for å bli leiar av valnemnda?", "nn"),
    U("og hvor mange forslag kom det fra regionstyrene sist?", "nb",
      H("Hvem kan foreslå kandidater til valgkomiteen?", "Regionstyrene, medlemskommunene og sentralstyret.")),
    U("What is the maximum age for members of the election committee?", "en"),
    U("hvor mange stemte for instruksen da den ble vedtatt i 2027", "nb"),
]

# ---------------------------------------------------------------------------------------------------
# 3. landstingsprotokoll-2029.txt (f6l)
# ---------------------------------------------------------------------------------------------------
BUDGET_HEAD = "Post Budsjett 2030 Budsjett 2031"
VK = [
    "Leder Solveig Torkildsen Region Nordvidda gjenvalgt",
    "Nestleder Bjørn Aasen Region Kystlandet gjenvalgt",
    "Medlem Kari Midtbø Region Midtdalen ny",
    "Medlem Yusuf Demir Region Sørbygd ny",
    "Medlem Elin Hatlestad Region Solvang ny",
]
TXT_QS = [
    A("Hvor mange stemmeberettigede delegater var til stede?", "nb", "count",
      ["Til stede var 124 stemmeberettigede delegater fra seks regioner"], ["124"]),
    A("Where was the 2029 Landsting held?", "en", "place", ["Sted: Kystkulturhuset, Havbrekke"],
      ["Kystkulturhuset", "Havbrekke"]),
    A("Hvem ble valgt til nestleder i sentralstyret?", "nb", "person",
      ["Nestleder Eirik Lunde Region Kystlandet ny"], ["Eirik Lunde"], "sak 8"),
    A("hvor mange stemmer fikk han, og hvem stilte mot ham?", "nb", "followup",
      ["Eirik Lunde fikk 78 stemmer og Aslak Mo 44 stemmer."], ["78", "Aslak Mo"], "sak 8",
      history=H("Hvem ble ny nestleder i sentralstyret?", "Eirik Lunde fra Region Kystlandet.")),
    A("Hvem sitter i valgkomiteen for 2029–2031?", "nb", "list", VK,
      ["Solveig Torkildsen", "Bjørn Aasen", "Kari Midtbø", "Yusuf Demir", "Elin Hatlestad"], "sak 8"),
    A("hva med varamedlemmene?", "nb", "followup",
      ["1. varamedlem Per Arne Kolberg Region Østmark ny", "2. varamedlem Signe Varden Region Kystlandet ny"],
      ["Per Arne Kolberg", "Signe Varden"], "sak 8",
      history=H("Hvem ble valgt til valgkomiteen?",
        "Solveig Torkildsen (leder), Bjørn Aasen (nestleder), Kari Midtbø, Yusuf Demir og Elin Hatlestad.")),
    A("What was the vote on the central board's proposal to change the election committee instruction?", "en",
      "count", ["Forslaget fra sentralstyret ble vedtatt med 112 mot 9 stemmer, 3 blanke."], ["112", "9"],
      "sak 5.2"),
    A("Hva foreslo Region Nordvidda i saken om valgkomiteen, og hvordan gikk det?", "nb", "description",
      ["I punkt 2 endres «seks uker» til «åtte uker».",
       "Endringsforslaget fra Region Nordvidda falt med 34 mot 87 stemmer, 3 blanke."],
      ["åtte uker", "falt", "34"], "sak 5.2"),
    A("Hvilken sak ble utsatt, og til når?", "nb", "status_planned",
      ["Sak 5.3 Nasjonal ordning for utlån av instrumenter", "Saken utsettes til Landstinget 2031."],
      ["5.3", "2031"], "sak 5.3"),
    A("Ble forslaget om å flytte Landstinget til våren behandlet?", "nb", "yesno",
      ["Forslaget ble trukket av forslagsstilleren før behandlingen.", "Saken ble ikke realitetsbehandlet."],
      ["trukket"], "sak 5.4"),
    A("Which region had proposed moving the Landsting to the spring?", "en", "place",
      ["Forslag fra Region Østmark:", "«Fra 2033 holdes Landstinget i april eller mai.»"], ["Østmark"],
      "sak 5.4"),
    A("Hvor mye er budsjettert i kontingentinntekter for 2031?", "nb", "amount",
      [BUDGET_HEAD, "Kontingent fra medlemskommuner 12 450 000 12 980 000"], ["12 980 000"], "sak 7"),
    A("What is the budgeted result for 2030?", "en", "amount", [BUDGET_HEAD, "Resultat 800 000 180 000"],
      ["800 000"], "sak 7"),
    A("Hvor mye er satt av til kulturskolejubileet?", "nb", "amount",
      ["Kulturskolejubileet markeres bare i 2030.", "Kulturskolejubileet 2030 600 000 –"], ["600 000"], "sak 7"),
    A("Kor mykje er budsjettert til landsting og sentralstyre i 2031?", "nn", "amount",
      [BUDGET_HEAD, "Landsting og sentralstyre 950 000 1 650 000"], ["1 650 000"], "sak 7"),
    A("hvorfor er det så mye mer enn året før?", "nb", "followup",
      ["Kostnadene til Landsting er høyere i 2031 fordi Landstinget holdes det året."],
      ["Landstinget holdes det året"], "sak 7",
      history=H("Hvor mye er budsjettert til Landsting og sentralstyre i 2031?", "1 650 000 kroner.")),
    A("Hvor mye kan sentralstyret flytte mellom budsjettpostene uten å gå til Landstinget?", "nb", "amount",
      ["2. Sentralstyret får fullmakt til å omdisponere inntil 300 000 kroner mellom postene innenfor det enkelte "
       "år."], ["300 000"], "sak 7"),
    A("Hva blir kontingenten per innbygger i 2031?", "nb", "amount",
      ["1. Kontingenten fastsettes til 2,45 kroner per innbygger for 2030 og 2,55 kroner per innbygger for 2031."],
      ["2,55"], "sak 6"),
    A("hvor mye er maks kontingent for en kommune", "nb", "amount",
      ["2. Minstekontingenten er 4 500 kroner og den høyeste kontingenten 310 000 kroner per kommune per år."],
      ["310 000"], "sak 6"),
    A("Gikk regnskapet for 2028 i pluss eller minus?", "nb", "amount",
      ["Regnskapet for 2027 viste et overskudd på 412 000 kroner, og regnskapet for 2028 et underskudd på 186 000 "
       "kroner."], ["underskudd", "186 000"], "sak 3"),
    A("Hvorfor ble det underskudd i 2028?", "nb", "description",
      ["Underskuddet skyldtes i hovedsak økte husleiekostnader etter flyttingen av sekretariatet."],
      ["husleiekostnader"], "sak 3"),
    A("Which firm audits the accounts, and which auditor signed?", "en", "person",
      ["Revisor, Fjordrevisjon AS ved statsautorisert revisor Hege Myrvold, har avgitt beretning uten merknader "
       "for begge årene."], ["Fjordrevisjon AS", "Hege Myrvold"], "sak 3"),
    A("Kvar skal Landstinget i 2031 haldast?", "nn", "place",
      ["Landstinget 2031 holdes i Brekkestrand i Region Midtdalen i oktober 2031."], ["Brekkestrand"], "sak 9"),
    A("Hvilke tre satsingsområder har handlingsprogrammet for 2030–2031?", "nb", "list",
      ["1. Landstinget vedtar handlingsprogram 2030–2031 med tre satsingsområder: kulturskole for alle, "
       "kompetanse i kulturskolen og kulturskolen i lokalsamfunnet."],
      ["kulturskole for alle", "kompetanse i kulturskolen", "kulturskolen i lokalsamfunnet"], "sak 4"),
    A("Hvordan gikk avstemningen om endringsforslaget fra Region Kystlandet?", "nb", "count",
      ["Votering: Endringsforslaget fra Region Kystlandet ble vedtatt med 71 mot 49 stemmer, 4 blanke."],
      ["71", "49"], "sak 4"),
    A("How much will the chair of the central board be paid per year?", "en", "amount",
      ["Godtgjøringen til sentralstyrets leder settes til 180 000 kroner per år."], ["180 000"], "sak 8"),
    A("Kven vart vald til leiar av kontrollkomiteen?", "nn", "person",
      ["Kontrollkomiteen for perioden 2029–2031:", "Leder Randi Solheim Region Sørbygd gjenvalgt"],
      ["Randi Solheim"], "sak 8"),
    A("Hvem har skrevet under protokollen?", "nb", "list",
      ["Liv Hegglund (sign.) Oddvar Sæle (sign.)", "Anders Kvalheim (sign.) Sunniva Brattland (sign.)"],
      ["Liv Hegglund", "Oddvar Sæle", "Anders Kvalheim", "Sunniva Brattland"]),
    A("Kva region kom forslaget om ny kontingentmodell frå, og kor mange røysta for innstillinga frå "
      "sentralstyret?", "nn", "count",
      ["Forslag fra Region Solvang:", "Sentralstyrets innstilling ble vedtatt med 86 mot 35 stemmer, 3 blanke."],
      ["Solvang", "86"], "sak 5.1"),
    A("Hva sier sak 5.2?", "nb", "ref_text",
      ["1. I § 2 første ledd og § 3 første ledd endres «ett varamedlem» til «to varamedlemmer».",
       "2. I § 7 tredje ledd endres «fire uker» til «seks uker».",
       "Instruks for valgkomiteen endres i samsvar med forslaget fra sentralstyret, punkt 1–3."],
      ["to varamedlemmer", "seks uker"], "sak 5.2"),
    A("Hvor mange forslag kom inn innen fristen, og når var fristen?", "nb", "count",
      ["Innen fristen 1. september 2029 var det kommet inn fire forslag."], ["fire forslag", "1. september 2029"],
      "sak 5"),
    A("Hvor mange elever var det i medlemskommunene i 2028?", "nb", "count",
      ["Han pekte særlig på at antallet elever i medlemskommunene økte fra 98 300 i 2027 til 101 900 i 2028"],
      ["101 900"], "sak 2"),
    A("Who was elected to count the votes?", "en", "list",
      ["6. Som tellekorps velges Gro Antonsen, Region Sørbygd, Ahmed Farah, Region Østmark, og Nils Ove Brenden, "
       "Region Kystlandet."], ["Gro Antonsen", "Ahmed Farah", "Nils Ove Brenden"], "sak 1"),
    A("Hva skal sentralstyret legge fram for Landstinget 2031?", "nb", "status_planned",
      ["2. Sentralstyret skal følge opp innføringen av rammeplanen fra 2028 og legge fram en statusrapport for "
       "Landstinget 2031.",
       "Sentralstyret legger fram en ny kontingentmodell for Landstinget 2031.",
       "Sentralstyret legger da fram resultatet av kartleggingen sammen med forslaget."],
      ["statusrapport", "kontingentmodell", "kartleggingen"]),
    A("Hvilken dag ble forslaget om valgkomiteen behandlet?", "nb", "date",
      ["Tid: torsdag 18. oktober kl. 10.00 – fredag 19. oktober 2029 kl. 15.40",
       "Sak 5.1 ble behandlet torsdag, de øvrige fredag."], ["fredag", "19. oktober"]),
    # unanswerable (15)
    U("Hva sier sak 5.5?", "nb"),
    U("Hvor mye er budsjettert i statstilskudd for 2032?", "nb"),
    U("Hva var kontingenten per innbygger i 2029?", "nb"),
    U("Hvilken dato i oktober 2031 holdes Landstinget?", "nb"),
    U("How much money did the instrument lending scheme get in the 2030 budget?", "en"),
    U("Hvor mange delegater stemte for forslaget om å flytte Landstinget til våren?", "nb"),
    U("What was the result of the accounts for 2029?", "en"),
    U("Hvem ble valgt til fjerde varamedlem i sentralstyret?", "nb"),
    U("Kven leidde møta på Landstinget i 2027?", "nn"),
    U("Hvor mye fikk regionene i aktivitetsmidler i 2029?", "nb"),
    U("hvor mange år har hun sittet i kontrollkomiteen?", "nb",
      H("Hvem ble valgt til leder av kontrollkomiteen?", "Randi Solheim fra Region Sørbygd ble gjenvalgt.")),
    U("Which government minister spoke at the Landsting?", "en"),
    U("Hva ble vedtatt i sak 10?", "nb"),
    U("hvor mye tjener generalsekretæren", "nb"),
    U("Hvilke regioner stemte mot budsjettet?", "nb"),
]


def main() -> None:
    rows = [
        q
        for prefix, qs in (("f6r", PDF_QS), ("f6v", DOCX_QS), ("f6l", TXT_QS))
        for q in numbered(prefix, qs, f"{SHUFFLE_SEED}:{prefix}", DOCS[prefix], split_of)
    ]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for prefix, qs in (("f6r", PDF_QS), ("f6v", DOCX_QS), ("f6l", TXT_QS)):
        print(f"{prefix}: {len(qs)} questions, {sum(q['unanswerable'] for q in qs)} unanswerable")
    print(f"wrote {OUT.name} ({len(rows)} questions)")


if __name__ == "__main__":
    main()
