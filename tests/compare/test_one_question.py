"""One question of what a report tells, whichever wording of a claim is read
(sayso.compare.omissions, round 7): the kinds of act a sentence tells, not those it only refers
to; a report that tells a claim in the wording of another report that carries it; a claim judged
once, on its most central version. Invented reports, with the sentence model running for real."""

from __future__ import annotations

from sayso.compare.omissions import act_kinds, linked, same_event, same_kind, told_directly

from .records import HALE_LEAD, hale_story, unit_at


def test_act_kinds_leave_out_acts_told_already_and_count_roles_of_family_words() -> None:
    kinds = act_kinds("Ann Bell was charged on Sunday over the shooting.")
    assert "charge" in kinds
    assert "shoot" not in kinds  # "the shooting" refers to an act told already
    assert "held" not in kinds  # "charged" is a charging, not a detention
    assert "held" in act_kinds("Ann Bell was arrested on Sunday.")


def test_a_charge_over_a_shooting_is_not_told_by_a_shooting() -> None:
    story = hale_story(
        HALE_LEAD + "The clerk Ann Bell was charged on Sunday over the shooting at the depot.\n",
        HALE_LEAD + "Ann Bell opened fire at the depot on Saturday, police said.\n",
        HALE_LEAD + "The depot stays shut all week.\n",
    )
    u = unit_at(story, 0, "The clerk Ann Bell")
    assert not same_event(story, u, 1)


def test_a_report_tells_a_claim_in_the_wording_of_another_that_carries_it() -> None:
    lead = "A fraud cost the bank a million pounds.\nAuditors found the loss in May.\n"
    story = hale_story(
        lead + "Police detained the bank clerk Ivo Hale, 40, at the airport on Sunday.\n",
        lead + "Police detained the 40-year-old at the airport on Sunday.\n",
        lead + "Ivo Hale spent the night in jail before his lawyer and his brother came to see"
        " him with papers.\nThe bank reopened on Tuesday.\n",
    )
    u = unit_at(story, 1, "Police detained")
    v = unit_at(story, 0, "Police detained")
    # one detention of the incident, whoever each names (no clash: this wording names no one)
    assert told_directly(story, u, 2)
    assert same_kind(u, v) and same_event(story, v, 2)
    assert linked(story, u, 2, [0])  # the carrier's wording names him: one detention


def test_a_shooting_is_no_kind_of_act_a_charge_is() -> None:
    story = hale_story(
        HALE_LEAD + "Ann Bell shot a guard at the Marrow depot on Sunday.\n",
        HALE_LEAD + "Ann Bell was charged with murder over the depot killing on Sunday.\n",
        HALE_LEAD + "A guard was shot dead at the depot, and Ann Bell fled.\n",
    )
    charge = unit_at(story, 1, "Ann Bell was charged")
    assert not same_kind(charge, unit_at(story, 0, "Ann Bell shot"))  # no charge in a shooting
