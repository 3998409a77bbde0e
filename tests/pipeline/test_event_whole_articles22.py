"""Kinds of missed sides on real pages, round 22, each with invented sentences: a noun of one
person charged, held or attacked ("a fired chemist", "a woman", "a 19-year-old") stands for the
one person the story names in that part, and for no one where it names two."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_an_occupation_noun_arraigned_is_the_person_arrested(run: Run) -> None:
    found = coded(
        run(
            "A laid-off chemist accused of shooting his supervisor was arraigned Tuesday on"
            " murder charges.\n"
            "Marcus Delane Ferrow, 44, had been arrested after a short chase on Monday night."
        )
    )
    arraigned = [c for c in found if c[1] == "arraigned"]
    assert arraigned and all(c[3] == ["Marcus Delane Ferrow"] for c in arraigned), found


@pytest.mark.model
def test_a_woman_charged_is_the_person_told_attacking(run: Run) -> None:
    found = coded(
        run(
            "A woman has been charged with second-degree murder after a stabbing at a bakery"
            " on Sunday.\n"
            "Police allege Greta Lindqvist, 52, attacked the owner, wounding Paul Emmer, 60."
        )
    )
    charged = [c for c in found if c[1] == "charged"]
    assert charged and all(c[3] == ["Greta Lindqvist"] for c in charged), found


@pytest.mark.model
def test_an_age_arrested_is_the_person_charged(run: Run) -> None:
    found = coded(
        run(
            "A 19-year-old was arrested Sunday night, police said.\n"
            "Jaden Pruitt, 19, was charged with manslaughter, police said."
        )
    )
    arrested = [c for c in found if c[1] == "arrested"]
    assert arrested and all(c[3] == ["Jaden Pruitt"] for c in arrested), found


@pytest.mark.model
def test_a_man_charged_stands_for_no_one_when_two_are_held(run: Run) -> None:
    found = coded(
        run(
            "A man has been charged with robbery after a break-in on Sunday.\n"
            "Police said Ann Bellamy and Tomas Reedy were arrested at the scene."
        )
    )
    charged = [c for c in found if c[1] == "charged"]
    assert not [c for c in charged if "Ann Bellamy" in c[3] or "Tomas Reedy" in c[3]], found
