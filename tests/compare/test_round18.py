"""Cross-report contradictions, round 18 (sayso.compare.divergences, sayso.compare.referents):
false contradictions between two agreeing reports of one event. A clock on the hour written
with its minutes ("4:00 p.m.") is the hour ("4 p.m."); a place named with words before its
common name ("Tarn Mount Kessel" / "Mt Kessel") is one place; a date of an act told as coming
after another ("charged on Saturday after opening fire") does not date the earlier act; a date
the events stage gives to another act than the other report's ("killed a man ... on June 1" /
"was visited on Tuesday") dates two acts; within two sentences alike, counts of two things
("three died" / "five were hurt") and a town and its state agree. Invented reports."""

from __future__ import annotations

from sayso.compare import compare, matching
from sayso.compare.spelling import named_within
from sayso.types import Event, Record, Span

from .records import record

PEOPLE = ("Ivo Hale", "Ann Bell")
PLACES = ("Marrow", "Ohio", "Texas", "Tarn Mount Kessel", "Mt Kessel", "Mt Brill")


def _rec(doc_id: str, text: str, dates: tuple[tuple[str, str], ...] = ()) -> Record:
    return record(doc_id, text, people=PEOPLE, places=PLACES, dates=dates)


def _contradictions(line: dict) -> list[str]:
    return sorted(d["what"] for d in line["divergences"] if d["kind"] == "contradiction")


def test_a_clock_on_the_hour_with_its_minutes_is_the_hour() -> None:
    base = "Ivo Hale said the crew reached the bridge at {} p.m. with two trucks in Marrow.\n"
    hour = _rec("a", base.format("4"))
    assert _contradictions(compare("s", [hour, _rec("b", base.format("4:00"))])) == []
    assert _contradictions(compare("s", [hour, _rec("b", base.format("5"))])) == ["number"]
    assert _contradictions(compare("s", [hour, _rec("b", base.format("4:30"))])) == ["number"]


def test_named_within() -> None:
    assert named_within("Tarn Mount Kessel", "Mt Kessel")
    assert not named_within("New York", "York")  # one word: no part of a longer name
    assert not named_within("Mt Brill", "Mt Kessel")


def test_a_place_named_in_full_and_in_short_is_one_place() -> None:
    base = "A climber from Marrow fell about 150 metres on {} on Friday, police said.\n"
    full = _rec("a", base.format("Tarn Mount Kessel"))
    assert _contradictions(compare("s", [full, _rec("b", base.format("Mt Kessel"))])) == []
    assert _contradictions(compare("s", [full, _rec("b", base.format("Mt Brill"))])) == ["place"]


DATES = (("Friday", "2024-04-26"), ("Saturday", "2024-04-27"), ("Sunday", "2024-04-28"))


def _dated(*texts: str) -> list[str]:
    recs = [_rec(chr(97 + k), t, DATES) for k, t in enumerate(texts)]
    found = matching.find(recs, list(range(len(recs))))
    return [f.what for f in found if f.kind == "contradiction"]


def test_the_date_of_an_act_told_after_another_is_not_the_earlier_acts() -> None:
    shot = (
        "A former cook walked into a staff dinner at a Marrow bakery on Friday and shot and"
        " killed a man, police said.\n"
    )
    charged = (
        "A 50-year-old man was charged with murder on Saturday after opening fire at a staff"
        " dinner at a Marrow bakery, killing a man, police said.\n"
    )
    assert _dated(shot, charged) == []
    # the same act on two days disagrees, and so does a later act set before the earlier one
    assert _dated(charged, charged.replace("Saturday", "Sunday")) == ["date"]
    early = shot.replace("Friday", "Sunday")
    assert _dated(early, charged) == ["date"]


def test_a_date_the_events_stage_gives_to_another_act_dates_two_acts() -> None:
    asked = (
        "According to court papers, Ivo Hale was visited on Tuesday, saying he and Ann Bell"
        " had long been close friends since their first year at school.\n"
    )
    killed = (
        "Ivo Hale, 19, had a hearing today before a judge on charges that he killed Ann Bell,"
        " 20, in a lane in Marrow on June 1.\n"
    )
    dates = (("Tuesday", "2024-06-04"), ("June 1", "2024-06-03"))
    a = record("a", asked, people=PEOPLE, places=PLACES, dates=dates)
    b = record("b", killed, people=PEOPLE, places=PLACES, dates=dates)
    start = killed.index("killed")
    event = Event("e1", "ASSAULT", None, ("Ivo Hale",), ("Ann Bell",),
                  Span(start, start + 6, "killed"), date="2024-06-03")  # fmt: skip
    b_dated = Record(b.id, b.text, b.meta, b.entities, b.attributions, (event,), b.times,
                     sentences=b.sentences)  # fmt: skip
    found = matching.find([a, b_dated], [0, 1])
    assert [f.what for f in found if f.kind == "contradiction"] == []
    found = matching.find([a, b], [0, 1])  # no event dated: nothing tells the two acts apart
    assert [f.what for f in found if f.kind == "contradiction"] == ["date"]


def test_within_one_sentence_counts_of_two_things_and_a_place_inside_another_agree() -> None:
    def pair(x: str, y: str) -> list[str]:
        return _contradictions(compare("s", [_rec("a", x + "\n"), _rec("b", y + "\n")]))

    died = "Ivo Hale said three people died in the crash near Marrow on Friday."
    assert pair(died, died.replace("three people died", "five people were hurt")) == []
    assert pair(died, died.replace("three", "five")) == ["number"]
    man = "A 40-year-old man was shot outside a bar in Marrow on Friday, Ivo Hale said."
    assert pair(man, man.replace("40-year-old man", "23-year-old woman")) == []
    assert pair(man, man.replace("40-year-old", "23-year-old")) == ["number"]
    town = "Ivo Hale shot Ann Bell at her home in Marrow on Friday, police said."
    assert pair(town, town.replace("Marrow", "Ohio")) == []  # a town in a state
    assert pair(town.replace("Marrow", "Ohio"), town.replace("Marrow", "Texas")) == ["place"]
