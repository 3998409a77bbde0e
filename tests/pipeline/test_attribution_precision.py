"""Attributions that are no statement of their speaker: a body taken from a person's title,
page debris as a source, a medium made public with nothing said, a headline the cleanup left
in the body (docs/record.md, attributions and Confidence). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.attributions import confidence as attribution_confidence
from sayso.types import Record

from .conftest import attribution_with, speaker_of

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def test_a_role_in_a_body_is_not_the_body(run: Run) -> None:
    rec = run(
        "The mayor met union leaders on Monday at City Hall.\n\n"
        "A White House aide said the talks would resume next week.\n\n"
        "An Atlantic League executive said the season would start late.\n\n"
        "A Kremlin spokesman said the meeting was useful.\n"
    )
    aide = attribution_with(rec, "the talks would resume")
    executive = attribution_with(rec, "the season would start late")
    assert aide.speaker is None and aide.source is not None
    assert aide.source.text == "A White House aide"
    assert executive.speaker is None and executive.source is not None
    # a spokesman speaks for the body
    assert speaker_of(rec, "the meeting was useful") == "Kremlin"
    # a role in a body known by name is surer than a bare role
    assert aide.confidence >= 0.7


def test_a_stance_held_by_a_role_in_a_named_body_is_kept(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an act with a plain noun phrase, under the record's floor: the pass itself, with no floor
    monkeypatch.setattr(attribution_confidence, "FLOOR", 0.0)
    rec = run("The FBI director criticized Mayor Hale for use of the private account.\n")
    a = attribution_with(rec, "Mayor Hale for use")
    assert a.speaker is None and a.source is not None and a.source.text == "The FBI director"


def test_page_debris_is_no_speaker(run: Run) -> None:
    rec = run(
        "Residents gathered by the river on Sunday.\n\n"
        "Peter GrahnFlagShareLikeReplyLena Moss said the bridge was unsafe.\n\n"
        "Lena Moss said the bridge had been closed before.\n"
    )
    assert not [a for a in rec.attributions if "bridge was unsafe" in a.content[0].text]
    assert attribution_with(rec, "the bridge had been closed").confidence >= 0.8


def test_a_medium_made_public_with_nothing_said_is_left_out(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "On Friday, Harlan Voss posted a photo of the flooded road.\n\n"
        "Mara Quint wrote a letter to the council.\n\n"
        "Harlan Voss wrote that the road had been closed for a week.\n"
    )
    rec = run(text)
    said = [a.content[0].text for a in rec.attributions]
    assert not any("photo" in c or "letter" in c for c in said)
    assert attribution_with(rec, "the road had been closed").confidence >= 0.8
    # under the floor, not unfound: the pass itself, with no floor
    floor = attribution_confidence.FLOOR
    monkeypatch.setattr(attribution_confidence, "FLOOR", 0.0)
    rec = run(text)
    photo = attribution_with(rec, "a photo of the flooded road")
    assert photo.confidence < floor


def test_a_medium_with_a_quote_or_another_verb_keeps_its_words(run: Run) -> None:
    rec = run(
        'Harlan Voss posted a message that read "We are safe" on Sunday.\n\n'
        "Senator Ines Volk added a note of caution about the budget.\n"
    )
    assert attribution_with(rec, "We are safe").confidence >= 0.25


def test_a_title_case_headline_left_in_the_body_scores_as_a_headline(run: Run) -> None:
    # a headline the body does not tell again (one it does is left out: test_attribution_headlines)
    headline = "Mayor Says Harbor Bridge Will Reopen In May"
    body = (
        "The mayor of Dunmore met engineers on Monday.\n\n"
        "The harbour engineers said the ferry fares would stay as they are.\n"
    )
    titled = run(headline + "\n" + body)
    plain = run(body)
    said = [a for a in titled.attributions if a.content[0].end <= len(headline)]
    assert said and all(a.confidence < 0.6 for a in said)
    # the body's own statement is as sure as without the headline
    assert (
        attribution_with(titled, "the ferry fares would stay").confidence
        == attribution_with(plain, "the ferry fares would stay").confidence
    )


def test_a_first_line_with_a_closing_stop_is_no_headline(run: Run) -> None:
    rec = run(
        "Mayor Elsa Brandt Said The Bridge Would Reopen In May.\n"
        "The mayor of Dunmore met engineers on Monday.\n"
    )
    assert attribution_with(rec, "The Bridge Would Reopen").confidence >= 0.6


def test_a_stance_with_a_plain_noun_phrase_is_an_act(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (
        "Minister Tova Lind praised the agreement on Monday.\n\n"
        "The port authority condemned the collision.\n\n"
        "Lind thanked the rescue crews for their patience, including the night shifts.\n\n"
        "Lind blamed the storm for the delay.\n\n"
        "Lind praised the ruling that ended the strike.\n\n"
        'Lind hailed the accord as "a new start" for the port.\n\n'
        "Lind said the agreement would hold.\n"
    )
    rec = run(text)
    said = [c.text for a in rec.attributions for c in a.content]
    for act in ("the agreement on Monday", "the collision", "the rescue crews", "the storm"):
        assert not any(act in c for c in said), act
    # a clause inside the noun phrase, words in quotation marks, a that-clause: kept
    assert attribution_with(rec, "the ruling that ended the strike")
    assert attribution_with(rec, "a new start")
    assert attribution_with(rec, "the agreement would hold").confidence >= 0.8
    # under the floor, not unfound: the pass itself, with no floor
    floor = attribution_confidence.FLOOR
    monkeypatch.setattr(attribution_confidence, "FLOOR", 0.0)
    rec = run(text)
    for act in ("the agreement on Monday", "the collision", "the rescue crews", "the storm"):
        assert attribution_with(rec, act).confidence < floor


@pytest.mark.parametrize(
    "text",
    [
        "The council approved the budget. That said, the harbour district is still unhappy.",
        "The council approved the budget. Needless to say, the fishermen will protest again.",
    ],
)
def test_a_connective_speech_verb_reports_nothing(run: Run, text: str) -> None:
    rec = run(text)
    assert not any(a.cue is not None and "sa" in a.cue.text for a in rec.attributions)


def test_an_all_caps_label_line_is_no_speaker(run: Run) -> None:
    rec = run(
        "The council approved the harbour fee on Monday.\n\n"
        "CORRECTION: An earlier version of this story gave the wrong date for the vote.\n\n"
        "HOST: And what about the small boats in the winter months?\n\n"
        "GUEST: They will pay a lower fee from November until the spring.\n\n"
        "HOST: Will that be enough for the fishermen?\n\n"
        "GUEST: It is what the council could afford this year, and they know it."
    )
    assert not any("earlier version" in c.text for a in rec.attributions for c in a.content)
    # a transcript's voices speak in turn, each on many lines
    guest = attribution_with(rec, "They will pay a lower fee")
    assert guest.source is not None and guest.source.text == "GUEST"
