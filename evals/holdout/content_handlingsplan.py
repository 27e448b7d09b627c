"""Text of 'Handlingsplan 2026 for Norsk kulturskoleråd' (invented; see layout.py for markup)."""

TITLE = "Handlingsplan 2026 for Norsk kulturskoleråd"

# (number, title, description, ansvar, frist, budsjett in the body, budsjett in the table)
TILTAK = {
    "1.1": (
        "Nasjonal kartlegging av ventelister",
        "Sekretariatet gjennomfører en nasjonal kartlegging av ventelister og opptakskriterier i "
        "kulturskolene. Kartleggingen gjøres i samarbeid med regionstyrene, og resultatene legges "
        "fram for hovedstyret.",
        "Fagavdelingen, i samarbeid med regionstyrene",
        "1.~mai 2026",
        "250~000~kr",
        "250 000",
    ),
    "1.2": (
        "Inkluderingsmidler til medlemskommuner",
        "Det lyses ut midler til utviklingsprosjekter der kultur|skolen samarbeider med barnevernet, "
        "NAV eller frivillige organisasjoner for å nå barn som ikke deltar i dag. Hver kommune kan "
        "søke om inntil 60~000~kroner.",
        "Direktøren",
        "utlysning 15.~januar 2026, tildeling 1.~mars 2026",
        "900~000~kr",
        "900 000",
    ),
    "1.3": (
        "Veileder for tilrettelagt undervisning",
        "Det utarbeides en digital veileder om tilrettelagt undervisning for elever med "
        "funksjons|nedsettelser. Veilederen skal inneholde eksempler fra minst ti kommuner.",
        "Kompetansefellesskapet for inkludering",
        "1.~oktober 2026",
        "180~000~kr",
        "180 000",
    ),
    "1.4": (
        "Kulturskoledagen 2026",
        "Kulturskoledagen markeres i alle regioner med åpne dører og konserter i kulturskolene. "
        "Regionstyrene koordinerer arrangementene i sin region.",
        "Kommunikasjonsavdelingen og regionstyrene",
        "9.~mai 2026",
        "dekkes innenfor ordinær drift",
        "–",
    ),
    "2.1": (
        "Videreutdanning for kulturskolelærere",
        "I samarbeid med to høgskoler tilbys et videre|utdannings|emne på 15~studiepoeng i "
        "kulturskole|pedagogikk. Det gis plass til 40~deltakere.",
        "Fagavdelingen",
        "oppstart august 2026",
        "600~000~kr",
        "600 000",
    ),
    "2.2": (
        "Utvidelse av veilederkorpset",
        "Veilederkorpset utvides fra 12 til 16~veiledere, slik at alle regioner har minst én veileder "
        "med fordypning i scenefag.",
        "Direktøren",
        "1.~februar 2026",
        "420~000~kr",
        "420 000",
    ),
    "2.3": (
        "Rekrutteringskampanje",
        "En kampanje rettet mot studenter i utøvende kunstfag skal vise kulturskolen som en attraktiv "
        "arbeidsplass. Kampanjen skal særlig nå studenter i dans, teater og visuell kunst.",
        "Kommunikasjonsavdelingen",
        "31.~mars 2026",
        "300~000~kr",
        "300 000",
    ),
    "3.1": (
        "Modell for regionale fordypningstilbud",
        "Det utvikles en felles modell for samarbeid mellom kommuner om fordypningstilbud, med forslag "
        "til avtaletekst og fordeling av kostnader.",
        "Kompetansefellesskapet for fordypning",
        "15.~juni 2026",
        "200~000~kr",
        "200 000",
    ),
    "3.2": (
        "Nasjonale samlinger for fordypningselever",
        "Det arrangeres to nasjonale samlinger for elever i fordypnings|program, én i vårhalvåret og "
        "én i høsthalvåret.",
        "Fagavdelingen",
        "30.~november 2026",
        "550~000~kr",
        "550 000",
    ),
    "3.3": (
        "Stipendordning for fordypningselever",
        "Det opprettes en stipendordning for fordypningselever fra familier med lav inntekt. "
        "Kriterier og stipendbeløp fastsettes av hovedstyret. Ordningen evalueres etter ett år.",
        "Hovedstyret",
        "kriterier vedtas innen 1.~april 2026",
        "350~000~kr",
        "350 000",
    ),
    "4.1": (
        "Innspill til statsbudsjettet for 2027",
        "Organisasjonen utarbeider et samlet innspill til statsbudsjettet for 2027 og legger det fram "
        "for Stortingets utdannings- og forskningskomité.",
        "Direktøren",
        "1.~mars 2026",
        "80~000~kr",
        "80 000",
    ),
    "4.2": (
        "Bedre kulturskolestatistikk",
        "I samarbeid med Utdanningsdirektoratet foreslås nye indikatorer i GSI, blant annet for "
        "ventelister og for antall elever i fordypningsprogram.",
        "Fagavdelingen",
        "1.~september 2026",
        "150~000~kr",
        "150 000",
    ),
    "4.3": (
        "Påvirkningshefte før kommunestyrevalget 2027",
        "Det lages et påvirknings|hefte med argumenter og nøkkeltall som regionstyrene og medlems|"
        "kommunene kan bruke overfor partiene før kommunestyrevalget 2027.",
        "Kommunikasjonsavdelingen og regionstyrene",
        "1.~desember 2026",
        "250~000~kr",
        "250 000",
    ),
    "4.4": (
        "Forskningssamarbeid",
        "Det inngås avtale med et forskningsmiljø om en studie av hvilken betydning kultur|skolen "
        "har for barns trivsel og skolemiljø.",
        "Direktøren",
        "avtale inngås innen 30.~juni 2026",
        "avklares i revidert budsjett for 2026",
        "avklares",
    ),
}

TOTAL = "4 230 000"

# The budskap list of Innsatsområde 4; item 3 is long and is laid out across a page break.
BUDSKAP = [
    "Nasjonale mål for kulturskolen må forskriftsfestes.",
    "Grunnstøtten til kulturskolen må videreføres og økes i takt med prisveksten.",
    "Kommunene må få et tydelig ansvar for at barn og unge som ønsker det, får plass i kulturskolen "
    "innen rimelig tid. Staten må følge med på utviklingen gjennom bedre statistikk, blant annet ved at "
    "ventelister og opptakstall rapporteres årlig i GSI og sammenstilles nasjonalt hvert annet år. "
    "Tallene bør gjøres offentlig tilgjengelige kommune for kommune, slik at foreldre, folkevalgte og "
    "kulturskolene selv kan se hvordan tilbudet utvikler seg over tid.",
    "Kulturskolelærere må omfattes av nasjonale satsinger på kompetanseutvikling for lærere.",
    "Samarbeidet mellom kulturskolen, grunnskolen og det frivillige kulturlivet må styrkes.",
]

# Block list. Kinds: title, subtitle, h1, label, p, tiltak, olist, columns, colbreak, endcolumns, page,
# table. The forced page breaks keep the two-column page and the list item over a page break in place.
BLOCKS = [
    ("title", TITLE),
    ("subtitle", "Vedtatt av hovedstyret 24.~september 2025 i HS-sak~24/25"),
    ("h1", "Innledning"),
    ("label", "BAKGRUNN"),
    (
        "p",
        "Handlingsplanen for 2026 bygger på Strategi 2032 og Politisk plattform 2024–2028. Den viser "
        "hvordan sekretariatet, hovedstyret og regionstyrene skal arbeide det første hele året etter at "
        "den nye rammeplanen for kulturskolen er tatt i bruk.",
    ),
    (
        "p",
        "Planen har fire innsatsområder og til sammen 14~tiltak. De fire innsatsområdene er kulturskole "
        "for alle, kompetanse og rekruttering, fordypning og talentutvikling og påvirkning og dokumentasjon. "
        "Den samlede rammen for tiltakene er 4~230~000~kroner. Lønnskostnader for faste ansatte kommer i "
        "tillegg og inngår ikke i rammen.",
    ),
    ("label", "MÅL FOR 2026"),
    (
        "p",
        "Innen utgangen av 2026 skal flere barn og unge ha fått et kultur|skole|tilbud, flere kommuner "
        "skal ha kvalifiserte lærere i alle kunstfag, og kulturskolens plass i lovverket skal være styrket.",
    ),
    ("label", "OPPFØLGING"),
    (
        "p",
        "Direktøren rapporterer på framdriften til hovedstyret i juni og desember 2026. Hovedstyret kan "
        "omdisponere inntil 10~prosent av rammen mellom innsatsområdene. Tiltak som ikke blir "
        "gjennomført i 2026, vurderes tatt inn i handlingsplanen for 2027.",
    ),
    (
        "p",
        "Hvert tiltak har en ansvarlig enhet, en frist og et budsjett. En samlet oversikt står i tabellen "
        "bakerst i planen.",
    ),
    ("label", "ARBEIDSDELING"),
    (
        "p",
        "Sekretariatet har ansvaret for å gjennomføre tiltakene. Hovedstyret følger opp planen gjennom de "
        "faste rapportene fra direktøren, mens regionstyrene har en særlig rolle i tiltak som skal "
        "gjennomføres i regionene.",
    ),
    ("p", "Regionstyrene skal innen 15.~november 2025 melde inn hvilke av tiltakene de vil prioritere i egen region."),
    ("label", "SAMMENHENG MED ANDRE PLANER"),
    (
        "p",
        "Tiltakene følger opp Landstingets vedtak fra 2024 om kulturskole for alle og om bedre statistikk. "
        "Planen skal også bidra til målet i Strategi 2032 om at kulturskolen skal være et tilbud for alle "
        "barn og unge, uansett hvor de bor.",
    ),
    ("h1", "Innsatsområde 1 Kulturskole for alle"),
    ("label", "BAKGRUNN"),
    (
        "p",
        "Tall fra GSI for 2024 viser at ventelistene har økt i 61~kommuner. Mange kommuner har "
        "moderasjonsordninger, men ordningene er ulike og lite kjent blant foreldre.",
    ),
    ("label", "MÅL"),
    ("p", "Ventelistene skal reduseres, og flere barn fra familier med lav inntekt skal delta i kulturskolen."),
    ("label", "STATUS 2025"),
    (
        "p",
        "I 2025 er det gjennomført en kartlegging av moderasjons|ordninger i 112~kommuner, og det er "
        "laget en veileder om søskenmoderasjon.",
    ),
    ("tiltak", "1.1"),
    ("tiltak", "1.2"),
    ("tiltak", "1.3"),
    ("tiltak", "1.4"),
    ("h1", "Innsatsområde 2 Kompetanse og rekruttering"),
    ("label", "BAKGRUNN"),
    (
        "p",
        "Mange kommuner melder at det er vanskelig å rekruttere lærere med fordypning i dans, teater og "
        "visuell kunst. Små stillingsbrøker gjør det særlig krevende i distriktene.",
    ),
    ("label", "MÅL"),
    (
        "p",
        "Flere kulturskolelærere skal ha relevant formell kompetanse, og det skal bli lettere å "
        "rekruttere til små stillinger.",
    ),
    ("label", "STATUS 2025"),
    (
        "p",
        "Veilederkorpset har i 2025 besøkt 38~kommuner. Et pilotprosjekt med delte stillinger mellom "
        "grunnskole og kulturskole er startet i to regioner.",
    ),
    ("tiltak", "2.1"),
    ("tiltak", "2.2"),
    ("tiltak", "2.3"),
    ("page",),
    ("h1", "Innsatsområde 3 Fordypning og talentutvikling"),
    ("columns",),
    ("label", "BAKGRUNN"),
    (
        "p",
        "Fordypningsprogrammene er ulikt utbygd i landet. I noen fylker finnes det ikke noe regionalt "
        "fordypningstilbud i det hele tatt, og elever må reise langt for å få et tilbud.",
    ),
    ("label", "MÅL"),
    ("p", "Alle fylker skal ha minst ett regionalt fordypnings|tilbud innen 2028."),
    ("label", "STATUS 2025"),
    (
        "p",
        "Det er inngått intensjonsavtaler om regionale fordypnings|tilbud i fire fylker. Erfaringene "
        "fra disse avtalene skal brukes i arbeidet med tiltak~3.1.",
    ),
    ("tiltak", "3.1"),
    ("colbreak",),
    ("tiltak", "3.2"),
    ("tiltak", "3.3"),
    ("endcolumns",),
    ("h1", "Innsatsområde 4 Påvirkning og dokumentasjon"),
    ("label", "BAKGRUNN"),
    (
        "p",
        "Kulturskolen er lovfestet, men innholdet er i liten grad regulert. Organisasjonen arbeider for "
        "at nasjonale mål for kulturskolen skal forskriftsfestes.",
    ),
    ("label", "MÅL"),
    (
        "p",
        "Kulturskolens plass i lovverket og i statsbudsjettet skal styrkes, og statistikken om "
        "kulturskolen skal bli bedre.",
    ),
    ("label", "PRIORITERTE BUDSKAP"),
    ("p", "Overfor Storting og regjering skal organisasjonen i 2026 særlig fremme disse fem budskapene:"),
    ("olist", BUDSKAP),
    ("label", "STATUS 2025"),
    (
        "p",
        "Organisasjonen har i 2025 hatt møter med fem av partigruppene i Stortingets utdannings- og "
        "forskningskomité og levert innspill til statsbudsjettet for 2026.",
    ),
    ("tiltak", "4.1"),
    ("tiltak", "4.2"),
    ("tiltak", "4.3"),
    ("tiltak", "4.4"),
    ("page",),
    ("h1", "Oversikt over tiltak og budsjett"),
    ("p", "Tabellen viser alle tiltakene i planen med ansvar, frist og budsjett. Beløpene er i kroner."),
    ("table",),
    (
        "p",
        "Tiltak~1.4 dekkes innenfor ordinær drift. Budsjettet for tiltak~4.4 avklares i revidert budsjett "
        "for 2026 og er ikke med i summen.",
    ),
    ("h1", "Rapportering"),
    (
        "p",
        "Direktørens rapport i juni 2026 skal vise status for alle tiltak med frist i første halvår. "
        "Rapporten i desember 2026 skal i tillegg inneholde et forslag til hvilke tiltak som bør "
        "videreføres i handlingsplanen for 2027.",
    ),
    ("p", "Regionstyrene rapporterer om tiltakene i regionene gjennom sine årsmeldinger."),
]
