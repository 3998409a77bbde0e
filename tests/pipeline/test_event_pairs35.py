"""Actor pairs by definition, round 35, each with invented sentences. A truce binds two sides:
when both are named as the ones who broke it, each broke it against the other (CAMEO 196), so
the first is the source and the second the target."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_two_sides_breaking_a_truce_act_on_each_other(run: Run) -> None:
    found = coded(
        run("The Northern Front and the Veland government violated the ceasefire on Monday.")
    )
    hits = [c for c in found if c[0] == "ASSAULT"]
    assert hits and "Northern Front" in hits[0][2] and any("Veland" in n for n in hits[0][3]), found


@pytest.mark.model
def test_two_sides_guilty_of_breaching_a_truce(run: Run) -> None:
    found = coded(
        run(
            "Rebel commanders and the Ostrian army were guilty of breaching the truce in the north."
        )
    )
    hits = [c for c in found if c[0] == "ASSAULT"]
    assert hits and hits[0][2] and hits[0][3], found
    assert not set(hits[0][2]) & set(hits[0][3]), found


@pytest.mark.model
def test_one_side_breaking_a_truce_with_another(run: Run) -> None:
    found = coded(run("The Northern Front violated the truce with the Veland government."))
    assert [c for c in found if c[0] == "ASSAULT" and "Northern Front" in c[2]], found


# A purpose clause after a verb of handing over serves the one who gets the thing handed over:
# the object is the thing, the "to X" (or the indirect object) the recipient.


@pytest.mark.model
def test_help_after_lending_people_serves_the_recipient(run: Run) -> None:
    found = coded(
        run("Norland will lend engineers to the Coastal Union to help the union build roads.")
    )
    hits = [c for c in found if c[1] == "help"]
    assert hits and hits[0][3] == ["Coastal Union"], found


@pytest.mark.model
def test_help_after_giving_to_an_indirect_object(run: Run) -> None:
    found = coded(
        run("Norland gave the Coastal Union two field clinics to help it fight the outbreak.")
    )
    hits = [c for c in found if c[1] == "help"]
    assert hits and hits[0][3] == ["Coastal Union"], found


# A joint act's other side is its partner ("with X"), not whom the shared thing is aimed at.


@pytest.mark.model
def test_sharing_evidence_with_a_partner_against_a_suspect(run: Run) -> None:
    found = coded(
        run("Norland police shared evidence with Ostria this week against Marco Diaz, a banker.")
    )
    hits = [c for c in found if c[0] == "COOPERATE"]
    assert hits and hits[0][3] == ["Ostria"], found


# ASSAULT is force against an actor: fighting a thing (a disease, a blaze, a vice) is none, while
# fighting people or fighting a battle stays one.


@pytest.mark.model
def test_fighting_an_epidemic_is_no_assault(run: Run) -> None:
    found = coded(
        run(
            "Norland sent money to fight the epidemic in Ostria. "
            "Rebels fought a gun battle with police near Kaleb."
        )
    )
    assert not [c for c in found if c[0] == "ASSAULT" and c[1] == "fight"], found
    assert [c for c in found if c[0] == "ASSAULT" and c[1] == "fought"], found


@pytest.mark.model
def test_vowing_to_fight_a_vice_is_no_threat(run: Run) -> None:
    found = coded(run("The new mayor of Kaleb vowed to fight corruption in the harbour police."))
    assert not [c for c in found if c[0] in ("ASSAULT", "THREATEN")], found


# A group no name names, with an "including" phrase: the named members are on its side too.


@pytest.mark.model
def test_named_members_of_an_including_phrase_act(run: Run) -> None:
    found = coded(
        run(
            "Several student unions including the Kaleb Students Union and the Norland Youth "
            "League held a protest at the university against the new fees."
        )
    )
    hits = [c for c in found if c[0] == "PROTEST"]
    assert hits and "Kaleb Students Union" in hits[0][2], found


@pytest.mark.model
def test_named_members_of_an_including_phrase_are_acted_on(run: Run) -> None:
    found = coded(run("Norland police arrested twenty gang members, including Ivo Marek."))
    hits = [c for c in found if c[0] == "COERCE"]
    assert hits and "Ivo Marek" in hits[0][3], found


# A doer noun set in apposition after a name ("X, the fund's biggest donor") is that name's role:
# the named one is the doer, not the role noun.


@pytest.mark.model
def test_a_donor_in_apposition_after_a_name_is_that_name(run: Run) -> None:
    found = coded(run("Norland, the Kaleb Fund's biggest donor, may never restore its funding."))
    hits = [c for c in found if c[0] == "AID"]
    assert hits and hits[0][2] == ["Norland"] and hits[0][3] == ["Kaleb Fund"], found


# Goods of aid handed over are aid given (CAMEO 07), land or arms handed over a concession; "$2
# million worth of X" stands for X.


@pytest.mark.model
def test_medicines_handed_over_are_aid(run: Run) -> None:
    found = coded(
        run(
            "Norland handed over $4 million worth of medical equipment to the Ostrian health "
            "ministry. The rebels handed over the disputed islands to Ostria."
        )
    )
    assert [c for c in found if c[0] == "AID" and c[2] == ["Norland"]], found
    assert [c for c in found if c[0] == "CONCEDE" and c[3] == ["Ostria"]], found
