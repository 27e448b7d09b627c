"""Errors that name the file and the problem in one line."""

from __future__ import annotations

from pathlib import Path


class IngestError(Exception):
    """A document could not be read; the message names the file and says why."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class IndexMismatchError(Exception):
    """The index was built by another embedder than the one asked for."""


class IndexDamagedError(Exception):
    """An index generation cannot be used; the message names the generation and the damaged part."""


class IngestBusyError(Exception):
    """Another ingest holds the data folder's lock (and the caller asked not to wait)."""


class StoreUnavailableError(Exception):
    """The vector store (a Chroma server) cannot be reached; the message names its address."""
