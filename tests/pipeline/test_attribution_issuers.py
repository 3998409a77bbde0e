"""Sources that issue words: a statement speaks for whoever issued it, a source that names several
parties together is one of them, a medium no one has issued yet says nothing, and a report, a
board, a poll or a statement is the one the story named before (pipeline/attributions).
Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story, speaker_of

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


# -------------------------------------------------------------------------------------------------
# Attributions: speakers in political news. "The report said" speaks for the subject of the
# sentence before only when that sentence names a report too (the subject released it), not for
# whoever the sentence before was about; "the statement" after "X said in a statement" is X's. "The
# editorial board", "the poll" is the one organisation the story named it for before ("the Daily
# Ledger editorial board").


@pytest.mark.model
def test_the_report_is_not_the_subject_before_who_issued_none(run: Run) -> None:
    rec = harbour_story(
        run,
        "Mayor Ana Pell lost the race in 2019 with 20 percent of the vote. “Our position is "
        "precarious,” the report stated.",
    )
    assert speaker_of(rec, "Our position is precarious") != "Ana Pell"


@pytest.mark.model
def test_the_report_is_the_subject_before_who_released_it(run: Run) -> None:
    rec = harbour_story(
        run,
        "Mayor Ana Pell released a report on the port in 2019. “Our position is precarious,” "
        "the report stated.",
    )
    assert speaker_of(rec, "Our position is precarious") == "Ana Pell"


@pytest.mark.model
def test_the_report_of_according_to_is_not_the_subjects(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Harbour Port Agency closed the road in 2019, according to a council report on "
        "Wednesday. The report said the closure broke the law.",
    )
    assert speaker_of(rec, "the closure broke the law") != "Harbour Port Agency"


@pytest.mark.model
def test_the_board_is_the_one_body_the_story_named_it_for(run: Run) -> None:
    rec = harbour_story(
        run,
        "Mayor Ana Pell should resign, The Daily Ledger editorial board wrote on Monday. Pell "
        "won two elections in the city. Voters cheered. She is a capable manager, the "
        "editorial board writes.",
    )
    assert speaker_of(rec, "She is a capable manager") == "Daily Ledger"


@pytest.mark.model
def test_the_board_of_two_bodies_is_neither(run: Run) -> None:
    rec = harbour_story(
        run,
        "Mayor Ana Pell should resign, The Daily Ledger editorial board wrote on Monday. The "
        "Harbour Port Authority's board disagreed. Voters cheered. She is a capable manager, "
        "the board writes.",
    )
    assert speaker_of(rec, "She is a capable manager") is None


@pytest.mark.model
def test_the_poll_is_the_one_body_the_story_named_it_for_not_the_subject_before(
    run: Run,
) -> None:
    rec = harbour_story(
        run,
        "Results of a new Daily Ledger poll came out on Wednesday. As of Thursday, a Vexa Labs "
        "search shows no reports by the major outlets on the poll. The poll shows Ana Pell "
        "beating Tom Hale 45 to 40 percent.",
    )
    assert speaker_of(rec, "Ana Pell beating Tom Hale") == "Daily Ledger"


@pytest.mark.model
def test_the_statement_is_the_one_a_speaker_before_spoke_in(run: Run) -> None:
    rec = harbour_story(
        run,
        "Mayor Ana Pell said on Monday that the road would open. “We will act fast,” Pell said "
        "in a statement. “The port matters.” The statement added that the council had agreed.",
    )
    assert speaker_of(rec, "the council had agreed") == "Ana Pell"


@pytest.mark.model
def test_a_report_the_speaker_saw_nothing_in_is_not_theirs(run: Run) -> None:
    rec = harbour_story(
        run,
        "The port agency closed the road in 2019, according to a council report on Wednesday. "
        "Tom Hale, a road engineer, said he saw no evidence in the report that the road was "
        "unsafe. “The agency hid the breach,” the council report said.",
    )
    assert speaker_of(rec, "The agency hid the breach") != "Tom Hale"


# -------------------------------------------------------------------------------------------------
# A medium issued by a campaign, an office or a role no entity stands for speaks for its issuer
# ("The Lind campaign sent out a release saying ..."); a medium someone only found does not.


@pytest.mark.model
def test_a_release_sent_out_by_a_campaign_is_the_campaign_s(run: Run) -> None:
    rec = harbour_story(
        run,
        "Late on Friday the Sola campaign sent out a press release saying Berg had voted "
        "against the ferry levy four times.",
    )
    a = attribution_with(rec, "Berg had voted against the ferry levy")
    assert a.source is not None and "campaign" in a.source.text


@pytest.mark.model
def test_a_letter_found_by_divers_speaks_for_no_one(run: Run) -> None:
    # counter-case: finding a medium is not issuing it
    rec = harbour_story(
        run,
        "Divers found a letter saying the cargo had been thrown overboard near the quay.",
    )
    assert not any("thrown overboard" in c.text for a in rec.attributions for c in a.content)
