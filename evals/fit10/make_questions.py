"""Write evals/fit10/questions.jsonl from the lists below (50 questions per document).

    .venv/bin/python -m evals.fit10.make_questions

Each list is in writing order. Within a document the ids (f10d / f10p / f10u + three digits) follow a fixed
shuffle (SHUFFLE_SEED, seeded per prefix), so the unanswerable questions are spread out. The split comes from
assign_splits.split_of(id) (SEED = 20261207, fixed before any question was written).

Evidence is quoted from the document as the check's reader sees it, whitespace collapsed: the PDF as pypdf
reads it page by page (a table row is its cells in a row, "Gaver og oppmerksomhet inntil 2 000 kr Daglig leder
Rapporteres ikke"; a lettered item keeps its letter); .docx table rows as cells joined with " | " and list items
without Word's numbers or bullets; the Markdown as a string that stands both in the raw file and in the rendered
text (no "#", "- ", "> ", "**" or link syntax; a table row as "A | … | 100 000 kr | …" without the outer bars; a
link as its address alone). `page` is the 1-based page in the PDF file. `ref` is "kap. 3" / "kap. 3.2" (PDF),
"sak 4" / "sak 8.1" (.docx) or a heading title of the .md ("Slik søker du"): the innermost section that holds
all the evidence; null where the evidence lies outside them (the PDF's title block and change log; the
protocol's title, meta lines and closing lines; the call's title, sub-line, introduction and deadline box).

ABSENT maps each unanswerable question to probes: strings that would be in a document if it could answer the
question. check.py verifies that none of them occurs in any of the three documents.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from evals.fit10.assign_splits import split_of
from evals.fit_questions import answerable, history, numbered, probed

HERE = Path(__file__).resolve().parent
OUT = HERE / "questions.jsonl"
SHUFFLE_SEED = 10107
DOCS = {
    "f10d": "delegeringsreglement-region-skarvheia.pdf",
    "f10p": "protokoll-arsmotet-2032-region-skarvheia.docx",
    "f10u": "utlysning-skarvheia-utviklingsfond-2033.md",
}
ABSENT: dict[str, list[str]] = {}

A = answerable
H = history
U = probed(ABSENT)  # an unanswerable question and its probes, which no document of the set may contain


# ---------------------------------------------------------------------------------------------------
# f10d: delegeringsreglement-region-skarvheia.pdf (PDF, 5 pages)
# ---------------------------------------------------------------------------------------------------
DL_PURCHASE = (
    "Daglig leder kan godkjenne enkeltutgifter og inngå innkjøpsavtaler på inntil 50 000 kroner innenfor "
    "vedtatt budsjett."
)
DL_TRAVEL = "For reiser og kurs for ansatte gjelder en grense på 25 000 kroner per tiltak."
DL_MOVE = "Daglig leder kan flytte inntil 30 000 kroner mellom budsjettposter i løpet av ett regnskapsår."
AU_LIMIT = "AU godkjenner utgifter mellom 50 000 og 150 000 kroner innenfor vedtatt budsjett"
AU_MEMBERS = (
    "Arbeidsutvalget (AU) består av tre medlemmer: styreleder, nestleder og ett styremedlem som regionstyret "
    "velger for ett år om gangen."
)
ROW_GIFT = "Gaver og oppmerksomhet inntil 2 000 kr Daglig leder Rapporteres ikke"
ROW_FEE = "Honorar til eksterne kursholdere inntil 20 000 kr per oppdrag Daglig leder Arbeidsutvalget"
ROW_VENUE = "Leie av lokaler til regionale samlinger inntil 40 000 kr Daglig leder Arbeidsutvalget"
ROW_SPONSOR = "Sponsoravtaler og gaver til regionen inntil 75 000 kr Arbeidsutvalget Regionstyret"
ROW_FUND = "Tilskudd fra Skarvheia utviklingsfond inntil 100 000 kr per søknad Tildelingsutvalget Regionstyret"
ROW_AU = "Innkjøp av varer og tjenester 50 000–150 000 kr Arbeidsutvalget Regionstyret"
TABLE_HEAD = "Sakstype Beløpsgrense Myndighet Rapporteres til"
COMMITTEE = (
    "Tildelingsutvalget har fem medlemmer: to fra regionstyret, to kulturskoleledere som regionstyret "
    "oppnevner, og én representant oppnevnt av Nordhei fylkeskommune."
)
QUORUM = "Utvalget er vedtaksført når minst tre medlemmer er til stede."
INHABIL_1 = "Er daglig leder inhabil, går myndigheten over til styreleder."
INHABIL_2 = "Er styreleder inhabil, går den over til nestleder."
LOG_2033 = (
    "14.02.2033 RS-sak 04/2033 Tildelingsutvalgets grense hevet fra 75 000 til 100 000 kr per søknad. "
    "Nytt kap. 7.2 om hastesaker."
)
LOG_2031 = "07.11.2031 RS-sak 38/2031 Grensen for daglig leders innkjøp hevet fra 40 000 til 50 000 kr"

DELEGATION = [
    A("hvor mye kan daglig leder kjøpe inn for uten å spørre styret", "nb", "amount", [DL_PURCHASE], ["50 000"],
      "kap. 4.1", 3),
    A("beløpsgrense innkjøp AU", "nb", "amount", [AU_LIMIT], ["50 000", "150 000"], "kap. 3.3", 2),
    A("hvor mye kan vi bruke på gave når noen slutter", "nb", "amount", [ROW_GIFT], ["2 000"], "kap. 5", 3),
    A("maks honorar til foredragsholder som daglig leder kan avtale", "nb", "amount", [ROW_FEE], ["20 000"],
      "kap. 5", 3),
    A("grense for leie av lokale til samling", "nb", "amount", [ROW_VENUE], ["40 000"], "kap. 5", 3),
    A("What is the spending limit for staff travel and courses?", "en", "amount", [DL_TRAVEL], ["25 000"],
      "kap. 4.1", 3),
    A("how much can the general manager move between budget lines", "en", "amount", [DL_MOVE], ["30 000"],
      "kap. 4.1", 3),
    A("Can the working committee sign a 60 000 kroner sponsorship deal on its own?", "en", "yesno",
      [TABLE_HEAD, ROW_SPONSOR], ["75 000"], "kap. 5", 3),
    A("What was the general manager's purchase limit before it was raised?", "en", "amount", [LOG_2031],
      ["40 000"], None, 5),
    A("hvor mange sitter i arbeidsutvalget", "nb", "count", [AU_MEMBERS], ["tre"], "kap. 3.3", 2),
    A("kor mange medlemer har tildelingsutvalet", "nn", "count", [COMMITTEE], ["fem"], "kap. 6.1", 4),
    A("når ble delegeringsreglementet vedtatt første gang", "nb", "date",
      ["Vedtatt av regionstyret 12. mars 2031 (RS-sak 09/2031)"], ["12. mars 2031"], None, 1),
    A("når ble grensen for daglig leder hevet til 50 000", "nb", "date", [LOG_2031], ["07.11.2031"], None, 5),
    A("fra hvilken dato gjelder versjon 3", "nb", "date",
      ["Gjelder fra 1. mars 2033 og erstatter versjon 2 av 20. mai 2032"], ["1. mars 2033"], None, 1),
    A("når skal reglementet gjennomgås neste gang", "nb", "status_planned",
      ["gjennomgang skal være ferdig innen utgangen av 2034."], ["2034"], "kap. 7.3", 5),
    A("hvem attesterer reiseregningene til daglig leder", "nb", "person",
      ["Fakturaer og reiseregninger som gjelder daglig leder selv, attesteres av styreleder."], ["styreleder"],
      "kap. 4.1", 3),
    A("hvem gjelder reglementet for", "nb", "list",
      ["Reglementet gjelder for årsmøtet, regionstyret, arbeidsutvalget, daglig leder ved regionkontoret i "
       "Lomvik og tildelingsutvalget for Skarvheia utviklingsfond."],
      ["årsmøtet", "regionstyret", "arbeidsutvalget", "daglig leder", "tildelingsutvalget"], "kap. 1.2", 1),
    A("hva kan ikke avgjøres som hastesak", "nb", "list",
      ["Hastevedtak kan ikke gjelde ansettelse av daglig leder eller budsjettendringer på mer enn 150 000 "
       "kroner."], ["ansettelse av daglig leder", "150 000"], "kap. 7.2", 4),
    A("hvem er med i utvalget som deler ut penger fra fondet", "nb", "list", [COMMITTEE],
      ["to fra regionstyret", "to kulturskoleledere", "Nordhei fylkeskommune"], "kap. 6.1", 4),
    A("kan daglig leder la en rådgiver ansette folk", "nb", "yesno",
      ["Myndighet til å ansette og til å inngå avtaler som varer lenger enn ett år, kan likevel ikke delegeres "
       "videre."], ["ikke delegeres videre"], "kap. 2.2", 2),
    A("er beløpene inkl mva", "nb", "yesno", ["d) Alle beløp i reglementet er oppgitt uten merverdiavgift."],
      ["uten merverdiavgift"], "kap. 2.1", 1),
    A("hva betyr egentlig delegering", "nb", "description",
      ["Delegering betyr at et organ overlater myndighet til et annet organ eller til en person, men beholder "
       "ansvaret."], ["beholder ansvaret"], "kap. 2", 1),
    A("hva gjør regionstyret hvis det vil gå imot tildelingsutvalget", "nb", "description",
      ["styret kan bare fravike innstillingen med en begrunnelse som protokolleres."],
      ["begrunnelse som protokolleres"], "kap. 3.2", 2),
    A("Hva står i kap. 4.2?", "nb", "ref_text",
      ["Daglig leder ansetter rådgivere i stillinger som ligger inne i vedtatt budsjett, etter at "
       "stillingsbeskrivelsen er lagt fram for arbeidsutvalget.",
       "Daglig leder kan inngå midlertidige engasjementer på inntil seks måneder.",
       "Lønnssamtalen med daglig leder føres av styreleder."], ["rådgivere", "seks måneder", "styreleder"],
      "kap. 4.2", 3),
    A("hvor ligger regionkontoret", "nb", "place",
      ["daglig leder ved regionkontoret i Lomvik"], ["Lomvik"], "kap. 1.2", 1),
    A("hva ble endret i reglementet i februar 2033", "nb", "status_done", [LOG_2033],
      ["75 000", "100 000", "7.2"], None, 5),
    A("når går styret gjennom hvordan fullmaktene er brukt", "nb", "status_planned",
      ["Regionstyret skal minst én gang i året gå gjennom hvordan den delegerte myndigheten er brukt, normalt "
       "på det første styremøtet etter årsskiftet"], ["første styremøtet etter årsskiftet"], "kap. 3.2", 2),
    A("kor lang klagefrist er det på tildelingar frå fondet", "nn", "date",
      ["Søkeren kan klage på vedtak om tildeling eller avslag til regionstyret innen tre uker etter at svaret er "
       "mottatt."], ["tre"], "kap. 6.2", 4),
    A("kan dagleg leiar tilsetje folk mellombels, og kor lenge", "nn", "yesno",
      ["Daglig leder kan inngå midlertidige engasjementer på inntil seks måneder."], ["seks"], "kap. 4.2", 3),
    # follow-ups
    A("og hvis den personen også er inhabil", "nb", "followup", [INHABIL_2], ["nestleder"], "kap. 2.3", 2,
      H("hvem overtar hvis daglig leder er inhabil", "Da går myndigheten over til styreleder (kap. 2.3).")),
    A("hvem rapporterer den andre av dem til", "nb", "followup", [TABLE_HEAD, ROW_AU], ["Regionstyret"],
      "kap. 5", 3,
      H("hvilke grenser gjelder for innkjøp",
        "Daglig leder kan godkjenne innkjøp inntil 50 000 kr, arbeidsutvalget fra 50 000 til 150 000 kr, og "
        "regionstyret over 150 000 kr.")),
    A("hvor mange av dem må være der for å fatte vedtak", "nb", "followup", [QUORUM], ["tre"], "kap. 6.1", 4,
      H("hvem sitter i tildelingsutvalget",
        "Fem medlemmer: to fra regionstyret, to kulturskoleledere oppnevnt av regionstyret og én representant "
        "oppnevnt av Nordhei fylkeskommune. Daglig leder er sekretær.")),
    A("var det ikke 75 000 som ble endret i 2033 også?", "nb", "followup", [LOG_2033],
      ["Tildelingsutvalgets grense", "100 000"], None, 5,
      H("beløpsgrense sponsoravtaler",
        "Arbeidsutvalget kan inngå sponsoravtaler og ta imot gaver til regionen på inntil 75 000 kr, og "
        "rapporterer til regionstyret.")),
    U("hvem er det nå", "nb", ["valgt til arbeidsutvalget", "medlem av arbeidsutvalget", "sitter i arbeidsutvalget"],
      H("hvem velger det tredje medlemmet i AU",
        "Regionstyret velger ett styremedlem til arbeidsutvalget for ett år om gangen (kap. 3.3).")),
    # unanswerable
    U("hva står i kap. 8", "nb", ["kap. 8", "kapittel 8"]),
    U("hva sier kap. 5.3 om gaver", "nb", ["5.3"]),
    U("hvilken paragraf i vedtektene er det som går foran reglementet", "nb", ["§", "paragraf"]),
    U("hvor mye tjener daglig leder", "nb", ["lønn til daglig leder", "årslønn", "lønnstrinn", "daglig leders lønn"]),
    U("what was the general manager's purchase limit in 2030", "en", ["2030"]),
    U("hvilke rådgivere har fått myndighet videredelegert", "nb",
      ["videredelegert til", "har fått fullmakt", "fullmakt til rådgiver"]),
    U("beløpsgrense for styrehonorar", "nb", ["styrehonorar", "honorar til styre", "møtegodtgjørelse"]),
    U("hva gjaldt RS-sak 12/2032", "nb", ["12/2032"]),
    U("Who signed the delegation rules on behalf of the board?", "en", ["signert av", "underskrevet", "signatur"]),
    U("what spending limit do the advisers at the regional office have", "en",
      ["rådgivere kan godkjenne", "rådgiverne kan godkjenne", "grense for rådgivere"]),
    U("hvor mye brukte daglig leder etter delegert fullmakt i 2032", "nb",
      ["brukt i 2032", "beslutninger i 2032", "fullmakt i 2032"]),
    U("kven er leiar i tildelingsutvalet", "nn",
      ["leder av tildelingsutvalget", "leder for tildelingsutvalget", "tildelingsutvalgets leder"]),
    U("kor mange rådgjevarar er det på regionkontoret", "nn",
      ["to rådgivere", "tre rådgivere", "fire rådgivere", "fem rådgivere", "årsverk"]),
    U("hva står i kap. 4.4 om leieavtaler", "nb", ["4.4"]),
    U("får medlemmene i tildelingsutvalget betalt", "nb",
      ["godtgjørelse", "honorar til medlemmene", "møtehonorar"]),
    U("What is the e-mail address of the chair of the board?", "en", ["styreleder@", "leder@", "vestrheim@"]),
]


# ---------------------------------------------------------------------------------------------------
# f10p: protokoll-arsmotet-2032-region-skarvheia.docx (.docx)
# ---------------------------------------------------------------------------------------------------
OPPROP = "17 medlemmer med 32 stemmer"
REMARK_31 = (
    "Tverrelv kommune forlot møtet i lunsjpausen etter sak 6, og ved voteringene i sak 7 og sak 8 var det derfor "
    "31 stemmer."
)
ABSENT_MUNI = "Rypedal, Stavøy, Tjernli, Mosbekk og Kjelsvoll kommune var ikke representert."
SIGNERS = (
    "Til å signere protokollen ble Lise Marstrand (Hegrenes) og Yusuf Demir (Vardhamn) foreslått."
)
ACCOUNTS = "Det viser inntekter på 2 146 800 kroner og et overskudd på 184 300 kroner."
AUDIT = "Revisor, Heiberg & Moen Revisjon AS, har levert en revisjonsberetning uten merknader."
BUDGET_2033 = (
    "Handlingsplan og budsjett for 2033 vedtas med kostnader på 2 490 000 kroner og et underskudd på 100 000 "
    "kroner, som dekkes av egenkapitalen."
)
FUND_2033 = "Rammen for Skarvheia utviklingsfond er 600 000 kroner."
FEE = "Kontingenten for 2033 økes med fire prosent for alle medlemmer."
VOTE_VARDHAMN = "Endringsforslaget fra Vardhamn kommune ble vedtatt med 23 mot 9 stemmer."
VOTE_EIKEVAAG = "Endringsforslaget fra Eikevåg kommune falt med 10 mot 22 stemmer."
VOTE_NORDHEI = "Endringsforslaget fra Nordhei fylkeskommune ble vedtatt enstemmig."
ORCH_VOTE = (
    "Endringsforslaget fra Lomvik kommune ble satt opp mot styrets innstilling og vedtatt med 21 mot 11 stemmer."
)
ORCH_DECISION = (
    "Regionstyret legger fram en utredning av et felles orkesterprosjekt for elever i fordypningsprogrammet, med "
    "kostnadsoverslag og forslag til finansiering, for årsmøtet 2033."
)
ROW_AUNE = "Ingrid Solbakken Aune | Åsmyra | 25 | Valgt"
ROW_LIUM = "Petter Lium | Skogvang | 20 | Valgt (gjenvalg)"
ROW_NAKKEN = "Sigrid Nakken | Salthella | 17 | Ikke valgt"
GUIDE_START = "Retningslinjene gjelder fra 1. juni 2032, og den første utlysningen skal skje høsten 2032."
FUNDING = (
    "Fondet finansieres med 400 000 kroner i året fra Nordhei fylkeskommune og 200 000 kroner i året fra "
    "regionens eget budsjett i perioden 2032–2035."
)

PROTOCOL = [
    A("når var årsmøtet i 2032", "nb", "date", ["Tid: Torsdag 22. april 2032 kl. 10.00–15.40"],
      ["22. april 2032"]),
    A("hvor ble årsmøtet holdt", "nb", "place", ["Sted: Fjordbotn kultursal, Fjordbotn"], ["Fjordbotn kultursal"]),
    A("hvor mange stemmer var det på årsmøtet", "nb", "count", [OPPROP], ["32"], "sak 1.2"),
    A("antall stemmer ved valget", "nb", "count", [REMARK_31], ["31"], "sak 1.2"),
    A("hvilke kommuner møtte ikke", "nb", "list", [ABSENT_MUNI],
      ["Rypedal", "Stavøy", "Tjernli", "Mosbekk", "Kjelsvoll"], "sak 1.2"),
    A("hvem representerte skogvang", "nb", "person", ["Skogvang kommune | Kjersti Haugland | 2"],
      ["Kjersti Haugland"], "sak 1.2"),
    A("How many votes did Nordhei county municipality have at the meeting?", "en", "count",
      ["Medlem | Representant | Stemmer", "Nordhei fylkeskommune | Kåre Lindheim | 3"], ["3"], "sak 1.2"),
    A("overskudd 2031", "nb", "amount", [ACCOUNTS], ["184 300"], "sak 3"),
    A("hvor stort underskudd er budsjettert for 2033", "nb", "amount", [BUDGET_2033], ["100 000"], "sak 7"),
    A("How much did the annual meeting set aside for the development fund in the 2033 budget?", "en", "amount",
      [FUND_2033], ["600 000"], "sak 7"),
    A("What deficit did the original 2033 budget proposal show?", "en", "amount",
      ["altså et planlagt underskudd på 50 000 kroner som dekkes av egenkapitalen."], ["50 000"], "sak 7"),
    A("hvor mange elever har kulturskolene i regionen", "nb", "count",
      ["Antallet elever i kulturskolene i regionen økte fra 6 480 til 6 915 i løpet av 2031"], ["6 915"], "sak 2"),
    A("hvilket endringsforslag ble vedtatt med 23 mot 9", "nb", "description", [VOTE_VARDHAMN], ["Vardhamn"],
      "sak 6"),
    A("hvor mange stemte mot lomvik sitt forslag om orkesteret", "nb", "count", [ORCH_VOTE], ["11"], "sak 4"),
    A("hva skjer videre med orkesterprosjektet", "nb", "status_planned", [ORCH_DECISION],
      ["utredning", "årsmøtet 2033"], "sak 4"),
    A("skal ventelistene være med i årsmeldinga", "nb", "status_planned",
      ["Regionstyret tar med tall for ventelister i årsmeldingen for 2032."], ["årsmeldingen for 2032"], "sak 2"),
    A("hvem kom inn i styret", "nb", "list", [ROW_AUNE, ROW_LIUM], ["Ingrid Solbakken Aune", "Petter Lium"],
      "sak 8.1"),
    A("hvor mange stemmer fikk sigrid nakken", "nb", "count", [ROW_NAKKEN], ["17"], "sak 8.1"),
    A("hvem er styreleder nå", "nb", "person",
      ["Håkon Vestrheim (Lomvik) ble gjenvalgt som styreleder ved akklamasjon."], ["Håkon Vestrheim"], "sak 8.1"),
    A("Who is on the new nomination committee?", "en", "list",
      ["Som valgkomité ble valgt Torill Brende (leder, Ramsli), Arvid Solheim (Nordmyr) og Nina Berglund "
       "(Sundøya)."], ["Torill Brende", "Arvid Solheim", "Nina Berglund"], "sak 8.2"),
    A("revisor", "nb", "person",
      ["Heiberg & Moen Revisjon AS ble gjenvalgt som revisor for regnskapsåret 2032."],
      ["Heiberg & Moen Revisjon AS"], "sak 8.3"),
    A("når ble innkallinga sendt ut", "nb", "date",
      ["Innkallingen med saksliste ble sendt medlemmene 11. mars 2032, seks uker før møtet."], ["11. mars 2032"],
      "sak 1.1"),
    A("når ble protokollen godkjent", "nb", "date",
      ["Protokollen er godkjent og signert elektronisk 2. mai 2032 av Lise Marstrand og Yusuf Demir."],
      ["2. mai 2032"]),
    A("kva tid byrja retningslinjene for fondet å gjelde", "nn", "date", [GUIDE_START], ["1. juni 2032"], "sak 6"),
    A("maks tilskudd når flere kommuner søker sammen, etter årsmøtet", "nb", "amount",
      ["I punkt 3 tilføyes: «Søknader fra to eller flere kommuner sammen kan få inntil 150 000 kroner.»",
       VOTE_VARDHAMN], ["150 000"], "sak 6"),
    A("slipper små kommuner egenandel", "nb", "yesno",
      [VOTE_EIKEVAAG, "Søkeren må dekke en egenandel på minst 20 prosent av prosjektets kostnader."],
      ["falt", "20 prosent"], "sak 6"),
    A("Hva står i sak 3?", "nb", "ref_text",
      ["Daglig leder Marit Kvamsdal la fram regnskapet.", ACCOUNTS, AUDIT,
       "Regnskapet for 2031 godkjennes. Overskuddet på 184 300 kroner overføres til egenkapitalen."],
      ["184 300", "godkjennes", "egenkapitalen"], "sak 3"),
    A("har revisor hatt noen anmerkninger til regnskapet", "nb", "status_done", [AUDIT], ["uten merknader"],
      "sak 3"),
    A("kor mange forslag kom inn til årsmøtet", "nn", "count",
      ["Det var kommet inn to forslag innen fristen 1. februar 2032."], ["to forslag"], "sak 4"),
    A("vart sigrid nakken vald inn i styret", "nn", "yesno",
      [ROW_NAKKEN, "1. varamedlem: Sigrid Nakken, Salthella"], ["1. varamedlem"], "sak 8.1"),
    # follow-ups
    A("og hvordan gikk det med styrets forslag etterpå", "nb", "followup",
      ["Styrets forslag ble deretter vedtatt med 26 mot 6 stemmer."], ["26"], "sak 5",
      history=H("hva skjedde med forslaget fra bjørnfjell om kontingent",
        "Bjørnfjell kommune foreslo at kontingenten skulle holdes uendret for kommuner med færre enn 3 000 "
        "innbyggere. Forslaget falt med 12 mot 20 stemmer.")),
    A("hvor lenge sitter de", "nb", "followup",
      ["Som varamedlemmer til regionstyret ble valgt for ett år:"], ["ett år"], "sak 8.1",
      history=H("hvem ble varamedlemmer til styret",
        "1. varamedlem er Sigrid Nakken (Salthella) og 2. varamedlem Jostein Hauge (Granlia).")),
    A("which of them were adopted, and by what vote?", "en", "followup",
      [VOTE_VARDHAMN, VOTE_EIKEVAAG, VOTE_NORDHEI], ["Vardhamn", "23", "Nordhei"], "sak 6",
      history=H("what amendments were proposed to the fund guidelines?",
        "Three: Vardhamn kommune proposed up to 150 000 kroner for joint applications from several "
        "municipalities, Eikevåg kommune proposed exempting municipalities with fewer than 2 000 inhabitants "
        "from the own contribution, and Nordhei fylkeskommune asked to appoint one member of the allocation "
        "committee.")),
    A("ble det vedtatt", "nb", "followup",
      ["Endringsforslaget fra Lomvik kommune ble vedtatt med 19 mot 12 stemmer."], ["19", "12"], "sak 7",
      history=H("hvem fremmet endringsforslaget i budsjettsaken",
        "Eirik Sandvold fra Lomvik kommune. Han foreslo å øke posten for regionale kurs og fagdager fra 180 000 "
        "til 230 000 kroner.")),
    U("hva var begrunnelsen hans for å flytte årsmøtet", "nb",
      ["Ulvestad begrunnet", "Granlia begrunnet", "Granlia kommune mente", "Ulvestad mente"],
      H("hvem representerte granlia", "Vegard Ulvestad, med to stemmer.")),
    # unanswerable
    U("hva ble vedtatt i sak 9", "nb", ["sak 9"]),
    U("hvor mye får revisor betalt", "nb", ["honorar til revisor", "revisjonshonorar", "revisors honorar"]),
    U("hvem foreslo sigrid nakken fra salen", "nb", ["foreslått av", "foreslo Sigrid Nakken"]),
    U("Who chaired the 2031 annual meeting?", "en", ["årsmøtet 2031", "møteleder i 2031"]),
    U("how many inhabitants does Bjørnfjell have", "en", ["innbyggere i Bjørnfjell", "Bjørnfjell har"]),
    U("What is the membership fee in kroner for a municipality in 2033?", "en",
      ["kontingenten for 2033 er", "kr per innbygger", "per innbygger", "kroner i kontingent"]),
    U("hvor mange barn står på venteliste i regionen", "nb",
      ["står på venteliste", "barn på ventelister i regionen", "venteliste på"]),
    U("hvem var observatørene fra sentralleddet", "nb", ["observatør:", "observatørene var"]),
    U("hva kostet årsmøtet", "nb", ["kostnadene ved årsmøtet", "årsmøtet kostet"]),
    U("kven var styreleiar før Vestrheim", "nn", ["tidligere styreleder", "forrige styreleder", "før Vestrheim"]),
    U("kor mykje kostar orkesterprosjektet", "nn",
      ["orkesterprosjektet koster", "kostnadsoverslaget er", "kostnadsoverslag på"]),
    U("hvem stemte mot retningslinjene for fondet", "nb", ["stemte mot", "stemmene mot kom fra"]),
    U("overskudd 2030", "nb", ["2030"]),
    U("hva var kontingenten i 2032", "nb", ["kontingenten for 2032", "kontingent 2032", "kontingenten i 2032"]),
    U("hvem er nestleder i styret nå", "nb", ["nestleder:", "valgt som nestleder", "som nestleder"]),
]


# ---------------------------------------------------------------------------------------------------
# f10u: utlysning-skarvheia-utviklingsfond-2033.md (Markdown)
# ---------------------------------------------------------------------------------------------------
ROW_A = "A | Utviklingsprosjekt i én kulturskole | 100 000 kr | inntil 12 måneder"
ROW_B = "B | Samarbeidsprosjekt mellom to eller flere kommuner | 150 000 kr | inntil 24 måneder"
ROW_C = "C | Forprosjekt eller kartlegging | 30 000 kr | inntil 6 måneder"
OWN_SHARE = "Alle søkere må dekke en egenandel på minst 20 prosent av prosjektets kostnader."
ROUND_2032 = "Høsten 2032 kom det inn 14 søknader, og ni prosjekter fikk til sammen 550 000 kroner."
QUALITY_MIN = (
    "En søknad som får under 3 poeng på kvalitet og gjennomførbarhet, kan ikke få tilskudd, uansett samlet "
    "poengsum."
)
PORTAL = "https://soknad.skarvheia.example/fond2033"
HOURS = "Arbeidstimer regnes med 450 kroner per time."
OWN_KIND = (
    "Nei. Egenandelen kan være arbeidstimer, lokaler eller utstyr som kommunen stiller til rådighet, regnet om "
    "til kroner."
)
CRITERIA = [
    "Kvalitet og gjennomførbarhet | 30 %",
    "Samarbeid på tvers av kommuner | 25 %",
    "Mangfold og inkludering | 20 %",
    "Overføringsverdi for andre kulturskoler | 15 %",
    "Forankring i rammeplanen | 10 %",
]

CALL = [
    A("frist søknad", "nb", "date", ["15. april 2033 kl. 12.00"], ["15. april 2033"]),
    A("hvor mye penger kan deles ut i år", "nb", "amount",
      ["I år kan vi fordele til sammen 650 000 kroner."], ["650 000"]),
    A("hvorfor er det mer penger enn vanlig i år", "nb", "description",
      ["Rammen for 2033 er høyere enn vanlig fordi 50 000 kroner ikke ble fordelt ved den første utlysningen."],
      ["50 000"], "Om fondet"),
    A("hvor mange søkte i fjor", "nb", "count", [ROUND_2032], ["14"], "Om fondet"),
    A("what's the max grant for a project in a single school", "en", "amount",
      ["Kategori | Hva det gjelder | Maks tilskudd | Varighet", ROW_A], ["100 000"], "Kategorier og beløp"),
    A("Hva står under Utbetaling og rapport?", "nb", "ref_text",
      ["75 prosent av tilskuddet utbetales når dere har takket ja til tilskuddet.",
       "Resten utbetales når sluttrapporten er godkjent.",
       "Sluttrapport med regnskap skal sendes senest tre måneder etter at prosjektet er avsluttet."],
      ["75 prosent", "sluttrapporten er godkjent", "tre måneder"], "Utbetaling og rapport"),
    A("hvor lenge kan et samarbeidsprosjekt vare", "nb", "date", [ROW_B], ["24 måneder"], "Kategorier og beløp"),
    A("vurderingskriterier og vekting", "nb", "list", CRITERIA,
      ["Kvalitet og gjennomførbarhet", "Samarbeid på tvers av kommuner", "Mangfold og inkludering",
       "Overføringsverdi", "rammeplanen"], "Slik vurderes søknadene"),
    A("hvor mye teller mangfold i vurderingen", "nb", "amount", ["Mangfold og inkludering | 20 %"], ["20 %"],
      "Slik vurderes søknadene"),
    A("kan vi få penger hvis vi får 2 på kvalitet", "nb", "yesno", [QUALITY_MIN], ["under 3 poeng"],
      "Slik vurderes søknadene"),
    A("hvor sender jeg inn søknaden", "nb", "place", [PORTAL], [PORTAL], "Slik søker du"),
    A("når er infomøtet", "nb", "date",
      ["Kom på det digitale informasjonsmøtet 23. mars 2033 kl. 14.00"], ["23. mars 2033"], "Slik søker du"),
    A("hva må legges ved søknaden", "nb", "list",
      ["Legg ved et budsjett som viser egenandelen. Ved samarbeidsprosjekter legger du også ved en "
       "samarbeidsavtale som alle kommunene har signert."], ["budsjett", "samarbeidsavtale"], "Slik søker du"),
    A("hvem må godkjenne søknaden før vi sender", "nb", "person",
      ["Få søknaden godkjent av kulturskolerektor og kommunalsjef før den sendes."],
      ["kulturskolerektor", "kommunalsjef"], "Slik søker du"),
    A("når får vi svar", "nb", "date", ["innen 10. juni 2033: svar til alle søkere"], ["10. juni 2033"],
      "Behandling og tidsplan"),
    A("når kan prosjekta starte", "nn", "date", ["1. august 2033: tidligste oppstart for prosjektene"],
      ["1. august 2033"], "Behandling og tidsplan"),
    A("hvor mye blir utbetalt på forskudd", "nb", "amount",
      ["75 prosent av tilskuddet utbetales når dere har takket ja til tilskuddet."], ["75 prosent"],
      "Utbetaling og rapport"),
    A("frist sluttrapport", "nb", "date",
      ["Sluttrapport med regnskap skal sendes senest tre måneder etter at prosjektet er avsluttet."],
      ["tre måneder"], "Utbetaling og rapport"),
    A("kan fylkeskommunen søke", "nb", "yesno",
      ["Nordhei fylkeskommune kan ikke søke, men kan være samarbeidspartner i et prosjekt."],
      ["kan ikke søke", "samarbeidspartner"], "Hvem kan søke"),
    A("kan vi søke om penger til lønn", "nb", "yesno",
      ["Ja, til frikjøp av lærere og ledere som skal arbeide i prosjektet."], ["frikjøp"],
      "Kan vi søke om lønn til egne lærere?"),
    A("hvor mange søknader kan en kommune sende", "nb", "count",
      ["Hver kommune kan stå som ansvarlig søker på høyst én søknad, men kan i tillegg være partner i andre "
       "kommuners søknader."], ["høyst én søknad"], "Hvem kan søke"),
    A("max share of the budget for instruments and equipment", "en", "amount",
      ["innkjøp av instrumenter og utstyr som utgjør mer enn 15 prosent av prosjektets budsjett,"], ["15"],
      "Hva kan det søkes om"),
    A("Email address for questions about the call?", "en", "place", ["sivert.lunde@skarvheia.example"],
      ["sivert.lunde@skarvheia.example"], "Hvem kan jeg kontakte?"),
    A("hvem er kontaktperson for utlysningen", "nb", "person",
      ["Rådgiver Sivert Lunde ved regionkontoret i Lomvik svarer på spørsmål om utlysningen:"], ["Sivert Lunde"],
      "Hvem kan jeg kontakte?"),
    A("hva handlet prosjektet i skogvang om", "nb", "status_done",
      ["«Midlene ga oss rom til å prøve ut dans og rytmikk i barnehagene før vi visste om det ville fungere. Nå "
       "er tilbudet en fast del av kulturskolen.»"], ["dans og rytmikk", "fast del"], "Om fondet"),
    A("når ble fondet opprettet", "nb", "date",
      ["Skarvheia utviklingsfond ble opprettet av årsmøtet 22. april 2032 (sak 6)."], ["22. april 2032"],
      "Om fondet"),
    A("kor mykje kjem frå fylkeskommunen", "nn", "amount",
      ["Fondet får 400 000 kroner i året fra Nordhei fylkeskommune"], ["400 000"], "Om fondet"),
    A("kan eigendelen vere timar i staden for pengar", "nn", "yesno", [OWN_KIND, HOURS], ["450"],
      "Må egenandelen være penger?"),
    A("hva skjer i mai", "nb", "status_planned", ["mai 2033: tildelingsutvalget behandler søknadene"],
      ["tildelingsutvalget"], "Behandling og tidsplan"),
    # follow-ups
    A("hvor mye kan de som går sammen få", "nb", "followup", [ROW_B], ["150 000"], "Kategorier og beløp",
      history=H("hvem kan søke?",
        "Kulturskoler i medlemskommunene i Region Skarvheia, også flere kommuner sammen med én ansvarlig "
        "søker. Nordhei fylkeskommune kan ikke søke, men kan være partner.")),
    A("what's the minimum score on the first one", "en", "followup", [QUALITY_MIN], ["3"],
      "Slik vurderes søknadene",
      history=H("what are the scoring criteria?",
        "Five criteria: quality and feasibility (30 %), cooperation across municipalities (25 %), diversity "
        "and inclusion (20 %), transferability to other culture schools (15 %) and anchoring in the framework "
        "plan (10 %).")),
    A("og hvis vi er for seine", "nb", "followup",
      ["Søknader som kommer inn etter fristen, blir ikke behandlet."], ["ikke behandlet"], None,
      history=H("når er søknadsfristen", "15. april 2033 kl. 12.00.")),
    A("hva om det er samme prosjekt vi vil fortsette med", "nb", "followup",
      ["Søker dere om å videreføre det samme prosjektet, må dere vise hva som er nytt."], ["hva som er nytt"],
      "Vi fikk tilskudd i 2032. Kan vi søke igjen?",
      history=H("vi fikk tilskudd i fjor, kan vi søke igjen",
        "Ja, men prosjektet fra 2032 må ha levert sluttrapport før søknadsfristen.")),
    U("har han telefonnummer?", "nb", ["telefon", "tlf", "+47"],
      H("hvem kan jeg kontakte om utlysningen",
        "Rådgiver Sivert Lunde ved regionkontoret i Lomvik, sivert.lunde@skarvheia.example.")),
    # unanswerable
    U("hvor mye fikk skogvang i 2032", "nb", ["Skogvang fikk", "Skogvang kommune fikk", "kroner til Skogvang"]),
    U("How many of the nine projects funded in 2032 were joint projects between municipalities?", "en",
      ["av de ni", "samarbeidsprosjekter i 2032", "samarbeidsprosjekter fikk"]),
    U("søknadsfrist 2034", "nb", ["april 2034", "frist 2034", "søknadsfrist 2034"]),
    U("hvor mange søknader har kommet inn i år", "nb", ["2033 kom det inn", "søknader kom inn i 2033"]),
    U("What did the 2032 projects cost in total including the municipalities' own share?", "en",
      ["inkludert egenandel", "totalt budsjett", "samlet budsjett"]),
    U("What is the maximum grant in category D?", "en", ["kategori D"]),
    U("How many points did the best application get last year?", "en", ["beste søknad", "høyeste poengsum"]),
    U("hva heter medlemmene i tildelingsutvalget", "nb",
      ["medlemmer i tildelingsutvalget er", "tildelingsutvalget består av"]),
    U("lenke til teams-møtet", "nb", ["teams", "møtelenke"]),
    U("organisasjonsnummer regionen", "nb", ["org.nr", "organisasjonsnummer"]),
    U("kontonummer for utbetalinga", "nb", ["kontonummer", "bankkonto"]),
    U("kva er maks tilskot til utstyr i kroner", "nn", ["utstyr inntil", "kroner til utstyr"]),
    U("kor mange søknader får støtte i år", "nn", ["søknader vil få", "prosjekter får støtte i 2033"]),
    U("finnes det en mal for sluttrapporten", "nb", ["rapportmal", "mal for sluttrapport"]),
    U("hvor mye fikk samarbeidsprosjektet til vardhamn og eikevåg", "nb",
      ["Vardhamn og Eikevåg", "samarbeidsprosjektet mellom"]),
    U("må vi betale tilbake penger vi ikke bruker", "nb", ["tilbakebetal", "betales tilbake", "ubrukte midler"]),
]


def main() -> None:
    out = []
    for prefix, questions in (("f10d", DELEGATION), ("f10p", PROTOCOL), ("f10u", CALL)):
        out += numbered(prefix, questions, f"{SHUFFLE_SEED}:{prefix}", DOCS[prefix], split_of)
    OUT.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in out), encoding="utf-8")
    for prefix, questions in (("f10d", DELEGATION), ("f10p", PROTOCOL), ("f10u", CALL)):
        print(f"{prefix}: {len(questions)} questions, {sum(q['unanswerable'] for q in questions)} unanswerable")
    print(f"wrote {OUT.name}: {len(out)} questions")


if __name__ == "__main__":
    main()
