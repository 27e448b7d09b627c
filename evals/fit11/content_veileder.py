"""The text of the invented guide on sibling discounts and free places (fit11), written as Markdown by build.py.

TEXT is the file byte for byte. render() gives the plain text a reader sees (no "#", ">" or "- " markers,
numbered items with their numbers, table rows as cells joined with " | " without the outer bars and without the
separator row, links as "text (url)", a mailto link as its text, no emphasis markers). sections() cuts the raw
text at its numbered headings: "## 3 …" is "kap. 3" and holds its "###" sub-sections, "### 3.1 …" is
"kap. 3.1"; an unnumbered "###" (the questions of kap. 6) stays inside its "##". The title, the sub-line, the
introduction and the quote before "## 1 …" belong to no section.
"""

# ruff: noqa: E501  (TEXT is the Markdown file byte for byte: one paragraph per line, as in a real guide)
from __future__ import annotations

import re

TITLE = "Veileder: Søskenmoderasjon og friplass i kulturskolen"

TEXT = """\
# Veileder: Søskenmoderasjon og friplass i kulturskolen

*Norsk kulturskoleråd Region Elvedal · utgitt 28. september 2035 · versjon 1.0*

Denne veilederen følger opp vedtaket i sak 5.3 på regionårsmøtet 26. april 2035 og delmål 1.3 i [Regional strategi 2035–2037](https://elvedal.kulturskoleradet.example/strategi-2035-2037.pdf). Den er skrevet for kulturskolerektorer og saksbehandlere i medlemskommunene. Protokollen fra årsmøtet finner du på [regionens nettside](https://elvedal.kulturskoleradet.example/arsmote-2035).

> Medlemskommunene oppfordres til å innføre søskenmoderasjon på 30 prosent for barn nummer to og 50 prosent fra og med barn nummer tre.
> — Regionårsmøtet 2035, sak 5.3, vedtakspunkt 1

## 1 Hvorfor en felles ordning?

Prisen på en kulturskoleplass varierer mye mellom kommunene i Elvedal. I 2034 hadde bare 11 av 17 medlemskommuner søskenmoderasjon, og reglene for friplass var ulike fra kommune til kommune. Samme år fikk 410 elever i regionen friplass eller redusert pris.

En felles ordning gjør det enklere for familier som flytter mellom kommunene, og den gjør det mulig å sammenligne tallene. Målet i strategien er at alle 17 medlemskommuner skal ha søskenmoderasjon innen 2037.

## 2 Begreper

**Søskenmoderasjon**: en reduksjon i semesteravgiften for barn nummer to, tre og videre i samme husholdning som er elever i samme kommunes kulturskole.

**Friplass**: en elevplass uten semesteravgift, som gis etter søknad når husholdningens inntekt er under grensen.

**Husholdningsinntekt**: samlet bruttoinntekt for alle voksne i husholdningen, slik den står i siste skattemelding.

**Semesteravgift**: avgiften kommunen tar for en elevplass i ett semester. Instrumentleie og materialavgift er ikke en del av semesteravgiften.

**Elevplass**: ett tilbud for én elev, for eksempel fiolin eller dans.

## 3 Slik beregnes moderasjonen

Moderasjonen regnes av semesteravgiften for hver elevplass. Det eldste barnet regnes alltid som barn nummer én, uansett hvilket tilbud det går på.

### 3.1 Satser

| Situasjon | Moderasjon | Merknad |
| --- | --- | --- |
| Barn nummer én | 0 % | Full semesteravgift |
| Barn nummer to | 30 % | Gjelder det nest eldste barnet |
| Barn nummer tre og videre | 50 % | Gjelder hvert barn fra og med nummer tre |
| Friplass | 100 % | Husholdningsinntekt under 450 000 kr |

Eksempel: En familie med tre barn i en kommune med semesteravgift på 1 950 kroner betaler 1 950 kroner for det eldste barnet, 1 365 kroner for barn nummer to og 975 kroner for barn nummer tre.

### 3.2 Flere tilbud for samme barn

Moderasjonen gis per barn, ikke per tilbud. Et barn som går på to tilbud, får søskenmoderasjon bare på den ene elevplassen. Regionen anbefaler at instrumentleie holdes utenfor moderasjonen.

## 4 Søknad om friplass

**Frist:** 15. juni for høstsemesteret og 15. desember for vårsemesteret

**Sted:** kommunens søknadsportal, se [eksempel på skjema](https://elvedal.kulturskoleradet.example/friplass-skjema)

**Vedlegg:** siste skattemelding for alle voksne i husholdningen

Søskenmoderasjon gis automatisk og krever ingen søknad. Friplass må det søkes om. Slik går det til:

1. Foresatte sender søknad med vedlegg innen fristen.
2. Kulturskolen kontrollerer husholdningsinntekten mot grensen på 450 000 kroner.
3. Foresatte får svar innen tre uker etter fristen.
4. Friplassen gjelder for ett skoleår om gangen og må søkes om på nytt hvert år.

Søknader som kommer etter fristen, behandles dersom kommunen har ledige midler.

## 5 Kommunens ansvar

Kommunen bestemmer selv sine satser, men regionen ber alle medlemskommuner om å:

- vedta lokale regler for søskenmoderasjon og friplass innen 1. januar 2036
- informere alle foresatte om ordningene ved opptak
- rapportere antall friplasser til regionkontoret innen 1. mars hvert år
- behandle skattemeldinger og andre opplysninger etter personvernreglene

## 6 Ofte stilte spørsmål

### Gjelder søskenmoderasjonen når søsknene går i kulturskolen i hver sin kommune?

Nei. Moderasjonen gis bare for søsken som er elever i samme kommunes kulturskole. Regionen oppfordrer Bakkely og Elvetun, som har felles kulturskole, til å regne elevene sine under ett.

### Må kommunen bruke akkurat disse satsene?

Nei. Vedtaket er en anbefaling, og årsmøtet «oppfordrer» kommunene. Kommuner som allerede gir høyere moderasjon, kan fortsette med det.

### Hvorfor ble det 30 prosent og ikke 25?

Styret foreslo 25 prosent fra og med barn nummer to. Årsmøtet vedtok endringsforslaget fra Lauvnes kommune med 71 mot 48 stemmer.

### Kan en familie få friplass midt i et semester?

Ja. Ved en vesentlig endring i inntekten, for eksempel ved arbeidsledighet, kan det søkes når som helst. Friplassen gjelder da fra første hele måned etter at søknaden er innvilget.

### Gjelder ordningene for voksne elever?

Nei. Søskenmoderasjon og friplass gjelder for elever under 20 år.

### Hvem kan vi kontakte?

Regionleder Sunniva Brattli ved regionkontoret i Brekkestad, [sunniva.brattli@elvedal.kulturskoleradet.example](mailto:sunniva.brattli@elvedal.kulturskoleradet.example).

## 7 Status og videre arbeid

Per september 2035 har 13 av 17 medlemskommuner vedtatt søskenmoderasjon etter de nye satsene. Et digitalt informasjonsmøte for kulturskolerektorene ble holdt 4. september 2035.

Dette gjenstår:

- Regionkontoret lager en felles søknadsmal for friplass innen 1. desember 2035.
- Ordningene evalueres som en del av midtveisevalueringen av strategien i 2036.
"""


def render(raw: str) -> str:
    """The plain text of the Markdown (see the module docstring)."""
    out = []
    for line in raw.splitlines():
        s = line.strip()
        if re.fullmatch(r"\|?\s*-{3,}.*", s):
            continue
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^>\s?", "", s)
        s = re.sub(r"^- ", "", s)
        if s.startswith("|"):
            s = " | ".join(c.strip() for c in s.strip("|").split("|"))
        s = re.sub(r"\[([^\]]+)\]\(mailto:[^)]+\)", r"\1", s)
        s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 (\2)", s)
        s = s.replace("**", "").replace("*", "")
        out.append(s)
    return "\n".join(out)


def headings() -> list[tuple[int, str]]:
    """(level, title) of every heading below the title."""
    return [(len(m.group(1)), m.group(2)) for m in re.finditer(r"^(#{2,3}) (.+)$", TEXT, flags=re.MULTILINE)]


def sections(raw: str) -> dict[str, str]:
    """ "kap. N" / "kap. N.M" → the raw text of the section (heading included)."""
    out: dict[str, list[str]] = {}
    chap = sub = None
    for line in raw.splitlines():
        m2 = re.match(r"^## (\d+) ", line)
        m3 = re.match(r"^### (\d+\.\d+) ", line)
        if m2:
            chap, sub = f"kap. {m2.group(1)}", None
        elif m3:
            sub = f"kap. {m3.group(1)}"
        elif line.startswith("### "):
            sub = None
        for key in (chap, sub):
            if key:
                out.setdefault(key, []).append(line)
    return {k: "\n".join(v) for k, v in out.items()}
