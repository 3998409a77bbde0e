"""The idiom rules' own dependency matcher (events/treematch.py) finds what spaCy's
DependencyMatcher finds, in the same order, on every rule's example and on invented sentences
for each operator; a pattern it cannot read is an error."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.matcher import DependencyMatcher

from sayso import nlp
from sayso.pipeline.events.tables import IdiomRule, idioms
from sayso.pipeline.events.treematch import Tree, compile_pattern


def _spacy(doc: Any, pattern: list[dict[str, object]]) -> list[tuple[int, ...]]:
    matcher = DependencyMatcher(doc.vocab)
    matcher.add("p", [pattern])
    return [tuple(tokens) for _, tokens in matcher(doc)]


def _mine(doc: Any, pattern: list[dict[str, object]]) -> list[tuple[int, ...]]:
    tree = Tree(doc)
    return [m for s in doc.sents for m in tree.matches(compile_pattern(pattern), s.start, s.end)]


@pytest.mark.model
@pytest.mark.parametrize("rule", idioms(), ids=lambda r: r.id)
def test_every_rule_matches_its_example_as_spacy_does(rule: IdiomRule) -> None:
    doc = nlp.load()(rule.example)
    expected = _spacy(doc, list(rule.pattern))
    assert expected, rule.id
    assert _mine(doc, list(rule.pattern)) == expected


VERB = {"RIGHT_ID": "v", "RIGHT_ATTRS": {"POS": "VERB"}}
NOT_A_PREPOSITION = {"TAG": {"NOT_IN": ["IN"]}}
SMALL_WORDS = {"LOWER": {"IN": ["the", "to", "a"]}}
OF_OR_TO = {"LEMMA": {"IN": ["of", "on"]}}


@pytest.mark.model
@pytest.mark.parametrize(
    "pattern",
    [
        [VERB, {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "c", "RIGHT_ATTRS": {}}],
        [VERB, {"LEFT_ID": "v", "REL_OP": ">>", "RIGHT_ID": "d", "RIGHT_ATTRS": {"POS": "NOUN"}}],
        [VERB, {"LEFT_ID": "v", "REL_OP": "<", "RIGHT_ID": "h", "RIGHT_ATTRS": {}}],
        [VERB, {"LEFT_ID": "v", "REL_OP": ";", "RIGHT_ID": "b", "RIGHT_ATTRS": {}}],
        [VERB, {"LEFT_ID": "v", "REL_OP": ".", "RIGHT_ID": "f", "RIGHT_ATTRS": {}}],
        [VERB, {"LEFT_ID": "v", "REL_OP": ">+", "RIGHT_ID": "a", "RIGHT_ATTRS": {}}],
        [
            {"RIGHT_ID": "n", "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "dobj", "pobj"]}}},
            {"LEFT_ID": "n", "REL_OP": "<", "RIGHT_ID": "h", "RIGHT_ATTRS": NOT_A_PREPOSITION},
            {"LEFT_ID": "h", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": SMALL_WORDS},
        ],
        [
            {"RIGHT_ID": "w", "RIGHT_ATTRS": {"ORTH": "Monday", "ENT_TYPE": "DATE"}},
            {"LEFT_ID": "w", "REL_OP": "<", "RIGHT_ID": "h", "RIGHT_ATTRS": OF_OR_TO},
        ],
    ],
)  # fmt: skip
def test_each_operator_and_predicate_matches_as_spacy_does(
    pattern: list[dict[str, object]],
) -> None:
    doc = nlp.load()(
        "The minister of Ruritania told reporters on Monday that the talks would resume soon. "
        "Freedonian troops withdrew to the border, and the two sides agreed to a truce.\n\n"
        "A spokesman for the army said nothing."
    )
    expected = _spacy(doc, pattern)
    assert expected
    assert _mine(doc, pattern) == expected


@pytest.mark.parametrize(
    ("pattern", "error"),
    [
        ([{"RIGHT_ID": "a", "RIGHT_ATTRS": {"SHAPE": "Xxxx"}}], "SHAPE"),
        ([{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LOWER": {"REGEX": "^x"}}}], "REGEX"),
        ([{"RIGHT_ID": "a", "RIGHT_ATTRS": {}},
          {"LEFT_ID": "a", "REL_OP": "$++", "RIGHT_ID": "b", "RIGHT_ATTRS": {}}], r"\$\+\+"),
        ([{"RIGHT_ID": "a", "RIGHT_ATTRS": {}},
          {"LEFT_ID": "z", "REL_OP": ">", "RIGHT_ID": "b", "RIGHT_ATTRS": {}}], "LEFT_ID"),
        ([{"RIGHT_ID": "a", "RIGHT_ATTRS": {"LOWER": "x", "OP": "?"}}], "OP"),
    ],
)  # fmt: skip
def test_a_pattern_it_cannot_read_is_an_error(pattern: list[dict[str, object]], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        compile_pattern(pattern)


@pytest.mark.model
def test_the_root_of_each_token_is_its_sentence_root() -> None:
    doc = nlp.load()(
        "The envoy, who had flown in from the coast overnight, said the talks would go on. "
        "Rebels shelled the port.\n\nA ferry that the navy had sent turned back at dawn."
    )
    tree = Tree(doc)
    for tok in doc:
        assert tree.root[tok.i] == tok.sent.root.i


@pytest.mark.model
@pytest.mark.parametrize(
    "pattern",
    [
        [{"RIGHT_ID": "n", "RIGHT_ATTRS": {"POS": {"IN": ["NOUN", "PROPN"]}}},
         {"LEFT_ID": "n", "REL_OP": ">", "RIGHT_ID": "d", "RIGHT_ATTRS": {"LOWER": "the"}}],
        [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}},
         {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "a", "RIGHT_ATTRS": {"TAG": "MD"}},
         {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "s", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
        [{"RIGHT_ID": "n", "RIGHT_ATTRS": {}},
         {"LEFT_ID": "n", "REL_OP": "<", "RIGHT_ID": "h", "RIGHT_ATTRS": {"LEMMA": "say"}}],
        [{"RIGHT_ID": "n", "RIGHT_ATTRS": {"POS": "NOUN"}},
         {"LEFT_ID": "n", "REL_OP": ">+", "RIGHT_ID": "p", "RIGHT_ATTRS": {"DEP": "prep"}}],
    ],
)  # fmt: skip
def test_anchors_found_through_a_child_or_head_match_as_spacy_does(
    pattern: list[dict[str, object]],
) -> None:
    doc = nlp.load()(
        "The minister of Ruritania said the talks would resume soon. The army could not say "
        "when the troops would leave.\n\nA spokesman for the navy said the ships had sailed."
    )
    assert compile_pattern(pattern).driver is not None  # the anchors are found through it
    expected = _spacy(doc, pattern)
    assert expected
    assert _mine(doc, pattern) == expected
    assert list(Tree(doc).matches(compile_pattern(pattern), 0, len(doc))) == expected
