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


def test_a_closing_according_to_names_the_channel_of_a_named_speaker(run: Run) -> None:
    rec = run(
        "Coach mourns wrestler\n\n"
        "Their coach, Gerald Hewitt, said the boy was like a son to him, according to the "
        "Burlington Times."
    )
    a = next(a for a in rec.attributions if any("like a son" in c.text for c in a.content))
    assert speaker_of(rec, "like a son") == "Gerald Hewitt"
    assert all("according" not in c.text for c in a.content)
    via = rec.entity(a.via)
    assert via is not None and "Burlington Times" in via.name


def test_a_group_s_claim_according_to_a_report_is_the_report_s(run: Run) -> None:
    rec = run(
        "Farmers fear for water\n\n"
        "Farmers near the lake say the new mine would use the water they need, according to a "
        "report by the Lake Alliance, a group in the capital."
    )
    assert speaker_of(rec, "new mine would use the water") == "Lake Alliance"
