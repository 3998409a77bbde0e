"""What ``sayso.nlp`` reads once of a Doc for every stage gives what spaCy's own objects give:
the sentence bounds, the sentence of a token and a span's text; and the event table's lemma set
holds every lemma the table knows."""

from __future__ import annotations

import itertools

import pytest

from sayso import nlp
from sayso.pipeline.events.tables import patterns, trigger_lemmas

TEXT = (
    "MERIDIAN CITY - The harbour authority of Port Vell said on Tuesday it would close two "
    'docks.\n\nIs the closure final? "We do not know yet," a spokesman for the  union said.\n'
    "Talks resume Friday"
)


@pytest.mark.model
def test_sentences_and_span_texts_are_spacys() -> None:
    doc = nlp.load()(TEXT)
    sents = list(doc.sents)
    assert nlp.sentence_bounds(doc) == [(s.start, s.end) for s in sents]
    assert nlp.lowers_of(doc) == [t.lower_ for t in doc]
    assert nlp.words_of(doc) == [t.text for t in doc]
    assert nlp.text_of(doc) == doc.text
    for tok in doc:
        assert nlp.sentence_at(doc, tok.i) == (tok.sent.start, tok.sent.end)
        assert nlp.sentence_chars(doc, tok.i) == (tok.sent.start_char, tok.sent.end_char)
        assert nlp.sentence(tok) == tok.sent
        assert nlp.sentence(tok).text == tok.sent.text
    assert nlp.sentence_before(sents[0]) is None
    for before, sent in itertools.pairwise(sents):
        assert nlp.sentence_before(sent) == before
    for start in range(len(doc) + 1):
        for end in range(max(start - 1, 0), min(len(doc), start + 6) + 1):
            assert nlp.span_text(doc, start, end) == doc[start:end].text, (start, end)


@pytest.mark.model
def test_children_and_heads_are_spacys() -> None:
    doc = nlp.load()(TEXT)
    assert nlp.heads_of(doc) == [t.head.i for t in doc]
    for tok in doc:
        assert nlp.children_of(tok) == list(tok.children)
        assert nlp.child_ids_of(doc)[tok.i] == [c.i for c in tok.children]


@pytest.mark.model
def test_subtrees_and_tags_are_spacys() -> None:
    """Each token's subtree, asked for in text order and (on a fresh parse, nothing made yet)
    in reverse order, holds spaCy's tokens in spaCy's order; the part of speech and the
    dependency of each token are spaCy's."""
    doc = nlp.load()(TEXT)
    assert nlp.pos_of(doc) == [t.pos_ for t in doc]
    assert nlp.deps_of(doc) == [t.dep_ for t in doc]
    for tok in doc:
        assert [t.i for t in nlp.subtree_of(tok)] == [t.i for t in tok.subtree]
    again = nlp.load()(TEXT)
    for tok in reversed(list(again)):
        assert nlp.subtree_of(tok) == list(tok.subtree)


@pytest.mark.model
def test_char_tokens_are_spacys_expanded_char_span() -> None:
    """Every character range, in and past the text (spaces, a blank line, a double space and a
    text that ends without a stop), maps to the tokens of ``char_span(..., "expand")``."""
    doc = nlp.load()(TEXT)
    size = len(TEXT)
    for start in range(-1, size + 2):
        for end in range(start, min(size, start + 12) + 2):
            try:
                span = doc.char_span(start, end, alignment_mode="expand")
            except IndexError:
                with pytest.raises(IndexError):
                    nlp.char_tokens(doc, start, end)
                continue
            want = None if span is None else (span.start, span.end)
            assert nlp.char_tokens(doc, start, end) == want, (start, end)


@pytest.mark.model
def test_expanded_spans_and_token_spans_are_spacys() -> None:
    """``expanded_span`` is ``char_span(..., "expand")`` as a Span (None and IndexError alike),
    and ``token_span`` is the slice of the Doc, with the same root."""
    doc = nlp.load()(TEXT)
    for start in range(-1, len(TEXT) + 2, 3):
        for end in range(start, min(len(TEXT), start + 9) + 2):
            try:
                span = doc.char_span(start, end, alignment_mode="expand")
            except IndexError:
                with pytest.raises(IndexError):
                    nlp.expanded_span(doc, start, end)
                continue
            got = nlp.expanded_span(doc, start, end)
            if span is None:
                assert got is None, (start, end)
            else:
                assert got is not None and (got.start, got.end) == (span.start, span.end)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 5) + 1):
            made, sliced = nlp.token_span(doc, start, end), doc[start:end]
            assert (made.start, made.end, made.text) == (sliced.start, sliced.end, sliced.text)
            assert made.root.i == sliced.root.i


@pytest.mark.model
def test_span_roots_are_spacys() -> None:
    """``span_root`` and ``root_of`` give the root spaCy's Span gives, over spans with and
    without a sentence root, punctuation and spaces; ``expanded_root`` the expanded span's."""
    doc = nlp.load()(TEXT)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 12) + 1):
            want = doc[start:end].root.i
            assert nlp.span_root(doc, start, end) == want, (start, end)
            assert nlp.root_of(doc, start, end).i == want, (start, end)
    for start in range(0, len(TEXT) - 1, 2):
        for end in range(start + 1, min(len(TEXT), start + 20) + 1, 3):
            span = nlp.expanded_span(doc, start, end)
            got = nlp.expanded_root(doc, start, end)
            assert (got is None) == (span is None), (start, end)
            assert span is None or (got is not None and got.i == span.root.i), (start, end)


@pytest.mark.model
def test_the_lexicon_reads_the_words_it_is_given() -> None:
    """Lemmas and cues read with the tokens and lemmas handed to the lexicon are those read
    from the Tokens, and another document asked about forgets them."""
    from sayso import lexicon

    doc = nlp.load()(TEXT)
    lemmas = [t.lemma_.lower() for t in doc]
    cues = [lexicon._match_cue(doc, i) for i in range(len(doc))]
    lexicon.hold_words(doc, nlp.tokens_of(doc), nlp.lemmas_of(doc))
    assert [lexicon.lemma(t) for t in doc] == lemmas
    assert [lexicon._match_cue(doc, i) for i in range(len(doc))] == cues
    assert any(c is not None for c in cues)
    other = nlp.load()("Officials declined to comment.")
    assert [lexicon.lemma(t) for t in other] == [t.lemma_.lower() for t in other]
    assert [lexicon.lemma(t) for t in doc] == lemmas


@pytest.mark.model
def test_the_lexicon_reads_the_text_it_is_given() -> None:
    """A dateline read with the text handed to the lexicon is the one read from ``doc.text``."""
    from sayso import lexicon

    doc = nlp.load()(TEXT)
    first = [lexicon.is_dateline(t) for t in doc]
    other = nlp.load()("A quiet day.")
    lexicon.is_dateline(other[0])  # another document asked about: the first is forgotten
    lexicon.hold_text(doc, nlp.text_of(doc))
    assert [lexicon.is_dateline(t) for t in doc] == first
    assert first[0] and not any(first[1:])


@pytest.mark.model
def test_lower_cases_are_spacys_beyond_ascii() -> None:
    doc = nlp.load()(
        "The \u0130zmir office of \u039f\u0394\u03a5\u03a3\u03a3\u0395\u0391\u03a3 said."
    )
    assert nlp.lowers_of(doc) == [t.lower_ for t in doc]


def test_the_trigger_lemmas_are_the_tables() -> None:
    assert trigger_lemmas() == {lemma for _, lemma in patterns()}
    assert all(lemma == lemma.lower() for lemma in trigger_lemmas())


def test_may_cue_word_answers_alike_when_asked_again() -> None:
    from sayso.lexicon import cue_table, may_cue_word, stem

    table = cue_table()
    for lem, low in [("say", "said"), ("hope", "hopes"), ("harbour", "harbour"), ("tell", "told")]:
        expected = lem in table or low in table or stem(low) in table
        assert may_cue_word(lem, low) is expected
        assert may_cue_word(lem, low) is expected  # the kept answer
    assert may_cue_word("say", "said")
    assert not may_cue_word("harbour", "harbour")


@pytest.mark.model
def test_a_released_doc_is_read_afresh() -> None:
    """``nlp.release`` forgets what was read of a Doc (Pipeline.record releases its Doc once
    the record is made); a later read makes it again, alike."""
    doc = nlp.load()("The ferry sailed at dawn. It came back at noon.")
    first = nlp.read(doc)
    assert nlp.read(doc) is first
    nlp.release(doc)
    again = nlp.read(doc)
    assert again is not first
    assert again.sentences == first.sentences and again.words == first.words


@pytest.mark.model
def test_a_documents_memo_is_kept_until_release() -> None:
    """``nlp.memo_of`` gives one dictionary for a Doc until the Doc is released; a released
    Doc, read again, starts with an empty one."""
    doc = nlp.load()("The ferry sailed at dawn. It came back at noon.")
    memo = nlp.memo_of(doc)
    memo["probe"] = 1
    assert nlp.memo_of(doc) is memo
    nlp.release(doc)
    assert nlp.memo_of(doc) == {}


@pytest.mark.model
def test_a_record_releases_its_doc() -> None:
    from sayso.pipeline import Pipeline
    from sayso.types import Document

    pipeline = Pipeline()
    doc = nlp.load()("The mayor said on Monday that the ferry would sail again.")
    pipeline.record(Document(id="d1", text=doc.text), doc)
    assert all(held.doc is not doc for held in nlp._READ.values())


@pytest.mark.model
def test_the_lexicon_slices_the_tokens_it_is_given() -> None:
    """Spaced dashes, a dateline's real subject and the subject of a clause read with the
    tokens handed to the lexicon are those read from slices of the Doc."""
    from sayso import lexicon

    doc = nlp.load()(
        "BRELLOCK, Norvania - Harbour police have detained two sailors after a brawl, and the "
        "mayor said the port would reopen a day after the inspectors finished their checks."
    )

    def reads() -> list[object]:
        dashes = [lexicon.spaced_dash(t) for t in doc]
        pairs = [(c, t) for t in doc for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects = [lexicon.past_dateline(c, t, 0).i for c, t in pairs]
        clauses = [lexicon.subject_in_phrase_before(t, 0) for t in doc]
        return [dashes, subjects, [None if c is None else c.i for c in clauses]]

    other = nlp.load()("A quiet day.")
    lexicon.lemma(other[0])  # another document asked about: none of doc's tokens are held
    lexicon._held(other)
    from_doc = reads()
    lexicon.hold_words(doc, nlp.tokens_of(doc), nlp.lemmas_of(doc))
    assert reads() == from_doc
    assert any(from_doc[0]) and from_doc[1]
