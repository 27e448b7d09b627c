"""`kra serve`: chat with source cards, a resolution browser, the document list and an `ask` API."""

from __future__ import annotations

import html
import json
import sys
from datetime import UTC, datetime

import gradio as gr

from assistant import Assistant, NoIndexError, QuestionError
from assistant.web.render import answer_html, sources_html
from ingest.index import current_generation
from ingest.settings import Settings

CSS = """
.kra-card {border:1px solid #ccc; border-radius:6px; padding:6px 10px; margin:6px 0}
.kra-ref {background:#1f4e79; color:white; border-radius:4px; padding:0 5px; font-size:0.85em}
.kra-section {color:#555; font-size:0.85em}
.kra-quote {font-style:italic; margin-top:4px}
.kra-passage {white-space:pre-wrap; margin-top:8px; font-size:0.9em}
mark {background:#fff0a0}
"""
EXAMPLES = [
    "Hva sier vedtak 5.13, og hva er gjort siden?",
    "Hvor mye fikk Kulturskolerådet innvilget i grunnstøtte?",
    "Hvilke kompetansefellesskap finnes i administrasjonen?",
    "Hva er planlagt for fordypning regionalt?",
]


def ensure_index(settings: Settings) -> None:
    """First start with no index: ingest the bundled corpus, showing progress on the console."""
    if current_generation(settings.home) is not None:
        return
    from ingest.pipeline import ingest

    print(f"Ingen indeks i {settings.home}: leser inn {settings.corpus} …", file=sys.stderr)

    def progress(label: str, done: int, total: int) -> None:
        print(f"  {label}: {done}/{total}", file=sys.stderr)

    report = ingest(settings, progress=progress)
    print(f"  {report.documents} dokumenter, {report.chunks} avsnitt på {report.seconds:.0f} s", file=sys.stderr)


def build_app(settings: Settings) -> gr.Blocks:
    assistant = Assistant(settings)

    def history_from(chat: list) -> list[dict]:
        return [{"role": m["role"], "content": m["content"]} for m in chat if m.get("role") == "user"]

    def on_ask(question: str, chat: list):
        chat = chat or []
        try:
            answer = assistant.ask(question, history_from(chat))
        except (QuestionError, NoIndexError) as exc:
            return chat, str(html.escape(str(exc))), "", None
        chat = [*chat, {"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]
        return chat, answer_html(answer), sources_html(answer), answer.to_json()

    def api_ask(question: str, history: list | None = None) -> dict:
        try:
            return assistant.ask(question, history or ()).to_json()
        except QuestionError as exc:
            return {"error": str(exc), "abstained": True, "answer": "", "citations": []}

    def feedback(rating: str, comment: str, last: dict | None) -> str:
        if not last:
            return "Still et spørsmål først."
        settings.home.mkdir(parents=True, exist_ok=True)
        with open(settings.feedback_path, "a", encoding="utf-8") as fh:
            record = {"time": datetime.now(UTC).isoformat(), "rating": rating, "comment": comment,
                      "question": last.get("question"), "answer": last.get("answer"),
                      "citations": [c["chunk_id"] for c in last.get("citations", [])]}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        return "Takk for tilbakemeldingen!"

    def resolutions_table(filter_text: str = "") -> list[list[str]]:
        index = assistant.index
        rows = []
        for number in index.resolutions():
            parts = index.by_ref(f"vedtak {number}")
            title = next((p.section[-1] for p in parts if p.role == "resolution"), parts[0].section[-1] if parts else "")
            text = next((p.text for p in parts if p.role == "resolution"), "")
            done = "\n".join(p.text for p in parts if p.role == "status_done")
            planned = "\n".join(p.text for p in parts if p.role == "status_planned")
            row = [number, title, text, done, planned]
            if not filter_text or filter_text.lower() in " ".join(row).lower():
                rows.append(row)
        return rows

    def documents_table() -> list[list]:
        index = assistant.index
        return [[d.title, d.kind, d.pages or "", len(d.chunks), d.ingested_at] for d in index.documents.values()]

    with gr.Blocks(title="Kulturskolerådet – spør dokumentene") as app:
        gr.Markdown("## Spør Kulturskolerådets styringsdokumenter\nSvar med kilde til hvert avsnitt eller vedtak.")
        last = gr.State(None)
        with gr.Tab("Spør"):
            chat = gr.Chatbot(label="Samtale", height=260)
            question = gr.Textbox(label="Spørsmål", placeholder="F.eks. Hva sier vedtak 5.13?", elem_id="kra-question")
            with gr.Row():
                send = gr.Button("Spør", variant="primary", elem_id="kra-send")
                clear = gr.Button("Ny samtale")
            gr.Examples(EXAMPLES, inputs=question)
            answer_box = gr.HTML(elem_id="kra-answer")
            sources = gr.HTML(elem_id="kra-sources")
            with gr.Row():
                up = gr.Button("👍 Nyttig")
                down = gr.Button("👎 Ikke nyttig")
                comment = gr.Textbox(label="Kommentar (valgfritt)")
            thanks = gr.Markdown()
        with gr.Tab("Vedtak"):
            vfilter = gr.Textbox(label="Filtrer")
            vtable = gr.Dataframe(
                headers=["Vedtak", "Tittel", "Vedtakstekst", "Hva som har vært gjort", "Hva som er planlagt gjort videre"],
                value=resolutions_table, wrap=True, interactive=False, elem_id="kra-vedtak",
            )
        with gr.Tab("Dokumenter"):
            gr.Dataframe(headers=["Tittel", "Type", "Sider", "Avsnitt", "Lest inn"], value=documents_table, interactive=False)

        send.click(on_ask, [question, chat], [chat, answer_box, sources, last], api_visibility="private")
        question.submit(on_ask, [question, chat], [chat, answer_box, sources, last], api_visibility="private")
        clear.click(lambda: ([], "", "", None), None, [chat, answer_box, sources, last], api_visibility="private")
        up.click(lambda c, l: feedback("up", c, l), [comment, last], thanks, api_visibility="private")
        down.click(lambda c, l: feedback("down", c, l), [comment, last], thanks, api_visibility="private")
        vfilter.change(resolutions_table, vfilter, vtable, api_visibility="private")
        gr.api(api_ask, api_name="ask")
    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> int:
    ensure_index(settings)
    app = build_app(settings)
    auth = (settings.auth_user, settings.auth_password) if settings.auth_user and settings.auth_password else None
    if host not in ("127.0.0.1", "localhost", "::1") and auth is None:
        print(f"Advarsel: lytter på {host} uten innlogging (sett KRA_AUTH_USER/KRA_AUTH_PASSWORD).", file=sys.stderr)
    app.queue(default_concurrency_limit=4).launch(
        server_name=host, server_port=port, auth=auth, css=CSS, show_error=True, footer_links=[]
    )
    return 0
