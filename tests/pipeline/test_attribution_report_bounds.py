"""Where reported words begin, and who tells them in a passive or an opening "as" clause
(pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
def test_a_counted_subject_hung_on_the_cue_is_reported(run: Run) -> None:
    # the parser takes "$2 million more" for adverbs of the cue
    rec = harbour_story(
        run, "Mayor Ingrid Sola said $2 million more was being spent on the quay this year."
    )
    a = attribution_with(rec, "was being spent on the quay")
    assert a.content[0].text.startswith("$2 million more")


@pytest.mark.model
def test_a_time_after_the_cue_is_not_reported(run: Run) -> None:
    # counter-case: a prepositional phrase of the cue stays out, and a clause with a
    # subject of its own begins with it
    rec = harbour_story(run, "Mayor Ingrid Sola said in 2021 the quay was too short.")
    a = attribution_with(rec, "the quay was too short")
    assert a.content[0].text == "the quay was too short"


@pytest.mark.model
def test_an_opening_as_clause_keeps_its_own_time(run: Run) -> None:
    rec = harbour_story(
        run,
        "As Ingrid Sola observed last spring, the ferry runs at a loss every winter.",
    )
    a = attribution_with(rec, "the ferry runs at a loss")
    assert a.content[0].text.startswith("the ferry runs")
    assert speaker_of(rec, "the ferry runs at a loss") == "Ingrid Sola"


@pytest.mark.model
def test_the_agent_of_a_passive_verb_of_telling_speaks(run: Run) -> None:
    rec = harbour_story(
        run,
        "The ferry company had been warned by the Harbour Authority that the quay could "
        "not bear heavier boats.",
    )
    a = attribution_with(rec, "the quay could not bear heavier boats")
    assert a.source is not None and "Harbour Authority" in a.source.text


@pytest.mark.model
def test_a_passive_directive_reports_no_words(run: Run) -> None:
    # counter-case: told to do something, no clause told
    rec = harbour_story(run, "The ferry captain was told by the harbour master to wait outside.")
    assert not any("wait outside" in c.text for a in rec.attributions for c in a.content)


@pytest.mark.model
def test_a_name_before_a_parenthesis_speaks_for_the_verb_after_it(run: Run) -> None:
    # the parser gives the name to a word inside the parenthesis and leaves "says" without one
    rec = harbour_story(
        run,
        "Few mayors would admit it, but Mayor Ingrid Sola (a Harbour Democrat so young she "
        "has been mistaken for a clerk) says she was lost in her first weeks in office.",
    )
    assert speaker_of(rec, "she was lost in her first weeks") == "Ingrid Sola"


@pytest.mark.model
def test_a_parenthesis_with_a_subject_after_it_names_no_one_else(run: Run) -> None:
    # counter-case: the verb after the parenthesis has a subject of its own
    rec = harbour_story(
        run,
        "The ferry levy (which Ingrid Sola backed) was passed in May, and Tomas Berg says it "
        "hurts fishermen.",
    )
    assert speaker_of(rec, "hurts fishermen") == "Tomas Berg"


@pytest.mark.model
def test_a_place_before_a_parenthesis_does_not_speak(run: Run) -> None:
    # counter-case: the verb after the parenthesis has no subject, but the name before it is
    # the object of a preposition, no subject the parser took from the verb
    rec = harbour_story(
        run,
        "Few would admit it, but the fishermen of Dunmore (a village so poor it has been left "
        "off some maps) say the levy is fair.",
    )
    said = [a for a in rec.attributions if any("the levy is fair" in c.text for c in a.content)]
    speakers = {e.name for a in said if (e := rec.entity(a.speaker)) is not None}
    assert "Dunmore" not in speakers
