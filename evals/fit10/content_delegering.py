"""Text of the invented delegation rule book of Norsk kulturskoleråd Region Skarvheia (fit10, PDF).

BLOCKS is the document in reading order; build.py sets it with fpdf2. Kinds:
    ("title", text) ("sub", text) ("meta", [lines])      the title block (in no chapter)
    ("h1", "3 Myndighet …") ("h2", "3.2 Regionstyret")    chapter and sub-section headings ("kap. 3", "kap. 3.2")
    ("p", text) ("letter", "a)", text) ("table", key) ("note", text)
    ("log", None)                                         the heading "Endringslogg" and its table (in no chapter)
HEADER_LEFT / HEADER_RIGHT are the running header, "Side N av M" the footer of every page.
"""

from __future__ import annotations

TITLE = "Delegeringsreglement"
SUB = "Norsk kulturskoleråd Region Skarvheia"
HEADER_LEFT = "Delegeringsreglement – Region Skarvheia"
HEADER_RIGHT = "Versjon 3 · gjelder fra 1. mars 2033"
CLOSING = "Endringslogg"

AUTHORITY_HEADER = ("Sakstype", "Beløpsgrense", "Myndighet", "Rapporteres til")
AUTHORITY = [
    ("Innkjøp av varer og tjenester", "inntil 50 000 kr", "Daglig leder", "Arbeidsutvalget"),
    ("Innkjøp av varer og tjenester", "50 000–150 000 kr", "Arbeidsutvalget", "Regionstyret"),
    ("Innkjøp av varer og tjenester", "over 150 000 kr", "Regionstyret", "Årsmøtet (årsmeldingen)"),
    ("Omdisponering mellom budsjettposter", "inntil 30 000 kr per år", "Daglig leder", "Regionstyret"),
    ("Omdisponering mellom budsjettposter", "over 30 000 kr per år", "Regionstyret", "Årsmøtet"),
    ("Reiser og kurs for ansatte", "inntil 25 000 kr per tiltak", "Daglig leder", "Arbeidsutvalget"),
    ("Honorar til eksterne kursholdere", "inntil 20 000 kr per oppdrag", "Daglig leder", "Arbeidsutvalget"),
    ("Leie av lokaler til regionale samlinger", "inntil 40 000 kr", "Daglig leder", "Arbeidsutvalget"),
    ("Gaver og oppmerksomhet", "inntil 2 000 kr", "Daglig leder", "Rapporteres ikke"),
    ("Sponsoravtaler og gaver til regionen", "inntil 75 000 kr", "Arbeidsutvalget", "Regionstyret"),
    ("Tilskudd fra Skarvheia utviklingsfond", "inntil 100 000 kr per søknad", "Tildelingsutvalget", "Regionstyret"),
    ("Tilskudd fra Skarvheia utviklingsfond", "over 100 000 kr per søknad", "Regionstyret", "Årsmøtet"),
    ("Ansettelse av rådgiver", "innenfor vedtatt budsjett", "Daglig leder", "Regionstyret"),
    ("Ansettelse av daglig leder", "–", "Regionstyret", "Årsmøtet"),
    ("Avtaler som binder regionen i mer enn tre år", "uavhengig av beløp", "Regionstyret", "Årsmøtet"),
    ("Høringssvar og politiske uttalelser", "–", "Styreleder", "Regionstyret"),
]

LOG_HEADER = ("Dato", "Sak", "Endring", "Versjon")
LOG = [
    ("12.03.2031", "RS-sak 09/2031", "Reglementet vedtatt.", "1"),
    (
        "07.11.2031",
        "RS-sak 38/2031",
        "Grensen for daglig leders innkjøp hevet fra 40 000 til 50 000 kr (kap. 4.1 og kap. 5).",
        "2",
    ),
    (
        "20.05.2032",
        "RS-sak 21/2032",
        "Nytt kap. 6 om Skarvheia utviklingsfond etter årsmøtets vedtak 22. april 2032 (sak 6).",
        "2",
    ),
    (
        "14.02.2033",
        "RS-sak 04/2033",
        "Tildelingsutvalgets grense hevet fra 75 000 til 100 000 kr per søknad. Nytt kap. 7.2 om hastesaker.",
        "3",
    ),
]

BLOCKS: list[tuple] = [
    ("title", TITLE),
    ("sub", SUB),
    (
        "meta",
        [
            "Vedtatt av regionstyret 12. mars 2031 (RS-sak 09/2031)",
            "Sist endret 14. februar 2033 (RS-sak 04/2033)",
            "Gjelder fra 1. mars 2033 og erstatter versjon 2 av 20. mai 2032",
        ],
    ),
    # ---------------------------------------------------------------------------------------------
    ("h1", "1 Formål og virkeområde"),
    ("h2", "1.1 Formål"),
    (
        "p",
        "Reglementet fastsetter hvem som kan treffe beslutninger på vegne av Norsk kulturskoleråd Region "
        "Skarvheia, og innenfor hvilke rammer. Det skal sikre at saker avgjøres på riktig nivå, at ansvaret er "
        "tydelig plassert, og at regionstyret til enhver tid har oversikt over beslutninger som er tatt etter "
        "delegert myndighet.",
    ),
    ("h2", "1.2 Virkeområde"),
    (
        "p",
        "Reglementet gjelder for årsmøtet, regionstyret, arbeidsutvalget, daglig leder ved regionkontoret i "
        "Lomvik og tildelingsutvalget for Skarvheia utviklingsfond. Det gjelder ikke for kulturskolene i "
        "medlemskommunene, som følger kommunens eget delegeringsreglement.",
    ),
    ("h2", "1.3 Forholdet til vedtektene"),
    (
        "p",
        "Ved motstrid går vedtektene for Norsk kulturskoleråd og instruksen for regionstyrene foran dette "
        "reglementet. Myndighet som etter vedtektene ligger til hovedstyret eller Landstinget, kan ikke "
        "delegeres av regionen.",
    ),
    # ---------------------------------------------------------------------------------------------
    ("h1", "2 Prinsipper for delegering"),
    (
        "p",
        "Delegering betyr at et organ overlater myndighet til et annet organ eller til en person, men beholder "
        "ansvaret. Den som delegerer, kan gi instruks om hvordan myndigheten skal brukes, og kan selv ta en sak "
        "tilbake til behandling.",
    ),
    ("h2", "2.1 Alminnelige regler"),
    ("p", "For all delegert myndighet gjelder følgende:"),
    ("letter", "a)", "Myndigheten kan bare brukes innenfor vedtatt budsjett og gjeldende handlingsplan."),
    (
        "letter",
        "b)",
        "Saker av prinsipiell betydning skal legges fram for regionstyret, også når beløpet ligger innenfor "
        "fullmakten.",
    ),
    (
        "letter",
        "c)",
        "Et innkjøp eller en avtale kan ikke deles opp i flere mindre beslutninger for å komme under en beløpsgrense.",
    ),
    ("letter", "d)", "Alle beløp i reglementet er oppgitt uten merverdiavgift."),
    (
        "letter",
        "e)",
        "Den som bruker delegert myndighet, skal dokumentere beslutningen skriftlig, med dato, beløp og begrunnelse.",
    ),
    ("h2", "2.2 Videredelegering"),
    (
        "p",
        "Daglig leder kan delegere myndighet videre til rådgiverne ved regionkontoret. Myndighet til å ansette "
        "og til å inngå avtaler som varer lenger enn ett år, kan likevel ikke delegeres videre. Videredelegering "
        "skal være skriftlig og meldes til arbeidsutvalget.",
    ),
    ("h2", "2.3 Inhabilitet"),
    (
        "p",
        "Den som er inhabil i en sak, kan ikke treffe beslutning i saken. Er daglig leder inhabil, går "
        "myndigheten over til styreleder. Er styreleder inhabil, går den over til nestleder.",
    ),
    # ---------------------------------------------------------------------------------------------
    ("h1", "3 Myndighet til årsmøtet og regionstyret"),
    ("h2", "3.1 Årsmøtet"),
    (
        "p",
        "Årsmøtet er regionens høyeste organ. Årsmøtet behandler årsmelding og regnskap, vedtar handlingsplan og "
        "budsjett, fastsetter kontingenten og velger regionstyre, valgkomité og revisor. Årsmøtet fastsetter også "
        "retningslinjene for Skarvheia utviklingsfond. Myndigheten til å endre retningslinjene for fondet kan "
        "ikke delegeres.",
    ),
    ("h2", "3.2 Regionstyret"),
    (
        "p",
        "Regionstyret har myndighet i alle saker som ikke er lagt til årsmøtet eller delegert etter dette "
        "reglementet. Regionstyret avgjør innkjøp og avtaler over 150 000 kroner og alle avtaler som binder "
        "regionen i mer enn tre år, uansett beløp.",
    ),
    (
        "p",
        "Regionstyret ansetter daglig leder og fastsetter stillingsinstruksen. Styret kan i enkeltsaker eller "
        "generelt trekke tilbake myndighet som er delegert, jf. kap. 7.3. Når regionstyret behandler saker om "
        "tilskudd fra utviklingsfondet, skal styret ha fått en skriftlig innstilling fra tildelingsutvalget, "
        "og styret kan bare fravike innstillingen med en begrunnelse som protokolleres. Et styremedlem som "
        "selv er kulturskolerektor i en søkerkommune, deltar ikke i behandlingen av søknaden fra sin egen "
        "kommune, men kan delta i den samlede prioriteringen når søknadene fra alle kommunene behandles under "
        "ett. Regionstyret skal minst én gang i året gå gjennom hvordan den delegerte myndigheten er brukt, "
        "normalt på det første styremøtet etter årsskiftet, og kan da foreslå endringer i reglementet.",
    ),
    ("h2", "3.3 Arbeidsutvalget"),
    (
        "p",
        "Arbeidsutvalget (AU) består av tre medlemmer: styreleder, nestleder og ett styremedlem som regionstyret "
        "velger for ett år om gangen. Daglig leder er sekretær for utvalget og har ikke stemmerett.",
    ),
    (
        "p",
        "AU godkjenner utgifter mellom 50 000 og 150 000 kroner innenfor vedtatt budsjett, forbereder saker til "
        "regionstyret og kan inngå sponsoravtaler. AU treffer vedtak i hastesaker etter kap. 7.2.",
    ),
    # ---------------------------------------------------------------------------------------------
    ("h1", "4 Myndighet til daglig leder"),
    (
        "p",
        "Daglig leder leder regionkontoret og har ansvaret for den daglige driften innenfor de rammene "
        "regionstyret har satt.",
    ),
    ("h2", "4.1 Økonomi og innkjøp"),
    (
        "p",
        "Daglig leder kan godkjenne enkeltutgifter og inngå innkjøpsavtaler på inntil 50 000 kroner innenfor "
        "vedtatt budsjett. For reiser og kurs for ansatte gjelder en grense på 25 000 kroner per tiltak. Daglig "
        "leder kan flytte inntil 30 000 kroner mellom budsjettposter i løpet av ett regnskapsår.",
    ),
    (
        "p",
        "Daglig leder attesterer fakturaer. Fakturaer og reiseregninger som gjelder daglig leder selv, "
        "attesteres av styreleder.",
    ),
    ("h2", "4.2 Personal"),
    (
        "p",
        "Daglig leder ansetter rådgivere i stillinger som ligger inne i vedtatt budsjett, etter at "
        "stillingsbeskrivelsen er lagt fram for arbeidsutvalget. Daglig leder kan inngå midlertidige "
        "engasjementer på inntil seks måneder. Lønnssamtalen med daglig leder føres av styreleder.",
    ),
    ("h2", "4.3 Avtaler og representasjon"),
    (
        "p",
        "Daglig leder representerer regionen utad i faglige spørsmål og kan inngå samarbeidsavtaler som ikke "
        "har økonomiske forpliktelser. Høringssvar og politiske uttalelser skal godkjennes av styreleder. Et "
        "høringssvar som avviker fra Kulturskolerådets nasjonale standpunkt, skal behandles av regionstyret.",
    ),
    # ---------------------------------------------------------------------------------------------
    ("h1", "5 Fullmaktstabell"),
    (
        "p",
        "Tabellen gir en samlet oversikt over beløpsgrensene. Ved tvil om hvordan tabellen skal forstås, gjelder "
        "teksten i kapittel 3, 4 og 6.",
    ),
    ("table", "authority"),
    (
        "note",
        "Beløpsgrensene gjelder per sak, uten merverdiavgift. Gaver og oppmerksomhet omfatter blomster og "
        "gaver ved jubileer, avskjed og sykdom.",
    ),
    # ---------------------------------------------------------------------------------------------
    ("h1", "6 Skarvheia utviklingsfond"),
    ("h2", "6.1 Tildelingsutvalget"),
    (
        "p",
        "Tildelingsutvalget har fem medlemmer: to fra regionstyret, to kulturskoleledere som regionstyret "
        "oppnevner, og én representant oppnevnt av Nordhei fylkeskommune. Utvalget velger selv sin leder. "
        "Daglig leder er sekretær. Utvalget er vedtaksført når minst tre medlemmer er til stede.",
    ),
    (
        "p",
        "Utvalget tildeler midler innenfor retningslinjene som årsmøtet har fastsatt, og innenfor den årlige "
        "rammen regionstyret vedtar. Søknader om mer enn 100 000 kroner avgjøres av regionstyret etter "
        "innstilling fra utvalget.",
    ),
    ("h2", "6.2 Klage"),
    (
        "p",
        "Søkeren kan klage på vedtak om tildeling eller avslag til regionstyret innen tre uker etter at svaret er "
        "mottatt. Medlemmer av tildelingsutvalget som også sitter i regionstyret, deltar ikke i behandlingen av "
        "klagen. Regionstyrets avgjørelse i klagesaken er endelig.",
    ),
    # ---------------------------------------------------------------------------------------------
    ("h1", "7 Rapportering og kontroll"),
    ("h2", "7.1 Rapportering"),
    (
        "p",
        "Daglig leder legger fram en liste over beslutninger etter delegert myndighet på hvert ordinære "
        "styremøte. Arbeidsutvalget melder sine vedtak til neste styremøte. Tildelingsutvalget rapporterer til "
        "regionstyret to ganger i året, i juni og i desember.",
    ),
    ("h2", "7.2 Hastesaker"),
    (
        "p",
        "Når en sak ikke kan vente til neste styremøte, kan arbeidsutvalget treffe vedtak på vegne av "
        "regionstyret. Hastevedtaket må være enstemmig, og det skal legges fram for regionstyret til "
        "orientering på første møte etterpå. Hastevedtak kan ikke gjelde ansettelse av daglig leder eller "
        "budsjettendringer på mer enn 150 000 kroner.",
    ),
    ("h2", "7.3 Tilbakekall og gjennomgang"),
    (
        "p",
        "Regionstyret kan når som helst trekke tilbake delegert myndighet. Tilbakekall skal protokolleres og "
        "meldes skriftlig til den det gjelder.",
    ),
    (
        "p",
        "Reglementet skal gjennomgås i sin helhet minst hvert annet år. Neste fulle gjennomgang skal være "
        "ferdig innen utgangen av 2034.",
    ),
    # ---------------------------------------------------------------------------------------------
    ("log", None),
]


def headings() -> list[str]:
    """All chapter and sub-section headings in order."""
    return [b[1] for b in BLOCKS if b[0] in ("h1", "h2")]


def chapters() -> list[str]:
    return [b[1] for b in BLOCKS if b[0] == "h1"]
