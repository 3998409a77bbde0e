"""Targets from the wrong place, round 29, each with invented sentences. A complaint told with
its own that-clause is about what the clause names, not whoever criticized its speaker before;
a phrase set before the subject ("On the radio, ...") is the scene of an act; refusing to say or
comment rejects no one, nor is a place or vehicle one refuses to leave acted on; a noun that sums
up a that-clause ("..., a claim that X disputes") is no object and the one who disputes it is not
whom the claim accuses; blame laid "on" someone accuses them, blame laid on a cause accuses no
one (CAMEO 111 criticizes an actor)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


def _types(found: list) -> list[str]:
    return [c[0] for c in found]


@pytest.mark.model
def test_a_complaint_with_its_own_clause_takes_no_earlier_critic(run: Run) -> None:
    found = coded(
        run(
            "Dairy unions sharply condemned Governor Lena Moss's plan to tax diesel. Later, "
            "Moss complained that the weather was cold."
        )
    )
    assert not [c for c in found if c[1] == "complained" and "unions" in " ".join(c[3])], found


@pytest.mark.model
def test_a_complaint_about_a_named_actor_keeps_it(run: Run) -> None:
    found = coded(
        run(
            "Dairy unions sharply condemned Governor Lena Moss's plan. Moss complained that "
            "the unions had misled farmers."
        )
    )
    assert [c for c in found if c[1] == "complained" and c[2] == ["Lena Moss"]], found


@pytest.mark.model
def test_a_phrase_before_the_subject_is_no_target(run: Run) -> None:
    found = coded(run("On the radio, Governor Lena Moss complained that the weather was cold."))
    assert not [c for c in found if "radio" in " ".join(c[3])], found


@pytest.mark.model
def test_refusing_to_say_rejects_no_one(run: Run) -> None:
    found = coded(run("Mayor Ivo Tamm refused to say that Narva should be the capital of Estonia."))
    assert "REJECT" not in _types(found), found


@pytest.mark.model
def test_refusing_to_comment_on_a_case_rejects_no_one(run: Run) -> None:
    found = coded(run("Mayor Ivo Tamm refused to comment on the case of Latvia."))
    assert "REJECT" not in _types(found), found


@pytest.mark.model
def test_refusing_to_meet_stays_a_refusal(run: Run) -> None:
    found = coded(run("Latvia refused to meet Estonia."))
    assert ("REJECT", "refused", ["Latvia"], ["Estonia"]) in found, found


@pytest.mark.model
def test_a_vehicle_one_will_not_leave_is_no_target(run: Run) -> None:
    found = coded(run("Ivo Tamm refused to get out of his vehicle."))
    assert not [c for c in found if "vehicle" in " ".join(c[3])], found


@pytest.mark.model
def test_a_lobby_one_will_not_leave_is_no_target(run: Run) -> None:
    found = coded(run("Ivo Tamm refused to leave the lobby of the Grand Hotel Narva."))
    assert not [c for c in found if c[3]], found


@pytest.mark.model
def test_who_disputes_a_claim_is_not_whom_it_accuses(run: Run) -> None:
    found = coded(
        run(
            "Ivo Tamm alleges that he was fired for taking leave, a claim that the Ministry "
            "of Ports strongly disputes."
        )
    )
    assert not [c for c in found if c[0] == "ACCUSE" and "Ministry" in " ".join(c[3])], found


@pytest.mark.model
def test_a_claim_that_names_a_culprit_stays_aimed_at_it(run: Run) -> None:
    found = coded(run("Ivo Tamm rejected a claim that the Ministry of Ports attacked Estonia."))
    assert [c for c in found if c[0] == "REJECT" and "Ministry of Ports" in c[3]], found


@pytest.mark.model
def test_blame_laid_on_someone_accuses_them(run: Run) -> None:
    found = coded(run("Latvia blamed the floods on Estonia."))
    assert ("ACCUSE", "blamed", ["Latvia"], ["Estonia"]) in found, found


@pytest.mark.model
def test_blame_laid_on_a_cause_accuses_no_one(run: Run) -> None:
    found = coded(run("Latvia blamed the drought for the shortage of grain."))
    assert "ACCUSE" not in _types(found), found


@pytest.mark.model
def test_blaming_part_of_a_failure_accuses_no_one(run: Run) -> None:
    found = coded(
        run(
            "President Ivo Tamm blames part of the collapse in trusting his neighbours too readily."
        )
    )
    assert "ACCUSE" not in _types(found), found


@pytest.mark.model
def test_blaming_a_person_stays_an_accusation(run: Run) -> None:
    found = coded(run("Latvia blamed the rebels for the shortage of grain."))
    assert ("ACCUSE", "blamed", ["Latvia"], ["rebels"]) in found, found


@pytest.mark.model
def test_a_willingness_others_see_is_no_support(run: Run) -> None:
    found = coded(
        run("The senator has displayed an alarming readiness to prop up the rebels, to aid them.")
    )
    assert not [c for c in found if c[0] in ("SUPPORT", "AGREE")], found


@pytest.mark.model
def test_a_willingness_shown_is_no_agreement(run: Run) -> None:
    found = coded(run("The senator has shown a willingness to support the rebels."))
    assert not [c for c in found if c[0] in ("SUPPORT", "AGREE")], found


@pytest.mark.model
def test_speaking_to_discuss_a_matter_meets_no_one(run: Run) -> None:
    found = coded(
        run(
            "The Latvian finance minister spoke to reporters on Tuesday to discuss the budget "
            "of Estonia."
        )
    )
    assert "CONSULT" not in _types(found), found


@pytest.mark.model
def test_envoys_sent_to_discuss_with_a_party_still_consult(run: Run) -> None:
    found = coded(run("Latvia sent envoys to Riga to discuss the treaty with Estonia."))
    assert ("CONSULT", "discuss", ["Latvia"], ["Estonia"]) in found, found


@pytest.mark.model
def test_a_topic_phrase_before_the_subject_is_no_target(run: Run) -> None:
    found = coded(
        run("Regarding the air raids on Latvia, President Ivo Tamm defended the process.")
    )
    assert not [c for c in found if c[1] == "defended" and "Latvia" in c[3]], found


@pytest.mark.model
def test_anyone_of_a_kind_is_no_actor(run: Run) -> None:
    found = coded(run("Governor Lena Moss will meet with any envoy who travels to Tulsa."))
    assert not [c for c in found if c[1] == "meet" and c[3]], found


@pytest.mark.model
def test_a_named_candidate_met_stays_a_target(run: Run) -> None:
    found = coded(run("Governor Lena Moss met with the candidate Ivo Tamm in Tulsa."))
    assert ("CONSULT", "met", ["Lena Moss"], ["Ivo Tamm"]) in found, found


@pytest.mark.model
def test_criticizing_a_thing_takes_no_earlier_foe(run: Run) -> None:
    found = coded(
        run(
            "Karl Berg denounced Lena Moss. Yet Moss is at odds with the union on Tamm's trade "
            "pact with Peru, which the union tried to block and which Berg has criticized."
        )
    )
    assert not [c for c in found if c[1] == "criticized" and "Lena Moss" in c[3]], found


@pytest.mark.model
def test_a_refusal_with_no_object_answers_the_request(run: Run) -> None:
    found = coded(run("Ivo Tamm urged Mayor Lena Moss to reopen the port. Moss refused."))
    assert ("REJECT", "refused", ["Lena Moss"], ["Ivo Tamm"]) in found, found


@pytest.mark.model
def test_mocking_a_worry_takes_no_earlier_foe(run: Run) -> None:
    found = coded(
        run(
            "Karl Berg denounced Lena Moss on Monday. On Tuesday Berg mocked worries about the "
            "cost of the bridge."
        )
    )
    assert not [c for c in found if c[1] == "mocked" and "Lena Moss" in c[3]], found


@pytest.mark.model
def test_not_saying_whether_one_should_act_is_no_demand(run: Run) -> None:
    found = coded(run("Mayor Ivo Tamm declined to say whether Narva should host the summit."))
    assert "REQUEST" not in _types(found), found


@pytest.mark.model
def test_saying_another_should_act_stays_a_demand(run: Run) -> None:
    found = coded(run("Mayor Ivo Tamm said Narva should host the summit."))
    assert ("REQUEST", "host", ["Ivo Tamm"], ["Narva"]) in found, found


@pytest.mark.model
def test_a_decision_reversed_threatens_nothing(run: Run) -> None:
    found = coded(run("Latvia reversed its decision to close the border with Estonia."))
    assert "THREATEN" not in _types(found), found


@pytest.mark.model
def test_searching_for_a_win_coerces_no_one(run: Run) -> None:
    found = coded(run("Karl Berg searches for his first win in the primary against Ivo Tamm."))
    assert "COERCE" not in _types(found), found


@pytest.mark.model
def test_searching_a_home_stays_a_search(run: Run) -> None:
    found = coded(run("Police searched the home of Ivo Tamm."))
    assert ("COERCE", "searched", ["police"], ["Ivo Tamm"]) in found, found


@pytest.mark.model
def test_dismissing_someone_as_weak_is_an_accusation(run: Run) -> None:
    found = coded(run("Ivo Tamm dismissed Karl Berg as a weak leader."))
    assert ("ACCUSE", "dismissed", ["Ivo Tamm"], ["Karl Berg"]) in found, found


@pytest.mark.model
def test_dismissing_a_report_stays_a_rejection(run: Run) -> None:
    found = coded(run("Karl Berg accused Ivo Tamm of theft. Tamm dismissed the report as false."))
    assert [c for c in found if c[0] == "REJECT" and c[1] == "dismissed"], found


@pytest.mark.model
def test_a_protest_the_narrator_tells_as_planned_is_no_threat(run: Run) -> None:
    found = coded(run("A group of Estonian farmers planned to protest at the Latvian embassy."))
    assert "THREATEN" not in _types(found), found


@pytest.mark.model
def test_a_protest_vowed_stays_a_threat(run: Run) -> None:
    found = coded(run("Estonian farmers vowed to protest at the Latvian embassy."))
    assert "THREATEN" in _types(found), found


@pytest.mark.model
def test_stopping_a_similar_attack_concedes_nothing(run: Run) -> None:
    found = coded(run("Police stopped any further attacks on the mosque."))
    assert "CONCEDE" not in _types(found), found


@pytest.mark.model
def test_calling_off_ones_own_strike_stays_a_concession(run: Run) -> None:
    found = coded(run("The union called off a strike at the port."))
    assert "CONCEDE" in _types(found), found


@pytest.mark.model
def test_an_inquiry_into_a_death_accuses_no_one(run: Run) -> None:
    found = coded(run("Police were investigating the killing of Ivo Tamm."))
    assert "ACCUSE" not in _types(found), found


@pytest.mark.model
def test_an_inquiry_into_a_person_stays_an_accusation(run: Run) -> None:
    found = coded(run("Police were investigating Ivo Tamm over the killing."))
    assert ("ACCUSE", "investigating", ["police"], ["Ivo Tamm"]) in found, found


@pytest.mark.model
def test_blaming_someones_policies_accuses_them(run: Run) -> None:
    found = coded(run("Peter Holm blamed Ivo Tamm's hardline policies for the unrest in Narva."))
    assert ("ACCUSE", "blamed", ["Peter Holm"], ["Ivo Tamm"]) in found, found


@pytest.mark.model
def test_freeing_another_detainee_stays_a_release(run: Run) -> None:
    found = coded(run("The Latvian government released another 40 opposition activists."))
    assert "CONCEDE" in _types(found), found


@pytest.mark.model
def test_disputing_the_sentences_own_statement_answers_no_one(run: Run) -> None:
    found = coded(
        run(
            "Karl Berg urged Estonia to act. The bay is seen as annexed land under the treaty, "
            "although Estonia disputes this."
        )
    )
    assert not [c for c in found if c[1] == "disputes" and c[3]], found


@pytest.mark.model
def test_disputing_an_accusation_answers_the_accuser(run: Run) -> None:
    found = coded(run("Karl Berg accused Estonia of theft. Estonia disputes this."))
    assert ("REJECT", "disputes", ["Estonia"], ["Karl Berg"]) in found, found
