"""Speech acts in political news, round 32, each with invented sentences. Opposing or resisting
a thing no one is named as having made ("opposed the bill", "resisted the new tax") is a stance
on a measure, no rejection of anyone (CAMEO 12 rejects an actor or what an actor proposed);
an "it" standing for such a thing is one too; opposing a person stays a rejection. Challenging
a person with no issue named is a rival's run for a seat or a dare to debate, no rejection; a
challenge over an issue stays one. Who backs another's demand joins it: the demand is not aimed
at its backer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_opposing_a_bill_is_a_stance(run: Run) -> None:
    found = coded(
        run(
            "The state Senate passed the water bill on Tuesday. The Riverside Growers Union, "
            "which opposed the bill, said it would keep campaigning."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_resisting_a_tax_is_a_stance(run: Run) -> None:
    found = coded(run("Senator Carla Voss resisted the new fuel tax for months."))
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_opposing_it_for_a_bill_is_a_stance(run: Run) -> None:
    found = coded(
        run(
            "The state House passed a $600 million flood bill last week. Democrats opposed it "
            "because it fell short of the governor's request."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_opposing_a_person_stays_a_rejection(run: Run) -> None:
    found = coded(run("Senator Carla Voss opposed Governor Tom Reddick on Monday."))
    assert [c for c in found if c[0] == "REJECT" and "Tom Reddick" in c[3]], found


@pytest.mark.model
def test_a_rival_challenge_in_a_race_is_no_rejection(run: Run) -> None:
    found = coded(
        run(
            "Nora Bell, the former governor challenged by Senator Carla Voss in 1990, "
            "endorsed her on Monday."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_a_dare_to_debate_is_no_rejection(run: Run) -> None:
    found = coded(run("Carla Voss challenged Tom Reddick to a debate on Friday."))
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_a_challenge_over_remarks_stays(run: Run) -> None:
    found = coded(run("Carla Voss challenged Tom Reddick over his remarks on Friday."))
    assert [c for c in found if c[0] == "REJECT" and "Tom Reddick" in c[3]], found


@pytest.mark.model
def test_a_backed_demand_is_not_aimed_at_its_backer(run: Run) -> None:
    found = coded(
        run(
            "Senator Carla Voss broke with her party and backed Governor Tom Reddick's call "
            "for a flood relief package."
        )
    )
    asked = [c for c in found if c[0] == "REQUEST"]
    assert all("Carla Voss" not in c[3] for c in asked), found


@pytest.mark.model
def test_a_rejected_demand_still_answers_its_rejecter(run: Run) -> None:
    found = coded(run("The court rejected Tom Reddick's demand for a recount."))
    assert [c for c in found if c[0] == "REJECT" and "Tom Reddick" in c[3]], found
