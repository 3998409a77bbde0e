"""Sides and dates the text leaves in doubt: a "he" opening a sentence whose sentence before
has another person as its subject is that person (the topic goes on), and no one when that
subject is an officeholder the story does not name there; what a negated "said" leaves as a
question has not been told; the matter a verb of talking is about is no one met; a time of a
clause inside a phrase of the act dates that clause, not the act.
Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_a_he_carries_the_subject_of_the_sentence_before(run: Run) -> None:
    found = coded(
        run(
            "The mayor of Tula, Ivan Gorin, wrote to the regional governor on Friday. He "
            "accused Moscow of starving the city of funds, a charge that Oleg Rybin, a "
            "council member, had made in March."
        )
    )
    accusations = [c for c in found if c[0] == "ACCUSE" and c[1] == "accused"]
    assert accusations, found
    assert all(c[2] == ["Ivan Gorin"] for c in accusations), found


@pytest.mark.model
def test_a_he_after_an_unnamed_officeholder_is_no_one(run: Run) -> None:
    found = coded(
        run(
            "Oleg Rybin, a council member, made the charge in March. The mayor has said as "
            "much before. Last year, he accused Moscow of starving the city of funds."
        )
    )
    assert not [c for c in found if c[0] == "ACCUSE" and "Oleg Rybin" in c[2]], found


@pytest.mark.model
def test_a_he_after_the_same_person_stays_that_person(run: Run) -> None:
    found = coded(
        run(
            "Ivan Gorin, the mayor of Tula, spoke on Friday. He accused Moscow of starving "
            "the city of funds."
        )
    )
    assert any(c[0] == "ACCUSE" and c[2] == ["Ivan Gorin"] for c in found), found


@pytest.mark.model
def test_an_act_left_as_a_question_is_not_told(run: Run) -> None:
    found = coded(
        run("The ministry has not said how many police officers it will deploy to the port.")
    )
    assert not [c for c in found if c[0] == "MOBILIZE"], found
    # the same act said outright is told
    found = coded(run("The ministry said it will send 300 troops to the border."))
    assert any(c[0] == "MOBILIZE" and c[2] == ["ministry"] for c in found), found


@pytest.mark.model
def test_an_act_the_navy_said_it_did_is_told(run: Run) -> None:
    found = coded(
        run("The navy said on Friday that it had returned the seized trawlers to Latvia.")
    )
    assert any(c[3] == ["Latvia"] for c in found), found


@pytest.mark.model
def test_the_matter_talked_of_is_no_one_met(run: Run) -> None:
    found = coded(
        run("The council members discussed the jailing of two Turkish reporters in Baku.")
    )
    assert not [c for c in found if c[0] == "CONSULT"], found


@pytest.mark.model
def test_a_partner_of_the_talk_is_met(run: Run) -> None:
    found = coded(
        run(
            "The Georgian envoy discussed the jailing of two reporters with Azerbaijan's "
            "foreign minister."
        )
    )
    assert any(c[0] == "CONSULT" and "Azerbaijan" in c[3] for c in found), found


@pytest.mark.model
def test_a_time_of_a_clause_inside_the_phrase_does_not_date_the_act(run: Run) -> None:
    record = run(
        "The mayor of Tula, Ivan Gorin, wrote to the regional governor on Friday. He accused "
        "Moscow of starving the city of funds, a charge that Oleg Rybin, a council member, had "
        "made in March.",
        published="2024-06-10",
    )
    accusations = [e for e in record.events if e.type == "ACCUSE"]
    assert accusations, record.events
    assert all(e.date != "2024-03" for e in accusations), [(e.trigger, e.date) for e in accusations]


@pytest.mark.model
def test_a_time_of_the_act_itself_dates_it(run: Run) -> None:
    record = run("Lena Berg accused the fishing board of waste in May.", published="2024-06-10")
    assert [e.date for e in record.events if e.type == "ACCUSE"] == ["2024-05"], record.events
