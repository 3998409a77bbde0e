"""Kinds of wrong and missing events on whole articles, round 4, each with an invented sentence:
a formal complaint a second verb carries, an occupation by civilians, an act of another named
by a quoted characterisation, and "the two" of a meeting told a few sentences before."""

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
        ("Peru's Foreign Ministry summoned Chile's ambassador, Rosa Mena, on Friday and "
         "handed her a note of protest.", "note of protest"),
        ("Peru's Foreign Ministry summoned Chile's envoy and handed him a protest note.",
         "protest note"),
    ],
)  # fmt: skip
def test_a_note_of_protest_a_second_verb_carries_is_an_act_of_its_own(
    run: Run, text: str, word: str
) -> None:
    rec = run(text)
    notes = [e for e in _events(rec, "ACCUSE") if word in e.trigger.text]
    assert len(notes) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert "Peru" in _names(rec, notes[0].source)
    assert "Chile" in _names(rec, notes[0].target)
    assert not _events(rec, "PROTEST")


def test_naming_another_s_hostile_act_blames_who_did_it(run: Run) -> None:
    rec = run(
        "Ruritania's army shelled the village of Ostrava on Monday. Foreign Minister Ilse "
        'Varga called the shelling "a deliberate attempt to wreck the talks."'
    )
    blame = [e for e in _events(rec, "ACCUSE") if "shelling" in e.trigger.text]
    assert len(blame) == 1, [(e.type, e.trigger.text) for e in rec.events]
    assert _names(rec, blame[0].source) == ["Ilse Varga"]
    assert any("army" in n or "Ruritania" in n for n in _names(rec, blame[0].target))


@pytest.mark.parametrize(
    "text",
    [
        'Minister Ilse Varga called the shelling "a deliberate attempt to wreck the talks."',
        "The union called the strike a success.",
    ],
)
def test_no_blame_without_a_doer_or_for_praise(run: Run, text: str) -> None:
    assert not _events(run(text), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Hundreds of farmers took over a dam near Ostrava on Monday.", "PROTEST"),
        ("Students occupied the rector's office at the university in Lima.", "PROTEST"),
        ("Rebel forces took over the town of Ostrava on Monday.", "ASSAULT"),
    ],
)
def test_a_site_civilians_take_over_is_held_in_protest(run: Run, text: str, type_: str) -> None:
    types = {e.type for e in run(text).events if e.trigger.text.split()[0] in ("took", "occupied")}
    assert types == {type_}


def test_the_two_are_the_two_people_named_a_few_sentences_before(run: Run) -> None:
    rec = run(
        "Defense Secretary Alan Price met Minister Hiro Sato in Osaka on Monday. Minister Sato "
        "briefed the Secretary on Japan's plans to build a new base next year. The two agreed "
        "to hold a summit in Kyoto this fall."
    )
    agreed = _events(rec, "AGREE")
    assert len(agreed) == 1
    names = _names(rec, agreed[0].source + agreed[0].target)
    assert "Alan Price" in names and "Hiro Sato" in names


def test_the_two_after_three_people_is_no_one(run: Run) -> None:
    rec = run(
        "Alan Price met Hiro Sato and Lena Vogt in Osaka on Monday. Sato spoke about the "
        "budget. The two agreed to hold a summit in Kyoto this fall."
    )
    assert not _events(rec, "AGREE")
