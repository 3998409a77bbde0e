"""Speakers and statements that were wrong on long articles, round 6: a person named in
apposition to an officeholder's title, plural sources, datelines, a person's words nested in a
readout, contents that are no statement (pipeline/attributions). Sentences invented for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, speaker_of

Run = Callable[..., Record]


def story(run: Run, body: str) -> Record:
    return run("Harbour town news\n\n" + body)


@pytest.mark.model
def test_a_pronoun_after_an_officeholder_named_in_apposition_is_that_officeholder(
    run: Run,
) -> None:
    # the parser hangs the name on the place ("of Westmark, J. Caradoc"): the name is still
    # the subject of the sentence before the pronoun, and the guild leader was only its past
    rec = story(
        run,
        "In Portvale, the harbour the boats sailed from, relatives of the crews marched on "
        "Tuesday. Aled Morgan, who leads a local boatmen's guild, said the crews had been "
        '"far from the line" when they were stopped. "They were working our own waters," he '
        "said.\n\nThe premier of Westmark, J. Caradoc, wrote to the capital on Tuesday urging "
        'it to "use every lever it has" to free the crews. He accused the government of '
        'treating the arrests as "a quarrel between neighbours."',
    )
    assert speaker_of(rec, "a quarrel between neighbours") == "J. Caradoc"


@pytest.mark.model
def test_the_company_is_the_name_the_story_introduced_by_that_noun(run: Run) -> None:
    rec = story(
        run,
        "The licences, granted in 2022 to the Norwegian company Fjordkraft Mining and a Korean "
        "steel group, were meant to bring new jobs. Fjordkraft Mining says it has had no word "
        'of any review. In a statement on Monday, the company said its licence "is still '
        'valid" and warned that it would go to court if the ministry tried to cancel it.',
    )
    assert speaker_of(rec, "is still valid") == "Fjordkraft Mining"
    assert speaker_of(rec, "would go to court") == "Fjordkraft Mining"


@pytest.mark.model
def test_the_state_in_a_dateline_is_no_speaker(run: Run) -> None:
    rec = run(
        "Polling places stay open\n\nSALINA, Kan. - A federal judge on Monday blocked the "
        "county from closing 40 polling places before the primary, ruling that the plan the "
        "county adopted had ignored thousands of rural voters."
    )
    a = attribution_with(rec, "had ignored thousands of rural voters")
    assert a.source is not None and a.source.text == "A federal judge"


READOUTS = (
    "Norway and Canada give different accounts of ministers' call\n\n"
    "OSLO - The call took place on Sunday evening, according to both governments.\n\n"
    'According to the Norwegian readout, Mr. Hagen "stressed that the fishing zones are not '
    'open to talks" and "welcomed the close cooperation between the two coast guards." The two '
    'ministers, it said, "agreed to meet again in the spring."\n\n'
    "Canada's readout, issued an hour later, was shorter. It said Minister Dunmore had "
    '"emphasized the importance of a wider Canadian presence in the north" and "welcomed '
    "Norway's pledge to spend more on the Arctic.\" It did not mention a meeting."
)


@pytest.mark.model
def test_a_person_quoted_from_the_verb_on_in_a_readout_is_the_speaker(run: Run) -> None:
    rec = run(READOUTS)
    assert speaker_of(rec, "the fishing zones are not open to talks") == "Hagen"
    assert speaker_of(rec, "close cooperation between the two coast guards") == "Hagen"
    assert speaker_of(rec, "a wider Canadian presence") == "Dunmore"
    assert speaker_of(rec, "pledge to spend more on the Arctic") == "Dunmore"
    a = attribution_with(rec, "a wider Canadian presence")
    channel = rec.entity(a.via)
    assert channel is not None and channel.name == "Canada"


@pytest.mark.model
def test_words_quoted_from_the_verb_on_with_no_named_person_stay_as_they_were(run: Run) -> None:
    rec = story(
        run,
        'The council said the old plan "failed to protect the river" and that a new one was '
        "being drawn up.",
    )
    a = attribution_with(rec, "failed to protect the river")
    assert a.source is not None and a.source.text == "The council"
    assert any("a new one was being drawn up" in c.text for c in a.content)
