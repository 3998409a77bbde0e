"""Acts that did not happen at a time: what happens as a rule, what the narrator dates after the
publication, what one is due, bent on or scheduled to do, and what one would need to do, on
invented sentences through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.events.schedule import after
from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# Kinds of wrong events on whole articles, each with an invented sentence: what happens as a rule
# (a present passive with no agent and no time, forces placed somewhere) is no act at a time.


@pytest.mark.model
def test_a_present_passive_with_no_agent_and_no_time_is_a_rule(run: Run) -> None:
    found = coded(
        run(
            "The Estonian navy seized two Latvian trawlers on Tuesday, saying they carried drift "
            "nets. Most of the seized boats are taken to ports in Latvia, where they are sold."
        )
    )
    assert [c for c in found if c[1].startswith("seized") and "Estonian navy" in c[2]], found
    assert not [c for c in found if c[1].startswith("taken")], found


@pytest.mark.model
def test_a_present_passive_with_a_time_or_an_agent_is_kept(run: Run) -> None:
    found = coded(run("Opposition leader Tamar Beridze is arrested by the Georgian police."))
    assert [c for c in found if c[0] == "COERCE"], found


@pytest.mark.model
def test_still_held_after_an_arrest_is_no_rule(run: Run) -> None:
    found = coded(
        run(
            "Police in Narvik arrested the captain, Ole Brekke, on Monday, and he remains detained."
        )
    )
    assert [c for c in found if c[0] == "COERCE"], found


@pytest.mark.model
def test_forces_placed_somewhere_is_no_deployment(run: Run) -> None:
    found = coded(
        run(
            "The frigate Aldan, deployed in the Gulf of Oman, captured 12 smugglers on Monday, "
            "the Marovian navy said."
        )
    )
    assert [c for c in found if c[0] == "COERCE"], found
    assert not [c for c in found if c[0] == "MOBILIZE"], found


@pytest.mark.model
def test_a_nationality_beside_criminals_names_no_country(run: Run) -> None:
    found = coded(run("The Estonian navy seized 12 Latvian smugglers on Monday."))
    seized = [c for c in found if c[0] == "COERCE"]
    assert seized and all("Latvian" not in c[3] for c in seized), found


@pytest.mark.model
def test_a_nationality_beside_fishermen_stands_for_their_country(run: Run) -> None:
    found = coded(run("The Estonian navy detained 14 Latvian fishermen on Monday."))
    assert [c for c in found if c[0] == "COERCE" and "Latvian" in c[3]], found


@pytest.mark.model
def test_an_arrest_after_a_thwarted_attack_is_an_act_of_its_own(run: Run) -> None:
    found = coded(
        run(
            "The Kenyan Navy on Tuesday thwarted an assault on two tankers, detaining 31 "
            "Moldovan pirates."
        )
    )
    assert [c for c in found if c[0] == "COERCE" and "Kenyan Navy" in c[2]], found
    assert not [c for c in found if "Moldovan" in c[3]], found


@pytest.mark.model
def test_a_state_that_protests_complains_officially(run: Run) -> None:
    found = coded(run("Estonia protested to Latvia on Monday over the arrests."))
    assert [c for c in found if c[0] == "ACCUSE" and "Estonia" in c[2]], found
    assert not [c for c in found if c[0] == "PROTEST"], found


@pytest.mark.model
def test_a_crowd_that_protests_demonstrates(run: Run) -> None:
    found = coded(run("Hundreds of farmers protested in Lyon on Monday against the new tax."))
    assert [c for c in found if c[0] == "PROTEST"], found


@pytest.mark.model
def test_an_inquiry_into_a_place_accuses_no_one(run: Run) -> None:
    for text in (
        "Police officers investigate the area near Oak Avenue in Dayton after a brawl on Friday.",
        "Police investigated the scene near Oak Avenue in Dayton on Friday.",
    ):
        found = coded(run(text))
        assert not [c for c in found if c[1].startswith("investigat")], found


@pytest.mark.model
def test_an_inquiry_into_a_person_accuses_them(run: Run) -> None:
    found = coded(run("Police in Dayton are investigating the mayor over the contracts."))
    assert [c for c in found if c[0] == "ACCUSE" and "mayor" in c[3]], found


@pytest.mark.model
def test_a_crowd_in_a_country_that_protests_demonstrates(run: Run) -> None:
    found = coded(run("Thousands of people in Latvia have protested the arrest of a union leader."))
    assert [c for c in found if c[0] == "PROTEST"], found
    assert not [c for c in found if c[0] == "ACCUSE"], found


# -------------------------------------------------------------------------------------------------
# Kinds of wrong events on whole articles, each with an invented sentence: what the narrator dates
# after the publication has not happened, nor what one is due to go and do.


@pytest.mark.parametrize(
    ("date", "published", "later"),
    [
        ("2024-03-15", "2024-03-10", True),
        ("2024-03-10", "2024-03-10", False),
        ("2024-03-08", "2024-03-10", False),
        ("2024-03", "2024-03-10", False),  # the month holds the day: not after
        ("2024-04", "2024-03-10", True),
        ("2025", "2024-03-10", True),
        ("2024-W12", "2024-03-10", False),  # no calendar date: no judgement
        ("2024-03-15", "2024-03", False),  # published in that month: not after
        ("2024-03-15", "2024", False),
        ("2024-04-02", "2024-03", True),
    ],
)
def test_after_compares_at_the_dates_precision(date: str, published: str, later: bool) -> None:
    assert after(date, published) is later


@pytest.mark.model
def test_the_narrators_meeting_on_a_later_day_is_no_event(run: Run) -> None:
    # published on Sunday 2024-03-10: Friday is the 15th, still to come
    found = coded(
        run("The Ruritanian government will meet the Bordurian envoy Karl Weiss on Friday.")
    )
    assert not [c for c in found if c[1].startswith("meet")], found


@pytest.mark.model
def test_the_narrators_meeting_on_an_earlier_day_stays(run: Run) -> None:
    found = coded(run("The Ruritanian government met the Bordurian envoy Karl Weiss on Friday."))
    assert [c[0] for c in found if c[1].startswith("met")] == ["CONSULT"], found


@pytest.mark.model
def test_an_act_told_in_the_past_by_its_helper_verb_stays(run: Run) -> None:
    # a later date in a past-tense sentence follows another clock (an update line): kept
    found = coded(run("Karl Weiss was arrested by Ruritanian police on March 15, 2024."))
    assert [c[0] for c in found if c[1].startswith("arrest")] == ["COERCE"], found


@pytest.mark.model
def test_what_one_is_due_to_travel_to_do_has_not_happened(run: Run) -> None:
    found = coded(
        run(
            "Ruritanian Foreign Minister Anna Berg is due to travel to Zenda on Thursday to "
            "meet Bordurian President Karl Weiss."
        )
    )
    assert not [c for c in found if c[1].startswith("meet")], found


@pytest.mark.model
def test_what_one_travelled_to_do_was_done(run: Run) -> None:
    found = coded(
        run(
            "Ruritanian Foreign Minister Anna Berg travelled to Zenda on Thursday to meet "
            "Bordurian President Karl Weiss."
        )
    )
    assert [c[0] for c in found if c[1].startswith("meet")] == ["CONSULT"], found


# -------------------------------------------------------------------------------------------------
# Acts that did not happen, each with invented sentences: what one would need to do, what one is
# bent on doing and a meeting only scheduled did not happen.


def _of(found: list, kind: str, trigger: str) -> list:
    return [c for c in found if c[0] == kind and c[1] == trigger]


@pytest.mark.model
def test_what_one_would_need_to_do_is_no_threat(run: Run) -> None:
    found = coded(run("The Latvian army would need to attack Estonia, Premier Ivo Tamm said."))
    assert not [c for c in found if c[1] == "attack"], found


@pytest.mark.model
def test_what_militants_are_bent_on_did_not_happen(run: Run) -> None:
    found = coded(run("Estonian militants bent on attacking Latvia crossed the border on Monday."))
    assert not [c for c in found if c[1] == "attacking"], found


@pytest.mark.model
def test_a_meeting_that_was_scheduled_did_not_happen(run: Run) -> None:
    found = coded(
        run("The premier's meeting with Chancellor Ida Marr was scheduled two weeks ago.")
    )
    assert not _of(found, "CONSULT", "meeting"), found


@pytest.mark.model
def test_a_meeting_scheduled_for_a_day_did_not_happen(run: Run) -> None:
    found = coded(
        run("Premier Ivo Tamm left before a meeting with Chancellor Ida Marr scheduled for May.")
    )
    assert not _of(found, "CONSULT", "meeting"), found


@pytest.mark.model
def test_a_meeting_held_stays_a_consultation(run: Run) -> None:
    found = coded(run("Premier Ivo Tamm met Chancellor Ida Marr on Monday."))
    assert _of(found, "CONSULT", "met"), found
