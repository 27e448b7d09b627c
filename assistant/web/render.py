"""HTML for answers and source cards; every piece of document text is escaped."""

from __future__ import annotations

import html

from assistant.records import Answer, Citation


def _highlight(text: str, quote: str) -> str:
    at = text.find(quote) if quote else -1
    if at == -1:
        return html.escape(text)
    return (
        html.escape(text[:at])
        + "<mark>"
        + html.escape(quote)
        + "</mark>"
        + html.escape(text[at + len(quote) :])
    )


def source_card(c: Citation) -> str:
    page = f" · s. {c.page}" if c.page is not None else ""
    ref = f'<span class="kra-ref">{html.escape(c.ref)}</span> ' if c.ref else ""
    section = html.escape(" > ".join(c.section))
    quote = html.escape(" ".join(c.quote.split()))
    return (
        f'<details class="kra-card"><summary>[{c.n}] {ref}{html.escape(c.title)}{page}'
        f'<div class="kra-section">{section}</div><div class="kra-quote">«{quote}»</div></summary>'
        f'<div class="kra-passage">{_highlight(c.text, c.quote)}</div></details>'
    )


def sources_html(answer: Answer) -> str:
    if answer.citations:
        return "".join(source_card(c) for c in answer.citations)
    if answer.related:
        items = "".join(f"<li>{html.escape(c.location())}</li>" for c in answer.related)
        return f"<p>Kan være relatert:</p><ul>{items}</ul>"
    return ""


def answer_html(answer: Answer) -> str:
    body = html.escape(answer.answer).replace("\n", "<br>")
    return f'<div class="kra-answer">{body}</div>'
