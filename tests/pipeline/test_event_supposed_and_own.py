"""Acts only supposed or held on a condition, and sides that are a place rather than someone:
a feeling supposed about an act, a promise held on its maker's election, officials seated in a
city and a firm closing its own sites, on invented sentences through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


def _coded(record: Record) -> list[tuple[str, list[str], list[str]]]:
    """Each event as (type, source names, target names): ``coded`` without the trigger."""
    return [(t, s, g) for t, _, s, g in coded(record)]


@pytest.mark.model
def test_an_act_one_would_regret_is_only_supposed(run: Run) -> None:
    record = run(
        "The Valdorian envoy said Ostrana would regret hosting Korvian warships in its ports."
    )
    assert _coded(record) == []


@pytest.mark.model
def test_an_act_one_would_regret_in_quotes_is_only_supposed(run: Run) -> None:
    record = run(
        'A Valdorian envoy spoke out, saying Ostrana would "regret" hosting Korvian warships.'
    )
    assert _coded(record) == []


@pytest.mark.model
def test_an_act_regretted_without_a_modal_is_still_told(run: Run) -> None:
    record = run("Ostrana regrets sending warships to Korvia, the Valdorian envoy said.")
    assert [t for t, _, _ in _coded(record)] == ["MOBILIZE"]


@pytest.mark.model
def test_a_promise_held_on_ones_election_is_not_made(run: Run) -> None:
    record = run(
        "Senator Ingrid Halvorsen said that, if elected, she will visit President Tomas Brenner"
        " of Korvia."
    )
    assert _coded(record) == []


@pytest.mark.model
def test_a_threat_held_on_a_condition_is_still_a_threat(run: Run) -> None:
    record = run("If attacked, Korvia will impose sanctions on Ostrana.")
    assert _coded(record) == [("THREATEN", ["Korvia"], ["Ostrana"])]


@pytest.mark.model
def test_officials_in_a_city_are_not_the_city(run: Run) -> None:
    record = run("The farmers vowed to raise their grievance with the authorities in Lyon.")
    found = _coded(record)
    assert [g for t, _, g in found if t == "AGREE"] == [["authorities"]], found


@pytest.mark.model
def test_residents_in_a_city_stand_for_it(run: Run) -> None:
    record = run("The Korvian army shelled villagers in Belmarsh on Sunday.")
    assert any("Belmarsh" in g for _, _, g in _coded(record))


@pytest.mark.model
def test_a_firm_closing_its_own_sites_coerces_no_one(run: Run) -> None:
    record = run("Drummond Quarries shut down its quarries in Korvia after the storm.")
    assert _coded(record) == []


@pytest.mark.model
def test_closing_its_border_with_another_still_acts_on_it(run: Run) -> None:
    record = run("Korvia closed its border with Ostrana on Friday.")
    assert _coded(record) == [("COERCE", ["Korvia"], ["Ostrana"])]
