"""HTML for answers and source cards; every piece of document text is escaped."""

from __future__ import annotations

import html
from collections.abc import Callable

from assistant.records import Answer, Citation, guillemets


def _highlight(text: str, quote_text: str) -> str:
    at = text.find(quote_text) if quote_text else -1
    if at == -1:
        return html.escape(text)
    return (
        html.escape(text[:at])
        + "<mark>"
        + html.escape(quote_text)
        + "</mark>"
        + html.escape(text[at + len(quote_text) :])
    )


def pdf_link(c: Citation, links: dict[str, Callable[[int | None], str | None]]) -> str:
    """A link that opens the cited PDF at the cited page, when the document is a PDF."""
    make = links.get(c.document)
    href = make(c.page) if make else None
    if not href:
        return ""
    return f' <a class="kra-open" href="{html.escape(href)}" target="_blank" rel="noopener">åpne PDF</a>'


def source_card(c: Citation, links: dict | None = None) -> str:
    """One numbered source: document, page, section path, ref, the quote; expands to the passage."""
    page = f" · s. {c.page}" if c.page is not None else ""
    ref = f'<span class="kra-ref">{html.escape(c.ref)}</span> ' if c.ref else ""
    section = html.escape(" › ".join(c.section))
    quote_html = html.escape(guillemets(" ".join(c.quote.split())))
    link = pdf_link(c, links or {})
    return (
        f'<details class="kra-card" data-n="{c.n}"><summary><b>[{c.n}]</b> {ref}'
        f"{html.escape(c.title)}{page}{link}"
        f'<div class="kra-section">{section}</div><div class="kra-quote">{quote_html}</div></summary>'
        f'<div class="kra-passage">{_highlight(c.text, c.quote)}</div></details>'
    )


def sources_html(answer: Answer, links: dict | None = None) -> str:
    """Source cards for an answer, or the nearest passages when it declined."""
    if answer.citations:
        cards = "".join(source_card(c, links) for c in answer.citations)
        return f'<div class="kra-sources"><div class="kra-head">Kilder</div>{cards}</div>'
    if answer.related:
        items = "".join(f"<li>{html.escape(c.location())}</li>" for c in answer.related)
        return f'<div class="kra-sources"><div class="kra-head">Kan være relatert</div><ul>{items}</ul></div>'
    return ""


def chat_text(text: str) -> str:
    """Answer text for the chat bubble: document text shows as text, never as markup."""
    escaped = html.escape(text, quote=False)  # quotes are harmless in text and would show as &#x27;
    for ch in "\\`*_[]#|~":
        escaped = escaped.replace(ch, "\\" + ch)
    return escaped.replace("\n", "  \n")


def resolution_card(r: dict) -> str:
    """A resolution with its text and both status sections, expandable."""
    page = f" · s. {r['page']}" if r.get("page") else ""

    def block(label: str, text: str) -> str:
        text = "\n".join(ln for ln in text.split("\n") if ln.strip() != label).strip()
        if not text:
            return ""
        return f'<div class="kra-head">{html.escape(label)}</div><div class="kra-passage">{html.escape(text)}</div>'

    return (
        f'<details class="kra-card kra-vedtak"><summary><span class="kra-ref">vedtak {html.escape(r["number"])}</span> '
        f"{html.escape(r['title'])}<div class='kra-section'>{html.escape(r['doc'])}{page}</div></summary>"
        f"{block('Vedtakstekst', r['text'])}{block('Hva som har vært gjort', r['done'])}"
        f"{block('Hva som er planlagt gjort videre', r['planned'])}</details>"
    )
