"""Text of 'Instruks for regionstyrene i Norsk kulturskoleråd' (invented; see layout.py for markup)."""

TITLE = "Instruks for regionstyrene i Norsk kulturskoleråd"

PREAMBLE = (
    "Fastsatt av hovedstyret i Norsk kulturskoleråd 12.~mars 2025 i HS-sak~9/25. Instruksen gjelder fra "
    "1.~april 2025 og erstatter tidligere instruks for regionstyrene av 14.~juni 2019."
)

NOTES = {
    "1": "Vedtektenes bestemmelser om det regionale leddet gjelder foran denne instruksen. "
    "Hovedstyret avgjør tvil om hvordan instruksen skal forstås.",
    "2": "Møtegodtgjøring og dekning av reiseutgifter for tillitsvalgte følger egne satser fastsatt av hovedstyret.",
    "3": "Kravet om innføring gjelder også varamedlemmer som rykker opp som faste medlemmer.",
}

# (number, title, [ledd]); a ledd is a string or (string, [lettered items])
ARTICLES = [
    (
        1,
        "Formål",
        [
            "Denne instruksen fastsetter oppgavene, sammensetningen og arbeidsformen til regionstyrene "
            "i Norsk kulturskoleråd. Hovedstyret fastsetter regioninndelingen.",
            "Regionstyrene er organisasjonens folkevalgte ledd i regionene. De skal bidra til at medlemmenes "
            "stemme blir hørt, og til at vedtak fra Landstinget og hovedstyret blir fulgt opp i hele landet.",
            "Instruksen utfyller vedtektene. Ved motstrid går vedtektene foran.^1",
            "Der instruksen bruker ordet medlemskommune, omfatter det også fylkeskommuner som er medlemmer, "
            "med mindre noe annet er sagt.",
        ],
    ),
    (
        2,
        "Sammensetning",
        [
            "Hvert regionstyre har fem medlemmer og to varamedlemmer. Medlemmene og varamedlemmene velges av "
            "regionmøtet.",
            (
                "Regionstyret skal være sammensatt slik at:",
                [
                    "minst ett medlem er kulturskoleleder eller lærer i en kulturskole i regionen,",
                    "minst ett medlem er folkevalgt i en medlemskommune eller en fylkeskommune,",
                    "begge kjønn er representert blant medlemmene.",
                ],
            ),
            "Regionmøtet velger leder og nestleder ved særskilt valg.",
            "Den regionale rådgiveren i sekretariatet møter i regionstyret med tale- og forslagsrett, men har "
            "ikke stemmerett.",
        ],
    ),
    (
        3,
        "Valg og funksjonstid",
        [
            "Medlemmer og varamedlemmer velges for to år om gangen. Valgene ordnes slik at omtrent halvparten "
            "av medlemmene er på valg hvert år.",
            "Ingen kan sitte sammenhengende i regionstyret i mer enn tre valgperioder. Tid som varamedlem "
            "regnes ikke med.",
            "Regionmøtet velger en valgkomité på tre personer. Valgkomiteen legger fram sin innstilling senest "
            "fire uker før regionmøtet.",
            "Trer et medlem ut av regionstyret i valgperioden, rykker første varamedlem opp for resten av "
            "perioden. Trer lederen ut, velger regionstyret ny leder blant medlemmene fram til neste regionmøte.",
        ],
    ),
    (
        4,
        "Oppgaver",
        [
            (
                "Regionstyret skal:",
                [
                    "følge opp vedtak fra Landstinget og hovedstyrets prioriteringer i regionen,",
                    "arrangere minst én regional kultur|skole|konferanse hvert år,",
                    "holde jevnlig kontakt med medlems|kommunene og fylkes|kommunene i regionen,",
                    "løfte fram regionale behov og innspill overfor hovedstyret,",
                    "oppnevne representanter til regionale samarbeids|fora når hovedstyret ber om det.",
                ],
            ),
            "Regionstyret skal i sitt arbeid legge særlig vekt på kommuner som ikke kan gi kultur|skole|tilbud "
            "til alle barn og unge som ønsker det.",
            "Regionstyret kan etter avtale med sekretariatet ta på seg andre oppgaver som hovedstyret gir.",
        ],
    ),
    (
        5,
        "Uttalelser og representasjon",
        [
            "Regionstyret kan uttale seg offentlig om saker som bare angår regionen.",
            "Uttalelser om nasjonale saker kan bare gis etter samtykke fra hovedstyrets leder eller direktøren.",
            "Uttalelser skal ikke gå imot vedtak som er truffet av Landstinget eller hovedstyret.",
            "Regionstyrets leder representerer regionstyret utad. Lederen kan gi nestlederen eller et annet "
            "medlem fullmakt til dette.",
        ],
    ),
    (
        6,
        "Møter",
        [
            "Regionstyret holder minst fire møter i året. Minst ett av møtene skal være et fysisk møte.",
            "Lederen kaller inn til møtene med minst ti dagers varsel. Sakliste og saksdokumenter sendes ut "
            "senest sju dager før møtet.",
            "Lederen skal kalle inn til møte dersom minst to medlemmer krever det.",
            "Regionstyret er vedtaksført når minst tre medlemmer er til stede, og leder eller nestleder er blant dem.",
            "Vedtak treffes med alminnelig flertall av de avgitte stemmene. Ved stemmelikhet gjør møtelederens "
            "stemme utslaget.",
            "Saker som haster, kan behandles per e-post eller i digitalt møte dersom ingen av medlemmene "
            "motsetter seg det.",
        ],
    ),
    (
        7,
        "Protokoll",
        [
            "Det skal føres protokoll fra alle møter i regionstyret. Protokollen skal vise hvem som var til stede, "
            "hvilke saker som ble behandlet, og hvilke vedtak som ble truffet.",
            "Protokollen godkjennes av regionstyret og sendes til sekretariatet innen 14~dager etter møtet.",
            "Godkjente protokoller publiseres på organisasjonens nettsider. Opplysninger som er underlagt "
            "taushetsplikt, skal ikke publiseres.",
        ],
    ),
    (
        8,
        "Økonomi",
        [
            "Regionstyret disponerer et årlig driftstilskudd. Størrelsen på tilskuddet fastsettes av hovedstyret "
            "i forbindelse med budsjett|behandlingen.",
            "Driftstilskuddet kan brukes til møter, reiser, regionale konferanser og nettverkstiltak for "
            "medlemskommunene.",
            "Driftstilskuddet kan ikke brukes til honorar til medlemmer av regionstyret.^2",
            "Midler som ikke er brukt ved årets slutt, føres tilbake til sentralleddet, med mindre hovedstyret "
            "har samtykket i at de overføres til neste år.",
            "Regionstyret legger fram regnskap for driftstilskuddet innen 15.~februar året etter.",
        ],
    ),
    (
        9,
        "Regionmøtet",
        [
            "Regionmøtet er regionens høyeste organ. Det holdes hvert år innen utgangen av mai.",
            "Regionstyret kaller inn til regionmøtet senest seks uker før møtet.",
            "Hver medlemskommune i regionen har én stemme på regionmøtet. En fylkeskommune som er medlem, "
            "har to stemmer.",
            (
                "Regionmøtet skal:",
                [
                    "behandle regionstyrets årsmelding og regnskap,",
                    "velge regionstyre og valgkomité,",
                    "drøfte innspill fra regionen til hovedstyret og til neste Landsting.",
                ],
            ),
            "Ekstraordinært regionmøte holdes når regionstyret vedtar det, eller når minst en tredjedel av "
            "medlems|kommunene i regionen krever det.",
        ],
    ),
    (
        10,
        "Forholdet til sekretariatet",
        [
            "Sekretariatet gir regionstyret administrativ støtte. Den regionale rådgiveren er sekretær for "
            "regionstyret.",
            "Regionstyret kan ikke instruere ansatte i sekretariatet. Arbeids|giver|ansvaret ligger hos direktøren.",
            "Oppstår det uenighet mellom regionstyret og sekretariatet om oppgaver eller ressurser, legges saken "
            "fram for hovedstyrets arbeidsutvalg.",
        ],
    ),
    (
        11,
        "Habilitet og taushetsplikt",
        [
            "Et medlem er inhabilt i saker der medlemmet selv eller en nærstående har en særlig personlig eller "
            "økonomisk interesse.",
            "Medlemmet skal selv si fra om mulig inhabilitet. Regionstyret avgjør spørsmålet uten at medlemmet deltar.",
            "Medlemmene har taushetsplikt om personlige forhold de får kjennskap til gjennom vervet. "
            "Taushetsplikten gjelder også etter at vervet er avsluttet.",
        ],
    ),
    (
        12,
        "Opplæring",
        [
            "Nye medlemmer av regionstyret skal få tilbud om innføring i organisasjonens vedtekter, strategier "
            "og arbeidsformer innen tre måneder etter valget.^3",
            "Sekretariatet har ansvar for innføringen og holder i tillegg en felles samling for alle "
            "regionstyreledere hvert år.",
        ],
    ),
    (
        13,
        "Rapportering",
        [
            "Regionstyret sender årsmelding til hovedstyret innen 1.~mars.",
            (
                "Årsmeldingen skal omtale:",
                [
                    "møter som er holdt, og saker som er behandlet,",
                    "regionale konferanser og antall deltakere,",
                    "bruken av driftstilskuddet,",
                    "planer for det kommende året.",
                ],
            ),
            "Hovedstyret gir regionstyrene en samlet tilbakemelding på årsmeldingene innen 1.~juni.",
        ],
    ),
    (
        14,
        "Endringer og ikrafttredelse",
        [
            "Endringer i instruksen vedtas av hovedstyret etter at regionstyrene har fått anledning til å uttale seg.",
            "Instruksen trer i kraft 1.~april 2025. Fra samme tidspunkt oppheves instruks for regionstyrene "
            "av 14.~juni 2019.",
            "Instruksen skal evalueres innen utgangen av 2027.",
        ],
    ),
]
