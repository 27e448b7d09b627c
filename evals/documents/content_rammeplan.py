"""Invented excerpt of a framework plan ("Rammeplan for kulturskolen – utdrag") for the evaluation set.

Chapter numbers follow the ones the bundled report cites (3.2.3 bredde, 3.4 digital tidsalder,
3.5 læringsstøttende arbeid, 3.7 samarbeidende aktør, 4.1.1 planverk); the text is invented.
"""

TITLE = "Rammeplan for kulturskolen – utdrag"

TABLE1 = [
    ["Program", "Typisk organisering", "Gruppestørrelse", "Veiledende tid per elev"],
    [
        "Kjerneprogrammet",
        "Individuell undervisning eller små grupper gjennom hele skoleåret",
        "1–4 elever",
        "25–45 minutter per uke",
    ],
    [
        "Fordypningsprogrammet",
        "Utvidet opplæring med flere fag og samspill, opptak etter søknad",
        "1–8 elever",
        "minst 90 minutter per uke",
    ],
    [
        "Breddeprogrammet",
        "Kurs, prosjekter og åpne tilbud, ofte i samarbeid med andre",
        "inntil 25 deltakere",
        "6–10 samlinger per kurs",
    ],
]

TABLE2 = [
    ["Indikator", "Hva som måles", "Ansvar"],
    ["Plan", "Rammeplanen er politisk vedtatt i kommunen", "Kommunestyret"],
    ["Dekningsgrad", "Andel elever i grunnskolealder med kulturskoleplass", "Kommunen"],
    ["Venteliste", "Antall søkere uten plass per 1. oktober", "Kulturskolen"],
    ["Kompetanse", "Andel lærere med kunstfaglig og pedagogisk utdanning", "Kulturskolen"],
    ["Lokaler", "Egnede rom for undervisning, øving og framføring", "Kommunen"],
]

BLOCKS = [
    (
        "cover",
        [
            ("Norsk kulturskoleråd", 16, ""),
            ("Rammeplan for kulturskolen", 26, "B"),
            ("– utdrag –", 16, ""),
            ("Kapittel 1–4 i utvalg. Vedtatt av Landstinget 2024, gjeldende fra 1. august 2025.", 11, ""),
        ],
    ),
    ("pagebreak",),
    # ---------------------------------------------------------------- 1
    ("h1", "1 Innledning", "kap. 1"),
    ("h2", "1.1 Om rammeplanen", "kap. 1.1"),
    (
        "p",
        "Rammeplanen gir felles retning for kulturskolene i Norge. Den beskriver hva kulturskolen skal være, "
        "hvordan tilbudet kan organiseres, og hvilke roller kommunen, kulturskolelederen og lærerne har i "
        "arbeidet.",
    ),
    (
        "p",
        "Planen er et verktøy for lokal utvikling. Den er ikke forskriftsfestet, men får sin tyngde når den "
        "vedtas politisk i den enkelte kommune og legges til grunn for lokale planer og budsjetter.",
    ),
    (
        "p",
        "Rammeplanen avløser planen fra 2016 og skal gjelde fra 1. august 2025. Lokale fagplaner kan "
        "fortsatt brukes som veiledende ressurser inntil de er revidert.",
    ),
    ("h2", "1.2 Kulturskolens samfunnsoppdrag", "kap. 1.2"),
    (
        "p",
        "Kulturskolen er kommunens kompetansesenter for opplæring i kunstfag. Samfunnsoppdraget er å gi barn og "
        "unge mulighet til å utvikle seg i kunstfag over tid, og å bidra til et rikt kulturliv i "
        "lokalsamfunnet.",
    ),
    (
        "p",
        "Opplæringsloven pålegger alle kommuner å ha et musikk- og kulturskoletilbud til barn og unge, "
        "organisert i tilknytning til skoleverket og kulturlivet ellers. Kulturskolen skal derfor utvikles i "
        "samspill med både oppvekst|sektoren og kultursektoren.",
    ),
    # ---------------------------------------------------------------- 2 (two columns)
    ("pagebreak",),
    ("h1", "2 Verdigrunnlag", "kap. 2"),
    (
        "columns",
        [
            "**2.1 Kunst som egenverdi",
            "Kulturskolen bygger på at kunstnerisk uttrykk har verdi i seg selv. Opplevelse, skaping og formidling "
            "er likeverdige deler av opplæringen, og elevens egen stemme skal få plass.",
            "Samtidig gir kunstfaglig opplæring kunnskap og ferdigheter som har betydning for livskvalitet, "
            "fellesskap og deltakelse i samfunnet.",
            "**2.2 Mangfold og inkludering",
            "Kulturskolen skal speile befolkningen i kommunen. Det betyr at tilbudet må ta hensyn til ulike "
            "kulturelle uttrykk, språk og tradisjoner, og at elever med ulik bakgrunn skal oppleve at de hører til.",
            "Pris, geografi og informasjon kan være barrierer. Kommunen bør kartlegge hvem som ikke deltar, og "
            "sette inn tiltak der forskjellene er størst.",
        ],
        [
            "**2.3 Medvirkning",
            "Elevene skal ha innflytelse på sin egen opplæring, tilpasset alder og modenhet. Medvirkning handler både "
            "om valg av repertoar og uttrykk og om å delta i evaluering av tilbudet.",
            "Foresatte er viktige samarbeidspartnere, særlig for de yngste elevene.",
            "**2.4 Urfolk og nasjonale minoriteter",
            "Kulturskolen har et særlig ansvar for å ivareta samisk kultur og kulturen til de nasjonale "
            "minoritetene. I kommuner i forvaltningsområdet for samisk språk bør tilbudet omfatte samiske "
            "kulturuttrykk som joik og duodji.",
            "**2.5 Bærekraft",
            "Kulturskolen kan bidra til bærekraftig utvikling gjennom gjenbruk av instrumenter og materialer, "
            "lokal deltakelse og ved å styrke sosial bærekraft i lokalsamfunnet.",
        ],
    ),
    # ---------------------------------------------------------------- 3
    ("pagebreak",),
    ("h1", "3 Kulturskolens virksomhet", "kap. 3"),
    ("h2", "3.1 Kunstfagene", "kap. 3.1"),
    (
        "p",
        "Kulturskolen gir opplæring i musikk, dans, teater, visuell kunst, skapende skriving, film og "
        "sirkus. Kommunen avgjør hvilke fag som tilbys, men bør over tid tilby flere enn ett kunstfag.",
    ),
    ("h2", "3.2 Organisering av kulturskolens tilbud", "kap. 3.2"),
    (
        "p",
        "Tilbudet organiseres i tre programmer: kjerneprogrammet, fordypningsprogrammet og "
        "breddeprogrammet. Programmene skal henge sammen, slik at elever kan bevege seg mellom dem ut fra "
        "interesse og utvikling. Tabell 1 viser veiledende rammer.",
    ),
    ("caption", "Tabell 1 Veiledende rammer for de tre programmene"),
    ("table", [38, 62, 32, 34], TABLE1),
    ("h3", "3.2.1 Kjerneprogrammet"),
    ("anchor", "kap. 3.2.1"),
    (
        "p",
        "Kjerneprogrammet er hoveddelen av kulturskolens virksomhet. Elevene får systematisk opplæring over "
        "tid, med progresjon og jevnlige muligheter til å vise fram det de har lært.",
    ),
    ("h3", "3.2.2 Fordypningsprogrammet"),
    ("anchor", "kap. 3.2.2"),
    (
        "p",
        "Fordypningsprogrammet er for elever med særlig motivasjon og interesse som ønsker et mer omfattende "
        "tilbud. Opptak skjer etter søknad og en opptakssamtale. Programmet kan organiseres "
        "interkommunalt eller regionalt dersom elevgrunnlaget i kommunen er lite.",
    ),
    ("p", "Elever i fordypningsprogrammet skal ha en individuell opplæringsplan som revideres minst én gang i året."),
    ("h3", "3.2.3 Breddeprogrammet"),
    ("anchor", "kap. 3.2.3"),
    (
        "p",
        "Breddeprogrammet skal gi mange barn og unge en første erfaring med kunstfag. Det omfatter "
        "kortere kurs, prosjekter og åpne tilbud, ofte i samarbeid med skole, SFO, barnehage eller "
        "frivillige lag.",
    ),
    (
        "p",
        "Målet er at breddeprogrammet skal nå grupper som ellers ikke deltar i kulturskolen. Tilbudet bør "
        "være gratis eller ha lav egenbetaling.",
    ),
    ("h2", "3.4 Kulturskolen i en digital tidsalder", "kap. 3.4"),
    (
        "p",
        "Digitale verktøy er både et kunstnerisk uttrykksmiddel og et hjelpemiddel i undervisningen. "
        "Elevene skal få erfaring med å skape, bearbeide og dele kunstuttrykk digitalt.",
    ),
    (
        "p",
        "Kulturskolen skal lære elevene å vurdere personvern, opphavsrett og kildebruk når de deler eget og "
        "andres materiale. Digital undervisning kan supplere, men ikke erstatte, undervisning der lærer og "
        "elev møtes fysisk.",
    ),
    ("h2", "3.5 Læringsstøttende arbeid", "kap. 3.5"),
    (
        "p",
        "Vurdering i kulturskolen skal fremme læring. Læreren gir jevnlige tilbakemeldinger, og eleven skal "
        "lære å vurdere eget arbeid.",
    ),
    (
        "p",
        "Kulturskolen bør ha minst én samtale per skoleår mellom lærer, elev og eventuelt foresatte om "
        "elevens utvikling. Karakterer brukes ikke.",
    ),
    ("h2", "3.7 Kulturskolen som samarbeidende aktør", "kap. 3.7"),
    (
        "p",
        "Kulturskolen skal samarbeide med barnehage, skole, SFO, helse- og omsorgssektoren og det frivillige "
        "kulturlivet. Samarbeidet skal være forankret i avtaler som beskriver mål, ansvar og ressurser.",
    ),
    (
        "p",
        "I samarbeid med skolen kan kulturskolelærere bidra i undervisningen, men kulturskolens egne "
        "ressurser skal ikke brukes til å dekke skolens lovpålagte timer i fag som musikk og kunst og "
        "håndverk.",
    ),
    # ---------------------------------------------------------------- 4
    ("h1", "4 Roller og ansvar", "kap. 4"),
    ("h2", "4.1 Kommunen som skoleeier", "kap. 4.1"),
    (
        "p",
        "Kommunen har ansvaret for at kulturskolen har rammer som gjør det mulig å oppfylle "
        "samfunnsoppdraget. Kommunen fastsetter elevbetalingen og bør ha moderasjonsordninger for "
        "søsken og for familier med lav inntekt.",
    ),
    ("h3", "4.1.1 Kulturskolen i kommunens planverk"),
    ("anchor", "kap. 4.1.1"),
    (
        "p",
        "Kulturskolen skal være en integrert del av kommunens planverk. Rammeplanen bør vedtas av "
        "kommunestyret, og kulturskolen bør omtales i kommuneplanens samfunnsdel, i kulturplanen og i "
        "planer for oppvekst.",
    ),
    (
        "p",
        "Kommunen bør utarbeide en lokal plan for kulturskolen som revideres minst hvert fjerde år. Tabell 2 "
        "gir eksempler på indikatorer for strukturkvalitet som kommunen kan følge med på.",
    ),
    ("caption", "Tabell 2 Eksempler på indikatorer for strukturkvalitet"),
    ("table", [34, 92, 40], TABLE2),
    ("h3", "4.1.2 Lokaler og utstyr"),
    ("anchor", "kap. 4.1.2"),
    (
        "p",
        "Undervisningsrom skal ha akustikk, størrelse og utstyr som er tilpasset kunstfaget. Kommunen bør "
        "legge gjeldende standarder for akustikk til grunn når nye lokaler planlegges eller gamle bygges om.",
    ),
    ("h2", "4.2 Kulturskolelederen", "kap. 4.2"),
    (
        "p",
        "Kulturskolelederen har det faglige og administrative ansvaret for kulturskolen og skal lede det "
        "pedagogiske utviklingsarbeidet. Kulturskolelederen bør delta i kommunens ledermøter for oppvekst "
        "og kultur.",
    ),
    ("h2", "4.3 Kulturskolelæreren", "kap. 4.3"),
    (
        "p",
        "Kulturskolelæreren skal ha kunstfaglig og pedagogisk kompetanse. Læreren planlegger, gjennomfører "
        "og vurderer opplæringen, og deltar i kulturskolens felles utviklingsarbeid.",
    ),
    (
        "p",
        "Kulturskolelærere bør få tilbud om kompetanseutvikling hvert år, og kommunen bør legge til rette "
        "for at lærerne kan opprettholde sin kunstneriske praksis.",
    ),
]
