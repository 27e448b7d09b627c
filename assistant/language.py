"""Which language a question is in: Bokmål (nb), Nynorsk (nn) or English (en)."""

from __future__ import annotations

import re

_WORD = re.compile(r"[a-zæøåéA-ZÆØÅ]+")
EN = {
    "what",
    "which",
    "who",
    "how",
    "when",
    "where",
    "why",
    "the",
    "is",
    "are",
    "does",
    "did",
    "has",
    "have",
    "was",
    "were",
    "of",
    "about",
    "and",
    "to",
    "in",
    "for",
    "do",
    "tell",
    "me",
    "many",
    "much",
    "resolution",
    "organisation",
    "organization",
    "there",
    "this",
    "that",
    "been",
}
NN = {
    "kva",
    "korleis",
    "kven",
    "kvifor",
    "kvar",
    "ikkje",
    "eg",
    "dei",
    "desse",
    "noko",
    "berre",
    "frå",
    "vore",
    "blei",
    "vert",
    "kor",
    "mykje",
    "fekk",
    "sine",
    "ho",
    "me",
    "heile",
    "nokre",
    "kulturskulen",
    "kulturskular",
    "vedteke",
    "høyrer",
    "tilsette",
    "gjere",
    "planlagd",
}
NB_ONLY = {"hva", "hvordan", "hvem", "ikke", "jeg", "fra", "noe", "bare", "hvor", "hvilke"}
NB = NB_ONLY | {
    "de",
    "disse",
    "vært",
    "ble",
    "blir",
    "mye",
    "fikk",
    "hun",
    "vi",
    "hele",
    "noen",
    "og",
    "er",
    "som",
    "det",
    "den",
    "på",
    "med",
    "til",
    "har",
    "om",
    "kulturskolen",
    "vedtatt",
    "skal",
}


def detect_language(text: str) -> str:
    """'en', 'nn' or 'nb' by function words; Norwegian wins ties since the documents are Norwegian."""
    words = [w.lower() for w in _WORD.findall(text)]
    en = sum(w in EN for w in words)
    nn = sum(w in NN for w in words)
    nb = sum(w in NB for w in words)
    if en > nb + nn:
        return "en"
    if nn > 0 and nn >= sum(w in NB_ONLY for w in words):
        return "nn"
    return "nb"
