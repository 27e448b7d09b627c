"""Questions on protokoll-regionmote-2025.pdf (ids f1p001 …), in the order they get their ids.

A(question, category, evidence, must_contain, ref, lang=, hist=)   answerable
U(question, lang=, hist=)                                           unanswerable (in scope, not in the documents)
hist = (previous user turn, assistant turn)
"""

from evals.fit1.qtools import A, U

DOC = "protokoll-regionmote-2025.pdf"

Q = [
    A("Når var regionmøtet i Region Vest i 2025?", "date",
      ["Torsdag 10. april 2025 kl. 10.00–16.30 og fredag 11. april 2025 kl. 09.00–12.15"],
      ["10. april", "11. april 2025"], None),
    A("hvor ble regionmotet holdt i 2025", "place", ["Brattøy kulturhus, Brattøy kommune"], ["Brattøy kulturhus"],
      None),
    U("Hvilket hotell bodde delegatene på under regionmøtet i 2025?"),
    A("Hvor mange delegater med stemmerett var på regionmøtet?", "count",
      ["49 stemmeberettigede delegater fra 31 av regionens 44 medlemmer"], ["49"], None),
    A("hvor mange delegater var igjen andre dagen", "count",
      ["Fredag 11. april var 46 stemmeberettigede delegater til stede."], ["46"], None),
    U("Hvor mye kostet det å arrangere regionmøtet i Brattøy?"),
    A("Hvem åpnet regionmøtet?", "person",
      ["Regionstyrets leder Bjørn Helle Vassbotn åpnet møtet og ønsket delegatene velkommen."],
      ["Bjørn Helle Vassbotn"], "sak 1/25"),
    U("Hvem fra Havrefjord kommune la fram forslaget om en ny sak på regionmøtet?"),
    A("Flertallet stemte for Havrefjords forslag – hvorfor ble det likevel ikke vedtatt?", "description",
      ["Forslaget fra Havrefjord kommune fikk 30 stemmer for og 19 mot.",
       "Forslaget falt fordi det ikke fikk to tredjedels flertall, jf. vedtektene § 6 (5)."],
      ["30", "to tredjedels"], "sak 1/25"),
    A("Hvor mange styremøter hadde regionstyret i 2024?", "count",
      ["Regionstyret hadde seks møter i 2024, to av dem digitale."], ["seks"], "sak 2/25"),
    A("Hvor ble regionkonferansen i 2024 holdt, og hvor mange deltok?", "place",
      ["Regionkonferansen ble holdt i Tindstad 17.–18. oktober 2024 og samlet 212 deltakere."], ["Tindstad", "212"],
      "sak 2/25"),
    A("hva gjorde regionen for rektorene i 2024", "status_done",
      ["Regionen arrangerte fire nettverkssamlinger for kulturskolerektorer og to kurs i ensembleledelse for "
       "kulturskolelærere."], ["fire nettverkssamlinger"], "sak 2/25"),
    U("Hvor mange lærere deltok på kursene i ensembleledelse i 2024?"),
    A("Hva ble vedtaket om årsmeldingen for 2024?", "ref_text",
      ["Årsmeldingen for 2024 tas til orientering."], ["til orientering"], "sak 2/25"),
    U("Med hvor mange stemmer ble årsmeldingen for 2024 vedtatt?"),
    A("Innen når skal regionene sende innspill til ny strategi?", "date",
      ["Nestleder i hovedstyret Gunnar Reitan orienterte om hovedstyrets arbeid fram mot landstinget i 2028 og ba "
       "regionene sende innspill til ny strategi innen 1. desember 2025."], ["1. desember 2025"], "sak 2/25"),
    A("Hvor mye sto på regionens fond ved nyttår 2024/2025?", "amount",
      ["Regionens fond var på 312 000 kroner per 31. desember 2024."], ["312 000"], "sak 3/25"),
    U("Hvilket revisjonsselskap reviderte regnskapet for 2024?"),
    A("Hva ble vedtatt i sak 3/25?", "ref_text",
      ["Regnskapet for 2024 godkjennes.", "Overskuddet på 86 400 kroner overføres til regionens fond."],
      ["godkjennes", "fond"], "sak 3/25"),
    U("Hvor mye brukte regionstyret på reiser i 2024?"),
    A("Hva er innsatsområdene i den nye handlingsplanen for regionen?", "list",
      ["Handlingsplanen for 2025–2026 vedtas med de tre innsatsområdene i regionstyrets forslag.",
       "Kulturskole for alle: Regionen kartlegger ventelister og moderasjonsordninger i medlemskommunene innen 31. "
       "desember 2025."],
      ["Kompetanse og rekruttering", "Fordypning", "Kulturskole for alle"], "sak 4/25"),
    A("Innen når skal ventelistene i kommunene kartlegges?", "status_planned",
      ["Kulturskole for alle: Regionen kartlegger ventelister og moderasjonsordninger i medlemskommunene innen 31. "
       "desember 2025."], ["31. desember 2025"], "sak 4/25"),
    U("Hvem skal lede mentorprogrammet for nye kulturskolerektorer?"),
    A("Hva er planen for nye kulturskolerektorer i handlingsplanen?", "status_planned",
      ["Kompetanse og rekruttering: Regionen arrangerer minst to regionale kurs i året "
       "for kulturskolelærere og starter "
       "et mentorprogram for nye kulturskolerektorer."], ["mentorprogram"], "sak 4/25"),
    A("når skal avtalene med fylkeskommunene om fordypning være klare", "status_planned",
      ["Fordypning: Regionen inngår samarbeidsavtaler med fylkeskommunene om regionale fordypningstilbud innen "
       "utgangen av 2026."], ["2026"], "sak 4/25"),
    A("Hva gikk Solbrekkes endringsforslag til handlingsplanen ut på?", "description",
      ["«Regionen samler og deler eksempler på kulturskoletilbud til barn og unge i asylmottak og til bosatte "
       "flyktninger.»"], ["asylmottak", "flyktninger"], "sak 4/25"),
    A("Ble forslaget om tilbud til barn i asylmottak vedtatt, og med hvilke tall?", "yesno",
      ["Endringsforslaget fra Solbrekke kommune ble vedtatt med 44 mot 3 stemmer, 2 blanke."], ["44", "3"],
      "sak 4/25"),
    A("Hva foreslo Knut Sævareid?", "description",
      ["«Regionstyret ansetter en regional prosjektkoordinator i 50 prosent stilling fra 1. januar 2026.»"],
      ["prosjektkoordinator", "50 prosent"], "sak 4/25"),
    A("hvorfor var styret imot a ansette en kordinator", "description",
      ["Regionstyret viste til at regionen ikke kan ansette personale i eget navn, jf. vedtektene § 1 (2), og frarådet "
       "forslaget."], ["ansette personale", "§ 1 (2)"], "sak 4/25"),
    U("Hvor mange kommuner i regionen har venteliste til kulturskolen i dag?"),
    A("Hvor mye skal medlemmene betale i regional tilleggskontingent fra 2026?", "amount",
      ["Fra 1. januar 2026 betaler medlemmene en regional tilleggskontingent på 6 prosent av den ordinære "
       "kontingenten."], ["6 prosent"], "sak 5/25"),
    U("Hvor mye må Marøyvik kommune betale i tilleggskontingent i 2026?"),
    A("Hvor mye er driftstilskuddet fra Kulturskolerådet budsjettert til i 2026?", "amount",
      ["Driftstilskudd fra Kulturskolerådet", "495 000"], ["495 000"], "sak 6/25", page=5),
    A("Hvor mye økte budsjettposten for nettverk og kurs fra 2025 til 2026?", "amount",
      ["Nettverk og kurs", "190 000"], ["150 000", "190 000"], "sak 6/25", page=5),
    U("Hva var regionens budsjett for 2024?"),
    A("Hva er de samlede inntektene i budsjettet for 2026?", "amount",
      ["Sum inntekter", "756 000"], ["756 000"], "sak 6/25", page=5),
    A("Hvordan gikk avstemningen om Kvitstein kommunes forslag?", "count",
      ["Endringsforslaget fra Kvitstein kommune fikk 18 stemmer for, 29 mot og 2 blanke, og falt."],
      ["18", "29", "falt"], "sak 6/25"),
    U("Hvor mange stemmer fikk Tindstad kommunes endringsforslag til budsjettet?"),
    A("Hvem foreslo at fristen skulle være tre uker?", "person",
      ["Endringsforslag fra Tindstad kommune", "I § 6 (3) endres «fire uker» til «tre uker»."], ["Tindstad"],
      "sak 7/25"),
    A("Ble forslaget om å fjerne grensen på tre valgperioder vedtatt?", "yesno",
      ["Endringsforslaget fra Solbrekke kommune fikk 9 stemmer for, 38 mot og 2 blanke, og falt."], ["falt"],
      "sak 7/25"),
    A("Hva ble vedtatt i sak 7/25?", "ref_text",
      ["§ 9 (1) skal lyde: «Regionstyret består av fem medlemmer og to varamedlemmer.»",
       "§ 6 (3) skal lyde: «Saksdokumentene skal sendes medlemmene senest tre uker før møtet.»"],
      ["fem medlemmer", "tre uker"], "sak 7/25", page=6),
    A("Hvor mange stemmer fikk de to lederkandidatene?", "count",
      ["Ragnhild Furenes fikk 35 stemmer og Odd Sverre Lunde 10 stemmer."], ["35", "10"], "sak 8/25"),
    U("Hvor mange stemmer fikk Odd Sverre Lunde i valget av styremedlemmer?"),
    A("Hvem sitter i regionstyret etter valget i 2025?", "list",
      ["Regionstyret for perioden fram til regionmøtet i 2026 består av:",
       "Ragnhild Furenes, Havrefjord kommune, leder"],
      ["Ragnhild Furenes", "Kjetil Myrvang", "Amira Haddad Hovland", "Solveig Aarstad Lie", "Arne Selvik"],
      "sak 8/25"),
    A("Hvem ble valgt til valgkomiteen?", "list",
      ["Regionstyret innstilte på Gunnhild Rasmussen, Lindvik kommune (leder), Henrik Østbø, Havstrand "
       "fylkeskommune, og Liv Marie Sande, Solbrekke kommune, som valgkomité."],
      ["Gunnhild Rasmussen", "Henrik Østbø", "Liv Marie Sande"], "sak 8/25"),
    U("Hvilket tema hadde regionkonferansen i Tindstad i 2024?"),
    A("Er valget av det nye styremedlemmet betinget av noe?", "yesno",
      ["Valget av det nye styremedlemmet gjelder under forutsetning av at hovedstyret godkjenner vedtektsendringen i "
       "sak 7/25."], ["hovedstyret"], "sak 8/25"),
    U("Hvor mye får Ragnhild Furenes i godtgjøring som leder av regionstyret?"),
    A("Innen hvilken dato skal uttalelsen sendes fylkeskommunene?", "date",
      ["Uttalelsen vedtas med endringen fra Solbrekke kommune og sendes Vestfjell fylkeskommune og Havstrand "
       "fylkeskommune innen 25. april 2025."], ["25. april 2025"], "sak 9/25"),
    U("Hvor mange elever går i de regionale fordypningstilbudene i Vestfjell?"),
    U("Hvilken dato i 2026 er neste regionmøte?"),
    A("Hvilke saker var oppe på regionmøtet i 2025?", "list",
      ["Sak 1/25 Åpning og konstituering", "Sak 9/25 Uttalelse om regionale fordypningstilbud"],
      ["årsmelding", "regnskap", "handlingsplan", "tilleggskontingent", "budsjett", "vedtektene", "valg"], None,
      page=1),
    U("Hvilke kommuner var ikke representert på regionmøtet i 2025?"),
    U("Hva ble vedtatt om godtgjøring til regionstyret på regionmøtet i 2025?"),
    U("Hvem ledet kulturinnslaget under åpningen av regionmøtet?"),
    U("Hva var resultatet i sak 11/25?"),
    U("Hvor mye betalte hver delegat i deltakeravgift for regionmøtet?"),

    A("Hva skal pengene fra tilleggskontingenten brukes til?", "description",
      ["Midlene øremerkes det regionale fordypningsprosjektet."], ["fordypningsprosjekt"], "sak 5/25"),
    A("Med hvor mange stemmer ble budsjettet for 2026 vedtatt?", "count",
      ["Regionstyrets forslag ble vedtatt med 45 mot 2 stemmer, 2 blanke."], ["45"], "sak 6/25"),
    A("hvor mange stemte for tindstads forslag", "count",
      ["Endringsforslaget fra Tindstad kommune ble vedtatt med 34 mot 15 stemmer."], ["34"], "sak 7/25"),
    A("Hvem ble ny leder av regionstyret?", "person",
      ["Ragnhild Furenes, Havrefjord kommune, leder"], ["Ragnhild Furenes"], "sak 8/25"),
    A("Hvorfor kunne ikke Vassbotn fortsette som leder?", "description",
      ["Regionstyrets leder Bjørn Helle Vassbotn har sittet i tre valgperioder og kunne ikke velges på nytt."],
      ["tre valgperioder"], "sak 8/25"),
    A("Hvor skal regionmøtet være neste år?", "place",
      ["Neste ordinære regionmøte holdes i Marøyvik i april 2026."], ["Marøyvik"], None),

    # English
    A("Who chaired the 2025 regional meeting of Region Vest?", "person",
      ["Astrid Kvamsøy, Sjøvang kommune"], ["Astrid Kvamsøy"], None, lang="en"),
    A("How many votes did the new chair of the regional board get?", "count",
      ["Ragnhild Furenes fikk 35 stemmer og Odd Sverre Lunde 10 stemmer."], ["35"], "sak 8/25", lang="en"),
    A("where is the next regional meeting", "place",
      ["Neste ordinære regionmøte holdes i Marøyvik i april 2026."], ["Marøyvik"], None, lang="en"),
    A("What surplus did the region have in 2024?", "amount",
      ["Det gir et overskudd på 86 400 kroner."], ["86"], "sak 3/25", lang="en"),
    A("What was the vote on the 2026 budget?", "count",
      ["Regionstyrets forslag ble vedtatt med 45 mot 2 stemmer, 2 blanke."], ["45"], "sak 6/25", lang="en"),
    A("Which municipality proposed the three-week deadline for sending out the meeting papers?", "person",
      ["Endringsforslag fra Tindstad kommune", "I § 6 (3) endres «fire uker» til «tre uker»."], ["Tindstad"],
      "sak 7/25", lang="en"),
    A("Who was elected first deputy member of the regional board?", "person",
      ["1. varamedlem: Tomas Nygård, Marøyvik kommune"], ["Tomas Nygård"], "sak 8/25", lang="en"),
    A("What rate was adopted for the regional supplementary membership fee?", "amount",
      ["Fra 1. januar 2026 betaler medlemmene en regional tilleggskontingent på 6 prosent av den ordinære "
       "kontingenten."], ["6"], "sak 5/25", lang="en"),
    A("Who signed the minutes?", "person",
      ["Jorunn Hatlestad, Lindvik kommune", "Astrid Kvamsøy, møteleder"],
      ["Jorunn Hatlestad", "Petter Skjelbred", "Astrid Kvamsøy"], None, lang="en", page=8),
    U("How many delegates attended the 2024 regional meeting?", lang="en"),
    U("What did the venue in Brattøy charge for hosting the meeting?", lang="en"),

    # Nynorsk
    A("Kor mange delegatar med røysterett var til stades på regionmøtet?", "count",
      ["49 stemmeberettigede delegater fra 31 av regionens 44 medlemmer"], ["49"], None, lang="nn"),
    A("Kven vart vald til leiar i regionstyret?", "person",
      ["Ragnhild Furenes, Havrefjord kommune, leder"], ["Ragnhild Furenes"], "sak 8/25", lang="nn"),
    A("kor stort overskot hadde regionen i 2024", "amount",
      ["Det gir et overskudd på 86 400 kroner."], ["86 400"], "sak 3/25", lang="nn"),
    A("Kva føreslo Kvitstein kommune i budsjettsaka?", "description",
      ["20 000 kroner flyttes fra posten Regionkonferansen til posten Nettverk og kurs."], ["20 000"], "sak 6/25",
      lang="nn"),
    A("Kor mange frå administrasjonen var med på møtet?", "count",
      ["Regionstyret, nestleder i hovedstyret Gunnar Reitan og tre ansatte i Kulturskolerådets administrasjon"],
      ["tre"], None, lang="nn"),
    U("Kor mykje kosta regionkonferansen i Tindstad i 2024?", lang="nn"),
    U("Kva vart vedteke i sak 10/25?", lang="nn"),

    # follow-ups
    A("og hvem innstilte henne?", "followup",
      ["Valgkomiteen innstilte på Ragnhild Furenes, Havrefjord kommune."], ["valgkomiteen"], "sak 8/25",
      hist=("Hvem ble valgt som leder av regionstyret i 2025?",
            "Ragnhild Furenes fra Havrefjord kommune ble valgt som leder (sak 8/25)."))
    ,
    A("hvor mange stemte mot?", "followup",
      ["Regionstyrets forslag ble vedtatt med 36 mot 11 stemmer, 2 blanke."], ["11"], "sak 5/25",
      hist=("Hva ble vedtatt om tilleggskontingent på regionmøtet?",
            "Regionmøtet vedtok en regional tilleggskontingent på 6 prosent av den ordinære kontingenten fra 1. januar "
            "2026, øremerket det regionale fordypningsprosjektet (sak 5/25)."))
    ,
    A("hva skjedde med det andre?", "followup",
      ["Endringsforslaget fra Knut Sævareid fikk 12 stemmer for, 35 mot og 2 blanke, og falt."], ["falt"],
      "sak 4/25",
      hist=("Hvilke endringsforslag kom det til handlingsplanen?",
            "To: Solbrekke kommune foreslo et nytt punkt om kulturskoletilbud til barn og unge i asylmottak og til "
            "bosatte flyktninger, og Knut Sævareid fra Fjellstrand kommune foreslo å ansette en regional "
            "prosjektkoordinator i 50 prosent stilling (sak 4/25)."))
    ,
    A("og hva med deltakeravgiften?", "followup",
      ["Deltakeravgift regionkonferansen", "165 000"], ["165 000"], "sak 6/25",
      hist=("Hva er budsjettert til regionkonferansen i 2026?",
            "280 000 kroner, mot 260 000 kroner i 2025 (sak 6/25)."), page=5)
    ,
    A("hvilken kommune kommer den siste fra?", "followup",
      ["Regionstyret innstilte på Gunnhild Rasmussen, Lindvik kommune (leder), Henrik Østbø, Havstrand "
       "fylkeskommune, og Liv Marie Sande, Solbrekke kommune, som valgkomité."], ["Solbrekke"], "sak 8/25",
      hist=("Hvem sitter i valgkomiteen nå?",
            "Gunnhild Rasmussen (leder), Henrik Østbø og Liv Marie Sande, valgt ved akklamasjon (sak 8/25)."))
    ,
    A("how many voted against it?", "followup",
      ["Endringsforslaget fra Solbrekke kommune ble vedtatt med 40 mot 4 stemmer, 2 blanke."], ["4"], "sak 9/25",
      lang="en",
      hist=("What did Solbrekke kommune add to the statement on in-depth programmes?",
            "A new final paragraph asking the county municipalities to cover travel costs for pupils who live more "
            "than 50 kilometres from the nearest in-depth programme (sak 9/25)."))
    ,
    A("Kor mange røysta for det?", "followup",
      ["Endringsforslaget fra Marøyvik kommune fikk 15 stemmer for, 32 mot og 2 blanke, og falt."], ["15"],
      "sak 5/25", lang="nn",
      hist=("Kva gjekk endringsforslaget frå Marøyvik ut på?",
            "Marøyvik kommune ville setje satsen for tilleggskontingenten til 4 prosent av den ordinære kontingenten i "
            "staden for 6 prosent (sak 5/25)."))
    ,
    U("har fylkeskommunene svart på den?",
      hist=("Hvilken uttalelse vedtok regionmøtet i sak 9/25?",
            "En uttalelse som ber Vestfjell og Havstrand fylkeskommuner videreføre og styrke de regionale "
            "fordypningstilbudene, og dekke reiseutgifter for elever som bor mer enn 50 kilometer fra nærmeste "
            "tilbud."))
    ,
    U("and who is her deputy?", lang="en",
      hist=("Who was elected chair of the regional board?",
            "Ragnhild Furenes from Havrefjord kommune, with 35 votes against 10 for Odd Sverre Lunde (sak 8/25)."))
    ,
]
