"""Reported clauses and their speakers: a listener glued to the name that opens the reported
clause, a finite perfect inside an adverbial clause, infinitives after verbs of aspect or
seeming, and finite verbs coordinated across an infinitive (pipeline/attributions). Sentences
invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story, speaker_of

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# Attributions: a listener glued to the name that opens the reported clause ("told police Ann Cole
# hid the key") leaves the name in the content; a short title whose period the tokenizer split
# before a speaker's name after the words ("..., Kelso police Sgt. Ned Varga testified") still
# gives the words to the person named.


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "Dana Whitlow told police Ned Varga loaded the gun before dawn.",
            "Ned Varga loaded the gun before dawn",
        ),
        ("Ann Cole told police Tom Reyes hid the key in the boat.", "Tom Reyes hid the key"),
        ("Ann Cole told reporters Tom Reyes hid the key in the boat.", "Tom Reyes hid the key"),
    ],
)
def test_the_name_after_a_listener_opens_the_told_clause(run: Run, body: str, words: str) -> None:
    a = attribution_with(harbour_story(run, body), words)
    assert a.content[0].text.startswith(words)
    assert a.source is not None and a.source.text in body.split(" told")[0]


@pytest.mark.model
def test_a_name_after_a_noun_of_a_said_clause_stays_in_it(run: Run) -> None:
    rec = harbour_story(run, "Ann Cole said harbour police Tom Reyes hid the key in the boat.")
    a = attribution_with(rec, "hid the key")
    assert a.content[0].text.startswith("harbour police Tom Reyes")


@pytest.mark.model
@pytest.mark.parametrize("title", ["Sgt.", "Det.", "Lt."])
def test_words_before_a_split_title_are_the_named_speakers(run: Run, title: str) -> None:
    rec = harbour_story(
        run, f"The van was empty when deputies arrived, Kelso police {title} Ned Varga testified."
    )
    a = attribution_with(rec, "The van was empty")
    assert [c.text for c in a.content] == ["The van was empty when deputies arrived"]
    assert a.source is not None and "Varga" in a.source.text


@pytest.mark.model
def test_a_name_and_verb_after_a_plain_sentence_take_nothing(run: Run) -> None:
    rec = harbour_story(
        run, "The van was empty when deputies arrived at the pier. Ned Varga testified."
    )
    assert rec.attributions == ()


# -------------------------------------------------------------------------------------------------
# Attributions: reported speech PolNeAR counts that the stage left out, found by rules of grammar.
# A perfect with a subject of its own inside an adverbial clause ("after X had said that ...") is a
# finite clause that reports, not a bare participle put before a noun ("Asked whether ..."). The
# infinitive after a verb of aspect or seeming ("continued to question", "went on to say", "seemed
# to confirm") and the participle after "before", "by" or "while" speak for the subject of the verb
# they complete. "..., as the paper reported" reports the clause it hangs on, and a medium closing
# its sentence ("..., the poll found") reports the clause before it. A verb the parser hung on a
# name before its apposition ("X, the nominee, tweeted: ...") is the sentence's main verb.


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


# -------------------------------------------------------------------------------------------------
# Attributions: PolNeAR recall and speakers. A finite verb the parser joined to an infinitive
# inside the first clause ("X ran on his plan to cut fees and accused Y of ...") is coordinated
# with the finite verb of that clause, whose subject speaks. A role noun a place qualifies ("the
# Ohio senator") is the person the story sets that place next to ("Ohio Sen. X", "X, an Ohio
# senator,", "Sen. X of Ohio"), not another holder of the role. A definite noun that names no role
# ("the developer") is the person named last before it when the story described them with that noun
# in the name's own phrase.


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "words", "speaker"),
    [
        (
            "In 2019, Tom Lenz mainly ran on his plan to push the harbour recovery into high "
            "gear and accused the mayor of botching the repairs.",
            "botching the repairs",
            "Tom Lenz",
        ),
        (
            "Last year, Ann Pike largely campaigned on her power to lift the fishing trade into "
            "profit and accused the council of wrecking the harbour.",
            "wrecking the harbour",
            "Ann Pike",
        ),
    ],
)
def test_a_tensed_verb_joined_to_an_infinitive_speaks_for_the_clause_subject(
    run: Run, body: str, words: str, speaker: str
) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, words) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Texas Sen. Ann Pike and Ohio Sen. Tom Lenz met on Monday. The Ohio senator said "
            "the port would close.",
            "Tom Lenz",
        ),
        (
            "Sen. Ann Pike of Texas and Sen. Tom Lenz of Ohio met on Monday. The Ohio senator "
            "said the port would close.",
            "Tom Lenz",
        ),
        (
            "Tom Lenz, a Texas senator, met voters on Monday. Karl Brand, an Ohio senator, met "
            "them too. The Texas senator said the port would close.",
            "Tom Lenz",
        ),
    ],
)
def test_a_role_a_place_qualifies_is_the_person_set_next_to_that_place(
    run: Run, body: str, speaker: str
) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, "the port would close") == speaker


@pytest.mark.model
def test_a_place_the_story_sets_next_to_no_name_changes_nothing(run: Run) -> None:
    rec = harbour_story(
        run, "Sen. Ann Pike met voters on Monday. The Texas senator said the port would close."
    )
    assert speaker_of(rec, "the port would close") == "Ann Pike"


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Billionaire developer Karl Brand toured the port on Monday. The billionaire "
            "developer said the port would close.",
            "Karl Brand",
        ),
        (
            "Karl Brand, a developer from Marlow, toured the port on Monday. The developer said "
            "the port would close.",
            "Karl Brand",
        ),
        (
            "Karl Brand, a developer, toured the port. Actress Ann Pike came too. The developer "
            "said the port would close.",
            None,
        ),
        (
            "Karl Brand, a developer, and Tom Lenz, another developer, toured the port. The "
            "developer said the port would close.",
            None,
        ),
    ],
)
def test_a_noun_the_story_set_by_the_last_name_is_that_person(
    run: Run, body: str, speaker: str | None
) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, "the port would close") == speaker


@pytest.mark.model
def test_a_place_by_a_name_of_another_role_decides_nothing(run: Run) -> None:
    rec = harbour_story(
        run,
        "Ohio Gov. Tom Lenz toured the port on Monday. An Ohio state spokesman, Karl Brand, "
        "said the port would close. The Ohio spokesman said the ferry would stay.",
    )
    assert speaker_of(rec, "the port would close") == "Karl Brand"
    assert speaker_of(rec, "the ferry would stay") != "Tom Lenz"
