from __future__ import annotations

from sayso.compare import compare, compare_stories
from sayso.compare.divergences import CompareOptions, body_sentences, sentences
from sayso.types import Meta, Record

from .records import record

BASE = (
    "A bus crashed near Lakeside on Friday, killing 7 passengers.\n"
    "Police chief Mara Quinn said the driver had lost control on the wet road.\n"
    "The company said it would pay 5,000 dollars to each family.\n"
)


def _rec(doc_id: str, text: str, published: str = "2024-05-01") -> object:
    return record(
        doc_id,
        text,
        places=("Lakeside", "Hillview"),
        people=("Mara Quinn", "Tom Reyes"),
        published=published,
        dates=(("Friday", "2024-04-26"), ("Saturday", "2024-04-27")),
        quotes=(("Mara Quinn", "the driver"), ("Tom Reyes", "the driver")),
    )


def _kinds(line: dict) -> list[tuple[str, str | None]]:
    return sorted((d["kind"], d["what"]) for d in line["divergences"])


def test_identical_reports_do_not_diverge() -> None:
    line = compare("s", [_rec("a", BASE), _rec("b", BASE)])
    assert line["divergences"] == []
    assert line["copies"] == [["a", "b"]]


def test_deleted_sentence_is_an_omission_by_the_other() -> None:
    short = BASE.replace("The company said it would pay 5,000 dollars to each family.\n", "")
    line = compare("s", [_rec("a", BASE), _rec("b", short)])
    assert _kinds(line) == [("omission", "claim")]
    (d,) = line["divergences"]
    assert d["asserted_by"] == ["a"] and d["other"] == ["b"]
    (e,) = d["evidence"]
    assert e["doc"] == "a" and BASE[e["start"] : e["end"]] == e["text"]
    assert "5,000 dollars" in e["text"]


def test_changed_number_date_place_are_contradictions() -> None:
    cases = {
        "number": BASE.replace("killing 7", "killing 9"),
        "date": BASE.replace("Friday", "Saturday"),
        "place": BASE.replace("near Lakeside", "near Hillview"),
    }
    for what, text in cases.items():
        line = compare("s", [_rec("a", BASE), _rec("b", text)])
        assert _kinds(line) == [("contradiction", what)], what
        d = line["divergences"][0]
        assert d["asserted_by"] == ["a"] and d["other"] == ["b"]
        assert {e["doc"] for e in d["evidence"]} == {"a", "b"}


def test_number_written_as_a_word_is_the_same_number() -> None:
    line = compare("s", [_rec("a", BASE), _rec("b", BASE.replace("killing 7", "killing seven"))])
    assert line["divergences"] == []


def test_negation_is_a_contradiction_and_a_hedge_a_qualification() -> None:
    neg = BASE.replace("it would pay", "it would not pay")
    assert _kinds(compare("s", [_rec("a", BASE), _rec("b", neg)])) == [
        ("contradiction", "negation")
    ]
    hedged = BASE.replace("the driver had lost", "the driver may have lost")
    line = compare("s", [_rec("a", BASE), _rec("b", hedged)])
    assert _kinds(line) == [("qualification", "claim")]
    assert line["divergences"][0]["other"] == ["b"]


def test_hedge_in_the_first_version_qualifies_it_from_the_first() -> None:
    hedged = BASE.replace("the driver had lost", "the driver may have lost")
    line = compare("s", [_rec("a", hedged), _rec("b", BASE, "2024-05-02")])
    (d,) = line["divergences"]
    assert d["kind"] == "qualification" and d["asserted_by"] == ["b"] and d["other"] == ["a"]


def test_speaker_swap_is_an_attribution() -> None:
    swapped = BASE.replace("Police chief Mara Quinn", "Police chief Tom Reyes")
    assert _kinds(compare("s", [_rec("a", BASE), _rec("b", swapped)])) == [("attribution", "actor")]


def test_first_version_is_the_earlier_published() -> None:
    later = BASE.replace("killing 7", "killing 9")
    line = compare("s", [_rec("b", later, "2024-05-03"), _rec("a", BASE, "2024-05-01")])
    d = line["divergences"][0]
    assert d["asserted_by"] == ["a"] and d["other"] == ["b"]


def test_three_documents_one_omission_line() -> None:
    # the short report keeps three claims: a brief of two would be told to leave out only leads
    base = BASE.replace("The company", "The driver was taken to Hillview.\nThe company")
    short = base.replace("The company said it would pay 5,000 dollars to each family.\n", "")
    line = compare("s", [_rec("a", base), _rec("b", base + "Roads reopened.\n"), _rec("c", short)])
    omissions = [d for d in line["divergences"] if d["kind"] == "omission"]
    assert len(omissions) == 1
    assert omissions[0]["asserted_by"] == ["a", "b"] and omissions[0]["other"] == ["c"]


def test_compare_stories_given() -> None:
    recs = [_rec("a", BASE), _rec("b", BASE), _rec("c", "Something else entirely happened.")]
    lines = compare_stories(recs, {"a": "s1", "b": "s1", "c": "s2"})
    assert [x["story"] for x in lines] == ["s1", "s2"]
    assert lines[0]["documents"] == ["a", "b"]
    assert set(lines[0]) == {"story", "documents", "copies", "divergences", "claims", "by_claim"}


def test_sentences_are_the_records_own() -> None:
    """The comparison reads the record's sentences (``Record.sentences``), cut to its body: it
    splits no text of its own ("Mr." ends no sentence here because the record says so)."""
    text = "Mr. Smith arrived at 3 p.m. on Friday. He left.\nMenu | Share"
    first = "Mr. Smith arrived at 3 p.m. on Friday."
    end = text.index("\n")
    # the second sentence runs on into the next line, which is not body
    rec = Record("r", text, Meta(body=((0, end),)), sentences=((0, 38), (39, len(text))))
    assert [text[s:e] for s, e in body_sentences(rec)] == [first, "He left."]
    got = sentences(rec, 0, CompareOptions())
    assert [(s.start, s.end, s.text) for s in got] == [(0, 38, first), (39, end, "He left.")]


def test_a_contracted_not_a_relative_day_and_a_name_spelt_two_ways_are_no_contradiction() -> None:
    first = BASE.replace("it would pay", "it would not pay")
    contracted = first.replace("would not pay", "wouldn't pay")
    assert _kinds(compare("s", [_rec("a", first), _rec("b", contracted)])) == []
    today = BASE.replace("on Friday", "this morning")
    assert _kinds(compare("s", [_rec("a", today), _rec("b", BASE)])) == []
    people = ("Mara Quinn", "Mara Quinne", "Mara Flynn")

    def rec(doc_id: str, text: str) -> Record:
        return record(doc_id, text, people=people, places=("Lakeside",))

    spelt = BASE.replace("Mara Quinn", "Mara Quinne")
    assert _kinds(compare("s", [rec("a", BASE), rec("b", spelt)])) == []
    other = BASE.replace("Mara Quinn", "Mara Flynn")
    assert _kinds(compare("s", [rec("a", BASE), rec("b", other)])) == [("contradiction", "actor")]


def test_a_contraction_without_its_apostrophe_and_a_pronoun_for_a_name_are_no_contradiction() -> (
    None
):
    first = BASE.replace("it would pay", "it couldn't pay")
    assert (
        _kinds(compare("s", [_rec("a", first), _rec("b", first.replace("couldn't", "couldnt"))]))
        == []
    )
    said = BASE.replace("Police chief Mara Quinn said", "Mara Quinn said")
    pronoun = BASE.replace("Police chief Mara Quinn said", "She said")
    other = BASE.replace("Police chief Mara Quinn said", "Tom Reyes said")

    def rec(doc_id: str, text: str) -> Record:  # "She" a mention of a person, as coreference gives
        return record(doc_id, text, people=("Mara Quinn", "She", "Tom Reyes"))

    kinds = _kinds(compare("s", [rec("a", said), rec("b", pronoun)]))
    assert ("contradiction", "actor") not in kinds
    assert ("contradiction", "actor") in _kinds(compare("s", [rec("a", said), rec("b", other)]))


def test_one_size_in_two_units_is_no_contradiction() -> None:
    first = BASE + "The bus depot is a 2,300-square-metre hall on the edge of Lakeside.\n"
    other = BASE + "The bus depot is a 25,000-square-foot hall on the edge of Lakeside.\n"
    same = BASE + "The bus depot is a 3,100-square-metre hall on the edge of Lakeside.\n"
    assert compare("s", [_rec("a", first), _rec("b", other)])["divergences"] == []
    line = compare("s", [_rec("a", first), _rec("b", same)])
    assert _kinds(line) == [("contradiction", "number")]
