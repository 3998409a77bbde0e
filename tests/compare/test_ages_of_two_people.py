"""Two well-matched sentences, one giving two ages: an age is set against another only when the
reports show them one person's (``ages.ages_apart``: one name, the same part in the events or
the words, the same sex), never the attacker's age against the victim's. Invented reports."""

from __future__ import annotations

import dataclasses

from sayso.compare import matching
from sayso.types import Record, Span

from .records import record

DAY = "2024-06-14"
PEOPLE = ("Nora Pask", "Ivo Brandt")
PLACES = ("Quillby",)
KNIFED = (("ASSAULT", "knifed", ("Ivo Brandt",), ("Nora Pask",), None),)

TWO_AGES = (
    "Ivo Brandt, 33, knifed Nora Pask, 70, beside a bus shelter in Quillby on Tuesday evening "
    "as she waited for a bus.\n"
)


def _linked(rec: Record, name: str, pronoun: str) -> Record:
    """``rec`` with the first ``pronoun`` of its text linked to the person ``name`` (as the
    pipeline links "she" to the woman it stands for)."""
    at = rec.text.index(f" {pronoun} ") + 1
    ents = tuple(
        dataclasses.replace(e, mentions=(*e.mentions, Span(at, at + len(pronoun), pronoun)))
        if e.name == name
        else e
        for e in rec.entities
    )
    return dataclasses.replace(rec, entities=ents)


def _found(
    a: str,
    b: str = TWO_AGES,
    events: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], None], ...] = KNIFED,
    pronoun: tuple[str, str] | None = None,
) -> list[tuple[str | None, tuple[str, ...]]]:
    """The contradictions between report ``a`` and report ``b``, whose record has ``events``
    and, where given, a pronoun linked to a person (name, pronoun)."""
    rec_b = record("b", b, people=PEOPLE, places=PLACES, published=DAY, events=events)
    if pronoun is not None:
        rec_b = _linked(rec_b, *pronoun)
    recs = [record("a", a, people=PEOPLE, places=PLACES, published=DAY), rec_b]
    return [(f.what, f.values) for f in matching.find(recs, [0, 1]) if f.kind == "contradiction"]


def test_the_victim_s_age_is_set_against_the_victim_s_only() -> None:
    found = _found(
        "A 74-year-old woman was knifed beside a bus shelter in Quillby on Tuesday evening as "
        "she waited for a bus.\n"
    )
    assert found == [("number", ("74-year-old", "70"))]


def test_nothing_shows_whose_age_without_the_events() -> None:
    found = _found(
        "A 74-year-old woman was knifed beside a bus shelter in Quillby on Tuesday evening as "
        "she waited for a bus.\n",
        events=(),
    )
    assert found == []


def test_the_attacker_s_age_is_set_against_the_attacker_s_only() -> None:
    found = _found(
        "A 35-year-old man knifed a pensioner beside a bus shelter in Quillby on Tuesday "
        "evening as she waited for a bus.\n"
    )
    assert found == [("number", ("35-year-old", "33"))]


def test_a_woman_against_a_name_the_report_calls_she() -> None:
    a = (
        "A 74-year-old woman died after an attack beside a bus shelter in Quillby on Tuesday "
        "evening as she waited for a bus.\n"
    )
    assert _found(a, pronoun=("Nora Pask", "she")) == [("number", ("74-year-old", "70"))]
    assert _found(a) == []  # no part and no sex told of her: nothing shows her the woman


def test_a_man_against_a_name_the_report_calls_she() -> None:
    found = _found(
        "A 74-year-old man was knifed beside a bus shelter in Quillby on Tuesday evening as he "
        "waited for a bus.\n",
        pronoun=("Nora Pask", "she"),
    )
    assert found == []


def test_one_name_with_two_ages() -> None:
    found = _found(
        "Ivo Brandt, 33, knifed Nora Pask, 72, beside a bus shelter in Quillby on Tuesday "
        "evening as she waited for a bus.\n"
    )
    assert found == [("number", ("72", "70"))]


def test_two_of_one_family_are_two_people() -> None:
    recs = [
        record(
            k,
            text,
            people=(*PEOPLE, "Dov Pask"),
            places=PLACES,
            published=DAY,
        )
        for k, text in (
            ("a", "Dov Pask, 44, was knifed beside a bus shelter in Quillby on Tuesday evening.\n"),
            (
                "b",
                "Nora Pask, 70, and her son Dov Pask, 41, were knifed beside a bus shelter in "
                "Quillby on Tuesday evening.\n",
            ),
        )
    ]
    found = [(f.what, f.values) for f in matching.find(recs, [0, 1]) if f.kind == "contradiction"]
    assert found == [("number", ("44", "41"))]


def test_a_man_s_age_against_the_man_s_of_two() -> None:
    found = _found(
        "A 36-year-old man was knifed beside a bus shelter in Quillby on Tuesday evening.\n",
        "A 33-year-old man and a 70-year-old woman were knifed beside a bus shelter in Quillby "
        "on Tuesday evening.\n",
        events=(),
    )
    assert found == [("number", ("36-year-old", "33-year-old"))]
