"""Idioms and frames as data: the rules of ``sayso/data/event_idioms.json`` (read by
:func:`tables.idioms`) are spaCy ``DependencyMatcher`` patterns, matched by :mod:`.treematch`.
A rule says that an event word is no event of some types, or another type ("pleaded guilty"
concedes, "struck back with an ad" accuses), ("met with criticism" is no meeting, "a news
conference" no consultation, "pleaded guilty" no request, a campaign "targeting" a senator no
assault, a word of a name no event), or that the events under a frame did not happen ("stopped
short of calling for", "refrained from", "denied that") or are only possible."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...nlp import children_of, lemmas_of, lowers_of, sentence_bounds, subtree_of
from .tables import IdiomRule, idioms
from .treematch import Tree, TreePattern, compile_pattern


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
    """One rule's pattern and, for each node that names its words, those words: a rule runs only
    on a sentence that has a word of each (matching is the costly part, a set look-up is not)."""

    rule: IdiomRule
    pattern: TreePattern
    needs: tuple[frozenset[str], ...]
    token: bool = False  # a rule of one node runs over the whole text


@dataclass(frozen=True)
class _Rules:
    """Every rule compiled, with an index from words to the rules of more than one node that
    name them."""

    rules: list[_Compiled]
    # word -> the rules (by position) one of whose nodes names it; rules that need no word are
    # in ``always``: a sentence is tried only by the rules its words can satisfy
    by_word: dict[str, tuple[int, ...]]
    always: tuple[int, ...]
    words: frozenset[str]  # the keys of ``by_word``, met with a sentence's words at once
    rest: tuple[tuple[frozenset[str], ...], ...]  # each rule's needs after its first node's


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


@functools.lru_cache(maxsize=1)
def _compiled() -> _Rules:
    """The rules' patterns and word index, built once."""
    out: list[_Compiled] = []
    for rule in idioms():
        try:
            pattern = compile_pattern(rule.pattern)
        except ValueError as exc:
            raise ValueError(f"idiom rule {rule.id}: {exc}") from None
        needs = tuple(w for node in rule.pattern if (w := _words_of(node)) is not None)
        out.append(_Compiled(rule, pattern, needs, len(rule.pattern) == 1))
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
    rest = tuple(c.needs[1:] for c in out)
    return _Rules(out, index, tuple(always), frozenset(index), rest)


def find(doc: Doc) -> IdiomHits:
    """The rules that fire in ``doc`` and what they say. A dependency tree never crosses a
    sentence, so each rule of several nodes runs only on the sentences that hold a word of each
    of its nodes (found through the index of its first node's words); a rule of one node, or of
    nodes that name no word, runs over the whole text."""
    hits = IdiomHits()
    if not doc.has_annotation("DEP"):
        return hits
    lowers, lemmas = lowers_of(doc), lemmas_of(doc)
    rules = _compiled()
    tried: dict[int, list[tuple[int, int]]] = {}  # rule position -> the sentences with its words
    for start, end in sentence_bounds(doc):
        words = {*lowers[start:end], *lemmas[start:end]}
        for k in sorted({k for w in words & rules.words for k in rules.by_word[w]}):
            for need in rules.rest[k]:
                if words.isdisjoint(need):
                    break
            else:  # a word of each node
                tried.setdefault(k, []).append((start, end))
    tree = Tree(doc)
    whole = [(0, len(doc))]  # the sentences cover the text: a rule tried on each runs once
    for k in rules.always:
        tried[k] = whole
    for k, compiled in enumerate(rules.rules):  # in the file's order: a later rule overrides
        scope = compiled.rule.scope
        for start, end in whole if compiled.token else tried.get(k, ()):
            for match in tree.matches(compiled.pattern, start, end):
                _apply(hits, compiled.rule, match[scope], doc)
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
        into.update(_scope(doc[i]))


def _scope(head: Token) -> list[int]:
    """The tokens a frame holds: the subtree of ``head`` less the clauses below it that the
    narrator tells as facts (``_told``: "refused to let the jets land, days after Y scrambled
    its fighters"); a condition among them is marked by its own rule. (A relative clause stays
    in: its actors are the frame's own, and a clause whose object is the noun it hangs on would
    be coded with no one acted on.)"""
    told = {t.i for r in subtree_of(head) if r.i != head.i and _told(r) for t in subtree_of(r)}
    return [t.i for t in subtree_of(head) if t.i not in told]


def _told(verb: Token) -> bool:
    """A clause the narrator tells as a fact inside a frame: a tensed adverbial clause with its
    own subject, or a past participle that describes a noun ("urged them to free the crew of a
    trawler seized last week": the seizure is told, only the freeing is urged)."""
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"):  # the tagger reads some as VBD
        return True
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb))
    )
