"""First start of `kra serve`: the bundled corpus is ingested in the background while the page is live."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from assistant.progress import ConsoleProgress, Phase, Tracker, duration
from ingest.lang import tr
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
            print(tr("serve.first_ingest", home=self.settings.home, corpus=self.settings.corpus), file=sys.stderr)
        try:
            report = ingest(self.settings, progress=progress)
        except Exception as exc:  # noqa: BLE001 - the page and the console say what went wrong
            self.error = f"{exc.__class__.__name__}: {exc}"
            out.close()
            print(tr("serve.ingest_failed", error=self.error), file=sys.stderr, flush=True)
            return
        out.close()
        if console:
            done = tr("serve.ingested", documents=report.documents, chunks=report.chunks, seconds=report.seconds)
            print(done, file=sys.stderr)
        if report.chunks == 0:
            self.error = tr("serve.nothing_found")
            return
        self._ready.set()

    def status(self) -> Status:
        with self._lock:
            phases = tuple(Phase(**p.__dict__) for p in self.tracker.phases)
        return Status(self.ready, self.error, phases)

    def not_ready_message(self) -> str:
        """The answer to a question asked before the index is ready."""
        if self.error:
            return tr("web.not_ready_failed", error=self.error)
        phase = self.status().phases[-1:] or None
        where = ""
        if phase:
            p = phase[0]
            left = duration(p.seconds_left)
            count = tr("progress.count", done=p.done, total=p.total)
            if left:
                where = tr("web.not_ready_at_left", label=p.label, count=count, left=tr("progress.left", time=left))
            else:
                where = tr("web.not_ready_at", label=p.label, count=count)
        return tr("web.not_ready", where=where)
