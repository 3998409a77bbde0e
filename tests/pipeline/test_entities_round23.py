"""Entities, round 23 (invented sentences): a role nominal joins only the one person near it
whom the story gives that role, word by word ("the vice president" is no president; "the
former president" is no one who holds the role now; two such people: no join); a quantified
role ("no senator") or a predicate ("to be president") names no one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.gazetteer import Gazetteer
from sayso.pipeline.entities.coreference import _role_match
from sayso.types import Record

pytestmark = pytest.mark.model


def _mentions(record: Record, name: str) -> set[str]:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return {m.text for m in found[0].mentions}


def test_a_former_role_never_joins_its_holder_now(run: Callable[..., Record]) -> None:
    rec = run(
        "President Ann Vell met farmers in Ohio on Monday. Leaders abroad shunned Tom Reed on "
        "his trips, saying the former president was unwelcome there."
    )
    assert "former president" not in _mentions(rec, "Ann Vell")


def test_a_role_word_inside_another_word_is_no_match() -> None:
    gz = Gazetteer.default()
    assert not _role_match("presidential candidate", "president", gz)
    assert _role_match("chief executive", "executive", gz)
    assert _role_match("governor", "badger state governor", gz)
    assert not _role_match("president", "vice president", gz)


def test_a_vice_president_is_no_president(run: Callable[..., Record]) -> None:
    rec = run(
        "President Ann Vell met farmers in Ohio on Monday. The vice president said the talks "
        "went well."
    )
    assert "vice president" not in _mentions(rec, "Ann Vell")


def test_two_holders_of_the_role_near_it_no_join(run: Callable[..., Record]) -> None:
    rec = run(
        "Governor Ann Vell and Governor Tom Reed met farmers in Ohio on Monday. The governor "
        "said the talks went well."
    )
    assert "governor" not in _mentions(rec, "Ann Vell") | _mentions(rec, "Tom Reed")


def test_one_holder_of_the_role_is_joined(run: Callable[..., Record]) -> None:
    rec = run(
        "Governor Ann Vell met farmers in Ohio on Monday. The governor said the talks went "
        "well."
    )
    assert "governor" in _mentions(rec, "Ann Vell")


def test_a_quantified_role_names_no_one(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Ann Vell spoke in Ohio on Monday. No senator voted for the plan, the clerk "
        "said."
    )
    assert not {"senator", "No senator"} & _mentions(rec, "Ann Vell")


def test_a_predicate_role_is_no_mention(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Ann Vell spoke in Ohio on Monday. Her rival, Tom Reed, wants to be senator, "
        "the clerk said."
    )
    assert "senator" not in _mentions(rec, "Ann Vell")


def test_a_persons_aide_takes_that_persons_country(run: Callable[..., Record]) -> None:
    rec = run(
        "Trade talks\n\nLIMA, Peru - Chinese Premier Li Wen met Peruvian traders in Lima on "
        "Monday, Peru's trade ministry said.\n\n\"The talks went well,\" said Tom Hale, Li's "
        "deputy national security adviser."
    )
    assert _country(rec, "Tom Hale") == "CHN"


def _country(record: Record, name: str) -> str | None:
    found = [e for e in record.entities if e.name == name]
    assert found, [e.name for e in record.entities]
    return found[0].country


def test_a_quantified_role_beside_a_name_is_not_theirs(run: Callable[..., Record]) -> None:
    rec = run(
        "Candidate Tom Reed spoke in Ohio on Monday. Other plans need troops, which no "
        "candidate but Tom Reed backs."
    )
    assert not {"candidate", "no candidate"} & _mentions(rec, "Tom Reed")


def test_a_lone_word_opening_an_outlets_name_is_the_outlet(run: Callable[..., Record]) -> None:
    rec = run(
        "Ann Vell spoke to Vane News on Sunday about the plan. \"We will win,\" Vell told Vane "
        "in the interview, taped on Saturday."
    )
    assert "Vane" not in {e.name for e in rec.entities if e.type == "PERSON"}


def test_a_role_in_a_conditional_clause_is_no_mention(run: Callable[..., Record]) -> None:
    rec = run(
        "President Ann Vell spoke in Ohio on Monday.\n\nHer rival sent a letter saying, if "
        "elected president, he would cut taxes."
    )
    assert not any("president" in m for m in _mentions(rec, "Ann Vell") - {"Ann Vell"})


def test_a_visitor_to_the_dateline_country_is_no_local(run: Callable[..., Record]) -> None:
    rec = run(
        "Farm talks\n\nLIMA, Peru - Peruvian officials met farmers in Cusco on Monday, Peru's "
        "farm ministry said.\n\nPeruvian leaders shunned Tom Reed during his recent trips to "
        "Peru, the ministry said. Maria Lopez, a farmer in Cusco, said the talks went well."
    )
    assert _country(rec, "Tom Reed") != "PER"
    assert _country(rec, "Maria Lopez") == "PER"
