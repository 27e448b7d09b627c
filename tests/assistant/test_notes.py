"""A note to annual accounts, asked for by its number, is quoted whole and cited as itself."""

import pdfgen

from assistant import Assistant
from ingest.pipeline import ingest
from ingest.settings import Settings

MANIFEST = """[[document]]
file = "regnskap.docx"
title = "Årsregnskap 2027 for Testregionen"
kind = "accounts"
"""


def test_a_note_named_by_its_number_is_quoted_and_cited(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pdfgen.write_accounts_docx(corpus / "regnskap.docx")
    (corpus / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    home = tmp_path / "home"
    assert ingest(Settings(home=home, corpus=corpus)).failed == []
    bot = Assistant(Settings(home=home, corpus=corpus))

    answer = bot.ask("Hva står i note 2?")
    assert not answer.abstained
    assert answer.citations[0].ref == "note 2"
    assert "2,4 årsverk" in answer.answer and "712 000 kroner" in answer.answer
    assert "Husleie" not in answer.answer  # note 3 is another unit

    missing = bot.ask("Hva står i note 9?")
    assert missing.abstained and "note 9" in missing.answer
