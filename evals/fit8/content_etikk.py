"""Text of the invented ethics guidelines (PDF) of the fit8 set: "Etiske retningslinjer for ansatte og
tillitsvalgte", Norsk kulturskoleråd Region Fjordheim.

BLOCKS is the document in reading order:
  ("title", text)        the title, large and bold
  ("sub", text)          the organisation line under the title
  ("adopt", text)        the adoption line, italic, in a thin frame
  ("art", text)          an article heading "Artikkel N Tittel"
  ("p", text)            a plain paragraph (an unnumbered ledd)
  ("item", letter, text) a lettered list item "a)" with a hanging indent
  ("caption", text)      the caption of the gift table
  ("table",)             the gift table (TABLE_HEADER, TABLE_ROWS)
  ("note", text)         a small note under the table
  ("place", text)        the place and date before the signatures
  ("sign", [(name, role), ...])
Every page carries the header HEADER_LEFT on the left and "Side N av M" on the right.
"""

TITLE = "Etiske retningslinjer for ansatte og tillitsvalgte"
SUB = "Norsk kulturskoleråd Region Fjordheim"
HEADER_LEFT = "Etiske retningslinjer · Norsk kulturskoleråd Region Fjordheim"
ADOPT = (
    "Vedtatt av regionstyret 14. mars 2028, sak 09/28. Gjelder fra 1. april 2028 og erstatter "
    "retningslinjene av 3. juni 2021."
)

TABLE_HEADER = ("Type gave", "Grense", "Må meldes til")
TABLE_ROWS = [
    ("Oppmerksomhet fra elever eller foresatte", "300 kr", "Trenger ikke meldes"),
    ("Gave fra medlemskommune eller samarbeidspartner", "800 kr", "Regionleder"),
    ("Gave til regionleder eller styremedlem", "800 kr", "Styreleder"),
    ("Gave fra leverandør eller tilbyder", "0 kr", "Regionleder"),
    ("Honorar for foredrag i arbeidstiden", "0 kr", "Regionleder"),
    ("Gave fra kolleger ved runde år eller avgang", "2 500 kr", "Trenger ikke meldes"),
]
TABLE_NOTE = (
    "Merknad: Grensene gjelder markedsverdi per gave, medregnet merverdiavgift. Gaver fra samme giver i løpet "
    "av 12 måneder legges sammen. En gave over grensen leveres tilbake eller overlates til regionkontoret, som "
    "gir den videre til et kulturskoleformål."
)

BLOCKS = [
    ("title", TITLE),
    ("sub", SUB),
    ("adopt", ADOPT),
    # ------------------------------------------------------------------ 1
    ("art", "Artikkel 1 Formål"),
    ("p", "Retningslinjene skal bidra til at alle som handler på vegne av Norsk kulturskoleråd Region Fjordheim, "
          "opptrer slik at medlemskommunene, elevene, de foresatte og samarbeidspartnerne kan ha full tillit til "
          "regionen og til Kulturskolerådet."),
    ("p", "Retningslinjene utfyller arbeidsavtalene, personalhåndboken og lov- og avtaleverket. De kan ikke gi "
          "svar på alle situasjoner. Den som er i tvil om hva som er riktig, skal spørre regionleder eller "
          "regionstyrets leder før han eller hun handler."),
    # ------------------------------------------------------------------ 2
    ("art", "Artikkel 2 Hvem retningslinjene gjelder for"),
    ("p", "Retningslinjene gjelder for:"),
    ("item", "a", "fast og midlertidig ansatte ved regionkontoret i Brekkvik, også i prosjektstillinger,"),
    ("item", "b", "medlemmer og varamedlemmer av regionstyret,"),
    ("item", "c", "medlemmer av valgkomiteen og av arbeidsgrupper og fagnettverk som regionen har oppnevnt,"),
    ("item", "d", "innleide konsulenter og kursholdere, så langt avtalen med dem bestemmer det."),
    ("p", "Retningslinjene gjelder også når ansatte og tillitsvalgte representerer regionen i Kulturskolerådets "
          "nasjonale organer, i styrer og råd i medlemskommunene og i samarbeidet med Høgskolen i Marstrøm."),
    # ------------------------------------------------------------------ 3
    ("art", "Artikkel 3 Grunnleggende krav"),
    ("p", "Region Fjordheim bygger arbeidet sitt på verdiene åpenhet, likeverd og faglighet. Den som er omfattet "
          "av retningslinjene, skal:"),
    ("item", "a", "behandle elever, foresatte, kolleger og medlemskommuner likeverdig og med respekt,"),
    ("item", "b", "ikke bruke stillingen eller vervet til å skaffe seg selv eller sine nærstående fordeler,"),
    ("item", "c", "opptre slik at det ikke kan reises tvil om uavhengighet og saklighet,"),
    ("item", "d", "si fra om forhold som strider mot disse retningslinjene, jf. artikkel 9."),
    ("p", "Ansatte og tillitsvalgte som arbeider direkte med barn og unge under 18 år, skal legge fram "
          "politiattest før de begynner i arbeidet."),
    # ------------------------------------------------------------------ 4
    ("art", "Artikkel 4 Habilitet og interessekonflikter"),
    ("p", "Du skal ikke delta i forberedelsen eller avgjørelsen av en sak når du selv eller en av dine "
          "nærstående har en særlig personlig eller økonomisk interesse i saken. Som nærstående regnes ektefelle, "
          "samboer, barn, foreldre, søsken og andre du har et nært personlig forhold til."),
    ("p", "Særlig skal du melde fra når:"),
    ("item", "a", "en nærstående søker stilling, stipend, utviklingsmidler eller oppdrag i regionen,"),
    ("item", "b", "du eller en nærstående eier mer enn 10 prosent av et selskap som gir tilbud til regionen,"),
    ("item", "c", "du de siste 24 månedene har vært ansatt i eller hatt oppdrag for en part i saken."),
    ("p", "Mulig inhabilitet meldes skriftlig til regionleder så snart du blir klar over den. Gjelder det "
          "regionleder eller et medlem av regionstyret, meldes det til styreleder. Regionstyret avgjør selv "
          "spørsmål om habilitet for sine medlemmer, uten at den det gjelder, er med på avgjørelsen."),
    ("p", "Regionkontoret fører et register over meldte interessekonflikter. Registeret legges fram for "
          "regionstyret i det første møtet hvert år."),
    # ------------------------------------------------------------------ 5
    ("art", "Artikkel 5 Gaver og andre fordeler"),
    ("p", "Du skal ikke ta imot gaver, rabatter, tjenester eller andre fordeler som kan påvirke, eller som "
          "giveren kan tro vil påvirke, handlingene dine i stillingen eller vervet. Dette gjelder også fordeler "
          "som gis til dine nærstående."),
    ("p", "Små oppmerksomheter av beskjeden verdi kan tas imot innenfor grensene i tabell 1. Er du i tvil om "
          "verdien, skal gaven meldes. Reiser, opphold og arrangementer som andre betaler, behandles etter "
          "reglene om reiser og representasjon, jf. artikkel 6."),
    ("caption", "Tabell 1 Verdigrenser for gaver"),
    ("table",),
    ("note", TABLE_NOTE),
    ("p", "Gaver som meldes, føres i registeret etter artikkel 4. Kontanter skal aldri tas imot, uansett beløp."),
    # ------------------------------------------------------------------ 6
    ("art", "Artikkel 6 Reiser, representasjon og arrangementer"),
    ("p", "Reiser og opphold i tjenesten betales av regionen. Arrangøren kan likevel dekke reise og opphold når "
          "du holder innlegg, underviser eller deltar i en arbeidsgruppe, og arrangementet har faglig verdi for "
          "regionen. Slike avtaler skal godkjennes av regionleder på forhånd."),
    ("p", "Du kan delta på måltider og sosiale arrangementer i forbindelse med faglige møter og konferanser når "
          "det er en naturlig del av programmet. Middager, konserter og andre opplevelser som en leverandør "
          "eller tilbyder inviterer til, skal avslås."),
    ("p", "Representasjon skal være nøktern og ha et klart faglig formål. Regionen betaler ikke for alkohol, med "
          "ett unntak: ved middag med eksterne gjester på regionens egne arrangementer kan det serveres inntil "
          "to glass vin per person. Middag med representasjon skal ikke koste mer enn 850 kroner per person, "
          "medregnet drikke."),
    ("p", "Regionens egne arrangementer skal være alkoholfrie når barn og unge under 18 år deltar. Det gjelder "
          "også kveldsprogrammet på Sommerakademiet."),
    ("p", "Reiseregninger skal leveres innen 30 dager etter at reisen er avsluttet. Statens satser for reise og "
          "diett gjelder. Bonuspoeng og andre fordeler fra reiseselskaper som er opptjent på reiser betalt av "
          "regionen, skal ikke brukes privat."),
    ("p", "Du skal velge tog, buss eller båt der det er praktisk mulig. Fly skal bare brukes når reisen tar mer "
          "enn fem timer med kollektivtransport på bakken eller sjøen."),
    # ------------------------------------------------------------------ 7
    ("art", "Artikkel 7 Bierverv, verv og eierinteresser"),
    ("p", "Ansatte skal melde fra til regionleder om bierverv, styreverv og eierinteresser som kan ha betydning "
          "for stillingen. Regionleder melder sine egne til styreleder. Meldingen skal oppdateres når noe endres, "
          "og minst én gang i året."),
    ("p", "En ansatt kan ha en stilling på inntil 20 prosent i en kulturskole i en medlemskommune ved siden av "
          "stillingen i regionen, så lenge arbeidstidene ikke kolliderer. Bierverv ut over dette krever "
          "skriftlig samtykke fra regionleder."),
    ("p", "Ansatte ved regionkontoret kan ikke samtidig være medlem av regionstyret. En ansatt som blir valgt til "
          "regionstyret, må ta ulønnet permisjon i valgperioden."),
    ("p", "Oversikten over regionstyremedlemmenes verv og eierinteresser publiseres på "
          "fjordheim.kulturskole.example/verv."),
    # ------------------------------------------------------------------ 8
    ("art", "Artikkel 8 Taushetsplikt, personvern og ytringer"),
    ("p", "Du har taushetsplikt om personlige forhold til elever, foresatte, ansatte og søkere som du får vite om "
          "gjennom arbeidet eller vervet. Taushetsplikten gjelder også etter at arbeidsforholdet eller vervet er "
          "avsluttet."),
    ("p", "Personopplysninger skal behandles etter personvernreglene og regionens rutine for personvern. Brudd "
          "på personopplysningssikkerheten skal meldes til regionkontoret innen 24 timer etter at det ble "
          "oppdaget."),
    ("p", "Bare regionleder og styreleder uttaler seg til media på vegne av regionen, om ikke annet er avtalt i "
          "den enkelte saken. Ansatte og tillitsvalgte kan ellers delta i den offentlige debatten som "
          "privatpersoner, men skal gjøre det tydelig at de ikke uttaler seg for regionen."),
    # ------------------------------------------------------------------ 9
    ("art", "Artikkel 9 Varsling av kritikkverdige forhold"),
    ("p", "Alle som er omfattet av retningslinjene, har rett til å varsle om kritikkverdige forhold og oppfordres "
          "til å gjøre det. Kritikkverdige forhold er for eksempel brudd på disse retningslinjene, trakassering, "
          "mobbing, diskriminering, økonomiske misligheter og fare for liv og helse."),
    ("p", "Varsel kan gis muntlig eller skriftlig til én av disse:"),
    ("item", "a", "nærmeste leder eller regionleder,"),
    ("item", "b", "regionstyrets leder, når varselet gjelder regionleder,"),
    ("item", "c", "Kulturskolerådets sentrale varslingskanal, som også tar imot anonyme varsler,"),
    ("item", "d", "verneombudet eller en tillitsvalgt i arbeidstakerorganisasjonen."),
    ("p", "Den som tar imot et varsel, skal bekrefte at det er mottatt innen sju dager. Varsleren skal få vite "
          "hvordan saken følges opp, så langt taushetsplikten tillater det. Gjengjeldelse mot noen som har "
          "varslet i samsvar med denne artikkelen, er forbudt."),
    # ------------------------------------------------------------------ 10
    ("art", "Artikkel 10 Oppfølging, brudd og ikrafttredelse"),
    ("p", "Regionleder har ansvar for at ansatte og tillitsvalgte kjenner retningslinjene. Nye ansatte og nye "
          "medlemmer av regionstyret skal gå gjennom retningslinjene sammen med regionleder eller styreleder "
          "innen én måned etter at de har begynt, og bekrefte dette skriftlig."),
    ("p", "Retningslinjene skal tas opp på et personalmøte minst én gang i året og i det første møtet i "
          "regionstyret etter hvert regionårsmøte."),
    ("p", "Brudd på retningslinjene kan få arbeidsrettslige følger for ansatte. For tillitsvalgte kan "
          "regionstyret gi en skriftlig påtale, og regionårsmøtet kan frata vedkommende vervet."),
    ("p", "Retningslinjene trer i kraft 1. april 2028. De skal revideres innen utgangen av 2030, eller tidligere "
          "dersom Kulturskolerådet vedtar nye nasjonale etiske retningslinjer."),
    ("place", "Brekkvik, 14. mars 2028"),
    ("sign", [("Ingrid Solbakken", "styreleder"), ("Kjetil Havnås", "regionleder")]),
]

# the text from which the signatures start (the end of artikkel 10 for the check)
CLOSING = "Brekkvik, 14. mars 2028"
