"""Sides from the wrong reading, round 31, each with invented sentences. A nationality beside
refugees or migrants names no country: they neither act for the land they left nor is it acted
on when they are sent back or held. "Denied his opposition" denies a stance he holds, no group.
An inquiry into an assault told only by its place ("a shooting in Tulsa") accuses no place; the
role an "as" phrase names ("his reinstatement as a port inspector") is no one acted on."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_refugees_of_a_nationality_are_no_target_country(run: Run) -> None:
    found = coded(
        run(
            "Fighting in Eritrea has forced thousands to flee. The governor vowed on Tuesday to "
            "deport Eritrean refugees who crossed the border."
        )
    )
    assert found and all("Eritrea" not in c[3] for c in found), found


@pytest.mark.model
def test_migrants_held_leave_their_country_out(run: Run) -> None:
    found = coded(
        run(
            "Floods hit Sudan last month. Police detained twelve Sudanese migrants near the "
            "port on Sunday."
        )
    )
    held = [c for c in found if c[0] == "COERCE"]
    assert held and all("Sudan" not in c[3] for c in held), found


@pytest.mark.model
def test_diplomats_of_a_nationality_keep_their_country(run: Run) -> None:
    found = coded(
        run(
            "Fighting in Eritrea has forced thousands to flee. Police detained two Eritrean "
            "diplomats near the port on Sunday."
        )
    )
    assert [c for c in found if c[0] == "COERCE" and "Eritrea" in c[3]], found


@pytest.mark.model
def test_a_stance_denied_is_no_group(run: Run) -> None:
    found = coded(run("The senator denied his opposition to the treaty on Monday."))
    assert found and all(not c[3] for c in found), found


@pytest.mark.model
def test_the_opposition_accused_stays_a_group(run: Run) -> None:
    found = coded(run("The president accused his opposition of plotting a coup."))
    assert [c for c in found if c[0] == "ACCUSE" and c[3]], found


@pytest.mark.model
def test_whose_stance_is_denied_is_no_target(run: Run) -> None:
    found = coded(
        run(
            "Governor Kerr spoke about Senator Paul Otto on Monday. Otto had opposed the war for "
            "years. Kerr later denied his opposition in a radio interview."
        )
    )
    denied = [c for c in found if c[1] == "denied"]
    assert denied and all(not c[3] for c in denied), found


@pytest.mark.model
def test_a_stance_rejected_still_reaches_its_holder(run: Run) -> None:
    found = coded(run("Kerr rejected Otto's opposition to the treaty on Monday."))
    assert [c for c in found if c[0] == "REJECT" and c[3] == ["Otto"]], found


@pytest.mark.model
def test_a_stance_denied_answers_no_earlier_speaker(run: Run) -> None:
    found = coded(
        run(
            '"Kerr is hard to read," said Paul Otto, a former senator. As recently as May, Kerr '
            "said the war was a mistake. He later denied his opposition in a radio interview."
        )
    )
    denied = [c for c in found if c[1] == "denied"]
    assert all(not c[3] for c in denied), found


@pytest.mark.model
def test_charges_denied_still_answer_the_accuser(run: Run) -> None:
    found = coded(
        run("Otto accused Kerr of lying about the war. Kerr denied the charges on Monday.")
    )
    assert [c for c in found if c[1] == "denied" and c[3] == ["Otto"]], found


@pytest.mark.model
def test_an_inquiry_into_a_shooting_somewhere_accuses_no_place(run: Run) -> None:
    found = coded(run("Police are investigating a shooting in Harlow on Sunday."))
    assert not [c for c in found if c[0] == "ACCUSE"], found


@pytest.mark.model
def test_an_inquiry_into_a_shooting_by_someone_accuses_them(run: Run) -> None:
    found = coded(run("Prosecutors are investigating a shooting by two guards in Tulsa."))
    assert [c for c in found if c[0] == "ACCUSE" and c[3] == ["two guards"]], found


@pytest.mark.model
def test_a_role_named_by_as_is_no_target(run: Run) -> None:
    found = coded(
        run(
            "Otto's lawsuit demands his reinstatement as a port inspector, recovery of unpaid "
            "wages and other costs."
        )
    )
    assert found and all("port inspector" not in c[3] for c in found), found


@pytest.mark.model
def test_refugees_of_a_people_of_no_country_keep_the_people(run: Run) -> None:
    found = coded(run("Greece deported forty Kurdish refugees on Monday."))
    assert [c for c in found if c[0] == "COERCE" and "Kurdish" in c[3]], found
