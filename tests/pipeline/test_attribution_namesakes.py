"""A bare surname that two people named in full before it share ("Banda said", after Ann Banda
and Joe Banda) names neither for sure: the speaker is left unresolved rather than given to a
person called by the surname alone (pipeline/attributions, .speakers). Sentences invented for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
def test_a_surname_two_people_share_leaves_the_speaker_unresolved(run: Run) -> None:
    rec = harbour_story(
        run,
        "Rosa Okonjo, who runs the grain terminal, sat across from Samuel Okonjo, the ferry "
        "union's treasurer, at Thursday's hearing.\n\n"
        '"Nobody here wants the fees to rise," Okonjo said afterwards.\n',
    )
    a = [a for a in rec.attributions if "fees to rise" in a.content[0].text]
    assert a and a[0].source is not None and a[0].source.text == "Okonjo"
    assert speaker_of(rec, "Nobody here wants the fees") is None


@pytest.mark.model
def test_a_surname_only_one_person_has_so_far_is_that_person(run: Run) -> None:
    rec = harbour_story(
        run,
        "Rosa Okonjo, who runs the grain terminal, testified on Thursday.\n\n"
        '"Nobody here wants the fees to rise," Okonjo said. Her brother, Samuel Okonjo, '
        "did not attend.\n",
    )
    assert speaker_of(rec, "Nobody here wants the fees") == "Rosa Okonjo"


@pytest.mark.model
def test_a_surname_one_namesake_dominates_still_speaks(run: Run) -> None:
    rec = harbour_story(
        run,
        "Samuel Okonjo has led the ferry union for a decade. Samuel Okonjo called the strike in "
        "May, and Samuel Okonjo ended it in June. His sister Rosa Okonjo runs a bakery.\n\n"
        '"Nobody here wants the fees to rise," Okonjo said on Thursday.\n',
    )
    # the man named three times (the surname's own entity or his), never his sister
    assert speaker_of(rec, "Nobody here wants the fees") in {"Samuel Okonjo", "Okonjo"}


@pytest.mark.model
def test_an_honorific_surname_is_the_one_relative_of_that_gender(run: Run) -> None:
    # "his wife, Nora" bears the surname of the man she is introduced beside
    rec = harbour_story(
        run,
        "Piet Varga and his wife, Nora, asked the council on Monday to stop the night "
        "dredging.\n\nMrs. Varga said the noise had kept their children awake for weeks.\n",
    )
    assert speaker_of(rec, "the noise had kept their children") == "Nora"


@pytest.mark.model
def test_an_honorific_surname_with_two_relatives_of_that_gender_is_neither(run: Run) -> None:
    rec = harbour_story(
        run,
        "Piet Varga, his wife, Nora, and his daughter, Clara, asked the council on Monday to "
        "stop the night dredging.\n\nMs. Varga said the noise had kept the children awake.\n",
    )
    assert speaker_of(rec, "the noise had kept the children") not in {"Nora", "Clara"}
