"""Wrong sides and acts that did not happen, round 26, each with invented sentences. What one
would need to do, what one is bent on doing and a meeting only scheduled did not happen; a party's
word before a noun of one person ("the Republican nominee") is no side, the person is."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


def _of(found: list, kind: str, trigger: str) -> list:
    return [c for c in found if c[0] == kind and c[1] == trigger]


@pytest.mark.model
def test_what_one_would_need_to_do_is_no_threat(run: Run) -> None:
    found = coded(run("The Latvian army would need to attack Estonia, Premier Ivo Tamm said."))
    assert not [c for c in found if c[1] == "attack"], found


@pytest.mark.model
def test_what_militants_are_bent_on_did_not_happen(run: Run) -> None:
    found = coded(run("Estonian militants bent on attacking Latvia crossed the border on Monday."))
    assert not [c for c in found if c[1] == "attacking"], found


@pytest.mark.model
def test_a_meeting_that_was_scheduled_did_not_happen(run: Run) -> None:
    found = coded(
        run("The premier's meeting with Chancellor Ida Marr was scheduled two weeks ago.")
    )
    assert not _of(found, "CONSULT", "meeting"), found


@pytest.mark.model
def test_a_meeting_scheduled_for_a_day_did_not_happen(run: Run) -> None:
    found = coded(
        run("Premier Ivo Tamm left before a meeting with Chancellor Ida Marr scheduled for May.")
    )
    assert not _of(found, "CONSULT", "meeting"), found


@pytest.mark.model
def test_a_meeting_held_stays_a_consultation(run: Run) -> None:
    found = coded(run("Premier Ivo Tamm met Chancellor Ida Marr on Monday."))
    assert _of(found, "CONSULT", "met"), found


@pytest.mark.model
def test_a_party_word_before_one_person_is_no_side(run: Run) -> None:
    found = coded(run("Senator Ilse Varga criticized the Republican senator Oren Kask on Tuesday."))
    assert ("ACCUSE", "criticized", ["Ilse Varga"], ["Oren Kask"]) in found, found


@pytest.mark.model
def test_a_party_word_before_people_stays_a_side(run: Run) -> None:
    found = coded(run("Republican lawmakers criticized Senator Ilse Varga on Tuesday."))
    assert any("Republican" in c[2] for c in _of(found, "ACCUSE", "criticized")), found
