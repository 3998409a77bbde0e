"""A person's name with an editor's square-bracketed insertion inside a quote ("[Ted] Marlow",
"Nora [Vance]") that NER ran over the brackets is one person, named by the surname, not two
bodies (pipeline/entities). Every sentence here is invented; NER's spans are set by hand where
invented sentences do not make it give them."""

from __future__ import annotations

import pytest

from .test_entities_leads import mentions

pytestmark = pytest.mark.model


def test_a_persons_name_over_square_brackets_is_the_person_by_the_surname() -> None:
    text = (
        "Lena Ortiz spoke on Monday. \u201cHe is doing the same with [Ted] Marlow and with "
        "Nora [Vance],\u201d said Baker."
    )
    found = mentions(
        text,
        ("Lena Ortiz", "PERSON", 0),
        ("Ted] Marlow", "PERSON", 0),
        ("Nora [Vance", "PERSON", 0),
        ("Baker", "PERSON", 0),
    )
    assert found == [
        ("Lena Ortiz", "PERSON"),
        ("Marlow", "PERSON"),
        ("Vance", "PERSON"),
        ("Baker", "PERSON"),
    ]


def test_round_brackets_in_a_dateline_still_cut_a_place_from_a_body() -> None:
    text = "KELSO (Meridian Press Agency) - Talks on the ferry contract resumed on Monday."
    found = mentions(text, ("KELSO (Meridian Press Agency", "PERSON", 0))
    assert found == [("KELSO", "GPE"), ("Meridian Press Agency", "ORG")]
