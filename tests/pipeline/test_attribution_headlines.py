"""A headline attribution of a body, a place or a role that the story's body tells again (the
same speaker or source noun, or two content words shared) is the headline's shorthand for the
body's account: only the body's is kept. A person the headline names by name keeps the
headline's words, and so does a headline the body does not repeat (pipeline/attributions,
.confidence). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import contents

Run = Callable[..., Record]


@pytest.mark.model
def test_a_body_retold_headline_attribution_is_left_out(run: Run) -> None:
    rec = run(
        "Canal Authority Says Lock Repairs Will Finish Early\n\n"
        "MILLBROOK - Repairs to the old lock at Millbrook will finish three weeks early, the "
        "canal authority said on Wednesday. The authority said barges could pass again by "
        "the end of the month.\n"
    )
    said = contents(rec)
    assert any("finish three weeks early" in c for c in said)
    assert not any("Lock Repairs Will Finish Early" in c for c in said)


@pytest.mark.model
def test_a_headline_the_body_does_not_retell_stays(run: Run) -> None:
    rec = run(
        "Canal Authority Says Tolls Will Stay\n\n"
        "MILLBROOK - Floodwater closed the towpath for four days, the rangers said on "
        "Wednesday. Volunteers cleared fallen trees from the bank.\n"
    )
    assert any("Tolls Will Stay" in c for c in contents(rec))


@pytest.mark.model
def test_a_labelled_headline_left_in_the_body_is_a_headline(run: Run) -> None:
    rec = run(
        "Analysis: Chile says its copper export deal will close soon. Buyers are not so sure."
        "\n\nSANTIAGO - Chile said on Monday that its copper export deal would close within "
        "weeks, after months of talks with buyers in Asia.\n"
    )
    said = contents(rec)
    assert any("would close within weeks" in c for c in said)
    assert not any("will close soon" in c for c in said)


@pytest.mark.model
def test_an_unlabelled_first_sentence_of_the_body_stays(run: Run) -> None:
    rec = run(
        "Chile said on Monday that its copper export deal would close within weeks.\n\n"
        "The government said the copper export deal would close after talks in Asia.\n"
    )
    said = contents(rec)
    assert any("would close within weeks" in c for c in said)
    assert any("would close after talks in Asia" in c for c in said)
