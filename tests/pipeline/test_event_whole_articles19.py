"""Kinds of wrong or missed events on local news pages, round 19, each with invented
sentences: a plain noun of a person ("a man", "the woman") stands for the one person the story
identifies it as."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_a_man_identified_by_pronoun_later_is_the_target(run: Run) -> None:
    found = coded(
        run(
            "A 44-year-old man was shot dead by a gunman on Friday night in Marlow. Deputies"
            " found him near a parked truck. He was identified Monday as Corwin Delacroix,"
            " according to the county coroner."
        )
    )
    assert [c for c in found if c[0] == "ASSAULT" and c[3] == ["Corwin Delacroix"]], found
    assert not [c for c in found if "Corwin Delacroix" in c[2]], found  # not the gunman


@pytest.mark.model
def test_a_woman_and_her_son_identified_by_noun_are_the_sides(run: Run) -> None:
    found = coded(
        run(
            "The woman who shot her son in a trailer near Elkford has been identified. Local"
            " papers identified the woman as Petra Holloway, 38, and her 6-year-old son Tobin"
            " Holloway."
        )
    )
    assert ("ASSAULT", "shot", ["Petra Holloway"], ["Tobin Holloway"]) in found, found


@pytest.mark.model
def test_two_people_identified_leave_a_pronoun_told_noun_unlinked(run: Run) -> None:
    found = coded(
        run(
            "A 30-year-old man was shot dead by a gunman on Friday in Marlow. He was identified"
            " as Corwin Delacroix. A second man was found nearby. He was identified as Ivo"
            " Brandt."
        )
    )
    assert not [c for c in found if c[3] in (["Corwin Delacroix"], ["Ivo Brandt"])], found
