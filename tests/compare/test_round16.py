"""Omissions judged by event coreference, round 16 (sayso.compare.told, sayso.compare.acts):
two mentions of one kind of act set in places known to lie apart (another country, another US
state, another named street, "across town", "in a separate incident") tell two acts, while a
city and its country tell one place. Invented reports, with the sentence model running for
real."""

from __future__ import annotations

from sayso.compare.acts import elsewhere, streets
from sayso.compare.omissions import same_event
from sayso.compare.scores import Story, score_story
from sayso.compare.slots import places_apart

from .records import record, unit_at

PEOPLE = ("Ivo Hale", "Ann Bell", "Rosa Kent")
PLACES = ("Lyon", "France", "Leeds", "Ohio", "Texas")


def _story(*texts: str) -> Story:
    return score_story(
        [record(chr(97 + k), t, places=PLACES, people=PEOPLE) for k, t in enumerate(texts)]
    )


def test_places_apart_by_the_gazetteer() -> None:
    f = frozenset
    assert places_apart(f({"Lyon"}), f({"Leeds"}))  # two countries
    assert places_apart(f({"Ohio"}), f({"Texas"}))  # two US states
    assert not places_apart(f({"Lyon"}), f({"France"}))  # a city in its country
    assert not places_apart(f({"Lyon"}), f())  # no place on one side
    assert not places_apart(f({"Marrowby"}), f({"Leeds"}))  # a town the gazetteer does not know


def test_a_stabbing_in_another_country_is_another_act() -> None:
    story = _story(
        "A man was stabbed outside a bar in Lyon on Friday night.\n",
        "A man was stabbed in Leeds late on Friday.\n",
        "Police in France said a man was stabbed near a bar.\n",
    )
    u = unit_at(story, 0, "A man was stabbed")
    assert not same_event(story, u, 1)  # England, not France
    assert same_event(story, u, 2)  # France holds Lyon


def test_another_named_street_or_incident_is_another_act() -> None:
    story = _story(
        "A woman was hit by a van on Elm Street in Marrow on Friday.\n",
        "A cyclist was hit by a bus on Oak Avenue on Friday.\n",
        "In a separate incident, a man was hit by a car near the market.\n",
        "A van hit a woman on Elm Street on Friday morning.\n",
    )
    u = unit_at(story, 0, "A woman was hit")
    assert not same_event(story, u, 1)
    assert not same_event(story, u, 2)
    assert same_event(story, u, 3)


def test_the_marks_of_another_place() -> None:
    assert elsewhere("A guard was shot at a bank across town.")
    assert elsewhere("In an unrelated case, two men were arrested.")
    assert not elsewhere("Ann Bell, who lived across town, was shot.")  # whom it describes
    assert not elsewhere("The town mourned the guard.")
    assert streets("He was shot on Elm Street near Oak Avenue.") == {"Elm Street", "Oak Avenue"}


def test_a_place_an_act_is_measured_from_is_not_where_it_is() -> None:
    story = _story(
        "A tanker was attacked 90 miles from Leeds on Friday.\n",
        "A tanker was attacked in Lyon harbour on Friday.\n",
        "A tanker was attacked in Texas on Friday.\n",
    )
    u = unit_at(story, 0, "A tanker was attacked")
    assert same_event(story, u, 1)  # "from Leeds" sets no place of the attack
    v = unit_at(story, 1, "A tanker was attacked")
    assert not same_event(story, v, 2)  # France, not the United States
