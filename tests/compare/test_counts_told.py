"""A sentence close to a claim that states each of its counts, with what each counts, tells it
in other words (``omissions.same_counts``); one that states another figure, or no counted
thing, does not. Invented reports, with the sentence model running for real."""

from __future__ import annotations

from sayso.compare.omissions import same_counts
from sayso.compare.scores import Story, score_story

from .records import record, unit_at

PEOPLE = ("Oren Vasko", "Mila Strand")
LEAD = "The treasurer of a rowing club in Helsby was arrested on Monday.\n"


def _story(*texts: str) -> Story:
    return score_story(
        [record(chr(97 + k), t, places=("Helsby",), people=PEOPLE) for k, t in enumerate(texts)]
    )


def test_the_same_amount_in_other_words_tells_the_claim() -> None:
    story = _story(
        LEAD + "Oren Vasko took $4,700 from the club's boat fund last year.\n",
        LEAD + "Vasko is accused of taking $4,700 from the boat fund of the club.\n",
    )
    assert same_counts(story, unit_at(story, 0, "Oren Vasko took"), 1)


def test_another_amount_tells_nothing() -> None:
    story = _story(
        LEAD + "Oren Vasko took $4,700 from the club's boat fund last year.\n",
        LEAD + "Vasko is accused of taking $9,300 from the boat fund of the club.\n",
    )
    assert not same_counts(story, unit_at(story, 0, "Oren Vasko took"), 1)


def test_a_claim_with_no_counted_thing_is_not_read() -> None:
    story = _story(
        LEAD + "Oren Vasko took money from the club's boat fund.\n",
        LEAD + "Vasko is accused of taking money from the boat fund of the club.\n",
    )
    assert not same_counts(story, unit_at(story, 0, "Oren Vasko took"), 1)


def test_an_age_alone_tells_no_act() -> None:
    story = _story(
        LEAD + "Police in Helsby arrested a 52-year-old club treasurer after an audit.\n",
        LEAD + "A 52-year-old club treasurer was charged with fraud after an audit in Helsby.\n",
    )
    assert not same_counts(story, unit_at(story, 0, "Police in Helsby arrested"), 1)
