"""Norwegian names shown to users, shared by the CLI and the web chat."""

from __future__ import annotations

KIND_NO = {
    "statutes": "vedtekter",
    "strategy": "strategi",
    "platform": "plattform",
    "framework plan": "rammeplan",
    "resolutions": "vedtak",
    "report": "rapport",
    "document": "dokument",
}


def kind_name(kind: str) -> str:
    """The Norwegian name of a document kind from the manifest (unknown kinds as given)."""
    return KIND_NO.get(kind, kind)


ARGPARSE_NO = {
    "usage: ": "bruk: ",
    "positional arguments": "argumenter",
    "options": "valg",
    "show this help message and exit": "vis denne hjelpen og avslutt",
    "the following arguments are required: %s": "disse argumentene mangler: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldig valg: %(value)r (velg blant %(choices)s)",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "expected one argument": "forventet ett argument",
    "invalid %(type)s value: %(value)r": "ugyldig %(type)s-verdi: %(value)r",
}


def norwegian_help() -> None:
    """Make argparse's own words (usage, options, errors) Norwegian, like the help texts of `kra`."""
    import argparse

    argparse._ = lambda text: ARGPARSE_NO.get(text, text)
