"""Claim units: what each report of a story states, one unit per body sentence, with its slots.

A unit is a body sentence (``Record.sentences`` inside ``meta.body``) that says something:
boilerplate, promotions, bylines, captions and contact lines are never claims
(:func:`sayso.lexicon.not_a_claim` over the cleanup's tables), nor is a sentence of fewer than
``MIN_WORDS`` content words or a bare URL. Each unit carries its slots: counts with what they
count, dates (``record.times``), places and actors (``record.entities``), the event types whose
triggers lie in it, the speaker it is credited to (an attribution whose content lies in it, or an
"according to" phrase), and the hedge it carries ("reportedly", "may have": ``data/hedges.txt``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..lexicon import not_a_claim, shared_words
from ..types import Entity, Record, Span
from .base import body_sentences, first_hedge
from .features import content_words
from .slots import Count, When, counts, known_place, when

MIN_WORDS = 3  # content words a sentence needs to be a claim
LEAD = 2  # body sentences that make a report's lead (with its title)
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP"})
NAME_TYPES = PLACE_TYPES | ACTOR_TYPES | {"EVENT"}
_ACCORDING = re.compile(r"\baccording to\s+((?:[A-Z][\w.'’-]*\s*){1,4})")
_WORDS = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
_BARE_DATE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:1[89]|20)\d\d)\b"
)
_ABSOLUTE = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|"
    r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
_CAPITALS = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")  # "Lyon" of "Lyon office"
_COUNTY = re.compile(r"\b(?:[A-Z][a-z]+\s){1,3}(?:County|Parish)\b")


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    span: Span
    type: str = "GPE"  # the entity type (GPE, LOC); a county found by its name is a GPE


@dataclass(frozen=True, slots=True)
class Unit:
    """One claim of one report: where it is, its words and its slots."""

    doc: int  # position of the report in the story
    start: int
    end: int
    text: str
    index: int  # position among the report's units (0: its first)
    lead: bool  # in the report's title or lead
    words: frozenset[str]  # content-word stems
    names: frozenset[str]  # content-word stems of the names in it
    counts: tuple[Count, ...]
    dates: tuple[When, ...]
    places: tuple[Place, ...]
    actors: tuple[str, ...]  # names of the people, organisations and groups in it
    events: tuple[str, ...]  # PLOVER types of the events whose trigger lies in it
    speaker: str | None  # who it is credited to
    quoted: bool  # holds a quotation credited to someone
    hedge: str | None

    @property
    def span(self) -> Span:
        return Span(self.start, self.end, self.text)


def hedge_in(text: str) -> str | None:
    """The first hedge of ``data/hedges.txt`` in ``text`` ("may" as a month left out)."""
    return first_hedge(_WORDS.findall(text.replace("May ", "<month> ").lower()))


def units(record: Record, doc: int) -> list[Unit]:
    """The claim units of ``record`` (the ``doc``-th report of its story), in text order."""
    text = record.text
    out: list[Unit] = []
    ents = [e for e in record.entities if e.type in NAME_TYPES]
    for s, e in body_sentences(record):
        chunk = text[s:e]
        words = content_words(chunk)
        if len(words) < MIN_WORDS or chunk.startswith(("http://", "https://", "www.")):
            continue
        if not_a_claim(chunk):
            continue
        inside = [(ent, m) for ent in ents for m in ent.mentions if s <= m.start < e]
        names = frozenset(w for ent, _ in inside for w in content_words(ent.name))
        places = _places(inside, s, chunk)
        actors = tuple(dict.fromkeys(ent.name for ent, _ in inside if ent.type in ACTOR_TYPES))
        dates = _dates(record, s, e, chunk)
        events = tuple(ev.type for ev in record.events if s <= ev.trigger.start < e)
        speaker, quoted = _credit(record, s, e, chunk)
        index = len(out)
        out.append(
            Unit(
                doc, s, e, chunk, index, index < LEAD, frozenset(words), names,
                tuple(counts(chunk, s)), dates, places, actors, events, speaker, quoted,
                hedge_in(chunk),
            )
        )  # fmt: skip
    return out


def _dates(record: Record, s: int, e: int, chunk: str) -> tuple[When, ...]:
    """The sentence's dates: the times stage's that name a day, a month, a year or a weekday
    (not "today" or "last year": resolved against two publication dates, those differ without
    any disagreement), and the weekdays and years it left without a value (a report with no
    publication date gives a weekday nothing to resolve against)."""
    out = [
        when(t.value, t.span.start, t.span.end, t.span.text, _act(record, s, e, t.value))
        for t in record.times
        if s <= t.span.start < e and _ABSOLUTE.search(t.span.text)
    ]
    for m in _BARE_DATE.finditer(chunk):
        a, b = s + m.start(), s + m.end()
        if any(d.start <= a < d.end for d in out):
            continue
        word = m.group()
        out.append(when(word if word[0].isdigit() else "", a, b, word))
    return tuple(sorted(out, key=lambda d: d.start))


def _act(record: Record, s: int, e: int, value: str) -> str | None:
    """The trigger of the one event of the sentence ``s:e`` that the events stage dates
    ``value``, if there is one (two such events: no telling which the date names)."""
    acts = {
        ev.trigger.text for ev in record.events if s <= ev.trigger.start < e and ev.date == value
    }
    return acts.pop() if len(acts) == 1 else None


def _places(inside: list[tuple[Entity, Span]], s: int, chunk: str) -> tuple[Place, ...]:
    """The sentence's places: its place entities (not buildings: a FAC is not set against a
    town), and the counties it names ("Rice County", also inside an organisation's name)."""
    out = [
        Place(ent.name, m, ent.type)
        for ent, m in inside
        if ent.type in ("GPE", "LOC") and len(ent.name) > 2 and not ent.name.isupper()
    ]
    for ent, sp in inside:
        # a place the tagger took with the noun after it for an organisation ("a Lyon
        # office"): the capitalised words before the lowercase ones, when the gazetteer knows
        # them as a place or the lowercase ones name a body that serves a place ("the Brennick
        # police": SharedWords.place_bodies)
        if ent.type != "ORG" or any(p.span.start <= sp.start < p.span.end for p in out):
            continue
        head = _CAPITALS.match(sp.text)
        if head is None or head.end() == len(sp.text):
            continue
        rest = sp.text[head.end() :].split()
        if not rest or not all(w.islower() for w in rest):
            continue
        if known_place(head.group()) or " ".join(rest) in shared_words().place_bodies:
            name = head.group()
            out.append(Place(name, Span(sp.start, sp.start + head.end(), name)))
    for m in _COUNTY.finditer(chunk):
        if not any(p.span.start <= s + m.start() < p.span.end for p in out):
            out.append(Place(m.group(), Span(s + m.start(), s + m.end(), m.group())))
    return tuple(out)


def _credit(record: Record, s: int, e: int, chunk: str) -> tuple[str | None, bool]:
    """Who the sentence is credited to (an attribution whose content lies in it, else an
    "according to" phrase), and whether it quotes them."""
    for a in record.attributions:
        if not any(s <= c.start < e for c in a.content):
            continue
        ent = record.entity(a.speaker)
        name = ent.name if ent is not None else (a.source.text if a.source else None)
        return name, a.kind in ("direct", "mixed")
    m = _ACCORDING.search(chunk)
    return (m.group(1).strip(), False) if m else (None, False)


def title_words(record: Record) -> frozenset[str]:
    return frozenset(content_words(record.meta.title or ""))


def story_units(records: Sequence[Record]) -> list[list[Unit]]:
    return [units(r, i) for i, r in enumerate(records)]
