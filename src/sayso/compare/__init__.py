"""Across documents: stories (which documents report one event) and how their accounts differ.

``group(records)`` clusters records into stories (batch); ``StoryIndex`` assigns them one at a
time; ``compare(records)`` lines up the accounts of one story and returns its line
(``sayso compare``, docs/record.md); ``compare_stories`` does it for every story of a
collection; ``align`` lines up the sentences of a story's documents side by side (the web app's
story page).
Needs numpy (the ``stories`` extra).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..types import Record
from .base import CompareOptions
from .claims import claim_rows
from .divergences import Claim, align, divergence_rows, find_with_claims
from .matching import agreed
from .stories import (
    StoryIndex,
    StoryOptions,
    StoryResult,
    cluster,
    copies,
    incremental,
    story_summary,
)
from .view import by_claim

__all__ = [
    "Claim",
    "CompareOptions",
    "StoryIndex",
    "StoryOptions",
    "StoryResult",
    "align",
    "compare",
    "compare_stories",
    "group",
    "incremental",
    "story_summary",
]


def group(records: Sequence[Record], options: StoryOptions | None = None) -> StoryResult:
    """Stories of ``records`` (batch clustering): ``result.labels[i]`` is the story of
    ``records[i]``."""
    return cluster(records, options)


def compare(
    story: str,
    records: Sequence[Record],
    options: CompareOptions | None = None,
    story_options: StoryOptions | None = None,
) -> dict[str, Any]:
    """The ``sayso compare`` line of one story: its documents, near-duplicate pairs and
    divergences (docs/record.md, "Comparing the accounts of a story"), its events lined up
    as claims (``claims``: per event, which documents assert, omit, contradict or qualify it),
    and the story claim by claim (``by_claim``, ``view.py``: each report's own sentence and
    status, the differing values marked; agreed claims lined up by word overlap or, in other
    words, by meaning)."""
    from .features import body_text

    pairs = copies([body_text(r) for r in records], story_options)
    findings, claims = find_with_claims(records, options, pairs)
    rows = divergence_rows(story, records, findings)
    lines = align(records, options) if len(records) > 1 else []
    paraphrases = agreed(records, (options or CompareOptions()).claims)
    return {
        "story": story,
        "documents": [r.id for r in records],
        "copies": [[records[i].id, records[j].id] for i, j in pairs],
        "divergences": rows,
        "claims": claim_rows(claims, records, findings),
        "by_claim": by_claim(records, rows, lines, paraphrases),
    }


def compare_stories(
    records: Sequence[Record],
    given: Mapping[str, str] | None = None,
    options: CompareOptions | None = None,
    story_options: StoryOptions | None = None,
) -> list[dict[str, Any]]:
    """One ``compare`` line per story, stories in order of their first document. Stories are
    ``given`` (document id -> story) or found by ``group``."""
    if given is not None:
        labels = [given.get(r.id) or r.id for r in records]
    else:
        labels = list(cluster(records, story_options).labels)
    members: dict[str, list[Record]] = {}
    for rec, label in zip(records, labels, strict=True):
        members.setdefault(label, []).append(rec)
    return [compare(s, recs, options, story_options) for s, recs in members.items()]
