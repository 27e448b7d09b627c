"""Text of the invented "Årsmelding 2025 for Norsk kulturskoleråd" (PDF, typeset by typeset.py).

Source conventions: "|" is a hyphenation point ("kultur|skole"), "~" a non-breaking space; a space between
digit groups ("3 812") is made non-breaking by the typesetter. All names, places and figures are invented.
"""

TITLE = "Årsmelding 2025 for Norsk kulturskoleråd"
RUNNING = "Norsk kulturskoleråd · Årsmelding 2025"

KEY_FIGURES_HEAD = ["Nøkkeltall", "2023", "2024", "2025"]
KEY_FIGURES = [
    ["Medlemskommuner", "332", "336", "341"],
    ["Medlemsfylkeskommuner", "12", "13", "13"],
    ["Kurs og konferanser", "48", "51", "64"],
    ["Deltakere på kurs og konferanser", "2 960", "3 140", "3 812"],
    ["Aktive nettverk", "39", "44", "47"],
    ["Høringssvar", "7", "11", "9"],
    ["Årsverk i sekretariatet", "23,5", "24,8", "25,6"],
    ["Driftsinntekter (mill. kr)", "51,3", "54,9", "58,4"],
    ["Årsresultat (mill. kr)", "0,4", "−0,8", "1,2"],
]

EVENTS = [
    "Januar: Medlemsportalen «Kulturskolerommet» ble lansert, med kursoversikt, maler og nettverks|sider "
    "samlet på ett sted.",
    "13. februar: Rapporten «Ventelister i kulturskolen» ble lagt fram. Den viser at om lag 18 500 barn stod "
    "på venteliste ved kulturskolene høsten 2024.",
    "April: Det nasjonale nettverket for skapende skriving ble startet, med 22 deltakere fra 17 kommuner.",
    "22. mai: Hovedstyret vedtok nye retningslinjer for hvordan midlene til regionenes drift skal fordeles, "
    "gjeldende fra 2026.",
    "Juni: Kulturskolerådet og KS inngikk en ny samarbeidsavtale for perioden 2025–2027, med vekt på "
    "statistikk og kompetanse.",
    "11.–12. september: Kulturskoledagene ble arrangert i Hamrefjord med 1 146 deltakere, det høyeste "
    "antallet så langt.",
    "September: Før stortingsvalget sendte vi spørsmål om kulturskolen til alle partiene på Stortinget, og "
    "svarene ble publisert på nettsidene våre.",
    "13. november: Hovedstyret vedtok Handlingsplan for kulturskole i barnehagen 2026–2028, med et "
    "pilotprosjekt i fire kommuner.",
    "Desember: Hovedstyret vedtok budsjettet for 2026 og plan for forberedelsene til Landstinget 2028.",
]

PRIORITIES_2026 = [
    "Sette i gang handlingsplanen for kulturskole i barnehagen, med et pilotprosjekt i fire kommuner.",
    "Forberede Landstinget 2028, blant annet med en medlemsundersøkelse høsten 2026.",
    "Videreutvikle veilederkorpset og øke antallet veiledere fra 19 til 24.",
    "Følge opp rapporten om ventelister overfor Stortinget og regjeringen.",
]

BLOCKS = [
    # ---- cover ---------------------------------------------------------------------------------
    ("cover_org", "Norsk kulturskoleråd"),
    ("cover_title", "Årsmelding 2025"),
    ("cover_sub", "Flere deltakere, flere nettverk og nye medlemmer"),
    ("cover_note", "Behandlet av hovedstyret 19. mars 2026"),
    ("page",),
    # ---- 1 ---------------------------------------------------------------------------------------
    ("h1", "1 Innledning"),
    ("p", "2025 ble et år med høy aktivitet i hele organisasjonen. Vi arrangerte flere kurs og konferanser "
     "enn noen gang før, medlemstallet økte, og hovedstyret vedtok en egen handlingsplan for kulturskole i "
     "barnehagen. Samtidig merket mange kommuner at økonomien er stram, og flere kultur|skoler har måttet "
     "redusere tilbudet sitt eller øke elevavgiften."),
    ("p", "Årsmeldingen gir en oversikt over det viktigste arbeidet i sentral|leddet og i regionene. Tallene "
     "gjelder per 31. desember 2025 dersom ikke annet er oppgitt. En fullstendig oversikt over regnskapet "
     "finnes i det reviderte årsregnskapet, som legges fram for hovedstyret sammen med denne meldingen."),
    ("p", "Medlemstallet økte med fem kommuner i løpet av året. Kurs- og konferansevirksomheten nådde flere "
     "deltakere enn noen gang, og antallet aktive nettverk økte igjen. Økonomien er sunn, og året endte med "
     "et overskudd som styrker egenkapitalen. Samtidig ser vi at mange kommuner har stramme budsjetter, og "
     "at kulturskolene i flere av dem har fått mindre handlingsrom enn før. Det vil prege både det politiske "
     "arbeidet og medlemsarbeidet vårt i årene framover."),
    ("p", "Et viktig arbeid i 2025 var rapporten om ventelister. Den ga for første gang et samlet bilde av hvor "
     "mange barn som venter på plass i kulturskolen, og den ble godt mottatt både av medlemmene og av "
     "politikere på Stortinget. Rapporten viser at ventelistene er lengst i de store byene og i kommunene "
     "rundt dem, men at også mange små kommuner har barn som venter."),
    ("p", "Året var også preget av forberedelsene til neste landsting. Hovedstyret har lagt opp til en bred "
     "prosess der regionene, medlemmene og de ansatte får gi innspill til nye mål og prioriteringer før "
     "Landstinget 2028."),
    ("p", "Vi takker medlemmene, de tillitsvalgte i regionene og alle ansatte for innsatsen i året som gikk."),
    ("sign", "Eirik Lervåg, styreleder"),
    ("sign", "Tone Marie Bakketun, direktør"),
    ("label", "VIKTIGE HENDELSER I 2025"),
    ("bullets", EVENTS),
    # ---- 2 ---------------------------------------------------------------------------------------
    ("h1", "2 Organisasjonen"),
    ("h2", "2.1 Medlemmer"),
    ("p", "Ved utgangen av 2025 hadde Kulturskolerådet 341 medlemskommuner og 13 medlems|fylkeskommuner. "
     "Fem kommuner meldte seg inn i løpet av året: Hamrefjord, Tverrdal, Kvitstad, Ormvika og Lyngmo. "
     "Ingen medlemmer meldte seg ut."),
    ("p", "Kontingenten for 2025 var 1,65 kroner per innbygger, med et minstebeløp på 9 500 kroner per "
     "kommune. Medlemskontingenten utgjorde til sammen 21,7 millioner kroner."),
    ("h2", "2.2 Hovedstyret"),
    ("p", "Hovedstyret har sju medlemmer og tre varamedlemmer. Styreleder er Eirik Lervåg, og nestleder er "
     "Guro Fossheim. Hovedstyret hadde åtte møter i 2025 og behandlet 88 saker."),
    ("p", "Blant de viktigste sakene var budsjettet for 2026, oppfølgingen av vedtakene fra Landstinget 2024 "
     "og handlingsplanen for kulturskole i barnehagen."),
    ("h2", "2.3 Sekretariatet"),
    ("p", "Sekretariatet hadde 28 ansatte ved årsskiftet, til sammen 25,6 årsverk. Sju av de ansatte har sitt "
     "faste arbeidssted i regionene. Sykefraværet var 3,9 prosent, mot 5,2 prosent året før."),
    ("h2", "2.4 Regionstyrene"),
    ("p", "Hver region har et regionstyre som velges av regionmøtet. Regionstyrene hadde til sammen 52 møter i "
     "2025. Alle regionene gjennomførte regionmøte, fem av dem med fysisk oppmøte og én digitalt."),
    # ---- 3 ---------------------------------------------------------------------------------------
    ("h1", "3 Kompetanse"),
    ("p", "Kompetanse|utvikling for ledere og lærere i kulturskolen er fortsatt den største delen av "
     "virksomheten vår, målt både i ressurser og i antall deltakere."),
    ("h2", "3.1 Kurs og konferanser"),
    ("p", "I 2025 arrangerte Kulturskolerådet 64 kurs og konferanser med til sammen 3 812 deltakere. Det er 13 "
     "flere arrangementer enn i 2024. 41 av arrangementene var digitale eller hybride."),
    ("p", "Kulturskoledagene ble arrangert i Hamrefjord 11.–12. september og samlet 1 146 deltakere. Temaet "
     "var «Kulturskolen som lokal kulturinstitusjon»."),
    ("p", "Leder|utviklings|programmet for kulturskoleledere fikk sitt andre kull i 2025. 34 ledere fullførte "
     "programmet, som består av tre samlinger og en praksisoppgave i egen kommune."),
    ("h2", "3.2 Nettverk"),
    ("p", "Ved utgangen av året var det 47 aktive nettverk for kulturskoleledere og lærere, tre flere enn året "
     "før. De nye nettverkene er for dans i Region Vest, for skapende skriving på landsbasis og for lærere "
     "som underviser elever med funksjons|nedsettelser."),
    ("p", "Nettverkene hadde til sammen 212 møter, og om lag 1 900 personer deltok i minst ett møte."),
    ("h2", "3.3 Veilederkorpset"),
    ("p", "Veilederkorpset bestod i 2025 av 19 veiledere. Korpset veiledet 23 kommuner i arbeidet med lokale "
     "læreplaner og kvalitets|utvikling, og ni av dem avsluttet veiledningen i løpet av året."),
    ("p", "Kommunene som avsluttet, ga veiledningen en gjennomsnittlig vurdering på 5,4 på en skala fra 1 til 6."),
    # ---- 4 ---------------------------------------------------------------------------------------
    ("h1", "4 Påvirkning og politisk arbeid"),
    ("p", "Kulturskolerådet hadde 16 møter med stortingspolitikere og departementer i 2025 og leverte ni "
     "høringssvar."),
    ("h2", "4.1 Statsbudsjettet"),
    ("p", "I innspillet til statsbudsjettet for 2026 ba vi om en egen tilskudds|ordning for fordypning på 40 "
     "millioner kroner. Forslaget kom ikke med i det vedtatte budsjettet, og arbeidet fortsetter i 2026."),
    ("h2", "4.2 Stortingsvalget"),
    ("p", "Før stortingsvalget i september sendte vi fem spørsmål om kulturskolen til alle partiene på "
     "Stortinget. Åtte partier svarte, og svarene ble publisert på nettsidene våre."),
    ("h2", "4.3 Samarbeid med andre organisasjoner"),
    ("p", "Kulturskolerådet deltok i 2025 i tre faste samarbeidsfora med andre organisasjoner i kulturfeltet og "
     "oppvekstsektoren. Den nye samarbeidsavtalen med KS gjelder for 2025–2027 og handler blant annet om "
     "statistikk, kompetanse og felles innspill til nasjonale myndigheter."),
    ("p", "Sammen med to frivillige organisasjoner i kulturfeltet arrangerte vi i oktober et seminar om "
     "kulturskolen som samarbeidspartner for det frivillige kulturlivet. Seminaret ble holdt i Skjærbukt "
     "og hadde 74 deltakere."),
    ("page",),
    # ---- 5 (two columns) -------------------------------------------------------------------------
    ("h1", "5 Regionene"),
    ("p", "Regionene er Kulturskolerådets nærmeste kontakt med kommunene. Her er et utvalg av det som skjedde "
     "i regionene i 2025."),
    ("columns",),
    ("h2", "5.1 Region Nord"),
    ("p", "Regionmøtet ble holdt i Tindholmen 24.–25. april med 62 deltakere. Regionen fikk i stand et "
     "samarbeid med to fylkes|kommuner om et felles fordypnings|tilbud for elever i distriktene, med digital "
     "undervisning og fire fysiske samlinger i året. Regionstyret besøkte dessuten seks kommuner som ikke "
     "hadde hatt besøk fra Kulturskolerådet på flere år."),
    ("h2", "5.2 Region Midt"),
    ("p", "Region Midt arrangerte en leder|skolering i tre samlinger for nye kulturskoleledere, med 18 "
     "deltakere. Regionen var også vertskap for et nasjonalt seminar om kulturskolens plass i "
     "skolefritids|ordningen. Regionmøtet i Gråsjøen samlet 48 deltakere, og regionstyret fikk to nye "
     "medlemmer."),
    ("h2", "5.3 Region Vest"),
    ("p", "Det nye nettverket for dans hadde fire møter og 31 medlemmer ved årsskiftet. Region Vest hadde "
     "flest kursdeltakere av alle regionene, til sammen 904. Regionmøtet ble holdt digitalt i november, "
     "fordi kommunene ønsket å spare reisekostnader."),
    ("h2", "5.4 Region Sør"),
    ("p", "Region Sør satte i gang et prosjekt om rekruttering av lærere til kultur|skoler i små kommuner, i "
     "samarbeid med Agnesund høgskole. Prosjektet har fått 600 000 kroner i støtte fra fylkes|kommunen og "
     "varer til utgangen av 2027."),
    ("h2", "5.5 Region Øst"),
    ("p", "Region Øst holdt et åpent møte om ventelister, der 11 kommuner la fram tallene sine. Til sammen "
     "stod 2 340 barn på venteliste i disse kommunene ved skolestart. Regionstyret har tatt saken videre "
     "med fylkes|kommunene i regionen."),
    ("h2", "5.6 Region Innlandet"),
    ("p", "Region Innlandet arrangerte egne kulturskoledager i Brekkvollen med 210 deltakere. To av de nye "
     "medlemskommunene i 2025, Tverrdal og Kvitstad, ligger i regionen. Regionstyret har startet arbeidet "
     "med en felles plan for fordypning i Innlandet."),
    ("endcolumns",),
    ("page",),
    # ---- 6 ---------------------------------------------------------------------------------------
    ("h1", "6 Økonomi"),
    ("p", "Kulturskolerådet hadde driftsinntekter på 58,4 millioner kroner i 2025, mot 54,9 millioner kroner "
     "året før. Medlemskontingenten utgjorde 21,7 millioner kroner, og deltakeravgifter fra kurs og "
     "konferanser 14,2 millioner kroner. Resten kom fra statlige tilskudd og prosjektmidler."),
    ("p", "Driftskostnadene var 57,2 millioner kroner. Årsresultatet ble et overskudd på 1,2 millioner kroner, "
     "som er overført til egenkapitalen. Egenkapitalen var 9,8 millioner kroner ved utgangen av året."),
    ("p", "Tabell 1 viser utviklingen i noen nøkkeltall de siste tre årene."),
    ("caption", "Tabell 1 Nøkkeltall 2023–2025"),
    ("table",),
    # ---- 7 ---------------------------------------------------------------------------------------
    ("h1", "7 Veien videre"),
    ("h2", "7.1 Prioriteringer for 2026"),
    ("p", "Budsjettet for 2026 ble vedtatt av hovedstyret i desember 2025 og har en ramme på 61,0 millioner "
     "kroner. I 2026 vil Kulturskolerådet særlig prioritere dette:"),
    ("numbers", PRIORITIES_2026),
    ("h2", "7.2 Mot Landstinget 2028"),
    ("p", "Hovedstyret vil legge fram en plan for arbeidet fram mot Landstinget 2028 for regionstyrene "
     "våren 2026. Planen skal beskrive hvordan medlemmene kan gi innspill til ny strategi og ny politisk "
     "plattform, og hvordan regionmøtene i 2027 skal brukes i forberedelsene."),
    ("h2", "7.3 Økonomiske utsikter"),
    ("p", "Medlemskontingenten for 2026 er uendret. Hovedstyret forventer at deltakeravgiftene blir om lag "
     "som i 2025, men at prosjektmidlene går noe ned når flere prosjekter avsluttes. Budsjettet for 2026 "
     "legger derfor opp til et resultat i balanse."),
    ("p", "Hovedstyret vil vurdere kontingentsatsene på nytt i forbindelse med budsjettet for 2027."),
]
