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
