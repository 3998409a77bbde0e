"""Wrong kinds and wrong targets, round 28, each with invented sentences. A CONCEDE (CAMEO 08)
yields something held: a compliment returned, releases a body issues and its official release
yield nothing; an officer "in charge of" a unit is accused of nothing and a campaign that
"blasted out" emails criticizes no one; an act with no one named on
its other side is not aimed at who told of it ("according to the police") nor at the actors of a
reason clause with its own subject ("because leaders are backing them")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


def _types(found: list) -> list[str]:
    return [c[0] for c in found]


@pytest.mark.model
def test_a_compliment_returned_yields_nothing(run: Run) -> None:
    found = coded(
        run("Hours later, Mayor Oren Kask returned the compliment to Governor Lena Moss.")
    )
    assert "CONCEDE" not in _types(found), found


@pytest.mark.model
def test_a_painting_returned_stays_a_concession(run: Run) -> None:
    found = coded(run("Latvia returned the painting to Estonia."))
    assert ("CONCEDE", "returned the painting", ["Latvia"], ["Estonia"]) in found, found


@pytest.mark.model
def test_releases_a_ministry_must_make_are_publications(run: Run) -> None:
    found = coded(run("The bureau was ordered to make two more releases this month."))
    assert "CONCEDE" not in _types(found), found


@pytest.mark.model
def test_a_body_s_official_release_is_a_statement(run: Run) -> None:
    found = coded(run("Here is the Academy's official release:"))
    assert "CONCEDE" not in _types(found), found


@pytest.mark.model
def test_an_agent_in_charge_of_a_unit_is_accused_of_nothing(run: Run) -> None:
    found = coded(
        run('"We never found one," said Ivo Tamm, the special agent in charge of the Border Guard.')
    )
    assert "ACCUSE" not in _types(found), found


@pytest.mark.model
def test_emails_blasted_out_criticize_no_one(run: Run) -> None:
    found = coded(run("Mayor Oren Kask's campaign has blasted out a barrage of press releases."))
    assert "ACCUSE" not in _types(found), found


@pytest.mark.model
def test_who_told_of_killings_is_not_their_target(run: Run) -> None:
    found = coded(run("Narva had five murders last year, according to the Estonian police."))
    assert not [c for c in found if "Estonian police" in c[3]], found


@pytest.mark.model
def test_a_rejection_is_not_aimed_at_the_actors_of_its_reason_clause(run: Run) -> None:
    found = coded(
        run(
            "The Kask campaign calls this a false narrative, especially because leaders such as"
            " Premier Ivo Tamm are backing them up."
        )
    )
    aimed = [c for c in found if c[0] == "REJECT" and {"Ivo Tamm", "leaders"} & set(c[3])]
    assert not aimed, found
