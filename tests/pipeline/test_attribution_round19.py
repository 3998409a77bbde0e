"""Attributions, round 19: speakers in political news. A surname of several words ("De Vos",
"Di Santo") speaks for the one person of the story whose longer name ends with it, when the
entities stage gave that name form no person or only one of its own; two people of that surname
leave it unresolved; a capitalised surname inside the sentence counts though the tagger took it
for a common noun. A cue in a relative clause on a noun in apposition to a name ("X, a lawyer
who argued ...") speaks for that name. Of two people the story titled with a role ("Sen."),
"the senator" is the one its own sentence names before it. The cue of a quote's adjacent named
subject holds the whole name ("De Vos told"), not its last word. Sentences invented for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story, speaker_of

Run = Callable[..., Record]


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "Hugo De Vos, the port director, backed the plan on Monday. “We will win this "
            "fight,” De Vos told reporters in an interview.",
            "We will win this fight",
            "Hugo De Vos",
        ),
        (
            "Paolo Di Santo, the mayor, backed the plan on Monday. Di Santo said the port "
            "would close.",
            "the port would close",
            "Paolo Di Santo",
        ),
    ],
)
def test_a_surname_of_several_words_is_the_person_named_in_full(
    run: Run, body: str, words: str, speaker: str
) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, words) == speaker


@pytest.mark.model
def test_a_surname_two_people_share_stays_their_own(run: Run) -> None:
    rec = harbour_story(
        run,
        "Hugo De Vos and his sister Ana De Vos backed the plan on Monday. De Vos said the "
        "port would close.",
    )
    assert speaker_of(rec, "the port would close") not in {"Hugo De Vos", "Ana De Vos"}


@pytest.mark.model
def test_the_cue_holds_the_whole_name_of_its_subject(run: Run) -> None:
    rec = harbour_story(
        run,
        "Hugo De Vos, the port director, backed the plan on Monday. “We will win this "
        "fight,” De Vos told reporters in an interview.",
    )
    a = attribution_with(rec, "We will win this fight")
    assert a is not None and a.cue is not None and a.cue.text == "De Vos told"


@pytest.mark.model
def test_a_relative_on_a_noun_in_apposition_to_a_name_speaks_for_the_name(run: Run) -> None:
    rec = harbour_story(
        run,
        "Tom Lenz, a bully who has repeatedly promised to close the port, lost the vote.",
    )
    assert speaker_of(rec, "to close the port") == "Tom Lenz"


@pytest.mark.model
def test_a_surname_the_tagger_took_for_a_noun_is_the_person(run: Run) -> None:
    rec = harbour_story(
        run,
        'Radio host Sean Mallity spoke on Tuesday. "We need him back in the council," Mallity '
        "said during a panel on his show.",
    )
    assert speaker_of(rec, "We need him back") == "Sean Mallity"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Sen. Ann Pike and Sen. Tom Lenz met voters on Friday. In an interview, host Karl "
            "Brand pressed Pike on the vote, but the senator insisted she had not discussed it "
            "with the mayor.",
            "Ann Pike",
        ),
        (
            "Sen. Ann Pike and Sen. Tom Lenz met voters on Friday. Later the senator said she "
            "had not discussed it with the mayor.",
            None,
        ),
    ],
)
def test_of_two_titled_people_the_role_is_the_one_its_sentence_names(
    run: Run, body: str, speaker: str | None
) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, "had not discussed it") == speaker
