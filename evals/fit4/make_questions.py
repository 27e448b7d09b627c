"""Write evals/fit4/questions.jsonl from the lists below (ids are numbered per document in list order after a
fixed shuffle, so unanswerable questions are spread out).

    .venv/bin/python -m evals.fit4.make_questions
    .venv/bin/python -m evals.fit4.assign_splits

Every question is written here by hand. A(...) is answerable, U(...) is unanswerable. Evidence strings are
verbatim from the documents (whitespace aside); must_contain facts are substrings of the evidence.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.fit4.assign_splits import split_of
from evals.fit_questions import answerable, numbered, unanswerable
from evals.fit_questions import history as conversation

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"


def A(question, evidence, must, category, ref=None, page=None, lang="nb", history=None):
    return answerable(question, lang, category, evidence, must, ref, page, _hist(history))


def U(question, lang="nb", history=None):
    return unanswerable(question, lang, _hist(history))


def _hist(h):
    return conversation(*h) if h else []


# ---------------------------------------------------------------------------------------------------------
# f4f: Forretningsorden for Landstinget 2028 (PDF, page = printed "Side N")
# ---------------------------------------------------------------------------------------------------------
RULES = [
    A("taletid forste innlegg landstinget?",
      ["Taletiden er inntil fem minutter for første innlegg og inntil tre minutter for senere innlegg i samme sak."],
      ["fem minutter"], "amount", "punkt 4.1", 2),
    A("Hvor lenge får den som legger fram en sak for hovedstyret snakke?",
      ["Den som innleder en sak på vegne av hovedstyret, har inntil femten minutter."],
      ["femten minutter"], "amount", "punkt 4.1", 2),
    A("Kor mange replikkar kan det bli gitt etter eit innlegg, og kor lenge kan kvar av dei vare?",
      ["Etter hvert innlegg kan ordstyrer gi inntil to replikker.", "En replikk kan vare inntil ett minutt."],
      ["to replikker", "minutt"], "count", "punkt 4.2", 2, lang="nn"),
    A("Hva står det i punkt 3.4 i forretningsordenen?",
      ["Den som ber om ordet til forretningsorden, får ordet straks, utenom talelisten.",
       "Et slikt innlegg kan vare inntil ett minutt og skal bare gjelde hvordan saken behandles, ikke "
       "realiteten i saken."],
      ["straks", "ett minutt"], "ref_text", "punkt 3.4", 2),
    A("Hva sier punkt 6.5?",
      ["Ved stemmelikhet faller forslaget.", "Ved stemmelikhet i valg avgjøres valget ved loddtrekning."],
      ["faller", "loddtrekning"], "ref_text", "punkt 6.5", 3),
    A("hva sier punkt 1.3",
      ["Deretter godkjennes innkallingen, sakslisten og denne forretningsordenen.",
       "Godkjenningen skjer med alminnelig flertall."],
      ["sakslisten", "alminnelig flertall"], "ref_text", "punkt 1.3", 1),
    A("frist endringsforslag landstinget?",
      ["endringsforslag til saker på sakslisten: senest kl. 12.00 dagen før saken skal behandles"],
      ["12.00", "dagen før"], "date", "punkt 5.2", 2),
    A("By what time must proposals for statements from the assembly be handed in?",
      ["forslag til uttalelser: senest kl. 16.00 torsdag 15. juni"],
      ["16", "15"], "date", "punkt 5.2", 2, lang="en"),
    A("Hvilke frister gjelder for å levere forslag under landstinget?",
      ["endringsforslag til saker på sakslisten: senest kl. 12.00 dagen før saken skal behandles",
       "forslag til uttalelser: senest kl. 16.00 torsdag 15. juni",
       "benkeforslag i valgene: senest kl. 09.00 lørdag 17. juni",
       "forslag under debatten i en sak: før strek er satt, jf. punkt 3.3."],
      ["12.00", "16.00", "09.00", "strek"], "list", "punkt 5.2", 2),
    A("The second one – which day is that?",
      ["forslag til uttalelser: senest kl. 16.00 torsdag 15. juni"],
      ["15"], "followup", "punkt 5.2", 2, lang="en",
      history=("What are the deadlines for proposals at the Landsting?",
               "Under point 5.2: a) amendments to items on the agenda by 12.00 the day before the item is "
               "discussed, b) proposals for statements by 16.00 on the first day, c) nominations from the floor "
               "by 09.00 on the Saturday, and d) proposals during a debate before the list of speakers is "
               "closed.")),
    A("Hvilket flertall kreves for å endre vedtektene på landstinget?",
      ["Endringer i vedtektene krever to tredjedels flertall av avgitte stemmer."],
      ["to tredjedels flertall"], "description", "punkt 6.3", 3),
    A("Kan et forslag som kommer inn for sent likevel bli tatt opp?",
      ["Forslag som kommer inn etter fristene i punkt 5.2, kan bare behandles dersom Landstinget vedtar det "
       "med to tredjedels flertall."],
      ["to tredjedels flertall"], "yesno", "punkt 5.3", 3),
    A("Må et valg gjøres skriftlig hvis bare én delegat ber om det?",
      ["Er det flere kandidater, eller krever én delegat det, skal valget holdes skriftlig."],
      ["skriftlig"], "yesno", "punkt 7.2", 3),
    A("Hvem skriver under protokollen fra landstinget?",
      ["Protokollen underskrives av de to ordstyrerne og de to delegatene som er valgt etter punkt 1.2 bokstav c."],
      ["ordstyrerne", "to delegatene"], "person", "punkt 8.2", 4),
    A("Hvor mange personer består tellekorpset av?",
      ["et tellekorps på fem personer"], ["fem"], "count", "punkt 1.2", 1),
    A("Kor mange medlemer har redaksjonskomiteen på landstinget?",
      ["en redaksjonskomité på tre medlemmer, jf. punkt 5.5."], ["tre medlemmer"], "count", "punkt 1.2", 1,
      lang="nn"),
    A("Innen hvor lang tid må protokollen fra landstinget være signert?",
      ["Den skal være underskrevet innen fire uker etter Landstinget."], ["fire uker"], "date", "punkt 8.2", 4),
    A("How many inhabitants must a member municipality have to send two voting delegates?",
      ["Medlemskommuner med mer enn 30 000 innbyggere kan møte med to delegater med stemmerett."],
      ["30 000"], "amount", "punkt 2.1", 1, lang="en"),
    A("Hvem kan snakke på landstinget uten å kunne stemme?",
      ["hovedstyrets medlemmer og varamedlemmer", "direktøren og administrasjonens rådgivere",
       "valgkomiteens medlemmer når valgkomiteens innstilling behandles."],
      ["hovedstyrets medlemmer", "direktøren", "valgkomiteens medlemmer"], "list", "punkt 2.2", 1),
    A("gjelder det for den siste av dem hele tiden, eller bare i noen saker?",
      ["valgkomiteens medlemmer når valgkomiteens innstilling behandles."],
      ["innstilling"], "followup", "punkt 2.2", 1,
      history=("Hvem har talerett, men ikke stemmerett på Landstinget?",
               "Etter punkt 2.2 gjelder det a) hovedstyrets medlemmer og varamedlemmer, b) direktøren og "
               "administrasjonens rådgivere og c) valgkomiteens medlemmer.")),
    A("Hvor mange delegater må være til stede for at landstinget kan fatte vedtak?",
      ["Landstinget er vedtaksført når minst halvparten av de registrerte delegatene er til stede i salen."],
      ["halvparten"], "description", "punkt 1.1", 1),
    A("Hvem åpner landstinget?",
      ["Landstinget åpnes av hovedstyrets leder."], ["hovedstyrets leder"], "person", "punkt 1.1", 1),
    A("Hvor skal Landstinget 2028 holdes?",
      ["Kulturskolerådet – Landstinget 15.–17. juni 2028 i Fjordhallen, Sandvær"],
      ["Fjordhallen", "Sandvær"], "place", None, 1),
    A("Når vedtok hovedstyret forslaget til forretningsorden?",
      ["Hovedstyrets forslag, vedtatt i hovedstyrets møte 23. november 2027."],
      ["23. november 2027"], "date", None, 1),
    A("kan man fremme forslag muntlig fra talerstolen",
      ["Forslag skal leveres skriftlig og være underskrevet med navn og delegatnummer."],
      ["skriftlig"], "yesno", "punkt 5.1", 2),
    A("What is the deadline for sending proposed changes to the statutes to the national board?",
      ["Forslag til vedtektsendringer må være sendt til hovedstyret innen 1. mars 2028 og kan ikke fremmes "
       "som nye forslag under Landstinget."],
      ["2028"], "date", "punkt 5.4", 3, lang="en"),
    A("Når på lørdagen skal valgene være?",
      ["Lørdag 17. juni", "09.30–11.30", "Valg"], ["09.30", "11.30"], "date", "punkt 9.1", 4),
    A("What is on the programme at 19.30 on the Friday?",
      ["19.30", "Landstingsmiddag i Fjordhallen"], ["Fjordhallen"], "description", "punkt 9.1", 4, lang="en"),
    A("Kva tid er det lunsj under landstinget?",
      ["Lunsj serveres kl. 12.00–13.00 torsdag og fredag i foajeen."], ["12.00–13.00"], "date", "punkt 9.3", 4,
      lang="nn"),
    A("Kan ordstyreren flytte en sak til neste dag uten å spørre salen?",
      ["Flytting av en sak til en annen møtedag krever vedtak med alminnelig flertall."],
      ["alminnelig flertall"], "yesno", "punkt 9.2", 4),
    A("Kor mange innlegg kan ein delegat halde i same sak?",
      ["Ingen delegat kan ha mer enn tre innlegg i samme sak."], ["tre innlegg"], "count", "punkt 4.3", 2,
      lang="nn"),
    A("kan ordstyreren korte det ned?",
      ["Når tidsplanen krever det, kan ordstyrer sette ned taletiden, men ikke til under to minutter for "
       "første innlegg og ett minutt for senere innlegg."],
      ["to minutter", "ett minutt"], "followup", "punkt 4.4", 2,
      history=("Hvor lenge kan man snakke på landstinget?",
               "Inntil fem minutter i første innlegg og inntil tre minutter i senere innlegg i samme sak "
               "(punkt 4.1). Den som innleder for hovedstyret, har inntil femten minutter.")),
    A("Hvordan velges nestleder og de andre styremedlemmene?",
      ["og styremedlemmer velges deretter under ett, og de kandidatene som får flest stemmer, er valgt."],
      ["under ett", "flest stemmer"], "description", "punkt 7.3", 4),
    A("Hva skjer om ingen av lederkandidatene får over halvparten av stemmene?",
      ["Får ingen kandidat mer enn halvparten av de avgitte stemmene i første omgang, holdes en ny omgang "
       "mellom de to kandidatene som fikk flest stemmer."],
      ["ny omgang", "to kandidatene"], "description", "punkt 7.3", 3),
    A("Kva skjer med stemmesetlane etter valet?",
      ["Stemmesedlene oppbevares av sekretariatet til protokollen er underskrevet, og makuleres deretter."],
      ["makuleres"], "description", "punkt 7.4", 4, lang="nn"),
    A("Hva skal stå i protokollen?",
      ["Protokollen skal vise alle forslag som er fremmet, hvem som fremmet dem, voteringsresultatene og vedtakene.",
       "Innleggene refereres ikke."],
      ["forslag", "voteringsresultatene", "vedtakene"], "list", "punkt 8.1", 4),
    A("Får observatører si noe på landstinget?",
      ["Observatører og inviterte gjester har verken talerett eller forslagsrett, med mindre ordstyrer gir "
       "dem ordet i en bestemt sak."],
      ["ordstyrer"], "yesno", "punkt 2.3", 1),
    A("Hvem legger fram forslag til hvem som skal velges til hovedstyret?",
      ["Valgkomiteen legger fram sin innstilling til valg av leder, nestleder, styremedlemmer og "
       "varamedlemmer til hovedstyret og til valg av ny valgkomité."],
      ["Valgkomiteen"], "person", "punkt 7.1", 3),
    # unanswerable
    U("Hva står i punkt 4.7 i forretningsordenen?"),
    U("Hva sier punkt 12 om valgkomiteens arbeid?"),
    U("Hva står i punkt 5.6 om forslag til uttalelser?"),
    U("hva sier punkt 9.4 om kveldsmøter"),
    U("Hvor mange delegater er påmeldt til Landstinget 2028?"),
    U("Hvem er valgt som ordstyrere for Landstinget 2028?"),
    U("Hvor mange observatører kan hver medlemskommune ta med til landstinget?"),
    U("What is the registration fee per delegate for the 2028 Landsting?", lang="en"),
    U("Who chairs the election committee ahead of the 2028 assembly?", lang="en"),
    U("Hvilken dato ble innkallingen til landstinget sendt til medlemmene?"),
    U("Kva er fristen for å melde seg på som observatør til landstinget?", lang="nn"),
    U("Hvilket hotell skal delegatene bo på under landstinget?"),
    U("Hvor mange uker før landstinget skal sakspapirene sendes ut?"),
    U("hva heter hovedstyrets leder som skal apne landstinget"),
    U("Hvor mye koster landstingsmiddagen per person?"),
    U("hvem leder det?",
      history=("Hva er tellekorpset på landstinget?",
               "Et tellekorps på fem personer som velges under konstitueringen (punkt 1.2 d). Det teller "
               "stemmene når resultatet er uklart, og teller stemmesedlene ved skriftlige valg.")),
]

# ---------------------------------------------------------------------------------------------------------
# f4o: Økonomireglement for Kulturskolerådet Region Innlandet-Sør (.docx, page and ref null)
# ---------------------------------------------------------------------------------------------------------
REGS = [
    A("Når ble økonomireglementet for Innlandet-Sør vedtatt?",
      ["Reglementet ble vedtatt av regionstyret 11. februar 2027 og gjelder fra 1. mars 2027."],
      ["11. februar 2027"], "date"),
    A("Hvor mye kan regional rådgiver anvise?",
      ["Regional rådgiver", "25 000"], ["25 000"], "amount"),
    A("hva er belopsgrensen for nestlederen i regionstyret",
      ["Regionstyrets nestleder", "40 000"], ["40 000"], "amount"),
    A("Hvem må godkjenne en utgift på over 300 000 kroner?",
      ["Direktøren i Kulturskolerådet", "over 300 000"], ["Direktøren"], "person"),
    A("og er de beløpene med eller uten moms?",
      ["Beløpsgrensene gjelder inklusive merverdiavgift."], ["merverdiavgift"], "followup",
      history=("Hvor store beløp kan de ulike rollene i regionen anvise?",
               "Regional rådgiver inntil 25 000 kroner, regionstyrets nestleder inntil 40 000, lederen inntil "
               "75 000 og regionstyret i møte inntil 300 000. Over det er det direktøren i Kulturskolerådet.")),
    A("Hvor mye kan lederen flytte mellom budsjettpostene uten at styret vedtar det?",
      ["Regionstyrets leder kan omdisponere inntil 50 000 kroner mellom budsjettposter i løpet av året."],
      ["50 000"], "amount"),
    A("motegodtgjorelse regionstyret",
      ["Medlemmer av regionstyret får en møtegodtgjørelse på 1 200 kroner per møte."], ["1 200"], "amount"),
    A("Hvor stort årlig honorar får lederen av regionstyret?",
      ["Lederen får 1 800 kroner per møte og i tillegg et årlig honorar på 24 000 kroner."],
      ["24 000"], "amount"),
    A("Kor mykje får eit varamedlem som møter i regionstyret?",
      ["Varamedlemmer som møter, får samme godtgjørelse som faste medlemmer.",
       "Medlemmer av regionstyret får en møtegodtgjørelse på 1 200 kroner per møte."],
      ["1 200"], "amount", lang="nn"),
    A("Hvor mange tilbud må innhentes når man skal kjøpe noe til over 100 000 kroner?",
      ["Ved innkjøp over 100 000 kroner skal det innhentes minst tre tilbud."], ["tre"], "count"),
    A("Fra hvilket beløp må et innkjøp lyses ut offentlig?",
      ["Ved innkjøp over 500 000 kroner skal konkurransen kunngjøres."], ["500 000"], "amount"),
    A("Kan lederen la være å hente inn flere tilbud?",
      ["Regionstyrets leder kan i særlige tilfeller gjøre unntak fra kravet om tre tilbud, for eksempel når "
       "bare én leverandør kan levere tjenesten.",
       "Unntaket skal begrunnes skriftlig."],
      ["særlige tilfeller", "skriftlig"], "yesno"),
    A("Hvem godkjenner reiseregningen til lederen av regionstyret?",
      ["Reiseregninger og utlegg fra regionstyrets leder anvises av nestlederen."], ["nestlederen"], "person"),
    A("Hva er forskjellen på å attestere og å anvise en regning?",
      ["Attestasjon er kontrollen av at varen eller tjenesten er levert som avtalt, og at beløpet er riktig.",
       "Anvisning er godkjenningen av at utgiften kan belastes budsjettet og betales."],
      ["levert som avtalt", "betales"], "description"),
    A("Kan samme person både attestere og anvise samme faktura?",
      ["Den samme personen kan aldri både attestere og anvise den samme utgiften."], ["aldri"], "yesno"),
    A("Hvilke trinn går en faktura gjennom?",
      ["Fakturaen mottas elektronisk i fakturasystemet Bilagsporten.",
       "Regional rådgiver attesterer fakturaen innen fem virkedager.",
       "Den som har anvisningsmyndighet etter del B, anviser fakturaen.",
       "Økonomiavdelingen kontrollerer anvisningen og betaler innen forfall."],
      ["Bilagsporten", "attesterer", "anviser", "betaler"], "list"),
    A("How many member municipalities does Region Innlandet-Sør have?",
      ["Region Innlandet-Sør har 21 medlemskommuner."], ["21"], "count", lang="en"),
    A("Hvor mange sitter i regionstyret i Innlandet-Sør?",
      ["Regionstyret består av fem medlemmer og to varamedlemmer, valgt av regionmøtet for to år om gangen."],
      ["fem medlemmer", "to varamedlemmer"], "count"),
    A("Hvor ofte skal regionstyret få en regnskapsrapport?",
      ["Regional rådgiver legger fram en regnskapsrapport for regionstyret fire ganger i året: i februar, "
       "mai, september og november."],
      ["fire ganger"], "count"),
    A("I kva månader skal rekneskapsrapporten leggjast fram for regionstyret?",
      ["Regional rådgiver legger fram en regnskapsrapport for regionstyret fire ganger i året: i februar, "
       "mai, september og november."],
      ["februar", "mai", "september", "november"], "list", lang="nn"),
    A("How large must a deviation on a budget line be before it has to be explained in writing?",
      ["Et avvik på mer enn 10 prosent på en budsjettpost skal forklares skriftlig i rapporten."],
      ["10"], "amount", lang="en"),
    A("Hva står det under Rapportering i delen om fullmakter?",
      ["Anvisninger over 75 000 kroner og alle omdisponeringer mellom budsjettposter skal legges fram for "
       "regionstyret som referatsak i det første møtet etter at de er gjort."],
      ["75 000", "referatsak"], "ref_text"),
    A("Hva skal rapporten i mai 2027 vise i tillegg til det vanlige?",
      ["For 2027 skal rapporten i mai også vise hvordan prosjektmidlene fra fylkeskommunen er brukt."],
      ["prosjektmidlene"], "description"),
    A("Kan ubrukte prosjektpenger tas med over i 2028?",
      ["Ubrukte prosjektmidler ved utgangen av året kan overføres til 2028 dersom fylkeskommunen godkjenner det."],
      ["fylkeskommunen godkjenner"], "yesno"),
    A("Hvor stort er driftstilskuddet fra Kulturskolerådet i budsjettet for 2027?",
      ["Driftstilskudd fra Kulturskolerådet", "1 250 000"], ["1 250 000"], "amount"),
    A("hva ble brukt på lønn i 2025",
      ["Lønn og sosiale kostnader", "941 200"], ["941 200"], "amount"),
    A("Hva var resultatet i regnskapet for 2025?",
      ["Resultat", "11 500"], ["11 500"], "amount"),
    A("soknadsfrist utviklingsfondet",
      ["Søknadsfristen er 1. oktober."], ["1. oktober"], "date"),
    A("Hvor mange kommuner må stå bak en søknad til utviklingsfondet?",
      ["Det kan gis inntil 40 000 kroner per prosjekt, og minst to kommuner må stå bak søknaden."],
      ["to kommuner"], "count"),
    A("Hvilke tiltak prioriteres i budsjettet for 2027?",
      ["to regionale fagdager for kulturskolelærere", "lederforum for kulturskolerektorene fire ganger i året",
       "en felles talentsatsing for elever i fordypningsprogram, i samarbeid med fylkeskommunen"],
      ["fagdager", "lederforum", "talentsatsing"], "list"),
    A("Når ble budsjettet for 2027 vedtatt?",
      ["Regionstyret vedtok budsjettet for 2027 i møtet 26. november 2026."], ["26. november 2026"], "date"),
    A("Who drafted the financial regulation?",
      ["Forslaget til reglement ble utarbeidet av regional rådgiver Torunn Fløtten og regionstyrets leder "
       "Kjetil Brattvoll."],
      ["Torunn Fløtten", "Kjetil Brattvoll"], "person", lang="en"),
    A("And by the end of which year must the board look at it again?",
      ["Regionstyret skal vurdere reglementet på nytt innen utgangen av 2029."], ["2029"], "followup",
      lang="en",
      history=("When was the financial regulation of Region Innlandet-Sør adopted?",
               "The regional board adopted it on 11 February 2027, and it applies from 1 March 2027.")),
    A("Hvilke rammeavtaler må brukes?",
      ["Kulturskolerådets rammeavtaler for reiser, overnatting og trykking skal brukes."],
      ["reiser", "overnatting", "trykking"], "list"),
    A("Kven fører rekneskapen for regionen?",
      ["Regnskapet for regionen føres av økonomiavdelingen i Kulturskolerådets sentraladministrasjon og "
       "inngår i organisasjonens samlede regnskap."],
      ["økonomiavdelingen"], "person", lang="nn"),
    A("Kva for avtalar må regionstyret sjølv godkjenne?",
      ["Avtaler som binder regionen i mer enn to år, må godkjennes av regionstyret."], ["to år"], "description",
      lang="nn"),
    A("Hvilke deler er reglementet delt inn i?",
      ["Del A Generelle bestemmelser", "Del B Fullmakter", "Del C Budsjett 2027"],
      ["Generelle bestemmelser", "Fullmakter", "Budsjett 2027"], "list"),
    # unanswerable
    U("Hva er kilometergodtgjørelsen ved bruk av egen bil i Innlandet-Sør?"),
    U("Hva var budsjettet for Region Innlandet-Sør i 2026?"),
    U("Hva står i punkt 10 i økonomireglementet?"),
    U("Hva sier del D om revisjon av regnskapet?"),
    U("Hvem er revisor for regionen Innlandet-Sør?"),
    U("What hourly rate are course instructors paid under the financial regulation?", lang="en"),
    U("Hvor mye fikk Innlandet-Sør i prosjektmidler fra fylkeskommunen i 2026?"),
    U("Hvem er nestleder i regionstyret i Innlandet-Sør?"),
    U("Kor mange søknader til utviklingsfondet vart innvilga i 2026?", lang="nn"),
    U("frist for forslag til budsjett 2028 innlandet-sor?"),
    U("Hva er beløpsgrensen for regionstyrets sekretær?"),
    U("How many staff does Region Innlandet-Sør employ?", lang="en"),
    U("Hva står i punkt 4.5 om reiser?"),
    U("Hvilke kommuner er medlemmer i Region Innlandet-Sør?"),
    U("Når ble Kjetil Brattvoll valgt som leder av regionstyret?"),
    U("og hvor mye kan direktøren godkjenne alene?",
      history=("Hvor mye kan regionstyret vedta i møte etter økonomireglementet?",
               "Inntil 300 000 kroner per utgift eller avtale. Større beløp går til direktøren i "
               "Kulturskolerådet.")),
]

# ---------------------------------------------------------------------------------------------------------
# f4r: Årsrapport 2026 for Region Sørkyst (.txt, page and ref null)
# ---------------------------------------------------------------------------------------------------------
REPORT = [
    A("Hvor mange elever hadde kulturskolene i Region Sørkyst i 2026?",
      ["Antall elever: 4 312"], ["4 312"], "count"),
    A("hvor mange laerearsverk i regionen",
      ["Antall lærerårsverk: 148,6"], ["148,6"], "count"),
    A("Hvor stor andel av grunnskoleelevene går i kulturskolen i Sørkyst?",
      ["Andel av grunnskoleelevene som går i kulturskolen: 14,2 %"], ["14,2"], "amount"),
    A("Hvem leder regionstyret i Sørkyst?",
      ["Solveig Kvamsdal, leder (Lyngvik kommune)"], ["Solveig Kvamsdal"], "person"),
    A("Who was deputy chair of the Sørkyst regional board in 2026?",
      ["Arvid Tønnesland, nestleder (Havbøen kommune)"], ["Arvid Tønnesland"], "person", lang="en"),
    A("Hvem satt i regionstyret i 2026?",
      ["Solveig Kvamsdal, leder (Lyngvik kommune)", "Arvid Tønnesland, nestleder (Havbøen kommune)",
       "Marte Eikrem Sand, styremedlem (Skaret kommune)", "Yusuf Haddad, styremedlem (Vestre Ørsland kommune)",
       "Lene Bergsagel, styremedlem og representant for kulturskolelederne (Strandvik kommune)"],
      ["Solveig Kvamsdal", "Arvid Tønnesland", "Marte Eikrem Sand", "Yusuf Haddad", "Lene Bergsagel"], "list"),
    A("hvilken kommune kommer den siste av dem fra, og har hun en særskilt rolle?",
      ["Lene Bergsagel, styremedlem og representant for kulturskolelederne (Strandvik kommune)"],
      ["Strandvik", "kulturskolelederne"], "followup",
      history=("Hvem var styremedlemmer i regionstyret i Sørkyst i 2026?",
               "Fem: Solveig Kvamsdal (leder), Arvid Tønnesland (nestleder), Marte Eikrem Sand, Yusuf Haddad "
               "og Lene Bergsagel.")),
    A("How many cases did the regional board deal with in 2026?",
      ["Regionstyret holdt seks møter i 2026 og behandlet til sammen 41 saker."], ["41"], "count", lang="en"),
    A("Hvilke av styremøtene ble holdt digitalt?",
      ["29. januar (digitalt)", "7. mai (digitalt)", "26. november (digitalt)"],
      ["29. januar", "7. mai", "26. november"], "list"),
    A("Hvor møttes styret i august?",
      ["20. august i Strandvik"], ["Strandvik"], "place"),
    A("Når og hvor ble regionmøtet holdt i 2026?",
      ["Regionmøtet ble holdt 23. april 2026 i Skaret."], ["23. april 2026", "Skaret"], "date"),
    A("Kor mange delegatar møtte på regionmøtet?",
      ["Det møtte 34 delegater fra 17 av de 19 medlemskommunene."], ["34"], "count", lang="nn"),
    A("Hvor mye økte elevtallet fra 2025 til 2026?",
      ["Elevtallet økte fra 4 105 i 2025 til 4 312 i 2026, en økning på 5,0 prosent."],
      ["4 105", "4 312"], "count"),
    A("Hvor mange elever har Lyngvik kulturskole?",
      ["Lyngvik 702 741 212"], ["741"], "count"),
    A("hvilken av de fem storste kulturskolene har kortest venteliste",
      ["Vestre Ørsland 310 336 74"], ["Vestre Ørsland", "74"], "place"),
    A("Hva gjorde regionen for å påvirke politikere i 2026?",
      ["møte med fylkets stortingsbenk om grunnstøtten 9. oktober",
       "høringssvar om forskriftsfesting av kulturskolen, sendt 15. juni",
       "innspill til fylkeskommunens kulturplan 2027–2030",
       "besøk hos formannskapet i fire kommuner: Skaret, Strandvik, Skjellvik og Nord-Ørsland"],
      ["stortingsbenk", "høringssvar", "kulturplan", "formannskapet"], "status_done"),
    A("Hvilke kommuner vedtok ny kulturskoleplan i fjor?",
      ["Tre kommuner vedtok ny kulturskoleplan i 2026: Skaret, Strandvik og Nord-Ørsland."],
      ["Skaret", "Strandvik", "Nord-Ørsland"], "list"),
    A("Hvor mange kurs holdt regionen, og hvor mange deltok til sammen?",
      ["Regionen arrangerte sju kurs og samlinger med til sammen 486 deltakere:"], ["sju", "486"], "count"),
    A("hvor mange var med pa regionkonferansen",
      ["Regionkonferansen Sørkyst 2026, Havbøen 22.–23. oktober: 212 deltakere"], ["212"], "count"),
    A("hvor ble den fjerde av dem holdt, og når?",
      ["Sommerkurs i komposisjon, Vestre Ørsland 12.–13. august: 15 deltakere"],
      ["Vestre Ørsland", "august"], "followup",
      history=("Hvilke kurs og samlinger arrangerte Region Sørkyst i 2026?",
               "Sju: kurs i bruk av rammeplanen, fagdag for dansepedagoger, nettverkssamling for "
               "teaterlærere, sommerkurs i komposisjon, kurs i tilrettelagt undervisning, regionkonferansen "
               "og lederforum for kulturskolerektorene.")),
    A("Hvilke nye kompetansefellesskap kom i gang i 2026?",
      ["To nye kompetansefellesskap ble etablert i 2026: ett for lærere i visuell kunst og ett for "
       "kulturskolelærere i kommuner med færre enn 5 000 innbyggere."],
      ["visuell kunst", "5 000"], "list"),
    A("Hvor mange veiledere er det i veilederkorpset i Sørkyst?",
      ["Veilederkorpset i regionen har fire veiledere og har fulgt opp seks kommuner i 2026."],
      ["fire veiledere"], "count"),
    A("Hvor stort var overskuddet til Region Sørkyst i 2026?",
      ["Regnskapet viser et overskudd på 42 350 kroner, som i hovedsak skyldes høyere kursinntekter enn budsjettert."],
      ["42 350"], "amount"),
    A("kursinntekter regnskap 2026?",
      ["Kursinntekter 320 000 347 800"], ["347 800"], "amount"),
    A("Hva kostet driften av regionen totalt i 2026?",
      ["Sum kostnader 1 540 000 1 525 450"], ["1 525 450"], "amount"),
    A("Hvilke tiltak i handlingsplanen ble gjennomført i 2026?",
      ["felles digitalt søknadssystem tatt i bruk i 12 av 19 kommuner",
       "mentorordning for nye kulturskoleledere startet i mars",
       "felles kalender for kurs i regionen publisert på nettsidene"],
      ["søknadssystem", "mentorordning", "kalender"], "status_done"),
    A("Ble den felles kulturskoledagen arrangert i 2026?",
      ["felles kulturskoledag for hele regionen, utsatt til 2027 fordi det ikke ble funnet en felles dato"],
      ["utsatt til 2027"], "yesno"),
    A("Hva skal regionen prioritere i 2027?",
      ["I 2027 vil regionen prioritere tre områder: flere elever fra ventelistene, kompetanse for lærere i "
       "små kommuner og forberedelsene til Landstinget 2028."],
      ["ventelistene", "små kommuner", "Landstinget 2028"], "status_planned"),
    A("Når blir «Sørkyst synger»?",
      ["Den felles kulturskoledagen «Sørkyst synger» skal holdes 10. juni 2027, og regionkonferansen 2027 "
       "skal holdes i Strandvik 21.–22. oktober."],
      ["10. juni 2027"], "status_planned"),
    A("Where will next year's regional conference be held?",
      ["Den felles kulturskoledagen «Sørkyst synger» skal holdes 10. juni 2027, og regionkonferansen 2027 "
       "skal holdes i Strandvik 21.–22. oktober."],
      ["Strandvik"], "status_planned", lang="en"),
    A("Innan kva dato skal regionstyret nominere kandidatar til hovudstyret?",
      ["Regionstyret vil arbeide for at alle medlemskommunene har en vedtatt kulturskoleplan innen utgangen "
       "av 2027, og skal nominere kandidater til hovedstyret innen 1. desember 2027."],
      ["1. desember 2027"], "status_planned", lang="nn"),
    A("Når vedtok regionstyret årsrapporten?",
      ["Vedtatt av regionstyret i møtet 4. februar 2027."], ["4. februar 2027"], "date"),
    A("Where will the annual report be presented to the regional assembly?",
      ["Rapporten legges fram for regionmøtet 22. april 2027 i Havbøen."], ["Havbøen"], "place", lang="en"),
    A("Hvilke kommuner ble nye medlemmer i regionen i 2026?",
      ["Regionen fikk to nye medlemskommuner, Skjellvik og Nord-Ørsland, og har nå 19 medlemskommuner."],
      ["Skjellvik", "Nord-Ørsland"], "list"),
    A("Hvem er sekretær for regionstyret i Sørkyst?",
      ["Regional rådgiver Kari-Anne Mosvold har vært sekretær for regionstyret."], ["Kari-Anne Mosvold"],
      "person"),
    A("hvor mange elever gar i fordypning",
      ["Tre av fire elever går i kjerneprogrammet, og 6,4 prosent av elevene går i et fordypningsprogram."],
      ["6,4"], "amount"),
    A("Kvifor vart møtet i Havbøen halde der?",
      ["23. oktober i Havbøen, i forbindelse med regionkonferansen"], ["regionkonferansen"], "followup",
      lang="nn",
      history=("Kva møte hadde regionstyret i Sørkyst i 2026?",
               "Seks møte: 29. januar (digitalt), 12. mars i Lyngvik, 7. mai (digitalt), 20. august i "
               "Strandvik, 23. oktober i Havbøen og 26. november (digitalt).")),
    # unanswerable
    U("Hvor mange elever hadde Skjellvik kulturskole i 2026?"),
    U("Hvem var leder av regionstyret i Sørkyst i 2025?"),
    U("Hva var lønnskostnadene i Region Sørkyst i 2026?"),
    U("How many teachers (persons, not FTEs) work in the kulturskoler in Sørkyst?", lang="en"),
    U("Hva står under punkt 5. i årsrapporten for Sørkyst?"),
    U("Hvor mange deltok på den første samlingen i lederforumet?"),
    U("Kor mykje kosta regionkonferansen i Havbøen?", lang="nn"),
    U("Når skal regionmøtet i Sørkyst holdes i 2028?"),
    U("Hvilke kommuner i Sørkyst har ennå ikke vedtatt en kulturskoleplan?"),
    U("elevtall strandvik 2024?"),
    U("Hvem fra regionen deltok på møtet med stortingsbenken?"),
    U("What is Region Sørkyst's operating budget for 2027?", lang="en"),
    U("Hvilke seks kommuner har veilederkorpset fulgt opp?"),
    U("Hvor mye fikk regionen Sørkyst i grunnstøtte fra Udir i 2026?"),
    U("Kven er nestleiar i regionstyret i Sørkyst frå 2027?", lang="nn"),
    U("når går funksjonstida hennes ut?",
      history=("Hvem leder regionstyret i Sørkyst?",
               "Solveig Kvamsdal fra Lyngvik kommune er leder av regionstyret.")),
]

DOCS = [("f4f", "forretningsorden-landstinget.pdf", RULES, 1),
        ("f4o", "okonomireglement.docx", REGS, 2),
        ("f4r", "arsrapport-region-sor.txt", REPORT, 3)]


def main() -> None:
    lines = [
        json.dumps(q, ensure_ascii=False)
        for prefix, doc, items, seed in DOCS
        for q in numbered(prefix, items, f"fit4-order-{seed}", doc, split_of)
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} questions to {OUT.name}")


if __name__ == "__main__":
    main()
