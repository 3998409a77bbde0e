"""One person's age told two ways: each report gives one age in all, one before a noun of a
person, the other beside a name, in sentences of the same kind of act (``ages.lone_age``,
``ages.one_person``). Invented reports."""

from __future__ import annotations

import re

from sayso.compare import matching
from sayso.compare.ages import lone_age, one_person
from sayso.compare.referents import age_role
from sayso.compare.scores import score_story
from sayso.compare.units import Unit

from .agreeing import contradictions
from .records import record

PEOPLE = ("Tom Reyes",)
PLACES = ("Fenwick",)
DAY = "2024-03-02"


def test_an_age_before_a_noun_and_beside_a_name_disagree() -> None:
    found = contradictions(
        (DAY, "Officers sealed off the street after a 34-year-old man was shot outside a bakery "
              "in Fenwick late on Friday.\n"),
        (DAY, "Neighbours said the shop owner Tom Reyes, 36, had just locked up when the bullets "
              "hit him, and he died in hospital.\n"),
        people=PEOPLE, places=PLACES,
    )  # fmt: skip
    assert ("number", ("34-year-old", "36")) in found


def test_the_same_age_agrees() -> None:
    found = contradictions(
        (DAY, "A 36-year-old man was shot dead outside a bakery in Fenwick.\n"),
        (DAY, "Tom Reyes, 36, died after he was shot near a Fenwick bakery.\n"),
        people=PEOPLE, places=PLACES,
    )  # fmt: skip
    assert found == []


def test_ages_in_sentences_of_two_acts_agree() -> None:
    # the suspect's age in one report, the victim's in the other
    found = contradictions(
        (DAY, "Police arrested a 19-year-old man near the Fenwick bakery.\n"),
        (DAY, "Tom Reyes, 36, died after he was shot near a Fenwick bakery.\n"),
        people=PEOPLE, places=PLACES,
    )  # fmt: skip
    assert found == []


def _units(a: str, b: str) -> tuple[list[Unit], list[Unit]]:
    """The units of two reports (records built by hand, scored by the sentence model)."""
    recs = [
        record(n, text, people=PEOPLE, places=PLACES, published=DAY)
        for n, text in (("a", a), ("b", b))
    ]
    story = score_story(recs)
    return list(story.units[0]), list(story.units[1])


def lone_ages(doc_a: list[Unit], doc_b: list[Unit]) -> list[tuple[Unit, Unit, str, str]]:
    """(unit, unit, age, age) of the lone ages of two reports where they are one person's."""
    la, lb = lone_age(doc_a), lone_age(doc_b)
    if la is None or lb is None or not one_person(la[0], la[1], lb[0], lb[1]):
        return []
    return [(la[0], lb[0], la[1].text, lb[1].text)]


def _ages(units: list[Unit]) -> list[str]:
    return [c.text for u in units for c in u.counts if c.unit == "age"]


def test_the_one_age_of_each_report_is_paired() -> None:
    a, b = _units(
        "A 41-year-old woman was stabbed on a Fenwick tram on Sunday.\n",
        "Riders said the nurse, Ana Reyes, 44, was stabbed as the tram pulled in.\n",
    )
    assert (_ages(a), _ages(b)) == (["41-year-old"], ["44"])
    assert [x[2:] for x in lone_ages(a, b)] == [("41-year-old", "44")]


def test_an_age_of_no_person_is_no_one_s_age() -> None:
    a, b = _units(
        "A 34-year-old van was hit by gunfire outside a bakery in Fenwick.\n",
        "Tom Reyes, 36, was shot outside a Fenwick bakery.\n",
    )
    assert (_ages(a), _ages(b)) == (["34-year-old"], ["36"])  # each report gives one age
    assert lone_ages(a, b) == []


def test_a_report_that_gives_two_ages_is_not_read_alone() -> None:
    a, b = _units(
        "A 34-year-old man was shot outside a bakery in Fenwick.\n",
        "Tom Reyes, 36, was shot outside a Fenwick bakery. His brother Leo Reyes, 41, was shot "
        "as well.\n",
    )
    assert (_ages(a), _ages(b)) == (["34-year-old"], ["36", "41"])
    assert lone_ages(a, b) == []


def test_a_victim_s_age_and_an_attacker_s_are_two_people() -> None:
    a, b = _units(
        "A 41-year-old woman was stabbed on a Fenwick tram on Sunday.\n",
        "Riders said Tom Reyes, 44, had stabbed her as the tram pulled in.\n",
    )
    assert (_ages(a), _ages(b)) == (["41-year-old"], ["44"])  # each report gives one age
    assert lone_ages(a, b) == []
    assert lone_ages(b, a) == []


def test_two_attackers_ages_are_one_person_s() -> None:
    a, b = _units(
        "A 41-year-old man stabbed a rider on a Fenwick tram on Sunday.\n",
        "Riders said Tom Reyes, 44, had stabbed a nurse as the tram pulled in.\n",
    )
    assert [x[2:] for x in lone_ages(a, b)] == [("41-year-old", "44")]


def test_age_roles() -> None:
    text = "A 41-year-old woman was stabbed. Tom Reyes, 44, had stabbed her. Ann Lee, 30, left."
    ages = [(m.start(), m.end()) for m in re.finditer(r"41-year-old|44|30", text)]
    assert [age_role(text, s, e) for s, e in ages] == ["acted on", "acting", None]


def _found(
    a: str, b: str, events: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], None], ...]
) -> list[tuple[str | None, tuple[str, ...]]]:
    """The contradictions between report ``a`` and report ``b``, whose record has ``events``."""
    people = ("Ana Reyes", "Tom Vale")
    recs = [
        record("a", a, people=people, places=PLACES, published=DAY),
        record("b", b, people=people, places=PLACES, published=DAY, events=events),
    ]
    found = matching.find(recs, [0, 1])
    return [(f.what, f.values) for f in found if f.kind == "contradiction"]


HIT = (
    "Witnesses said 61-year-old Ana Reyes was crossing a Fenwick lane at dusk when 27-year-old "
    "Tom Vale struck Reyes with his van.\n"
)
HIT_EVENTS = (("ASSAULT", "struck", ("Tom Vale",), ("Ana Reyes",), None),)


def test_the_age_of_one_who_struck_another_is_left_aside() -> None:
    found = _found(
        "A 58-year-old woman died in hospital on Saturday, a day after she was struck.\n",
        HIT,
        HIT_EVENTS,
    )
    assert found == [("number", ("58-year-old", "61-year-old"))]


def test_two_ages_of_people_acting_on_no_one_are_not_read_alone() -> None:
    found = _found(
        "A 58-year-old woman died in hospital on Saturday, a day after she was struck.\n",
        HIT,
        (),
    )
    assert found == []


def test_the_same_age_beside_the_driver_s_agrees() -> None:
    found = _found(
        "A 61-year-old woman died in hospital on Saturday, a day after she was struck.\n",
        HIT,
        HIT_EVENTS,
    )
    assert found == []


def test_the_driver_named_with_his_age_in_the_other_report_is_left_aside() -> None:
    found = _found(
        "A 58-year-old woman died in hospital on Saturday, a day after she was struck.\n"
        "Tom Vale, 27, was later charged over the crash in Fenwick.\n",
        HIT,
        HIT_EVENTS,
    )
    assert found == [("number", ("58-year-old", "61-year-old"))]
