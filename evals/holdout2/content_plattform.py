"""Text of 'Politisk plattform for Region Nord 2025–2028' (invented names, places and figures).

Blocks: ("title", text), ("h1"|"h2"|"h3", text), ("p", text), ("pb", bold lead-in, text),
("bullet", [items]), ("number", [items]), ("table", header, rows).
A footnote marker is written "[^N]" at the end of a paragraph; the note texts are in NOTES.
"""

TITLE = "Politisk plattform for Region Nord 2025–2028"

NOTES = {
    "1": "Politisk plattform 2024–2028 for Norsk kulturskoleråd, vedtatt av Landstinget i 2024.",
    "2": "Forvaltningsområdet for samisk språk omfattet 11 av regionens medlemskommuner per 1. januar 2025.",
}

BLOCKS = [
    ("title", TITLE),
    ("p", "Norsk kulturskoleråd, Region Nord"),
    ("p", "Vedtatt av regionmøtet i Region Nord i Havnvik 23. april 2025."),
    # ------------------------------------------------------------------------------------------
    ("h1", "1 Innledning"),
    (
        "p",
        "Region Nord i Norsk kulturskoleråd omfatter medlemskommunene i Nordfjell og Kvitbotn fylkeskommuner. "
        "Regionen har 74 medlemskommuner, og begge fylkeskommunene er medlemmer.",
    ),
    (
        "p",
        "Plattformen beskriver hva regionstyret vil arbeide for overfor kommuner, fylkeskommuner og regionale "
        "myndigheter i perioden 2025–2028. Den bygger på den nasjonale politiske plattformen, men løfter fram "
        "forhold som er særlig viktige i nord.[^1]",
    ),
    ("h2", "1.1 Slik brukes plattformen"),
    (
        "p",
        "Plattformen er et verktøy for regionstyret, regionrådgiveren og kulturskolelederne i regionen. Den "
        "skal brukes i møter med politikere og administrasjon, i høringsuttalelser og i innspill til "
        "budsjettprosessene i kommunene og fylkeskommunene.",
    ),
    ("h2", "1.2 Gjennomgående hensyn"),
    ("p", "Tre hensyn går igjen i alle delene av plattformen:"),
    (
        "number",
        [
            "Lange avstander og spredt bosetting.",
            "Samisk og kvensk kunst og kultur.",
            "Små fagmiljøer og sårbare stillinger.",
        ],
    ),
    # ------------------------------------------------------------------------------------------
    ("h1", "2 Kulturskolen i kommunene"),
    ("h2", "2.1 Et tilbud for alle barn og unge"),
    (
        "p",
        "Regionstyret vil at alle barn og unge i regionen skal kunne gå i kulturskolen, også der det er langt "
        "til nærmeste kulturskolelærer. I 2024 sto 1 140 barn på venteliste i regionen.",
    ),
    ("h3", "Økonomi"),
    (
        "p",
        "Foreldrebetalingen for et ordinært tilbud varierer i regionen fra 1 900 til 4 600 kroner i året. "
        "Regionstyret vil arbeide for at",
    ),
    (
        "bullet",
        [
            "foreldrebetalingen ikke overstiger 3 000 kroner i året for et ordinært tilbud",
            "alle kommuner har søskenmoderasjon og friplasser",
            "leie av instrument er gratis det første året",
        ],
    ),
    ("h3", "Lokaler"),
    (
        "p",
        "Mange kulturskoler i regionen holder til i lokaler som ikke er bygd for undervisning i kunstfag. "
        "Regionstyret vil at kommunene tar med kulturskolens behov når nye skoler og kulturhus planlegges.",
    ),
    ("h2", "2.2 Lærere og ledelse"),
    ("h3", "Kompetanse"),
    (
        "p",
        "I regionen har 64 prosent av kulturskolelærerne formell kompetanse i både kunstfag og pedagogikk. "
        "Regionstyret vil at kommunene gir lærerne rett til minst fem dager etterutdanning i året.",
    ),
    ("h3", "Rekruttering"),
    (
        "p",
        "Regionstyret vil at kommunene samarbeider om delte stillinger, slik at lærere kan få hele stillinger "
        "også i små kommuner. Regionstyret vil be fylkeskommunene opprette en stipendordning for studenter fra "
        "regionen som tar utdanning i dans eller teater.",
    ),
    ("h2", "2.3 Samarbeid med skolen"),
    (
        "p",
        "Kulturskolen og grunnskolen bør samarbeide om kulturskoletimen og om Den kulturelle skolesekken. "
        "Samarbeidet skal bygge på en skriftlig avtale mellom kulturskolen og den enkelte grunnskolen. "
        "Avtalen bør omfatte",
    ),
    (
        "bullet",
        [
            "felles planlegging ved starten av skoleåret",
            "deling av lokaler og utstyr",
            "bruk av kulturskolelærere i de praktisk-estetiske fagene der skolen mangler kompetanse",
        ],
    ),
    # ------------------------------------------------------------------------------------------
    ("h1", "3 Kulturskolen i regionen"),
    ("h2", "3.1 Fordypning"),
    (
        "p",
        "Elever som vil satse på et kunstfag, skal få et fordypningstilbud uten å måtte flytte hjemmefra. "
        "Regionen har i dag tre regionale fordypningstilbud:",
    ),
    (
        "table",
        ["Sted", "Kunstfag", "Elever 2024", "Startår"],
        [
            ["Havnvik", "musikk og dans", "46", "2019"],
            ["Lyngsnes", "musikk og teater", "28", "2021"],
            ["Skarvbotn", "visuell kunst", "12", "2024"],
            ["Sum", "", "86", ""],
        ],
    ),
    ("h3", "Kompetanse"),
    (
        "p",
        "Fordypningslærerne skal ha et faglig nettverk på tvers av kommunene. Regionstyret vil etablere et "
        "nettverk med to fysiske samlinger i året, én i Havnvik og én i Lyngsnes.",
    ),
    ("h3", "Økonomi"),
    (
        "p",
        "Regionstyret vil at fylkeskommunene dekker minst halvparten av kostnadene til de regionale "
        "fordypningstilbudene. Reiseutgiftene for elever som bor mer enn 100 kilometer fra tilbudet, bør "
        "dekkes fullt ut.",
    ),
    ("h2", "3.2 Samisk og kvensk kunst og kultur"),
    (
        "p",
        "Kulturskolene i regionen har et særlig ansvar for samisk og kvensk kunst og kultur. Regionstyret vil "
        "at alle kulturskoler i forvaltningsområdet for samisk språk skal tilby joik eller duodji.[^2]",
    ),
    (
        "p",
        "Regionstyret vil samarbeide med Sámi dáiddaguovddáš i Gáivuotna om et felles kurstilbud for "
        "kulturskolelærere, og vil be fylkeskommunene om midler til et kvensk kulturskoleprosjekt.",
    ),
    ("h2", "3.3 Lange avstander"),
    (
        "p",
        "Digital undervisning kan ikke erstatte undervisning der lærer og elev møtes, men kan være et godt "
        "supplement. Regionstyret vil at kommunene skal kunne gi inntil en tredjedel av undervisningen digitalt "
        "når reiseavstanden for eleven er over 50 kilometer.",
    ),
    # ------------------------------------------------------------------------------------------
    ("h1", "4 Oppfølging"),
    ("p", "Regionstyret følger opp plattformen slik:"),
    (
        "number",
        [
            "Regionstyret drøfter plattformen på det første styremøtet hvert år.",
            "Regionrådgiveren lager en årlig statusrapport som legges fram for regionmøtet.",
            "Plattformen revideres før regionmøtet i 2028.",
        ],
    ),
    ("p", "Tabellen viser de fire sakene regionstyret vil prioritere i 2025 og 2026:"),
    (
        "table",
        ["Prioritert sak", "Ansvar", "Frist"],
        [
            ["Foreldrebetaling under 3 000 kroner", "Regionstyret", "31. desember 2026"],
            ["Nettverk for fordypningslærere", "Regionrådgiveren", "1. mars 2026"],
            ["Joik eller duodji i forvaltningsområdet", "Regionstyret og medlemskommunene", "1. august 2026"],
            ["Avtalemal for samarbeid med skolen", "Regionrådgiveren", "15. januar 2026"],
        ],
    ),
    ("pb", "Regionstyret i Region Nord 2025–2027:", ""),
    (
        "bullet",
        [
            "Siri Aamodt Kjelsnes, leder",
            "Arnt Helge Sandmo, nestleder",
            "Elle Márjá Guttorm",
            "Kristoffer Hågensen",
            "Tone Varanes",
        ],
    ),
    ("pb", "Regionrådgiver:", "Ingvild Solbakk Eidem"),
]
