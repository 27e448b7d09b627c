"""Write evals/fit8/questions.jsonl from the lists below (50 questions per document).

    .venv/bin/python -m evals.fit8.make_questions

Each list is in writing order. Within a document the ids (f8e / f8s / f8a + three digits) follow a fixed
shuffle (SHUFFLE_SEED), so the unanswerable questions are spread out. The split comes from
assign_splits.split_of(id) (SEED = 20261208, fixed before any question was written).

Evidence is quoted from the document as the check's reader sees it (whitespace collapsed; PDF text as pypdf
reads it page by page, with the running header "… Side N av 4" at the top of every page; table rows of the
.docx as cells joined with " | "; Markdown kept as written in the .md). `page` is the 1-based page in the PDF
file. `ref` is "artikkel 6" (PDF) or "punkt 3.2" (.docx): the innermost section that holds all the evidence;
null when the evidence lies outside them (the title and adoption line of the guidelines and their signatures;
the title and reference lines of the agreement) or spans several. The årshjul (.md) has no numbered sections,
so its questions have no ref.

ABSENT maps each unanswerable question to probes: strings that would be in a document if it could answer the
question. check.py verifies that none of them occurs in any of the three documents.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.fit8.assign_splits import split_of
from evals.fit_questions import answerable, history, numbered, probed

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"
SHUFFLE_SEED = 8083
DOCS = {
    "f8e": "etiske-retningslinjer-region-fjordheim.pdf",
    "f8s": "samarbeidsavtale-hogskolen-i-marstrom.docx",
    "f8a": "arshjul-2029-region-fjordheim.md",
}
ABSENT: dict[str, list[str]] = {}


A = answerable
H = history


U = probed(ABSENT)  # an unanswerable question and its probes, which no document of the set may contain


# ---------------------------------------------------------------------------------------------------
# f8e: etiske-retningslinjer-region-fjordheim.pdf (PDF, 4 pages)
# ---------------------------------------------------------------------------------------------------
ADOPT = ("Vedtatt av regionstyret 14. mars 2028, sak 09/28. Gjelder fra 1. april 2028 og erstatter "
         "retningslinjene av 3. juni 2021.")
GIFT_HEAD = "Type gave Grense Må meldes til"
ROW_PUPIL = "Oppmerksomhet fra elever eller foresatte 300 kr Trenger ikke meldes"
ROW_MUNI = "Gave fra medlemskommune eller samarbeidspartner 800 kr Regionleder"
ROW_BOARD = "Gave til regionleder eller styremedlem 800 kr Styreleder"
ROW_SUPPLIER = "Gave fra leverandør eller tilbyder 0 kr Regionleder"
ROW_COLLEAGUE = "Gave fra kolleger ved runde år eller avgang 2 500 kr Trenger ikke meldes"
DINNER = "Middag med representasjon skal ikke koste mer enn 850 kroner per person, medregnet drikke."
WHISTLE = [
    "a) nærmeste leder eller regionleder,",
    "b) regionstyrets leder, når varselet gjelder regionleder,",
    "c) Kulturskolerådets sentrale varslingskanal, som også tar imot anonyme varsler,",
    "d) verneombudet eller en tillitsvalgt i arbeidstakerorganisasjonen.",
]

ETHICS = [
    A("Hvor mye kan jeg ta imot i gave fra en medlemskommune?", "nb", "amount",
      [ROW_MUNI], ["800"], "artikkel 5", 2),
    A("fikk blomster og sjokolade fra foreldrene til en elev, må jeg melde fra om det", "nb", "yesno",
      [ROW_PUPIL], ["300"], "artikkel 5", 2),
    A("hvem skal jeg si fra til hvis en leverandør vil gi meg noe", "nb", "person",
      [ROW_SUPPLIER], ["Regionleder"], "artikkel 5", 2),
    A("What is the gift limit for a board member?", "en", "amount",
      [GIFT_HEAD, ROW_BOARD], ["800"], "artikkel 5", 2),
    A("grense gave fra kollegaer når man fyller 50", "nb", "amount",
      [ROW_COLLEAGUE], ["2 500"], "artikkel 5", 2),
    A("Blir flere småe gaver fra samme person lagt sammen?", "nb", "yesno",
      ["Gaver fra samme giver i løpet av 12 måneder legges sammen."], ["12 måneder"], "artikkel 5", 2),
    A("hva gjør jeg med en gave som er verdt mer enn grensa", "nb", "description",
      ["En gave over grensen leveres tilbake eller overlates til regionkontoret, som gir den videre til et "
       "kulturskoleformål."], ["leveres tilbake", "regionkontoret"], "artikkel 5", 2),
    A("Kan jeg ta imot en 200-lapp fra en forelder?", "nb", "yesno",
      ["Kontanter skal aldri tas imot, uansett beløp."], ["aldri"], "artikkel 5", 2),
    A("maks pris per person på representasjonsmiddag?", "nb", "amount",
      [DINNER], ["850"], "artikkel 6", 3),
    A("Kor lang tid har eg på å levere reiserekninga?", "nn", "date",
      ["Reiseregninger skal leveres innen 30 dager etter at reisen er avsluttet."], ["30"], "artikkel 6", 3),
    A("når får jeg lov å fly på tjenestereise", "nb", "description",
      ["Fly skal bare brukes når reisen tar mer enn fem timer med kollektivtransport på bakken eller sjøen."],
      ["fem timer"], "artikkel 6", 3),
    A("Kan arrangøren betale hotellet når jeg holder innlegg på en konferanse?", "nb", "yesno",
      ["reise og opphold når du holder innlegg, underviser eller deltar i en arbeidsgruppe, og arrangementet "
       "har faglig verdi for regionen. Slike avtaler skal godkjennes av regionleder på forhånd."],
      ["regionleder"], "artikkel 6", 3),
    A("Can I have a part-time job at a municipal kulturskole next to my job at the region? How big?", "en",
      "amount",
      ["En ansatt kan ha en stilling på inntil 20 prosent i en kulturskole i en medlemskommune ved siden av "
       "stillingen i regionen"], ["20"], "artikkel 7", 3),
    A("kan en ansatt på regionkontoret sitte i regionstyret?", "nb", "yesno",
      ["Ansatte ved regionkontoret kan ikke samtidig være medlem av regionstyret.",
       "En ansatt som blir valgt til regionstyret, må ta ulønnet permisjon i valgperioden."],
      ["ulønnet permisjon"], "artikkel 7", 3),
    A("Kor mange timar har ein på seg til å melde brot på personvernet?", "nn", "date",
      ["Brudd på personopplysningssikkerheten skal meldes til regionkontoret innen 24 timer etter at det ble "
       "oppdaget."], ["24"], "artikkel 8", 3),
    A("Hvem får snakke med avisa på vegne av regionen?", "nb", "person",
      ["Bare regionleder og styreleder uttaler seg til media på vegne av regionen"],
      ["regionleder", "styreleder"], "artikkel 8", 3),
    A("hvor fort må et varsel bekreftes mottatt", "nb", "date",
      ["Den som tar imot et varsel, skal bekrefte at det er mottatt innen sju dager."], ["sju dager"],
      "artikkel 9", 4),
    A("hvem kan man varsle til", "nb", "list",
      WHISTLE, ["regionleder", "varslingskanal", "verneombudet"], "artikkel 9", 4),
    A("kan man varsle anonymt", "nb", "yesno",
      [WHISTLE[2]], ["varslingskanal"], "artikkel 9", 4),
    A("fra hvilken dato gjelder de etiske retningslinjene", "nb", "date",
      ["Retningslinjene trer i kraft 1. april 2028."], ["1. april 2028"], "artikkel 10", 4),
    A("Når vart retningslinjene vedtekne, og i kva sak?", "nn", "date",
      [ADOPT], ["14. mars 2028", "09/28"], None, 1),
    A("hvilke regler gjaldt før disse", "nb", "date",
      ["erstatter retningslinjene av 3. juni 2021."], ["3. juni 2021"], None, 1),
    A("By what year must the ethics guidelines be revised?", "en", "date",
      ["De skal revideres innen utgangen av 2030"], ["2030"], "artikkel 10", 4),
    A("ny i styret – hvor lang tid har jeg på å gå gjennom retningslinjene", "nb", "date",
      ["Nye ansatte og nye medlemmer av regionstyret skal gå gjennom retningslinjene sammen med regionleder "
       "eller styreleder innen én måned etter at de har begynt, og bekrefte dette skriftlig."],
      ["måned"], "artikkel 10", 4),
    A("Who signed the ethics guidelines?", "en", "list",
      ["Ingrid Solbakken styreleder Kjetil Havnås regionleder"], ["Ingrid Solbakken", "Kjetil Havnås"],
      None, 4),
    A("Hva står i artikkel 2?", "nb", "ref_text",
      ["Artikkel 2 Hvem retningslinjene gjelder for",
       "b) medlemmer og varamedlemmer av regionstyret,",
       "d) innleide konsulenter og kursholdere, så langt avtalen med dem bestemmer det."],
      ["varamedlemmer", "konsulenter"], "artikkel 2", 1),
    A("hvem regnes som nærstående", "nb", "list",
      ["Som nærstående regnes ektefelle, samboer, barn, foreldre, søsken og andre du har et nært personlig "
       "forhold til."], ["samboer", "søsken"], "artikkel 4", 2),
    A("Eg eig 15 % av eit firma som vil selje noko til regionen. Må eg melde frå?", "nn", "yesno",
      ["b) du eller en nærstående eier mer enn 10 prosent av et selskap som gir tilbud til regionen,"],
      ["10 prosent"], "artikkel 4", 2),
    A("habilitet tidligere arbeidsgiver hvor mange mnd tilbake", "nb", "date",
      ["c) du de siste 24 månedene har vært ansatt i eller hatt oppdrag for en part i saken."],
      ["24 måned"], "artikkel 4", 2),
    A("Who has to show a police certificate before starting?", "en", "description",
      ["Ansatte og tillitsvalgte som arbeider direkte med barn og unge under 18 år, skal legge fram "
       "politiattest før de begynner i arbeidet."], ["18"], "artikkel 3", 1),
    A("gjelder alkoholforbudet også om kvelden på sommerakademiet", "nb", "yesno",
      ["Regionens egne arrangementer skal være alkoholfrie når barn og unge under 18 år deltar. Det gjelder "
       "også kveldsprogrammet på Sommerakademiet."], ["kveldsprogrammet"], "artikkel 6", 3),
    # follow-ups
    A("og fra elever da?", "nb", "followup", [ROW_PUPIL], ["300"], "artikkel 5", 2,
      H("Hva er grensen for gaver fra medlemskommuner?",
        "Etter tabell 1 i artikkel 5 kan du ta imot gaver på inntil 800 kr fra en medlemskommune eller "
        "samarbeidspartner, og gaven skal meldes til regionleder.")),
    A("hvilken av dem tar imot anonyme varsler", "nb", "followup", [WHISTLE[2]], ["varslingskanal"],
      "artikkel 9", 4,
      H("Hvem kan jeg varsle til?",
        "Etter artikkel 9 kan du varsle til nærmeste leder eller regionleder, til regionstyrets leder når "
        "varselet gjelder regionleder, til Kulturskolerådets sentrale varslingskanal, eller til verneombudet "
        "eller en tillitsvalgt.")),
    A("And what's the most such a dinner may cost per person?", "en", "followup", [DINNER], ["850"],
      "artikkel 6", 3,
      H("What does article 6 say about alcohol?",
        "The region does not pay for alcohol, with one exception: at dinners with external guests at the "
        "region's own events, up to two glasses of wine per person may be served.")),
    A("og når ble de vedtatt da", "nb", "followup", [ADOPT], ["14. mars 2028"], None, 1,
      H("Når trådte de etiske retningslinjene i kraft?",
        "De trådte i kraft 1. april 2028 (artikkel 10).")),
    U("hva er telefonnummeret hennes", "nb", ["telefon", "tlf", "mobil"],
      H("Hvem varsler jeg til hvis det gjelder regionlederen?",
        "Da varsler du til regionstyrets leder (artikkel 9 bokstav b). Retningslinjene er skrevet under av "
        "styreleder Ingrid Solbakken.")),
    # unanswerable
    U("Hva står i artikkel 11?", "nb", ["Artikkel 11"]),
    U("hvor mye er diettsatsen per døgn", "nb", ["per døgn", "diettsats"]),
    U("Hva er e-postadressen til Kulturskolerådets sentrale varslingskanal?", "nb",
      ["varsling@", "varslingskanal@", "varsel@"]),
    U("Hvor mange varsler kom inn i 2028?", "nb", ["varsler i 2028", "varsler kom inn", "varsler ble mottatt"]),
    U("What was the gift limit in the 2021 guidelines?", "en",
      ["grensen i 2021", "retningslinjene av 3. juni 2021 var", "fra 2021 var"]),
    U("hvem er verneombud hos oss", "nb", ["verneombud er", "verneombudet er", "verneombud:"]),
    U("Hvor mange ansatte er det på regionkontoret?", "nb",
      ["ansatte ved regionkontoret er", "ansatte på regionkontoret", "årsverk"]),
    U("hvor mye kan vi bruke på julebord per ansatt", "nb", ["julebord"]),
    U("Is there a fine for accepting a gift from a supplier, and how large is it?", "en",
      ["bøter", "i bot", "gebyr"]),
    U("Når vedtok Kulturskolerådet sine nasjonale etiske retningslinjer?", "nb",
      ["nasjonale etiske retningslinjer ble vedtatt", "nasjonale etiske retningslinjer av",
       "nasjonale etiske retningslinjer fra"]),
    U("kan jeg få honorar for et foredrag jeg holder på fritida, og hvor mye", "nb",
      ["på fritiden", "utenfor arbeidstiden", "i fritiden"]),
    U("Kor mange medlemer har regionstyret?", "nn",
      ["regionstyret består av", "medlemmer i regionstyret", "regionstyret har sju", "regionstyret har syv",
       "regionstyret har ni"]),
    U("hvem var styreleder da de gamle retningslinjene fra 2021 ble vedtatt", "nb",
      ["tidligere styreleder", "forrige styreleder", "styreleder i 2021"]),
    U("Hvor finner jeg regionens rutine for personvern?", "nb",
      ["rutine for personvern finnes", "/personvern", "personvernrutinen ligger"]),
]


# ---------------------------------------------------------------------------------------------------
# f8s: samarbeidsavtale-hogskolen-i-marstrom.docx (.docx)
# ---------------------------------------------------------------------------------------------------
BID_HEAD = "Bidrag per år | Høgskolen i Marstrøm | Region Fjordheim"
SUM_KR = "Sum kontanter (kr) | 375 000 | 85 000"
GUEST = "Høgskolen betaler regionen 1 080 kroner per time for gjesteforelesninger etter punkt 3.2."
ROW_LARS = "Faglig kontaktperson | Lars Østgård, førsteamanuensis | Høgskolen | lars.ostgard@himar.example"
ROW_SIGNE = "Avtaleansvarlig | Signe Rørvik, dekan | Høgskolen | signe.rorvik@himar.example"
ROW_HANNE = "Praksiskoordinator | Hanne Kveseth, rådgiver | Regionen | hanne.kveseth@fjordheim.example"
VEILEDER = ("gi praksisveiledere et veilederkurs på 10 studiepoeng uten studieavgift, for inntil tolv lærere "
            "hvert år,")
VIDERE = ("tilby videreutdanningen «Kulturskolepedagogikk 1» (30 studiepoeng) hvert studieår, med tre av fem "
          "samlinger i Brekkvik,")
UTVALG = ("Samarbeidet ledes av et samarbeidsutvalg med to representanter fra hver part. Utvalget møtes minst to "
          "ganger i året og sender en årsrapport til begge parter innen 1. desember.")
MISLIGHOLD = "Ved vesentlig mislighold kan avtalen sies opp med én måneds varsel, jf. punkt 9."

AGREEMENT = [
    A("hvor mye betaler høgskolen totalt i kontanter i året", "nb", "amount",
      [BID_HEAD, SUM_KR], ["375 000"], "punkt 4"),
    A("Hvor mange timer i året bidrar regionen med etter avtalen?", "nb", "amount",
      [BID_HEAD, "Sum timer | 370 | 250"], ["250"], "punkt 4"),
    A("regionens bidrag til fou prosjekt?", "nb", "amount",
      [BID_HEAD, "FoU-prosjekt, kontanter (kr) | 150 000 | 60 000"], ["60 000"], "punkt 4"),
    A("Når skal regionen betale inn pengene sine til forskningsprosjektet?", "nb", "date",
      ["Regionens bidrag til FoU-prosjektet betales først når den eksterne finansieringen er innvilget."],
      ["ekstern"], "punkt 4"),
    A("hvor mye får en kulturskole for å ta imot en praksisstudent", "nb", "amount",
      ["Høgskolen betaler kulturskolen 1 350 kroner per student for hver praksisuke."], ["1 350"],
      "punkt 3.4"),
    A("How much does the college pay per hour of guest lecturing?", "en", "amount",
      [GUEST], ["1 080"], "punkt 4"),
    A("Hvor lang oppsigelsestid har samarbeidsavtalen?", "nb", "date",
      ["Hver av partene kan si opp avtalen skriftlig med seks måneders oppsigelsestid, regnet fra den første "
       "dagen i måneden etter at oppsigelsen er mottatt."], ["seks måneder"], "punkt 8"),
    A("hvor lenge varer avtalen med høgskolen", "nb", "date",
      ["Avtalen gjelder fra 1. januar 2029 til og med 31. desember 2031."],
      ["1. januar 2029", "31. desember 2031"], "punkt 8"),
    A("Kan avtalen forlengast, og med kor lenge?", "nn", "yesno",
      ["Den kan forlenges med inntil to år om gangen ved et skriftlig tillegg."], ["to år"], "punkt 8"),
    A("By when must the agreement be evaluated?", "en", "date",
      ["Samarbeidsutvalget skal evaluere avtalen innen 1. juni 2031."], ["2031"], "punkt 8"),
    A("Hvilken domstol skal brukes hvis partene blir uenige?", "nb", "place",
      ["kan hver av partene bringe den inn for Marstrøm tingrett."], ["Marstrøm tingrett"], "punkt 9"),
    A("How many days do the parties have to settle a dispute before they can go to court?", "en", "date",
      ["Er saken ikke løst innen 60 dager etter varselet"], ["60"], "punkt 9"),
    A("hvem er faglig kontaktperson på høgskolen", "nb", "person",
      [ROW_LARS], ["Lars Østgård"], "punkt 5.2"),
    A("What's the email of the region's practice coordinator?", "en", "person",
      [ROW_HANNE], ["hanne.kveseth@fjordheim.example"], "punkt 5.2"),
    A("Kven skreiv under for høgskulen, og når?", "nn", "person",
      ["Marstrøm, 24. oktober 2028 | Brekkvik, 30. oktober 2028", "Eirik Mjelde | Ingrid Solbakken",
       "rektor | regionstyreleder"], ["Eirik Mjelde", "24. oktober 2028"], "punkt 10"),
    A("når godkjente styret avtalen", "nb", "date",
      ["Godkjent av regionstyret 16. oktober 2028, sak 35/28"], ["16. oktober 2028"], None),
    A("Kor mange studentar skal regionen skaffe praksisplass til kvart år?", "nn", "count",
      ["formidle praksisplasser i medlemskommunenes kulturskoler til minst 16 studenter hvert studieår,"],
      ["16"], "punkt 3.2"),
    A("frist for å melde inn praksisplasser for vårsemesteret", "nb", "date",
      ["melde inn praksisplassene for høstsemesteret innen 15. mars og for vårsemesteret innen 15. oktober,"],
      ["15. oktober"], "punkt 3.2"),
    A("Kor mange lærarar kan ta rettleiarkurset utan å betale?", "nn", "count",
      [VEILEDER], ["tolv"], "punkt 3.1"),
    A("How many credits (studiepoeng) is the continuing education programme?", "en", "amount",
      [VIDERE], ["30"], "punkt 3.1"),
    A("Hvor mange av samlingene på videreutdanningen er i Brekkvik?", "nb", "count",
      [VIDERE], ["tre av fem"], "punkt 3.1"),
    A("hvor mange uker er praksisen", "nb", "count",
      ["Praksisperioden er seks uker i andre studieår og fire uker i tredje studieår."],
      ["seks uker", "fire uker"], "punkt 3.4"),
    A("hva er hensikten med samarbeidsavtalen", "nb", "list",
      ["sikre nok og gode praksisplasser for studentene i bachelorprogrammet i kulturskolepedagogikk,",
       "utvikle etter- og videreutdanning for lærere i kulturskolene i regionen,",
       "gjennomføre praksisnære forsknings- og utviklingsprosjekter (FoU-prosjekter),",
       "rekruttere flere kvalifiserte lærere til kulturskolene i distriktskommunene."],
      ["praksisplasser", "videreutdanning", "FoU", "rekruttere"], "punkt 2"),
    A("hvor mange sitter i samarbeidsutvalget", "nb", "count",
      [UTVALG], ["to representanter"], "punkt 5.1"),
    A("hvem leder samarbeidsutvalget i 2030", "nb", "person",
      ["Ledervervet går på omgang; høgskolen leder utvalget i 2029 og regionen i 2030."], ["region"],
      "punkt 5.1"),
    A("blir beløpene prisjustert?", "nb", "yesno",
      ["Kronebeløpene justeres med konsumprisindeksen hvert år fra og med 1. januar 2030."],
      ["konsumprisindeksen"], "punkt 4"),
    A("er timene i tabellen undervisningstimer på 45 min?", "nb", "yesno",
      ["Merknad til tabellen: Timene er klokketimer."], ["klokketimer"], "punkt 4"),
    A("Hvilke vedlegg er det til avtalen?", "nb", "list",
      ["Avtalen har to vedlegg: Vedlegg 1 Plan for praksis 2029–2030 og Vedlegg 2 Mal for "
       "taushetserklæring."], ["Plan for praksis", "taushetserklæring"], "punkt 10"),
    A("hva er regionens referansenummer på avtalen", "nb", "description",
      ["Regionens referanse: 2028/311"], ["2028/311"], None),
    A("Hva står i punkt 3.3?", "nb", "ref_text",
      ["3.3 Felles forpliktelser",
       "Partene skal sammen søke ekstern finansiering til minst ett FoU-prosjekt i avtaleperioden.",
       "De skal også holde en felles fagdag hvert år, vekselvis i Brekkvik og i Marstrøm, med Brekkvik som "
       "vertssted i 2029."], ["FoU-prosjekt", "fagdag"], "punkt 3.3"),
    A("How many hours a year does the college's academic contact person put in?", "en", "amount",
      [BID_HEAD, "Faglig kontaktperson (timer) | 370 | 0"], ["370"], "punkt 4"),
    # follow-ups
    A("og regionen?", "nb", "followup", [BID_HEAD, SUM_KR], ["85 000"], "punkt 4",
      history=H("Hva bidrar høgskolen med i kontanter?",
                "Høgskolen bidrar med 375 000 kroner i året i kontanter: 40 000 til felles fagdag, 150 000 til "
                "FoU-prosjektet og 185 000 til veilederkurs og studieplasser (punkt 4).")),
    A("and what's the dean's email address?", "en", "followup", [ROW_SIGNE], ["signe.rorvik@himar.example"],
      "punkt 5.2",
      history=H("Who are the contact persons at the college?",
                "Dean Signe Rørvik is responsible for the agreement, and associate professor Lars Østgård is "
                "the academic contact person (clause 5.2).")),
    A("hva om den andre parten ikke holder det den har lovet da", "nb", "followup", [MISLIGHOLD],
      ["måneds varsel"], "punkt 8",
      history=H("Hvor lang er oppsigelsestiden i avtalen med høgskolen?",
                "Seks måneder, regnet fra den første dagen i måneden etter at oppsigelsen er mottatt "
                "(punkt 8).")),
    A("når skal de levere årsrapport", "nb", "followup", [UTVALG], ["1. desember"], "punkt 5.1",
      history=H("Hvor ofte møtes samarbeidsutvalget?",
                "Samarbeidsutvalget møtes minst to ganger i året (punkt 5.1).")),
    U("hvor mye av det går til frikjøp av lærerne", "nb", ["frikjøp"],
      H("Hva bruker høgskolen på veilederkurset?",
        "Høgskolen har satt av 185 000 kroner i året til veilederkurs og studieplasser (punkt 4).")),
    # unanswerable
    U("Hva står i punkt 11 i samarbeidsavtalen?", "nb", ["punkt 11"]),
    U("hva er organisasjonsnummeret til høgskolen", "nb", ["org.nr", "organisasjonsnummer"]),
    U("Hvor mye ble innvilget i ekstern finansiering til FoU-prosjektet?", "nb",
      ["ble innvilget", "fikk innvilget", "innvilget med"]),
    U("hva er telefonnummeret til lars østgård", "nb", ["telefon", "tlf", "+47"]),
    U("Hva koster videreutdanningen for lærere som ikke er praksisveiledere?", "nb",
      ["studieavgift på", "semesteravgift", "koster videreutdanningen"]),
    U("Hvilke kulturskoler tok imot praksisstudenter i 2028?", "nb",
      ["praksisstudenter i 2028", "tok imot praksisstudenter"]),
    U("Hva bidro høgskolen med i den forrige avtalen for 2026–2028?", "nb",
      ["2026–2028", "forrige avtale", "forrige samarbeidsavtale"]),
    U("Hvem er regionens to representanter i samarbeidsutvalget?", "nb",
      ["representanter fra regionen er", "utvalget består av", "regionens representanter er"]),
    U("Hvilke kulturskoler står i praksisplanen i vedlegg 1?", "nb",
      ["Vedlegg 1 viser", "praksisskolene er", "praksisskoler:"]),
    U("Hvor mye blir bidragene etter KPI-justeringen i 2030?", "nb",
      ["justert til", "etter justering", "2030-kroner"]),
    U("Kor mange studentar går på bachelorprogrammet i kulturskulepedagogikk?", "nn",
      ["studenter i bachelorprogrammet er", "studenter på bachelorprogrammet", "tar bachelorprogrammet"]),
    U("Når ble databehandleravtalen inngått?", "nb",
      ["databehandleravtalen ble", "databehandleravtale ble", "databehandleravtalen er inngått"]),
    U("hvor mye får høgskolens lærere betalt for sensur", "nb", ["sensur"]),
    U("When was the previous cooperation agreement with the college signed?", "en",
      ["forrige samarbeidsavtale", "tidligere avtale", "tidligere samarbeidsavtale"]),
]


# ---------------------------------------------------------------------------------------------------
# f8a: arshjul-2029-region-fjordheim.md (Markdown)
# ---------------------------------------------------------------------------------------------------
UTV = ("Mandag 17. september: Søknadsfrist for utviklingsmidler for 2030. Regionen har 450 000 kroner til "
       "fordeling, og ingen kommune kan få mer enn 75 000 kroner.")
STIPEND = ("Torsdag 1. februar: Søknadsfrist for reisestipend. En lærer kan få inntil 6 000 kroner, og regionen "
           "deler ut inntil 60 000 kroner i alt.[^1]")
FEE = "Deltakeravgiften er 2 900 kroner, og søsken betaler 1 950 kroner."
NOV27 = ("Tirsdag 27. november: Regionstyremøte 5/29 i Brekkvik. Budsjettet for 2030 og årshjulet for 2030 "
         "vedtas.")
JAN30 = "Tirsdag 30. januar: Regionstyremøte 1/29, digitalt. Registeret over interessekonflikter legges fram."

CALENDAR = [
    A("Når er søknadsfristen for utviklingsmidler?", "nb", "date",
      ["| 17. september | Søknad om utviklingsmidler for 2030 | Kulturskolelederne |"], ["17. september"]),
    A("maks utviklingsmidler per kommune", "nb", "amount", [UTV], ["75 000"]),
    A("How much development funding does the region have to hand out for 2030?", "en", "amount",
      [UTV], ["450 000"]),
    A("hvor mye kan en lærer få i reisestipend", "nb", "amount", [STIPEND], ["6 000"]),
    A("Kan jeg få reisestipend og utviklingsmidler til det samme kurset?", "nb", "yesno",
      ["Reisestipend kan ikke kombineres med utviklingsmidler til samme tiltak."], ["kombineres"]),
    A("Kor mykje kostar sommarakademiet?", "nn", "amount", [FEE], ["2 900"]),
    A("hvor mange plasser er det på sommerakademiet", "nb", "count", ["Det er plass til 64 elever."], ["64"]),
    A("How many pupils attended the summer academy in 2028?", "en", "count",
      ["I 2028 deltok 58 elever."], ["58"]),
    A("påmeldingsfrist sommerakademi", "nb", "date",
      ["| 20. april | Påmelding til Sommerakademiet | Kulturskolene |"], ["20. april"]),
    A("Når og hvor er regionårsmøtet?", "nb", "date",
      ["Torsdag 19. og fredag 20. april: Regionårsmøtet 2029 i Marstrøm kulturhus."],
      ["19.", "20. april", "Marstrøm kulturhus"]),
    A("hvor mange kan hver kommune sende til årsmøtet", "nb", "count",
      ["Hver medlemskommune kan sende to delegater."], ["to delegater"]),
    A("hvor mange styremøter blir det i 2029", "nb", "count",
      ["Regionstyret har fem møter i 2029, to av dem digitale."], ["fem"]),
    A("hvilke styremøter er på nett", "nb", "list",
      ["Tirsdag 30. januar: Regionstyremøte 1/29, digitalt.", "Tirsdag 29. mai: Regionstyremøte 3/29, digitalt."],
      ["30. januar", "29. mai"]),
    A("Når skal budsjettet for 2030 vedtas?", "nb", "date", [NOV27], ["27. november"]),
    A("når ble årshjulet vedtatt", "nb", "date",
      ["Vedtatt av regionstyret 27. november 2028, sak 41/28."], ["27. november 2028", "41/28"]),
    A("Kor er styremøtet i september?", "nn", "place",
      ["Tirsdag 18. september: Regionstyremøte 4/29 i Sjøvollen."], ["Sjøvollen"]),
    A("er datoen for ledersamlingen i oktober endelig?", "nb", "yesno",
      ["Onsdag 17. og torsdag 18. oktober: Ledersamling 2 i Vågsøra *(foreløpig)*.",
       "En dato som ikke er bekreftet. Endelig dato kommer i nyhetsbrevet."], ["foreløpig"]),
    A("Hvem har ansvaret for å melde inn praksisplassene til høgskolen?", "nb", "person",
      ["| 15. mars | Praksisplasser for høsten meldes til Høgskolen i Marstrøm | Hanne Kveseth |"],
      ["Hanne Kveseth"]),
    A("when and where is the joint professional day with the university college", "en", "date",
      ["Torsdag 30. august: Felles fagdag med Høgskolen i Marstrøm i Brekkvik kulturskole."],
      ["30", "Brekkvik kulturskole"]),
    A("Hva får lærere med 25 års tjeneste av regionen?", "nb", "amount",
      ["Hver jubilant får et gavekort på 1 500 kroner fra regionen."], ["1 500"]),
    A("er kontoret åpent i påska", "nb", "yesno",
      ["Torsdag 29. mars til mandag 2. april: Regionkontoret er stengt i påsken."], ["29. mars", "2. april"]),
    A("gsi frist", "nb", "date",
      ["| 1. oktober | GSI-rapporteringen skal være ferdig | Kulturskolelederne |"], ["1. oktober"]),
    A("Når er valget til regionstyret?", "nb", "date",
      ["Torsdag 1. november: Frist for forslag til kandidater til regionstyret. Valget skjer på regionårsmøtet "
       "i 2030."], ["2030"]),
    A("Hva er utviklingsmidler og hvor kommer pengene fra?", "nb", "description",
      ["Tilskudd fra regionen til utviklingsarbeid i kulturskolene i medlemskommunene. Midlene kommer fra "
       "kontingenten."], ["kontingenten"]),
    A("Where do I register for events?", "en", "place",
      ["[Påmelding til arrangementer](https://fjordheim.kulturskole.example/pamelding)"],
      ["https://fjordheim.kulturskole.example/pamelding"]),
    A("Når skal registeret over interessekonflikter legges fram i 2029?", "nb", "date",
      [JAN30], ["30. januar"]),
    A("Kva tid møtest samarbeidsutvalet med høgskulen i 2029?", "nn", "list",
      ["Mandag 7. mai: Samarbeidsutvalget med Høgskolen i Marstrøm, møte 1/2029, i Marstrøm.",
       "Mandag 5. november: Samarbeidsutvalget med høgskolen, møte 2/2029, i Brekkvik."],
      ["7. mai", "5. november"]),
    A("Who is quoted in the annual calendar?", "en", "person",
      ["> — Ingrid Solbakken, regionstyreleder"], ["Ingrid Solbakken"]),
    A("Hva skal behandles på styremøtet i mars?", "nb", "status_planned",
      ["Tirsdag 13. mars: Regionstyremøte 2/29 i Brekkvik. Regnskapet for 2028 og sakene til regionårsmøtet "
       "behandles."], ["Regnskapet for 2028"]),
    A("Er årshjulet oppdatert etter at det ble vedtatt?", "nb", "status_done",
      ["Sist oppdatert 4. desember 2028."], ["4. desember 2028"]),
    A("Kor mange medlemskommunar har regionen?", "nn", "count",
      ["Regionen har 23 medlemskommuner, og regionkontoret ligger i Brekkvik."], ["23"]),
    # follow-ups
    A("hvor mye kan man få da", "nb", "followup", [STIPEND], ["6 000"],
      history=H("Når er søknadsfristen for reisestipend?",
                "Søknadsfristen for reisestipend er torsdag 1. februar 2029.")),
    A("og hva betaler søsken", "nb", "followup", [FEE], ["1 950"],
      history=H("Når er sommerakademiet?",
                "Sommerakademiet er mandag 25. til fredag 29. juni 2029 i Vågsøra, for elever fra 13 til 19 "
                "år.")),
    A("What's on the agenda at the last one?", "en", "followup", [NOV27], ["2030"],
      history=H("When are the board meetings in 2029?",
                "There are five: 30 January (digital), 13 March in Brekkvik, 29 May (digital), 18 September in "
                "Sjøvollen and 27 November in Brekkvik.")),
    A("hva skal meldes inn til den første av dem", "nb", "followup",
      ["| 15. januar | Tall til kompetansekartleggingen (elever, lærere, ventelister) | Kulturskolelederne |"],
      ["ventelister"],
      history=H("hvilke frister har kulturskolelederne i 2029?",
                "Kulturskolelederne har fire frister: 15. januar (tall til kompetansekartleggingen), 1. juni "
                "(rapport om utviklingsmidler for 2028), 17. september (søknad om utviklingsmidler for 2030) "
                "og 1. oktober (GSI-rapporteringen).")),
    U("hva koster den", "nb",
      ["konferanseavgift", "regionkonferansen koster", "avgift for regionkonferansen"],
      H("Når er regionkonferansen?",
        "Regionkonferansen «Kulturskolen i lokalsamfunnet» er onsdag 26. og torsdag 27. september 2029 i "
        "Sjøvollen.")),
    # unanswerable
    U("når er julekonserten", "nb", ["julekonsert"]),
    U("Hvilken dato er regionårsmøtet i 2030?", "nb", ["april 2030", "mars 2030", "mai 2030", "juni 2030"]),
    U("Hva er programmet for regionkonferansen i september?", "nb",
      ["programmet for regionkonferansen", "Program:", "programmet er"]),
    U("hvem leder valgkomiteen", "nb", ["valgkomiteens leder", "leder av valgkomiteen", "valgkomiteen ledes"]),
    U("Hvor mange søkte reisestipend i 2028?", "nb", ["søkte reisestipend", "søknader om reisestipend"]),
    U("Hva er fristen for å levere rapporten for reisestipendet?", "nb", ["rapporten innen", "rapport innen"]),
    U("Which hotel is the leaders' gathering in October at?", "en", ["hotell i Vågsøra", "Vågsøra hotell"]),
    U("Hva er temaet for ledersamling 2?", "nb", ["tema for ledersamling 2", "ledersamling 2 har tema"]),
    U("Hvilken kommune har lengst venteliste?", "nb", ["lengst venteliste", "størst venteliste"]),
    U("Kva veke er vinterferien i 2030?", "nn", ["februar 2030", "vinterferie 2030", "vinterferien 2030"]),
    U("Hvor mange lærere får jubilantgave i 2029?", "nb",
      ["jubilanter i 2029", "jubilanter får", "lærere har 25"]),
    U("Hva koster en overnatting på ledersamlingen?", "nb", ["overnatting koster", "per natt"]),
    U("What time does the regional annual meeting start on 19 April?", "en",
      ["Marstrøm kulturhus kl", "årsmøtet starter", "starter kl"]),
    U("Hvor stor er kontingenten for medlemskommunene?", "nb",
      ["kontingenten er", "kontingent på", "kontingenten utgjør"]),
]


def main() -> None:
    out = []
    for prefix, qs in (("f8e", ETHICS), ("f8s", AGREEMENT), ("f8a", CALENDAR)):
        out += numbered(prefix, qs, f"{SHUFFLE_SEED}:{prefix}", DOCS[prefix], split_of)
    OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in out), encoding="utf-8")
    print(f"wrote {len(out)} questions to {OUT}")


if __name__ == "__main__":
    main()
