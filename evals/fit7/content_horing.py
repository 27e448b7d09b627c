"""The text of docs/horingssvar-kulturtilbudsloven.pdf: an invented consultation response from Norsk kulturskoleråd.

Everything here is invented: the ministry ("Kultur- og oppvekstdepartementet"), the law ("kulturtilbudsloven"
with its chapter 13 on the kulturskole), the people, every figure and date. The §§ (§ 13-2 … § 13-8) are
paragraphs of the *law*, not sections of this document, which is numbered "1", "2", "3", "3.1" … "3.6", "4".

Blocks, in order, for build.py:
  ("org", text)                 the organisation's name at the top of page 1
  ("meta", label, value)        a letterhead line ("Til:", "Fra:", "Dato:", …)
  ("title", text)               the subject line
  ("h1", text) / ("h2", text)   numbered headings ("1 Innledning", "3.2 …")
  ("p", text)                   a paragraph; "^N" glues footnote marker N (set raised and small) to the word
  ("bullet", text)              a bulleted list item ("•", hanging indent)
  ("caption", text)             a table caption
  ("table", ())                 the ruled table TABLE_HEADER / TABLE_ROWS
  ("close", text)               a line of the closing ("Med vennlig hilsen")
  ("sign", ((name, title), …))  the signature block, names side by side with their titles below
FOOTNOTES[N] is printed at the bottom of the page where marker N stands.
"""

from __future__ import annotations

TITLE = "Høringssvar – forslag til endringer i kulturtilbudsloven kapittel 13 (kulturskolen)"
FOOTER_LEFT = "Norsk kulturskoleråd · Høringssvar · Vår ref. 2029/114"

FOOTNOTES = {
    1: "Spørreundersøkelse blant kulturskolelederne i medlemskommunene, gjennomført 8.–22. januar 2029. "
    "247 av 338 kommuner svarte.",
    2: "Tallet gjelder de 139 kommunene som frivillig rapporterte ventelistetall til GSI for skoleåret 2028–2029.",
    3: "Av lærerne i folkemusikk oppfyller 52 prosent kravet, i visuell kunst 61 prosent og i nysirkus 38 prosent.",
    4: "Elevtall og elevavgift per 1. oktober 2028 fra GSI. Beregningen forutsetter at elevtallet ikke endres.",
}

TABLE_HEADER = (
    "Innbyggere i kommunen",
    "Antall kommuner",
    "Gjennomsnittlig elevavgift i dag (kr per år)",
    "Inntektstap per kommune (kr per år)",
)
TABLE_ROWS = (
    ("Under 3 000", "96", "3 350", "0"),
    ("3 000–9 999", "118", "3 820", "41 000"),
    ("10 000–49 999", "97", "4 150", "236 000"),
    ("50 000 og mer", "27", "4 480", "1 390 000"),
    ("Alle medlemskommuner", "338", "3 840", "193 000"),
)

BLOCKS = [
    ("org", "Norsk kulturskoleråd"),
    ("meta", "Til:", "Kultur- og oppvekstdepartementet"),
    ("meta", "Fra:", "Norsk kulturskoleråd"),
    ("meta", "Dato:", "26. februar 2029"),
    ("meta", "Vår ref.:", "2029/114"),
    ("meta", "Deres ref.:", "28/3307"),
    ("meta", "Saksbehandler:", "Vibeke Lien, seniorrådgiver"),
    ("title", TITLE),
    ("h1", "1 Innledning"),
    (
        "p",
        "Vi viser til høringsbrev fra Kultur- og oppvekstdepartementet av 14. november 2028 med forslag til "
        "endringer i lov om kommunale kulturtilbud (kulturtilbudsloven) kapittel 13 om kulturskolen. "
        "Høringsfristen er 1. mars 2029.",
    ),
    (
        "p",
        "Norsk kulturskoleråd er medlems- og interesseorganisasjon for kommunene som eier kulturskolene. "
        "Høringssvaret bygger på innspill fra regionene og på en spørreundersøkelse blant kulturskolelederne "
        "i januar^1. Svaret ble vedtatt av hovedstyret i møte 19. februar 2029, sak 14/29.",
    ),
    (
        "p",
        "Merknadene i kapittel 3 følger rekkefølgen i høringsnotatet. Paragrafhenvisningene gjelder forslaget "
        "til nytt kapittel 13 i loven, ikke punktene i dette høringssvaret.",
    ),
    ("h1", "2 Sammendrag"),
    (
        "p",
        "Norsk kulturskoleråd støtter hovedgrepet i forslaget: kulturskolen skal fortsatt være en lovpålagt "
        "kommunal oppgave, og lovteksten blir tydeligere. Vi har likevel vesentlige innvendinger på tre punkter:",
    ),
    (
        "bullet",
        "Et fast tak på elevavgiften (forslaget til ny § 13-4 andre ledd) må ikke innføres uten at staten "
        "kompenserer kommunene fullt ut for inntektstapet.",
    ),
    ("bullet", "Overgangsperioden for kompetansekravet i § 13-3 bør være fem år, ikke tre år som foreslått."),
    (
        "bullet",
        "Kravet om en lokal plan i § 13-6 første ledd bør knyttes uttrykkelig til den nasjonale rammeplanen for "
        "kulturskolen.",
    ),
    (
        "p",
        "Vi støtter forslaget om en tydeligere plikt for kommunen i § 13-2 og forslaget om utvidet rapportering "
        "til GSI i § 13-7. Vi har ingen merknader til forslagene til §§ 13-1, 13-5 og 13-8.",
    ),
    ("h1", "3 Merknader til de enkelte forslagene"),
    ("h2", "3.1 Kommunens plikt – forslaget til ny § 13-2"),
    (
        "p",
        "Departementet foreslår at kommunen skal sørge for et kulturskoletilbud til alle barn og unge i "
        "grunnskolealder som søker, «innenfor forsvarlige rammer». Norsk kulturskoleråd støtter at plikten "
        "gjøres tydeligere i loven.",
    ),
    (
        "p",
        "Vi mener likevel at uttrykket «innenfor forsvarlige rammer» er for vagt. Etter vårt syn bør loven si at "
        "et barn som søker, skal få tilbud om plass senest ved starten av skoleåret etter at søknaden ble "
        "mottatt. Uten en slik frist vil ventelistene fortsette å vokse: høsten 2028 sto 11 400 barn på "
        "venteliste i de kommunene som rapporterte tall^2.",
    ),
    ("h2", "3.2 Krav til kompetanse – forslaget til ny § 13-3"),
    (
        "p",
        "Forslaget til ny § 13-3 første ledd krever at den som underviser i kulturskolen, skal ha relevant "
        "høyere utdanning i faget. Etter forslaget til andre ledd skal kravet gjelde fullt ut tre år etter "
        "ikrafttredelsen.",
    ),
    (
        "p",
        "Norsk kulturskoleråd støtter at kulturskolen får et kompetansekrav. I vår undersøkelse oppgir "
        "kulturskolelederne at 23 prosent av lærerne ikke oppfyller kravet slik det er formulert. Andelen er "
        "høyest i de minste kommunene og i fag som folkemusikk, visuell kunst og nysirkus^3.",
    ),
    (
        "p",
        "Vi foreslår derfor at overgangsperioden utvides til fem år, og at departementet åpner for at lang og "
        "relevant praksis kan godkjennes som likeverdig med utdanning.",
    ),
    ("h2", "3.3 Elevavgift – forslaget til ny § 13-4 andre ledd"),
    (
        "p",
        "Departementet foreslår at elevavgiften for ett ordinært tilbud ikke skal overstige 3 600 kroner per "
        "skoleår. Kommunen skal fortsatt kunne kreve egenbetaling for materialer og instrumentleie.",
    ),
    (
        "p",
        "Norsk kulturskoleråd deler målet om at prisen ikke skal stenge noen ute. Et tak uten kompensasjon vil "
        "likevel ramme de større kommunene hardt og kan føre til færre plasser. Tabell 1 viser de beregnede "
        "konsekvensene for medlemskommunene^4.",
    ),
    ("caption", "Tabell 1 Beregnet inntektstap ved et tak på 3 600 kroner, etter kommunestørrelse"),
    ("table", ()),
    (
        "p",
        "Samlet gir dette et inntektstap for kommunene på om lag 65 millioner kroner i året. Kommuner med under "
        "3 000 innbyggere taper ikke inntekter, fordi elevavgiften der allerede ligger under taket. Dersom taket "
        "innføres, ber vi om at kommunene kompenseres gjennom rammetilskuddet fra det året taket trer i kraft.",
    ),
    ("h2", "3.4 Lokal plan – forslaget til ny § 13-6 første ledd"),
    (
        "p",
        "Etter forslaget til ny § 13-6 første ledd skal kommunen ha en plan for kulturskoletilbudet, vedtatt av "
        "kommunestyret. Norsk kulturskoleråd støtter forslaget.",
    ),
    (
        "p",
        "Vi foreslår at det tilføyes at planen skal utarbeides «med utgangspunkt i nasjonal rammeplan for "
        "kulturskolen», og at den skal revideres minst hvert fjerde år. Slik sikres en felles standard uten at "
        "staten detaljstyrer innholdet.",
    ),
    (
        "p",
        "Forslaget til § 13-6 andre ledd gir departementet hjemmel til å gi forskrift om innholdet i planen. Vi "
        "støtter dette, men ber om å bli involvert i arbeidet med forskriften.",
    ),
    ("h2", "3.5 Rapportering – forslaget til endringer i § 13-7"),
    (
        "p",
        "Departementet foreslår at kommunene skal rapportere elevtall, årsverk og elevavgift til GSI hvert år "
        "per 1. oktober. Norsk kulturskoleråd støtter forslaget.",
    ),
    (
        "p",
        "Vi ber i tillegg om at antall barn på venteliste blir en obligatorisk del av rapporteringen. "
        "Ventelistetall er i dag frivillige, og bare 41 prosent av kommunene rapporterte dem i 2028. Region "
        "Lysheia har i sin strategi for 2027–2030 vist hvordan en årlig ventelistekartlegging kan gjøres med "
        "enkle midler.",
    ),
    ("h2", "3.6 Ikrafttredelse og økonomiske konsekvenser"),
    (
        "p",
        "Departementet foreslår at endringene trer i kraft 1. august 2030, og anslår at forslagene samlet er "
        "kostnadsnøytrale for kommunene. Det er vi uenige i. Kompetansekravet og taket på elevavgiften vil "
        "begge gi kommunene økte kostnader eller lavere inntekter.",
    ),
    ("p", "Norsk kulturskoleråd ber departementet om å:"),
    ("bullet", "beregne kostnadene ved kompetansekravet, inkludert videreutdanning og bruk av vikarer"),
    ("bullet", "kompensere kommunene fullt ut for inntektstapet ved et tak på elevavgiften"),
    ("bullet", "utsette ikrafttredelsen av § 13-4 andre ledd til kompensasjonen er på plass"),
    ("bullet", "øke den statlige grunnstøtten til kulturskolene i kommuner med færre enn 3 000 innbyggere"),
    ("bullet", "sette av midler til et nasjonalt videreutdanningstilbud for kulturskolelærere"),
    ("bullet", "involvere Norsk kulturskoleråd i arbeidet med forskriften etter § 13-6 andre ledd"),
    ("h1", "4 Avsluttende merknader"),
    (
        "p",
        "Norsk kulturskoleråd ser fram til den videre behandlingen og stiller gjerne til møte med departementet. "
        "Kontaktperson for høringssvaret er seniorrådgiver Vibeke Lien.",
    ),
    ("close", "Med vennlig hilsen"),
    ("close", "Norsk kulturskoleråd"),
    ("sign", (("Birgitte Rognstad", "styreleder"), ("Tormod Hals", "direktør"))),
]
