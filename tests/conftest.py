"""Shared fixtures: one real ingest of the bundled corpus per test session."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from assistant import Assistant  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from ingest.settings import BUNDLED_CORPUS, Settings  # noqa: E402


@pytest.fixture(scope="session")
def bundled_ingest(tmp_path_factory):
    """The bundled corpus ingested once, cold, with the bundled embedder: (home, report)."""
    home = tmp_path_factory.mktemp("home")
    report = ingest(Settings(home=home))
    assert report.failed == []
    return home, report


@pytest.fixture(scope="session")
def bundled_home(bundled_ingest) -> Path:
    return bundled_ingest[0]


@pytest.fixture(scope="session")
def eval_assistant(tmp_path_factory) -> Assistant:
    """The evaluation corpus (bundled report and the invented governing documents), ingested once."""
    from evals.cli import eval_corpus

    home = tmp_path_factory.mktemp("eval-home")
    report = ingest(Settings(home=home), eval_corpus())
    assert report.failed == [], report.failed
    return Assistant(Settings(home=home))


@pytest.fixture
def home_copy(tmp_path, bundled_home) -> Path:
    """A private copy of the ingested bundled corpus, so a test may change it."""
    dest = tmp_path / "home"
    shutil.copytree(bundled_home, dest)
    return dest


@pytest.fixture(scope="session")
def bundled_assistant(bundled_home) -> Assistant:
    return Assistant(Settings(home=bundled_home))


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A private copy of the bundled corpus a test may change."""
    dest = tmp_path / "corpus"
    shutil.copytree(BUNDLED_CORPUS, dest)
    return dest


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` on 127.0.0.1 for the test; yields its URL."""
    beside = Path(sys.executable).parent / "chroma"
    exe = str(beside) if beside.exists() else shutil.which("chroma")
    if exe is None:
        pytest.fail("the chroma CLI is missing; it comes with the chromadb package")
    port = free_port()
    command = [exe, "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)]
    url = f"http://127.0.0.1:{port}"
    with serving(command, f"{url}/api/v2/heartbeat", 60):
        yield url


def wait_until(predicate, seconds: float) -> bool:
    """Poll until the predicate holds or the time is up."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def responds(url: str) -> bool:
    try:
        urllib.request.urlopen(url, timeout=2)
        return True
    except OSError:
        return False


@contextmanager
def serving(command: list[str], probe: str, seconds: float, env: dict | None = None):
    """Run a server process until the block ends; fail the test if `probe` never answers."""
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        started = wait_until(lambda: proc.poll() is not None or responds(probe), seconds)
        if not started or proc.poll() is not None:
            pytest.fail(f"{' '.join(command[:3])} did not start")
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@contextmanager
def kra_serve(home: Path):
    """`kra serve` in its own process on a free port; yields its URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    command = [sys.executable, "-m", "assistant.cli", "serve", "--port", str(port)]
    with serving(command, url, 180, env={**os.environ, "KRA_HOME": str(home)}):
        yield url


def run_kra(*args: str, home: Path, env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """`kra …` in its own process with KRA_HOME set; its exit code and output."""
    return subprocess.run(
        [sys.executable, "-m", "assistant.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "KRA_HOME": str(home), **(env or {})},
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
