"""Attributions, round 15: speakers an analyst can trust. A subject the parser hung on a
that-clause before its "that" ("Tom Lenz, later alleging that Karl Brand ..., said ...") is the
subject of the verb the clause hangs on, and the pronouns after it stand for that speaker, not
for the person named inside the allegation. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import harbour_story, speaker_of

Run = Callable[..., Record]

_ALLEGING = (
    "Tom Lenz, later alleging - again falsely - that Mayor Karl Brand wanted to close 40 "
    'schools, said he would cut bus routes, which he argues are "mostly empty" and perhaps '
    'part of a waste of money. (On Monday he said he would "firmly oppose" new taxes.)'
)


@pytest.mark.model
def test_a_subject_before_an_allegations_that_speaks_for_the_main_verb(run: Run) -> None:
    rec = harbour_story(run, _ALLEGING)
    assert speaker_of(rec, "he would cut bus routes") == "Tom Lenz"


@pytest.mark.model
def test_a_pronoun_after_an_allegation_is_the_speaker_not_the_person_accused(run: Run) -> None:
    rec = harbour_story(run, _ALLEGING)
    assert speaker_of(rec, "new taxes") == "Tom Lenz"


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Karl Brand is a habitual liar and a zealot who has repeatedly pledged to close the "
        "borders.",
        "Karl Brand often lies and is a habitual liar, zealot and crank who has repeatedly "
        "pledged to close the borders.",
    ],
)
def test_a_relative_clause_on_a_predicate_noun_is_the_subjects(run: Run, body: str) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, "to close the borders") == "Karl Brand"


@pytest.mark.model
def test_a_participle_speaks_for_its_clause_before_a_root_the_parser_put_after(run: Run) -> None:
    rec = harbour_story(
        run,
        "Maria Lenz attacked the governor on Monday, saying he would cut school funds, his "
        'budget is "reckless" and he is a "coward".',
    )
    assert speaker_of(rec, "he would cut school funds") == "Maria Lenz"


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "A serious rival would demand more answers from the mayor on the budget.",
        "For Lenz, the speech hinted at the role she sees for herself: a voice who can argue "
        "that the governor has failed.",
    ],
)
def test_what_an_indefinite_someone_would_say_is_nobodys_words(run: Run, body: str) -> None:
    assert not harbour_story(run, body).attributions


@pytest.mark.model
def test_a_role_that_would_later_say_is_a_statement_still(run: Run) -> None:
    rec = harbour_story(run, "A spokesman would later say that the mayor had resigned.")
    assert [c.text for a in rec.attributions for c in a.content] == ["the mayor had resigned"]


@pytest.mark.model
def test_a_named_persons_act_as_evidence_is_nobodys_words(run: Run) -> None:
    rec = harbour_story(
        run,
        "And Lenz's sharp attack on Governor Karl Brand indicates she is turning to the general "
        "election.",
    )
    assert not rec.attributions


@pytest.mark.model
def test_a_named_persons_body_still_speaks(run: Run) -> None:
    rec = harbour_story(run, "Lenz's administration indicated that the plan would pass.")
    assert [c.text for a in rec.attributions for c in a.content] == ["the plan would pass"]


@pytest.mark.model
def test_a_participle_joined_to_a_passive_one_reports_nothing(run: Run) -> None:
    rec = harbour_story(
        run,
        "Praised by most of the judges and widely expected to win the prize, Lee said on "
        "Monday that he would wait.",
    )
    assert [a.source.text for a in rec.attributions if a.source is not None] == ["Lee"]


@pytest.mark.model
def test_a_noun_phrase_before_an_inverted_aside_is_no_speaker(run: Run) -> None:
    rec = harbour_story(
        run,
        "Part of the trouble with the dam, say engineers like Otto Brill, a Dutch "
        "hydrologist, is the soil itself.",
    )
    assert all(a.source is None or "Part" not in a.source.text for a in rec.attributions)


@pytest.mark.model
def test_an_aside_the_parser_reads_keeps_its_speaker(run: Run) -> None:
    rec = harbour_story(run, "Part of the trouble, experts say, is the soil.")
    assert [a.source.text for a in rec.attributions if a.source is not None] == ["experts"]


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Mary Hale spoke twice, though her financial disclosure suggests she gave the fees to "
        "the harbour fund.",
        "The council withheld a key memo that would have revealed the mayor's use of a "
        "private account.",
    ],
)
def test_a_record_still_shows_what_it_holds(run: Run, body: str) -> None:
    assert harbour_story(run, body).attributions


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        'On Monday, the mayor took the "regulars" along to the pier, in what a few are '
        "calling one more hollow stunt.",
        'The mayor brought her "friends" to the pier, which critics called a stunt.',
    ],
)
def test_a_scare_quote_is_no_statement_of_a_later_cue(run: Run, body: str) -> None:
    rec = harbour_story(run, body)
    assert all(c.text not in {"regulars", "friends"} for a in rec.attributions for c in a.content)


@pytest.mark.model
def test_a_quoted_phrase_in_a_reported_clause_stays_in_it(run: Run) -> None:
    rec = harbour_story(run, 'The deal was "a good start" for the town, Lee said.')
    assert speaker_of(rec, "a good start") == "Lee"
