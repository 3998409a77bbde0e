"""Different reports of one event compared by their claims (sayso.compare.matching): invented
reports that tell the same facts in other words, with the sentence model running for real."""

from __future__ import annotations

from sayso.compare import compare
from sayso.compare.base import CompareOptions, MatchOptions
from sayso.compare.matching import score_story
from sayso.types import Record

from .records import record

# three reports of one (invented) mill fire: b states another number of injured workers in
# other words, hedges the cause, and c leaves out the owner's statement that a and b carry;
# each ends with a promotion line that is never a claim
FIRST = (
    "Fire crews fought a blaze at the Marlow paper mill in Eastport on Tuesday.\n"
    "Nine workers were taken to hospital with burns, fire chief Ida Brandt said.\n"
    "The mill's owner Tessa Lund said production would restart within a month.\n"
    "Investigators believe the fire started in a storage shed behind the mill.\n"
    "More from Harbour Weekly: Ten ways to enjoy the coast this summer\n"
)
SECOND = (
    "Flames tore through the Marlow paper mill in Eastport on Tuesday.\n"
    "Nine workers suffered burns and were taken to hospital, said fire chief Ida Brandt.\n"
    "Investigators believe the fire started in a storage shed behind the mill.\n"
)
THIRD = (
    "A fire swept through the Marlow paper mill in Eastport on Tuesday afternoon.\n"
    "Fire chief Ida Brandt said twelve workers were treated in hospital for burns.\n"
    "Tessa Lund, who owns the mill, promised that production would restart within a month.\n"
    "The fire may have started in a storage shed behind the mill, investigators said.\n"
    "More from Valley Daily: Five autumn recipes for busy evenings\n"
)


def _rec(doc_id: str, text: str, published: str | None = "2024-05-01") -> Record:
    return record(
        doc_id, text, places=("Eastport",), people=("Ida Brandt", "Tessa Lund"),
        orgs=("Marlow",), published=published, dates=(("Tuesday", "2024-04-30"),),
    )  # fmt: skip


def _story() -> list[Record]:
    return [
        _rec("a", FIRST, "2024-05-01"),
        _rec("c", SECOND, "2024-05-02"),
        _rec("b", THIRD, "2024-05-03"),
    ]


def test_three_reports_in_other_words() -> None:
    line = compare("s", _story())
    assert line["copies"] == []
    got = sorted(
        (d["kind"], d["what"], tuple(d["asserted_by"]), tuple(d["other"]))
        for d in line["divergences"]
    )
    assert got == [
        ("contradiction", "number", ("a", "c"), ("b",)),
        ("omission", "claim", ("a", "b"), ("c",)),
        ("qualification", "claim", ("a", "c"), ("b",)),
    ]
    texts = {"a": FIRST, "b": THIRD, "c": SECOND}
    for d in line["divergences"]:
        for e in d["evidence"]:
            assert texts[e["doc"]][e["start"] : e["end"]] == e["text"]
        assert all("More from" not in e["text"] for e in d["evidence"])  # a promotion
    by_kind = {d["kind"]: d for d in line["divergences"]}
    contra = by_kind["contradiction"]
    assert contra["values"] == ["Nine", "twelve"]
    assert {e["doc"] for e in contra["evidence"]} == {"a", "b", "c"}
    omission = by_kind["omission"]
    assert all("Tessa Lund" in e["text"] for e in omission["evidence"])
    assert "may have" in by_kind["qualification"]["about"]


def test_paraphrases_align_one_to_one_and_strangers_do_not() -> None:
    story = score_story([_rec("a", FIRST), _rec("b", THIRD)], MatchOptions())
    got = {a.index: b.index for a, b, _ in story.aligned(0, 1)}
    assert got.get(0) == 0 and got.get(2) == 2  # the fire, the owner's promise
    assert got.get(3) == 3  # the cause, stated and hedged
    assert len(set(got.values())) == len(got)  # one to one
    assert [u.text for u in story.units[0] if u.text.startswith("More from")] == []


def test_agreeing_reports_in_other_words_do_not_contradict() -> None:
    other = THIRD.replace("twelve workers", "nine workers").replace("may have started", "started")
    line = compare("s", [_rec("a", FIRST), _rec("b", other, "2024-05-02")])
    assert [d for d in line["divergences"] if d["kind"] != "omission"] == []


def test_at_least_does_not_contradict_a_higher_count() -> None:
    first = FIRST.replace("Nine workers were", "At least nine workers were")
    other = THIRD.replace("twelve workers", "eleven workers")
    line = compare("s", [_rec("a", first), _rec("b", other, "2024-05-02")])
    assert [d for d in line["divergences"] if d["kind"] == "contradiction"] == []


def test_a_story_of_one_report_omits_nothing() -> None:
    line = compare("s", [_rec("a", FIRST)])
    assert line["divergences"] == []


def test_at_most_five_omissions_a_pair_unless_all() -> None:
    extra = "".join(
        f"The {w} warehouse of the mill in Eastport stored {n} tonnes of paper for export.\n"
        for w, n in (("north", 40), ("south", 55), ("east", 61), ("west", 72), ("old", 83),
                     ("new", 94), ("upper", 105))
    )  # fmt: skip
    recs = [_rec("a", FIRST + extra), _rec("b", SECOND, "2024-05-02")]
    some = [d for d in compare("s", recs)["divergences"] if d["kind"] == "omission"]
    every = compare("s", recs, CompareOptions(claims=MatchOptions(all=True)))["divergences"]
    assert len(some) == 5
    assert len([d for d in every if d["kind"] == "omission"]) > 5


def test_in_three_reports_a_side_remark_one_report_makes_is_no_omission() -> None:
    remark = "Shopkeepers along the quay noticed a sharp smell of smoke during the evening.\n"
    recs = _story()
    recs[0] = _rec("a", FIRST + remark, "2024-05-01")
    line = compare("s", recs)
    omitted = [d for d in line["divergences"] if d["kind"] == "omission"]
    assert [d["asserted_by"] for d in omitted] == [["a", "b"]]  # the owner's promise only
    assert all("smell" not in e["text"] for d in omitted for e in d["evidence"])


def test_a_place_changed_inside_a_name_is_a_contradiction() -> None:
    first = (
        "The Eastport Fire Service sent four engines to the burning paper mill on Tuesday.\n"
        "Nobody was hurt, the mill's owner Tessa Lund said after the fire.\n"
    )
    second = (
        "Four engines of the Westbay Fire Service were sent to the paper mill fire on Tuesday.\n"
        "Mill owner Tessa Lund said nobody had been hurt in the fire.\n"
    )

    def rec(doc_id: str, text: str, org: str, published: str) -> Record:
        return record(doc_id, text, people=("Tessa Lund",), orgs=(org,), published=published)

    line = compare(
        "s",
        [
            rec("a", first, "Eastport Fire Service", "2024-05-01"),
            rec("b", second, "Westbay Fire Service", "2024-05-02"),
        ],
    )
    (d,) = [d for d in line["divergences"] if d["kind"] == "contradiction"]
    assert d["values"] == ["Eastport", "Westbay"]
    assert d["asserted_by"] == ["a"] and d["other"] == ["b"]


def _contradictions(a: Record, b: Record) -> list[tuple[str, ...]]:
    line = compare("s", [a, b])
    return [tuple(d.get("values", ())) for d in line["divergences"] if d["kind"] == "contradiction"]


def test_a_place_the_other_report_writes_anywhere_is_no_contradiction() -> None:
    first = "Fire crews fought a blaze at the Marlow paper mill in Eastport on Tuesday.\n"
    second = "Flames tore through the Marlow paper mill in Westbay on Tuesday.\n"
    ferry = "Ferries from Eastport kept running through the night.\n"

    def rec(doc_id: str, text: str, published: str) -> Record:
        return record(doc_id, text, places=("Eastport", "Westbay"), orgs=("Marlow",),
                      published=published)  # fmt: skip

    assert _contradictions(rec("a", first, "2024-05-01"), rec("b", second, "2024-05-02")) == [
        ("Eastport", "Westbay")
    ]
    assert (
        _contradictions(rec("a", first, "2024-05-01"), rec("b", second + ferry, "2024-05-02")) == []
    )


def test_a_city_and_its_state_do_not_contradict() -> None:
    first = "Fire crews fought a blaze at the Marlow paper mill in Columbus on Tuesday.\n"
    second = "Flames tore through the Marlow paper mill in Ohio on Tuesday.\n"
    places = ("Columbus", "Ohio")
    a = record("a", first, places=places, orgs=("Marlow",))
    b = record("b", second, places=places, orgs=("Marlow",), published="2024-05-02")
    assert _contradictions(a, b) == []


def test_a_specific_figure_the_other_report_gives_anywhere_is_no_contradiction() -> None:
    first = "The fire destroyed 40 tonnes of paper stored at the Marlow mill in Eastport.\n"
    second = "Flames consumed 55 tonnes of paper that the Marlow mill kept in Eastport.\n"
    crews = "The 40 firefighters worked until dawn to put out the last flames.\n"
    a = _rec("a", first)
    assert _contradictions(a, _rec("b", second, "2024-05-02")) == [("40", "55")]
    assert _contradictions(a, _rec("b", second + crews, "2024-05-02")) == []


def test_a_speaker_or_a_name_tagged_as_a_place_is_no_place() -> None:
    first = "The owner of the Marlow mill spoke to reporters in Eastport on Tuesday evening.\n"
    second = "The owner of the Marlow mill spoke to reporters on Tuesday evening, Harlow said.\n"
    places = ("Eastport", "Harlow")
    a = record("a", first, places=places, orgs=("Marlow",))
    b = record("b", second, places=places, orgs=("Marlow",), published="2024-05-02")
    assert _contradictions(a, b) == []


def test_the_years_of_a_list_are_no_date_of_one_event() -> None:
    first = "Tessa Lund ran the Marlow mill in 1990, 1995 and 2001 before she sold it.\n"
    second = "Until she sold it, the Marlow mill was run by Tessa Lund in 1993.\n"
    alone = "Tessa Lund ran the Marlow mill in 1990 before she sold it.\n"
    b = _rec("b", second, "2024-05-02")
    assert _contradictions(_rec("a", alone), b) == [("1990", "1993")]
    assert _contradictions(_rec("a", first), b) == []


def test_the_acts_of_two_people_each_named_by_one_report_do_not_contradict() -> None:
    first = "Ida Brandt received the regional award for fire safety in 2008.\n"
    second = "In 2010 the regional award for fire safety went to Tessa Lund.\n"
    same = "In 2010 the regional award for fire safety went to Ida Brandt.\n"
    a = _rec("a", first)
    assert _contradictions(a, _rec("b", same, "2024-05-02")) == [("2008", "2010")]
    assert _contradictions(a, _rec("b", second, "2024-05-02")) == []


def test_a_year_written_before_a_noun_dates_that_thing() -> None:
    first = "Tessa Lund took over the Marlow mill from her father in 1991.\n"
    other = "In 1997 Tessa Lund took over the Marlow mill from her father.\n"
    profile = "A 1997 profile said Tessa Lund took over the Marlow mill from her father.\n"
    a = _rec("a", first)
    assert _contradictions(a, _rec("b", other, "2024-05-02")) == [("1991", "1997")]
    assert _contradictions(a, _rec("b", profile, "2024-05-02")) == []


def test_counts_of_two_different_years_do_not_contradict() -> None:
    first = "Nine workers were hurt in fires at the Marlow mill in 2019, Ida Brandt said.\n"
    same = "In 2019 fires at the Marlow mill hurt twelve workers, according to Ida Brandt.\n"
    later = "In 2023 fires at the Marlow mill hurt twelve workers, according to Ida Brandt.\n"
    a = _rec("a", first)
    assert ("Nine", "twelve") in _contradictions(a, _rec("b", same, "2024-05-02"))
    assert ("Nine", "twelve") not in _contradictions(a, _rec("b", later, "2024-05-02"))
