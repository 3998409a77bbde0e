"""Error kinds of attributions on whole articles, each with a rule and an invented sentence:
statements told from acts, questions and refusals by their confidence (docs/record.md,
Confidence), and speakers the text names indirectly (an abbreviation the tokenizer split, a
capital for its government, a role and its holder, "the group" for the organisation before)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.config import MIN_CONFIDENCE
from sayso.pipeline.attributions.confidence import FLOOR
from sayso.types import Record

from .conftest import attribution_with, speaker_of

pytestmark = pytest.mark.model

Run = Callable[..., Record]
DEFAULT = MIN_CONFIDENCE["attributions"]


def story(run: Run, body: str) -> Record:
    """``body`` as the story under a headline of its own (a lone line is a headline)."""
    return run("Regional news roundup\n\n" + body)


def cue_conf(rec: Record, cue: str) -> float:
    found = [a.confidence for a in rec.attributions if a.cue is not None and a.cue.text == cue]
    assert found, f"no attribution with cue {cue!r}: {rec.attributions}"
    return found[0]


# ---- speakers -----------------------------------------------------------------------------------


def test_a_name_ending_in_an_abbreviation_speaks(run: Run) -> None:
    # the tokenizer splits "Sr." and the parser takes the "." for the subject
    rec = story(
        run,
        "In a letter read by his lawyer, Walter Brisco Sr. said he was ashamed and would "
        "stand by his grandson.",
    )
    name = speaker_of(rec, "ashamed")
    assert name is not None and "Brisco" in name


def test_a_modal_conjunct_belongs_to_the_reported_clause(run: Run) -> None:
    rec = story(run, "Mayor Ada Lindgren said she was tired and would not seek another term.")
    a = attribution_with(rec, "she was tired")
    assert "would not seek another term" in a.content[-1].text


def test_a_capital_speaks_for_its_country(run: Run) -> None:
    rec = story(
        run,
        "Norway recalled its ambassador on Monday. Days earlier, Oslo warned that it would "
        "answer any further incursion into its airspace.",
    )
    assert speaker_of(rec, "it would answer any further incursion") == "Norway"


def test_a_pronoun_after_a_role_and_its_holder(run: Run) -> None:
    rec = story(
        run,
        "The union's chief negotiator, Halvard Strand, blamed the port authority for the delay. "
        "He said the authority had refused to discuss overtime pay.",
    )
    assert speaker_of(rec, "the authority had refused") == "Halvard Strand"


def test_the_group_is_the_organisation_before(run: Run) -> None:
    rec = story(
        run,
        "The Coastal Defence League denied the charges on Friday. In a post online, the group "
        "said its volunteers had never carried weapons.",
    )
    name = speaker_of(rec, "its volunteers had never carried weapons")
    assert name is not None and "Coastal Defence League" in name


# ---- statements and acts ------------------------------------------------------------------------


def test_a_cue_with_a_thing_is_an_act_below_the_default(run: Run) -> None:
    rec = story(
        run,
        "Governor Lena Ostrom praised the decision on Tuesday.\n\n"
        "Governor Lena Ostrom claimed victory in the runoff.\n\n"
        "Governor Lena Ostrom demanded the release of the crew.\n\n"
        "Governor Lena Ostrom said the decision would help farmers.\n",
    )
    said = attribution_with(rec, "the decision would help farmers")
    assert said.confidence >= DEFAULT
    # a stance with a plain noun phrase is an act, left out of the record (under FLOOR), and
    # so is "claimed victory" ("claim" takes only a that-clause or a quote: data/cues.tsv)
    assert not [
        a for a in rec.attributions if a.cue is not None and a.cue.text in {"praised", "claimed"}
    ]
    # a clause verb with a bare object is that verb in another sense: kept, below the default
    assert cue_conf(rec, "demanded") < DEFAULT


def test_a_denial_of_a_thing_is_a_statement(run: Run) -> None:
    rec = story(
        run,
        "The contractor, Brightwater Holdings, denied wrongdoing.\n\n"
        "Brightwater Holdings denied that it had paid any official.\n",
    )
    thing = attribution_with(rec, "wrongdoing")
    clause = attribution_with(rec, "it had paid any official")
    assert DEFAULT <= thing.confidence < clause.confidence


def test_naming_is_a_proposition(run: Run) -> None:
    rec = story(run, 'Senator Owen Tarrant called the ruling "a disgrace to the court."')
    assert cue_conf(rec, "called") >= DEFAULT


def test_a_commitment_is_below_the_default(run: Run) -> None:
    rec = story(run, "Prime Minister Sabine Roux agreed to meet the strikers on Friday.")
    assert all(a.confidence < DEFAULT for a in rec.attributions)


def test_a_promise_in_words_is_a_statement(run: Run) -> None:
    rec = story(run, "Prime Minister Sabine Roux promised that every striker would be paid.")
    assert attribution_with(rec, "every striker would be paid").confidence >= DEFAULT


def test_a_reporters_question_is_no_statement(run: Run) -> None:
    rec = story(
        run,
        "A reporter asked if the ferry had been seized. Harbor master Ilse Kron said the "
        "ferry was still in port.\n\n"
        "Asked again whether the crew was safe, Kron said she had spoken to the captain.\n\n"
        "Senator Ada Brill asked whether the harbor had enough tugs.\n",
    )
    # the press's questions are nobody's statement: left out of the record (under FLOOR)
    said = [c.text for a in rec.attributions for c in a.content]
    assert not any("had been seized" in c or "crew was safe" in c for c in said)
    assert attribution_with(rec, "the ferry was still in port").confidence >= DEFAULT
    assert speaker_of(rec, "she had spoken to the captain") == "Ilse Kron"
    # a question someone else puts stays, below the default
    assert FLOOR <= attribution_with(rec, "the harbor had enough tugs").confidence < DEFAULT


def test_a_question_asked_with_any_wh_word_is_below_the_default(run: Run) -> None:
    rec = story(
        run,
        "Senator Ada Brill asked which harbor had enough tugs.\n\n"
        "Senator Ada Brill asked whom the board had hired.\n",
    )
    assert attribution_with(rec, "which harbor had enough tugs").confidence < DEFAULT
    assert attribution_with(rec, "whom the board had hired").confidence < DEFAULT


def test_a_condition_after_a_speech_verb_is_no_question(run: Run) -> None:
    rec = story(
        run,
        "Senator Ada Brill said if the bridge closed, the ferry would run every hour.\n\n"
        "Senator Ada Brill wondered if the bridge would close.\n",
    )
    assert attribution_with(rec, "the ferry would run every hour").confidence >= DEFAULT
    assert attribution_with(rec, "the bridge would close").confidence < DEFAULT


def test_a_transcript_question_is_below_the_default(run: Run) -> None:
    rec = story(
        run,
        "Press secretary Lyle Carver took questions on Monday.\n\n"
        "Q: Will the radars come from army stocks?\n\n"
        "CARVER: Some of them will come from army stocks.\n",
    )
    assert attribution_with(rec, "Will the radars come").confidence < DEFAULT
    assert attribution_with(rec, "Some of them will").confidence >= DEFAULT


def test_few_holders_are_below_the_default(run: Run) -> None:
    rec = story(run, "Few economists believed the currency would recover by spring.")
    assert all(a.confidence < DEFAULT for a in rec.attributions)


def test_a_refusal_to_comment_is_below_the_default(run: Run) -> None:
    rec = story(run, "Defense lawyer Marta Ilic said she would not comment on an ongoing case.")
    assert all(a.confidence < DEFAULT for a in rec.attributions)


def test_a_headline_is_below_the_default(run: Run) -> None:
    # a headline the body does not tell again (one it does is left out: test_attribution_headlines)
    rec = run(
        "Ferry company says strike is over\n\n"
        "The dockers' union said on Sunday that its members had returned to work.\n"
    )
    body = attribution_with(rec, "its members had returned to work")
    head = attribution_with(rec, "strike is over")
    assert head.confidence < DEFAULT <= body.confidence


def test_how_an_unresolved_source_names_its_speaker(run: Run) -> None:
    rec = story(
        run,
        "Asked about the fares, the spokesman said no decision had been made.\n\n"
        "The electoral board said the count would resume on Monday.\n",
    )
    assert attribution_with(rec, "no decision had been made").confidence >= DEFAULT
    assert attribution_with(rec, "the count would resume").confidence >= DEFAULT


def test_an_unresolved_anaphor_is_below_the_default(run: Run) -> None:
    rec = story(
        run,
        "Two engineers were freed on Tuesday after three weeks in captivity, their employer "
        "said.\n",
    )
    assert attribution_with(rec, "Two engineers were freed").confidence < DEFAULT


def test_a_surname_two_people_share_is_a_guess(run: Run) -> None:
    rec = story(
        run,
        "Carl Dunmore Jr. was charged on Monday. His father, Carl Dunmore Sr., was not.\n\n"
        "Dunmore said he was innocent.\n\n"
        "Carl Dunmore Jr. said he would fight the charges.\n",
    )
    guess = attribution_with(rec, "he was innocent")
    named = attribution_with(rec, "he would fight the charges")
    assert guess.confidence < named.confidence


def test_a_verb_inside_a_noun_phrase_leaves_a_thing(run: Run) -> None:
    rec = story(
        run,
        "Minister Petra Lund accused the council of hiding the audit.\n\n"
        "Minister Petra Lund noted the council's interest in building a ferry terminal.\n",
    )
    assert attribution_with(rec, "hiding the audit").confidence >= DEFAULT
    assert attribution_with(rec, "building a ferry terminal").confidence < DEFAULT


def test_a_lone_surname_is_the_person_of_that_surname(run: Run) -> None:
    rec = story(
        run,
        "Trade Minister Helen Marchand spoke on Monday.\n\n"
        "Marchand's office later said in a statement that the provinces had been briefed.\n",
    )
    assert speaker_of(rec, "the provinces had been briefed") == "Helen Marchand"


def test_a_quote_inside_a_reported_clause_brings_the_clause(run: Run) -> None:
    rec = story(
        run,
        "Commission chairman Tariq Weston told a news conference that auditors had found "
        '"grave errors" at 40 polling stations.\n',
    )
    a = attribution_with(rec, "grave errors")
    assert a.kind == "mixed" and a.content[0].text.startswith("auditors had found")
    assert speaker_of(rec, "grave errors") == "Tariq Weston"


def test_a_title_in_quotation_marks_is_no_quote(run: Run) -> None:
    # a show or a book named in quotation marks: title case, nothing said
    rec = story(
        run,
        'Senator Rhea Calloway said on "Morning Report with Ana Ruiz" that the levy would be '
        "dropped.\n\n"
        'Mayor Tomas Reyes, who wrote "The Harbour Years," said the bridge would reopen in May.\n\n'
        '"We will rebuild the pier," Reyes said.\n',
    )
    contents = [c.text for a in rec.attributions for c in a.content]
    assert not any(c == "Morning Report" or "The Harbour Years" in c for c in contents)
    assert attribution_with(rec, "the levy would be dropped").kind == "indirect"
    assert speaker_of(rec, "the levy would be dropped") == "Rhea Calloway"
    assert attribution_with(rec, "We will rebuild the pier").kind == "direct"


def test_reported_content_stays_on_the_line_of_its_cue(run: Run) -> None:
    # a headline line right above the first sentence is no part of what the source said
    rec = run(
        "Ferry capsizes off Marlow Point\n"
        "Twelve passengers were rescued on Sunday, according to the coast guard.\n"
        "Harbour fees will rise, officials say.\n"
    )
    a = attribution_with(rec, "Twelve passengers were rescued")
    assert a.content[0].text == "Twelve passengers were rescued on Sunday"
    assert all("Marlow" not in c.text for b in rec.attributions for c in b.content)


def test_an_attribution_under_the_floor_is_left_out(run: Run) -> None:
    # a stance verb's object, no clause, told by a bare quantifier: many weak pieces together
    rec = story(
        run,
        "The council voted on the harbour plan on Tuesday.\n\n"
        "Some praised the decision.\n\n"
        "The mayor, Ilse Brandt, said the harbour would reopen in June.\n",
    )
    assert all("the decision" not in c.text for a in rec.attributions for c in a.content)
    assert all(a.confidence >= FLOOR for a in rec.attributions)
    assert attribution_with(rec, "the harbour would reopen").confidence >= DEFAULT
