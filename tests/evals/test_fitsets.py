"""The fits' --also argument: an index home and a question file, named in errors and in the calibration."""

import pytest

from evals.fitsets import also_text, parse_also


def test_also_needs_a_home_and_a_question_file(tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text("", encoding="utf-8")
    assert parse_also(f"{tmp_path}={questions}") == (tmp_path, questions)
    with pytest.raises(SystemExit, match="HOME=QUESTIONS"):
        parse_also(str(tmp_path))
    with pytest.raises(SystemExit, match="finnes-ikke.jsonl"):
        parse_also(f"{tmp_path}={tmp_path / 'finnes-ikke.jsonl'}")


def test_the_calibration_names_the_question_files_not_the_homes():
    text = also_text(["/tmp/a/eval=evals/fit1/questions.jsonl", "/tmp/b=evals/fit2/questions.jsonl"])
    assert text == " --also <index>=evals/fit1/questions.jsonl --also <index>=evals/fit2/questions.jsonl"
    assert "/tmp" not in text
