"""`kra serve`: chat with source cards, a resolution browser, the document list and an `ask` API."""

from __future__ import annotations

import errno
import html
import json
import re
import socket
import sys
import time
import uuid
from datetime import UTC, datetime
from functools import partial

import gradio as gr
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import Response

from assistant import Answer, Assistant, NoIndexError, QuestionError
from assistant.texts import kind_name
from assistant.web.assets import CSS, HEAD, I18N
from assistant.web.files import ROUTE, PdfFiles, pdf_url
from assistant.web.render import (
    answer_text,
    chat_text,
    documents_html,
    progress_html,
    resolution_card,
    resolution_title,
    resolutions_table_html,
    sources_html,
)
from assistant.web.startup import Startup
from ingest.errors import IndexMismatchError
from ingest.index import ever_indexed
from ingest.lang import tr, tr_section
from ingest.settings import Settings

EXAMPLES = [
    tr("web.example_resolution"),
    tr("web.example_amount"),
    tr("web.example_list"),
    tr("web.example_planned"),
]
LINE_DELAY_S = 0.06  # the extractive answer is shown line by line, the way a model's answer arrives
_CITE_LINK = re.compile(r'<a class="kra-cite"[^>]*>\[(\d+)\]</a>')


def ensure_index(settings: Settings) -> None:
    """First start with no index: ingest the bundled corpus, showing progress on the console.

    Only a data folder that has never held an index is filled this way; a damaged or missing
    pointer in a used folder is the user's to repair (`kra ingest`), never silently replaced.
    `kra serve` itself does this on a background thread (see `Startup`), so it listens at once.
    """
    if ever_indexed(settings.home, settings.chroma_url):
        return
    startup = Startup(settings, ready=False)
    startup.start()
    startup.thread.join()


def record_feedback(settings: Settings, rating: str | None, comment: str | None, last: dict | None) -> str:
    """Append one feedback record for an answer; returns the message shown to the user.

    A vote or comment changed later is appended again with the same answer id: the last one wins.
    """
    problem = _feedback_refused(settings, comment, last)
    if problem:
        return problem
    comment = comment or ""
    settings.home.mkdir(parents=True, exist_ok=True)
    record = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "answer_id": last.get("answer_id"),
        "rating": rating,
        "comment": comment,
        "question": last.get("question"),
        "history": last.get("history", []),
        "language": last.get("language"),
        "answer": last.get("answer"),
        "abstained": last.get("abstained"),
        "citations": [c["chunk_id"] for c in last.get("citations", [])],
        "quotes": [c["quote"] for c in last.get("citations", []) if c.get("quote")],
    }
    with open(settings.feedback_path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    if rating in ("up", "down"):
        return tr("feedback.saved_rated", rating=tr("feedback.up") if rating == "up" else tr("feedback.down"))
    return tr("feedback.saved")


def _feedback_refused(settings: Settings, comment: str | None, last: dict | None) -> str | None:
    """Why feedback cannot be saved (no answer yet, a comment over the limit), or None."""
    if not last:
        return tr("feedback.ask_first")
    if len(comment or "") > settings.max_feedback_chars:
        return tr("feedback.too_long", length=len(comment or ""), limit=settings.max_feedback_chars)
    return None


def _plain(message: dict) -> dict:
    """An earlier answer without [n] links: its cards are no longer on the page."""
    content = message.get("content")
    if isinstance(content, str):
        content = _CITE_LINK.sub(lambda m: f"\\[{m[1]}\\]", content)
    elif isinstance(content, list):
        content = [
            {**part, "text": _CITE_LINK.sub(lambda m: f"\\[{m[1]}\\]", part["text"])}
            if isinstance(part, dict) and isinstance(part.get("text"), str)
            else part
            for part in content
        ]
    return {"role": message.get("role"), "content": content}


def build_app(settings: Settings, assistant: Assistant | None = None, startup: Startup | None = None) -> gr.Blocks:
    """The Blocks app; `serve` mounts it. With a `startup` still ingesting, the page shows its progress."""
    assistant = assistant or Assistant(settings)
    startup = startup or Startup(settings, ready=True)

    def links() -> dict:
        docs = assistant.index.documents.values()
        return {d.doc_id: partial(pdf_url, d) for d in docs if pdf_url(d)}

    def resolutions(filter_text: str = "") -> list[dict]:
        index = assistant.index
        out = []
        for number in index.resolutions():
            parts = index.by_ref(f"vedtak {number}")
            head = next((p for p in parts if p.role == "resolution"), None)
            if head is not None:
                title, text = head.section[-1], head.text.split("\n", 1)[-1]
            else:
                # a decision reported inside a section: its quoted parts are the resolution text
                owner = parts[0].section[:-1] if parts[0].role.startswith("status") else parts[0].section
                title = owner[-1] if owner else tr("web.resolution_heading", number=number)
                text = "\n".join(re.findall(r"(?:\d\. )?«[^»]+»", "\n".join(p.text for p in parts)))
            item = {
                "number": number,
                "title": resolution_title(number, title),
                "text": text,
                "done": "\n\n".join(p.text for p in parts if p.role == "status_done"),
                "planned": "\n\n".join(p.text for p in parts if p.role == "status_planned"),
                "page": parts[0].page,
                "doc": parts[0].title,
            }
            if not filter_text or filter_text.lower() in " ".join(str(v) for v in item.values()).lower():
                out.append(item)
        return out

    def resolution_table(filter_text: str = "") -> str:
        if not startup.ready:
            return f"<p>{html.escape(tr('web.resolutions_later'))}</p>"
        return resolutions_table_html(resolutions(filter_text))

    def resolution_cards(filter_text: str = "") -> str:
        if not startup.ready:
            return ""
        cards = "".join(resolution_card(r) for r in resolutions(filter_text))
        return cards or f"<p>{html.escape(tr('web.no_resolutions'))}</p>"

    def document_list() -> str:
        if not startup.ready:
            return f"<p>{html.escape(tr('web.documents_later'))}</p>"
        return documents_html(list(assistant.index.documents.values()))

    def missing_documents() -> str:
        from ingest.corpus import list_documents

        try:
            missing = [d for d in list_documents(settings.corpus, settings.home) if d.status == "missing"]
        except Exception as exc:  # noqa: BLE001 - the tab must render even with a broken manifest
            return tr("web.manifest_unreadable", error=html.escape(str(exc)))
        if not missing:
            return tr("web.all_ingested")
        lines = "\n".join(f"- {html.escape(d.title)} ({html.escape(kind_name(d.kind))})" for d in missing)
        return f"**{tr('web.missing', count=len(missing))}**\n\n{lines}\n\n{tr('web.fetch_missing')}"

    with gr.Blocks(title=tr("web.title")) as app:
        gr.Markdown(f"## {tr('web.heading')}\n{tr('web.intro')}", elem_id="kra-intro")
        progress = gr.HTML(
            lambda: progress_html(startup.status().phases, startup.error) if not startup.ready else "",
            visible=not startup.ready,
            elem_id="kra-progress",
        )
        timer = gr.Timer(1.0, active=not startup.ready)
        turns = gr.State([])
        last = gr.State(None)
        vote = gr.State(None)
        with gr.Tabs():
            with gr.Tab(tr("web.tab_chat"), id="chat"):
                chat = gr.Chatbot(
                    label=tr("web.conversation"),
                    show_label=False,
                    height="auto",
                    min_height=160,
                    elem_id="kra-chat",
                    render_markdown=True,
                    buttons=["copy"],
                    feedback_options=None,
                    placeholder=tr("web.chat_placeholder"),
                )
                sources = gr.HTML(elem_id="kra-sources")
                with gr.Row(visible=False, elem_id="kra-feedback") as feedback_row:
                    up = gr.Button(tr("web.useful"), size="sm", elem_id="kra-up", min_width=90)
                    down = gr.Button(tr("web.not_useful"), size="sm", elem_id="kra-down", min_width=110)
                    comment = gr.Textbox(
                        label=tr("web.comment"),
                        show_label=False,
                        placeholder=tr("web.comment_placeholder"),
                        scale=3,
                        min_width=180,
                        elem_id="kra-comment",
                    )
                thanks = gr.Markdown(elem_id="kra-thanks")
                question = gr.Textbox(
                    label=tr("web.question"),
                    placeholder=tr("web.question_placeholder"),
                    elem_id="kra-question",
                    lines=1,
                )
                with gr.Row():
                    send = gr.Button(tr("web.send"), variant="primary", elem_id="kra-send", min_width=100)
                    clear = gr.Button(tr("web.new_conversation"), elem_id="kra-clear", min_width=100)
                gr.Markdown(f"**{tr('web.examples')}** ({tr('web.examples_hint')})")
                with gr.Row(elem_id="kra-examples"):
                    example_buttons = [gr.Button(q, size="sm") for q in EXAMPLES]
            with gr.Tab(tr("web.tab_resolutions"), id="vedtak"):
                gr.Markdown(tr("web.resolutions_intro"))
                vfilter = gr.Textbox(label=tr("web.filter"), elem_id="kra-vfilter")
                vtable = gr.HTML(lambda: resolution_table(""), elem_id="kra-vedtak-table")
                vcards = gr.HTML(lambda: resolution_cards(""), elem_id="kra-vedtak-cards")
            with gr.Tab(tr("web.tab_documents"), id="docs"):
                docs = gr.HTML(lambda: document_list(), elem_id="kra-docs")
                missing = gr.Markdown(lambda: missing_documents())

        def on_ask(question_text: str, chat_value: list, turn_list: list):
            chat_value = [_plain(m) for m in chat_value or [] if isinstance(m, dict)]
            turn_list = list(turn_list or [])
            hidden = {feedback_row: gr.update(visible=False), thanks: "", comment: "", vote: None}
            if not (question_text or "").strip():
                yield {chat: chat_value, question: gr.update()}
                return
            chat_value.append({"role": "user", "content": chat_text(question_text)})
            if not startup.ready:
                chat_value.append({"role": "assistant", "content": chat_text(startup.not_ready_message())})
                yield {chat: chat_value, question: "", sources: "", last: None, **hidden}
                return
            chat_value.append({"role": "assistant", "content": "…"})
            yield {chat: chat_value, question: "", sources: "", last: None, **hidden}
            final: Answer | None = None
            try:
                for part in assistant.stream(question_text, turn_list):
                    if isinstance(part, Answer):
                        final = part
                        break
                    chat_value[-1] = {"role": "assistant", "content": chat_text(part)}
                    yield {chat: chat_value}
                    if assistant.generator is None:
                        time.sleep(LINE_DELAY_S)
            except (QuestionError, NoIndexError) as exc:
                chat_value[-1] = {"role": "assistant", "content": chat_text(str(exc))}
                yield {chat: chat_value}
                return
            assert final is not None
            notice = "\n\n" + _fallback_reason(final) if final.fallback_reason else ""
            shown = answer_text(final.answer + notice, len(final.citations))
            chat_value[-1] = {"role": "assistant", "content": shown}
            record = {
                **final.to_json(),
                "answer_id": uuid.uuid4().hex[:12],
                "question": question_text,
                "history": turn_list[-2 * settings.max_history_turns :] if settings.max_history_turns else turn_list,
            }
            turn_list = turn_list + [
                {"role": "user", "content": question_text},
                {"role": "assistant", "content": final.answer},
            ]
            yield {
                chat: chat_value,
                turns: turn_list,
                sources: sources_html(final, links()),
                last: record,
                feedback_row: gr.update(visible=True),
                up: gr.update(variant="secondary"),
                down: gr.update(variant="secondary"),
            }

        def api_ask(question: str, history: list | None = None) -> dict:
            """The same JSON as `kra ask --json`."""
            if not startup.ready:
                return {"error": startup.not_ready_message(), "abstained": True, "answer": "", "citations": []}
            try:
                return assistant.ask(question, () if history is None else history).to_json()
            except (QuestionError, NoIndexError) as exc:
                return {"error": str(exc), "abstained": True, "answer": "", "citations": []}

        def on_vote(rating: str, text: str, lst: dict | None):
            message = record_feedback(settings, rating, text, lst)
            if _feedback_refused(settings, text, lst):
                return {thanks: message}
            return {
                thanks: message,
                vote: rating,
                up: gr.update(variant="primary" if rating == "up" else "secondary"),
                down: gr.update(variant="primary" if rating == "down" else "secondary"),
            }

        def on_comment(text: str, rating: str | None, lst: dict | None):
            return record_feedback(settings, rating, text, lst)

        def tick():
            status = startup.status()
            if not status.ready:
                return {progress: gr.update(value=progress_html(status.phases, status.error), visible=True)}
            return {
                progress: gr.update(value="", visible=False),
                timer: gr.Timer(active=False),
                vtable: resolution_table(""),
                vcards: resolution_cards(""),
                docs: document_list(),
                missing: missing_documents(),
            }

        ask_outputs = [chat, turns, sources, last, question, feedback_row, thanks, comment, vote, up, down]
        private = {"api_visibility": "private"}
        send.click(on_ask, [question, chat, turns], ask_outputs, **private)
        question.submit(on_ask, [question, chat, turns], ask_outputs, **private)
        for button, text in zip(example_buttons, EXAMPLES, strict=True):
            button.click(partial(_ask_example, on_ask, text), [chat, turns], ask_outputs, **private)

        def reset():
            return [], [], "", None, "", gr.update(visible=False), "", "", None, gr.update(), gr.update()

        clear.click(reset, None, ask_outputs, **private)
        chat.clear(reset, None, ask_outputs, **private)
        up.click(partial(on_vote, "up"), [comment, last], [thanks, vote, up, down], **private)
        down.click(partial(on_vote, "down"), [comment, last], [thanks, vote, up, down], **private)
        comment.submit(on_comment, [comment, vote, last], thanks, **private)
        vfilter.change(resolution_table, vfilter, vtable, **private)
        vfilter.change(resolution_cards, vfilter, vcards, **private)
        tick_outputs = [progress, timer, vtable, vcards, docs, missing]
        timer.tick(tick, None, tick_outputs, **private)
        if not startup.ready:
            app.load(tick, None, tick_outputs, **private)
        gr.api(api_ask, api_name="ask")
    return app


def _ask_example(on_ask, text: str, chat_value: list, turn_list: list):
    yield from on_ask(text, chat_value, turn_list)


def _fallback_reason(answer: Answer) -> str:
    """Why the language model's answer is not shown, in the answer's language ("(tidsavbrudd)")."""
    reason = tr_section("fallback", answer.language).get(answer.fallback_reason, answer.fallback_reason)
    return tr("web.fallback_reason", reason=reason)


def make_server_app(settings: Settings, assistant: Assistant, blocks: gr.Blocks):
    """The chat mounted on a FastAPI app whose one extra route serves the ingested PDFs.

    Nothing else on disk is reachable: Gradio gets no `allowed_paths`, so its file route
    serves only its own upload and cache folders.
    """
    auth = (settings.auth_user, settings.auth_password) if settings.auth_user and settings.auth_password else None
    server = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    pdfs = PdfFiles()

    @server.get(ROUTE + "/{key}")
    def pdf(key: str, request: Request) -> Response:
        if auth is not None and not _logged_in(server, request):
            raise HTTPException(status_code=401, detail=tr("web.log_in_first"))
        try:
            documents = assistant.index.documents
        except Exception:  # noqa: BLE001 - no index or a damaged one: nothing to serve
            raise HTTPException(status_code=404, detail=tr("web.no_such_document")) from None
        data = pdfs.read(key, documents)
        if data is None:
            raise HTTPException(status_code=404, detail=tr("web.no_such_document"))
        return Response(
            data,
            media_type="application/pdf",
            headers={
                "Content-Disposition": "inline",
                "X-Content-Type-Options": "nosniff",
                "Content-Security-Policy": "sandbox",
                "Cache-Control": "private, max-age=300",
            },
        )

    app = gr.mount_gradio_app(
        server, blocks, path="", auth=auth, css=CSS, show_error=True, footer_links=[], ssr_mode=False, i18n=I18N
    )
    return _HeadScript(app, HEAD)


class _HeadScript:
    """ASGI wrapper that puts the page's script first in <head> of the chat page, before Gradio's own.

    Gradio adds `head=` only after it has chosen its label language, too late to make it Norwegian.
    Every other response passes through untouched.
    """

    def __init__(self, app, script: str):
        self.app = app
        self.script = script.encode()

    def __getattr__(self, name):
        return getattr(self.app, name)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") != "GET" or scope.get("path") != "/":
            await self.app(scope, receive, send)
            return
        start: dict = {}
        body: list[bytes] = []

        async def capture(message):
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] == "http.response.body":
                body.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                data = b"".join(body)
                headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
                if any(k.lower() == b"content-type" and v.startswith(b"text/html") for k, v in headers):
                    data = data.replace(b'lang="en"', b'lang="nb"', 1).replace(b"<head>", b"<head>" + self.script, 1)
                headers.append((b"content-length", str(len(data)).encode()))
                await send({**start, "headers": headers})
                await send({"type": "http.response.body", "body": data})
                return
            await send(message)

        await self.app(scope, receive, capture)


def _logged_in(server, request) -> bool:
    """The same session check Gradio makes: its access-token cookie names a logged-in user."""
    for route in server.routes:
        gradio_app = getattr(route, "app", None)
        if hasattr(gradio_app, "tokens") and hasattr(gradio_app, "cookie_id"):
            cookie = request.cookies.get(f"access-token-{gradio_app.cookie_id}") or request.cookies.get(
                f"access-token-unsecure-{gradio_app.cookie_id}"
            )
            return gradio_app.tokens.get(cookie) is not None
    return False


def _cannot_listen(host: str, port: int) -> str | None:
    """Why the address cannot be bound (in use, not an address of this machine), or None."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return tr("serve.unknown_address", reason=exc.strerror)
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            return tr("serve.port_in_use") if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
    return None


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> int:
    """Ingest on first start if needed, then serve until stopped."""
    import uvicorn

    problem = _cannot_listen(host, port)
    if problem:
        print(tr("serve.cannot_listen", host=host, port=port, problem=problem), file=sys.stderr)
        return 2
    assistant = Assistant(settings)
    if ever_indexed(settings.home, settings.chroma_url):
        # a used data folder is never filled again on its own: a broken index is the user's to repair
        try:
            assistant.index  # noqa: B018 - open and validate now, not on the first question
        except (NoIndexError, IndexMismatchError) as exc:
            print(tr("serve.stopped", message=exc), file=sys.stderr)
            return 2
        startup = Startup(settings, ready=True)
    else:
        # first start: listen at once and read the bundled corpus in the background
        startup = Startup(settings, ready=False)
    blocks = build_app(settings, assistant, startup)
    if host not in ("127.0.0.1", "localhost", "::1") and not (settings.auth_user and settings.auth_password):
        print(tr("serve.no_login", host=host), file=sys.stderr)
    blocks.queue(default_concurrency_limit=8)
    app = make_server_app(settings, assistant, blocks)
    shown = f"[{host}]" if ":" in host else host
    print(tr("serve.listening", url=f"http://{shown}:{port}"), file=sys.stderr, flush=True)
    # open event streams (chat clients) must not keep a stopping server alive
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=3))
    if not startup.ready:
        startup.start(after=lambda: server.started)  # the page first, then the ingest
    server.run()
    return 0
