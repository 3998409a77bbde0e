"""Entities, round 25 (invented sentences): "the newspaper" joins the one printed outlet the
story names before it, and none when it names two or only a broadcaster; a listed outlet's
short name ("the Times") is the story's own paper of that name when the story named one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

pytestmark = pytest.mark.model


def _mentions(record: Record, name: str) -> set[str]:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return {m.text for m in found[0].mentions}


def _holders(record: Record, text: str) -> list[str]:
    return [e.name for e in record.entities if any(m.text == text for m in e.mentions)]


def test_the_newspaper_joins_the_one_paper_named(run: Callable[..., Record]) -> None:
    rec = run(
        "The Elmwood Herald and WXKR News covered the vote on Monday. The newspaper said Mayor "
        "Dana Pruitt had lost the vote."
    )
    assert "newspaper" in _mentions(rec, "Elmwood Herald")


def test_the_newspaper_after_two_papers_joins_neither(run: Callable[..., Record]) -> None:
    rec = run(
        "The Elmwood Herald and the Vane Tribune covered the vote on Monday. The newspaper said "
        "Mayor Dana Pruitt had lost the vote."
    )
    assert _holders(rec, "newspaper") == []


def test_the_newspaper_is_no_broadcaster(run: Callable[..., Record]) -> None:
    rec = run(
        "Mayor Dana Pruitt told WXKR News on Monday that she would run again. The newspaper said "
        "she had lost the vote."
    )
    assert "WXKR News" not in _holders(rec, "newspaper")


def test_a_listed_papers_short_name_is_the_storys_paper(run: Callable[..., Record]) -> None:
    rec = run(
        "The New York Times reported late Thursday that Mayor Dana Pruitt had resigned. "
        "According to the Times, she left on Monday."
    )
    assert "Times" in _mentions(rec, "The New York Times")
    assert [e.name for e in rec.entities if e.type == "ORG"] == ["The New York Times"]


def test_two_unnamed_officials_are_no_one_actor(run: Callable[..., Record]) -> None:
    rec = run(
        "A senior official said on Monday the city would go on. Another official said nothing "
        "had changed at the port."
    )
    assert _holders(rec, "official") == []


def test_a_role_noun_in_apposition_joins_the_one_person(run: Callable[..., Record]) -> None:
    rec = run("Tom Reed, the state's top diplomat, flew to Lima on Monday for the talks.")
    assert [e.name for e in rec.entities if e.type == "OTHER"] == []
    assert any("diplomat" in t for t in _mentions(rec, "Tom Reed"))


def test_officials_stay_a_group(run: Callable[..., Record]) -> None:
    rec = run("Officials said on Monday the city would go on with the plan.")
    assert _holders(rec, "Officials") == ["officials"]


def test_a_newspaper_ner_missed_before_a_reporting_verb(run: Callable[..., Record]) -> None:
    rec = run(
        "The Kelso Ledger reported on Monday that the dam had failed. The paper said no one "
        "was hurt."
    )
    assert _mentions(rec, "Kelso Ledger") == {"Kelso Ledger", "paper"}
    assert [e.type for e in rec.entities if e.name == "Kelso Ledger"] == ["ORG"]


def test_a_paper_shape_with_no_reporting_verb_is_left_alone(run: Callable[..., Record]) -> None:
    rec = run("The Kelso Ledger building burned on Monday, and no one was hurt.")
    assert "Kelso Ledger" not in {e.name for e in rec.entities if e.type == "ORG"}


def _with(record: Record, text: str) -> list[tuple[str, str]]:
    return [(e.name, e.type) for e in record.entities if any(m.text == text for m in e.mentions)]


def test_a_title_and_surname_joins_the_person_so_introduced(run: Callable[..., Record]) -> None:
    text = "Sheriff Tom Hale said the road was shut. Sheriff Hale said it would open on Friday."
    rec = run(text)
    assert _mentions(rec, "Tom Hale") == {"Tom Hale", "Hale"}
    assert "Sheriff Hale" not in {e.name for e in rec.entities}


def test_a_title_and_surname_picks_the_namesake_with_that_title(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "Sheriff Tom Hale said the road was shut. Governor Ann Hale agreed with him. Sheriff "
        "Hale said it would open on Friday."
    )
    assert "Hale" in _mentions(rec, "Tom Hale")
    assert _mentions(rec, "Ann Hale") == {"Ann Hale"}


def test_a_papers_short_name_before_a_staff_title_is_the_paper(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "The Elmwood Post said on Monday it would add reporters. In a statement released by Post "
        "Editor Ann Brody, the paper said it would go on."
    )
    assert _with(rec, "Post") == [("Elmwood Post", "ORG")]


def test_the_agency_still_joins_the_body_so_named(run: Callable[..., Record]) -> None:
    rec = run(
        "Reuters and the Ashby Water Agency reported the flood on Monday. The agency said the "
        "dam would hold."
    )
    assert "agency" in _mentions(rec, "Ashby Water Agency")
