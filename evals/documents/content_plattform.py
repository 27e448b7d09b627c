"""Invented political platform ("Politisk plattform 2025–2029") for the evaluation set, as a Word file.

Blocks for build.build_plattform (python-docx):
- ("title", text) / ("subtitle", text)      Title style / a plain italic line
- ("h1", text) / ("h2", text) / ("h3", text)  Heading 1–3; h2/h3 names repeat under different parents
- ("p", text)                               Normal paragraph; "^1" glued to a word is a note marker
- ("bullet", text) / ("number", text)       List Bullet / List Number paragraphs
- ("table", rows)                           a Word table, first row the header row
- ("note", mark, text)                      the note text, small, at the end ("footnote-like")

All text and figures are invented. Deliberately left out, so that earlier unanswerable questions
stay unanswerable: prices and a maximum price, the number of regions, room norms, the Landsting
2028 date, any person's name or salary.
"""

TITLE = "Politisk plattform 2025–2029"

PRIORITIES = [
    ["Prioritet", "Ansvarlig", "Frist"],
    ["Forslag til forskrift om kulturskoletilbudet sendt til Kunnskapsdepartementet", "Hovedstyret", "1. juni 2026"],
    ["Innspill til statsbudsjettet om øremerket tilskudd til fordypning", "Administrasjonen", "15. januar hvert år"],
    ["Møter med alle fylkeskommuner om regionale fordypningstilbud", "Regionstyrene", "31. desember 2026"],
    ["Veiledende standard for kulturskolelokaler", "Administrasjonen", "1. mars 2027"],
    ["Kartlegging av kulturskolens plass i kommunale planer", "Administrasjonen", "30. september 2027"],
    ["Evaluering av plattformen", "Hovedstyret", "Landstinget 2028"],
]

BLOCKS = [
    ("title", TITLE),
    ("subtitle", "Norsk kulturskoleråd. Vedtatt av hovedstyret 10. desember 2024."),
    # ------------------------------------------------------------------ innledning
    ("h1", "Innledning"),
    (
        "p",
        "Den politiske plattformen beskriver hva Kulturskolerådet vil arbeide for overfor Stortinget, "
        "regjeringen, fylkeskommunene og kommunene i perioden 2025–2029. Plattformen er organisasjonens "
        "grunnlag for det interessepolitiske arbeidet.",
    ),
    (
        "p",
        "Plattformen har fire satsingsområder. Hvert satsingsområde har et mål og en liste med politiske "
        "krav. Hovedstyret har i tillegg valgt ut noen prioriteringer med ansvar og frist.",
    ),
    # ------------------------------------------------------------------ 1
    ("h1", "Satsingsområde 1 Kulturskole for alle"),
    ("h2", "Mål"),
    (
        "p",
        "Alle barn og unge som ønsker det, skal få plass i kulturskolen innen ett år etter at de har søkt, og "
        "ingen skal måtte si nei til en plass fordi familien ikke har råd.",
    ),
    ("h2", "Politiske krav"),
    ("p", "Kulturskolerådet vil arbeide for"),
    ("bullet", "at staten tar del i finansieringen av friplasser for barn i familier med lavinntekt"),
    ("bullet", "at kommunene tilbyr søskenmoderasjon og friplasser etter vedtatte, offentlige kriterier"),
    ("bullet", "at skyss mellom skole, SFO og kulturskole blir en del av den kommunale skoleskyssen"),
    ("bullet", "at kulturskolene får midler til å tilby instrumenter og utstyr til utlån"),
    ("h2", "Kompetanse"),
    ("h3", "Lærere"),
    (
        "p",
        "Lærere i kulturskolen må ha kompetanse i å undervise elever med ulik bakgrunn og ulike "
        "forutsetninger. Kulturskolerådet vil at tilrettelagt undervisning og flerkulturell forståelse skal "
        "inngå i alle utdanninger for kulturskolelærere.",
    ),
    ("h3", "Ledere"),
    (
        "p",
        "Kulturskoleledere trenger kompetanse i å nå barn og familier som ikke selv oppsøker kulturskolen. "
        "Kulturskolerådet vil at dette skal være en del av et nasjonalt lederutdanningstilbud for "
        "kulturskoleledere.",
    ),
    # ------------------------------------------------------------------ 2
    ("h1", "Satsingsområde 2 Kulturskolen i lovverket"),
    ("h2", "Mål"),
    (
        "p",
        "Kulturskolen skal ha et tydelig og forpliktende lovgrunnlag, slik at kvaliteten på tilbudet ikke "
        "avhenger av hvilken kommune barnet bor i.",
    ),
    ("h2", "Politiske krav"),
    (
        "p",
        "Opplæringsloven pålegger kommunene å ha et musikk- og kulturskoletilbud^1, men sier lite om hva "
        "tilbudet skal inneholde. Kulturskolerådet vil arbeide for at",
    ),
    ("number", "kulturskoletilbudet forskriftsfestes med krav til innhold, kompetanse og omfang"),
    ("number", "rammeplanen legges til grunn for forskriften"),
    ("number", "kulturloven viser til kulturskolen som en del av den kommunale kulturinfrastrukturen"),
    ("number", "endringer i lovverket utredes i samråd med KS og Kulturskolerådet"),
    ("h2", "Finansiering"),
    (
        "p",
        "Kulturskolerådet vil arbeide for et øremerket statlig tilskudd til fordypningsprogram i en "
        "prøveperiode på fem år, og for at den statlige grunnstøtten til organisasjonen videreføres.",
    ),
    # ------------------------------------------------------------------ 3
    ("h1", "Satsingsområde 3 Kvalitet og kompetanse"),
    ("h2", "Mål"),
    ("p", "Kulturskolen skal ha kvalifiserte lærere i attraktive stillinger og et tilbud som utvikles over tid."),
    ("h2", "Kompetanse"),
    ("h3", "Lærere"),
    (
        "p",
        "Kulturskolerådet vil arbeide for at kulturskolelærere tilbys hele stillinger, gjerne kombinert med "
        "undervisning i grunnskolen, og for at kulturskolepedagogikk blir et eget emne i lærerutdanningene.",
    ),
    ("h3", "Forskning"),
    (
        "p",
        "Kulturskolerådet vil arbeide for et nasjonalt forskningsprogram om kulturskolen, finansiert av "
        "Forskningsrådet, med en ramme på minst 20 millioner kroner over fem år.",
    ),
    ("h2", "Lokaler"),
    (
        "p",
        "Mange kulturskoler underviser i lokaler som ikke er bygd for formålet. Kulturskolerådet vil arbeide "
        "for nasjonale, veiledende standarder for lokaler til kulturskoleundervisning, og for at "
        "kulturskolens behov tas med tidlig når kommunene planlegger nye skolebygg og kulturhus.",
    ),
    # ------------------------------------------------------------------ 4
    ("h1", "Satsingsområde 4 Kulturskolen i samfunnet"),
    ("h2", "Mål"),
    (
        "p",
        "Kulturskolen skal være en synlig del av lokalsamfunnet og samarbeide med skole, barnehage, "
        "frivillighet og det profesjonelle kulturlivet.",
    ),
    ("h2", "Politiske krav"),
    ("p", "Kulturskolerådet vil arbeide for"),
    ("bullet", "at kulturskolen nevnes i kommuneplanens samfunnsdel i alle kommuner"),
    ("bullet", "at Den kulturelle skolesekken samarbeider med kulturskolene om lokale produksjoner"),
    ("bullet", "at fylkeskommunene tar et regionalt ansvar for fordypningstilbud"),
    ("bullet", "at kulturskoletilbudet i samiske kulturfag styrkes"),
    ("h2", "Kompetanse"),
    (
        "p",
        "Kulturskolen har kompetanse som kommunene kan bruke i folkehelsearbeid, integrering og "
        "stedsutvikling. Kulturskolerådet vil at kulturskoleledere deltar i kommunens planarbeid på disse "
        "områdene.",
    ),
    # ------------------------------------------------------------------ prioriteringer
    ("h1", "Prioriteringer i perioden"),
    (
        "p",
        "Hovedstyret har valgt ut seks prioriteringer som skal følges særskilt. Tabellen viser hvem som har "
        "ansvaret, og fristen for hver prioritering.",
    ),
    ("table", PRIORITIES),
    # ------------------------------------------------------------------ oppfølging
    ("h1", "Oppfølging"),
    (
        "p",
        "Administrasjonen rapporterer til hovedstyret på prioriteringene to ganger i året, i juni og i "
        "desember. Regionstyrene skal bruke plattformen i sitt arbeid overfor fylkeskommuner og kommuner i "
        "sin region.",
    ),
    (
        "p",
        "Plattformen evalueres før Landstinget 2028, som avgjør om den skal revideres eller videreføres ut perioden.",
    ),
    ("h1", "Noter"),
    (
        "note",
        "1",
        "Kravet om at kommunene skal ha et musikk- og kulturskoletilbud, er videreført i den nye "
        "opplæringsloven som trådte i kraft 1. august 2024.",
    ),
]
