"""Text of the invented cooperation agreement (.docx) of the fit8 set: "Samarbeidsavtale" between Norsk
kulturskoleråd Region Fjordheim and Høgskolen i Marstrøm, 2029–2031.

BLOCKS is the document in reading order:
  ("title", text)     Title style
  ("sub", text)       an italic line under the title
  ("line", text)      a reference line (Normal, no space after)
  ("h1", text)        a numbered clause "3 Partenes forpliktelser" as Heading 1
  ("h2", text)        a sub-clause "3.1 …" as Heading 2
  ("p", text)         Normal paragraph
  ("bullet", text)    List Bullet
  ("number", text)    List Number (Word numbers the items; the number is not part of the text)
  ("table", key)      one of TABLES, Table Grid with a bold header row
  ("note", text)      a small italic note under a table
  ("sign", rows)      the signature table: two columns, no borders
"""

TITLE = "Samarbeidsavtale"
SUB = (
    "mellom Norsk kulturskoleråd Region Fjordheim og Høgskolen i Marstrøm om praksis, videreutdanning og "
    "forskning 2029–2031"
)

TABLES = {
    "bidrag": (
        ("Bidrag per år", "Høgskolen i Marstrøm", "Region Fjordheim"),
        [
            ("Felles fagdag, kontanter (kr)", "40 000", "25 000"),
            ("FoU-prosjekt, kontanter (kr)", "150 000", "60 000"),
            ("Veilederkurs og studieplasser (kr)", "185 000", "0"),
            ("Sum kontanter (kr)", "375 000", "85 000"),
            ("Faglig kontaktperson (timer)", "370", "0"),
            ("Praksiskoordinering (timer)", "0", "210"),
            ("Gjesteforelesninger (timer)", "0", "40"),
            ("Sum timer", "370", "250"),
        ],
    ),
    "kontakt": (
        ("Rolle", "Navn", "Part", "E-post"),
        [
            ("Avtaleansvarlig", "Signe Rørvik, dekan", "Høgskolen", "signe.rorvik@himar.example"),
            ("Faglig kontaktperson", "Lars Østgård, førsteamanuensis", "Høgskolen", "lars.ostgard@himar.example"),
            ("Avtaleansvarlig", "Kjetil Havnås, regionleder", "Regionen", "kjetil.havnas@fjordheim.example"),
            ("Praksiskoordinator", "Hanne Kveseth, rådgiver", "Regionen", "hanne.kveseth@fjordheim.example"),
        ],
    ),
}

SIGN = [
    ("For Høgskolen i Marstrøm", "For Norsk kulturskoleråd Region Fjordheim"),
    ("Marstrøm, 24. oktober 2028", "Brekkvik, 30. oktober 2028"),
    ("Eirik Mjelde", "Ingrid Solbakken"),
    ("rektor", "regionstyreleder"),
]

BLOCKS = [
    ("title", TITLE),
    ("sub", SUB),
    ("line", "Høgskolens referanse: 28/04417"),
    ("line", "Regionens referanse: 2028/311"),
    ("line", "Godkjent av regionstyret 16. oktober 2028, sak 35/28"),
    # ------------------------------------------------------------------ 1
    ("h1", "1 Parter"),
    ("p", "Avtalen er inngått mellom disse partene:"),
    ("bullet", "Norsk kulturskoleråd Region Fjordheim, Strandgata 14, 6120 Brekkvik (heretter «regionen»)"),
    ("bullet", "Høgskolen i Marstrøm, Fakultet for kunstfag og pedagogikk, Kaiveien 3, 6340 Marstrøm "
               "(heretter «høgskolen»)"),
    ("p", "Regionen handler på vegne av sine 23 medlemskommuner. Kulturskolene i disse kommunene er ikke selv "
          "parter i avtalen, men kan ta imot studenter i praksis etter punkt 3.2 og punkt 3.4."),
    # ------------------------------------------------------------------ 2
    ("h1", "2 Formål"),
    ("p", "Formålet med avtalen er å styrke kvaliteten i kulturskolene i Fjordheim gjennom et langsiktig "
          "samarbeid om utdanning, praksis og forskning. Partene skal særlig arbeide for å:"),
    ("number", "sikre nok og gode praksisplasser for studentene i bachelorprogrammet i kulturskolepedagogikk,"),
    ("number", "utvikle etter- og videreutdanning for lærere i kulturskolene i regionen,"),
    ("number", "gjennomføre praksisnære forsknings- og utviklingsprosjekter (FoU-prosjekter),"),
    ("number", "rekruttere flere kvalifiserte lærere til kulturskolene i distriktskommunene."),
    # ------------------------------------------------------------------ 3
    ("h1", "3 Partenes forpliktelser"),
    ("p", "Partene har ansvar for hver sin del av samarbeidet, slik det går fram av punkt 3.1 til 3.4. "
          "Kostnadene er fordelt i punkt 4."),
    ("h2", "3.1 Høgskolens forpliktelser"),
    ("p", "Høgskolen skal:"),
    ("bullet", "tilby videreutdanningen «Kulturskolepedagogikk 1» (30 studiepoeng) hvert studieår, med tre av "
               "fem samlinger i Brekkvik,"),
    ("bullet", "gi praksisveiledere et veilederkurs på 10 studiepoeng uten studieavgift, for inntil tolv lærere "
               "hvert år,"),
    ("bullet", "sette av 20 prosent av en faglig stilling til arbeidet med avtalen,"),
    ("bullet", "invitere regionen til å være med og planlegge nye emner som gjelder kulturskolen."),
    ("h2", "3.2 Regionens forpliktelser"),
    ("p", "Regionen skal:"),
    ("bullet", "formidle praksisplasser i medlemskommunenes kulturskoler til minst 16 studenter hvert studieår,"),
    ("bullet", "melde inn praksisplassene for høstsemesteret innen 15. mars og for vårsemesteret innen "
               "15. oktober,"),
    ("bullet", "gi høgskolen resultatene fra den årlige kompetansekartleggingen i kulturskolene,"),
    ("bullet", "stille med gjesteforelesere fra regionkontoret og kulturskolene, til sammen inntil 40 timer i "
               "året,"),
    ("bullet", "gjøre videreutdanningen kjent i medlemskommunene."),
    ("h2", "3.3 Felles forpliktelser"),
    ("p", "Partene skal sammen søke ekstern finansiering til minst ett FoU-prosjekt i avtaleperioden. De skal "
          "også holde en felles fagdag hvert år, vekselvis i Brekkvik og i Marstrøm, med Brekkvik som vertssted "
          "i 2029."),
    ("h2", "3.4 Praksis i kulturskolene"),
    ("p", "Praksisperioden er seks uker i andre studieår og fire uker i tredje studieår. Hver student skal ha en "
          "fast praksisveileder med godkjent lærerutdanning og minst tre års erfaring fra kulturskolen."),
    ("p", "Høgskolen betaler kulturskolen 1 350 kroner per student for hver praksisuke. Beløpet utbetales "
          "samlet etter at praksisperioden er avsluttet og vurdert."),
    # ------------------------------------------------------------------ 4
    ("h1", "4 Økonomi"),
    ("p", "Partenes årlige bidrag går fram av tabellen. Kronebeløpene justeres med konsumprisindeksen hvert år "
          "fra og med 1. januar 2030."),
    ("table", "bidrag"),
    ("note", "Merknad til tabellen: Timene er klokketimer. Regionens bidrag til FoU-prosjektet betales først når "
             "den eksterne finansieringen er innvilget."),
    ("p", "Høgskolen betaler regionen 1 080 kroner per time for gjesteforelesninger etter punkt 3.2. Betalingen "
          "går til regionen og ikke til den enkelte foreleseren, jf. regionens etiske retningslinjer."),
    ("p", "Utgifter til reise og opphold for egne ansatte dekker hver part selv."),
    # ------------------------------------------------------------------ 5
    ("h1", "5 Organisering og kontaktpersoner"),
    ("h2", "5.1 Samarbeidsutvalget"),
    ("p", "Samarbeidet ledes av et samarbeidsutvalg med to representanter fra hver part. Utvalget møtes minst to "
          "ganger i året og sender en årsrapport til begge parter innen 1. desember. Ledervervet går på omgang; "
          "høgskolen leder utvalget i 2029 og regionen i 2030."),
    ("h2", "5.2 Kontaktpersoner"),
    ("p", "Partene har disse kontaktpersonene for avtalen:"),
    ("table", "kontakt"),
    ("p", "Endringer i kontaktpersoner meldes skriftlig til den andre parten og krever ikke endring av avtalen."),
    # ------------------------------------------------------------------ 6
    ("h1", "6 Rettigheter og publisering"),
    ("p", "Begge parter kan publisere resultater fra felles FoU-prosjekter med henvisning til samarbeidet. "
          "Opphavsretten til undervisningsmateriell tilhører den som har laget det. Regionen får bruke "
          "materiellet fra veilederkurset vederlagsfritt i eget arbeid."),
    # ------------------------------------------------------------------ 7
    ("h1", "7 Personvern og taushetsplikt"),
    ("p", "Studentene skal skrive under en taushetserklæring før praksisstart. Høgskolen er behandlingsansvarlig "
          "for personopplysninger om studentene. Partene inngår en egen databehandleravtale dersom det blir "
          "nødvendig."),
    # ------------------------------------------------------------------ 8
    ("h1", "8 Varighet, evaluering og oppsigelse"),
    ("p", "Avtalen gjelder fra 1. januar 2029 til og med 31. desember 2031."),
    ("p", "Samarbeidsutvalget skal evaluere avtalen innen 1. juni 2031. På grunnlag av evalueringen avgjør "
          "partene om avtalen skal forlenges. Den kan forlenges med inntil to år om gangen ved et skriftlig "
          "tillegg."),
    ("p", "Hver av partene kan si opp avtalen skriftlig med seks måneders oppsigelsestid, regnet fra den første "
          "dagen i måneden etter at oppsigelsen er mottatt. Studenter som er i praksis når avtalen sies opp, "
          "skal få fullføre praksisperioden."),
    ("p", "Ved vesentlig mislighold kan avtalen sies opp med én måneds varsel, jf. punkt 9."),
    # ------------------------------------------------------------------ 9
    ("h1", "9 Mislighold og tvister"),
    ("p", "Oppfyller en part ikke forpliktelsene sine, skal den andre parten varsle skriftlig. Uenighet skal "
          "først søkes løst i samarbeidsutvalget og deretter mellom rektor og regionstyrets leder. Er saken ikke "
          "løst innen 60 dager etter varselet, kan hver av partene bringe den inn for Marstrøm tingrett."),
    # ------------------------------------------------------------------ 10
    ("h1", "10 Vedlegg og underskrifter"),
    ("p", "Avtalen har to vedlegg: Vedlegg 1 Plan for praksis 2029–2030 og Vedlegg 2 Mal for "
          "taushetserklæring. Vedleggene ettersendes og er ikke tatt inn her."),
    ("p", "Avtalen er skrevet under i to eksemplarer, ett til hver part."),
    ("sign", SIGN),
]


def check_sums() -> None:
    """The sum rows of the contributions table add up."""
    _, rows = TABLES["bidrag"]
    num = {r[0]: [int(v.replace(" ", "")) for v in r[1:]] for r in rows}
    cash = [k for k in num if k.endswith("(kr)") and not k.startswith("Sum")]
    hours = [k for k in num if k.endswith("(timer)")]
    for col in (0, 1):
        assert sum(num[k][col] for k in cash) == num["Sum kontanter (kr)"][col], ("kr", col)
        assert sum(num[k][col] for k in hours) == num["Sum timer"][col], ("timer", col)
