"""Idioms that drop or retype an event fire only on their own construction: the act they stand
beside, said in other words, is still coded (admitting a wrong, real fighting and marching,
armed fire back at an attack, a raid that happened though it was planned, a welcome of another's
act, a party's nominee named alone). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


def _types(run: Run, text: str) -> list[str]:
    return [c[0] for c in coded(run(text, published="2024-05-01"))]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Two students admitted cheating on the exam.", "CONCEDE"),
        ("The envoy admitted to Ruritania that the talks had failed.", "CONCEDE"),
        ("He fought to retake the town from the rebels.", "ASSAULT"),
        ("Protesters marched forward toward the parliament in Kyiv.", "PROTEST"),
        ("The army struck back at the attack on its base in Gaza.", "ASSAULT"),
        ("The raid on the village was planned by Ruritanian commanders and killed nine.", "COERCE"),
        ("The Republican nominee attacked President Ada Lenz over the border.", "ACCUSE"),
    ],
)
def test_an_act_beside_an_idiom_is_still_coded(run: Run, text: str, kind: str) -> None:
    assert kind in _types(run, text)


@pytest.mark.model
def test_a_welcome_of_another_side_s_act_supports_it(run: Run) -> None:
    found = coded(
        run("France welcomed Germany sending troops to Lithuania.", published="2024-05-01")
    )
    assert any(c[0] == "SUPPORT" and "Germany" in c[3] for c in found), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Portugal took in 400 refugees, and two boys were admitted to Portugal in May.",
        "She fought hard to defeat the tax plan in the council.",
        "The council is marching forward with its housing plans.",
        "The mayor fired back at the senator's remarks on Tuesday.",
        "The envoy's talks with the Ruritanian minister are scheduled for next month.",
        "The officer in charge of the harbour patrol spoke to reporters on Friday.",
        "The governor supports keeping the soldiers in the north.",
    ],
)
def test_the_idioms_still_fire_on_their_own_construction(run: Run, text: str) -> None:
    kinds = _types(run, text)
    assert not {"CONCEDE", "ASSAULT", "PROTEST", "CONSULT", "SUPPORT"} & set(kinds), kinds
