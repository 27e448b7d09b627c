"""Ingest progress for people: rates measured per batch, bars on a terminal, plain lines in a log.

`ingest(settings, progress=callback)` calls the callback with (label, done, total) after each
batch. The first call of a phase often comes after a long idle start (loading the model), so
rates are taken from the batches after it, never from the start of the phase.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO

from ingest.lang import tr


@dataclass
class Phase:
    """One phase of an ingest (reading documents, embedding passages …) as measured so far."""

    label: str
    total: int
    done: int = 0
    started: float = 0.0
    first_at: float | None = None  # when the first batch was reported
    first_done: int = 0
    last_at: float = 0.0

    @property
    def unit(self) -> str:
        return self.label.split()[-1]

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.done >= self.total

    @property
    def rate(self) -> float | None:
        """Items per second over the batches after the first; for one batch, over the phase."""
        if self.first_at is None:
            return None
        if self.done > self.first_done and self.last_at > self.first_at:
            return (self.done - self.first_done) / (self.last_at - self.first_at)
        elapsed = self.last_at - self.started
        return self.done / elapsed if self.finished and elapsed > 0 else None

    @property
    def seconds_left(self) -> float | None:
        rate = self.rate
        if self.finished:
            return 0.0
        return (self.total - self.done) / rate if rate else None

    @property
    def seconds(self) -> float:
        return self.last_at - self.started


@dataclass
class Tracker:
    """Turns (label, done, total) calls into phases with counts, rates and time left."""

    clock: callable = time.monotonic
    phases: list[Phase] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._mark = self.clock()

    def update(self, label: str, done: int, total: int) -> Phase:
        now = self.clock()
        phase = self.phases[-1] if self.phases and self.phases[-1].label == label else None
        if phase is None:
            phase = Phase(label, total, started=self._mark)
            self.phases.append(phase)
        if phase.first_at is None:
            phase.first_at, phase.first_done = now, done
        phase.done, phase.total, phase.last_at = done, total, now
        self._mark = now
        return phase

    @property
    def current(self) -> Phase | None:
        return self.phases[-1] if self.phases else None


def duration(seconds: float | None) -> str:
    """'ca. 40 s', 'ca. 3 min' (Norwegian, rounded), or '' when unknown."""
    if seconds is None:
        return ""
    if seconds < 90:
        return tr("progress.seconds", seconds=max(1, round(seconds)))
    return tr("progress.minutes", minutes=round(seconds / 60))


def rate_text(phase: Phase) -> str:
    rate = phase.rate
    if rate is None:
        return ""
    return f"{rate:.1f} {phase.unit}/s" if rate < 10 else f"{rate:.0f} {phase.unit}/s"


def phase_line(phase: Phase) -> str:
    """One plain line for a finished (or abandoned) phase: counts, time and rate."""
    rate = rate_text(phase)
    line = tr("progress.phase_done", label=phase.label, done=phase.done, total=phase.total, seconds=phase.seconds)
    return line + (f", {rate}" if rate else "")


class ConsoleProgress:
    """Progress on stderr: live bars on a terminal, one plain line per phase on a pipe or in a log."""

    def __init__(self, stream: TextIO | None = None, terminal: bool | None = None, enabled: bool = True):
        self.stream = stream or sys.stderr
        self.terminal = self.stream.isatty() if terminal is None else terminal
        self.enabled = enabled
        self.tracker = Tracker()
        self._printed: set[int] = set()
        self._bar = None
        self._task = None

    def __call__(self, label: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        before = self.tracker.current
        phase = self.tracker.update(label, done, total)
        if before is not None and before is not phase:
            self._finish(before)
        if self.terminal:
            self._draw(phase)
        elif phase.finished:
            self._finish(phase)

    def _draw(self, phase: Phase) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        if self._bar is None:
            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[info]}"),
                console=Console(file=self.stream),
                transient=True,
            )
            self._bar.start()
        left = duration(phase.seconds_left)
        info = "  ".join(x for x in (rate_text(phase), tr("progress.left", time=left) if left else "") if x)
        if self._task is None or self._bar.tasks[-1].description != phase.label:
            self._task = self._bar.add_task(phase.label, total=phase.total, info=info)
        self._bar.update(self._task, completed=phase.done, total=phase.total, info=info)

    def _finish(self, phase: Phase) -> None:
        if id(phase) in self._printed:
            return
        self._printed.add(id(phase))
        if self._bar is not None:
            self._bar.stop()
            self._bar, self._task = None, None
        print(phase_line(phase), file=self.stream, flush=True)

    def close(self) -> None:
        """Stop the bars and print the line of a phase that was left unfinished."""
        if self.enabled and self.tracker.current is not None:
            self._finish(self.tracker.current)
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def __enter__(self) -> ConsoleProgress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
