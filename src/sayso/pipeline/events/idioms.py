"""Idioms and frames as data: the rules of ``sayso/data/event_idioms.json`` (read by
:func:`tables.idioms`) run as one spaCy ``DependencyMatcher`` over a document. A rule says that an
event word is no event of some types, or another type ("pleaded guilty" concedes, "struck back
with an ad" accuses), ("met with criticism" is no meeting, "a news conference" no
consultation, "pleaded guilty" no request, a campaign "targeting" a senator no assault, a word of
a name no event), or that the events under a frame did not happen ("stopped short of calling
for", "refrained from", "denied that") or are only possible."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from ...nlp import lemmas_of, lowers_of
from .tables import IdiomRule, idioms


@dataclass
class IdiomHits:
    """What the rules found in one document, by token index."""

    drop: dict[int, frozenset[str]] = field(default_factory=dict)  # types each word is not
    retype: dict[int, tuple[frozenset[str], str]] = field(default_factory=dict)  # (from, to)
    negated: set[int] = field(default_factory=set)  # tokens under a denying frame
    hypothetical: set[int] = field(default_factory=set)
    fired: list[tuple[str, int]] = field(default_factory=list)  # (rule id, scope token)

    def dropped(self, i: int, type_: str) -> bool:
        """Whether the word at ``i`` is no event of ``type_``."""
        types = self.drop.get(i)
        return types is not None and (not types or type_ in types)

    def retyped(self, i: int, type_: str) -> str:
        """The type the word at ``i`` has, ``type_`` unless an idiom says otherwise."""
        rule = self.retype.get(i)
        if rule is None or (rule[0] and type_ not in rule[0]):
            return type_
        return rule[1]


@dataclass(frozen=True)
class _Compiled:
    """One rule's matcher and, for each node that names its words, those words: a rule runs only
    on a document that has a word of each (matching is the costly part, a set look-up is not)."""

    rule: IdiomRule
    matcher: DependencyMatcher
    needs: tuple[frozenset[str], ...]
    token: bool = False  # a rule of one node is a token pattern, run by the shared ``Matcher``


@dataclass(frozen=True)
class _Rules:
    """Every rule compiled for one vocabulary: the rules of one node share one token ``Matcher``
    (one pass over the text for all of them), the others have a ``DependencyMatcher`` each."""

    rules: list[_Compiled]
    tokens: Matcher


_COMPILED: dict[int, tuple[Vocab, _Rules]] = {}


def _words_of(node: dict[str, object]) -> frozenset[str] | None:
    """The words a pattern node requires (its LEMMA or LOWER), or None when it names none."""
    attrs = node.get("RIGHT_ATTRS")
    if not isinstance(attrs, dict):
        return None
    for key in ("LEMMA", "LOWER"):
        value = attrs.get(key)
        if isinstance(value, str):
            return frozenset({value.lower()})
        if isinstance(value, dict) and isinstance(value.get("IN"), list):
            return frozenset(str(w).lower() for w in value["IN"])
    return None


def _compiled(vocab: Vocab) -> _Rules:
    """The rules' matchers for a vocabulary (one per loaded model), built once."""
    held = _COMPILED.get(id(vocab))
    if held is not None and held[0] is vocab:
        return held[1]
    out: list[_Compiled] = []
    tokens = Matcher(vocab)
    for rule in idioms():
        matcher = DependencyMatcher(vocab)
        matcher.add(rule.id, [list(rule.pattern)])
        needs = tuple(w for node in rule.pattern if (w := _words_of(node)) is not None)
        attrs = rule.pattern[0].get("RIGHT_ATTRS")
        token = False
        if len(rule.pattern) == 1 and isinstance(attrs, dict):
            tokens.add(rule.id, [[attrs]])
            token = True
        out.append(_Compiled(rule, matcher, needs, token))
    compiled = _Rules(out, tokens)
    _COMPILED[id(vocab)] = (vocab, compiled)
    return compiled


def find(doc: Doc) -> IdiomHits:
    """The rules that fire in ``doc`` and what they say. A dependency tree never crosses a
    sentence, so each rule runs only on the sentences that hold a word of each of its nodes
    (the matcher's cost grows with the text it is given, not with the hits)."""
    hits = IdiomHits()
    if not doc.has_annotation("DEP"):
        return hits
    lowers, lemmas = lowers_of(doc), lemmas_of(doc)
    sents = [(s, {*lowers[s.start : s.end], *lemmas[s.start : s.end]}) for s in doc.sents]
    alone: dict[int, Doc] = {}  # a sentence as a Doc of its own, made once for every rule
    rules = _compiled(doc.vocab)
    token_hits: dict[str, list[int]] = {}  # rule id -> where its token pattern matched
    for match_id, start, _end in rules.tokens(doc):
        token_hits.setdefault(doc.vocab.strings[match_id], []).append(start)
    for compiled in rules.rules:  # in the file's order: a later rule overrides an earlier one
        if compiled.token:
            for start in sorted(token_hits.get(compiled.rule.id, ())):
                _apply(hits, compiled.rule, start, doc)
            continue
        for sent, words in sents:
            if any(words.isdisjoint(need) for need in compiled.needs):
                continue
            if sent.start not in alone:
                alone[sent.start] = sent.as_doc()
            for _, tokens in compiled.matcher(alone[sent.start]):
                _apply(hits, compiled.rule, sent.start + tokens[compiled.rule.scope], doc)
    return hits


def _apply(hits: IdiomHits, rule: IdiomRule, i: int, doc: Doc) -> None:
    """Record what ``rule`` says of the token at ``i``."""
    hits.fired.append((rule.id, i))
    if rule.action == "retype" and rule.to is not None:
        hits.retype[i] = (rule.types, rule.to)
    elif rule.action == "drop":
        old = hits.drop.get(i)
        # an empty set means every type: it absorbs the others
        types = rule.types if old is None or not rule.types else old | rule.types
        hits.drop[i] = frozenset() if old is not None and not old else types
    else:
        into = hits.negated if rule.action == "negated" else hits.hypothetical
        into.update(t.i for t in doc[i].subtree)
