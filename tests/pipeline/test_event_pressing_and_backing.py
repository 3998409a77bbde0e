"""Demands and endorsements in other words: pressing a named actor ("pressed X to", "pressed X
for") urges X (REQUEST, CAMEO 10); throwing one's support behind X, and winning or earning X's
backing, is X's endorsement (SUPPORT, CAMEO 051). Negated, modal, questioned and hoped-for
tellings, and "press" with no one named pressed, code nothing; "called on allies" asks them, no
word of praise. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import names, sides_of

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Senator Maren Holt pressed Governor Idris Vale to sign the water compact.",
         "Maren Holt", "Idris Vale"),
        ("On Tuesday, Mayor Colette Dray pressed Councilman Abe Rusk for details of the tender.",
         "Colette Dray", "Abe Rusk"),
        ("Representative Jonah Pell has pressed Secretary Nadia Orr on the delayed rail grants.",
         "Jonah Pell", "Nadia Orr"),
    ],
)  # fmt: skip
def test_pressing_a_named_actor_is_a_request(run: Run, text: str, source: str, target: str) -> None:
    assert ([source], [target]) in sides_of(run(text), "REQUEST"), run(text).events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Senator Maren Holt did not press Governor Idris Vale on the water compact.",
        "Senator Maren Holt might press Governor Idris Vale on the compact in the spring.",
        "Will Senator Maren Holt press Governor Idris Vale on the water compact?",
        "Senator Maren Holt pressed the lever and the gate of the dam opened.",
        "The family of Omar Tesh pressed charges after the crash on the bridge.",
    ],
)  # fmt: skip
def test_no_request_without_a_pressing_told_of_a_named_actor(run: Run, text: str) -> None:
    assert sides_of(run(text), "REQUEST") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Governor Idris Vale threw his support behind Mayor Colette Dray on Monday.",
         "Idris Vale", "Colette Dray"),
        ("Councilman Abe Rusk won the backing of the Dockworkers Guild last week.",
         "Dockworkers Guild", "Abe Rusk"),
        ("Secretary Nadia Orr earned the endorsement of Senator Maren Holt in March.",
         "Maren Holt", "Nadia Orr"),
    ],
)  # fmt: skip
def test_endorsements_in_other_words_are_support(
    run: Run, text: str, source: str, target: str
) -> None:
    assert ([source], [target]) in sides_of(run(text), "SUPPORT"), run(text).events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Governor Idris Vale refused to throw his support behind Mayor Colette Dray.",
        "Councilman Abe Rusk did not win the backing of the Dockworkers Guild.",
        "Councilman Abe Rusk is hoping to win the backing of the Dockworkers Guild.",
        "Could Secretary Nadia Orr earn the endorsement of Senator Maren Holt?",
    ],
)  # fmt: skip
def test_no_support_without_a_backing_given(run: Run, text: str) -> None:
    assert sides_of(run(text), "SUPPORT") == []


@pytest.mark.model
def test_winning_a_release_or_a_war_lends_the_noun_no_holder(run: Run) -> None:
    rec = run("The mediator Ilse Brandt won the release of the crew held by Ruritania.")
    assert all("Ilse Brandt" not in names(rec, e.target) for e in rec.events)
    assert not [e for e in rec.events if e.type == "SUPPORT"], rec.events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Governor Idris Vale called on his allies in the assembly to pass the levy.",
        "Mayor Colette Dray called upon friends of the museum to raise the funds.",
    ],
)  # fmt: skip
def test_calling_on_allies_is_a_request_and_no_praise(run: Run, text: str) -> None:
    rec = run(text)
    assert [e.type for e in rec.events if e.type in ("REQUEST", "SUPPORT")] == ["REQUEST"], (
        rec.events
    )


@pytest.mark.model
def test_a_call_to_a_named_actor_on_a_day_stays_a_call(run: Run) -> None:
    rec = run("Prime Minister Ivo Tanner called Germany on Thursday about the levy.")
    assert [e.type for e in rec.events] == ["CONSULT"], rec.events
