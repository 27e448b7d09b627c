"""Where the top citation points: the right document, ref and page."""

from __future__ import annotations


def same_document(cited_document: str | None, expected_file: str | None) -> bool:
    """A citation's document id against a question's file name ('vedtekter.pdf' ~ 'vedtekter')."""
    if not expected_file:
        return True
    from ingest.manifest import slug

    stem = expected_file.rsplit(".", 1)[0]
    return bool(cited_document) and (cited_document == slug(stem) or cited_document.endswith(f"-{slug(stem)}"))


def same_ref(cited_ref: str | None, expected_ref: str | None) -> bool:
    """The cited unit's ref holds the expected one ('§ 6 (3)' holds '§ 6'; 'sak 5.3' ~ 'vedtak 5.3';
    'HS-sak 21/25' ~ 'sak 21/25')."""
    if not expected_ref:
        return True
    if not cited_ref:
        return False

    def key(ref: str) -> str:
        kind, _, number = ref.strip().lower().partition(" ")
        if kind.endswith("sak"):  # "HS-sak 21/25", "Styresak 21/25" and "sak 21/25" are the same sak
            kind = "sak"
        kind = {"sak": "vedtak", "kapittel": "kap.", "kap": "kap.", "innsatsområde": "satsingsområde"}.get(kind, kind)
        return f"{kind} {number.split()[0] if number else ''}"

    if key(cited_ref) == key(expected_ref):
        return True
    # a measure or sub-goal numbered within the expected goal lies in it: "tiltak 2.1.3" is in "delmål 2.1"
    cited_kind, _, cited_number = cited_ref.strip().lower().partition(" ")
    expected_kind, _, expected_number = expected_ref.strip().lower().partition(" ")
    return (
        cited_kind in _GOALS
        and expected_kind in _GOALS
        and cited_number.split()[0].startswith(expected_number.split()[0] + ".")
    )


_GOALS = {"satsingsområde", "innsatsområde", "hovedmål", "delmål", "mål", "tiltak"}


def location_accuracy(rows: list[tuple[dict | None, str | None, str | None, int | None]]) -> float:
    """Share of answerable questions whose first citation has the expected document, ref and page.

    Each row is (first citation or None, expected file, expected ref, expected page); a missing
    expectation is not checked. The expected page may be the printed one (the citation's `page`) or the
    page's place in the PDF file (its `file_page`, set where the two differ).
    """
    if not rows:
        return 0.0
    good = 0
    for cited, file, ref, page in rows:
        if cited is None:
            continue
        if not same_document(cited.get("document"), file) or not same_ref(cited.get("ref"), ref):
            continue
        # a question set may count a PDF's pages as printed on them or as placed in the file
        if page is not None and page not in (cited.get("page"), cited.get("file_page")):
            continue
        good += 1
    return good / len(rows)
