"""Text of the invented action plan "Handlingsplan for kulturskole i barnehagen 2026–2028" (.docx).

Blocks: ("title", text), ("h1"|"h2"|"h3", text), ("p", text) where "[^1]" marks a footnote reference,
("bullet", [items]), ("number", [items]) (every numbered list restarts at 1), ("table", header, rows).
All names, places, figures and dates are invented.
"""

TITLE = "Handlingsplan for kulturskole i barnehagen 2026–2028"

NOTES = {
    "1": "Undersøkelsen ble sendt til alle kulturskoleledere 3. mars 2025 og var åpen i fem uker. "
    "Svarprosenten var 60.",
}

MEASURES = [
    ["Mal for samarbeidsavtale", "Sekretariatet", "1. mars 2026"],
    ["Veileder for etablering av tilbud", "Siri Holmvik", "1. juni 2026"],
    ["Første nasjonale fagdag", "Sekretariatet", "Oktober 2026"],
    ["Nettkurs i fem moduler", "Kompetanseteamet for tidlig innsats", "15. januar 2027"],
    ["Ny kartlegging", "Knut Ølstad", "30. april 2027"],
    ["Pilotprosjektet «Små hender, store lyder»", "Regionkontorene", "31. desember 2027"],
    ["Egen kategori i GSI", "Knut Ølstad", "Innen utgangen av 2028"],
]

INDICATORS = [
    ["Kommuner med fast kulturskoletilbud i barnehagen", "87", "130"],
    ["Andel av disse med skriftlig samarbeidsavtale", "31 %", "60 %"],
    ["Barnehager med besøk fra kulturskolen minst én gang i uka", "412", "700"],
    ["Deltakere som har fullført nettkurset", "0", "600"],
    ["Kulturskoler som registrerer barnehagetilbudet i GSI", "18 %", "75 %"],
]

BLOCKS = [
    ("title", TITLE),
    ("p", "Vedtatt av hovedstyret i Norsk kulturskoleråd 13. november 2025, sak 52/2025."),
    ("h1", "1 Bakgrunn"),
    ("p", "Kulturskolen er en ressurs for hele oppvekstsektoren, og barnehagen er en naturlig "
     "samarbeidspartner. Mange kulturskoler har i flere år gitt barnehagebarn møter med musikk, dans, "
     "teater, visuell kunst og skapende skriving. Likevel er tilbudet ujevnt fordelt i landet, og det "
     "hviler ofte på enkeltpersoner."),
    ("p", "Våren 2025 kartla Kulturskolerådet samarbeidet mellom kulturskoler og barnehager. "
     "214 av landets 357 kommuner svarte på undersøkelsen.[^1] 87 kommuner oppga at kulturskolen har et "
     "fast tilbud i barnehagen, mens 46 kommuner har hatt prosjekter eller enkelttilbud de siste to årene. "
     "I de øvrige 81 kommunene som svarte, har kulturskolen ikke noe tilbud i barnehagen."),
    ("p", "Kartleggingen viser også at bare 27 av de 87 kommunene med fast tilbud har en skriftlig avtale "
     "mellom kulturskolen og barnehagesektoren."),
    ("h2", "1.1 Formål"),
    ("p", "Handlingsplanen skal bidra til at flere barn i barnehagealder får møte kunst og kultur gjennom "
     "kulturskolen, og at tilbudet blir en varig del av kommunens tjenester til barn. Planen konkretiserer "
     "hvordan Kulturskolerådet skal støtte kommunene i dette arbeidet i perioden 2026–2028."),
    ("h2", "1.2 Målgrupper"),
    ("p", "Planen retter seg mot kulturskoleledere, kulturskolelærere, barnehagestyrere og barnehageeiere, "
     "og mot politikere og administrasjon i kommunene. Internt er planen et styringsdokument for "
     "sekretariatet og regionstyrene."),
    ("h2", "1.3 Slik er planen bygd opp"),
    ("p", "Kapittel 2 beskriver de fire målene med tiltak og ansvar. Kapittel 3 gir en samlet oversikt over "
     "tiltak og frister, og kapittel 4 viser indikatorene vi vil måle framdriften med. Kapittel 5 omtaler "
     "økonomi, og kapittel 6 beskriver oppfølging og rapportering."),
    ("h1", "2 Mål og tiltak"),
    ("p", "Planen har fire mål. Under hvert mål står tiltakene og hvem som har ansvaret for å gjennomføre dem."),
    ("h2", "2.1 Mål 1: Flere barnehager får et fast tilbud fra kulturskolen"),
    ("p", "Barn skal ikke være avhengige av hvilken kommune de bor i for å møte kulturskolen i barnehagen. "
     "Målet er at 130 kommuner har et fast tilbud innen utgangen av 2028."),
    ("h3", "Tiltak"),
    ("number", [
        "Utarbeide en veileder for kommuner som vil etablere et kulturskoletilbud i barnehagen.",
        "Gjennomføre pilotprosjektet «Små hender, store lyder» i fire kommuner: Solbergvik, Eidsnes, "
        "Rognstad og Fjellvoll.",
        "Samle eksempler på gode modeller og publisere dem på kulturskoleradet.no.",
    ]),
    ("h3", "Ansvar"),
    ("p", "Prosjektleder Siri Holmvik har hovedansvaret for mål 1. Regionkontorene følger opp kommunene i "
     "pilotprosjektet."),
    ("h2", "2.2 Mål 2: Lærere og barnehageansatte har kompetanse til å arbeide sammen"),
    ("p", "Et godt tilbud krever at kulturskolelærere kjenner barnehagens hverdag, og at barnehageansatte kan "
     "bygge videre på det barna opplever sammen med kulturskolen."),
    ("h3", "Tiltak"),
    ("bullet", [
        "Utvikle et nettkurs i fem moduler om kunstfaglig arbeid med barn fra ett til fem år.",
        "Arrangere en nasjonal fagdag om kulturskole i barnehagen hvert år, første gang i Storvollen i "
        "oktober 2026.",
        "Opprette et nettverk i hver region for kulturskolelærere som arbeider i barnehager.",
        "Tilby veiledning fra veilederkorpset til kommuner som ønsker det.",
    ]),
    ("h3", "Ansvar"),
    ("p", "Kompetanseteamet for tidlig innsats, ledet av rådgiver Jon Arild Tveten, har ansvaret for mål 2."),
    ("h3", "Samarbeidspartnere"),
    ("p", "Nettkurset utvikles sammen med Fjordvik høgskole, som utdanner barnehagelærere med fordypning i "
     "kunst, kultur og kreativitet."),
    ("h2", "2.3 Mål 3: Samarbeidet er forankret i kommunene"),
    ("p", "Tilbud som bare hviler på ildsjeler, forsvinner lett. Samarbeidet mellom kulturskole og barnehage "
     "må derfor være forankret i planer og avtaler i kommunen."),
    ("h3", "Tiltak"),
    ("number", [
        "Lage en mal for skriftlig samarbeidsavtale mellom kulturskolen og barnehagene i kommunen.",
        "Ta opp kulturskole i barnehagen i dialogmøtene med kommunene.",
        "Fremme behovet for øremerkede midler til kulturskole i barnehagen i Kulturskolerådets innspill "
        "til statsbudsjettet.",
    ]),
    ("h3", "Ansvar"),
    ("p", "Sekretariatet har ansvaret for tiltak 1 og 3. Regionstyrene har ansvaret for tiltak 2."),
    ("h2", "2.4 Mål 4: Vi har god kunnskap om tilbudet"),
    ("p", "Vi vet i dag for lite om omfanget og kvaliteten på kulturskolens arbeid i barnehagen. Bedre tall "
     "gjør det lettere å følge utviklingen og å argumentere for tilbudet."),
    ("h3", "Tiltak"),
    ("bullet", [
        "Gjenta kartleggingen fra 2025 våren 2027, med de samme spørsmålene.",
        "Arbeide for at kulturskolens tilbud i barnehagen blir registrert som egen kategori i GSI.",
        "Inngå samarbeid med et forskningsmiljø om en følgeevaluering av pilotprosjektet.",
    ]),
    ("h3", "Ansvar"),
    ("p", "Rådgiver for statistikk og analyse Knut Ølstad har ansvaret for mål 4."),
    ("h3", "Samarbeidspartnere"),
    ("p", "Arbeidet med GSI skjer i dialog med Utdanningsdirektoratet."),
    ("h1", "3 Oversikt over tiltak og frister"),
    ("p", "Tabell 1 viser de viktigste tiltakene, hvem som er ansvarlig, og fristen for når tiltaket skal "
     "være gjennomført."),
    ("table", ["Tiltak", "Ansvarlig", "Frist"], MEASURES),
    ("h1", "4 Indikatorer"),
    ("p", "Vi følger utviklingen med fem indikatorer. Utgangspunktet er tallene fra kartleggingen i 2025."),
    ("table", ["Indikator", "Utgangspunkt 2025", "Mål 2028"], INDICATORS),
    ("h1", "5 Økonomi"),
    ("p", "Tiltakene i planen finansieres i hovedsak innenfor Kulturskolerådets ordinære budsjett. "
     "Hovedstyret har satt av 380 000 kroner til pilotprosjektet «Små hender, store lyder» i 2026. "
     "Midler for 2027 og 2028 avklares i de årlige budsjettene."),
    ("p", "Kulturskolerådet vil i tillegg søke eksterne midler til følgeevalueringen."),
    ("h1", "6 Oppfølging og rapportering"),
    ("p", "Prosjektleder Siri Holmvik leder en intern arbeidsgruppe med én representant fra hver avdeling. "
     "Arbeidsgruppen møtes en gang i måneden."),
    ("p", "En referansegruppe følger arbeidet og gir råd. Den består av representanter for KS, "
     "Utdanningsforbundet, Foreldreutvalget for barnehager og to kulturskoleledere."),
    ("p", "Direktøren rapporterer status for planen til hovedstyret to ganger i året, i juni og desember. "
     "Planen skal evalueres høsten 2027, og evalueringen skal danne grunnlag for en eventuell ny plan "
     "fra 2029."),
    ("h2", "6.1 Ansvar i regionene"),
    ("p", "Regionstyrene skal behandle planen innen 1. april 2026 og vurdere hvordan den kan følges opp i "
     "egen region. Hver region melder tilbake om arbeidet i sin årlige rapport til hovedstyret."),
    ("h2", "6.2 Kommunikasjon"),
    ("p", "Planen publiseres på kulturskoleradet.no og presenteres for kommunene på regionale samlinger "
     "våren 2026."),
]
