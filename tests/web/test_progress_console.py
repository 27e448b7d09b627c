"""`kra ingest` and `kra serve` progress on a pipe: one plain line per phase with counts and rates."""

import io

from assistant.progress import ConsoleProgress


def test_a_pipe_gets_one_line_per_phase_and_no_bars():
    out = io.StringIO()
    progress = ConsoleProgress(stream=out, terminal=False)
    progress("lese dokumenter", 1, 2)
    progress("lese dokumenter", 2, 2)
    for done in (32, 64, 82):
        progress("embedde avsnitt", done, 82)
    progress.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("lese dokumenter: 2/2 på ")
    assert lines[1].startswith("embedde avsnitt: 82/82 på ") and "avsnitt/s" in lines[1]
    assert "\r" not in out.getvalue() and "it/s" not in out.getvalue()
