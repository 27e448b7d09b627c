"""Write evals/fit3/questions.jsonl from the question lists below (each split from assign_splits.split_of).

    .venv/bin/python -m evals.fit3.make_questions && .venv/bin/python -m evals.fit3.assign_splits

A(...) is an answerable question: category, evidence (verbatim passages of the document; for a table the text
of one cell), must_contain (the facts an answer must state), ref, page (PDF only, 1 = first page of the file).
U(...) is an unanswerable question: in scope, but the document does not give what is asked.
H(user, assistant) builds the history of a follow-up. Ids are numbered in list order.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.fit3.assign_splits import split_of
from evals.fit_questions import asked as A  # noqa: N812
from evals.fit_questions import history as H  # noqa: N812
from evals.fit_questions import unanswerable as U  # noqa: N812

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"

PROT = "protokoll-hovedstyret.pdf"
STRAT = "strategi-kompetanse.pdf"
VED = "vedtekter-kulturskoleforbund.docx"


# ---------------------------------------------------------------------------------------------------
# a. Protokoll fra hovedstyrets møte 3/2026 (PDF, 5 pages)
# ---------------------------------------------------------------------------------------------------
PROT_Q = [
    A("Når var hovedstyremøtet der landstinget 2028 ble lagt til Kvitsund?", "date",
      ["Torsdag 23. april 2026, kl. 09.30–15.40"], ["23. april 2026"], page=1),
    A("hvor ble mote 3/2026 i hovedstyret holdt", "place",
      ["Kulturhuset i Brennvika, møterommet Sjøsiden"], ["Brennvika"], page=1),
    A("Which board member was absent from the April 2026 board meeting, and who stood in?", "person",
      ["Kasper Dyrnes (vara for Sunniva Lothe)"], ["Sunniva Lothe", "Kasper Dyrnes"], page=1, lang="en"),
    A("Hvem førte protokollen fra hovedstyremøtet i april?", "person",
      ["Referent: Petter Hovland"], ["Petter Hovland"], page=5),
    A("Kor mange medlemer med røysterett var til stades på styremøtet?", "count",
      ["Hovedstyret var vedtaksført med sju stemmeberettigede medlemmer til stede."], ["sju"], page=1, lang="nn"),
    A("ble rekkefølgen på sakene endret?", "yesno",
      ["Innkalling og saksliste godkjennes med endret rekkefølge, slik at HS-sak 37/26 behandles før lunsj."],
      ["37/26", "før lunsj"], ref="sak 31/26", page=1),
    A("Hvilken feil ble rettet i protokollen fra møtet i mars?", "description",
      ["I HS-sak 24/26 skulle det stå at Oddbjørn Flatland, ikke Halvard Nesje, fremmet forslaget om en egen "
       "ungdomsrepresentant."], ["Oddbjørn Flatland", "ungdomsrepresentant"], ref="sak 32/26", page=1),
    A("Hvor stort overskudd var det etter første kvartal 2026?", "amount",
      ["Resultatet per første kvartal er dermed et overskudd på 1,7 millioner kroner."], ["1,7 millioner"],
      ref="sak 33/26", page=2),
    A("Hva sa vedtaket om kvartalsregnskapet?", "ref_text",
      ["Hovedstyret tar regnskapet per første kvartal 2026 til orientering.", "Som innstillingen."],
      ["til orientering"], ref="sak 33/26", page=2),
    A("Med hvor mange prosent ville administrasjonen øke medlemskontingenten?", "amount",
      ["Administrasjonen foreslår en økning på 3,5 prosent."], ["3,5 prosent"], ref="sak 34/26", page=2),
    A("hva blir grunnbelopet per kommune i 2027", "amount",
      ["Medlemskontingenten for 2027 fastsettes til et grunnbeløp på 10 140 kroner per kommune og 1,47 kroner per "
       "innbygger."], ["10 140", "1,47"], ref="sak 34/26", page=2),
    A("Hva gikk endringsforslaget om kontingenten ut på, og hvordan gikk avstemningen?", "description",
      ["Kontingenten for 2027 økes med 2,5 prosent, og administrasjonen bes finne innsparinger tilsvarende "
       "differansen.", "Forslaget falt med 2 mot 5 stemmer."], ["2,5 prosent", "falt", "2 mot 5"],
      ref="sak 34/26", page=2),
    A("Who voted for the lower membership fee increase?", "person",
      ["Halvard Nesje og Mariam Bakke-Holm stemte for forslaget."], ["Halvard Nesje", "Mariam Bakke-Holm"],
      ref="sak 34/26", page=2, lang="en"),
    A("var kontingentvedtaket enstemmig?", "yesno",
      ["Vedtatt med 5 mot 2 stemmer."], ["5 mot 2"], ref="sak 34/26", page=2),
    A("Kor mykje pengar er sett av til kompetansetiltak i regionane i år?", "amount",
      ["I budsjettet for 2026 er det satt av 2,4 millioner kroner til kompetansetiltak i regionene."],
      ["2,4 millioner"], ref="sak 35/26", page=3, lang="nn"),
    A("Hvordan skal de regionale kompetansemidlene deles mellom regionene?", "description",
      ["Administrasjonen foreslår at hver av de ni regionene får et fast beløp på 150 000 kroner, og at resten, "
       "1,05 millioner kroner, fordeles etter antall medlemskommuner i regionen per 1. januar 2026."],
      ["150 000", "1,05 millioner", "medlemskommuner"], ref="sak 35/26", page=3),
    A("frist for regionene til å rapportere om bruken av kompetansepengene?", "date",
      ["Midlene skal brukes til tiltak som følger opp den nye kompetansestrategien, og regionene skal rapportere på "
       "bruken innen 15. januar 2027."], ["15. januar 2027"], ref="sak 35/26", page=3),
    A("Hvem stemte imot fordelingen av kompetansemidlene, og hva var begrunnelsen?", "person",
      ["Vedtatt med 6 mot 1 stemme. Mariam Bakke-Holm stemte mot.",
       "Jeg mener at regioner med store avstander og mange små kommuner burde fått et eget reisetillegg."],
      ["Mariam Bakke-Holm", "reisetillegg"], ref="sak 35/26", page=3),
    A("What is the deadline for the consultation on the national guidance for kulturskole provision?", "date",
      ["Høringsfristen er 15. mai 2026."], ["15", "2026"], ref="sak 36/26", page=3, lang="en"),
    A("Hva la styret til i høringssvaret i forhold til administrasjonens utkast?", "description",
      ["Hovedstyret slutter seg til utkastet til høringssvar, med et nytt avsnitt om at veilederen også må omtale "
       "tilbudet til barn og unge med funksjonsnedsettelser."], ["funksjonsnedsettelser"], ref="sak 36/26", page=3),
    A("Hvor skal Landstinget 2028 arrangeres?", "place",
      ["Landstinget 2028 legges til Kvitsund kommune 19.–21. oktober 2028."], ["Kvitsund"], ref="sak 37/26",
      page=4),
    A("Which municipalities applied to host the 2028 Landsting?", "list",
      ["Innen fristen 1. mars 2026 kom det søknader fra tre kommuner som ønsker å være vertskommune for "
       "Landstinget 2028: Kvitsund, Storfjellet og Brennvika."], ["Kvitsund", "Storfjellet", "Brennvika"],
      ref="sak 37/26", page=3, lang="en"),
    A("kvifor fekk ikkje Storfjellet landstinget når dei var billegast?", "description",
      ["Storfjellet tilbyr lavest pris, men har lengre reisevei for de fleste delegatene."], ["reisevei"],
      ref="sak 37/26", page=3, lang="nn"),
    A("Hvem skal sitte i gruppa som skal revidere vedtektene?", "list",
      ["Hovedstyret oppnevner en arbeidsgruppe for revisjon av vedtektene med Torbjørn Skarstein (leder), Lene Marie "
       "Tveit, Arnhild Vassbotn (Region Nord), Kåre Tjeldnes (Region Vest) og Petter Hovland fra administrasjonen."],
      ["Torbjørn Skarstein", "Lene Marie Tveit", "Arnhild Vassbotn", "Kåre Tjeldnes", "Petter Hovland"],
      ref="sak 38/26", page=4),
    A("Deltok Halvard Nesje da arbeidsgruppen for vedtektene ble oppnevnt?", "yesno",
      ["Enstemmig vedtatt. Halvard Nesje var ikke til stede under behandlingen."], ["ikke til stede"],
      ref="sak 38/26", page=4),
    A("Hvem er nyansatt rådgiver for kompetansefellesskapene, og når begynner hun?", "person",
      ["Sigrun Haugland er ansatt som rådgiver med ansvar for kompetansefellesskapene og begynner 1. juni 2026."],
      ["Sigrun Haugland", "1. juni 2026"], ref="sak 39/26", page=4),
    A("hvor mange elevplasser er det i kulturskolene nå ifølge gsi", "count",
      ["De nye GSI-tallene viser 104 300 elevplasser i kulturskolene skoleåret 2025/26."], ["104 300"],
      ref="sak 39/26", page=4),
    A("Når har hovedstyret dei neste møta sine i 2026?", "list",
      ["Møteplan for resten av 2026: 11. juni (digitalt), 17.–18. september i Kvitsund og 26. november i Oslo."],
      ["11. juni", "17.–18. september", "26. november"], ref="sak 39/26", page=4, lang="nn"),
    A("Hva ble vedtatt i sak 39/26?", "ref_text",
      ["Orienteringene tas til orientering."], ["Orienteringene tas til orientering"], ref="sak 39/26", page=4),
    A("Hva ble tatt opp om varamedlemmer under eventuelt?", "description",
      ["Oddbjørn Flatland spurte om varamedlemmer som møter, får dekket reiseutgifter på samme måte som faste "
       "medlemmer."], ["reiseutgifter", "Oddbjørn Flatland"], page=5),
    A("Where will Region Midt hold its regional kulturskole conference?", "place",
      ["Lene Marie Tveit informerte om at Region Midt arrangerer en regional kulturskolekonferanse i Hestvoll 4.–5. "
       "september 2026, og inviterte hovedstyrets medlemmer til å delta."], ["Hestvoll"], page=5, lang="en"),
    A("Hvem har skrevet under protokollen, og når ble den godkjent?", "list",
      ["Protokollen er godkjent elektronisk 28. april 2026."],
      ["28. april 2026", "Ragnhild Øverås", "Torbjørn Skarstein", "Lene Marie Tveit"], page=5),
    A("Hva har administrasjonen gjort med søknadene fra kommunene som ville ha landstinget?", "status_done",
      ["Administrasjonen har vurdert søknadene ut fra kapasitet på hotell og møtelokaler, reisetid for delegatene og "
       "kostnader."], ["kapasitet", "reisetid", "kostnader"], ref="sak 37/26", page=3),
    A("Hva er videre plan for kompetansestrategien etter styremøtet i april?", "status_planned",
      ["Strategien legges fram for endelig vedtak i møtet i juni."], ["juni"], ref="sak 39/26", page=4),
    A("hva skal skje med reiseregulativet", "status_planned",
      ["Administrasjonen kommer tilbake med en sak om endring av reiseregulativet i møtet 11. juni."], ["11. juni"],
      page=5),
    # follow-ups
    A("hva var det som talte for den første av dem?", "followup",
      ["Kvitsund har den beste samlede løsningen, med kongressenter og hotell i samme bygg og direkte fly fra de "
       "fleste landsdeler."], ["kongressenter", "direkte fly"], ref="sak 37/26", page=3,
      history=H("Hvem søkte om å få landstinget 2028?",
                "Tre kommuner søkte: Kvitsund, Storfjellet og Brennvika (HS-sak 37/26).")),
    A("Og hva var satsene før økningen?", "followup",
      ["Grunnbeløpet økes fra 9 800 kroner til 10 140 kroner, og beløpet per innbygger økes fra 1,42 kroner til 1,47 "
       "kroner."], ["9 800", "1,42"], ref="sak 34/26", page=2,
      history=H("Hva ble kontingenten for 2027?",
                "Grunnbeløpet ble 10 140 kroner per kommune og 1,47 kroner per innbygger (HS-sak 34/26), vedtatt med "
                "5 mot 2 stemmer.")),
    A("What did the second of them present at the meeting?", "followup",
      ["Økonomisjef Marte Solbakk la fram regnskapet per 31. mars 2026."], ["Marte Solbakk"], ref="sak 33/26",
      page=2, lang="en",
      history=H("Who attended the board meeting from the administration?",
                "Director Ingvild Aasen, finance manager Marte Solbakk and adviser Petter Hovland, who took the "
                "minutes.")),
    U("hvor jobbet hun før?",
      history=H("Hvem er ny rådgiver i administrasjonen?",
                "Sigrun Haugland er ansatt som rådgiver med ansvar for kompetansefellesskapene fra 1. juni 2026 "
                "(HS-sak 39/26 a).")),
    U("Og møtet i september – hvor i Kvitsund skal det være?",
      history=H("Når er neste hovedstyremøte?",
                "Neste møte er 11. juni 2026, og det holdes digitalt.")),
    # unanswerable
    U("Hva ble vedtatt i HS-sak 41/26?"),
    U("Hvor store var driftsinntektene for hele 2025?"),
    U("hva er budsjettet for landstinget 2028"),
    U("Hvor mange delegater regner man med på landstinget i Kvitsund?"),
    U("Hvor mye får Region Nord av kompetansemidlene for 2026?"),
    U("Hva ble vedtatt om ungdomsrepresentant i HS-sak 24/26?"),
    U("How many people applied for the communications adviser position?", lang="en"),
    U("hvor mange barn står på venteliste i kulturskolen ifølge de nye gsi-tallene?"),
    U("Kva tid tok styret lunsjpause?", lang="nn"),
    U("Hva er fristen for regionstyrene til å gi innspill til vedtektsrevisjonen?"),
    U("Who represents Region Sør in the working group on the statutes?", lang="en"),
    U("Hvor mye ville Nesjes forslag spart organisasjonen?"),
    U("Hvem var møteleder på hovedstyremøtet 12. mars?"),
]

# ---------------------------------------------------------------------------------------------------
# b. Kompetansestrategi 2026–2030 (PDF, 6 pages; page 1 is the cover)
# ---------------------------------------------------------------------------------------------------
STRAT_Q = [
    A("Når ble kompetansestrategien vedtatt, og i hvilken sak?", "date",
      ["Vedtatt av hovedstyret 11. juni 2026, HS-sak 47/26"], ["11. juni 2026", "47/26"], page=1),
    A("Hva er visjonen i kompetansestrategien?", "description",
      ["Alle som underviser i og leder kulturskolen, skal ha tilgang til kompetanseutvikling som gjør dem trygge i "
       "rollen, nysgjerrige på faget og rustet for framtidens kulturskole."], ["trygge", "nysgjerrige"], page=2),
    A("What share of kulturskole leaders say that lack of competence is the biggest obstacle?", "count",
      ["En undersøkelse blant medlemmene høsten 2025 viste at 63 prosent av kulturskolelederne mener at mangel på "
       "kompetanse er den største hindringen for å utvikle tilbudet."], ["63"], page=2, lang="en"),
    A("hvor mye penger har kulturskolerådet brukt på kompetanse i året de siste årene", "amount",
      ["I perioden 2022–2025 brukte organisasjonen i gjennomsnitt 6,8 millioner kroner i året på kompetansetiltak, "
       "fordelt på mer enn tjue ulike tiltak."], ["6,8 millioner"], page=2),
    A("Hvem ledet arbeidet med å lage kompetansestrategien?", "person",
      ["Strategien er utarbeidet av en arbeidsgruppe med representanter fra fire regioner, to kulturskoleledere og "
       "to lærere, ledet av seniorrådgiver Tuva Kleppestø."], ["Tuva Kleppestø"], page=2),
    A("må kommunene følge kompetansestrategien?", "yesno",
      ["Den er ikke bindende for kommunene, men vi håper at den kan være til hjelp når kommunene lager egne planer "
       "for kompetanse i kulturskolen."], ["ikke bindende"], page=2),
    A("Hvor mange prinsipper skal kompetansearbeidet bygge på?", "count",
      ["Arbeidet med strategien skal følge sju prinsipper:"], ["sju"], page=2),
    A("Hvor mye av kurstilbudet skal være digitalt?", "amount",
      ["Derfor skal minst halvparten av kursene kunne følges digitalt, og regionene skal få midler til samlinger nær "
       "medlemmene."], ["halvparten"], page=2),
    A("Hva sier prinsippene om universiteter og høgskoler?", "description",
      ["Vi samarbeider med universiteter og høgskoler slik at etter- og videreutdanning gir studiepoeng"],
      ["studiepoeng"], page=2),
    A("hvor ofte skal styret få rapport om indikatorene", "date",
      ["Effekten av tiltakene skal følges med indikatorer som rapporteres til hovedstyret hvert år."], ["hvert år"],
      page=3),
    A("Hva heter hovedmål 2?", "ref_text",
      ["Hovedmål 2: Tydelig og kompetent ledelse"], ["Tydelig og kompetent ledelse"], ref="hovedmål 2", page=3),
    A("Hvilken høgskole skal lage videreutdanning i kulturskolepedagogikk sammen med Kulturskolerådet?", "place",
      ["Utvikle et videreutdanningstilbud på 30 studiepoeng i kulturskolepedagogikk sammen med Høgskolen i Vestre "
       "Lia, med første opptak høsten 2027."], ["Høgskolen i Vestre Lia"], ref="delmål 1.1", page=3),
    A("How many credits is the planned further education in kulturskole pedagogy?", "count",
      ["Utvikle et videreutdanningstilbud på 30 studiepoeng i kulturskolepedagogikk sammen med Høgskolen i Vestre "
       "Lia, med første opptak høsten 2027."], ["30"], ref="delmål 1.1", page=3, lang="en"),
    A("Hvilke nye kompetansefellesskap kommer i 2026?", "list",
      ["Opprette to nye kompetansefellesskap, for skapende skriving og for sirkus, i 2026."],
      ["skapende skriving", "sirkus"], ref="delmål 1.2", page=3),
    A("Kva kunstfag skal få ein eigen nasjonal fagdag kvart år?", "list",
      ["Gjennomføre en årlig nasjonal fagdag for lærere i visuell kunst, teater og dans."],
      ["visuell kunst", "teater", "dans"], ref="delmål 1.2", page=3, lang="nn"),
    A("hva får nye kulturskoleledere det forste aaret", "description",
      ["Tilby et eget introduksjonsprogram for nytilsatte ledere det første året i stillingen."],
      ["introduksjonsprogram"], ref="delmål 2.1", page=3),
    A("Innen når skal det være ledernettverk i alle regionene?", "date",
      ["Etablere et ledernettverk i hver region innen utgangen av 2027."], ["2027"], ref="delmål 2.2", page=4),
    A("Hva sier strategien om ledere som går av med pensjon?", "description",
      ["Kartlegge i 2027 hvor mange kulturskoleledere som går av med pensjon før 2035."], ["2027", "2035"],
      ref="delmål 2.3", page=4),
    A("hvor mange veiledere skal veilederkorpset ha i 2030", "count",
      ["Øke antallet veiledere i veilederkorpset fra 19 til 30 innen 2030."], ["30"], ref="delmål 3.1", page=5),
    A("Kva kommunar skal få rettleiing først?", "description",
      ["Prioritere kommuner som ikke har fått veiledning de siste fem årene."], ["fem år"], ref="delmål 3.1", page=5,
      lang="nn"),
    A("How long will the short video courses for teachers with small positions be?", "description",
      ["Teste ut korte videokurs på under 15 minutter for lærere med små stillinger."], ["15"], ref="delmål 3.2",
      page=5, lang="en"),
    A("Hvor store er stipendene til utviklingsarbeid, og hvor mange deles ut?", "amount",
      ["Dele ut inntil fire stipend à 60 000 kroner hvert år til utviklingsarbeid i kulturskolene."],
      ["60 000", "fire"], ref="delmål 3.3", page=5),
    A("Hvor skal resultater fra utviklingsarbeidet legges fram?", "place",
      ["Resultatene fra utviklingsarbeidet skal presenteres på Kulturskoledagene, slik at andre kommuner kan ta dem i "
       "bruk."], ["Kulturskoledagene"], ref="delmål 3.3", page=5),
    A("Hvor mange kommuner har egen kompetanseplan for kulturskolen i dag, og hva er målet?", "count",
      ["Kommuner med egen kompetanseplan for kulturskolen"], ["118", "200"], page=6),
    A("hva er malet for andel laerere med pedagogisk utdanning i 2030", "amount",
      ["Andel lærere med formell pedagogisk utdanning"], ["80 %"], page=6),
    A("How many people took part in the competence communities in 2025?", "count",
      ["Deltakere i kompetansefellesskapene"], ["640"], page=6, lang="en"),
    A("Hvor mange kulturskoleledere har fullført lederutdanning, ifølge kompetansestrategien?", "count",
      ["Kulturskoleledere som har fullført lederutdanning"], ["84"], page=6),
    A("Hvem har hovedansvaret for at strategien blir gjennomført?", "person",
      ["Direktøren har det overordnede ansvaret for å gjennomføre strategien."], ["Direktøren"], page=6),
    A("Hvor kommer tallene for 2025 i indikatortabellen fra?", "list",
      ["Utgangspunktet er tall fra 2025, hentet fra GSI, medlemsundersøkelsen og Kulturskolerådets egne "
       "registreringer."], ["GSI", "medlemsundersøkelsen", "egne registreringer"], page=6),
    A("Kven kan eg spørje om kompetansestrategien?", "person",
      ["Spørsmål om strategien kan rettes til seniorrådgiver Tuva Kleppestø, som koordinerer kompetansearbeidet i "
       "administrasjonen."], ["Tuva Kleppestø"], page=6, lang="nn"),
    A("når skal det komme en ny kompetansestrategi etter denne", "status_planned",
      ["Strategien skal evalueres i 2030.", "Evalueringen skal danne grunnlag for en ny kompetansestrategi, som "
       "legges fram for hovedstyret våren 2031."], ["2030", "våren 2031"], page=6),
    A("Hva skal gjøres hvert år for å følge opp strategien?", "status_planned",
      ["Hvert år lager administrasjonen en handlingsplan med tiltak, ansvar og budsjett, og hovedstyret får en "
       "rapport om indikatorene i sitt første møte året etter."], ["handlingsplan", "rapport"], page=6),
    A("Hvordan har kompetansearbeidet vært organisert fram til nå?", "status_done",
      ["Kompetanse har vært en del av Strategi 2032 siden starten, men arbeidet har vært spredt på mange prosjekter "
       "og tilskuddsordninger."], ["spredt", "prosjekter"], page=2),
    A("Hva handler delmål 1.2 om?", "ref_text",
      ["Delmål 1.2 Sterkere kompetanse i de nyere kunstfagene"], ["nyere kunstfagene"], ref="delmål 1.2", page=3),
    A("Kva går delmål 3.2 ut på?", "ref_text",
      ["Delmål 3.2 Digitale læringsressurser"], ["Digitale læringsressurser"], ref="delmål 3.2", page=5, lang="nn"),
    # follow-ups
    A("den siste av dem – hvor ofte skal den holdes?", "followup",
      ["Arrangere en nasjonal ledersamling annethvert år, første gang i 2027."], ["annethvert år"],
      ref="delmål 2.2", page=4,
      history=H("Hvilke tiltak står under delmål 2.2?",
                "Tre tiltak: et ledernettverk i hver region innen utgangen av 2027, en fast kontaktperson i "
                "administrasjonen for hvert nettverk, og en nasjonal ledersamling.")),
    A("og hva slags opplæring får de nye veilederne?", "followup",
      ["Gi alle nye veiledere en opplæring på fire dager før de får sitt første oppdrag."], ["fire dager"],
      ref="delmål 3.1", page=5,
      history=H("Hva er målet for veilederkorpset?",
                "Antallet veiledere skal økes fra 19 til 30 innen 2030 (delmål 3.1).")),
    A("hvor mange kull tas opp i året?", "followup",
      ["Videreføre lederutdanningen med to kull hvert år, hvert kull med plass til 30 deltakere."],
      ["to kull", "30"], ref="delmål 2.1", page=3,
      history=H("Hvor mange kulturskoleledere har fullført lederutdanningen?",
                "84 i 2025, og målet er 150 innen 2030 (tabell 1).")),
    U("hva koster det å ta den?",
      history=H("Hvilken høgskole samarbeider dere med om videreutdanningen?",
                "Høgskolen i Vestre Lia: 30 studiepoeng i kulturskolepedagogikk, med første opptak høsten 2027 "
                "(delmål 1.1).")),
    U("hvilke fire regioner var med?",
      history=H("Hvem ledet arbeidsgruppen bak kompetansestrategien?",
                "Seniorrådgiver Tuva Kleppestø ledet arbeidsgruppen, som hadde representanter fra fire regioner, to "
                "kulturskoleledere og to lærere.")),
    # unanswerable
    U("Hva står det i delmål 3.4?"),
    U("Hva er hovedmål 4 i kompetansestrategien?"),
    U("Hvor mye penger er satt av til kompetansestrategien i 2027?"),
    U("hva koster lederutdanningen for den som deltar"),
    U("How many municipalities answered the 2025 member survey?", lang="en"),
    U("Hvem er kontaktperson for ledernettverket i Region Nord?"),
    U("Kor mange søkte om utviklingsstipend i fjor?", lang="nn"),
    U("Hva er indikatoren for hvor mange lærere som har tatt videreutdanningen i kulturskolepedagogikk?"),
    U("Hvilke forskningsmiljøer skal stå for følgeevalueringen?"),
    U("What is the 2028 target for municipalities taking part in regional networks?", lang="en"),
    U("Hvor mange elever går i kulturskolen ifølge kompetansestrategien?"),
    U("Når er søknadsfristen for lederutdanningen?"),
    U("Hvilke kunstfag skal det lages undervisningsopplegg for under delmål 1.2?"),
]

# ---------------------------------------------------------------------------------------------------
# c. Vedtekter for Kulturskoleforbundet Fjord og Fjell (.docx)
# ---------------------------------------------------------------------------------------------------
VED_Q = [
    A("Hva er formålet med Kulturskoleforbundet Fjord og Fjell?", "description",
      ["Forbundet skal gi barn og unge i deltakerkommunene et bredt og godt kulturskoletilbud av høy kvalitet, "
       "uavhengig av hvilken av kommunene de bor i."], ["barn og unge", "uavhengig av"], ref="§ 1 (2)"),
    A("Which municipalities are members of the kulturskole union Fjord og Fjell?", "list",
      ["Deltakere i forbundet er Lindvik kommune, Sørstrand kommune, Haugedal kommune, Nordre Vassmo kommune og "
       "Bjørkelia kommune."], ["Lindvik", "Sørstrand", "Haugedal", "Nordre Vassmo", "Bjørkelia"], ref="§ 2 (1)",
      lang="en"),
    A("hvordan regnes eierandelen til hver kommune ut", "description",
      ["Eierandelen fastsettes etter kommunens andel av samlet innbyggertall per 1. januar året før."],
      ["innbyggertall"], ref="§ 2 (2)"),
    A("Which municipality employs the staff of the union?", "person",
      ["Lindvik kommune er kontorkommune og arbeidsgiver for de ansatte i forbundet."], ["Lindvik"], ref="§ 3 (1)",
      lang="en"),
    A("hvor mange representanter har hver kommune i representantskapet?", "count",
      ["Hver deltakerkommune velger to medlemmer med personlige varamedlemmer."], ["to"], ref="§ 4 (1)"),
    A("Må ordføreren være med i representantskapet?", "yesno",
      ["Ett av medlemmene skal være kommunens ordfører eller varaordfører."], ["ordfører eller varaordfører"],
      ref="§ 4 (1)"),
    A("Kor ofte skal representantskapet ha møte?", "count",
      ["Representantskapet holder minst to møter i året, ett innen utgangen av april og ett innen utgangen av "
       "november."], ["to", "april", "november"], ref="§ 4 (3)", lang="nn"),
    A("Når er representantskapet vedtaksført?", "description",
      ["Representantskapet er vedtaksført når minst halvparten av medlemmene er til stede og alle "
       "deltakerkommunene er representert."], ["halvparten", "alle deltakerkommunene"], ref="§ 4 (4)"),
    A("Hvilke oppgaver har representantskapet etter vedtektene?", "list",
      ["a) vedta budsjett og økonomiplan for forbundet", "b) godkjenne årsregnskap og årsmelding",
       "c) velge styre etter § 6", "d) fastsette kontingent etter § 8",
       "e) vedta elevavgiftene for det kommende skoleåret",
       "f) avgjøre søknader om opptak av nye deltakere etter § 9"],
      ["budsjett", "årsregnskap", "styre", "kontingent", "elevavgift", "opptak"], ref="§ 5 (1)"),
    A("hvor mange sitter i styret til kulturskoleforbundet", "count",
      ["Styret består av fem medlemmer."], ["fem"], ref="§ 6 (1)"),
    A("Hvor lenge kan en person sitte i styret?", "description",
      ["Styremedlemmer som velges av representantskapet, velges for to år om gangen.",
       "Ingen kan sitte i styret i mer enn tre perioder etter hverandre."], ["to år", "tre perioder"],
      ref="§ 6 (2)"),
    A("Gjelder grensen på tre perioder også for varamedlemmene til styret?", "yesno",
      ["For varamedlemmer til styret gjelder annet ledd tilsvarende.",
       "Ingen kan sitte i styret i mer enn tre perioder etter hverandre."], ["annet ledd", "tre perioder"],
      ref="§ 6 (3)"),
    A("Hvem ansetter rektor i forbundet?", "person",
      ["Forbundet ledes av en rektor som er ansatt av styret."], ["styret"], ref="§ 7 (1)"),
    A("har rektor stemmerett i styremøtene?", "yesno",
      ["Rektor er sekretær for styret og representantskapet og har møte- og talerett i begge organene, men ikke "
       "stemmerett."], ["ikke stemmerett"], ref="§ 7 (2)"),
    A("Hvor kommer pengene til driften av forbundet fra?", "list",
      ["Forbundets drift finansieres av kontingent fra deltakerkommunene, elevavgifter, statlige tilskudd og andre "
       "inntekter."], ["kontingent", "elevavgifter", "statlige tilskudd"], ref="§ 8 (1)"),
    A("Hva er grunnkontingenten for en kommune med 12 000 innbyggere?", "amount",
      ["10 000–19 999"], ["140 000"], ref="§ 8 (2)"),
    A("hva betaler de minste kommunene i grunnkontingent", "amount",
      ["Under 3 000"], ["45 000"], ref="§ 8 (2)"),
    A("Kva er tillegget per elevplass for ein kommune med 5000 innbyggjarar?", "amount",
      ["3 000–9 999"], ["1 150"], ref="§ 8 (2)", lang="nn"),
    A("Når må kontingenten være betalt?", "date",
      ["Kontingenten betales i to like store terminer, innen 1. februar og innen 1. august."],
      ["1. februar", "1. august"], ref="§ 8 (3)"),
    A("Kan kulturskoleforbundet ta opp lån?", "yesno",
      ["Forbundet kan ikke ta opp lån."], ["ikke ta opp lån"], ref="§ 8 (4)"),
    A("What is the maximum size of the union's reserve fund, as a share of the budget?", "amount",
      ["Et overskudd avsettes til et disposisjonsfond, som ikke kan være større enn 10 prosent av årets "
       "driftsbudsjett."], ["10"], ref="§ 8 (4)", lang="en"),
    A("søknadsfrist for kommuner som vil bli med i forbundet?", "date",
      ["Søknaden sendes representantskapet innen 1. oktober, og opptak gjelder fra 1. august året etter."],
      ["1. oktober"], ref="§ 9 (1)"),
    A("Hva koster det for en ny kommune å melde seg inn?", "amount",
      ["En ny deltaker betaler en innmeldingsavgift på 50 000 kroner."], ["50 000"], ref="§ 9 (2)"),
    A("En kommune som har meldt seg ut, vil inn igjen. Hvilken frist gjelder for søknaden?", "ref_text",
      ["For en kommune som har trådt ut etter § 10 og søker om å bli deltaker igjen, gjelder første ledd "
       "tilsvarende.",
       "Søknaden sendes representantskapet innen 1. oktober, og opptak gjelder fra 1. august året etter."],
      ["1. oktober"], ref="§ 9 (3)"),
    A("Hvor lang oppsigelsestid har en kommune som vil ut av forbundet?", "date",
      ["En deltakerkommune kan si opp sin deltakelse med to års skriftlig varsel til representantskapet."],
      ["to år"], ref="§ 10 (1)"),
    A("får en kommune som går ut, noe av fondet?", "yesno",
      ["Kommunen som trer ut, har ikke krav på andel av forbundets fond eller eiendeler."], ["ikke krav"],
      ref="§ 10 (2)"),
    A("Hva skjer med lærerne når en kommune trer ut?", "description",
      ["Ansatte som i hovedsak underviser i den kommunen som trer ut, skal få tilbud om å bli overført til "
       "kommunen."], ["overført"], ref="§ 10 (3)"),
    A("Hvilke paragrafer kan bare endres av alle kommunestyrene?", "list",
      ["Endringer i §§ 1, 2, 10, 11 og 12 må vedtas av kommunestyrene i alle deltakerkommunene."],
      ["1, 2, 10, 11 og 12"], ref="§ 11 (2)"),
    A("Kor mange kommunestyre må vedta at forbundet skal oppløysast?", "count",
      ["Forbundet kan oppløses dersom kommunestyrene i minst fire av deltakerkommunene vedtar det."], ["fire"],
      ref="§ 12 (1)", lang="nn"),
    A("kor mange personar skal sitje i avviklingsstyret", "count",
      ["Representantskapet oppnevner et avviklingsstyre på tre personer som skal gjennomføre oppløsningen."],
      ["tre"], ref="§ 12 (3)", lang="nn"),
    A("Når ble vedtektene for kulturskoleforbundet vedtatt første gang?", "date",
      ["Vedtatt av kommunestyrene i deltakerkommunene 14. mars 2019"], ["14. mars 2019"]),
    A("Når ble vedtektene sist endret?", "date",
      ["endret av representantskapet 22. april 2023 og 11. mars 2026"], ["11. mars 2026"]),
    A("Under which chapter of the Local Government Act (kommuneloven) is the union organised?", "ref_text",
      ["Interkommunalt samarbeid etter kommuneloven kapittel 17"], ["17"], lang="en"),
    # follow-ups
    A("og hvilken av dem er kontorkommune?", "followup",
      ["Lindvik kommune er kontorkommune og arbeidsgiver for de ansatte i forbundet."], ["Lindvik"], ref="§ 3 (1)",
      history=H("Hvilke kommuner er med i Kulturskoleforbundet Fjord og Fjell?",
                "Lindvik, Sørstrand, Haugedal, Nordre Vassmo og Bjørkelia (§ 2).")),
    A("hva slags flertall trengs for den fjerde av dem?", "followup",
      ["Vedtak om budsjett og kontingent krever at minst fire av fem deltakerkommuner stemmer for."],
      ["fire av fem"], ref="§ 5 (2)",
      history=H("Hva er representantskapets oppgaver?",
                "Etter § 5 skal representantskapet a) vedta budsjett og økonomiplan, b) godkjenne årsregnskap og "
                "årsmelding, c) velge styre, d) fastsette kontingent, e) vedta elevavgiftene og f) avgjøre søknader "
                "om opptak av nye deltakere.")),
    A("og hvem velger det femte?", "followup",
      ["Fire medlemmer velges av representantskapet, og ett medlem med varamedlem velges av og blant de ansatte."],
      ["de ansatte"], ref="§ 6 (1)",
      history=H("hvor mange medlemmer har styret i forbundet?",
                "Fem (§ 6). Fire av dem velges av representantskapet, for to år om gangen.")),
    U("kan den betales i terminer?",
      history=H("Hva er innmeldingsavgiften i forbundet?",
                "En ny deltaker betaler en innmeldingsavgift på 50 000 kroner (§ 9 annet ledd).")),
    U("hvem er rektor nå?",
      history=H("Hvem ansetter rektor?", "Styret ansetter rektor (§ 7 første ledd).")),
    # unanswerable
    U("Hva står det i § 14 om revisjon?"),
    U("Hvor høy er elevavgiften per semester i Kulturskoleforbundet Fjord og Fjell?"),
    U("hvem er leder av representantskapet"),
    U("Hvor mange elever har kulturskoleforbundet?"),
    U("What is the annual budget of the union?", lang="en"),
    U("Kor mykje betalar Haugedal kommune i kontingent i år?", lang="nn"),
    U("Hva sier vedtektene om permisjon for lærerne?"),
    U("Hvor stor eierandel har Lindvik kommune?"),
    U("Hvem reviderer regnskapet til forbundet?"),
    U("How many employees does the union have?", lang="en"),
    U("Hva var kontingentsatsene før 2026?"),
    U("Hvilke kommuner har søkt om å bli med i forbundet?"),
    U("Hva sier § 7 tredje ledd om arbeidstiden til rektor?"),
]


def main() -> None:
    rows = []
    for prefix, doc, qs in (("f3p", PROT, PROT_Q), ("f3s", STRAT, STRAT_Q), ("f3v", VED, VED_Q)):
        for n, q in enumerate(qs, start=1):
            rows.append(dict(id=f"{prefix}{n:03d}", question=q["question"], lang=q["lang"], evidence=q["evidence"],
                             must_contain=q["must_contain"], ref=q["ref"], unanswerable=q["unanswerable"],
                             category=q["category"], history=q["history"], split="train", document=doc,
                             page=q["page"]))
    for r in rows:
        r["split"] = split_of(r["id"])  # the same function assign_splits.py applies
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} questions written to {OUT.name}")


if __name__ == "__main__":
    main()
