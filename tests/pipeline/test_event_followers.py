"""Followers are not the one they follow: "fans of X", "X's supporters", "loyalists of X" act
or are acted on themselves, as a relative or a rival is no one but itself (``follower_nouns``;
pipeline/events). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded
from .conftest import names as _names

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Fans of Orla Minsk marched outside the gallery in Tarvo.",
        "Loyalists of Orla Minsk fought with police near the town hall.",
        "Orla Minsk's supporters marched outside the gallery in Tarvo.",
    ],
)  # fmt: skip
def test_followers_act_for_themselves(run: Run, text: str) -> None:
    rec = run(text)
    assert rec.events, coded(rec)  # the followers' own act is coded, with no one for them
    assert all("Orla Minsk" not in _names(rec, e.source) for e in rec.events), coded(rec)


@pytest.mark.model
def test_a_leader_who_marches_is_still_the_marcher(run: Run) -> None:
    # counter-case: a person at the head of the phrase is the actor
    rec = run("The preacher Orla Minsk marched with her followers outside the gallery in Tarvo.")
    assert any("Orla Minsk" in _names(rec, e.source) for e in rec.events), coded(rec)
