"""A "who" clause hung on a body inside a role's phrase (pipeline/events/syntax.py,
``antecedent``): "X, an aide to Y's campaign who has long denounced Z" tells of X, the aide, not
of the campaign or of Y; a "which" clause on a body stays the body's. Sentences invented for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded, has_name

Run = Callable[..., Record]


@pytest.mark.model
def test_who_on_a_body_in_a_role_phrase_is_the_role_holder(run: Run) -> None:
    rec = run(
        "Nils Varro, an adviser to Greta Holm's campaign who has long denounced Mayor Ed Pike,"
        " spoke in Kessel on Monday."
    )
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and has_name(rec, acc[0].source, "Nils Varro"), coded(rec)
    assert not any(has_name(rec, e.source, "Greta Holm") for e in acc), coded(rec)


@pytest.mark.model
def test_which_on_a_body_stays_the_body(run: Run) -> None:
    # counter-case: "which" stands for the body it hangs on
    rec = run(
        "Nils Varro, an adviser to the Kessel Farmers Union, which has long denounced Mayor"
        " Ed Pike, spoke on Monday."
    )
    acc = [e for e in rec.events if e.type == "ACCUSE"]
    assert acc and not any(has_name(rec, e.source, "Nils Varro") for e in acc), coded(rec)
