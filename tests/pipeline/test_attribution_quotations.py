"""The right speaker, round 10: a quotation cued in a relative clause is written as the relative
pronoun and spoken by its antecedent ('X, who declared, "..."'), and a share of respondents
speaks through the poll that counted them ("In a poll, 64 percent said ...")
(pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
def test_a_quotation_cued_in_a_relative_clause_is_written_as_who(run: Run) -> None:
    rec = harbour_story(
        run,
        "Dock workers cheered the ferry union's chair, Anna Holt, who declared at the pier, "
        '"Our slate will close ranks behind one candidate."',
    )
    a = attribution_with(rec, "close ranks")
    assert a.source is not None and a.source.text == "who"
    assert speaker_of(rec, "close ranks") == "Anna Holt"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "poll", "words"),
    [
        (
            'In a June Harbour Gazette poll, 64 percent of residents said "the ferry board" '
            "had lost their confidence.",
            "poll",
            "the ferry board",
        ),
        (
            "According to a Harbour Gazette survey, 48 percent of those asked said the ferry "
            "should run all night.",
            "survey",
            "should run all night",
        ),
    ],
)
def test_a_share_of_respondents_speaks_through_its_poll(
    run: Run, body: str, poll: str, words: str
) -> None:
    a = attribution_with(harbour_story(run, body), words)
    assert a.source is not None and a.source.text.endswith(poll), a


@pytest.mark.model
def test_a_share_with_no_poll_in_its_sentence_keeps_its_own_source(run: Run) -> None:
    rec = harbour_story(
        run, "Reyes spoke for an hour. About 40 percent of voters said they would back him."
    )
    a = attribution_with(rec, "would back him")
    assert a.source is not None and "percent" in a.source.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The visit suggests that the council expects a long winter.", "long winter"),
    ],
)
def test_a_thing_that_is_evidence_says_nothing(run: Run, sentence: str, words: str) -> None:
    rec = harbour_story(run, sentence)
    assert not any(words in c.text for a in rec.attributions for c in a.content), rec.attributions


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The report found that the port lost money.", "port lost money"),
        ("Polls show that Reyes leads.", "Reyes leads"),
        ("The company revealed that it had sold the port.", "sold the port"),
        ("The agency suggested that the ferry program end.", "ferry program end"),
        ("A 2019 study by Lakeside College found that the river was cleaner.", "river was"),
    ],
)
def test_a_medium_a_body_or_a_dated_study_still_reports(
    run: Run, sentence: str, words: str
) -> None:
    assert attribution_with(harbour_story(run, sentence), words) is not None


@pytest.mark.model
def test_one_of_a_group_is_no_share_of_a_poll(run: Run) -> None:
    rec = harbour_story(
        run, "In a statement, one of the family's lawyers, Ann Holt, said the video shows calm."
    )
    assert speaker_of(rec, "video shows calm") == "Ann Holt"
