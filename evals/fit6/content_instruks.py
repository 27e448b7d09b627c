"""Text of docs/instruks-valgkomiteen.docx: invented instructions (mandate) for the election committee.

Everything here is invented for the fit6 set. Convention: a § with more than one ledd numbers them "(1)",
"(2)", …; a § with a single ledd has no number. Lettered lists ("a) …") are separate paragraphs that belong to
the ledd before them. Blocks: ("title", text), ("sub", text), ("para", "§ 1 Formål") as Heading 2, ("p", text),
("letter", text), ("h2plain", text) for a Heading 2 without §, ("table",), ("note", text), ("adopted", text).
"""

from __future__ import annotations

TITLE = "Instruks for valgkomiteen i Norsk kulturskoleråd"

TABLE_HEADER = ("Frist", "Oppgave")
TABLE_ROWS = (
    (
        "Senest 20 uker før Landstinget",
        "Valgkomiteen ber regionstyrene, medlemskommunene og sentralstyret om forslag på kandidater",
    ),
    ("Senest 12 uker før Landstinget", "Frist for å sende forslag på kandidater til valgkomiteen"),
    ("Senest 8 uker før Landstinget", "Valgkomiteen har avsluttet samtalene med aktuelle kandidater"),
    ("Senest 6 uker før Landstinget", "Innstillingen sendes sentralstyret og delegatene"),
    ("Under Landstinget", "Valgkomiteens leder legger fram innstillingen"),
    ("Innen 4 uker etter Landstinget", "Valgkomiteen evaluerer arbeidet og sender en kort rapport til sentralstyret"),
)

BLOCKS = [
    ("title", TITLE),
    ("sub", "Gjelder valg som Landstinget foretar etter vedtektene § 9."),
    ("para", "§ 1 Formål"),
    (
        "p",
        "(1) Valgkomiteen skal sikre at Landstinget får et godt og gjennomarbeidet grunnlag for de valgene "
        "det skal foreta.",
    ),
    ("p", "(2) Instruksen utfyller vedtektene § 9 om valgkomiteen. Ved motstrid går vedtektene foran."),
    ("para", "§ 2 Sammensetning"),
    ("p", "(1) Valgkomiteen består av fem medlemmer og to varamedlemmer."),
    (
        "p",
        "(2) Medlemmene skal komme fra minst fire ulike regioner. Hvert kjønn skal være representert med "
        "minst to medlemmer.",
    ),
    (
        "p",
        "(3) Medlemmer av sentralstyret og kontrollkomiteen og ansatte i sekretariatet kan ikke velges til "
        "valgkomiteen.",
    ),
    ("para", "§ 3 Valg og funksjonstid"),
    (
        "p",
        "(1) Landstinget velger valgkomiteens leder, nestleder, tre øvrige medlemmer og to varamedlemmer etter "
        "innstilling fra sentralstyret.",
    ),
    (
        "p",
        "(2) Funksjonstiden er to år, fra det Landstinget der valget skjer og fram til neste ordinære "
        "Landsting. Et medlem kan sitte i høyst tre sammenhengende perioder.",
    ),
    (
        "p",
        "(3) Trer et medlem ut i perioden, rykker første varamedlem opp. Varamedlemmene rykker opp i den "
        "rekkefølgen de er valgt.",
    ),
    ("para", "§ 4 Valgkomiteens oppgaver"),
    ("p", "(1) Valgkomiteen legger fram innstilling for Landstinget på:"),
    ("letter", "a) leder og nestleder i sentralstyret"),
    ("letter", "b) fire øvrige medlemmer og tre varamedlemmer til sentralstyret"),
    ("letter", "c) leder, to medlemmer og ett varamedlem til kontrollkomiteen"),
    ("letter", "d) godtgjøring til sentralstyrets leder og medlemmer"),
    (
        "p",
        "(2) Valgkomiteen innstiller ikke på sin egen sammensetning og heller ikke på valg av revisor. "
        "Dette gjøres av sentralstyret.",
    ),
    ("para", "§ 5 Forslag på kandidater"),
    (
        "p",
        "(1) Regionstyrene, medlemskommunene og sentralstyret kan foreslå kandidater. Forslagene skal være "
        "skriftlige og må være kommet fram til valgkomiteen senest tolv uker før Landstinget.",
    ),
    ("p", "(2) Et forslag skal inneholde:"),
    ("letter", "a) kandidatens navn, kommune og region"),
    ("letter", "b) hvilket verv kandidaten foreslås til"),
    ("letter", "c) en kort begrunnelse"),
    ("letter", "d) en bekreftelse på at kandidaten er spurt og er villig til å stille"),
    (
        "p",
        "(3) Valgkomiteen kan også selv finne fram til kandidater som ikke er foreslått. Den skal ha samtaler "
        "med alle kandidater den vurderer å innstille.",
    ),
    ("para", "§ 6 Hensyn ved innstillingen"),
    ("p", "(1) Valgkomiteen skal legge vekt på at sentralstyret samlet har:"),
    ("letter", "a) erfaring både fra politisk ledelse og fra kulturskolen som praksisfelt"),
    ("letter", "b) god geografisk spredning, med medlemmer fra minst fem regioner"),
    ("letter", "c) kjønnsbalanse, med minst 40 prosent av hvert kjønn blant de faste medlemmene"),
    ("letter", "d) spredning i alder"),
    ("p", "(2) Minst ett av de faste medlemmene i sentralstyret bør være under 35 år på valgtidspunktet."),
    (
        "p",
        "(3) Valgkomiteen skal ta hensyn til kontinuitet og bør som hovedregel innstille slik at minst to av "
        "de faste medlemmene blir gjenvalgt.",
    ),
    ("para", "§ 7 Innstillingen"),
    (
        "p",
        "(1) Innstillingen skal være skriftlig og begrunnet. Den skal vise hvilke kandidater som er foreslått, "
        "og hvem som har foreslått dem.",
    ),
    ("p", "(2) Er valgkomiteen ikke samlet, skal mindretallets forslag gå fram av innstillingen."),
    ("p", "(3) Innstillingen sendes sentralstyret og delegatene senest seks uker før Landstinget."),
    (
        "p",
        "(4) Valgkomiteens leder legger fram innstillingen for Landstinget. Forslag på andre kandidater enn "
        "dem valgkomiteen innstiller på, må leveres skriftlig til møteleder innen den fristen Landstinget "
        "setter, og kandidaten må ha bekreftet at han eller hun er villig til å stille.",
    ),
    ("para", "§ 8 Habilitet"),
    (
        "p",
        "(1) Et medlem av valgkomiteen som selv er kandidat til et verv komiteen innstiller på, skal tre ut "
        "av komiteen fra det tidspunktet kandidaturet er kjent. Første varamedlem trer inn.",
    ),
    (
        "p",
        "(2) Et medlem skal også fratre behandlingen av et verv når en nærstående er kandidat til vervet.",
    ),
    ("para", "§ 9 Fortrolighet"),
    (
        "p",
        "Valgkomiteens drøftinger er fortrolige. Navn på foreslåtte kandidater kan ikke offentliggjøres før "
        "innstillingen er sendt ut, med mindre kandidaten samtykker.",
    ),
    ("para", "§ 10 Møter, sekretariat og godtgjøring"),
    (
        "p",
        "(1) Valgkomiteen møtes etter innkalling fra lederen og er vedtaksfør når minst tre medlemmer er til "
        "stede. Møtene kan holdes digitalt.",
    ),
    (
        "p",
        "(2) Generalsekretæren stiller en sekretær til disposisjon for valgkomiteen. Sekretæren har ikke "
        "stemmerett.",
    ),
    (
        "p",
        "(3) Medlemmene får godtgjøring etter de satsene som gjelder for sentralstyrets medlemmer. "
        "Reiseutgifter dekkes etter statens regulativ.",
    ),
    (
        "p",
        "(4) Valgkomiteen fører protokoll fra sine møter. Protokollene oppbevares i sekretariatet i ti år.",
    ),
    ("para", "§ 11 Ikrafttredelse og endringer"),
    (
        "p",
        "Instruksen trer i kraft straks. Endringer i instruksen vedtas av Landstinget med alminnelig flertall.",
    ),
    ("h2plain", "Vedlegg: Tidsplan for valgkomiteens arbeid"),
    ("p", "Tidsplanen er veiledende. Fristene i § 5 og § 7 er bindende."),
    ("table",),
    (
        "note",
        "Merknad til §§ 2, 3 og 7: Landstinget 19. oktober 2029 økte tallet på varamedlemmer fra ett til to "
        "og endret fristen for å sende ut innstillingen fra fire til seks uker før Landstinget. Endringene i "
        "§ 2 og § 3 gjaldt fra valget samme dag. Endringen i § 7 gjelder fra Landstinget 2031.",
    ),
    (
        "adopted",
        "Fastsatt av Landstinget 13. oktober 2027, sak 7. Endret av Landstinget 19. oktober 2029, sak 5.2.",
    ),
]
