"""Feedback: one JSONL line per change with the answer id; the last one wins; export for kra eval."""

import json

from assistant.cli import main
from assistant.cli_feedback import final_votes
from assistant.web.app import record_feedback
from evals.dataset import load_questions
from ingest.settings import Settings

LAST = {
    "answer_id": "a1",
    "question": "Hva sier vedtak 5.13?",
    "history": [],
    "language": "nb",
    "answer": "…",
    "citations": [{"chunk_id": "c1", "quote": "Prissetting av kulturskolens tilbud"}],
}


def test_a_changed_vote_is_appended_and_the_last_one_wins(tmp_path):
    settings = Settings(home=tmp_path)
    assert "Takk" in record_feedback(settings, "up", "", LAST)
    assert "Takk" in record_feedback(settings, "down", "for kort", LAST)
    assert "Takk" in record_feedback(settings, "up", "", {**LAST, "answer_id": "a2"})
    lines = settings.feedback_path.read_text().splitlines()
    assert len(lines) == 3 and all(json.loads(line)["answer_id"] for line in lines)
    votes = final_votes(lines)
    final = [(v["answer_id"], v["rating"], v["comment"]) for v in votes]
    assert final == [("a1", "down", "for kort"), ("a2", "up", "")]


def test_no_answer_no_record(tmp_path):
    settings = Settings(home=tmp_path)
    assert "først" in record_feedback(settings, "up", "", None)
    assert not settings.feedback_path.exists()


def test_export_writes_question_lines_kra_eval_reads(tmp_path, capsys):
    settings = Settings(home=tmp_path)
    record_feedback(settings, "down", "", LAST)
    record_feedback(settings, "up", "bra", LAST)
    with open(settings.feedback_path, "a") as fh:
        fh.write('{"torn": ')  # a crashed write is skipped
    out = tmp_path / "q.jsonl"
    assert main(["feedback", "export", "--home", str(tmp_path), "--out", str(out)]) == 0
    [question] = load_questions(out)
    assert question.id == "feedback-a1" and question.question == "Hva sier vedtak 5.13?"
    assert question.evidence == ["Prissetting av kulturskolens tilbud"] and question.category == "feedback-up"
    assert main(["feedback", "export", "--home", str(tmp_path), "--rating", "down"]) == 0
    assert capsys.readouterr().out == ""
