"""Speakers and contents that were wrong on whole articles, round 3: a namesake's full name, a
body known by the noun that described it, a condition the parser hung on the cue, a relative
"that" taken for a that-clause (pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from sayso.pipeline.attributions.content import Contents
from sayso.types import Record

from .conftest import attribution_with, speaker_of

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def story(run: Run, body: str) -> Record:
    return run("Harbour town news\n\n" + body)


def test_a_full_name_sharing_only_the_surname_is_another_person(run: Run) -> None:
    rec = story(
        run,
        "Police spokesman Tomas Okoro said the suspects were held at a warehouse on Monday "
        "night. He said they would appear before a judge on Friday.\n\n"
        "Among those held was the union's treasurer, Ana Okoro, who is not related to the "
        "spokesman.\n\n"
        "Mr. Okoro, the police spokesman, rejected that claim.\n\n"
        "The treasurer's mother, Precious Okoro, said she had not been allowed to see her "
        "daughter.",
    )
    a = attribution_with(rec, "not been allowed")
    assert speaker_of(rec, "not been allowed") != "Tomas Okoro"
    assert a.source is not None and "Precious Okoro" in a.source.text
    # the person's own name, with his title before it, still speaks as him
    assert speaker_of(rec, "the suspects were held") == "Tomas Okoro"


def test_a_definite_noun_is_the_body_its_description_named(run: Run) -> None:
    rec = story(
        run,
        "The ferry was chartered by Blue Anchor Relief, a charity based in Oslo, for the "
        "season.\n\n"
        "Port officials held the ferry for a week over its papers.\n\n"
        "The charity said the ferry would sail again on Friday.",
    )
    assert speaker_of(rec, "would sail again") == "Blue Anchor Relief"


def test_a_definite_noun_with_two_bodies_so_described_stays_unresolved(run: Run) -> None:
    rec = story(
        run,
        "The ferry was chartered by Blue Anchor Relief, a charity based in Oslo. Its crew came "
        "from Sea Light, a charity based in Bergen.\n\n"
        "Port officials held the ferry for a week over its papers.\n\n"
        "The charity said the ferry would sail again on Friday.",
    )
    assert speaker_of(rec, "would sail again") is None


def test_a_condition_inside_the_reported_clause_keeps_its_infinitive(run: Run) -> None:
    rec = story(
        run,
        "Lena Varga, an economist at the port authority, said she expected the board, if it "
        "meets at all, to raise the fees slowly.",
    )
    a = attribution_with(rec, "expected the board")
    assert a.content[-1].text.endswith("to raise the fees slowly")


def test_a_relative_that_is_no_reported_clause(run: Run) -> None:
    rec = story(
        run,
        "Only 12 of the council's 20 members answered the roll call, one short of the 13 that "
        "the town charter requires for a vote.",
    )
    assert not any("charter requires" in c.text for a in rec.attributions for c in a.content)


@pytest.mark.parametrize(
    "text",
    [
        "Two council members stayed home on Monday, denying the mayor the quorum she needs to "
        "pass the harbour budget.",
        "The plan would add 40 wardens and two patrol boats to the harbour service.",
    ],
)
def test_a_speech_verb_in_another_sense_reports_nothing(run: Run, text: str) -> None:
    rec = story(run, text)
    assert not any(
        a.cue is not None and a.cue.text.startswith(("deny", "add")) for a in rec.attributions
    )


def test_denying_a_report_and_adding_words_still_report(run: Run) -> None:
    rec = story(
        run,
        "The harbour master denied that the ferry had been overloaded. He added that the "
        "crew had followed every rule. He also added a warning about the winter storms.",
    )
    assert speaker_of(rec, "had been overloaded") == speaker_of(rec, "followed every rule")
    assert attribution_with(rec, "a warning about the winter storms").cue is not None


def test_an_unresolved_it_is_the_body_that_is_the_subject_before(run: Run) -> None:
    rec = story(
        run,
        "Moldova closed its border crossings in May and has since seized dozens of trucks "
        "that it says carried stolen fuel.",
    )
    assert speaker_of(rec, "carried stolen fuel") == "Moldova"


def test_a_relative_pronoun_the_parser_made_a_second_subject() -> None:
    # "raids that it says target depots", parsed with "that" and "it" both subjects of "says"
    # and "target" its bare complement: the relative pronoun is the reported clause's subject
    words = ["raids", "that", "it", "says", "target", "depots"]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[0, 3, 3, 0, 3, 4],
        deps=["ROOT", "nsubj", "nsubj", "relcl", "xcomp", "dobj"],
        tags=["NNS", "WDT", "PRP", "VBZ", "VB", "NNS"],
        pos=["NOUN", "PRON", "PRON", "VERB", "VERB", "NOUN"],
    )
    found = Contents._relative_subject(doc[3], doc[4])
    assert found is not None and found.text == "raids"
    doc[1].dep_ = "dobj"  # "raids that it says hit hard": no second subject, no such reading
    assert Contents._relative_subject(doc[3], doc[4]) is None


def test_a_pronoun_after_a_name_in_its_own_sentence_is_that_person(run: Run) -> None:
    rec = story(
        run,
        "Ambassador nominee Karen Hale met senators on Monday.\n\n"
        "The State Department said it would keep the cables private. A department spokesman, "
        "Pavel Ruml, told reporters on Tuesday that the offer still stood.\n\n"
        "Ms. Hale's nomination stalled last month after she told the panel that the embassy "
        "would reopen in the spring.",
    )
    assert speaker_of(rec, "the embassy would reopen") == "Karen Hale"


def test_a_kicker_is_no_speaker_even_when_taken_for_a_name(run: Run) -> None:
    rec = run(
        "Explainer: Why the old harbour treaty has two towns at odds again\n\n"
        "The towns of Northam and Southam have shared the harbour since 1921."
    )
    assert not any(a.cue is not None and a.cue.text == ":" for a in rec.attributions)


def test_a_closing_relative_report_is_its_nouns_not_the_outer_speakers(run: Run) -> None:
    rec = story(
        run,
        "The Trade Ministry said in May that it would propose a 10 percent tariff on steel "
        "after a complaint from a Welsh mill, Harbour Steel Works, which argued that foreign "
        "mills were dumping steel.",
    )
    assert speaker_of(rec, "foreign mills were dumping") == "Harbour Steel Works"
    outer = attribution_with(rec, "propose a 10 percent tariff")
    assert not any("dumping" in c.text for c in outer.content)


def test_a_relative_report_inside_a_clause_stays_in_the_outer_words(run: Run) -> None:
    rec = story(run, "The mayor said the plan, which critics say is flawed, will pass in May.")
    a = attribution_with(rec, "will pass in May")
    assert a.cue is not None and a.cue.text == "said"
