"""Attributions that report no speech or thought, and content spans that must be the whole
proposition reported (pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import contents, harbour_story

Run = Callable[..., Record]


def _by_cue(rec: Record) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for a in rec.attributions:
        cue = a.cue.text if a.cue else ""
        out.setdefault(cue, []).extend(c.text for c in a.content)
    return out


@pytest.mark.model
def test_observe_with_a_bare_object_watches(run: Run) -> None:
    rec = harbour_story(
        run,
        "Ana Ruiz of the Harbor Watch group, who observed voting in two districts, said the "
        "count was fair.\n\nTom Reed observed that the count was slow.\n",
    )
    said = contents(rec)
    assert "voting in two districts" not in said
    assert "the count was slow" in said  # "observed that ...": words


@pytest.mark.model
def test_a_quoted_title_before_the_object_says_nothing(run: Run) -> None:
    rec = harbour_story(
        run,
        "Dana Moore spoke on Monday. The page was updated to note that Moore posted the "
        "\u201cHarvest\u201d schedule on her website and to include quotes from her talk on "
        "\u201cMorning Desk.\u201d\n",
    )
    assert not any("schedule" in c for c in contents(rec))


@pytest.mark.model
def test_a_quoted_phrase_inside_a_clause_is_not_the_whole_statement(run: Run) -> None:
    rec = harbour_story(
        run,
        "Mayor Jill Tran spoke at length. Ticket sales were flat for a month as buyers waited "
        'to see how a "messy season" played out, she said.\n\n'
        'Ann Lee spoke first. "This is wrong," Ann Lee said. "You pushed workers to the '
        'limit" to lift the share price, she said, citing the sales drive.\n',
    )
    said = contents(rec)
    assert "messy season" not in said
    assert any(c.startswith("Ticket sales were flat") and "played out" in c for c in said)
    assert any("to lift the share price" in c for c in said)


@pytest.mark.model
def test_a_quotation_inside_an_inverted_report_ends_before_the_cue(run: Run) -> None:
    rec = harbour_story(
        run,
        'Ann Lee spoke first. Sales fell as buyers saw how a "messy season" played out, said '
        "Ann Lee.\n",
    )
    said = contents(rec)
    assert 'Sales fell as buyers saw how a "messy season" played out' in said


@pytest.mark.model
def test_a_negated_cue_before_a_quotation_claims_none(run: Run) -> None:
    rec = harbour_story(
        run,
        'The board looked for a link between the two firms in 2019 and did not find "ties of '
        'any weight," apart from the pair having met "once or twice" at a golf course, '
        "said the board chair, Ann Lee, on Monday.\n",
    )
    cues = _by_cue(rec)
    assert "find" not in cues
    assert any(c.startswith("The board looked for a link") for c in cues.get("said", []))


@pytest.mark.model
def test_an_opening_according_to_skips_a_modifier_of_its_source(run: Run) -> None:
    rec = harbour_story(run, "According to polls at the time, Ann Lee led by five points.\n")
    assert contents(rec) == ["Ann Lee led by five points"]


@pytest.mark.model
def test_an_expectation_held_out_with_a_modal_is_no_belief(run: Run) -> None:
    rec = harbour_story(
        run,
        "Fans can expect a longer show this year.\n\nAnn Lee expects the vote to pass.\n",
    )
    said = contents(rec)
    assert not any("longer show" in c for c in said)
    assert "the vote to pass" in said


@pytest.mark.model
def test_a_comparative_correlative_reports_nothing(run: Run) -> None:
    rec = harbour_story(
        run,
        "The more voters fear the storm, the more they stock up.\n\n"
        "The more I think about it, Ann Lee said, the worse the plan looks.\n",
    )
    said = contents(rec)
    assert not any("stock up" in c for c in said)
    assert "the worse the plan looks" in said  # a speech verb between the halves reports


@pytest.mark.model
def test_a_verb_acting_on_its_bare_object_is_no_cue_of_a_quotation(run: Run) -> None:
    rec = run(
        "'We are tired, angry': A bakery feels the heat.\n\n"
        "ELM STREET - The bakery on the corner opened in 1990.\n\n"
        '"We never sleep," Norbert Webb added.\n'
    )
    said = contents(rec)
    assert not any("tired" in c for c in said)
    assert "We never sleep" in said


@pytest.mark.model
def test_a_speech_verb_naming_a_trips_purpose_is_an_act(run: Run) -> None:
    rec = harbour_story(
        run,
        "Several hundred dockworkers gathered outside the port office to protest the night "
        "shifts.\n\n"
        "Dozens of parents rallied at the school board to say that the director had lied.\n",
    )
    said = contents(rec)
    assert not any("night shifts" in c for c in said)  # what they came to do, no words
    assert any("the director had lied" in c for c in said)  # a clause is said


@pytest.mark.model
def test_a_demand_that_gives_an_acts_purpose_is_its_aim(run: Run) -> None:
    rec = harbour_story(
        run,
        "Ferry crews blocked the quay at Dunmore on Tuesday to demand that the council restore "
        "the winter timetable. The harbour master said boats would sail again by noon.\n",
    )
    said = contents(rec)
    assert not any("restore the winter timetable" in c for c in said)  # the act's aim
    assert any("boats would sail again by noon" in c for c in said)


@pytest.mark.model
def test_a_demand_written_for_a_purpose_stays_said(run: Run) -> None:
    rec = harbour_story(
        run,
        "The ferry crews' union wrote to the council on Tuesday to demand that it restore the "
        "winter timetable.\n",
    )
    assert any("restore the winter timetable" in c for c in contents(rec))
