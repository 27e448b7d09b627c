"""Text of the invented minutes of two meetings of the board of Kulturskolerådet Region Fjellheimen (PDF).

Blocks: ("title", text), ("lead", text), ("meeting", text) a meeting heading, ("meta", label, text) for time,
place and attendance, ("sak", number, title) a case heading "Sak 31/27 …", ("label", text) a bold label such as
"Saksframstilling" or "Vedtak:", ("p", text), ("num", marker, text) a numbered point with a hanging number,
("vote", text) the vote line in italics, ("sign", text) signature lines.
"""

TITLE = "Protokoll fra regionstyremøter høsten 2027"
RUNNING = "Kulturskolerådet Region Fjellheimen · Protokoll fra regionstyremøter høsten 2027"

BLOCKS = [
    ("title", TITLE),
    (
        "lead",
        "Kulturskolerådet Region Fjellheimen. Protokollen omfatter regionstyremøte 4/2027 og 5/2027. "
        "Sakene er nummerert fortløpende gjennom året.",
    ),
    # ------------------------------------------------------------------ meeting 4/2027
    ("meeting", "Regionstyremøte 4/2027"),
    ("meta", "Tid:", "Tirsdag 7. september 2027 kl. 10.00–15.00"),
    ("meta", "Sted:", "Kulturhuset i Elvedal"),
    ("meta", "Til stede:", "Gunnhild Sæterbakken (leder), Tobias Reinholt (nestleder), Merete Vikhammer, Silje Aarvik"),
    ("meta", "Forfall:", "Jostein Lillemoen"),
    ("meta", "Møtende vara:", "Eirin Haldorsen (for Jostein Lillemoen)"),
    ("meta", "Fra administrasjonen:", "Maren Tveiten, regional rådgiver (sekretær)"),
    ("sak", "Sak 31/27", "Godkjenning av innkalling og saksliste"),
    ("label", "Forslag til vedtak:"),
    ("p", "Innkalling og saksliste godkjennes."),
    ("vote", "Enstemmig vedtatt."),
    ("label", "Vedtak:"),
    ("p", "Innkalling og saksliste godkjennes."),
    ("sak", "Sak 32/27", "Godkjenning av protokoll fra møte 3/2027"),
    ("label", "Forslag til vedtak:"),
    ("p", "Protokollen fra møte 3/2027 den 14. juni 2027 godkjennes."),
    ("vote", "Enstemmig vedtatt."),
    ("label", "Vedtak:"),
    ("p", "Protokollen fra møte 3/2027 den 14. juni 2027 godkjennes."),
    ("sak", "Sak 33/27", "Regional årsplan 2028"),
    ("label", "Saksframstilling"),
    (
        "p",
        "Regionstyret vedtar hvert år en årsplan som bygger på Handlingsplan 2027–2028 for Kulturskolerådet. "
        "I 2027 har regionen kartlagt elevavgiften i alle 22 medlemskommuner (tiltak 1.1.1), holdt to "
        "innføringskurs i rammeplanen og samlet kulturskolelederne til et nettverksmøte i Holmvika i mai. "
        "Arbeidet med nettverket for gratis prøvetimer (tiltak 1.1.3) har ikke startet. Utkastet til årsplan "
        "for 2028 legger hovedvekten på politikerkonferansen og på fordypning.",
    ),
    ("label", "Forslag til vedtak:"),
    ("num", "1.", "Regionstyret vedtar årsplan 2028 for Region Fjellheimen slik den er lagt fram."),
    (
        "num",
        "2.",
        "Politikerkonferansen (tiltak 3.2.2) holdes i Elvedal i april 2028 og er regionens viktigste satsing neste år.",
    ),
    ("num", "3.", "Sekretariatet legger fram en statusrapport for årsplanen i første møte i 2028."),
    ("label", "Endringsforslag fra Silje Aarvik:"),
    (
        "p",
        "Nytt punkt 4: Regionstyret ber om at nettverket for gratis prøvetimer (tiltak 1.1.3) etableres før "
        "utgangen av 2027.",
    ),
    ("vote", "Endringsforslaget fra Silje Aarvik falt mot 1 stemme. Forslag til vedtak ble enstemmig vedtatt."),
    ("label", "Vedtak:"),
    ("num", "1.", "Regionstyret vedtar årsplan 2028 for Region Fjellheimen slik den er lagt fram."),
    (
        "num",
        "2.",
        "Politikerkonferansen (tiltak 3.2.2) holdes i Elvedal i april 2028 og er regionens viktigste satsing neste år.",
    ),
    ("num", "3.", "Sekretariatet legger fram en statusrapport for årsplanen i første møte i 2028."),
    ("sak", "Sak 34/27", "Budsjettrevisjon 2027"),
    ("label", "Saksframstilling"),
    (
        "p",
        "Regionen har et budsjett på 640 000 kroner for 2027. Per 31. juli var 371 500 kroner brukt. "
        "Kursinntektene blir 48 000 kroner lavere enn budsjettert fordi høstkurset i dans ble avlyst. "
        "Sekretariatet foreslår å flytte 30 000 kroner fra posten for styremøter til posten for kurs og "
        "konferanser, og å holde to av de gjenstående styremøtene digitalt.",
    ),
    ("label", "Forslag til vedtak:"),
    ("num", "1.", "Det overføres 30 000 kroner fra posten for styremøter til posten for kurs og konferanser."),
    ("num", "2.", "Revidert budsjett for 2027 på 640 000 kroner godkjennes."),
    ("label", "Endringsforslag fra Tobias Reinholt:"),
    ("p", "I punkt 1 endres beløpet fra 30 000 kroner til 45 000 kroner."),
    (
        "vote",
        "Endringsforslaget fra Tobias Reinholt ble vedtatt mot 1 stemme (Merete Vikhammer). Forslag til "
        "vedtak med endringen ble deretter vedtatt mot 1 stemme.",
    ),
    ("label", "Vedtak:"),
    ("num", "1.", "Det overføres 45 000 kroner fra posten for styremøter til posten for kurs og konferanser."),
    ("num", "2.", "Revidert budsjett for 2027 på 640 000 kroner godkjennes."),
    ("label", "Protokolltilførsel fra Merete Vikhammer:"),
    (
        "p",
        "Jeg mener det er feil å kutte i fysiske styremøter i en region med så store avstander, og ber om at "
        "saken tas opp igjen når budsjettet for 2028 skal behandles.",
    ),
    ("sak", "Sak 35/27", "Høring: utkast til politisk plattform 2028–2031"),
    ("label", "Saksframstilling"),
    (
        "p",
        "Hovedstyret sendte 20. juni 2027 et utkast til politisk plattform for 2028–2031 på høring til "
        "regionene, med svarfrist 1. oktober 2027. Utkastet har fem områder. Lokaler er bare nevnt under "
        "kvalitet, og fordypning har ikke noe tidsmål. Sekretariatet foreslår at regionen særlig kommenterer "
        "disse to punktene.",
    ),
    ("label", "Forslag til vedtak:"),
    ("num", "1.", "Regionstyret slutter seg til hovedlinjene i utkastet til politisk plattform 2028–2031."),
    ("num", "2.", "Regionstyret ber om at lokaler og arenaer blir et eget område i plattformen."),
    ("num", "3.", "Regionstyret mener at det bør finnes regionale fordypningsprogram i alle fylker innen 2031."),
    ("num", "4.", "Leder og sekretær får fullmakt til å ferdigstille høringssvaret."),
    ("vote", "Vedtatt mot 2 stemmer (Tobias Reinholt og Eirin Haldorsen)."),
    ("label", "Vedtak:"),
    ("num", "1.", "Regionstyret slutter seg til hovedlinjene i utkastet til politisk plattform 2028–2031."),
    ("num", "2.", "Regionstyret ber om at lokaler og arenaer blir et eget område i plattformen."),
    ("num", "3.", "Regionstyret mener at det bør finnes regionale fordypningsprogram i alle fylker innen 2031."),
    ("num", "4.", "Leder og sekretær får fullmakt til å ferdigstille høringssvaret."),
    ("sak", "Sak 36/27", "Eventuelt"),
    (
        "p",
        "a) Merete Vikhammer orienterte om at Elvedal kommune har vedtatt 50 prosent søskenmoderasjon i "
        "kulturskolen fra 1. januar 2028.",
    ),
    (
        "p",
        "b) Leder minnet om Kulturskoledagene i Brennvik 19.–21. oktober. Regionen dekker reise og opphold "
        "for to styremedlemmer.",
    ),
    ("p", "Det ble ikke fattet vedtak under eventuelt."),
    # ------------------------------------------------------------------ meeting 5/2027
    ("meeting", "Regionstyremøte 5/2027"),
    ("meta", "Tid:", "Torsdag 28. oktober 2027 kl. 12.00–15.30"),
    ("meta", "Sted:", "Teams"),
    ("meta", "Til stede:", "Gunnhild Sæterbakken (leder), Merete Vikhammer, Jostein Lillemoen, Silje Aarvik"),
    ("meta", "Forfall:", "Tobias Reinholt"),
    ("meta", "Møtende vara:", "Peder Kolstø (for Tobias Reinholt)"),
    ("meta", "Fra administrasjonen:", "Maren Tveiten, regional rådgiver (sekretær)"),
    ("meta", "Dessuten:", "Kjersti Malmedal, medlem av hovedstyret, under sak 39/27"),
    ("sak", "Sak 37/27", "Godkjenning av innkalling og saksliste"),
    ("label", "Forslag til vedtak:"),
    ("p", "Innkalling og saksliste godkjennes."),
    ("vote", "Enstemmig vedtatt."),
    ("label", "Vedtak:"),
    ("p", "Innkalling og saksliste godkjennes."),
    ("sak", "Sak 38/27", "Godkjenning av protokoll fra møte 4/2027"),
    ("label", "Forslag til vedtak:"),
    ("p", "Protokollen fra møte 4/2027 den 7. september 2027 godkjennes."),
    ("vote", "Enstemmig vedtatt."),
    ("label", "Vedtak:"),
    ("p", "Protokollen fra møte 4/2027 den 7. september 2027 godkjennes."),
    ("sak", "Sak 39/27", "Regionalt fordypningsprogram i Fjellheimen"),
    ("label", "Saksframstilling"),
    (
        "p",
        "Elvedal, Nordre Skogli og Kvitbergen kommuner har søkt om å starte et felles regionalt "
        "fordypningsprogram fra høsten 2028. Programmet skal ha plass til 24 elever i musikk og 12 elever i "
        "dans. Kommunene ber regionen om 120 000 kroner i oppstartsstøtte. Fylkeskommunen har gitt tilsagn "
        "om 200 000 kroner. Kjersti Malmedal orienterte om tilsvarende program i andre regioner.",
    ),
    ("label", "Forslag til vedtak:"),
    (
        "num",
        "1.",
        "Regionstyret støtter søknaden fra Elvedal, Nordre Skogli og Kvitbergen om et felles "
        "regionalt fordypningsprogram fra høsten 2028.",
    ),
    (
        "num",
        "2.",
        "Regionen bevilger 120 000 kroner i oppstartsstøtte, med 60 000 kroner i 2028 og 60 000 kroner i 2029.",
    ),
    ("num", "3.", "Elvedal kommune er prosjekteier."),
    (
        "num",
        "4.",
        "Programmet skal ha et opptak som ikke bygger på audition alene, i tråd med tiltak 2.3.2 i "
        "handlingsplanen, og rapporterer til regionstyret hvert halvår med tall for søkere, opptatte "
        "elever og frafall, fordelt på kjønn og kommune.",
    ),
    ("label", "Endringsforslag fra Peder Kolstø:"),
    (
        "p",
        "Nytt punkt 5: Programmet skal være åpent for elever fra kommuner utenfor regionen når det er ledige "
        "plasser. Hjemkommunen til en slik elev betaler 8 000 kroner per skoleår.",
    ),
    (
        "vote",
        "Forslag til vedtak punkt 1–4 ble enstemmig vedtatt. Endringsforslaget fra Peder Kolstø ble "
        "vedtatt mot 2 stemmer.",
    ),
    ("label", "Vedtak:"),
    (
        "num",
        "1.",
        "Regionstyret støtter søknaden fra Elvedal, Nordre Skogli og Kvitbergen om et felles "
        "regionalt fordypningsprogram fra høsten 2028.",
    ),
    (
        "num",
        "2.",
        "Regionen bevilger 120 000 kroner i oppstartsstøtte, med 60 000 kroner i 2028 og 60 000 kroner i 2029.",
    ),
    ("num", "3.", "Elvedal kommune er prosjekteier."),
    (
        "num",
        "4.",
        "Programmet skal ha et opptak som ikke bygger på audition alene, i tråd med tiltak 2.3.2 i "
        "handlingsplanen, og rapporterer til regionstyret hvert halvår med tall for søkere, opptatte "
        "elever og frafall, fordelt på kjønn og kommune.",
    ),
    (
        "num",
        "5.",
        "Programmet skal være åpent for elever fra kommuner utenfor regionen når det er ledige "
        "plasser. Hjemkommunen til en slik elev betaler 8 000 kroner per skoleår.",
    ),
    ("sak", "Sak 40/27", "Møteplan for regionstyret 2028"),
    ("label", "Saksframstilling"),
    (
        "p",
        "Sekretariatet foreslår fire styremøter i 2028: 1. februar (Teams), 25. april (Elvedal, samme uke som "
        "politikerkonferansen), 5. september (Kvitbergen) og 21. november (Teams).",
    ),
    ("label", "Forslag til vedtak:"),
    ("p", "Møteplanen for 2028 vedtas slik den er lagt fram."),
    ("vote", "Enstemmig vedtatt."),
    ("label", "Vedtak:"),
    ("p", "Møteplanen for 2028 vedtas slik den er lagt fram."),
    ("sak", "Sak 41/27", "Forslag til representant i valgkomiteen for Landstinget 2028"),
    ("label", "Saksframstilling"),
    ("p", "Hver region skal foreslå én representant og én vararepresentant til valgkomiteen innen 15. november 2027."),
    ("label", "Forslag til vedtak:"),
    ("num", "1.", "Regionstyret foreslår Jostein Lillemoen som representant i valgkomiteen."),
    ("num", "2.", "Regionstyret foreslår Eirin Haldorsen som vararepresentant."),
    ("vote", "Enstemmig vedtatt."),
    ("label", "Vedtak:"),
    ("num", "1.", "Regionstyret foreslår Jostein Lillemoen som representant i valgkomiteen."),
    ("num", "2.", "Regionstyret foreslår Eirin Haldorsen som vararepresentant."),
    ("sak", "Sak 42/27", "Eventuelt"),
    (
        "p",
        "a) Silje Aarvik spurte om kartleggingen av kulturskolelokaler i regionen. Sekretæren svarte at "
        "rapporten legges fram i januar 2028.",
    ),
    ("p", "b) Styret takket Merete Vikhammer, som går ut av regionstyret ved årsskiftet etter seks år."),
    ("p", "Det ble ikke fattet vedtak under eventuelt."),
    ("sign", "Protokollen er godkjent elektronisk 2. november 2027."),
    ("sign", "Gunnhild Sæterbakken, leder          Maren Tveiten, referent"),
]
