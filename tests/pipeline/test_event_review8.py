"""Review round 8 of the events stage, each with an invented sentence: a noun of one person
("a woman") stands for no named person of the other gender."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def test_a_woman_shot_is_not_the_man_the_story_told_dead_of_wounds(run: Run) -> None:
    text = (
        "Private Tom Ellis died of wounds in 1944 in France, his grandson Peter Ellis said at "
        "the memorial.\n\nA woman was shot at a party in Brookfield on Saturday night, police "
        "said."
    )
    found = coded(run(text))
    assert not [c for c in found if c[0] == "ASSAULT" and "Tom Ellis" in c[3]], found
    # the rule keeps the noun's own link: the woman shot stands for a woman the story names
    named = coded(run(text.replace("Private Tom Ellis", "Private Ann Ellis")))
    assert [c for c in named if c[0] == "ASSAULT" and "Ann Ellis" in c[3]], named


def test_the_gunman_of_another_shooting_attacks_no_one_here(run: Run) -> None:
    text = (
        "A woman was shot on Elm Street on Friday night, police said. In an unrelated case, "
        "the gunman in last year's mall shooting, Ray Dunn, was sentenced to life on Monday."
    )
    found = coded(run(text))
    assert not [c for c in found if c[0] == "ASSAULT" and "Ray Dunn" in c[2]], found
    # the gunman named with no act of his own is the attacker of the one the story tells
    plain = coded(
        run(
            text.replace(
                "In an unrelated case, the gunman in last year's mall shooting, Ray Dunn,",
                "The gunman, Ray Dunn,",
            )
        )
    )
    assert [c for c in plain if c[0] == "ASSAULT" and "Ray Dunn" in c[2]], plain


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("France called for new sanctions on Russia on Monday.", "Russia"),
        ("Chile called for a ban on Peru at the summit.", "Peru"),
        ("The United States called for a ceasefire between Israel and Hamas.", "Hamas"),
    ],
)
def test_a_measure_on_x_or_a_truce_between_parties_asked_keeps_its_target(
    run: Run, text: str, target: str
) -> None:
    found = [c for c in coded(run(text)) if c[0] == "REQUEST"]
    assert found and target in found[0][3], found


def test_an_inquiry_on_x_asked_for_is_about_x(run: Run) -> None:
    found = [c for c in coded(run("Chile called for a report on Peru.")) if c[0] == "REQUEST"]
    assert not [c for c in found if "Peru" in c[3]], found
