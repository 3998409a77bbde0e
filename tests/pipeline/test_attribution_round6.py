"""Speakers and statements that were wrong on long articles, round 6: a person named in
apposition to an officeholder's title, plural sources, datelines, a person's words nested in a
readout, contents that are no statement (pipeline/attributions). Sentences invented for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import speaker_of

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
