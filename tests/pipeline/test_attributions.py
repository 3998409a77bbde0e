"""Attributions: direct, mixed and indirect speech, speakers, cues, channels, bad quotes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, speaker_of

pytestmark = pytest.mark.model


def test_direct_quote_with_cue_after(run: Callable[..., Record]) -> None:
    rec = run(
        "Mayor Tom Alvarez opened the bridge on Friday.\n\n"
        "\u201cThis bridge will serve the city for a century,\u201d Alvarez said."
    )
    a = attribution_with(rec, "This bridge will serve")
    assert a.kind == "direct"
    assert speaker_of(rec, "This bridge will serve") == "Tom Alvarez"
    assert a.cue is not None and "said" in a.cue.text


def test_pronoun_speaker_resolved(run: Callable[..., Record]) -> None:
    rec = run(
        "Health Minister Sara Lind visited the clinic on Monday.\n\n"
        "\u201cWe need more nurses,\u201d she said."
    )
    assert speaker_of(rec, "We need more nurses") == "Sara Lind"


def test_cue_before_quote(run: Callable[..., Record]) -> None:
    rec = run("Senator Mark Hill spoke to reporters. He said: \u201cThe bill is dead.\u201d")
    assert speaker_of(rec, "The bill is dead") == "Mark Hill"


def test_cue_before_quote_across_its_adjuncts(run: Callable[..., Record]) -> None:
    # only the cue's own adjuncts stand between it and the quote
    rec = run(
        "As Helen Brandt said last week in the capital, \u201cThe harbour will stay open to "
        "every ship that pays its dues.\u201d"
    )
    a = attribution_with(rec, "The harbour will stay open")
    assert a.kind == "direct"
    assert speaker_of(rec, "The harbour will stay open") == "Helen Brandt"


def test_uncued_quote_after_a_statement_continues_its_speaker(run: Callable[..., Record]) -> None:
    rec = run(
        "Paul Vance, a spokesman for the ferry company, said the timetable would not change "
        "before spring. \u201cYou will find the boats running every hour this winter.\u201d\n\n"
        "\u201cNobody is going to be stranded on the island.\u201d\n\n"
        "Mayor Helen Brandt said the fee was too high. \u201cFair enough\u201d was how one "
        "captain put it."
    )
    a = attribution_with(rec, "You will find the boats")
    assert a.kind == "direct"
    assert speaker_of(rec, "You will find the boats") == "Paul Vance"
    # a paragraph that is wholly the quotation goes on too
    assert speaker_of(rec, "Nobody is going to be stranded") == "Paul Vance"
    # words in quotation marks inside a sentence of their own are no continuation
    assert not any(c.text.startswith("Fair enough") for x in rec.attributions for c in x.content)


def test_quote_cue_with_a_pronoun_addressee(run: Callable[..., Record]) -> None:
    rec = run(
        "Governor Alan Pryce spoke in Dover on Tuesday.\n\n"
        "\u201cJust one minute, come on, one second, all right?\u201d he urged them, as he "
        "explained the plan."
    )
    a = attribution_with(rec, "Just one minute")
    assert a.kind == "direct"
    assert speaker_of(rec, "Just one minute") == "Alan Pryce"


def test_name_before_the_colon_of_a_quote_speaks(run: Callable[..., Record]) -> None:
    rec = run(
        "Polls moved late in the race - More from pollster Ann Lee: \u201cThe late deciders "
        "broke for the challenger by a wide margin.\u201d\n\n"
        "The exchange went on - Rep. Tom Hale (D-Ore.): \u201cI have not seen any figure like "
        "that in the report.\u201d\n\n"
        "Senator Ruth Ames criticised Hale: \u201cHe has never read the report he cites.\u201d"
    )
    assert speaker_of(rec, "The late deciders broke") == "Ann Lee"
    assert speaker_of(rec, "I have not seen any figure") == "Tom Hale"
    # the person a cue acts on is not the one speaking
    assert speaker_of(rec, "He has never read the report") == "Ruth Ames"


def test_indirect_speech_with_that_clause(run: Callable[..., Record]) -> None:
    rec = run("Finance Minister Paula Grant said that inflation would fall next year.")
    a = attribution_with(rec, "inflation would fall")
    assert a.kind == "indirect"
    assert speaker_of(rec, "inflation would fall") == "Paula Grant"
    assert not any(c.text.startswith("that ") for c in a.content)


def test_multiword_cue(run: Callable[..., Record]) -> None:
    rec = run("General Omar Haddad pointed out that the border was quiet.")
    a = attribution_with(rec, "the border was quiet")
    assert a.cue is not None and a.cue.text == "pointed out"


def test_mixed_quote(run: Callable[..., Record]) -> None:
    rec = run("Prime Minister Eva Berg called the deal \u201ca historic step\u201d for the region.")
    a = attribution_with(rec, "a historic step")
    assert a.kind == "mixed"
    assert speaker_of(rec, "a historic step") == "Eva Berg"


def test_according_to_a_statement_by_an_organisation(run: Callable[..., Record]) -> None:
    rec = run(
        "According to a statement released by the World Health Organization, "
        "the outbreak is under control."
    )
    assert speaker_of(rec, "the outbreak is under control") == "World Health Organization"


def test_channel_goes_into_via(run: Callable[..., Record]) -> None:
    rec = run(
        "Defense Minister Ivan Petrov spoke at length.\n\n"
        "\u201cWe will not retreat,\u201d he said, according to a video of his remarks "
        "posted online by the Bulgarian Ministry of Defense."
    )
    a = attribution_with(rec, "We will not retreat")
    assert speaker_of(rec, "We will not retreat") == "Ivan Petrov"
    via = rec.entity(a.via)
    assert via is not None and via.name == "Bulgarian Ministry of Defense"


def test_media_report(run: Callable[..., Record]) -> None:
    rec = run("The Guardian reported that the talks had collapsed.")
    assert speaker_of(rec, "the talks had collapsed") == "The Guardian"


def test_unclosed_quote_does_not_swallow_the_article(run: Callable[..., Record]) -> None:
    text = (
        "Coach Lee Park was upbeat. \u201cWe played well, he said.\n\n"
        "The team travels to Madrid next week. Fans are expected in large numbers.\n\n"
        "Tickets sold out within an hour, the club said."
    )
    rec = run(text)
    second_para = text.index("The team travels")
    for a in rec.attributions:
        for c in a.content:
            assert "\n\n" not in c.text
            assert not (c.start < second_para < c.end)


def test_mixed_quote_marks_never_crash(run: Callable[..., Record]) -> None:
    text = 'He said "yes\u201d and \u201cno" and \u00abmaybe\u00bb " \u201c \u201d end'
    rec = run(text)
    for s in rec.spans():
        assert text[s.start : s.end] == s.text


def test_scare_quotes_are_not_attributions(run: Callable[..., Record]) -> None:
    rec = run("The so-called \u201cpeace plan\u201d was published on Monday.")
    assert rec.attributions == ()


def test_noun_cue_with_possessor(run: Callable[..., Record]) -> None:
    rec = run("Critics repeated Governor Ana Costa's claim that the budget was balanced.")
    a = attribution_with(rec, "the budget was balanced")
    assert a.cue is not None and a.cue.text == "claim"
    assert a.source is not None and "Ana Costa" in a.source.text


def test_speaker_after_a_long_quote(run: Callable[..., Record]) -> None:
    rec = run(
        "\u201cThe plan is sound. It will work,\u201d said Omar Farouk, a senior adviser "
        "to the finance ministry."
    )
    a = attribution_with(rec, "The plan is sound")
    assert a.kind == "direct"
    assert speaker_of(rec, "The plan is sound") == "Omar Farouk"


def test_split_quote_is_one_attribution(run: Callable[..., Record]) -> None:
    rec = run("\u201cWe waited too long,\u201d Mayor Rita Moreno said. \u201cNow we act.\u201d")
    a = attribution_with(rec, "We waited too long")
    assert [c.text.rstrip(".") for c in a.content] == ["We waited too long", "Now we act"]


def test_transcript_lines(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Joan Miles spoke to the host.\n\n"
        "HOST: Will you run again next year?\n\n"
        "MILES: I have not decided yet, and I will not decide before spring."
    )
    assert speaker_of(rec, "I have not decided yet") == "Joan Miles"


def test_dash_source_after_a_no_break_space(run: Callable[..., Record]) -> None:
    rec = run(
        "Readers wrote in.\n\n\u201cThe bridge must be fixed.\u201d\u00a0\u2015 Maria Lopez\n"
        "\u201cWe waited years.\u201d \u2015 Tom Reyes"
    )
    assert speaker_of(rec, "The bridge must be fixed") == "Maria Lopez"
    assert speaker_of(rec, "We waited years") == "Tom Reyes"


def test_quote_goes_on_after_cue_with_adjunct(run: Callable[..., Record]) -> None:
    rec = run(
        "Mayor Maria Lopez toured the docks on Monday. \u201cThe harbour is open again,\u201d "
        "Lopez said after the storm. \u201cEvery ferry will run on time.\u201d"
    )
    assert speaker_of(rec, "Every ferry will run on time") == "Maria Lopez"


def test_quote_in_clause_of_outer_speech_cue(run: Callable[..., Record]) -> None:
    rec = run(
        "Senator Rosa Pell said the audit showed \u201ca pattern of waste\u201d in the agency."
    )
    assert speaker_of(rec, "a pattern of waste") == "Rosa Pell"


def test_named_apposition_over_role_noun(run: Callable[..., Record]) -> None:
    rec = run(
        "Prosecutor Anna Weiss spoke first. The company's lawyer, Victor Dahl, said his client "
        "had paid every tax."
    )
    assert speaker_of(rec, "had paid every tax") == "Victor Dahl"


@pytest.mark.parametrize(
    "text",
    [
        "Minister Karl Brenner did not say whether the plant would close.",
        "Neither side said when the talks would resume.",
        "The Ministry of Transport declined to comment on the crash.",
    ],
)
def test_unsaid_statement_is_no_attribution(run: Callable[..., Record], text: str) -> None:
    assert run(text).attributions == ()


def test_gerund_of_denial_is_content(run: Callable[..., Record]) -> None:
    rec = run("The rebel army denied shelling the northern villages.")
    assert attribution_with(rec, "shelling the northern villages").cue.text == "denied"


def test_that_clause_of_inner_cue_is_not_outer_content(run: Callable[..., Record]) -> None:
    rec = run(
        "Mayor Tom Reyes claimed victory on Sunday after his rival, Lena Ortiz, conceded that "
        "she had lost."
    )
    assert speaker_of(rec, "she had lost") == "Lena Ortiz"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Senator Carol Whitman missed the vote on Friday. Whitman's office said she had "
            "been ill.",
            "she had been ill",
            "Carol Whitman",
        ),
        (
            "Governor Mark Tillis left the capital. A spokeswoman for Tillis said he would "
            "return on Monday.",
            "he would return on Monday",
            "Mark Tillis",
        ),
        (
            "A spokesman for the Ministry of Health said the clinics would reopen.",
            "the clinics would reopen",
            "Ministry of Health",
        ),
        (
            "Observers from the Commonwealth Secretariat reported long queues at polling stations.",
            "long queues",
            "Commonwealth Secretariat",
        ),
    ],
)
def test_unnamed_office_speaks_for_principal(
    run: Callable[..., Record], text: str, content: str, speaker: str
) -> None:
    assert speaker_of(run(text), content) == speaker


def test_unit_of_a_body_and_its_pronoun(run: Callable[..., Record]) -> None:
    rec = run(
        "The World Health Organization regional office said cases had doubled. It said the "
        "vaccine supply was short."
    )
    assert speaker_of(rec, "cases had doubled") == "World Health Organization"
    assert speaker_of(rec, "the vaccine supply was short") == "World Health Organization"


def test_pronoun_continues_named_group_subject(run: Callable[..., Record]) -> None:
    rec = run("The charity, Clean Rivers Trust, ran a survey in May. They said the river was foul.")
    assert speaker_of(rec, "the river was foul") == "Clean Rivers Trust"


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the ministry planned to raise fuel taxes, Minister Lena Holt said the "
        "budget was final.",
        "If the council says the bridge is unsafe, the road will close.",
    ],
)
def test_cue_in_question_or_condition_is_unsaid(run: Callable[..., Record], text: str) -> None:
    rec = run(text)
    assert not any(a.cue and a.cue.text in {"planned", "says"} for a in rec.attributions)


def test_subject_next_to_verb_after_dateline_credit(run: Callable[..., Record]) -> None:
    rec = run(
        "Navy tracks submarine\n\n"
        "OSLO (Fjord Wire) - Norway's navy said on Monday that it had tracked a submarine."
    )
    a = attribution_with(rec, "it had tracked a submarine")
    assert a.source is not None and "navy" in a.source.text


def test_headline_kicker_is_no_speaker(run: Callable[..., Record]) -> None:
    rec = run(
        "Analysis: Ten years on, the harbour deal still divides the coast\n\n"
        "Mayor Maria Lopez opened the new pier on Monday."
    )
    assert not any("Ten years on" in c.text for a in rec.attributions for c in a.content)
