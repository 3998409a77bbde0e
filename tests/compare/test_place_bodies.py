"""A place named only by the body that serves it ("the Brennick police", which a tagger takes
whole for an organisation) against the place another report names ("police in Ostra"): the
capitalised words before a body of ``SharedWords.place_bodies`` are a place
(``units._places``). Invented reports."""

from __future__ import annotations

DAY = "2024-04-11"
PLACES = ("Ostra",)
FOUND = "Police in Ostra found the missing hiker alive in a shepherd's hut on Sunday.\n"


def _found(text: str, org: str) -> list[tuple[str | None, tuple[str, ...]]]:
    from sayso.compare import matching

    from .records import record

    recs = [
        record("a", text, orgs=(org,), places=PLACES, published=DAY),
        record("b", FOUND, orgs=(org,), places=PLACES, published=DAY),
    ]
    found = matching.find(recs, [0, 1])
    return [(f.what, f.values) for f in found if f.kind == "contradiction"]


def test_a_town_s_police_against_police_in_another_town_disagree() -> None:
    text = "The Brennick police found the missing hiker alive in a shepherd's hut on Sunday.\n"
    assert _found(text, "Brennick police") == [("place", ("Brennick", "Ostra"))]


def test_a_body_no_place_names_is_no_place() -> None:
    text = "The Brennick group found the missing hiker alive in a shepherd's hut on Sunday.\n"
    assert _found(text, "Brennick group") == []


def test_the_same_town_s_police_agree() -> None:
    text = "The Ostra police found the missing hiker alive in a shepherd's hut on Sunday.\n"
    assert _found(text, "Ostra police") == []
