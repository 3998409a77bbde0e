"""Cross-report contradictions, round 19 (sayso.compare.referents): false contradictions between
two agreeing reports of one event whose values differ only in what they date, place or count. A
date of an act to come ("will open the bridge in 2031") is not the date of one done ("opened it
in 2019"); a date that opens a stretch of time ("the first title since 1987") is not the date of
an act ("last won it in 2003"); where a firm is based is not where it acts; a number after "a"
with its unit and a noun ("a 55 mph limit") measures that thing. Invented reports."""

from __future__ import annotations

from sayso.compare import matching
from sayso.compare.referents import count_change, place_role, prospective

from .records import record

PEOPLE = ("Nora Pell", "Ivo Hale")
PLACES = ("Vantor", "Brannock", "Larkfield", "Dunmore")
YEARS = tuple((str(y), str(y)) for y in (1987, 1995, 2003, 2009, 2011, 2014, 2019, 2021, 2031))
DAYS = (("Thursday", "2024-05-02"), ("Friday", "2024-05-03"))


def _found(*texts: str, dates: tuple[tuple[str, str], ...] = YEARS) -> list[str]:
    recs = [
        record(chr(97 + k), t + "\n", people=PEOPLE, places=PLACES, dates=dates)
        for k, t in enumerate(texts)
    ]
    found = matching.find(recs, list(range(len(recs))))
    return [f.what or "" for f in found if f.kind == "contradiction"]


def test_prospective() -> None:
    def at(text: str, date: str) -> bool:
        return prospective(text, text.rindex(date))

    assert at("Nora Pell will open the Vantor bridge in 2031", "2031")
    assert at("Pell is expected to face charges on Thursday", "Thursday")
    assert at("Nora Pell to open Vantor bridge in 2031", "2031")  # a headline
    assert not at("Pell opened the Vantor tunnel in 2019", "2019")
    assert not at("Pell will open the bridge too, her office said on Friday", "Friday")
    assert not at("Pell went to Vantor on Friday", "Friday")


def test_a_date_of_an_act_to_come_is_not_the_date_of_one_done() -> None:
    later = "Nora Pell will open the new Vantor river bridge in 2031, her office said."
    before = "Nora Pell, the mayor of Vantor, opened the new river bridge in 2019 to cheers."
    assert _found(later, before) == []
    # the same act on two dates disagrees
    assert _found(before, before.replace("2019", "2021")) == ["date"]
    charged = "Prosecutors filed charges against Ivo Hale on Friday over the crash in Dunmore."
    to_face = "Ivo Hale is expected to face charges on Thursday over the crash in Dunmore."
    assert _found(charged, to_face, dates=DAYS) == []


def test_the_start_of_a_stretch_of_time_is_not_the_date_of_an_act() -> None:
    since = (
        "The Larkfield Owls beat Dunmore on Saturday to win the cup, their first title since 1987."
    )
    last = "The Larkfield Owls, who last won the cup in 2003, beat Dunmore on Saturday to take it."
    assert _found(since, last) == []
    assert _found(last, last.replace("2003", "2009")) == ["date"]


def test_where_a_firm_is_based_is_not_where_it_acts() -> None:
    text = "Halbrook Foods, based in Brannock, will close its factory."
    start = text.index("Brannock")
    assert place_role(text, start, start + len("Brannock")) == "origin"
    hq = "Halbrook Foods, based in Brannock, said Monday it would shut a factory and cut 200 jobs."
    plant = "Halbrook Foods will shut a factory in Larkfield and cut 200 jobs, it said on Monday."
    assert _found(hq, plant) == []
    assert _found(plant, plant.replace("Larkfield", "Dunmore")) == ["place"]


def test_a_number_after_a_with_its_unit_and_a_noun_measures_that_thing() -> None:
    limit = "Police said Ivo Hale, on a road with a 55 mph limit, crashed in Dunmore on Friday."
    assert count_change(limit, limit.index("55"), limit.index("55") + 2) == "measure"
    speed = "Ivo Hale was driving at 95 mph when he crashed in Dunmore on Friday, police said."
    assert _found(speed, limit, dates=DAYS) == []
    assert _found(speed, speed.replace("95", "75"), dates=DAYS) == ["number"]
    fine = "Ivo Hale was given a $500 fine."  # a sum after "a" is still the sum
    assert count_change(fine, fine.index("$500"), fine.index("$500") + 4) == ""
    aged = "Police said a 66-year-old woman was hit by a car in Dunmore on Friday."
    assert count_change(aged, aged.index("66"), aged.index(" woman")) == ""  # an age is no measure
