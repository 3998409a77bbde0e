"""Attributions, round 20: speakers in political news. Someone close to a person ("a Pell ally",
"a Pell aide") speaks as themselves, not for that person (only a spokesperson or a campaign
does). A role noun the entities stage gave an entity of its own with no name ("the diplomat")
is the one person the story titled so. A surname after the title the story introduced a person
by ("Chief Okafor" after "Police Chief Dana Okafor") is that person. "The report said" speaks
for the subject of the sentence before only when that sentence names a report too (the subject
released it), not for whoever the sentence before was about; "the statement" after "X said in
a statement" is X's. "The editorial board", "the poll" is the one organisation the story named
it for before ("the Daily Ledger editorial board"). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize("noun", ["ally", "aide"])
def test_someone_close_to_a_person_does_not_speak_for_them(run: Run, noun: str) -> None:
    rec = harbour_story(
        run,
        f"A Pell {noun} suggested she would back the deal once in office. Gov. Tom Rusk "
        "later tried to walk back his comments.",
    )
    assert speaker_of(rec, "she would back the deal") != "Pell"


@pytest.mark.model
@pytest.mark.parametrize("noun", ["spokesman", "campaign"])
def test_a_spokesman_or_campaign_still_speaks_for_the_person(run: Run, noun: str) -> None:
    rec = harbour_story(
        run,
        f"Mayor Ana Pell backed the deal on Monday. A Pell {noun} said she would sign it "
        "next week.",
    )
    assert speaker_of(rec, "she would sign it") == "Ana Pell"


@pytest.mark.model
@pytest.mark.parametrize(
    "opening",
    [
        "Veteran diplomat Sir Anton Pell praised the plan in an interview. He serves as the "
        "envoy to Chile.",
        "Mayor Lena Ruiz has an admirer in British diplomat Sir Anton Pell. Pell praised the "
        "plan in an interview.",
    ],
)
def test_the_role_noun_is_the_one_person_titled_so(run: Run, opening: str) -> None:
    rec = harbour_story(run, opening + " The diplomat also said the country is not in decline.")
    assert speaker_of(rec, "the country is not in decline") == "Anton Pell"


@pytest.mark.model
def test_a_surname_after_the_title_it_was_introduced_by(run: Run) -> None:
    rec = harbour_story(
        run,
        "Before the vote, Harbour Police Chief Dana Okafor lobbied to close the road. Chief "
        "Okafor later admitted that the road wasn't a problem.",
    )
    assert speaker_of(rec, "the road wasn't a problem") == "Dana Okafor"


@pytest.mark.model
def test_a_title_the_story_never_gave_the_person_stays_unresolved(run: Run) -> None:
    rec = harbour_story(
        run,
        "Dana Okafor backed the plan on Monday. Chief Okafor said the road was open.",
    )
    assert speaker_of(rec, "the road was open") != "Dana Okafor"


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
def test_a_group_named_with_a_party_is_not_the_party(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Harbour Party's group of donors met on Monday. The group said the ad would run "
        "all week.",
    )
    assert speaker_of(rec, "the ad would run all week") != "Harbour Party"


@pytest.mark.model
def test_a_report_the_speaker_saw_nothing_in_is_not_theirs(run: Run) -> None:
    rec = harbour_story(
        run,
        "The port agency closed the road in 2019, according to a council report on Wednesday. "
        "Tom Hale, a road engineer, said he saw no evidence in the report that the road was "
        "unsafe. “The agency hid the breach,” the council report said.",
    )
    assert speaker_of(rec, "The agency hid the breach") != "Tom Hale"
