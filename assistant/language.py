"""Which language a question is in: Bokmål (nb), Nynorsk (nn) or English (en)."""

from __future__ import annotations

import re

from assistant.lang import lexicon

_WORD = re.compile(r"[a-zæøåéA-ZÆØÅ]+")


def detect_language(text: str) -> str:
    """'en', 'nn' or 'nb' by function words; Norwegian wins ties since the documents are Norwegian."""
    lex = lexicon()
    en_words = lex.word_set("detect", "common", ("en",))
    nn_words = lex.word_set("detect", "common", ("nn",))
    nb_only = lex.word_set("detect", "distinctive", ("nb",))
    nb_words = nb_only | lex.word_set("detect", "common", ("nb",))
    words = [w.lower() for w in _WORD.findall(text)]
    en = sum(w in en_words for w in words)
    nn = sum(w in nn_words for w in words)
    nb = sum(w in nb_words for w in words)
    if en > nb + nn:
        return "en"
    if nn > 0 and nn >= sum(w in nb_only for w in words):
        return "nn"
    return "nb"
