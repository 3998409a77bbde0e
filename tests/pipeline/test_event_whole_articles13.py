"""Kinds of wrong events on whole articles, round 13, each with an invented sentence: a question
parsed as an adverbial clause is no request, and a participle of a standing tie is no act."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_a_question_asked_by_a_judge_is_no_request(run: Run) -> None:
    found = coded(run("Asked by the judge if she knew the terms, Anna Berg said yes."))
    assert not [c for c in found if c[0] == "REQUEST"], found


@pytest.mark.model
def test_asking_someone_to_act_stays_a_request(run: Run) -> None:
    found = coded(
        run("The Ruritanian minister asked Bordurian officials to leave if the talks failed.")
    )
    assert [c[0] for c in found if c[1] == "asked"] == ["REQUEST"], found


@pytest.mark.model
def test_allied_troops_beside_an_attack_are_no_agreement(run: Run) -> None:
    found = coded(
        run(
            "The Bordurian army and allied Ruritanian troops had retaken the town and killed "
            "23 rebels."
        )
    )
    assert not [c for c in found if c[0] == "AGREE"], found
    assert [c[0] for c in found if c[1] == "killed"] == ["ASSAULT"], found


@pytest.mark.model
def test_allying_with_a_country_stays_an_agreement(run: Run) -> None:
    found = coded(run("The Bordurian government allied with Ruritania in 2019."))
    assert [c[0] for c in found if c[1] == "allied"] == ["AGREE"], found
