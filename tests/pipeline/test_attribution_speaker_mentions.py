"""Speakers named by a mention of someone else's: a subject hung on a that-clause and the pronouns
after it, a noun phrase for an entity the story names ("the court", "his wife"), someone close to
a person who speaks as themselves, a role noun or a title with a surname for the one person the
story gave it, a surname of several words, pronouns by grammatical role and by whose statement
runs on, and a party word before a person's noun (pipeline/attributions). Sentences invented for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import attribution_with, harbour_story, speaker_of

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# Attributions: speakers an analyst can trust. A subject the parser hung on a that-clause before
# its "that" ("Tom Lenz, later alleging that Karl Brand ..., said ...") is the subject of the verb
# the clause hangs on, and the pronouns after it stand for that speaker, not for the person named
# inside the allegation.


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
        "Karl Brand is a habitual liar and a zealot who has repeatedly claimed that the "
        "borders are open.",
        "Karl Brand often lies and is a habitual liar, zealot and crank who has repeatedly "
        "claimed that the borders are open.",
    ],
)
def test_a_relative_clause_on_a_predicate_noun_is_the_subjects(run: Run, body: str) -> None:
    rec = harbour_story(run, body)
    assert speaker_of(rec, "the borders are open") == "Karl Brand"


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
def test_an_owned_act_done_to_a_named_person_is_nobodys_words(run: Run) -> None:
    rec = harbour_story(
        run,
        "Her appointment of Arne Solberg, the chairman of the Pilots Guild, to the board "
        "suggests that she wants a gentler harbour policy.",
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


# -------------------------------------------------------------------------------------------------
# Attributions: a speaker given as a noun phrase is the entity the story names for it: "the court"
# the one court named in full, "the ruling" the court that handed it down, "the administration" the
# White House, a country's government the country, "his wife" the person named as his wife.


_COURT = (
    "Ferry operators won on Tuesday when a federal appeals court struck down a state rule "
    "meant to shut the Marlow ferry line; the vote of the judges was 2-1.\n\n"
    '"The state has not shown a public need," the court said. Three judges of the 4th U.S. '
    "Circuit Court of Appeals heard the matter, and a district judge will now take it up. "
    "Governor Ann Pike said she would appeal. The ruling said the operators could keep "
    "running the line."
)
_COURT_NAME = "4th U.S. Circuit Court of Appeals"


@pytest.mark.model
def test_the_court_is_the_court_named_in_full(run: Run) -> None:
    rec = harbour_story(run, _COURT)
    assert speaker_of(rec, "public need") == _COURT_NAME


@pytest.mark.model
def test_the_ruling_speaks_for_the_court_not_the_last_subject(run: Run) -> None:
    rec = harbour_story(run, _COURT)
    assert speaker_of(rec, "keep running the line") == _COURT_NAME
    assert speaker_of(rec, "she would appeal") == "Ann Pike"


_TARIFFS = (
    "The Trump administration on Friday raised tariffs on steel from Mexico. The White House "
    "said the move would protect American jobs.\n\n"
    "The administration said the tariffs would stay in place until Mexico cut its subsidies."
)


@pytest.mark.model
def test_the_administration_speaks_as_the_white_house(run: Run) -> None:
    rec = harbour_story(run, _TARIFFS)
    assert speaker_of(rec, "stay in place") == "White House"


@pytest.mark.model
def test_the_government_of_a_country_speaks_as_the_country(run: Run) -> None:
    rec = harbour_story(
        run,
        "President Barack Obama met steel makers on Friday, and the United States raised "
        "tariffs on steel from Mexico. The government of Mexico said it would answer with "
        "tariffs of its own.",
    )
    assert speaker_of(rec, "tariffs of its own") == "Mexico"


@pytest.mark.model
def test_his_wife_is_the_person_named_as_his_wife(run: Run) -> None:
    rec = harbour_story(
        run,
        "Senator Paul Brandt was treated in hospital on Sunday after a fall at his home. His "
        "wife, Lena Brandt, told reporters he was in good spirits.\n\n"
        "His wife said the senator would be back at work next week.",
    )
    assert speaker_of(rec, "back at work") == "Lena Brandt"


@pytest.mark.model
def test_a_wife_named_by_no_one_stays_unnamed(run: Run) -> None:
    rec = harbour_story(
        run,
        "Senator Paul Brandt was treated in hospital on Sunday after a fall at his home, and "
        "his daughter Mia Brandt drove him there.\n\n"
        "His wife said the senator would be back at work next week.",
    )
    assert speaker_of(rec, "back at work") != "Mia Brandt"


@pytest.mark.model
def test_a_body_of_another_nation_is_not_the_named_body_with_its_noun(run: Run) -> None:
    rec = harbour_story(
        run,
        "The U.S. Navy said on Monday that its destroyer had tracked a cargo ship off Oman for "
        "two days.\n\nThe Indian navy said its sailors had boarded the ship and found no "
        "weapons.",
    )
    assert speaker_of(rec, "found no weapons") != "U.S. Navy"


@pytest.mark.model
def test_a_noun_that_stands_for_a_body_of_another_country_keeps_it(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Ministry of Defence in London announced new contracts on Monday. Russia's defence "
        "ministry also spoke on Monday. The ministry said the strikes hit military targets.",
    )
    assert speaker_of(rec, "hit military targets") == "Russia's defence ministry"


# -------------------------------------------------------------------------------------------------
# Attributions: speakers in political news. A surname of several words ("De Vos", "Di Santo")
# speaks for the one person of the story whose longer name ends with it, when the entities stage
# gave that name form no person or only one of its own; two people of that surname leave it
# unresolved; a capitalised surname inside the sentence counts though the tagger took it for a
# common noun. A cue in a relative clause on a noun in apposition to a name ("X, a lawyer who
# argued ...") speaks for that name. Of two people the story titled with a role ("Sen."), "the
# senator" is the one its own sentence names before it. The cue of a quote's adjacent named subject
# holds the whole name ("De Vos told"), not its last word.


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
        "Tom Lenz, a bully who has repeatedly claimed that the port is unsafe, lost the vote.",
    )
    assert speaker_of(rec, "the port is unsafe") == "Tom Lenz"


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


# -------------------------------------------------------------------------------------------------
# Attributions: pronoun speakers by grammatical role and by whose statement runs on, not by
# nearness. A "he" after a sentence in which a person pledged, vowed or believed something about
# someone else continues the one who made the statement, not the person it is about; one joined to
# a report of a person's office ("X's office said ..., but he did remember ...") is that person,
# not one named in passing. A speaker's first name says their gender: "he" after "Ann Whitby said
# Tom Lund ..." is not Ann Whitby, and when the only person found for a "she" is a "Tom", the
# speaker is left unresolved. A "they" after an adverbial clause with a plural subject is that
# subject.


@pytest.mark.model
@pytest.mark.parametrize("verb", ["pledged", "vowed"])
def test_a_pronoun_continues_whose_pledge_runs_on(run: Run, verb: str) -> None:
    rec = harbour_story(
        run,
        "Mayor Tom Reyes spoke at a hall in the town on Monday. During the meeting, Reyes "
        f"{verb} that Victor Crane would back the new port. He also spoke about the sea wall, "
        'saying it will be "as tall as it needs to be."',
    )
    assert speaker_of(rec, "as tall as it needs to be") == "Tom Reyes"


@pytest.mark.model
def test_a_first_name_of_the_other_gender_is_not_the_pronoun_speaker(run: Run) -> None:
    rec = harbour_story(
        run,
        "Harbour officer Ann Whitby said Tom Lund had been hit in the arm during the march. "
        "He said he would return to the docks next week.",
    )
    assert speaker_of(rec, "he would return to the docks") == "Tom Lund"


@pytest.mark.model
def test_a_pronoun_of_the_other_gender_leaves_the_speaker_unresolved(run: Run) -> None:
    rec = harbour_story(
        run,
        "Tom Lund, the harbour master, set out the plan for the docks on Monday. Asked about "
        'the delay at the hearing, Lund said, "I take the blame." She followed that by saying '
        "the port would open in May.",
    )
    assert speaker_of(rec, "the port would open in May") is None


@pytest.mark.model
def test_they_is_the_plural_subject_of_the_clause_before_it(run: Run) -> None:
    rec = harbour_story(
        run,
        "While dock unions like the Harbour Workers Union and the Pilots Guild praised the "
        "mayor's plan to reopen the quay, they said it did not go far enough on wages.",
    )
    assert speaker_of(rec, "did not go far enough on wages") == "unions"


@pytest.mark.model
def test_they_after_a_clause_of_unnamed_people_is_not_the_body_before(run: Run) -> None:
    rec = harbour_story(
        run,
        "Dock unions met the mayor on Monday. Although the owners praised the plan, they said "
        "it did not go far enough on wages.",
    )
    assert speaker_of(rec, "did not go far enough on wages") is None


@pytest.mark.model
def test_a_pronoun_joined_to_an_office_report_is_the_office_principal(run: Run) -> None:
    rec = harbour_story(
        run,
        "Victor Crane's memoir about the port came out in May. Mayor Tom Reyes's office, when "
        "asked by the Harbour Gazette, said the former harbour master could not recall the "
        "dinner described in Crane's memoir, but he did remember telling Crane about the port "
        "deal.",
    )
    assert speaker_of(rec, "telling Crane about the port deal") == "Tom Reyes"


def _remarks_story(said_before: str) -> str:
    return (
        "Mayor Tom Reyes spoke to a radio station on Saturday about the harbour board and its "
        'chair, Ann Crane.\n\n"She has failed the port," Reyes said.\n\n'
        f"{said_before}\n\n"
        'Listen to the full interview at <a href="http://radio.example.org">radio.example.org'
        "</a>.\n\nReyes’s remarks on Crane’s health echo a speech Reyes gave at a harbour rally "
        "on May 4 in Dover.\n\n“Crane opens a meeting, then she leaves. She opens a meeting. "
        "She sits down. … Believe me. She leaves early and nobody hears from her for a week. "
        "And the reason? She rests at home,” he said then."
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("said_before", "speaker"),
    [
        ("Reyes said he holds Crane responsible for the closure of the north quay.", "Tom Reyes"),
        ("Crane said she would answer the mayor in court next month.", None),
    ],
)
def test_a_pronoun_after_a_quote_is_the_person_the_run_is_about(
    run: Run, said_before: str, speaker: str | None
) -> None:
    rec = harbour_story(run, _remarks_story(said_before))
    assert speaker_of(rec, "She rests at home") == speaker


# -------------------------------------------------------------------------------------------------
# Speakers of attributions that were wrong in US political stories, each kind with a rule and an
# invented sentence: a pronoun opening the sentence after "according to the ... Press.", a clause
# before a line's colon ("He said of the council:"), a present-tense verb quoted inside someone's
# report of a rival, a party word before a person's noun, a pronoun after two possessors of its
# gender, a name a message is sent to before a colon, and a "they" after a plural noun
# (pipeline/attributions).


def story(run: Run, body: str) -> Record:
    return run("State politics roundup\n\n" + body)


@pytest.mark.model
def test_a_pronoun_after_a_short_name_word_and_a_period_is_no_titled_name(run: Run) -> None:
    rec = story(
        run,
        "Pell has a lead of 40 delegates, according to the Associated Press. She will campaign "
        "in Ohio on Tuesday.",
    )
    a = attribution_with(rec, "a lead of 40 delegates")
    assert a.source is not None and "She" not in a.source.text
    assert speaker_of(rec, "a lead of 40 delegates") != "Pell"


@pytest.mark.model
def test_a_clause_before_a_colon_is_no_line_speaker(run: Run) -> None:
    rec = story(
        run,
        '"The budget is in good shape," said Carl Briggs, head of the ward council.\n\n'
        'He said of Congress: "They need to finish the work before the recess."',
    )
    assert speaker_of(rec, "finish the work before the recess") == "Carl Briggs"


@pytest.mark.model
def test_a_present_tense_verb_quoted_in_a_report_of_a_rival_is_the_reporters(run: Run) -> None:
    rec = story(run, 'Governor Tom Reyes said Senator Ann Pell "says whatever she needs to say."')
    assert speaker_of(rec, "whatever she needs to say") == "Tom Reyes"


@pytest.mark.model
def test_a_party_before_a_persons_noun_is_not_the_speaker(run: Run) -> None:
    rec = story(
        run,
        "Senator Ann Pell and Governor Tom Reyes met on Friday. Appearing on a morning show, the "
        'GOP front-runner said Reyes "wasted the surplus" as governor.',
    )
    assert speaker_of(rec, "wasted the surplus") is None


@pytest.mark.model
def test_a_pronoun_after_two_possessors_of_its_gender_is_unresolved(run: Run) -> None:
    rec = story(
        run,
        "Senator Tom Reyes sat for a long radio interview on Monday. Listeners may conclude that "
        "Reyes's main aim was simply to survive Dan Cole's grilling. When he denied that he had "
        "ever backed the toll plan, he said he would study it.",
    )
    assert speaker_of(rec, "ever backed the toll plan") is None
    assert speaker_of(rec, "he would study it") is None


@pytest.mark.model
def test_a_name_a_message_is_sent_to_before_a_colon_is_spoken_to(run: Run) -> None:
    rec = story(
        run,
        'Senate leader Ann Pell delivered a blunt message to Tom Reyes: "It is time to stop '
        'attacking your rivals and get on message."',
    )
    assert speaker_of(rec, "stop attacking your rivals") == "Ann Pell"


@pytest.mark.model
def test_a_they_after_a_plural_noun_in_its_sentence_is_no_single_person(run: Run) -> None:
    rec = story(
        run,
        "Tom Reyes's campaign has sent out a stream of news releases portraying Ann Pell as a "
        "flip-flopper. Pell has also drawn fire from the hawks and doves of her party over what "
        "they describe as shifting views on trade.",
    )
    assert speaker_of(rec, "shifting views on trade") is None


# -------------------------------------------------------------------------------------------------
# Attributions: speakers in political news. Someone close to a person ("a Pell ally", "a Pell
# aide") speaks as themselves, not for that person (only a spokesperson or a campaign does). A role
# noun the entities stage gave an entity of its own with no name ("the diplomat") is the one person
# the story titled so. A surname after the title the story introduced a person by ("Chief Okafor"
# after "Police Chief Dana Okafor") is that person; a group named with a party is not the party.


@pytest.mark.model
@pytest.mark.parametrize("noun", ["ally", "aide"])
def test_someone_close_to_a_person_does_not_speak_for_them(run: Run, noun: str) -> None:
    rec = harbour_story(
        run,
        f"A Pell {noun} suggested she would back the deal once in office. Gov. Tom Rusk "
        "later tried to walk back his comments.",
    )
    assert speaker_of(rec, "she would back the deal") != "Pell"


@pytest.mark.model
@pytest.mark.parametrize("noun", ["spokesman", "campaign"])
def test_a_spokesman_or_campaign_still_speaks_for_the_person(run: Run, noun: str) -> None:
    rec = harbour_story(
        run,
        f"Mayor Ana Pell backed the deal on Monday. A Pell {noun} said she would sign it "
        "next week.",
    )
    assert speaker_of(rec, "she would sign it") == "Ana Pell"


@pytest.mark.model
@pytest.mark.parametrize(
    "opening",
    [
        "Veteran diplomat Sir Anton Pell praised the plan in an interview. He serves as the "
        "envoy to Chile.",
        "Mayor Lena Ruiz has an admirer in British diplomat Sir Anton Pell. Pell praised the "
        "plan in an interview.",
    ],
)
def test_the_role_noun_is_the_one_person_titled_so(run: Run, opening: str) -> None:
    rec = harbour_story(run, opening + " The diplomat also said the country is not in decline.")
    assert speaker_of(rec, "the country is not in decline") == "Anton Pell"


@pytest.mark.model
def test_a_surname_after_the_title_it_was_introduced_by(run: Run) -> None:
    rec = harbour_story(
        run,
        "Before the vote, Harbour Police Chief Dana Okafor lobbied to close the road. Chief "
        "Okafor later admitted that the road wasn't a problem.",
    )
    assert speaker_of(rec, "the road wasn't a problem") == "Dana Okafor"


@pytest.mark.model
def test_a_title_the_story_never_gave_the_person_stays_unresolved(run: Run) -> None:
    rec = harbour_story(
        run,
        "Dana Okafor backed the plan on Monday. Chief Okafor said the road was open.",
    )
    assert speaker_of(rec, "the road was open") != "Dana Okafor"


@pytest.mark.model
def test_a_group_named_with_a_party_is_not_the_party(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Harbour Party's group of donors met on Monday. The group said the ad would run "
        "all week.",
    )
    assert speaker_of(rec, "the ad would run all week") != "Harbour Party"


@pytest.mark.model
def test_a_place_name_the_tagger_missed_is_the_entity_of_that_name(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Polish border guard said it had tracked a balloon drifting in from Belarus for "
        "an hour.\n\n"
        "Belarus denied that any of the balloons had been launched from its soil.",
    )
    assert speaker_of(rec, "launched from its soil") == "Belarus"


@pytest.mark.model
def test_a_name_no_entity_is_written_as_stays_unresolved(run: Run) -> None:
    # counter-case: no entity of that exact name; a longer name is another entity
    rec = harbour_story(
        run,
        "The Polish border guard said it had tracked a balloon drifting in from Belarus for "
        "an hour.\n\n"
        "Belarus Radio denied that any of the balloons had been launched from its soil.",
    )
    assert speaker_of(rec, "launched from its soil") != "Belarus"
