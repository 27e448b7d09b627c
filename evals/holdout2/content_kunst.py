"""Text of 'Kunststrategi 2026–2029 for Norsk kulturskoleråd' as Markdown (invented).

The Markdown is written out as it stands by build.py (UTF-8, "\\n" line ends).
"""

TITLE = "Kunststrategi 2026–2029"

MARKDOWN = """\
# Kunststrategi 2026–2029

*Norsk kulturskoleråd. Vedtatt av hovedstyret 11. februar 2026 i HS-sak 6/26.*

Kunststrategien beskriver hvordan Norsk kulturskoleråd vil styrke **kunstfaglig kvalitet** i kulturskolene
fram mot 2029. Den utfyller [Strategiplan 2026–2030](https://example.org/kulturskoleradet/strategiplan-2026-2030)
og skal leses sammen med rammeplanen for kulturskolen.

## 1 Innledning

### 1.1 Bakgrunn

Kulturskolene gir i dag undervisning i sju kunstfag, men musikk står for nesten tre av fire elevplasser.
En spørreundersøkelse blant 212 kulturskoleledere høsten 2025 viste at ledere og lærere ønsker mer
samarbeid på tvers av kunstfagene og flere muligheter for elevene til å vise fram det de skaper.

Strategien er utarbeidet av et fagråd med seks medlemmer, ledet av kulturskolerektor Magnhild Ekrem
fra Storvik kulturskole.

### 1.2 Begreper

I strategien brukes disse begrepene:

**Kunstfaglig kvalitet:** at undervisningen bygger på kunstfagenes egne uttrykk, teknikker og tradisjoner,
og at elevene møter lærere som selv er aktive i kunstfaget.

**Mangfold:** at elevene, lærerne og uttrykkene i kulturskolen gjenspeiler befolkningen i kommunen.

**Innenforskap:** at hver elev opplever å høre til og å bli sett som en del av fellesskapet i kulturskolen.

**Skapende praksis:** undervisning der elevene lager egne uttrykk, ikke bare framfører andres verk.

Kunstfagene i kulturskolen
--------------------------

Tabellen viser antall elevplasser per kunstfag i skoleåret 2025–26 og målet for 2029.

| Kunstfag | Elevplasser 2025–26 | Mål 2029 |
| --- | ---: | ---: |
| Musikk | 71 300 | 72 000 |
| Dans | 9 850 | 14 000 |
| Teater | 5 420 | 8 000 |
| Visuell kunst | 6 910 | 10 000 |
| Skapende skriving | 640 | 2 000 |
| Film og medier | 1 180 | 3 000 |
| Sirkus | 310 | 1 000 |

Målet er at andelen elevplasser utenfor musikk skal øke fra 24 til 35 prosent.

## 2 Prinsipper

### 2.1 Kvalitet

Kvalitet i kulturskolen handler både om *hva* elevene lærer og *hvordan* de lærer det. Strategien legger
vekt på tre forhold:

1. Lærere med høy kompetanse i kunstfaget og i pedagogikk.
2. Nok tid til øving og fordypning, også for elever i breddeprogrammet.
3. Jevnlige muligheter for elevene til å vise fram arbeidet sitt for et publikum.

### 2.2 Mangfold

Kulturskolen skal gi plass til mange slags kunstuttrykk. Det betyr blant annet at

- undervisningen inkluderer uttrykk fra flere kulturer og tradisjoner
  - for eksempel joik, kvensk sang og musikk fra de største innvandrergruppene i kommunen
  - og dansesjangre som hiphop og folkedans ved siden av ballett og moderne dans
- lærerne rekrutteres fra ulike miljøer
- lokalene er universelt utformet

### 2.3 Innenforskap

Det er ikke nok at barn får plass i kulturskolen; de må også oppleve at de hører til der. Kulturskolene
skal derfor spørre elevene om hvordan de trives, minst én gang i året.

> Før trodde jeg at kulturskolen var for de flinke. Nå er det stedet der jeg får være meg selv.
>
> *Elev, 14 år, fra elevundersøkelsen 2025*

Se også [Strategi for mangfold, inkludering og innenforskap](https://example.org/kulturskoleradet/mangfold).

### 2.4 Skapende praksis

Minst én gang i året skal alle elever få være med på et prosjekt der de *lager noe eget*, alene eller
sammen med andre. Prosjektene kan gjerne gå på tvers av kunstfagene.

Satsinger
=========

## 3 Satsingsområder

### 3.1 Nye kunstfag

Norsk kulturskoleråd vil hjelpe kommuner som vil starte opp nye kunstfag. Innsatsen skal særlig rettes mot
skapende skriving, film og medier og sirkus.

1. Et startnettverk for kommuner som vil etablere et nytt kunstfag.
   1. Nettverket har plass til 20 kommuner i hver runde.
   2. Hver runde varer i to år.
2. En idébank med undervisningsopplegg for nye kunstfag, lansert innen utgangen av 2026.
3. Oppstartsmidler på inntil 75 000 kroner per kommune, dersom det blir satt av midler i statsbudsjettet.

### 3.2 Kunstnere i kulturskolen

Ordningen **Kunstner i residens** gir kulturskoler mulighet til å knytte til seg en profesjonell kunstner i
en periode på tre til seks måneder. Kunstneren underviser og arbeider med egne prosjekter sammen med
elevene.

- I 2026 og 2027 er målet 15 residenser i året.
- Fra 2028 er målet 25 residenser i året.

### 3.3 Visningsarenaer

Elevene skal ha muligheter til å vise fram det de lager. Norsk kulturskoleråd vil

- arbeide for at kulturskolene får bruke kulturhus og scener i kommunen uten leie
- utvikle en digital visningsarena for film, visuell kunst og skapende skriving
- videreføre [UKM-samarbeidet](https://example.org/ukm) og den nasjonale kulturskolefestivalen

### 3.4 Samarbeid med kunstinstitusjoner

Kulturskolene bør inngå avtaler med regionale kunstinstitusjoner som teatre, orkestre, museer og
dansekompanier. Målet er at minst 100 kommuner har en slik avtale innen 2029.

## 4 Oppfølging

Fagrådet følger strategien gjennom hele perioden og legger hvert år fram en kort rapport for hovedstyret.
Strategien evalueres høsten 2028, slik at erfaringene kan brukes i arbeidet med neste strategiplan.

Mer informasjon finnes på [kulturskoleradet.example.org](https://kulturskoleradet.example.org/kunststrategi).
"""
