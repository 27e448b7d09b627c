"""Text of the invented "Vedtekter for Region Vest i Norsk kulturskoleråd" (fit1).

All names, places, dates and numbers are made up. Blocks:
  ("title", text) ("meta", text) ("toc", [headings]) ("h", "§ N Heading")
  ("ledd", "(n)", text) ("item", "a)", text) ("p", text)
"""

TITLE = "Vedtekter for Region Vest i Norsk kulturskoleråd"
HEADER = "Norsk kulturskoleråd – Vedtekter for Region Vest"

P = [
    ("§ 1 Navn og status", [
        ("(1)", "Region Vest er en regional enhet i Norsk kulturskoleråd (heretter Kulturskolerådet) og omfatter "
                "medlemmene i Vestfjell fylke og Havstrand fylke."),
        ("(2)", "Regionen er ikke et eget rettssubjekt. Regionen kan ikke ta opp lån, stille garantier eller "
                "ansette personale i eget navn."),
        ("(3)", "Regionens arbeid skal skje innenfor Kulturskolerådets vedtekter og strategi og de vedtak som "
                "landstinget og hovedstyret har gjort. Ved motstrid går Kulturskolerådets vedtekter foran disse "
                "vedtektene."),
        ("(4)", "Regionens sekretariat ligger i Kulturskolerådets administrasjon. Sekretariatet ledes av den "
                "rådgiveren som direktøren har gitt ansvar for Region Vest."),
    ]),
    ("§ 2 Formål", [
        ("(1)", "Region Vest skal arbeide for at alle barn og unge i regionen får et kulturskoletilbud av god "
                "kvalitet, uavhengig av bosted og familiens økonomi."),
        ("(2)", "For å nå formålet skal regionen særlig:"),
        ("a)", "være bindeledd mellom medlemmene og Kulturskolerådet sentralt,"),
        ("b)", "legge til rette for nettverk, kurs og erfaringsdeling mellom kulturskolene i regionen,"),
        ("c)", "fremme kulturskolenes interesser overfor fylkeskommunene, statsforvalteren og andre regionale "
               "aktører,"),
        ("d)", "støtte samarbeid mellom kommunene om regionale fordypningstilbud,"),
        ("e)", "bidra til at rammeplanen for kulturskolen blir tatt i bruk i medlemskommunene."),
    ]),
    ("§ 3 Medlemskap", [
        ("(1)", "Alle kommuner og fylkeskommuner i Vestfjell og Havstrand som er medlemmer av Kulturskolerådet, "
                "er medlemmer av Region Vest."),
        ("(2)", "Medlemskap i regionen kan ikke meldes inn eller ut for seg, uavhengig av medlemskapet i "
                "Kulturskolerådet."),
        ("(3)", "Interkommunale kulturskoler er representert gjennom de kommunene som eier dem."),
        ("(4)", "Regionstyret fører en oppdatert oversikt over medlemmene og legger den fram for det ordinære "
                "regionmøtet hvert år."),
    ]),
    ("§ 4 Kontingent og regionale midler", [
        ("(1)", "Medlemskontingenten fastsettes av landstinget og betales til Kulturskolerådet sentralt."),
        ("(2)", "Regionen får hvert år et driftstilskudd fra Kulturskolerådet etter en fordelingsnøkkel som "
                "hovedstyret fastsetter."),
        ("(3)", "Regionmøtet kan vedta en regional tilleggskontingent til bestemte regionale tiltak. "
                "Tilleggskontingenten kan ikke være høyere enn 15 prosent av den ordinære kontingenten for det "
                "enkelte medlem."),
        ("(4)", "Vedtak om regional tilleggskontingent krever to tredjedels flertall av de avgitte stemmene og "
                "gjelder fra og med det påfølgende kalenderåret."),
        ("(5)", "Et medlem som ikke har betalt den regionale tilleggskontingenten innen 1. juli, har ikke "
                "stemmerett på regionmøtet før kontingenten er betalt."),
    ]),
    ("§ 5 Regionmøtet", [
        ("(1)", "Regionmøtet er regionens øverste organ."),
        ("(2)", "Ordinært regionmøte holdes hvert år innen utgangen av mai."),
        ("(3)", "Hvert medlem kan møte med inntil to delegater. Delegatene oppnevnes av medlemmet selv, og minst "
                "én av dem bør være kulturskolerektor eller ha tilsvarende faglig ansvar."),
        ("(4)", "Regionstyrets medlemmer, sekretariatet og representanter for hovedstyret har møte- og talerett, "
                "men ikke stemmerett med mindre de også er delegater."),
        ("(5)", "Regionmøtet er åpent for ansatte i kulturskolene og andre interesserte, med mindre regionmøtet "
                "vedtar å lukke møtet under behandlingen av en enkelt sak."),
    ]),
    ("§ 6 Innkalling og saksliste", [
        ("(1)", "Regionstyret kaller inn til ordinært regionmøte med minst åtte ukers varsel."),
        ("(2)", "Saker som et medlem ønsker behandlet, må være sendt regionstyret senest seks uker før møtet."),
        ("(3)", "Saksdokumentene skal sendes medlemmene senest tre uker før møtet."),
        ("(4)", "Det ordinære regionmøtet skal behandle:"),
        ("a)", "godkjenning av innkalling, saksliste og forretningsorden,"),
        ("b)", "valg av møteleder, sekretær og to representanter til å underskrive protokollen,"),
        ("c)", "regionstyrets årsmelding,"),
        ("d)", "regionens regnskap med revisjonsberetning,"),
        ("e)", "handlingsplan og budsjett for det kommende året,"),
        ("f)", "saker som medlemmene har sendt inn innen fristen,"),
        ("g)", "valg etter § 8 i de årene det skal holdes valg."),
        ("(5)", "Saker som ikke står på sakslisten, kan bare behandles dersom to tredjedeler av de "
                "stemmeberettigede delegatene samtykker. Vedtektsendringer og tilleggskontingent kan ikke "
                "behandles på denne måten."),
    ]),
    ("§ 7 Stemmerett og vedtaksførhet", [
        ("(1)", "Hver delegat har én stemme. Det kan ikke stemmes ved fullmakt."),
        ("(2)", "Regionmøtet er vedtaksført når minst halvparten av medlemmene er representert."),
        ("(3)", "Vedtak fattes med alminnelig flertall av de avgitte stemmene når ikke annet følger av disse "
                "vedtektene. Blanke stemmer regnes som ikke avgitt."),
        ("(4)", "Ved stemmelikhet gjør møteleders stemme utslaget. Ved valg avgjøres stemmelikhet ved "
                "loddtrekning."),
        ("(5)", "Det skal holdes skriftlig avstemning når minst én delegat krever det."),
    ]),
    ("§ 8 Valg", [
        ("(1)", "Regionmøtet velger regionstyrets leder, de øvrige styremedlemmene, varamedlemmer, valgkomité "
                "og revisor."),
        ("(2)", "Valgperioden er to år. Lederen og to av styremedlemmene velges i år med oddetall. De to andre "
                "styremedlemmene velges i år med partall."),
        ("(3)", "Ingen kan sitte sammenhengende i regionstyret i mer enn tre valgperioder."),
        ("(4)", "Lederen velges ved et eget valg før de øvrige styremedlemmene. For å bli valgt som leder kreves "
                "mer enn halvparten av de avgitte stemmene. Får ingen kandidat det, holdes en ny avstemning "
                "mellom de to kandidatene som fikk flest stemmer."),
        ("(5)", "Ved valg skal det legges vekt på at regionstyret samlet har en god fordeling mellom kjønn, "
                "mellom de to fylkene og mellom små og store kommuner."),
        ("(6)", "Valgkomiteens innstilling sendes ut sammen med saksdokumentene. Benkeforslag kan fremmes fram "
                "til valget starter, dersom kandidaten har sagt ja til å stille."),
        ("(7)", "Varamedlemmene velges i nummerert rekkefølge og møter i den rekkefølgen de er valgt."),
    ]),
    ("§ 9 Regionstyret", [
        ("(1)", "Regionstyret består av fem medlemmer og to varamedlemmer."),
        ("(2)", "Regionstyret velger selv nestleder blant sine medlemmer."),
        ("(3)", "Regionstyret holder minst fire møter i året. Møtene kan holdes digitalt."),
        ("(4)", "Regionstyret er vedtaksført når minst tre medlemmer er til stede, blant dem lederen eller "
                "nestlederen."),
        ("(5)", "Styremedlemmene får dekket reise- og oppholdsutgifter etter Kulturskolerådets reiseregulativ. "
                "Godtgjøring for styrearbeid fastsettes av regionmøtet."),
        ("(6)", "Det føres protokoll fra regionstyrets møter. Protokollen sendes hovedstyret og publiseres på "
                "Kulturskolerådets nettsider senest to uker etter møtet."),
    ]),
    ("§ 10 Regionstyrets oppgaver", [
        ("(1)", "Regionstyret leder regionens arbeid mellom regionmøtene og har ansvar for at regionmøtets "
                "vedtak blir fulgt opp."),
        ("(2)", "Regionstyret skal blant annet:"),
        ("a)", "utarbeide forslag til handlingsplan og budsjett,"),
        ("b)", "legge fram årsmelding og regnskap for regionmøtet,"),
        ("c)", "gi innspill til hovedstyret i saker som angår regionen,"),
        ("d)", "oppnevne arbeidsgrupper og nettverk etter behov,"),
        ("e)", "følge opp samarbeidsavtaler med fylkeskommunene,"),
        ("f)", "forberede regionens innspill til landstinget."),
        ("(3)", "Regionstyret kan ikke inngå avtaler som binder Kulturskolerådet økonomisk ut over det vedtatte "
                "budsjettet, uten samtykke fra direktøren."),
        ("(4)", "Regionstyrets leder, eller nestlederen når lederen har forfall, uttaler seg på vegne av "
                "regionen. Uttalelser i saker av nasjonal betydning skal avklares med administrasjonen på "
                "forhånd."),
    ]),
    ("§ 11 Ekstraordinært regionmøte", [
        ("(1)", "Ekstraordinært regionmøte holdes når regionstyret vedtar det, eller når minst en femdel av "
                "medlemmene krever det skriftlig og oppgir hvilke saker de vil ha behandlet."),
        ("(2)", "Regionstyret skal kalle inn til ekstraordinært regionmøte innen fire uker etter at kravet er "
                "mottatt, og med minst to ukers varsel."),
        ("(3)", "Et ekstraordinært regionmøte kan bare behandle de sakene som er nevnt i innkallingen."),
        ("(4)", "Ekstraordinært regionmøte kan holdes digitalt. Reglene i § 7 gjelder tilsvarende."),
    ]),
    ("§ 12 Valgkomiteen", [
        ("(1)", "Valgkomiteen har tre medlemmer, og regionmøtet peker ut en av dem som leder. Valgkomiteen "
                "velges for to år om gangen."),
        ("(2)", "Valgkomiteen skal be medlemmene om forslag på kandidater. Fristen for forslag settes av "
                "valgkomiteen og skal ligge minst tolv uker før regionmøtet."),
        ("(3)", "Den som sitter i regionstyret, kan ikke samtidig være medlem av valgkomiteen."),
        ("(4)", "Valgkomiteen innstiller på kandidater til alle verv som skal velges, unntatt valgkomiteen "
                "selv. Regionstyret innstiller på medlemmer av valgkomiteen."),
    ]),
    ("§ 13 Økonomi, regnskap og revisjon", [
        ("(1)", "Regionens regnskap føres som en del av Kulturskolerådets regnskap, men med eget "
                "prosjektnummer."),
        ("(2)", "Regnskapsåret følger kalenderåret."),
        ("(3)", "Regnskapet revideres av den revisoren regionmøtet har valgt. Revisjonsberetningen legges fram "
                "for det ordinære regionmøtet."),
        ("(4)", "Et overskudd kan overføres til regionens fond etter vedtak i regionmøtet. Fondet kan ikke "
                "overstige 400 000 kroner."),
        ("(5)", "Utbetalinger over 50 000 kroner skal attesteres av regionstyrets leder og anvises av "
                "administrasjonen."),
    ]),
    ("§ 14 Vedtektsendringer og oppløsning", [
        ("(1)", "Endringer i disse vedtektene kan vedtas av et ordinært regionmøte med minst to tredjedels "
                "flertall av de avgitte stemmene. Forslaget må ha stått i innkallingen."),
        ("(2)", "Vedtektsendringer trer i kraft når de er godkjent av hovedstyret."),
        ("(3)", "Forslag om å oppløse regionen eller slå den sammen med en annen region kan bare behandles "
                "dersom det er fremmet av regionstyret eller av minst en tredjedel av medlemmene."),
        ("(4)", "Vedtak om oppløsning krever tre fjerdedels flertall på to ordinære regionmøter som følger etter "
                "hverandre. Hovedstyret skal få uttale seg før det andre møtet."),
        ("(5)", "Blir regionen oppløst, tilfaller regionens midler Kulturskolerådet. Midlene skal brukes til "
                "kulturskoletiltak i de kommunene som var medlemmer av regionen."),
        ("(6)", "Denne versjonen av vedtektene ble godkjent av hovedstyret 22. mai 2025 og gjelder fra 1. juni "
                "2025."),
    ]),
]

META = [
    "Vedtatt på det konstituerende regionmøtet 19. april 2016.",
    "Endret på regionmøtene 23. april 2020, 27. april 2023 og 10. april 2025.",
]

INTRO = ("Vedtektene gjelder for arbeidet i Region Vest og utfyller Kulturskolerådets vedtekter. Der disse "
         "vedtektene ikke sier noe, gjelder Kulturskolerådets vedtekter og forretningsorden.")


def blocks() -> list[tuple]:
    out: list[tuple] = [("title", TITLE)]
    out += [("meta", m) for m in META]
    out.append(("p", INTRO))
    out.append(("tochead", "Innhold"))
    out.append(("toc", [h for h, _ in P]))
    for head, items in P:
        out.append(("h", head))
        for label, text in items:
            out.append(("ledd" if label.startswith("(") else "item", label, text))
    return out
