"""Text of 'Strategiplan 2026–2030 for Norsk kulturskoleråd' (invented; see layout.py for the markup).

Block kinds: cover_title, cover_sub, cover_note, h1 (Hovedmål / chapter), h2 (Delmål), label (ALL CAPS),
p, tiltak (the small "Tiltak" label), bullets, numbers, table, columns, colbreak, endcolumns, page.
"""

TITLE = "Strategiplan 2026–2030 for Norsk kulturskoleråd"

# Indicator table: (indikator, hovedmål, utgangspunkt 2024, mål 2030)
INDICATORS = [
    ("Andel barn i grunnskolealder som går i kulturskolen", "1", "13,8~%", "18~%"),
    ("Antall barn på venteliste", "1", "21~450", "under 12~000"),
    ("Andel kommuner med moderasjon for familier med lav inntekt", "1", "54~%", "90~%"),
    ("Antall kommuner som tilbyr minst tre kunstfag", "1", "187", "260"),
    ("Andel lærere med godkjent utdanning i kunstfag og pedagogikk", "2", "71~%", "85~%"),
    ("Andel lærere i stilling på 50~prosent eller mer", "2", "58~%", "75~%"),
    ("Antall kommuner med skriftlig avtale med grunnskolen", "2", "64", "200"),
    ("Statlig grunnstøtte per elev", "3", "310~kr", "500~kr"),
    ("Andel kommuner som rapporterer ventelister i GSI", "3", "ikke målt", "100~%"),
]

# The follow-up list; item 3 is long and is laid out across a page break.
OPPFOLGING = [
    "Hovedstyret vedtar hvert år en handlingsplan med konkrete tiltak, ansvar og budsjett.",
    "Regionstyrene lager egne regionale planer som bygger på strategiplanen og den årlige handlingsplanen.",
    "Direktøren rapporterer til hovedstyret to ganger i året om framdriften i tiltakene og om utviklingen "
    "i indikatorene. Rapporten i desember skal i tillegg vise hvordan regionene har fulgt opp planen, hvilke "
    "tiltak som er forsinket, og hvilke grep sekretariatet foreslår for å komme i rute. Rapportene legges fram "
    "for regionstyrene til orientering og publiseres på organisasjonens nettsider, slik at medlemskommunene "
    "og samarbeidspartnerne kan følge arbeidet gjennom hele perioden.",
    "Strategiplanen evalueres midtveis i 2028, før Landstinget. Evalueringen gjennomføres av et eksternt fagmiljø.",
    "Arbeidet med en ny strategiplan for perioden etter 2030 starter høsten 2029.",
]

BLOCKS = [
    # ---- page 1: cover -----------------------------------------------------------------------
    ("cover_title", "Strategiplan 2026–2030"),
    ("cover_sub", "Norsk kulturskoleråd"),
    ("cover_slogan", "Kulturskole som virker – for alle, i hele landet"),
    (
        "cover_note",
        "Vedtatt av hovedstyret 3.~desember 2025 i HS-sak~38/25. Strategiplanen gjelder fra 1.~januar 2026 "
        "til 31.~desember 2030.",
    ),
    ("page",),
    # ---- page 2: forord, visjon, verdier -------------------------------------------------------
    ("h1", "Forord"),
    (
        "p",
        "Kulturskolen har aldri hatt flere elever enn i dag, men fortsatt står over 21~000 barn på venteliste. "
        "Samtidig er det store forskjeller mellom kommunene i hva tilbudet inneholder og hva det koster. "
        "Denne strategiplanen peker ut tre hovedmål for arbeidet fram mot 2030 og beskriver hvordan vi skal "
        "nå dem.",
    ),
    (
        "p",
        "Planen er utarbeidet av en arbeidsgruppe ledet av nestlederen i hovedstyret, Øyvind Strandkleiv. "
        "Regionstyrene, medlemskommunene og arbeidstakerorganisasjonene har gitt innspill i to høringsrunder "
        "våren og høsten 2025. Hovedstyret takker for de 143~skriftlige innspillene.",
    ),
    ("p_sign", "Hilde Marie Lysgaard, styreleder"),
    ("label", "VISJON"),
    (
        "p",
        "Alle barn og unge skal kunne utforske, lære og skape kunst i en kulturskole av høy kvalitet, uansett "
        "hvor de bor og hva foreldrene tjener.",
    ),
    ("label", "VERDIER"),
    (
        "p",
        "Arbeidet bygger på fire verdier: nysgjerrighet, raushet, kvalitet og medvirkning. Verdiene gjelder "
        "for sekretariatet, for de tillitsvalgte og for samarbeidet med medlemskommunene.",
    ),
    ("label", "OM PLANEN"),
    (
        "p",
        "Strategiplanen har tre hovedmål med til sammen ni delmål. Under hvert delmål står tiltakene "
        "organisasjonen skal gjennomføre i perioden. Hvordan måloppnåelsen skal måles, går fram av "
        "indikatortabellen bakerst i planen. Tiltakene konkretiseres og budsjetteres i de årlige "
        "handlingsplanene.",
    ),
    ("page",),
    # ---- page 3: Hovedmål 1 -------------------------------------------------------------------
    ("h1", "Hovedmål 1 Kulturskole for alle barn og unge"),
    (
        "p",
        "Kulturskolen skal være et reelt tilbud for alle barn og unge. I dag går 13,8~prosent av barna i "
        "grunnskolealder i kulturskolen, og andelen varierer fra under 5 til over 40~prosent mellom kommunene.",
    ),
    ("h2", "Delmål 1.1 Lavere terskel for å delta"),
    (
        "p",
        "Prisen skal ikke avgjøre om et barn kan gå i kulturskolen. Organisasjonen skal arbeide for at alle "
        "kommuner har moderasjonsordninger for familier med lav inntekt og for søsken.",
    ),
    ("tiltak",),
    (
        "bullets",
        [
            "Utarbeide en nasjonal anbefaling om moderasjonsordninger og friplasser innen utgangen av 2026.",
            "Samle og spre eksempler på kommuner som har fjernet eller redusert foreldrebetalingen.",
            "Arbeide for en statlig tilskuddsordning som dekker friplasser for barn i familier med vedvarende "
            "lav inntekt.",
        ],
    ),
    ("h2", "Delmål 1.2 Kortere ventelister"),
    (
        "p",
        "Ventelistene skal ned, og ingen barn skal måtte vente mer enn ett år på plass i kulturskolen.",
    ),
    ("tiltak",),
    (
        "numbers",
        [
            "Kartlegge årsakene til ventelister i de 50~kommunene med lengst ventelister.",
            "Utvikle en veileder for opptak og prioritering som kommunene kan bruke i egne opptaksreglementer.",
            "Foreslå for Utdanningsdirektoratet at ventelister rapporteres som egen indikator i GSI.",
        ],
    ),
    ("h2", "Delmål 1.3 Et bredere tilbud"),
    (
        "p",
        "Tilbudet skal speile barnas interesser og bakgrunn. Flere kommuner skal tilby andre kunstfag enn "
        "musikk, særlig dans, teater, visuell kunst, skapende skriving og film.",
    ),
    ("tiltak",),
    (
        "bullets",
        [
            "Etablere et nettverk for kommuner som vil starte opp nye kunstfag.",
            "Utvikle kortkurs og prøvetilbud for barn som ikke har gått i kulturskolen før.",
        ],
    ),
    ("page",),
    # ---- page 4: Hovedmål 2 in two columns ----------------------------------------------------
    ("h1", "Hovedmål 2 Kvalifiserte lærere og sterke fagmiljøer"),
    (
        "p",
        "Kvaliteten i kulturskolen avhenger av lærerne. Mange kommuner har små fagmiljøer og lærere i små "
        "stillinger, og det er mangel på lærere i dans, teater og visuell kunst.",
    ),
    ("columns",),
    ("h2", "Delmål 2.1 Rekruttering og hele stillinger"),
    ("p", "Flere skal velge å arbeide i kulturskolen, og flere lærere skal ha hele stillinger."),
    ("tiltak",),
    (
        "numbers",
        [
            "Gjennomføre en rekrutteringskampanje rettet mot studenter i utøvende og skapende kunstfag i 2027.",
            "Utvikle modeller for kombinerte stillinger mellom kulturskole, grunnskole og SFO.",
            "Dokumentere omfanget av deltidsstillinger i kulturskolene hvert annet år.",
        ],
    ),
    ("h2", "Delmål 2.2 Kompetanseutvikling"),
    (
        "p",
        "Lærere og ledere i kulturskolen skal ha tilgang til etter- og videreutdanning på linje med lærere i "
        "grunnskolen.",
    ),
    ("colbreak",),
    ("tiltak",),
    (
        "bullets",
        [
            "Arbeide for at kulturskolelærere får delta i de statlige videreutdanningsordningene for lærere.",
            "Tilby et lederutviklingsprogram for kulturskoleledere med oppstart høsten 2026. Programmet har "
            "plass til 30~ledere per kull.",
            "Videreutvikle veilederkorpset slik at hver region har minst to veiledere.",
        ],
    ),
    ("h2", "Delmål 2.3 Samarbeid med skole og barnehage"),
    (
        "p",
        "Kulturskolen skal være en ressurs for grunnskolen og barnehagen, uten at samarbeidet går ut over "
        "kulturskolens egenart.",
    ),
    ("tiltak",),
    (
        "bullets",
        [
            "Utarbeide en avtalemal for samarbeid mellom kulturskole og grunnskole.",
            "Gjennomføre et pilotprosjekt med kulturskoletilbud i barnehager i seks kommuner i perioden 2027–2029.",
        ],
    ),
    ("endcolumns",),
    ("page",),
    # ---- page 5: Hovedmål 3 -------------------------------------------------------------------
    ("h1", "Hovedmål 3 Kulturskolen sikret i lov og økonomi"),
    (
        "p",
        "Kulturskolen er lovfestet i opplæringsloven, men loven sier lite om innholdet. Organisasjonen vil at "
        "kulturskolen skal få en tydeligere plass i lov, forskrift og statsbudsjett.",
    ),
    ("h2", "Delmål 3.1 Nasjonale mål i forskrift"),
    ("p", "Nasjonale mål for kulturskolen skal være forskriftsfestet innen 2028."),
    ("tiltak",),
    (
        "numbers",
        [
            "Legge fram et forslag til forskriftstekst for Kunnskapsdepartementet innen 1.~juni 2026.",
            "Mobilisere medlemskommunene og fylkeskommunene i høringen om forskriften.",
        ],
    ),
    ("h2", "Delmål 3.2 Bedre statistikk"),
    (
        "p",
        "Statistikken om kulturskolen skal gi et riktig bilde av aktiviteten, ventelistene og lærernes kompetanse.",
    ),
    ("tiltak",),
    (
        "bullets",
        [
            "Foreslå nye indikatorer i GSI i samarbeid med Utdanningsdirektoratet.",
            "Publisere en årlig kulturskolerapport med nøkkeltall for alle kommuner fra og med 2027.",
        ],
    ),
    ("h2", "Delmål 3.3 Forutsigbar finansiering"),
    (
        "p",
        "Kulturskolen skal ha en forutsigbar finansiering, med en statlig grunnstøtte som følger prisveksten.",
    ),
    ("tiltak",),
    (
        "numbers",
        [
            "Arbeide for at den statlige grunnstøtten økes til minst 500~kroner per elev innen 2030.",
            "Levere innspill til statsbudsjettet hvert år innen 1.~mars.",
        ],
    ),
    ("page",),
    # ---- page 6: indicators, follow-up (item 3 runs over to page 7) --------------------------
    ("h1", "Indikatorer"),
    (
        "p",
        "Tabellen viser indikatorene hovedstyret bruker for å følge med på måloppnåelsen. Utgangspunktet er "
        "tall fra GSI og egne undersøkelser for 2024.",
    ),
    ("table",),
    (
        "p",
        "Indikatorene rapporteres årlig i hovedstyrets årsmelding. Hovedstyret kan justere målene ved "
        "midtveisevalueringen i 2028.",
    ),
    ("h1", "Gjennomføring og oppfølging"),
    (
        "p",
        "Kulturskolens utvikling avhenger av vedtak i mer enn 350 kommunestyrer. Organisasjonen kan ikke nå "
        "målene alene, men skal være en pådriver og en samarbeidspartner for kommunene, fylkeskommunene og "
        "staten. Sekretariatet har ansvaret for å gjennomføre tiltakene, mens hovedstyret og regionstyrene "
        "følger med på at arbeidet går som planlagt.",
    ),
    (
        "p",
        "Strategiplanen gjelder for hele organisasjonen. Regionstyrene har et særlig ansvar for tiltak som "
        "gjennomføres i regionene, og for å holde kontakten med medlemskommunene om hvordan planen virker "
        "lokalt. Planen skal ses i sammenheng med Politisk plattform 2024–2028 og med de andre strategiene "
        "organisasjonen har vedtatt, blant annet Kunststrategi 2026–2029 og strategien for mangfold og "
        "inkludering.",
    ),
    ("p", "Strategiplanen følges opp i fem trinn:"),
    ("olist", OPPFOLGING),
    ("h1", "Kontakt"),
    (
        "p",
        "Spørsmål om strategiplanen kan rettes til sekretariatet i Norsk kulturskoleråd. Planen er også "
        "tilgjengelig i en kortversjon og i en versjon på nordsamisk.",
    ),
]
