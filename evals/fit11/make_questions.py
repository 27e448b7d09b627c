"""Write evals/fit11/questions.jsonl: 150 questions on the three invented documents of fit11, 50 per document.

    .venv/bin/python -m evals.fit11.make_questions

Evidence is copied from the text the check reads (pypdf for the two PDFs, the rendered and raw Markdown for the
guide; see check.py). Within a document the ids follow a fixed shuffle (SHUFFLE_SEED, seeded per prefix), so the
unanswerable questions are spread out. Splits come from assign_splits.split_of(id).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.fit11.assign_splits import split_of
from evals.fit_questions import answerable as A
from evals.fit_questions import history as H
from evals.fit_questions import numbered, probed

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"
SHUFFLE_SEED = 11211
STRATEGY = "strategi-2035-2037-region-elvedal.pdf"
PROTOCOL = "protokoll-regionarsmotet-2035-region-elvedal.pdf"
GUIDE = "veileder-soskenmoderasjon-friplass-elvedal.md"

ABSENT: dict[str, list[str]] = {}
U = probed(ABSENT)

# ---------------------------------------------------------------------------------------------------
# the strategy (PDF)
# ---------------------------------------------------------------------------------------------------
STRATEGY_QS = [
    A(
        "hva er visjonen til region elvedal",
        "nb",
        "description",
        [
            "Alle barn og unge i Elvedal skal ha et kulturskoletilbud av høy kvalitet, uansett bosted og familiens "
            "økonomi."
        ],
        ["uansett bosted", "familiens økonomi"],
        page=1,
    ),
    A(
        "når ble strategien vedtatt",
        "nb",
        "date",
        ["Vedtatt av regionårsmøtet 26. april 2035, sak 5.2"],
        ["26. april 2035"],
        page=1,
    ),
    A(
        "hvor lenge gjelder strategien?",
        "nb",
        "date",
        ["Gjelder for perioden 1. mai 2035 – 31. desember 2037"],
        ["1. mai 2035", "31. desember 2037"],
        page=1,
    ),
    A(
        "hva står i delmål 2.3",
        "nb",
        "ref_text",
        [
            "Andelen lærere med minst 50 prosent stilling skal øke fra 61 til 75 prosent.",
            "Flere kommuner skal samarbeide om felles stillinger, slik at små stillinger i flere kommuner kan bli én "
            "hel stilling.",
        ],
        ["61", "75", "felles stillinger"],
        ref="delmål 2.3",
        page=3,
    ),
    A(
        "hvor mange hovedmål er det i strategien",
        "nb",
        "count",
        ["Strategien har fire hovedmål."],
        ["fire"],
        page=1,
    ),
    A(
        "maks ventetid for å få plass i kulturskolen etter den nye strategien?",
        "nb",
        "date",
        ["Ingen søker skal vente mer enn 12 måneder på plass i kulturskolen innen utgangen av 2037."],
        ["12 måneder"],
        ref="delmål 1.2",
        page=2,
    ),
    A(
        "hvor mange sto på ventelsite i 2034",
        "nb",
        "count",
        ["I 2034 var gjennomsnittlig ventetid 19 måneder, og 1 140 barn og unge sto på venteliste."],
        ["1 140"],
        ref="delmål 1.2",
        page=2,
    ),
    A(
        "what is the 2037 target for the number of kids on the waiting list",
        "en",
        "amount",
        ["Indikator Utgangspunkt 2034 Mål 2037", "Barn og unge på venteliste (per 1. oktober) 1 140 600"],
        ["600"],
        page=6,
    ),
    A(
        "hvor mange kommuner har søskenmoderasjon i utgangspunktet ifølge strategien",
        "nb",
        "count",
        ["Medlemskommuner med søskenmoderasjon 11 av 17 17 av 17"],
        ["11 av 17"],
        page=6,
    ),
    A(
        "hvilke tre kommuner er med i piloten for fordypning",
        "nb",
        "list",
        ["Programmet prøves først ut skoleåret 2035/2036 i tre kommuner: Storsund, Tindvik og Kvitberg."],
        ["Storsund", "Tindvik", "Kvitberg"],
        ref="delmål 3.1",
        page=4,
    ),
    A(
        "hvor skal elvedalsdagen være i 2035",
        "nb",
        "place",
        ["Elvedalsdagen 2035 holdes i Ospelia."],
        ["Ospelia"],
        ref="delmål 2.2",
        page=3,
    ),
    A(
        "hvilke faggruper skal regionen opprette",
        "nb",
        "list",
        ["Fire regionale faggrupper etableres: musikk, dans, teater og visuell kunst."],
        ["musikk", "dans", "teater", "visuell kunst"],
        ref="delmål 2.2",
        page=3,
    ),
    A(
        "når kommer mentorordningen for nyutdanna lærere i gang",
        "nb",
        "status_planned",
        ["En mentorordning for nyutdannede lærere startes i 2036."],
        ["2036"],
        ref="delmål 2.3",
        page=3,
    ),
    A(
        "hva er prioritet nr 3 for regionstyret",
        "nb",
        "description",
        [
            "3. Pilot for Elvedal fordypningsprogram i Storsund, Tindvik og Kvitberg skoleåret 2035/2036, med en "
            "ramme på 350 000 kroner som årsmøtet vedtok i sak 5.4."
        ],
        ["fordypningsprogram", "350 000"],
        page=5,
    ),
    A(
        "når skal erfaringene fra fordypningspiloten legges fram, og skal den utvides",
        "nb",
        "status_planned",
        [
            "erfaringene legges fram for årsmøtet i 2036 før programmet eventuelt utvides til flere kommuner og til "
            "elever i videregående skole."
        ],
        ["årsmøtet i 2036", "videregående skole"],
        page=6,
    ),
    A(
        "hvor mange praksisplasser skal studentene få",
        "nb",
        "count",
        ["Minst fem praksisplasser for studenter hvert studieår."],
        ["fem"],
        ref="delmål 3.2",
        page=4,
    ),
    A(
        "hvem samarbeider regionen med om mesterklasser",
        "nb",
        "description",
        [
            "Regionen skal samarbeide med Vestmark kunsthøgskole om mesterklasser og om praksisplasser for "
            "lærerstudenter i kulturskolene."
        ],
        ["Vestmark kunsthøgskole"],
        ref="delmål 3.2",
        page=4,
    ),
    A(
        "hvor ligger regionkontoret",
        "nb",
        "place",
        ["Regionkontoret ligger i Brekkestad."],
        ["Brekkestad"],
        page=1,
    ),
    A(
        "hvilke verdier bygger strategien på",
        "nb",
        "list",
        ["Arbeidet i regionen skal preges av tre verdier: åpenhet, kvalitet og samarbeid."],
        ["åpenhet", "kvalitet", "samarbeid"],
        page=1,
    ),
    A(
        "når skal det vedtas en ny strategi",
        "nb",
        "status_planned",
        ["En midtveisevaluering legges fram for årsmøtet i 2036, og en ny strategi skal vedtas på årsmøtet i 2037."],
        ["2037"],
        page=6,
    ),
    A(
        "how many cooperation projects with primary schools should there be",
        "en",
        "amount",
        ["Antallet samarbeidsprosjekter mellom kulturskoler og grunnskoler skal øke fra 23 til 40."],
        ["40"],
        ref="delmål 4.1",
        page=5,
    ),
    A(
        "kva seier hovudmål 3",
        "nn",
        "ref_text",
        [
            "Hovedmål 3 Fordypning og talentutvikling",
            "Elever som ønsker å satse, skal få et tilbud i regionen og slippe å reise ut av fylket for å få "
            "fordypning.",
        ],
        ["Fordypning og talentutvikling", "slippe å reise ut av fylket"],
        ref="hovedmål 3",
        page=4,
    ),
    A(
        "kor mange kommunar hadde lokal plan etter rammeplanen ved utgangen av 2034",
        "nn",
        "count",
        ["Ved utgangen av 2034 hadde ni kommuner en slik plan."],
        ["ni"],
        ref="delmål 2.1",
        page=3,
    ),
    A(
        "How many children of primary school age live in the region?",
        "en",
        "count",
        ["Om lag 31 000 barn og unge i grunnskolealder bor i regionen."],
        ["31 000"],
        page=1,
    ),
    A(
        "hvor mange samlinger i året får elevene på fordypningsprogrammet",
        "nb",
        "count",
        ["Elevene får seks samlinger i året, med reisestøtte for elever som bor langt unna."],
        ["seks"],
        ref="delmål 3.1",
        page=4,
    ),
    A(
        "er tallene for venteliste kvalitetssikra?",
        "nb",
        "yesno",
        ["Ventelistetallene for 2034 er samlet inn av regionkontoret og er ikke kvalitetssikret i GSI."],
        ["ikke kvalitetssikret"],
        page=6,
    ),
    A(
        "hvem skal regionstyret møte hvert år",
        "nb",
        "list",
        [
            "Regionstyret skal møte fylkestinget i Vestmark og stortingsrepresentantene fra Vestmark minst én gang i "
            "året."
        ],
        ["fylkestinget", "stortingsrepresentantene"],
        ref="delmål 4.3",
        page=5,
    ),
    A(
        "hva er regionens viktigste påvirkningssak",
        "nb",
        "description",
        ["Kulturskolens plass i opplæringsloven er regionens viktigste påvirkningssak i perioden."],
        ["opplæringsloven"],
        ref="delmål 4.3",
        page=5,
    ),
    A(
        "når kommer veilederen som nevnes der",
        "nb",
        "followup",
        ["Veilederen om søskenmoderasjon og friplass utgis høsten 2035."],
        ["høsten 2035"],
        ref="delmål 1.3",
        page=2,
        history=H(
            "hva står i delmål 1.3",
            "Delmål 1.3 «Økonomi skal ikke stenge noen ute» sier at alle medlemskommuner skal ha ordninger for "
            "søskenmoderasjon og friplass i tråd med retningslinjene fra sak 5.3 i 2035, og at regionkontoret gir "
            "ut en egen veileder.",
        ),
    ),
    A(
        "det fjerde punktet, hvem er det ment for",
        "nb",
        "followup",
        ["4. Planverksted for rektorer i kommuner uten lokal plan."],
        ["rektorer", "uten lokal plan"],
        page=6,
        history=H(
            "hvilke prioriteringer har styret for 2035 og 2036",
            "Fem, i denne rekkefølgen: 1) felles mal for ventelister, 2) veileder om søskenmoderasjon og friplass, "
            "3) pilot for Elvedal fordypningsprogram, 4) planverksted, 5) mentorordning for nyutdannede lærere fra "
            "2036.",
        ),
    ),
    A(
        "the last one - what sub-goals does it have?",
        "en",
        "followup",
        [
            "Delmål 4.1 Samarbeid med grunnskolen",
            "Delmål 4.2 Kulturskolen som ressurssenter",
            "Delmål 4.3 Synlighet og påvirkning",
        ],
        ["4.1", "4.2", "4.3"],
        ref="hovedmål 4",
        page=5,
        history=H(
            "what are the main goals of the strategy",
            "There are four: 1 an accessible kulturskole for all, 2 quality in all teaching, 3 in-depth programmes "
            "and talent development, 4 the kulturskole in the local community.",
        ),
    ),
    A(
        "og målet for 2037?",
        "nb",
        "followup",
        ["Antallet elever i programmet skal øke fra 86 til 120."],
        ["120"],
        ref="delmål 3.1",
        page=4,
        history=H(
            "hvor mange elever er med i det regionale fordypningsprogrammet",
            "Utgangspunktet i 2034 var 86 elever i det regionale fordypningsprogrammet.",
        ),
    ),
    A(
        "var det ikke 18 måneder?",
        "nb",
        "followup",
        ["Ingen søker skal vente mer enn 12 måneder på plass i kulturskolen innen utgangen av 2037."],
        ["12 måneder"],
        ref="delmål 1.2",
        page=2,
        history=H(
            "hva sier strategien om ventetid",
            "Delmål 1.2 «Kortere ventetid»: ingen søker skal vente mer enn 12 måneder på plass innen utgangen av "
            "2037. I 2034 var gjennomsnittlig ventetid 19 måneder.",
        ),
    ),
    # ---- unanswerable
    U("hva står i delmål 3.3", "nb", ["delmål 3.3"]),
    U("hvor mye penger er satt av til mentorordningen", "nb", ["kroner til mentor", "mentorordningen får"]),
    U("who wrote the strategy document", "en", ["skrevet av", "utarbeidet av", "forfatter"]),
    U("hva var andelen elever i kulturskolen i 2030", "nb", ["2030"]),
    U("hvor mye reisestøtte får fordypningselevene", "nb", ["kroner i reisestøtte", "reisestøtte på"]),
    U("hvilken kommune har lengst ventetid", "nb", ["lengst ventetid", "lengste ventetid"]),
    U("what is the total budget for the strategy period", "en", ["budsjettet for strategien", "kostnadsramme"]),
    U("hvor mange kulturskolelærere er det i regionen", "nb", ["lærere i regionen er", "årsverk"]),
    U("mål for deltakere på elvedalsdagen 2036", "nb", ["Mål 2036"]),
    U("kva for ein kommune skal ha Elvedalsdagen i 2036", "nn", ["Elvedalsdagen 2036"]),
    U("kor mange elevar går i kulturskulane i regionen til saman", "nn", ["elevtall", "elever i kulturskolene i"]),
    U("kva tener regionleiaren", "nn", ["lønn"]),
    U("hva står det i delmål 1.4", "nb", ["delmål 1.4"]),
    U("What share of the teachers had full-time positions in 2034?", "en", ["100 % stilling", "full stilling"]),
    U(
        "which firm will do the external evaluation of the pilot",
        "en",
        ["evaluatoren er", "evalueringen utføres av"],
    ),
    U("hvor mange innbyggere har nordkleiva", "nb", ["Nordkleiva har"]),
    U(
        "hvor mye bidrar de med",
        "nb",
        ["fylkeskommunen bidrar", "fylkeskommunens andel"],
        history=H(
            "hvem samarbeider regionen med om fordypningsprogrammet",
            "Elvedal fordypningsprogram etableres i samarbeid med Vestmark fylkeskommune (delmål 3.1).",
        ),
    ),
]

# ---------------------------------------------------------------------------------------------------
# the protocol (PDF)
# ---------------------------------------------------------------------------------------------------
PROTOCOL_QS = [
    A(
        "når var årsmøtet i 2035",
        "nb",
        "date",
        ["Tid: Torsdag 26. april 2035 kl. 09.30–16.10"],
        ["26. april 2035"],
        page=1,
    ),
    A(
        "hvem ledet årsmøtet",
        "nb",
        "person",
        ["Møteleder: Håvard Myklebust, Storsund kommune"],
        ["Håvard Myklebust"],
        page=1,
    ),
    A(
        "hvem satt i tellekorpset",
        "nb",
        "list",
        ["Tellekorps: Amina Hassan, Terje Rønning og Kari Bjerkeli"],
        ["Amina Hassan", "Terje Rønning", "Kari Bjerkeli"],
        page=1,
    ),
    A(
        "var det noen kommuner som ikke møtte",
        "nb",
        "place",
        ["Raudmyr kommune var ikke representert."],
        ["Raudmyr"],
        page=1,
    ),
    A(
        "hvor mange stemmer var representert",
        "nb",
        "count",
        ["Stemmer: 119 stemmer fra 16 av 17 medlemskommuner og Vestmark fylkeskommune."],
        ["119"],
        page=1,
    ),
    A(
        "hva ble vedtatt i sak 5.3",
        "nb",
        "ref_text",
        [
            "1. Medlemskommunene oppfordres til å innføre søskenmoderasjon på 30 prosent for barn nummer to og 50 "
            "prosent fra og med barn nummer tre.",
            "2. Friplass gis til barn i husholdninger med samlet inntekt under 450 000 kroner.",
            "3. Retningslinjene gjelder fra skoleåret 2035/2036.",
            "4. Regionkontoret utarbeider en veileder for kommunene innen 1. oktober 2035.",
        ],
        ["30 prosent", "50 prosent", "450 000", "1. oktober 2035"],
        ref="sak 5.3",
        page=4,
    ),
    A(
        "hva foreslo styret opprinnelig om søskenmoderasjon",
        "nb",
        "description",
        ["Medlemskommunene oppfordres til å innføre søskenmoderasjon på 25 prosent fra og med barn nummer to."],
        ["25 prosent"],
        ref="sak 5.3",
        page=3,
    ),
    A(
        "hvordan gikk voteringa på forslaget fra lauvnes",
        "nb",
        "count",
        ["Endringsforslaget fra Lauvnes kommune ble vedtatt med 71 mot 48 stemmer."],
        ["71 mot 48"],
        ref="sak 5.3",
        page=3,
    ),
    A(
        "hva ble vedtatt i sak 5.2",
        "nb",
        "ref_text",
        [
            "1. Regional strategi 2035–2037 vedtas, med den endring at ventetiden i delmål 1.2 skal være høyst 12 "
            "måneder.",
            "2. Regionstyret fastsetter årlige prioriteringer og rapporterer på strategien i årsmeldingen.",
            "3. Digital undervisning vurderes av regionstyret i midtveisevalueringen i 2036.",
        ],
        ["12 måneder", "midtveisevalueringen i 2036"],
        ref="sak 5.2",
        page=3,
    ),
    A(
        "fikk vi et eget hovedmål om digital kulturskole",
        "nb",
        "yesno",
        [
            "Et nytt hovedmål 5 «Digital kulturskole» tas inn i strategien.",
            "Endringsforslaget fra Ospelia kommune falt med 48 mot 71 stemmer.",
        ],
        ["falt", "48 mot 71"],
        ref="sak 5.2",
        page=3,
    ),
    A(
        "budsjettramme 2036",
        "nb",
        "amount",
        ["1. Driftsbudsjettet for 2036 vedtas med en ramme på 1 410 000 kroner."],
        ["1 410 000"],
        ref="sak 4",
        page=2,
    ),
    A(
        "overskudd 2034",
        "nb",
        "amount",
        ["Regnskapet for 2034 viser et overskudd på 112 400 kroner."],
        ["112 400"],
        ref="sak 3",
        page=1,
    ),
    A(
        "hvor ble overskuddet av",
        "nb",
        "description",
        ["overføres til regionens disposisjonsfond."],
        ["disposisjonsfond"],
        ref="sak 3",
        page=2,
    ),
    A(
        "hvem er reviosr for regionen",
        "nb",
        "person",
        ["Revisor, Fjellstad & Ås Revisjon AS, har avgitt beretning uten merknader."],
        ["Fjellstad & Ås Revisjon AS"],
        ref="sak 3",
        page=1,
    ),
    A(
        "who got elected to the regional board",
        "en",
        "list",
        [
            "Kandidat Kommune Stemmer Resultat",
            "Oda Skjelbred Hallaren 71 Valgt for to år",
            "Marius Dahle Tindvik 64 Valgt for to år",
        ],
        ["Oda Skjelbred", "Marius Dahle"],
        ref="sak 6",
        page=4,
    ),
    A(
        "hvor mange stemmer fikk marius dahle",
        "nb",
        "count",
        ["Marius Dahle Tindvik 64 Valgt for to år"],
        ["64"],
        ref="sak 6",
        page=4,
    ),
    A(
        "hvem er styreleder nå",
        "nb",
        "person",
        ["Ingvild Hareide, Lauvnes, ble gjenvalgt som styreleder for to år ved akklamasjon."],
        ["Ingvild Hareide"],
        ref="sak 6",
        page=4,
    ),
    A(
        "hvem sitter i valgkomitteen nå",
        "nb",
        "list",
        [
            "Som valgkomité for neste årsmøte ble Gro Helland, Furuheim (leder), Kasper Lindgren, Grønnstad, og Ane "
            "Moum, Kleivdal"
        ],
        ["Gro Helland", "Kasper Lindgren", "Ane Moum"],
        ref="sak 6",
        page=4,
    ),
    A(
        "hvem underskrev protokollen",
        "nb",
        "list",
        ["Håvard Myklebust Elin Fagerheim Bjørn Tvedt", "møteleder protokollunderskriver protokollunderskriver"],
        ["Håvard Myklebust", "Elin Fagerheim", "Bjørn Tvedt"],
        page=5,
    ),
    A(
        "når ble protokollen godkjent",
        "nb",
        "date",
        ["Protokollen er godkjent og underskrevet i Brekkestad 7. mai 2035."],
        ["7. mai 2035"],
        page=5,
    ),
    A(
        "når gikk innkalinga ut",
        "nb",
        "date",
        ["Innkallingen ble sendt ut 26. mars 2035, og det kom ingen merknader til innkallingen eller sakslisten."],
        ["26. mars 2035"],
        ref="sak 1",
        page=1,
    ),
    A(
        "hvor mye fikk fordypningspiloten og hvor kommer pengene fra",
        "nb",
        "amount",
        ["2. Rammen for piloten er 350 000 kroner, som dekkes av disposisjonsfondet."],
        ["350 000", "disposisjonsfondet"],
        ref="sak 5.4",
        page=4,
    ),
    A(
        "innen når skal uttalelsen om opplæringsloven sendes, og til hvem",
        "nb",
        "date",
        ["Den sendes til Kunnskapsdepartementet og til stortingsrepresentantene fra Vestmark innen 10. mai 2035."],
        ["10. mai 2035", "Kunnskapsdepartementet"],
        ref="sak 5.1",
        page=2,
    ),
    A(
        "kor mange kommunebesøk gjorde regionkontoret i 2034",
        "nn",
        "count",
        [
            "Regionkontoret gjennomførte 31 kommunebesøk i 2034, og Elvedalsdagen samlet 240 lærere i Tindvik 12. "
            "oktober 2034."
        ],
        ["31"],
        ref="sak 2",
        page=1,
    ),
    A(
        "kven var protokollførarar på årsmøtet",
        "nn",
        "person",
        ["Protokollførere: Line Aamot og Jonas Vik, regionkontoret"],
        ["Line Aamot", "Jonas Vik"],
        page=1,
    ),
    A(
        "what was the vote on the waiting time amendment",
        "en",
        "count",
        ["Endringsforslaget fra Myrvang kommune ble vedtatt med 64 mot 55 stemmer."],
        ["64", "55"],
        ref="sak 5.2",
        page=3,
    ),
    A(
        "Who led the nomination committee that presented the candidates?",
        "en",
        "person",
        ["Valgkomiteens leder Gro Helland la fram innstillingen."],
        ["Gro Helland"],
        ref="sak 6",
        page=4,
    ),
    A(
        "what time did the meeting end",
        "en",
        "date",
        ["Møtet ble hevet kl. 16.10."],
        ["16.10"],
        page=5,
    ),
    A(
        "hvor mange innlegg var det i debatten om strategien",
        "nb",
        "count",
        ["Det var 14 innlegg i debatten."],
        ["14"],
        ref="sak 5.2",
        page=3,
    ),
    A(
        "hvordan gikk det med det andre",
        "nb",
        "followup",
        ["Endringsforslaget fra Kvitberg kommune falt med 52 mot 67 stemmer."],
        ["falt", "52 mot 67"],
        ref="sak 5.3",
        page=3,
        history=H(
            "hvilke endringsforslag kom det i sak 5.3",
            "To: Lauvnes kommune (Elin Fagerheim) foreslo 30 prosent for barn nummer to og 50 prosent fra og med "
            "barn nummer tre, og Kvitberg kommune (Hege Sørum) foreslo å heve inntektsgrensen for friplass til "
            "500 000 kroner.",
        ),
    ),
    A(
        "og varaene?",
        "nb",
        "followup",
        ["Reidun Tveit Sildvåg 55 1. varamedlem", "Fredrik Nyland Bakkely 32 2. varamedlem"],
        ["Reidun Tveit", "Fredrik Nyland"],
        ref="sak 6",
        page=4,
        history=H(
            "hvem ble valgt som styremedlemmer",
            "Oda Skjelbred (Hallaren) med 71 stemmer og Marius Dahle (Tindvik) med 64 stemmer, begge for to år.",
        ),
    ),
    A(
        "who asked for it to include the smallest municipalities",
        "en",
        "followup",
        ["Bakkely kommune ved Fredrik Nyland ba om at piloten også skulle omfatte de minste kommunene."],
        ["Fredrik Nyland", "Bakkely"],
        ref="sak 5.4",
        page=4,
        history=H(
            "what did the meeting decide about the regional in-depth programme",
            "In sak 5.4 the meeting decided to start Elvedal fordypningsprogram as a pilot in Storsund, Tindvik and "
            "Kvitberg in the school year 2035/2036, within a frame of 350 000 kroner.",
        ),
    ),
    A(
        "var det noen som ville ha den lavere",
        "nb",
        "followup",
        [
            "Endringsforslag fra Hallaren kommune:",
            "Den regionale tilleggskontingenten reduseres til 0,40 kroner per innbygger.",
            "Endringsforslaget falt med 31 mot 88 stemmer.",
        ],
        ["Hallaren", "0,40", "31 mot 88"],
        ref="sak 4",
        page=2,
        history=H(
            "hva ble vedtatt om budsjett og kontingent for 2036",
            "Driftsbudsjettet for 2036 har en ramme på 1 410 000 kroner, og den regionale tilleggskontingenten er "
            "0,50 kroner per innbygger.",
        ),
    ),
    A(
        "kva spurde myrvang om då",
        "nn",
        "followup",
        [
            "Synnøve Lie, Myrvang kommune, etterlyste tall for ventelister per kommune.",
            "Regionleder svarte at tallene kommer i årsmeldingen for 2035.",
        ],
        ["ventelister", "2035"],
        ref="sak 2",
        page=1,
        history=H(
            "kven la fram årsmeldinga",
            "Regionleder Sunniva Brattli la fram årsmeldingen for 2034 (sak 2).",
        ),
    ),
    # ---- unanswerable
    U("hva ble vedtatt i sak 5.5", "nb", ["Sak 5.5"]),
    U("hva ble behandlet under sak 7", "nb", ["Sak 7"]),
    U("hvem stemte mot forslaget fra lauvnes", "nb", ["stemte mot", "stemte imot"]),
    U("hvor mange stemmer hadde storsund", "nb", ["Storsund kommune hadde", "Storsund: "]),
    U("hva kosta årsmøtet", "nb", ["kostet", "møteutgifter"]),
    U("hvem var styreleder før ingvild hareide", "nb", ["tidligere styreleder", "forrige styreleder"]),
    U("how many delegates attended the meeting", "en", ["delegater til stede", "delegater møtte"]),
    U("What was the result for 2033?", "en", ["2033"]),
    U("revisors honorar", "nb", ["honorar"]),
    U("kor mange stemmer fekk ingvild hareide", "nn", ["Hareide Lauvnes", "Ingvild Hareide fikk"]),
    U("når er neste årsmøte", "nn", ["neste årsmøte holdes", "årsmøtet 2036 holdes"]),
    U("hvor mange står på venteliste i myrvang", "nb", ["Myrvang har"]),
    U("hvilket parti er oda skjelbred i", "nb", ["parti"]),
    U("who nominated Marius Dahle", "en", ["foreslått av", "foreslo Marius"]),
    U("hva var budsjettet for 2035", "nb", ["budsjettet for 2035", "2035 vedtas med en ramme"]),
    U(
        "hvilken stilling har hun i kommunen",
        "nb",
        ["Hege Sørum, ", "Sørum er"],
        history=H(
            "hvem fremmet endringsforslaget fra kvitberg",
            "Hege Sørum fremmet endringsforslaget fra Kvitberg kommune om å heve inntektsgrensen for friplass til "
            "500 000 kroner (sak 5.3).",
        ),
    ),
]

# ---------------------------------------------------------------------------------------------------
# the guide (Markdown)
# ---------------------------------------------------------------------------------------------------
GUIDE_QS = [
    A(
        "hvor mye søskenmoderajson blir det for barn nr 3",
        "nb",
        "amount",
        ["Barn nummer tre og videre | 50 % | Gjelder hvert barn fra og med nummer tre"],
        ["50 %"],
        ref="kap. 3.1",
    ),
    A(
        "hva er inntektsgrensen for friplass",
        "nb",
        "amount",
        ["2. Kulturskolen kontrollerer husholdningsinntekten mot grensen på 450 000 kroner."],
        ["450 000"],
        ref="kap. 4",
    ),
    A(
        "frist friplass høst",
        "nb",
        "date",
        ["15. juni for høstsemesteret og 15. desember for vårsemesteret"],
        ["15. juni"],
        ref="kap. 4",
    ),
    A(
        "hvor sender foreldrene søknaden om friplass",
        "nb",
        "place",
        ["kommunens søknadsportal", "https://elvedal.kulturskoleradet.example/friplass-skjema"],
        ["søknadsportal"],
        ref="kap. 4",
    ),
    A(
        "må man søke om søskenmoderasjon",
        "nb",
        "yesno",
        ["Søskenmoderasjon gis automatisk og krever ingen søknad."],
        ["automatisk"],
        ref="kap. 4",
    ),
    A(
        "hvor lang tid tar det før man får svar på friplass",
        "nb",
        "date",
        ["3. Foresatte får svar innen tre uker etter fristen."],
        ["tre uker"],
        ref="kap. 4",
    ),
    A(
        "hva menes med husholdningsinntekt",
        "nb",
        "description",
        ["samlet bruttoinntekt for alle voksne i husholdningen, slik den står i siste skattemelding"],
        ["bruttoinntekt", "skattemelding"],
        ref="kap. 2",
    ),
    A(
        "er instrumentleie en del av semesteravgiften",
        "nb",
        "yesno",
        ["Instrumentleie og materialavgift er ikke en del av semesteravgiften."],
        ["ikke"],
        ref="kap. 2",
    ),
    A(
        "regneeksempel - hva betaler en familie med tre barn når avgiften er 1950",
        "nb",
        "amount",
        [
            "Eksempel: En familie med tre barn i en kommune med semesteravgift på 1 950 kroner betaler 1 950 kroner "
            "for det eldste barnet, 1 365 kroner for barn nummer to og 975 kroner for barn nummer tre."
        ],
        ["1 365", "975"],
        ref="kap. 3.1",
    ),
    A(
        "hvis et barn går på både piano og dans, blir det moderasjon på begge?",
        "nb",
        "yesno",
        ["Et barn som går på to tilbud, får søskenmoderasjon bare på den ene elevplassen."],
        ["bare på den ene"],
        ref="kap. 3.2",
    ),
    A(
        "innen når må kommunene ha vedtat egne regler",
        "nb",
        "date",
        ["vedta lokale regler for søskenmoderasjon og friplass innen 1. januar 2036"],
        ["1. januar 2036"],
        ref="kap. 5",
    ),
    A(
        "når skal tall for friplasser rapporteres inn",
        "nb",
        "date",
        ["rapportere antall friplasser til regionkontoret innen 1. mars hvert år"],
        ["1. mars"],
        ref="kap. 5",
    ),
    A(
        "søsken som går i kulturskolen i to forskjellige kommuner, får de rabatt",
        "nb",
        "yesno",
        ["Moderasjonen gis bare for søsken som er elever i samme kommunes kulturskole."],
        ["samme kommunes kulturskole"],
        ref="kap. 6",
    ),
    A(
        "er kommunene pliktige til å følge satsene",
        "nb",
        "yesno",
        ["Vedtaket er en anbefaling, og årsmøtet «oppfordrer» kommunene."],
        ["anbefaling"],
        ref="kap. 6",
    ),
    A(
        "aldersgrense for friplass og søskenrabatt?",
        "nb",
        "amount",
        ["Søskenmoderasjon og friplass gjelder for elever under 20 år."],
        ["under 20 år"],
        ref="kap. 6",
    ),
    A(
        "friplass midt i semesteret - fra når gjelder den",
        "nb",
        "date",
        ["Friplassen gjelder da fra første hele måned etter at søknaden er innvilget."],
        ["første hele måned"],
        ref="kap. 6",
    ),
    A(
        "hvem er kontaktperson for veilederen",
        "nb",
        "person",
        ["Regionleder Sunniva Brattli ved regionkontoret i Brekkestad"],
        ["Sunniva Brattli"],
        ref="kap. 6",
    ),
    A(
        "what's the contact e-mail for questions about the guide",
        "en",
        "place",
        ["sunniva.brattli@elvedal.kulturskoleradet.example"],
        ["sunniva.brattli@elvedal.kulturskoleradet.example"],
        ref="kap. 6",
    ),
    A(
        "hvor mange kommuner har innført de nye satsene",
        "nb",
        "status_done",
        ["Per september 2035 har 13 av 17 medlemskommuner vedtatt søskenmoderasjon etter de nye satsene."],
        ["13 av 17"],
        ref="kap. 7",
    ),
    A(
        "when was the info meeting for the principals held",
        "en",
        "status_done",
        ["Et digitalt informasjonsmøte for kulturskolerektorene ble holdt 4. september 2035."],
        ["4. september 2035"],
        ref="kap. 7",
    ),
    A(
        "hva gjenstår av arbeidet",
        "nb",
        "status_planned",
        [
            "Regionkontoret lager en felles søknadsmal for friplass innen 1. desember 2035.",
            "Ordningene evalueres som en del av midtveisevalueringen av strategien i 2036.",
        ],
        ["søknadsmal", "1. desember 2035", "2036"],
        ref="kap. 7",
    ),
    A(
        "how many pupils got a free place or a reduced price in 2034",
        "en",
        "count",
        ["Samme år fikk 410 elever i regionen friplass eller redusert pris."],
        ["410"],
        ref="kap. 1",
    ),
    A(
        "når ble veilederen gitt ut",
        "nb",
        "date",
        ["Norsk kulturskoleråd Region Elvedal · utgitt 28. september 2035 · versjon 1.0"],
        ["28. september 2035"],
    ),
    A(
        "kva er skilnaden på friplass og søskenmoderasjon",
        "nn",
        "description",
        [
            "en reduksjon i semesteravgiften for barn nummer to, tre og videre i samme husholdning som er elever i "
            "samme kommunes kulturskole.",
            "en elevplass uten semesteravgift, som gis etter søknad når husholdningens inntekt er under grensen.",
        ],
        ["reduksjon", "uten semesteravgift"],
        ref="kap. 2",
    ),
    A(
        "kor mykje moderasjon får barn nummer to",
        "nn",
        "amount",
        ["Barn nummer to | 30 % | Gjelder det nest eldste barnet"],
        ["30 %"],
        ref="kap. 3.1",
    ),
    A(
        "Why did it end up at 30 percent and not 25?",
        "en",
        "description",
        [
            "Styret foreslo 25 prosent fra og med barn nummer to.",
            "Årsmøtet vedtok endringsforslaget fra Lauvnes kommune med 71 mot 48 stemmer.",
        ],
        ["Lauvnes", "71", "48"],
        ref="kap. 6",
    ),
    A(
        "hvilket vedtak og delmål bygger veilederen på",
        "nb",
        "description",
        ["Denne veilederen følger opp vedtaket i sak 5.3 på regionårsmøtet 26. april 2035 og delmål 1.3 i"],
        ["sak 5.3", "delmål 1.3"],
    ),
    A(
        "how many member municipalities had a sibling discount in 2034",
        "en",
        "count",
        [
            "I 2034 hadde bare 11 av 17 medlemskommuner søskenmoderasjon, og reglene for friplass var ulike fra "
            "kommune til kommune."
        ],
        ["11"],
        ref="kap. 1",
    ),
    A(
        "gjelder det også instrumentleie",
        "nb",
        "followup",
        ["Regionen anbefaler at instrumentleie holdes utenfor moderasjonen."],
        ["holdes utenfor"],
        ref="kap. 3.2",
        history=H(
            "hvor mye er søskenmoderasjonen",
            "30 prosent for barn nummer to og 50 prosent fra og med barn nummer tre (tabellen i kap. 3.1).",
        ),
    ),
    A(
        "og hva må legges ved",
        "nb",
        "followup",
        ["siste skattemelding for alle voksne i husholdningen"],
        ["skattemelding"],
        ref="kap. 4",
        history=H(
            "når er fristen for å søke friplass",
            "15. juni for høstsemesteret og 15. desember for vårsemesteret.",
        ),
    ),
    A(
        "det siste punktet, fornyes det av seg selv?",
        "nb",
        "followup",
        ["4. Friplassen gjelder for ett skoleår om gangen og må søkes om på nytt hvert år."],
        ["ett skoleår", "på nytt hvert år"],
        ref="kap. 4",
        history=H(
            "hvordan søker man friplass, steg for steg",
            "Fire steg: 1) foresatte søker med vedlegg innen fristen, 2) kulturskolen kontrollerer "
            "husholdningsinntekten mot grensen på 450 000 kroner, 3) svar innen tre uker etter fristen, 4) "
            "friplassen gjelder for ett skoleår om gangen.",
        ),
    ),
    A(
        "hva oppfordres de til",
        "nb",
        "followup",
        ["Regionen oppfordrer Bakkely og Elvetun, som har felles kulturskole, til å regne elevene sine under ett."],
        ["under ett"],
        ref="kap. 6",
        history=H(
            "hvilke kommuner har felles kulturskole",
            "Bakkely og Elvetun har felles kulturskole, ifølge spørsmålene i kap. 6.",
        ),
    ),
    A(
        "må ein søkje om det",
        "nn",
        "followup",
        ["Friplass må det søkes om."],
        ["søkes om"],
        ref="kap. 4",
        history=H(
            "kva vart vedteke om friplass",
            "Friplass gis til barn i husholdninger med samlet inntekt under 450 000 kroner.",
        ),
    ),
    # ---- unanswerable
    U("hva er semesteravgiften i brekkestad", "nb", ["Brekkestad kommune", "semesteravgiften i Brekkestad"]),
    U("hva står i kap. 8", "nb", ["## 8 "]),
    U("hva står i kap 3.3 i veilederen", "nb", ["### 3.3"]),
    U("hvor mye koster instrumentleie", "nb", ["instrumentleie koster", "leie av instrument koster"]),
    U("hvor mange søkte om friplass i 2035", "nb", ["søkte om friplass", "søknader om friplass"]),
    U("hvor stor søskenmoderasjon gir tindvik i dag", "nb", ["Tindvik har", "Tindvik gir"]),
    U(
        "what is the income limit for a reduced price (not a free place)",
        "en",
        ["redusert pris gis", "inntektsgrense for redusert"],
    ),
    U(
        "Which municipalities have not adopted the new rates yet?",
        "en",
        ["ikke vedtatt søskenmoderasjon", "har ennå ikke vedtatt"],
    ),
    U("What sibling discount did Kvitberg have before 2035?", "en", ["Kvitberg hadde"]),
    U("hvor mye har regionen satt av til friplasser", "nb", ["satt av til friplass", "kroner til friplass"]),
    U("kven har skrive veiledaren", "nn", ["skrevet av", "forfatter"]),
    U("finst det eit opptak av informasjonsmøtet", "nn", ["opptaket", "opptak av informasjonsmøtet"]),
    U("kor mange deltok på informasjonsmøtet", "nn", ["deltok på informasjonsmøtet", "deltakere på informasjonsmøtet"]),
    U("hvor mange klager kom det på avslag om friplass", "nb", ["klage"]),
    U("hva skjer om en familie oppgir feil inntekt", "nb", ["tilbakebetal", "feil opplysninger"]),
    U("når kommer neste versjon av veilederen", "nb", ["versjon 1.1", "versjon 2.0", "neste versjon"]),
    U(
        "har hun et telefonnummer",
        "nb",
        ["telefon", "tlf"],
        history=H(
            "hvem kan vi kontakte om veilederen",
            "Regionleder Sunniva Brattli ved regionkontoret i Brekkestad, "
            "sunniva.brattli@elvedal.kulturskoleradet.example.",
        ),
    ),
]


def build() -> list[dict]:
    out = []
    for prefix, qs, doc in (
        ("f11s", STRATEGY_QS, STRATEGY),
        ("f11p", PROTOCOL_QS, PROTOCOL),
        ("f11g", GUIDE_QS, GUIDE),
    ):
        out += numbered(prefix, qs, f"{SHUFFLE_SEED}:{prefix}", doc, split_of)
    return out


def main() -> None:
    qs = build()
    OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    print(f"wrote {len(qs)} questions to {OUT.name}")


if __name__ == "__main__":
    main()
