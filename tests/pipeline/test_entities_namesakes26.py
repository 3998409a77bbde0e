"""Entities, round 26 (invented stories): "Chief X" after "Police Chief Ann X" is that person
in the entities stage, the one home of the rule (NER tagging nothing, or only the surname), and
the one person the story introduced with that title when two people share the surname."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

pytestmark = pytest.mark.model


def _holders_at(record: Record, text: str, nth: int) -> list[str]:
    """The entities holding the ``nth`` (from 0) occurrence of ``text`` in the story."""
    start = -1
    for _ in range(nth + 1):
        start = record.text.index(text, start + 1)
    return [e.name for e in record.entities if any(m.start == start for m in e.mentions)]


def test_chief_and_a_surname_is_the_chief_the_story_introduced(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Harbour vote news\n\nBefore the vote, Harbour Police Chief Dana Okafor lobbied to close "
        "the road. Chief Okafor later admitted that the road wasn't a problem."
    )
    assert _holders_at(rec, "Okafor later", 0) == ["Dana Okafor"]


def test_chief_and_a_surname_is_the_chief_not_the_namesake(run: Callable[..., Record]) -> None:
    rec = run(
        "Harbour vote news\n\nPolice Chief Dana Okafor closed the road on Monday.\n\n"
        "Her brother, Mayor Lee Okafor, asked for it to open again.\n\n"
        "Chief Okafor said the road would stay closed."
    )
    assert _holders_at(rec, "Okafor said", 0) == ["Dana Okafor"]


def test_a_namesake_named_in_passing_is_not_the_bare_surname_after_it(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Harbour vote news\n\nMayor Rosa Delgado opened the new bridge in Elmwood on Tuesday. "
        "Delgado said the bridge cost less than planned. Delgado thanked the workers.\n\n"
        "The bridge replaced one built by Tomas Delgado, a former mayor, in 1970.\n\n"
        "Delgado told reporters the town would hold a festival."
    )
    assert _holders_at(rec, "Delgado said", 0) == ["Rosa Delgado"]
    assert _holders_at(rec, "Delgado told", 0) in ([], ["Delgado"])
