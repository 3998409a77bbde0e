"""Attributions, round 14: a speech verb after a quotation with only the speaker's phrase
between ('"...," Harbour police Sgt. Ned Varga testified') is the quotation's cue whatever the
parser hung it on; a title kept whole before a name ("according to police spokesperson Const.
Ada Merrow") gives the words to the person named. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        '"We did all we could," Harbour police Sgt. Ned Varga testified.',
        '"We did all we could," Kelso police Sgt. Ned Varga testified at the hearing.',
        '"We did all we could," Kelso police Lt. Ned Varga said.',
    ],
)
def test_a_verb_after_a_quote_and_a_titled_name_is_its_cue(run: Run, body: str) -> None:
    a = attribution_with(harbour_story(run, body), "We did all we could")
    assert [c.text for c in a.content] == ["We did all we could"]
    assert a.source is not None and "Ned Varga" in a.source.text


@pytest.mark.model
def test_a_told_clause_after_a_quote_keeps_its_own_speaker(run: Run) -> None:
    rec = harbour_story(run, '"The gate was shut," Ann Cole told reporters Ned Varga said.')
    for a in rec.attributions:
        if any("The gate was shut" in c.text for c in a.content):
            assert a.source is not None and "Varga" not in a.source.text


@pytest.mark.model
@pytest.mark.parametrize("title", ["Const.", "Det.", "Sgt."])
def test_according_to_a_role_and_a_title_is_the_named_person(run: Run, title: str) -> None:
    rec = harbour_story(
        run,
        f"Two workers were hurt when the roof fell, according to Harbour Police spokesperson "
        f"{title} Ada Merrow.",
    )
    a = attribution_with(rec, "Two workers were hurt")
    assert a.source is not None and a.source.text.endswith("Ada Merrow")


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Reyes hid the knife when he walked into the boat shed, stopped at the front desk and "
        "then entered Ann Cole's room, Kelso police Sgt. Ned Varga testified.",
        "Reyes hid the knife, stopped at the desk and then entered the room, Kelso police Sgt. "
        "Ned Varga testified.",
        "Reyes hid the knife, stopped at the desk and then entered the room, Kelso police Sgt. "
        "Ned Varga testified.\n\nThe hearing resumes on Monday.",
    ],
)
def test_a_closing_cue_after_a_comma_reports_the_clause_before(run: Run, body: str) -> None:
    a = attribution_with(harbour_story(run, body), "Reyes hid the knife")
    assert [c.text for c in a.content] == [body.split(", Kelso")[0]]  # a paragraph after or not
    assert a.source is not None and "Ned Varga" in a.source.text


@pytest.mark.model
def test_a_closing_clause_joined_by_and_reports_nothing(run: Run) -> None:
    rec = harbour_story(
        run, "Reyes hid the knife, stopped at the desk and entered the room, and Ned Varga left."
    )
    assert rec.attributions == ()


@pytest.mark.model
def test_a_quote_closed_by_a_stop_is_not_quoted_by_the_next_sentence(run: Run) -> None:
    rec = harbour_story(
        run,
        'The navy said the boat had been on patrol and accused the guard of "theft at sea." '
        "Harbour Radio, a station close to the navy, quoted a local commander, Brig. Gen. Ned "
        'Varga, as saying that the navy would answer "in its own time." The navy said no more.',
    )
    a = attribution_with(rec, "the navy would answer")
    assert a.source is not None and "Ned Varga" in a.source.text
    for a in rec.attributions:
        if a.source is not None and "Varga" in a.source.text:
            assert not any("theft at sea" in c.text for c in a.content)
