"""Omissions judged by event coreference, round 16 (sayso.compare.told, sayso.compare.acts):
two mentions of one kind of act set in places known to lie apart (another country, another US
state, another named street, "across town", "in a separate incident") tell two acts, while a
city and its country tell one place. Invented reports, with the sentence model running for
real."""

from __future__ import annotations

from sayso.compare.acts import elsewhere, event_kinds, streets
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


def test_the_families_of_common_event_words() -> None:
    assert "fire" in event_kinds("A fire broke out in the mill at dawn.")
    assert "fire" in event_kinds("The barn was torched overnight.")
    assert "fire" not in event_kinds("Fire crews reached the mill at dawn.")  # a fire service
    assert "fire" not in event_kinds("The mayor came under fire for the plan.")
    assert "shoot" in event_kinds("The gunman opened fire on the crowd.")  # the longer phrase
    assert "trial" in event_kinds("He appeared in court on Monday.")
    assert "trial" in event_kinds("The trial opened in Marrow.")
    assert "sue" in event_kinds("The family sued the city.")
    assert "withdraw" in event_kinds("The troops withdrew from the town.")
    assert "expel" in event_kinds("The country expelled two envoys.")
    assert "protest" in event_kinds("Hundreds of demonstrators marched on the hall.")
    assert "award" in event_kinds("She was awarded a medal for bravery.")
    assert "bankrupt" in event_kinds("The firm filed for bankruptcy.")
    assert "crime" in event_kinds("Looters emptied the shops.") or "crime" in event_kinds(
        "The shops were looted."
    )
    assert "attack" in event_kinds("Rebels shelled the town at night.")


def test_a_fire_another_report_tells_is_told() -> None:
    story = _story(
        "A fire gutted a mill in Marrow on Friday.\nIvo Hale owns the mill.\n",
        "Flames tore through a Marrow mill late on Friday.\n",
        "The Marrow mill reopened on Friday after a refit.\n",
    )
    u = unit_at(story, 0, "A fire gutted")
    assert same_event(story, u, 1)
    assert not same_event(story, u, 2)
