"""The earlier claim a divergence answers, found in the record's attributions: who asserted what
an account omits (its words told earlier), who said that the denier's side did the denied act, who
said that a party committed to what another now says it never promised."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Set

from spacy.tokens import Token

from ...lexicon import lemma
from ...nlp import children_of, expanded_span, sentence_bounds, sentence_chars, subtree_of
from ...types import Attribution, Entity
from ..base import State
from .parties import claim_words, country_of, end_of, is_claim, owner, party_at

_STOP = {
    "the",
    "a",
    "an",
    "of",
    "about",
    "for",
    "to",
    "in",
    "on",
    "and",
    "or",
    "'s",
    "its",
    "their",
    "his",
    "her",
    "that",
    "this",
    "with",
    "by",
    "be",
    "comment",
    "remark",
    "any",
    "mention",
    "reference",
}
_CONTENT_POS = {"NOUN", "VERB", "PROPN", "ADJ"}
_ACCUSE = {"accuse", "blame", "charge"}


def _words(text: str) -> set[str]:
    return {w.strip(".,;:\"'()\u201c\u201d").lower() for w in text.split()} - _STOP - {""}


def asserters(state: State, about: str, before: int, exclude: set[str]) -> list[str]:
    """Who asserted ``about`` earlier in the article: channels of matching attributions first."""
    target = {w[:5] for w in _words(about)}
    need = min(2, len(target))
    if need == 0:
        return []
    scored: list[tuple[int, Attribution]] = []
    for a in state.attributions:
        if a.content and a.content[0].start < before:
            have = {w[:5] for c in a.content for w in _words(c.text)}
            n = len(target & have)
            if n >= need:
                scored.append((n, a))
    vias = [a.via for _, a in scored if a.via]
    speakers = [a.speaker for _, a in sorted(scored, key=lambda p: -p[0]) if a.speaker]
    out: list[str] = []
    for x in vias + speakers:
        if x and x not in out and x not in exclude:
            out.append(x)
    return out or _told_in_sentence(state, target, need, before, exclude)


def _told_in_sentence(
    state: State, target: set[str], need: int, before: int, exclude: set[str]
) -> list[str]:
    """The author of the statement an earlier sentence that tells ``target`` reports
    ("According to a statement from Y, X raised ..."): the speakers of the attributions in that
    sentence, else the author of an account noun in it."""
    doc = state.doc
    for first, _ in sentence_bounds(doc):
        s, e = sentence_chars(doc, first)
        if s >= before:
            break
        if e > before:
            continue
        if len(target & {w[:5] for w in _words(state.text[s:e])}) < need:
            continue
        out = [
            a.speaker
            for a in state.attributions
            if a.speaker and a.speaker not in exclude and any(s <= c.start < e for c in a.content)
        ]
        if not out:
            span = expanded_span(doc, s, e)
            for w in span if span is not None else ():
                if w.pos_ == "NOUN" and is_claim(w):
                    out.extend(x.id for x in owner(state, w) if x.id not in exclude)
        if out:
            return list(dict.fromkeys(out))
    return []


def _content_tokens(state: State, a: Attribution) -> Iterator[Token]:
    for c in a.content:
        span = expanded_span(state.doc, c.start, c.end)
        if span is not None:
            yield from span


def _side(state: State, tok: Token) -> Entity | None:
    """The entity a claim's agent stands for: the word itself or a word of its phrase."""
    for t in (tok, *children_of(tok)):
        ent = state.entity_at(t.idx, end_of(t))
        if ent is not None:
            return ent
    return None


def _agent(tok: Token, cue: Token | None) -> Token | None:
    """Who does what a claim's word names: the subject of the verb ("X's units had fired"),
    of the verb a noun is the object of ("X opened fire"); "Y accused X of shelling": X."""
    for t in (tok, tok.head):
        for c in children_of(t):
            if c.dep_ in {"nsubj", "nsubjpass"}:
                return c
        if t.pos_ == "VERB":
            break
    if cue is not None and lemma(cue) in _ACCUSE:
        for c in children_of(cue):
            if c.dep_ in {"dobj", "obj"}:
                return c
    return None


def _on_side(ent: Entity, party: set[str], country: str | None) -> bool:
    if ent.id in party:
        return True
    if country is None or ent.type == "PERSON":
        return False
    return country_of(ent) == country


def claimed_act(state: State, denied: Token, deniers: list[str]) -> list[str]:
    """ "X denied opening fire": the speakers of statements that X's side did it (a word of the
    denied act as the verb, X's side its agent), before the denial or after it (a denial in the
    lead answers the claim the story tells later)."""
    words = {
        lemma(t)
        for t in subtree_of(denied)
        if t.pos_ in _CONTENT_POS and lemma(t) not in _STOP and not t.is_stop
    }
    if not words:
        return []
    first = state.entity(deniers[0])
    country = country_of(first) if first is not None else None
    party = set(deniers)
    # "denied that Rezende had taken money": Rezende's side too
    for c in children_of(denied):
        if c.dep_ in {"nsubj", "nsubjpass"} and (e := party_at(state, c)) is not None:
            party.add(e.id)
    return _claimants(
        state,
        words,
        party,
        lambda ent, a: ent.id != a.speaker and _on_side(ent, party, country),
        acts=True,
    )


def _same_party(a: Entity, b: Entity) -> bool:
    """One entity, or a country and its capital ("Iran", "Tehran")."""
    if a.id == b.id:
        return True
    return a.type == b.type == "GPE" and a.country is not None and a.country == b.country


def attribution_around(state: State, tok: Token) -> Attribution | None:
    for a in state.attributions:
        if a.speaker and any(c.start <= tok.idx < c.end for c in a.content):
            return a
    return None


def claimed_commitment(state: State, subj: Entity, deniers: list[str]) -> list[str]:
    """ "Z said X had made no commitment": the speakers of statements, before or after, that X
    committed ("Y said X had assured him ...")."""
    words = claim_words().get("commitment", frozenset())
    excluded = {*deniers, subj.id}
    return _claimants(state, words, excluded, lambda ent, _: _same_party(ent, subj))


def _claimants(
    state: State,
    words: Set[str],
    excluded: Set[str],
    holds: Callable[[Entity, Attribution], bool],
    *,
    acts: bool = False,
) -> list[str]:
    """The channels and speakers of the attributions (by none of ``excluded``) whose content has
    one of ``words`` (with ``acts``, as a verb or a noun, and "Y accused X of ..." makes X its
    agent) whose agent's party ``holds``."""
    out: list[str] = []
    for a in state.attributions:
        if not a.content or not a.speaker or a.speaker in excluded:
            continue
        cue_tok = None
        if acts and a.cue is not None:
            cue = state.doc.char_span(a.cue.start, a.cue.end)
            cue_tok = cue.root if cue is not None else None
        for t in _content_tokens(state, a):
            if lemma(t) not in words or (acts and t.pos_ not in {"VERB", "NOUN"}):
                continue
            agent = _agent(t, cue_tok)
            ent = _side(state, agent) if agent is not None else None
            if ent is not None and holds(ent, a):
                out.extend(x for x in (a.via, a.speaker) if x and x not in out)
                break
    return out
