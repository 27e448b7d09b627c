"""The web chat end to end: `kra serve` in a real process, driven by Debian's headless Chromium.

The journey a staff member makes: first start on an empty data folder (slow: it ingests), then
asking, reading the sources, voting, and every tab at desktop and phone width.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import free_port, kra_serve, wait_until

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = ROOT / "test-artifacts"
DOCS = ROOT / "docs"
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
TABS = ["Spør", "Vedtak", "Dokumenter"]
# Gradio's own English labels, as they would show on buttons, tooltips and headings
ENGLISH = {
    "Clear", "Copy", "Copied", "Copy conversation", "Copy message", "Fullscreen", "Exit fullscreen mode",
    "Share", "Submit", "Undo", "Retry", "Like", "Dislike", "Loading", "Error", "Settings", "Use via API",
    "Built with Gradio", "Scroll down", "Textbox", "Chatbot", "Dataframe", "Examples", "Stop", "Edit",
}  # fmt: skip
VISIBLE_LABELS = """() => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    if (style.display === 'none' || style.visibility === 'hidden' || !box.width || !box.height) continue;
    for (const name of ['title', 'placeholder']) if (el.getAttribute(name)) out.push(el.getAttribute(name));
    if (el.tagName === 'BUTTON' && el.getAttribute('aria-label')) out.push(el.getAttribute('aria-label'));
    for (const node of el.childNodes) {
      if (node.nodeType === 3 && node.textContent.trim()) out.push(node.textContent.trim());
    }
  }
  return out;
}"""
# every text the newest answer shows while it streams, in order
WATCH_ANSWER = """() => {
  window.kraSeen = [];
  const chat = document.querySelector('#kra-chat');
  new MutationObserver(() => {
    const bots = chat.querySelectorAll('.message.bot, [data-testid="bot"]');
    const text = bots.length ? bots[bots.length - 1].innerText.trim() : '';
    if (text && window.kraSeen[window.kraSeen.length - 1] !== text) window.kraSeen.push(text);
  }).observe(chat, {subtree: true, childList: true, characterData: true});
}"""


def _browser(p):
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    return p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _no_english_label(page) -> None:
    shown = set(page.evaluate(VISIBLE_LABELS))
    assert not shown & ENGLISH, f"English Gradio labels on the page: {sorted(shown & ENGLISH)}"


def _no_horizontal_scroll(page, width: int) -> None:
    scroll = page.evaluate("Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
    assert scroll <= width + 1, f"the page scrolls sideways at {width} px ({scroll} px wide)"


@pytest.fixture(scope="module")
def served_home(bundled_home, tmp_path_factory) -> Path:
    """A private copy of the ingested corpus: the journey writes feedback into it."""
    home = tmp_path_factory.mktemp("web") / "home"
    shutil.copytree(bundled_home, home)
    return home


@pytest.fixture(scope="module")
def server(served_home):
    with kra_serve(served_home) as url:
        yield url


def test_ask_endpoint_returns_the_cli_json(server):
    from gradio_client import Client

    client = Client(server, verbose=False)
    result = client.predict("Hva sier vedtak 5.13?", [], api_name="/ask")
    assert result["abstained"] is False
    assert result["citations"][0]["ref"] == "vedtak 5.13"
    assert set(result) >= {"answer", "abstained", "citations", "language", "timings_ms"}
    history = [{"role": "user", "content": "Hva sier vedtak 5.13?"}]
    follow = client.predict("Og hva er planlagt videre?", history, api_name="/ask")
    assert follow["citations"][0]["section"][-1] == "Hva som er planlagt gjort videre"


def test_journey_streams_cites_takes_feedback_and_fits_a_phone(server, served_home):
    """Ask by example, watch the answer stream, open card 1 from [1], change a vote; every tab at both sizes."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = _browser(p)
        page = browser.new_page(viewport=dict(zip(("width", "height"), SIZES["desktop"], strict=True)), locale="en-US")
        page.goto(server)
        expect(page.locator("#kra-chat")).to_be_visible()
        expect(page.locator("#kra-feedback")).to_be_hidden()  # no votes before an answer
        page.evaluate(WATCH_ANSWER)
        page.get_by_role("button", name="Hva sier vedtak 5.13, og hva er gjort siden?").click()  # sends at once
        cards = page.locator("#kra-sources details.kra-card")
        expect(cards.first).to_be_visible(timeout=30000)
        expect(page.locator("#kra-chat")).to_contain_text("Prissetting av kulturskolens tilbud")
        seen = page.evaluate("window.kraSeen")
        final = seen[-1]
        assert any(t and t != final and t != "…" and "Prissetting" in t and len(t) < len(final) for t in seen), seen

        page.locator("#kra-chat a.kra-cite", has_text="[1]").first.click()
        card = page.locator('#kra-sources details[data-n="1"]')
        expect(card).to_have_attribute("open", "")
        expect(card.locator(".kra-passage mark")).to_be_visible()
        expect(card.locator(".kra-quote")).to_be_hidden()  # the quote is not repeated above the passage
        expect(card).to_contain_text("5.13")
        _shot(page, "journey-chat-desktop")

        page.locator("#kra-up").click()
        expect(page.locator("#kra-thanks")).to_contain_text("nyttig")
        page.locator("#kra-comment textarea").fill("Bra, men for langt")
        page.locator("#kra-down").click()
        expect(page.locator("#kra-thanks")).to_contain_text("ikke nyttig")
        records = [json.loads(line) for line in (served_home / "feedback.jsonl").read_text().splitlines()]
        answer_id = records[-1]["answer_id"]
        mine = [r for r in records if r["answer_id"] == answer_id]
        assert answer_id and [r["rating"] for r in mine] == ["up", "down"]
        assert mine[-1]["comment"] == "Bra, men for langt" and mine[-1]["question"].startswith("Hva sier vedtak 5.13")

        page.locator("#kra-clear").click()
        expect(page.locator("#kra-feedback")).to_be_hidden()
        expect(page.locator("#kra-thanks")).not_to_contain_text("Takk")
        expect(page.locator("#kra-sources")).not_to_contain_text("Kilder")

        page.get_by_role("tab", name="Vedtak").click()
        table = page.locator("#kra-vedtak-table")
        expect(table).to_contain_text("Prisnivå i kulturskolen")
        assert "5.11 5.11" not in table.inner_text()
        _shot(page, "journey-vedtak-desktop")
        table.get_by_text("Helhetlig lederutviklingsprogram").click()  # a row asks about its resolution
        expect(page.locator("#kra-sources")).to_contain_text("5.12", timeout=30000)
        page.get_by_role("tab", name="Dokumenter").click()
        expect(page.locator("#kra-docs")).to_contain_text("rapport")
        _shot(page, "journey-dokumenter-desktop")
        _no_english_label(page)
        page.close()

        width, height = SIZES["phone"]
        phone = browser.new_page(viewport={"width": width, "height": height}, locale="en-US")
        phone.goto(server)
        phone.locator("#kra-question textarea").fill("Hvem har ansvar for fordypning?")
        phone.locator("#kra-send").click()
        expect(phone.locator("#kra-sources details.kra-card").first).to_be_visible(timeout=30000)
        for tab in TABS:
            phone.get_by_role("tab", name=tab).click()
            time.sleep(0.5)
            _no_horizontal_scroll(phone, width)
            _no_english_label(phone)
            if tab == "Vedtak":
                expect(phone.locator("#kra-vedtak-table")).to_be_hidden()  # cards instead of a table on a phone
                expect(phone.locator("#kra-vedtak-cards details").first).to_be_visible()
            _shot(phone, f"journey-{tab.lower().replace('ø', 'o')}-phone")
        browser.close()
    if os.environ.get("KRA_UPDATE_DOCS"):
        for name, doc in {
            "journey-chat-desktop": "chat",
            "journey-vedtak-desktop": "vedtak",
            "journey-spor-phone": "chat-mobil",
        }.items():
            shutil.copy(ARTIFACTS / f"{name}.png", DOCS / f"screenshot-{doc}.png")


def _status(url: str) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status
    except OSError:
        return None


@pytest.mark.slow
def test_first_start_is_live_at_once_and_becomes_the_chat_without_a_reload(tmp_path):
    """`kra serve` on an empty data folder: HTTP 200 within 10 s, live progress, then the chat."""
    from playwright.sync_api import expect, sync_playwright

    home = tmp_path / "home"
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)],
        env={**os.environ, "KRA_HOME": str(home)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        started = time.monotonic()
        assert wait_until(lambda: _status(url) == 200, 10), "no HTTP 200 within 10 s"
        assert time.monotonic() - started < 10
        with sync_playwright() as p:
            browser = _browser(p)
            page = browser.new_page(viewport={"width": 1366, "height": 900}, locale="en-US")
            page.goto(url)
            progress = page.locator("#kra-progress")
            expect(progress).to_contain_text("Leser inn dokumentene", timeout=10000)
            page.locator("#kra-question textarea").fill("Hva sier vedtak 5.13?")
            page.locator("#kra-send").click()
            expect(page.locator("#kra-chat")).to_contain_text("leses inn nå")  # asked too early: told so
            expect(progress).to_contain_text("av", timeout=60000)  # live counts
            _shot(page, "journey-progress-desktop")
            expect(progress).to_be_hidden(timeout=300000)  # ready: the page switches by itself
            page.locator("#kra-question textarea").fill("Hva sier vedtak 5.13?")
            page.locator("#kra-send").click()
            expect(page.locator("#kra-sources details.kra-card").first).to_contain_text("5.13", timeout=30000)
            page.get_by_role("tab", name="Vedtak").click()
            expect(page.locator("#kra-vedtak-cards")).to_contain_text("Prisnivå i kulturskolen")
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
    output = (tmp_path / "serve.log").read_text()
    assert "Traceback" not in output
    assert "embedde avsnitt: 82/82" in output or "embedde avsnitt:" in output  # one plain line per phase
