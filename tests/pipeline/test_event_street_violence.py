"""Street violence told in the passive: the people of a shop or a diner hurt by someone unnamed,
and beating, punching or kicking a body as physical assault (CAMEO 182), but not a race won or a
hole punched in a plan (pipeline/events). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]

pytestmark = pytest.mark.model


def _attacks(record: Record) -> list[tuple[str, str, list[str], list[str]]]:
    return [c for c in coded(record) if c[0] == "ASSAULT"]


@pytest.mark.parametrize("noun", ["waiter", "shopper", "passerby", "courier"])
def test_a_person_of_a_shop_hurt_by_no_one_named_is_attacked(run: Run, noun: str) -> None:
    found = _attacks(run(f"A {noun} was stabbed near a bakery on Pine Road late Thursday."))
    assert [c for c in found if not c[2] and c[3] and noun in c[3][0]], found


def test_a_punch_told_in_the_passive_is_an_unnamed_attack(run: Run) -> None:
    found = _attacks(run("Gil Arno, 51, was punched outside a pharmacy in Fresno on Sunday."))
    assert [c for c in found if not c[2] and c[3] == ["Gil Arno"]], found


def test_a_beating_with_a_pipe_is_an_attack(run: Run) -> None:
    found = _attacks(run("Two men beat a clerk with a pipe at a gas station in Yuma on Monday."))
    assert [c for c in found if c[2] and c[3] and "clerk" in c[3][0]], found


def test_beating_a_rival_in_a_vote_is_no_attack(run: Run) -> None:
    assert not _attacks(run("Mayor Rosa Lind beat Carl Ozu by nine points in the runoff."))


def test_a_hole_punched_in_a_plan_is_no_attack(run: Run) -> None:
    assert not _attacks(run("Auditors punched holes in the transit budget on Wednesday."))
