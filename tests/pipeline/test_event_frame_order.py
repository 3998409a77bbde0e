"""The frame's checks that read no side (a negation, a refusal, a supposed act, a warning) drop a
candidate before its sides are worked out: what they keep must still be coded as before, a
refused cooperation as REJECT and a demand told with "must" as REQUEST."""

from __future__ import annotations

import pytest

from .event_code import code

SIDES = {
    "Velmora": ("GPE", ("Velmora",)),
    "Castrin": ("GPE", ("Castrin",)),
}


@pytest.mark.model
def test_refused_cooperation_is_kept_as_a_rejection() -> None:
    doc = code("Velmora declined to lift the embargo on Castrin.", SIDES)
    ev = doc.one("REJECT")
    assert ev.trigger.text == "lift the embargo"
    assert doc.actors(ev) == (["Velmora"], ["Castrin"])


@pytest.mark.model
def test_demand_told_with_must_is_kept_as_a_request() -> None:
    doc = code("Velmora said on Friday that Castrin must withdraw its soldiers.", SIDES)
    ev = doc.one("REQUEST")
    assert doc.actors(ev)[0] == ["Velmora"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Velmora declined to discuss the treaty with reporters.",  # a refused comment
        "Velmora did not threaten Castrin during the summit.",  # negated
        "Velmora could impose a tariff on Castrin next year.",  # supposed, no demand
    ],
)
def test_frame_alone_drops_the_act(text: str) -> None:
    assert code(text, SIDES).events == []
