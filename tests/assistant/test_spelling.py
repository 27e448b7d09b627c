"""The speller: a Norwegian word typed a letter or two off becomes the documents' spelling (no ingest)."""

import pytest

from assistant.calibration import calibration
from assistant.spelling import Speller

DOCUMENT_WORDS = [
    *("plattformen", "kommuner", "hovedstyret", "Drømmestipendet", "valgkomiteen", "forskningsprogram"),
    *("innenforskap", "kulturskolene", "vedtak", "vedtok", "sette", "undervise", "Hamar"),
]


def speller(known=lambda word: False):
    return Speller(DOCUMENT_WORDS, known, calibration()["spelling"])


@pytest.mark.parametrize(
    ("typed", "fixed"),
    [
        ("hva sier platformen om lokaler", "hva sier plattformen om lokaler"),
        ("hvor mange komuner er med", "hvor mange kommuner er med"),
        ("hvor mye får lederen i hovudstyret?", "hvor mye får lederen i hovedstyret?"),
        ("Når er fristen for valkomiteen?", "Når er fristen for valgkomiteen?"),
        ("nasjonalt forskingsprogram", "nasjonalt forskningsprogram"),
        ("drommestipendet", "drømmestipendet"),
        # short words are left alone: one letter off is too often another word ("sjette", "sette")
        ("§ 12 sjette ledd", "§ 12 sjette ledd"),
        # a name inside the question is left as typed
        ("Hva skjer i Hamer?", "Hva skjer i Hamer?"),
        # a word of the documents, or one far from every word, is left as typed
        ("Hvem vant fotball-VM?", "Hvem vant fotball-VM?"),
        ("kulturskolene", "kulturskolene"),
    ],
)
def test_a_misspelt_word_takes_the_documents_spelling(typed, fixed):
    assert speller().correct(typed) == fixed


def test_a_word_the_documents_use_by_its_stem_is_not_corrected():
    # "komuner" would otherwise become "kommuner"
    assert speller(known=lambda word: word == "komuner").correct("mange komuner") == "mange komuner"


def test_the_first_word_keeps_its_capital():
    assert speller().correct("Platformen sier hva?") == "Plattformen sier hva?"


@pytest.mark.parametrize(
    ("typed", "fixed", "needs_typing"),
    [
        # æ, ø and å typed without a Norwegian keyboard, with a typo beside it: two edits off a short word,
        # too far for the speller unless it reads the documents' words as typed so
        ("hva var sykefravere i 2025", "hva var sykefraværet i 2025", True),
        ("hvor lang er soknadsfrist", "hvor lang er søknadsfristen", True),
        ("kulturskolelaerere i 2025", "kulturskolelærere i 2025", False),
        ("aarsmeldingen for 2025", "årsmeldingen for 2025", False),
    ],
)
def test_letters_typed_without_a_norwegian_keyboard(typed, fixed, needs_typing):
    from assistant.lang import lexicon

    words = ["sykefraværet", "søknadsfristen", "kulturskolelærere", "årsmeldingen", "sykdom"]
    typings = [lexicon().table("typing", key) for key in ("plain", "doubled")]
    assert Speller(words, lambda word: False, calibration()["spelling"], typings).correct(typed) == fixed
    plain = Speller(words, lambda word: False, calibration()["spelling"]).correct(typed)
    assert (plain != fixed) is needs_typing


def test_a_past_tense_the_documents_do_not_use_is_read_as_their_word_of_its_stem():
    from assistant.lang import lexicon
    from ingest.stores.lexical import tokenize

    def stem(word):
        stems = tokenize(word)
        return stems[0] if len(stems) == 1 else None

    words = ["utbetales", "utbetales", "utbetaling", "søker", "fase", "sendes"]
    known = set(words)
    past = lexicon().words("inflection", "past")
    numbers = lexicon().words("numbers", "words")
    spell = Speller([*words, "fem", "tolv"], lambda w: w in known, calibration()["spelling"], (), past, stem, numbers)
    assert spell.correct("hvor mye blir utbetalt på forskudd") == "hvor mye blir utbetales på forskudd"
    assert spell.correct("Hvor mange søkte i fjor?") == "Hvor mange søker i fjor?"
    # a short word is left alone, and so is one whose cut stem the documents do not use
    assert spell.correct("fast pris") == "fast pris"
    assert spell.correct("hvem har bestemt det") == "hvem har bestemt det"
    # an ordinal is no past tense of its number
    assert spell.correct("Hva sier § 17 femte ledd?") == "Hva sier § 17 femte ledd?"
    assert spell.correct("tolvte punkt") == "tolvte punkt"


def test_a_clipped_head_of_a_compound_is_read_as_the_documents_compound():
    from assistant.lang import lexicon

    words = ["informasjonsmøtet", "organisasjonsnummer", "møtet", "kommunestyret"]
    clippings = lexicon().section_table("clippings")
    spell = Speller(words, lambda w: w in words, calibration()["spelling"], clippings=clippings)
    assert spell.correct("når er infomøtet?") == "når er informasjonsmøtet?"
    assert spell.correct("Orgnummer til regionen") == "Organisasjonsnummer til regionen"
    assert spell.correct("vedtak i kommstyret") == "vedtak i kommunestyret"
    # only a compound the documents use: "infotavla" stays as typed, and so does a word that only starts alike
    assert spell.correct("står det på infotavla") == "står det på infotavla"
    assert spell.correct("informasjon") == "informasjon"
