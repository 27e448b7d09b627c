"""References named in a question ("vedtak 5.13", "sak 5.3", "§ 6 tredje ledd", "kapittel 3.4")
and the document the question names for them ("vedtektene § 20", "rammeplanen kap. 3.4")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from assistant.calibration import calibration
from assistant.lang import lexicon
from ingest.lang import language
from ingest.refs import Ref, find_refs
from ingest.stores.lexical import tokenize


def refs_in(question: str) -> list[str]:
    """Refs in canonical form (``vedtak 5.13``, ``sak 5.3``, ``§ 6 (3)``, ``kap. 3.4``), in order."""
    return [str(r) for r in find_refs(question)]


def named_kinds(question: str) -> set[str]:
    """Manifest kinds of the documents a question names: "vedtektene" → {"statutes"}."""
    found = set()
    for kind, words in language().document_words.items():
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        if re.search(rf"\b(?:{alternation})\b", question, re.I):
            found.add(kind)
    return found


def document_scope(question: str, documents: Iterable, title_words: bool = False) -> set[str] | None:
    """Ids of the documents a question names (by kind word or by title), or None when it names none. With
    `title_words`, also by a word of one title only ("punkt 9 i innstillingen"): where a ref is looked up."""
    documents = list(documents)
    kinds = named_kinds(question)
    lowered = question.lower()
    scope = {
        d.doc_id
        for d in documents
        if _of_kinds(d, kinds) or (len(d.title) > 8 and d.title.lower().split(" (")[0] in lowered)
    }
    scope |= _compound_names(lowered, documents)
    if title_words:
        scope |= _title_named(question, documents)
    return scope or None


def _title_named(question: str, documents: list) -> set[str]:
    """Documents named by a word of their title's head that no other document's title has ("innstillingen" for
    "Valgkomiteens innstilling 2030", "mandatet" for "Mandat for arbeidsgruppe …", not "kulturskolen" for
    "Rammeplan for kulturskolen"); a word of [retrieve] title_word_chars letters or more."""
    shortest = calibration()["retrieve"]["title_word_chars"]
    titles: dict[str, set[str]] = {}
    for d in documents:
        if d.doc_id not in titles:
            # the title's head: its words before a preposition, a dash or a number ("Valgkomiteens innstilling",
            # not "… for kulturskolen")
            head = _title_tail().split(d.title.split(" (")[0], maxsplit=1)[0]
            titles[d.doc_id] = {t for t in tokenize(head) if len(t) >= shortest and t not in _stop_stems()}
    if len(titles) < 2:
        return set()  # one document: naming it narrows nothing
    counts = Counter(t for words in titles.values() for t in words)
    asked = set(tokenize(question))
    return {doc for doc, words in titles.items() if any(counts[t] == 1 and t in asked for t in words)}


@cache
def _stop_stems() -> frozenset[str]:
    """The stop words, stemmed: a title's "Kulturskolerådets" names no document."""
    return frozenset(t for w in lexicon().word_set("stop", "words") for t in tokenize(w))


@cache
def _title_tail() -> re.Pattern:
    """Where a title's head ends: before a word of [titles] head_ends, a dash or a number."""
    words = "|".join(re.escape(w) for w in lexicon().words("titles", "head_ends"))
    return re.compile(rf"\s(?:{words})\s|\s[–—-]\s|\s\d", re.I)


def _of_kinds(document, kinds: set[str]) -> bool:
    """The document is of one of the named kinds: by its manifest kind, or, since a manifest's kind is the
    writer's own word ("protocol", "minutes"), by a word of that kind in its kind or title ("Protokoll fra
    regionstyremøtene" is named by "protokollen")."""
    kind = document.kind.lower()
    if kind in kinds:
        return True
    words = language().document_words
    title = document.title.lower().split(" (")[0]
    return any(_names(words[k], kind) or _names(words[k], title) for k in kinds)


def _names(words: list[str], text: str) -> bool:
    return any(re.search(rf"(?<!\w){re.escape(w.lower())}", text) for w in words)


def _compound_names(lowered: str, documents: list) -> set[str]:
    """Documents named by a compound of a title word and a kind word ("mangfoldsstrategien")."""
    found = set()
    for word in re.findall(r"\w+", lowered):
        for kind, words in language().document_words.items():
            for kind_word in (w for w in words if " " not in w and len(word) > len(w) + 3 and word.endswith(w)):
                head = word[: -len(kind_word)].rstrip("s")
                found |= {d.doc_id for d in documents if d.kind.lower() == kind and head in d.title.lower()}
    return found


def question_refs(question: str, documents: Iterable, refs: Iterable[str] | None = None) -> list[Ref]:
    """The question's refs (or the given ones), each scoped to the one document the question names."""
    parsed = [r for r in (Ref.parse(t) for t in refs) if r] if refs is not None else find_refs(question)
    scope = document_scope(question, documents, title_words=True)
    if scope and len(scope) == 1:
        (doc_id,) = scope
        return [r.scoped(doc_id) for r in parsed]
    return parsed


# how deep a goal kind stands in a strategy's hierarchy: a unit holds the deeper kinds
_GOAL_DEPTH = {"satsingsområde": 1, "innsatsområde": 1, "hovedmål": 1, "delmål": 2, "tiltak": 3}


def part_kind(question: str, ref: Ref) -> str | None:
    """The kind of unit within `ref` a question asks about ("Hvilke delmål hører til hovedmål 2?" → delmål;
    "What are the sub-goals of main goal 4?"), or None. Only goals hold parts of their own."""
    depth = _GOAL_DEPTH.get(ref.kind)
    if depth is None:
        return None
    words = [w.lower() for w in re.findall(r"[\w-]+", question)]
    for kind, words_of_kind in language().ref_words.items():
        if _GOAL_DEPTH.get(kind, 0) <= depth:
            continue
        forms = [f.lower() for f in words_of_kind if " " not in f]
        # the word or its plural and definite forms ("delmålene", "sub-goals"), not a compound ("tiltaksplan")
        if any(w.startswith(f) and len(w) - len(f) <= 3 for w in words for f in forms):
            return kind
    return None
