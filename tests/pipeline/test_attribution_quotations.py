"""Quotations and the speakers of their cues: a quote run after a stop read as an initial's, a
relative pronoun cue spoken by its antecedent, a speech verb set right after a quotation, an
opening mark typed for a closing one, and titles kept whole or split before a name
(pipeline/attributions, pipeline/quotes). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.quotes import find_quotes
from sayso.types import Record

from .conftest import attribution_with, harbour_story, speaker_of

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# Speakers and quote runs that were wrong on whole articles: a quote run after a stop the parser
# read as an initial's, a body's own name in apposition to "the company", the author of "the
# statement" named the sentence before (pipeline/attributions).


def story(run: Run, body: str) -> Record:
    return run("Harbour town news\n\n" + body)


@pytest.mark.model
def test_a_quote_run_goes_on_after_a_post_on_x(run: Run) -> None:
    rec = story(
        run,
        "Senator Ann Holt criticized the port agency on Monday.\n\n"
        'Ms. Holt dismissed that answer. "If there is a problem with the review, tell us '
        'what it is," she wrote on X. "Silence is not an answer."',
    )
    assert speaker_of(rec, "tell us what it is") == "Ann Holt"
    assert speaker_of(rec, "Silence is not an answer") == "Ann Holt"
    # the first quotation is its own part of the run, not a content with no cue
    assert attribution_with(rec, "tell us what it is").kind == "direct"


@pytest.mark.model
def test_the_company_named_in_apposition_speaks_as_its_name(run: Run) -> None:
    rec = story(
        run,
        "The harbour board gave the dredging contract to a company owned by a donor of the "
        "mayor, records show.\n\n"
        "The company, Gray Tide Marine, said in a statement that it had won the contract "
        "fairly.",
    )
    assert speaker_of(rec, "won the contract fairly") == "Gray Tide Marine"


@pytest.mark.model
def test_the_statement_speaks_as_the_person_who_issued_it(run: Run) -> None:
    rec = story(
        run,
        "A spokesman for the fishermen, Omar Haddou, said in a statement that the group had "
        'been told of the plan but not consulted. "We hope the board will listen this time," '
        "the statement said.",
    )
    assert speaker_of(rec, "the board will listen") == "Omar Haddou"


@pytest.mark.model
def test_a_joined_report_by_another_speaker_is_not_the_first_speakers_words(run: Run) -> None:
    rec = story(
        run,
        "Estonia welcomed the move. President Ivo Castel's office said Tallinn was ready to "
        "work with Washington on border security, and a senior Estonian official told "
        'reporters in Tartu that the withdrawal was "long overdue."',
    )
    first = attribution_with(rec, "ready to work with Washington")
    assert not any("withdrawal" in c.text for c in first.content)
    assert attribution_with(rec, "long overdue").speaker != first.speaker


@pytest.mark.model
def test_a_second_that_clause_after_and_stays_reported(run: Run) -> None:
    rec = story(
        run,
        "Minister Ada Park said that prices had risen and that the central bank reported a "
        "loss for the year.",
    )
    a = attribution_with(rec, "prices had risen")
    assert any("reported a loss" in c.text for c in a.content)


# -------------------------------------------------------------------------------------------------
# The right speaker: a quotation cued in a relative clause is written as the relative pronoun and
# spoken by its antecedent ('X, who declared, "..."'), and a share of respondents speaks through
# the poll that counted them ("In a poll, 64 percent said ...") (pipeline/attributions).


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


# -------------------------------------------------------------------------------------------------
# Attributions: the speaker of a speech verb set right after a quotation is the noun phrase after
# the verb, whatever the parser made of it ('"...," added a local Democrat. "..."', '"...," said
# retired pilot Ann Lee, asked about ...'), and an opening mark typed where a closing one belongs
# ('"It is rare,“ said X') closes the quote (pipeline/attributions, pipeline/quotes).


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "words", "source"),
    [
        (
            "\u201cIt is over for them,\u201d added a local Democrat. "
            "\u201cThey did what they could.\u201d",
            "over for them",
            "a local Democrat",
        ),
        (
            '"I am not going to quit the board, so forget it," said retired pilot Ben Carlow, '
            "asked about his claim.",
            "quit the board",
            "Ben Carlow",
        ),
        (
            '"A man came in and said maybe we should close the pier," said the cashier, who '
            "like many in the harbour did not want to be named.",
            "close the pier",
            "the cashier",
        ),
    ],
)
def test_the_noun_phrase_after_an_inverted_speech_verb_speaks(
    run: Run, body: str, words: str, source: str
) -> None:
    a = attribution_with(harbour_story(run, body), words)
    assert a.source is not None and source in a.source.text


@pytest.mark.model
def test_a_time_after_the_inverted_speaker_is_not_the_speaker(run: Run) -> None:
    rec = harbour_story(
        run, "\u201cI get upset when drivers are involved,\u201d said Lawrence yesterday."
    )
    a = attribution_with(rec, "get upset")
    assert a.source is not None and a.source.text == "Lawrence"


@pytest.mark.model
def test_an_inverted_verb_with_no_noun_phrase_after_it_names_no_speaker(run: Run) -> None:
    # with a noun phrase after the verb, the quotation is that phrase's ...
    named = harbour_story(
        run, '"The ferry will run all winter," said the board in a statement on Monday.'
    )
    a = attribution_with(named, "ferry will run")
    assert a.source is not None and a.source.text == "the board"
    # ... with none, the statement is no speaker, and a quotation no one is found saying is
    # left out
    rec = harbour_story(run, '"The ferry will run all winter," said in a statement on Monday.')
    assert not [a for a in rec.attributions if any("ferry will run" in c.text for c in a.content)]


def test_an_opening_mark_in_a_closing_place_closes_the_quote() -> None:
    text = "\u201cIt is rare,\u201c said Lars Nobel. \u201cIt is hard to pull off.\u201d"
    quotes = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert quotes == ["It is rare,", "It is hard to pull off."]


def test_an_opening_mark_before_a_word_still_opens_a_new_quote() -> None:
    text = "\u201cThe pier is shut. \u201cNo boats today,\u201d the sign read."
    quotes = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert quotes[-1] == "No boats today,"


@pytest.mark.model
def test_a_mistyped_closing_mark_keeps_the_speaker(run: Run) -> None:
    rec = harbour_story(
        run,
        "\u201cIt is rare,\u201c said Lars Nobel, a lawyer with the Harbour Legal Center. "
        "\u201cIt is a hard thing to pull off.\u201d",
    )
    a = attribution_with(rec, "It is rare")
    assert a.source is not None and "Lars Nobel" in a.source.text


# -------------------------------------------------------------------------------------------------
# Attributions: a speech verb after a quotation with only the speaker's phrase between ('"...,"
# Harbour police Sgt. Ned Varga testified') is the quotation's cue whatever the parser hung it on;
# a title kept whole before a name ("according to police spokesperson Const. Ada Merrow") gives the
# words to the person named.


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        '"We did all we could," Harbour police Sgt. Ned Varga testified.',
        '"We did all we could," Kelso police Sgt. Ned Varga testified at the hearing.',
        '"We did all we could," Kelso police Lt. Ned Varga said.',
    ],
)
def test_a_verb_after_a_quote_and_a_titled_name_is_its_cue(run: Run, body: str) -> None:
    a = attribution_with(harbour_story(run, body), "We did all we could")
    assert [c.text for c in a.content] == ["We did all we could"]
    assert a.source is not None and "Ned Varga" in a.source.text


@pytest.mark.model
def test_a_told_clause_after_a_quote_keeps_its_own_speaker(run: Run) -> None:
    rec = harbour_story(run, '"The gate was shut," Ann Cole told reporters Ned Varga said.')
    for a in rec.attributions:
        if any("The gate was shut" in c.text for c in a.content):
            assert a.source is not None and "Varga" not in a.source.text


@pytest.mark.model
@pytest.mark.parametrize("title", ["Const.", "Det.", "Sgt."])
def test_according_to_a_role_and_a_title_is_the_named_person(run: Run, title: str) -> None:
    rec = harbour_story(
        run,
        f"Two workers were hurt when the roof fell, according to Harbour Police spokesperson "
        f"{title} Ada Merrow.",
    )
    a = attribution_with(rec, "Two workers were hurt")
    assert a.source is not None and a.source.text.endswith("Ada Merrow")


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Reyes hid the knife when he walked into the boat shed, stopped at the front desk and "
        "then entered Ann Cole's room, Kelso police Sgt. Ned Varga testified.",
        "Reyes hid the knife, stopped at the desk and then entered the room, Kelso police Sgt. "
        "Ned Varga testified.",
        "Reyes hid the knife, stopped at the desk and then entered the room, Kelso police Sgt. "
        "Ned Varga testified.\n\nThe hearing resumes on Monday.",
    ],
)
def test_a_closing_cue_after_a_comma_reports_the_clause_before(run: Run, body: str) -> None:
    a = attribution_with(harbour_story(run, body), "Reyes hid the knife")
    assert [c.text for c in a.content] == [body.split(", Kelso")[0]]  # a paragraph after or not
    assert a.source is not None and "Ned Varga" in a.source.text


@pytest.mark.model
def test_a_closing_clause_joined_by_and_reports_nothing(run: Run) -> None:
    rec = harbour_story(
        run, "Reyes hid the knife, stopped at the desk and entered the room, and Ned Varga left."
    )
    assert rec.attributions == ()


@pytest.mark.model
def test_a_quote_closed_by_a_stop_is_not_quoted_by_the_next_sentence(run: Run) -> None:
    rec = harbour_story(
        run,
        'The navy said the boat had been on patrol and accused the guard of "theft at sea." '
        "Harbour Radio, a station close to the navy, quoted a local commander, Brig. Gen. Ned "
        'Varga, as saying that the navy would answer "in its own time." The navy said no more.',
    )
    a = attribution_with(rec, "the navy would answer")
    assert a.source is not None and "Ned Varga" in a.source.text
    for a in rec.attributions:
        if a.source is not None and "Varga" in a.source.text:
            assert not any("theft at sea" in c.text for c in a.content)


@pytest.mark.model
def test_a_place_glued_to_a_title_by_a_hyphen_does_not_speak(run: Run) -> None:
    rec = harbour_story(
        run,
        '"The ferry fares must come down," said Grand Rapids-based economist Nora Haig.\n\n'
        '"We will hold the line," said Oskar Brandt-Nilsen, a union steward.\n',
    )
    assert speaker_of(rec, "The ferry fares must come down") == "Nora Haig"
    assert speaker_of(rec, "We will hold the line") == "Oskar Brandt-Nilsen"


@pytest.mark.model
def test_a_cue_reaches_its_quotation_across_a_participle_of_manner(run: Run) -> None:
    # the quotation is the cue's words, bounded by its marks
    rec = harbour_story(
        run,
        "The skipper joked, again using his captain's voice, \"Next summer she will carry "
        'twice as many cars!"',
    )
    a = attribution_with(rec, "Next summer she will carry")
    assert a.source is not None and a.source.text == "The skipper"
    assert a.content[0].text.startswith("Next summer")


@pytest.mark.model
def test_a_quotation_after_a_clause_s_own_verb_is_that_clause_s(run: Run) -> None:
    rec = harbour_story(
        run,
        "Harbour Master Oskar Lind spoke at the quay on Friday.\n\n"
        'When a fisherman in the crowd shouted, "Lind," Lind joked, "Here I am! Come and '
        'shake my hand!"',
    )
    a = attribution_with(rec, "Come and shake my hand")
    assert not any(c.text == "Lind" for c in a.content)
    assert speaker_of(rec, "Come and shake my hand") == "Oskar Lind"
    assert speaker_of(rec, "Lind") is None  # the fisherman's


@pytest.mark.model
def test_a_quotation_split_by_its_cue_stays_whole(run: Run) -> None:
    # counter-case: the cue after the first half is the speaker's own
    rec = harbour_story(
        run,
        "Harbour Master Oskar Lind spoke at the quay on Friday.\n\n"
        '"The levy pays for the quay," Lind said, "and for nothing else."',
    )
    a = attribution_with(rec, "The levy pays for the quay")
    assert [c.text for c in a.content] == ["The levy pays for the quay", "and for nothing else"]


# -------------------------------------------------------------------------------------------------
# A cue set inside the sentence after a quotation that closes with a stop ('"..." The pier, she
# said, was "..."') reports that sentence, not the quotation before it.


@pytest.mark.model
def test_a_cue_inside_the_next_sentence_reports_that_sentence(run: Run) -> None:
    rec = harbour_story(
        run,
        '"We may be letting the rival crew rest too long," Hedda Lund said. "We like to be '
        'patient." The night race, she said, was "where our boat has the best chance of the '
        'whole summer."',
    )
    assert speaker_of(rec, "where our boat has the best chance") == "Hedda Lund"
    assert speaker_of(rec, "We like to be patient") == "Hedda Lund"


@pytest.mark.model
def test_a_cue_right_after_a_closed_quotation_is_its_cue(run: Run) -> None:
    # counter-case: only the speaker stands between the quotation and the cue
    rec = harbour_story(
        run,
        'Harbour master Olaf Mett spoke first. "The night race starts at nine." Hedda Lund said.',
    )
    assert speaker_of(rec, "The night race starts at nine") == "Hedda Lund"
