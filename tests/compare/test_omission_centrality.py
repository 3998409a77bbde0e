"""Which claims left out are central (sayso.compare.omissions.central): a lead that one report
alone opens on must name a principal actor, a fixture of others is no event, and a piece of a
sentence cut by an editor's bracket is no claim. Three invented reports of a crane accident."""

from __future__ import annotations

from sayso.compare.omissions import central, fragment, principal_names, to_come
from sayso.compare.scores import Story, score_story

from .records import record, unit_at

CRANE = (
    "A union steward in Brackley thanked the rescuers who freed a trapped driver.\n"
    "The crane toppled onto a cargo ship at the Tessel port late on Sunday.\n"
    "The harbour board is due to meet the makers of the crane on Thursday.\n"
    "Ivo Marsh is due to be released from hospital on Thursday.\n"
    "[who was trapped for six hours] and thanked the crews.\n",
    "Driver Ivo Marsh was freed from a fallen crane at the Tessel port after six hours.\n"
    "The crane toppled onto a cargo ship on Sunday night.\n"
    "The harbour board met the makers of the crane on Thursday.\n",
    "Rescuers freed Ivo Marsh from the cab of a crane that fell at the Tessel port.\n"
    "Marsh was taken to hospital with a broken leg.\n"
    "The makers of the crane met the harbour board on Thursday.\n",
)


def _crane() -> Story:
    recs = [
        record(
            k,
            t,
            places=("Tessel", "Brackley"),
            people=("Ivo Marsh",),
            dates=(("Sunday", "2024-04-28"), ("Thursday", "2024-05-02")),
        )
        for k, t in zip("abc", CRANE, strict=True)
    ]
    return score_story(recs)


def test_a_lone_lead_naming_no_principal_actor_is_an_angle() -> None:
    story = _crane()
    principal = principal_names(story)
    assert {"marsh", "tessel"} <= principal and "brackley" not in principal
    thanks = unit_at(story, 0, "A union steward")
    assert thanks.lead and not central(story, thanks, 0, 1, principal)
    assert central(story, thanks, 1, 1, principal)  # another report carrying it: central


def test_a_lone_lead_naming_a_principal_actor_stays_central() -> None:
    story = _crane()
    principal = principal_names(story)
    freed = unit_at(story, 1, "Driver Ivo Marsh")
    assert freed.lead and central(story, freed, 0, 1, principal)


def test_a_fixture_of_others_is_no_claim_left_out() -> None:
    story = _crane()
    principal = principal_names(story)
    meeting = unit_at(story, 0, "The harbour board is due")
    assert to_come(meeting) and not central(story, meeting, 2, 2, principal)
    held = unit_at(story, 1, "The harbour board met")  # the same meeting, held
    assert not to_come(held) and central(story, held, 2, 2, principal)
    leaving = unit_at(story, 0, "Ivo Marsh is due")  # a principal actor's next step
    assert to_come(leaving) and central(story, leaving, 2, 2, principal)


def test_a_piece_after_an_editors_bracket_is_a_fragment() -> None:
    story = _crane()
    piece = unit_at(story, 0, "[who was trapped")
    assert fragment(piece) and not central(story, piece, 2, 2, principal_names(story))
    assert not fragment(unit_at(story, 0, "Ivo Marsh is due"))
