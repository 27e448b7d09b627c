"""The `kra` command as a user runs it: a real process, JSON out."""

import json
import subprocess
import sys


def kra(*args, home):
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args, "--home", str(home)],
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_ingest_json_chunks_by_ref_and_ask_json(tmp_path, bundled_home):
    out = kra("ingest", "--json", home=bundled_home)
    report = json.loads(out.stdout)
    assert out.returncode == 0 and report["embedded"] == 0
    assert report["resolutions"] == ["5.6", "5.11", "5.12", "5.13", "5.14"]
    for key in ("documents", "chunks", "failed", "seconds"):
        assert key in report

    shown = kra("chunks", "--ref", "vedtak 5.13", home=bundled_home).stdout
    assert "5.13 Prisnivå i kulturskolen" in shown
    assert "Hva som har vært gjort" in shown and "Hva som er planlagt gjort videre" in shown

    answer = json.loads(kra("ask", "--json", "Hva sier vedtak 5.13?", home=bundled_home).stdout)
    assert answer["abstained"] is False and answer["timings_ms"]["total"] > 0
    first = answer["citations"][0]
    for key in ("n", "document", "title", "page", "section", "ref", "quote", "text", "chunk_id", "score"):
        assert key in first
    assert first["quote"] in first["text"]

    questions = tmp_path / "q.jsonl"
    rows_in = [
        {"id": "a", "question": "Hva sier vedtak 5.12?"},
        {"id": "b", "question": "What is the capital of Australia?"},
    ]
    questions.write_text("".join(json.dumps(r) + "\n" for r in rows_in))
    lines = kra("ask", "--json", "--questions", str(questions), home=bundled_home).stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["id"] for r in rows] == ["a", "b"] and rows[1]["abstained"] is True


def test_ingest_of_missing_path_fails_with_the_path_named(tmp_path):
    out = kra("ingest", "--json", str(tmp_path / "borte.pdf"), home=tmp_path / "home")
    assert out.returncode != 0
    assert "borte.pdf" in out.stderr and "finnes ikke" in out.stderr
