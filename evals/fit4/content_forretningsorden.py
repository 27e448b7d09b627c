"""Text of "Forretningsorden for Landstinget 2028" (invented for the fit4 set).

Blocks: ("title", text), ("lead", text), ("point", number, name), ("sub", number, text),
("item", letter, text), ("table", header, rows), ("sign", text).
"""

TITLE = "Forretningsorden for Landstinget 2028"
RUNNING = "Kulturskolerådet  ·  Forretningsorden for Landstinget 2028"

TABLE_HEADER = ("Dag", "Tid", "Sak")
TABLE_ROWS = [
    ("Torsdag 15. juni", "08.00–10.00", "Registrering av delegater"),
    ("Torsdag 15. juni", "10.00–11.00", "Åpning og konstituering"),
    ("Torsdag 15. juni", "11.00–16.30", "Beretning og regnskap 2024–2027"),
    ("Fredag 16. juni", "09.00–12.00", "Innkomne forslag og vedtektsendringer"),
    ("Fredag 16. juni", "13.00–17.00", "Politisk plattform 2028–2032 og uttalelser"),
    ("Fredag 16. juni", "19.30", "Landstingsmiddag i Fjordhallen"),
    ("Lørdag 17. juni", "09.30–11.30", "Valg"),
    ("Lørdag 17. juni", "11.30–12.00", "Avslutning"),
]

BLOCKS = [
    ("title", TITLE),
    ("lead", "Kulturskolerådet – Landstinget 15.–17. juni 2028 i Fjordhallen, Sandvær"),
    ("lead", "Hovedstyrets forslag, vedtatt i hovedstyrets møte 23. november 2027. Forretningsordenen "
             "legges fram for godkjenning når Landstinget konstitueres, jf. punkt 1.3."),

    ("point", "1", "Konstituering"),
    ("sub", "1.1", "Landstinget åpnes av hovedstyrets leder. Før forhandlingene begynner, legger sekretariatet "
                   "fram en oversikt over de registrerte delegatene. Landstinget er vedtaksført når minst "
                   "halvparten av de registrerte delegatene er til stede i salen."),
    ("sub", "1.2", "Landstinget velger på forslag fra hovedstyret:"),
    ("item", "a)", "to ordstyrere,"),
    ("item", "b)", "to referenter,"),
    ("item", "c)", "to delegater til å underskrive protokollen sammen med ordstyrerne,"),
    ("item", "d)", "et tellekorps på fem personer,"),
    ("item", "e)", "en redaksjonskomité på tre medlemmer, jf. punkt 5.5."),
    ("sub", "1.3", "Deretter godkjennes innkallingen, sakslisten og denne forretningsordenen. Godkjenningen "
                   "skjer med alminnelig flertall."),

    ("point", "2", "Delegater, talerett og stemmerett"),
    ("sub", "2.1", "Hver medlemskommune kan møte med én delegat med stemmerett. Medlemskommuner med mer enn "
                   "30 000 innbyggere kan møte med to delegater med stemmerett. Fylkeskommuner som er "
                   "medlemmer, har én delegat med stemmerett hver."),
    ("sub", "2.2", "Følgende har talerett, men ikke stemmerett:"),
    ("item", "a)", "hovedstyrets medlemmer og varamedlemmer,"),
    ("item", "b)", "direktøren og administrasjonens rådgivere,"),
    ("item", "c)", "valgkomiteens medlemmer når valgkomiteens innstilling behandles."),
    ("sub", "2.3", "Observatører og inviterte gjester har verken talerett eller forslagsrett, med mindre "
                   "ordstyrer gir dem ordet i en bestemt sak."),
    ("sub", "2.4", "Delegatene registrerer seg ved inngangen til Fjordhallen fra kl. 08.00 første møtedag og "
                   "får utlevert et nummerert delegatkort. Delegatkortet brukes ved votering og skal ikke "
                   "overlates til andre. Et tapt delegatkort erstattes av sekretariatet etter kontroll mot "
                   "delegatlisten."),

    ("point", "3", "Ordstyring"),
    ("sub", "3.1", "Ordstyrerne leder forhandlingene etter tur og sørger for at sakene behandles i samsvar med "
                   "sakslisten og tidsplanen i punkt 9."),
    ("sub", "3.2", "Den som vil ha ordet, tegner seg ved å vise delegatkortet sitt eller i den digitale "
                   "talelisten i Tingportalen. Ordstyrer gir ordet i den rekkefølgen talerne har tegnet seg."),
    ("sub", "3.3", "Ordstyrer kan foreslå strek for talelisten i en sak. Forslag om strek avgjøres straks, "
                   "uten debatt. Etter at strek er satt, kan ingen nye talere tegne seg, og nye forslag i "
                   "saken må være levert før strek er satt."),
    ("sub", "3.4", "Den som ber om ordet til forretningsorden, får ordet straks, utenom talelisten. Et slikt "
                   "innlegg kan vare inntil ett minutt og skal bare gjelde hvordan saken behandles, ikke "
                   "realiteten i saken."),

    ("point", "4", "Taletid og replikker"),
    ("sub", "4.1", "Taletiden er inntil fem minutter for første innlegg og inntil tre minutter for senere "
                   "innlegg i samme sak. Den som innleder en sak på vegne av hovedstyret, har inntil femten "
                   "minutter."),
    ("sub", "4.2", "Etter hvert innlegg kan ordstyrer gi inntil to replikker. En replikk kan vare inntil ett "
                   "minutt. Taleren har rett til én svarreplikk på inntil ett minutt. Replikkene skal rette "
                   "seg mot innlegget de følger."),
    ("sub", "4.3", "Ingen delegat kan ha mer enn tre innlegg i samme sak. Replikker og innlegg til "
                   "forretningsorden regnes ikke med."),
    ("sub", "4.4", "Når tidsplanen krever det, kan ordstyrer sette ned taletiden, men ikke til under to "
                   "minutter for første innlegg og ett minutt for senere innlegg. Nedsatt taletid gjelder fra "
                   "neste taler på talelisten."),

    ("point", "5", "Forslag"),
    ("sub", "5.1", "Forslag skal leveres skriftlig og være underskrevet med navn og delegatnummer. Forslag "
                   "leveres i Tingportalen eller på papirskjema ved ordstyrerbordet. Den som ikke har "
                   "forslagsrett, kan ikke fremme forslag, jf. punkt 2.3."),
    ("sub", "5.2", "Følgende frister gjelder for forslag under Landstinget:"),
    ("item", "a)", "endringsforslag til saker på sakslisten: senest kl. 12.00 dagen før saken skal "
                   "behandles,"),
    ("item", "b)", "forslag til uttalelser: senest kl. 16.00 torsdag 15. juni,"),
    ("item", "c)", "benkeforslag i valgene: senest kl. 09.00 lørdag 17. juni,"),
    ("item", "d)", "forslag under debatten i en sak: før strek er satt, jf. punkt 3.3."),
    ("sub", "5.3", "Forslag som kommer inn etter fristene i punkt 5.2, kan bare behandles dersom Landstinget "
                   "vedtar det med to tredjedels flertall."),
    ("sub", "5.4", "Forslag til vedtektsendringer må være sendt til hovedstyret innen 1. mars 2028 og kan ikke "
                   "fremmes som nye forslag under Landstinget. Endringsforslag til et vedtektsforslag kan "
                   "fremmes innenfor rammen av det opprinnelige forslaget."),
    ("sub", "5.5", "Redaksjonskomiteen går gjennom forslagene til uttalelser og legger fram en samlet "
                   "innstilling for Landstinget innen kl. 14.00 fredag 16. juni. Komiteen kan slå sammen "
                   "forslag med samme innhold dersom forslagsstillerne samtykker. Forslag som komiteen ikke "
                   "slutter seg til, legges likevel fram for Landstinget sammen med komiteens begrunnelse."),

    ("point", "6", "Votering"),
    ("sub", "6.1", "Før votering leser ordstyrer opp forslagene og foreslår en voteringsorden. Under votering "
                   "kan ingen få ordet, og ingen kan forlate eller komme inn i salen."),
    ("sub", "6.2", "Vedtak fattes med alminnelig flertall av avgitte stemmer, om ikke annet går fram av "
                   "vedtektene eller denne forretningsordenen. Blanke stemmer regnes ikke som avgitte."),
    ("sub", "6.3", "Endringer i vedtektene krever to tredjedels flertall av avgitte stemmer. Det samme gjelder "
                   "vedtak om å endre denne forretningsordenen etter at den er godkjent, og vedtak om å "
                   "behandle forslag som er levert etter fristen, jf. punkt 5.3."),
    ("sub", "6.4", "Votering skjer ved at delegatene viser delegatkortet. Er resultatet uklart, ber ordstyrer "
                   "tellekorpset telle stemmene."),
    ("sub", "6.5", "Ved stemmelikhet faller forslaget. Ved stemmelikhet i valg avgjøres valget ved "
                   "loddtrekning."),

    ("point", "7", "Valg"),
    ("sub", "7.1", "Valgkomiteen legger fram sin innstilling til valg av leder, nestleder, styremedlemmer og "
                   "varamedlemmer til hovedstyret og til valg av ny valgkomité. Innstillingen er sendt ut "
                   "sammen med sakspapirene."),
    ("sub", "7.2", "Valg skjer ved håndsopprekning når det bare er én kandidat til et verv. Er det flere "
                   "kandidater, eller krever én delegat det, skal valget holdes skriftlig."),
    ("sub", "7.3", "Ved skriftlig valg kan en stemmeseddel som har flere navn enn det antallet som skal "
                   "velges, ikke godkjennes. Leder velges ved særskilt valg. Får ingen kandidat mer enn "
                   "halvparten av de avgitte stemmene i første omgang, holdes en ny omgang mellom de to "
                   "kandidatene som fikk flest stemmer. Nestleder og styremedlemmer velges deretter under ett, "
                   "og de kandidatene som får flest stemmer, er valgt."),
    ("sub", "7.4", "Tellekorpset teller stemmesedlene og leverer resultatet skriftlig til ordstyrer, som "
                   "kunngjør det. Stemmesedlene oppbevares av sekretariatet til protokollen er underskrevet, "
                   "og makuleres deretter."),

    ("point", "8", "Protokoll"),
    ("sub", "8.1", "Referentene fører protokoll over forhandlingene. Protokollen skal vise alle forslag som er "
                   "fremmet, hvem som fremmet dem, voteringsresultatene og vedtakene. Innleggene refereres "
                   "ikke."),
    ("sub", "8.2", "Protokollen underskrives av de to ordstyrerne og de to delegatene som er valgt etter punkt "
                   "1.2 bokstav c. Den skal være underskrevet innen fire uker etter Landstinget."),
    ("sub", "8.3", "Den underskrevne protokollen sendes til medlemskommunene og publiseres på "
                   "Kulturskolerådets nettsider innen seks uker etter Landstinget."),

    ("point", "9", "Tidsplan"),
    ("sub", "9.1", "Landstinget holdes etter denne tidsplanen:"),
    ("table", "Tidsplan"),
    ("sub", "9.2", "Ordstyrer kan flytte saker innenfor samme møtedag. Flytting av en sak til en annen møtedag "
                   "krever vedtak med alminnelig flertall."),
    ("sub", "9.3", "Lunsj serveres kl. 12.00–13.00 torsdag og fredag i foajeen. Møtet torsdag "
                   "ettermiddag fortsetter etter lunsj."),
    ("sign", "Hovedstyret i Kulturskolerådet, 23. november 2027"),
]
