"""HTML for answers, source cards, resolutions, documents and ingest progress.

Every piece of document text is escaped here; nothing from a document reaches the page as markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime

from assistant.progress import Phase, duration, rate_text
from assistant.records import Answer, Citation, guillemets
from assistant.texts import kind_name
from ingest.lang import tr

_MARK_ON, _MARK_OFF = "\x02", "\x03"  # survive html.escape; replaced by <mark> after escaping
_BULLET = re.compile(r"^\s*(?:[•▪◦\-–]|o\s|\d+[.)]\s|[a-zæøå][.)]\s)")
_CITE = re.compile(r"\\\[(\d{1,2})\\\]")


def shorten(text: str, limit: int) -> str:
    """Text cut at a word boundary with an ellipsis when longer than `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" .,;:–-") + "…"


def _bare(line: str) -> str:
    return line.replace(_MARK_ON, "").replace(_MARK_OFF, "")


def reflow(text: str) -> list[str]:
    """A PDF's hard-wrapped lines joined into paragraphs; bullets and headings keep their own line."""
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            paragraphs.append(" ".join(current))
            current.clear()

    lines = [" ".join(raw.split()) for raw in text.split("\n")]
    for i, line in enumerate(lines):
        bare = _bare(line)
        if not bare:
            flush()
            if line:  # only marks on the line: keep them with the text
                current.append(line)
            continue
        if _BULLET.match(bare):
            flush()
        current.append(line)
        following = _bare(lines[i + 1]) if i + 1 < len(lines) else ""
        # a lead-in ends its paragraph; so does a short heading followed by a new sentence
        heading = len(bare) < 60 and not re.search(r"[.,;!?»)”\"]$", bare) and re.match(r"[A-ZÆØÅ«\d]", following)
        if bare.endswith(":") or heading:
            flush()
    flush()
    return paragraphs


def passage_html(text: str, quote: str) -> str:
    """The passage as paragraphs with the quoted sentence highlighted where it stands."""
    at = text.find(quote) if quote else -1
    if at != -1:
        text = text[:at] + _MARK_ON + text[at : at + len(quote)] + _MARK_OFF + text[at + len(quote) :]
    out, inside = [], False
    for para in reflow(text):
        body = html.escape(para, quote=False)
        if inside:
            body = "<mark>" + body
        for ch in body:
            if ch == _MARK_ON:
                inside = True
            elif ch == _MARK_OFF:
                inside = False
        body = body.replace(_MARK_ON, "<mark>").replace(_MARK_OFF, "</mark>")
        if inside:
            body += "</mark>"
        tag = "li" if _BULLET.match(para.replace(_MARK_ON, "")) else "p"
        out.append(f'<p class="kra-item">{body}</p>' if tag == "li" else f"<p>{body}</p>")
    return "".join(out)


def section_html(section: list[str]) -> str:
    """The section path, shortened to fit a card; the full path is the tooltip."""
    if not section:
        return ""
    full = " › ".join(section)
    parts = [shorten(s, 60) for s in section]
    if len(parts) > 2:
        parts = [parts[0], "…", parts[-1]]
    return f'<div class="kra-section" title="{html.escape(full)}">{html.escape(" › ".join(parts))}</div>'


def pdf_link(c: Citation, links: dict[str, Callable[[int | None], str | None]]) -> str:
    """A link that opens the cited PDF at the cited page, when the document is a PDF."""
    make = links.get(c.document)
    href = make(c.page) if make else None
    if not href:
        return ""
    label = html.escape(tr("web.open_pdf"))
    return f' <a class="kra-open" href="{html.escape(href)}" target="_blank" rel="noopener">{label}</a>'


def source_card(c: Citation, links: dict | None = None) -> str:
    """One numbered source: document, page, section path, ref, the quote; expands to the passage."""
    page = " · " + html.escape(tr("common.page", page=c.pages)) if c.page is not None else ""
    ref = f'<span class="kra-ref">{html.escape(c.ref)}</span> ' if c.ref else ""
    quote_html = html.escape(guillemets(" ".join(c.quote.split())))
    link = pdf_link(c, links or {})
    return (
        f'<details class="kra-card" id="kra-src-{c.n}" data-n="{c.n}"><summary><b>[{c.n}]</b> {ref}'
        f'<span class="kra-doc">{html.escape(c.title)}{page}</span>{link}'
        f'{section_html(c.section)}<div class="kra-quote">{quote_html}</div></summary>'
        f'<div class="kra-passage">{passage_html(c.text, c.quote)}</div></details>'
    )


def related_question(c: Citation, language: str = "nb") -> str:
    """The question a click on a "Kanskje relatert" item asks."""
    if c.ref:
        return tr("web.related_ref", language, ref=c.ref)
    return tr("web.related_topic", language, topic=shorten(c.section[-1] if c.section else c.title, 120))


def sources_html(answer: Answer, links: dict | None = None) -> str:
    """Source cards for an answer, or the nearest passages (each one a question to ask) when it declined."""
    if answer.citations:
        cards = "".join(source_card(c, links) for c in answer.citations)
        return f'<div class="kra-sources"><div class="kra-head">{html.escape(tr("web.sources"))}</div>{cards}</div>'
    if answer.related:
        items = "".join(
            f'<li><button type="button" class="kra-ask" data-q="{html.escape(related_question(c, answer.language))}">'
            f"{html.escape(c.location())}</button></li>"
            for c in answer.related
        )
        return (
            f'<div class="kra-sources"><div class="kra-head">{html.escape(tr("web.related"))}</div>'
            f'<ul class="kra-related">{items}</ul></div>'
        )
    return ""


def chat_text(text: str) -> str:
    """Answer text for the chat bubble: document text shows as text, never as markup."""
    escaped = html.escape(text, quote=False)  # quotes are harmless in text and would show as &#x27;
    for ch in "\\`*_[]#|~":
        escaped = escaped.replace(ch, "\\" + ch)
    return escaped.replace("\n", "  \n")


def answer_text(text: str, citations: int) -> str:
    """Answer text for the newest chat bubble: as `chat_text`, with each [n] a link that opens card n."""
    return _CITE.sub(
        lambda m: (
            f'<a class="kra-cite" href="#kra-src-{m[1]}" data-n="{m[1]}">[{m[1]}]</a>'
            if 1 <= int(m[1]) <= citations
            else m[0]
        ),
        chat_text(text),
    )


def resolution_title(number: str, title: str) -> str:
    """The title without the resolution number it often starts with ("5.11 5.11 …")."""
    return re.sub(rf"^\s*(?:sak\s+)?{re.escape(number)}\.?\s+", "", title, flags=re.I).strip() or title


def resolution_card(r: dict) -> str:
    """A resolution with its text and both status sections, expandable."""
    page = " · " + html.escape(tr("common.page", page=r["page"])) if r.get("page") else ""

    def block(label: str, text: str) -> str:
        text = "\n".join(ln for ln in text.split("\n") if ln.strip() != label).strip()
        if not text:
            return ""
        passage = passage_html(text, "")
        return f'<div class="kra-head">{html.escape(label)}</div><div class="kra-passage">{passage}</div>'

    number = r["number"]
    ref = html.escape(tr("web.resolution_ref", number=number)).replace(" ", "&nbsp;")
    return (
        f'<details class="kra-card kra-vedtak" data-number="{html.escape(number)}"><summary>'
        f'<span class="kra-ref">{ref}</span> '
        f"<b>{html.escape(resolution_title(number, r['title']))}</b>"
        f'<div class="kra-snippet">{html.escape(shorten(r["text"], 220))}</div>'
        f"<div class='kra-section'>{html.escape(r['doc'])}{page}</div></summary>"
        f"{block(tr('web.resolution_text'), r['text'])}{block(tr('web.status_done'), r['done'])}"
        f"{block(tr('web.status_planned'), r['planned'])}"
        f'<button type="button" class="kra-ask" data-q="{html.escape(tr("web.ask_resolution", number=number))}">'
        f"{html.escape(tr('web.ask_resolution_button', number=number))}</button></details>"
    )


def local_time(iso: str) -> str:
    """An ISO time from the index as local time, 'dd.mm.åååå tt:mm'."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d.%m.%Y %H:%M")
    except (TypeError, ValueError):
        return iso or ""


def documents_html(documents: list) -> str:
    """The indexed documents as a list that reads at any width."""
    if not documents:
        return f"<p>{html.escape(tr('web.no_documents'))}</p>"
    rows = "".join(
        f'<li class="kra-docrow"><div class="kra-doctitle">{html.escape(d.title)}</div>'
        f'<div class="kra-docmeta"><span>{html.escape(kind_name(d.kind))}</span>'
        f"<span>{html.escape(tr('web.pages', pages=d.pages or '–'))}</span>"
        f"<span>{html.escape(tr('web.chunks', chunks=len(d.chunks)))}</span>"
        f"<span>{html.escape(tr('web.ingested_at', time=local_time(d.ingested_at)))}</span></div></li>"
        for d in documents
    )
    return f'<ul class="kra-docs">{rows}</ul>'


def progress_html(phases: tuple[Phase, ...] | list[Phase], error: str | None = None) -> str:
    """The first start's ingest, live: one bar per phase with counts, rate and time left."""
    if error:
        see = tr("web.see_terminal", command="<code>kra serve</code>")  # our own text, with our own markup
        return (
            f'<div class="kra-progress" role="status"><b>{html.escape(tr("web.ingest_failed"))}</b> '
            f"{html.escape(error)}<br>{see}</div>"
        )
    bars = []
    for p in phases:
        pct = 100 * p.done / p.total if p.total else 0
        left = duration(p.seconds_left)
        info = " · ".join(
            x for x in (rate_text(p), tr("progress.left", time=left) if left and not p.finished else "") if x
        )
        count = tr("progress.count", done=p.done, total=p.total)
        bars.append(
            f'<div class="kra-phase"><div class="kra-phase-head"><span>{html.escape(p.label)}</span>'
            f"<span>{html.escape(count)}{' · ' + html.escape(info) if info else ''}</span></div>"
            f'<div class="kra-bar"><div style="width:{pct:.0f}%"></div></div></div>'
        )
    body = "".join(bars) or f"<p>{html.escape(tr('web.starting'))}</p>"
    return (
        f'<div class="kra-progress" role="status"><b>{html.escape(tr("web.first_ingest"))}</b> '
        f"{html.escape(tr('web.first_ingest_wait'))}{body}</div>"
    )


def resolutions_table_html(items: list[dict]) -> str:
    """An overview of the resolutions; a click on a row asks about that resolution."""
    if not items:
        return f"<p>{html.escape(tr('web.no_resolutions'))}</p>"
    rows = "".join(
        f'<tr class="kra-row" data-q="{html.escape(tr("web.ask_resolution", number=r["number"]))}">'
        f'<td><span class="kra-ref">{html.escape(r["number"])}</span></td>'
        f"<td>{html.escape(resolution_title(r['number'], r['title']))}</td>"
        f"<td>{html.escape(shorten(r['text'], 200))}</td></tr>"
        for r in items
    )
    head = (
        f"<th>{html.escape(tr('web.column_resolution'))}</th><th>{html.escape(tr('web.column_title'))}</th>"
        f"<th>{html.escape(tr('web.column_text'))}</th>"
    )
    return f'<table class="kra-table"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
