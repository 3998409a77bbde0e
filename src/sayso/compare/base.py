"""What the sentence comparison (``divergences.py``) and the event and quote claims
(``claims.py``) share: the comparison's thresholds, sentences and their tokens, findings, and
the overlap of content words by which sentences are aligned."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from .. import resources as data
from ..types import Record, Span, trim_ranges

__all__ = [
    "CompareOptions",
    "Finding",
    "MatchOptions",
    "Sentence",
    "Token",
    "best_match",
    "body_sentences",
    "first_hedge",
    "hedges",
    "overlap",
]


@dataclass(frozen=True, slots=True)
class MatchOptions:
    """Thresholds of the claim alignment: fixed, the same for every story."""

    aligned: float = 0.6  # score for two units to state one claim
    contradict: float = 0.5  # score for two units to be read for a contradiction
    qualified: float = 0.75  # score for two units to be read for a hedge or a credit
    omitted: float = 0.75  # below this best score a unit has no counterpart in a report
    told_words: float = 0.4  # share of a unit's words (names aside) an aligned paraphrase repeats
    split_words: float = 0.7  # share of them two sentences of another report repeat together
    scattered_words: float = 0.5  # share of them another report's claims repeat anywhere
    clause_told: float = 0.7  # cosine of a clause of a unit and one of another report's units
    told_close: float = 0.54  # cosine of a unit and a sentence on one of its participants
    names_weight: float = 0.2  # weight of the share of names two units both carry
    counts_weight: float = 0.1  # weight of the counts both state
    central: float = 0.0  # centrality an omission needs
    per_pair: int = 5  # omissions reported for each pair of reports
    per_pair_many: int = 1  # the same in a story of three reports or more (the most central)
    all: bool = False  # report every omission

    def cap(self, reports: int) -> int | None:
        """Omissions reported for each pair of reports in a story of ``reports`` reports: with
        three or more, what one report leaves out that two others tell is ranked by centrality
        and only the first shown (the others have their own pairs); None with ``all``."""
        if self.all:
            return None
        return self.per_pair if reports < 3 else self.per_pair_many


@dataclass(frozen=True, slots=True)
class CompareOptions:
    """Thresholds of the comparison: fixed, the same for every story."""

    aligned: float = 0.75  # token similarity (difflib ratio) of two sentences that say the same
    matched: float = 0.5  # overlap of content words for a sentence to have a counterpart
    covered: float = 0.7  # share of a sentence's content words found anywhere in the other text
    min_words: int = 4  # content words a sentence needs to carry a claim
    max_slot: int = 4  # longest changed stretch (tokens) that still counts as one slot
    claims: MatchOptions = MatchOptions()  # reports that are not near-copies: claims by meaning


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str


@dataclass
class Sentence:
    doc: int  # position of the document in the story
    start: int
    end: int
    text: str
    tokens: list[Token]
    words: set[str]
    claim: bool = False
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    what: str | None
    about: str
    asserted_by: tuple[int, ...]
    other: tuple[int, ...]
    evidence: tuple[tuple[int, Span], ...]
    values: tuple[str, ...] = ()  # a contradiction's two values, as each report writes them


def overlap(a: AbstractSet[str], b: AbstractSet[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def best_match(s: Sentence, others: Sequence[Sentence]) -> tuple[Sentence | None, float]:
    best, score = None, 0.0
    for t in others:
        o = overlap(s.words, t.words)
        if o > score:
            best, score = t, o
    return best, score


def body_sentences(record: Record) -> list[tuple[int, int]]:
    """The record's sentences (``Record.sentences``) inside its body ranges, each cut to the
    range it lies in; the whole text is the body when ``meta.body`` is empty."""
    ranges = record.meta.body or ((0, len(record.text)),)
    out = [
        (max(s, bs), min(e, be))
        for bs, be in ranges
        for s, e in record.sentences
        if s < be and bs < e
    ]
    return trim_ranges(record.text, out)


@functools.cache
def hedges() -> frozenset[str]:
    """Words and phrases that hedge, deny or downplay a claim (``data/hedges.txt``)."""
    return frozenset(ln.lower() for ln in data.lines("data/hedges.txt", "sayso.compare"))


def first_hedge(words: Sequence[str]) -> str | None:
    """The first hedge of ``data/hedges.txt`` among lower-cased ``words``, longest phrase first
    (three words, then two, then one)."""
    table = hedges()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i : i + n])
            if phrase in table:
                return phrase
    return None
