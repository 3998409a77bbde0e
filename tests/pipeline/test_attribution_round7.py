"""Sources, round 7: a source that names several parties together is one of them (the gold's
convention), and a medium no one has issued yet says nothing (pipeline/attributions). Sentences
invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, speaker_of

Run = Callable[..., Record]


def story(run: Run, body: str) -> Record:
    return run("Border talks news\n\n" + body)


@pytest.mark.model
@pytest.mark.parametrize("source", ["Both governments", "The two men"])
def test_a_source_that_names_several_parties_is_one_of_them(run: Run, source: str) -> None:
    # the record has one speaker an attribution: the gold's convention (the seed's "Both
    # countries have hailed ...", source "China and Russia") takes one of the parties, never
    # someone outside them
    rec = story(
        run,
        "Finance Minister Olek Varsa of Estoria met Finance Minister Pim Hallor of Lorvania in "
        "Vadsen on Monday. Mr. Varsa said the meeting had been useful. Mr. Hallor said it had "
        f"been long.\n\n{source} said the border crossings would reopen in May.",
    )
    a = attribution_with(rec, "the border crossings would reopen in May")
    parties = {"Olek Varsa", "Pim Hallor", "Estoria", "Lorvania"}
    assert speaker_of(rec, "the border crossings would reopen in May") in parties, a
    assert speaker_of(rec, "the meeting had been useful") == "Olek Varsa"


@pytest.mark.model
def test_two_unnamed_officials_are_not_a_group_of_parties(run: Run) -> None:
    # no "the" and no "both": new people, not the parties named before; the rule leaves them
    rec = story(
        run,
        "The Estorian Foreign Ministry said on Monday that the talks had ended. Two officials "
        "said the next round would open in June.",
    )
    assert speaker_of(rec, "the talks had ended") == "Estorian Foreign Ministry"


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "A judge on Tuesday ordered the county clerk to send a letter to each voter saying that "
        "the registrations remained valid.",
        "The clerk said on Tuesday that she would issue a statement saying that the "
        "registrations remained valid.",
    ],
)
def test_a_medium_not_yet_issued_says_nothing(run: Run, sentence: str) -> None:
    # the clerk's own "said" reports the plan; no words are the statement's yet
    rec = story(run, "DENVER - " + sentence)
    assert not any(a.cue is not None and a.cue.text == "saying" for a in rec.attributions)


@pytest.mark.model
def test_a_medium_issued_still_speaks_for_its_issuer(run: Run) -> None:
    rec = story(
        run,
        "DENVER - The Harlow Water Board issued a statement saying that the pipes would be "
        "replaced in May. The board urged residents to file a complaint, saying the "
        "old pipes were unsafe.",
    )
    assert speaker_of(rec, "the pipes would be replaced in May") == "Harlow Water Board"
    assert speaker_of(rec, "the old pipes were unsafe") == "Harlow Water Board"
