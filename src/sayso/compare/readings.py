"""What the omission judges read of a story's reports, read once per report per comparison and
kept on the ``Story`` (``Story.memo``): each report's body sentences with their kinds of act,
their participants and their marks (what is not known yet, what did not happen), and each
claim's kinds of act, participants and the clauses that tell its acts (``acts.py`` reads the
words). ``same_event``, ``close``, ``setting`` and ``clause_told`` ask these instead of reading
a sentence again for every claim they judge.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .. import resources as data
from ..lexicon import phrase_alternation
from ..types import Record
from .acts import (
    RELATIVE,
    act_starts,
    another_time,
    arguments,
    denied,
    describes,
    elsewhere,
    event_kinds,
    happening,
    persons_in,
    refers_back,
    speaker_words,
    streets,
    told_act_detail,
    told_acts,
)
from .base import body_sentences
from .features import content_words
from .scores import CLAUSE_WORDS, Story, clauses, pieces
from .units import Unit

Act = tuple[frozenset[str], frozenset[str], frozenset[str]]  # kinds, arguments, persons


@dataclass(frozen=True)
class Sentence:
    """A body sentence of a report, as the judges read it."""

    text: str
    names: frozenset[str]  # the names of its unit (none for a short sentence)
    kinds: frozenset[str]  # its kinds of act (``event_kinds``, ``happening``)
    tells: bool  # neither says what is not known yet nor denies its acts
    args: frozenset[str]  # ``arguments``
    people: frozenset[str]  # ``persons_in``
    # its kinds, with those of the act told before it when it refers back to a participant
    # ("the victim"): a telling sentence only
    linked: frozenset[str]
    person_names: frozenset[str]  # its names of the people its report names
    other_time: bool  # it sets itself at another time than the story's event (``another_time``)
    # it sets itself in another place or incident (``elsewhere``: "across town")
    elsewhere: bool
    places: frozenset[str]  # the names of the places where it is (``located``; GPE, LOC)
    streets: frozenset[str]  # ``streets``


@dataclass(frozen=True)
class Report:
    """A report of the story, as the judges read it."""

    lower: str  # its text, lowercased
    sentences: tuple[Sentence, ...]
    person_names: frozenset[str]  # ``person_names``
    clauses: tuple[str, ...]  # the clauses of its units that do not say what is not known yet


@dataclass(frozen=True)
class Claim:
    """A claim unit, as the judges read it."""

    acts: frozenset[str]  # ``act_kinds``
    kinds: frozenset[str]  # ``happening(acts)``
    args: frozenset[str]  # ``arguments``, its speaker's name aside
    people: frozenset[str]  # ``persons_in``
    detail: frozenset[str]  # ``told_act_detail``
    clauses: tuple[str, ...]  # its clauses that tell an act (``event_kinds``)
    places: frozenset[str]  # the names of the places where it is (``Unit.places``, ``located``)
    streets: frozenset[str]  # ``streets``
    # each act its clauses tell, as ``same_event`` asks for it: (kinds, arguments, persons)
    told: tuple[Act, ...]
    # the kinds of act it tells besides those of ``told`` when it puts an act to someone
    # (``alleged``: "Hale, who had been sacked, is accused of shooting": the sacking that
    # describes him), else None
    described: frozenset[str] | None


def report(story: Story, j: int) -> Report:
    """Report ``j`` of the story, read once."""
    got = story.memo.get(("report", j))
    if not isinstance(got, Report):
        got = story.memo[("report", j)] = _report(story, j)
    return got


def claim(story: Story, u: Unit) -> Claim:
    """Unit ``u`` of the story, read once."""
    key = ("claim", u.doc, u.index, u.start)
    got = story.memo.get(key)
    if not isinstance(got, Claim):
        got = story.memo[key] = _claim(story, u)
    return got


def _report(story: Story, j: int) -> Report:
    people_j = person_names(story, j)
    rows = []
    before: frozenset[str] = frozenset()
    record = story.records[j]
    spans = body_sentences(record)
    for (start, end), (text, names) in zip(spans, sentences(story, j), strict=True):
        kinds = happening(event_kinds(text))
        tells = not withheld_text(text) and not denied(text)
        linked = kinds
        if tells:
            # "the victim" is a participant of the act told before: the sentence that names
            # the victim tells of that act too ("a man shot one person dead." "Police named
            # the victim as Ann Bell.")
            linked = kinds | before if refers_back(text) else kinds
            before = kinds or before
        args = arguments(text, names, frozenset())
        rows.append(
            Sentence(
                text,
                names,
                kinds,
                tells,
                args,
                persons_in(text),
                linked,
                names & people_j,
                another_time(text),
                elsewhere(text),
                _places(record, start, end),
                streets(text),
            )
        )
    told = tuple(c for v in story.units[j] if not withheld_text(v.text) for c in clauses(v.text))
    return Report(story.records[j].text.lower(), tuple(rows), people_j, told)


def sentences(story: Story, j: int) -> list[tuple[str, frozenset[str]]]:
    """The body sentences of report ``j`` with the names of each: its units, and the short
    sentences no unit is made of ("He was booked.", fewer than ``units.MIN_WORDS`` content
    words), which tell an act all the same."""
    record = story.records[j]
    made = {v.start: v for v in story.units[j]}
    return [
        (v.text, v.names) if (v := made.get(s)) is not None else (record.text[s:e], frozenset())
        for s, e in body_sentences(record)
    ]


def _places(record: Record, start: int, end: int) -> frozenset[str]:
    """The names of the place entities (GPE, LOC) mentioned between ``start`` and ``end`` where
    an act is (``located``)."""
    return frozenset(
        e.name
        for e in record.entities
        if e.type in ("GPE", "LOC")
        and any(start <= m.start < end and located(record.text, m.start) for m in e.mentions)
    )


# a preposition that sets what a sentence tells in the place named after it ("in Lyon", "near
# the Texas border"); not a place the act is measured from ("150 miles from Aden"), nor whence
# someone comes or speaks ("a man from Leeds", "a Kenyan group said")
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|throughout|around)\s+(?:the\s+)?$", re.I
)


def located(text: str, start: int) -> bool:
    """Whether the place named at ``start`` in ``text`` follows a preposition of place
    (``_LOCATIVE``)."""
    return _LOCATIVE.search(text[max(0, start - 20) : start]) is not None


def person_names(story: Story, j: int) -> frozenset[str]:
    """The stems of the names of the people report ``j`` names."""
    ents = story.records[j].entities
    return frozenset(w for e in ents if e.type == "PERSON" for w in content_words(e.name))


def act_kinds(text: str) -> frozenset[str]:
    """The kinds of act ``text`` tells (``event_kinds``), less those it only refers to as told
    already with a definite word ("charged over the shooting": a charging)."""
    return frozenset(kind for kind, _ in told_acts(text))


@functools.cache
def _withheld() -> re.Pattern[str]:
    phrases = phrase_alternation(data.lines("data/withheld.txt", "sayso.compare"))
    return re.compile(rf"\b(?:{phrases})\b", re.I)


def withheld_text(text: str) -> bool:
    """Whether ``text`` says that something is not known or not told yet
    (``data/withheld.txt``: "the name will be released after he is charged", "it was unclear
    why", "declined to comment")."""
    return _withheld().search(text.replace("’", "'")) is not None


@functools.cache
def _allegation() -> re.Pattern[str]:
    phrases = phrase_alternation(data.lines("data/allegations.txt", "sayso.compare"))
    return re.compile(rf"\b(?:{phrases})\b", re.I)


def alleged(clause: str) -> bool:
    """Whether every word of the charging family in ``clause`` puts an act to someone
    (``data/allegations.txt``: "is accused of shooting"), not a formal charge ("was charged
    with murder"): the clause tells the act put to them."""
    charges = [x for kind, x in told_acts(clause) if kind == "charge"]
    found = {m.start() for m in _allegation().finditer(clause)}
    return bool(charges) and all(x in found for x in charges)


_STATEMENT = frozenset({"statement"})


def _source(clause: str, speaker: frozenset[str]) -> bool:
    """Whether ``clause`` only credits its sentence to the speaker ``speaker`` (the content
    words of the speaker's name) with a word of a statement ("the mayor said in a statement")."""
    return bool(speaker & frozenset(content_words(clause))) and (
        happening(act_kinds(clause)) == _STATEMENT
    )


_BEFORE = re.compile(
    r"\bhad\s+(?:(?:just|already|earlier|recently|been)\s+)*[a-z]+(?:ed|en|ft|ld|ot)\b"
)


def _claim(story: Story, u: Unit) -> Claim:
    acts = act_kinds(u.text)
    skip = speaker_words(u)
    told = _told(u, skip, report(story, u.doc).person_names)
    kinds = happening(acts)
    untold = kinds - frozenset().union(*(k for k, _, _ in told))
    described = untold - {"charge"} if "charge" in untold else None
    return Claim(
        acts,
        kinds,
        arguments(u.text, u.names, skip),
        persons_in(u.text),
        told_act_detail(u.text),
        tuple(c for c in clauses(u.text) if event_kinds(c)),
        frozenset(p.name for p in u.places if located(u.text, p.span.start - u.start)),
        streets(u.text),
        told,
        described,
    )


def _told(u: Unit, skip: frozenset[str], named: frozenset[str]) -> tuple[Act, ...]:
    """The acts the clauses of ``u`` tell, each with its kinds and participants, as
    ``same_event`` asks a report for them; none when its clauses tell no act."""
    parts = pieces(RELATIVE.sub(",", u.text))
    acts = [k for k, c in enumerate(parts) if act_starts(c)]
    # the acts the sentence tells: those of its clauses; an act told in the past perfect ("had
    # just fled") is what came before them, their setting; a short piece is no clause ("shot
    # and hurt": "hurt" shares the clause's subject) unless it alone tells the act of the
    # sentence ("as the crowd had fled, Hale, 40, lay dead")
    long = [k for k in acts if len(parts[k].split()) >= CLAUSE_WORDS]
    now = [k for k in long if not _BEFORE.search(parts[k])]
    short = [k for k in acts if k not in long]
    chosen = now or short or long
    # the clause that credits the claim to its speaker ("Hale said in a statement") is where it
    # comes from, not one of its acts, when the sentence tells others
    chosen = [k for k in chosen if not _source(parts[k], skip)] or chosen
    out = []
    for k in chosen:
        kinds = happening(act_kinds(parts[k]))
        if "charge" in kinds and len(kinds) > 1 and alleged(parts[k]):
            # "accused of shooting" puts the shooting to someone: that act is what it tells
            kinds = kinds - {"charge"}
        # a clause that names no one has its participants in the pieces before it, the nearest
        # since the last act told first ("the death of their boss, who was shot": the boss;
        # "as the crowd fled, Hale, 40, lay dead": Hale, not the crowd)
        since = max(a for a in [-1, *acts] if a < k) + 1
        for text in (parts[k], " ".join(parts[since:k]), " ".join(parts[:k])):
            args, people = arguments(text, u.names, skip), persons_in(text)
            if text is not parts[k] and args & u.names:
                # whom it tells of is the one it names there, not a figure by him (an age)
                args = args & u.names
            if args or people:
                break
        if people and not named & u.names and describes(text):
            # a person described here, named there; not the other way round: the name is
            # what a report that describes someone leaves out
            people = people | {"named"}
        out.append((kinds, args, people))
    return tuple(out)
