"""Purposes, quarrels, firms that stop work or take over, and talk shut down
(pipeline/events): an "if" with an infinitive ("must go, if only to spare the party") gives
the purpose of a demand, no condition, so the demand stands, while "should go if the audit
finds fraud" is still a condition; a fight "about" someone with no one fought named is a
quarrel over a topic, no force (ASSAULT is force against an actor, CAMEO 18-20), and so is a
market or a place taken over by a business or a thing; a business that halts work strikes
against no one, since only workers strike (CAMEO 143); shutting down questions or a debate
coerces no one (CAMEO 17 coerces actors). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, has_name

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Councillor Wenda Orrin said Premier Basil Tamm must quit, if only to calm the markets.",
        "Councillor Wenda Orrin said Premier Basil Tamm should resign, if only to end the feud.",
        "Councillor Wenda Orrin said Premier Basil Tamm must step down, if just to let the "
        "inquiry work.",
    ],
)  # fmt: skip
def test_a_purpose_after_if_leaves_the_demand_standing(run: Run, text: str) -> None:
    rec = run(text)
    asks = [e for e in rec.events if e.type == "REQUEST"]
    assert asks, coded(rec)
    assert has_name(rec, asks[0].source, "Orrin"), coded(rec)
    assert has_name(rec, asks[0].target, "Basil Tamm"), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Councillor Wenda Orrin said Premier Basil Tamm must quit if the auditors find a bribe.",
        "Councillor Wenda Orrin said Premier Basil Tamm should resign if the votes were bought.",
    ],
)  # fmt: skip
def test_a_finite_if_clause_is_still_a_condition(run: Run, text: str) -> None:
    # counter-case: a clause with its own subject and verb after "if" is a condition
    rec = run(text)
    assert not any(e.type == "REQUEST" for e in rec.events), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Liberals in the assembly have fought about Premier Basil Tamm since his first budget.",
        "The two wings of the party fought about Councillor Wenda Orrin all winter.",
        "Delegates from Ostrand clashed about Premier Basil Tamm at the congress in Pell.",
    ],
)  # fmt: skip
def test_a_fight_about_someone_is_no_force(run: Run, text: str) -> None:
    rec = run(text)
    assert not any(e.type == "ASSAULT" for e in rec.events), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rebels fought with soldiers of the Ostrand army about a checkpoint near Pell.",
        "Gunmen fought with police about the roadblock near Lirn on Sunday.",
    ],
)  # fmt: skip
def test_a_fight_with_someone_stays_force(run: Run, text: str) -> None:
    # counter-case: an opponent named after "with" is fought, whatever the fight is about
    rec = run(text)
    assert any(e.type == "ASSAULT" for e in rec.events), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Ostrava consortium behind the canal project halted work in June after gunmen "
        "raided the town of Lirn.",
        "The port operator suspended work at the Pell docks after rebels shelled the harbour.",
        "The developer of the Lirn tower stopped work after thieves raided its depot.",
    ],
)  # fmt: skip
def test_a_business_that_halts_work_strikes_against_no_one(run: Run, text: str) -> None:
    rec = run(text)
    assert not any(e.type == "PROTEST" for e in rec.events), coded(rec)


@pytest.mark.model
def test_workers_who_halt_work_still_strike(run: Run) -> None:
    # counter-case: workers stopping work strike
    rec = run("Crane operators' assistants and dock workers halted work at Pell over unpaid wages.")
    assert any(e.type == "PROTEST" for e in rec.events), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Vending machines are taking over the station kiosks of Lirn.",
        "Streaming firms have taken over the music market in Pell.",
        "The chipmaker Velta Micro took over the market for car sensors in Lirn.",
    ],
)  # fmt: skip
def test_a_takeover_by_a_business_or_a_thing_is_no_force(run: Run, text: str) -> None:
    rec = run(text)
    assert not any(e.type == "ASSAULT" for e in rec.events), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rebel fighters took over the town of Lirn on Sunday.",
        "Soldiers of the Ostrand army took over the airport of Pell at dawn.",
    ],
)  # fmt: skip
def test_a_takeover_by_armed_men_stays_force(run: Run, text: str) -> None:
    # counter-case: fighters and soldiers take a place by force
    rec = run(text)
    assert any(e.type == "ASSAULT" for e in rec.events), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Governor Basil Tamm shut down questions about his taxes at the forum in Pell.",
        "The mayor of Lirn shut down the debate about the harbour levy on Monday.",
    ],
)  # fmt: skip
def test_shutting_down_questions_coerces_no_one(run: Run, text: str) -> None:
    rec = run(text)
    assert not any(e.type == "COERCE" for e in rec.events), coded(rec)


@pytest.mark.model
def test_police_shutting_down_an_office_still_coerce(run: Run) -> None:
    # counter-case: closing an outlet's office is coercion
    rec = run("Police in Lirn shut down the offices of an opposition weekly on Monday.")
    assert any(e.type == "COERCE" for e in rec.events), coded(rec)
