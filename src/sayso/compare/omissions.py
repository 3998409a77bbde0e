"""Omissions: a claim of one report that another report of the story leaves out.

A unit of report ``i`` is left out by report ``j`` when no unit of ``j`` scores
``MatchOptions.omitted`` with it (``scores.py``). It is kept only when it is central to the
story: carried by most of the other reports, in a report's title or lead, a statement or act of
a principal actor (a name most reports carry), or a fact (count, date, quotation) about the names
the reports share. Omissions are ranked by centrality; at most ``MatchOptions.per_pair`` for each
pair of reports unless ``MatchOptions.all``. A story of one report omits nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .base import Finding
from .scores import Story, opening
from .units import Unit


def principal_names(story: Story) -> frozenset[str]:
    """Name words carried by most reports of the story (all of them when there are two)."""
    n = len(story.units)
    per_doc = Counter(w for us in story.units for w in {w for u in us for w in u.names})
    need = n if n <= 2 else (n + 1) // 2
    return frozenset(w for w, k in per_doc.items() if k >= need)


_DIGITS = re.compile(r"\d+")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")


def centrality(story: Story, u: Unit, j: int, principal: frozenset[str]) -> float:
    """How central unit ``u`` is to the story, for judging its omission by report ``j``: carried
    by the other reports, about the principal actors (names every report carries) and the names
    ``j`` uses too, stating numbers ``j`` never gives, a full claim (content words), early in
    its report (``CENTRALITY`` weighs these)."""
    w = CENTRALITY
    others = [k for k in range(len(story.units)) if k not in (u.doc, j)]
    carried = (
        sum(1 for k in others if story.best(u.doc, k)[u.index] >= story.options.aligned)
        / len(others)
        if others
        else 0.0
    )
    other_text = story.records[j].text
    numbers = set(_DIGITS.findall(u.text))
    names = set(_CAPITALISED.findall(u.text))
    position = u.index / max(1, len(story.units[u.doc]))
    return (
        w["carried"] * carried
        + w["principal"] * len(u.names & principal)
        + w["shared_names"] * sum(1 for x in names if x in other_text)
        + w["new_numbers"] * sum(1 for x in numbers if x not in other_text)
        + w["words"] * len(u.words)
        + w["position"] * position
    )


# weights of the centrality of a claim left out; set on the first half of the dev twin
CENTRALITY = {
    "carried": 1.5,
    "principal": 0.2,
    "shared_names": 0.1,
    "new_numbers": 0.3,
    "words": 0.03,
    "position": -0.5,
}


def omissions(story: Story, i: int) -> list[tuple[float, Unit, list[int], list[int]]]:
    """Units of report ``i`` that other reports leave out (no unit of theirs scores
    ``MatchOptions.omitted`` with it): (centrality, unit, reports that carry it, reports that
    leave it out), the centrality judged against the first report that leaves it out."""
    principal = principal_names(story)
    n = len(story.units)
    others = [j for j in range(n) if j != i and story.units[j]]
    best = {j: story.best(i, j) for j in others}
    out: list[tuple[float, Unit, list[int], list[int]]] = []
    for u in story.units[i]:
        silent = [j for j in others if float(best[j][u.index]) < story.options.omitted]
        if not silent:
            continue
        rank = centrality(story, u, silent[0], principal)
        if rank < story.options.central:
            continue
        carriers = [i] + [
            k for k in others if k not in silent and best[k][u.index] >= story.options.aligned
        ]
        if n >= 3 and not _central(u, len(carriers) - 1, n - 2, principal):
            continue
        out.append((rank, u, carriers, silent))
    return out


def _central(u: Unit, carried: int, others: int, principal: frozenset[str]) -> bool:
    """In a story of three reports or more, a claim left out matters when most of the other
    reports (``others`` besides its own and the silent one) carry it, or it is in its report's
    lead, or it is a statement or an act of a principal actor, or it gives a figure (a count:
    how many were hurt, evacuated, paid)."""
    if carried * 2 >= others or u.lead or u.counts:
        return True
    return bool(u.names & principal and (u.speaker or u.events or u.quoted))


def omission_findings(
    story: Story, pairs: Sequence[tuple[int, int]], order: Sequence[int]
) -> list[Finding]:
    """The omissions of the story, most central first: one finding per unit left out, its
    ``other`` the reports (of ``pairs``, not near-copies) that leave it out, at most
    ``MatchOptions.per_pair`` for each pair of reports unless ``MatchOptions.all``."""
    allowed = {frozenset(p) for p in pairs}
    ranked = [x for i in order for x in omissions(story, i)]
    ranked.sort(key=lambda x: -x[0])
    used: Counter[frozenset[int]] = Counter()
    limit = None if story.options.all else story.options.per_pair
    out: list[Finding] = []
    told: list[tuple[Unit, list[int]]] = []
    for _, u, carriers, silent in ranked:
        if any(
            v.doc in carriers
            and v.doc != u.doc
            and story.scores[(u.doc, v.doc)][u.index, v.index] >= story.options.aligned
            and set(silent) <= set(v_silent)
            for v, v_silent in told
        ):
            continue  # the same claim of another report that carries it: told already
        told.append((u, silent))
        other = []
        for j in silent:
            pair = frozenset((u.doc, j))
            if pair in allowed and (limit is None or used[pair] < limit):
                used[pair] += 1
                other.append(j)
        if other:
            rank = {d: x for x, d in enumerate(order)}
            carriers = sorted(carriers, key=lambda d: rank[d])
            ev = tuple(
                (
                    d,
                    u.span
                    if d == u.doc
                    else story.units[d][int(story.scores[(u.doc, d)][u.index].argmax())].span,
                )
                for d in carriers
            )
            what = opening(ev[0][1].text)
            out.append(Finding("omission", "claim", what, tuple(carriers), tuple(other), ev))
    return out
