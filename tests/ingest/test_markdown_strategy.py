"""A Markdown strategy read with a real parser: chunk text is plain rendered text, headings keep
their levels, goals and numbered headings are refs, links go with their chunk."""

import pdfgen
import pytest

from assistant.retrieve import pin_refs
from ingest.chunker import chunk_document
from ingest.loaders import load_document
from ingest.records import DocumentInfo
from ingest.refs import Ref, refs_by_kind
from ingest.sentences import units
from ingest.structure import find_blocks, normalised_text


@pytest.fixture(scope="module")
def strategy(tmp_path_factory):
    path = pdfgen.write_strategy_markdown(tmp_path_factory.mktemp("m") / "strategi.md")
    doc = load_document(path, DocumentInfo("mangfold", "Strategi for mangfold", "strategy"))
    return doc, chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)


def by_ref(chunks, text):
    wanted = Ref.parse(text)
    return [c for c in chunks if c.ref and wanted.same_unit(Ref.parse(c.ref))]


def test_no_markup_left_in_chunk_text(strategy):
    doc, chunks = strategy
    text = normalised_text(doc)
    for mark in ("](", "**", "> ", "#", "| ---", "`", "title:", "\n: "):
        assert mark not in text, mark
    assert "Les mer på nettsidene våre." in text
    assert "Alle barn skal kjenne at testskolen også er deres skole. Det er målet vi måler oss mot." in text


def test_goals_and_numbered_headings_are_refs(strategy):
    _, chunks = strategy
    assert refs_by_kind(c.ref for c in chunks) == {
        "kap.": ["kap. 1", "kap. 2.3"],
        "hovedmål": ["hovedmål 1"],
        "delmål": ["delmål 1.1", "delmål 2.3"],
    }
    (sub,) = by_ref(chunks, "Delmål 2.3")
    assert sub.section == (
        "Strategi for mangfold i testskolen 2025–2030",
        "2 Hovedmål",
        "Hovedmål 2: Et fellesskap der alle hører til",
        "Delmål 2.3 Innenforskap",
    )
    assert sub.role == "delmål"
    # "kap. 2.3" and "delmål 2.3" are different units
    assert by_ref(chunks, "kap. 2.3")[0].text.startswith("2.3 Oppfølging")


def test_lists_are_items_with_their_lead_in(strategy):
    _, chunks = strategy
    (rekruttering,) = by_ref(chunks, "delmål 1.1")
    assert "Tiltak:\n\n• Informasjon på flere språk, se språkguiden.\n• Åpne dager" in rekruttering.text
    (sub,) = by_ref(chunks, "delmål 2.3")
    numbered = [u.text for u in units(sub) if u.text[:2] in ("1.", "2.", "3.")]
    assert numbered == [
        "1. Lærerne får kurs i inkluderende undervisning.",
        "2. Elevrådet deltar i planleggingen av hvert semester.",
        "3. Hver skole lager en plan mot utestenging.",
    ]


def test_link_targets_are_chunk_links(strategy):
    _, chunks = strategy
    (rekruttering,) = by_ref(chunks, "delmål 1.1")
    assert rekruttering.links == ("https://example.org/sprak",)
    first = next(c for c in chunks if "nettsidene våre" in c.text)
    assert first.links == ("https://example.org/mangfold",)


def test_blockquote_and_definitions(strategy):
    doc, chunks = strategy
    quote = [ln for ln in doc.lines if ln.role == "quote"]
    assert [ln.text for ln in quote] == [
        "Alle barn skal kjenne at testskolen også er deres skole. Det er målet vi måler oss mot."
    ]
    terms = next(c for c in chunks if c.section[-1] == "Begreper")
    assert "Innenforskap: Følelsen av å høre til og bli sett i fellesskapet." in terms.text.split("\n")


def test_table_rows_keep_their_header(strategy):
    _, chunks = strategy
    (table,) = by_ref(chunks, "kap. 2.3")
    row = "Indikator: Skoler med plan mot utestenging | 2024: 40 % | Mål 2030: 100 %"
    assert row in [u.text for u in units(table)]


def test_a_heading_with_only_sub_headings_opens_the_first_chunk_under_it(tmp_path):
    # "Satsingsområde 3 …" has no text of its own before "Mål": its words are still in a chunk, so
    # "Hva heter satsingsområde 3?" can be found and its heading quoted
    path = tmp_path / "plattform.md"
    path.write_text(
        "# Plattform for testskolen\n\nPlattformen gjelder fra 2025.\n\n"
        "## Satsingsområde 3 Kvalitet og kompetanse\n\n"
        "### Mål\n\nTestskolen skal ha kvalifiserte lærere.\n\n"
        "### Lokaler\n\nLokalene skal være bygd for formålet.\n\n"
        "## Satsingsområde 4 Samarbeid\n\nTestskolen samarbeider med korpsene.\n",
        encoding="utf-8",
    )
    doc = load_document(path, DocumentInfo("plattform", "Plattform for testskolen", "platform"))
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    first, *rest = by_ref(chunks, "satsingsområde 3")
    assert first.text.startswith("Satsingsområde 3 Kvalitet og kompetanse")
    assert first.section[-2:] == ("Satsingsområde 3 Kvalitet og kompetanse", "Mål")
    assert "Testskolen skal ha kvalifiserte lærere." in [u.text for u in units(first)]
    # only the first chunk under it carries the heading line; the next area has text of its own
    assert all("Satsingsområde 3 Kvalitet" not in c.text for c in rest if c is not first)
    assert by_ref(chunks, "satsingsområde 4")[0].text.startswith("Satsingsområde 4 Samarbeid")


def test_numbered_headings_in_two_levels_are_chapters_in_any_kind_of_document(tmp_path):
    """Guidelines are no plan or strategy, but "2 Søkere" / "2.1 Hvem kan søke" are chapters all the same;
    "5.13 Prisnivå" with a quoted resolution under it, in a report, stays a resolution."""
    path = tmp_path / "retningslinjer.md"
    path.write_text(
        "# Retningslinjer for Teststipendet\n\n"
        "## 1 Formål\n\nStipendet skal gi unge talenter tid til å øve.\n\n"
        "## 2 Søkere\n\n### 2.1 Hvem kan søke\n\nElever mellom 13 og 19 år kan søke.\n\n"
        "### 2.2 Hvem kan ikke søke\n\nTidligere stipendmottakere kan ikke søke.\n",
        encoding="utf-8",
    )
    doc = load_document(path, DocumentInfo("stipend", "Retningslinjer for Teststipendet", "guidelines"))
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    who = next(c for c in chunks if "Elever mellom 13 og 19 år" in c.text)
    assert who.ref == "kap. 2.1" and who.section[-2:] == ("2 Søkere", "2.1 Hvem kan søke")
    assert by_ref(chunks, "kap. 2.2")[0].text.endswith("Tidligere stipendmottakere kan ikke søke.")

    report = tmp_path / "rapport.md"
    report.write_text(
        "# Rapport til Landstinget\n\n## 5 Vedtak\n\n### 5.13 Prisnivå\n\n"
        "«Landstinget ber om en lav elevbetaling.»\n\n### 5.14 Fordypning\n\n«Landstinget ber om regionale tilbud.»\n",
        encoding="utf-8",
    )
    doc = load_document(report, DocumentInfo("rapport", "Rapport", "report"))
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    assert {c.ref for c in chunks if c.ref} == {"vedtak 5.13", "vedtak 5.14"}


def test_a_numbered_heading_that_names_a_goal_is_cited_as_the_goal(tmp_path):
    path = tmp_path / "handlingsplan.md"
    path.write_text(
        "# Handlingsplan for testskolen\n\n## 1 Innledning\n\nPlanen gjelder for tre år.\n\n"
        "## 2 Mål og tiltak\n\n### 2.1 Mål 1: Flere barnehager får besøk\n\nKulturskolen besøker barnehagene.\n\n"
        "#### Tiltak\n\n- Starte et nettverk for lærere i barnehagene.\n\n"
        "### 2.2 Mål 2: Bedre kompetanse\n\nLærerne tar kurs om de minste barna.\n\n"
        "### 2.3 Mål for evalueringen\n\nPlanen evalueres hvert år.\n",
        encoding="utf-8",
    )
    doc = load_document(path, DocumentInfo("plan", "Handlingsplan", "plan"))
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    refs = refs_by_kind(c.ref for c in chunks)
    # what readers name it by; a heading that only starts with the word "Mål" stays a chapter
    assert refs["mål"] == ["mål 1", "mål 2"] and "kap. 2.3" in refs["kap."]
    goal = by_ref(chunks, "mål 1")
    assert "2.1 Mål 1: Flere barnehager får besøk" in goal[0].section
    assert any("Starte et nettverk" in c.text for c in goal)  # its measures are under it
    # asked for by its number, it is found through its heading
    (found, *_) = pin_refs(chunks, [Ref.parse("kap. 2.1")])
    assert found.ref == "mål 1"


def test_a_measure_numbered_in_its_list_item_is_a_citable_part_of_its_goal(tmp_path):
    """ "- **Tiltak 2.1.3** …" under "### Delmål 2.1" is tiltak 2.1.3: asked for, the goal's passage is cut to
    that item and cited by it; a later item that only mentions another goal's measure is no part of it."""
    path = tmp_path / "handlingsplan.md"
    path.write_text(
        "# Handlingsplan 2030\n\n## Hovedmål 2 Kvalitet\n\nKvaliteten skal opp.\n\n"
        "### Delmål 2.1 Planen tas i bruk\n\nTiltak:\n\n"
        "- **Tiltak 2.1.1** Holde kurs for ledere (ansvar: fagavdelingen; frist: løpende)\n"
        "- **Tiltak 2.1.2** Lage et verktøy for egenvurdering (ansvar: kvalitetsgruppa; frist: 1. mars 2030)\n"
        "- **Tiltak 2.1.3** Gi veiledning til 40 nye kommuner (ansvar: veilederkorpset; frist: 31. desember 2030)\n"
        "- Tiltak 1.1.1 videreføres herfra, se hovedmål 1.\n\n"
        "### Delmål 2.2 Kompetanse\n\nLærerne tar videreutdanning.\n",
        encoding="utf-8",
    )
    doc = load_document(path, DocumentInfo("plan", "Handlingsplan", "plan"))
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    goal = by_ref(chunks, "delmål 2.1")[0]
    assert [p for _, _, p in goal.parts] == ["tiltak 2.1.1", "tiltak 2.1.2", "tiltak 2.1.3"]
    (found,) = pin_refs(chunks, [Ref.parse("tiltak 2.1.3")])
    assert found.ref == "tiltak 2.1.3"
    assert found.text.startswith("• Tiltak 2.1.3 Gi veiledning") and found.text.rstrip().endswith("31. desember 2030)")
    assert found.section[-1] == "Delmål 2.1 Planen tas i bruk"
    # a quote inside the item is cited by the item, a quote over two items by the goal
    start = goal.text.index("Tiltak 2.1.2")
    assert goal.ref_at(start, start + 20) == "tiltak 2.1.2"
    assert goal.ref_at(goal.text.index("Tiltak 2.1.1"), start + 20) == "delmål 2.1"
    assert pin_refs(chunks, [Ref.parse("tiltak 2.1.4")]) == []
