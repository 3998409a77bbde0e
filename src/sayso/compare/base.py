"""What the sentence comparison (``divergences.py``) and the event and quote claims
(``claims.py``) share: the comparison's thresholds, sentences and their tokens, findings, and
the overlap of content words by which sentences are aligned."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from ..types import Span

__all__ = ["CompareOptions", "Finding", "Sentence", "Token", "best_match", "overlap"]


@dataclass(frozen=True, slots=True)
class CompareOptions:
    """Thresholds of the comparison: fixed, the same for every story."""

    aligned: float = 0.75  # token similarity (difflib ratio) of two sentences that say the same
    matched: float = 0.5  # overlap of content words for a sentence to have a counterpart
    covered: float = 0.7  # share of a sentence's content words found anywhere in the other text
    min_words: int = 4  # content words a sentence needs to carry a claim
    max_slot: int = 4  # longest changed stretch (tokens) that still counts as one slot


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
