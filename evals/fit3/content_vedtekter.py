"""Text of the invented "Vedtekter for Kulturskoleforbundet Fjord og Fjell" (.docx, written by build.py).

Ledd are plain paragraphs without "(1)" numbers; lettered lists are paragraphs that begin with "a)", "b)" ….
Everything is invented: the union, the municipalities, the amounts and the dates.
"""

TITLE = "Vedtekter for Kulturskoleforbundet Fjord og Fjell"
FOOTER = ("Vedtatt av kommunestyrene i deltakerkommunene 14. mars 2019 – endret av representantskapet "
          "22. april 2023 og 11. mars 2026")

FEE_HEAD = ["Innbyggertall i kommunen", "Årlig grunnkontingent", "Tillegg per elevplass"]
FEES = [
    ["Under 3 000", "45 000 kr", "1 150 kr"],
    ["3 000–9 999", "85 000 kr", "1 150 kr"],
    ["10 000–19 999", "140 000 kr", "1 050 kr"],
    ["20 000 og over", "210 000 kr", "950 kr"],
]

# ("title", text) ("intro", text) ("par", "§ n Tittel") ("p", ledd) ("item", "a) …") ("table",)
BLOCKS = [
    ("title", TITLE),
    ("intro", "Interkommunalt samarbeid etter kommuneloven kapittel 17"),

    ("par", "§ 1 Navn og formål"),
    ("p", "Samarbeidets navn er Kulturskoleforbundet Fjord og Fjell. Forbundet er et interkommunalt samarbeid "
     "mellom kommunene som er nevnt i § 2."),
    ("p", "Forbundet skal gi barn og unge i deltakerkommunene et bredt og godt kulturskoletilbud av høy "
     "kvalitet, uavhengig av hvilken av kommunene de bor i."),
    ("p", "Forbundet skal drive kulturskolen for deltakerkommunene i samsvar med opplæringsloven og Rammeplan "
     "for kulturskolen, og skal samarbeide med grunnskoler, barnehager, frivillige lag og det lokale "
     "kulturlivet."),

    ("par", "§ 2 Deltakere"),
    ("p", "Deltakere i forbundet er Lindvik kommune, Sørstrand kommune, Haugedal kommune, Nordre Vassmo "
     "kommune og Bjørkelia kommune."),
    ("p", "Hver deltakerkommune har ansvar for forbundets forpliktelser i forhold til sin eierandel. "
     "Eierandelen fastsettes etter kommunens andel av samlet innbyggertall per 1. januar året før."),

    ("par", "§ 3 Kontorkommune og rettslig status"),
    ("p", "Forbundet er ikke et eget rettssubjekt. Lindvik kommune er kontorkommune og arbeidsgiver for de "
     "ansatte i forbundet."),
    ("p", "Forbundets administrasjon skal ligge i Lindvik. Undervisningen skal foregå i alle deltakerkommunene."),

    ("par", "§ 4 Representantskapet"),
    ("p", "Representantskapet er forbundets øverste organ. Hver deltakerkommune velger to medlemmer med "
     "personlige varamedlemmer. Ett av medlemmene skal være kommunens ordfører eller varaordfører."),
    ("p", "Representantskapet velges for kommunestyreperioden. Representantskapet velger selv leder og "
     "nestleder for to år om gangen."),
    ("p", "Representantskapet holder minst to møter i året, ett innen utgangen av april og ett innen utgangen "
     "av november. Ekstraordinært møte holdes når styret, leder eller minst to deltakerkommuner krever det."),
    ("p", "Innkalling med saksliste sendes medlemmene senest tre uker før møtet. Representantskapet er "
     "vedtaksført når minst halvparten av medlemmene er til stede og alle deltakerkommunene er representert."),

    ("par", "§ 5 Representantskapets oppgaver"),
    ("p", "Representantskapet skal:"),
    ("item", "a) vedta budsjett og økonomiplan for forbundet"),
    ("item", "b) godkjenne årsregnskap og årsmelding"),
    ("item", "c) velge styre etter § 6"),
    ("item", "d) fastsette kontingent etter § 8"),
    ("item", "e) vedta elevavgiftene for det kommende skoleåret"),
    ("item", "f) avgjøre søknader om opptak av nye deltakere etter § 9"),
    ("p", "Vedtak om budsjett og kontingent krever at minst fire av fem deltakerkommuner stemmer for."),

    ("par", "§ 6 Styret"),
    ("p", "Styret består av fem medlemmer. Fire medlemmer velges av representantskapet, og ett medlem med "
     "varamedlem velges av og blant de ansatte."),
    ("p", "Styremedlemmer som velges av representantskapet, velges for to år om gangen. Ingen kan sitte i styret "
     "i mer enn tre perioder etter hverandre."),
    ("p", "For varamedlemmer til styret gjelder annet ledd tilsvarende."),
    ("p", "Styret skal følge opp vedtakene i representantskapet, ansette rektor og påse at driften er i samsvar med "
     "budsjettet. Styret holder møte så ofte som det trengs, og minst fire ganger i året."),

    ("par", "§ 7 Rektor"),
    ("p", "Forbundet ledes av en rektor som er ansatt av styret. Rektor har ansvar for den daglige driften, for "
     "det pedagogiske arbeidet og for personalet."),
    ("p", "Rektor er sekretær for styret og representantskapet og har møte- og talerett i begge organene, men "
     "ikke stemmerett."),

    ("par", "§ 8 Økonomi og kontingent"),
    ("p", "Forbundets drift finansieres av kontingent fra deltakerkommunene, elevavgifter, statlige tilskudd og "
     "andre inntekter."),
    ("p", "Hver deltakerkommune betaler en årlig grunnkontingent etter innbyggertall og et tillegg for hver "
     "elevplass som brukes av elever fra kommunen. Satsene for 2026 er:"),
    ("table",),
    ("p", "Kontingenten betales i to like store terminer, innen 1. februar og innen 1. august. Satsene justeres "
     "hvert år med kommunal deflator dersom representantskapet ikke vedtar noe annet."),
    ("p", "Forbundet kan ikke ta opp lån. Et overskudd avsettes til et disposisjonsfond, som ikke kan være større "
     "enn 10 prosent av årets driftsbudsjett."),

    ("par", "§ 9 Opptak av nye deltakere"),
    ("p", "Andre kommuner kan søke om å bli deltakere i forbundet. Søknaden sendes representantskapet innen "
     "1. oktober, og opptak gjelder fra 1. august året etter."),
    ("p", "Opptak krever vedtak i representantskapet og tilslutning fra kommunestyrene i alle deltakerkommunene. "
     "En ny deltaker betaler en innmeldingsavgift på 50 000 kroner."),
    ("p", "For en kommune som har trådt ut etter § 10 og søker om å bli deltaker igjen, gjelder første ledd "
     "tilsvarende."),

    ("par", "§ 10 Uttreden"),
    ("p", "En deltakerkommune kan si opp sin deltakelse med to års skriftlig varsel til representantskapet. "
     "Uttreden gjelder fra 1. august."),
    ("p", "Kommunen som trer ut, har ikke krav på andel av forbundets fond eller eiendeler. Den er fortsatt "
     "ansvarlig for sin andel av forpliktelsene som forbundet har påtatt seg før uttreden."),
    ("p", "Ansatte som i hovedsak underviser i den kommunen som trer ut, skal få tilbud om å bli overført til "
     "kommunen."),

    ("par", "§ 11 Endring av vedtektene"),
    ("p", "Forslag om endring av vedtektene må sendes representantskapet senest seks uker før møtet."),
    ("p", "Endringer i §§ 1, 2, 10, 11 og 12 må vedtas av kommunestyrene i alle deltakerkommunene. Andre "
     "endringer vedtas av representantskapet med to tredjedels flertall."),

    ("par", "§ 12 Oppløsning"),
    ("p", "Forbundet kan oppløses dersom kommunestyrene i minst fire av deltakerkommunene vedtar det."),
    ("p", "Ved oppløsning fordeles forbundets eiendeler og gjeld mellom deltakerkommunene etter eierandelen i "
     "§ 2. Instrumenter og utstyr som er kjøpt inn for én kommunes elever, tilfaller den kommunen."),
    ("p", "Representantskapet oppnevner et avviklingsstyre på tre personer som skal gjennomføre oppløsningen."),
]
