"""Entities on long real articles, round 5: self-governing territories with their own ISO
code, ... Every sentence here is invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Entity, Record

pytestmark = pytest.mark.model


def named(record: Record, name: str) -> Entity:
    hits = [e for e in record.entities if e.name == name]
    assert len(hits) == 1, f"{len(hits)} named {name!r}: {[e.name for e in record.entities]}"
    return hits[0]


def test_a_territory_with_its_own_code_is_its_own_country(run: Callable[..., Record]) -> None:
    rec = run(
        "COPENHAGEN - Danish ministers met on Friday to discuss fishing quotas. Greenland's "
        "premier, Aputsiaq Olsen, said in Nuuk that the quotas were unfair, and a Danish "
        "official said talks would go on."
    )
    assert named(rec, "Greenland").country == "GRL"
    assert named(rec, "Nuuk").country == "GRL"
    assert named(rec, "Aputsiaq Olsen").country == "GRL"
