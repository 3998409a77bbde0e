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
