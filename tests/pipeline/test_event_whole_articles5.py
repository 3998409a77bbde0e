"""Kinds of wrong events on whole articles, round 5, each with an invented sentence: a thing
alone on the other side of a hostile act, property seized without its owner, and groups named by
common nouns that stand for their country."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import events_of as _events
from .conftest import names as _names

pytestmark = pytest.mark.model

Run = Callable[..., Record]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Ruritania's army fired shots into the air on Monday to scatter a crowd.", "fired"),
        ("The state of Ruritania took control of the lithium deposits in 2019.", "took control"),
    ],
)  # fmt: skip
def test_a_hostile_act_on_a_thing_alone_is_no_event(run: Run, text: str, word: str) -> None:
    rec = run(text)
    assert not [e for e in rec.events if word in e.trigger.text and e.type == "ASSAULT"], [
        (e.type, e.trigger.text, _names(rec, e.target)) for e in rec.events
    ]


def test_property_seized_is_coded_without_a_thing_as_its_target(run: Run) -> None:
    rec = run("Ruritania's navy seized four cargo trawlers near the island of Orsk on Friday.")
    seized = [e for e in _events(rec, "COERCE") if "seized" in e.trigger.text]
    assert len(seized) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert not _names(rec, seized[0].target)


def test_a_captain_is_someone(run: Run) -> None:
    rec = run("Ruritania's coast guard said it had arrested the ship's captain on Wednesday.")
    arrest = [e for e in _events(rec, "COERCE") if "arrested" in e.trigger.text]
    assert len(arrest) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert any("captain" in n for n in _names(rec, arrest[0].target))


def test_a_people_word_on_a_group_names_its_country(run: Run) -> None:
    rec = run(
        "Norway and Belarus have quarrelled for a decade. Norway on Monday expelled "
        "two Belarusian diplomats, its Foreign Ministry said."
    )
    exp = [e for e in _events(rec, "SANCTION") if "expelled" in e.trigger.text]
    assert len(exp) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert "Belarus" in _names(rec, exp[0].target)


def test_troops_in_a_story_of_one_country_are_its_troops(run: Run) -> None:
    rec = run(
        "Ghana has sent soldiers into its western forests to stop illegal mining. The defense "
        "minister, Kofi Mensah, said troops had arrested 40 people on Monday."
    )
    arrest = [e for e in _events(rec, "COERCE") if "arrested" in e.trigger.text]
    assert len(arrest) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert "Ghana" in _names(rec, arrest[0].source)


def test_troops_in_a_story_of_two_countries_stay_unplaced(run: Run) -> None:
    rec = run(
        "Ghana and Togo have argued over the border for years. Ghana's defense minister, Kofi "
        "Mensah, said Togo had closed a crossing. Troops arrested 40 people on Monday, a "
        "witness said."
    )
    arrest = [e for e in _events(rec, "COERCE") if "arrested" in e.trigger.text]
    assert all(not {"Ghana", "Togo"} & set(_names(rec, e.source)) for e in arrest)


def test_an_order_to_leave_the_country_expels(run: Run) -> None:
    rec = run(
        "Norway and Belarus have quarrelled for years. Norway on Tuesday ordered two "
        "Belarusian diplomats to leave the country."
    )
    assert not _events(rec, "RETREAT"), [(e.type, e.trigger.text) for e in rec.events]
    [exp] = _events(rec, "SANCTION")
    assert _names(rec, exp.source) == ["Norway"]
    assert "Belarus" in _names(rec, exp.target)


def test_an_order_to_deport_people_coerces_and_own_troops_ordered_out_withdraw(run: Run) -> None:
    rec = run(
        "Chad ordered three French journalists to leave the country. Mali ordered its troops "
        "to leave the town."
    )
    assert [e.trigger.text for e in _events(rec, "COERCE")] == ["leave the country"]
    assert [e.trigger.text for e in _events(rec, "RETREAT")] == ["leave the town"]


def test_evacuating_people_is_no_retreat(run: Run) -> None:
    rec = run(
        "The fire forced a Norwegian ferry to evacuate 300 passengers on Monday. Mali "
        "evacuated its troops from the town."
    )
    assert [e.trigger.text for e in _events(rec, "RETREAT")] == ["evacuated"]


def test_a_boat_does_not_speak(run: Run) -> None:
    rec = run(
        "Norway's coast guard said on Monday that the boat had been inside its waters and "
        "accused Russia of harassment."
    )
    assert not [
        e for e in _events(rec, "ACCUSE") if any(n == "boat" for n in _names(rec, e.source))
    ], [(e.type, _names(rec, e.source)) for e in rec.events]


def test_an_act_in_a_picture_caption_is_an_event(run: Run) -> None:
    # a caption tells a real act with its day, and the gold counts it (the seed's does)
    rec = run(
        "Mayor Ana Ruiz spoke in Lagos on Monday about the strike.\n\n"
        "Photo: Nigerian soldiers detain union leader Musa Bello outside the port in Lagos on "
        "Monday. (Jane Doe/Harbor Wire)\n\n"
        "The strike entered its third week on Monday."
    )
    assert _events(rec, "COERCE"), [(e.type, e.trigger.text) for e in rec.events]
