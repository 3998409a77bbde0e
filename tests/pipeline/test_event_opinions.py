"""Words taken for deeds, each with an invented sentence: a political "attack" is criticism
(PLOVER: verbal attacks are ACCUSE), and agreeing with a view is no agreement to act (PLOVER
AGREE is agreeing to do something)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def _types(record: Record) -> list[str]:
    return [e.type for e in record.events]


def test_a_political_attack_noun_is_criticism(run: Run) -> None:
    rec = run("The Freedonian Party stepped up its attacks on Governor Tom Reyes in a campaign ad.")
    assert _types(rec) == ["ACCUSE"]
    assert [rec.entity(i).name for e in rec.events for i in e.target] == ["Tom Reyes"]  # type: ignore[union-attr]


def test_a_political_attack_with_no_one_blamed_is_no_event(run: Run) -> None:
    assert run("The senator's latest attack came in a campaign ad on Sunday.").events == ()


def test_an_attack_with_violence_stays_force(run: Run) -> None:
    rec = run("Gunmen attacked the convoy of Senator Ana Ruiz in the campaign, killing two guards.")
    assert "ASSAULT" in _types(rec)
    rec = run("Rebels launched an attack on the village of Kora during the election.")
    assert _types(rec) == ["ASSAULT"]
    rec = run("Rebels attacked Senator Ana Ruiz during the election campaign.")
    assert _types(rec) == ["ASSAULT"]
    rec = run("A mob attacked the campaign office of Tom Reyes.")
    assert _types(rec) == ["ASSAULT"]


def test_a_party_attacking_a_candidate_in_an_ad_accuses(run: Run) -> None:
    rec = run("The Freedonian Party attacked Governor Tom Reyes in a campaign ad.")
    assert _types(rec) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Governor Tom Reyes agreed that the tax was too high.",
        "Ana Ruiz agreed that Tom Reyes is the best candidate.",
        "Ana Ruiz said she agrees with Tom Reyes on most issues.",
    ],
)
def test_agreeing_with_a_view_is_no_agreement(text: str, run: Run) -> None:
    assert "AGREE" not in _types(run(text))


def test_agreeing_on_what_will_be_done_is_an_agreement(run: Run) -> None:
    rec = run("Freedonia and Ruritania agreed that talks would resume in May.")
    assert _types(rec) == ["AGREE"]
    assert "AGREE" in _types(run("Freedonia agreed to withdraw its troops from Kora."))
