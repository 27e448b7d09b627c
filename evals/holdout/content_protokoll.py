"""Text of 'Protokoll fra hovedstyremøte 3/2025' (invented names, places and votes).

Blocks: ("h1"|"h2"|"h3", text), ("p", text), ("pb", bold lead-in, text), ("bullet", [items]),
("number", [items]), ("table", header, rows).
"""

TITLE = "Protokoll fra hovedstyremøte 3/2025"

BLOCKS = [
    ("h1", TITLE),
    ("pb", "Dato:", "24. september 2025, kl. 09.30–15.45"),
    ("pb", "Sted:", "Fjordheim hotell, Løvåsen"),
    ("pb", "Møteleder:", "Marit Hovdenak"),
    ("pb", "Til stede:", ""),
    (
        "bullet",
        [
            "Marit Hovdenak, leder",
            "Per Einar Slåtten, nestleder",
            "Guro Lindeflaten",
            "Tormod Vikseth",
            "Aslaug Brennhaug",
            "Sindre Ottestad",
            "Eivind Kolstø, 1. varamedlem, møtte for Hanne Rismyhr",
        ],
    ),
    ("pb", "Forfall:", "Hanne Rismyhr"),
    (
        "pb",
        "Fra administrasjonen:",
        "direktør Kjersti Fagerheim, økonomisjef Lars Tveitane (under HS-sak "
        "23/25) og rådgiver Jon Arne Myklebust, som førte protokollen.",
    ),
    ("p", "Hovedstyret var vedtaksført med sju stemmeberettigede medlemmer til stede."),
    ("h2", "HS-sak 21/25 Godkjenning av innkalling og saksliste"),
    ("h3", "Saksframstilling"),
    (
        "p",
        "Innkalling og saksliste ble sendt ut 10. september 2025. Lederen ba om at det under "
        "orienteringssakene også blir gitt en kort orientering om Landsting 2028.",
    ),
    ("h3", "Forslag til vedtak"),
    ("p", "Innkalling og saksliste godkjennes."),
    (
        "pb",
        "Vedtak:",
        "Innkalling og saksliste godkjennes, med tillegg av en orientering om Landsting 2028 "
        "under HS-sak 28/25. Enstemmig.",
    ),
    ("h2", "HS-sak 22/25 Godkjenning av protokoll fra hovedstyremøte 2/2025"),
    ("h3", "Saksframstilling"),
    (
        "p",
        "Protokollen fra det digitale hovedstyremøtet 11. juni 2025 ble sendt ut sammen med innkallingen. "
        "Det er ikke kommet merknader til protokollen.",
    ),
    ("h3", "Forslag til vedtak"),
    ("p", "Protokollen fra hovedstyremøte 2/2025 godkjennes."),
    ("pb", "Vedtak:", "Protokollen fra hovedstyremøte 2/2025 godkjennes. Enstemmig."),
    ("h2", "HS-sak 23/25 Økonomirapport per 31. august 2025"),
    ("h3", "Saksframstilling"),
    (
        "p",
        "Økonomisjef Lars Tveitane gikk gjennom regnskapet per 31. august 2025. Driftsresultatet er "
        "312 000 kroner bedre enn budsjettert. Avviket skyldes i hovedsak at to stillinger har stått "
        "ubesatt i deler av perioden. Kostnadene til regionale konferanser er høyere enn budsjettert.",
    ),
    ("p", "Tabellen viser hovedpostene. Positivt avvik betyr at resultatet er bedre enn budsjettert."),
    (
        "table",
        ["Post", "Budsjett per 31.08 (kr)", "Regnskap per 31.08 (kr)", "Avvik (kr)"],
        [
            ["Medlemskontingent", "9 800 000", "9 845 000", "45 000"],
            ["Statlige tilskudd", "6 200 000", "6 200 000", "0"],
            ["Lønnskostnader", "11 400 000", "11 020 000", "380 000"],
            ["Regionale konferanser", "640 000", "753 000", "–113 000"],
            ["Reiser og møter", "520 000", "500 000", "20 000"],
            ["Andre driftskostnader", "1 900 000", "1 920 000", "–20 000"],
            ["Driftsresultat", "1 540 000", "1 852 000", "312 000"],
        ],
    ),
    ("h3", "Forslag til vedtak"),
    ("p", "Hovedstyret tar økonomirapporten per 31. august 2025 til orientering."),
    ("h3", "Behandling"),
    (
        "p",
        "Aslaug Brennhaug spurte om merforbruket på regionale konferanser. Direktøren svarte at "
        "deltakelsen på konferansene i vår hadde vært høyere enn ventet, og at merforbruket i hovedsak "
        "gjaldt leie av lokaler.",
    ),
    (
        "pb",
        "Vedtak:",
        "Hovedstyret tar økonomirapporten per 31. august 2025 til orientering. Direktøren "
        "legger fram en prognose for årsresultatet i neste hovedstyremøte. Enstemmig.",
    ),
    ("h2", "HS-sak 24/25 Handlingsplan 2026"),
    ("h3", "Saksframstilling"),
    (
        "p",
        "Et utkast til handlingsplan ble drøftet i hovedstyremøte 2/2025 og sendt på innspillsrunde til "
        "regionstyrene med frist 1. september 2025. Det kom innspill fra sju regionstyrer. Innspillene "
        "gjaldt særlig ventelister og rekruttering av lærere.",
    ),
    ("p", "Planen har fire innsatsområder med til sammen 14 tiltak."),
    ("h3", "Forslag til vedtak"),
    (
        "p",
        "Hovedstyret vedtar Handlingsplan 2026 for Norsk kulturskoleråd med en samlet ramme for tiltakene "
        "på 4 230 000 kroner.",
    ),
    ("h3", "Behandling"),
    (
        "p",
        "Endringsforslag fra Tormod Vikseth: Budsjettet for tiltak 1.2 Inkluderingsmidler økes med "
        "200 000 kroner. Økningen finansieres ved en tilsvarende reduksjon i tiltak 2.3 "
        "Rekrutteringskampanje.",
    ),
    (
        "p",
        "Tilleggsforslag fra Guro Lindeflaten: Direktøren legger fram en sak om finansiering av tiltak 4.4 "
        "Forskningssamarbeid senest i første hovedstyremøte i 2026.",
    ),
    (
        "p",
        "Endringsforslaget fra Tormod Vikseth falt med 3 mot 4 stemmer. Tilleggsforslaget fra Guro "
        "Lindeflaten ble enstemmig vedtatt. Forslaget til vedtak, med tilleggsforslaget, ble vedtatt med "
        "6 mot 1 stemme.",
    ),
    ("pb", "Vedtak:", ""),
    (
        "p",
        "1. Hovedstyret vedtar Handlingsplan 2026 for Norsk kulturskoleråd med en samlet ramme for "
        "tiltakene på 4 230 000 kroner.",
    ),
    (
        "p",
        "2. Direktøren legger fram en sak om finansiering av tiltak 4.4 Forskningssamarbeid senest i første "
        "hovedstyremøte i 2026.",
    ),
    ("h2", "HS-sak 25/25 Driftstilskudd til regionstyrene 2026"),
    ("h3", "Saksframstilling"),
    (
        "p",
        "Etter instruks for regionstyrene artikkel 8 fastsetter hovedstyret det årlige driftstilskuddet "
        "til regionstyrene. I 2025 fikk hvert regionstyre 80 000 kroner. Direktøren foreslår at tilskuddet "
        "videreføres på samme nivå, og at regionstyrer med mer enn 40 medlemskommuner får et tillegg.",
    ),
    ("h3", "Forslag til vedtak"),
    (
        "p",
        "Driftstilskuddet til regionstyrene for 2026 settes til 80 000 kroner per regionstyre. "
        "Regionstyrer med mer enn 40 medlemskommuner får et tillegg på 15 000 kroner.",
    ),
    ("h3", "Behandling"),
    ("p", "Endringsforslag fra Sindre Ottestad: Driftstilskuddet settes til 90 000 kroner per regionstyre."),
    (
        "p",
        "Flere medlemmer pekte på at kostnadene til konferanser har økt. Endringsforslaget ble vedtatt med "
        "5 mot 2 stemmer.",
    ),
    (
        "pb",
        "Vedtak:",
        "Driftstilskuddet til regionstyrene for 2026 settes til 90 000 kroner per regionstyre. "
        "Regionstyrer med mer enn 40 medlemskommuner får et tillegg på 15 000 kroner. Økningen dekkes av "
        "reserven i budsjettet for 2026.",
    ),
    ("h2", "HS-sak 26/25 Høringsuttalelse om nasjonale mål for kulturskolen"),
    ("h3", "Saksframstilling"),
    (
        "p",
        "Kunnskapsdepartementet har sendt på høring et forslag om nasjonale mål for kulturskolen, med "
        "høringsfrist 15. oktober 2025. Sekretariatet har laget et utkast til uttalelse med disse "
        "hovedpunktene:",
    ),
    (
        "bullet",
        [
            "Organisasjonen støtter at det fastsettes nasjonale mål for kulturskolen.",
            "Målene bør forskriftsfestes og ikke bare stå i en veileder.",
            "Staten må følge opp med øremerkede midler til kommuner med svak økonomi.",
            "Rammeplanen for kulturskolen bør ligge til grunn for målene.",
        ],
    ),
    ("h3", "Forslag til vedtak"),
    (
        "p",
        "Hovedstyret slutter seg til utkastet til høringsuttalelse. Direktøren gis fullmakt til å gjøre "
        "språklige endringer før uttalelsen sendes.",
    ),
    ("h3", "Behandling"),
    ("p", "Per Einar Slåtten foreslo å stryke punktet om øremerkede midler. Forslaget falt med 2 mot 5 stemmer."),
    (
        "pb",
        "Vedtak:",
        "Hovedstyret slutter seg til utkastet til høringsuttalelse. Direktøren gis fullmakt til "
        "å gjøre språklige endringer før uttalelsen sendes innen høringsfristen.",
    ),
    ("h2", "HS-sak 27/25 Møteplan for hovedstyret 2026"),
    ("h3", "Saksframstilling"),
    ("p", "Direktøren foreslår fem hovedstyremøter i 2026:"),
    (
        "number",
        [
            "4.–5. februar 2026, digitalt møte",
            "22. april 2026, i sekretariatets lokaler",
            "10.–11. juni 2026, Stavsnes",
            "23. september 2026, digitalt møte",
            "2.–3. desember 2026, i sekretariatets lokaler",
        ],
    ),
    ("h3", "Forslag til vedtak"),
    ("p", "Møteplanen for hovedstyret 2026 vedtas som foreslått."),
    (
        "pb",
        "Vedtak:",
        "Møteplanen for hovedstyret 2026 vedtas som foreslått. Møtet i juni kombineres med den "
        "årlige samlingen for regionstyrelederne.",
    ),
    ("h2", "HS-sak 28/25 Orienteringssaker"),
    ("p", "Hovedstyret fikk disse orienteringene:"),
    (
        "bullet",
        [
            "Direktøren orienterte om at to nye rådgivere begynner i sekretariatet 1. november 2025.",
            "Lederen orienterte om et møte med politisk ledelse i Kunnskapsdepartementet 9. september 2025.",
            "Lederen orienterte om forberedelsene til Landsting 2028. Fristen for kommuner som ønsker å være "
            "vertskap, er satt til 1. mars 2026.",
            "Direktøren orienterte om at Kulturskoledagen 2026 blir markert 9. mai.",
        ],
    ),
    ("pb", "Vedtak:", "Orienteringene tas til orientering."),
    ("p", "Møtet ble hevet kl. 15.45."),
    ("p", "Protokollen er godkjent elektronisk av Marit Hovdenak og Per Einar Slåtten."),
]
