"""Events lined up across the accounts of a story (sayso.compare.claims), on hand-written
mini-articles whose events are given (no model)."""

from __future__ import annotations

from sayso.compare import compare
from sayso.compare.render import table_rows

from .records import record

ORGS = ("Northern Army", "Free Valley Front", "Red Cross")
PEOPLE = ("Tom Reyes", "Ana Cruz")


def _rec(doc_id: str, text: str, *events: tuple) -> object:  # type: ignore[type-arg]
    return record(
        doc_id, text, places=("Lakeside", "Hillview"), people=PEOPLE, orgs=ORGS, events=events
    )


ATTACK = ("ASSAULT", "attacked", ("Northern Army",), ("Free Valley Front",), None)
MEETING = ("CONSULT", "met", ("Tom Reyes",), ("Ana Cruz",), None)

FIRST = (
    "The Northern Army attacked the Free Valley Front near Lakeside on Friday.\n"
    "Governor Tom Reyes met rebel commander Ana Cruz in Lakeside on Saturday.\n"
)
# the same attack told in other words; the meeting left out: Reyes and Cruz are named, the
# words of the meeting sentence are all there, but never in one sentence
SECOND = (
    "Fighters of the Free Valley Front came under fire from the Northern Army on Friday when "
    "troops attacked them outside Lakeside, residents said.\n"
    "Tom Reyes, the governor of the province, toured flooded farms and two schools on Saturday.\n"
    "Ana Cruz leads the rebels of the whole valley region.\n"
    "Aid workers met her later.\n"
)


def _claim(line: dict, typ: str) -> dict:  # type: ignore[type-arg]
    return next(c for c in line["claims"] if c["type"] == typ)


def test_same_type_and_actors_in_other_words_is_one_claim() -> None:
    line = compare(
        "s",
        [
            _rec("a", FIRST, ATTACK, MEETING),
            _rec(
                "b",
                SECOND,
                ("ASSAULT", "attacked", ("Northern Army",), ("Free Valley Front",), None),
            ),
        ],
    )
    attack = _claim(line, "ASSAULT")
    assert attack["asserted_by"] == ["a", "b"]
    assert attack["omitted_by"] == [] and attack["unclear"] == []
    assert {e["doc"] for e in attack["evidence"]} == {"a", "b"}
    assert attack["source"] == ["Northern Army"] and attack["target"] == ["Free Valley Front"]


def test_event_the_other_never_tells_is_an_omission() -> None:
    line = compare("s", [_rec("a", FIRST, ATTACK, MEETING), _rec("b", SECOND, ATTACK)])
    meeting = _claim(line, "CONSULT")
    assert meeting["asserted_by"] == ["a"] and meeting["omitted_by"] == ["b"]
    omissions = [
        d for d in line["divergences"] if d["kind"] == "omission" and d["asserted_by"] == ["a"]
    ]
    assert len(omissions) == 1  # the sentence comparison alone finds it covered
    (d,) = omissions
    assert d["asserted_by"] == ["a"] and d["other"] == ["b"]
    assert d["about"].startswith("CONSULT: Tom Reyes -> Ana Cruz")
    (e,) = d["evidence"]
    assert FIRST[e["start"] : e["end"]] == e["text"] and "met rebel commander" in e["text"]
    rows = [r for r in table_rows([line]) if r["kind"] == "claim"]
    assert [(r["what"], r["other"]) for r in rows] == [("CONSULT", "b (omits)")]


def test_actors_named_together_leave_an_unmatched_event_open() -> None:
    # the other report names both sides in one sentence but its event was coded otherwise
    # (another type): it may tell the same event, so nothing is claimed
    text = (
        "The Northern Army attacked the Free Valley Front near Lakeside on Friday.\n"
        "Governor Tom Reyes and Ana Cruz sat down together in Lakeside the next day.\n"
    )
    other = ("CONSULT", "sat down", ("Tom Reyes",), ("Ana Cruz",), None)
    line = compare(
        "s",
        [
            _rec("a", FIRST, ATTACK, MEETING),
            _rec("b", text, ATTACK, ("COOPERATE", "sat down", ("Tom Reyes",), ("Ana Cruz",), None)),
        ],
    )
    meeting = _claim(line, "CONSULT")
    assert meeting["omitted_by"] == [] and meeting["unclear"] == ["b"]
    assert [d["kind"] for d in line["divergences"]] == []
    line = compare("s", [_rec("a", FIRST, ATTACK, MEETING), _rec("b", text, ATTACK, other)])
    assert _claim(line, "CONSULT")["asserted_by"] == ["a", "b"]


def test_changed_place_contradicts_and_a_plan_qualifies() -> None:
    moved = FIRST.replace("Front near Lakeside", "Front near Hillview")
    line = compare("s", [_rec("a", FIRST, ATTACK, MEETING), _rec("b", moved, ATTACK, MEETING)])
    attack = _claim(line, "ASSAULT")
    assert attack["asserted_by"] == ["a"] and attack["contradicted_by"] == ["b"]
    assert [(d["kind"], d["what"]) for d in line["divergences"]] == [("contradiction", "place")]
    planned = FIRST.replace("Governor Tom Reyes met", "Governor Tom Reyes plans to meet").replace(
        "on Saturday", "next week"
    )
    line = compare(
        "s",
        [
            _rec("a", FIRST, ATTACK, MEETING),
            _rec(
                "b", planned, ATTACK, ("CONSULT", "meet", ("Tom Reyes",), ("Ana Cruz",), "intended")
            ),
        ],
    )
    meeting = _claim(line, "CONSULT")
    assert meeting["asserted_by"] == ["a"] and meeting["qualified_by"] == ["b"]
    quals = [d for d in line["divergences"] if d["kind"] == "qualification"]
    assert len(quals) == 1 and quals[0]["asserted_by"] == ["a"] and quals[0]["other"] == ["b"]


def test_countries_are_one_actor_by_their_code() -> None:
    from sayso.compare.claims import same_actor
    from sayso.types import Entity

    us = Entity("e1", "United States", "GPE", "USA", None, ())
    washington = Entity("e2", "Washington", "GPE", "USA", None, ())
    americans = Entity("e3", "American", "NORP", "USA", None, ())
    china = Entity("e4", "China", "GPE", "CHN", None, ())
    assert same_actor(us, washington) and same_actor(us, americans)
    assert not same_actor(us, china)
    full = Entity("p1", "Eric Allen Kirkpatrick", "PERSON", None, None, ())
    short = Entity("p2", "Kirkpatrick", "PERSON", None, None, ())
    other = Entity("p3", "Eric Banky", "PERSON", None, None, ())
    assert same_actor(full, short) and not same_actor(full, other)


def test_html_page_lists_the_events_across_the_accounts() -> None:
    from sayso.compare.render import html

    recs = [_rec("a", FIRST, ATTACK, MEETING), _rec("b", SECOND, ATTACK)]
    page = html([compare("s", recs)], recs)  # type: ignore[arg-type]
    assert "Events and quotes across the accounts" in page
    assert "CONSULT: Tom Reyes -&gt; Ana Cruz (met)" in page


def test_sentence_left_out_leaves_its_event_out() -> None:
    # b drops the meeting sentence and never names Reyes or Cruz: the sentence comparison
    # finds the omission, and the event claim says so too
    short = FIRST.split("\n")[0] + "\n"
    line = compare("s", [_rec("a", FIRST, ATTACK, MEETING), _rec("b", short, ATTACK)])
    assert [(d["kind"], d["other"]) for d in line["divergences"]] == [("omission", ["b"])]
    meeting = _claim(line, "CONSULT")
    assert meeting["asserted_by"] == ["a"] and meeting["omitted_by"] == ["b"]


SAID = "lost control of the bus on the wet road"


def _quoted(doc_id: str, text: str, speaker: str) -> object:
    return record(doc_id, text, people=PEOPLE, quotes=((speaker, SAID),))


def test_quotes_line_up_by_speaker_and_words() -> None:
    a = "Police chief Tom Reyes said the driver lost control of the bus on the wet road.\n"
    b = "The driver lost control of the bus on the wet road, Tom Reyes told reporters.\n"
    c = "Police chief Ana Cruz said the driver lost control of the bus on the wet road.\n"
    line = compare("s", [_quoted("a", a, "Tom Reyes"), _quoted("b", b, "Tom Reyes")])
    (quote,) = [q for q in line["claims"] if q["type"] == "QUOTE"]
    assert quote["source"] == ["Tom Reyes"] and quote["asserted_by"] == ["a", "b"]
    line = compare("s", [_quoted("a", a, "Tom Reyes"), _quoted("c", c, "Ana Cruz")])
    assert [(d["kind"], d["other"]) for d in line["divergences"]] == [("attribution", ["c"])]
    reyes = next(q for q in line["claims"] if q["source"] == ["Tom Reyes"])
    assert reyes["asserted_by"] == ["a"] and reyes["contradicted_by"] == ["c"]
    assert reyes["about"].startswith("QUOTE: Tom Reyes: lost control")
