"""Numbered parts of a document whose kind the answerer has no rule for (a mandate, a nomination): headings
numbered "1. Bakgrunn", "2. Formål" … in order are citable parts, asked for by number."""

from assistant import Assistant
from ingest.chunker import chunk_document
from ingest.loaders import load_document
from ingest.pipeline import ingest
from ingest.records import DocumentInfo
from ingest.settings import Settings
from ingest.structure import find_blocks, normalised_text

MANDATE = """MANDAT FOR ARBEIDSGRUPPE OM LÆRERREKRUTTERING

Norsk kulturskoleråd Region Testdal
Fastsatt av regionstyret 12. januar 2031, sak 3/31.


1. Bakgrunn

Flere kulturskoler i regionen har ledige stillinger som står ubesatt i mer enn et halvt år.


2. Formål

Arbeidsgruppen skal foreslå tiltak som gjør det lettere å rekruttere og beholde lærere, jf. punkt 3.


3. Oppgaver

Arbeidsgruppen skal:

a) kartlegge ledige stillinger i medlemskommunene,
b) foreslå en ordning for delte stillinger mellom to kommuner,
c) levere en rapport til regionstyret innen 1. oktober 2031.


4. Sammensetning

Gruppen har fire medlemmer. Rektor Sigrid Vold i Testdal kulturskole leder gruppen.
"""

MANIFEST = """[[document]]
file = "mandat.txt"
title = "Mandat for arbeidsgruppe om lærerrekruttering"
kind = "mandate"
"""


def test_headings_numbered_in_sequence_are_parts_whatever_the_kind(tmp_path):
    path = tmp_path / "mandat.txt"
    path.write_text(MANDATE, encoding="utf-8")
    doc = load_document(path, DocumentInfo(path.stem, "Mandat", "mandate"))
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    refs = {c.section[-1]: c.ref for c in chunks if c.section}
    # the mandate names its parts "punkt" ("jf. punkt 3"), so they are printed so
    assert refs["1. Bakgrunn"] == "punkt 1"
    assert refs["3. Oppgaver"] == "punkt 3"
    assert refs["4. Sammensetning"] == "punkt 4"


def test_a_numbered_list_in_the_text_makes_no_parts(tmp_path):
    text = MANDATE.replace("1. Bakgrunn", "Bakgrunn").replace("2. Formål", "Formål")
    text = text.replace("3. Oppgaver", "Oppgaver").replace("4. Sammensetning", "Sammensetning")
    text += "\nMøteplan:\n\n1. Oppstart i februar\n2. Arbeidsmøte i mai\n3. Sluttmøte i september\n"
    path = tmp_path / "mandat.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path, DocumentInfo(path.stem, "Mandat", "mandate"))
    chunks = chunk_document(doc, find_blocks(doc), normalised_text(doc), 1200)
    assert not [c.ref for c in chunks if c.ref]


def test_a_numbered_part_is_quoted_when_asked_for(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mandat.txt").write_text(MANDATE, encoding="utf-8")
    (corpus / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    home = tmp_path / "home"
    assert ingest(Settings(home=home, corpus=corpus)).failed == []
    bot = Assistant(Settings(home=home, corpus=corpus))

    answer = bot.ask("Hva står i punkt 3?")
    assert not answer.abstained
    assert answer.citations[0].ref == "punkt 3"
    assert "delte stillinger" in answer.answer
    assert "Sigrid Vold" not in answer.answer  # punkt 4 is another part

    missing = bot.ask("Hva står i punkt 7?")
    assert missing.abstained and "punkt 7" in missing.answer
