"""Targets and sides from the wrong place or the wrong reading: a complaint's own that-clause, a
phrase set before the subject, a "he" reporting its own speaker's words, a nationality beside
refugees, and a truce that both sides broke (pipeline/events). Sentences invented for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# Targets from the wrong place, each with invented sentences. A complaint told with its own that-
# clause is about what the clause names, not whoever criticized its speaker before; a phrase set
# before the subject ("On the radio, ...") is the scene of an act; refusing to say or comment
# rejects no one, nor is a place or vehicle one refuses to leave acted on; a noun that sums up a
# that-clause ("..., a claim that X disputes") is no object and the one who disputes it is not whom
# the claim accuses; blame laid "on" someone accuses them, blame laid on a cause accuses no one
# (CAMEO 111 criticizes an actor).


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


# -------------------------------------------------------------------------------------------------
# Sides and kinds from the wrong reading, each with invented sentences. "X, claiming that Y ...,
# said he would ..." tells what X will do: a "he" reporting its own speaker's words stands for that
# speaker, not the nearest name inside the aside; "the man who they say shot X" tells what the man
# did, not those who say it; a sentence opening "Asked about ..., X said" is a question put to X,
# no request; people admitted into a country concede nothing.


@pytest.mark.model
def test_he_in_a_reported_clause_is_its_speaker_not_a_name_in_an_aside(run: Run) -> None:
    found = coded(
        run(
            "Governor Daniel Kerr, later alleging that President Paul Otto wanted to admit 9,000 "
            "Eritreans, said he would expel refugees."
        )
    )
    expel = [c for c in found if c[1].startswith("expel")]
    assert expel and all(c[2] == ["Daniel Kerr"] for c in expel), found


@pytest.mark.model
def test_he_of_a_plain_report_stays_its_speaker(run: Run) -> None:
    found = coded(run("Daniel Kerr said he would expel the smugglers."))
    assert [c for c in found if c[1] == "expel" and c[2] == ["Daniel Kerr"]], found


@pytest.mark.model
def test_a_question_put_to_a_speaker_is_no_request(run: Run) -> None:
    found = coded(
        run(
            "Party donor Daniel Kerr said on Friday he met the mayor. Asked what qualities he "
            "would like the Labour party’s nominee to embody, Kerr said, “They must be honest.”"
        )
    )
    assert "REQUEST" not in [c[0] for c in found], found


@pytest.mark.model
def test_asked_by_someone_to_act_stays_a_request(run: Run) -> None:
    found = coded(run("Asked by the unions to resign, Mayor Daniel Kerr refused."))
    assert [c for c in found if c[0] == "REQUEST" and c[2] == ["unions"]], found


@pytest.mark.model
def test_a_town_in_a_bracketed_dateline_leaves_a_town_man_the_side(run: Run) -> None:
    found = coded(
        run("(Fresno) – A Fresno man faces charges of arson after a fire over the weekend.")
    )
    charges = [c for c in found if c[0] == "ACCUSE"]
    assert charges and all("Fresno" not in c[3] for c in charges), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The ministry says the majority of Eritrean refugees admitted are farmers, and each one "
        "was screened.",
        "A large number of refugees from Sudan admitted to the United Kingdom have been Christian.",
    ],
)
def test_people_admitted_into_a_country_concede_nothing(run: Run, text: str) -> None:
    assert "CONCEDE" not in [c[0] for c in coded(run(text))]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Half of the migrants admitted they were wrong.",
        "Most of the refugees admitted that they had lied.",
    ],
)
def test_people_who_admit_a_wrong_still_concede(run: Run, text: str) -> None:
    assert "CONCEDE" in [c[0] for c in coded(run(text))]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors charged the man who they say shot a woman.",
        "The county attorney charged a man who police say killed a woman.",
    ],
)
def test_the_one_a_report_in_a_relative_clause_tells_of_does_the_act(run: Run, text: str) -> None:
    found = coded(run(text))
    acts = [c for c in found if c[0] == "ASSAULT"]
    assert acts and all(c[2] == ["man"] and c[3] == ["woman"] for c in acts), found


@pytest.mark.model
def test_visiting_a_memorial_consults_no_one(run: Run) -> None:
    found = coded(
        run("Mayor Daniel Kerr visited the Tallinn War Memorial to honor fallen soldiers.")
    )
    assert "CONSULT" not in [c[0] for c in found], found


@pytest.mark.model
def test_visiting_a_country_stays_a_visit(run: Run) -> None:
    found = coded(run("Mayor Daniel Kerr visited Latvia to meet its president."))
    assert [c for c in found if c[1] == "visited" and c[3] == ["Latvia"]], found


@pytest.mark.model
def test_a_vow_to_block_people_is_a_threat(run: Run) -> None:
    found = coded(
        run(
            "Governor Daniel Kerr has vowed to block other Eritrean refugees from coming to "
            "the state."
        )
    )
    vows = [c for c in found if c[1] == "vowed"]
    assert vows and all(c[0] == "THREATEN" for c in vows), found


@pytest.mark.model
def test_a_vow_to_keep_a_promise_is_no_threat(run: Run) -> None:
    found = coded(run("Governor Daniel Kerr vowed to keep his promise to the farmers."))
    assert "THREATEN" not in [c[0] for c in found], found


@pytest.mark.model
def test_occupied_territory_as_a_standing_is_no_assault(run: Run) -> None:
    found = coded(
        run(
            "Most nations keep their embassies in Tartu and not Narva, whose eastern districts "
            "are considered occupied territory under international law."
        )
    )
    assert "ASSAULT" not in [c[0] for c in found], found


@pytest.mark.model
def test_occupying_territory_stays_an_assault(run: Run) -> None:
    found = coded(run("Rebels have occupied territory near the border."))
    assert "ASSAULT" in [c[0] for c in found], found


@pytest.mark.model
def test_a_poll_share_of_support_is_no_act(run: Run) -> None:
    found = coded(run("Kerr leads the race with the support of 31 percent of Labour voters."))
    assert "SUPPORT" not in [c[0] for c in found], found


# -------------------------------------------------------------------------------------------------
# Sides from the wrong reading, each with invented sentences. A nationality beside refugees or
# migrants names no country: they neither act for the land they left nor is it acted on when they
# are sent back or held. "Denied his opposition" denies a stance he holds, no group. An inquiry
# into an assault told only by its place ("a shooting in Tulsa") accuses no place; the role an "as"
# phrase names ("his reinstatement as a port inspector") is no one acted on.


@pytest.mark.model
def test_refugees_of_a_nationality_are_no_target_country(run: Run) -> None:
    found = coded(
        run(
            "Fighting in Eritrea has forced thousands to flee. The governor vowed on Tuesday to "
            "deport Eritrean refugees who crossed the border."
        )
    )
    assert found and all("Eritrea" not in c[3] for c in found), found


@pytest.mark.model
def test_migrants_held_leave_their_country_out(run: Run) -> None:
    found = coded(
        run(
            "Floods hit Sudan last month. Police detained twelve Sudanese migrants near the "
            "port on Sunday."
        )
    )
    held = [c for c in found if c[0] == "COERCE"]
    assert held and all("Sudan" not in c[3] for c in held), found


@pytest.mark.model
def test_diplomats_of_a_nationality_keep_their_country(run: Run) -> None:
    found = coded(
        run(
            "Fighting in Eritrea has forced thousands to flee. Police detained two Eritrean "
            "diplomats near the port on Sunday."
        )
    )
    assert [c for c in found if c[0] == "COERCE" and "Eritrea" in c[3]], found


@pytest.mark.model
def test_a_stance_denied_is_no_group(run: Run) -> None:
    found = coded(run("The senator denied his opposition to the treaty on Monday."))
    assert found and all(not c[3] for c in found), found


@pytest.mark.model
def test_the_opposition_accused_stays_a_group(run: Run) -> None:
    found = coded(run("The president accused his opposition of plotting a coup."))
    assert [c for c in found if c[0] == "ACCUSE" and c[3]], found


@pytest.mark.model
def test_whose_stance_is_denied_is_no_target(run: Run) -> None:
    found = coded(
        run(
            "Governor Kerr spoke about Senator Paul Otto on Monday. Otto had opposed the war for "
            "years. Kerr later denied his opposition in a radio interview."
        )
    )
    denied = [c for c in found if c[1] == "denied"]
    assert denied and all(not c[3] for c in denied), found


@pytest.mark.model
def test_a_stance_rejected_still_reaches_its_holder(run: Run) -> None:
    found = coded(run("Kerr rejected Otto's opposition to the treaty on Monday."))
    assert [c for c in found if c[0] == "REJECT" and c[3] == ["Otto"]], found


@pytest.mark.model
def test_a_stance_denied_answers_no_earlier_speaker(run: Run) -> None:
    found = coded(
        run(
            '"Kerr is hard to read," said Paul Otto, a former senator. As recently as May, Kerr '
            "said the war was a mistake. He later denied his opposition in a radio interview."
        )
    )
    denied = [c for c in found if c[1] == "denied"]
    assert all(not c[3] for c in denied), found


@pytest.mark.model
def test_charges_denied_still_answer_the_accuser(run: Run) -> None:
    found = coded(
        run("Otto accused Kerr of lying about the war. Kerr denied the charges on Monday.")
    )
    assert [c for c in found if c[1] == "denied" and c[3] == ["Otto"]], found


@pytest.mark.model
def test_an_inquiry_into_a_shooting_somewhere_accuses_no_place(run: Run) -> None:
    found = coded(run("Police are investigating a shooting in Harlow on Sunday."))
    assert not [c for c in found if c[0] == "ACCUSE"], found


@pytest.mark.model
def test_an_inquiry_into_a_shooting_by_someone_accuses_them(run: Run) -> None:
    found = coded(run("Prosecutors are investigating a shooting by two guards in Tulsa."))
    assert [c for c in found if c[0] == "ACCUSE" and c[3] == ["two guards"]], found


@pytest.mark.model
def test_a_role_named_by_as_is_no_target(run: Run) -> None:
    found = coded(
        run(
            "Otto's lawsuit demands his reinstatement as a port inspector, recovery of unpaid "
            "wages and other costs."
        )
    )
    assert found and all("port inspector" not in c[3] for c in found), found


@pytest.mark.model
def test_refugees_of_a_people_of_no_country_keep_the_people(run: Run) -> None:
    found = coded(run("Greece deported forty Kurdish refugees on Monday."))
    assert [c for c in found if c[0] == "COERCE" and "Kurdish" in c[3]], found


# -------------------------------------------------------------------------------------------------
# Actor pairs by definition, each with invented sentences. A truce binds two sides: when both are
# named as the ones who broke it, each broke it against the other (CAMEO 196), so the first is the
# source and the second the target.


@pytest.mark.model
def test_two_sides_breaking_a_truce_act_on_each_other(run: Run) -> None:
    found = coded(
        run("The Northern Front and the Veland government violated the ceasefire on Monday.")
    )
    hits = [c for c in found if c[0] == "ASSAULT"]
    assert hits and "Northern Front" in hits[0][2] and any("Veland" in n for n in hits[0][3]), found


@pytest.mark.model
def test_two_sides_guilty_of_breaching_a_truce(run: Run) -> None:
    found = coded(
        run(
            "Rebel commanders and the Ostrian army were guilty of breaching the truce in the north."
        )
    )
    hits = [c for c in found if c[0] == "ASSAULT"]
    assert hits and hits[0][2] and hits[0][3], found
    assert not set(hits[0][2]) & set(hits[0][3]), found


@pytest.mark.model
def test_one_side_breaking_a_truce_with_another(run: Run) -> None:
    found = coded(run("The Northern Front violated the truce with the Veland government."))
    assert [c for c in found if c[0] == "ASSAULT" and "Northern Front" in c[2]], found


# A purpose clause after a verb of handing over serves the one who gets the thing handed over:
# the object is the thing, the "to X" (or the indirect object) the recipient.


@pytest.mark.model
def test_help_after_lending_people_serves_the_recipient(run: Run) -> None:
    found = coded(
        run("Norland will lend engineers to the Coastal Union to help the union build roads.")
    )
    hits = [c for c in found if c[1] == "help"]
    assert hits and hits[0][3] == ["Coastal Union"], found


@pytest.mark.model
def test_help_after_giving_to_an_indirect_object(run: Run) -> None:
    found = coded(
        run("Norland gave the Coastal Union two field clinics to help it fight the outbreak.")
    )
    hits = [c for c in found if c[1] == "help"]
    assert hits and hits[0][3] == ["Coastal Union"], found


# A joint act's other side is its partner ("with X"), not whom the shared thing is aimed at.


@pytest.mark.model
def test_sharing_evidence_with_a_partner_against_a_suspect(run: Run) -> None:
    found = coded(
        run("Norland police shared evidence with Ostria this week against Marco Diaz, a banker.")
    )
    hits = [c for c in found if c[0] == "COOPERATE"]
    assert hits and hits[0][3] == ["Ostria"], found


# ASSAULT is force against an actor: fighting a thing (a disease, a blaze, a vice) is none, while
# fighting people or fighting a battle stays one.


@pytest.mark.model
def test_fighting_an_epidemic_is_no_assault(run: Run) -> None:
    found = coded(
        run(
            "Norland sent money to fight the epidemic in Ostria. "
            "Rebels fought a gun battle with police near Kaleb."
        )
    )
    assert not [c for c in found if c[0] == "ASSAULT" and c[1] == "fight"], found
    assert [c for c in found if c[0] == "ASSAULT" and c[1] == "fought"], found


@pytest.mark.model
def test_vowing_to_fight_a_vice_is_no_threat(run: Run) -> None:
    found = coded(run("The new mayor of Kaleb vowed to fight corruption in the harbour police."))
    assert not [c for c in found if c[0] in ("ASSAULT", "THREATEN")], found


# A group no name names, with an "including" phrase: the named members are on its side too.


@pytest.mark.model
def test_named_members_of_an_including_phrase_act(run: Run) -> None:
    found = coded(
        run(
            "Several student unions including the Kaleb Students Union and the Norland Youth "
            "League held a protest at the university against the new fees."
        )
    )
    hits = [c for c in found if c[0] == "PROTEST"]
    assert hits and "Kaleb Students Union" in hits[0][2], found


@pytest.mark.model
def test_named_members_of_an_including_phrase_are_acted_on(run: Run) -> None:
    found = coded(run("Norland police arrested twenty gang members, including Ivo Marek."))
    hits = [c for c in found if c[0] == "COERCE"]
    assert hits and "Ivo Marek" in hits[0][3], found


# A doer noun set in apposition after a name ("X, the fund's biggest donor") is that name's role:
# the named one is the doer, not the role noun.


@pytest.mark.model
def test_a_donor_in_apposition_after_a_name_is_that_name(run: Run) -> None:
    found = coded(run("Norland, the Kaleb Fund's biggest donor, may never restore its funding."))
    hits = [c for c in found if c[0] == "AID"]
    assert hits and hits[0][2] == ["Norland"] and hits[0][3] == ["Kaleb Fund"], found


# Goods of aid handed over are aid given (CAMEO 07), land or arms handed over a concession; "$2
# million worth of X" stands for X.


@pytest.mark.model
def test_medicines_handed_over_are_aid(run: Run) -> None:
    found = coded(
        run(
            "Norland handed over $4 million worth of medical equipment to the Ostrian health "
            "ministry. The rebels handed over the disputed islands to Ostria."
        )
    )
    assert [c for c in found if c[0] == "AID" and c[2] == ["Norland"]], found
    assert [c for c in found if c[0] == "CONCEDE" and c[3] == ["Ostria"]], found
