"""Text of the invented "Kompetansestrategi 2026–2030" of Norsk kulturskoleråd (PDF, typeset by typeset.py).

Everything is invented. "|" is a hyphenation point, "~" a fixed space.
"""

TITLE = "Kompetansestrategi 2026–2030"
RUNNING = "Norsk kulturskoleråd · Kompetansestrategi 2026–2030"

INDICATOR_HEAD = ["Indikator", "Utgangspunkt 2025", "Mål 2030"]
INDICATORS = [
    ["Kommuner med egen kompetanseplan for kulturskolen", "118", "200"],
    ["Andel lærere med formell pedagogisk utdanning", "71 %", "80 %"],
    ["Deltakere i kompetansefellesskapene", "640", "1 000"],
    ["Aktive veiledere i veilederkorpset", "19", "30"],
    ["Kulturskoleledere som har fullført lederutdanning", "84", "150"],
    ["Andel deltakere som er fornøyd med kursene", "82 %", "90 %"],
    ["Kommuner som deltar i regionale nettverk", "241", "300"],
]

PRINCIPLES = [
    "Kompetanseutviklingen skal ta utgangspunkt i behovene i den enkelte kulturskole og i Rammeplan for "
    "kulturskolen.",
    "Tiltakene skal nå både lærere, ledere og andre som arbeider i kulturskolen, også de som har små stillinger.",
    "Vi bygger videre på det som fungerer, særlig kompetansefellesskapene og veilederkorpset.",
    "Kompetanse skal deles på tvers av kommuner, regioner og kunstfag, og gode eksempler skal gjøres kjent.",
    "Tilbudene skal være tilgjengelige uansett hvor i landet man bor. Derfor skal minst halvparten av kursene "
    "kunne følges digitalt, og regionene skal få midler til samlinger nær medlemmene.",
    "Vi samarbeider med universiteter og høgskoler slik at etter- og videreutdanning gir studiepoeng der det "
    "er mulig.",
    "Effekten av tiltakene skal følges med indikatorer som rapporteres til hovedstyret hvert år.",
]

BLOCKS = [
    # ---- cover ---------------------------------------------------------------------------------
    ("cover_org", "Norsk kulturskoleråd"),
    ("cover_title", "Kompetansestrategi"),
    ("cover_title", "2026–2030"),
    ("cover_sub", "Kunnskap som løfter kulturskolen"),
    ("cover_note", "Vedtatt av hovedstyret 11. juni 2026, HS-sak 47/26"),
    ("page",),
    # ---- innledning -----------------------------------------------------------------------------
    ("h1", "Innledning"),
    ("p", "Kulturskolen er i endring. Flere elever, nye kunstfag, samarbeid med grunnskole og barnehage og en "
     "ny rammeplan stiller nye krav til dem som arbeider der. En undersøkelse blant medlemmene høsten 2025 "
     "viste at 63 prosent av kulturskolelederne mener at mangel på kompetanse er den største hindringen for "
     "å utvikle tilbudet. Samtidig sier mange lærere at de har få muligheter til faglig påfyll i arbeids|tiden."),
    ("p", "Denne strategien viser hvordan Norsk kulturskoleråd vil bidra til kompetanse|utvikling i "
     "kulturskolene i perioden 2026–2030. Den bygger på Strategi 2032, den politiske plattformen og "
     "innspill fra alle regionstyrene. Strategien har tre hovedmål med delmål og tiltak, og den følges opp "
     "med en årlig handlingsplan."),
    ("h2", "Hvorfor en egen strategi for kompetanse?"),
    ("p", "Kompetanse har vært en del av Strategi 2032 siden starten, men arbeidet har vært spredt på mange "
     "prosjekter og tilskudds|ordninger. Medlemmene har etterlyst en samlet plan som viser hva de kan "
     "forvente av Kulturskolerådet, og hva som er regionenes og kommunenes ansvar."),
    ("p", "Strategien skal også gjøre det lettere å prioritere. I perioden 2022–2025 brukte organisasjonen i "
     "gjennomsnitt 6,8 millioner kroner i året på kompetansetiltak, fordelt på mer enn tjue ulike tiltak. "
     "Framover skal pengene i større grad gå til færre og mer langsiktige tiltak."),
    ("p", "Strategien gjelder for sentral|leddet og regionene i Kulturskolerådet. Den er ikke bindende for "
     "kommunene, men vi håper at den kan være til hjelp når kommunene lager egne planer for kompetanse i "
     "kulturskolen. Strategien er utarbeidet av en arbeidsgruppe med representanter fra fire regioner, to "
     "kulturskoleledere og to lærere, ledet av seniorrådgiver Tuva Kleppestø."),
    ("label", "VISJON"),
    ("vision", "Alle som underviser i og leder kulturskolen, skal ha tilgang til kompetanse|utvikling som gjør "
     "dem trygge i rollen, nysgjerrige på faget og rustet for framtidens kulturskole."),
    ("h2", "Prinsipper for kompetansearbeidet"),
    ("p", "Arbeidet med strategien skal følge sju prinsipper:"),
    ("numbers", PRINCIPLES),
    ("p", "Prinsippene gjelder for alle tiltak i strategien, både de som sentral|leddet har ansvar for, og de "
     "som regionene gjennomfører."),
    # ---- hovedmål 1 -------------------------------------------------------------------------------
    ("h1", "Hovedmål 1: Kompetente lærere i alle kunstfag"),
    ("p", "Lærerne er kulturskolens viktigste ressurs. Mange underviser i flere kunstfag og på flere skoler, og "
     "en stor del av dem har deltidsstillinger. Hovedmål 1 handler om å gi lærerne faglig og pedagogisk påfyll "
     "gjennom hele yrkeslivet."),
    ("h2", "Delmål 1.1 Flere lærere med formell pedagogisk kompetanse"),
    ("tiltak",),
    ("bullets", [
        "Utvikle et videreutdanningstilbud på 30 studiepoeng i kulturskole|pedagogikk sammen med Høgskolen i "
        "Vestre Lia, med første opptak høsten 2027.",
        "Arbeide for at lærere i kulturskolen får samme rett til stipend for videreutdanning som lærere i "
        "grunnskolen.",
        "Lage en oversikt over eksisterende studietilbud og gjøre den tilgjengelig på nettsidene.",
    ]),
    ("h2", "Delmål 1.2 Sterkere kompetanse i de nyere kunstfagene"),
    ("tiltak",),
    ("bullets", [
        "Opprette to nye kompetansefellesskap, for skapende skriving og for sirkus, i 2026.",
        "Gjennomføre en årlig nasjonal fagdag for lærere i visuell kunst, teater og dans.",
        "Samle og dele undervisningsopplegg for kunstfag med få lærere i hver kommune.",
    ]),
    ("h2", "Delmål 1.3 Kompetanse for en inkluderende kulturskole"),
    ("tiltak",),
    ("bullets", [
        "Tilby et digitalt kurs i tilrettelagt undervisning for barn og unge med funksjons|nedsettelser, med "
        "oppstart våren 2027.",
        "Utarbeide en veileder om flerkulturell praksis i samarbeid med minst tre regioner.",
    ]),
    # ---- hovedmål 2 -------------------------------------------------------------------------------
    ("h1", "Hovedmål 2: Tydelig og kompetent ledelse"),
    ("p", "Kulturskolelederen har ansvar for både pedagogisk utvikling, personal, økonomi og samarbeid med "
     "resten av kommunen. Mange ledere er alene om lederoppgavene og har lite tid til eget utviklingsarbeid."),
    ("h2", "Delmål 2.1 Lederutdanning for kulturskoleledere"),
    ("tiltak",),
    ("bullets", [
        "Videreføre lederutdanningen med to kull hvert år, hvert kull med plass til 30 deltakere.",
        "Tilby et eget introduksjonsprogram for nytilsatte ledere det første året i stillingen.",
    ]),
    ("h2", "Delmål 2.2 Ledernettverk i alle regioner"),
    ("tiltak",),
    ("bullets", [
        "Etablere et ledernettverk i hver region innen utgangen av 2027.",
        "Gi hvert nettverk en fast kontaktperson i administrasjonen.",
        "Arrangere en nasjonal ledersamling annethvert år, første gang i 2027.",
    ]),
    ("h2", "Delmål 2.3 Rekruttering av nye ledere"),
    ("tiltak",),
    ("bullets", [
        "Tilby mentorordning der erfarne ledere følger opp lærere som ønsker å bli ledere.",
        "Kartlegge i 2027 hvor mange kulturskoleledere som går av med pensjon før 2035.",
    ]),
    ("page",),
    # ---- hovedmål 3 (two columns) -----------------------------------------------------------------
    ("h1", "Hovedmål 3: Kompetanse som deles"),
    ("columns",),
    ("p", "Mye kompetanse finnes allerede i kulturskolene, men den blir ofte værende i den enkelte kommune. "
     "Hovedmål 3 handler om å gjøre kompetansen synlig og tilgjengelig for flere."),
    ("h2", "Delmål 3.1 Et sterkere veilederkorps"),
    ("tiltak",),
    ("bullets", [
        "Øke antallet veiledere i veilederkorpset fra 19 til 30 innen 2030.",
        "Gi alle nye veiledere en opplæring på fire dager før de får sitt første oppdrag.",
        "Prioritere kommuner som ikke har fått veiledning de siste fem årene.",
    ]),
    ("h2", "Delmål 3.2 Digitale læringsressurser"),
    ("tiltak",),
    ("bullets", [
        "Bygge ut kurs|biblioteket på Kulturskolerommet med minst tolv nye kurs hvert år.",
        "Gjøre alle opptak fra nasjonale konferanser tilgjengelige for medlemmene i minst ett år.",
        "Teste ut korte videokurs på under 15 minutter for lærere med små stillinger.",
    ]),
    ("colbreak",),
    ("h2", "Delmål 3.3 Forskning og utviklingsarbeid"),
    ("tiltak",),
    ("bullets", [
        "Dele ut inntil fire stipend à 60 000 kroner hvert år til utviklingsarbeid i kulturskolene.",
        "Samarbeide med forsknings|miljøer om en følgeevaluering av strategien, med en midtveisrapport i 2028.",
    ]),
    ("p", "Resultatene fra utviklingsarbeidet skal presenteres på Kulturskoledagene, slik at andre kommuner kan "
     "ta dem i bruk."),
    ("endcolumns",),
    # ---- indikatorer --------------------------------------------------------------------------------
    ("page",),
    ("h1", "Indikatorer"),
    ("p", "Tabellen viser indikatorene vi bruker for å følge med på om strategien virker. Utgangspunktet er "
     "tall fra 2025, hentet fra GSI, medlemsundersøkelsen og Kulturskolerådets egne registreringer."),
    ("caption", "Tabell 1. Indikatorer for kompetansestrategien"),
    ("table",),
    ("h1", "Oppfølging og ansvar"),
    ("p", "Direktøren har det overordnede ansvaret for å gjennomføre strategien. Hvert år lager administrasjonen "
     "en handlingsplan med tiltak, ansvar og budsjett, og hovedstyret får en rapport om indikatorene i sitt "
     "første møte året etter. Regionstyrene har ansvar for tiltakene som gjennomføres i regionene."),
    ("p", "Strategien skal evalueres i 2030. Evalueringen skal danne grunnlag for en ny kompetansestrategi, som "
     "legges fram for hovedstyret våren 2031."),
    ("p", "Spørsmål om strategien kan rettes til seniorrådgiver Tuva Kleppestø, som koordinerer kompetanse|arbeidet "
     "i administrasjonen."),
]
