"""A claim that another report tells in other words is no omission (sayso.compare.told,
same_event; sayso.compare.readings, the acts a claim tells): an act put to someone ("accused of
shooting") is told by a report that tells the act itself, and the clause that credits a
statement to its speaker ("... she said in a statement") is its source, not one of its acts.
Invented reports, with the sentence model running for real."""

from __future__ import annotations

from sayso.compare.omissions import tells
from sayso.compare.readings import alleged, claim
from sayso.compare.scores import Story, score_story
from sayso.compare.told import same_event

from .records import record, unit_at

LEAD = "A gunman opened fire at a sawmill in Marrow on Friday.\nThe mill stayed shut.\n"
QUOTE = (
    "Officers sealed off the lane and talked with the gunman until he gave himself up just"
    " before midnight"
)
SACKED = "A worker who had been let go from the mill shot and killed a foreman, police said.\n"


def _story(*texts: str, quotes: tuple[tuple[str, str], ...] = ()) -> Story:
    return score_story(
        [
            record(
                chr(97 + k), t, places=("Marrow",), people=("Ivo Hale", "Tom Reed", "Ann Bell"),
                quotes=quotes,
            )
            for k, t in enumerate(texts)
        ]
    )  # fmt: skip


def test_an_accusation_puts_the_act_to_someone() -> None:
    assert alleged("is accused of fatally shooting a clerk")
    assert alleged("the police accused him of robbing a kiosk")
    assert not alleged("was charged with murder")
    assert not alleged("accused of theft and charged with fraud")  # a formal charge too


def test_an_act_put_to_a_named_man_is_told_by_a_report_that_describes_him() -> None:
    story = _story(
        LEAD + "Police said Ivo Hale, who had been sacked, is accused of shooting Tom Reed, 52.\n",
        LEAD + SACKED,
        LEAD + "The owners of the mill plan to sell it to a timber firm next year.\n",
    )
    u = unit_at(story, 0, "Police said Ivo Hale")
    assert claim(story, u).told  # the shooting
    assert all("charge" not in kinds for kinds, _, _ in claim(story, u).told)
    assert same_event(story, u, 1)
    # counter-case: a shooting told, but not by the man described so: still left out
    assert not tells(story, u, 2)


def test_a_formal_charge_is_still_a_claim_of_its_own() -> None:
    story = _story(
        LEAD + "Ivo Hale, who had been sacked, was charged with shooting Tom Reed, 52.\n",
        LEAD + SACKED,
        LEAD + "The owners of the mill plan to sell it to a timber firm next year.\n",
    )
    u = unit_at(story, 0, "Ivo Hale, who")
    assert not same_event(story, u, 1)  # the shooting is told, the charge is not


def test_the_clause_that_credits_a_statement_is_its_source() -> None:
    story = _story(
        LEAD + f'"{QUOTE}," Ann Bell said in a statement.\n',
        LEAD + "Police said the gunman surrendered to officers after a standoff of three hours.\n",
        LEAD + "The owners of the mill plan to sell it to a timber firm next year.\n",
        quotes=(("Ann Bell", QUOTE),),
    )
    u = unit_at(story, 0, '"Officers sealed')
    assert {"held"} == {k for kinds, _, _ in claim(story, u).told for k in kinds}
    assert same_event(story, u, 1)
    assert not tells(story, u, 2)  # counter-case: no surrender told, still left out


def test_a_statement_that_tells_no_other_act_stays_one() -> None:
    story = _story(
        LEAD + "Ann Bell said in a statement that the mill owners were shocked.\n",
        LEAD + "Police said the gunman surrendered to officers after a standoff of three hours.\n",
        LEAD + "The owners of the mill plan to sell it to a timber firm next year.\n",
    )
    u = unit_at(story, 0, "Ann Bell said")
    assert {"statement"} <= {k for kinds, _, _ in claim(story, u).told for k in kinds}
