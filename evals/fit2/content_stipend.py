"""Text of the invented guidelines "Retningslinjer for Talentstipendet" (Markdown, written as it stands).

All names, amounts, dates and addresses are invented (example.org addresses).
"""

TITLE = "Retningslinjer for Talentstipendet"

MARKDOWN = """\
# Retningslinjer for Talentstipendet

*Vedtatt av hovedstyret i Norsk kulturskoleråd 4. februar 2026. Retningslinjene gjelder fra og med \
utlysningen høsten 2026 og erstatter retningslinjene fra 2019.*

> Et stipend handler ikke bare om penger. Det er et tegn på at noen har sett deg og har tro på det du kan bli.
>
> — Eirik Lervåg, styreleder i Norsk kulturskoleråd

## 1 Formål

Talentstipendet skal gi elever i kulturskolen som viser særlige evner og stor motivasjon, mulighet til å \
utvikle seg videre i sitt kunstfag. Stipendet skal bidra til at talent blir sett og fulgt opp, uavhengig av \
hvor eleven bor og av familiens økonomi.

Stipendet deles ut av Norsk kulturskoleråd med støtte fra Stiftelsen Amund Reitans minnefond.

## 2 Søkere

### 2.1 Hvem kan søke

Du kan søke dersom du oppfyller alle disse vilkårene:

- du er mellom 13 og 19 år per 31. desember i søknadsåret
- du er elev ved kulturskolen i en kommune som er medlem av Norsk kulturskoleråd
- du har gått minst to år i kulturskolen
- du følger et fordypningsprogram eller et tilsvarende tilbud med utvidet undervisning

### 2.2 Hvem kan ikke søke

- elever som allerede har fått Talentstipendet to ganger
- elever som har begynt på en høyere utdanning i kunstfag på heltid
- barn av ansatte i Norsk kulturskoleråd og av medlemmer i juryen

## 3 Stipendkategorier og beløp

Den samlede rammen for 2026 er 755 000 kroner. Stiftelsen Amund Reitans minnefond dekker 400 000 kroner, \
og resten dekkes over Kulturskolerådets budsjett.

| Kategori | Beløp per stipend | Antall stipender | Samlet beløp |
| --- | ---: | ---: | ---: |
| Musikk | 25 000 kr | 12 | 300 000 kr |
| Dans | 25 000 kr | 6 | 150 000 kr |
| Teater og scenekunst | 25 000 kr | 4 | 100 000 kr |
| Visuell kunst | 20 000 kr | 4 | 80 000 kr |
| Skapende skriving | 15 000 kr | 3 | 45 000 kr |
| Reisestipend | 8 000 kr | 10 | 80 000 kr |
| **Sum** | | **39** | **755 000 kr** |

Reisestipend kan bare søkes av elever som har mer enn 100 kilometer reisevei til nærmeste \
fordypningstilbud i sitt fag. Reisestipend kan kombineres med stipend i en av de andre kategoriene.

Dersom det kommer inn for få kvalifiserte søknader i en kategori, kan juryen flytte stipender til en \
annen kategori.

### 3.1 Hva stipendet kan brukes til

- undervisning hos en lærer utenfor kulturskolen
- sommerkurs, mesterklasser og andre kurs
- instrument, utstyr og materialer, men høyst halvparten av stipendet
- reise og opphold i forbindelse med undervisning, kurs eller konkurranser

### 3.2 Hva stipendet ikke kan brukes til

- den ordinære elevavgiften i kulturskolen
- utgifter som allerede er dekket av et annet stipend
- utgifter som ikke har sammenheng med kunstfaget

## 4 Søknad

**Søknadsfrist:** 15. oktober kl. 23.59. Søknader som kommer inn etter fristen, blir ikke behandlet.

**Søknadsskjema:** [elektronisk søknadsskjema](https://example.org/talentstipend/soknad), som åpner \
1. september.

**Kontaktperson:** rådgiver Eline Haugsbø, [talentstipend@example.org](mailto:talentstipend@example.org)

### 4.1 Slik søker du

1. Snakk med læreren din i kulturskolen om søknaden.
2. Fyll ut det elektroniske søknadsskjemaet.
3. Last opp arbeidsprøver: en video på inntil åtte minutter for musikk, dans og teater, inntil tolv bilder \
for visuell kunst eller inntil ti sider tekst for skapende skriving.
4. Last opp en anbefaling fra læreren din og en bekreftelse fra kulturskolelederen på at du er elev.
5. Send søknaden innen fristen. Er du under 18 år, må en av dine foresatte godkjenne søknaden.

### 4.2 Søknad om reisestipend

Søker du om reisestipend, skal du i tillegg oppgi hvor det nærmeste fordypningstilbudet er, og legge ved \
et enkelt reisebudsjett. Du trenger ikke å sende arbeidsprøver hvis du bare søker reisestipend.

## 5 Vurdering og tildeling

### 5.1 Juryen

Søknadene vurderes av en jury på fem medlemmer. Juryen oppnevnes av hovedstyret for to år om gangen og \
består av én fagperson for hvert av fagene musikk, dans, teater og visuell kunst, og én kulturskoleleder. \
For skapende skriving henter juryen inn en ekstern vurdering. Rådgiver Eline Haugsbø er juryens sekretær \
og har ikke stemmerett.

### 5.2 Vurderingskriterier

Juryen legger vekt på:

1. kunstnerisk nivå sett i forhold til alder
2. utviklingspotensial og motivasjon
3. en konkret og realistisk plan for bruken av stipendet
4. hvor mye stipendet vil bety for søkerens videre utvikling

Når søkere står likt, skal juryen legge vekt på geografisk spredning og på å nå elever med ulik bakgrunn.

### 5.3 Vedtak og svar

Juryen sender sin innstilling til direktøren, som fatter vedtak innen 1. desember. Alle søkere får svar \
på e-post innen 10. desember. Stipendene deles ut ved en markering i januar.

Vedtaket kan ikke påklages. Søkere som ikke får stipend, kan innen tre uker be om en kort skriftlig \
begrunnelse.

## 6 Utbetaling og rapportering

Stipendet utbetales i én sum innen 15. januar. Er mottakeren under 18 år, utbetales stipendet til en av \
de foresatte.

Stipendmottakeren skal:

- sende en kort rapport på høyst én side om hvordan stipendet er brukt, innen 1. desember året etter \
tildelingen
- legge ved kvitteringer for alle utgifter over 2 000 kroner
- delta på en konsert, en forestilling eller en utstilling i regi av kulturskolen i hjemkommunen i løpet \
av stipendåret

Ubrukte midler over 3 000 kroner skal betales tilbake, med mindre Kulturskolerådet har godkjent at de \
brukes senere. Mottakere som ikke sender rapport, kan ikke søke igjen.

## 7 Definisjoner

**Fordypningsprogram:** et tilbud i kulturskolen for elever med særlig motivasjon og interesse, med mer \
undervisning enn i kjerneprogrammet.

**Foresatte:** foreldre eller andre som har foreldreansvaret for eleven.

**Medlemskommune:** en kommune som har betalt kontingent til Norsk kulturskoleråd for inneværende år.

**Stipendår:** kalenderåret etter at stipendet er tildelt.

## Kontakt

Spørsmål om stipendet kan rettes til rådgiver Eline Haugsbø på \
[talentstipend@example.org](mailto:talentstipend@example.org). Mer informasjon og en oversikt over \
tidligere mottakere finner du på [Kulturskolerådets nettsider](https://example.org/talentstipend).
"""
