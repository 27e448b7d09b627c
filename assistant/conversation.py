"""Follow-up questions: carry the resolution or topic of earlier turns into an elliptic question."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.refs import refs_in

_ELLIPTIC = re.compile(
    r"^(og|men|hva med|kva med|and|but|what about|how about|samme|den|det|dette|disse|the same)\b"
    r"|\b(vedtaket|saken|den|det|dette|denne|it|this|that|videre|next|planlagt|planned|gjort|done)\b",
    re.I,
)


def user_turns(history: Sequence) -> list[str]:
    """The user's earlier questions from history given as dicts, (role, text) pairs or strings."""
    out = []
    for turn in history:
        if isinstance(turn, str):
            out.append(turn)
        elif isinstance(turn, dict):
            if turn.get("role", "user") == "user" and turn.get("content"):
                out.append(str(turn["content"]))
        elif isinstance(turn, (list, tuple)) and len(turn) == 2:
            role, text = turn
            if role == "user" and text:
                out.append(str(text))
            elif role not in ("assistant", "user") and role:
                out.append(str(role))  # gradio-style (user, assistant) pairs
    return out


def all_turns(history: Sequence) -> list[str]:
    """Every earlier turn's text, user and assistant, oldest first."""
    out = []
    for turn in history:
        if isinstance(turn, str):
            out.append(turn)
        elif isinstance(turn, dict) and turn.get("content"):
            out.append(str(turn["content"]))
        elif isinstance(turn, (list, tuple)) and len(turn) == 2:
            out.extend(str(t) for t in turn if t and t not in ("user", "assistant"))
    return out


def standalone(question: str, history: Sequence) -> tuple[str, list[str]]:
    """The question made self-contained for retrieval, and the refs it is about."""
    refs = refs_in(question)
    earlier = user_turns(history)
    if refs or not earlier:
        return question, refs
    words = question.split()
    if len(words) > 12 and not _ELLIPTIC.search(question):
        return question, refs
    for previous in reversed(all_turns(history)):
        carried = refs_in(previous)
        if carried:
            return f"{question} ({' '.join(carried)})", carried
    if len(words) <= 8 or _ELLIPTIC.search(question):
        return f"{earlier[-1]} {question}", refs
    return question, refs
