"""US broadcasters and a streaming firm the tables list (pipeline/entities): NER's place or
person for their names gives way to the listed body, with its country and sector. Every
sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import named

pytestmark = pytest.mark.model


def test_a_listed_streaming_firm_and_broadcaster_are_bodies_not_a_place_or_a_person(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Harbour drama returns.\n\n"
        "The cast of the Netflix crime drama about a ferry town met in Portland on Monday. "
        "The lead actor told Telemundo that the show would tour."
    )
    firm = named(rec, "Netflix")
    assert (firm.type, firm.country, firm.sector) == ("ORG", "USA", "BUS")
    station = named(rec, "Telemundo")
    assert (station.type, station.country, station.sector) == ("ORG", "USA", "MED")
    assert named(rec, "Portland").type == "GPE"
