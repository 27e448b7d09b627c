"""A strategy PDF written by the test: headings found by type size and weight, goals and sub-goals
as refs, a small label that heads nothing, an item over a page break, an indicator table."""

import json
import subprocess
import sys

import pdfgen
import pytest

from ingest.chunker import chunk_document
from ingest.loaders import load_document
from ingest.records import DocumentInfo
from ingest.refs import Ref, refs_by_kind
from ingest.sentences import units
from ingest.structure import find_blocks, normalised_text


@pytest.fixture(scope="module")
def strategy(tmp_path_factory):
    path = pdfgen.write_strategy_pdf(tmp_path_factory.mktemp("s") / "strategi.pdf")
    doc = load_document(path, DocumentInfo("strategi", "Strategi for testskolen", "strategy"))
    return doc, chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)


def by_ref(chunks, text):
    wanted = Ref.parse(text)
    return [c for c in chunks if c.ref and wanted.same_unit(Ref.parse(c.ref))]


def unit_with(chunk, words):
    (found,) = [u for u in units(chunk) if words in u.text]
    return found


def test_goals_and_sub_goals_are_refs_under_their_parents(strategy):
    doc, chunks = strategy
    assert doc.headings == "fonts"
    assert refs_by_kind(c.ref for c in chunks) == {
        "hovedmål": ["hovedmål 1", "hovedmål 2"],
        "delmål": ["delmål 1.1", "delmål 1.2", "delmål 2.3"],
    }
    (sub, measures) = by_ref(chunks, "Delmål 2.3")
    assert sub.section == ("Hovedmål 2: Kvalitet i alle fag", "Delmål 2.3 Kompetente lærere")
    assert (sub.page, sub.role) == (2, "delmål")
    # "Tiltak" in bold body type still belongs to the sub-goal above it
    assert measures.section == (*sub.section, "Tiltak") and measures.ref == "delmål 2.3"
    assert by_ref(chunks, "hovedmål 1")[0].section == ("Hovedmål 1: Flere barn i testskolen",)


def test_a_small_label_is_not_a_parent_heading(strategy):
    _, chunks = strategy
    vision = next(c for c in chunks if "oppleve, lære og skape" in c.text)
    assert vision.section == ("VISJON",) and vision.ref is None
    assert all("VISJON" not in c.section for c in chunks if c is not vision)
    assert all("Strategi for testskolen 2025–2032" not in c.section for c in chunks)  # the title heads nothing


def test_a_statement_in_large_type_under_a_label_is_its_text_not_a_heading(tmp_path):
    # "VISJON" over the vision set larger than the body: the vision is what the label labels
    pages = [
        [
            pdfgen.Styled(("Strategi for testskolen 2025–2032", 20, "B")),
            pdfgen.Styled(("VISJON", 8, "")),
            pdfgen.Styled(("Alle barn skal få oppleve og skape kunst der de bor.", 15, "")),
            pdfgen.Styled(("Hovedmål 1: Flere barn i testskolen", 16, "B")),
            "Testskolen skal nå barn i alle deler av kommunen.",
            "Prisen skal ikke stå i veien for at barn deltar.",
        ]
    ]
    path = pdfgen.write_layout_pdf(tmp_path / "strategi.pdf", pages)
    doc = load_document(path, DocumentInfo("strategi", "Strategi for testskolen", "strategy"))
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    vision = next(c for c in chunks if "oppleve og skape kunst" in c.text)
    assert vision.section[-1] == "VISJON"
    assert "Alle barn skal få oppleve og skape kunst der de bor." in [u.text for u in units(vision)]
    assert all("Alle barn" not in s for c in chunks for s in c.section)
    assert by_ref(chunks, "hovedmål 1")[0].section == ("Hovedmål 1: Flere barn i testskolen",)


def test_a_goal_part_heading_as_large_as_the_main_goals_stands_beside_them(tmp_path):
    # "Tiltak" in small type belongs to the sub-goal above; "Indikatorer" set like "Hovedmål 2" is a
    # section of the strategy, not a part of the last sub-goal
    pages = [
        [
            pdfgen.Styled(("Strategi for testskolen 2025–2032", 20, "B")),
            pdfgen.Styled(("Hovedmål 1: Flere barn i testskolen", 16, "B")),
            pdfgen.Styled(("Delmål 1.1 Lavere terskel", 13, "B")),
            "Prisen skal ikke stå i veien for at barn deltar.",
            pdfgen.Styled(("Tiltak", 11, "B")),
            "Kartlegge friplasser i kommunen.",
            pdfgen.Styled(("Indikatorer", 16, "B")),
            "Måloppnåelsen følges med tre indikatorer.",
        ]
    ]
    path = pdfgen.write_layout_pdf(tmp_path / "strategi.pdf", pages)
    doc = load_document(path, DocumentInfo("strategi", "Strategi for testskolen", "strategy"))
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    measures = next(c for c in chunks if "friplasser" in c.text)
    assert measures.section[-1] == "Tiltak" and measures.ref == "delmål 1.1"
    indicators = next(c for c in chunks if "tre indikatorer" in c.text)
    assert indicators.section == ("Indikatorer",) and indicators.ref is None


def test_a_numbered_item_over_a_page_break_stays_one_unit(strategy):
    doc, chunks = strategy
    (chunk,) = by_ref(chunks, "delmål 1.2")
    assert (chunk.page, chunk.page_end) == (1, 2)
    item = unit_with(chunk, "Udir og KS")
    assert item.text == (
        "2. Kommunene skal samarbeide om tilbud i fag med få elever, slik at"
        " Udir og KS kan følge utviklingen fra år til år."
    )
    assert chunk.page_at(item.start) == 1 and chunk.page_at(chunk.text.index("Udir")) == 2
    (block,) = [b for b in find_blocks(doc) if b.text.startswith("2. Kommunene")]
    assert (block.kind, block.page, block.page_end) == ("item", 1, 2)
    assert [u.text[:2] for u in units(chunk) if u.text[:1].isdigit()] == ["1.", "2.", "3."]


def test_indicator_table_rows_keep_their_header(strategy):
    _, chunks = strategy
    (sub, _) = by_ref(chunks, "delmål 2.3")
    row = unit_with(sub, "Godkjent utdanning")
    assert row.text == "Indikator: Godkjent utdanning | 2024: 67 % | Mål 2032: 85 %"
    assert sub.page_at(row.start) == 2
    assert "Indikator | 2024" not in sub.text


def test_kra_chunks_finds_the_sub_goal(tmp_path):
    corpus = tmp_path / "corpus"
    pdfgen.write_strategy_pdf(corpus / "strategi.pdf")
    home = tmp_path / "home"
    run = [sys.executable, "-m", "assistant.cli"]
    ingested = subprocess.run([*run, "ingest", str(corpus), "--home", str(home)], capture_output=True, text=True)
    assert ingested.returncode == 0, ingested.stderr
    out = subprocess.run(
        [*run, "chunks", "--ref", "delmål 2.3", "--json", "--home", str(home)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    found = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    assert [(c["ref"], c["page"]) for c in found] == [("delmål 2.3", 2), ("delmål 2.3", 2)]


def test_a_heading_wrapped_onto_a_lower_case_line_is_one_heading(tmp_path):
    # a narrow column breaks "Tiltak 3.1 Modell for regionale fordypningstilbud" after "regionale"
    pages = [
        [
            pdfgen.Styled(("Handlingsplan for testskolen", 20, "B")),
            pdfgen.Styled(("Innsatsområde 3 Fordypning", 16, "B")),
            "Fordypning skal være mulig i hele fylket.",
            pdfgen.Styled(("Tiltak 3.1 Modell for regionale", 12, "B")),
            pdfgen.Styled(("fordypningstilbud", 12, "B")),
            "Det utvikles en felles modell som kommunene kan bruke.",
        ]
    ]
    path = pdfgen.write_layout_pdf(tmp_path / "plan.pdf", pages)
    doc = load_document(path, DocumentInfo("plan", "Handlingsplan for testskolen", "strategy"))
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    (measure,) = [c for c in chunks if "felles modell" in c.text]
    assert measure.section[-1] == "Tiltak 3.1 Modell for regionale fordypningstilbud"
    assert units(measure)[0].text.startswith("Det utvikles")
