"""Speech acts in political news, round 32, each with invented sentences. Opposing or resisting
a thing no one is named as having made ("opposed the bill", "resisted the new tax") is a stance
on a measure, no rejection of anyone (CAMEO 12 rejects an actor or what an actor proposed);
opposing a person stays a rejection."""

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
def test_opposing_a_person_stays_a_rejection(run: Run) -> None:
    found = coded(run("Senator Carla Voss opposed Governor Tom Reddick on Monday."))
    assert [c for c in found if c[0] == "REJECT" and "Tom Reddick" in c[3]], found
