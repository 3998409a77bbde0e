"""Idioms and frames as data: the rules of ``sayso/data/event_idioms.json`` (read by
:func:`tables.idioms`) run as one spaCy ``DependencyMatcher`` over a document. A rule says that an
event word is no event of some types, or another type ("pleaded guilty" concedes, "struck back
with an ad" accuses), ("met with criticism" is no meeting, "a news conference" no
consultation, "pleaded guilty" no request, a campaign "targeting" a senator no assault, a word of
a name no event), or that the events under a frame did not happen ("stopped short of calling
for", "refrained from", "denied that") or are only possible."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

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


_MATCHERS: dict[int, tuple[Vocab, DependencyMatcher]] = {}


def _matcher(vocab: Vocab) -> DependencyMatcher:
    """The matcher of the rules for a vocabulary (one per loaded model), built once."""
    held = _MATCHERS.get(id(vocab))
    if held is not None and held[0] is vocab:
        return held[1]
    matcher = DependencyMatcher(vocab)
    for n, rule in enumerate(idioms()):
        matcher.add(str(n), [list(rule.pattern)])
    _MATCHERS[id(vocab)] = (vocab, matcher)
    return matcher


def find(doc: Doc) -> IdiomHits:
    """The rules that fire in ``doc`` and what they say."""
    hits = IdiomHits()
    if not doc.has_annotation("DEP"):
        return hits
    rules = idioms()
    for match_id, tokens in _matcher(doc.vocab)(doc):
        rule: IdiomRule = rules[int(doc.vocab.strings[match_id])]
        i = tokens[rule.scope]
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
    return hits
