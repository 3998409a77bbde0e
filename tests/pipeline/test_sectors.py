"""Each actor's sector, end to end on a hand-written article: the gazetteer, titles, the keyword
rules on names, and nominal actors of events."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Entity, Record

pytestmark = pytest.mark.model

ARTICLE = (
    "The Finnish Foreign Ministry condemned the raid on Tuesday. Finnish police arrested three "
    "protesters outside the parliament, and Foreign Minister Aino Rautio accused Sweden of "
    "stoking the unrest. Soldiers later shelled civilians near the border, army spokesman "
    "Mikko Laine said. Rebel commander Ivo Brak said his gunmen had attacked the Acme Corp. "
    "offices."
)


def _by_name(record: Record) -> dict[str, Entity]:
    return {e.name: e for e in record.entities}


def test_sectors_of_named_and_group_actors(run: Callable[..., Record]) -> None:
    ents = _by_name(run(ARTICLE))
    got = {
        name: ents[name].sector
        for name in (
            "Finnish Foreign Ministry",
            "Finnish police",
            "Aino Rautio",
            "Sweden",
            "protesters",
            "parliament",
            "Ivo Brak",
            "Acme Corp.",
        )
    }
    assert got == {
        "Finnish Foreign Ministry": "GOV",
        "Finnish police": "COP",
        "Aino Rautio": "GOV",  # foreign minister
        "Sweden": None,  # a country has no sector
        "protesters": "CVL",
        "parliament": "LEG",
        "Ivo Brak": "REB",  # rebel commander
        "Acme Corp.": "BUS",
    }
    assert ents["Finnish police"].country == "FIN"


def test_nominal_actors_of_events_get_a_sector(run: Callable[..., Record]) -> None:
    rec = run(ARTICLE)
    ents = _by_name(rec)
    assert ents["civilians"].type == "OTHER" and ents["civilians"].sector == "CVL"
    assert ents["raid"].sector is None  # a thing, not an actor of any sector


def test_gazetteer_people_and_orgs_keep_their_sector(run: Callable[..., Record]) -> None:
    rec = run(
        "Hamas spokesman Abu Obeida said the group rejected the offer. The United Nations "
        "called for calm, and Chinese Defense Minister Dong Jun met Pentagon officials.",
        published="2024-05-01",
    )
    ents = _by_name(rec)
    assert ents["Hamas"].sector == "REB"
    assert ents["Abu Obeida"].sector == "REB"  # speaks for Hamas
    assert ents["United Nations"].sector == "IGO"
    assert ents["Dong Jun"].sector == "GOV"
    assert ents["Department of Defense"].sector == "MIL"  # "Pentagon", from orgs.csv
    assert ents["Chinese"].sector is None  # a people has no sector
