"""What the page shows, without a browser: cards, passages, resolutions, documents and progress."""

from assistant.progress import Tracker
from assistant.records import Answer, Citation
from assistant.web.render import (
    answer_text,
    passage_html,
    progress_html,
    resolution_title,
    section_html,
    shorten,
    source_card,
    sources_html,
)


def _citation(**kw) -> Citation:
    base = dict(n=1, document="d", title="Rapport", page=3, section=["A"], ref=None, quote="Q.", text="Q.",
                chunk_id="c", score=1.0)  # fmt: skip
    return Citation(**{**base, **kw})


def test_passage_is_reflowed_with_the_quote_highlighted_in_place():
    text = "5.13 Prisnivå\n«Prissetting av tilbud er\nviktig. Det er også\nviktig for kommunene.»\n• første\n• andre"
    html = passage_html(text, "Det er også\nviktig for kommunene.")
    assert "<p>5.13 Prisnivå</p>" in html
    assert "<mark>Det er også viktig for kommunene.</mark>" in html
    assert html.count("<mark>") == html.count("</mark>") == 1
    assert html.count('class="kra-item"') == 2


def test_a_quote_across_paragraphs_closes_its_mark_in_each():
    html = passage_html("Innledning:\nFørste del. Andre del.", "Innledning:\nFørste del.")
    assert html.count("<mark>") == html.count("</mark>") == 2


def test_document_text_is_escaped_everywhere():
    c = _citation(text="<script>alert(1)</script> Q.", quote="Q.", section=["<b>x</b>"], title="<i>t</i>")
    card = source_card(c)
    assert "<script>" not in card and "&lt;script&gt;alert(1)&lt;/script&gt;" in card
    assert "<b>x</b>" not in card and "<i>t</i>" not in card


def test_long_section_paths_are_shortened_with_the_full_path_as_tooltip():
    long = "Kulturskolerådet skal arbeide for at alle kommuner har et kulturskoletilbud av høy kvalitet for alle"
    html = section_html(["Politisk plattform", long, "Hva som har vært gjort"])
    assert f'title="Politisk plattform › {long} › Hva som har vært gjort"' in html
    assert ">Politisk plattform › … › Hva som har vært gjort<" in html


def test_shorten_cuts_at_a_word_with_an_ellipsis():
    assert shorten("en to tre fire fem seks", 12) == "en to tre…"
    assert shorten("kort", 12) == "kort"


def test_citation_marks_link_to_their_cards_and_other_brackets_stay_text():
    shown = answer_text("Svar [1] og [2]. Ikke [9].", 2)
    assert 'href="#kra-src-1"' in shown and 'data-n="2"' in shown and "\\[9\\]" in shown


def test_related_passages_are_questions_to_click():
    answer = Answer(question="q", answer="", abstained=True, citations=[], language="nb", timings_ms={},
                    related=[_citation(ref="vedtak 5.12")])  # fmt: skip
    html = sources_html(answer)
    assert 'class="kra-ask" data-q="Hva sier vedtak 5.12?"' in html


def test_resolution_titles_lose_the_repeated_number():
    assert resolution_title("5.11", "5.11 Kulturskole som tiltak") == "Kulturskole som tiltak"
    assert resolution_title("5.6", "Rammeplan") == "Rammeplan"


def test_progress_shows_counts_rate_and_time_left():
    clock = iter([0.0, 20.0, 22.0, 24.0]).__next__
    tracker = Tracker(clock=clock)
    tracker.update("embedde avsnitt", 32, 96)  # after a 20 s model load: no rate yet
    assert tracker.current.rate is None
    tracker.update("embedde avsnitt", 64, 96)
    phase = tracker.update("embedde avsnitt", 80, 96)
    assert phase.rate == 12.0  # 48 passages in the 4 s after the first batch, not 80 in 24 s
    html = progress_html(tracker.phases)
    assert "80 av 96" in html and "12 avsnitt/s" in html and "igjen" in html


def test_a_card_shows_the_page_span_of_a_quote_over_a_page_break():
    assert "s. 4–5" in source_card(_citation(page=4, page_end=5))
    assert "Rapport · s. 4</span>" in source_card(_citation(page=4, page_end=4))
    assert "Rapport · s. 4</span>" in source_card(_citation(page=4))
