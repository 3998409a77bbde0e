"""Attributions, round 16: reported speech PolNeAR counts that the stage left out, found by
rules of grammar. A perfect with a subject of its own inside an adverbial clause ("after X had
said that ...") is a finite clause that reports, not a bare participle put before a noun
("Asked whether ..."). The infinitive after a verb of aspect or seeming ("continued to
question", "went on to say", "seemed to confirm") and the participle after "before", "by" or
"while" speak for the subject of the verb they complete. "..., as the paper reported" reports
the clause it hangs on, and a medium closing its sentence ("..., the poll found") reports the
clause before it. A verb the parser hung on a name before its apposition ("X, the nominee,
tweeted: ...") is the sentence's main verb. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "The question arose after Tom Lenz had said that the port was closing.",
            "the port was closing",
            "Tom Lenz",
        ),
        (
            "Tom Lenz attacked the mayor on Monday after Karl Brand had said on Sunday "
            "evening that the port was ''a failed project.''",
            "the port was",
            "Karl Brand",
        ),
    ],
)
def test_a_perfect_in_an_adverbial_clause_reports(
    run: Run, body: str, words: str, speaker: str
) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, words) == speaker


@pytest.mark.model
def test_a_bare_participle_before_the_subject_is_still_a_question_put(run: Run) -> None:
    rec = harbour_story(run, "Asked whether the port would close, Tom Lenz said it would not.")
    assert all("the port would close" not in c.text for a in rec.attributions for c in a.content)
    assert speaker_of(rec, "it would not") == "Tom Lenz"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "words"),
    [
        ("Tom Lenz continued to question the mayor's honesty.", "the mayor's honesty"),
        ("Tom Lenz seemed to confirm that the port would close.", "the port would close"),
        ("Tom Lenz took to the radio to deny that the port was closing.", "the port was closing"),
        (
            "Tom Lenz told reporters on Monday, before insisting he had strong ties to the "
            "dock workers.",
            "he had strong ties to the dock workers",
        ),
    ],
)
def test_a_verb_completing_anothers_speaks_for_its_subject(run: Run, body: str, words: str) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, words) == "Tom Lenz"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "As the Harbour Times reported on Saturday, the mayor has already emerged as an "
            "adviser to the board.",
            "the mayor has already emerged as an adviser",
        ),
        (
            "The mayor discussed a walkout at the port, as the Harbour Times reported a few "
            "days later.",
            "The mayor discussed a walkout at the port",
        ),
    ],
)
def test_as_the_paper_reported_reports_the_clause_it_hangs_on(
    run: Run, body: str, words: str
) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, words) == "Harbour Times"


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "The port closed on Monday as soon as the mayor announced it.",
        "The mayor claims victory in the port vote as her rival concedes.",
        "The mayor doubted the wisdom of closing the port, as the draft proposes.",
    ],
)
def test_as_with_a_time_or_a_proposal_reports_nothing(run: Run, body: str) -> None:
    rec = harbour_story(run, body)
    said = [c.text for a in rec.attributions for c in a.content]
    assert all("The port closed" not in c and "claims victory" not in c for c in said)
    assert all(
        (e := rec.entity(a.speaker)) is None or "draft" not in e.name for a in rec.attributions
    )
    assert all(a.source is None or "draft" not in a.source.text for a in rec.attributions)


@pytest.mark.model
def test_a_verb_hung_on_a_name_before_its_apposition_is_the_main_verb(run: Run) -> None:
    rec = harbour_story(
        run,
        "Karl Brand, the 2012 Republican nominee, tweeted in response: ''Important point: the "
        "mayor lies and the port suffers.''",
    )
    assert speaker_of(rec, "the mayor lies") == "Karl Brand"


@pytest.mark.model
def test_a_medium_closing_its_sentence_reports_the_clause_before(run: Run) -> None:
    rec = harbour_story(
        run, "Turnout was the highest since 1980, the Harbour Institute analysis shows."
    )
    assert speaker_of(rec, "Turnout was the highest since 1980") == "Harbour Institute"


@pytest.mark.model
def test_a_name_set_off_before_a_subjectless_verb_speaks(run: Run) -> None:
    rec = harbour_story(
        run,
        "In a statement to the Harbour Observer, her senior policy adviser, Tom Lenz, said: "
        "“Mayor Brand believes that trade is essential. She has always valued a strong harbour.”",
    )
    assert speaker_of(rec, "trade is essential") == "Tom Lenz"


@pytest.mark.model
def test_to_imply_is_to_say(run: Run) -> None:
    rec = harbour_story(run, "Tom Lenz implied the mayor was biased because of her family.")
    assert speaker_of(rec, "the mayor was biased") == "Tom Lenz"


@pytest.mark.model
def test_a_thing_that_implies_says_nothing(run: Run) -> None:
    rec = harbour_story(run, "The vote implies that the port will lose money.")
    assert not any("lose money" in c.text for a in rec.attributions for c in a.content)
