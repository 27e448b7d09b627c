"""Text of "Økonomireglement for Kulturskolerådet Region Innlandet-Sør" (invented for the fit4 set).

Blocks: ("title", text), ("subtitle", text), ("h1"|"h2"|"h3", text), ("p", text), ("bullet", text),
("number", text), ("p_note", text_before, marker, text_after) for the paragraph carrying the note marker,
("table", name), ("note", text).
"""

TITLE = "Økonomireglement for Kulturskolerådet Region Innlandet-Sør"

AUTHORITY_HEADER = ("Rolle", "Kan anvise inntil (kroner)")
AUTHORITY_ROWS = [
    ("Regional rådgiver", "25 000"),
    ("Regionstyrets nestleder", "40 000"),
    ("Regionstyrets leder", "75 000"),
    ("Regionstyret (vedtak i møte)", "300 000"),
    ("Direktøren i Kulturskolerådet", "over 300 000"),
]

BUDGET_HEADER = ("Post", "Budsjett 2027", "Regnskap 2025")
BUDGET_ROWS = [
    ("Inntekter", "", ""),
    ("Driftstilskudd fra Kulturskolerådet", "1 250 000", "1 180 000"),
    ("Deltakeravgifter for kurs og konferanser", "410 000", "362 500"),
    ("Prosjektmidler fra fylkeskommunen", "300 000", "275 000"),
    ("Sum inntekter", "1 960 000", "1 817 500"),
    ("Kostnader", "", ""),
    ("Lønn og sosiale kostnader", "980 000", "941 200"),
    ("Kurs og konferanser", "520 000", "468 300"),
    ("Reiser og møter i regionstyret", "180 000", "164 900"),
    ("Regionalt utviklingsfond", "200 000", "160 000"),
    ("Andre driftskostnader", "80 000", "71 600"),
    ("Sum kostnader", "1 960 000", "1 806 000"),
    ("Resultat", "0", "11 500"),
]

BLOCKS = [
    ("title", TITLE),
    ("subtitle", "Vedtatt av regionstyret 11. februar 2027 (RS-sak 6/27). Gjelder fra 1. mars 2027."),

    ("h1", "Del A Generelle bestemmelser"),
    ("h2", "1 Formål og virkeområde"),
    ("p", "Reglementet skal sikre at midlene regionen forvalter, brukes i tråd med vedtatte budsjetter, "
          "Kulturskolerådets vedtekter og økonomiinstruksen fra hovedstyret. Reglementet gjelder for "
          "regionstyret, regionens ansatte og alle som har fått oppdrag med budsjettansvar på vegne av "
          "regionen."),
    ("p", "Region Innlandet-Sør har 21 medlemskommuner. Regionstyret består av fem medlemmer og to "
          "varamedlemmer, valgt av regionmøtet for to år om gangen. Regnskapet for regionen føres av "
          "økonomiavdelingen i Kulturskolerådets sentraladministrasjon og inngår i organisasjonens samlede "
          "regnskap."),
    ("h2", "2 Ansvar og roller"),
    ("p", "Ansvaret for regionens økonomi er fordelt slik:"),
    ("bullet", "Regionstyret vedtar årsbudsjettet innenfor rammen fra hovedstyret og følger opp regnskapet."),
    ("bullet", "Regionstyrets leder har det løpende budsjettansvaret mellom styremøtene."),
    ("bullet", "Regional rådgiver forbereder budsjettet, attesterer fakturaer og holder oversikt over "
               "forbruket."),
    ("bullet", "Økonomiavdelingen i sentraladministrasjonen fører regnskapet, betaler fakturaer og lager "
               "månedlige forbruksrapporter."),
    ("h3", "Rapportering"),
    ("p", "Regional rådgiver legger fram en regnskapsrapport for regionstyret fire ganger i året: i februar, "
          "mai, september og november. Rapporten viser forbruket per budsjettpost og forventet resultat for "
          "året."),
    ("p", "Et avvik på mer enn 10 prosent på en budsjettpost skal forklares skriftlig i rapporten."),

    ("h2", "3 Attestasjon og anvisning"),
    ("p", "Attestasjon er kontrollen av at varen eller tjenesten er levert som avtalt, og at beløpet er "
          "riktig. Anvisning er godkjenningen av at utgiften kan belastes budsjettet og betales. Den samme "
          "personen kan aldri både attestere og anvise den samme utgiften."),
    ("p", "En faktura behandles i denne rekkefølgen:"),
    ("number", "Fakturaen mottas elektronisk i fakturasystemet Bilagsporten."),
    ("number", "Regional rådgiver attesterer fakturaen innen fem virkedager."),
    ("number", "Den som har anvisningsmyndighet etter del B, anviser fakturaen."),
    ("number", "Økonomiavdelingen kontrollerer anvisningen og betaler innen forfall."),
    ("h3", "Utgifter til egen person"),
    ("p", "Ingen kan anvise utgifter til seg selv. Reiseregninger og utlegg fra regionstyrets leder anvises "
          "av nestlederen. Reiseregninger fra regional rådgiver anvises av regionstyrets leder."),

    ("h2", "4 Reiser og godtgjørelser"),
    ("p", "Reiser dekkes etter statens reiseregulativ. Reisen skal gjøres på den rimeligste måten som er "
          "praktisk forsvarlig. Reiseregningen skal leveres innen to måneder etter at reisen er avsluttet."),
    ("p", "Medlemmer av regionstyret får en møtegodtgjørelse på 1 200 kroner per møte. Lederen får 1 800 "
          "kroner per møte og i tillegg et årlig honorar på 24 000 kroner. Varamedlemmer som møter, får "
          "samme godtgjørelse som faste medlemmer."),

    ("h1", "Del B Fullmakter"),
    ("h2", "5 Beløpsgrenser for anvisning"),
    ("p_note", "Anvisningsmyndigheten følger rollen og gjelder per utgift eller avtale", "1",
               ". Tabellen viser hvor store beløp hver rolle kan anvise."),
    ("table", "authority"),
    ("p", "Regionstyrets leder kan omdisponere inntil 50 000 kroner mellom budsjettposter i løpet av året. "
          "Større omdisponeringer krever vedtak i regionstyret."),
    ("h3", "Rapportering"),
    ("p", "Anvisninger over 75 000 kroner og alle omdisponeringer mellom budsjettposter skal legges fram for "
          "regionstyret som referatsak i det første møtet etter at de er gjort."),
    ("h2", "6 Innkjøp og avtaler"),
    ("p", "Ved innkjøp gjelder følgende:"),
    ("bullet", "Ved innkjøp over 100 000 kroner skal det innhentes minst tre tilbud."),
    ("bullet", "Ved innkjøp over 500 000 kroner skal konkurransen kunngjøres."),
    ("bullet", "Kulturskolerådets rammeavtaler for reiser, overnatting og trykking skal brukes."),
    ("bullet", "Avtaler som binder regionen i mer enn to år, må godkjennes av regionstyret."),
    ("h3", "Unntak"),
    ("p", "Regionstyrets leder kan i særlige tilfeller gjøre unntak fra kravet om tre tilbud, for eksempel "
          "når bare én leverandør kan levere tjenesten. Unntaket skal begrunnes skriftlig."),
    ("h2", "7 Regionalt utviklingsfond"),
    ("p", "Regionen har et utviklingsfond som medlemskommunene kan søke om midler fra til "
          "samarbeidsprosjekter. Søknadsfristen er 1. oktober. Det kan gis inntil 40 000 kroner per "
          "prosjekt, og minst to kommuner må stå bak søknaden. Regionstyret avgjør søknadene i møtet i "
          "november."),

    ("h1", "Del C Budsjett 2027"),
    ("h2", "8 Budsjett 2027"),
    ("p", "Regionstyret vedtok budsjettet for 2027 i møtet 26. november 2026. Budsjettet er satt opp i "
          "balanse. Regnskapstallene for 2025 er tatt med til sammenligning."),
    ("table", "budget"),
    ("h3", "Satsinger i 2027"),
    ("p", "Budsjettet prioriterer disse tiltakene:"),
    ("bullet", "to regionale fagdager for kulturskolelærere"),
    ("bullet", "lederforum for kulturskolerektorene fire ganger i året"),
    ("bullet", "en felles talentsatsing for elever i fordypningsprogram, i samarbeid med fylkeskommunen"),
    ("h3", "Rapportering"),
    ("p", "For 2027 skal rapporten i mai også vise hvordan prosjektmidlene fra fylkeskommunen er brukt. "
          "Ubrukte prosjektmidler ved utgangen av året kan overføres til 2028 dersom fylkeskommunen "
          "godkjenner det."),

    ("h2", "9 Ikrafttredelse"),
    ("p", "Reglementet ble vedtatt av regionstyret 11. februar 2027 og gjelder fra 1. mars 2027. Det "
          "erstatter økonomireglementet av 3. mai 2022. Regionstyret skal vurdere reglementet på nytt innen "
          "utgangen av 2029."),
    ("p", "Forslaget til reglement ble utarbeidet av regional rådgiver Torunn Fløtten og regionstyrets leder "
          "Kjetil Brattvoll."),
    ("note", "1 Beløpsgrensene gjelder inklusive merverdiavgift. For avtaler som løper over flere år, regnes "
             "den samlede verdien for hele avtaleperioden."),
]
