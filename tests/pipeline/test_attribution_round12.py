"""Attributions, round 12: a verb of perception with a small clause reports nothing said
("found him lying in the road", "observed the driver to have red eyes"), so a closing "according
to X" takes the sentence; a record with no author named that shows a named speaker's words is
only their channel ("Court records show X admitted ...", "According to court paperwork, X was
interviewed, saying ..."); "admitted to V-ing" owns to the act. Sentences invented for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Officers reached the pier at noon and found Ned Varga lying on the ramp.",
        "The coast guard spotted the ferry drifting toward the rocks.",
    ],
)
def test_a_verb_of_perception_with_a_small_clause_reports_nothing(run: Run, body: str) -> None:
    assert harbour_story(run, body).attributions == ()


@pytest.mark.model
def test_a_finding_with_a_that_clause_is_still_reported(run: Run) -> None:
    rec = harbour_story(run, "Harbour inspectors found that the old ramp was unsafe.")
    a = attribution_with(rec, "the old ramp was unsafe")
    assert a.source is not None and "inspectors" in a.source.text


@pytest.mark.model
def test_according_to_takes_a_sentence_whose_verb_only_perceives(run: Run) -> None:
    rec = harbour_story(
        run,
        "Harbour prosecutor Dana Whitlow spoke on Monday. When deputies stopped the van, "
        "officers observed Ned Varga to have red eyes, according to Whitlow.",
    )
    a = attribution_with(rec, "red eyes")
    assert a.source is not None and a.source.text == "Whitlow"


@pytest.mark.model
def test_court_records_showing_an_admission_give_it_to_the_one_who_admitted(run: Run) -> None:
    rec = harbour_story(
        run,
        "Ned Varga of Kelso was arraigned on Monday. Court records show Varga admitted to "
        "police to accidentally ramming the ferry.",
    )
    a = attribution_with(rec, "accidentally ramming the ferry")
    assert a.source is not None and a.source.text == "Varga"
    assert all(x.source is None or "records" not in x.source.text for x in rec.attributions)


@pytest.mark.model
def test_a_record_with_no_author_is_the_channel_of_a_participle_report(run: Run) -> None:
    rec = harbour_story(
        run,
        "Ned Varga of Kelso was charged on Tuesday. According to court paperwork, Varga was "
        "interviewed on Tuesday, saying he and the pilot were old friends.",
    )
    a = attribution_with(rec, "old friends")
    assert a.source is not None and a.source.text == "Varga"
    assert all(x.source is None or "paperwork" not in x.source.text for x in rec.attributions)


@pytest.mark.model
def test_a_guilty_plea_to_an_act_is_no_statement(run: Run) -> None:
    rec = harbour_story(run, "The clerk, Ned Varga, pleaded guilty in May to taking the fees.")
    assert all("taking the fees" not in c.text for a in rec.attributions for c in a.content)


@pytest.mark.model
def test_confessing_to_an_act_owns_to_it(run: Run) -> None:
    rec = harbour_story(run, "Ned Varga confessed to taking the harbour van.")
    a = attribution_with(rec, "taking the harbour van")
    assert a.source is not None and a.source.text == "Ned Varga"


@pytest.mark.model
def test_a_record_keeps_words_whose_speech_verb_is_only_a_condition(run: Run) -> None:
    rec = harbour_story(
        run,
        "Ned Varga spoke on Monday. According to the memo, harbour officials looked into what "
        "would happen if Varga announced he would quit.",
    )
    a = attribution_with(rec, "harbour officials looked into")
    assert a.source is not None and "memo" in a.source.text
