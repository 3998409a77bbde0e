"""A quoted name given to a named actor ('called X "a menace"'), which the parser leaves outside
the clause: a word of blame in it is criticism (ACCUSE, CAMEO 111), a word of praise support
(CAMEO 051), and a naming is no phone call (CONSULT). A call with no quoted name stays a call;
a negated naming codes nothing. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import names

Run = Callable[..., Record]


def _coded(rec: Record) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, names(rec, e.source), names(rec, e.target)) for e in rec.events]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "type_", "source", "target"),
    [
        ('Councilwoman Hedda Voss called Mayor Tomas Greer "a menace to the harbor."',
         "ACCUSE", "Hedda Voss", "Tomas Greer"),
        ("On Sunday Governor Elio Franke called Senator Rhea Quill \u201can irresponsible "
         "gambler\u201d at a diner.", "ACCUSE", "Elio Franke", "Rhea Quill"),
        ('Senator Rhea Quill called Governor Elio Franke "a loyal ally of the farmers."',
         "SUPPORT", "Rhea Quill", "Elio Franke"),
    ],
)  # fmt: skip
def test_a_quoted_name_of_blame_or_praise(
    run: Run, text: str, type_: str, source: str, target: str
) -> None:
    got = _coded(run(text))
    assert (type_, [source], [target]) in got, got
    assert all(t != "CONSULT" for t, _, _ in got), got


@pytest.mark.model
def test_a_quoted_name_of_no_blame_is_no_call(run: Run) -> None:
    got = _coded(run('Councilwoman Hedda Voss called Mayor Tomas Greer "the tallest man in town."'))
    assert all(t != "CONSULT" for t, _, _ in got), got


@pytest.mark.model
def test_a_call_with_no_quoted_name_stays_a_call(run: Run) -> None:
    got = _coded(run("Councilwoman Hedda Voss called Mayor Tomas Greer on Sunday night."))
    assert ("CONSULT", ["Hedda Voss"], ["Tomas Greer"]) in got, got


@pytest.mark.model
def test_a_negated_quoted_name_codes_nothing(run: Run) -> None:
    got = _coded(run('Councilwoman Hedda Voss never called Mayor Tomas Greer "a menace."'))
    assert got == [], got
