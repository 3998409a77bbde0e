"""Speakers and statements that were wrong on long real articles, round 5: a definite
description of a person named in the same sentence, the body an unnamed spokesperson or a
definite noun speaks for, a role noun for a titled person, words that are no statement
(pipeline/attributions). Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.pipeline.base import State
from sayso.types import Document, Entity, Meta, Record, Span

from .conftest import speaker_of

Run = Callable[..., Record]


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


def story(run: Run, body: str) -> Record:
    return run("Harbour town news\n\n" + body)


@pytest.mark.model
def test_a_description_of_the_person_named_in_the_sentence_joined_to_another_source(
    run: Run,
) -> None:
    # "Socialist congresswoman" is a mention of the person, nested with the party's own
    rec = story(
        run,
        "LISBON -- The daughter of Lisbon Rep. Joana Melo was injured in a crash on the coast "
        "road, the Socialist congresswoman and police said.",
    )
    assert speaker_of(rec, "was injured in a crash") == "Joana Melo"


@pytest.mark.model
def test_an_unnamed_company_spokesman_speaks_for_the_company_that_spoke_before(
    run: Run,
) -> None:
    rec = story(
        run,
        "The ferry will sail again on Monday, the Norse Line operator Brakvik Ferries said on "
        "Saturday. The ship and its crew crossed the strait without trouble, said a company "
        "spokesman.",
    )
    assert speaker_of(rec, "crossed the strait without trouble") == "Brakvik Ferries"


@pytest.mark.model
def test_a_company_spokesman_is_not_a_ministry_that_spoke_before(run: Run) -> None:
    rec = story(
        run,
        "The ferry will sail again on Monday, the Transport Ministry said on Saturday. The ship "
        "and its crew crossed the strait without trouble, said a company spokesman.",
    )
    assert speaker_of(rec, "crossed the strait without trouble") is None


@pytest.mark.model
def test_the_agency_is_the_administration_quoted_in_the_sentence_before(run: Run) -> None:
    rec = story(
        run,
        "Two patrol boats entered the bay on Monday, according to the Harbour Safety "
        "Administration. It was the third such visit this month, the agency said.",
    )
    assert speaker_of(rec, "the third such visit") == "Harbour Safety Administration"


@pytest.mark.model
def test_the_colonel_is_the_person_named_with_that_title(run: Run) -> None:
    rec = story(
        run,
        "The army retook the port on Monday, the ministry's spokesman, Col. Ana Reis, told a "
        "briefing. Asked about the mines, the colonel said that was a matter for the companies.",
    )
    colonel = speaker_of(rec, "a matter for the companies")
    assert colonel is not None and colonel == speaker_of(rec, "The army retook the port")


@pytest.mark.model
def test_the_senator_is_nobody_when_no_one_was_given_that_title(run: Run) -> None:
    rec = story(
        run,
        "The senator met Ann Lee on Monday. The new port will open in May, the senator said.",
    )
    assert speaker_of(rec, "The new port will open") is None


@pytest.mark.model
def test_the_statement_far_down_speaks_as_the_issuer_of_the_statement_before(run: Run) -> None:
    rec = story(
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


def _contents(rec: Record) -> list[str]:
    return [c.text for a in rec.attributions for c in a.content]


@pytest.mark.model
def test_declining_to_give_a_name_or_to_be_identified_is_no_statement(run: Run) -> None:
    rec = story(
        run,
        "A police spokeswoman said the boat sank at dawn, but declined to give her name. The "
        "owner declined to be identified. The captain declined to name the firm that "
        "chartered the boat. The union refused to give up its claim to the quay.",
    )
    said = " ".join(_contents(rec))
    assert "the boat sank at dawn" in said
    assert "her name" not in said and "identified" not in said and "the firm" not in said
    assert "its claim to the quay" in said  # an intent, not a refusal to disclose


@pytest.mark.model
def test_saying_little_or_nothing_is_no_statement(run: Run) -> None:
    rec = story(
        run,
        "The ministry has said little about the wreck. The navy said nothing more. The mayor "
        "said the port would reopen in May.",
    )
    said = " ".join(_contents(rec))
    assert "the port would reopen" in said
    assert "the wreck" not in said and "nothing more" not in said


@pytest.mark.model
def test_charging_people_is_no_statement_and_charging_that_is(run: Run) -> None:
    rec = story(
        run,
        "Prosecutor Lena Holt charged the owners of the trawler and the skipper's brother. Holt "
        "charged that the owners had ignored three warnings. The port charged a fee of ten "
        "euros.",
    )
    said = " ".join(_contents(rec))
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
    rec = story(
        run,
        "The United Nations' refugee agency urged the government on Wednesday to let boats "
        'reach the island, and the African Union condemned the raid, calling it "a shameful '
        'attack on fishermen."',
    )
    assert speaker_of(rec, "a shameful attack on fishermen") == "African Union"


@pytest.mark.model
def test_the_newspaper_quoted_him_saying_is_the_person_who_spoke_just_before(run: Run) -> None:
    rec = story(
        run,
        "The Harbour Gazette reported that Dan Moss and Eli Hart had sailed together for "
        'years. Their skipper, Tom Reed, said Moss was "like a brother to me," and that they '
        "had spoken the day before, according to the report.\n"
        '"He was the best deckhand on the coast. He never missed a tide. I cannot imagine how '
        'his family feels," the newspaper quoted him saying.',
    )
    assert speaker_of(rec, "the best deckhand on the coast") == "Tom Reed"
