"""The shared word tables and the token rules that read them (sayso.lexicon): no model (the parses
are written out by hand)."""

from __future__ import annotations

import functools

import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from sayso import lexicon, resources
from sayso.pipeline.quotes import paragraphs


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


def _event_words(key: str) -> set[str]:
    found = resources.json_data("data/event_words.json")[key]
    assert isinstance(found, list)
    return {str(w) for w in found}


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


def test_reporting_verbs_cover_the_speech_verbs_of_events() -> None:
    assert _event_words("speech_verbs") <= lexicon.reporting_verbs()


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


def test_statement_nouns_keep_every_word_of_both_old_lists() -> None:
    assert _event_words("statement_nouns") <= lexicon.statement_nouns()
    assert lexicon.media_nouns() <= lexicon.statement_nouns()


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
    assert lexicon.past_dateline(doc[0], doc[5]).text == "Police"
    assert lexicon.past_dateline(doc[7], doc[5]).text == "men"  # far from the sentence start
