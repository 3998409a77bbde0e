"""A sentence close in meaning on the same participants tells a claim (sayso.compare.omissions,
round 8), unless the claim names someone the other report never writes. Invented reports, with
the sentence model running for real."""

from __future__ import annotations

from sayso.compare.omissions import close
from sayso.compare.scores import Story, score_story

from .records import record, unit_at

GUARDED = "Guards are watching Ivo Hale around the clock in jail for fear he may harm himself.\n"
LEAD = "A clerk was shot dead at an office in Marrow on Friday.\nThe court set a hearing for May.\n"


def _story(*texts: str) -> Story:
    return score_story(
        [
            record(chr(97 + k), t, places=("Marrow", "Selbury"), people=("Ivo Hale", "Ann Bell"))
            for k, t in enumerate(texts)
        ]
    )


def test_a_close_sentence_on_the_same_person_tells_the_claim() -> None:
    story = _story(
        LEAD + "Ivo Hale was kept on suicide watch in the Marrow jail after the office shooting.\n",
        LEAD + GUARDED,
        LEAD + "The weather in Marrow turned cold on Tuesday.\n",
    )
    u = unit_at(story, 0, "Ivo Hale was kept")
    assert close(story, u, 1)
    assert not close(story, u, 2)  # nothing on Hale's custody


def test_a_name_the_other_report_never_writes_marks_another_event() -> None:
    story = _story(
        LEAD + "Ivo Hale was kept on suicide watch in the Selbury jail after the shooting.\n",
        LEAD + GUARDED,
        LEAD + "The weather in Marrow turned cold on Tuesday.\n",
    )
    u = unit_at(story, 0, "Ivo Hale was kept")
    assert not close(story, u, 1)  # Selbury: a jail the other report never names
