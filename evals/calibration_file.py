"""Write a fitted model into an embedder's calibration file (assistant/calibration/<embedder>.toml)."""

from __future__ import annotations

from pathlib import Path

import tomlkit

CALIBRATION = Path(__file__).resolve().parents[1] / "assistant" / "calibration"


def write_model(embedder: str, section: str, key: str, comments: list[str], values: dict) -> Path:
    """Replace [section.key] with `values`, headed by `comments` (how it was fitted); keep the rest."""
    path = CALIBRATION / f"{embedder}.toml"
    doc = tomlkit.parse(path.read_text(encoding="utf-8")) if path.exists() else tomlkit.document()
    table = doc.setdefault(section, tomlkit.table())
    model = tomlkit.table()
    for comment in comments:
        model.add(tomlkit.comment(comment))
    for name, value in values.items():
        model[name] = value
    table[key] = model
    path.write_text(tomlkit.dumps(doc), encoding="utf-8")
    return path
