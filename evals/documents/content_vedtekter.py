"""Invented statutes ("Vedtekter for Norsk kulturskoleråd") for the evaluation set.

All text is written for this test set; it imitates the genre, not any real document.
"""

TITLE = "Vedtekter for Norsk kulturskoleråd"

CHAPTERS = [
    ("kap1", "Kapittel 1 Innledende bestemmelser"),
    ("kap2", "Kapittel 2 Medlemskap"),
    ("kap3", "Kapittel 3 Landstinget"),
    ("kap4", "Kapittel 4 Hovedstyret"),
    ("kap5", "Kapittel 5 Regionene"),
    ("kap6", "Kapittel 6 Administrasjon og økonomi"),
    ("kap7", "Kapittel 7 Vedtektsendringer og oppløsning"),
]


def P(n, title):
    return ("h2", f"§ {n} {title}", f"§ {n}")


def L(n, text):
    return ("li", f"({n})", text)


def A(letter, text):
    return ("li", f"{letter})", text, 9.0)


BLOCKS = [
    (
        "cover",
        [
            ("Norsk kulturskoleråd", 16, ""),
            ("Vedtekter", 30, "B"),
            ("for Norsk kulturskoleråd", 18, ""),
            ("Vedtatt av Landstinget 23. oktober 2024 (sak 4). Gjelder fra 1. januar 2025.", 11, ""),
            ("Erstatter vedtektene av 14. november 2020.", 11, ""),
        ],
    ),
    ("pagebreak",),
    ("title", "Innhold", 16),
    ("toc_here",),
    ("pagebreak",),
    # ------------------------------------------------------------------ kap 1
    ("h1", "Kapittel 1 Innledende bestemmelser", "kap1"),
    P(1, "Navn og rettslig status"),
    L(1, "Organisasjonens navn er Norsk kulturskoleråd. I daglig tale kan kortformen Kulturskolerådet brukes."),
    L(
        2,
        "Norsk kulturskoleråd er en selvstendig og partipolitisk nøytral medlems- og interesseorganisasjon "
        "registrert i Enhetsregisteret.^1",
    ),
    ("footnote", "1", "Organisasjonsnummeret og signaturbestemmelsene er registrert i Brønnøysundregistrene."),
    L(3, "Organisasjonen har sitt forretningskontor i Trondheim kommune."),
    P(2, "Formål"),
    L(
        1,
        "Norsk kulturskoleråd skal arbeide for at alle barn og unge som ønsker det, får et kulturskoletilbud "
        "av høy kvalitet til en pris som ikke hindrer deltakelse.",
    ),
    L(2, "For å nå formålet skal organisasjonen"),
    A("a", "være pådriver for at kulturskolene utvikles som lokale ressurssentre for kunst og kultur,"),
    A("b", "ivareta medlemmenes interesser overfor statlige myndigheter og andre aktører,"),
    A("c", "bidra til kompetanseutvikling for ledere og lærere i kulturskolen,"),
    A(
        "d",
        "fremme samarbeid mellom kulturskolen, barnehagen, grunnskolen, den videregående skolen og det "
        "frivillige kulturlivet,",
    ),
    A("e", "synliggjøre kulturskolens betydning for folkehelse, inkludering og lokal samfunns|utvikling."),
    P(3, "Verdigrunnlag"),
    L(1, "Organisasjonens arbeid bygger på verdiene likeverd, mangfold og medvirkning."),
    L(
        2,
        "Barn og unges rett til å delta i kunst- og kulturlivet, slik den er uttrykt i FNs barnekonvensjon "
        "artikkel 31, skal ligge til grunn for alle organisasjonens prioriteringer.",
    ),
    # ------------------------------------------------------------------ kap 2
    ("h1", "Kapittel 2 Medlemskap", "kap2"),
    P(4, "Medlemmer"),
    L(1, "Alle kommuner og fylkeskommuner kan bli medlemmer av Norsk kulturskoleråd."),
    L(
        2,
        "Innmelding skjer skriftlig til administrasjonen og får virkning fra den første hele kalendermåneden "
        "etter at innmeldingen er mottatt.",
    ),
    L(
        3,
        "Organisasjoner og institusjoner som arbeider i tråd med formålet, kan tas opp som assosierte "
        "medlemmer etter vedtak i hovedstyret. Assosierte medlemmer har talerett, men ikke stemmerett, på "
        "Landstinget.",
    ),
    P(5, "Kontingent"),
    L(1, "Kontingenten fastsettes av Landstinget for hele landstingsperioden."),
    L(
        2,
        "Kontingenten for kommuner beregnes ut fra innbyggertallet per 1. januar året før kontingentåret. "
        "Fylkeskommunene betaler en fast sats.",
    ),
    L(
        3,
        "Medlemmer som ikke har betalt kontingenten innen 1. mai, mister stemmeretten på Landstinget og på "
        "regionale medlemsmøter inntil kontingenten er betalt.",
    ),
    P(6, "Utmelding, stryking og eksklusjon"),
    L(
        1,
        "Utmelding skal skje skriftlig og får virkning fra utgangen av det kalenderåret som følger etter at "
        "utmeldingen er mottatt.",
    ),
    L(2, "Et medlem som ikke har betalt kontingent på to år, kan strykes av hovedstyret etter skriftlig varsel."),
    L(
        3,
        "Et medlem som grovt motarbeider organisasjonens formål, kan ekskluderes av Landstinget. Vedtak om "
        "eksklusjon krever to tredjedels flertall.",
    ),
    # ------------------------------------------------------------------ kap 3
    ("h1", "Kapittel 3 Landstinget", "kap3"),
    P(7, "Landstingets myndighet og tidspunkt"),
    L(1, "Landstinget er organisasjonens høyeste myndighet."),
    L(2, "Ordinært landsting holdes hvert fjerde år innen utgangen av november."),
    L(
        3,
        "Hovedstyret kaller inn til Landstinget med minst seks måneders varsel. Saksdokumentene sendes "
        "delegatene senest seks uker før Landstinget.",
    ),
    L(
        4,
        "Forslag som et medlem eller et regionstyre ønsker behandlet, må være kommet fram til hovedstyret "
        "senest tre måneder før Landstinget.",
    ),
    P(8, "Sammensetning og stemmerett"),
    L(1, "Landstinget består av delegater fra medlemmene, hovedstyret og valgkomiteen."),
    L(
        2,
        "Hver kommune som er medlem, kan møte med én delegat. Kommuner med mer enn 50 000 innbyggere^2 "
        "kan møte med to delegater. Hver fylkeskommune møter med én delegat.",
    ),
    ("footnote", "2", "Innbyggertall per 1. januar i landstingsåret, slik det er publisert av Statistisk sentralbyrå."),
    L(3, "Hver delegat har én stemme. Det er ikke adgang til å stemme ved fullmakt."),
    L(
        4,
        "Hovedstyrets medlemmer har talerett og forslagsrett, men har ikke stemmerett med mindre de er "
        "oppnevnt som delegat for en medlemskommune.",
    ),
    L(5, "Direktøren og de ansatte har talerett i saker som gjelder administrasjonen."),
    P(9, "Saker Landstinget skal behandle"),
    L(1, "Det ordinære Landstinget skal"),
    A("a", "godkjenne innkallingen, sakslisten og forretningsordenen,"),
    A("b", "velge møteleder, to sekretærer og to delegater til å underskrive protokollen,"),
    A("c", "behandle hovedstyrets beretning for landstingsperioden,"),
    A("d", "godkjenne de reviderte regnskapene for landstingsperioden,"),
    A("e", "vedta strategi og politisk plattform for organisasjonen,"),
    A("f", "fastsette kontingenten for neste landstingsperiode,"),
    A("g", "behandle innkomne forslag og forslag fra hovedstyret,"),
    A("h", "velge leder, nestleder, øvrige medlemmer og varamedlemmer til hovedstyret,"),
    A("i", "velge valgkomité,"),
    A("j", "velge revisor."),
    L(
        2,
        "Saker som ikke står på sakslisten, kan bare behandles dersom to tredjedeler av de stemme|berettigede "
        "delegatene samtykker.",
    ),
    P(10, "Vedtaksførhet, vedtak og valg"),
    L(1, "Landstinget er vedtaksført når minst halvparten av de stemmeberettigede delegatene er til stede."),
    L(
        2,
        "Vedtak treffes med alminnelig flertall av de avgitte stemmene, om ikke annet følger av vedtektene. "
        "Blanke stemmer regnes som ikke avgitt.",
    ),
    L(3, "Ved stemmelikhet er møtelederens stemme avgjørende. Ved valg avgjøres stemmelikhet ved loddtrekning."),
    L(4, "Valg skal foregå skriftlig dersom minst én delegat krever det."),
    P(11, "Ekstraordinært landsting"),
    L(
        1,
        "Ekstraordinært landsting holdes når hovedstyret vedtar det, eller når minst en tredjedel av "
        "medlemmene skriftlig krever det.",
    ),
    L(
        2,
        "Ekstraordinært landsting innkalles med minst fire ukers varsel og kan bare behandle de sakene som "
        "er nevnt i innkallingen.",
    ),
    # ------------------------------------------------------------------ kap 4
    ("h1", "Kapittel 4 Hovedstyret", "kap4"),
    P(12, "Hovedstyrets sammensetning"),
    L(
        1,
        "Hovedstyret består av sju medlemmer: leder, nestleder og fem øvrige medlemmer. I tillegg velges tre "
        "varamedlemmer i nummerert rekkefølge.",
    ),
    L(2, "Leder og nestleder velges ved særskilt valg."),
    L(
        3,
        "De ansatte velger én representant med personlig vara til hovedstyret. Representanten har talerett "
        "og forslagsrett, men ikke stemmerett.",
    ),
    L(4, "Hvert kjønn skal være representert med minst 40 prosent blant de sju medlemmene."),
    P(13, "Valgperiode"),
    L(1, "Hovedstyrets medlemmer og varamedlemmer velges for fire år, det vil si for én landstingsperiode."),
    L(2, "Ingen kan sitte som leder i mer enn to sammenhengende perioder."),
    L(
        3,
        "Dersom leder fratrer i perioden, rykker nestleder opp som leder fram til neste landsting, og "
        "hovedstyret konstituerer seg med ny nestleder.",
    ),
    P(14, "Hovedstyrets oppgaver"),
    L(1, "Hovedstyret leder organisasjonen mellom landstingene og skal"),
    A("a", "iverksette Landstingets vedtak,"),
    A("b", "vedta årlig budsjett og handlingsplan,"),
    A("c", "ansette direktør og fastsette direktørens lønns- og arbeidsvilkår,"),
    A("d", "oppnevne utvalg og arbeidsgrupper etter behov,"),
    A("e", "fastsette instruks for regionstyrene og fordele midler til regionene,"),
    A("f", "avgi høringsuttalelser på organisasjonens vegne i saker av prinsipiell betydning."),
    L(2, "Hovedstyret kan delegere myndighet til direktøren innenfor rammer som hovedstyret fastsetter."),
    P(15, "Hovedstyrets møter"),
    L(1, "Hovedstyret holder minst seks møter i året. Møte skal også holdes når to av medlemmene krever det."),
    L(2, "Hovedstyret er vedtaksført når minst fire av medlemmene, herunder leder eller nestleder, er til stede."),
    L(3, "Vedtak treffes med alminnelig flertall. Ved stemmelikhet er lederens stemme avgjørende."),
    L(4, "Det føres protokoll fra møtene. Protokollen gjøres tilgjengelig for medlemmene senest tre uker etter møtet."),
    # ------------------------------------------------------------------ kap 5
    ("h1", "Kapittel 5 Regionene", "kap5"),
    P(16, "Regioninndeling"),
    L(
        1,
        "Organisasjonen er delt inn i regioner. Hovedstyret fastsetter regioninndelingen etter å ha hørt de "
        "berørte regionene.",
    ),
    L(
        2,
        "Hver medlemskommune hører til den regionen der kommunen ligger. En kommune kan etter søknad "
        "til hovedstyret tilhøre en nabo|region.",
    ),
    P(17, "Regionale medlemsmøter og regionstyret"),
    L(
        1,
        "Hver region holder et ordinært medlemsmøte hver høst. Medlemsmøtet velger regionstyre og gir "
        "innspill til hovedstyret.",
    ),
    L(
        2,
        "Regionstyret består av minst tre og høyst fem medlemmer og to varamedlemmer. Medlemmene velges for "
        "to år av gangen.",
    ),
    L(3, "Regionstyret skal"),
    A("a", "følge opp Landstingets og hovedstyrets vedtak i regionen,"),
    A("b", "fremme regionens saker overfor hovedstyret,"),
    A("c", "foreslå kandidater til valgkomiteen,"),
    A("d", "disponere de midlene hovedstyret stiller til rådighet for regionen."),
    L(4, "Regionstyret sender hvert år en kort rapport om sin virksomhet til hovedstyret innen 15. januar."),
    # ------------------------------------------------------------------ kap 6
    ("h1", "Kapittel 6 Administrasjon og økonomi", "kap6"),
    P(18, "Direktør og administrasjon"),
    L(
        1,
        "Direktøren leder administrasjonen og har ansvaret for den daglige driften i samsvar med instruks "
        "fastsatt av hovedstyret.",
    ),
    L(2, "Direktøren er sekretær for hovedstyret og har tale- og forslagsrett i hovedstyrets møter."),
    L(3, "Direktøren ansetter øvrig personale innenfor rammen av budsjettet."),
    P(19, "Signatur"),
    L(1, "Organisasjonen forpliktes ved underskrift av leder i hovedstyret og direktøren i fellesskap."),
    L(2, "Hovedstyret kan meddele prokura."),
    P(20, "Regnskap og revisjon"),
    L(1, "Regnskapsåret følger kalenderåret."),
    L(2, "Regnskapet revideres av statsautorisert revisor valgt av Landstinget."),
    L(3, "Hovedstyret legger årsregnskap og årsberetning fram for regionstyrene innen 30. juni året etter."),
    P(21, "Valgkomité"),
    L(1, "Valgkomiteen består av tre medlemmer og ett varamedlem, valgt av Landstinget for fire år."),
    L(2, "Valgkomiteen legger fram sin innstilling senest åtte uker før Landstinget."),
    # ------------------------------------------------------------------ kap 7
    ("h1", "Kapittel 7 Vedtektsendringer og oppløsning", "kap7"),
    P(22, "Vedtektsendringer"),
    L(1, "Vedtektene kan bare endres av Landstinget. Endring krever to tredjedels flertall av de avgitte stemmene."),
    L(
        2,
        "Forslag om endring må være kommet fram til hovedstyret senest fire måneder før Landstinget og sendes "
        "medlemmene sammen med saksdokumentene.",
    ),
    L(3, "Endringene trer i kraft straks, med mindre Landstinget vedtar noe annet."),
    P(23, "Oppløsning"),
    L(
        1,
        "Forslag om oppløsning må behandles på to påfølgende landsting, hvorav det ene kan være ekstraordinært. "
        "Oppløsning krever tre fjerdedels flertall på begge landstingene.",
    ),
    L(
        2,
        "Ved oppløsning skal organisasjonens netto formue gå til formål som fremmer kulturskoletilbud for "
        "barn og unge, etter vedtak i det siste landstinget.",
    ),
    ("space", 6),
    (
        "pi",
        "Vedtektene ble første gang vedtatt på stiftelsesmøtet 23. april 1973 og er senere endret flere "
        "ganger, sist av Landstinget 23. oktober 2024.",
    ),
]
