"""A criminal charge is an accusation by a prosecutor the story need not name; an act that "is
to" happen has not happened. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

pytestmark = pytest.mark.model

Run = Callable[..., Record]
OPENING = "Man charged\n\nPolice in Marlow, Ohio, said on Friday that a teenager had died.\n"


def test_a_passive_charge_accuses_the_charged_person(run: Run) -> None:
    rec = run(OPENING + "Thomas Reed, 19, was charged on Friday with manslaughter.\n")
    assert ("ACCUSE", "charged", [], ["Thomas Reed"]) in coded(rec)
    rec = run(OPENING + "Thomas Reed was arraigned on Wednesday on murder charges.\n")
    assert ("ACCUSE", "arraigned", [], ["Thomas Reed"]) in coded(rec)


def test_a_charge_that_did_not_happen_or_names_no_one_is_no_event(run: Run) -> None:
    for sentence in (
        "Thomas Reed could be charged with murder if the victim dies.",
        "Thomas Reed has not been charged.",
        "Thomas Reed and Ann Reed are to be arraigned Thursday on charges of manslaughter.",
        "A dismissed clerk was arraigned on Tuesday on assault and related counts.",
    ):
        assert not [c for c in coded(run(OPENING + sentence + "\n")) if c[0] == "ACCUSE"], sentence


def test_an_act_that_is_to_happen_has_not_happened(run: Run) -> None:
    rec = run(
        "Talks ahead\n\nRuritania's foreign minister, Otto Brandl, is to meet his Bordurian "
        "counterpart, Ivo Petrov, in Geneva next week."
    )
    assert not [c for c in coded(rec) if c[0] == "CONSULT"]


def test_an_act_joined_to_a_charge_or_a_command_in_charge_is_done(run: Run) -> None:
    rec = run(OPENING + "Thomas Reed was charged with fraud and arrested at the airport.\n")
    assert [c for c in coded(rec) if c[0] == "COERCE" and "Thomas Reed" in c[3]], coded(rec)
    rec = run(OPENING + "The officer in charge of the raid said police arrested Thomas Reed.\n")
    assert [c for c in coded(rec) if c[0] == "COERCE" and "Thomas Reed" in c[3]], coded(rec)
