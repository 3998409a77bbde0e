"""A name NER ran over its possessive into a year ("Quill's 2012" of "Quill's 2012 campaign")
is the name before the possessive (pipeline/entities); a body named with a year after "of"
keeps it. Every sentence here is invented; NER's spans are set by hand where invented sentences
do not make it give them."""

from __future__ import annotations

import pytest

from .test_entities_leads import mentions

pytestmark = pytest.mark.model


def test_a_name_run_over_its_possessive_into_a_year_is_the_name() -> None:
    text = "Ida Morrow, who ran Quill's 2012 campaign, backs Ada Quill again."
    found = mentions(
        text, ("Ida Morrow", "PERSON", 0), ("Quill's 2012", "ORG", 0), ("Ada Quill", "PERSON", 0)
    )
    assert [t for t, _ in found] == ["Ida Morrow", "Quill", "Ada Quill"]


def test_a_body_named_with_a_year_after_of_keeps_the_year() -> None:
    text = "Ida Morrow praised the Class of 2012 at Elm Hill."
    found = mentions(text, ("Ida Morrow", "PERSON", 0), ("Class of 2012", "ORG", 0))
    assert ("Class of 2012", "ORG") in found
