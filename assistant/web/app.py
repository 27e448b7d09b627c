"""`kra serve`: chat with source cards, a resolution browser, the document list and an `ask` API."""

from __future__ import annotations

import errno
import html
import json
import re
import socket
import sys
from datetime import UTC, datetime
from functools import partial

import gradio as gr
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import Response

from assistant import Answer, Assistant, NoIndexError, QuestionError
from assistant.web.files import ROUTE, PdfFiles, pdf_url
from assistant.web.render import chat_text, resolution_card, sources_html
from ingest.errors import IndexMismatchError
from ingest.index import ever_indexed
from ingest.settings import Settings

CSS = """
.kra-card {border:1px solid #c8c8c8; border-radius:6px; padding:6px 10px; margin:6px 0; background:#fafafa}
.kra-card summary {cursor:pointer}
.kra-ref {background:#1f4e79; color:white; border-radius:4px; padding:0 5px; font-size:0.85em}
.kra-section {color:#555; font-size:0.85em}
.kra-quote {font-style:italic; margin-top:4px}
.kra-passage {white-space:pre-wrap; margin-top:8px; font-size:0.9em; border-top:1px solid #ddd; padding-top:6px}
.kra-head {font-weight:bold; margin-top:8px}
mark {background:#fff0a0}
"""
EXAMPLES = [
    "Hva sier vedtak 5.13, og hva er gjort siden?",
    "Hvor mye fikk Kulturskolerådet innvilget i grunnstøtte?",
    "Hvilke kompetansefellesskap finnes i administrasjonen?",
    "Hva er planlagt videre med fordypning regionalt?",
]


def ensure_index(settings: Settings) -> None:
    """First start with no index: ingest the bundled corpus, showing progress on the console.

    Only a data folder that has never held an index is filled this way; a damaged or missing
    pointer in a used folder is the user's to repair (`kra ingest`), never silently replaced.
    """
    if ever_indexed(settings.home):
        return
    from tqdm import tqdm

    from ingest.pipeline import ingest

    print(f"Ingen indeks i {settings.home}: leser inn {settings.corpus} …", file=sys.stderr)
    bars: dict[str, tqdm] = {}

    def progress(label: str, done: int, total: int) -> None:
        bar = bars.get(label)
        if bar is None:
            bar = bars[label] = tqdm(total=total, desc=label, file=sys.stderr)
        bar.n = done
        bar.refresh()

    report = ingest(settings, progress=progress)
    for bar in bars.values():
        bar.close()
    print(f"{report.documents} dokumenter, {report.chunks} avsnitt, {report.seconds:.0f} s", file=sys.stderr)


def _history(chat: list) -> list[dict]:
    return [{"role": m["role"], "content": m["content"]} for m in chat or [] if isinstance(m, dict)]


def record_feedback(settings: Settings, rating: str, comment: str | None, last: dict | None) -> str:
    """Append one feedback record for the last answer; returns the message shown to the user."""
    if not last:
        return "Still et spørsmål først."
    comment = comment or ""
    if len(comment) > settings.max_feedback_chars:
        return f"Kommentaren er for lang ({len(comment)} tegn); maks er {settings.max_feedback_chars} tegn."
    settings.home.mkdir(parents=True, exist_ok=True)
    record = {
        "time": datetime.now(UTC).isoformat(timespec="seconds"),
        "rating": rating,
        "comment": comment,
        "question": last.get("question"),
        "answer": last.get("answer"),
        "citations": [c["chunk_id"] for c in last.get("citations", [])],
    }
    with open(settings.feedback_path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return "Takk! Tilbakemeldingen er lagret."


def build_app(settings: Settings, assistant: Assistant | None = None) -> gr.Blocks:
    """The Blocks app; `serve` launches it."""
    assistant = assistant or Assistant(settings)

    def links() -> dict:
        docs = assistant.index.documents.values()
        return {d.doc_id: partial(pdf_url, d) for d in docs if pdf_url(d)}

    def on_ask(question: str, chat: list, turns: list):
        chat = list(chat or [])
        turns = list(turns or [])
        if not (question or "").strip():
            yield chat, turns, "", None, gr.update()
            return
        chat.append({"role": "user", "content": chat_text(question)})
        chat.append({"role": "assistant", "content": "…"})
        yield chat, turns, "", None, ""
        try:
            final: Answer | None = None
            for part in assistant.stream(question, turns):
                if isinstance(part, Answer):
                    final = part
                else:
                    chat[-1] = {"role": "assistant", "content": chat_text(part)}
                    yield chat, turns, "", None, ""
        except (QuestionError, NoIndexError) as exc:
            chat[-1] = {"role": "assistant", "content": chat_text(str(exc))}
            yield chat, turns, "", None, ""
            return
        assert final is not None
        notice = f"\n\n({final.fallback_reason})" if final.fallback_reason else ""
        chat[-1] = {"role": "assistant", "content": chat_text(final.answer + notice)}
        turns += [{"role": "user", "content": question}, {"role": "assistant", "content": final.answer}]
        yield chat, turns, sources_html(final, links()), final.to_json(), ""

    def api_ask(question: str, history: list | None = None) -> dict:
        """The same JSON as `kra ask --json`."""
        try:
            return assistant.ask(question, () if history is None else history).to_json()
        except (QuestionError, NoIndexError) as exc:
            return {"error": str(exc), "abstained": True, "answer": "", "citations": []}

    def feedback(rating: str, comment: str, last: dict | None) -> str:
        return record_feedback(settings, rating, comment, last)

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
                title = owner[-1] if owner else f"Vedtak {number}"
                text = "\n".join(re.findall(r"(?:\d\. )?«[^»]+»", "\n".join(p.text for p in parts)))
            item = {
                "number": number,
                "title": title,
                "text": text,
                "done": "\n\n".join(p.text for p in parts if p.role == "status_done"),
                "planned": "\n\n".join(p.text for p in parts if p.role == "status_planned"),
                "page": parts[0].page,
                "doc": parts[0].title,
            }
            if not filter_text or filter_text.lower() in " ".join(str(v) for v in item.values()).lower():
                out.append(item)
        return out

    def resolution_rows(filter_text: str = "") -> list[list[str]]:
        return [[r["number"], r["title"], " ".join(r["text"].split())[:220]] for r in resolutions(filter_text)]

    def resolution_cards(filter_text: str = "") -> str:
        return "".join(resolution_card(r) for r in resolutions(filter_text))

    def document_rows() -> list[list]:
        index = assistant.index
        return [
            [d.title, d.kind, d.pages or "", len(d.chunks), d.ingested_at.replace("T", " ")]
            for d in index.documents.values()
        ]

    def missing_documents() -> str:
        from ingest.corpus import list_documents

        try:
            missing = [d for d in list_documents(settings.corpus, settings.home) if d.status == "missing"]
        except Exception as exc:  # noqa: BLE001 - the tab must render even with a broken manifest
            return f"Kunne ikke lese manifestet: {html.escape(str(exc))}"
        if not missing:
            return "Alle dokumentene i manifestet er lest inn."
        lines = "\n".join(f"- {html.escape(d.title)} ({html.escape(d.kind)})" for d in missing)
        return (
            f"**Offisielle dokumenter som mangler ({len(missing)}):**\n\n{lines}\n\n"
            "Hent dem (krever internett), og les dem inn: `kra corpus fetch && kra ingest`"
        )

    def ask_about(evt: gr.SelectData, table):
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        number = table.iloc[row, 0] if hasattr(table, "iloc") else table[row][0]
        return f"Hva sier vedtak {number}, og hva er gjort siden?", gr.Tabs(selected="chat")

    with gr.Blocks(title="Kulturskolerådet – spør dokumentene") as app:
        gr.Markdown(
            "## Spør Kulturskolerådets styringsdokumenter\n"
            "Svarene er utdrag fra dokumentene, med kilde til hvert avsnitt eller vedtak."
        )
        turns = gr.State([])
        last = gr.State(None)
        with gr.Tabs() as tabs:
            with gr.Tab("Spør", id="chat"):
                chat = gr.Chatbot(label="Samtale", height=380, elem_id="kra-chat", render_markdown=True)
                question = gr.Textbox(
                    label="Spørsmål", placeholder="F.eks. Hva sier vedtak 5.13?", elem_id="kra-question"
                )
                with gr.Row():
                    send = gr.Button("Spør", variant="primary", elem_id="kra-send")
                    clear = gr.Button("Ny samtale", elem_id="kra-clear")
                gr.Examples(EXAMPLES, inputs=question, label="Eksempler")
                sources = gr.HTML(elem_id="kra-sources")
                with gr.Row():
                    up = gr.Button("Nyttig svar", size="sm")
                    down = gr.Button("Ikke nyttig", size="sm")
                    comment = gr.Textbox(label="Kommentar (valgfritt)", scale=3)
                thanks = gr.Markdown()
            with gr.Tab("Vedtak", id="vedtak"):
                gr.Markdown("Landstingsvedtakene i dokumentene. Klikk på en rad for å spørre om vedtaket.")
                vfilter = gr.Textbox(label="Filtrer", elem_id="kra-vfilter")
                vtable = gr.Dataframe(
                    headers=["Vedtak", "Tittel", "Vedtakstekst"],
                    value=resolution_rows,
                    wrap=True,
                    interactive=False,
                    elem_id="kra-vedtak",
                    column_widths=["8%", "30%", "62%"],
                )
                vcards = gr.HTML(resolution_cards, elem_id="kra-vedtak-cards")
            with gr.Tab("Dokumenter", id="docs"):
                gr.Dataframe(
                    headers=["Tittel", "Type", "Sider", "Avsnitt", "Lest inn"], value=document_rows, interactive=False
                )
                gr.Markdown(missing_documents)

        outputs = [chat, turns, sources, last, question]
        send.click(on_ask, [question, chat, turns], outputs, api_visibility="private")
        question.submit(on_ask, [question, chat, turns], outputs, api_visibility="private")
        clear.click(lambda: ([], [], "", None, ""), None, outputs, api_visibility="private")
        up.click(lambda c, lst: feedback("up", c, lst), [comment, last], thanks, api_visibility="private")
        down.click(lambda c, lst: feedback("down", c, lst), [comment, last], thanks, api_visibility="private")
        vfilter.change(resolution_rows, vfilter, vtable, api_visibility="private")
        vfilter.change(resolution_cards, vfilter, vcards, api_visibility="private")
        vtable.select(ask_about, vtable, [question, tabs], api_visibility="private").then(
            on_ask, [question, chat, turns], outputs, api_visibility="private"
        )
        gr.api(api_ask, api_name="ask")
    return app


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
            raise HTTPException(status_code=401, detail="Logg inn først.")
        try:
            documents = assistant.index.documents
        except Exception:  # noqa: BLE001 - no index or a damaged one: nothing to serve
            raise HTTPException(status_code=404, detail="Fant ikke dokumentet.") from None
        data = pdfs.read(key, documents)
        if data is None:
            raise HTTPException(status_code=404, detail="Fant ikke dokumentet.")
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

    return gr.mount_gradio_app(
        server, blocks, path="", auth=auth, css=CSS, show_error=True, footer_links=[], ssr_mode=False
    )


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
        return f"ukjent adresse ({exc.strerror})"
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            return "porten er allerede i bruk" if exc.errno == errno.EADDRINUSE else (exc.strerror or str(exc))
    return None


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> int:
    """Ingest on first start if needed, then serve until stopped."""
    import uvicorn

    problem = _cannot_listen(host, port)
    if problem:
        print(f"kra serve: kan ikke lytte på {host}:{port}: {problem}", file=sys.stderr)
        return 2
    ensure_index(settings)
    assistant = Assistant(settings)
    try:
        assistant.index  # noqa: B018 - open and validate now, not on the first question
    except (NoIndexError, IndexMismatchError) as exc:
        print(f"kra serve: {exc}", file=sys.stderr)
        return 2
    blocks = build_app(settings, assistant)
    if host not in ("127.0.0.1", "localhost", "::1") and not (settings.auth_user and settings.auth_password):
        print(f"Advarsel: lytter på {host} uten innlogging (sett KRA_AUTH_USER og KRA_AUTH_PASSWORD).", file=sys.stderr)
    blocks.queue(default_concurrency_limit=8)
    app = make_server_app(settings, assistant, blocks)
    shown = f"[{host}]" if ":" in host else host
    print(f"kra lytter på http://{shown}:{port}", file=sys.stderr, flush=True)
    # open event streams (chat clients) must not keep a stopping server alive
    uvicorn.run(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=3)
    return 0
