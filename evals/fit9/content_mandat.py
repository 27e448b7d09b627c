"""The text of the working group's mandate (.txt) of the fit9 set, written byte for byte. Everything here is
invented.

Plain UTF-8 text without markup: a title in capitals, numbered points "1. Bakgrunn" … "9. Kontakt" on lines of
their own, lettered lists "a)" …, a composition list with "- ", a timeline of date lines, and the place, date
and signature at the end (CLOSING starts them). HEADINGS are the numbered points in order.
"""

from __future__ import annotations

TITLE = "Mandat for arbeidsgruppe for regionalt talentprogram"
CLOSING = "Ravnsund, 20. januar 2030"
HEADINGS = [
    "1. Bakgrunn",
    "2. Formål",
    "3. Oppgaver",
    "4. Sammensetning",
    "5. Tidsplan og milepæler",
    "6. Økonomi",
    "7. Rapportering",
    "8. Avgrensning",
    "9. Kontakt",
]

TEXT = """\
MANDAT FOR ARBEIDSGRUPPE FOR REGIONALT TALENTPROGRAM
Norsk kulturskoleråd Region Lysfjæra

Fastsatt av regionstyret 20. januar 2030, sak 04/30.
Gjelder fra samme dag og til sluttrapporten er behandlet i regionstyret.


1. Bakgrunn

Region Lysfjæra har i dag ikke noe felles tilbud til elever som vil satse
ekstra på sitt kunstfag. Bare tre av de 17 medlemskommunene har egne
fordypningsprogram, og mange kulturskoler har for få elever på hvert nivå
til å gi de mest motiverte et faglig miljø.

I 2029 gjennomførte regionen et forprosjekt med støtte fra Stiftelsen
Havlys. Forprosjektet anbefalte at regionen bygger opp et felles
talentprogram. Stiftelsen har gitt 400 000 kroner for 2030 til videre
planlegging og utprøving, jf. note 5 i budsjettet for 2030.


2. Formål

Arbeidsgruppen skal lage et forslag til hvordan et regionalt talentprogram
for elever mellom 13 og 19 år kan organiseres, finansieres og drives fra
høsten 2031. Programmet skal komme i tillegg til, ikke i stedet for,
tilbudet i den enkelte kulturskole.


3. Oppgaver

Arbeidsgruppen skal:

a) beskrive målgruppen og foreslå kriterier for opptak,
b) foreslå innhold og omfang, blant annet hvor mange samlinger det skal
   være per år og hvilke fag som skal være med i første omgang,
c) utrede samarbeid med videregående skoler som har musikk, dans og drama,
   og med Universitetet i Ravnsund,
d) lage et forslag til budsjett for de tre første driftsårene og vurdere
   hva medlemskommunene skal betale,
e) foreslå hvordan elever fra kommuner med lang reisevei kan delta på like
   vilkår,
f) sørge for at elevene blir hørt underveis, blant annet gjennom en egen
   elevworkshop.


4. Sammensetning

Arbeidsgruppen har fem medlemmer:

- Kari Bjørnstad, rektor ved Grønnøy kulturskole og styremedlem i
  regionstyret (leder)
- Ingvild Sæther, fiolinpedagog, Tindvik kulturskole
- Morten Kalvø, rektor, Sandlia kulturskole
- Halvard Rossnes, førsteamanuensis, Institutt for musikk, Universitetet
  i Ravnsund
- Nora Fjeldstad, elev i fordypningsprogrammet ved Myrhaug kulturskole
  (elevrepresentant)

Rådgiver Elin Brattvoll ved regionkontoret er sekretær for arbeidsgruppen
og har ikke stemmerett. Prosjektlederen for talentprogrammet trer inn i
gruppen når stillingen er besatt. Får et medlem varig forfall, oppnevner
regionstyret et nytt.


5. Tidsplan og milepæler

6. februar 2030     Første møte, regionkontoret i Ravnsund
14. mars 2030       Elevworkshop i Tindvik
24. april 2030      Kort orientering for regionmøtet
1. juni 2030        Utkast til programmodell sendes på høring til
                    medlemskommunene
1. september 2030   Høringsfrist
10. oktober 2030    Sluttrapport leveres regionleder
21. oktober 2030    Regionstyret behandler sluttrapporten
August 2031         Planlagt oppstart for det første kullet

Arbeidsgruppen kan holde inntil seks møter. Minst to av dem skal være
fysiske møter; de andre kan holdes digitalt.


6. Økonomi

Arbeidsgruppen har en budsjettramme på 60 000 kroner for 2030. Rammen er
en del av tilskuddet fra Stiftelsen Havlys og fordeles slik:

a) møter og reiser: 35 000 kroner
b) honorar til det eksterne medlemmet: 15 000 kroner
c) elevworkshop: 10 000 kroner

Medlemmene fra kulturskolene deltar i arbeidstiden og får ikke honorar,
men reiseutgifter dekkes etter regionens reiseregulativ. Elevrepresentanten
får 500 kroner per møte. Utgifter utover rammen må godkjennes av
regionleder på forhånd.


7. Rapportering

Arbeidsgruppen rapporterer til regionstyret gjennom regionleder Tone
Villanger. Lederen av arbeidsgruppen gir en kort muntlig status på hvert
møte i regionstyret. Referat fra hvert møte sendes regionkontoret senest
to uker etter møtet.

Sluttrapporten skal inneholde:

a) en anbefalt modell for programmet, med eventuelle alternativer,
b) budsjett og finansieringsplan, jf. punkt 3 d),
c) en plan for evaluering av de to første årene.

Blir ikke arbeidsgruppen enig, skal dissensene gå fram av rapporten.


8. Avgrensning

Arbeidsgruppen skal ikke:

a) ta opp elever eller holde opptaksprøver,
b) inngå avtaler på vegne av regionen eller enkeltkommuner,
c) foreslå endringer i den enkelte kulturskoles egne fordypningstilbud,
d) bruke penger utover rammen i punkt 6.

Lønn og stilling for prosjektlederen hører under regionleder og er ikke
en sak for arbeidsgruppen.


9. Kontakt

Spørsmål om arbeidet kan sendes til talent@lysfjaera.example.
Mer om talentprogrammet: https://lysfjaera.example/talentprogram


Ravnsund, 20. januar 2030

For regionstyret
Per Arne Sølvberg
leder
"""
