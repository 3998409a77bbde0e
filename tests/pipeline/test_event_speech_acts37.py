"""Speech acts in political news, round 37, each with invented sentences: requests and
rejections coded where none happened, or aimed at the wrong actor. A request to let someone go
("called for the release of X") is asked of whoever holds X, never of X; refusing to talk to the
press is a refusal to comment; "it" or "they" in a quotation is not its speaker; an act only
asked for, or pushed for, did not happen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]
Found = list[tuple[str, str, list[str], list[str]]]


def _of(found: Found, type_: str) -> Found:
    return [c for c in found if c[0] == type_]


@pytest.mark.model
def test_the_one_to_be_freed_is_not_asked(run: Run) -> None:
    found = coded(
        run("Human rights groups called for the release of journalist Omar Haddad on Monday.")
    )
    asked = _of(found, "REQUEST")
    assert asked and all("Omar Haddad" not in c[3] for c in asked), found


@pytest.mark.model
def test_a_freed_ones_possessive_is_not_asked(run: Run) -> None:
    found = coded(
        run(
            "Police in Cairo arrested Omar Haddad in May. The African Union has called for "
            "Haddad's immediate release."
        )
    )
    asked = _of(found, "REQUEST")
    assert asked and all("Omar Haddad" not in c[3] for c in asked), found


@pytest.mark.model
def test_a_resignation_asked_for_still_asks_who_would_resign(run: Run) -> None:
    found = coded(run("Senator Anne Ruiz called for the resignation of Governor Sam Ortiz."))
    assert any(c[3] == ["Sam Ortiz"] for c in _of(found, "REQUEST")), found


@pytest.mark.model
def test_declining_to_talk_to_the_press_rejects_no_one(run: Run) -> None:
    found = coded(run("Senator Ruth Gale declined to discuss the matter with reporters."))
    assert not _of(found, "REJECT"), found


@pytest.mark.model
def test_declining_an_interview_request_rejects_no_one(run: Run) -> None:
    found = coded(run("The Ortiz campaign declined an interview request from The Post."))
    assert not _of(found, "REJECT"), found


@pytest.mark.model
def test_declining_requests_for_comment_rejects_no_one(run: Run) -> None:
    found = coded(
        run("A spokeswoman for Senator Ruth Gale declined several requests for comment this week.")
    )
    assert not _of(found, "REJECT"), found


@pytest.mark.model
def test_refusing_to_talk_to_a_party_is_still_a_rejection(run: Run) -> None:
    found = coded(run("Senator Ruth Gale refused to talk to Governor Sam Ortiz."))
    assert any(c[3] == ["Sam Ortiz"] for c in _of(found, "REJECT")), found


@pytest.mark.model
def test_they_in_a_quote_is_not_the_one_person_quoted(run: Run) -> None:
    found = coded(run('"They rejected every offer we made," said Senator Ruth Gale.'))
    assert all("Ruth Gale" not in c[2] for c in _of(found, "REJECT")), found


@pytest.mark.model
def test_they_told_by_a_spokesman_is_not_the_spokesman(run: Run) -> None:
    found = coded(run("Governor Sam Ortiz's spokesman said they had rejected the proposal."))
    assert all("Sam Ortiz" not in c[2] for c in _of(found, "REJECT")), found


@pytest.mark.model
def test_it_quoted_from_a_ministry_is_not_the_ministry(run: Run) -> None:
    found = coded(
        run('"It rejected our proposal," the Interior Ministry said of the Senate of Freedonia.')
    )
    assert all("Interior Ministry" not in c[2] for c in _of(found, "REJECT")), found


@pytest.mark.model
def test_it_told_by_a_campaign_is_the_campaigns(run: Run) -> None:
    found = coded(run("The Ortiz campaign said it rejected the proposal from Senator Ruth Gale."))
    assert any(c[3] == ["Ruth Gale"] for c in _of(found, "REJECT")), found


@pytest.mark.model
def test_an_act_one_is_pressed_to_do_did_not_happen(run: Run) -> None:
    found = coded(run("Governor Sam Ortiz has faced pressure to resign from Democrats."))
    assert not _of(found, "RETREAT"), found


@pytest.mark.model
def test_an_act_asked_for_in_a_request_declined_is_no_refusal_of_its_doer(run: Run) -> None:
    found = coded(run("Senator Ruth Gale declined to call for Governor Sam Ortiz to resign."))
    assert all("Sam Ortiz" not in c[2] for c in _of(found, "REJECT")), found
