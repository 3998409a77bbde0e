"""Criticism said as a verdict in someone's words ("X is a fraud," Y said: Y accuses X), words
that criticise by describing (demeaned, cast X as weak), and a body's refusal of a named maker's
bill, budget or nominee (REJECT), with their counter-cases. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, sides_of

Run = Callable[..., Record]


def _has(rec: Record, type_: str, source: str, target: str) -> bool:
    return any(source in s and target in t for s, t in sides_of(rec, type_))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"Mayor Orla Quist is a liar," Councilman Bram Tovey said on Tuesday.',
        "Councilman Bram Tovey said Mayor Orla Quist's housing plan was reckless.",
        '"Mayor Orla Quist is utterly incompetent," Councilman Bram Tovey told reporters.',
    ],
)  # fmt: skip
def test_a_verdict_of_blame_in_someones_words_is_their_accusation(run: Run, text: str) -> None:
    rec = run(text)
    assert _has(rec, "ACCUSE", "Bram Tovey", "Orla Quist"), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"Mayor Orla Quist is not a liar," Councilman Bram Tovey said on Tuesday.',
        '"Mayor Orla Quist would be a disaster," Councilman Bram Tovey said.',
        '"If Mayor Orla Quist is reckless, the voters will see it," Councilman Bram Tovey said.',
        '"Is Mayor Orla Quist a liar?" Councilman Bram Tovey asked the crowd.',
        '"Mayor Orla Quist is a decent woman," Councilman Bram Tovey said.',
        '"She is a liar," Councilman Bram Tovey said of Mayor Orla Quist.',
    ],
)  # fmt: skip
def test_no_accusation_from_a_verdict_held_back_or_of_praise(run: Run, text: str) -> None:
    rec = run(text)
    assert not _has(rec, "ACCUSE", "Bram Tovey", "Orla Quist"), coded(rec)


@pytest.mark.model
def test_a_verdict_beside_an_accusation_of_the_same_pair_is_told_once(run: Run) -> None:
    rec = run(
        'Councilman Bram Tovey denounced Mayor Orla Quist on Monday. "Quist is a liar," he said.'
    )
    accusations = [p for p in sides_of(rec, "ACCUSE") if "Orla Quist" in p[1]]
    assert len(accusations) == 1, coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Councilman Bram Tovey has demeaned Mayor Orla Quist's record on schools.",
        "Councilman Bram Tovey has cast Mayor Orla Quist as weak on crime.",
    ],
)  # fmt: skip
def test_words_that_belittle_or_brand_criticise(run: Run, text: str) -> None:
    rec = run(text)
    assert _has(rec, "ACCUSE", "Bram Tovey", "Orla Quist"), coded(rec)


@pytest.mark.model
def test_casting_a_vote_criticises_no_one(run: Run) -> None:
    rec = run("Councilman Bram Tovey cast his vote for the school levy on Tuesday.")
    assert not sides_of(rec, "ACCUSE"), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The state senate blocked Governor Ilse Marrow's road budget on Wednesday.",
        "Senator Pia Lund voted against Governor Ilse Marrow's road budget.",
    ],
)  # fmt: skip
def test_refusing_a_named_makers_proposal_rejects_the_maker(run: Run, text: str) -> None:
    rec = run(text)
    assert [t for _, t in sides_of(rec, "REJECT") if "Ilse Marrow" in t], coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers blocked the road budget on Wednesday.",
        "Senator Pia Lund voted against the road budget.",
        "The road law split the Lund family. Senator Pia Lund, a Democrat from Osk, voted "
        "against it in May.",
    ],
)  # fmt: skip
def test_a_vote_on_a_bill_of_no_named_maker_is_procedure(run: Run, text: str) -> None:
    rec = run(text)
    assert not sides_of(rec, "REJECT"), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"Our nurses are frustrated with Mayor Orla Quist," said Bram Tovey, who leads the union.',
        "Councilman Bram Tovey said he was deeply disappointed in Mayor Orla Quist.",
        '"We are furious with Mayor Orla Quist," Councilman Bram Tovey said.',
        '"I am furious with Mayor Orla Quist," Councilman Bram Tovey said.',
        '"My members are frustrated with Mayor Orla Quist," Councilman Bram Tovey said.',
    ],
)  # fmt: skip
def test_the_speakers_own_displeasure_with_an_actor_is_criticism(run: Run, text: str) -> None:
    rec = run(text)
    assert _has(rec, "ACCUSE", "Bram Tovey", "Orla Quist"), coded(rec)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        '"We are not angry with Mayor Orla Quist," Councilman Bram Tovey said.',
        '"I am not angry with Mayor Orla Quist," Councilman Bram Tovey said.',
        '"Are we furious with Mayor Orla Quist?" Councilman Bram Tovey asked.',
        '"Mayor Orla Quist is upset with the council," Councilman Bram Tovey said.',
    ],
)  # fmt: skip
def test_no_displeasure_denied_asked_or_of_another(run: Run, text: str) -> None:
    rec = run(text)
    assert not _has(rec, "ACCUSE", "Bram Tovey", "Orla Quist"), coded(rec)
