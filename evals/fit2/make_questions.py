"""Write evals/fit2/questions.jsonl from the question lists below (splits are set by assign_splits.py).

    .venv/bin/python -m evals.fit2.make_questions && .venv/bin/python -m evals.fit2.assign_splits

A(...) is an answerable question: category, evidence (1-2 verbatim passages of the document; for a table
the text of one cell), must_contain (the facts an answer must state), ref, printed page (PDF only).
U(...) is an unanswerable question: in scope, but the document does not give what is asked.
H(user, assistant) builds the history of a follow-up.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from evals.fit_questions import asked as A  # noqa: N812
from evals.fit_questions import history as H  # noqa: N812
from evals.fit_questions import unanswerable as U  # noqa: N812

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"

PLAN = "handlingsplan-barnehage.docx"
GUIDE = "retningslinjer-stipend.md"
REPORT = "arsmelding-2025.pdf"


# ---------------------------------------------------------------------------------------------------
# a. Handlingsplan for kulturskole i barnehagen 2026–2028 (.docx)
# ---------------------------------------------------------------------------------------------------
PLAN_Q = [
    A("Når ble handlingsplanen for kulturskole i barnehagen vedtatt, og av hvem?", "date",
      ["Vedtatt av hovedstyret i Norsk kulturskoleråd 13. november 2025, sak 52/2025."],
      ["13. november 2025", "hovedstyret"]),
    A("hvor mange kommuner svarte på kartleggingen om kulturskole og barnehage?", "count",
      ["214 av landets 357 kommuner svarte på undersøkelsen."], ["214"], ref="kap. 1"),
    A("In the kindergarten survey, how many municipalities said their kulturskole has a permanent offer in "
      "kindergartens?", "count",
      ["87 kommuner oppga at kulturskolen har et fast tilbud i barnehagen, mens 46 kommuner har hatt "
       "prosjekter eller enkelttilbud de siste to årene."], ["87"], ref="kap. 1", lang="en"),
    A("Hvor mange av kommunene som har fast tilbud i barnehagen, har en skriftlig avtale på plass?", "count",
      ["Kartleggingen viser også at bare 27 av de 87 kommunene med fast tilbud har en skriftlig avtale "
       "mellom kulturskolen og barnehagesektoren."], ["27"], ref="kap. 1"),
    A("hvilke kommuner er med i piloten små hender store lyder", "list",
      ["Gjennomføre pilotprosjektet «Små hender, store lyder» i fire kommuner: Solbergvik, Eidsnes, "
       "Rognstad og Fjellvoll."], ["Solbergvik", "Eidsnes", "Rognstad", "Fjellvoll"], ref="mål 1"),
    A("Hvem har hovedansvaret for at flere barnehager får fast tilbud fra kulturskolen?", "person",
      ["Prosjektleder Siri Holmvik har hovedansvaret for mål 1."], ["Siri Holmvik"], ref="mål 1"),
    A("Hvem leder kompetanseteamet for tidlig innsats?", "person",
      ["Kompetanseteamet for tidlig innsats, ledet av rådgiver Jon Arild Tveten, har ansvaret for mål 2."],
      ["Jon Arild Tveten"], ref="mål 2"),
    A("Kven har ansvaret for mål 4 i handlingsplanen for barnehage?", "person",
      ["Rådgiver for statistikk og analyse Knut Ølstad har ansvaret for mål 4."], ["Knut Ølstad"],
      ref="mål 4", lang="nn"),
    A("Hvor skal den første nasjonale fagdagen om kulturskole i barnehagen holdes?", "place",
      ["Arrangere en nasjonal fagdag om kulturskole i barnehagen hvert år, første gang i Storvollen i "
       "oktober 2026."], ["Storvollen"], ref="mål 2"),
    A("Hvilken utdanningsinstitusjon lager nettkurset sammen med oss?", "person",
      ["Nettkurset utvikles sammen med Fjordvik høgskole, som utdanner barnehagelærere med fordypning i "
       "kunst, kultur og kreativitet."], ["Fjordvik høgskole"], ref="mål 2"),
    A("hvor mange moduler blir det i nettkurset for barnehage?", "count",
      ["Utvikle et nettkurs i fem moduler om kunstfaglig arbeid med barn fra ett til fem år."], ["fem"],
      ref="mål 2"),
    A("Hva er fristen for malen for samarbeidsavtale mellom kulturskole og barnehage?", "date",
      ["Mal for samarbeidsavtale"], ["1. mars 2026"], ref="kap. 3"),
    A("What is the deadline for the online course in the kindergarten action plan?", "date",
      ["Nettkurs i fem moduler"], ["15", "2027"], ref="kap. 3", lang="en"),
    A("Når skal pilotprosjektet i barnehagene være avsluttet?", "date",
      ["Pilotprosjektet «Små hender, store lyder»"], ["31. desember 2027"], ref="kap. 3"),
    A("Hvor mye penger har hovedstyret satt av til barnehagepiloten i 2026?", "amount",
      ["Hovedstyret har satt av 380 000 kroner til pilotprosjektet «Små hender, store lyder» i 2026."],
      ["380 000"], ref="kap. 5"),
    A("Kor mange kommunar skal ha fast kulturskuletilbod i barnehagen i 2028?", "count",
      ["Kommuner med fast kulturskoletilbud i barnehagen"], ["130"], ref="kap. 4", lang="nn"),
    A("Hva er målet for andelen kommuner med skriftlig samarbeidsavtale i 2028?", "amount",
      ["Andel av disse med skriftlig samarbeidsavtale"], ["60"], ref="kap. 4"),
    A("hvor mange barnehager får besøk av kulturskolen hver uke i dag?", "count",
      ["Barnehager med besøk fra kulturskolen minst én gang i uka"], ["412"], ref="kap. 4"),
    A("Hvor stor andel av kulturskolene registrerer barnehagetilbudet i GSI nå, og hva er målet?", "amount",
      ["Kulturskoler som registrerer barnehagetilbudet i GSI"], ["18", "75"], ref="kap. 4"),
    A("Hvem er med i referansegruppen for barnehageplanen?", "list",
      ["Den består av representanter for KS, Utdanningsforbundet, Foreldreutvalget for barnehager og to "
       "kulturskoleledere."], ["KS", "Utdanningsforbundet", "Foreldreutvalget for barnehager"], ref="kap. 6"),
    A("Hvor ofte får hovedstyret høre hvordan det går med barnehageplanen?", "description",
      ["Direktøren rapporterer status for planen til hovedstyret to ganger i året, i juni og desember."],
      ["juni", "desember"], ref="kap. 6"),
    A("When will the kindergarten action plan be evaluated?", "date",
      ["Planen skal evalueres høsten 2027, og evalueringen skal danne grunnlag for en eventuell ny plan "
       "fra 2029."], ["2027"], ref="kap. 6", lang="en"),
    A("Hva er formålet med handlingsplanen for kulturskole i barnehagen?", "description",
      ["Handlingsplanen skal bidra til at flere barn i barnehagealder får møte kunst og kultur gjennom "
       "kulturskolen, og at tilbudet blir en varig del av kommunens tjenester til barn."],
      ["kunst og kultur"], ref="kap. 1.1"),
    A("Hva står det under Ansvar for mål 3?", "ref_text",
      ["Sekretariatet har ansvaret for tiltak 1 og 3. Regionstyrene har ansvaret for tiltak 2."],
      ["Sekretariatet", "Regionstyrene"], ref="mål 3"),
    A("Hvilke tiltak ligger under mål 4?", "list",
      ["Gjenta kartleggingen fra 2025 våren 2027, med de samme spørsmålene.",
       "Inngå samarbeid med et forskningsmiljø om en følgeevaluering av pilotprosjektet."],
      ["kartleggingen", "GSI", "følgeevaluering"], ref="mål 4"),
    A("Skal Kulturskolerådet søke om eksterne penger til noe i barnehageplanen?", "yesno",
      ["Kulturskolerådet vil i tillegg søke eksterne midler til følgeevalueringen."], ["følgeevalueringen"],
      ref="kap. 5"),
    A("Har alle kommunene som svarte på kartleggingen, et kulturskoletilbud i barnehagen?", "yesno",
      ["I de øvrige 81 kommunene som svarte, har kulturskolen ikke noe tilbud i barnehagen."], ["81"],
      ref="kap. 1"),
    A("Hva står under Samarbeidspartnere i mål 4?", "ref_text",
      ["Arbeidet med GSI skjer i dialog med Utdanningsdirektoratet."], ["Utdanningsdirektoratet"],
      ref="mål 4"),
    A("Skal barnehagekartleggingen gjentas, og i så fall når?", "status_planned",
      ["Gjenta kartleggingen fra 2025 våren 2027, med de samme spørsmålene."], ["2027"], ref="mål 4"),
    A("Har Kulturskolerådet allerede undersøkt samarbeidet mellom kulturskoler og barnehager?", "status_done",
      ["Våren 2025 kartla Kulturskolerådet samarbeidet mellom kulturskoler og barnehager."], ["2025"],
      ref="kap. 1"),
    A("Hva skal vi gjøre overfor staten for å få penger til kulturskole i barnehagen?", "status_planned",
      ["Fremme behovet for øremerkede midler til kulturskole i barnehagen i Kulturskolerådets innspill til "
       "statsbudsjettet."], ["øremerkede midler", "statsbudsjettet"], ref="mål 3"),
    A("Når ble kartleggingsundersøkelsen sendt ut, og hvor lenge var den åpen?", "date",
      ["Undersøkelsen ble sendt til alle kulturskoleledere 3. mars 2025 og var åpen i fem uker."],
      ["3. mars 2025", "fem uker"]),
    A("Kva tiltak er planlagde under mål 2?", "list",
      ["Utvikle et nettkurs i fem moduler om kunstfaglig arbeid med barn fra ett til fem år.",
       "Opprette et nettverk i hver region for kulturskolelærere som arbeider i barnehager."],
      ["nettkurs", "fagdag", "nettverk"], ref="mål 2", lang="nn"),
    A("Who leads the internal working group for the kindergarten plan?", "person",
      ["Prosjektleder Siri Holmvik leder en intern arbeidsgruppe med én representant fra hver avdeling."],
      ["Siri Holmvik"], ref="kap. 6", lang="en"),
    A("What's the 2028 target for kindergartens that get a visit from the kulturskole at least once a week?",
      "count", ["Barnehager med besøk fra kulturskolen minst én gang i uka"], ["700"], ref="kap. 4", lang="en"),
    A("Når skal den nye kartlegginga vere ferdig?", "date", ["Ny kartlegging"], ["30. april 2027"],
      ref="kap. 3", lang="nn"),
    A("hva star i kap 6.2 i barnehageplanen", "ref_text",
      ["Planen publiseres på kulturskoleradet.no og presenteres for kommunene på regionale samlinger våren "
       "2026."], ["kulturskoleradet.no", "våren 2026"], ref="kap. 6.2"),
    # follow-ups
    A("hvem har ansvaret for det andre?", "followup",
      ["Kompetanseteamet for tidlig innsats, ledet av rådgiver Jon Arild Tveten, har ansvaret for mål 2."],
      ["Jon Arild Tveten"], ref="mål 2",
      history=H("Hvilke mål har handlingsplanen for kulturskole i barnehagen?",
                "Planen har fire mål: 1) flere barnehager får et fast tilbud fra kulturskolen, 2) lærere og "
                "barnehageansatte har kompetanse til å arbeide sammen, 3) samarbeidet er forankret i kommunene, "
                "og 4) vi har god kunnskap om tilbudet.")),
    A("hvor ofte møtes den første av dem?", "followup",
      ["Arbeidsgruppen møtes en gang i måneden."], ["en gang i måneden"], ref="kap. 6",
      history=H("Hvem følger med på arbeidet med barnehageplanen?",
                "Prosjektleder Siri Holmvik leder en intern arbeidsgruppe med én representant fra hver "
                "avdeling. I tillegg gir en referansegruppe med representanter for KS, Utdanningsforbundet, "
                "Foreldreutvalget for barnehager og to kulturskoleledere råd.")),
    A("og hvem har ansvaret for det?", "followup",
      ["Kompetanseteamet for tidlig innsats, ledet av rådgiver Jon Arild Tveten, har ansvaret for mål 2."],
      ["Kompetanseteamet for tidlig innsats"], ref="mål 2",
      history=H("Hva er fristen for nettkurset i barnehageplanen?",
                "Ifølge oversikten i kapittel 3 skal nettkurset i fem moduler være ferdig 15. januar 2027.")),
    A("and which municipalities are in that pilot?", "followup",
      ["Gjennomføre pilotprosjektet «Små hender, store lyder» i fire kommuner: Solbergvik, Eidsnes, "
       "Rognstad og Fjellvoll."], ["Solbergvik", "Eidsnes", "Rognstad", "Fjellvoll"], ref="mål 1", lang="en",
      history=H("What does the kindergarten action plan say about money?",
                "The measures are mainly funded within Kulturskolerådet's ordinary budget. The national board "
                "has set aside NOK 380,000 for the pilot project «Små hender, store lyder» in 2026; funds for "
                "2027 and 2028 will be settled in the annual budgets.")),
    A("hva er utgangspunktet for den andre?", "followup",
      ["Andel av disse med skriftlig samarbeidsavtale"], ["31"], ref="kap. 4",
      history=H("Hvilke indikatorer bruker barnehageplanen?",
                "Fem: kommuner med fast kulturskoletilbud i barnehagen, andelen av disse med skriftlig "
                "samarbeidsavtale, barnehager med besøk fra kulturskolen minst én gang i uka, deltakere som har "
                "fullført nettkurset, og kulturskoler som registrerer barnehagetilbudet i GSI.")),
    # unanswerable
    U("Hva er det samlede budsjettet for handlingsplanen for kulturskole i barnehagen 2026–2028?"),
    U("Hvor mye penger får pilotprosjektet «Små hender, store lyder» i 2027?"),
    U("Hvem er KS sin representant i referansegruppen for barnehageplanen?"),
    U("Når skal eksemplene på gode modeller for kulturskole i barnehagen være publisert?"),
    U("What is the deadline for setting up the regional networks for teachers who work in kindergartens?",
      lang="en"),
    U("Hva går mål 5 i barnehageplanen ut på?"),
    U("Hvilke kommuner er det som har fast kulturskoletilbud i barnehagen i dag?"),
    U("hvilket forskningsmiljø skal følgeevaluere barnehagepiloten"),
    U("Hvor mange kommuner hadde fast kulturskoletilbud i barnehagen i 2023?"),
    U("Hva er delmålet for 2027 for antall kommuner med fast tilbud i barnehagen?"),
    U("Hvor mange barnehager i Solbergvik er med i pilotprosjektet?"),
    U("Hva koster nettkurset om kunstfaglig arbeid med barnehagebarn for deltakerne?"),
    U("Hva står i kapittel 7 i handlingsplanen for kulturskole i barnehagen?"),
    U("hvor mange timer i uka skal kulturskolelærerne være i barnehagene?"),
    U("Kven er dei to kulturskuleleiarane i referansegruppa for barnehageplanen?", lang="nn"),
    U("Hvor mange barnehager i Region Vest får besøk av kulturskolen i dag?"),
    U("Hvilken dato blir den første nasjonale fagdagen om kulturskole i barnehagen?"),
    U("og hvem leder den?",
      history=H("Hvem sitter i referansegruppen for barnehageplanen?",
                "Referansegruppen består av representanter for KS, Utdanningsforbundet, Foreldreutvalget for "
                "barnehager og to kulturskoleledere.")),
]

# ---------------------------------------------------------------------------------------------------
# b. Retningslinjer for Talentstipendet (.md)
# ---------------------------------------------------------------------------------------------------
GUIDE_Q = [
    A("Hva er søknadsfristen for Talentstipendet?", "date",
      ["Søknadsfrist: 15. oktober kl. 23.59."], ["15. oktober"], ref="kap. 4"),
    A("når åpner søknadsskjemaet for talentstipendet", "date",
      ["Søknadsskjema: elektronisk søknadsskjema, som åpner 1. september."], ["1. september"], ref="kap. 4"),
    A("Hvilke krav må en elev oppfylle for å kunne søke talentstipend?", "list",
      ["du er mellom 13 og 19 år per 31. desember i søknadsåret", "du har gått minst to år i kulturskolen"],
      ["13", "19", "to år", "fordypningsprogram"], ref="kap. 2.1"),
    A("What's the age range for applicants to the talent scholarship?", "description",
      ["du er mellom 13 og 19 år per 31. desember i søknadsåret"], ["13", "19"], ref="kap. 2.1", lang="en"),
    A("Kan en elev som har fått talentstipendet to ganger før, søke en gang til?", "yesno",
      ["elever som allerede har fått Talentstipendet to ganger"], ["to ganger"], ref="kap. 2.2"),
    A("hvor mye er et musikkstipend pa?", "amount", ["Musikk", "300 000 kr"], ["25 000"], ref="kap. 3"),
    A("How many dance scholarships are there, and how much is each one worth?", "count",
      ["Dans", "150 000 kr"], ["6", "25"], ref="kap. 3", lang="en"),
    A("What is the total budget for the talent scholarship in 2026?", "amount",
      ["Den samlede rammen for 2026 er 755 000 kroner."], ["755"], ref="kap. 3", lang="en"),
    A("Hvor mye av pengene kommer fra minnefondet?", "amount",
      ["Stiftelsen Amund Reitans minnefond dekker 400 000 kroner, og resten dekkes over Kulturskolerådets "
       "budsjett."], ["400 000"], ref="kap. 3"),
    A("hvor mange stipender deles ut totalt?", "count", ["Sum", "755 000 kr"], ["39"], ref="kap. 3"),
    A("What is the minimum travel distance to qualify for the travel grant?", "description",
      ["Reisestipend kan bare søkes av elever som har mer enn 100 kilometer reisevei til nærmeste "
       "fordypningstilbud i sitt fag."], ["100"], ref="kap. 3", lang="en"),
    A("kan man få både reisestipend og stipend i musikk?", "yesno",
      ["Reisestipend kan kombineres med stipend i en av de andre kategoriene."], ["kombineres"], ref="kap. 3"),
    A("Kan jeg bruke stipendpengene til å betale elevavgiften i kulturskolen?", "yesno",
      ["den ordinære elevavgiften i kulturskolen"], ["elevavgiften"], ref="kap. 3.2"),
    A("Hva slags utgifter kan talentstipendet dekke?", "list",
      ["undervisning hos en lærer utenfor kulturskolen",
       "reise og opphold i forbindelse med undervisning, kurs eller konkurranser"],
      ["undervisning", "sommerkurs", "instrument", "reise"], ref="kap. 3.1"),
    A("Hvor lang kan videoen med arbeidsprøver være?", "description",
      ["3. Last opp arbeidsprøver: en video på inntil åtte minutter for musikk, dans og teater, inntil tolv "
       "bilder for visuell kunst eller inntil ti sider tekst for skapende skriving."], ["åtte minutter"],
      ref="kap. 4.1"),
    A("Må foreldrene godkjenne søknaden om talentstipend?", "yesno",
      ["Er du under 18 år, må en av dine foresatte godkjenne søknaden."], ["18 år"], ref="kap. 4.1"),
    A("Hvor mange sitter i juryen for talentstipendet?", "count",
      ["Søknadene vurderes av en jury på fem medlemmer."], ["fem"], ref="kap. 5.1"),
    A("Hvem oppnevner juryen, og for hvor lenge?", "person",
      ["Juryen oppnevnes av hovedstyret for to år om gangen og består av én fagperson for hvert av fagene "
       "musikk, dans, teater og visuell kunst, og én kulturskoleleder."], ["hovedstyret", "to år"],
      ref="kap. 5.1"),
    A("Hvem er sekretær for stipendjuryen?", "person",
      ["Rådgiver Eline Haugsbø er juryens sekretær og har ikke stemmerett."], ["Eline Haugsbø"],
      ref="kap. 5.1"),
    A("Hvem tar den endelige avgjørelsen om hvem som får talentstipend?", "person",
      ["Juryen sender sin innstilling til direktøren, som fatter vedtak innen 1. desember."], ["direktøren"],
      ref="kap. 5.3"),
    A("Hva legger juryen vekt på når den vurderer søknadene?", "list",
      ["kunstnerisk nivå sett i forhold til alder", "en konkret og realistisk plan for bruken av stipendet"],
      ["kunstnerisk nivå", "motivasjon", "plan"], ref="kap. 5.2"),
    A("Hva gjør juryen hvis to søkere er like gode?", "description",
      ["Når søkere står likt, skal juryen legge vekt på geografisk spredning og på å nå elever med ulik "
       "bakgrunn."], ["geografisk spredning"], ref="kap. 5.2"),
    A("kan man klage hvis man ikke får stipend?", "yesno",
      ["Vedtaket kan ikke påklages.",
       "Søkere som ikke får stipend, kan innen tre uker be om en kort skriftlig begrunnelse."],
      ["tre uker", "begrunnelse"], ref="kap. 5.3"),
    A("Når blir pengene utbetalt til de som får stipend?", "date",
      ["Stipendet utbetales i én sum innen 15. januar."], ["15. januar"], ref="kap. 6"),
    A("Hva må stipendmottakerne rapportere, og når?", "list",
      ["sende en kort rapport på høyst én side om hvordan stipendet er brukt, innen 1. desember året etter "
       "tildelingen"], ["1. desember", "én side"], ref="kap. 6"),
    A("Hva skjer med penger som ikke blir brukt opp?", "description",
      ["Ubrukte midler over 3 000 kroner skal betales tilbake, med mindre Kulturskolerådet har godkjent at de "
       "brukes senere."], ["3 000"], ref="kap. 6"),
    A("Hva menes med stipendår?", "ref_text",
      ["Stipendår: kalenderåret etter at stipendet er tildelt."], ["kalenderåret etter"], ref="kap. 7"),
    A("Hvordan er fordypningsprogram definert i retningslinjene for talentstipendet?", "ref_text",
      ["Fordypningsprogram: et tilbud i kulturskolen for elever med særlig motivasjon og interesse, med mer "
       "undervisning enn i kjerneprogrammet."], ["kjerneprogrammet"], ref="kap. 7"),
    A("Who can I contact about the talent scholarship?", "person",
      ["Kontaktperson: rådgiver Eline Haugsbø, talentstipend@example.org"], ["Eline Haugsbø"], ref="kap. 4",
      lang="en"),
    A("What's the email address for questions about the scholarship?", "description",
      ["Kontaktperson: rådgiver Eline Haugsbø, talentstipend@example.org"], ["talentstipend@example.org"],
      ref="kap. 4", lang="en"),
    A("Når ble retningslinjene for talentstipendet vedtatt, og fra når gjelder de?", "date",
      ["Vedtatt av hovedstyret i Norsk kulturskoleråd 4. februar 2026.",
       "Retningslinjene gjelder fra og med utlysningen høsten 2026 og erstatter retningslinjene fra 2019."],
      ["4. februar 2026", "høsten 2026"]),
    A("Hvem er det som siteres øverst i retningslinjene for talentstipendet?", "person",
      ["— Eirik Lervåg, styreleder i Norsk kulturskoleråd"], ["Eirik Lervåg"]),
    A("Hva står det i kapittel 1 om formålet med stipendet?", "ref_text",
      ["Talentstipendet skal gi elever i kulturskolen som viser særlige evner og stor motivasjon, mulighet til "
       "å utvikle seg videre i sitt kunstfag."], ["særlige evner", "motivasjon"], ref="kap. 1"),
    A("må mottakerne opptre noe sted i løpet av stipendåret?", "yesno",
      ["delta på en konsert, en forestilling eller en utstilling i regi av kulturskolen i hjemkommunen i "
       "løpet av stipendåret"], ["hjemkommunen"], ref="kap. 6"),
    A("Kor mykje er stipendet i visuell kunst på?", "amount", ["Visuell kunst", "80 000 kr"], ["20 000"],
      ref="kap. 3", lang="nn"),
    A("Kor mange stipend blir delte ut i musikk?", "count", ["Musikk", "300 000 kr"], ["12"], ref="kap. 3",
      lang="nn"),
    A("Må ein sende arbeidsprøver når ein berre søkjer reisestipend?", "yesno",
      ["Du trenger ikke å sende arbeidsprøver hvis du bare søker reisestipend."], ["arbeidsprøver"],
      ref="kap. 4.2", lang="nn"),
    A("Kva skjer dersom det kjem inn for få søknader i ein kategori?", "description",
      ["Dersom det kommer inn for få kvalifiserte søknader i en kategori, kan juryen flytte stipender til en "
       "annen kategori."], ["flytte"], ref="kap. 3", lang="nn"),
    # follow-ups
    A("hvilken av dem gir minst penger per stipend?", "followup", ["8 000 kr"], ["Reisestipend", "8 000"],
      ref="kap. 3",
      history=H("Hvilke kategorier har talentstipendet?",
                "Det er seks kategorier: musikk, dans, teater og scenekunst, visuell kunst, skapende skriving "
                "og reisestipend.")),
    A("og når får man svar?", "followup",
      ["Alle søkere får svar på e-post innen 10. desember."], ["10. desember"], ref="kap. 5.3",
      history=H("Hva er søknadsfristen for talentstipendet?",
                "Fristen er 15. oktober kl. 23.59. Søknader som kommer inn etter fristen, blir ikke behandlet.")),
    A("hva med skapende skriving da?", "followup",
      ["For skapende skriving henter juryen inn en ekstern vurdering."], ["ekstern vurdering"], ref="kap. 5.1",
      history=H("Hvem sitter i juryen for talentstipendet?",
                "Juryen har fem medlemmer: én fagperson for hvert av fagene musikk, dans, teater og visuell "
                "kunst, og én kulturskoleleder. Rådgiver Eline Haugsbø er sekretær uten stemmerett.")),
    A("og hva med utstyr?", "followup",
      ["instrument, utstyr og materialer, men høyst halvparten av stipendet"], ["halvparten"], ref="kap. 3.1",
      history=H("Hva kan talentstipendet ikke brukes til?",
                "Det kan ikke brukes til den ordinære elevavgiften i kulturskolen, til utgifter som allerede er "
                "dekket av et annet stipend, eller til utgifter som ikke har sammenheng med kunstfaget.")),
    # unanswerable
    U("Hvem leder juryen for talentstipendet?"),
    U("Hvilken kulturskoleleder sitter i stipendjuryen nå?"),
    U("Hvor mange søkte om talentstipendet i fjor?"),
    U("Må man skatte av talentstipendet?"),
    U("Hvor mye får man i stipend for film?"),
    U("Hva står i kap. 9 i retningslinjene for talentstipendet?"),
    U("Hva er telefonnummeret til kontaktpersonen for talentstipendet?"),
    U("Hvilken dato er utdelingen av talentstipendene i januar?"),
    U("Hvor mange av talentstipendene går til elever i Region Nord?"),
    U("Når ble Stiftelsen Amund Reitans minnefond opprettet?"),
    U("hvor mange talentstipend ble delt ut i 2025"),
    U("Hva var den samlede rammen for talentstipendet i 2025?"),
    U("Når skal hovedstyret oppnevne en ny stipendjury?"),
    U("Kven er leiar for Stiftelsen Amund Reitans minnefond?", lang="nn"),
    U("Hvor mye er delt ut i talentstipend til sammen siden ordningen startet?"),
    U("Hvor skal markeringen for stipendmottakerne holdes?"),
    U("and who do they send the report to?", lang="en",
      history=H("What must talent scholarship recipients do afterwards?",
                "They must send a short report (at most one page) on how the money was used by 1 December the "
                "year after the award, attach receipts for expenses over NOK 2,000, and take part in a concert, "
                "performance or exhibition in their home municipality during the scholarship year.")),
    U("hvem er med i den nå?",
      history=H("Hvem oppnevner juryen for talentstipendet?",
                "Hovedstyret oppnevner juryen for to år om gangen.")),
]

# ---------------------------------------------------------------------------------------------------
# c. Årsmelding 2025 (.pdf); page = printed page ("Side N")
# ---------------------------------------------------------------------------------------------------
REPORT_Q = [
    A("How many member municipalities did Kulturskolerådet have at the end of 2025?", "count",
      ["Ved utgangen av 2025 hadde Kulturskolerådet 341 medlemskommuner og 13 medlemsfylkeskommuner."],
      ["341"], ref="kap. 2.1", page=3, lang="en"),
    A("Kva kommunar melde seg inn i Kulturskulerådet i 2025?", "list",
      ["Fem kommuner meldte seg inn i løpet av året: Hamrefjord, Tverrdal, Kvitstad, Ormvika og Lyngmo."],
      ["Hamrefjord", "Tverrdal", "Kvitstad", "Ormvika", "Lyngmo"], ref="kap. 2.1", page=3, lang="nn"),
    A("hva var kontigenten per innbygger i 2025", "amount",
      ["Kontingenten for 2025 var 1,65 kroner per innbygger, med et minstebeløp på 9 500 kroner per kommune."],
      ["1,65"], ref="kap. 2.1", page=3),
    A("Hva er det minste en kommune må betale for å være medlem?", "amount",
      ["Kontingenten for 2025 var 1,65 kroner per innbygger, med et minstebeløp på 9 500 kroner per kommune."],
      ["9 500"], ref="kap. 2.1", page=3),
    A("Meldte noen kommuner seg ut av Kulturskolerådet i 2025?", "yesno",
      ["Ingen medlemmer meldte seg ut."], ["Ingen"], ref="kap. 2.1", page=3),
    A("Hvem er nestleder i hovedstyret?", "person",
      ["Styreleder er Eirik Lervåg, og nestleder er Guro Fossheim."], ["Guro Fossheim"], ref="kap. 2.2",
      page=3),
    A("Who chairs the national board?", "person",
      ["Styreleder er Eirik Lervåg, og nestleder er Guro Fossheim."], ["Eirik Lervåg"], ref="kap. 2.2",
      page=3, lang="en"),
    A("Kor mange tilsette hadde sekretariatet ved årsskiftet?", "count",
      ["Sekretariatet hadde 28 ansatte ved årsskiftet, til sammen 25,6 årsverk."], ["28"], ref="kap. 2.3",
      page=3, lang="nn"),
    A("hva var sykefravere i sekretariatet i 2025", "amount",
      ["Sykefraværet var 3,9 prosent, mot 5,2 prosent året før."], ["3,9"], ref="kap. 2.3", page=3),
    A("How many meetings did the regional boards hold altogether in 2025?", "count",
      ["Regionstyrene hadde til sammen 52 møter i 2025."], ["52"], ref="kap. 2.4", page=3, lang="en"),
    A("Hvor mange kurs og konferanser holdt vi i 2025, og hvor mange deltok?", "count",
      ["I 2025 arrangerte Kulturskolerådet 64 kurs og konferanser med til sammen 3 812 deltakere."],
      ["64", "3 812"], ref="kap. 3.1", page=3),
    A("Hvor ble kulturskoledagene arrangert i 2025?", "place",
      ["Kulturskoledagene ble arrangert i Hamrefjord 11.–12. september og samlet 1 146 deltakere."],
      ["Hamrefjord"], ref="kap. 3.1", page=3),
    A("Kva var temaet for kulturskuledagane i 2025?", "description",
      ["Temaet var «Kulturskolen som lokal kulturinstitusjon»."], ["Kulturskolen som lokal kulturinstitusjon"],
      ref="kap. 3.1", page=3, lang="nn"),
    A("Hvor mange nye nettverk ble startet i 2025, og hva handler de om?", "list",
      ["De nye nettverkene er for dans i Region Vest, for skapende skriving på landsbasis og for lærere som "
       "underviser elever med funksjonsnedsettelser."], ["dans", "skapende skriving", "funksjonsnedsettelser"],
      ref="kap. 3.2", page=4),
    A("Hvor mange kommuner fikk hjelp fra veilederkorpset i 2025?", "count",
      ["Korpset veiledet 23 kommuner i arbeidet med lokale læreplaner og kvalitetsutvikling, og ni av dem "
       "avsluttet veiledningen i løpet av året."], ["23"], ref="kap. 3.3", page=4),
    A("Hvor mange høringssvar sendte Kulturskolerådet i 2025?", "count",
      ["Kulturskolerådet hadde 16 møter med stortingspolitikere og departementer i 2025 og leverte ni "
       "høringssvar."], ["ni"], ref="kap. 4", page=4),
    A("Hva ba Kulturskolerådet om i innspillet til statsbudsjettet for 2026?", "description",
      ["I innspillet til statsbudsjettet for 2026 ba vi om en egen tilskuddsordning for fordypning på 40 "
       "millioner kroner."], ["40 millioner", "fordypning"], ref="kap. 4.1", page=4),
    A("Fikk vi gjennomslag for tilskuddsordningen for fordypning i budsjettet?", "status_done",
      ["Forslaget kom ikke med i det vedtatte budsjettet, og arbeidet fortsetter i 2026."], ["fortsetter"],
      ref="kap. 4.1", page=4),
    A("Hvor ble regionmøtet i Region Nord holdt?", "place",
      ["Regionmøtet ble holdt i Tindholmen 24.–25. april med 62 deltakere."], ["Tindholmen"], ref="kap. 5.1",
      page=5),
    A("Where was the Region Midt regional meeting held, and how many attended?", "place",
      ["Regionmøtet i Gråsjøen samlet 48 deltakere, og regionstyret fikk to nye medlemmer."],
      ["Gråsjøen", "48"], ref="kap. 5.2", page=5, lang="en"),
    A("Hvilken region hadde flest deltakere på kurs?", "place",
      ["Region Vest hadde flest kursdeltakere av alle regionene, til sammen 904."], ["Region Vest", "904"],
      ref="kap. 5.3", page=5),
    A("How many participants were there at the Region Innlandet kulturskoledager?", "count",
      ["Region Innlandet arrangerte egne kulturskoledager i Brekkvollen med 210 deltakere."], ["210"],
      ref="kap. 5.6", page=5, lang="en"),
    A("Hvor mye støtte har rekrutteringsprosjektet i Region Sør fått fra fylkeskommunen?", "amount",
      ["Prosjektet har fått 600 000 kroner i støtte fra fylkeskommunen og varer til utgangen av 2027."],
      ["600 000"], ref="kap. 5.4", page=5),
    A("Hvilke av de nye medlemskommunene ligger i Innlandet?", "list",
      ["To av de nye medlemskommunene i 2025, Tverrdal og Kvitstad, ligger i regionen."],
      ["Tverrdal", "Kvitstad"], ref="kap. 5.6", page=5),
    A("Hvor store var driftsinntektene i 2025?", "amount",
      ["Kulturskolerådet hadde driftsinntekter på 58,4 millioner kroner i 2025, mot 54,9 millioner kroner "
       "året før."], ["58,4"], ref="kap. 6", page=6),
    A("gikk vi med overskudd i 2025? hvor mye", "amount",
      ["Årsresultatet ble et overskudd på 1,2 millioner kroner, som er overført til egenkapitalen."],
      ["1,2 millioner"], ref="kap. 6", page=6),
    A("Hva var årsresultatet i 2024?", "amount", ["Årsresultat (mill. kr)"], ["0,8"], ref="kap. 6", page=6),
    A("Kor stor var eigenkapitalen ved utgangen av 2025?", "amount",
      ["Egenkapitalen var 9,8 millioner kroner ved utgangen av året."], ["9,8"], ref="kap. 6", page=6,
      lang="nn"),
    A("hvor mange nettverk var aktive i 2023", "count", ["Aktive nettverk"], ["39"], ref="kap. 6", page=6),
    A("Hvor mange deltok på kursene og konferansene våre i 2023?", "count",
      ["Deltakere på kurs og konferanser"], ["2 960"], ref="kap. 6", page=6),
    A("Hva skal Kulturskolerådet prioritere i 2026?", "status_planned",
      ["Sette i gang handlingsplanen for kulturskole i barnehagen, med et pilotprosjekt i fire kommuner.",
       "Videreutvikle veilederkorpset og øke antallet veiledere fra 19 til 24."],
      ["barnehagen", "Landstinget 2028", "veilederkorpset", "ventelister"], ref="kap. 7.1", page=6),
    A("Når ble rapporten om ventelister lagt fram?", "date",
      ["13. februar: Rapporten «Ventelister i kulturskolen» ble lagt fram."], ["13. februar"], page=2),
    A("hvor mange barn sto paa venteliste i hele landet ifolge venteliste-rapporten", "count",
      ["Den viser at om lag 18 500 barn stod på venteliste ved kulturskolene høsten 2024."], ["18 500"],
      page=2),
    A("Hvem har skrevet under innledningen til årsmeldingen?", "person",
      ["Eirik Lervåg, styreleder", "Tone Marie Bakketun, direktør"], ["Eirik Lervåg", "Tone Marie Bakketun"],
      ref="kap. 1", page=2),
    A("Har Kulturskolerådet en samarbeidsavtale med KS, og for hvilken periode?", "status_done",
      ["Juni: Kulturskolerådet og KS inngikk en ny samarbeidsavtale for perioden 2025–2027, med vekt på "
       "statistikk og kompetanse."], ["2025–2027"], page=2),
    A("Når skal regionstyrene få planen for arbeidet mot Landstinget 2028?", "status_planned",
      ["Hovedstyret vil legge fram en plan for arbeidet fram mot Landstinget 2028 for regionstyrene våren "
       "2026."], ["våren 2026"], ref="kap. 7.2", page=6),
    A("Hva står det i kapittel 7.3 i årsmeldingen?", "ref_text",
      ["Medlemskontingenten for 2026 er uendret.",
       "Budsjettet for 2026 legger derfor opp til et resultat i balanse."], ["uendret", "balanse"],
      ref="kap. 7.3", page=7),
    # follow-ups
    A("og hvor mange var det i 2023?", "followup", ["Kurs og konferanser"], ["48"], ref="kap. 6", page=6,
      history=H("Hvor mange kurs arrangerte Kulturskolerådet i 2025?",
                "I 2025 arrangerte Kulturskolerådet 64 kurs og konferanser med til sammen 3 812 deltakere, "
                "13 flere arrangementer enn i 2024.")),
    A("hvor mange møter hadde de i 2025?", "followup",
      ["Hovedstyret hadde åtte møter i 2025 og behandlet 88 saker."], ["åtte"], ref="kap. 2.2", page=3,
      history=H("Hvem leder hovedstyret i Kulturskolerådet?",
                "Styreleder er Eirik Lervåg, og nestleder er Guro Fossheim. Hovedstyret har sju medlemmer og "
                "tre varamedlemmer.")),
    A("hva gjorde den fjerde av dem i 2025?", "followup",
      ["Region Sør satte i gang et prosjekt om rekruttering av lærere til kulturskoler i små kommuner, i "
       "samarbeid med Agnesund høgskole."], ["rekruttering", "Agnesund høgskole"], ref="kap. 5.4", page=5,
      history=H("Hvilke regioner omtales i årsmeldingen for 2025?",
                "Seks regioner: Region Nord, Region Midt, Region Vest, Region Sør, Region Øst og Region "
                "Innlandet.")),
    A("and what is the budget frame for that year?", "followup",
      ["Budsjettet for 2026 ble vedtatt av hovedstyret i desember 2025 og har en ramme på 61,0 millioner "
       "kroner."], ["61"], ref="kap. 7.1", page=6, lang="en",
      history=H("What are Kulturskolerådet's priorities for 2026?",
                "Four: start the action plan for kulturskole in kindergartens with a pilot in four "
                "municipalities; prepare the Landsting 2028, including a member survey in autumn 2026; develop "
                "the advisory corps from 19 to 24 advisers; and follow up the waiting-list report with the "
                "Storting and the government.")),
    A("hvem har regionstyret tatt saken videre med?", "followup",
      ["Regionstyret har tatt saken videre med fylkeskommunene i regionen."], ["fylkeskommunene"],
      ref="kap. 5.5", page=5,
      history=H("Hva skjedde i Region Øst i 2025?",
                "Region Øst holdt et åpent møte om ventelister der 11 kommuner la fram tallene sine. Til sammen "
                "stod 2 340 barn på venteliste i disse kommunene ved skolestart.")),
    # unanswerable
    U("Hvor mange deltok på kulturskoledagene i 2024?"),
    U("Hva var sykefraværet i sekretariatet i 2023?"),
    U("Hvor mange veiledere hadde veilederkorpset i 2024?"),
    U("Hvem er de sju medlemmene i hovedstyret?"),
    U("Hvilke kommuner fikk veiledning fra veilederkorpset i 2025?"),
    U("Hvilke tre samarbeidsfora deltok Kulturskolerådet i i 2025?"),
    U("Hvor mange deltok på regionmøtet i Region Sør?"),
    U("Hva står i kapittel 8 i årsmeldingen for 2025?"),
    U("Hvilke to frivillige organisasjoner arrangerte seminaret i Skjærbukt sammen med oss?"),
    U("Hvilke åtte partier svarte på spørsmålene om kulturskolen før stortingsvalget?"),
    U("Hvor mye fikk Kulturskolerådet i statlige tilskudd i 2025?"),
    U("Kor mange leiarar fullførte det første kullet av leiarutviklingsprogrammet?", lang="nn"),
    U("How many children were on waiting lists in Region Nord?", lang="en"),
    U("hvor ligger hovedkontoret til kulturskolerådet?"),
    U("Hvor mange møter hadde hovedstyret i 2024?"),
    U("Hva er rammen for budsjettet for 2027?"),
    U("Hvilke seks kommuner besøkte regionstyret i Region Nord?"),
    U("og hvor mange var det året før?",
      history=H("Hvor mange barn stod på venteliste ifølge ventelisterapporten?",
                "Om lag 18 500 barn stod på venteliste ved kulturskolene høsten 2024, ifølge rapporten som ble "
                "lagt fram 13. februar 2025.")),
]


def rows() -> list[dict]:
    out = []
    for prefix, doc, qs in (("f2h", PLAN, PLAN_Q), ("f2r", GUIDE, GUIDE_Q), ("f2a", REPORT, REPORT_Q)):
        for n, q in enumerate(qs, start=1):
            out.append({"id": f"{prefix}{n:03d}", "question": q["question"], "lang": q["lang"],
                        "evidence": q["evidence"], "must_contain": q["must_contain"], "ref": q["ref"],
                        "unanswerable": q["unanswerable"], "category": q["category"], "history": q["history"],
                        "split": "train", "document": doc, "page": q["page"]})
    return out


def main() -> None:
    qs = rows()
    OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in qs), encoding="utf-8")
    print(f"{len(qs)} questions -> {OUT.relative_to(HERE.parents[1])}", file=sys.stderr)


if __name__ == "__main__":
    main()
