"""Text of docs/rammeplan-utdrag.pdf: an invented excerpt of a framework plan for the kulturskole.

Everything here is invented for the fit6 set (names, places, figures, dates). Blocks:
("title", text), ("lead", text), ("h1", "3 …"), ("h2", "3.2 …"), ("h3", "4.1.2 …"), ("p", text),
("bullet", text), ("table",), ("columns", [blocks …]) for the page set in two columns, ("page",) for a new page.
"""

from __future__ import annotations

TITLE = "Rammeplan for kulturskolen – Rom for alle uttrykk (utdrag)"
RUNNING = "Rammeplan for kulturskolen · Rom for alle uttrykk"
FIRST_PRINTED_PAGE = 12  # the excerpt starts on printed page 12 of the full plan

TABLE_HEADER = ("Programområde", "Målgruppe", "Organisering", "Omfang")
TABLE_ROWS = (
    (
        "Breddeprogram",
        "Alle barn og unge fra 4 til 19 år, også uten forkunnskaper",
        "Korte kurs, prosjekter og samarbeid med skole, SFO og barnehage",
        "Kurs på 8–12 uker; grupper på inntil 16 elever",
    ),
    (
        "Kjerneprogram",
        "Elever fra 6 til 19 år som vil lære et fag over tid",
        "Individuell undervisning og små grupper, samspill og elevkonserter",
        "Minst 32 undervisningsuker per skoleår",
    ),
    (
        "Fordypningsprogram",
        "Elever med særlig motivasjon, normalt fra 12 år",
        "Opptak etter prøvespill eller audition; utvidet undervisning og egne prosjekter",
        "Minst 90 minutter undervisning per uke",
    ),
)

BLOCKS = [
    ("title", "Rammeplan for kulturskolen – Rom for alle uttrykk"),
    (
        "lead",
        "Utdrag: kapittel 1–5 (sidene 12–18). Planen er vedtatt av sentralstyret i Norsk kulturskoleråd "
        "14. mars 2028 og gjelder fra skoleåret 2028–2029. Forord, innholdsfortegnelse og vedlegg er ikke tatt med.",
    ),
    ("h1", "1 Innledning"),
    (
        "p",
        "Rammeplanen beskriver hva en kulturskole er, hva den skal gi elevene, og hvordan den kan organiseres. "
        "Den bygger på opplæringslovens krav om at alle kommuner skal ha et musikk- og kulturskoletilbud til "
        "barn og unge, organisert i tilknytning til skoleverket og kulturlivet ellers. Planen erstatter "
        "rammeplanen fra 2014.",
    ),
    ("h2", "1.1 Planens status"),
    (
        "p",
        "Rammeplanen er et veiledende styringsdokument. Den blir forpliktende for den enkelte kulturskole når "
        "kommunestyret vedtar den som grunnlag for kulturskolens virksomhet. Norsk kulturskoleråd anbefaler at "
        "vedtaket gjøres innen 1. juni 2029.",
    ),
    (
        "p",
        "Planen er utarbeidet av en arbeidsgruppe ledet av Hallgeir Nordbø, rektor ved Storvik kulturskole. "
        "Arbeidsgruppen hadde sju medlemmer og la fram sitt utkast 20. oktober 2027. Utkastet var på "
        "høring til 15. januar 2028, og det kom inn 164 høringssvar.",
    ),
    ("h2", "1.2 Hvem planen er for"),
    (
        "p",
        "Planen er skrevet for skoleeiere, kulturskoleledere, lærere og andre ansatte. Den skal også gi "
        "elever, foresatte og samarbeidspartnere et bilde av hva de kan forvente av kulturskolen.",
    ),
    (
        "p",
        "Planen gjelder for alle fagområder i kulturskolen: musikk, dans, teater, visuell kunst, skapende "
        "skriving, sirkus og nye, digitale uttrykk. Der planen bruker ordet «elev», omfatter det også "
        "deltakere i kurs og prosjekter som ikke har fast elevplass.",
    ),
    (
        "p",
        "Kapittel 2 beskriver kulturskolens samfunnsoppdrag. Kapittel 3 gjør rede for de tre "
        "programområdene. Kapittel 4 handler om organisering og ledelse, og kapittel 5 om vurdering og "
        "kvalitetsutvikling. Lokale læreplaner for de enkelte fagene er omtalt i 4.1.1.",
    ),
    ("page",),
    ("h1", "2 Kulturskolens samfunnsoppdrag"),
    (
        "columns",
        [
            ("h2", "2.1 Verdigrunnlag"),
            (
                "p",
                "Kulturskolen bygger på verdier som likeverd, ytringsfrihet og respekt for ulike kulturelle "
                "uttrykk. Alle barn og unge skal ha mulighet til å delta, uavhengig av bosted, familiens "
                "økonomi, funksjonsevne og kulturell bakgrunn.",
            ),
            (
                "p",
                "Kunstfaglig opplæring har verdi i seg selv. Samtidig gir den elevene erfaring med å øve, "
                "samarbeide og stå fram for andre, og den styrker evnen til å uttrykke seg og forstå andres "
                "uttrykk.",
            ),
            (
                "p",
                "Kulturskolen skal gi elevene mulighet til å oppleve, skape og formidle. Disse tre "
                "dimensjonene skal prege undervisningen i alle fag og på alle nivåer.",
            ),
            ("h2", "2.2 Kulturskolen som lokalt ressurssenter"),
            (
                "p",
                "Kulturskolen skal være et ressurssenter for kunst og kultur i kommunen. Det betyr at "
                "skolen deler kompetanse med barnehager, grunnskoler, det frivillige kulturlivet og "
                "helse- og omsorgstjenesten.",
            ),
            (
                "p",
                "Samarbeidet bør være forankret i skriftlige avtaler. En avtale bør minst beskrive "
                "formålet, hvem som har ansvar for hva, hvordan samarbeidet finansieres og når det skal "
                "evalueres.",
            ),
            (
                "p",
                "Kulturskolen bør også være en arena der barn og unge kan møte profesjonelle kunstnere. "
                "Planen anbefaler at hver elev i kjerneprogrammet får minst ett slikt møte i løpet av et "
                "skoleår, for eksempel gjennom konserter, verksteder eller forestillinger.",
            ),
            ("h2", "2.3 Inkludering og mangfold"),
            (
                "p",
                "Kulturskolen skal arbeide aktivt for at elevgruppen speiler befolkningen i kommunen. "
                "Skoleeier bør jevnlig kartlegge hvem som søker, hvem som får plass, og hvem som slutter.",
            ),
            (
                "p",
                "Elevavgiften skal ikke være et hinder for deltakelse. Norsk kulturskoleråd anbefaler at "
                "kommunen har en ordning med redusert avgift eller friplass for familier med lav inntekt, "
                "og at ordningen er kjent for alle som søker.",
            ),
            (
                "p",
                "Tilrettelagt undervisning skal gis til elever som trenger det. Kulturskolen bør samarbeide "
                "med pedagogisk-psykologisk tjeneste når en elev har behov for særskilt tilrettelegging.",
            ),
        ],
    ),
    ("page",),
    ("h1", "3 Kulturskolens tre programområder"),
    (
        "p",
        "Undervisningen i kulturskolen er organisert i tre programområder: breddeprogram, kjerneprogram og "
        "fordypningsprogram. Programområdene skiller seg fra hverandre i mål, omfang og organisering, men en "
        "elev kan bevege seg mellom dem. Tabell 3.1 gir en oversikt.",
    ),
    ("caption", "Tabell 3.1 Programområdene i kulturskolen"),
    ("table",),
    (
        "p",
        "Omfanget i tabellen er et minimum. Kommunen kan gi et større tilbud, men bør ikke gi et mindre "
        "tilbud enn tabellen angir uten å gjøre et eget vedtak om det.",
    ),
    ("h2", "3.1 Breddeprogram"),
    (
        "p",
        "Breddeprogrammet skal gi mange barn og unge en første erfaring med kunstfagene. Tilbudet skal være "
        "lett tilgjengelig og ha lav terskel for deltakelse, både faglig og økonomisk.",
    ),
    (
        "p",
        "Undervisningen gis ofte i grupper og kan foregå i skoletiden, i SFO eller på ettermiddagstid i "
        "nærmiljøet. Kulturskolen bør tilby minst ett breddekurs per skoleår på hvert barnetrinn i "
        "kommunen.",
    ),
    (
        "p",
        "Det er ikke krav om opptak eller forkunnskaper i breddeprogrammet. Elever som ønsker å fortsette, "
        "skal få informasjon om hvordan de kan søke plass i kjerneprogrammet.",
    ),
    ("h2", "3.2 Kjerneprogram"),
    (
        "p",
        "Kjerneprogrammet er hoveddelen av kulturskolens virksomhet. Her får elevene systematisk opplæring "
        "over tid, med progresjon fra nybegynnernivå til et selvstendig nivå.",
    ),
    (
        "p",
        "Undervisningen gis individuelt eller i små grupper, og den skal alltid suppleres med samspill, "
        "samarbeid med andre elever og muligheter til å opptre. Hver elev i kjerneprogrammet skal ha "
        "tilbud om å opptre for publikum minst to ganger i løpet av skoleåret.",
    ),
    (
        "p",
        "Et skoleår i kjerneprogrammet bør ha minst 32 undervisningsuker. Den ukentlige undervisningstiden "
        "fastsettes i den lokale læreplanen, men bør for individuell undervisning ikke være under 20 "
        "minutter.",
    ),
    ("h3", "3.2.1 Progresjon og overganger"),
    (
        "p",
        "Læreren skal sammen med eleven sette mål for opplæringen ved starten av hvert skoleår. Ved "
        "overgang fra kjerneprogram til fordypningsprogram skal kulturskolen gi eleven råd om opptak og "
        "forberedelser.",
    ),
    ("h2", "3.3 Fordypningsprogram"),
    (
        "p",
        "Fordypningsprogrammet er for elever som har særlig motivasjon og forutsetninger for å gå dypere inn "
        "i et fag. Programmet skal forberede elevene på videre utdanning innen kunstfag, men er også åpent "
        "for elever som ikke har slike planer.",
    ),
    (
        "p",
        "Opptak skjer etter prøvespill, audition eller innsending av arbeider. Opptaksnemnda skal ha minst "
        "tre medlemmer, hvorav minst én skal komme fra en annen kulturskole eller fra en høyere utdanningsinstitusjon.",
    ),
    (
        "p",
        "Eleven skal ha minst 90 minutter undervisning per uke, i tillegg til samspill, teori eller "
        "ensemblearbeid. Flere kommuner kan gå sammen om et felles fordypningsprogram; i så fall bør "
        "samarbeidet reguleres i en avtale mellom kommunene.",
    ),
    ("h1", "4 Organisering og ledelse"),
    (
        "p",
        "Kommunen er skoleeier og har det overordnede ansvaret for at kulturskolen drives i samsvar med "
        "opplæringsloven og kommunens egne vedtak. Dette kapittelet beskriver skoleeiers ansvar, "
        "ledelsens rolle og krav til personalet.",
    ),
    ("h2", "4.1 Skoleeiers ansvar"),
    (
        "p",
        "Skoleeier skal sørge for at kulturskolen har lokaler, utstyr og økonomiske rammer som gjør det "
        "mulig å nå målene i rammeplanen. Kulturskolen bør være omtalt i kommuneplanens samfunnsdel.",
    ),
    (
        "p",
        "Lokalene skal være egnet for de fagene kulturskolen tilbyr. Det innebærer blant annet god akustikk "
        "og lydisolering for musikk, et fjærende gulv for dans og mulighet for mørklegging for teater. "
        "Kulturskolen bør ha tilgang til minst én sal der elevene kan opptre for publikum.",
    ),
    (
        "p",
        "Når kulturskolen bruker lokaler i en grunnskole, bør bruken være regulert i en avtale som også "
        "omfatter lagring av instrumenter og utstyr og tilgang til rommene etter skoletid.",
    ),
    (
        "p",
        "Kulturskolen bør ha et eget budsjett, og leder bør delta i kommunens budsjettarbeid. Elevavgiften "
        "fastsettes av kommunestyret. Den bør ikke dekke mer enn 30 prosent av kulturskolens driftsutgifter, "
        "og det bør gis søskenmoderasjon.",
    ),
    ("h3", "4.1.1 Lokal læreplan"),
    (
        "p",
        "Hver kulturskole skal ha en lokal læreplan som bygger på rammeplanen. Den lokale læreplanen skal "
        "vedtas av kommunestyret eller det utvalget kommunestyret gir fullmakt, og den bør revideres minst "
        "hvert fjerde år.",
    ),
    (
        "p",
        "Læreplanen skal beskrive fagtilbudet, programområdene, undervisningstiden og hvordan elevene blir "
        "vurdert. Lærerne og elevrådet skal trekkes med i arbeidet.",
    ),
    ("h3", "4.1.2 Opptak og prioritering"),
    (
        "p",
        "Kulturskolen skal ha skriftlige regler for opptak som er kjent for alle som søker. Søknadsfristen "
        "for hovedopptaket bør være 15. april, og svar på søknaden bør gis innen 1. juni. Når det er flere "
        "søkere enn plasser, bør kulturskolen prioritere i denne rekkefølgen:",
    ),
    ("bullet", "elever som allerede har plass og søker videre i samme fag"),
    ("bullet", "søkere som er bosatt i kommunen"),
    ("bullet", "søkere som har stått lengst på venteliste"),
    ("bullet", "søkere fra grupper som er underrepresentert i elevgruppen, jf. kartleggingen i 2.3"),
    ("bullet", "søkere til fag der kulturskolen har ledig kapasitet etter første opptaksrunde"),
    ("bullet", "søkere fra nabokommuner, når kommunene har inngått avtale om det"),
    (
        "p",
        "Ventelisten skal oppdateres minst to ganger per år. Søkere som har stått på venteliste i mer enn "
        "to år, skal få tilbud om et breddekurs i samme fagområde.",
    ),
    ("h2", "4.2 Ledelse"),
    (
        "p",
        "Kulturskolen skal ha en egen faglig og administrativ leder. Leder har ansvar for den daglige driften, "
        "for den pedagogiske utviklingen og for samarbeidet med skoler og kulturliv.",
    ),
    (
        "p",
        "En kulturskole med mer enn 400 elevplasser bør ha en leder i full stilling. Ved mindre skoler kan "
        "lederstillingen kombineres med undervisning, men ledelsesdelen bør utgjøre minst 40 prosent av "
        "stillingen.",
    ),
    ("h2", "4.3 Personale og kompetanse"),
    (
        "p",
        "Minst 75 prosent av "
        "undervisningsårsverkene bør utføres av lærere med relevant høyere utdanning i kunstfag og "
        "pedagogikk.",
    ),
    (
        "p",
        "Skoleeier bør tilby lærerne kombinerte stillinger, for eksempel i kulturskole og grunnskole, slik at "
        "flere kan få hele stillinger. Hver lærer bør få minst 35 timer kompetanseutvikling per skoleår.",
    ),
    ("p", "Kompetanseutviklingen bør planlegges for hele personalet og kan for eksempel omfatte:"),
    ("bullet", "etter- og videreutdanning i fag og pedagogikk"),
    ("bullet", "kurs og nettverkssamlinger i regi av Norsk kulturskoleråd"),
    ("bullet", "hospitering ved andre kulturskoler eller i grunnskolen"),
    ("bullet", "veiledning og kollegabasert utvikling i eget personale"),
    ("bullet", "opplæring i tilrettelagt undervisning og i bruk av digitale verktøy"),
    ("bullet", "deltakelse i kunstneriske prosjekter sammen med profesjonelle kunstnere"),
    (
        "p",
        "Planen for kompetanseutvikling bør rulleres hvert år og fastsettes av leder etter drøfting med de "
        "tillitsvalgte.",
    ),
    ("h2", "4.4 Samarbeid med skole og frivillighet"),
    (
        "p",
        "Kulturskolen bør ha skriftlige samarbeidsavtaler med grunnskolene i kommunen. Avtalene bør fornyes "
        "minst hvert annet år.",
    ),
    (
        "p",
        "Der kommunen har korps, kor eller andre frivillige organisasjoner for barn og unge, bør "
        "kulturskolen kunne tilby dirigenter og instruktører til dem etter avtale. Organisasjonene betaler "
        "da en andel av kostnadene, som fastsettes i avtalen.",
    ),
    (
        "p",
        "Kulturskolen kan også bidra i Den kulturelle skolesekken, men dette tilbudet kommer i tillegg til og "
        "erstatter ikke kulturskolens egen undervisning.",
    ),
    ("page",),
    ("h1", "5 Vurdering og kvalitetsutvikling"),
    ("h2", "5.1 Vurdering av elevens læring"),
    (
        "p",
        "Vurderingen i kulturskolen skal fremme læring og motivasjon. Den skal være løpende og gis både "
        "muntlig og gjennom samtaler med eleven om mål og framgang.",
    ),
    (
        "p",
        "Elever i fordypningsprogrammet skal ha en skriftlig vurderingssamtale minst én gang per semester. "
        "For elever under 15 år skal foresatte inviteres til samtalen.",
    ),
    ("h2", "5.2 Skolebasert vurdering"),
    (
        "p",
        "Kulturskolen skal jevnlig vurdere om organiseringen, tilretteleggingen og gjennomføringen av "
        "opplæringen bidrar til å nå målene i den lokale læreplanen. En slik skolebasert vurdering bør "
        "gjennomføres minst hvert tredje år.",
    ),
    (
        "p",
        "I vurderingen bør kulturskolen bruke tall for søkere, elever og frafall, elevundersøkelsen og "
        "innspill fra lærerne. Resultatet skal legges fram for skoleeier.",
    ),
    ("h2", "5.3 Nasjonal oppfølging"),
    (
        "p",
        "Norsk kulturskoleråd vil følge opp rammeplanen gjennom veiledning og kurs. Erfaringene med planen "
        "skal oppsummeres i en rapport til sentralstyret innen utgangen av 2031.",
    ),
    ("end", "Slutt på utdraget. Kapittel 6 (Fagplaner) begynner på side 19 i den fullstendige planen."),
]
