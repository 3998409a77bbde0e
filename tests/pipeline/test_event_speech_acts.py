"""Speech acts (accusations, requests, rejections, threats, consultations): a question that asks
nothing, refusals to comment, scorn and scolding, warnings, opposition to a measure, and
requests and rejections aimed at the actor the text names (pipeline/events). Sentences invented
for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# Kinds of wrong events on whole articles, each with an invented sentence: a question parsed as an
# adverbial clause is no request, and a participle of a standing tie is no act.


@pytest.mark.model
def test_a_question_asked_by_a_judge_is_no_request(run: Run) -> None:
    found = coded(run("Asked by the judge if she knew the terms, Anna Berg said yes."))
    assert not [c for c in found if c[0] == "REQUEST"], found


@pytest.mark.model
def test_asking_someone_to_act_stays_a_request(run: Run) -> None:
    found = coded(
        run("The Ruritanian minister asked Bordurian officials to leave if the talks failed.")
    )
    assert [c[0] for c in found if c[1] == "asked"] == ["REQUEST"], found


@pytest.mark.model
def test_allied_troops_beside_an_attack_are_no_agreement(run: Run) -> None:
    found = coded(
        run(
            "The Bordurian army and allied Ruritanian troops had retaken the town and killed "
            "23 rebels."
        )
    )
    assert not [c for c in found if c[0] == "AGREE"], found
    assert [c[0] for c in found if c[1] == "killed"] == ["ASSAULT"], found


@pytest.mark.model
def test_allying_with_a_country_stays_an_agreement(run: Run) -> None:
    found = coded(run("The Bordurian government allied with Ruritania in 2019."))
    assert [c[0] for c in found if c[1] == "allied"] == ["AGREE"], found


# -------------------------------------------------------------------------------------------------
# Kinds of wrong events on local news pages, each with invented sentences: a refusal to comment or
# to be interviewed rejects no one, talk with news media or a visit to one's kin is no
# consultation, and what the target of an announced act says others would do to it is no one's
# threat.


@pytest.mark.model
def test_a_declined_interview_request_rejects_no_one(run: Run) -> None:
    found = coded(run("A request to interview Mayor Lena Ortiz was declined by a city spokesman."))
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_declining_to_discuss_a_matter_rejects_no_one(run: Run) -> None:
    found = coded(
        run(
            "Marta Lindqvist, a detective with the Dunmore police, joined the Harbor Authority's"
            " safety program. Lindqvist declined to discuss particulars about the Harbor"
            " Authority or its pilots."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_declining_to_discuss_a_matter_with_a_party_is_still_a_refusal(run: Run) -> None:
    found = coded(
        run("Governor Ana Ruiz declined to discuss the budget dispute with Mayor Paul Dorn.")
    )
    assert ("REJECT", "discuss", ["Ana Ruiz"], ["Paul Dorn"]) in found, found


@pytest.mark.model
def test_a_station_and_a_paper_speaking_with_a_witness_is_an_interview(run: Run) -> None:
    found = coded(
        run(
            "KZTV and The Ridgeville Gazette spoke with the victim's brother, Owen Marsh, on"
            " Sunday."
        )
    )
    assert not [c for c in found if c[0] == "CONSULT"], found


@pytest.mark.model
def test_visiting_friends_or_grandparents_is_no_consultation(run: Run) -> None:
    for text in (
        "Sheriff Mike Dorn said the boy was visiting friends in Ridgeville.",
        "Tomas Varga was visiting his grandparents in Dunmore last week.",
    ):
        found = coded(run(text))
        assert not [c for c in found if c[0] == "CONSULT"], found


@pytest.mark.model
def test_a_state_visit_is_still_a_consultation(run: Run) -> None:
    found = coded(run("Prime Minister Ana Ruiz visited President Tomas Berg in Dunmore on Monday."))
    assert ("CONSULT", "visited", ["Ana Ruiz"], ["Tomas Berg"]) in found, found


@pytest.mark.model
def test_what_a_target_says_others_would_do_to_him_is_no_threat(run: Run) -> None:
    found = coded(run('Tomas Varga refused to comply, saying deputies "would need to shoot" him.'))
    assert not [c for c in found if c[0] == "THREATEN"], found


@pytest.mark.model
def test_a_warning_of_ones_own_strike_is_still_a_threat(run: Run) -> None:
    found = coded(
        run(
            "Prime Minister Ana Ruiz warned that her army would strike the rebels if they"
            " crossed the river."
        )
    )
    assert [c for c in found if c[0] == "THREATEN"], found


# -------------------------------------------------------------------------------------------------
# Kinds of missed and wrong events on whole political articles, each with invented sentences: scorn
# and scolding aimed at someone criticise them (CAMEO 111), and one person's words on what "they"
# will not do foretell others' stance, no refusal of theirs.


@pytest.mark.model
@pytest.mark.parametrize("verb", ["mocked", "ridiculed", "derided", "berated", "belittled"])
def test_scorn_aimed_at_someone_accuses_them(run: Run, verb: str) -> None:
    found = coded(run(f"Senator Alma Reyes {verb} Governor Paul Brandt at a rally on Tuesday."))
    assert [(c[0], c[2], c[3]) for c in found] == [("ACCUSE", ["Alma Reyes"], ["Paul Brandt"])]


@pytest.mark.model
def test_scorn_aimed_at_a_plan_accuses_its_owner(run: Run) -> None:
    found = coded(run("Senator Alma Reyes mocked Governor Paul Brandt's budget plan on Tuesday."))
    assert [(c[0], c[2], c[3]) for c in found] == [("ACCUSE", ["Alma Reyes"], ["Paul Brandt"])]


@pytest.mark.model
def test_went_on_to_ridicule_is_done(run: Run) -> None:
    found = coded(
        run("Senator Alma Reyes praised the mayor and went on to ridicule Governor Paul Brandt.")
    )
    assert ("ACCUSE", "ridicule", ["Alma Reyes"], ["Paul Brandt"]) in found, found


@pytest.mark.model
def test_a_mock_trial_is_no_accusation(run: Run) -> None:
    found = coded(run("Students held a mock trial of Governor Paul Brandt on Tuesday."))
    assert not [c for c in found if c[0] == "ACCUSE"], found


@pytest.mark.model
def test_what_they_would_not_do_told_by_one_person_is_no_refusal(run: Run) -> None:
    found = coded(
        run("Governor Paul Brandt told the Bordurian envoys they will not lift the sanctions.")
    )
    assert not [c for c in found if c[0] == "REJECT"], found
    found = coded(run("Governor Paul Brandt told the delegates they would not back him."))
    assert not [c for c in found if c[0] == "REJECT"], found
    found = coded(
        run(
            "Governor Paul Brandt praised the mayor and told the Bordurian envoys they will not"
            " lift the sanctions."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_their_own_refusal_stays(run: Run) -> None:
    # one who speaks for a group tells its refusal
    found = coded(run("Dana Kell said on Monday that they would not call off their hunger strike."))
    assert [c[0] for c in found] == ["REJECT"], found
    found = coded(run("The Ruritanian unions said on Monday they would not back Paul Brandt."))
    assert [c[0] for c in found] == ["REJECT"], found
    found = coded(run("Governor Paul Brandt said on Monday he would not back Alma Reyes."))
    assert [(c[0], c[2], c[3]) for c in found] == [("REJECT", ["Paul Brandt"], ["Alma Reyes"])]


@pytest.mark.model
def test_mocking_an_idea_of_what_someone_might_do_is_not_aimed_at_them(run: Run) -> None:
    found = coded(
        run(
            "The Daily Courier's writers ridiculed the idea that Governor Brandt might raise taxes."
        )
    )
    assert all("Brandt" not in c[3] for c in found), found


@pytest.mark.model
def test_a_demand_that_someone_should_act_names_whom_it_is_for(run: Run) -> None:
    found = coded(
        run("The Ruritanian government conceded to demands that exiled Bordurians should vote.")
    )
    assert [c for c in found if c[0] == "CONCEDE" and c[3]], found


@pytest.mark.model
def test_an_act_never_done_is_none_to_answer(run: Run) -> None:
    found = coded(
        run(
            "Senator Alma Reyes ridiculed the idea because Governor Paul Brandt had never tried it."
        )
    )
    assert all("Paul Brandt" not in c[3] for c in found), found
    found = coded(
        run("Senator Alma Reyes ridiculed the idea after Governor Paul Brandt had tried it twice.")
    )
    assert [c[3] for c in found if c[0] == "ACCUSE"] == [["Paul Brandt"]], found


# -------------------------------------------------------------------------------------------------
# Figures of speech, stances, warnings and asking, each with invented sentences. Words fired back
# at someone's remarks are criticism, one person fighting to defeat a plan campaigns, a council
# marching forward with plans marches nowhere; support of a cause or of an act backs no actor; a
# warning of what others did, do or may do announces no act of the speaker's side, so it is no
# threat (CAMEO 13); the "not" of "whether or not" asks and refuses nothing.


def _of(found: list, kind: str, trigger: str) -> list:
    return [c for c in found if c[0] == kind and c[1] == trigger]


@pytest.mark.model
def test_words_fired_back_at_remarks_are_criticism(run: Run) -> None:
    found = coded(
        run("Local officials also fired back at Governor Lena Moss's comments on Tuesday.")
    )
    assert not [c for c in found if c[0] == "ASSAULT"], found
    assert _of(found, "ACCUSE", "fired back at"), found


@pytest.mark.model
def test_shots_fired_at_guards_stay_an_assault(run: Run) -> None:
    found = coded(run("Latvian soldiers fired at Estonian border guards on Tuesday."))
    assert _of(found, "ASSAULT", "fired at"), found


@pytest.mark.model
def test_one_person_fighting_to_defeat_a_rival_is_no_assault(run: Run) -> None:
    found = coded(run("Senator Ilse Varga fought hard to defeat Governor Lena Moss in the vote."))
    assert not [c for c in found if c[0] == "ASSAULT"], found


@pytest.mark.model
def test_marching_forward_with_plans_is_no_protest(run: Run) -> None:
    found = coded(run("He is a clever man marching forward with some plans I dislike."))
    assert not [c for c in found if c[0] == "PROTEST"], found


@pytest.mark.model
def test_support_for_a_cause_backs_no_actor(run: Run) -> None:
    found = coded(
        run(
            "Senator Ilse Varga's shift on many issues, from her support for abortion rights and"
            " marijuana legalization, cost her few votes."
        )
    )
    assert not [c for c in found if c[0] == "SUPPORT"], found


@pytest.mark.model
def test_supporting_an_act_backs_no_actor(run: Run) -> None:
    found = coded(run("Governor Lena Moss said she supports keeping troops in Latvia now."))
    assert not [c for c in found if c[0] == "SUPPORT"], found


@pytest.mark.model
def test_defending_a_person_stays_support(run: Run) -> None:
    found = coded(run("Premier Ivo Tamm defended Governor Lena Moss on Tuesday."))
    assert ("SUPPORT", "defended", ["Ivo Tamm"], ["Lena Moss"]) in found, found


@pytest.mark.model
def test_a_warning_of_what_another_did_is_no_threat(run: Run) -> None:
    found = coded(
        run("Governor Lena Moss warned that Premier Ivo Tamm had put Estonian soldiers in danger.")
    )
    assert not [c for c in found if c[0] == "THREATEN"], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Governor Lena Moss warned that Premier Ivo Tamm may be putting troops at risk.",
        # the two the rounds before this rule coded as threats: what another did, a state
        "The Ruritanian army warned that Freedonia had moved troops to the border.",
        "Ruritania warned Freedonia that the truce is in danger.",
    ],
)
def test_a_warning_of_what_another_may_do_is_no_threat(run: Run, text: str) -> None:
    found = coded(run(text))
    assert not _of(found, "THREATEN", "warned"), found


@pytest.mark.model
def test_a_warning_of_ones_own_act_stays_a_threat(run: Run) -> None:
    found = coded(run("Estonia warned Latvia that its troops would respond to any raid."))
    assert ("THREATEN", "warned", ["Estonia"], ["Latvia"]) in found, found


@pytest.mark.model
def test_a_warning_that_it_will_impose_sanctions_stays_a_threat(run: Run) -> None:
    found = coded(run("Estonia warned that it would impose sanctions on Latvia."))
    assert ("THREATEN", "warned", ["Estonia"], ["Latvia"]) in found, found


@pytest.mark.model
def test_whether_or_not_one_wants_a_deal_is_no_refusal(run: Run) -> None:
    found = coded(
        run('"Much will depend on whether or not Latvia wants to make the deal," Ivo Tamm said.')
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_not_wanting_a_deal_stays_a_refusal(run: Run) -> None:
    found = coded(run("Latvia did not want to make a deal with Estonia, the minister said."))
    assert ("REJECT", "make a deal", ["Latvia"], ["Estonia"]) in found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Ruritania warned Freedonia that it could use force.",
        "Ruritania warned Freedonia that it can strike anywhere in the region.",
    ],
)
def test_a_warning_of_what_the_warner_can_do_is_a_threat(run: Run, text: str) -> None:
    found = coded(run(text))
    assert any(c[0] == "THREATEN" and "Freedonia" in c[3] for c in found), found


@pytest.mark.model
def test_a_warning_of_what_may_befall_the_warned_is_no_threat(run: Run) -> None:
    found = coded(run("Ruritania warned Freedonia that it could be hit by floods."))
    assert not [c for c in found if c[0] == "THREATEN"], found


# -------------------------------------------------------------------------------------------------
# Speech acts in political news, each with invented sentences. Opposing or resisting a thing no one
# is named as having made ("opposed the bill", "resisted the new tax") is a stance on a measure, no
# rejection of anyone (CAMEO 12 rejects an actor or what an actor proposed); an "it" standing for
# such a thing is one too; opposing a person stays a rejection. Challenging a person with no issue
# named is a rival's run for a seat or a dare to debate, no rejection; a challenge over an issue
# stays one. Who backs another's demand joins it: the demand is not aimed at its backer.


@pytest.mark.model
def test_opposing_a_bill_is_a_stance(run: Run) -> None:
    found = coded(
        run(
            "The state Senate passed the water bill on Tuesday. The Riverside Growers Union, "
            "which opposed the bill, said it would keep campaigning."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_resisting_a_tax_is_a_stance(run: Run) -> None:
    found = coded(run("Senator Carla Voss resisted the new fuel tax for months."))
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_opposing_it_for_a_bill_is_a_stance(run: Run) -> None:
    found = coded(
        run(
            "The state House passed a $600 million flood bill last week. Democrats opposed it "
            "because it fell short of the governor's request."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_opposing_a_person_stays_a_rejection(run: Run) -> None:
    found = coded(run("Senator Carla Voss opposed Governor Tom Reddick on Monday."))
    assert [c for c in found if c[0] == "REJECT" and "Tom Reddick" in c[3]], found


@pytest.mark.model
def test_a_rival_challenge_in_a_race_is_no_rejection(run: Run) -> None:
    found = coded(
        run(
            "Nora Bell, the former governor challenged by Senator Carla Voss in 1990, "
            "endorsed her on Monday."
        )
    )
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_a_dare_to_debate_is_no_rejection(run: Run) -> None:
    found = coded(run("Carla Voss challenged Tom Reddick to a debate on Friday."))
    assert not [c for c in found if c[0] == "REJECT"], found


@pytest.mark.model
def test_a_challenge_over_remarks_stays(run: Run) -> None:
    found = coded(run("Carla Voss challenged Tom Reddick over his remarks on Friday."))
    assert [c for c in found if c[0] == "REJECT" and "Tom Reddick" in c[3]], found


@pytest.mark.model
def test_a_backed_demand_is_not_aimed_at_its_backer(run: Run) -> None:
    found = coded(
        run(
            "Senator Carla Voss broke with her party and backed Governor Tom Reddick's call "
            "for a flood relief package."
        )
    )
    asked = [c for c in found if c[0] == "REQUEST"]
    assert all("Carla Voss" not in c[3] for c in asked), found


@pytest.mark.model
def test_a_rejected_demand_still_answers_its_rejecter(run: Run) -> None:
    found = coded(run("The court rejected Tom Reddick's demand for a recount."))
    assert [c for c in found if c[0] == "REJECT" and "Tom Reddick" in c[3]], found


# -------------------------------------------------------------------------------------------------
# Speech acts in political news, each with invented sentences. A request or a rejection is aimed at
# the actor the text names as asked, rejected or answered; what the thing asked for or rejected is
# about, or whom it would act on, is never its target ("called for an inquiry into X", "denied a
# report about X", "says X should send troops against Y"). With no one named as asked, a request
# keeps its source and an unnamed target. Opposing a measure against someone is a stance, no
# rejection of them.


def _of_type(
    found: list[tuple[str, str, list[str], list[str]]], type_: str
) -> list[tuple[str, str, list[str], list[str]]]:
    return [c for c in found if c[0] == type_]


@pytest.mark.model
def test_an_inquiry_asked_for_is_not_aimed_at_its_subject(run: Run) -> None:
    found = coded(
        run("Senator Maria Hale called for an investigation into Apex Mining on Tuesday.")
    )
    asked = _of_type(found, "REQUEST")
    assert asked and all(not c[3] for c in asked), found


@pytest.mark.model
def test_files_asked_for_are_not_aimed_at_whom_they_concern(run: Run) -> None:
    found = coded(
        run("The Kenyan government demanded the release of the files on Senator Joel Hale.")
    )
    asked = _of_type(found, "REQUEST")
    assert asked and all("Joel Hale" not in c[3] for c in asked), found


@pytest.mark.model
def test_a_denied_report_is_not_aimed_at_whom_it_is_about(run: Run) -> None:
    found = coded(run("The Defense Ministry denied the report about General Samuel Okoro."))
    assert all("Samuel Okoro" not in c[3] for c in _of_type(found, "REJECT")), found


@pytest.mark.model
def test_help_pressed_for_is_not_aimed_at_whom_it_would_fight(run: Run) -> None:
    found = coded(
        run("Prime Minister Ana Lutz pushed for help from the banks to fight the Taliban online.")
    )
    assert all("Taliban" not in c[3] for c in _of_type(found, "REQUEST")), found


@pytest.mark.model
def test_a_demand_is_aimed_at_who_must_act_not_at_whom_the_act_is_against(run: Run) -> None:
    found = coded(
        run(
            "President Omar Diallo argued that Chad should increase its forces against the Taliban."
        )
    )
    asked = _of_type(found, "REQUEST")
    assert asked and all("Taliban" not in c[3] for c in asked), found


@pytest.mark.model
def test_opposing_a_measure_against_a_country_is_a_stance(run: Run) -> None:
    found = coded(run("Governor Tom Reyes has opposed any discrimination against Cuba."))
    assert not _of_type(found, "REJECT"), found


@pytest.mark.model
def test_opposed_sanctions_are_not_aimed_at_whom_they_would_hit(run: Run) -> None:
    found = coded(run("Governor Tom Reyes opposed any sanctions against Cuba."))
    assert all("Cuba" not in c[3] for c in _of_type(found, "REJECT")), found


@pytest.mark.model
def test_an_apology_demanded_from_someone_stays_aimed_at_them(run: Run) -> None:
    found = coded(run("The teachers' union demanded an apology from Mayor Tom Lee."))
    assert any("Tom Lee" in c[3] for c in _of_type(found, "REQUEST")), found


@pytest.mark.model
def test_a_rejected_proposal_stays_aimed_at_its_maker(run: Run) -> None:
    found = coded(run("Chile rejected Peru's proposal on fishing rights."))
    assert any("Peru" in c[3] for c in _of_type(found, "REJECT")), found


@pytest.mark.model
def test_asking_someone_how_is_a_question(run: Run) -> None:
    found = coded(
        run(
            "Anchor Dan Colbert interviewed Governor Tom Reyes on Monday. Colbert asked Reyes "
            "how high the wall would be."
        )
    )
    assert not _of_type(found, "REQUEST"), found


@pytest.mark.model
def test_asking_a_country_how_many_is_a_question(run: Run) -> None:
    found = coded(run("Mexico asked the United States how many troops it would send."))
    assert not _of_type(found, "REQUEST"), found


@pytest.mark.model
def test_asking_that_troops_leave_stays_a_request(run: Run) -> None:
    found = coded(run("Senator Ana Ruiz asked the Pentagon to withdraw its advisers."))
    assert _of_type(found, "REQUEST"), found


@pytest.mark.model
def test_a_rejection_others_are_pushed_to_make_did_not_happen(run: Run) -> None:
    found = coded(
        run("Senator Paul Brandt is pushing fellow Democrats to reject the Venezuela debt deal.")
    )
    assert not _of_type(found, "REJECT"), found


@pytest.mark.model
def test_an_expulsion_pushed_for_did_not_happen(run: Run) -> None:
    found = coded(run("Senator Paul Brandt pushed to expel the Russian diplomats."))
    assert not _of_type(found, "SANCTION"), found


@pytest.mark.model
def test_entry_denied_to_someone_stays_aimed_at_them(run: Run) -> None:
    found = coded(run("Chile denied entry to a Peruvian envoy, Mario Vega."))
    assert any("Mario Vega" in c[3] for c in _of_type(found, "REJECT")), found


@pytest.mark.model
def test_talks_refused_with_a_government_stay_aimed_at_it(run: Run) -> None:
    found = coded(run("The rebels have long refused direct talks with the Bolivian government."))
    assert any(c[3] for c in _of_type(found, "REJECT")), found


@pytest.mark.model
def test_a_ban_not_lifted_stays_aimed_at_whom_it_hits(run: Run) -> None:
    found = coded(run("Chile will not lift the ban on Peru."))
    assert any("Peru" in c[3] for c in _of_type(found, "REJECT")), found


@pytest.mark.model
def test_calling_for_someone_to_resign_is_aimed_at_them(run: Run) -> None:
    found = coded(run("Senator Ruth Kell called for Mayor Tom Lee to resign."))
    assert any("Tom Lee" in c[3] for c in _of_type(found, "REQUEST")), found


@pytest.mark.model
def test_calling_for_troops_to_leave_is_not_aimed_at_the_place(run: Run) -> None:
    found = coded(run("The rebels called for the Chadian troops to leave Mali."))
    asked = _of_type(found, "REQUEST")
    assert asked and all("Mali" not in c[3] for c in asked), found


@pytest.mark.model
def test_an_appeal_among_voters_is_no_request(run: Run) -> None:
    found = coded(
        run(
            "Governor Ana Ruiz's wide-ranging appeal among Republicans will be hard for Senator "
            "Mark Dale to match."
        )
    )
    assert not _of_type(found, "REQUEST"), found


@pytest.mark.model
def test_a_measure_called_for_against_someone_is_aimed_at_them(run: Run) -> None:
    # a hostile measure asked for "against X" is aimed at X, as event coders code it
    found = coded(
        run("The Lithuanian foreign minister called for new sanctions against Belarus on Monday.")
    )
    assert any("Belarus" in c[3] for c in found), found


# -------------------------------------------------------------------------------------------------
# Speech acts in political news, each with invented sentences: requests and rejections coded where
# none happened, or aimed at the wrong actor. A request to let someone go ("called for the release
# of X") is asked of whoever holds X, never of X; refusing to talk to the press is a refusal to
# comment; "it" or "they" in a quotation is not its speaker; an act only asked for, or pushed for,
# did not happen.


Found = list[tuple[str, str, list[str], list[str]]]


def _with_type(found: Found, type_: str) -> Found:
    return [c for c in found if c[0] == type_]


@pytest.mark.model
def test_the_one_to_be_freed_is_not_asked(run: Run) -> None:
    found = coded(
        run("Human rights groups called for the release of journalist Omar Haddad on Monday.")
    )
    asked = _with_type(found, "REQUEST")
    assert asked and all("Omar Haddad" not in c[3] for c in asked), found


@pytest.mark.model
def test_a_freed_ones_possessive_is_not_asked(run: Run) -> None:
    found = coded(
        run(
            "Police in Cairo arrested Omar Haddad in May. The African Union has called for "
            "Haddad's immediate release."
        )
    )
    asked = _with_type(found, "REQUEST")
    assert asked and all("Omar Haddad" not in c[3] for c in asked), found


@pytest.mark.model
def test_a_resignation_asked_for_still_asks_who_would_resign(run: Run) -> None:
    found = coded(run("Senator Anne Ruiz called for the resignation of Governor Sam Ortiz."))
    assert any(c[3] == ["Sam Ortiz"] for c in _with_type(found, "REQUEST")), found


@pytest.mark.model
def test_declining_to_talk_to_the_press_rejects_no_one(run: Run) -> None:
    found = coded(run("Senator Ruth Gale declined to discuss the matter with reporters."))
    assert not _with_type(found, "REJECT"), found


@pytest.mark.model
def test_declining_an_interview_request_rejects_no_one(run: Run) -> None:
    found = coded(run("The Ortiz campaign declined an interview request from The Post."))
    assert not _with_type(found, "REJECT"), found


@pytest.mark.model
def test_declining_requests_for_comment_rejects_no_one(run: Run) -> None:
    found = coded(
        run("A spokeswoman for Senator Ruth Gale declined several requests for comment this week.")
    )
    assert not _with_type(found, "REJECT"), found


@pytest.mark.model
def test_refusing_to_talk_to_a_party_is_still_a_rejection(run: Run) -> None:
    found = coded(run("Senator Ruth Gale refused to talk to Governor Sam Ortiz."))
    assert any(c[3] == ["Sam Ortiz"] for c in _with_type(found, "REJECT")), found


@pytest.mark.model
def test_they_in_a_quote_is_not_the_one_person_quoted(run: Run) -> None:
    found = coded(run('"They rejected every offer we made," said Senator Ruth Gale.'))
    assert all("Ruth Gale" not in c[2] for c in _with_type(found, "REJECT")), found


@pytest.mark.model
def test_they_told_by_a_spokesman_is_not_the_spokesman(run: Run) -> None:
    found = coded(run("Governor Sam Ortiz's spokesman said they had rejected the proposal."))
    assert all("Sam Ortiz" not in c[2] for c in _with_type(found, "REJECT")), found


@pytest.mark.model
def test_it_quoted_from_a_ministry_is_not_the_ministry(run: Run) -> None:
    found = coded(
        run('"It rejected our proposal," the Interior Ministry said of the Senate of Freedonia.')
    )
    assert all("Interior Ministry" not in c[2] for c in _with_type(found, "REJECT")), found


@pytest.mark.model
def test_it_told_by_a_campaign_is_the_campaigns(run: Run) -> None:
    found = coded(run("The Ortiz campaign said it rejected the proposal from Senator Ruth Gale."))
    assert any(c[3] == ["Ruth Gale"] for c in _with_type(found, "REJECT")), found


@pytest.mark.model
def test_an_act_one_is_pressed_to_do_did_not_happen(run: Run) -> None:
    found = coded(run("Governor Sam Ortiz has faced pressure to resign from Democrats."))
    assert not _with_type(found, "RETREAT"), found


@pytest.mark.model
def test_an_act_asked_for_in_a_request_declined_is_no_refusal_of_its_doer(run: Run) -> None:
    found = coded(run("Senator Ruth Gale declined to call for Governor Sam Ortiz to resign."))
    assert all("Sam Ortiz" not in c[2] for c in _with_type(found, "REJECT")), found


@pytest.mark.model
def test_it_in_a_report_quoted_whole_is_its_teller_inside_the_quote(run: Run) -> None:
    found = coded(run('Mayor Lena Ortiz said: "The navy said it would seize the tanker."'))
    assert any(c[2] == ["navy"] for c in found), found
