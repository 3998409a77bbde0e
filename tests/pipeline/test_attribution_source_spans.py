"""The source phrase as written, neither clipped nor run on (pipeline/attributions,
.speakers): a hyphened word before a name ("Leeds-based"), and a noun the parser hung as an
apposition with no comma before it ("Hundreds of Welsh dairymen"), are part of the phrase; an
apposition after a comma is not. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story

Run = Callable[..., Record]


def _source(rec: Record, content_part: str) -> str | None:
    a = attribution_with(rec, content_part)
    return a.source.text if a.source is not None else None


@pytest.mark.model
def test_a_hyphened_word_before_the_name_stays_in_the_source(run: Run) -> None:
    rec = harbour_story(
        run,
        '"The toll breaks the charter," said Leeds-based surveyor Ingrid Sowe, who mapped '
        "the old docks.\n",
    )
    assert _source(rec, "The toll breaks the charter") == "Leeds-based surveyor Ingrid Sowe"


@pytest.mark.model
def test_a_noun_after_a_place_name_stays_in_the_source(run: Run) -> None:
    rec = harbour_story(run, "Hundreds of Welsh dairymen said the milk quota was unfair.\n")
    src = _source(rec, "the milk quota was unfair")
    assert src is not None and src.endswith("dairymen")


@pytest.mark.model
def test_an_apposition_after_a_comma_stays_out_of_the_source(run: Run) -> None:
    rec = harbour_story(
        run, "Ingrid Sowe, a surveyor from Leeds, said the toll broke the charter.\n"
    )
    assert _source(rec, "the toll broke the charter") == "Ingrid Sowe"
