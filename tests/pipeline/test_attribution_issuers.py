"""A statement speaks for whoever issued it: "X issued a statement saying ...", and "the
statement said" after "X released a statement". Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import speaker_of

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def test_a_statement_saying_is_its_issuer_s(run: Run) -> None:
    rec = run(
        "Suspect's wife speaks\n\n"
        "The suspect's wife, Dana Pike, released a statement saying the couple had been "
        "separated for a month."
    )
    assert speaker_of(rec, "separated for a month") == "Dana Pike"


def test_the_statement_said_after_a_body_issued_one(run: Run) -> None:
    rec = run(
        "Firm mourns employee\n\n"
        "Crestline Bank issued a statement on Tuesday expressing condolences to the families.\n"
        '"We are heartbroken by the death of our colleague," the statement said.\n'
    )
    assert speaker_of(rec, "heartbroken") == "Crestline Bank"
