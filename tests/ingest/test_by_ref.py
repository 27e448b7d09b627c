"""`kra chunks --ref`: the chunks of the unit a ref names, even when its heading has no text of its own."""

from ingest.index import Index
from ingest.pipeline import ingest
from ingest.settings import Settings

STRATEGY = """# Strategi for kulturskolen

## Hovedmål 1 Kvalitet

Kulturskolen skal gi undervisning av høy kvalitet.

## Hovedmål 2 Kulturskole for alle

### Delmål 2.1 Flere elever

Andelen elever skal øke i alle kommuner.

### Delmål 2.2 Lavere pris

Elevbetalingen skal ikke stenge noen ute.

Tiltak:

- **Tiltak 2.2.1** Kartlegge elevbetalingen i alle kommuner.
- **Tiltak 2.2.2** Foreslå en nasjonal makspris.
"""


def test_a_goal_without_text_of_its_own_is_found_through_its_sub_goals(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "strategi.md").write_text(STRATEGY, encoding="utf-8")
    settings = Settings(home=tmp_path / "home")
    assert ingest(settings, [tmp_path / "docs"]).failed == []
    index = Index.open(settings.home)
    goal = index.by_ref("hovedmål 2")
    assert goal and all("Hovedmål 2" in " ".join(c.section) for c in goal)
    assert any("Andelen elever" in c.text for c in goal) and any("Elevbetalingen" in c.text for c in goal)
    assert not any("høy kvalitet" in c.text for c in goal)
    assert [c.text for c in index.by_ref("delmål 2.1")] == [c.text for c in goal if "Andelen" in c.text]
    assert index.by_ref("hovedmål 7") == []
    # a measure numbered in its list item: the chunk of the goal that holds it
    assert [c.ref for c in index.by_ref("tiltak 2.2.2")] == ["delmål 2.2"]
    assert index.by_ref("tiltak 2.2.3") == []


RULES = """# Forretningsorden for testtinget

## 1 Konstituering

1.1 Tinget åpnes av styrets leder.

1.2 Deretter godkjennes innkallingen og sakslisten, jf. punkt 1.1.

## 2 Taletid

2.1 Taletiden er inntil fem minutter for første innlegg.

2.2 Etter hvert innlegg kan ordstyrer gi inntil to replikker.
"""


def test_a_numbered_point_is_found_by_the_documents_word_and_by_its_chapter_number(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "forretningsorden.md").write_text(RULES, encoding="utf-8")
    settings = Settings(home=tmp_path / "home")
    assert ingest(settings, [tmp_path / "docs"]).failed == []
    index = Index.open(settings.home)
    (point,) = index.by_ref("punkt 2.2")
    assert point.ref == "punkt 2.2" and "to replikker" in point.text
    assert [c.text for c in index.by_ref("kap. 2.2")] == [point.text]
    assert index.by_ref("punkt 2.5") == []
