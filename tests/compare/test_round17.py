"""Cross-report contradictions, round 17 (sayso.compare.units, sayso.compare.matching): a place
the tagger took together with the noun after it for an organisation ("a Lyon office") is read
as the place when the gazetteer knows it, so that two reports setting one act in two places
disagree. Invented reports, with the sentence model running for real."""

from __future__ import annotations

from sayso.compare import matching
from sayso.compare.scores import score_story
from sayso.compare.slots import known_place

from .records import record, unit_at

PEOPLE = ("Ivo Hale", "Ann Bell")


def test_known_place() -> None:
    assert known_place("Lyon")
    assert known_place("Ohio")
    assert not known_place("Marrowby")


def test_a_place_inside_an_organisation_mention_is_a_place() -> None:
    a = record(
        "a", "Ivo Hale opened fire at a Lyon office on Friday, police said.\n",
        people=PEOPLE, orgs=("Lyon office",),
    )  # fmt: skip
    b = record(
        "b", "Ivo Hale opened fire at an office in Leeds on Friday, police said.\n",
        people=PEOPLE, places=("Leeds",),
    )  # fmt: skip
    story = score_story([a, b])
    u = unit_at(story, 0, "Ivo Hale")
    assert [p.name for p in u.places] == ["Lyon"]
    found = [f for f in matching.find([a, b], [0, 1]) if f.kind == "contradiction"]
    assert [(f.what, f.values) for f in found] == [("place", ("Lyon", "Leeds"))]


def test_an_organisation_named_for_a_place_is_no_place() -> None:
    # a capitalised name ("Lyon Trust"), or a place the gazetteer does not know, stays an actor
    a = record(
        "a", "Ivo Hale spoke to the Lyon Trust and a Marrowby office on Friday.\n",
        people=PEOPLE, orgs=("Lyon Trust", "Marrowby office"),
    )  # fmt: skip
    story = score_story([a, a])
    assert unit_at(story, 0, "Ivo Hale").places == ()
