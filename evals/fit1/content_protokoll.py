"""Text of the invented "Protokoll fra regionmøtet i Region Vest 2025" (fit1).

All names, municipalities, dates, votes and amounts are made up. Blocks:
  ("title", text) ("facts", [(label, value)]) ("h2", text) ("toc", [items]) ("sak", heading)
  ("sub", label) ("p", text) ("quote", text) ("num", [items]) ("bul", [items]) ("table",)
  ("cols",) ("endcols",) ("newpage",) ("sign", [lines])
"""

TITLE = "Protokoll fra regionmøtet i Region Vest 2025"
HEADER = "Norsk kulturskoleråd, Region Vest – Protokoll fra regionmøtet 2025"

FACTS = [
    ("Tid:", "Torsdag 10. april 2025 kl. 10.00–16.30 og fredag 11. april 2025 kl. 09.00–12.15"),
    ("Sted:", "Brattøy kulturhus, Brattøy kommune"),
    ("Til stede:", "49 stemmeberettigede delegater fra 31 av regionens 44 medlemmer"),
    ("Også til stede:", "Regionstyret, nestleder i hovedstyret Gunnar Reitan og tre ansatte i Kulturskolerådets "
                        "administrasjon"),
    ("Møteleder:", "Astrid Kvamsøy, Sjøvang kommune"),
    ("Sekretær:", "Lene Osvik, Kulturskolerådet"),
    ("Protokollen underskrives av:", "Jorunn Hatlestad, Lindvik kommune, og Petter Skjelbred, Tindstad kommune"),
]

SAKER = [
    "Sak 1/25 Åpning og konstituering",
    "Sak 2/25 Regionstyrets årsmelding for 2024",
    "Sak 3/25 Regnskap for 2024 med revisjonsberetning",
    "Sak 4/25 Handlingsplan for 2025–2026",
    "Sak 5/25 Regional tilleggskontingent fra 2026",
    "Sak 6/25 Budsjett for 2026",
    "Sak 7/25 Endringer i vedtektene",
    "Sak 8/25 Valg",
    "Sak 9/25 Uttalelse om regionale fordypningstilbud",
]

BUDGET_HEAD = ["Post", "Budsjett 2025", "Budsjett 2026"]
BUDGET = [
    ["Driftstilskudd fra Kulturskolerådet", "480 000", "495 000"],
    ["Regional tilleggskontingent", "0", "96 000"],
    ["Deltakeravgift regionkonferansen", "150 000", "165 000"],
    ["Sum inntekter", "630 000", "756 000"],
    ["Regionstyrets møter og reiser", "140 000", "150 000"],
    ["Regionkonferansen", "260 000", "280 000"],
    ["Nettverk og kurs", "150 000", "190 000"],
    ["Regionalt fordypningsprosjekt", "60 000", "110 000"],
    ["Andre kostnader", "20 000", "26 000"],
    ["Sum kostnader", "630 000", "756 000"],
]
BUDGET_BOLD = {3, 9}

BLOCKS = [
    ("title", TITLE),
    ("facts", FACTS),
    ("p", "Regionmøtet ble holdt som fysisk møte. Fredag 11. april var 46 stemmeberettigede delegater til stede."),
    ("h2", "Saksliste"),
    ("toc", SAKER),

    # ------------------------------------------------------------------------------------
    ("sak", SAKER[0]),
    ("sub", "Saksframstilling"),
    ("p", "Regionstyrets leder Bjørn Helle Vassbotn åpnet møtet og ønsket delegatene velkommen. Ordfører i "
          "Brattøy kommune, Siri Lygre, hilste møtet og fortalte om kommunens nye kulturhus, som sto ferdig "
          "høsten 2024."),
    ("p", "Opprop viste 49 stemmeberettigede delegater fra 31 av regionens 44 medlemmer. Møtet ble erklært "
          "vedtaksført."),
    ("sub", "Regionstyrets forslag til vedtak"),
    ("p", "Innkalling, saksliste og forretningsorden godkjennes. Astrid Kvamsøy velges som møteleder og Lene "
          "Osvik som sekretær. Jorunn Hatlestad og Petter Skjelbred velges til å underskrive protokollen sammen "
          "med møtelederen."),
    ("sub", "Forslag fra Havrefjord kommune"),
    ("p", "Havrefjord kommune foreslo å sette opp en ny sak om en felles uttalelse mot kutt i fylkeskommunenes "
          "tilskudd til interkommunalt kulturskolesamarbeid."),
    ("sub", "Votering"),
    ("p", "Forslaget fra Havrefjord kommune fikk 30 stemmer for og 19 mot. Forslaget falt fordi det ikke fikk "
          "to tredjedels flertall, jf. vedtektene § 6 (5)."),
    ("p", "Regionstyrets forslag ble enstemmig vedtatt."),
    ("sub", "Vedtak:"),
    ("p", "Innkalling, saksliste og forretningsorden godkjennes. Astrid Kvamsøy velges som møteleder og Lene "
          "Osvik som sekretær. Jorunn Hatlestad og Petter Skjelbred velges til å underskrive protokollen sammen "
          "med møtelederen."),

    # ------------------------------------------------------------------------------------
    ("sak", SAKER[1]),
    ("sub", "Saksframstilling"),
    ("p", "Regionstyrets leder la fram årsmeldingen for 2024. Regionstyret hadde seks møter i 2024, to av dem "
          "digitale."),
    ("p", "Regionkonferansen ble holdt i Tindstad 17.–18. oktober 2024 og samlet 212 deltakere. Regionen "
          "arrangerte fire nettverkssamlinger for kulturskolerektorer og to kurs i ensembleledelse for "
          "kulturskolelærere."),
    ("p", "Nestleder i hovedstyret Gunnar Reitan orienterte om hovedstyrets arbeid fram mot landstinget i 2028 og "
          "ba regionene sende innspill til ny strategi innen 1. desember 2025."),
    ("p", "I debatten etterlyste Kari Mjelde fra Solbrekke kommune flere tilbud til små kommuner som har bare "
          "én eller to ansatte i kulturskolen."),
    ("sub", "Regionstyrets forslag til vedtak"),
    ("p", "Årsmeldingen for 2024 tas til orientering."),
    ("sub", "Vedtak:"),
    ("p", "Årsmeldingen for 2024 tas til orientering."),

    # ------------------------------------------------------------------------------------
    ("newpage",),
    ("cols",),
    ("sak", SAKER[2]),
    ("sub", "Saksframstilling"),
    ("p", "Regnskapet for 2024 viser inntekter på 642 300 kroner og kostnader på 555 900 kroner. Det gir et "
          "overskudd på 86 400 kroner."),
    ("p", "Overskuddet skyldes først og fremst at deltakeravgiftene fra regionkonferansen ble høyere enn "
          "budsjettert. Regionens fond var på 312 000 kroner per 31. desember 2024."),
    ("p", "Revisor har gått gjennom regnskapet og har ingen merknader."),
    ("sub", "Regionstyrets forslag til vedtak"),
    ("p", "Regnskapet for 2024 godkjennes. Overskuddet på 86 400 kroner overføres til regionens fond."),
    ("sub", "Votering"),
    ("p", "Regionstyrets forslag ble enstemmig vedtatt."),
    ("sub", "Vedtak:"),
    ("p", "Regnskapet for 2024 godkjennes. Overskuddet på 86 400 kroner overføres til regionens fond."),

    # ------------------------------------------------------------------------------------
    ("sak", SAKER[3]),
    ("sub", "Saksframstilling"),
    ("p", "Regionstyret har laget forslaget etter en spørreundersøkelse blant medlemmene høsten 2024. 27 "
          "medlemmer svarte på undersøkelsen."),
    ("p", "Handlingsplanen bygger på Kulturskolerådets strategi og har tre innsatsområder."),
    ("sub", "Regionstyrets forslag til vedtak"),
    ("p", "Handlingsplanen for 2025–2026 vedtas med disse innsatsområdene:"),
    ("num", [
        "Kompetanse og rekruttering: Regionen arrangerer minst to regionale kurs i året for kulturskolelærere og "
        "starter et mentorprogram for nye kulturskolerektorer.",
        "Fordypning: Regionen inngår samarbeidsavtaler med fylkeskommunene om regionale fordypningstilbud innen "
        "utgangen av 2026.",
        "Kulturskole for alle: Regionen kartlegger ventelister og moderasjonsordninger i medlemskommunene innen "
        "31. desember 2025.",
    ]),
    ("sub", "Endringsforslag fra Solbrekke kommune"),
    ("p", "Nytt punkt under innsatsområde 3:"),
    ("quote", "«Regionen samler og deler eksempler på kulturskoletilbud til barn og unge i asylmottak og til "
              "bosatte flyktninger.»"),
    ("sub", "Endringsforslag fra Knut Sævareid, Fjellstrand kommune"),
    ("quote", "«Regionstyret ansetter en regional prosjektkoordinator i 50 prosent stilling fra 1. januar 2026.»"),
    ("p", "Regionstyret viste til at regionen ikke kan ansette personale i eget navn, jf. vedtektene § 1 (2), "
          "og frarådet forslaget."),
    ("sub", "Votering"),
    ("p", "Endringsforslaget fra Solbrekke kommune ble vedtatt med 44 mot 3 stemmer, 2 blanke."),
    ("p", "Endringsforslaget fra Knut Sævareid fikk 12 stemmer for, 35 mot og 2 blanke, og falt."),
    ("p", "Handlingsplanen med det vedtatte endringsforslaget ble deretter enstemmig vedtatt."),
    ("sub", "Vedtak:"),
    ("p", "Handlingsplanen for 2025–2026 vedtas med de tre innsatsområdene i regionstyrets forslag. Under "
          "innsatsområde 3 tas det inn et nytt punkt om å samle og dele eksempler på kulturskoletilbud til barn "
          "og unge i asylmottak og til bosatte flyktninger."),

    ("endcols",),

    # ------------------------------------------------------------------------------------
    ("sak", SAKER[4]),
    ("sub", "Saksframstilling"),
    ("p", "Regionstyret foreslår en regional tilleggskontingent for å finansiere et regionalt "
          "fordypningsprosjekt i samarbeid med fylkeskommunene."),
    ("p", "Etter vedtektene § 4 (3) kan tilleggskontingenten ikke være høyere enn 15 prosent av den ordinære "
          "kontingenten. Med en sats på 6 prosent vil tilleggskontingenten gi om lag 96 000 kroner i året."),
    ("p", "Vedtaket krever to tredjedels flertall av de avgitte stemmene."),
    ("sub", "Regionstyrets forslag til vedtak"),
    ("p", "Fra 1. januar 2026 betaler medlemmene en regional tilleggskontingent på 6 prosent av den ordinære "
          "kontingenten. Midlene øremerkes det regionale fordypningsprosjektet."),
    ("sub", "Endringsforslag fra Marøyvik kommune"),
    ("p", "Satsen settes til 4 prosent av den ordinære kontingenten."),
    ("sub", "Votering"),
    ("p", "Endringsforslaget fra Marøyvik kommune fikk 15 stemmer for, 32 mot og 2 blanke, og falt."),
    ("p", "Regionstyrets forslag ble vedtatt med 36 mot 11 stemmer, 2 blanke. Kravet om to tredjedels flertall "
          "var oppfylt."),
    ("sub", "Protokolltilførsel fra Marøyvik kommune"),
    ("quote", "«Marøyvik kommune mener at en tilleggskontingent rammer de minste kommunene hardest.»"),
    ("sub", "Vedtak:"),
    ("p", "Fra 1. januar 2026 betaler medlemmene en regional tilleggskontingent på 6 prosent av den ordinære "
          "kontingenten. Midlene øremerkes det regionale fordypningsprosjektet."),

    # ------------------------------------------------------------------------------------
    ("sak", SAKER[5]),
    ("sub", "Saksframstilling"),
    ("p", "Budsjettforslaget bygger på vedtaket i sak 5/25 om regional tilleggskontingent. Driftstilskuddet fra "
          "Kulturskolerådet for 2026 er anslått til 495 000 kroner."),
    ("p", "Tabellen viser regionstyrets forslag til budsjett for 2026 sammenlignet med budsjettet for 2025. Alle "
          "tall er i kroner."),
    ("table",),
    ("sub", "Regionstyrets forslag til vedtak"),
    ("p", "Budsjettet for 2026 vedtas med inntekter og kostnader på 756 000 kroner."),
    ("sub", "Endringsforslag fra Kvitstein kommune"),
    ("p", "20 000 kroner flyttes fra posten Regionkonferansen til posten Nettverk og kurs."),
    ("sub", "Votering"),
    ("p", "Endringsforslaget fra Kvitstein kommune fikk 18 stemmer for, 29 mot og 2 blanke, og falt."),
    ("p", "Regionstyrets forslag ble vedtatt med 45 mot 2 stemmer, 2 blanke."),
    ("sub", "Vedtak:"),
    ("p", "Budsjettet for 2026 vedtas med inntekter og kostnader på 756 000 kroner, som vist i tabellen."),

    # ------------------------------------------------------------------------------------
    ("sak", SAKER[6]),
    ("sub", "Saksframstilling"),
    ("p", "Regionstyret foreslår å utvide regionstyret fra fire til fem medlemmer, slik at begge fylkene og både "
          "små og store kommuner kan bli bedre representert."),
    ("p", "Regionstyret foreslår også at fristen for å sende ut saksdokumentene til regionmøtet endres fra to "
          "til fire uker før møtet."),
    ("p", "Forslaget sto i innkallingen til regionmøtet, slik vedtektene § 14 (1) krever."),
    ("sub", "Regionstyrets forslag til vedtak"),
    ("p", "§ 9 (1) skal lyde: «Regionstyret består av fem medlemmer og to varamedlemmer.»"),
    ("p", "§ 6 (3) skal lyde: «Saksdokumentene skal sendes medlemmene senest fire uker før møtet.»"),
    ("sub", "Endringsforslag fra Tindstad kommune"),
    ("p", "I § 6 (3) endres «fire uker» til «tre uker»."),
    ("sub", "Endringsforslag fra Solbrekke kommune"),
    ("p", "Regelen i § 8 (3) om at ingen kan sitte i regionstyret i mer enn tre valgperioder, oppheves."),
    ("sub", "Votering"),
    ("p", "Endringsforslaget fra Tindstad kommune ble vedtatt med 34 mot 15 stemmer."),
    ("p", "Endringsforslaget fra Solbrekke kommune fikk 9 stemmer for, 38 mot og 2 blanke, og falt."),
    ("p", "Vedtektsendringene i sin helhet ble vedtatt med 46 mot 3 stemmer."),
    ("sub", "Vedtak:"),
    ("p", "§ 9 (1) skal lyde: «Regionstyret består av fem medlemmer og to varamedlemmer.»"),
    ("p", "§ 6 (3) skal lyde: «Saksdokumentene skal sendes medlemmene senest tre uker før møtet.»"),
    ("p", "Endringene trer i kraft når de er godkjent av hovedstyret. Det nye styremedlemmet velges første gang "
          "på dette regionmøtet, for to år."),

    # ------------------------------------------------------------------------------------
    ("sak", SAKER[7]),
    ("p", "Saken ble behandlet fredag 11. april med 46 stemmeberettigede delegater til stede."),
    ("sub", "Saksframstilling"),
    ("p", "Valgkomiteen, ledet av Gunnhild Rasmussen, la fram sin innstilling. Regionstyrets leder Bjørn Helle "
          "Vassbotn har sittet i tre valgperioder og kunne ikke velges på nytt."),
    ("p", "På valg i 2025 er lederen og ett styremedlem. I tillegg skal det velges ett nytt styremedlem etter "
          "vedtektsendringen i sak 7/25, to varamedlemmer, valgkomité og revisor."),
    ("p", "Solveig Aarstad Lie, Tindstad kommune, og Arne Selvik, Solbrekke kommune, ble valgt i 2024 og er "
          "ikke på valg."),
    ("sub", "Valg av leder"),
    ("p", "Valgkomiteen innstilte på Ragnhild Furenes, Havrefjord kommune. Odd Sverre Lunde, Kvitstein kommune, "
          "ble foreslått som benkeforslag."),
    ("p", "Det ble holdt skriftlig valg. Ragnhild Furenes fikk 35 stemmer og Odd Sverre Lunde 10 stemmer. Én "
          "stemmeseddel var blank."),
    ("sub", "Valg av styremedlemmer"),
    ("p", "Valgkomiteen innstilte på Kjetil Myrvang, Brattøy kommune (gjenvalg), og Amira Haddad Hovland, "
          "Vestfjell fylkeskommune (ny). Tomas Nygård, Marøyvik kommune, ble foreslått som benkeforslag."),
    ("p", "Hver delegat kunne stemme på inntil to kandidater. Kjetil Myrvang fikk 39 stemmer, Amira Haddad "
          "Hovland 31 og Tomas Nygård 18."),
    ("p", "Valget av det nye styremedlemmet gjelder under forutsetning av at hovedstyret godkjenner "
          "vedtektsendringen i sak 7/25."),
    ("sub", "Valg av varamedlemmer, valgkomité og revisor"),
    ("p", "Tomas Nygård, Marøyvik kommune, ble valgt som 1. varamedlem og Mona Fjeldstad, Sjøvang kommune, som "
          "2. varamedlem. Begge ble valgt ved akklamasjon."),
    ("p", "Regionstyret innstilte på Gunnhild Rasmussen, Lindvik kommune (leder), Henrik Østbø, Havstrand "
          "fylkeskommune, og Liv Marie Sande, Solbrekke kommune, som valgkomité. Innstillingen ble vedtatt ved "
          "akklamasjon."),
    ("p", "Regionmøtet valgte den samme revisoren som Kulturskolerådet sentralt bruker."),
    ("sub", "Vedtak:"),
    ("p", "Regionstyret for perioden fram til regionmøtet i 2026 består av:"),
    ("bul", [
        "Ragnhild Furenes, Havrefjord kommune, leder",
        "Kjetil Myrvang, Brattøy kommune",
        "Amira Haddad Hovland, Vestfjell fylkeskommune",
        "Solveig Aarstad Lie, Tindstad kommune",
        "Arne Selvik, Solbrekke kommune",
        "1. varamedlem: Tomas Nygård, Marøyvik kommune",
        "2. varamedlem: Mona Fjeldstad, Sjøvang kommune",
    ]),

    # ------------------------------------------------------------------------------------
    ("sak", SAKER[8]),
    ("sub", "Saksframstilling"),
    ("p", "Fjellstrand kommune sendte inn forslaget til uttalelse innen fristen i vedtektene § 6 (2). "
          "Regionstyret støttet forslaget og anbefalte at uttalelsen sendes begge fylkeskommunene."),
    ("sub", "Forslag til uttalelse"),
    ("quote", "«Regionmøtet i Region Vest ber Vestfjell fylkeskommune og Havstrand fylkeskommune om å videreføre "
              "og styrke de regionale fordypningstilbudene for elever i kulturskolen. Fordypningstilbudene gir "
              "elever med særlig interesse og motivasjon et tilbud som den enkelte kommune ikke kan gi alene.»"),
    ("sub", "Endringsforslag fra Solbrekke kommune"),
    ("p", "Nytt siste avsnitt:"),
    ("quote", "«Fylkeskommunene bes også om å dekke reiseutgiftene for elever som bor mer enn 50 kilometer fra "
              "nærmeste fordypningstilbud.»"),
    ("sub", "Votering"),
    ("p", "Endringsforslaget fra Solbrekke kommune ble vedtatt med 40 mot 4 stemmer, 2 blanke. Uttalelsen med "
          "endringen ble deretter enstemmig vedtatt."),
    ("sub", "Vedtak:"),
    ("p", "Uttalelsen vedtas med endringen fra Solbrekke kommune og sendes Vestfjell fylkeskommune og Havstrand "
          "fylkeskommune innen 25. april 2025."),

    # ------------------------------------------------------------------------------------
    ("h2", "Avslutning"),
    ("p", "Møtelederen takket for et godt møte. Den avtroppende lederen Bjørn Helle Vassbotn ble takket for seks "
          "års innsats i regionstyret."),
    ("p", "Neste ordinære regionmøte holdes i Marøyvik i april 2026. Møtet ble hevet fredag 11. april kl. 12.15."),
    ("sign", [
        "Brattøy, 11. april 2025",
        "Astrid Kvamsøy, møteleder",
        "Jorunn Hatlestad, Lindvik kommune",
        "Petter Skjelbred, Tindstad kommune",
    ]),
    ("p", "Protokollen ble godkjent av protokollunderskriverne 28. april 2025."),
]
