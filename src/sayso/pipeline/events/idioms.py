"""Idioms and frames as data: the rules of ``sayso/data/event_idioms.json`` (read by
:func:`tables.idioms`) run as one spaCy ``DependencyMatcher`` over a document. A rule says that an
event word is no event of some types, or another type ("pleaded guilty" concedes, "struck back
with an ad" accuses), ("met with criticism" is no meeting, "a news conference" no
consultation, "pleaded guilty" no request, a campaign "targeting" a senator no assault, a word of
a name no event), or that the events under a frame did not happen ("stopped short of calling
for", "refrained from", "denied that") or are only possible."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ...nlp import lemmas_of, lowers_of, tokens_of
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
    # word -> the rules (by position) one of whose nodes names it; rules that need no word are
    # in ``always``: a sentence is tried only by the rules its words can satisfy
    by_word: dict[str, tuple[int, ...]]
    always: tuple[int, ...]


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
        for node in rule.pattern:
            attrs = node.get("RIGHT_ATTRS")
            unread = set(attrs) - _READ if isinstance(attrs, dict) else set()
            if unread:  # a sentence's copy (``_alone``) would not carry them
                raise ValueError(f"idiom rule {rule.id}: attributes {sorted(unread)} are not read")
        matcher = DependencyMatcher(vocab)
        matcher.add(rule.id, [list(rule.pattern)])
        needs = tuple(w for node in rule.pattern if (w := _words_of(node)) is not None)
        attrs = rule.pattern[0].get("RIGHT_ATTRS")
        token = False
        if len(rule.pattern) == 1 and isinstance(attrs, dict):
            tokens.add(rule.id, [[attrs]])
            token = True
        out.append(_Compiled(rule, matcher, needs, token))
    by_word: dict[str, list[int]] = {}
    always: list[int] = []
    for k, c in enumerate(out):
        if c.token:
            continue
        if not c.needs:
            always.append(k)
            continue
        for word in c.needs[0]:
            by_word.setdefault(word, []).append(k)
    index = {w: tuple(ks) for w, ks in by_word.items()}
    compiled = _Rules(out, tokens, index, tuple(always))
    _COMPILED[id(vocab)] = (vocab, compiled)
    return compiled


def find(doc: Doc) -> IdiomHits:
    """The rules that fire in ``doc`` and what they say. A dependency tree never crosses a
    sentence, so each rule runs only on the sentences that hold a word of each of its nodes
    (found through the index of its first node's words; the matcher's cost grows with the
    text it is given, not with the hits), each sentence copied once into a Doc of its own."""
    hits = IdiomHits()
    if not doc.has_annotation("DEP"):
        return hits
    lowers, lemmas = lowers_of(doc), lemmas_of(doc)
    rules = _compiled(doc.vocab)
    tried: dict[int, list[Span]] = {}  # rule position -> the sentences that hold its words
    for sent in doc.sents:
        words = {*lowers[sent.start : sent.end], *lemmas[sent.start : sent.end]}
        cands = {k for w in words for k in rules.by_word.get(w, ())}
        for k in sorted(cands.union(rules.always)):
            if not any(words.isdisjoint(need) for need in rules.rules[k].needs[1:]):
                tried.setdefault(k, []).append(sent)
    alone: dict[int, Doc] = {}  # a sentence as a Doc of its own, made once for every rule
    array = doc.to_array(_ATTRS) if tried else None
    token_hits: dict[str, list[int]] = {}  # rule id -> where its token pattern matched
    for match_id, start, _end in rules.tokens(doc):
        token_hits.setdefault(doc.vocab.strings[match_id], []).append(start)
    for k, compiled in enumerate(rules.rules):  # in the file's order: a later rule overrides
        if compiled.token:
            for start in sorted(token_hits.get(compiled.rule.id, ())):
                _apply(hits, compiled.rule, start, doc)
            continue
        for sent in tried.get(k, ()):
            if sent.start not in alone:
                alone[sent.start] = _alone(doc, sent, array)
            for _, tokens in compiled.matcher(alone[sent.start]):
                _apply(hits, compiled.rule, sent.start + tokens[compiled.rule.scope], doc)
    return hits


# what the rules may read of a token, copied into each sentence's Doc (``_alone``); ENT_IOB goes
# with ENT_TYPE, SENT_START keeps the copy one sentence
_ATTRS: list[int | str] = [
    "LEMMA",
    "LOWER",
    "POS",
    "TAG",
    "DEP",
    "HEAD",
    "ENT_IOB",
    "ENT_TYPE",
    "SENT_START",
]


_READ = {"LEMMA", "LOWER", "POS", "TAG", "DEP", "ENT_TYPE", "ORTH", "TEXT"}


def _alone(doc: Doc, sent: Span, array: Any) -> Doc:
    """``sent`` as a Doc of its own, with the attributes the rules read: ``Span.as_doc`` does
    the same but reads the whole document's entities (and its array) at every call."""
    tokens = tokens_of(doc)[sent.start : sent.end]
    words = [t.text for t in tokens]
    out = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in tokens])
    rows = array[sent.start : sent.end].copy()
    iob = _ATTRS.index("ENT_IOB")
    if len(rows) and rows[0][iob] == 1:  # an entity running in from before: it begins here
        rows[0][iob] = 3
    out.from_array(_ATTRS, rows)
    return out


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
        into.update(_scope(doc[i]))


def _scope(head: Token) -> list[int]:
    """The tokens a frame holds: the subtree of ``head`` less the tensed adverbial clauses with
    their own subject below it, which the narrator tells as facts ("refused to let the jets
    land, days after Y scrambled its fighters"); a condition among them is marked by its own
    rule. (A relative clause stays in: its actors are the frame's own, and a clause whose
    object is the noun it hangs on would be coded with no one acted on.)"""
    told = {t.i for r in head.subtree if r.i != head.i and _told(r) for t in r.subtree}
    return [t.i for t in head.subtree if t.i not in told]


def _told(verb: Token) -> bool:
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )
