"""Invented protocol of Landstinget 2024 for the evaluation set (names and votes are fictitious)."""

TITLE = "Protokoll fra Landstinget 2024"


def S(num, title):
    return ("h2", f"Sak {num} {title}", f"sak {num}")


BLOCKS = [
    ("title", "Protokoll fra Norsk kulturskoleråds landsting 2024", 16),
    ("p", "Sted: Scandic Ishavshotel, Tromsø. Tid: 21.–23. oktober 2024."),
    (
        "p",
        "Landstinget ble åpnet mandag 21. oktober kl. 10.00 av avtroppende leder i hovedstyret, Trond Ekre. "
        "Varaordfører i Tromsø, Elin Nygård Paulsen, ønsket delegatene velkommen til byen, og elever fra "
        "Tromsø kulturskole framførte et joikeprogram under ledelse av Ánde Somby Eira.",
    ),
    ("h1", "Sak 1 Konstituering", "sak 1"),
    S("1.1", "Opprop"),
    (
        "p",
        "Ved oppropet var 161 stemmeberettigede delegater til stede, fra 148 medlemskommuner og sju "
        "fylkeskommuner. I tillegg deltok hovedstyret, valgkomiteen, 19 observatører og 22 ansatte.",
    ),
    ("p", "Vedtak: Oppropet godkjennes. Landstinget er vedtaksført."),
    S("1.2", "Godkjenning av innkalling, saksliste og forretningsorden"),
    ("p", "Forslag til vedtak: Innkallingen, sakslisten og forretningsordenen godkjennes."),
    ("p", "Votering: Enstemmig vedtatt."),
    ("p", "Vedtak: Innkallingen, sakslisten og forretningsordenen godkjennes."),
    S("1.3", "Valg av møteledere, sekretærer og protokollunderskrivere"),
    (
        "p",
        "Forslag til vedtak: Som møteledere velges Marit Hovland (Bergen) og Per Arne Nygaard (Stjørdal). "
        "Som sekretærer velges Lene Berg og Jonas Fjeld fra administrasjonen. Til å underskrive protokollen "
        "velges Sunniva Haugland (Nordre Follo) og Ali Rahimi (Drammen).",
    ),
    ("p", "Votering: Enstemmig vedtatt."),
    ("p", "Vedtak: Som foreslått."),
    # ----------------------------------------------------------------- sak 2
    ("h1", "Sak 2 Hovedstyrets beretning for perioden 2020–2024", "sak 2"),
    (
        "p",
        "Avtroppende leder Trond Ekre presenterte beretningen. Han trakk fram arbeidet med ny rammeplan, "
        "den digitale omstillingen under pandemien og veksten i antall fylkeskommuner som er medlemmer. "
        "Elleve delegater hadde ordet i debatten.",
    ),
    ("p", "Forslag til vedtak: Landstinget tar hovedstyrets beretning for perioden 2020–2024 til orientering."),
    ("p", "Votering: Enstemmig vedtatt."),
    ("p", "Vedtak: Landstinget tar hovedstyrets beretning for perioden 2020–2024 til orientering."),
    # ----------------------------------------------------------------- sak 3
    ("h1", "Sak 3 Regnskap for 2020–2023", "sak 3"),
    (
        "p",
        "Direktøren orienterte om regnskapene. Revisor hadde avgitt beretning uten merknader for alle fire "
        "årene. Samlet for perioden viste regnskapene et overskudd på 2,4 millioner kroner, som er tilført "
        "egenkapitalen.",
    ),
    ("p", "Forslag til vedtak: De reviderte regnskapene for 2020, 2021, 2022 og 2023 godkjennes."),
    ("p", "Votering: Vedtatt med 158 stemmer. Ingen stemte imot."),
    ("p", "Vedtak: De reviderte regnskapene for 2020, 2021, 2022 og 2023 godkjennes."),
    # ----------------------------------------------------------------- sak 4
    ("h1", "Sak 4 Vedtektsendringer", "sak 4"),
    (
        "p",
        "Hovedstyret foreslo to endringer: at de ansatte skal velge en representant til hovedstyret med "
        "talerett og forslagsrett (ny § 12 tredje ledd), og at fristen for å sende inn forslag til Landstinget "
        "forlenges fra to til tre måneder (§ 7 fjerde ledd). Endring av vedtektene krever to tredjedels "
        "flertall.",
    ),
    (
        "p",
        "Forslag til vedtak: Vedtektene endres i samsvar med hovedstyrets forslag i saksdokumentet. "
        "Endringene gjelder fra 1. januar 2025.",
    ),
    ("p", "Endringsforslag fra region Innlandet: De ansattes representant i hovedstyret gis også stemmerett."),
    (
        "p",
        "Votering: Endringsforslaget fra region Innlandet falt med 41 mot 112 stemmer. Hovedstyrets forslag "
        "ble deretter vedtatt med 143 mot 12 stemmer.",
    ),
    (
        "p",
        "Vedtak: Vedtektene endres i samsvar med hovedstyrets forslag i saksdokumentet. Endringene gjelder "
        "fra 1. januar 2025.",
    ),
    # ----------------------------------------------------------------- sak 5
    ("h1", "Sak 5 Politiske saker", "sak 5"),
    S("5.1", "Politisk plattform 2024–2028"),
    (
        "p",
        "Hovedstyret la fram forslag til politisk plattform for landstingsperioden. Plattformen bygger på "
        "innspill fra regionale medlemsmøter høsten 2023 og en åpen høringsrunde våren 2024, der det kom inn "
        "37 høringssvar.",
    ),
    (
        "p",
        "Forslag til vedtak: Landstinget vedtar Politisk plattform 2024–2028 slik den foreligger i "
        "saksdokumentet, og ber hovedstyret konkretisere prioriteringene i handlingsplaner.",
    ),
    (
        "p",
        "Tilleggsforslag fra region Agder: Nytt kulepunkt: «arbeide for nasjonale, veiledende standarder for "
        "lokaler til kulturskoleundervisning».",
    ),
    (
        "p",
        "Tilleggsforslag fra region Finnmark: Nytt kulepunkt: «arbeide for at kulturskoletilbudet i samiske "
        "kulturfag styrkes i alle regioner».",
    ),
    (
        "p",
        "Votering: Tilleggsforslaget fra region Agder ble vedtatt med 150 mot 4 stemmer. Tilleggsforslaget fra "
        "region Finnmark ble vedtatt med 139 mot 17 stemmer. Plattformen med de vedtatte tilleggene ble "
        "deretter enstemmig vedtatt.",
    ),
    (
        "p",
        "Vedtak: Landstinget vedtar Politisk plattform 2024–2028 med de to vedtatte tilleggene, og ber "
        "hovedstyret konkretisere prioriteringene i handlingsplaner.",
    ),
    S("5.2", "Kontingent for 2025–2028"),
    (
        "p",
        "Hovedstyret foreslo at dagens kontingentsatser videreføres for hele perioden og justeres årlig i "
        "tråd med den kommunale deflatoren i statsbudsjettet.",
    ),
    (
        "p",
        "Forslag til vedtak: Kontingentsatsene videreføres i landstingsperioden 2025–2028 og justeres årlig "
        "med den kommunale deflatoren.",
    ),
    ("p", "Endringsforslag fra region Nordland: Kontingenten fryses på 2024-nivå i 2025 og justeres først fra 2026."),
    (
        "p",
        "Votering: Endringsforslaget fra region Nordland falt med 38 mot 117 stemmer. Hovedstyrets forslag "
        "ble vedtatt med 121 mot 34 stemmer.",
    ),
    (
        "p",
        "Vedtak: Kontingentsatsene videreføres i landstingsperioden 2025–2028 og justeres årlig med den "
        "kommunale deflatoren.",
    ),
    S("5.3", "Kulturskoletilbud for voksne"),
    (
        "p",
        "Saken ble fremmet av Bærum kommune gjennom region Akershus. Flere kommuner opplever økende "
        "etterspørsel etter kurs og opplæring for voksne, særlig innen kor, keramikk og musikk for "
        "seniorer. Samtidig har mange kulturskoler ventelister for barn og unge, og det er usikkert hvordan "
        "voksentilbud bør finansieres og prioriteres.",
    ),
    (
        "p",
        "I debatten hadde 14 delegater ordet. Flere pekte på at voksentilbud kan bidra til bedre utnyttelse "
        "av lokaler og lærerressurser på dagtid, mens andre advarte mot at tilbudet til barn og unge kan bli "
        "svekket dersom voksentilbudet ikke får egen finansiering. Hovedstyret støttet forslaget om en "
        "utredning, men ønsket en realistisk tidsfrist.",
    ),
    (
        "p",
        "Forslag til vedtak: Kulturskolerådet utreder hvordan kommunene kan gi kulturskoletilbud til voksne "
        "uten at tilbudet til barn og unge svekkes. Utredningen skal omfatte finansiering, "
        "prisfastsetting og eksempler fra kommuner som allerede har slike tilbud. Utredningen legges fram "
        "for hovedstyret innen utgangen av 2026.",
    ),
    ("p", "Endringsforslag fra region Vestfold og Telemark: Fristen endres til «innen utgangen av 2025»."),
    (
        "p",
        "Tilleggsforslag fra region Rogaland: «Utredningen skal også belyse hvordan voksentilbud kan bidra til "
        "inkludering av nyankomne innbyggere.»",
    ),
    (
        "p",
        "Votering: Endringsforslaget fra region Vestfold og Telemark falt med 63 mot 92 stemmer. "
        "Tilleggsforslaget fra region Rogaland ble vedtatt med 101 mot 52 stemmer. Forslaget til vedtak "
        "med det vedtatte tillegget ble vedtatt med 143 mot 12 stemmer.",
    ),
    (
        "p",
        "Vedtak: Kulturskolerådet utreder hvordan kommunene kan gi kulturskoletilbud til voksne uten at "
        "tilbudet til barn og unge svekkes. Utredningen skal omfatte finansiering, prisfastsetting og "
        "eksempler fra kommuner som allerede har slike tilbud. Utredningen skal også belyse hvordan "
        "voksentilbud kan bidra til inkludering av nyankomne innbyggere. Utredningen legges fram for "
        "hovedstyret innen utgangen av 2026.",
    ),
    S("5.4", "Likeverdig kulturskoletilbud for elever med funksjonsnedsettelser"),
    (
        "p",
        "Hovedstyret viste til at mange elever med funksjonsnedsettelser møter praktiske og økonomiske "
        "hindringer, og at lærere etterspør mer kompetanse i tilrettelagt undervisning.",
    ),
    (
        "p",
        "Forslag til vedtak: Kulturskolerådet skal i landstingsperioden arbeide for at elever med "
        "funksjonsnedsettelser får et likeverdig kulturskoletilbud, blant annet gjennom kompetansetiltak "
        "for lærere og dialog med statlige myndigheter om finansiering av assistanse.",
    ),
    (
        "p",
        "Tilleggsforslag fra region Trøndelag: «Det utarbeides en nasjonal veileder for tilrettelagt "
        "undervisning i kulturskolen i løpet av 2026.»",
    ),
    (
        "p",
        "Votering: Tilleggsforslaget fra region Trøndelag ble vedtatt med 148 mot 6 stemmer. Forslaget til "
        "vedtak med tillegget ble enstemmig vedtatt.",
    ),
    (
        "p",
        "Vedtak: Kulturskolerådet skal i landstingsperioden arbeide for at elever med funksjonsnedsettelser "
        "får et likeverdig kulturskoletilbud, blant annet gjennom kompetansetiltak for lærere og dialog med "
        "statlige myndigheter om finansiering av assistanse. Det utarbeides en nasjonal veileder for "
        "tilrettelagt undervisning i kulturskolen i løpet av 2026.",
    ),
    S("5.5", "Nasjonal kulturskoledag"),
    (
        "p",
        "Region Møre og Romsdal foreslo at det innføres en årlig nasjonal kulturskoledag i uke 17. "
        "Hovedstyret anbefalte ikke forslaget, fordi en egen dag krever ressurser som er prioritert til "
        "rammeplanarbeidet, og fordi flere regioner allerede har egne markeringer.",
    ),
    (
        "p",
        "Forslag fra region Møre og Romsdal: «Landstinget ber hovedstyret innføre en nasjonal kulturskoledag "
        "hvert år i uke 17.»",
    ),
    (
        "p",
        "Hovedstyrets forslag til vedtak: Landstinget ber hovedstyret vurdere hvordan kulturskolen kan "
        "synliggjøres gjennom eksisterende nasjonale markeringer.",
    ),
    (
        "p",
        "Votering: Forslaget fra region Møre og Romsdal falt med 58 mot 97 stemmer. Hovedstyrets forslag ble "
        "vedtatt med 131 mot 24 stemmer.",
    ),
    (
        "p",
        "Vedtak: Landstinget ber hovedstyret vurdere hvordan kulturskolen kan synliggjøres gjennom "
        "eksisterende nasjonale markeringer.",
    ),
    # ----------------------------------------------------------------- sak 6
    ("h1", "Sak 6 Valg", "sak 6"),
    (
        "p",
        "Valgkomiteens leder, Randi Skarpeid, la fram innstillingen. Valgene foregikk skriftlig etter krav "
        "fra en delegat.",
    ),
    S("6.1", "Valg av leder i hovedstyret"),
    (
        "p",
        "Valgkomiteen innstilte på Kari Elisabeth Mo (Steinkjer). Fra salen ble Arne Haugen (Gjøvik) foreslått "
        "som motkandidat.",
    ),
    ("p", "Votering: Kari Elisabeth Mo fikk 97 stemmer, Arne Haugen fikk 58 stemmer. Det var 3 blanke stemmer."),
    ("p", "Vedtak: Kari Elisabeth Mo er valgt som leder i hovedstyret for perioden 2024–2028."),
    S("6.2", "Valg av nestleder og øvrige medlemmer av hovedstyret"),
    (
        "p",
        "Forslag til vedtak (valgkomiteens innstilling): Som nestleder velges Øyvind Rasmussen (Kristiansand). "
        "Som styremedlemmer velges Mona Lie Tveit (Voss), Håkon Berge (Tromsø), Fatima Nouri (Drammen), "
        "Sigrid Aune (Hamar) og Jon Ivar Nilsen (Alta). Som varamedlemmer velges 1. Tone Kvam (Molde), "
        "2. Eirik Sæther (Lillehammer) og 3. Birgitte Holm (Bodø).",
    ),
    ("p", "Votering: Innstillingen ble vedtatt ved akklamasjon."),
    ("p", "Vedtak: Som innstilt."),
    S("6.3", "Valg av valgkomité"),
    (
        "p",
        "Vedtak: Som valgkomité for perioden 2024–2028 velges Randi Skarpeid (Lørenskog), leder, Tor Egil "
        "Hanssen (Vadsø) og Marianne Lund (Ås), med Nils Kristian Bøe (Ringsaker) som varamedlem.",
    ),
    S("6.4", "Valg av revisor"),
    ("p", "Vedtak: Fjellstad & Berg Revisjon AS gjenvelges som revisor."),
    # ----------------------------------------------------------------- sak 7
    ("h1", "Sak 7 Neste landsting", "sak 7"),
    ("p", "Hovedstyret hadde mottatt invitasjoner fra Kristiansand og Ålesund."),
    ("p", "Vedtak: Landstinget 2028 legges til Kristiansand. Hovedstyret fastsetter dato."),
    ("h1", "Avslutning", "avslutning"),
    (
        "p",
        "Møteleder Marit Hovland takket delegatene og hevet Landstinget onsdag 23. oktober 2024 kl. 13.05. "
        "Den nyvalgte lederen, Kari Elisabeth Mo, takket for tilliten i en kort avslutningstale.",
    ),
    ("space", 8),
    ("p", "Tromsø, 23. oktober 2024"),
    ("p", "Sunniva Haugland (sign.)        Ali Rahimi (sign.)"),
]
