"""Every fitting set's own check passes: its questions load, their evidence stands in its documents where
they say, and its unanswerable questions are not answered there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SETS = sorted(p.parent.name for p in (ROOT / "evals").glob("fit*/check.py"))


def test_there_are_fitting_sets():
    assert len(SETS) >= 7


@pytest.mark.parametrize("name", SETS)
def test_fitting_set_check_passes(name):
    done = subprocess.run(
        [sys.executable, "-m", f"evals.{name}.check"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert " 0 problems" in done.stdout.splitlines()[-1]
