"""Two differing values that are values of two things, not two values of one (sayso.compare.
referents, slots): invented reports of one event, each rule beside a control where the same
sentences with one value changed still contradict; the sentence model runs for real."""

from __future__ import annotations

from sayso.compare import compare
from sayso.compare.referents import (
    age_referent,
    count_change,
    count_role,
    date_act,
    date_role,
    joined_set,
    money_thing,
    night_or_clock,
    place_role,
    sex_of,
    stretch,
)
from sayso.compare.slots import counts, counts_agree
from sayso.compare.spelling import spelt_alike
from sayso.types import Record

from .records import record

PLACES = ("Dover", "Westbay", "Port Elm")


def _rec(doc_id: str, text: str, dates: tuple[tuple[str, str], ...] = ()) -> Record:
    published = "2024-05-01" if doc_id == "a" else "2024-05-02"
    return record(doc_id, text, places=PLACES, published=published, dates=dates)


def _values(d: dict[str, object]) -> tuple[str, ...]:
    """The two values of a contradiction: its ``values``, or those its ``about`` names ("Ten /
    Three: ..." where the sentence comparison found it); () for a negation."""
    if d.get("values"):
        return tuple(d["values"])  # type: ignore[arg-type]
    head = str(d["about"]).split(": ", 1)[0]
    return tuple(head.split(" / ")) if " / " in head else ()


def _contradictions(
    first: str, second: str, **dates: tuple[tuple[str, str], ...]
) -> list[tuple[str, ...]]:
    recs = [_rec("a", first, dates.get("a", ())), _rec("b", second, dates.get("b", ()))]
    line = compare("s", recs)
    return [_values(d) for d in line["divergences"] if d["kind"] == "contradiction"]


def _at(text: str, value: str) -> tuple[str, int, int]:
    i = text.index(value)
    return text, i, i + len(value)


def test_what_happened_to_what_a_count_counts() -> None:
    assert count_role(*_at("five passengers were killed in the crash", "five")) == "dead"
    assert count_role(*_at("the crash killed five and injured twelve", "five")) == "dead"
    assert count_role(*_at("the crash killed five and injured twelve", "twelve")) == "hurt"
    assert count_role(*_at("police detained four men", "four")) == "held"
    assert count_role(*_at("four men drove to the coast", "four")) is None


def test_counts_of_the_dead_and_of_the_hurt_do_not_contradict() -> None:
    first = "The bus crash on the coast road near the harbour killed five passengers.\n"
    hurt = "Seven passengers were injured in the bus crash on the coast road by the harbour.\n"
    dead = "Seven passengers were killed in the bus crash on the coast road by the harbour.\n"
    assert _contradictions(first, dead) == [("five", "Seven")]
    assert _contradictions(first, hurt) == []


def test_a_new_count_and_a_rolling_toll_are_no_count_of_the_whole() -> None:
    assert count_change(*_at("another three passengers were hurt", "three")) == "new"
    assert count_change(*_at("three more passengers were hurt", "three")) == "new"
    assert count_change(*_at("the toll rose to 12 on Friday", "12")) == "rolling"
    assert count_change(*_at("12 people have died so far", "12")) == "rolling"
    assert count_change(*_at("a total of 26 crew were on board", "26")) == "total"
    assert count_change(*_at("26 crew were on board", "26")) == ""
    assert count_change(*_at("two of the passengers were hurt", "two")) == "part"
    first = "Ten passengers were taken to hospital after the ferry ran aground off Port Elm.\n"
    same = "Three passengers were taken to hospital after the ferry ran aground off Port Elm.\n"
    more = (
        "Three more passengers were taken to hospital after the ferry ran aground off Port Elm.\n"
    )
    assert _contradictions(first, same) == [("Ten", "Three")]
    assert _contradictions(first, more) == []
    part = (
        "Three of the passengers were taken to hospital after the ferry ran aground off Port Elm.\n"
    )
    assert _contradictions(first, part) == []
    dead = "Eight people were killed when the ferry capsized off Port Elm, officials said.\n"
    later = "Twelve people were killed when the ferry capsized off Port Elm, officials said.\n"
    toll = "The death toll from the ferry that capsized off Port Elm rose to 12, officials said.\n"
    assert _contradictions(dead, later) == [("Eight", "Twelve")]
    assert _contradictions(dead, toll) == []


def test_a_round_figure_stands_for_the_figures_that_round_to_it() -> None:
    (round_,) = counts("The flood drove 170,000 people from their homes.")
    (exact,) = counts("The flood drove 172,500 people from their homes.")
    (other,) = counts("The flood drove 190,000 people from their homes.")
    assert counts_agree(round_, exact) and not counts_agree(round_, other)
    (a,) = counts("bail was set at $25,000")
    (b,) = counts("bail was set at $30,000")
    assert not counts_agree(a, b)  # 30,000 is no round figure for 25,000
    first = "The flood in the river valley drove 170,000 people from their homes.\n"
    exact_ = "Officials said the flood in the valley forced 172,500 people out of their homes.\n"
    more = "Officials said the flood in the valley forced 190,000 people out of their homes.\n"
    assert _contradictions(first, exact_) == []
    assert _contradictions(first, more) == [("170,000", "190,000")]


def test_a_date_at_night_or_on_a_named_clock_may_fall_on_the_next_day() -> None:
    assert night_or_clock(*_at("the ferry sank late on Saturday", "Saturday"))
    assert night_or_clock(*_at("the ferry sank on Saturday night", "Saturday"))
    assert night_or_clock(*_at("the ferry sank at 11 p.m. on Saturday", "Saturday"))
    assert night_or_clock(*_at("the ferry sank on Sunday (0200 GMT)", "Sunday"))
    assert not night_or_clock(*_at("the ferry sank on Saturday, officials said", "Saturday"))
    sat, sun, tue = ("Saturday", "2024-04-27"), ("Sunday", "2024-04-28"), ("Tuesday", "2024-04-30")
    night = "The ferry capsized off Port Elm late on Saturday with forty passengers aboard.\n"
    day = "The ferry capsized off Port Elm on Saturday with forty passengers aboard.\n"
    sunday = "With forty passengers aboard, the ferry capsized off Port Elm on Sunday.\n"
    tuesday = "With forty passengers aboard, the ferry capsized off Port Elm on Tuesday.\n"
    assert _contradictions(day, sunday, a=(sat,), b=(sun,)) == [("Saturday", "Sunday")]
    assert _contradictions(night, sunday, a=(sat,), b=(sun,)) == []
    assert _contradictions(night, tuesday, a=(sat,), b=(tue,)) == [("Saturday", "Tuesday")]


def test_where_someone_comes_from_or_a_place_nearby_is_not_where_it_happened() -> None:
    assert place_role(*_at("a man from Dover was held", "Dover")) == "origin"
    assert place_role(*_at("Ann Lee, of Dover, said", "Dover")) == "origin"
    assert place_role(*_at("a Dover-based firm", "Dover")) == "origin"
    assert place_role(*_at("the robbery near Dover", "Dover")) == "near"
    assert place_role(*_at("the robbery in Dover", "Dover")) == "where"
    robbery = "Police arrested a man after the armed robbery of a jeweller in Westbay on Tuesday.\n"
    there = "Police arrested a man after the armed robbery of a jeweller in Dover on Tuesday.\n"
    origin = "Police arrested a man from Dover after the armed robbery of a jeweller on Tuesday.\n"
    near = "Police arrested a man after the armed robbery of a jeweller near Dover on Tuesday.\n"
    assert _contradictions(robbery, there) == [("Westbay", "Dover")]
    assert _contradictions(robbery, origin) == []
    assert _contradictions(robbery, near) == []
    near_west = near.replace("Dover", "Westbay").replace("armed robbery", "robbery")
    assert _contradictions(near_west, near) == [("Westbay", "Dover")]


def test_a_clause_added_with_a_negation_in_it_is_no_negation() -> None:
    first = "The harbour master said the port would stay open while divers searched the wreck.\n"
    added = (
        "The harbour master said the port would stay open while divers searched the wreck "
        "and gave no further comment.\n"
    )
    negated = (
        "The harbour master said the port would not stay open while divers searched the wreck."
    )
    assert _contradictions(first, negated) == [()]
    assert _contradictions(first, added) == []


def test_ages_before_a_man_and_a_woman_are_the_ages_of_two_people() -> None:
    assert sex_of("woman") == sex_of("girls") == "female"
    assert sex_of("men") == "male" and sex_of("nurse") is None
    first = "A 40-year-old man was taken to hospital after the crash on the coast road.\n"
    man = "After the crash on the coast road, a 45-year-old man was taken to hospital.\n"
    woman = "After the crash on the coast road, a 45-year-old woman was taken to hospital.\n"
    assert _contradictions(first, man) == [("40-year-old", "45-year-old")]
    assert _contradictions(first, woman) == []


def test_the_date_of_a_statement_is_not_the_date_of_the_act() -> None:
    assert date_role(*_at("police said on Friday", "Friday")[:2]) == "statement"
    assert date_role(*_at("the mayor announced Friday", "Friday")[:2]) == "statement"
    assert date_role(*_at("the man was arrested on Friday", "Friday")[:2]) == "act"
    assert date_role(*_at("the mayor on Friday said", "Friday")) == "statement"
    assert date_role(*_at("the mayor on Friday opened", "Friday")) == "act"
    fri, thu, wed = (
        ("Friday", "2024-04-26"),
        ("Thursday", "2024-04-25"),
        ("Wednesday", "2024-04-24"),
    )
    first = "Police arrested the driver of the stolen van in Dover on Friday.\n"
    act = "The driver of the stolen van was arrested in Dover on Thursday, police say.\n"
    said = "Police said Wednesday the driver of the stolen van had been arrested in Dover.\n"
    assert _contradictions(first, act, a=(fri,), b=(thu,)) == [("Friday", "Thursday")]
    assert _contradictions(first, said, a=(fri,), b=(wed,)) == []


def test_clock_times_and_numbers_in_names_are_no_counts() -> None:
    assert counts("The van crashed shortly after 2 a.m. on Route 52 in Dover.") == []
    assert counts("The ferry left at six o'clock.") == []
    assert counts("Flight 370 left on June 15.") == []
    assert [c.text for c in counts("The 23 pirates and only 5 crew.")] == ["23", "5"]
    first = "The van crashed shortly after 2 a.m. on Route 52 outside Dover, police said.\n"
    other = "Police said the van crashed at about 3 a.m. on Route 94 outside Dover.\n"
    assert _contradictions(first, other) == []


def test_one_name_spelt_two_ways_is_one_name() -> None:
    assert spelt_alike("Mt Elbert", "Mount Elbert") and spelt_alike("Dan", "Daniel")
    assert spelt_alike("Kelvin", "Klevin") and spelt_alike("Ravenswood", "Ravenwood")
    assert spelt_alike("Tarrant County", "Tarant County") and spelt_alike("Hollister", "Hollsiter")
    assert not spelt_alike("Dover", "Rover") and not spelt_alike("Mason", "Macon")
    assert not spelt_alike("Lake County", "Pine County") and not spelt_alike("Ann", "Bo")
    people = ("Dan Kessler", "Daniel Kessler", "Peter Kessler")

    def found(first: str, second: str) -> list[tuple[str, ...]]:
        recs = [record(d, t, people=people) for d, t in (("a", first), ("b", second))]
        found = compare("s", recs)["divergences"]
        return [_values(d) for d in found if d["kind"] == "contradiction"]

    first = "Fire chief Dan Kessler said the blaze at the old mill was put out by noon.\n"
    spelt = "Crews had the mill fire out before midday, fire chief Daniel Kessler told reporters.\n"
    other = "Crews had the mill fire out before midday, fire chief Peter Kessler told reporters.\n"
    assert found(first, spelt) == []
    assert found(first, other) == [("Dan", "Peter")]


def test_the_age_of_a_relative_or_of_someone_else_named_is_another_age() -> None:
    text = "The boy, Tom, 9, was at home with his 3-year-old sister and a 40-year-old neighbour."
    assert age_referent(*_at(text, "9")) == ("name", "Tom")
    assert age_referent(*_at(text, "3-year-old")) == ("relative", "sister")
    assert age_referent(*_at(text, "40-year-old"))[0] == "noun"
    first = "Tom Ashby, 9, was hurt when the porch of the house on Mill Lane gave way.\n"
    relative = "When the porch on Mill Lane gave way, his 12-year-old brother was hurt.\n"
    another = "A 12-year-old girl pulled Tom Ashby out when the porch on Mill Lane gave way.\n"
    same = "Tom Ashby, 12, was hurt when the porch of the house on Mill Lane gave way.\n"
    assert _contradictions(first, relative) == []
    assert _contradictions(first, another) == []
    assert _contradictions(first, same) == [("9", "12")]


def test_sums_paid_or_owed_for_two_things_do_not_contradict() -> None:
    assert money_thing(*_at("He was held on $5,000 bail.", "$5,000")) == {"held", "bail"}
    assert "damage" in money_thing(*_at("the $20,000 in damages", "$20,000"))
    first = "The driver who hit the shop front in Dover was held on $5,000 bail.\n"
    other = "Police said the man, who drove into a Dover shop front, caused $20,000 in damages.\n"
    bail = "Police said the man, who drove into a Dover shop front, was held on $8,000 bail.\n"
    assert _contradictions(first, other) == []
    assert _contradictions(first, bail) == [("$5,000", "$8,000")]


def test_dates_of_two_acts_do_not_contradict() -> None:
    assert date_act(*_at("the firm was acquired on Monday", "Monday")) == "acqui"
    assert date_act(*_at("police on Monday arrested him", "Monday")) == "arres"
    assert date_act(*_at("the Dover office on Monday", "Monday")) is None
    mon, wed, fri = (
        ("Monday", "2024-04-22"),
        ("Wednesday", "2024-04-24"),
        ("Friday", "2024-04-26"),
    )
    first = "Court papers show the landlord of the Dover mill evicted the tenants on Monday.\n"
    other = "According to court papers, the Dover mill tenants appealed their case on Wednesday.\n"
    same = "According to court papers, the Dover mill tenants were evicted on Friday.\n"
    assert _contradictions(first, other, a=(mon,), b=(wed,)) == []
    assert _contradictions(first, same, a=(mon,), b=(fri,)) == [("Monday", "Friday")]


def test_where_someone_lived_and_a_place_that_begins_a_name_are_not_where_it_happened() -> None:
    assert place_role(*_at("the woman, who lived in Dover, was hit", "Dover")) == "origin"
    assert place_role(*_at("he coached the Dover Rovers", "Dover")) == "name"
    assert place_role(*_at("he was hit in Dover Tuesday", "Dover")) == "where"
    first = "The woman, who lived in Westbay, was hit by a van on the coast road on her way home.\n"
    other = "A van hit the woman on the coast road in Dover as she walked home, police said.\n"
    where = "A van hit the woman on the coast road in Dover as she walked home from Westbay.\n"
    assert _contradictions(first, other) == []
    assert _contradictions(where.replace("from Westbay", ""), first.replace("lived", "was")) != []


def test_a_place_the_other_report_spells_another_way_is_said_there() -> None:
    places = ("Ash Ridge", "Mount Elbert", "Mount Hood")

    def found(first: str, second: str) -> list[tuple[str, ...]]:
        recs = [record(d, t, places=places) for d, t in (("a", first), ("b", second))]
        return [
            _values(d) for d in compare("s", recs)["divergences"] if d["kind"] == "contradiction"
        ]

    first = "The two climbers fell from Ash Ridge on Mt Elbert on Sunday, rangers said.\n"
    spelt = "Rangers said the two climbers fell to their deaths from Mount Elbert on Sunday.\n"
    other = "Rangers said the two climbers fell to their deaths from Mount Hood on Sunday.\n"
    assert found(first, spelt) == []
    assert found(first, other) == [("Ash Ridge", "Mount Hood")]


def test_a_count_before_a_hyphened_compound_counts_its_last_word() -> None:
    assert [c.unit for c in counts("a 1,200-square-foot barn, a 900-square-metre barn")] == [
        "foot",
        "metre",
    ]


def test_an_age_before_a_full_name_is_the_age_of_that_name() -> None:
    first = "Police said the driver, Lee Park, 23, was charged with reckless driving in Dover.\n"
    other = "Police charged a 21-year-old Lee Park of Westbay with reckless driving in Dover.\n"
    assert _contradictions(first, other) == [("23", "21-year-old")]


def test_a_period_a_measure_and_a_rate_are_no_plain_count() -> None:
    assert count_change(*_at("over the last eight years", "eight")) == "period"
    assert count_change(*_at("in its 40-year history", "40")) == "measure"
    assert count_change(*_at("a 59-year-old man", "59")) == ""
    assert count_change(*_at("it gives up 90 yards per game", "90")) == "rate"
    first = "The club has won the cup 12 times over the last eight years, its chairman said.\n"
    other = "Its chairman said the club has won the cup 12 times in its 80-year history.\n"
    same = "Its chairman said the club has won the cup 12 times over the last nine years.\n"
    assert _contradictions(first, other) == []
    assert _contradictions(first, same) == [("eight", "nine")]
    rate = "The Dover side allowed 210 yards per game this season, its coach said.\n"
    total = "Its coach said the Dover side allowed 2,300 yards this season.\n"
    assert _contradictions(rate, total) == []


def test_a_date_before_a_noun_after_a_plural_possessive_dates_that_noun() -> None:
    y = (("2004", "2004"), ("1990", "1990"))
    first = "The coach joined the Dover club in 2004 after a long playing career.\n"
    other = "The coach, a member of the Rovers' 1990-91 title team, joined the Dover club.\n"
    assert _contradictions(first, other, a=y, b=y) == []


def test_a_figure_written_anywhere_in_the_other_report_is_said_there() -> None:
    first = "Ann Lee is averaging 21.5 points a game for Dover this season.\n"
    other = "Dover's Ann Lee, averaging 21.5, and Bo Kim 14.5 points, lead the side this season.\n"
    assert not [v for v in _contradictions(first, other) if "21.5" in v]


def test_a_period_is_read_only_in_aligned_claims() -> None:
    first = "Burglaries in the district have risen sharply in the past four months, residents say."
    other = "Police say burglaries in the district have been solved within the past three months."
    same = "Residents say burglaries in the district have risen sharply in the past five months."
    assert _contradictions(first, other) == []
    assert _contradictions(first, same) == [("four", "five")]


def test_a_count_of_two_sets_joined_is_no_count_of_one() -> None:
    assert joined_set(*_at("carried 120 passengers and crew", "120")[::2]) == "crew"
    assert joined_set(*_at("carried 95 passengers and its crew", "95")[::2]) is None
    assert joined_set(*_at("five were killed and ten hurt", "five")[::2]) is None
    first = "The ferry carried 120 passengers and crew when it ran aground off Dover.\n"
    other = "The ferry ran aground off Dover with 95 passengers and its crew of 20 on board.\n"
    same = "The ferry carried 95 passengers and crew when it ran aground off Dover.\n"
    assert _contradictions(first, other) == []
    assert _contradictions(first, same) == [("120", "95")]


def test_counts_over_two_stretches_of_time_are_two_counts() -> None:
    assert stretch("14 drownings were recorded since 2015 in Dover") == "since 2015"
    assert stretch("a dozen drownings in the past two years") == "in the past two years"
    assert stretch("a dozen drownings in Dover") is None
    first = "Officials said a dozen drownings were recorded at the lake in the past two years."
    other = "Since 2015, 14 drownings have been recorded at the Dover lake, officials said.\n"
    same = "Officials said 14 drownings were recorded at the lake in the past two years.\n"
    y = (("2015", "2015"),)
    assert _contradictions(first, other, b=y) == []
    assert _contradictions(first, same) == [("a dozen", "14")]


def test_a_date_with_its_counterpart_among_the_other_dates_dates_no_other_act() -> None:
    first = "The girl was shot late Tuesday night at her grandmother's home in Dover.\n"
    listed = (
        "Prosecutors charged the grandmother of a girl shot April 30 at her home in Dover and "
        "the father of a boy shot in Westbay on April 27.\n"
    )
    alone = "Prosecutors said the girl was shot at her grandmother's home in Dover on April 27.\n"
    a = (("late Tuesday", "2024-04-30"),)
    b = (("April 30", "2024-04-30"), ("April 27", "2024-04-27"))
    assert _contradictions(first, listed, a=a, b=b) == []
    assert _contradictions(first, alone, a=a, b=(("April 27", "2024-04-27"),)) == [
        ("late Tuesday", "April 27")
    ]


def test_a_weekday_of_the_news_is_no_date_long_before_it() -> None:
    first = "Ann Lee was named head coach of the Dover club on Saturday, the club said.\n"
    old = "The Dover club said it first named Ann Lee its head coach on June 3, 2019.\n"
    near = "The Dover club said it named Ann Lee its head coach on April 24.\n"
    a = (("Saturday", "2024-04-27"),)
    assert _contradictions(first, old, a=a, b=(("June 3, 2019", "2019-06-03"),)) == []
    assert _contradictions(first, near, a=a, b=(("April 24", "2024-04-24"),)) == [
        ("Saturday", "April 24")
    ]


def test_a_date_before_a_name_dates_the_whole_name() -> None:
    y = (("2011", "2011"), ("2013", "2013"))
    first = "The Film Board picked Ann Lee and Bo Kim to host its gala in Dover in 2011.\n"
    other = (
        "The new host follows Cy Moss, whose hosting of the 2013 Film Awards in Dover was mocked.\n"
    )
    same = (
        "The new host follows Cy Moss, whose hosting of the Film Board gala in Dover in 2013 was "
        "mocked.\n"
    )
    assert _contradictions(first, other, a=y, b=y) == []
    assert _contradictions(first, same, a=y, b=y) == [("2011", "2013")]
