"""Who stays on a side of an act: news media beside two parties of a meeting are left out and
the meeting stays between the parties; a town acted on beside its mayor stays acted on.
Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_a_meeting_with_a_leader_and_a_news_outlet_is_held_with_the_leader(run: Run) -> None:
    found = coded(run("President Ana Lee met Prime Minister Kenji Ito and CNN in Tokyo on Monday."))
    consult = [c for c in found if c[0] == "CONSULT"]
    assert consult, found
    assert all(c[2] == ["Ana Lee"] and c[3] == ["Kenji Ito"] for c in consult), found


@pytest.mark.model
def test_a_town_attacked_beside_its_mayor_stays_acted_on(run: Run) -> None:
    found = coded(run("Russian troops attacked Kharkiv and its mayor, Ihor Terekhov, on Monday."))
    attacks = [c for c in found if c[0] == "ASSAULT"]
    assert attacks, found
    assert all({"Kharkiv", "Ihor Terekhov"} <= set(c[3]) for c in attacks), found
