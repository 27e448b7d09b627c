"""Tuned numbers as data: ``default.toml`` for any embedder, ``<embedder>.toml`` on top of it."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

_HERE = Path(__file__).resolve().parent


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def _read(name: str) -> dict:
    path = _HERE / f"{name}.toml"
    if not path.is_file():
        return {}
    with open(path, "rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=8)
def calibration(embedder: str = "default") -> MappingProxyType:
    """The numbers for an embedder (a name; a path or unknown model gets the defaults), read once."""
    name = embedder if embedder.replace("-", "").replace("_", "").isalnum() else "default"
    merged = _merge(_read("default"), _read(name) if name != "default" else {})
    return MappingProxyType({k: MappingProxyType(v) if isinstance(v, dict) else v for k, v in merged.items()})
