"""The one table of texts people see (ingest/lang/texts.toml): lookups, fallbacks, and every key used exists."""

import ast
import string
from pathlib import Path

import pytest

from ingest.lang import UnknownTextError, _texts, tr, tr_section

ROOT = Path(__file__).resolve().parents[2]


def test_fields_are_filled_in():
    assert tr("errors.no_index", home="/data/kra") == "ingen indeks i /data/kra; kjør `kra ingest` først"
    assert tr("read.not_utf8", byte=0xE5, offset=7) == "ikke gyldig UTF-8-tekst (byte 0xe5 ved posisjon 7)"


def test_an_unknown_key_is_an_error_naming_the_key():
    with pytest.raises(UnknownTextError, match="cli.no_such_text"):
        tr("cli.no_such_text")
    with pytest.raises(KeyError):  # callers that expect a lookup error get one
        tr("nosection.abstain")
    with pytest.raises(UnknownTextError, match="nosection"):
        tr_section("nosection")


def test_a_missing_field_is_an_error_naming_the_key_and_the_field():
    with pytest.raises(ValueError, match="errors.no_index.*home"):
        tr("errors.no_index")


def test_english_has_its_own_answer_texts_and_falls_back_to_bokmaal_for_the_rest():
    assert tr("cli.sources", "en") == "Sources:" and tr("cli.sources") == "Kilder:"
    assert tr("answer.abstain", "en") == "I cannot find an answer to this in the documents."
    assert tr("cli.error", "en", message="x") == tr("cli.error", message="x") == "feil: x"
    assert tr("answer.abstain", "nn") == tr("answer.abstain")
    assert tr_section("answer", "en")["lead"].startswith("According to")
    assert tr_section("fallback", "nn") == tr_section("fallback")


def test_every_key_has_bokmaal():
    table = _texts()
    for code, sections in table.items():
        for section, texts in sections.items():
            missing = set(texts) - set(table["nb"].get(section, {}))
            assert not missing, f"[{code}.{section}] has keys Bokmål lacks: {sorted(missing)}"
    for section, texts in table["nb"].items():
        for key, text in texts.items():
            assert isinstance(text, str) and text.strip(), f"nb.{section}.{key} is empty"


def test_every_text_is_a_valid_template():
    for code, sections in _texts().items():
        for section, texts in sections.items():
            for key, text in texts.items():
                try:
                    list(string.Formatter().parse(text))
                except ValueError as exc:
                    pytest.fail(f"{code}.{section}.{key}: {exc} (a literal brace is written {{{{ or }}}})")


def _lookups() -> list[tuple[Path, int, str, ast.expr]]:
    """Every call of tr() or tr_section() in assistant/ and ingest/: (file, line, function, first argument)."""
    found = []
    for package in ("assistant", "ingest"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name | ast.Attribute):
                    name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
                    if name in ("tr", "tr_section") and node.args:
                        found.append((path.relative_to(ROOT), node.lineno, name, node.args[0]))
    return found


def test_every_key_used_in_the_code_is_in_the_table():
    lookups = _lookups()
    assert len(lookups) > 100  # the walk found the code's texts
    nb = _texts()["nb"]
    for path, line, name, arg in lookups:
        where = f"{path}:{line}"
        assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), f"{where}: write the key out"
        if name == "tr":
            section, _, key = arg.value.partition(".")
            assert key in nb.get(section, {}), f"{where}: no text {arg.value!r} in ingest/lang/texts.toml"
        else:
            assert arg.value in nb, f"{where}: no section {arg.value!r} in ingest/lang/texts.toml"
