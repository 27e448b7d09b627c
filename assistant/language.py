"""Which language a question is in: Bokmål (nb), Nynorsk (nn) or English (en)."""

from __future__ import annotations

import re
from functools import cache

from assistant.lang import glossary, lexicon

_WORD = re.compile(r"[a-zæøåéA-ZÆØÅ]+")
_NORWEGIAN_LETTERS = re.compile("[æøå]")


def detect_language(text: str) -> str:
    """'en', 'nn' or 'nb' by function words; Norwegian wins ties since the documents are Norwegian.

    A word both English and Norwegian use ("for", "under") votes for neither, and a word spelt with
    æ, ø or å votes Norwegian: "Hvilken etterklangstid kreves i et øvingsrom for korps?" is Bokmål.
    """
    lex = lexicon()
    nn_words = lex.word_set("detect", "common", ("nn",))
    nb_only = lex.word_set("detect", "distinctive", ("nb",))
    nb_words = nb_only | lex.word_set("detect", "common", ("nb",))
    en_words = lex.word_set("detect", "common", ("en",)) - nb_words - nn_words
    # a capitalised word after the first is a name ("Kor Arti'"), whatever it means as a word
    found = _WORD.findall(text)
    words = [w.lower() for i, w in enumerate(found) if i == 0 or not w[0].isupper()]
    en = sum(w in en_words for w in words) + sum(w in _english_content() for w in words)
    nn = sum(w in nn_words for w in words) + bool(words and words[0] in lex.word_set("detect", "first_only", ("nn",)))
    nb = sum(w in nb_words for w in words)
    # a Norwegian spelling outside the lists (a name, a content word) is one more Norwegian vote
    norwegian = sum(bool(_NORWEGIAN_LETTERS.search(w)) and w not in nb_words and w not in nn_words for w in words)
    if en > nb + nn + norwegian:
        return "en"
    # as many Nynorsk as Bokmål-only words: Nynorsk, which has fewer words of its own
    if nn > 0 and nn >= sum(w in nb_only for w in words):
        return "nn"
    return "nb"


@cache
def _english_content() -> frozenset[str]:
    """English words of the domain glossary that Norwegian never writes ("requirement", "rehearsal")."""
    table = glossary()
    norwegian = {w.lower() for values in table.values() for v in values for w in v.split()}
    return frozenset(k for k in table if " " not in k and k not in norwegian)
