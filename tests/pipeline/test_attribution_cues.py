"""Attribution cues beyond "say": stances, beliefs, intentions, nouns, and which cue takes the
words when cues nest. Hand-written sentences."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.attributions import confidence as attribution_confidence
from sayso.types import Record

from .conftest import attribution_with, speaker_of

pytestmark = pytest.mark.model


def test_stance_verb_is_a_cue(run: Callable[..., Record]) -> None:
    rec = run("Governor Maria Santos endorsed the plan to rebuild the port.")
    a = attribution_with(rec, "the plan to rebuild the port")
    assert a.cue is not None and a.cue.text == "endorsed"
    assert speaker_of(rec, "the plan to rebuild the port") == "Maria Santos"


def test_stance_needs_a_known_holder(run: Callable[..., Record]) -> None:
    rec = run("Several ministers rejected the proposal.")
    assert rec.attributions == ()


def test_stance_participles_are_not_cues(run: Callable[..., Record]) -> None:
    rec = run(
        "Rebels backed by Iran took the town. Tensions grew, with Brazil supporting "
        "the plan quietly rather than openly."
    )
    assert rec.attributions == ()


def test_stance_verb_is_not_the_cue_of_a_quote(run: Callable[..., Record]) -> None:
    rec = run(
        "City Attorney Brad Holm said the advertisement \u201cunmistakably and wrongfully\u201d "
        "suggests that the police officers support the campaign of Governor Maria Santos."
    )
    assert speaker_of(rec, "unmistakably and wrongfully") == "Brad Holm"


def test_belief_verb(run: Callable[..., Record]) -> None:
    rec = run("Senator Mark Hill suspects that the budget was padded.")
    assert speaker_of(rec, "the budget was padded") == "Mark Hill"


def test_intent_verb_takes_its_to_clause(run: Callable[..., Record]) -> None:
    rec = run("Senator Mark Hill offered to resign from the committee.")
    a = attribution_with(rec, "resign from the committee")
    assert a.cue is not None and a.cue.text == "offered"


def test_outer_cue_takes_the_words_first(run: Callable[..., Record]) -> None:
    rec = run("Senator Mark Hill decided to leave the race, a campaign aide said.")
    a = attribution_with(rec, "decided to leave the race")
    assert a.cue is not None and a.cue.text == "said"
    assert a.source is not None and a.source.text == "a campaign aide"


def test_according_to_before_a_verb_that_is_not_speech(run: Callable[..., Record]) -> None:
    rec = run(
        "Defence Minister Arjun Malhotra offered to sell two frigates to Chile, according to "
        "a statement released by the Indian Defence Ministry."
    )
    assert speaker_of(rec, "two frigates") == "Indian Defence Ministry"


def test_noun_cue_with_own_pronoun_stays_with_the_verb(run: Callable[..., Record]) -> None:
    rec = run("Governor Maria Santos repeated her hope that the port would reopen in May.")
    assert speaker_of(rec, "the port would reopen") == "Maria Santos"


def test_rest_content_stays_in_the_cue_clause(
    run: Callable[..., Record], monkeypatch: pytest.MonkeyPatch
) -> None:
    # acts with a plain noun phrase, under the record's floor: the pass itself, with no floor
    monkeypatch.setattr(attribution_confidence, "FLOOR", 0.0)
    rec = run("As Maria Santos talked about the harbor, Senator Mark Hill praised the new bridge.")
    a = attribution_with(rec, "the harbor")
    assert all("bridge" not in c.text for c in a.content)
    assert speaker_of(rec, "the new bridge") == "Mark Hill"


def test_counted_holder_of_a_stance(
    run: Callable[..., Record], monkeypatch: pytest.MonkeyPatch
) -> None:
    # under the record's floor (a stance with no clause): the pass itself, with no floor
    monkeypatch.setattr(attribution_confidence, "FLOOR", 0.0)
    rec = run("Nineteen percent of the students polled support the tuition freeze.")
    a = attribution_with(rec, "the tuition freeze")
    assert a.source is not None and "percent" in a.source.text


def test_headline_speaker_by_name_word(run: Callable[..., Record]) -> None:
    rec = run(
        "Hill: The Bridge Must Close Before Winter.\n\n"
        "Senator Mark Hill spoke to reporters in Boston on Monday."
    )
    assert speaker_of(rec, "The Bridge Must Close") == "Mark Hill"


def test_headline_medium_without_entity(run: Callable[..., Record]) -> None:
    rec = run("Poll: Voters Favor the New Bridge.\n\nThe survey was taken in March.")
    a = attribution_with(rec, "Voters Favor the New Bridge")
    assert a.source is not None and a.source.text == "Poll"


def test_words_end_where_a_nested_quote_begins(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Mark Hill said he saw no reason to change his campaign, telling reporters "
        "that \u201cwe tell the truth and we deal with the issues.\u201d"
    )
    a = attribution_with(rec, "he saw no reason")
    assert a.content[0].text == "he saw no reason to change his campaign"
    assert speaker_of(rec, "we tell the truth") == "Mark Hill"


def test_relative_pronoun_is_the_source(run: Callable[..., Record]) -> None:
    rec = run("Senator Mark Hill, who said the bridge was unsafe, left the room.")
    a = attribution_with(rec, "the bridge was unsafe")
    assert a.source is not None and a.source.text == "who"
    assert speaker_of(rec, "the bridge was unsafe") == "Mark Hill"


def test_what_a_medium_shows_needs_no_that(run: Callable[..., Record]) -> None:
    rec = run("Surveys show a narrow lead for the mayor in the western suburbs.")
    a = attribution_with(rec, "a narrow lead for the mayor")
    assert a.source is not None and a.source.text == "Surveys"


def test_directive_to_an_addressee(run: Callable[..., Record]) -> None:
    rec = run("Senator Mark Hill told his advisers to find a way around the committee.")
    assert speaker_of(rec, "to find a way around the committee") == "Mark Hill"


def test_cue_found_despite_a_lemmatizer_slip() -> None:
    from sayso.lexicon import stem as _stem

    assert _stem("hopes") == "hope"
    assert _stem("hoping") == "hope"
    assert _stem("noted") == "note"


def test_by_saying_takes_the_speaker_of_its_verb(run: Callable[..., Record]) -> None:
    rec = run("Senator Mark Hill answered the mayor on Monday by saying his vote was a mistake.")
    assert speaker_of(rec, "his vote was a mistake") == "Mark Hill"


def test_question_put_by_an_unnamed_asker(
    run: Callable[..., Record], monkeypatch: pytest.MonkeyPatch
) -> None:
    # a question with no asker is under the record's floor: the pass itself, with no floor
    monkeypatch.setattr(attribution_confidence, "FLOOR", 0.0)
    rec = run("Asked if he was ever bullied, Senator Mark Hill said no.")
    a = attribution_with(rec, "if he was ever bullied")
    assert a.source is None and a.speaker is None
    assert a.cue is not None and a.cue.text == "Asked"


def test_according_to_a_noun_the_parser_took_for_a_verb_object(
    run: Callable[..., Record],
) -> None:
    rec = run(
        "On the tour, the singer regularly mocked local reporters with crude jokes, "
        "according to show insiders."
    )
    a = attribution_with(rec, "regularly mocked local reporters")
    assert a.source is not None and "insiders" in a.source.text
