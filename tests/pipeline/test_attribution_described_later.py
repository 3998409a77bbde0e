"""An indefinite role noun that opens an account ("A federal judge on Monday ...") is the one
person the very next sentence names with that title, as its sole subject; no one otherwise
(pipeline/attributions, .described). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
def test_an_indefinite_judge_is_the_judge_named_next(run: Run) -> None:
    rec = harbour_story(
        run,
        "A state judge on Tuesday froze the sale of the ferry terminal, ruling that the "
        "harbour board had skipped a public hearing.\n\n"
        "Judge Petra Lindgren of the county court told the board to hold the hearing first.\n",
    )
    assert speaker_of(rec, "had skipped a public hearing") == "Petra Lindgren"


@pytest.mark.model
def test_a_titled_name_sharing_its_clause_names_no_one(run: Run) -> None:
    rec = harbour_story(
        run,
        "A state judge on Tuesday froze the sale of the ferry terminal, ruling that the "
        "harbour board had skipped a public hearing.\n\n"
        "Judge Petra Lindgren and two clerks left the courthouse by a side door.\n",
    )
    assert speaker_of(rec, "had skipped a public hearing") is None
