"""Kinds of missed and wrong events on local crime pages, round 17, each with invented
sentences: a city named in the dateline and again only as where a shooting happened is no side
of it, and a past participle fronted before a passive clause ("Arrested by X, he was booked")
acts on the subject of that clause."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_a_dateline_city_is_not_the_victim_of_a_shooting_in_it(run: Run) -> None:
    found = coded(
        run(
            "WATERBURY, Conn. (WKZT) \u2014 A 19-year-old was killed in an evening shooting in"
            " Waterbury on Sunday."
        )
    )
    # an attack by someone unnamed on the 19-year-old (round 34), never on the town
    assert not [c for c in found if c[0] == "ASSAULT" and "Waterbury" in c[3]], found


@pytest.mark.model
def test_a_fronted_participle_of_arrest_acts_on_the_main_subject(run: Run) -> None:
    found = coded(
        run(
            "Tomas Varga was stopped for speeding on Route 9 early Sunday. Arrested by the"
            " Dunmore Police Department on suspicion of driving drunk, he was booked into the"
            " county jail."
        )
    )
    assert ("COERCE", "Arrested", ["Dunmore Police Department"], ["Tomas Varga"]) in found, found


@pytest.mark.model
def test_a_fronted_participle_before_an_active_clause_still_acts_on_its_subject(
    run: Run,
) -> None:
    found = coded(
        run(
            "Tomas Varga was stopped on Route 9 early Sunday. Arrested by the Dunmore Police"
            " Department, he later posted bail."
        )
    )
    assert [c for c in found if c[0] == "COERCE"] == [
        ("COERCE", "Arrested", ["Dunmore Police Department"], ["Tomas Varga"])
    ], found


@pytest.mark.model
def test_having_acted_before_a_passive_clause_names_no_one_acted_on(run: Run) -> None:
    found = coded(
        run("Having attacked a guard at the Dunmore jail, Tomas Varga was arrested on Sunday.")
    )
    assert not [c for c in found if c[0] == "ASSAULT" and c[3] == ["Tomas Varga"]], found
