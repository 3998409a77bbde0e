"""Sides the parser hangs in the wrong place: the subject of a main clause read as an apposition
inside a fronted adverbial clause (it is no side of that clause's act), and a name set off by
commas after a role noun read as an adverb of the verb (it is the one the noun stands for, not
the party word before the noun) (pipeline/events). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded
from .conftest import names as _names

Run = Callable[..., Record]


def _targets(rec: Record, type_: str, word: str) -> list[list[str]]:
    return [_names(rec, e.target) for e in rec.events if e.type == type_ and word in e.trigger.text]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "subject"),
    [
        ("After gunmen attacked the village of Surra, the Tarvan charity group Bright Hands "
         "closed its clinic.", "attacked", "Bright Hands"),
        ("After the army bombed the district of Kelso, the local trader Anik Vorl moved to Tarvo.",
         "bombed", "Anik Vorl"),
    ],
)  # fmt: skip
def test_the_main_subject_is_no_side_of_a_fronted_clause(
    run: Run, text: str, word: str, subject: str
) -> None:
    rec = run(text)
    got = _targets(rec, "ASSAULT", word)
    assert got, coded(rec)
    assert all(subject not in t for t in got), coded(rec)


@pytest.mark.model
def test_a_real_apposition_in_a_clause_stays_on_its_side(run: Run) -> None:
    # counter-case: the main clause has its own subject, so the apposition is the village's
    rec = run("After gunmen attacked the village of Surra, a farming town, the army sent troops.")
    got = _targets(rec, "ASSAULT", "attacked")
    assert got and all("Surra" in t for t in got), coded(rec)


@pytest.mark.model
def test_a_name_after_a_role_noun_is_the_target(run: Run) -> None:
    rec = run("Gunmen attacked the Socialist deputy, Pavel Drann, near Tarvo on Thursday.")
    got = _targets(rec, "ASSAULT", "attacked")
    assert got and all("Pavel Drann" in t for t in got), coded(rec)


@pytest.mark.model
def test_a_name_after_a_plain_noun_is_no_apposition(run: Run) -> None:
    # counter-case: "the crowd" is no role of a person, so the name after it is left alone
    rec = run("Police dispersed the crowd, Tamsin Orley said on Friday.")
    targets = [n for e in rec.events for n in _names(rec, e.target)]
    assert targets and "Tamsin Orley" not in targets, coded(rec)
