"""Cue words used in a sense that reports nothing, and pronoun speakers after an unnamed role
(issue 13, whole articles). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.attributions import confidence as attribution_confidence
from sayso.types import Record

from .conftest import attribution_with, speaker_of

pytestmark = pytest.mark.model

Run = Callable[..., Record]


@pytest.fixture()
def no_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The passes themselves: nothing left out for being unsure."""
    monkeypatch.setattr(attribution_confidence, "FLOOR", 0.0)


def _contents(rec: Record) -> list[str]:
    return [c.text for a in rec.attributions for c in a.content]


@pytest.mark.usefixtures("no_floor")
def test_call_with_a_bare_object_is_a_phone_call_or_a_summons(run: Run) -> None:
    rec = run(
        "Dana Moore called paramedics after the crash on Elm Street.\n\n"
        "The Harbor Council called an emergency meeting for Friday.\n\n"
        "The driver initially walked to the home of a cousin on Birch Lane and called "
        "authorities.\n\n"
        "Mayor Jill Tran called the ruling a disgrace on Monday.\n\n"
        'Senator Ruth Dale called the plan "reckless" in a post.\n\n'
        "Governor Alan Pike called for calm after the vote.\n"
    )
    said = _contents(rec)
    assert not any(
        "paramedics" in c or "emergency meeting" in c or c == "authorities" for c in said
    )
    # a second complement, quotation marks, "called for": what was said of it
    assert speaker_of(rec, "the ruling a disgrace") == "Jill Tran"
    assert speaker_of(rec, "reckless") == "Ruth Dale"
    assert any("calm" in c for c in said)


@pytest.mark.usefixtures("no_floor")
def test_a_when_clause_is_no_reported_clause(run: Run) -> None:
    rec = run(
        "Kevin Hale was showing the rifle to a customer when the weapon went off.\n\n"
        "Kevin Hale showed investigators that the lock had been forced.\n"
    )
    assert not any("the weapon went off" in c for c in _contents(rec))
    assert speaker_of(rec, "the lock had been forced") == "Kevin Hale"


@pytest.mark.usefixtures("no_floor")
def test_knowing_how_to_is_a_skill_not_a_belief(run: Run) -> None:
    rec = run(
        "Marta Kell certainly knows how to run a meeting.\n\n"
        "Marta Kell knew what to do when the lights failed.\n\n"
        "Marta Kell knows that the budget is short.\n"
    )
    said = _contents(rec)
    assert not any("run a meeting" in c or "what to do" in c for c in said)
    assert speaker_of(rec, "the budget is short") == "Marta Kell"


@pytest.mark.usefixtures("no_floor")
def test_a_fact_nobody_knew_is_no_belief(run: Run) -> None:
    rec = run(
        "Neither Paul Stern nor the guard, Ana Ruiz, knew the other was on the roof.\n\n"
        "Sgt. Tim Cole said Paul Stern did not know the gun was loaded.\n\n"
        "Paul Stern does not think that the fence is safe.\n"
    )
    knew = [a for a in rec.attributions if a.cue is not None and a.cue.text in {"knew", "know"}]
    assert not knew
    # the report of the ignorance is the sergeant's; a negated opinion is still held
    assert speaker_of(rec, "did not know the gun was loaded") == "Tim Cole"
    assert speaker_of(rec, "the fence is safe") == "Paul Stern"


def test_a_pronoun_after_a_spokesman_speaks_for_his_principal(run: Run) -> None:
    rec = run(
        "Mayor Lena Ostrova met Governor Tom Hale on Monday. A spokesman for Ostrova "
        "declined to comment at first. Later he said the talks had gone well.\n\n"
        "Governor Tom Hale visited the port on Tuesday. He said the cranes would be replaced.\n"
    )
    assert speaker_of(rec, "the talks had gone well") == "Lena Ostrova"
    # no role before it: the pronoun keeps the name before it
    assert speaker_of(rec, "the cranes would be replaced") == "Tom Hale"


def test_a_pronoun_after_a_definite_role_keeps_its_name(run: Run) -> None:
    rec = run(
        "Senator Ruth Dale toured the plant on Friday. The senator praised the workers. "
        "She said the plant would stay open.\n"
    )
    a = attribution_with(rec, "the plant would stay open")
    assert a.speaker is not None and speaker_of(rec, "the plant would stay open") == "Ruth Dale"


@pytest.mark.usefixtures("no_floor")
def test_claiming_a_thing_is_taking_it(run: Run) -> None:
    rec = run(
        "Premier Ivo Marsh claimed victory in the state election on Monday.\n\n"
        "The Harbor Hawks claimed the league title after a late goal.\n\n"
        "Premier Ivo Marsh claimed that the count had been rigged.\n\n"
        'Premier Ivo Marsh claimed "a clear mandate" for the reforms.\n'
    )
    said = _contents(rec)
    assert not any("victory" in c or "league title" in c for c in said)
    assert speaker_of(rec, "the count had been rigged") == "Ivo Marsh"


@pytest.mark.usefixtures("no_floor")
def test_a_colon_line_with_only_a_number_says_nothing(run: Run) -> None:
    rec = run(
        "The Dunmore Tenants Union asked residents to report leaks.\n"
        "The Dunmore Tenants Union: 555-0142 (ext. 12)\n"
        "The Dunmore Tenants Union: rents will rise again in May\n"
    )
    said = _contents(rec)
    assert not any("555-0142" in c for c in said)
    assert any("rents will rise again" in c for c in said)


@pytest.mark.usefixtures("no_floor")
def test_dismissing_a_report_that_is_not_saying_it(run: Run) -> None:
    rec = run(
        "Spokesman Igor Petrov dismissed a newspaper report that troops were moving north.\n\n"
        "The court rejected Ivo Salk's demand that the vote be annulled.\n\n"
        "Deputies expressed concern that the bridge would close.\n"
    )
    assert not [a for a in rec.attributions if a.cue is not None and a.cue.text == "dismissed"]
    # the demand's words are its owner's; a noun in the cue itself is the cue's own
    assert speaker_of(rec, "the vote be annulled") == "Ivo Salk"
    assert any("the bridge would close" in c for c in _contents(rec))


@pytest.mark.usefixtures("no_floor")
def test_recall_with_a_bare_object_withdraws_someone(run: Run) -> None:
    rec = run(
        "The government recalled its ambassador from Oslo on Monday.\n\n"
        "The minister recalled that the treaty had been signed in 1990.\n\n"
        'The minister recalled "a very different time."\n'
    )
    assert not [c for c in _contents(rec) if "ambassador" in c]
    assert attribution_with(rec, "the treaty had been signed").confidence >= 0.6
    assert attribution_with(rec, "a very different time").kind == "direct"
