"""Text of the invented "Politisk plattform for Kulturskolerådet 2028–2031" (.docx), Norwegian Bokmål.

Blocks: ("title", text), ("adopted", text) italic line, ("p", text), ("h1", text), ("h2", text),
("number", text) in the Word style "List Number" (numbering restarts under each "Vi vil"), ("bullet", text)
in "List Bullet", ("table",) for the indicator table.
"""

TITLE = "Politisk plattform for Kulturskolerådet 2028–2031"

TABLE_HEADER = ("Indikator", "2026", "Mål 2031")
TABLE_ROWS = [
    ("Elever i kulturskolen", "104 600", "125 000"),
    ("Andel barn i grunnskolealder som går i kulturskolen", "13,8 %", "18 %"),
    ("Barn på venteliste", "14 900", "5 000"),
    ("Kommuner med friplassordning", "38 %", "75 %"),
    ("Lærere med godkjent pedagogisk utdanning", "76 %", "90 %"),
    ("Kommuner med eget fordypningstilbud", "148", "220"),
    ("Kommuner med vedtatt kulturskoleplan", "212", "300"),
]

BLOCKS = [
    ("title", TITLE),
    ("adopted", "Vedtatt av Landstinget i Kongsvær 15. juni 2028, sak 6.3. Gjelder fra 1. august 2028."),
    (
        "p",
        "Den politiske plattformen viser hva Kulturskolerådet skal arbeide for overfor Stortinget, regjeringen, "
        "fylkeskommunene og kommunene i landstingsperioden 2028–2031. Plattformen bygger på Strategi 2032 og "
        "erstatter plattformen for 2024–2028.",
    ),
    (
        "p",
        "Vår visjon er at alle barn og unge skal ha tilgang til et kulturskoletilbud av høy kvalitet, uansett "
        "hvor de bor og hva familien har råd til.",
    ),
    (
        "p",
        "Under hvert område beskriver «Status» situasjonen ved inngangen til perioden, «Vi mener» gir "
        "begrunnelsen, og «Vi vil» lister opp standpunktene. Hovedstyret følger opp plattformen og legger "
        "fram en skriftlig statusrapport for regionstyrene hvert år innen 1. desember.",
    ),
    ("p", "Hovedstyret rapporterer på disse indikatorene:"),
    ("table",),
    ("p", "Tallene for 2026 er hentet fra GSI og fra Kulturskolerådets egen medlemsundersøkelse høsten 2026."),
    ("h1", "1 Kulturskole for alle"),
    ("h2", "Status"),
    (
        "p",
        "Om lag 104 600 elever fikk undervisning i kulturskolen i skoleåret 2025–26, men nesten 15 000 barn sto "
        "på venteliste. Elevavgiften varierer fra under 2 000 kroner til over 4 600 kroner i året for det "
        "samme tilbudet, avhengig av hvilken kommune barnet bor i.",
    ),
    ("h2", "Vi mener"),
    (
        "p",
        "Kulturskolen er et offentlig tilbud og skal ikke bare være for dem som har råd. Høy egenbetaling og "
        "lange ventelister stenger barn ute, og det rammer særlig familier med lav inntekt og barn som nylig "
        "har kommet til Norge.",
    ),
    ("h2", "Vi vil"),
    ("number", "at det innføres et nasjonalt makstak for elevavgiften i kulturskolen"),
    ("number", "at alle kommuner skal ha en friplassordning for barn i familier med vedvarende lav inntekt"),
    ("number", "at ingen skal vente mer enn ett skoleår på en plass i kulturskolen"),
    ("number", "at informasjon om kulturskolen gis på flere språk enn norsk"),
    ("h1", "2 Lov og rammevilkår"),
    ("h2", "Status"),
    (
        "p",
        "Kulturskolen er hjemlet i opplæringsloven, men loven sier ikke noe om omfang eller kvalitet. Den "
        "statlige grunnstøtten, som Utdanningsdirektoratet forvalter, var på 180 millioner kroner i 2027 og "
        "ble fordelt til 281 kommuner.",
    ),
    ("h2", "Vi mener"),
    (
        "p",
        "Et lovfestet tilbud uten innhold gir store forskjeller mellom kommunene. Staten må ta et større ansvar "
        "for finansieringen dersom målet om kulturskole for alle skal nås.",
    ),
    ("h2", "Vi vil"),
    ("number", "at kulturskolens innhold og omfang forskriftsfestes i opplæringsloven innen 2030"),
    ("number", "at grunnstøtten økes til minst 400 millioner kroner i løpet av perioden"),
    ("number", "at kulturskolen telles som egen kategori i GSI, med tall for elever, lærere og ventelister"),
    ("h1", "3 Kvalitet og kompetanse"),
    ("h2", "Status"),
    (
        "p",
        "Tre av fire lærere i kulturskolen har godkjent pedagogisk utdanning. Mange har små stillinger fordelt "
        "på flere arbeidsgivere, og bare 41 prosent av lærerne har en stilling på 50 prosent eller mer i "
        "kulturskolen.",
    ),
    ("h2", "Vi mener"),
    (
        "p",
        "Elevene fortjener kvalifiserte lærere som har tid til å utvikle seg. Hele stillinger og et godt "
        "etter- og videreutdanningstilbud er avgjørende for kvaliteten.",
    ),
    ("bullet", "Lærerne skal ha mulighet til faglig påfyll hvert år."),
    ("bullet", "Kulturskolen trenger ledere med både kunstfaglig og administrativ kompetanse."),
    ("bullet", "Kommunene bør samarbeide om stillinger på tvers av kommunegrensene."),
    ("h2", "Vi vil"),
    ("number", "at kommunene rapporterer hvert år på hvordan rammeplanen for kulturskolen tas i bruk"),
    (
        "number",
        "at det opprettes en nasjonal videreutdanningsordning for kulturskolelærere med statlig "
        "finansiering av vikarutgifter",
    ),
    ("number", "at kommunene tilbyr kombinerte stillinger i kulturskole og grunnskole"),
    ("h1", "4 Fordypning og talentutvikling"),
    ("h2", "Status"),
    (
        "p",
        "148 kommuner hadde et eget fordypningstilbud i 2026. Tilbudet er ujevnt fordelt, og i tre fylker "
        "finnes det ikke noe regionalt fordypningsprogram.",
    ),
    ("h2", "Vi mener"),
    (
        "p",
        "Barn og unge med særlig interesse og motivasjon skal kunne gå videre uten å flytte hjemmefra. "
        "Elevene i fordypning skal speile bredden i befolkningen.",
    ),
    ("h2", "Vi vil"),
    ("number", "at det etableres regionale fordypningsprogram i alle fylker innen 2031"),
    ("number", "at fylkeskommunen dekker reiseutgiftene for elever i regionale fordypningsprogram"),
    ("number", "at fordypningselever kan få kulturskoleundervisningen godkjent som valgfag i ungdomsskolen"),
    ("h1", "5 Samarbeid med skole, barnehage og frivillighet"),
    ("h2", "Status"),
    (
        "p",
        "Mange kommuner har gode erfaringer med kulturskoletimen, der kulturskolen gir et tilbud i "
        "tilknytning til skoledagen. I 2026 hadde 63 kommuner et slikt tilbud.",
    ),
    ("h2", "Vi mener"),
    (
        "p",
        "Kulturskolen skal være et lokalt ressurssenter som samarbeider med grunnskolen, barnehagen, Den "
        "kulturelle skolesekken og det frivillige kulturlivet. Samarbeidet skal ikke erstatte kulturskolens "
        "eget tilbud.",
    ),
    ("h2", "Vi vil"),
    ("number", "at kulturskoletimen blir et varig tilbud med statlig finansiering"),
    ("number", "at kulturskolen får en fast plass i kommunens planer for barnehage og skole"),
    ("h1", "6 Lokaler og arenaer"),
    ("h2", "Status"),
    ("bullet", "Bare 29 prosent av kulturskolene oppgir at de har egnede lokaler for alle fagene sine."),
    ("bullet", "Dans og teater er de fagene som oftest mangler egnede rom."),
    ("bullet", "Krav til akustikk blir sjelden fulgt når skolebygg bygges om."),
    ("h2", "Vi mener"),
    (
        "p",
        "Gode lokaler er en forutsetning for god undervisning. Kulturskolen må være med fra starten når "
        "kommunen planlegger nye skoler og kulturbygg.",
    ),
    ("h2", "Vi vil"),
    (
        "number",
        "at det innføres en statlig tilskuddsordning for kulturskolelokaler på minst 50 millioner kroner i året",
    ),
    ("number", "at kulturskolen tas med i planleggingen av alle nye skolebygg"),
]
