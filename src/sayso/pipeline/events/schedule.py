"""Acts the narrator dates after the publication: a schedule ("The ministers meet on Friday",
"The government will meet the chiefs on Friday" in a story of the Tuesday before) tells what has
not happened yet, so it is no event (PLV codes a narrator's "will meet" as AGREE; a story with a
publication date can tell a plan from an agreement by the plan's date, which PLV's sentences
lack, and our gold counts such a plan as no event). Only the narrator's: what a speaker
announces for a later day is a promise or a threat, and a speech act's date may be that of what
it asks for or warns of."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from spacy.tokens import Token

from ...nlp import children_of
from ...types import Event

# acts of words: their date may be the date of the act they ask for, threaten or deny
WORD_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT"})
_HELPERS = frozenset({"aux", "auxpass"})
_CALENDAR = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")  # a year, a month or a day


def after(date: str, published: str) -> bool:
    """Whether a date ("2025-11-07", "2025-12", "2026") falls after the published day, at the
    coarser of the two precisions (a month is after only when the whole month is; a day is not
    after a publication known only by its month or year when it falls in it)."""
    if not (_CALENDAR.fullmatch(date) and _CALENDAR.match(published)):
        return False
    n = min(len(date), len(published[:10]))
    return date[:n] > published[:n]


def not_yet(
    events: Iterable[Event], published: str | None, words_of: Mapping[str, Token]
) -> list[Event]:
    """The events, less the narrator's acts dated after ``published`` and not told in the past
    (a past tense dated later follows another clock: a date stamp, an update line)."""
    if not published:
        return list(events)
    return [
        e
        for e in events
        if e.attribution is not None
        or e.type in WORD_TYPES
        or e.date is None
        or not after(e.date, published)
        or _told_past(words_of.get(e.id))
    ]


def _told_past(tok: Token | None) -> bool:
    """Whether the event's word or a verb above it is in the past tense, by itself or by its
    helper verb ("was arrested", "had met")."""
    if tok is None:
        return False
    return any(
        t.tag_ == "VBD" or any(c.dep_ in _HELPERS and c.tag_ == "VBD" for c in children_of(t))
        for t in (tok, *tok.ancestors)
    )
