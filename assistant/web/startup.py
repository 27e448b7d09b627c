"""First start of `kra serve`: the bundled corpus is ingested in the background while the page is live."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from assistant.progress import ConsoleProgress, Phase, Tracker, duration
from ingest.settings import Settings


@dataclass(frozen=True)
class Status:
    """What the page shows while the index is being built."""

    ready: bool
    error: str | None = None
    phases: tuple[Phase, ...] = ()


class Startup:
    """Ready at once when an index exists; otherwise ingests the corpus on a background thread."""

    def __init__(self, settings: Settings, ready: bool = True):
        self.settings = settings
        self._ready = threading.Event()
        if ready:
            self._ready.set()
        self.error: str | None = None
        self.tracker = Tracker()
        self._lock = threading.Lock()
        self.thread: threading.Thread | None = None

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def start(self, console: bool = True, after: Callable[[], bool] | None = None) -> None:
        """Ingest the bundled corpus on a daemon thread; progress goes to the page and the console.

        `after` (e.g. "the server is listening") is awaited first, so the ingest's work on a busy
        machine does not delay the first page.
        """
        self.thread = threading.Thread(target=self._ingest, args=(console, after), name="kra-first-ingest", daemon=True)
        self.thread.start()

    def _ingest(self, console: bool, after: Callable[[], bool] | None = None) -> None:
        from ingest.pipeline import ingest

        deadline = time.monotonic() + 60
        while after is not None and not after() and time.monotonic() < deadline:
            time.sleep(0.1)

        out = ConsoleProgress(enabled=console)

        def progress(label: str, done: int, total: int) -> None:
            with self._lock:
                self.tracker.update(label, done, total)
            out(label, done, total)

        if console:
            print(f"Ingen indeks i {self.settings.home}: leser inn {self.settings.corpus} …", file=sys.stderr)
        try:
            report = ingest(self.settings, progress=progress)
        except Exception as exc:  # noqa: BLE001 - the page and the console say what went wrong
            self.error = f"{exc.__class__.__name__}: {exc}"
            out.close()
            print(f"kra serve: innlesingen feilet: {self.error}", file=sys.stderr, flush=True)
            return
        out.close()
        if console:
            print(f"{report.documents} dokumenter, {report.chunks} avsnitt, {report.seconds:.0f} s", file=sys.stderr)
        if report.chunks == 0:
            self.error = "fant ingen avsnitt å lese inn"
            return
        self._ready.set()

    def status(self) -> Status:
        with self._lock:
            phases = tuple(Phase(**p.__dict__) for p in self.tracker.phases)
        return Status(self.ready, self.error, phases)

    def not_ready_message(self) -> str:
        """The answer to a question asked before the index is ready."""
        if self.error:
            return f"Dokumentene kunne ikke leses inn ({self.error}). Se terminalen der `kra serve` kjører."
        phase = self.status().phases[-1:] or None
        where = ""
        if phase:
            p = phase[0]
            left = duration(p.seconds_left)
            where = f" ({p.label} {p.done} av {p.total}{', ' + left + ' igjen' if left else ''})"
        return f"Dokumentene leses inn nå{where}. Spør igjen når siden viser at de er klare."
