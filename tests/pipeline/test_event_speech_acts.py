"""Speech acts in political news, round 33, each with invented sentences. A request or a
rejection is aimed at the actor the text names as asked, rejected or answered; what the thing
asked for or rejected is about, or whom it would act on, is never its target ("called for an
inquiry into X", "denied a report about X", "says X should send troops against Y"). With no one
named as asked, a request keeps its source and an unnamed target. Opposing a measure against
someone is a stance, no rejection of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


def _of(
    found: list[tuple[str, str, list[str], list[str]]], type_: str
) -> list[tuple[str, str, list[str], list[str]]]:
    return [c for c in found if c[0] == type_]


@pytest.mark.model
def test_an_inquiry_asked_for_is_not_aimed_at_its_subject(run: Run) -> None:
    found = coded(
        run("Senator Maria Hale called for an investigation into Apex Mining on Tuesday.")
    )
    asked = _of(found, "REQUEST")
    assert asked and all(not c[3] for c in asked), found


@pytest.mark.model
def test_files_asked_for_are_not_aimed_at_whom_they_concern(run: Run) -> None:
    found = coded(
        run("The Kenyan government demanded the release of the files on Senator Joel Hale.")
    )
    asked = _of(found, "REQUEST")
    assert asked and all("Joel Hale" not in c[3] for c in asked), found


@pytest.mark.model
def test_a_denied_report_is_not_aimed_at_whom_it_is_about(run: Run) -> None:
    found = coded(run("The Defense Ministry denied the report about General Samuel Okoro."))
    assert all("Samuel Okoro" not in c[3] for c in _of(found, "REJECT")), found


@pytest.mark.model
def test_help_pressed_for_is_not_aimed_at_whom_it_would_fight(run: Run) -> None:
    found = coded(
        run("Prime Minister Ana Lutz pushed for help from the banks to fight the Taliban online.")
    )
    assert all("Taliban" not in c[3] for c in _of(found, "REQUEST")), found


@pytest.mark.model
def test_a_demand_is_aimed_at_who_must_act_not_at_whom_the_act_is_against(run: Run) -> None:
    found = coded(
        run(
            "President Omar Diallo argued that Chad should increase its forces against the Taliban."
        )
    )
    asked = _of(found, "REQUEST")
    assert asked and all("Taliban" not in c[3] for c in asked), found


@pytest.mark.model
def test_opposing_a_measure_against_a_country_is_a_stance(run: Run) -> None:
    found = coded(run("Governor Tom Reyes has opposed any discrimination against Cuba."))
    assert not _of(found, "REJECT"), found


@pytest.mark.model
def test_opposed_sanctions_are_not_aimed_at_whom_they_would_hit(run: Run) -> None:
    found = coded(run("Governor Tom Reyes opposed any sanctions against Cuba."))
    assert all("Cuba" not in c[3] for c in _of(found, "REJECT")), found


@pytest.mark.model
def test_an_apology_demanded_from_someone_stays_aimed_at_them(run: Run) -> None:
    found = coded(run("The teachers' union demanded an apology from Mayor Tom Lee."))
    assert any("Tom Lee" in c[3] for c in _of(found, "REQUEST")), found


@pytest.mark.model
def test_a_rejected_proposal_stays_aimed_at_its_maker(run: Run) -> None:
    found = coded(run("Chile rejected Peru's proposal on fishing rights."))
    assert any("Peru" in c[3] for c in _of(found, "REJECT")), found


@pytest.mark.model
def test_asking_someone_how_is_a_question(run: Run) -> None:
    found = coded(
        run(
            "Anchor Dan Colbert interviewed Governor Tom Reyes on Monday. Colbert asked Reyes "
            "how high the wall would be."
        )
    )
    assert not _of(found, "REQUEST"), found


@pytest.mark.model
def test_asking_a_country_how_many_is_a_question(run: Run) -> None:
    found = coded(run("Mexico asked the United States how many troops it would send."))
    assert not _of(found, "REQUEST"), found


@pytest.mark.model
def test_asking_that_troops_leave_stays_a_request(run: Run) -> None:
    found = coded(run("Senator Ana Ruiz asked the Pentagon to withdraw its advisers."))
    assert _of(found, "REQUEST"), found


@pytest.mark.model
def test_a_rejection_others_are_pushed_to_make_did_not_happen(run: Run) -> None:
    found = coded(
        run("Senator Paul Brandt is pushing fellow Democrats to reject the Venezuela debt deal.")
    )
    assert not _of(found, "REJECT"), found


@pytest.mark.model
def test_an_expulsion_pushed_for_did_not_happen(run: Run) -> None:
    found = coded(run("Senator Paul Brandt pushed to expel the Russian diplomats."))
    assert not _of(found, "SANCTION"), found


@pytest.mark.model
def test_entry_denied_to_someone_stays_aimed_at_them(run: Run) -> None:
    found = coded(run("Chile denied entry to a Peruvian envoy, Mario Vega."))
    assert any("Mario Vega" in c[3] for c in _of(found, "REJECT")), found


@pytest.mark.model
def test_talks_refused_with_a_government_stay_aimed_at_it(run: Run) -> None:
    found = coded(run("The rebels have long refused direct talks with the Bolivian government."))
    assert any(c[3] for c in _of(found, "REJECT")), found


@pytest.mark.model
def test_a_ban_not_lifted_stays_aimed_at_whom_it_hits(run: Run) -> None:
    found = coded(run("Chile will not lift the ban on Peru."))
    assert any("Peru" in c[3] for c in _of(found, "REJECT")), found


@pytest.mark.model
def test_calling_for_someone_to_resign_is_aimed_at_them(run: Run) -> None:
    found = coded(run("Senator Ruth Kell called for Mayor Tom Lee to resign."))
    assert any("Tom Lee" in c[3] for c in _of(found, "REQUEST")), found


@pytest.mark.model
def test_calling_for_troops_to_leave_is_not_aimed_at_the_place(run: Run) -> None:
    found = coded(run("The rebels called for the Chadian troops to leave Mali."))
    asked = _of(found, "REQUEST")
    assert asked and all("Mali" not in c[3] for c in asked), found


@pytest.mark.model
def test_an_appeal_among_voters_is_no_request(run: Run) -> None:
    found = coded(
        run(
            "Governor Ana Ruiz's wide-ranging appeal among Republicans will be hard for Senator "
            "Mark Dale to match."
        )
    )
    assert not _of(found, "REQUEST"), found


@pytest.mark.model
def test_a_measure_called_for_against_someone_is_aimed_at_them(run: Run) -> None:
    # a hostile measure asked for "against X" is aimed at X, as event coders code it
    found = coded(
        run("The Lithuanian foreign minister called for new sanctions against Belarus on Monday.")
    )
    assert any("Belarus" in c[3] for c in found), found
