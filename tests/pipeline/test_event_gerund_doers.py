"""Who does an act told as a gerund after "for" (pipeline/events): the one a clause rewards,
grades or blames for it ("gave X top marks for dismissing the claim", "fined the firm for
dumping"), its object, not the clause's subject; with no such object, the subject ("apologized
to X for rejecting"). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, has_name

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Lirn Gazette gave Senator Ada Brisk four stars for dismissing the idea that she "
        "owned the quarry.",
        "The Lirn Gazette gave Mayor Tor Halvik two stars for dismissing the idea that he owned "
        "the ferry line.",
    ],
)  # fmt: skip
def test_the_one_graded_for_a_refusal_made_it(run: Run, text: str) -> None:
    rec = run(text)
    rejects = [e for e in rec.events if e.type == "REJECT"]
    assert rejects, coded(rec)
    assert not any(
        has_name(rec, e.source, "Gazette") for e in rejects
    ), coded(rec)
    assert not any(
        has_name(rec, e.target, "Brisk") or has_name(rec, e.target, "Halvik") for e in rejects
    ), coded(rec)


@pytest.mark.model
def test_one_who_apologises_for_a_refusal_made_it(run: Run) -> None:
    # counter-case: no object rewarded or blamed, so the subject rejected
    rec = run("Premier Basil Tamm apologized to the dockers for rejecting their plea.")
    rejects = [e for e in rec.events if e.type == "REJECT"]
    assert all(has_name(rec, e.source, "Basil Tamm") for e in rejects), coded(rec)
