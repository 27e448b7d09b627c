"""The text of the election committee's nomination (PDF) of the fit9 set. Everything here is invented.

BLOCKS are drawn in order by build.py:
  ("title", text) ("sub", text) ("memo", [(label, value), …])  the title, sub-title and the memo lines
  ("h", "3 Medlemmer som går ut")                               a numbered section heading ("punkt 3")
  ("p", text)                                                   a paragraph
  ("num", "2.", text)                                           a numbered list item with a hanging indent
  ("dash", text)                                                a dash list item
  ("caption", text) ("table", key) ("note", text)               a table caption, a table, a small italic note
  ("place", text) ("sign", [(name, role), …])                   place and date, the signatures
"""

from __future__ import annotations

TITLE = "Valgkomiteens innstilling"
SUB = "Regionmøtet 2030 i Norsk kulturskoleråd Region Lysfjæra"
FOOTER_LEFT = "Valgkomiteens innstilling 2030 · Region Lysfjæra"
CLOSING = "Ravnsund, 11. mars 2030"

TABLES = {
    "styret": (
        ("Navn", "Kulturskole", "Verv", "Periode", "Ny / gjenvalg"),
        [
            ("Hilde Marie Strand", "Ravnsund kulturskole", "Leder", "2030–2032", "Ny som leder"),
            ("Amir Haddad", "Lundeby kulturskole", "Styremedlem", "2030–2032", "Gjenvalg"),
            ("Ragnhild Oftedal", "Kvernbakken kulturskole", "Styremedlem", "2030–2031", "Ny"),
            ("Jon Erik Vassbotn", "Tindvik kulturskole", "Styremedlem", "2029–2031", "Ikke på valg"),
            ("Kari Bjørnstad", "Grønnøy kulturskole", "Styremedlem", "2029–2031", "Ikke på valg"),
        ],
    ),
    "ut": (
        ("Navn", "Kulturskole", "Verv i dag", "I styret siden"),
        [
            ("Per Arne Sølvberg", "Storeggen kulturskole", "Leder", "2022"),
            ("Liv Torunn Berge", "Hestvika kulturskole", "Styremedlem", "2026"),
            ("Eskil Moe", "Myrhaug kulturskole", "2. varamedlem", "2028"),
        ],
    ),
}

BLOCKS: list[tuple] = [
    ("title", TITLE),
    ("sub", SUB),
    (
        "memo",
        [
            ("Til:", "Medlemskommunene i Region Lysfjæra og delegatene til regionmøtet"),
            ("Fra:", "Valgkomiteen"),
            ("Dato:", "11. mars 2030"),
            ("Gjelder:", "Sak 6 Valg, regionmøtet 24. april 2030 på Tindvik kulturhus"),
        ],
    ),
    ("h", "1 Mandat og arbeid"),
    (
        "p",
        "Valgkomiteen ble valgt av regionmøtet 26. april 2028 for to år og har bestått av Turid Aasheim (leder), "
        "Bård Lien Nygaard og Selma Haugtveit. Etter vedtektene for regionene skal komiteen legge fram innstilling "
        "på leder, styremedlemmer og varamedlemmer til regionstyret og på revisor. Komiteen innstiller ikke på sin "
        "egen etterfølger; det forslaget kommer fra regionstyret (se punkt 6).",
    ),
    (
        "p",
        "Komiteen har hatt fem møter siden oktober 2029, tre på Teams og to på regionkontoret i Ravnsund. Alle "
        "17 medlemskommunene ble invitert til å foreslå kandidater innen 15. januar 2030. Vi fikk forslag fra ni "
        "kommuner, til sammen 14 navn. I tillegg har komiteen snakket med alle i styret som er på valg, og med "
        "regionleder om hvilke oppgaver styret står foran de neste to årene.",
    ),
    (
        "p",
        "Regionleder Tone Villanger har hjulpet komiteen med innkallinger og referater, men har ikke tatt del i "
        "vurderingen av kandidatene. Kandidatenes egne presentasjoner følger som vedlegg 1 og sendes delegatene "
        "sammen med de øvrige sakspapirene.",
    ),
    ("h", "2 Innstilling til regionstyret"),
    (
        "p",
        "Regionstyret har fem medlemmer: leder og fire styremedlemmer. Leder og styremedlemmer velges for to år "
        "av gangen, slik at om lag halvparten av styret er på valg hvert år. Varamedlemmene velges for ett år "
        "(se punkt 4).",
    ),
    (
        "p",
        "Tabell 1 viser hele regionstyret slik det blir dersom regionmøtet følger innstillingen, også de to "
        "styremedlemmene som ikke er på valg i år.",
    ),
    ("caption", "Tabell 1 Valgkomiteens innstilling til regionstyret"),
    ("table", "styret"),
    (
        "note",
        "Hilde Marie Strand ble valgt som styremedlem for 2029–2031. Når hun går over til ledervervet, blir "
        "plassen hennes ledig, og Ragnhild Oftedal foreslås for resten av perioden, det vil si ett år.",
    ),
    (
        "p",
        "Regionstyret konstituerer seg selv og velger nestleder på sitt første møte etter regionmøtet. "
        "Valgkomiteen har derfor ingen innstilling på nestleder.",
    ),
    ("h", "3 Medlemmer som går ut"),
    (
        "p",
        "Tre av dem som sitter i regionstyret i dag, går ut etter regionmøtet. Ingen av dem har ønsket gjenvalg.",
    ),
    ("caption", "Tabell 2 Går ut av regionstyret"),
    ("table", "ut"),
    (
        "p",
        "Per Arne Sølvberg har sittet i regionstyret i åtte år, de fire siste som leder. I hans tid fikk regionen "
        "sitt første faste regionkontor og en egen fagdag for kulturskolelærere. Liv Torunn Berge har fått ny jobb "
        "utenfor kulturskolefeltet og kan derfor ikke fortsette. Valgkomiteen takker alle tre for innsatsen.",
    ),
    ("h", "4 Varamedlemmer"),
    (
        "p",
        "Varamedlemmene velges for ett år, det vil si fram til regionmøtet 2031. De kalles inn i nummerert "
        "rekkefølge. 1. varamedlem får alle sakspapirer og kan møte med talerett, men uten stemmerett, også når "
        "ingen styremedlemmer har meldt forfall.",
    ),
    ("p", "Valgkomiteen foreslår disse varamedlemmene, i denne rekkefølgen:"),
    ("num", "1.", "Sunniva Kleppe, Sandlia kulturskole (ny)"),
    ("num", "2.", "Tor Inge Rabben, Bjørkeli kulturskole (gjenvalg; var 1. varamedlem det siste året)"),
    ("num", "3.", "Maja Lindqvist, Vestre Alm kulturskole (ny)"),
    ("h", "5 Valgkomiteens vurderinger"),
    (
        "p",
        "Komiteen har lagt vekt på tre forhold: kjønnsbalanse, geografi og erfaring. Vi har også sett etter "
        "kandidater som har tid og lyst til å ta et ansvar over flere år, og som har støtte fra egen arbeidsgiver "
        "til å bruke noe arbeidstid på styrearbeidet.",
    ),
    (
        "p",
        "Kjønn. Vedtektene krever at hvert kjønn skal være representert med minst 40 prosent i regionstyret. Med "
        "innstillingen får styret tre kvinner og to menn. Blant varamedlemmene er det to kvinner og én mann.",
    ),
    (
        "p",
        "Geografi. Regionen deles gjerne i tre deler: Ytre, Midtre og Indre Lysfjæra. Ravnsund og Grønnøy ligger "
        "i ytre del, Tindvik og Kvernbakken i midtre del og Lundeby og Sandlia i indre del. Med innstillingen har "
        "indre del bare ett styremedlem, og komiteen ville gjerne hatt to. Ingen av de foreslåtte fra indre del "
        "kunne påta seg et fast styreverv i år. Vi har derfor satt Sunniva Kleppe fra Sandlia som 1. varamedlem, "
        "slik at indre del likevel er til stede på styremøtene.",
    ),
    (
        "p",
        "Erfaring. Hilde Marie Strand har vært rektor ved Ravnsund kulturskole i elleve år og har sittet i "
        "regionstyret siden 2029. Hun kjenner styrets arbeid og har ledet det regionale nettverket for "
        "kulturskolerektorer. Amir Haddad er kulturskolelærer i slagverk og sørger for at styret har en stemme "
        "fra undervisningen. Ragnhild Oftedal er avdelingsleder og har arbeidet med fordypningstilbud i mange år, "
        "noe styret får bruk for når det regionale talentprogrammet skal planlegges. Med innstillingen har fire av "
        "fem styremedlemmer sittet i styret før, og komiteen mener det gir god kontinuitet når lederen går av.",
    ),
    (
        "p",
        "Komiteen har også drøftet om styret burde ha en elevrepresentant, men vedtektene åpner ikke for det i "
        "dag. Vi ber regionstyret se på spørsmålet før regionmøtet 2031.",
    ),
    ("h", "6 Valg av valgkomité"),
    (
        "p",
        "Valgkomiteen velges av regionmøtet etter forslag fra regionstyret. Regionstyret behandlet forslaget i "
        "møte 4. mars 2030, sak 12/30, og foreslår at valgkomiteen for 2030–2032 skal bestå av:",
    ),
    ("dash", "Bård Lien Nygaard, Storeggen kulturskole, leder (gjenvalg, ny som leder)"),
    ("dash", "Selma Haugtveit, Hestvika kulturskole, medlem (gjenvalg)"),
    ("dash", "Oddny Fure, Kvernbakken kulturskole, medlem (ny)"),
    ("dash", "Gunnar Tveit, Lundeby kulturskole, varamedlem (ny)"),
    (
        "p",
        "Turid Aasheim har ledet valgkomiteen i fire år og går ut. Valgkomiteen slutter seg til regionstyrets "
        "forslag.",
    ),
    ("h", "7 Revisor"),
    (
        "p",
        "Kystrevisjon SA har revidert regionens regnskap siden 2021 og har sagt fra om at de ikke ønsker å "
        "fortsette etter regnskapsåret 2029. Valgkomiteen har derfor hentet inn tilbud fra to revisjonsselskap.",
    ),
    (
        "p",
        "Valgkomiteen innstiller på Ravnsund Revisjon AS ved statsautorisert revisor Ellen Krogstad som revisor "
        "for regnskapsårene 2030 og 2031. Honoraret er oppgitt til 38 000 kroner eksklusive merverdiavgift per "
        "år, og oppdraget omfatter også revisjon av prosjektregnskapet for talentprogrammet. Det andre tilbudet "
        "var høyere og omfattet ikke prosjektregnskapet.",
    ),
    ("h", "8 Godtgjøring til tillitsvalgte"),
    ("p", "Valgkomiteen foreslår at godtgjøringen videreføres uendret fra 2029:"),
    ("dash", "leder av regionstyret: 36 000 kroner per år"),
    ("dash", "styremedlemmer og varamedlemmer som møter: 1 400 kroner per møte"),
    ("dash", "leder av valgkomiteen: 6 000 kroner per år"),
    ("dash", "øvrige medlemmer av valgkomiteen: 800 kroner per møte"),
    (
        "p",
        "Reiser dekkes etter regionens reiseregulativ. Godtgjøringen er tatt inn i budsjettet for 2030 under "
        "posten for honorarer. Spørsmål om innstillingen kan rettes til valgkomiteens leder på "
        "valg@lysfjaera.example.",
    ),
    ("place", CLOSING),
    ("sign", [("Turid Aasheim", "leder"), ("Bård Lien Nygaard", "medlem"), ("Selma Haugtveit", "medlem")]),
]
