"""The one sentence splitter, and the units built on it (no ingest)."""

import pytest

from assistant.generate import _sentences as answer_sentences
from ingest.sentences import _units
from ingest.splitter import ends_sentence, sentence_spans, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Styret har fem medlemmer. Det møtes fire ganger i året.", 2),
        # abbreviations, with or without an opening bracket before them
        ("Tilbudet er lovfestet (jf. opplæringsloven § 26). Kommunen velger selv.", 2),
        ("Kommunen har (jf. Strategi 2032) et ansvar. Det står fast.", 2),
        ("Det gjelder bl.a. Oslo og Bergen. Andre følger.", 2),
        ("Noen fag, f.eks. Dans og teater, har egne planer. Resten følger.", 2),
        ("Se kap. 3.4 om fordypning. Der står mer.", 2),
        ("Søknaden gjelder nr. 5 på listen. Den er sendt.", 2),
        ("Meld. St. 18 omtaler kulturskolen. Den kom i 2021.", 2),
        # ordinals, dates and initials do not end a sentence
        ("Møtet ble holdt 1. September i Tromsø. Alle kom.", 2),
        ("Rapporten er skrevet av A. Hansen og B. Olsen. Den er god.", 2),
        ("Punkt 2. Dette er det andre punktet.", 1),
        # a closing quote or bracket after the stop still ends the sentence
        ("Han sa «Vi stiller opp.» Så gikk han.", 2),
        ("Dette er «slik det skal være.» Neste setning.", 2),
        # lower case after a stop goes on
        ("Beløpet er ca. to mill. kroner i året.", 1),
        ("", 0),
    ],
)
def test_sentences_are_cut_where_they_end(text, expected):
    assert len(sentences(text)) == expected


def test_spans_are_offsets_into_the_text_without_surrounding_space():
    text = "  Første setning her.   Andre setning der.  "
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == ["Første setning her.", "Andre setning der."]
    assert sentence_spans(text, 2, 21) == [(2, 21)]


def test_an_answer_keeps_its_citation_marks_with_the_sentence_before_them():
    line = "Styret har fem medlemmer. [1] Det møtes jf. vedtektene fire ganger [2] Neste punkt er 3. [1][2]"
    assert answer_sentences(line) == [
        "Styret har fem medlemmer. [1]",
        "Det møtes jf. vedtektene fire ganger [2]",
        "Neste punkt er 3. [1][2]",
    ]


@pytest.mark.parametrize(
    ("word", "ends"),
    [("jf.", False), ("(jf.", False), ("bl.a.", False), ("kap.", False), ("1.", False), ("3.4.", False),
     ("A.", False), ("medlemmer.", True), ("2032).", True), ("«slutt.»", True)],
)  # fmt: skip
def test_which_words_can_end_a_sentence(word, ends):
    assert ends_sentence(word) is ends


def test_units_join_a_sentence_broken_by_a_blank_line_and_keep_list_items_apart():
    text = (
        "Kulturskolen skal være bærer av tradisjon som grunnlag for utvikling\n\n"
        "og nyskapning (jf. Strategi 2032), og dette er kjernen.\n\n"
        "De tre områdene er:\n• Interessepolitikk\n• Utvikling\n• Drift"
    )
    got = [(u.text, u.bullet, u.lead_in) for u in _units(text, ())]
    assert got == [
        (
            "Kulturskolen skal være bærer av tradisjon som grunnlag for utvikling og nyskapning "
            "(jf. Strategi 2032), og dette er kjernen.",
            False,
            False,
        ),
        ("De tre områdene er:", False, True),
        ("Interessepolitikk", True, False),
        ("Utvikling", True, False),
        ("Drift", True, False),
    ]


def test_a_ledd_mark_starts_a_unit_of_its_own():
    text = "(1) Styret har fem medlemmer.\n(2) Styret velges for to år."
    assert [u.text for u in _units(text, ())] == ["(1) Styret har fem medlemmer.", "(2) Styret velges for to år."]


def test_numbered_items_after_a_lead_in_are_list_items_but_a_wrapped_date_is_not():
    text = (
        "Vedtaket var enstemmig, med to tillegg:\n1. «Planen gjennomgås redaksjonelt.»\n"
        "2. «Den overordnede delen revideres.»\nMøtet ble holdt\n24. mai i Tromsø."
    )
    got = [(u.text, u.bullet, u.lead_in) for u in _units(text, ())]
    assert got == [
        ("Vedtaket var enstemmig, med to tillegg:", False, True),
        ("1. «Planen gjennomgås redaksjonelt.»", True, False),
        ("2. «Den overordnede delen revideres.»", True, False),
        ("Møtet ble holdt 24. mai i Tromsø.", False, False),
    ]


def test_numbered_items_that_end_in_a_comma_are_each_an_item_of_the_list():
    text = (
        "Partene skal særlig:\n1. tilby praksisplasser for studenter,\n2. utvikle etterutdanning for lærere,\n"
        "3. rekruttere flere lærere.\nSamarbeidet varer i\n3. år etter avtalen."
    )
    got = [(u.text, u.bullet, u.lead_in) for u in _units(text, ())]
    assert got == [
        ("Partene skal særlig:", False, True),
        ("1. tilby praksisplasser for studenter,", True, False),
        ("2. utvikle etterutdanning for lærere,", True, False),
        ("3. rekruttere flere lærere.", True, False),
        ("Samarbeidet varer i 3. år etter avtalen.", False, False),
    ]


def test_a_list_ends_after_a_short_last_item_without_a_stop():
    text = (
        "Regionstyret behandlet saken i mars og foreslår at arbeidsutvalget skal bestå av disse tre:\n"
        "– Eva Lund, Nes kulturskole, leder og tidligere medlem av regionstyret i Region\n"
        "Testkyst, medlem (gjenvalg)\n"
        "– Ola Berg, Vik kulturskole, medlem (ny)\n"
        "Kari Holm har ledet utvalget i fire år og går ut. Utvalget støtter forslaget."
    )
    assert [(u.text, u.bullet) for u in _units(text, ())] == [
        ("Regionstyret behandlet saken i mars og foreslår at arbeidsutvalget skal bestå av disse tre:", False),
        (
            "Eva Lund, Nes kulturskole, leder og tidligere medlem av regionstyret i Region Testkyst, medlem (gjenvalg)",
            True,
        ),  # noqa: E501
        ("Ola Berg, Vik kulturskole, medlem (ny)", True),
        ("Kari Holm har ledet utvalget i fire år og går ut.", False),
        ("Utvalget støtter forslaget.", False),
    ]


def test_a_line_after_a_finished_sentence_is_a_unit_of_its_own_unless_it_goes_on_in_lower_case():
    text = (
        "Styret møtes første mandag i hver måned.\n<script>alert(1)</script>\n\n"
        "Tilbudet gjelder (jf.\nStrategi 2032) alle.\nDet er\nvedtatt."
    )
    assert [u.text for u in _units(text, ())] == [
        "Styret møtes første mandag i hver måned.",
        "<script>alert(1)</script>",
        "Tilbudet gjelder (jf. Strategi 2032) alle.",
        "Det er vedtatt.",
    ]


def test_an_unfinished_sentence_before_bulleted_items_leads_in_to_them():
    text = "Kulturskolerådet vil arbeide for\n\n• at staten tar del i finansieringen\n• at skyss blir gratis"
    got = [(u.text, u.bullet, u.lead_in) for u in _units(text, ())]
    assert got == [
        ("Kulturskolerådet vil arbeide for", False, True),
        ("at staten tar del i finansieringen", True, False),
        ("at skyss blir gratis", True, False),
    ]
    # a finished sentence before a list is no lead-in
    assert not _units("Dette er gjort.\n• Et møte", ())[0].lead_in


def test_the_rows_of_a_table_without_a_header_after_a_lead_in_are_its_items():
    text = (
        "Styret for perioden 2029–2031:\nLeder | Kari Holm | Region Vik | ny\nMedlem | Per Berg | Region Nes | ny\n\n"
        "Kontingenten:\nPost: Kontingent | Budsjett 2030: 1 200 000\n\nGodtgjøringen er 2 500 kroner per møtedag.\n"
        "Indikator: Elever | 2026: 104 600"
    )
    got = [(u.text, u.bullet, u.lead_in) for u in _units(text, ())]
    assert got == [
        ("Styret for perioden 2029–2031:", False, True),
        ("Leder | Kari Holm | Region Vik | ny", True, False),
        ("Medlem | Per Berg | Region Nes | ny", True, False),
        ("Kontingenten:", False, True),
        ("Post: Kontingent | Budsjett 2030: 1 200 000", False, False),  # a row whose cells are named says it all
        ("Godtgjøringen er 2 500 kroner per møtedag.", False, False),
        ("Indikator: Elever | 2026: 104 600", False, False),  # a row after a sentence is no item
    ]
