"""A bare noun of a sitting court ("the court", "the panel") and "the ruling" speak as the one
judge the story names; a panel its words count several judges on ("a three-judge panel", "a
panel of five judges") stays the one court the story named before it; with two judges named,
or a noun a name modifies ("the Senate panel"), no judge is chosen (pipeline/attributions,
.denoted). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
def test_a_panel_of_several_judges_is_the_named_court(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Federal High Court of Lantara on Monday ordered a new count in the mayoral race. "
        "A five-judge panel ruled that ballots from nine wards were void. The mayor said he "
        "would ask the Supreme Court of Lantara to hear the case.\n",
    )
    assert speaker_of(rec, "ballots from nine wards were void") == "Federal High Court of Lantara"


@pytest.mark.model
def test_a_panel_counted_by_an_of_phrase_is_the_named_court(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Supreme Court of Lantara heard the appeal on Monday. A panel of three judges said "
        "the count had been fair.\n",
    )
    assert speaker_of(rec, "the count had been fair") == "Supreme Court of Lantara"


@pytest.mark.model
def test_the_court_is_the_one_judge_named(run: Run) -> None:
    rec = harbour_story(
        run,
        "Judge Mira Castell of the Lantara District Court on Monday blocked the new tariff. The "
        "court said the ministry had skipped a required hearing.\n",
    )
    assert speaker_of(rec, "skipped a required hearing") == "Mira Castell"


@pytest.mark.model
def test_the_court_with_two_judges_named_is_neither(run: Run) -> None:
    rec = harbour_story(
        run,
        "Judge Mira Castell and Judge Omar Felt heard the case. The court said the ministry had "
        "skipped a required hearing.\n",
    )
    assert speaker_of(rec, "skipped a required hearing") not in {"Mira Castell", "Omar Felt"}


@pytest.mark.model
def test_a_named_body_s_panel_is_no_judge(run: Run) -> None:
    rec = harbour_story(
        run,
        "Judge Mira Castell appeared before the Senate on Monday. The Senate panel said her "
        "record was sound.\n",
    )
    assert speaker_of(rec, "her record was sound") != "Mira Castell"


@pytest.mark.model
def test_the_ruling_of_the_one_judge_named_is_hers(run: Run) -> None:
    rec = harbour_story(
        run,
        "Judge Mira Castell of the Lantara District Court on Monday struck down the new tariff. "
        "The ruling said the ministry had skipped a required hearing.\n",
    )
    assert speaker_of(rec, "skipped a required hearing") == "Mira Castell"


@pytest.mark.model
def test_the_ruling_of_a_panel_of_several_judges_is_the_court_s(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Lantara Court of Appeal upheld the tariff on Monday. A three-judge panel heard the "
        "case, and Judge Mira Castell wrote for it. The ruling said the ministry had acted "
        "within its powers.\n",
    )
    assert speaker_of(rec, "acted within its powers") == "Lantara Court of Appeal"
