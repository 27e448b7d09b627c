"""Write evals/fit7/questions.jsonl from the lists below (50 questions per document).

    .venv/bin/python -m evals.fit7.make_questions

Each list is in writing order. Within a document the ids (f7s / f7h / f7a + three digits) follow a fixed
shuffle (SHUFFLE_SEED), so the unanswerable questions are spread out. The split comes from
assign_splits.split_of(id) (SEED = 20261207, fixed before any question was written).

Evidence is quoted from the document as the check's reader sees it (whitespace collapsed; Markdown kept as
written in the .md; table rows of the .docx as cells joined with " | "; PDF text as pypdf reads it, footnote
markers glued to the word). `page` is the 1-based page in the PDF file. `ref` is "hovedmål 2" / "delmål 2.1"
(.md), "kap. 3.2" (PDF) or "note 4" (.docx): the innermost section that holds all the evidence; null when the
evidence lies outside them (the strategy's introduction, indicator table, priorities and definitions; the
letterhead and title of the response; the directors' report, the two main tables, the auditor's line and the
signatures of the accounts) or spans several.

ABSENT maps each unanswerable question to probes: strings that would be in a document if it could answer the
question. check.py verifies that none of them occurs in any of the three documents.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.fit7.assign_splits import split_of
from evals.fit_questions import answerable, history, numbered, probed

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"
SHUFFLE_SEED = 7072
DOCS = {
    "f7s": "strategi-2027-2030.md",
    "f7h": "horingssvar-kulturtilbudsloven.pdf",
    "f7a": "arsregnskap-2028-region-lysheia.docx",
}
ABSENT: dict[str, list[str]] = {}


A = answerable
H = history


U = probed(ABSENT)  # an unanswerable question and its probes, which no document of the set may contain


# ---------------------------------------------------------------------------------------------------
# f7s: strategi-2027-2030.md (Markdown)
# ---------------------------------------------------------------------------------------------------
VISION = "Kulturskole for alle barn i Lysheia – nær der de bor, og uansett hva foreldrene tjener."
WAIT_11 = "Antall barn på venteliste i regionen skal ned fra 1 180 høsten 2026 til under 590 høsten 2030."
PRIO = "Regionstyret har satt opp denne rekkefølgen for de to første årene av strategiperioden:"

STRATEGY = [
    A("Hva er visjonen i strategien til region Lysheia?", "nb", "description", [VISION], ["nær der de bor"]),
    A("hvor mange hovedmål har strategien", "nb", "count",
      ["Strategien har fire hovedmål og ni delmål."], ["fire hovedmål"]),
    A("How many children were on the waiting list in autumn 2026, and what is the target for 2030?", "en",
      "amount", [WAIT_11], ["1 180", "590"], ref="delmål 1.1"),
    A("Innen hvilken dato skal ventelistene kartlegges hvert år?", "nb", "date",
      ["Regionkontoret kartlegger ventelistene i alle medlemskommuner innen 15. oktober hvert år."],
      ["15. oktober"], ref="delmål 1.1"),
    A("hvor langt kan en elev maks måtte reise for å komme til undervisning", "nb", "amount",
      ["Ingen elev skal ha mer enn 30 minutters reisevei til den ordinære undervisningen."], ["30 minutter"],
      ref="delmål 1.2"),
    A("Hvor mange kommuner skal være med i nettverket for fjernundervisning?", "nb", "count",
      ["Regionen bygger opp et nettverk for fjernundervisning i instrumentfag for de åtte fjellkommunene."],
      ["åtte"], ref="delmål 1.2"),
    A("Hva står i delmål 2.1?", "nb", "ref_text",
      ["### Delmål 2.1 Friplassordning i alle medlemskommuner",
       "Innen 2030 skal alle de 31 medlemskommunene ha en ordning med friplass for barn i familier med lav "
       "inntekt."],
      ["friplass", "31"], ref="delmål 2.1"),
    A("hvor stor søskenrabat skal kommunene gi", "nb", "amount",
      ["Alle medlemskommuner skal gi minst 30 prosent moderasjon på elevavgiften for søsken nummer to og "
       "følgende."], ["30 prosent"], ref="delmål 2.2"),
    A("hvor mange fagdager om inkludering har dem i året", "nb", "count",
      ["Regionen arrangerer to fagdager i året om inkludering, én på våren og én på høsten."], ["to fagdager"],
      ref="delmål 2.3"),
    A("How much can one teacher get at most from the further-education grants?", "en", "amount",
      ["Regionen deler ut inntil 120 000 kroner i året i stipend til videreutdanning, med høyst 15 000 kroner "
       "per lærer."], ["15 000"], ref="delmål 3.1"),
    A("Hvilken høgskole skal regionen samarbeide med om et studium, og hvor stort er det?", "nb", "description",
      ["Regionen samarbeider med Høgskolen i Ospelia om et deltidsstudium i kulturskolepedagogikk på 30 "
       "studiepoeng fra høsten 2028."], ["Høgskolen i Ospelia", "30 studiepoeng"], ref="delmål 3.1"),
    A("Kva vil regionen gjere for at lærarane skal få større stillingar?", "nn", "list",
      ["Regionen oppretter en felles vikarpool som kommunene kan bruke ved sykdom og permisjoner.",
       "Kommunene oppfordres til å kombinere stillinger i kulturskolen med stillinger i grunnskolen, barnehagen "
       "og kirken.",
       "Regionen legger ut felles stillingsannonser for små stillinger i nabokommuner, slik at de kan slås "
       "sammen."],
      ["vikarpool", "kombinere stillinger", "felles stillingsannonser"], ref="delmål 3.2"),
    A("What share of the teachers had relevant higher education at the start, and what is the 2030 target?",
      "en", "amount", ["| Andel lærere med relevant høyere utdanning | 81 % | 90 % |"], ["81 %", "90 %"]),
    A("elevtall mål 2030?", "nb", "amount", ["| Elever i kulturskolene i regionen | 6 420 | 7 500 |"],
      ["7 500"]),
    A("hvor mange kommuner hadde friplassordning da strategien ble laget", "nb", "count",
      ["| Indikator | Utgangspunkt 2026 | Mål 2030 |", "| Medlemskommuner med friplassordning | 7 | 31 |"],
      ["7"]),
    A("What is the 2030 target for teachers working in a position of 50 % or more?", "en", "amount",
      ["| Andel lærere i stilling på 50 % eller mer | 58 % | 70 % |"], ["70 %"]),
    A("Hva er det viktigste å få gjort i 2027 og 2028?", "nb", "list",
      [PRIO, "1. Kartlegging av ventelistene i alle kommuner (delmål 1.1)"], ["Kartlegging av ventelistene"]),
    A("hvilket delmål hører den fjerde til?", "nb", "followup",
      ["4. Nettverk for fjernundervisning i fjellkommunene (delmål 1.2)"], ["1.2"],
      history=H("Hvilke tiltak er prioritert de to første årene?",
                "Regionstyret har satt opp denne rekkefølgen for 2027 og 2028: 1) kartlegging av ventelistene, "
                "2) mønsterordning for friplass, 3) felles vikarpool, 4) nettverk for fjernundervisning i "
                "fjellkommunene og 5) mal for samarbeidsavtale med barnevern og flyktningtjeneste.")),
    A("What are the sub-goals under the last one?", "en", "followup",
      ["### Delmål 4.1 Samarbeid med det frivillige kulturlivet",
       "### Delmål 4.2 Kulturskolen i barnehagen og grunnskolen"], ["4.1", "4.2"], ref="hovedmål 4",
      history=H("What are the main goals of the Lysheia strategy?",
                "There are four: (1) more children and young people get a place in the kulturskole, (2) the "
                "kulturskole reaches children who would otherwise fall outside, (3) competent teachers in good "
                "positions, and (4) the kulturskole as a local cultural resource centre.")),
    A("Hvem er sitert i strategien?", "nb", "person", ["— Solfrid Eikeland, regionstyreleder"],
      ["Solfrid Eikeland"]),
    A("Who led the working group that wrote the strategy?", "en", "person",
      ["Strategien er utarbeidet av en arbeidsgruppe ledet av nestleder Henrik Tveiten"], ["Henrik Tveiten"]),
    A("Hva menes med venteliste i strategien?", "nb", "description",
      ["Barn som har søkt om plass i kulturskolen innen søknadsfristen, men som ikke har fått tilbud om plass "
       "ved skolestart."], ["ikke har fått tilbud om plass ved skolestart"]),
    A("Kva er ein friplass?", "nn", "description",
      ["En kulturskoleplass uten elevavgift for barn i familier med lav inntekt, etter kommunens egne "
       "kriterier."], ["uten elevavgift"]),
    A("kan regionstyret endre målene når strategien vurderes halvveis?", "nb", "yesno",
      ["Regionstyret skal gjøre en midtveisvurdering av strategien høsten 2028 og kan da justere tiltakene, "
       "men ikke målene."], ["ikke målene"]),
    A("hvor finner jeg den årlige oversikten over ventelister på nett", "nb", "place",
      ["Strategien, indikatortallene og den årlige ventelisteoversikten publiseres på "
       "[lysheia.kulturskoleradet.example/strategi](https://lysheia.kulturskoleradet.example/strategi)."],
      ["lysheia.kulturskoleradet.example/strategi"]),
    A("Hvem er kontaktperson for strategien?", "nb", "person",
      ["Regional rådgiver Maren Holtebekk er kontaktperson for strategien"], ["Maren Holtebekk"]),
    A("I hvor mange kommuner hadde ventelistene vokst i forrige strategiperiode?", "nb", "count",
      ["evaluering av perioden 2023–2026, som viste at ventelistene hadde vokst i 22 av de 31 kommunene."],
      ["22 av de 31"]),
    A("må kulturskolene ha en avtale med f.eks korps eller kor?", "nb", "yesno",
      ["Hver kulturskole skal ha minst én skriftlig samarbeidsavtale med et korps, et kor, et teaterlag eller "
       "en annen frivillig kulturorganisasjon."], ["minst én skriftlig samarbeidsavtale"], ref="delmål 4.1"),
    A("Hvilken kommune utvikler regionen kulturskoletimen for småtrinnet sammen med?", "nb", "place",
      ["Regionen utvikler, sammen med Ospelia kommune, en modell for kulturskoletimen i 1.–4. trinn som de "
       "andre kommunene kan ta i bruk."], ["Ospelia"], ref="delmål 4.2"),
    A("hvor ofte skal kulturskolen gi noe til barnehagene", "nb", "date",
      ["Kulturskolene gir minst ett tilbud i året til barnehagene i kommunen."], ["minst ett tilbud i året"],
      ref="delmål 4.2"),
    A("Hvilke tre delmål hører til hovedmål 2?", "nb", "list",
      ["### Delmål 2.1 Friplassordning i alle medlemskommuner", "### Delmål 2.2 Søskenmoderasjon i alle kommuner",
       "### Delmål 2.3 Tilbud til barn i barnevernet og til nyankomne barn"],
      ["Friplassordning", "Søskenmoderasjon", "barnevernet"], ref="hovedmål 2"),
    A("how many municipalities had that in 2026?", "en", "followup",
      ["| Medlemskommuner med søskenmoderasjon | 19 | 31 |"], ["19"],
      history=H("What does the strategy say about sibling discounts?",
                "Delmål 2.2 says that all member municipalities shall give at least 30 percent off the fee for "
                "the second and following siblings. The region publishes an overview of the fees and discounts "
                "every January, and the regional adviser helps municipalities that want to change their rules.")),
    A("Hva er hovedmål 3?", "nb", "ref_text",
      ["## Hovedmål 3 Kompetente lærere i gode stillinger",
       "Elevene skal møte lærere med relevant utdanning, og lærerne skal ha stillinger de kan leve av."],
      ["Kompetente lærere i gode stillinger"], ref="hovedmål 3"),
    A("hvor stor andel av barna i grunnskolealder skal ha kulturskoleplass i 2030, og hvor mange har det nå",
      "nb", "amount", ["| Andel barn i grunnskolealder med kulturskoleplass | 14 % | 18 % |"], ["14 %", "18 %"]),
    A("Kva skjer med dei tiltaka som ikkje er prioriterte dei to første åra?", "nn", "status_planned",
      ["De øvrige tiltakene settes i gang fra 2029, etter midtveisvurderingen."], ["2029"]),
    # unanswerable
    U("Hva står i delmål 4.3?", "nb", ["Delmål 4.3"]),
    U("hva er hovedmål 5", "nb", ["Hovedmål 5"]),
    U("What is the waiting-list target for 2028?", "en", ["Mål 2028", "innen 2028", "høsten 2028 til"]),
    U("Hvor mange barn står på venteliste i Kvernby?", "nb", ["venteliste i Kvernby", "Kvernby kommune"]),
    U("hvor mange elever hadde kulturskolene i regionen i 2022", "nb", ["2022"]),
    U("Kor mykje kostar ein friplass for kommunen?", "nn", ["per friplass", "friplass koster", "friplassen koster"]),
    U("Hva er søknadsfristen for å få plass i kulturskolen?", "nb",
      ["søknadsfristen er", "søknadsfrist:", "søknadsfristen 1", "søknadsfristen 15"]),
    U("What is the email address of the contact person for the strategy?", "en", ["@", "e-post"]),
    U("Hvem skal lede nettverket for fjernundervisning?", "nb",
      ["leder av nettverket", "nettverksleder", "nettverket ledes", "leder nettverket"]),
    U("How many children were on waiting lists in autumn 2027?", "en", ["høsten 2027", "oktober 2027", "2027 sto"]),
    U("Kor mange medlemmer var det i arbeidsgruppa som laga strategien?", "nn",
      ["arbeidsgruppen besto", "medlemmer i arbeidsgruppen", "arbeidsgruppen hadde"]),
    U("Hvor mange studieplasser får deltidsstudiet ved Høgskolen i Ospelia?", "nb",
      ["studieplasser", "plasser på studiet"]),
    U("hvor mange lærere fikk stipend i 2027", "nb", ["fikk stipend", "stipendmottakere", "lærere fikk"],
      history=H("Hva sier strategien om stipend til videreutdanning?",
                "Under delmål 3.1 deler regionen ut inntil 120 000 kroner i året i stipend til videreutdanning, "
                "med høyst 15 000 kroner per lærer.")),
    U("Hvilke tiltak står under delmål 1.3?", "nb", ["Delmål 1.3"]),
    U("Hvor mange kulturskolelærere er det i regionen totalt?", "nb",
      ["kulturskolelærere i regionen", "lærere i regionen", "lærere totalt"]),
]

# ---------------------------------------------------------------------------------------------------
# f7h: horingssvar-kulturtilbudsloven.pdf (PDF, 4 pages)
# ---------------------------------------------------------------------------------------------------
B1 = ("Et fast tak på elevavgiften (forslaget til ny § 13-4 andre ledd) må ikke innføres uten at staten "
      "kompenserer kommunene fullt ut for inntektstapet.")
B2 = "Overgangsperioden for kompetansekravet i § 13-3 bør være fem år, ikke tre år som foreslått."
B3 = ("Kravet om en lokal plan i § 13-6 første ledd bør knyttes uttrykkelig til den nasjonale rammeplanen for "
      "kulturskolen.")
WAIT_28 = ("Uten en slik frist vil ventelistene fortsette å vokse: høsten 2028 sto 11 400 barn på venteliste i de "
           "kommunene som rapporterte tall2.")
SMALL = ("Kommuner med under 3 000 innbyggere taper ikke inntekter, fordi elevavgiften der allerede ligger under "
         "taket.")
IN_FORCE = ("Departementet foreslår at endringene trer i kraft 1. august 2030, og anslår at forslagene samlet er "
            "kostnadsnøytrale for kommunene.")

HEARING = [
    A("Hva er vår referanse på høringssvaret?", "nb", "description", ["Vår ref.: 2029/114"], ["2029/114"], page=1),
    A("når er høringsfristen", "nb", "date", ["Høringsfristen er 1. mars 2029."], ["1. mars 2029"],
      ref="kap. 1", page=1),
    A("Hvilket departement er høringssvaret sendt til?", "nb", "person",
      ["Til: Kultur- og oppvekstdepartementet"], ["Kultur- og oppvekstdepartementet"], page=1),
    A("Hvem er saksbehandler for høringssvaret?", "nb", "person", ["Saksbehandler: Vibeke Lien, seniorrådgiver"],
      ["Vibeke Lien"], page=1),
    A("How many municipalities answered the survey of kulturskole leaders?", "en", "count",
      ["247 av 338 kommuner svarte."], ["247", "338"], ref="kap. 1", page=1),
    A("hvilke tre ting er kulturskolerådet uenig i", "nb", "list", [B1, B2, B3], ["§ 13-4", "§ 13-3", "§ 13-6"],
      ref="kap. 2", page=1),
    A("Hvilke paragrafer har ikke Kulturskolerådet merknader til?", "nb", "list",
      ["Vi har ingen merknader til forslagene til §§ 13-1, 13-5 og 13-8."], ["13-1", "13-5", "13-8"],
      ref="kap. 2", page=1),
    A("Hvor stor andel av lærerne oppfyller ikke kompetansekravet ifølge undersøkelsen?", "nb", "amount",
      ["I vår undersøkelse oppgir kulturskolelederne at 23 prosent av lærerne ikke oppfyller kravet slik det er "
       "formulert."], ["23 prosent"], ref="kap. 3.2", page=2),
    A("What share of the nysirkus teachers meet the requirement?", "en", "amount",
      ["3 Av lærerne i folkemusikk oppfyller 52 prosent kravet, i visuell kunst 61 prosent og i nysirkus 38 "
       "prosent."], ["38"], ref="kap. 3.2", page=2),
    A("hva er taket på elevavgiften som departementet foreslår", "nb", "amount",
      ["Departementet foreslår at elevavgiften for ett ordinært tilbud ikke skal overstige 3 600 kroner per "
       "skoleår."], ["3 600 kroner"], ref="kap. 3.3", page=2),
    A("How much income would each municipality with 50,000 inhabitants or more lose per year?", "en", "amount",
      ["Inntektstap per kommune (kr per år)", "50 000 og mer 27 4 480 1 390 000"], ["1 390 000"],
      ref="kap. 3.3", page=3),
    A("Hvor mange medlemskommuner har mellom 3000 og 10000 innbyggere", "nb", "count",
      ["3 000–9 999 118 3 820 41 000"], ["118"], ref="kap. 3.3", page=3),
    A("samlet inntektstap for kommunene?", "nb", "amount",
      ["Samlet gir dette et inntektstap for kommunene på om lag 65 millioner kroner i året."], ["65 millioner"],
      ref="kap. 3.3", page=3),
    A("Kva er gjennomsnittleg elevavgift i dag i alle medlemskommunane samla?", "nn", "amount",
      ["Gjennomsnittlig elevavgift i dag (kr per år)", "Alle medlemskommuner 338 3 840 193 000"], ["3 840"],
      ref="kap. 3.3", page=3),
    A("Hva sier forslaget til § 13-6 første ledd?", "nb", "ref_text",
      ["Etter forslaget til ny § 13-6 første ledd skal kommunen ha en plan for kulturskoletilbudet, vedtatt av "
       "kommunestyret."], ["plan for kulturskoletilbudet", "kommunestyret"], ref="kap. 3.4", page=3),
    A("hvor ofte mener kulturskolerådet at den lokale planen bør revideres", "nb", "date",
      ["Vi foreslår at det tilføyes at planen skal utarbeides «med utgangspunkt i nasjonal rammeplan for "
       "kulturskolen», og at den skal revideres minst hvert fjerde år."], ["hvert fjerde år"],
      ref="kap. 3.4", page=3),
    A("støtter kulturskolerådet at departementet får lage forskrift om innholdet i planen?", "nb", "yesno",
      ["Forslaget til § 13-6 andre ledd gir departementet hjemmel til å gi forskrift om innholdet i planen. Vi "
       "støtter dette, men ber om å bli involvert i arbeidet med forskriften."], ["støtter"],
      ref="kap. 3.4", page=3),
    A("hva skal kommunene rapportere til GSI etter forslaget", "nb", "list",
      ["Departementet foreslår at kommunene skal rapportere elevtall, årsverk og elevavgift til GSI hvert år "
       "per 1. oktober."], ["elevtall", "årsverk", "elevavgift"], ref="kap. 3.5", page=3),
    A("What percentage of municipalities reported waiting-list figures in 2028?", "en", "amount",
      ["Ventelistetall er i dag frivillige, og bare 41 prosent av kommunene rapporterte dem i 2028."], ["41"],
      ref="kap. 3.5", page=3),
    A("According to the response, how many children were on waiting lists in autumn 2028?", "en", "count",
      [WAIT_28], ["11 400"], ref="kap. 3.1", page=2),
    A("hvor mange kommuner gjelder det tallet?", "nb", "followup",
      ["2 Tallet gjelder de 139 kommunene som frivillig rapporterte ventelistetall til GSI for skoleåret "
       "2028–2029."], ["139"], ref="kap. 3.1", page=2,
      history=H("hvor mange barn sto på venteliste høsten 2028 ifølge høringssvaret?",
                "Høsten 2028 sto 11 400 barn på venteliste i de kommunene som rapporterte tall (kap. 3.1).")),
    A("Når foreslår departementet at endringene skal tre i kraft?", "nb", "date", [IN_FORCE], ["1. august 2030"],
      ref="kap. 3.6", page=3),
    A("er kulturskolerådet enig i at endringene ikke koster kommunene noe", "nb", "yesno",
      [IN_FORCE, "Det er vi uenige i."], ["uenige"], ref="kap. 3.6", page=3),
    A("Hva mer ber kulturskolerådet departementet om i kapittel 3.6, utover å beregne kostnadene?", "nb", "list",
      ["kompensere kommunene fullt ut for inntektstapet ved et tak på elevavgiften",
       "utsette ikrafttredelsen av § 13-4 andre ledd til kompensasjonen er på plass",
       "øke den statlige grunnstøtten til kulturskolene i kommuner med færre enn 3 000 innbyggere",
       "sette av midler til et nasjonalt videreutdanningstilbud for kulturskolelærere",
       "involvere Norsk kulturskoleråd i arbeidet med forskriften etter § 13-6 andre ledd"],
      ["kompensere", "utsette ikrafttredelsen", "grunnstøtten", "videreutdanningstilbud", "forskriften"],
      ref="kap. 3.6", page=4),
    A("den første av dem – hva skal være med i den beregningen?", "nb", "followup",
      ["beregne kostnadene ved kompetansekravet, inkludert videreutdanning og bruk av vikarer"],
      ["videreutdanning", "vikarer"], ref="kap. 3.6", page=3,
      history=H("Hva ber dere departementet om i kapittel 3.6?",
                "Norsk kulturskoleråd ber departementet om å beregne kostnadene ved kompetansekravet, "
                "kompensere kommunene fullt ut for inntektstapet ved et tak på elevavgiften, utsette "
                "ikrafttredelsen av § 13-4 andre ledd til kompensasjonen er på plass, øke grunnstøtten til "
                "kulturskolene i kommuner med færre enn 3 000 innbyggere, sette av midler til et nasjonalt "
                "videreutdanningstilbud og involvere Kulturskolerådet i arbeidet med forskriften etter § 13-6 "
                "andre ledd.")),
    A("hvem har skrevet under høringssvaret", "nb", "person",
      ["Birgitte Rognstad styreleder Tormod Hals direktør"], ["Birgitte Rognstad", "Tormod Hals"],
      ref="kap. 4", page=4),
    A("Kva for ei lov gjeld høyringa?", "nn", "description",
      ["Høringssvar – forslag til endringer i kulturtilbudsloven kapittel 13 (kulturskolen)"],
      ["kulturtilbudsloven", "kapittel 13"], page=1),
    A("hva vil kulturskolerådet ha i stedet for «innenfor forsvarlige rammer»", "nb", "description",
      ["Etter vårt syn bør loven si at et barn som søker, skal få tilbud om plass senest ved starten av "
       "skoleåret etter at søknaden ble mottatt."], ["senest ved starten av skoleåret"], ref="kap. 3.1", page=2),
    A("Which paragraph of the law would introduce the fee cap?", "en", "ref_text",
      ["3.3 Elevavgift – forslaget til ny § 13-4 andre ledd"], ["§ 13-4"], ref="kap. 3.3", page=2),
    A("Når sende departementet ut høyringsbrevet?", "nn", "date",
      ["Vi viser til høringsbrev fra Kultur- og oppvekstdepartementet av 14. november 2028"],
      ["14. november 2028"], ref="kap. 1", page=1),
    A("i hvilke fag mangler flest lærere godkjent utdanning", "nb", "list",
      ["Andelen er høyest i de minste kommunene og i fag som folkemusikk, visuell kunst og nysirkus3."],
      ["folkemusikk", "visuell kunst", "nysirkus"], ref="kap. 3.2", page=2),
    A("Which region's strategy does the response point to as an example?", "en", "place",
      ["Region Lysheia har i sin strategi for 2027–2030 vist hvordan en årlig ventelistekartlegging kan gjøres "
       "med enkle midler."], ["Lysheia"], ref="kap. 3.5", page=3),
    A("Hvilke paragrafer støtter kulturskolerådet uten innvendinger?", "nb", "list",
      ["Vi støtter forslaget om en tydeligere plikt for kommunen i § 13-2 og forslaget om utvidet rapportering "
       "til GSI i § 13-7."], ["§ 13-2", "§ 13-7"], ref="kap. 2", page=1),
    A("er høringssvaret behandlet politisk i organisasjonen", "nb", "status_done",
      ["Svaret ble vedtatt av hovedstyret i møte 19. februar 2029, sak 14/29."], ["hovedstyret", "19. februar 2029"],
      ref="kap. 1", page=1),
    A("and how much would the smallest municipalities lose?", "en", "followup",
      ["Under 3 000 96 3 350 0", SMALL], ["3 000"], ref="kap. 3.3", page=3,
      history=H("What fee cap does the ministry propose?",
                "The ministry proposes that the fee for one ordinary offer should not exceed 3 600 kroner per "
                "school year (the proposed new § 13-4, second paragraph).")),
    # unanswerable
    U("Hva står i kap. 3.7 i høringssvaret?", "nb", ["3.7"]),
    U("What does the proposed § 13-9 say?", "en", ["13-9"]),
    U("Hva går forslaget til § 13-5 ut på?", "nb", ["ny § 13-5", "§ 13-5 skal", "§ 13-5 første ledd"]),
    U("hvor mange elever går i kulturskolen i hele landet", "nb",
      ["elever i kulturskolen i hele landet", "elever på landsbasis", "elevtallet er", "elever i landet"]),
    U("Kor mykje vil kompetansekravet koste kommunane?", "nn",
      ["kompetansekravet vil koste", "kostnadene ved kompetansekravet er", "kompetansekravet koster"]),
    U("Hvem ledet hovedstyremøtet 19. februar?", "nb", ["møteleder", "ledet møtet", "møtet ble ledet"]),
    U("How many consultation responses did the ministry receive?", "en",
      ["høringsinstanser", "høringsuttalelser", "høringssvar kom inn"]),
    U("Hvor mange kommuner rapporterte ventelistetall i 2027?", "nb",
      ["rapporterte ventelistetall i 2027", "i 2027 rapporterte", "skoleåret 2027–2028"]),
    U("Hvilket telefonnummer har saksbehandleren?", "nb", ["telefon", "tlf"]),
    U("Hvor mye vil kulturskolerådet at grunnstøtten skal økes med?", "nb",
      ["økes med", "økning på", "grunnstøtten økes"]),
    U("How many member municipalities have between 50,000 and 100,000 inhabitants?", "en", ["100 000"]),
    U("hva var elevavgiften i snitt i 2020?", "nb", ["2020"],
      history=H("Hva mener kulturskolerådet om taket på elevavgiften?",
                "Kulturskolerådet går imot et fast tak på 3 600 kroner uten at staten kompenserer kommunene "
                "fullt ut, og viser til et beregnet inntektstap på om lag 65 millioner kroner i året (kap. 3.3).")),
    U("Når er møtet med departementet om høringen?", "nb", ["høringsmøte", "møte med departementet den"]),
    U("Kva seier høyringssvaret om § 12-3?", "nn", ["12-3", "kapittel 12"]),
    U("Hvor mye koster instrumentleie i snitt?", "nb", ["instrumentleie koster", "leie av instrument"]),
]

# ---------------------------------------------------------------------------------------------------
# f7a: arsregnskap-2028-region-lysheia.docx (.docx)
# ---------------------------------------------------------------------------------------------------
RES_HEAD = "| Note | 2028 | 2027"
BAL_HEAD = "| Note | 31.12.2028 | 31.12.2027"
GRANT_HEAD = "Prosjekt | Tilskuddsgiver | Inntektsført 2028 | Ubrukt 31.12.2028"
SIGN = ("Solfrid Eikeland styreleder sign. 27.02.2029 | Henrik Tveiten nestleder sign. 27.02.2029 | "
        "Maren Holtebekk daglig leder sign. 28.02.2029")
RESULT = "Årsresultatet ble et underskudd på 187 400 kroner, mot et overskudd på 96 200 kroner i 2027."
NOTE4_PAY = ("Daglig leder fikk utbetalt 812 000 kroner i lønn i 2028. Styreleder fikk 30 000 kroner i honorar, og "
             "de fire andre styremedlemmene til sammen 34 000 kroner.")
NOTE5 = ("Kjøp av tjenester omfatter leie av kontor hos Tindevik kommune med 144 000 kroner, regnskapsføring fra "
         "Kvernby Regnskapskontor AS med 96 000 kroner, IT og nettsider med 58 300 kroner, honorar til revisor "
         "med 41 500 kroner og andre tjenester med 72 200 kroner.")
AUDIT = ("Årsregnskapet er revidert av Sandvoll & Berg Revisjon AS ved statsautorisert revisor Arvid Sande. Revisors "
         "beretning er datert 6. mars 2029 og følger som eget vedlegg.")

ACCOUNTS = [
    A("kontingentinntekter 2028?", "nb", "amount", [RES_HEAD, "Kontingentinntekter | 2 | 2 145 000 | 2 080 500"],
      ["2 145 000"]),
    A("What was the result for the year 2028?", "en", "amount", [RES_HEAD, "Årsresultat | | -187 400 | 96 200"],
      ["187 400"]),
    A("gikk regionen med overskudd eller underskudd i 2028", "nb", "yesno", [RESULT], ["underskudd"]),
    A("hva var sum driftsinntekter i 2027", "nb", "amount", [RES_HEAD, "Sum driftsinntekter | | 4 215 300 | 3 910 900"],
      ["3 910 900"]),
    A("How much did salaries and social costs come to in 2028?", "en", "amount",
      [RES_HEAD, "Lønn og sosiale kostnader | 4 | -2 318 600 | -2 104 300"], ["2 318 600"]),
    A("Hvor mye tjente daglig leder i 2028?", "nb", "amount",
      ["Daglig leder fikk utbetalt 812 000 kroner i lønn i 2028."], ["812 000"], ref="note 4"),
    A("Kor mykje fekk styreleiaren i honorar?", "nn", "amount", [NOTE4_PAY], ["30 000"], ref="note 4"),
    A("What was the auditor's fee?", "en", "amount", [NOTE5], ["41 500"], ref="note 5"),
    A("Hvem er revisor for regionen?", "nb", "person", [AUDIT], ["Sandvoll & Berg Revisjon AS", "Arvid Sande"]),
    A("når er revisjonsberetningen datert", "nb", "date", [AUDIT], ["6. mars 2029"]),
    A("Hvem har skrevet under årsregnskapet?", "nb", "list", [SIGN],
      ["Solfrid Eikeland", "Henrik Tveiten", "Maren Holtebekk"]),
    A("når signerte den siste av dem?", "nb", "followup", [SIGN], ["28.02.2029"],
      history=H("Hvem har skrevet under årsregnskapet?",
                "Årsregnskapet er underskrevet av styreleder Solfrid Eikeland, nestleder Henrik Tveiten og "
                "daglig leder Maren Holtebekk.")),
    A("hvor mye penger hadde regionen i banken ved nyttår", "nb", "amount",
      [BAL_HEAD, "Bankinnskudd | 6 | 1 932 500 | 2 098 400"], ["1 932 500"]),
    A("Hvor mye av bankinnskuddene er bundet?", "nb", "amount",
      ["Av bankinnskuddene er 92 300 kroner bundne skattetrekksmidler."], ["92 300"], ref="note 6"),
    A("Which bank holds the region's savings account?", "en", "place",
      ["Overskuddslikviditeten står på sparekonto i Lysheia Sparebank."], ["Lysheia Sparebank"], ref="note 6"),
    A("Hva står i note 3?", "nb", "ref_text",
      ["Note 3 Tilskudd",
       "Driftstilskuddet fra Norsk kulturskoleråd dekker lønn til regional rådgiver og en del av "
       "kontorkostnadene.",
       "Ubrukte prosjekttilskudd på 169 500 kroner inngår i annen kortsiktig gjeld i balansen."],
      ["lønn til regional rådgiver", "169 500"], ref="note 3"),
    A("hvor mye fikk ventelisteprosjektet i tilskudd og fra hvem", "nb", "amount",
      ["Ventelisteprosjektet (strategiens delmål 1.1) | Sparebankstiftelsen Lysheia | 212 000 | 48 000"],
      ["Sparebankstiftelsen Lysheia", "212 000"], ref="note 3"),
    A("How much of the remote-teaching grant was left unspent at the end of 2028?", "en", "amount",
      [GRANT_HEAD, "Fjernundervisning i fjellkommunene | Fjellregionens utviklingsfond | 98 500 | 121 500"],
      ["121 500"], ref="note 3"),
    A("hvor mange ansatte og årsverk har regionen", "nb", "count",
      ["Regionen hadde to ansatte, begge kvinner, i til sammen 1,6 årsverk."], ["to ansatte", "1,6 årsverk"]),
    A("Hvor mange deltok på Lysheiakonferansen?", "nb", "count",
      ["Regionen arrangerte Lysheiakonferansen 12.–13. april 2028 i Ospelia med 214 deltakere, og seks "
       "nettverkssamlinger for kulturskoleledere."], ["214"]),
    A("Kvar og når vart Lysheiakonferansen halden?", "nn", "date",
      ["Regionen arrangerte Lysheiakonferansen 12.–13. april 2028 i Ospelia"], ["april 2028", "Ospelia"]),
    A("hvor mange barn sto på venteliste i oktober 2028", "nb", "count",
      ["Per 15. oktober 2028 sto 1 040 barn på venteliste i regionen, mot 1 180 høsten 2026."], ["1 040"]),
    A("hvor mange kommuner hadde friplass ved utgangen av 2028", "nb", "count",
      ["Ved årsskiftet hadde 12 av medlemskommunene en friplassordning."], ["12"]),
    A("når behandlet styret midtveisvurderingen av strategien", "nb", "date",
      ["Regionstyret behandlet midtveisvurderingen av strategien 21. november 2028 (sak 38/28)"],
      ["21. november 2028"]),
    A("hvor stor andel av kontingenten går til regionen", "nb", "amount",
      ["Regionens andel av medlemskontingenten er fastsatt til 18 prosent av kontingenten medlemskommunene "
       "betaler til Norsk kulturskoleråd."], ["18 prosent"], ref="note 2"),
    A("meldte noen kommuner seg ut i 2028?", "nb", "yesno", ["Ingen kommuner meldte seg inn eller ut i 2028."],
      ["Ingen kommuner"], ref="note 2"),
    A("Who keeps the accounts for the region?", "en", "person", [NOTE5], ["Kvernby Regnskapskontor AS"],
      ref="note 5"),
    A("Hva var egenkapitalen 1. januar 2028?", "nb", "amount", ["Annen egenkapital 1. januar 2028: 1 505 700"],
      ["1 505 700"], ref="note 7"),
    A("hva er minstekravet til egenkapital og hvor høy var den", "nb", "amount",
      ["Styret har vedtatt at egenkapitalen skal utgjøre minst 25 prosent av årets driftskostnader. Ved "
       "utgangen av 2028 utgjorde den 30 prosent."], ["25 prosent", "30 prosent"], ref="note 7"),
    A("How much equity has the board set aside for the remote-teaching network?", "en", "amount",
      ["Av egenkapitalen har styret satt av 250 000 kroner til fjernundervisningsnettverket i 2029 og 2030."],
      ["250 000"], ref="note 7"),
    A("Er regionen registrert i meirverdiavgiftsregisteret?", "nn", "yesno",
      ["Regionen er ikke registrert i merverdiavgiftsregisteret, og alle kostnader er ført med merverdiavgift."],
      ["ikke registrert"], ref="note 1"),
    A("and which note explains that line for purchase of services, and what was it the year before?", "en",
      "followup", [RES_HEAD, "Kjøp av tjenester | 5 | -412 000 | -386 400"], ["386 400"],
      history=H("What were the total operating costs in 2028?",
                "Total operating costs (Sum driftskostnader) were -4 427 000 in 2028, against -3 833 600 in "
                "2027. The largest item was salaries and social costs, -2 318 600.")),
    A("hvem ga det minste av dem?", "nb", "followup",
      ["Fagdager om inkludering | Tindevik kommune | 76 000 | 0"], ["Tindevik kommune"], ref="note 3",
      history=H("Hvilke prosjekttilskudd fikk regionen i 2028?",
                "Tre: ventelisteprosjektet fikk 212 000 kroner, fjernundervisning i fjellkommunene 98 500 kroner "
                "og fagdager om inkludering 76 000 kroner, til sammen 386 500 kroner (note 3).")),
    A("kundefordringer 2027", "nb", "amount", [BAL_HEAD, "Kundefordringer | | 84 200 | 61 700"], ["61 700"]),
    A("har kommunene fått mønsterordningen for friplass ennå?", "nb", "status_done",
      ["Mønsterordningen for friplass ble sendt til kommunene i mars 2028."], ["mars 2028"]),
    # unanswerable
    U("Hva står i note 9?", "nb", ["Note 9"]),
    U("What was the result for 2029?", "en", ["| 2029 |", "resultat for 2029", "Årsresultat 2029"]),
    U("Hva var kontingentinntektene i 2026?", "nb", ["kontingentinntekter 2026", "kontingenten i 2026", "| 2026 |"]),
    U("Hvor mye fikk nestlederen i styrehonorar?", "nb", ["nestleder fikk", "nestlederen fikk"]),
    U("Kor mykje betalte Tindevik kommune i kontingent?", "nn",
      ["Tindevik kommune betalte", "kontingent fra Tindevik", "kontingenten fra Tindevik"]),
    U("Hvilket organisasjonsnummer har regionen?", "nb", ["organisasjonsnummer", "org.nr", "org. nr"]),
    U("What was the auditor's fee in 2027?", "en",
      ["revisor 2027", "revisjonshonorar 2027", "honorar til revisor i 2027", "(2027:"]),
    U("hvor mye var pensjonskostnadene i 2027", "nb",
      ["pensjonskostnader 2027", "pensjonskostnadene i 2027", "(2027:"]),
    U("Hvor mange av nettverkssamlingene ble holdt digitalt i 2028?", "nb",
      ["holdt digitalt i 2028", "samlingene ble holdt digitalt", "ble holdt digitalt"]),
    U("How much VAT did the region pay in 2028?", "en",
      ["merverdiavgift på", "betalt merverdiavgift", "merverdiavgiften utgjorde"]),
    U("Hva var sykefraværet i 2027?", "nb", ["sykefraværet i 2027", "2027 var sykefraværet", "(2027:"]),
    U("hva konkluderte han med?", "nb", ["revisors konklusjon", "uten forbehold", "med forbehold"],
      history=H("hvem er revisor?",
                "Årsregnskapet er revidert av Sandvoll & Berg Revisjon AS ved statsautorisert revisor Arvid "
                "Sande. Revisors beretning er datert 6. mars 2029 og følger som eget vedlegg.")),
    U("hvor mye er budsjettert for 2029", "nb", ["budsjett"]),
    U("Kor mange elevar hadde kulturskulane i regionen i 2028?", "nn",
      ["elever i 2028", "elevtallet i 2028", "elever i kulturskolene i 2028"]),
    U("Hva er renten på sparekontoen?", "nb", ["rente på", "prosent rente", "rentesats"]),
]


def build() -> list[dict]:
    return [
        q
        for prefix, items in (("f7s", STRATEGY), ("f7h", HEARING), ("f7a", ACCOUNTS))
        for q in numbered(prefix, items, f"{SHUFFLE_SEED}:{prefix}", DOCS[prefix], split_of)
    ]


def main() -> None:
    rows = build()
    OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in rows), encoding="utf-8")
    print(f"wrote {OUT.name}: {len(rows)} questions")


if __name__ == "__main__":
    main()
