"""Kinds of wrong events on whole articles, round 12, each with an invented sentence: what the
narrator dates after the publication has not happened, nor what one is due to go and do."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.events.schedule import after
from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.parametrize(
    ("date", "published", "later"),
    [
        ("2024-03-15", "2024-03-10", True),
        ("2024-03-10", "2024-03-10", False),
        ("2024-03-08", "2024-03-10", False),
        ("2024-03", "2024-03-10", False),  # the month holds the day: not after
        ("2024-04", "2024-03-10", True),
        ("2025", "2024-03-10", True),
        ("2024-W12", "2024-03-10", False),  # no calendar date: no judgement
        ("2024-03-15", "2024-03", False),  # published in that month: not after
        ("2024-03-15", "2024", False),
        ("2024-04-02", "2024-03", True),
    ],
)
def test_after_compares_at_the_dates_precision(date: str, published: str, later: bool) -> None:
    assert after(date, published) is later


@pytest.mark.model
def test_the_narrators_meeting_on_a_later_day_is_no_event(run: Run) -> None:
    # published on Sunday 2024-03-10: Friday is the 15th, still to come
    found = coded(
        run("The Ruritanian government will meet the Bordurian envoy Karl Weiss on Friday.")
    )
    assert not [c for c in found if c[1].startswith("meet")], found


@pytest.mark.model
def test_the_narrators_meeting_on_an_earlier_day_stays(run: Run) -> None:
    found = coded(run("The Ruritanian government met the Bordurian envoy Karl Weiss on Friday."))
    assert [c[0] for c in found if c[1].startswith("met")] == ["CONSULT"], found


@pytest.mark.model
def test_an_act_told_in_the_past_by_its_helper_verb_stays(run: Run) -> None:
    # a later date in a past-tense sentence follows another clock (an update line): kept
    found = coded(run("Karl Weiss was arrested by Ruritanian police on March 15, 2024."))
    assert [c[0] for c in found if c[1].startswith("arrest")] == ["COERCE"], found


@pytest.mark.model
def test_what_one_is_due_to_travel_to_do_has_not_happened(run: Run) -> None:
    found = coded(
        run(
            "Ruritanian Foreign Minister Anna Berg is due to travel to Zenda on Thursday to "
            "meet Bordurian President Karl Weiss."
        )
    )
    assert not [c for c in found if c[1].startswith("meet")], found


@pytest.mark.model
def test_what_one_travelled_to_do_was_done(run: Run) -> None:
    found = coded(
        run(
            "Ruritanian Foreign Minister Anna Berg travelled to Zenda on Thursday to meet "
            "Bordurian President Karl Weiss."
        )
    )
    assert [c[0] for c in found if c[1].startswith("meet")] == ["CONSULT"], found
