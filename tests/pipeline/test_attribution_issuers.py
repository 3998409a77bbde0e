"""Sources that issue words: a statement speaks for whoever issued it, a source that names several
parties together is one of them, and a medium no one has issued yet says nothing
(pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, speaker_of

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# A statement speaks for whoever issued it: "X issued a statement saying ...", and "the statement
# said" after "X released a statement".


@pytest.mark.model
def test_a_statement_saying_is_its_issuer_s(run: Run) -> None:
    rec = run(
        "Suspect's wife speaks\n\n"
        "The suspect's wife, Dana Pike, released a statement saying the couple had been "
        "separated for a month."
    )
    assert speaker_of(rec, "separated for a month") == "Dana Pike"


@pytest.mark.model
def test_the_statement_said_after_a_body_issued_one(run: Run) -> None:
    rec = run(
        "Firm mourns employee\n\n"
        "Crestline Bank issued a statement on Tuesday expressing condolences to the families.\n"
        '"We are heartbroken by the death of our colleague," the statement said.\n'
    )
    assert speaker_of(rec, "heartbroken") == "Crestline Bank"


@pytest.mark.model
def test_a_closing_according_to_names_the_channel_of_a_named_speaker(run: Run) -> None:
    rec = run(
        "Coach mourns wrestler\n\n"
        "Their coach, Gerald Hewitt, said the boy was like a son to him, according to the "
        "Burlington Times."
    )
    a = next(a for a in rec.attributions if any("like a son" in c.text for c in a.content))
    assert speaker_of(rec, "like a son") == "Gerald Hewitt"
    assert all("according" not in c.text for c in a.content)
    via = rec.entity(a.via)
    assert via is not None and "Burlington Times" in via.name


@pytest.mark.model
def test_a_group_s_claim_according_to_a_report_is_the_report_s(run: Run) -> None:
    rec = run(
        "Farmers fear for water\n\n"
        "Farmers near the lake say the new mine would use the water they need, according to a "
        "report by the Lake Alliance, a group in the capital."
    )
    assert speaker_of(rec, "new mine would use the water") == "Lake Alliance"


# -------------------------------------------------------------------------------------------------
# Sources: a source that names several parties together is one of them (the gold's convention), and
# a medium no one has issued yet says nothing (pipeline/attributions).


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
