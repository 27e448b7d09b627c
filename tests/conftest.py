"""Shared fixtures: one real ingest of the bundled corpus per test session."""

from __future__ import annotations

import shutil
import socket
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from assistant import Assistant  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from ingest.settings import BUNDLED_CORPUS, Settings  # noqa: E402


@pytest.fixture(scope="session")
def bundled_home(tmp_path_factory) -> Path:
    """A data folder holding the bundled corpus, ingested once with the bundled embedder."""
    home = tmp_path_factory.mktemp("home")
    report = ingest(Settings(home=home))
    assert report.failed == []
    return home


@pytest.fixture(scope="session")
def bundled_assistant(bundled_home) -> Assistant:
    return Assistant(Settings(home=bundled_home))


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A private copy of the bundled corpus a test may change."""
    dest = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS, dest)
    return dest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
