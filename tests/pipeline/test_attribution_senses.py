"""Cue words used in a sense that reports nothing (a decision, a deed, a perception, a group
sorted by what it says), records that only carry a named speaker's words, and pronoun speakers
after an unnamed role (pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.attributions import confidence as attribution_confidence
from sayso.types import Record

from .conftest import attribution_with, contents, harbour_story, speaker_of

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# Cue words used in a sense that reports nothing, and pronoun speakers after an unnamed role.


@pytest.fixture()
def no_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The passes themselves: nothing left out for being unsure."""
    monkeypatch.setattr(attribution_confidence, "FLOOR", 0.0)


@pytest.mark.model
@pytest.mark.usefixtures("no_floor")
def test_call_with_a_bare_object_is_a_phone_call_or_a_summons(run: Run) -> None:
    rec = run(
        "Dana Moore called paramedics after the crash on Elm Street.\n\n"
        "The Harbor Council called an emergency meeting for Friday.\n\n"
        "The driver initially walked to the home of a cousin on Birch Lane and called "
        "authorities.\n\n"
        "Mayor Jill Tran called the ruling a disgrace on Monday.\n\n"
        'Senator Ruth Dale called the plan "reckless" in a post.\n\n'
        "Governor Alan Pike called for calm after the vote.\n"
    )
    said = contents(rec)
    assert not any(
        "paramedics" in c or "emergency meeting" in c or c == "authorities" for c in said
    )
    # a second complement, quotation marks, "called for": what was said of it
    assert speaker_of(rec, "the ruling a disgrace") == "Jill Tran"
    assert speaker_of(rec, "reckless") == "Ruth Dale"
    assert any("calm" in c for c in said)


@pytest.mark.model
@pytest.mark.usefixtures("no_floor")
def test_a_when_clause_is_no_reported_clause(run: Run) -> None:
    rec = run(
        "Kevin Hale was showing the rifle to a customer when the weapon went off.\n\n"
        "Kevin Hale showed investigators that the lock had been forced.\n"
    )
    assert not any("the weapon went off" in c for c in contents(rec))
    assert speaker_of(rec, "the lock had been forced") == "Kevin Hale"


@pytest.mark.model
@pytest.mark.usefixtures("no_floor")
def test_knowing_how_to_is_a_skill_not_a_belief(run: Run) -> None:
    rec = run(
        "Marta Kell certainly knows how to run a meeting.\n\n"
        "Marta Kell knew what to do when the lights failed.\n\n"
        "Marta Kell knows that the budget is short.\n"
    )
    said = contents(rec)
    assert not any("run a meeting" in c or "what to do" in c for c in said)
    assert speaker_of(rec, "the budget is short") == "Marta Kell"


@pytest.mark.model
@pytest.mark.usefixtures("no_floor")
def test_a_fact_nobody_knew_is_no_belief(run: Run) -> None:
    rec = run(
        "Neither Paul Stern nor the guard, Ana Ruiz, knew the other was on the roof.\n\n"
        "Sgt. Tim Cole said Paul Stern did not know the gun was loaded.\n\n"
        "Paul Stern does not think that the fence is safe.\n"
    )
    knew = [a for a in rec.attributions if a.cue is not None and a.cue.text in {"knew", "know"}]
    assert not knew
    # the report of the ignorance is the sergeant's; a negated opinion is still held
    assert speaker_of(rec, "did not know the gun was loaded") == "Tim Cole"
    assert speaker_of(rec, "the fence is safe") == "Paul Stern"


@pytest.mark.model
def test_a_pronoun_after_a_spokesman_speaks_for_his_principal(run: Run) -> None:
    rec = run(
        "Mayor Lena Ostrova met Governor Tom Hale on Monday. A spokesman for Ostrova "
        "declined to comment at first. Later he said the talks had gone well.\n\n"
        "Governor Tom Hale visited the port on Tuesday. He said the cranes would be replaced.\n"
    )
    assert speaker_of(rec, "the talks had gone well") == "Lena Ostrova"
    # no role before it: the pronoun keeps the name before it
    assert speaker_of(rec, "the cranes would be replaced") == "Tom Hale"


@pytest.mark.model
def test_a_pronoun_after_a_definite_role_keeps_its_name(run: Run) -> None:
    rec = run(
        "Senator Ruth Dale toured the plant on Friday. The senator praised the workers. "
        "She said the plant would stay open.\n"
    )
    a = attribution_with(rec, "the plant would stay open")
    assert a.speaker is not None and speaker_of(rec, "the plant would stay open") == "Ruth Dale"


@pytest.mark.model
@pytest.mark.usefixtures("no_floor")
def test_claiming_a_thing_is_taking_it(run: Run) -> None:
    rec = run(
        "Premier Ivo Marsh claimed victory in the state election on Monday.\n\n"
        "The Harbor Hawks claimed the league title after a late goal.\n\n"
        "Premier Ivo Marsh claimed that the count had been rigged.\n\n"
        'Premier Ivo Marsh claimed "a clear mandate" for the reforms.\n'
    )
    said = contents(rec)
    assert not any("victory" in c or "league title" in c for c in said)
    assert speaker_of(rec, "the count had been rigged") == "Ivo Marsh"


@pytest.mark.model
@pytest.mark.usefixtures("no_floor")
def test_a_colon_line_with_only_a_number_says_nothing(run: Run) -> None:
    rec = run(
        "The Dunmore Tenants Union asked residents to report leaks.\n"
        "The Dunmore Tenants Union: 555-0142 (ext. 12)\n"
        "The Dunmore Tenants Union: rents will rise again in May\n"
    )
    said = contents(rec)
    assert not any("555-0142" in c for c in said)
    assert any("rents will rise again" in c for c in said)


@pytest.mark.model
@pytest.mark.usefixtures("no_floor")
def test_dismissing_a_report_that_is_not_saying_it(run: Run) -> None:
    rec = run(
        "Spokesman Igor Petrov dismissed a newspaper report that troops were moving north.\n\n"
        "The court rejected Ivo Salk's demand that the vote be annulled.\n\n"
        "Deputies expressed concern that the bridge would close.\n"
    )
    assert not [a for a in rec.attributions if a.cue is not None and a.cue.text == "dismissed"]
    # the demand's words are its owner's; a noun in the cue itself is the cue's own
    assert speaker_of(rec, "the vote be annulled") == "Ivo Salk"
    assert any("the bridge would close" in c for c in contents(rec))


@pytest.mark.model
@pytest.mark.usefixtures("no_floor")
def test_recall_with_a_bare_object_withdraws_someone(run: Run) -> None:
    rec = run(
        "The government recalled its ambassador from Oslo on Monday.\n\n"
        "The minister recalled that the treaty had been signed in 1990.\n\n"
        'The minister recalled "a very different time."\n'
    )
    assert not [c for c in contents(rec) if "ambassador" in c]
    assert attribution_with(rec, "the treaty had been signed").confidence >= 0.6
    assert attribution_with(rec, "a very different time").kind == "direct"


# -------------------------------------------------------------------------------------------------
# Precision: a decision with only an infinitive reports no words, and a participle between a
# numeral and its noun is no cue (pipeline/attributions).


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("Senator Piet Orr decided to run for the seat again.", "run for the seat"),
        ("The Tarn council resolved to sell the ferry next spring.", "sell the ferry"),
        ("The Orr campaign aims to persuade wavering voters in the north.", "persuade"),
    ],
)
def test_a_will_with_an_infinitive_is_no_statement(run: Run, sentence: str, wanted: str) -> None:
    rec = harbour_story(
        run, sentence + " Ada Lind, the council clerk, said the vote would be held in May."
    )
    assert not any(wanted in c for c in contents(rec)), rec.attributions
    assert speaker_of(rec, "the vote would be held in May") == "Ada Lind"


@pytest.mark.model
def test_a_decision_with_a_finite_clause_is_still_said(run: Run) -> None:
    rec = harbour_story(
        run, "Judge Ilse Varga decided that the vote in the harbour district was void."
    )
    assert speaker_of(rec, "the vote in the harbour district was void") == "Ilse Varga"


@pytest.mark.model
def test_a_participle_between_a_numeral_and_its_noun_is_no_cue(run: Run) -> None:
    rec = harbour_story(
        run,
        "In Tarn, 40 pledged delegates and nine superdelegates were at stake, and Orr was "
        "expected to win most of them. Senator Piet Orr said he expected to win most of them.",
    )
    assert not any(a.cue is not None and a.cue.text == "pledged" for a in rec.attributions)
    assert speaker_of(rec, "he expected to win most of them") == "Piet Orr"


@pytest.mark.model
def test_confirming_a_person_approves_an_appointment(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Tarn senate confirmed a judge on Tuesday, its first this year. Senator Piet Orr "
        "confirmed that two more hearings would be held in June.",
    )
    assert not any(c.startswith("a judge") for c in contents(rec)), rec.attributions
    assert speaker_of(rec, "two more hearings would be held in June") == "Piet Orr"


# -------------------------------------------------------------------------------------------------
# Precision: a speech verb whose bare object is done or made ("continued the debate", "maintained
# their lead", "posted a win", "wrote the foreword") reports no words, and a relative clause that
# sorts a group by what its members say ("Voters who say ...") is no one's statement
# (pipeline/attributions).


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "unsaid"),
    [
        ("Mayor Ann Lee continued a bitter fight over the harbour budget.", "a bitter fight"),
        ("The Tarn rowing club posted a narrow victory over the visitors.", "narrow victory"),
        ("Rebels maintained their grip on the eastern valley.", "their grip"),
        ("Senator Piet Orr wrote the foreword for a new cookbook.", "the foreword"),
    ],
)
def test_a_bare_object_done_or_made_is_no_statement(run: Run, sentence: str, unsaid: str) -> None:
    rec = harbour_story(
        run, sentence + " Ada Lind, the council clerk, said the vote would be held in May."
    )
    assert not any(unsaid in c for c in contents(rec)), rec.attributions
    assert speaker_of(rec, "the vote would be held in May") == "Ada Lind"


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ('"We will win the harbour vote," Mayor Ann Lee continued.', "We will win", "Ann Lee"),
        ("Mayor Ann Lee maintained that the budget was sound.", "the budget was sound", "Ann Lee"),
    ],
)
def test_the_same_verbs_still_report_words(
    run: Run, sentence: str, content: str, speaker: str
) -> None:
    assert speaker_of(harbour_story(run, sentence), content) == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "Voters who say the harbour matters most backed Mayor Ann Lee by a wide margin.",
        "Those who said taxes were their top worry split evenly between the candidates.",
    ],
)
def test_a_group_sorted_by_what_it_says_is_no_statement(run: Run, sentence: str) -> None:
    rec = harbour_story(run, sentence)
    assert not rec.attributions, rec.attributions


@pytest.mark.model
@pytest.mark.parametrize(
    "sentence",
    [
        "The fishermen, who said the harbour was silting up, met Mayor Ann Lee.",
        "The plan drew the anger of fishermen who said the harbour was silting up.",
    ],
)
def test_people_told_of_in_a_relative_clause_still_speak(run: Run, sentence: str) -> None:
    rec = harbour_story(run, sentence)
    assert any("the harbour was silting up" in c for c in contents(rec)), rec.attributions


# -------------------------------------------------------------------------------------------------
# Attributions: a verb of perception with a small clause reports nothing said ("found him lying in
# the road", "observed the driver to have red eyes"), so a closing "according to X" takes the
# sentence; a record with no author named that shows a named speaker's words is only their channel
# ("Court records show X admitted ...", "According to court paperwork, X was interviewed, saying
# ..."); "admitted to V-ing" owns to the act.


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Officers reached the pier at noon and found Ned Varga lying on the ramp.",
        "The coast guard spotted the ferry drifting toward the rocks.",
    ],
)
def test_a_verb_of_perception_with_a_small_clause_reports_nothing(run: Run, body: str) -> None:
    assert harbour_story(run, body).attributions == ()


@pytest.mark.model
def test_a_finding_with_a_that_clause_is_still_reported(run: Run) -> None:
    rec = harbour_story(run, "Harbour inspectors found that the old ramp was unsafe.")
    a = attribution_with(rec, "the old ramp was unsafe")
    assert a.source is not None and "inspectors" in a.source.text


@pytest.mark.model
def test_according_to_takes_a_sentence_whose_verb_only_perceives(run: Run) -> None:
    rec = harbour_story(
        run,
        "Harbour prosecutor Dana Whitlow spoke on Monday. When deputies stopped the van, "
        "officers observed Ned Varga to have red eyes, according to Whitlow.",
    )
    a = attribution_with(rec, "red eyes")
    assert a.source is not None and a.source.text == "Whitlow"


@pytest.mark.model
def test_court_records_showing_an_admission_give_it_to_the_one_who_admitted(run: Run) -> None:
    rec = harbour_story(
        run,
        "Ned Varga of Kelso was arraigned on Monday. Court records show Varga admitted to "
        "police to accidentally ramming the ferry.",
    )
    a = attribution_with(rec, "accidentally ramming the ferry")
    assert a.source is not None and a.source.text == "Varga"
    assert all(x.source is None or "records" not in x.source.text for x in rec.attributions)


@pytest.mark.model
def test_a_record_with_no_author_is_the_channel_of_a_participle_report(run: Run) -> None:
    rec = harbour_story(
        run,
        "Ned Varga of Kelso was charged on Tuesday. According to court paperwork, Varga was "
        "interviewed on Tuesday, saying he and the pilot were old friends.",
    )
    a = attribution_with(rec, "old friends")
    assert a.source is not None and a.source.text == "Varga"
    assert all(x.source is None or "paperwork" not in x.source.text for x in rec.attributions)


@pytest.mark.model
def test_a_guilty_plea_to_an_act_is_no_statement(run: Run) -> None:
    rec = harbour_story(run, "The clerk, Ned Varga, pleaded guilty in May to taking the fees.")
    assert all("taking the fees" not in c.text for a in rec.attributions for c in a.content)


@pytest.mark.model
def test_confessing_to_an_act_owns_to_it(run: Run) -> None:
    rec = harbour_story(run, "Ned Varga confessed to taking the harbour van.")
    a = attribution_with(rec, "taking the harbour van")
    assert a.source is not None and a.source.text == "Ned Varga"


@pytest.mark.model
def test_a_record_keeps_words_whose_speech_verb_is_only_a_condition(run: Run) -> None:
    rec = harbour_story(
        run,
        "Ned Varga spoke on Monday. According to the memo, harbour officials looked into what "
        "would happen if Varga announced he would quit.",
    )
    a = attribution_with(rec, "harbour officials looked into")
    assert a.source is not None and "memo" in a.source.text


@pytest.mark.model
def test_boast_with_a_bare_object_has_it_and_says_nothing(run: Run) -> None:
    rec = harbour_story(
        run,
        "The fishing village boasts two wooden piers and an old lighthouse, painted red.\n\n"
        "The harbour master boasted that the piers drew more boats than ever.",
    )
    assert not any("wooden piers" in c for c in contents(rec))
    # counter-case: a that-clause after it is said
    assert attribution_with(rec, "the piers drew more boats than ever") is not None


@pytest.mark.model
def test_call_with_an_aside_and_a_predicate_names_what_it_was_called(run: Run) -> None:
    rec = harbour_story(
        run,
        "Years ago, the governor called the ferry captain, a former fisherman from the "
        "islands, a brave sailor who had saved many lives.",
    )
    assert any("a brave sailor who had saved many lives" in c for c in contents(rec))


@pytest.mark.model
def test_call_with_one_aside_only_is_a_phone_call(run: Run) -> None:
    # counter-case: the aside alone says what the object is, not what it was called
    rec = harbour_story(
        run,
        "On Monday the governor called the ferry captain, a former fisherman from the "
        "islands, about the storm.",
    )
    assert not any("former fisherman" in c for c in contents(rec))


@pytest.mark.model
def test_call_with_a_predicate_hung_inside_the_aside_names_it_too(run: Run) -> None:
    rec = harbour_story(
        run,
        "Back then, the governor called Ansel Orr, a ferry pilot who was twice fined as a young "
        "man, an honest sailor who had been judged too harshly.",
    )
    assert any("an honest sailor" in c for c in contents(rec))
