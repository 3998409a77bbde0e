"""A role written with a capital after "the" ("The Secretary said ...") stands for the one person
the story titled so, as the same role in lower case does; with two such people it names neither
(pipeline/attributions, .described). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
def test_a_capitalised_role_is_the_one_person_titled_so(run: Run) -> None:
    rec = harbour_story(
        run,
        "Secretary of State Hal Brenner met Foreign Minister Ivo Lang in Tarvik on Monday. The "
        "Secretary said the port deal was close.",
    )
    assert speaker_of(rec, "the port deal was close") == "Hal Brenner"


@pytest.mark.model
def test_a_capitalised_role_two_people_hold_names_neither(run: Run) -> None:
    rec = harbour_story(
        run,
        "Secretary of State Hal Brenner met Finance Secretary Ola Dunn in Tarvik on Monday. The "
        "Secretary said the port deal was close.",
    )
    assert speaker_of(rec, "the port deal was close") is None
