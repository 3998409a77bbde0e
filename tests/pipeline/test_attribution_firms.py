"""A bare "the company" speaks for the one business the story named before it (an organisation
the business sector's words name, "Ltd.", "Corp."); with two named, it is left as it was
(pipeline/attributions, .denoted). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
def test_the_company_is_the_one_business_named_before(run: Run) -> None:
    rec = harbour_story(
        run,
        "Auditors questioned the accounts of Kessel Dredging Corp. on Tuesday. The city "
        "council said the review would take a month. The company said its books were in "
        "order.\n",
    )
    assert speaker_of(rec, "its books were in order") == "Kessel Dredging Corp."


@pytest.mark.model
def test_the_company_after_two_businesses_is_neither(run: Run) -> None:
    rec = harbour_story(
        run,
        "Auditors questioned the accounts of Kessel Dredging Corp. and Arno Freight Ltd. on "
        "Tuesday. The company said its books were in order.\n",
    )
    assert speaker_of(rec, "its books were in order") not in {
        "Kessel Dredging Corp.",
        "Arno Freight Ltd.",
    }
