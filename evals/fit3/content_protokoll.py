"""Text of the invented "Protokoll fra hovedstyrets møte 3/2026" (PDF, typeset by typeset.py).

Everything is invented: people, places, figures and dates. "|" is a hyphenation point, "~" a fixed space.
"""

TITLE = "Protokoll fra hovedstyrets møte 3/2026"
RUNNING = "Norsk kulturskoleråd · Hovedstyret · Protokoll fra møte 3/2026"

HEAD = [
    ("Dato:", "Torsdag 23. april 2026, kl. 09.30–15.40"),
    ("Sted:", "Kulturhuset i Brennvika, møterommet Sjøsiden"),
    ("Til stede:", "Ragnhild Øverås (leder), Torbjørn Skarstein (nestleder), Halvard Nesje, Mariam Bakke-Holm, "
     "Lene Marie Tveit, Oddbjørn Flatland og Kasper Dyrnes (vara for Sunniva Lothe)"),
    ("Forfall:", "Sunniva Lothe"),
    ("Fra administrasjonen:", "direktør Ingvild Aasen, økonomisjef Marte Solbakk og rådgiver Petter Hovland "
     "(referent)"),
]

BLOCKS = [
    ("title", "Protokoll"),
    ("subtitle", "Møte i hovedstyret i Norsk kulturskoleråd, møte 3/2026"),
    ("head",),
    ("p", "Møtet ble ledet av styreleder Ragnhild Øverås. Hovedstyret var vedtaksført med sju stemme|berettigede "
     "medlemmer til stede. Halvard Nesje måtte forlate møtet kl. 14.50 og deltok ikke i behandlingen av "
     "HS-sak 38/26."),

    ("sak", "HS-sak 31/26 Godkjenning av innkalling og saksliste"),
    ("label", "Saksframlegg:"),
    ("p", "Innkalling og saksliste ble sendt ut 9. april 2026. Styreleder foreslo at HS-sak 37/26 om "
     "Landstinget 2028 ble behandlet før lunsj, slik at vertskommunene kunne følge behandlingen digitalt."),
    ("label", "Administrasjonens innstilling:"),
    ("p", "Innkalling og saksliste godkjennes."),
    ("label", "Vedtak:"),
    ("vedtak", "Innkalling og saksliste godkjennes med endret rekkefølge, slik at HS-sak 37/26 behandles før lunsj."),
    ("vote", "Enstemmig vedtatt."),

    ("sak", "HS-sak 32/26 Godkjenning av protokoll fra møte 2/2026"),
    ("label", "Saksframlegg:"),
    ("p", "Protokollen fra møtet 12. mars 2026 ble sendt på høring til styremedlemmene 20. mars. Det kom én "
     "merknad: I HS-sak 24/26 skulle det stå at Oddbjørn Flatland, ikke Halvard Nesje, fremmet forslaget om "
     "en egen ungdomsrepresentant."),
    ("label", "Administrasjonens innstilling:"),
    ("p", "Protokollen fra møte 2/2026 godkjennes med den rettelsen som er nevnt i saksframlegget."),
    ("label", "Vedtak:"),
    ("vedtak", "Som innstillingen."),
    ("vote", "Enstemmig vedtatt."),

    ("sak", "HS-sak 33/26 Regnskap per første kvartal 2026"),
    ("label", "Saksframlegg:"),
    ("p", "Økonomisjef Marte Solbakk la fram regnskapet per 31. mars 2026. Driftsinntektene var 14,6 millioner "
     "kroner mot budsjetterte 14,2 millioner kroner. Driftskostnadene var 12,9 millioner kroner, som er 0,7 "
     "millioner kroner lavere enn budsjettert. Det lave kostnadsnivået skyldes først og fremst at to stillinger "
     "har stått ledige i deler av kvartalet, og at vårens regionsamlinger først blir fakturert i andre kvartal."),
    ("p", "Resultatet per første kvartal er dermed et overskudd på 1,7 millioner kroner. Administrasjonen venter "
     "at avviket jevner seg ut i løpet av året, og foreslår ingen endringer i budsjettet nå."),
    ("label", "Administrasjonens innstilling:"),
    ("p", "Hovedstyret tar regnskapet per første kvartal 2026 til orientering."),
    ("label", "Vedtak:"),
    ("vedtak", "Som innstillingen."),
    ("vote", "Enstemmig vedtatt."),

    ("sak", "HS-sak 34/26 Medlemskontingent for 2027"),
    ("label", "Saksframlegg:"),
    ("p", "Kontingenten består av et grunnbeløp per medlemskommune og et beløp per innbygger. Kontingenten ble "
     "sist justert for 2026. Administrasjonen viste til at lønns- og prisveksten har vært høyere enn "
     "forutsatt, og at organisasjonen har tatt på seg flere oppgaver i veilederkorpset. Samtidig har mange "
     "kommuner en krevende økonomi, og flere medlemmer har bedt om at økningen holdes lav."),
    ("p", "Administrasjonen foreslår en økning på 3,5 prosent. Grunnbeløpet økes fra 9 800 kroner til 10 140 "
     "kroner, og beløpet per innbygger økes fra 1,42 kroner til 1,47 kroner. Fylkeskommunenes kontingent holdes "
     "uendret på 42 000 kroner. Økningen vil gi om lag 1,1 millioner kroner i økte inntekter i 2027."),
    ("label", "Administrasjonens innstilling:"),
    ("p", "Medlemskontingenten for 2027 fastsettes til et grunnbeløp på 10 140 kroner per kommune og 1,47 kroner "
     "per innbygger. Kontingenten for fylkeskommunene holdes uendret."),
    ("label", "Forslag fra Halvard Nesje:"),
    ("p", "Kontingenten for 2027 økes med 2,5 prosent, og administrasjonen bes finne innsparinger tilsvarende "
     "differansen."),
    ("p", "Forslaget fra Halvard Nesje ble satt opp mot administrasjonens innstilling. Forslaget falt med 2 mot 5 "
     "stemmer. Halvard Nesje og Mariam Bakke-Holm stemte for forslaget."),
    ("label", "Vedtak:"),
    ("vedtak", "Medlemskontingenten for 2027 fastsettes til et grunnbeløp på 10 140 kroner per kommune og 1,47 "
     "kroner per innbygger. Kontingenten for fylkeskommunene holdes uendret."),
    ("vote", "Vedtatt med 5 mot 2 stemmer."),

    ("sak", "HS-sak 35/26 Fordeling av midler til regionale kompetansetiltak 2026"),
    ("label", "Saksframlegg:"),
    ("p", "I budsjettet for 2026 er det satt av 2,4 millioner kroner til kompetansetiltak i regionene. "
     "Administrasjonen foreslår at hver av de ni regionene får et fast beløp på 150 000 kroner, og at resten, "
     "1,05 millioner kroner, fordeles etter antall medlemskommuner i regionen per 1. januar 2026."),
    ("p", "Midlene skal brukes til tiltak som følger opp den nye kompetansestrategien, og regionene skal rapportere "
     "på bruken innen 15. januar 2027. Ubrukte midler skal betales tilbake."),
    ("label", "Administrasjonens innstilling:"),
    ("p", "Midlene til regionale kompetansetiltak 2026 fordeles med et fast beløp på 150 000 kroner per region og "
     "resten etter antall medlemskommuner, slik det er beskrevet i saksframlegget."),
    ("label", "Vedtak:"),
    ("vedtak", "Som innstillingen."),
    ("vote", "Vedtatt med 6 mot 1 stemme. Mariam Bakke-Holm stemte mot."),
    ("p", "Protokolltilførsel fra Mariam Bakke-Holm: «Jeg mener at regioner med store avstander og mange små "
     "kommuner burde fått et eget reisetillegg.»"),

    ("sak", "HS-sak 36/26 Høringssvar om veileder for kulturskoletilbudet"),
    ("label", "Saksframlegg:"),
    ("p", "Utdanningsdirektoratet har sendt på høring et utkast til en nasjonal veileder for kommunenes "
     "kulturskoletilbud. Høringsfristen er 15. mai 2026. Administrasjonen har laget et utkast til høringssvar "
     "som støtter veilederen, men som peker på at den ikke sier noe om hvordan tilbudet skal finansieres, og at "
     "kravene til kompetanse hos lærerne bør bli tydeligere."),
    ("label", "Administrasjonens innstilling:"),
    ("p", "Hovedstyret slutter seg til utkastet til høringssvar. Direktøren gis fullmakt til å gjøre redaksjonelle "
     "endringer før svaret sendes."),
    ("label", "Vedtak:"),
    ("vedtak", "Hovedstyret slutter seg til utkastet til høringssvar, med et nytt avsnitt om at veilederen også må "
     "omtale tilbudet til barn og unge med funksjonsnedsettelser. Direktøren gis fullmakt til å gjøre "
     "redaksjonelle endringer før svaret sendes."),
    ("vote", "Enstemmig vedtatt."),

    ("sak", "HS-sak 37/26 Landstinget 2028 – vertskommune og tidsplan"),
    ("label", "Saksframlegg:"),
    ("p", "Innen fristen 1. mars 2026 kom det søknader fra tre kommuner som ønsker å være vertskommune for "
     "Landstinget 2028: Kvitsund, Storfjellet og Brennvika. Administrasjonen har vurdert søknadene ut fra "
     "kapasitet på hotell og møtelokaler, reisetid for delegatene og kostnader."),
    ("p", "Kvitsund har den beste samlede løsningen, med kongressenter og hotell i samme bygg og direkte fly fra "
     "de fleste landsdeler. Storfjellet tilbyr lavest pris, men har lengre reisevei for de fleste delegatene."),
    ("label", "Administrasjonens innstilling:"),
    ("p", "Landstinget 2028 legges til Kvitsund kommune 19.–21. oktober 2028. Frist for forslag til saker fra "
     "medlemmene settes til 1. mars 2028."),
    ("label", "Vedtak:"),
    ("vedtak", "Landstinget 2028 legges til Kvitsund kommune 19.–21. oktober 2028. Frist for forslag til saker fra "
     "medlemmene settes til 1. mars 2028."),
    ("vote", "Vedtatt med 5 mot 2 stemmer. Lene Marie Tveit og Oddbjørn Flatland stemte for Storfjellet."),

    ("sak", "HS-sak 38/26 Arbeidsgruppe for revisjon av vedtektene"),
    ("label", "Saksframlegg:"),
    ("p", "Landstinget 2024 ba hovedstyret om å gå gjennom vedtektene før Landstinget 2028, blant annet reglene "
     "for valg og for regionenes representasjon. Administrasjonen foreslår at det oppnevnes en arbeidsgruppe "
     "med to medlemmer fra hovedstyret, to representanter fra regionstyrene og én fra administrasjonen."),
    ("label", "Administrasjonens innstilling:"),
    ("p", "Hovedstyret oppnevner en arbeidsgruppe for revisjon av vedtektene. Arbeidsgruppen legger fram sitt "
     "forslag for hovedstyret innen 1. desember 2026."),
    ("label", "Vedtak:"),
    ("vedtak", "Hovedstyret oppnevner en arbeidsgruppe for revisjon av vedtektene med Torbjørn Skarstein (leder), "
     "Lene Marie Tveit, Arnhild Vassbotn (Region Nord), Kåre Tjeldnes (Region Vest) og Petter Hovland fra "
     "administrasjonen. Arbeidsgruppen legger fram sitt forslag for hovedstyret innen 1. desember 2026."),
    ("vote", "Enstemmig vedtatt. Halvard Nesje var ikke til stede under behandlingen."),

    ("sak", "HS-sak 39/26 Orienteringssaker"),
    ("p", "Hovedstyret fikk disse orienteringene:"),
    ("items", [
        ("a)", "Direktøren orienterte om bemanningen. Sigrun Haugland er ansatt som rådgiver med ansvar for "
         "kompetansefellesskapene og begynner 1. juni 2026. Stillingen som kommunikasjonsrådgiver lyses ut på nytt "
         "i mai."),
        ("b)", "Utkastet til kompetansestrategi 2026–2030 er sendt på innspillsrunde til regionstyrene med frist "
         "8. mai 2026. Strategien legges fram for endelig vedtak i møtet i juni."),
        ("c)", "De nye GSI-tallene viser 104 300 elevplasser i kulturskolene skoleåret 2025/26. Det er en økning på "
         "2,1 prosent fra året før, men ventelistene har også økt."),
        ("d)", "Møteplan for resten av 2026: 11. juni (digitalt), 17.–18. september i Kvitsund og 26. november i "
         "Oslo."),
    ]),
    ("label", "Vedtak:"),
    ("vedtak", "Orienteringene tas til orientering."),
    ("vote", "Enstemmig vedtatt."),

    ("sak", "Eventuelt"),
    ("p", "Oddbjørn Flatland spurte om varamedlemmer som møter, får dekket reiseutgifter på samme måte som faste "
     "medlemmer. Direktøren svarte at dette er praksis i dag, men at det ikke står i reiseregulativet. "
     "Administrasjonen kommer tilbake med en sak om endring av reiseregulativet i møtet 11. juni."),
    ("p", "Lene Marie Tveit informerte om at Region Midt arrangerer en regional kulturskolekonferanse i Hestvoll "
     "4.–5. september 2026, og inviterte hovedstyrets medlemmer til å delta."),
    ("p", "Møtet ble hevet kl. 15.40."),

    ("space", 6),
    ("p", "Protokollen er godkjent elektronisk 28. april 2026."),
    ("signatures", [("Ragnhild Øverås", "leder"), ("Torbjørn Skarstein", "nestleder"),
                    ("Lene Marie Tveit", "styremedlem")]),
    ("p", "Referent: Petter Hovland"),
]
