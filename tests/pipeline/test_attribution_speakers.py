"""Speakers and contents of attributions that were wrong on whole articles: a cue in a later
clause, a subject inside the quotation, a title split from its name, relative-clause content, a
namesake's full name, a body known by the noun that described it, a definite description or an
unnamed spokesperson, datelines and readouts, and contents that are no statement
(pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from sayso.pipeline.attributions.content import Contents
from sayso.pipeline.base import State
from sayso.types import Document, Entity, Meta, Record, Span

from .conftest import attribution_with, contents, speaker_of

Run = Callable[..., Record]


# -------------------------------------------------------------------------------------------------
# Speakers and contents of confident attributions that were wrong on whole articles, each kind with
# a rule and an invented sentence: a cue in a later clause, a subject inside the quotation, a title
# split from its name, relative-clause content, a statement's author taken from what it condemns, a
# colon line that describes an act, a sentence-final cue over a nested report, and a speaking
# pronoun resolved to a person spoken about (pipeline/attributions).


def story(run: Run, body: str) -> Record:
    return run("Regional news roundup\n\n" + body)


@pytest.mark.model
def test_a_cue_inside_a_later_report_is_not_the_quotes(run: Run) -> None:
    rec = story(
        run,
        '"The review is ongoing." He said the agency has not publicly commented on its findings.',
    )
    assert not any("The review is ongoing" in c.text for a in rec.attributions for c in a.content)


@pytest.mark.model
def test_a_participle_speaker_is_outside_the_quotation(run: Run) -> None:
    rec = story(
        run,
        "In line with most of his colleagues, Liberal leadership hopeful Sen. Rolf Amsel was "
        "also critical of Varga's stance, telling Radio Nord: \"Premier Varga's comments today "
        'are typical of his government, which began by closing the rail line."',
    )
    assert speaker_of(rec, "typical of his government") == "Rolf Amsel"


@pytest.mark.model
def test_a_title_split_from_its_name_leaves_the_name_speaking(run: Run) -> None:
    rec = story(run, '"There may have been a third target," said Harbor police Lt. Gerald Voss.')
    assert speaker_of(rec, "a third target") == "Gerald Voss"


@pytest.mark.model
def test_a_relative_clause_reports_the_noun_not_the_cue(run: Run) -> None:
    rec = story(run, "The weapon, which police said was stolen from a farm, was found in a ditch.")
    a = attribution_with(rec, "was stolen from a farm")
    assert [c.text for c in a.content] == ["The weapon", "was stolen from a farm"]


@pytest.mark.model
def test_a_statement_is_not_by_whom_it_condemns(run: Run) -> None:
    rec = story(
        run,
        "The Harlow town council on Monday approved a resolution condemning Governor Ines "
        "Marlow's plan to close the hospital. Members backed by five to two the resolution which "
        'said the town "rejects any cut to emergency care."',
    )
    assert speaker_of(rec, "rejects any cut") != "Ines Marlow"


@pytest.mark.model
def test_a_colon_line_describing_an_act_introduces_nobody_s_words(run: Run) -> None:
    rec = story(
        run,
        "Even on Friday morning, the ministry was refusing to call the blast an attack:\n\n"
        '"The ministry is still reluctant to call the explosion sabotage, citing the inquiry."',
    )
    assert not any("still reluctant" in c.text for a in rec.attributions for c in a.content)


@pytest.mark.model
def test_a_colon_line_naming_a_comment_introduces_it(run: Run) -> None:
    rec = story(
        run, 'The mayor made the following comment:\n\n"We will rebuild every home on the river."'
    )
    attribution_with(rec, "We will rebuild every home")


@pytest.mark.model
def test_a_sentence_final_cue_reports_the_nested_report(run: Run) -> None:
    rec = story(
        run,
        "Officers found a rifle in the van, Sheriff Anna Berg said. Neighbours said the driver "
        "fired a pistol or a rifle, Harbor police Lieutenant Gerald Voss said.",
    )
    assert speaker_of(rec, "the driver fired") == "Gerald Voss"


@pytest.mark.model
def test_a_speaking_pronoun_is_the_reporting_subject_before(run: Run) -> None:
    rec = story(
        run,
        "Sheriff Paul Whitby said Aaron Brook walked into Mark Kemper's office. Lena Lund, who "
        "stood at the door of Kemper's office, was hit in the arm, Whitby said. She fell to the "
        "floor, he said.",
    )
    assert speaker_of(rec, "She fell to the floor") == "Paul Whitby"


@pytest.mark.model
def test_a_speaking_pronoun_after_its_own_report_stays(run: Run) -> None:
    rec = story(
        run,
        'Senator Mira Kallas praised Judge Omar Reyes. "He is a fair man," Kallas said. Reyes '
        "thanked her on Friday. He said he was honoured.",
    )
    assert speaker_of(rec, "he was honoured") == "Omar Reyes"


@pytest.mark.model
def test_an_object_does_not_run_into_a_report_of_its_own(run: Run) -> None:
    rec = story(run, "The league posted record profits last year, the report said.")
    assert not any("the report said" in c.text for a in rec.attributions for c in a.content)


@pytest.mark.model
def test_an_object_stays_inside_its_relative_clause(run: Run) -> None:
    rec = story(
        run,
        "The quiz programme, which posted its weakest audience figures in March, is not the "
        "only broadcast changing its format.",
    )
    assert not any("changing its format" in c.text for a in rec.attributions for c in a.content)


@pytest.mark.model
def test_the_body_a_definite_noun_names_speaks_and_no_other(run: Run) -> None:
    # "the port authority" is the Port Authority named before; "the commission" is no other body
    # that spoke before it
    rec = story(
        run,
        "A federal jury on Friday acquitted a former director of the Maumee River Port Authority "
        "of bribery charges.\n\nThe port authority said in a statement that it had changed its "
        'bidding rules in 2023. "The authority cooperated fully with investigators," the '
        "statement said.\n\nThe commission said it would review the case.",
    )
    assert speaker_of(rec, "changed its bidding rules") == "Maumee River Port Authority"
    assert speaker_of(rec, "cooperated fully") == "Maumee River Port Authority"
    assert speaker_of(rec, "review the case") is None
    assert not [e for e in rec.entities if e.name.lower() == "authority"]


@pytest.mark.model
def test_a_quote_speaker_the_parser_left_without_a_verb(run: Run) -> None:
    # the parser takes "the younger man's lawyer, Ana Ruiz," for objects inside the quotation
    # and leaves "said" without a subject: the words between the quote and the verb speak
    rec = story(
        run,
        '"The state asked the jury to ignore the contracts," the younger man\'s lawyer, Renata '
        'Solis, said outside the courthouse. "We will appeal this verdict."',
    )
    assert speaker_of(rec, "ignore the contracts") == "Renata Solis"
    assert speaker_of(rec, "appeal this verdict") == "Renata Solis"


@pytest.mark.model
def test_a_mission_from_a_body_speaks_for_it(run: Run) -> None:
    rec = story(
        run,
        "An observer mission from the Organization of American States said it had found "
        "serious irregularities in the count. A team from the Carter Center said the vote was "
        "calm.",
    )
    assert speaker_of(rec, "serious irregularities") == "Organization of American States"
    assert speaker_of(rec, "the vote was calm") == "Carter Center"


@pytest.mark.model
def test_a_second_that_clause_the_parser_hung_on_the_cue_is_said_too(run: Run) -> None:
    rec = story(
        run,
        "Ms. Ana Ruiz told supporters outside the council's offices that the count had been "
        '"rigged from the first night" and that her party would file a challenge with the '
        "Supreme Court on Monday.",
    )
    said = attribution_with(rec, "rigged from the first night")
    assert any("file a challenge" in c.text for c in said.content)


@pytest.mark.model
def test_a_subordinate_clause_after_a_quotation_is_not_its_cue(run: Run) -> None:
    # the quotation lies in the clause "said" reports; "that Sweden had refused it" is a second
    # clause of the same report, not the quotation's cue
    rec = story(
        run,
        'Mr. Berg said that route "has always been our preference," but that Sweden had '
        "refused it.",
    )
    assert speaker_of(rec, "always been our preference") == "Berg"
    assert not [a for a in rec.attributions if a.source is not None and a.source.text == "Sweden"]


@pytest.mark.model
def test_quoted_as_saying_is_the_words_of_the_one_quoted(run: Run) -> None:
    rec = story(
        run,
        "The Baltic Courier quoted a navy commander, Adm. Peter Lund, as saying that Sweden "
        'would respond "at a moment it chooses."',
    )
    assert speaker_of(rec, "at a moment it chooses") == "Peter Lund"


# -------------------------------------------------------------------------------------------------
# Speakers and contents that were wrong on whole articles: a namesake's full name, a body known by
# the noun that described it, a condition the parser hung on the cue, a relative "that" taken for a
# that-clause (pipeline/attributions).


def harbour_story(run: Run, body: str) -> Record:
    return run("Harbour town news\n\n" + body)


@pytest.mark.model
def test_a_full_name_sharing_only_the_surname_is_another_person(run: Run) -> None:
    rec = harbour_story(
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


@pytest.mark.model
def test_a_definite_noun_is_the_body_its_description_named(run: Run) -> None:
    rec = harbour_story(
        run,
        "The ferry was chartered by Blue Anchor Relief, a charity based in Oslo, for the "
        "season.\n\n"
        "Port officials held the ferry for a week over its papers.\n\n"
        "The charity said the ferry would sail again on Friday.",
    )
    assert speaker_of(rec, "would sail again") == "Blue Anchor Relief"


@pytest.mark.model
def test_a_definite_noun_with_two_bodies_so_described_stays_unresolved(run: Run) -> None:
    rec = harbour_story(
        run,
        "The ferry was chartered by Blue Anchor Relief, a charity based in Oslo. Its crew came "
        "from Sea Light, a charity based in Bergen.\n\n"
        "Port officials held the ferry for a week over its papers.\n\n"
        "The charity said the ferry would sail again on Friday.",
    )
    assert speaker_of(rec, "would sail again") is None


@pytest.mark.model
def test_a_condition_inside_the_reported_clause_keeps_its_infinitive(run: Run) -> None:
    rec = harbour_story(
        run,
        "Lena Varga, an economist at the port authority, said she expected the board, if it "
        "meets at all, to raise the fees slowly.",
    )
    a = attribution_with(rec, "expected the board")
    assert a.content[-1].text.endswith("to raise the fees slowly")


@pytest.mark.model
def test_a_relative_that_is_no_reported_clause(run: Run) -> None:
    rec = harbour_story(
        run,
        "Only 12 of the council's 20 members answered the roll call, one short of the 13 that "
        "the town charter requires for a vote.",
    )
    assert not any("charter requires" in c.text for a in rec.attributions for c in a.content)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Two council members stayed home on Monday, denying the mayor the quorum she needs to "
        "pass the harbour budget.",
        "The plan would add 40 wardens and two patrol boats to the harbour service.",
    ],
)
def test_a_speech_verb_in_another_sense_reports_nothing(run: Run, text: str) -> None:
    rec = harbour_story(run, text)
    assert not any(
        a.cue is not None and a.cue.text.startswith(("deny", "add")) for a in rec.attributions
    )


@pytest.mark.model
def test_denying_a_report_and_adding_words_still_report(run: Run) -> None:
    rec = harbour_story(
        run,
        "The harbour master denied that the ferry had been overloaded. He added that the "
        "crew had followed every rule. He also added a warning about the winter storms.",
    )
    assert speaker_of(rec, "had been overloaded") == speaker_of(rec, "followed every rule")
    assert attribution_with(rec, "a warning about the winter storms").cue is not None


@pytest.mark.model
def test_an_unresolved_it_is_the_body_that_is_the_subject_before(run: Run) -> None:
    rec = harbour_story(
        run,
        "Moldova closed its border crossings in May and has since seized dozens of trucks "
        "that it says carried stolen fuel.",
    )
    assert speaker_of(rec, "carried stolen fuel") == "Moldova"


@pytest.mark.model
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


@pytest.mark.model
def test_a_pronoun_after_a_name_in_its_own_sentence_is_that_person(run: Run) -> None:
    rec = harbour_story(
        run,
        "Ambassador nominee Karen Hale met senators on Monday.\n\n"
        "The State Department said it would keep the cables private. A department spokesman, "
        "Pavel Ruml, told reporters on Tuesday that the offer still stood.\n\n"
        "Ms. Hale's nomination stalled last month after she told the panel that the embassy "
        "would reopen in the spring.",
    )
    assert speaker_of(rec, "the embassy would reopen") == "Karen Hale"


@pytest.mark.model
def test_a_kicker_is_no_speaker_even_when_taken_for_a_name(run: Run) -> None:
    rec = run(
        "Explainer: Why the old harbour treaty has two towns at odds again\n\n"
        "The towns of Northam and Southam have shared the harbour since 1921."
    )
    assert not any(a.cue is not None and a.cue.text == ":" for a in rec.attributions)


@pytest.mark.model
def test_a_closing_relative_report_is_its_nouns_not_the_outer_speakers(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Trade Ministry said in May that it would propose a 10 percent tariff on steel "
        "after a complaint from a Welsh mill, Harbour Steel Works, which argued that foreign "
        "mills were dumping steel.",
    )
    assert speaker_of(rec, "foreign mills were dumping") == "Harbour Steel Works"
    outer = attribution_with(rec, "propose a 10 percent tariff")
    assert not any("dumping" in c.text for c in outer.content)


@pytest.mark.model
def test_a_relative_report_inside_a_clause_stays_in_the_outer_words(run: Run) -> None:
    rec = harbour_story(
        run, "The mayor said the plan, which critics say is flawed, will pass in May."
    )
    a = attribution_with(rec, "will pass in May")
    assert a.cue is not None and a.cue.text == "said"


# -------------------------------------------------------------------------------------------------
# Speakers and statements that were wrong on long real articles: a definite description of a person
# named in the same sentence, the body an unnamed spokesperson or a definite noun speaks for, a
# role noun for a titled person, words that are no statement (pipeline/attributions).


def test_a_mention_nested_after_a_shorter_one_at_the_same_start_is_found() -> None:
    text = "the Socialist congresswoman said"
    state = State(document=Document(id="d", text=text), meta=Meta(), doc=None)  # type: ignore[arg-type]
    party = Entity("e1", "Socialist", "ORG", None, None, (Span.of(text, 4, 13),))
    person = Entity("e2", "Joana Melo", "PERSON", None, None, (Span.of(text, 4, 27),))
    state.set_entities([person, party])
    word = text.index("congresswoman")
    assert state.entity_at(word, word + len("congresswoman")) is person
    state.set_entities([party, person])
    assert state.entity_at(word, word + len("congresswoman")) is person


@pytest.mark.model
def test_a_description_of_the_person_named_in_the_sentence_joined_to_another_source(
    run: Run,
) -> None:
    # "Socialist congresswoman" is a mention of the person, nested with the party's own
    rec = harbour_story(
        run,
        "LISBON -- The daughter of Lisbon Rep. Joana Melo was injured in a crash on the coast "
        "road, the Socialist congresswoman and police said.",
    )
    assert speaker_of(rec, "was injured in a crash") == "Joana Melo"


@pytest.mark.model
def test_an_unnamed_company_spokesman_speaks_for_the_company_that_spoke_before(
    run: Run,
) -> None:
    rec = harbour_story(
        run,
        "The ferry will sail again on Monday, the Norse Line operator Brakvik Ferries said on "
        "Saturday. The ship and its crew crossed the strait without trouble, said a company "
        "spokesman.",
    )
    assert speaker_of(rec, "crossed the strait without trouble") == "Brakvik Ferries"


@pytest.mark.model
def test_a_company_spokesman_is_not_a_ministry_that_spoke_before(run: Run) -> None:
    rec = harbour_story(
        run,
        "The ferry will sail again on Monday, the Transport Ministry said on Saturday. The ship "
        "and its crew crossed the strait without trouble, said a company spokesman.",
    )
    assert speaker_of(rec, "crossed the strait without trouble") is None


@pytest.mark.model
def test_the_agency_is_the_administration_quoted_in_the_sentence_before(run: Run) -> None:
    rec = harbour_story(
        run,
        "Two patrol boats entered the bay on Monday, according to the Harbour Safety "
        "Administration. It was the third such visit this month, the agency said.",
    )
    assert speaker_of(rec, "the third such visit") == "Harbour Safety Administration"


@pytest.mark.model
def test_the_colonel_is_the_person_named_with_that_title(run: Run) -> None:
    rec = harbour_story(
        run,
        "The army retook the port on Monday, the ministry's spokesman, Col. Ana Reis, told a "
        "briefing. Asked about the mines, the colonel said that was a matter for the companies.",
    )
    colonel = speaker_of(rec, "a matter for the companies")
    assert colonel is not None and colonel == speaker_of(rec, "The army retook the port")


@pytest.mark.model
def test_the_senator_is_nobody_when_no_one_was_given_that_title(run: Run) -> None:
    rec = harbour_story(
        run,
        "The senator met Ann Lee on Monday. The new port will open in May, the senator said.",
    )
    assert speaker_of(rec, "The new port will open") is None


@pytest.mark.model
def test_the_statement_far_down_speaks_as_the_issuer_of_the_statement_before(run: Run) -> None:
    rec = harbour_story(
        run,
        "The frigate boarded the trawler at dawn, according to a statement from the Harbour "
        "Safety Administration. The crew was taken ashore, the statement said.\n\n"
        "Fishing boats are often seized in the bay. Many are released after a week. Some owners "
        "pay fines. Others lose their boats for good. The courts are slow. Lawyers say the "
        "fines keep rising. Few owners can pay them. The boats rot in the harbour while the "
        "cases wait. Nobody knows how many are left.\n\n"
        "The bay has been fished by the same families for generations, and most of them still "
        "mend their nets on the quay each morning before the tide turns. Their children "
        "mostly work in the cannery or on the ferries, and few of them want the boats. The "
        "old harbour master kept a ledger of every catch for forty years, and it now sits in "
        "the town museum next to a model of the first steam trawler that ever came in.\n\n"
        "The statement said only that the crew would be questioned.",
    )
    assert speaker_of(rec, "the crew would be questioned") == "Harbour Safety Administration"


@pytest.mark.model
def test_declining_to_give_a_name_or_to_be_identified_is_no_statement(run: Run) -> None:
    rec = harbour_story(
        run,
        "A police spokeswoman said the boat sank at dawn, but declined to give her name. The "
        "owner declined to be identified. The captain declined to name the firm that "
        "chartered the boat. The union refused to give up its claim to the quay, and said "
        "that the lease was still valid.",
    )
    said = " ".join(contents(rec))
    assert "the boat sank at dawn" in said and "the lease was still valid" in said
    assert "her name" not in said and "identified" not in said and "the firm" not in said
    # a refusal with only an infinitive is an act withheld, no words (commitment_verbs)
    assert "its claim to the quay" not in said


@pytest.mark.model
def test_saying_little_or_nothing_is_no_statement(run: Run) -> None:
    rec = harbour_story(
        run,
        "The ministry has said little about the wreck. The navy said nothing more. The mayor "
        "said the port would reopen in May.",
    )
    said = " ".join(contents(rec))
    assert "the port would reopen" in said
    assert "the wreck" not in said and "nothing more" not in said


@pytest.mark.model
def test_charging_people_is_no_statement_and_charging_that_is(run: Run) -> None:
    rec = harbour_story(
        run,
        "Prosecutor Lena Holt charged the owners of the trawler and the skipper's brother. Holt "
        "charged that the owners had ignored three warnings. The port charged a fee of ten "
        "euros.",
    )
    said = " ".join(contents(rec))
    assert speaker_of(rec, "the owners had ignored three warnings") == "Lena Holt"
    assert "the skipper's brother" not in said and "ten euros" not in said


@pytest.mark.model
def test_a_nationality_typed_as_a_person_is_no_speaker_for_its_navy() -> None:
    from sayso import nlp
    from sayso.pipeline.attributions import AttributionStage

    text = "The Sri Lankan navy said one of its sailors had been hurt in the boarding."
    state = State(
        document=Document(id="d", text=text),
        meta=Meta(body=((0, len(text)),)),
        doc=nlp.load()(text),
    )
    start = text.index("Sri Lankan")
    # the entities stage may type a nationality as a person; it still speaks for nobody
    state.set_entities(
        [Entity("e1", "Sri Lankan", "PERSON", None, None, (Span.of(text, start, start + 10),))]
    )
    AttributionStage()(state)
    (a,) = state.attributions
    assert a.speaker is None and a.source is not None and a.source.text == "The Sri Lankan navy"


@pytest.mark.model
def test_a_participle_after_a_joined_clause_speaks_as_that_clause_s_subject(run: Run) -> None:
    rec = harbour_story(
        run,
        "The United Nations' refugee agency urged the government on Wednesday to let boats "
        'reach the island, and the African Union condemned the raid, calling it "a shameful '
        'attack on fishermen."',
    )
    assert speaker_of(rec, "a shameful attack on fishermen") == "African Union"


@pytest.mark.model
def test_the_newspaper_quoted_him_saying_is_the_person_who_spoke_just_before(run: Run) -> None:
    rec = harbour_story(
        run,
        "The Harbour Gazette reported that Dan Moss and Eli Hart had sailed together for "
        'years. Their skipper, Tom Reed, said Moss was "like a brother to me," and that they '
        "had spoken the day before, according to the report.\n"
        '"He was the best deckhand on the coast. He never missed a tide. I cannot imagine how '
        'his family feels," the newspaper quoted him saying.',
    )
    assert speaker_of(rec, "the best deckhand on the coast") == "Tom Reed"


# -------------------------------------------------------------------------------------------------
# Speakers and statements that were wrong on long articles: a person named in apposition to an
# officeholder's title, plural sources, datelines, a person's words nested in a readout, contents
# that are no statement (pipeline/attributions).


@pytest.mark.model
def test_a_pronoun_after_an_officeholder_named_in_apposition_is_that_officeholder(
    run: Run,
) -> None:
    # the parser hangs the name on the place ("of Westmark, J. Caradoc"): the name is still
    # the subject of the sentence before the pronoun, and the guild leader was only its past
    rec = harbour_story(
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
    rec = harbour_story(
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


READOUTS = (
    "Norway and Canada give different accounts of ministers' call\n\n"
    "OSLO - The call took place on Sunday evening, according to both governments.\n\n"
    'According to the Norwegian readout, Mr. Hagen "stressed that the fishing zones are not '
    'open to talks" and "welcomed the close cooperation between the two coast guards." The two '
    'ministers, it said, "agreed to meet again in the spring."\n\n'
    "Canada's readout, issued an hour later, was shorter. It said Minister Dunmore had "
    '"emphasized the importance of a wider Canadian presence in the north" and "welcomed '
    "Norway's pledge to spend more on the Arctic.\" It did not mention a meeting."
)


@pytest.mark.model
def test_a_person_quoted_from_the_verb_on_in_a_readout_is_the_speaker(run: Run) -> None:
    rec = run(READOUTS)
    assert speaker_of(rec, "the fishing zones are not open to talks") == "Hagen"
    assert speaker_of(rec, "close cooperation between the two coast guards") == "Hagen"
    assert speaker_of(rec, "a wider Canadian presence") == "Dunmore"
    assert speaker_of(rec, "pledge to spend more on the Arctic") == "Dunmore"
    a = attribution_with(rec, "a wider Canadian presence")
    channel = rec.entity(a.via)
    assert channel is not None and channel.name == "Canada"


@pytest.mark.model
def test_words_quoted_from_the_verb_on_with_no_named_person_stay_as_they_were(run: Run) -> None:
    rec = harbour_story(
        run,
        'The council said the old plan "failed to protect the river" and that a new one was '
        "being drawn up.",
    )
    a = attribution_with(rec, "failed to protect the river")
    assert a.source is not None and a.source.text == "The council"
    assert any("a new one was being drawn up" in c.text for c in a.content)
