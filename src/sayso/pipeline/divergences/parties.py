"""Who a divergence's phrase stands for: the party named by a word, the author of an account
("the ministry's readout", "a report published by X", "the report" named again), the last one who
spoke, and the bodies and countries a person or an unnamed group speaks for."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Token

from ... import resources as data
from ...gazetteer import Gazetteer
from ...lexicon import lemma
from ...nlp import children_of, sentence_chars, subtree_of
from ...types import Entity
from ..base import State

_PARTIES = {"PERSON", "ORG", "GPE"}
_DEFINITE = {"that", "this", "those", "these", "the", "such"}
_POSSESSIVES = {
    "its": frozenset({"ORG", "GPE"}),
    "his": frozenset({"PERSON"}),
    "her": frozenset({"PERSON"}),
    "their": frozenset({"ORG", "GPE", "PERSON"}),
}


@functools.lru_cache(maxsize=1)
def claim_words() -> dict[str, frozenset[str]]:
    """``data/divergence_claims.tsv`` by kind: "claim" nouns and "commitment" words."""
    out: dict[str, set[str]] = {}
    for word, kind in data.tsv("data/divergence_claims.tsv"):
        out.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


def end_of(tok: Token) -> int:
    """The character offset just after ``tok``. Not cached: a cache keyed by Tokens would hold
    every Doc it saw for the life of the process."""
    return int(tok.idx + len(tok.text))


def is_claim(tok: Token) -> bool:
    """A noun for an account or a claim: "report", "readout", "accusation"."""
    claims = claim_words().get("claim", frozenset())
    return lemma(tok) in claims or tok.lower_ in claims


def party_at(state: State, tok: Token) -> Entity | None:
    ent = state.entity_at(tok.idx, end_of(tok))
    return ent if ent is not None and ent.type in _PARTIES else None


def _author_words(noun: Token) -> Iterator[Token]:
    """The words of an account's own phrase that may name its author: its possessor, the
    objects of its "by", "from" and "of", the agent of a participle ("published by X"), a
    proper noun before it ("a Reuters report"), last a nationality on the noun itself."""
    for c in children_of(noun):
        if c.dep_ == "poss":
            yield c
        elif c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}:
            yield from (g for g in children_of(c) if g.dep_ == "pobj")
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            for a in children_of(c):
                if a.dep_ == "agent":
                    yield from (g for g in children_of(a) if g.dep_ == "pobj")
        elif c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "NORP":
            yield c
    # "the Chinese readout": a nationality on the account itself names the government (on a
    # word before it, "a Finnish newspaper report", it is the newspaper's)
    for c in children_of(noun):
        if c.dep_ == "amod" and c.ent_type_ == "NORP":
            yield c


def owner(state: State, head: Token) -> list[Entity]:
    """The entity a phrase stands for: itself, or the author of an account noun."""
    ent = party_at(state, head)
    if ent is not None and head.pos_ != "ADJ" and head.ent_type_ != "NORP":
        return [ent]
    if ent is None and head.pos_ == "NOUN" and not is_claim(head):
        # "lawyers for X", "a spokesman for X": X
        for c in children_of(head):
            if c.dep_ == "prep" and c.lower_ == "for":
                found = [e for g in children_of(c) if (e := party_at(state, g)) is not None]
                if found:
                    return found[:1]
    if is_claim(head):
        for t in _author_words(head):
            e = party_at(state, t)
            if e is None and t.ent_type_ == "NORP":
                e = _nation(state, Gazetteer.default().demonym(t.text))
            if e is None and t.dep_ == "poss" and t.lower_ in _POSSESSIVES:
                e = _last_speaker(state, t, _POSSESSIVES[t.lower_])
            if e is not None:
                return [e]
    return []


def _last_speaker(state: State, pron: Token, types: frozenset[str]) -> Entity | None:
    """ "X said ... Its statement did not refer to Y": "its" is the last one who spoke before,
    of the pronoun's kind (a body or a country for "its", a person for "his" and "her")."""
    for a in sorted(state.attributions, key=lambda a: -(a.cue.start if a.cue else 0)):
        if a.cue is None or a.cue.start >= pron.idx or not a.speaker:
            continue
        ent = state.entity(a.speaker)
        return ent if ent is not None and ent.type in types else None
    return None


def named_again(state: State, noun: Token, exclude: set[str]) -> list[Entity]:
    """ "dismissed a newspaper report ... The report, published by X, ...": the author the text
    gives the same account where it names it again with a definite article."""
    lem = lemma(noun)
    found: list[tuple[int, Entity]] = []
    for t in state.doc:
        if t.i == noun.i or t.pos_ != "NOUN" or lemma(t) != lem:
            continue
        if not any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in children_of(t)):
            continue
        for e in owner(state, t):
            if e.id not in exclude:
                found.append((abs(t.i - noun.i), e))
    found.sort(key=lambda p: p[0])
    return [found[0][1]] if found else []


def previous_speaker(state: State, obj: Token, exclude: set[str]) -> list[Entity]:
    """ "rejected that account" / "dismissed the claims": the last account given before, by
    someone else."""
    if not any(c.lower_ in _DEFINITE for c in children_of(obj) if c.dep_ == "det"):
        return []
    earlier = [
        a
        for a in sorted(state.attributions, key=lambda a: -a.content[0].start)
        if a.content[0].start < obj.idx and a.speaker and a.speaker not in exclude
    ]
    # "the accusations": the last one who accused, before the last one who spoke
    stem = lemma(obj)[:5]
    earlier.sort(key=lambda a: not (a.cue and a.cue.text.lower().startswith(stem)))
    ent = state.entity(earlier[0].speaker) if earlier else None
    return [ent] if ent is not None else []


def with_affiliation(state: State, ents: list[Entity]) -> list[str]:
    out: list[str] = []
    for e in ents:
        if e.id not in out:
            out.append(e.id)
        aff = state.affiliations.get(e.id)
        if aff and aff not in out:
            out.append(aff)
        out.extend(g for g in _country_of_group(state, e) if g not in out)
    return out


def _is_group(ent: Entity) -> bool:
    """An unnamed group: "officials", "Greek officials"."""
    words = ent.name.split()
    return 1 <= len(words) <= 2 and words[-1].islower() and words[-1].endswith("s")


def group_voice(state: State, ent: Entity, cue: Token) -> list[str]:
    """ "Greek officials disputed that account. 'There is one issue,' spokesman X told
    reporters": the one the next sentence quotes speaks for the group."""
    if not _is_group(ent):
        return []
    _, end = sentence_chars(state.doc, cue.i)
    nxt = next((t for t in state.doc if t.idx >= end and not t.is_space), None)
    if nxt is None:
        return []
    s, e = sentence_chars(state.doc, nxt.i)
    for a in sorted(state.attributions, key=lambda a: a.content[0].start if a.content else 0):
        if not a.speaker or not a.cue or not s <= a.cue.start < e:
            continue
        person = state.entity(a.speaker)
        if person is None or person.type != "PERSON":
            return []
        home = country_of(ent)
        if home is not None and person.country is not None and person.country != home:
            return []
        return [person.id]
    return []


def _country_of_group(state: State, ent: Entity) -> list[str]:
    """ "Greek officials": an unnamed group of a country's officials speaks for the country."""
    words = ent.name.split()
    if len(words) != 2 or not words[1].islower():
        return []
    nation = _nation(state, Gazetteer.default().demonym(words[0]))
    return [nation.id] if nation is not None else []


def _nation(state: State, iso: str | None) -> Entity | None:
    """The story's entity for a country: the country by name, else its capital."""
    if iso is None:
        return None
    gpes = [e for e in state.entities if e.type == "GPE"]
    for e in gpes:
        if Gazetteer.default().country(e.name) == iso:
            return e
    for e in gpes:
        if Gazetteer.default().capital(e.name) == iso:
            return e
    return None


def country_of(ent: Entity) -> str | None:
    """A party's country: the entity's own, else the nationality that opens its name
    ("Azerbaijani units")."""
    if ent.country:
        return ent.country
    words = ent.name.split()
    return Gazetteer.default().demonym(words[0]) if len(words) > 1 else None


def body_named_with(state: State, subj: Token, person: Entity) -> list[str]:
    """ "Kremlin spokesman Dmitry Peskov": the body the phrase names before the person's title
    is the one the person speaks for."""
    if person.type != "PERSON":
        return []
    out: list[str] = []
    for t in subtree_of(subj):
        if t.i >= subj.i or t.dep_ != "compound":
            continue
        # (a word the entities stage left unlinked there still names the body it names elsewhere)
        ent = state.entity_at(t.idx, end_of(t)) or next(
            (e for e in state.entities if e.name == t.text), None
        )
        if ent is not None and ent.id != person.id and ent.type == "ORG" and ent.id not in out:
            out.append(ent.id)
    return out
