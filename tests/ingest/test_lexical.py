"""The BM25 tokens: stemmed, with æ, ø and å folded, and an index built with older tokens rebuilt."""

from ingest.stores.lexical import TOKENIZER_VERSION, LexicalIndex, compound_parts, tokenize


def test_a_question_typed_without_norwegian_letters_finds_the_same_stems():
    typed = "hvor mye penger far kulturskolene til instrumentutlan i kulturskoleradet"
    proper = "hvor mye penger får kulturskolene til instrumentutlån i Kulturskolerådet"
    assert tokenize(typed) == tokenize(proper)
    assert "pa" not in tokenize("nar skjer det pa landstinget")  # "på" and "når" stay stop words


def test_the_index_finds_a_passage_for_a_question_without_norwegian_letters(tmp_path):
    index = LexicalIndex.build(["a", "b"], ["Instrumentutlån i kulturskolen.", "Styret har sju medlemmer."])
    assert index.search("instrumentutlan", 2)[0][0] == "a"
    index.save(tmp_path / "lexical")
    assert LexicalIndex.load(tmp_path / "lexical").version == TOKENIZER_VERSION
    (tmp_path / "lexical" / "tokenizer.json").unlink()  # an index saved before tokens had a version
    assert LexicalIndex.load(tmp_path / "lexical").version != TOKENIZER_VERSION


def test_a_compound_in_a_passage_is_found_by_its_parts():
    texts = [
        "Som møteledere velges Ola Nordmann og Kari Hansen.",
        "Møtet i hovedstyret holdes hver måned, og lederen kaller inn hvert medlem.",
        "Kontingenten fastsettes av landstinget for hver periode.",
        "Elevene og hvert medlem betaler for instrumentleie.",
    ]
    index = LexicalIndex.build(["mote", "styre", "kontingent", "leie"], texts)
    # "møteledere" is indexed as "møte" and "ledere" too: a question for leaders of a meeting finds it
    assert index.search("hvem var ledere for møtet", 1)[0][0] == "mote"
    # "instrumentleie" is not split: neither "instrument" nor "leie" is a word of these passages
    assert index.search("instrument", 4) == []


def test_compound_parts_need_two_known_words():
    words = {"kulturskole", "lærere", "møte", "ledere", "medlem", "kontingent"}
    assert compound_parts("kulturskolelærere", words) == ("kulturskole", "lærere")
    assert compound_parts("møteledere", words) == ("møte", "ledere")
    assert compound_parts("medlemskontingent", words) == ("medlem", "kontingent")  # a linking s
    assert compound_parts("lærerne", words) is None
    assert compound_parts("skolelærere", {"lærere"}) is None  # "skole" is not a word of the corpus


def test_words_searched_beside_the_question_count_at_their_weight():
    index = LexicalIndex.build(
        ["a", "b"], ["Foresatte er viktige samarbeidspartnere.", "Foreldre og lærere møtes på høsten."]
    )
    alone = dict(index.search("foreldre", 2))
    assert set(alone) == {"b"}
    both = dict(index.search("foreldre", 2, also="foresatte", also_weight=0.5))
    assert set(both) == {"a", "b"} and both["a"] < both["b"]  # the synonym's passage counts half
