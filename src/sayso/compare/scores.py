"""Two reports' claim units scored against each other by meaning: the ``Story`` that the
contradiction, qualification and omission readers (``matching.py``, ``omissions.py``) share.

Each report's claim units (``units.py``) are embedded with all-MiniLM-L6-v2 (``sayso.embed``);
two units are scored by the cosine of their vectors, plus a share of the names they both carry
and of the counts they both state (``MatchOptions``, ``base.py``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from ..embed import embed
from ..types import Record
from .base import MatchOptions
from .units import Unit, story_units

Matrix = npt.NDArray[np.float64]


@dataclass
class Story:
    """The units of a story's reports, their vectors and the pairwise scores."""

    records: Sequence[Record]
    units: list[list[Unit]]
    scores: dict[tuple[int, int], Matrix]
    options: MatchOptions
    # what the omission judges read of each report and claim, read once (``readings.py``)
    memo: dict[tuple[object, ...], object] = field(default_factory=dict, repr=False, compare=False)

    def aligned(self, i: int, j: int) -> list[tuple[Unit, Unit, float]]:
        """The one-to-one matches of report ``i``'s units in report ``j`` at ``aligned`` or
        more: (unit of i, unit of j, score)."""
        s = self.scores[(i, j)]
        rows, cols = np.nonzero(s >= self.options.aligned)
        out: list[tuple[Unit, Unit, float]] = []
        used_r: set[int] = set()
        used_c: set[int] = set()
        for k in sorted(range(len(rows)), key=lambda k: -s[rows[k], cols[k]]):
            r, c = int(rows[k]), int(cols[k])
            if r in used_r or c in used_c:
                continue
            used_r.add(r)
            used_c.add(c)
            out.append((self.units[i][r], self.units[j][c], float(s[r, c])))
        return out

    def best(self, i: int, j: int) -> npt.NDArray[np.float64]:
        """For each unit of report ``i``: its best score against report ``j``'s units."""
        s = self.scores[(i, j)]
        if s.shape[1] == 0:
            return np.zeros(s.shape[0])
        best: npt.NDArray[np.float64] = s.max(axis=1)
        return best


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _count_keys(u: Unit) -> frozenset[tuple[str, float]]:
    return frozenset((c.unit, c.plain) for c in u.counts if c.plain is not None)


def score_story(records: Sequence[Record], options: MatchOptions | None = None) -> Story:
    options = options or MatchOptions()
    units = story_units(records)
    flat = [u for us in units for u in us]
    vectors = embed([u.text for u in flat]).astype(np.float64)
    rows: list[npt.NDArray[np.float64]] = []
    pos = 0
    for us in units:
        rows.append(vectors[pos : pos + len(us)])
        pos += len(us)
    scores: dict[tuple[int, int], Matrix] = {}
    n = len(records)
    for i in range(n):
        for j in range(i + 1, n):
            s = rows[i] @ rows[j].T
            for r, a in enumerate(units[i]):
                ka = _count_keys(a)
                for c, b in enumerate(units[j]):
                    bonus = options.names_weight * _share(a.names, b.names)
                    if ka and ka & _count_keys(b):
                        bonus += options.counts_weight
                    s[r, c] += bonus
            scores[(i, j)] = s
            scores[(j, i)] = s.T
    return Story(records, units, scores, options)


# where a sentence breaks into clauses: a comma, a semicolon, a colon, a dash, or a
# conjunction or relative pronoun that opens a clause (not one within a hyphenated compound:
# "a hit-and-run driver")
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[,;:\u2014\u2013]"
    r"|(?<![\w-])(?:and|but|when|after|while|who|which|because|before|then)(?![\w-]))\s*"
)
CLAUSE_WORDS = 3  # words a piece needs to be a clause


def pieces(text: str) -> list[str]:
    """The pieces of a sentence between its punctuation and the words that open a clause, short
    ones too ("Ann Bell, 40, lay dead": "lay dead")."""
    return [c for c in _CLAUSE_BREAK.split(text) if c.strip()]


def clauses(text: str) -> list[str]:
    """The clauses of a sentence, by its punctuation and the words that open a clause
    ("Police were called around 10 p.m. | found the owner dead"): its pieces of
    ``CLAUSE_WORDS`` words or more."""
    return [c for c in pieces(text) if len(c.split()) >= CLAUSE_WORDS]


def clause_best(mine: Sequence[str], theirs: Sequence[str]) -> list[float]:
    """For each clause of ``mine``: its best cosine against the clauses of ``theirs``."""
    if not mine or not theirs:
        return [0.0] * len(mine)
    a = embed(list(mine)).astype(np.float64)
    b = embed(list(theirs)).astype(np.float64)
    return [float(x) for x in (a @ b.T).max(axis=1)]


def opening(text: str, limit: int = 10) -> str:
    """The first ``limit`` words of ``text`` (a finding's ``about``)."""
    words = text.split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")
