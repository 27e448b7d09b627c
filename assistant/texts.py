"""Norwegian names shown to users, shared by the CLI and the web chat (the words are in ingest/lang/texts.toml)."""

from __future__ import annotations

from ingest.lang import tr_section

KIND_NO = tr_section("kinds")


def kind_name(kind: str) -> str:
    """The Norwegian name of a document kind from the manifest (unknown kinds as given)."""
    return KIND_NO.get(kind, kind)


ARGPARSE_NO = tr_section("argparse")


def norwegian_help() -> None:
    """Make argparse's own words (usage, options, errors) Norwegian, like the help texts of `kra`."""
    import argparse

    argparse._ = lambda text: ARGPARSE_NO.get(text, text)
