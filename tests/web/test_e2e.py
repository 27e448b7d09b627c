"""The web chat end to end: `kra serve` in a real process, driven by headless Chromium."""

import os
import shutil
from pathlib import Path

import pytest
from conftest import kra_serve

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
DOCS = Path(__file__).resolve().parents[2] / "docs"
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="module")
def server(bundled_home):
    with kra_serve(bundled_home) as url:
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


def test_chat_shows_answer_and_source_cards_and_vedtak_tab(server):
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed (apt-get install chromium); .ci/run installs it")
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1400})
        page.goto(server)
        page.locator("#kra-question textarea").fill("Hva sier vedtak 5.13, og hva er gjort siden?")
        page.locator("#kra-send").click()
        card = page.locator("#kra-sources details.kra-card").first
        expect(card).to_be_visible(timeout=30000)
        expect(card).to_contain_text("5.13")
        expect(page.locator("#kra-chat")).to_contain_text("Prissetting av kulturskolens tilbud")
        card.locator("summary").click()
        expect(card.locator(".kra-passage")).to_be_visible()
        expect(card.locator("mark")).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "chat.png"), full_page=True)
        page.get_by_role("tab", name="Vedtak").click()
        table = page.locator("#kra-vedtak")
        expect(table).to_contain_text("Prisnivå i kulturskolen")
        expect(table).to_contain_text("5.14")
        card_513 = page.locator("#kra-vedtak-cards details", has_text="Prisnivå i kulturskolen")
        card_513.locator("summary").click()
        expect(card_513).to_contain_text("Hva som er planlagt gjort videre")
        page.screenshot(path=str(ARTIFACTS / "vedtak.png"), full_page=True)
        page.locator("#kra-vedtak-cards").scroll_into_view_if_needed()
        page.get_by_role("tab", name="Vedtak").click()
        table.get_by_text("Helhetlig lederutviklingsprogram").first.click()
        expect(page.locator("#kra-sources")).to_contain_text("5.12", timeout=30000)
        browser.close()
    if os.environ.get("KRA_UPDATE_DOCS"):
        DOCS.mkdir(exist_ok=True)
        for name in ("chat.png", "vedtak.png"):
            shutil.copy(ARTIFACTS / name, DOCS / f"screenshot-{name}")
