"""A district and the city it lies in name one place: a report that says "in the Selby quarter"
and one that says "in Harnow" agree when a report places the quarter in the city; two cities
disagree. Invented reports."""

from __future__ import annotations

from .agreeing import contradictions

FIRST = (
    "2024-06-03",
    "A tram left the rails in Harnow's Selby quarter on Sunday evening, the transit company "
    "said.\nTwelve passengers were treated for light injuries at the scene.\n",
)


def test_a_district_and_its_city_agree() -> None:
    second = (
        "2024-06-03",
        "Twelve passengers were slightly hurt when a tram came off the rails in Selby on Sunday "
        "evening, the transit company said.\nSelby is a quarter in the north of Harnow.\n",
    )
    assert contradictions(FIRST, second, places=("Harnow", "Selby")) == []


def test_two_cities_disagree() -> None:
    first = (
        "2024-06-03",
        "A tram left the rails in Harnow on Sunday evening, the transit company said.\n"
        "Twelve passengers were treated for light injuries at the scene.\n",
    )
    second = (
        "2024-06-03",
        "A tram left the rails in Dorrick on Sunday evening, the transit company said.\n"
        "Twelve passengers were treated for light injuries at the scene.\n",
    )
    assert "place" in [w for w, _ in contradictions(first, second, places=("Harnow", "Dorrick"))]
