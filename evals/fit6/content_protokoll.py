"""Text of docs/landstingsprotokoll-2029.txt: the invented minutes of a Landsting of Norsk kulturskoleråd.

Everything here is invented for the fit6 set. Plain UTF-8 text, no markup, paragraphs hard-wrapped at 90
characters (never inside a word). Blocks: ("raw", text) is written line by line as it stands (headings,
tables, lists); ("p", text) is a wrapped paragraph; ("num", "1.", text) is a numbered point with a hanging
indent; ("blank",) is an empty line. A case heading is a raw line that starts with "Sak " at column 0.
"""

from __future__ import annotations

import textwrap

WIDTH = 90
TITLE = "Protokoll fra Landstinget 2029 i Norsk kulturskoleråd"

BUDGET = """\
Post                                       Budsjett 2030    Budsjett 2031
Kontingent fra medlemskommuner                12 450 000       12 980 000
Statstilskudd                                  6 200 000        6 200 000
Inntekter fra kurs og konferanser              2 750 000        2 900 000
Prosjektinntekter                              1 800 000        1 350 000
Sum inntekter                                 23 200 000       23 430 000
Lønn og sosiale kostnader                     14 900 000       15 450 000
Regionenes aktivitetsmidler                    2 400 000        2 450 000
Landsting og sentralstyre                        950 000        1 650 000
Kostnader til kurs og konferanser              2 300 000        2 400 000
Kulturskolejubileet 2030                         600 000                –
Andre driftskostnader                          1 250 000        1 300 000
Sum kostnader                                 22 400 000       23 250 000
Resultat                                         800 000          180 000"""

ELECTED = """\
Sentralstyret for perioden 2029–2031:
  Leder            Torunn Elvebakk         Region Midtdalen     gjenvalgt
  Nestleder        Eirik Lunde             Region Kystlandet    ny
  Medlem           Hanne Bjørgum           Region Østmark       gjenvalgt
  Medlem           Vegard Sunde            Region Nordvidda     gjenvalgt
  Medlem           Amina Rashid            Region Solvang       ny
  Medlem           Kjell Ove Liabø         Region Sørbygd       ny
  1. varamedlem    Tiril Engen             Region Kystlandet    ny
  2. varamedlem    Ruben Haugsvær          Region Midtdalen     ny
  3. varamedlem    Marte Gjerdrum          Region Nordvidda     gjenvalgt

Kontrollkomiteen for perioden 2029–2031:
  Leder            Randi Solheim           Region Sørbygd       gjenvalgt
  Medlem           Olav Steinsland         Region Solvang       gjenvalgt
  Medlem           Ingeborg Fjelde         Region Østmark       ny
  Varamedlem       Håvard Lien             Region Midtdalen     ny

Valgkomiteen for perioden 2029–2031:
  Leder            Solveig Torkildsen      Region Nordvidda     gjenvalgt
  Nestleder        Bjørn Aasen             Region Kystlandet    gjenvalgt
  Medlem           Kari Midtbø             Region Midtdalen     ny
  Medlem           Yusuf Demir             Region Sørbygd       ny
  Medlem           Elin Hatlestad          Region Solvang       ny
  1. varamedlem    Per Arne Kolberg        Region Østmark       ny
  2. varamedlem    Signe Varden            Region Kystlandet    ny"""

BLOCKS = [
    ("raw", "PROTOKOLL\nLandstinget 2029 i Norsk kulturskoleråd"),
    ("blank",),
    (
        "raw",
        "Tid:       torsdag 18. oktober kl. 10.00 – fredag 19. oktober 2029 kl. 15.40\n"
        "Sted:      Kystkulturhuset, Havbrekke\n"
        "Møteleder: Anders Kvalheim og Sunniva Brattland",
    ),
    ("blank",),
    (
        "p",
        "Til stede var 124 stemmeberettigede delegater fra seks regioner, sentralstyret, kontrollkomiteen, "
        "valgkomiteen, 17 observatører og 8 ansatte fra sekretariatet. Antallet stemmeberettigede var det "
        "samme under alle voteringene.",
    ),
    ("blank",),
    ("raw", "TORSDAG 18. OKTOBER"),
    ("blank",),
    ("raw", "Sak 1 Åpning og konstituering"),
    (
        "p",
        "Sentralstyrets leder Torunn Elvebakk åpnet Landstinget og ønsket velkommen. Ordfører i Havbrekke, "
        "Trond Ellingsen, hilste Landstinget. Det kom ingen merknader til innkallingen.",
    ),
    ("raw", "Vedtak:"),
    ("num", "1.", "Innkallingen og dagsorden godkjennes."),
    ("num", "2.", "Forretningsorden godkjennes slik den er sendt ut."),
    ("num", "3.", "Som møteledere velges Anders Kvalheim, Region Nordvidda, og Sunniva Brattland, Region Solvang."),
    ("num", "4.", "Som referenter velges Ingrid Fosseland og Mikkel Rønnestad fra sekretariatet."),
    ("num", "5.", "Til å underskrive protokollen sammen med møtelederne velges Liv Hegglund og Oddvar Sæle."),
    (
        "num",
        "6.",
        "Som tellekorps velges Gro Antonsen, Region Sørbygd, Ahmed Farah, Region Østmark, og Nils Ove "
        "Brenden, Region Kystlandet.",
    ),
    ("raw", "Enstemmig vedtatt."),
    ("blank",),
    ("raw", "Sak 2 Beretning for 2027 og 2028"),
    (
        "p",
        "Generalsekretær Kristoffer Valand la fram beretningen. Han pekte særlig på at antallet elever i "
        "medlemskommunene økte fra 98 300 i 2027 til 101 900 i 2028, og at rammeplanen ble vedtatt i mars "
        "2028. Det var 11 innlegg i debatten.",
    ),
    ("raw", "Vedtak:"),
    ("p", "Beretningen for 2027 og 2028 tas til orientering."),
    ("raw", "Enstemmig vedtatt."),
    ("blank",),
    ("raw", "Sak 3 Regnskap for 2027 og 2028"),
    (
        "p",
        "Økonomisjef Lene Hagerup la fram regnskapene. Regnskapet for 2027 viste et overskudd på 412 000 "
        "kroner, og regnskapet for 2028 et underskudd på 186 000 kroner. Underskuddet skyldtes i hovedsak "
        "økte husleiekostnader etter flyttingen av sekretariatet. Revisor, Fjordrevisjon AS ved "
        "statsautorisert revisor Hege Myrvold, har avgitt beretning uten merknader for begge årene. "
        "Kontrollkomiteens leder Randi Solheim la fram komiteens rapport.",
    ),
    ("raw", "Vedtak:"),
    ("p", "Regnskapene for 2027 og 2028 godkjennes."),
    ("raw", "Enstemmig vedtatt."),
    ("blank",),
    ("raw", "Sak 4 Handlingsprogram 2030–2031"),
    (
        "p",
        "Nestleder i sentralstyret Hanne Bjørgum la fram sentralstyrets forslag til handlingsprogram. Det var "
        "19 innlegg i debatten.",
    ),
    ("raw", "Endringsforslag fra Region Kystlandet:"),
    (
        "p",
        "Nytt punkt 3: «Norsk kulturskoleråd skal arbeide for at alle kommuner har en ordning med friplass "
        "eller redusert elevavgift innen utgangen av 2031.»",
    ),
    (
        "p",
        "Votering: Endringsforslaget fra Region Kystlandet ble vedtatt med 71 mot 49 stemmer, 4 blanke. "
        "Handlingsprogrammet med endringen ble deretter vedtatt med 118 mot 2 stemmer, 4 blanke.",
    ),
    ("raw", "Vedtak:"),
    (
        "num",
        "1.",
        "Landstinget vedtar handlingsprogram 2030–2031 med tre satsingsområder: kulturskole for alle, "
        "kompetanse i kulturskolen og kulturskolen i lokalsamfunnet.",
    ),
    (
        "num",
        "2.",
        "Sentralstyret skal følge opp innføringen av rammeplanen fra 2028 og legge fram en statusrapport for "
        "Landstinget 2031.",
    ),
    (
        "num",
        "3.",
        "Norsk kulturskoleråd skal arbeide for at alle kommuner har en ordning med friplass eller redusert "
        "elevavgift innen utgangen av 2031.",
    ),
    ("num", "4.", "Sentralstyret får fullmakt til å gjøre mindre justeringer i handlingsprogrammet."),
    ("blank",),
    ("raw", "Sak 5 Innkomne forslag"),
    (
        "p",
        "Innen fristen 1. september 2029 var det kommet inn fire forslag. De ble behandlet som sak 5.1–5.4. "
        "Sak 5.1 ble behandlet torsdag, de øvrige fredag.",
    ),
    ("blank",),
    ("raw", "Sak 5.1 Ny modell for kontingent"),
    ("raw", "Forslag fra Region Solvang:"),
    (
        "p",
        "«Fra 2030 beregnes kontingenten i tre trinn etter innbyggertall: kommuner med under 5 000 innbyggere, "
        "kommuner med 5 000–30 000 innbyggere og kommuner med over 30 000 innbyggere.»",
    ),
    ("raw", "Sentralstyrets innstilling:"),
    (
        "p",
        "Forslaget oversendes sentralstyret for utredning. Sentralstyret legger fram en ny kontingentmodell "
        "for Landstinget 2031.",
    ),
    (
        "p",
        "Votering: Sentralstyrets innstilling ble satt opp mot forslaget fra Region Solvang. Sentralstyrets "
        "innstilling ble vedtatt med 86 mot 35 stemmer, 3 blanke.",
    ),
    ("raw", "Vedtak:"),
    (
        "num",
        "1.",
        "Forslaget fra Region Solvang oversendes sentralstyret for utredning. Sentralstyret legger fram en ny "
        "kontingentmodell for Landstinget 2031.",
    ),
    (
        "num",
        "2.",
        "Utredningen skal omfatte minst to alternative modeller og vise virkningen for kommuner av ulik "
        "størrelse.",
    ),
    ("blank",),
    ("raw", "FREDAG 19. OKTOBER"),
    ("blank",),
    ("raw", "Sak 5.2 Endring i instruks for valgkomiteen"),
    ("raw", "Forslag fra sentralstyret:"),
    ("num", "1.", "I § 2 første ledd og § 3 første ledd endres «ett varamedlem» til «to varamedlemmer»."),
    ("num", "2.", "I § 7 tredje ledd endres «fire uker» til «seks uker»."),
    (
        "num",
        "3.",
        "Endringene i § 2 og § 3 gjelder fra valget i sak 8 på dette Landstinget. Endringen i § 7 gjelder "
        "fra Landstinget 2031.",
    ),
    (
        "p",
        "Sentralstyrets leder begrunnet forslaget med at delegatene trenger mer tid til å forberede valgene, "
        "og at valgkomiteen de siste årene har hatt for få varamedlemmer når medlemmer har måttet fratre.",
    ),
    ("raw", "Endringsforslag fra Region Nordvidda:"),
    ("p", "I punkt 2 endres «seks uker» til «åtte uker»."),
    (
        "p",
        "Votering: Endringsforslaget fra Region Nordvidda falt med 34 mot 87 stemmer, 3 blanke. Forslaget fra "
        "sentralstyret ble vedtatt med 112 mot 9 stemmer, 3 blanke.",
    ),
    ("raw", "Vedtak:"),
    (
        "p",
        "Instruks for valgkomiteen endres i samsvar med forslaget fra sentralstyret, punkt 1–3.",
    ),
    ("blank",),
    ("raw", "Sak 5.3 Nasjonal ordning for utlån av instrumenter"),
    ("raw", "Forslag fra Region Nordvidda:"),
    (
        "p",
        "«Norsk kulturskoleråd oppretter en nasjonal ordning for utlån av instrumenter til elever i "
        "kulturskolen, finansiert med 1,5 millioner kroner årlig fra 2030.»",
    ),
    (
        "p",
        "Sentralstyret foreslo å utsette saken fordi kartleggingen av instrumentbanker i regionene ikke er "
        "ferdig. Vegard Sunde, Region Nordvidda, opplyste at forslagsstilleren kunne slutte seg til dette.",
    ),
    ("raw", "Vedtak:"),
    (
        "p",
        "Saken utsettes til Landstinget 2031. Sentralstyret legger da fram resultatet av kartleggingen "
        "sammen med forslaget.",
    ),
    ("raw", "Vedtatt med 97 mot 24 stemmer, 3 blanke."),
    ("blank",),
    ("raw", "Sak 5.4 Landstinget flyttes til vårhalvåret"),
    ("raw", "Forslag fra Region Østmark:"),
    ("p", "«Fra 2033 holdes Landstinget i april eller mai.»"),
    (
        "p",
        "Forslaget ble trukket av forslagsstilleren før behandlingen. Gunnar Tjelta, Region Østmark, "
        "opplyste at regionen vil ta saken opp med sentralstyret i stedet. Saken ble ikke realitetsbehandlet.",
    ),
    ("blank",),
    ("raw", "Sak 6 Kontingent for 2030 og 2031"),
    (
        "p",
        "Sentralstyret foreslo å videreføre dagens modell med kontingent per innbygger i påvente av "
        "utredningen i sak 5.1.",
    ),
    ("raw", "Vedtak:"),
    (
        "num",
        "1.",
        "Kontingenten fastsettes til 2,45 kroner per innbygger for 2030 og 2,55 kroner per innbygger for "
        "2031.",
    ),
    (
        "num",
        "2.",
        "Minstekontingenten er 4 500 kroner og den høyeste kontingenten 310 000 kroner per kommune per år.",
    ),
    ("raw", "Vedtatt med 109 mot 13 stemmer, 2 blanke."),
    ("blank",),
    ("raw", "Sak 7 Budsjett for 2030 og 2031"),
    (
        "p",
        "Økonomisjef Lene Hagerup la fram sentralstyrets forslag til budsjett. Kulturskolejubileet markeres "
        "bare i 2030. Kostnadene til Landsting er høyere i 2031 fordi Landstinget holdes det året.",
    ),
    ("blank",),
    ("raw", BUDGET),
    ("blank",),
    ("raw", "Vedtak:"),
    ("num", "1.", "Budsjettet for 2030 og 2031 vedtas slik det er lagt fram."),
    (
        "num",
        "2.",
        "Sentralstyret får fullmakt til å omdisponere inntil 300 000 kroner mellom postene innenfor det "
        "enkelte år.",
    ),
    ("raw", "Vedtatt med 116 mot 5 stemmer, 3 blanke."),
    ("blank",),
    ("raw", "Sak 8 Valg"),
    (
        "p",
        "Valgkomiteens leder Solveig Torkildsen la fram valgkomiteens innstilling til sentralstyret, "
        "kontrollkomiteen og godtgjøring. Innstillingen til ny valgkomité ble lagt fram av sentralstyrets "
        "leder.",
    ),
    (
        "p",
        "Til vervet som nestleder ble det levert et benkeforslag på Aslak Mo, Region Østmark. Valget ble "
        "skriftlig. Eirik Lunde fikk 78 stemmer og Aslak Mo 44 stemmer. 2 stemmesedler var blanke. De øvrige "
        "valgene var enstemmige og skjedde ved akklamasjon.",
    ),
    ("raw", "Vedtak:"),
    ("p", "Følgende ble valgt:"),
    ("blank",),
    ("raw", ELECTED),
    ("blank",),
    (
        "p",
        "Godtgjøringen til sentralstyrets leder settes til 180 000 kroner per år. Øvrige medlemmer av "
        "sentralstyret får 2 500 kroner per møtedag.",
    ),
    (
        "p",
        "Som revisor gjenvelges Fjordrevisjon AS etter innstilling fra sentralstyret.",
    ),
    ("blank",),
    ("raw", "Sak 9 Landstinget 2031"),
    (
        "p",
        "Region Midtdalen har tilbudt seg å være vertskap for Landstinget 2031. Sentralstyret foreslo å ta "
        "imot tilbudet.",
    ),
    ("raw", "Vedtak:"),
    (
        "p",
        "Landstinget 2031 holdes i Brekkestrand i Region Midtdalen i oktober 2031. Sentralstyret fastsetter "
        "datoen.",
    ),
    ("raw", "Enstemmig vedtatt."),
    ("blank",),
    (
        "p",
        "Møteleder Anders Kvalheim takket for et godt landsting og hevet møtet kl. 15.40 fredag 19. oktober.",
    ),
    ("blank",),
    ("raw", "Havbrekke, 26. oktober 2029"),
    ("blank",),
    ("raw", "Liv Hegglund (sign.)          Oddvar Sæle (sign.)"),
    ("raw", "Anders Kvalheim (sign.)       Sunniva Brattland (sign.)"),
]


def render() -> str:
    """The file text: raw blocks as they stand, paragraphs and numbered points wrapped at WIDTH."""
    lines: list[str] = []
    for block in BLOCKS:
        kind = block[0]
        if kind == "raw":
            lines.extend(block[1].split("\n"))
        elif kind == "blank":
            lines.append("")
        elif kind == "p":
            lines.extend(textwrap.wrap(block[1], WIDTH, break_long_words=False, break_on_hyphens=False))
        elif kind == "num":
            first = f"{block[1]} "
            lines.extend(
                textwrap.wrap(
                    block[2],
                    WIDTH,
                    initial_indent=first,
                    subsequent_indent=" " * len(first),
                    break_long_words=False,
                    break_on_hyphens=False,
                )
            )
        else:
            raise ValueError(kind)
    return "\n".join(lines) + "\n"


TEXT = render()
