"""Follow-up questions: carry the resolution or topic of earlier turns into an elliptic question."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant.calibration import calibration
from assistant.compose import YEAR
from assistant.lang import lexicon
from assistant.records import CITATION_MARK
from assistant.refs import refs_in
from ingest.lang import tr


def _elliptic(question: str) -> bool:
    """Does the question start like a follow-up ("Og …", "Hva med …") or point back ("vedtaket", "det")?"""
    lex = lexicon()
    return bool(lex.phrases("elliptic_start", start=True).search(question) or lex.phrases("elliptic").search(question))


def turns(history: Sequence) -> list[tuple[str, str]]:
    """Earlier turns as (role, text), from dicts, (role, text) pairs, gradio (user, assistant) pairs or strings."""
    out: list[tuple[str, str]] = []
    for turn in history:
        if isinstance(turn, str):
            out.append(("user", turn))
        elif isinstance(turn, dict):
            if turn.get("content"):
                out.append((turn.get("role", "user"), str(turn["content"])))
        elif isinstance(turn, (list, tuple)) and len(turn) == 2:
            first, second = turn
            if first in ("user", "assistant"):
                if second:
                    out.append((first, str(second)))
            else:
                out.extend((role, str(text)) for role, text in (("user", first), ("assistant", second)) if text)
    return out


def user_turns(history: Sequence) -> list[str]:
    """The user's earlier questions, oldest first."""
    return [text for role, text in turns(history) if role == "user"]


def all_turns(history: Sequence) -> list[str]:
    """Every earlier turn's text, user and assistant, oldest first."""
    return [text for _, text in turns(history)]


def bounded(history: object, max_turns: int, max_chars: int) -> list[tuple[str, str]]:
    """The last `max_turns` turns, each cut to `max_chars`; anything but a list of turns is refused."""
    if history is None:
        return []
    if isinstance(history, (str, bytes)) or not isinstance(history, Sequence):
        raise TypeError(tr("errors.history_not_list", kind=type(history).__name__))
    kept = turns(list(history)[-max_turns:])
    return [(role, text[:max_chars]) for role, text in kept]


def standalone(
    question: str, history: Sequence, max_carried: int = 400, limits: Mapping | None = None
) -> tuple[str, list[str]]:
    """The question made self-contained for retrieval, and the refs it is about.

    At most `max_carried` characters of an earlier turn are carried into the query, so a long
    turn cannot make every question expensive to embed.
    """
    limits = limits or calibration()["followup"]
    pointed = _pointed(question, history)
    if pointed is not None:
        # "Hva gjør den siste av dem?" is about that item of the assistant's own list
        item = pointed[0]
        return f"{question} ({item[:max_carried]})", refs_in(item) or _listed_ref(*pointed)
    refs = refs_in(question)
    earlier = user_turns(history)
    if refs or not earlier:
        return question, refs
    words = question.split()
    if len(words) > limits["standalone_words"] and not _elliptic(question):
        return question, refs
    for previous in reversed(all_turns(history)):
        carried = refs_in(previous)
        if carried:
            return f"{question} ({' '.join(carried)})", carried
    if len(words) <= limits["short_words"] or _elliptic(question):
        # the earlier question and what was said to it together carry at most max_carried characters and
        # carried_words words (each word is a token or more to embed: a hostile turn of short words stays cheap)
        said = " ".join(_last_answer(history).split()[: limits["answer_words"]])[
            : min(limits["answer_chars"], max_carried)
        ]
        asked = earlier[-1][: max(0, max_carried - len(said) - 1)].split()
        asked = asked[: max(0, limits["carried_words"] - len(said.split()))]
        carried = " ".join(p for p in (" ".join(asked), said) if p)
        return f"{carried} {question}".strip(), refs
    return question, refs


def _declined(answer: str) -> bool:
    """Is the answer one of the assistant's own declines ("Jeg finner ikke svar …", "Jeg finner ikke § 99 …")?"""
    opening = answer.strip()
    for language in ("nb", "en"):
        t = lexicon().texts(language)
        for key in ("abstain", "missing_ref"):
            head = t[key].split("{")[0].strip()
            if head and opening.startswith(head):
                return True
    return False


def _last_answer(history: Sequence) -> str:
    """The assistant's last answer as plain words: no framing line ("According to the documents …:", which
    cites nothing), no citation marks, no list bullets."""
    answer = next((text for role, text in reversed(turns(history)) if role == "assistant"), "")
    if _declined(answer):
        return ""  # "Jeg finner ikke svar …" says nothing about the documents
    lines = answer.splitlines()
    while lines and lines[0].rstrip().endswith(":") and not _MARKS.search(lines[0]):
        lines = lines[1:]
    # its years are not the question's: a year the question names must be found where the answer stands
    text = YEAR.sub(" ", _MARKS.sub("", "\n".join(lines)))
    return " ".join(w for w in text.split() if w not in ("-", "–"))


def _ends_on_ordinal(question: str) -> bool:
    """Does the question end on an ordinal used as a noun ("Og hvem har ansvaret for det tredje?", "… the
    second?"): it points into a list as "det tredje av dem" does."""
    lex = lexicon()
    words = re.findall(r"[\w-]+", question.lower())
    return len(words) >= 2 and words[-1] in lex.ordinals() and words[-2] in lex.word_set("followup", "ordinal_articles")


def _inline_items(answer: str) -> list[str]:
    """The items of a list written on one line after a lead-in ("Fire begreper defineres: elevmedvirkning,
    kulturell kompetanse, universell utforming og lavterskeltilbud."); none unless there are two or more."""
    _, colon, rest = answer.partition(":")
    if not colon:
        return []
    rest = re.split(r"(?<=[^\s.]{2})\.(?:\s|$)", rest.strip(), maxsplit=1)[0]
    joiners = lexicon().phrases("joiners", section="lists").pattern
    parts = [p.strip() for p in re.split(r"[,;]", rest)]
    # the last item follows the last "og"/"and" ("a, b og c"; "a, b, and c"); an earlier "og" is inside an item
    last = parts.pop()
    joins = list(re.finditer(rf"(?:^|\s+){joiners}\s+", last, flags=re.I))
    parts += [last[: joins[-1].start()], last[joins[-1].end() :]] if joins else [last]
    parts = [p.strip(" .;") for p in parts]
    parts = [p for p in parts if p]
    return parts if len(parts) >= 2 else []


_ITEM = re.compile(r"^\s*(?:[-•*–]|(\d{1,2})[.)])\s+(.+)$")
_MARKS = re.compile(rf"\s*{CITATION_MARK}")


def pointed_item(question: str, history: Sequence) -> str | None:
    """The item of the assistant's last list that a follow-up points at ("den siste av dem",
    "det andre punktet", "the second one"), without its citation marks; None when it points at none."""
    pointed = _pointed(question, history)
    return pointed[0] if pointed else None


def _listed_ref(item: str, number: str, lead: str) -> list[str]:
    """The ref of a pointed item when the list's lead-in names what its items are: "The strategy has four
    main goals: … 3. Kulturskolen som lokalt ressurssenter" → "hovedmål 3"."""
    if not number or not lead:
        return []
    kinds = lexicon().table("followup", "list_kinds")
    for word, kind in kinds.items():
        if re.search(rf"\b{re.escape(word)}\b", lead, re.I):
            return refs_in(f"{kind} {number}")
    return []


def _pointed(question: str, history: Sequence) -> tuple[str, str, str] | None:
    """The pointed item, its number in a numbered list ("" for bullets) and the list's lead-in line."""
    lex = lexicon()
    if lex.phrases("second_last", section="followup").search(question):
        position = -2  # "den nest siste" points by itself; "den siste utgaven" does not
    elif not (lex.phrases("list_pointer", section="followup").search(question) or _ends_on_ordinal(question)):
        return None
    elif lex.phrases("last", section="followup").search(question):
        position = -1
    else:
        position = lex.ordinal_in(question)
        if not position:
            return None
    answer = next((text for role, text in reversed(turns(history)) if role == "assistant"), "")
    lines = answer.splitlines()
    matched = [(i, m) for i, line in enumerate(lines) if (m := _ITEM.match(line))]
    items = [(_MARKS.sub("", m.group(2)).strip(), m.group(1) or "", lines[i - 1] if i else "") for i, m in matched]
    if not items:
        lead = _MARKS.sub("", answer)
        items = [(item, "", lead.partition(":")[0]) for item in _inline_items(lead)]
    if not items or position > len(items) or -position > len(items):
        return None
    item, number, _ = items[position - 1] if position > 0 else items[position]
    # the lead-in of the list (the line before its first item) says what the items are
    return item, number, items[0][2]
