"""Values of one slot known to be values of one thing by their frame (sayso.compare.frames), and
places that are no places (teams played, reference points): invented sentences, the sentence
model running for real."""

from __future__ import annotations

from sayso.compare import compare
from sayso.compare.frames import (
    basis,
    date_frame,
    is_opponent,
    is_reference_point,
    place_frame,
    reference_point,
    same_frame,
)
from sayso.types import Record

from .records import record

DAYS = (("Monday", "2024-04-29"), ("Friday", "2024-04-26"))


def _rec(doc_id: str, text: str, places: tuple[str, ...] = (), day: str = "2024-05-01") -> Record:
    return record(doc_id, text, places=places, published=day, dates=DAYS)


def _contradictions(first: str, second: str, places: tuple[str, ...] = ()) -> list[list[str]]:
    line = compare("s", [_rec("a", first, places), _rec("b", second, places, "2024-05-02")])
    return [d.get("values", []) for d in line["divergences"] if d["kind"] == "contradiction"]


def test_the_frame_of_a_date_is_its_act_not_a_statement() -> None:
    text = "Prosecutors filed charges on Monday against the driver."
    assert date_frame(text, text.index("Monday")) == {"filed", "charges"}
    text = "A spokesman said on Monday that the driver was arrested."
    assert date_frame(text, text.index("Monday")) == frozenset()
    said = "The owner said Friday he would sue."
    assert not same_frame(date_frame(said, said.index("Friday")), frozenset())


def test_the_frame_of_a_place_is_the_words_before_or_the_name_it_begins() -> None:
    text = "Ministers met at a trade summit in Norway."
    assert place_frame(text, text.index("Norway"), text.index(".")) == {("<", "summit", "trade")}
    text = "He was stopped by the Ohio State Police on Monday."
    start = text.index("Ohio")
    assert (">", "State", "Police") in place_frame(text, start, start + 4)


def test_places_in_the_same_frame_disagree_though_their_sentences_do_not_align() -> None:
    first = "Ministers met for a trade summit in Norway to discuss fishing quotas.\n"
    other = (
        "The fishing quotas will dominate the agenda, officials said after a trade summit in "
        "Peru.\n"
    )
    talks = "The fishing quotas will dominate the agenda, officials said after talks in Peru.\n"
    places = ("Norway", "Peru")
    assert _contradictions(first, other, places) == [["Norway", "Peru"]]
    assert _contradictions(first, talks, places) == []


def test_a_state_that_begins_the_same_name_is_a_place_of_one_slot() -> None:
    first = (
        "The driver was stopped near the border, said Trooper Dale Reyes of the Ohio State "
        "Police.\n"
    )
    other = "Dale Reyes, a trooper with the Iowa State Police, said the car had no plates.\n"
    assert _contradictions(first, other) == [["Ohio", "Iowa"]]


def test_ages_before_the_same_word_disagree_when_each_report_gives_one() -> None:
    first = "A 40-year-old nurse was taken to hospital after the crash on the coast road.\n"
    other = (
        "Witnesses told police the van swerved into a bus shelter where a 45-year-old nurse "
        "stood.\n"
    )
    two = other.replace("a 45-year-old nurse", "a 45-year-old nurse and a 52-year-old nurse")
    assert _contradictions(first, other) == [["40-year-old", "45-year-old"]]
    assert _contradictions(first, two) == []  # which nurse is the first report's?


def test_a_team_that_was_played_is_no_place() -> None:
    text = "Eastport beat Norway 3-1 in the final."
    assert is_opponent(text, text.index("Norway"), text.index(" 3-1"))
    text = "Eastport played the final in Norway."
    assert not is_opponent(text, text.index("Norway"), text.index("."))
    places = ("Norway", "Peru", "Eastport")
    first = "Eastport lost to Norway in the final of the cup on a cold evening.\n"
    other = "In a tense final the Eastport side lost the cup to Peru before a full stadium.\n"
    assert _contradictions(first, other, places) == []
    first = "Eastport beat Norway 3-1 in the final of the cup on a cold evening.\n"
    other = (
        "In a tense final the Eastport side won the cup, beating Peru 3-1 before a full stadium.\n"
    )
    assert _contradictions(first, other, places) == []
    first = "Eastport played in Norway in the final of the cup on a cold evening.\n"
    other = "In a tense final in Peru the Eastport side won the cup before a full stadium.\n"
    assert _contradictions(first, other, places) == [["Norway", "Peru"]]


def test_distances_from_two_reference_points_do_not_disagree() -> None:
    text = "The plane came down 12 miles north of Eastport."
    assert reference_point(text, text.index("12") + 2) == "eastport"
    assert is_reference_point(text, text.index("Eastport"))
    assert reference_point("a drop of 12 feet", 12) is None
    places = ("Eastport", "Westbay")
    first = (
        "The small plane came down in a field 12 miles north of Eastport, the coast guard said.\n"
    )
    other = "The light aircraft came down in a field 20 miles from Westbay, the coast guard said.\n"
    assert _contradictions(first, other, places) == []
    same = (
        "Rescuers reached the wreck of the light aircraft 20 miles north of Eastport within an "
        "hour.\n"
    )
    assert _contradictions(first, same, places) == [["12", "20"]]


def test_dates_of_the_same_act_disagree_though_their_sentences_do_not_align() -> None:
    first = "Prosecutors filed charges on Monday against the driver of the van.\n"
    relatives = (
        "Relatives of the cyclist, who was buried at the weekend, were relieved when prosecutors "
        "filed charges on Friday.\n"
    )
    apology = (
        "Relatives of the cyclist, who was buried at the weekend, were relieved when the driver "
        "said on Friday that he was sorry.\n"
    )
    assert _contradictions(first, relatives) == [["Monday", "Friday"]]
    assert _contradictions(first, apology) == []  # a statement of another day


def test_totals_of_different_counts_do_not_disagree() -> None:
    text = "He finished with two catches for 25 yards."
    assert basis(text, text.index("25")) == 2
    assert basis("He ran for 25 yards.", 12) is None
    first = (
        "The striker scored twice, finishing the season with 9 goals for 310 minutes on "
        "the pitch.\n"
    )
    career = (
        "Across the league he averaged 31 goals for 2,900 minutes on the pitch over his career.\n"
    )
    season = (
        "The striker ended the season on 9 goals for 290 minutes on the pitch, his coach said.\n"
    )
    assert ["310", "2,900"] not in _contradictions(first, career)
    assert _contradictions(first, season) == [["310", "290"]]


def test_a_distance_at_sea_is_reckoned_from_the_coast_it_names() -> None:
    text = "It sank 40 nautical miles off the coast of Oman."
    assert reference_point(text, text.index("40") + 2) == "oman"
    places = ("Oman", "Eastport")
    first = "The tanker was boarded 40 nautical miles off the coast of Oman before dawn.\n"
    elsewhere = "Pirates seized the tanker 65 nautical miles east of Eastport, the navy said.\n"
    off_oman = "Pirates seized the tanker 65 nautical miles off Oman, the navy said.\n"
    at_sea = "Pirates seized the tanker 65 nautical miles out at sea, the navy said.\n"
    assert _contradictions(first, elsewhere, places) == []
    assert _contradictions(first, off_oman, places) == [["40", "65"]]
    assert _contradictions(first, at_sea, places) == [["40", "65"]]  # from where: unknown
