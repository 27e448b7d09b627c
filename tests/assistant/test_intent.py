"""Query analysis: each question's language, refs and the kind of answer it asks for (no ingest)."""

import pytest

from assistant.intent import analyse
from assistant.lang import lexicon

CASES = [
    # question, language, kind, refs
    ("Hvor mange medlemmer har styret?", "nb", "count", []),
    ("Kor mange medlemer har styret?", "nn", "count", []),
    ("How many members does the board have?", "en", "count", []),
    ("Hvor mye statlig støtte har Kulturskolerådet fått, og for hvilke år?", "nb", "amount", []),
    ("Hva koster medlemskapet?", "nb", "amount", []),
    ("Hvilken dato er fristen?", "nb", "date", []),
    ("Når holdes neste landsting?", "nb", "time", []),
    ("What year was the strategy revised?", "en", "time", []),
    ("Hvor lenge sitter styret?", "nb", "time", []),  # a duration: "to år" answers it
    ("Hvor lang tid kan det gå før et barn får plass?", "nb", "time", []),  # a size of time is a time
    ("Hvor lang er valgperioden?", "nb", "count", []),
    ("Kor ofte skal det kartleggast?", "nn", "time", []),
    ("Og hvor fort må styret kalle inn?", "nb", "time", []),  # "fire ukers varsel" answers it
    ("Kor lang tid før møtet må sakspapira sendast ut?", "nn", "time", []),
    ("How soon must the board call the meeting?", "en", "time", []),
    # "når" before a state that holds on a condition asks for the condition
    ("Når er styret vedtaksført?", "nb", "description", []),
    ("When is the committee quorate?", "en", "description", []),
    ("Når er fristen for innstillingen?", "nb", "time", []),
    ("Hva heter direktøren?", "nb", "person", []),
    ("Kven leier hovudstyret?", "nn", "person", []),
    ("Hvor ligger sekretariatet?", "nb", "place", []),
    # where something took or takes place; not where figures come from
    ("Hvor ble landstinget i 2024 holdt?", "nb", "place", []),
    ("Hvor skal neste landsting være?", "nb", "place", []),
    ("Kvar vart regionmøtet halde?", "nn", "place", []),
    ("Hvor er tallene i tabellen hentet fra?", "nb", "description", []),
    ("Hva er de tre virksomhetsområdene?", "nb", "list", []),
    ("Kva er dei tre områda?", "nn", "list", []),
    ("Er kulturskolen lovpålagt?", "nb", "yesno", []),
    ("Hva sier vedtak 5.13?", "nb", "ref_text", ["vedtak 5.13"]),
    ("Hva står i § 6 tredje ledd?", "nb", "ref_text", ["§ 6 (3)"]),
    ("Hva er gjort med vedtak 5.13?", "nb", "status_done", ["vedtak 5.13"]),
    ("Og hva er planlagt videre?", "nb", "status_planned", []),
    ("What is planned next for resolution 5.11?", "en", "status_planned", ["vedtak 5.11"]),
    ("Hvordan jobber Kulturskolerådet med mangfold?", "nb", "description", []),
    # a money word inside a compound, after "hvilken" or "hva blir": a sum is asked for
    ("Hvilken makspris for en plass går organisasjonen inn for?", "nb", "amount", []),
    ("Hva blir den nye kontingentsatsen per innbygger?", "nb", "amount", []),
    ("Hvor stort var overskuddet i fjor?", "nb", "amount", []),
    ("Kor stor var eigenkapitalen ved utgangen av året?", "nn", "count", []),  # a size, as in Bokmål
    ("How large is the board?", "en", "count", []),
    ("What was the budget for the conference?", "en", "amount", []),
    # a deadline in a compound is a time, even beside a money word ("statsbudsjettet")
    ("Hva var søknadsfristen for midlene fra statsbudsjettet?", "nb", "time", []),
    ("Hva ble bestemt om kontingenten?", "nb", "description", []),
    ("What share of pupils play in a band?", "en", "count", []),
    ("Hva er målet for andelen lærere i hele stillinger?", "nb", "count", []),
    # "hvilken" names the money word only when it is the word right after it
    ("Hvilken svensk aktør samarbeider de med om forskning på pris?", "nb", "description", []),
    ("Hvilket årlig honorar får lederen?", "nb", "amount", []),
    # "når" asks for a time where it opens the question or a clause, not as "when" inside one
    ("og når er søknadsfristen for neste år?", "nb", "time", []),
    ("Innen når skal malen være utviklet?", "nb", "time", []),
    ("Hva skal elevene lære å vurdere når de deler materiale digitalt?", "nb", "description", []),
    ("Hva mener plattformen om rabatt når flere barn i samme familie går i kulturskolen?", "nb", "description", []),
    ("Kva tid skal planen vere ferdig?", "nn", "time", []),
    ("Kan du si når landstinget holdes?", "nb", "time", []),
    ("Men når skal planen være ferdig?", "nb", "time", []),
    ("Når en elev slutter, hva skjer da?", "nb", "description", []),
    ("What happens when a school closes?", "en", "description", []),
    ("By when should the places be mapped?", "en", "time", []),
    # the question word that opens the question decides over one in a clause after it
    ("Hvem bestemmer hvor stor kontingenten skal være?", "nb", "person", []),
    ("Hvem skal bestemme datoen for landstinget i 2028?", "nb", "person", []),
    ("Og hvem har ansvaret for hvor mange plasser det blir?", "nb", "person", []),
    ("Who decides how much the fee is?", "en", "person", []),
    ("Når ble det bestemt hvor mye kontingenten skal være?", "nb", "time", []),
    ("Hvor mange kroner får hver kommune?", "nb", "amount", []),
    # "hvilket organ" asks for a body
    ("Hvilket organ vedtok plattformen?", "nb", "person", []),
    ("Which body adopted the platform?", "en", "person", []),
]


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        ("Hvor mange søknader kom inn på midlene?", "søknader kom inn"),
        # a part of a whole is named by what follows the whole
        ("Hvor mange av de ansatte har en mastergrad?", "ansatte har en mastergrad?"),
        ("How many municipalities took part?", "municipalities took part?"),
        ("Kor mange hovudmål har strategien?", "hovudmål har strategien?"),
        ("Hvor stor andel av elevene går i korps?", ""),  # a share counts no named thing
        ("Hvor mange kroner koster det?", ""),  # a sum
    ],
)
def test_what_a_count_question_counts(question, counted):
    assert analyse(question).counted == counted


@pytest.mark.parametrize(("question", "language", "kind", "refs"), CASES)
def test_the_intent_of_a_question(question, language, kind, refs):
    intent = analyse(question)
    assert (intent.language, intent.kind, [str(r) for r in intent.refs]) == (language, kind, refs)


@pytest.mark.parametrize(
    ("question", "ordinal"),
    [
        ("Hva sier det andre tilleggsvedtaket i sak 5.6?", 2),
        ("What does the first point say?", 1),
        ("Hva sier vedtaket?", None),
        # an item named by its number
        ("hva er prioritet nr 3 for regionstyret", 3),
        ("og nummer 2?", 2),
        ("What is priority no. 4?", 4),
        # a number that is no item's: a year, a ref's sub-number, a sum
        ("Hvor mange elever var det i 2034?", None),
        ("Hva sier kap. 3.2?", None),
        ("Hvor mye er 2 500 kroner per nr?", None),
    ],
)
def test_an_ordinal_names_the_numbered_item(question, ordinal):
    assert analyse(question).ordinal == ordinal


@pytest.mark.parametrize(
    ("question", "number", "money", "named", "decision"),
    [
        ("Hvor mange regioner finnes?", True, False, False, False),
        ("Hvor mye penger fikk de?", True, True, False, False),
        ("Hva heter lederen?", False, False, True, False),
        ("Hva har Landstinget vedtatt om prisnivå?", False, False, False, True),
        ("When was it decided?", True, False, False, True),
        ("Hva sier vedtektene om stemmelikhet?", False, False, False, False),
        ("Hvor ble landstinget i 2024 holdt?", False, False, False, False),
    ],
)
def test_the_flags_the_answerer_reads(question, number, money, named, decision):
    intent = analyse(question)
    assert (intent.wants_number, intent.money, intent.named, intent.decision) == (number, money, named, decision)


def test_an_opening_question_word_asks_for_no_sum_in_a_clause_after_it():
    assert not analyse("Hvem bestemmer hvor stor kontingenten skal være?").money
    assert analyse("Hvor stor er kontingenten?").money


def test_a_given_language_is_kept():
    assert analyse("Hva sier vedtak 5.13?", language="en").language == "en"


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Hvilke kommuner har fått midler?", True),
        ("Hvilke 12 kommuner deltar i SFO-piloten?", True),
        ("Which hotel hosted the Landsting?", True),
        ("Hvilket landsting vedtok plattformen?", False),
        # spoken Bokmål, and a Nynorsk question in the documents' Bokmål (how the answer reads it)
        ("hva kommuner meldte seg inn i 2025?", True),
        ("Hva slags kommuner er med?", True),
        ("Hva sier kommunene om saken?", False),
        (lexicon().bokmaal("Kva kommunar melde seg inn i 2025?"), True),
        ("Hvilke tiltak skal gjennomføres?", False),
    ],
)
def test_a_question_for_named_things_wants_their_names(question, names):
    assert analyse(question).names is names


@pytest.mark.parametrize(
    ("question", "where"),
    [
        ("Hvilken paragraf handler om eksklusjon?", True),
        ("I hvilket kapittel står det om lokaler?", True),
        ("Kva kapittel handlar om samfunnsoppdraget til kulturskulen?", True),
        ("Which section covers premises and equipment?", True),
        ("hvilket satsingsområde står det under?", True),
        ("Hvilke kommuner er med i piloten?", False),  # names, not where
        ("Hva sier § 6 om eksklusjon?", False),  # the ref is given: its text is asked
        ("Hvilken dato ble vedtektene vedtatt?", False),
    ],
)
def test_a_question_for_where_something_stands_asks_for_its_heading_and_ref(question, where):
    assert analyse(question).asks_where is where


@pytest.mark.parametrize(
    ("question", "sized"),
    [
        ("Hvilke seks kommuner besøkte regionstyret?", True),
        ("Hvem er de sju medlemmene i hovedstyret?", True),
        ("Hva er de tre virksomhetsområdene?", True),
        ("Kva for tre område har planen?", True),
        ("Which six municipalities did the board visit?", True),
        ("Hvilke kommuner er med i piloten?", False),  # a list, but of no stated size
        ("Hvor mange kommuner besøkte regionstyret?", False),  # a count: the number answers it
    ],
)
def test_a_list_of_a_stated_size(question, sized):
    assert analyse(question).sized_list is sized


@pytest.mark.parametrize(
    ("question", "wants_list"),
    [
        # things in the plural, what a thing holds, who sits in a body: the answer is a list
        ("Hva er innsatsområdene i handlingsplanen?", True),
        ("Hva er regionstyrets oppgaver etter vedtektene?", True),
        ("Hva skal det ordinære årsmøtet behandle?", True),
        ("Hva skal verktøykassen inneholde?", True),
        ("Hvem sitter i regionstyret nå?", True),
        ("Kva er oppgåvene til styret?", True),
        ("Kva skal årsmøtet handsame?", True),
        ("Who sits on the board?", True),
        ("What should the toolkit contain?", True),
        # one thing, or a question about something else
        ("Hva er formålet med kulturskolen?", False),
        ("Hva er et lavterskeltilbud?", False),
        ("Hvem leder regionstyret?", False),
        ("Når skal årsmøtet behandle regnskapet?", False),
    ],
)
def test_a_question_whose_answer_is_a_list(question, wants_list):
    assert analyse(question).wants_list is wants_list


@pytest.mark.parametrize(
    ("question", "proposal"),
    [
        # what a proposal or an amendment said
        ("Hva foreslo region Nordland om kontingenten?", True),
        ("Hva gikk Solbrekkes endringsforslag ut på?", True),
        ("Hva var forslaget fra Agder?", True),
        ("Kva føreslo Kvitstein kommune i budsjettsaka?", True),
        ("hva føreslo Kvitstein kommune?", True),  # a Nynorsk question searched with Bokmål question words
        ("What did Bergen propose?", True),
        # who proposed it, or how the vote went
        ("Hvem foreslo at fristen skulle være tre uker?", False),
        ("Hvordan gikk avstemningen om Kvitstein kommunes forslag?", False),
        ("Hvor mange stemte for forslaget?", False),
    ],
)
def test_a_question_for_what_was_proposed(question, proposal):
    assert analyse(question).proposal is proposal


def test_a_question_naming_a_point_and_its_document_asks_for_the_point_itself():
    from assistant.assistant import is_bare

    title = ["Forretningsorden for Landstinget 2028"]
    assert is_bare("Hva står det i punkt 3.4 i forretningsordenen?", ["punkt 3.4"], title)
    assert not is_bare("Hva står det om taletid i punkt 3.4?", ["punkt 3.4"], title)
    # a short word that only starts a title word ("tale" in "Taletid") is no word of the title
    assert not is_bare("Hva står det om tale i punkt 3.4?", ["punkt 3.4"], ["Taletid og replikker"])


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("hva er telefonnummeret til lars østgård", "phone"),
        ("Kva er telefonnummeret til leiaren?", "phone"),
        ("What is the email address of the contact person for the strategy?", "email"),
        ("Hva er e-postadressen til regionkontoret?", "email"),
        ("hva er organisasjonsnummeret til høgskolen", "orgnr"),
        ("lenke til søknadsskjemaet", "web"),
        ("Hva er nettadressen der protokollene publiseres?", "web"),
        ("What is the link to the application portal?", "web"),
        ("kva er lenkja til skjemaet", "web"),
        # a verb is no link
        ("Hvem lenker prosjektene sammen?", None),
        # e-mail as a way to send something asks for no address
        ("Kan søknaden sendes på e-post?", None),
        ("Hvem er kontaktperson for avtalen?", None),
    ],
)
def test_a_contact_detail_of_a_fixed_form(question, form):
    assert analyse(question).form == form


def test_only_a_text_with_the_asked_form_answers_it():
    from assistant.compose import answers_the_type, holds_kind

    asked = analyse("Hva er telefonnummeret til Lars Østgård?")
    named = ["Faglig kontaktperson er Lars Østgård, førsteamanuensis, e-post lars.ostgard@hogskolen.example."]
    called = ["Lars Østgård nås på telefon 55 12 34 56."]
    assert asked.asks_kind
    assert not answers_the_type(asked, named, set()) and not holds_kind(asked, named, set())
    assert answers_the_type(asked, called, set()) and holds_kind(asked, called, set())
    # a date, a sum or a ref is no phone number
    assert not holds_kind(asked, ["Fristen er 02.02.2029, beløpet 86 400 000 kroner, jf. sak 12/2029."], set())


def test_a_link_is_answered_by_a_web_address():
    from assistant.compose import holds_kind

    asked = analyse("lenke til søknadsskjemaet")
    assert holds_kind(asked, ["Fyll ut skjemaet i søknadsportalen (https://soknad.testdal.example/fond)."], set())
    assert holds_kind(asked, ["Skjemaet ligger på www.testdal.example/fond."], set())
    assert not holds_kind(asked, ["Protokollen publiseres på regionens nettsider."], set())


def test_an_address_is_a_street_with_its_number_or_a_postcode_after_a_comma():
    from assistant.compose import holds_kind

    asked = analyse("Hva er adressen til regionkontoret?")
    assert asked.form == "address" and analyse("Hva er e-postadressen til Lars?").form == "email"
    assert holds_kind(asked, ["Regionkontoret ligger i Strandgata 14, 6120 Brekkvik."], set())
    assert not holds_kind(asked, ["Regionkontoret ligger i Brekkvik sentrum, og møtet i 2024 var der."], set())


def test_a_time_of_day_is_a_clock_time_not_a_date_or_a_ref():
    from assistant.compose import holds_kind

    asked = analyse("Hvilket klokkeslett startet landstinget første dag?")
    assert asked.form == "clock" and analyse("What time does the meeting start?").form == "clock"
    assert holds_kind(asked, ["Landstinget ble åpnet mandag 21. oktober kl. 10.00."], set())
    assert holds_kind(asked, ["Tid: 09.30–15.40"], set())
    assert not holds_kind(asked, ["Landstinget ble åpnet 21. oktober 2024, jf. vedtak 5.13."], set())
