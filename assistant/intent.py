"""Query analysis: a question → its typed `Intent` (language, refs, the kind of answer asked for)."""

from __future__ import annotations

from dataclasses import dataclass, field

from assistant.calibration import calibration
from assistant.lang import lexicon
from assistant.language import detect_language
from ingest.refs import Ref, find_refs

# the kinds of answer a question can ask for
AMOUNT = "amount"  # a sum of money or a quantity ("hvor mye", "beløp")
COUNT = "count"  # how many ("hvor mange"); digits or number words answer it
DATE = "date"  # a day ("hvilken dato")
TIME = "time"  # a year or a moment ("når", "hvilket år")
PERSON = "person"  # a named person or body ("hva heter", "hvem")
PLACE = "place"
LIST = "list"  # "hvilke tre …"
YESNO = "yesno"
REF_TEXT = "ref_text"  # the text of a named resolution, § or chapter
STATUS_DONE = "status_done"
STATUS_PLANNED = "status_planned"
DESCRIPTION = "description"
# what a time question asks for besides a moment: a length of time, or how often
SPANS = ("how_long", "how_often")


@dataclass(frozen=True)
class Intent:
    """What a question asks for; computed once, read by retrieval, the strategies and abstention."""

    question: str
    language: str
    refs: tuple[Ref, ...] = ()
    kind: str = DESCRIPTION
    money: bool = False  # a sum of money, not just any quantity
    named: bool = False  # "hva heter …": a proper name is wanted, not just any person word
    person_named: bool = False  # "hvem er leder …": a person's full name is wanted
    act: str | None = None  # "hvem leder juryen?" → "lead": the answer must state who does that ([acts])
    form: str | None = None  # "telefonnummeret til …" → "phone": the answer must hold one ([forms])
    names: bool = False  # "hvilke kommuner …": things known by their proper names; the answer names them
    status: str | None = None  # "status_done" / "status_planned" when the question asks about status
    asks_text: bool = False  # "hva sier / lyder …": the wording itself
    proposal: bool = False  # "Hva foreslo Bergen?", "Hva gikk endringsforslaget ut på?": what a proposal said
    asks_title: bool = False  # "hva heter …", "tittelen på …": a name or a heading
    asks_where: bool = False  # "hvilken paragraf handler om …": the answer says where, by heading and ref
    decision: bool = False  # about what was decided
    wants_number: bool = False  # a count, an amount or a time: sentences with digits come first
    wants_list: bool = False
    sized_list: bool = False  # "Hvilke seks kommuner …?": the answer must list them, not just count them
    ordinal: int | None = None  # "det andre tilleggsvedtaket" → 2
    span: str | None = None  # "how_long" ("hvor lenge": a length of time) or "how_often" ("hvor ofte"); else None
    part_of: bool = False  # "hvor mange av lærerne …": a part of a whole, which a share answers too ("41 prosent")
    counted: str = ""  # the words after "hvor mange" ("søknader kom inn"): what the answer's number counts
    flags: frozenset[str] = field(default_factory=frozenset)  # every kind the question's words point at

    @property
    def asks_kind(self) -> bool:
        """Does an answer have to hold a thing of a kind: a name, a sum, a count, a date, a time, a place, a
        contact detail of a fixed form, or who does the asked-for act?"""
        return (
            self.named
            or self.names
            or self.money
            or self.act is not None
            or self.form is not None
            or self.kind in (COUNT, AMOUNT, DATE, TIME, PLACE)
        )


def analyse(question: str, language: str | None = None) -> Intent:
    """The intent of one question (this turn's own words; follow-ups are resolved elsewhere)."""
    lex = lexicon()
    language = language or detect_language(question)
    found = {name for name, keys in _KIND_KEYS.items() if lex.phrases(*keys).search(question)}
    if lex.pattern("list").search(question):
        found.add(LIST)
    if lex.pattern("when_parts").search(question) or lex.pattern("when_word").search(question.strip()):
        found.add(TIME)  # "søknadsfristen", "innleveringsfrist"
    if lex.pattern("place_event").search(question):
        found.add(PLACE)  # "Hvor ble landstinget holdt?"
    if lex.phrases("yesno_start", start=True).search(question.strip()):
        found.add(YESNO)
    # "Når er styret vedtaksført?" asks on what condition, not at what time
    conditional = bool(lex.phrases("condition_states").search(question))
    if conditional:
        found.discard(TIME)
    # a money word makes a sum the answer only when the question asks for a quantity or is short
    # (or a compound of one: "kontingentsatsen", "medlemskontingenten"), and "hvilken makspris …"
    asks_money = lex.phrases("money_asks").search(question)  # "hvor mange kroner"
    money_word = asks_money or lex.phrases("money").search(question) or lex.pattern("money_parts").search(question)
    # ("Hva var søknadsfristen for SFO-midlene fra statsbudsjettet?" asks for a time, not a sum)
    money = bool(money_word) and bool(
        found & {AMOUNT, "size"}
        or asks_money
        or TIME not in found
        and (
            len(question.split()) <= calibration()["intent"]["short_question_words"]
            or lex.phrases("what_is", start=True).search(question)
            or _names_after_which(lex, question, money_word)
        )
    )
    lead = _lead_kind(lex, question)
    if lead == TIME and conditional:
        lead = None
    if lead in (PERSON, TIME, DATE, PLACE):
        # the question word that opens the question decides: "Hvem bestemmer hvor stor kontingenten skal være?"
        # asks for a body, not a sum
        money = False
    person_named = bool(lex.phrases("person_name").search(question) or lex.pattern("person_role").search(question))
    named = person_named or bool(lex.phrases("name").search(question))
    status = STATUS_PLANNED if STATUS_PLANNED in found else STATUS_DONE if STATUS_DONE in found else None
    refs = tuple(find_refs(question))
    kind = _main_kind(found, named, money, refs, status)
    if lead and not named and kind != lead and not (lead == COUNT and money):
        kind = lead
    ordinal = lex.ordinal_in(question)
    how_many = lex.phrases("counted").search(question) if kind == COUNT and not money else None
    span = next((key for key in SPANS if kind == TIME and lex.phrases(key).search(question)), None)
    return Intent(
        question=question,
        language=language,
        refs=refs,
        kind=kind,
        money=money,
        named=named,
        person_named=person_named,
        act=lex.act_asked(question) if kind in (PERSON, LIST) else None,
        form=lex.form_asked(question),
        names=bool(lex.pattern("names").search(question)),
        status=status,
        asks_text="text" in found,
        proposal=bool(lex.pattern("proposal_content").search(question)),
        asks_title=named or bool(lex.phrases("title").search(question)),
        asks_where=bool(lex.pattern("which_ref").search(question)),
        decision=bool(lex.pattern("decision").search(question)),
        wants_number=bool(found & {COUNT, AMOUNT, TIME}),
        wants_list=LIST in found,
        sized_list=bool(lex.pattern("sized_list").search(question)),
        ordinal=ordinal,
        span=span,
        counted=_counted(question, how_many),
        part_of=how_many is not None and bool(lex.phrases("part_of").search(question)),
        flags=frozenset(found),
    )


_LEAD_KEYS = {PERSON: ("person",), COUNT: ("count",), DATE: ("date",), TIME: ("when",), PLACE: ("place",)}


def after_opener(question: str) -> str:
    """The question after a follow-up's opening "Og"/"Men" (`lead_skip`): where its question word stands."""
    text = question.strip()
    opener = lexicon().phrases("lead_skip", start=True).match(text)
    return text[opener.end() :].lstrip(" ,") if opener else text


def _lead_kind(lex, question: str) -> str | None:
    """The kind the question's opening words ask for ("Hvem …", "Hvor mange …", "Når …"), after a follow-up's
    "Og"/"Men"; None when it opens otherwise."""
    text = after_opener(question)
    for kind, keys in _LEAD_KEYS.items():
        if lex.phrases(*keys, start=True).match(text):
            return kind
    if lex.pattern("when_word").match(text):
        return TIME
    if lex.pattern("place_event").match(text):
        return PLACE
    return None


def _counted(question: str, how_many) -> str:
    """The few words after "hvor mange" ("søknader kom inn"), among which is what is counted."""
    if how_many is None:
        return ""
    cal = calibration()["intent"]
    rest = question[how_many.end() :].strip()
    part = lexicon().phrases("partitive", start=True).match(rest)
    if part:
        return " ".join(rest[part.end() :].split()[: cal["partitive_words"]])
    return " ".join(rest.split()[: cal["counted_words"]])


def _names_after_which(lex, question: str, word) -> bool:
    """Does "hvilken"/"which" open the question with the money word as its noun ("Hvilken makspris …",
    not "Hvilken svensk aktør … forskning på pris")?"""
    which = lex.phrases("which", start=True).search(question)
    return bool(which) and len(question[which.end() : word.start()].split()) <= 1


_KIND_KEYS = {
    COUNT: ("count",),
    AMOUNT: ("amount",),
    DATE: ("date",),
    TIME: ("when",),
    PERSON: ("person",),
    PLACE: ("place",),
    LIST: ("list",),
    STATUS_DONE: ("status_done",),
    STATUS_PLANNED: ("status_planned",),
    "text": ("text",),
    "size": ("size",),
}


def _main_kind(found: set[str], named: bool, money: bool, refs: tuple[Ref, ...], status: str | None) -> str:
    """One kind, most specific first: a name, a date, money, a number, then the broader kinds."""
    if named:
        return PERSON
    if DATE in found:
        return DATE
    if money:
        return AMOUNT
    if COUNT in found or ("size" in found and TIME not in found):
        return COUNT  # "hvor lang tid", "hvor lang frist": a size of time is a time
    if AMOUNT in found:
        return AMOUNT
    if status:
        return status
    if refs and "text" in found:
        return REF_TEXT
    for kind in (TIME, PERSON, PLACE, LIST, YESNO):
        if kind in found:
            return kind
    if refs:
        return REF_TEXT
    return DESCRIPTION
