"""The shared word tables and the token rules that read them (sayso.lexicon): no model (the parses
are written out by hand), except the tests marked ``model`` that check the events stage reads
the lexicon's lists and keeps no copy of its own."""

from __future__ import annotations

import functools

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sayso import lexicon, resources
from sayso.pipeline import Pipeline
from sayso.pipeline.events.tables import Words
from sayso.pipeline.quotes import paragraphs
from sayso.types import Document


@functools.cache
def _vocab() -> Vocab:
    return _tokenizer().vocab


@functools.cache
def _tokenizer() -> spacy.language.Language:
    return spacy.blank("en")


def _doc(text: str) -> Doc:
    """``text`` tokenized (no parse)."""
    return _tokenizer()(text)


def _parsed(rows: list[tuple[str, str, str, int, str]]) -> Doc:
    """A doc from (word, lemma, pos, head index, dep) rows, words joined by spaces."""
    return Doc(
        _vocab(),
        words=[r[0] for r in rows],
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        deps=[r[4] for r in rows],
    )


@functools.cache
def _pipeline() -> Pipeline:
    return Pipeline()


def _events(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, source names, target names) of the events the whole pipeline finds in ``text``."""
    record = _pipeline().extract(Document(id="t", text=text, published="2024-03-10"))
    names = {e.id: e.name for e in record.entities}
    return [
        (ev.type, [names[i] for i in ev.source], [names[i] for i in ev.target])
        for ev in record.events
    ]


# ---- cues ---------------------------------------------------------------------------------------


def test_reporting_verbs_are_the_one_word_verb_cues_of_the_reporting_classes() -> None:
    verbs = lexicon.reporting_verbs()
    assert {"say", "tell", "write", "report", "cite", "comment", "believe"} <= verbs
    assert "support" not in verbs  # a stance
    assert "according" not in verbs  # "according to": a source phrase
    assert "allegation" not in verbs  # a noun cue
    assert "point" not in verbs  # only in "point out"
    assert "think" in lexicon.reporting_verbs(("belief",))
    assert "say" not in lexicon.reporting_verbs(("belief",))


def test_channel_verbs_add_quote_which_is_no_cue() -> None:
    assert "quote" in lexicon.channel_verbs()
    assert "quote" not in lexicon.reporting_verbs()
    assert lexicon.reporting_verbs() <= lexicon.channel_verbs()


def test_events_keep_no_copy_of_the_lexicon_lists() -> None:
    raw = resources.json_data("data/event_words.json")
    for key in ("speech_verbs", "statement_nouns", "about_statement_nouns"):
        assert key not in raw
    assert not {"speech_verbs", "statement_nouns"} & set(Words.__dataclass_fields__)


def test_question_words_are_the_wh_words_and_an_asked_if() -> None:
    words = lexicon.shared_words()
    assert {"whether", "whom", "whose", "when"} <= words.wh_words
    assert "if" not in words.wh_words  # "believes if the bridge closes, ...": a condition
    assert words.question_words == words.wh_words | {"if"}


def test_who_speaks_for_someone_is_a_body_or_a_spokesperson() -> None:
    words = lexicon.shared_words()
    assert "office" in words.speaking_bodies and "spokeswoman" in words.spokespeople
    assert words.speaks_for == words.speaking_bodies | words.spokespeople
    assert not words.speaking_bodies & words.spokespeople


def test_shared_lists_name_every_set_sorted() -> None:
    lists = lexicon.shared_lists()
    assert set(lists) == set(lexicon.SharedWords.__dataclass_fields__)
    assert lists["question_words"] == sorted(lexicon.shared_words().question_words)


def test_no_stage_keeps_its_own_question_words() -> None:
    raw = resources.json_data("data/event_words.json")
    assert not {k for k in raw if "question_word" in k or k.startswith("wh_")}
    idioms = resources.text("data/event_idioms.json")
    assert '"whether", "if"' not in idioms and '"who", "what"' not in idioms


@pytest.mark.model
def test_events_read_a_demand_from_a_speech_verb_only_the_lexicon_lists() -> None:
    # "contend" was never in the events stage's own list of speech verbs
    found = _events("Russia contends Israel must end its attacks on Syria.")
    assert [(src, "Israel" in tgt) for t, src, tgt in found if t == "REQUEST"] == [
        (["Russia"], True)
    ]


@pytest.mark.model
def test_events_do_not_make_who_quotes_an_actor() -> None:
    found = _events("Greece quoted Turkey on attacking the ships.")
    assert not any("Greece" in src for _, src, _ in found)


@pytest.mark.model
def test_events_do_not_make_a_suspect_of_a_belief_verb_a_target() -> None:
    # "suspect" is a belief cue: who is suspected of an act is not acted on by it
    found = _events("Chile was suspected of bombing the border post.")
    assert not any("Chile" in tgt for _, _, tgt in found)


def test_a_multiword_cue_matches_consecutive_lemmas() -> None:
    doc = _parsed(
        [
            ("She", "she", "PRON", 1, "nsubj"),
            ("pointed", "point", "VERB", 1, "ROOT"),
            ("out", "out", "ADP", 1, "prt"),
            ("flaws", "flaw", "NOUN", 1, "dobj"),
        ]
    )
    found = lexicon.match_cue(doc, 1)
    assert found is not None
    cue, end = found
    assert cue.lemmas == ("point", "out") and end == 3
    assert lexicon.match_cue(doc, 3) is None


def test_a_noun_cue_needs_a_noun() -> None:
    doc = _parsed(
        [
            ("his", "his", "PRON", 1, "poss"),
            ("claim", "claim", "NOUN", 1, "ROOT"),
        ]
    )
    found = lexicon.match_cue(doc, 1)
    assert found is not None and found[0].cls == "noun"
    assert "claim" in lexicon.noun_cues()


def test_stem_undoes_the_lemmatizer_slips() -> None:
    assert lexicon.stem("hopes") == "hope"
    assert lexicon.stem("hoping") == "hope"
    assert lexicon.stem("noted") == "note"


# ---- statement nouns ----------------------------------------------------------------------------


def test_the_media_are_statement_nouns() -> None:
    assert lexicon.media_nouns() <= lexicon.statement_nouns()


@pytest.mark.model
def test_events_take_the_author_of_a_medium_only_the_lexicon_lists() -> None:
    # "readout" was never in the events stage's own list of statement nouns
    found = _events("The Kenyan ministry released a readout condemning Uganda.")
    accusations = [(src, tgt) for t, src, tgt in found if t == "ACCUSE"]
    assert len(accusations) == 1
    src, tgt = accusations[0]
    assert [s for s in src if "ministry" in s] and "Uganda" in tgt and "readout" not in src


def test_a_medium_carries_words_an_act_does_not() -> None:
    assert {"statement", "report", "poll", "resolution"} <= lexicon.media_nouns()
    assert {"decision", "bid", "effort"} <= lexicon.statement_nouns() - lexicon.media_nouns()


def test_is_medium_reads_the_lemma_or_the_form() -> None:
    doc = _parsed([("remarks", "remark", "NOUN", 0, "ROOT")])
    assert lexicon.is_medium(doc[0])
    doc = _parsed([("efforts", "effort", "NOUN", 0, "ROOT")])
    assert not lexicon.is_medium(doc[0])


# ---- authors ------------------------------------------------------------------------------------

# "a video of his remarks posted by the agency"
_VIDEO = [
    ("a", "a", "DET", 1, "det"),
    ("video", "video", "NOUN", 1, "ROOT"),
    ("of", "of", "ADP", 1, "prep"),
    ("his", "his", "PRON", 4, "poss"),
    ("remarks", "remark", "NOUN", 2, "pobj"),
    ("posted", "post", "VERB", 1, "acl"),
    ("by", "by", "ADP", 5, "agent"),
    ("the", "the", "DET", 8, "det"),
    ("agency", "agency", "NOUN", 6, "pobj"),
]


def test_author_words_run_through_the_whole_phrase() -> None:
    doc = _parsed(_VIDEO)
    assert [t.text for t in lexicon.author_words(doc[1])] == ["his", "remarks", "by", "agency"]


def test_author_words_can_put_the_publisher_first() -> None:
    doc = _parsed(_VIDEO)
    found = lexicon.author_words(doc[1], publisher_first=True)
    assert [t.text for t in found] == ["agency", "his", "remarks", "by"]


def test_statement_author_reads_only_the_nouns_own_dependents() -> None:
    doc = _parsed(_VIDEO)
    assert lexicon.statement_author(doc[1]) is None  # "his" belongs to "remarks"
    assert [t.text for t in lexicon.statement_author(doc[4]) or []] == ["his"]
    doc = _parsed(
        [
            ("a", "a", "DET", 1, "det"),
            ("letter", "letter", "NOUN", 1, "ROOT"),
            ("from", "from", "ADP", 1, "prep"),
            ("the", "the", "DET", 4, "det"),
            ("union", "union", "NOUN", 2, "pobj"),
        ]
    )
    assert [t.text for t in lexicon.statement_author(doc[1]) or []] == ["union"]


# ---- datelines ----------------------------------------------------------------------------------


def test_a_dateline_opens_a_paragraph() -> None:
    doc = _doc("BRUSSELS (Agency) - The ministry said it would act.")
    assert lexicon.is_dateline(doc[0])
    doc = _doc("First paragraph.\n\nLOS ANGELES, May 2 - The mayor said no.")
    los = next(t for t in doc if t.text == "LOS")
    assert lexicon.is_dateline(los)
    assert not lexicon.is_dateline(doc[los.i + 1])  # "ANGELES" is not where it starts


def test_capitals_inside_a_paragraph_are_no_dateline() -> None:
    doc = _doc("The mayor met NATO, then left.")
    assert not lexicon.is_dateline(doc[3])
    doc = _doc("NATO officials said it would act.")  # no comma, bracket or dash after the name
    assert not lexicon.is_dateline(doc[0])


def test_a_dateline_needs_a_blank_line_before_it() -> None:
    doc = _doc("A headline\n\nPARIS - The minister said so.")
    assert lexicon.is_dateline(next(t for t in doc if t.text == "PARIS"))
    doc = _doc("A headline\nPARIS - The minister said so.")
    assert not lexicon.is_dateline(next(t for t in doc if t.text == "PARIS"))


@given(st.text(alphabet="ab \n\t", max_size=30))
def test_starts_paragraph_agrees_with_the_paragraphs_of_quotes(text: str) -> None:
    starts = {s for s, _ in paragraphs(text)}
    for pos, ch in enumerate(text):
        if not ch.isspace():
            assert lexicon.starts_paragraph(text, pos) == (pos in starts), (text, pos)


def test_past_dateline_finds_the_subject_after_the_dash() -> None:
    doc = _parsed(
        [
            ("ALGIERS", "ALGIERS", "PROPN", 5, "nsubj"),
            (",", ",", "PUNCT", 0, "punct"),
            ("Algeria", "Algeria", "PROPN", 0, "appos"),
            ("-", "-", "PUNCT", 0, "punct"),
            ("Police", "police", "NOUN", 0, "appos"),
            ("arrested", "arrest", "VERB", 5, "ROOT"),
            ("two", "two", "NUM", 7, "nummod"),
            ("men", "man", "NOUN", 5, "dobj"),
        ]
    )
    assert lexicon.spaced_dash(doc[3])
    assert lexicon.past_dateline(doc[0], doc[5], 0).text == "Police"
    assert lexicon.past_dateline(doc[7], doc[5], 0).text == "men"  # far from the sentence start
