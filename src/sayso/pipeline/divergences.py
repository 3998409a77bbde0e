"""Divergences the text itself states.

* omission: "The ministry's account of the meeting does not mention X" -> the owner of the
  account omits X; the claim was asserted by whoever the article credits with it earlier (the
  channel of the matching attributions first, then their speakers).
* qualification: "Wang downplayed Dong's comments" -> Wang (and the body he speaks for) qualify
  what Dong (and the channel of Dong's words) asserted.
* contradiction: "The ministry denied the report" -> the ministry contradicts the report's
  author.

Cues live in ``data/divergence_cues.tsv``; claim nouns are the media of
``data/statement_nouns.tsv`` (:func:`sayso.lexicon.media_nouns`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from .. import resources as data
from ..lexicon import is_medium
from ..nlp import lemmas_of
from ..types import Attribution, Divergence, Entity, Span, stable_id
from .base import State

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
}


@dataclass(frozen=True, slots=True)
class DivCue:
    lemmas: tuple[str, ...]
    kind: str
    negated: bool


@functools.lru_cache(maxsize=1)
def div_cues() -> dict[str, list[DivCue]]:
    out: dict[str, list[DivCue]] = {}
    for phrase, kind, neg in data.tsv("data/divergence_cues.tsv"):
        lemmas = tuple(phrase.split())
        out.setdefault(lemmas[0], []).append(DivCue(lemmas, kind, neg == "yes"))
    for v in out.values():
        v.sort(key=lambda c: -len(c.lemmas))
    return out


def _end(tok: Token) -> int:
    return int(tok.idx + len(tok.text))


class DivergenceStage:
    name: ClassVar[str] = "divergences"
    # 2: held to its output by tests/golden/stages.json; 3: reads attributions stage 5
    version: ClassVar[str] = "3"
    requires: ClassVar[tuple[str, ...]] = ("entities", "attributions")
    assigns: ClassVar[tuple[str, ...]] = ("divergences",)

    def __call__(self, state: State) -> None:
        doc = state.doc
        table = div_cues()
        lemmas = lemmas_of(doc)
        for i, lem in enumerate(lemmas):
            cands = table.get(lem)
            if not cands:
                continue
            tok = doc[i]
            if not cands or tok.pos_ not in {"VERB", "NOUN", "AUX"}:
                continue
            if state.quotes.inside(tok.idx):
                continue
            for cue in cands:
                n = len(cue.lemmas)
                if any(
                    tok.i + k >= len(doc) or lemmas[tok.i + k] != cue.lemmas[k] for k in range(n)
                ):
                    continue
                if cue.negated and not _negated(tok):
                    continue
                div = _divergence(state, tok, cue)
                if div is not None:
                    state.divergences.append(div)
                break


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return any(c.lower_ in {"no", "never"} for c in tok.children)


def _subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return c
    if tok.dep_ in {"xcomp", "conj", "dobj", "pobj"} and tok.head is not tok:
        return _subject(tok.head)
    return None


def _object(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in {"dobj", "obj"}:
            return c
    for c in tok.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _owner(state: State, head: Token) -> list[Entity]:
    """The entity a phrase stands for: itself, or the author/possessor of a medium noun."""
    ent = state.entity_at(head.idx, _end(head))
    if ent is not None and ent.type in {"PERSON", "ORG", "GPE"}:
        return [ent]
    if is_medium(head):
        for t in head.subtree:
            if t.i != head.i and t.dep_ in {"poss", "pobj", "compound"}:
                e = state.entity_at(t.idx, _end(t))
                if e is not None and e.type in {"PERSON", "ORG", "GPE"}:
                    return [e]
    return []


def _previous_speaker(state: State, obj: Token, exclude: set[str]) -> list[Entity]:
    """ "rejected that account" / "dismissed the claims": the last account given before, by
    someone else."""
    if not any(
        c.lower_ in {"that", "this", "those", "these", "the", "such"}
        for c in obj.children
        if c.dep_ == "det"
    ):
        return []
    for a in sorted(state.attributions, key=lambda a: -a.content[0].start):
        if a.content[0].start < obj.idx and a.speaker and a.speaker not in exclude:
            ent = state.entity(a.speaker)
            return [ent] if ent is not None else []
    return []


def _with_affiliation(state: State, ents: list[Entity]) -> list[str]:
    out: list[str] = []
    for e in ents:
        out.append(e.id)
        aff = state.affiliations.get(e.id)
        if aff and aff not in out:
            out.append(aff)
    return out


def _words(text: str) -> set[str]:
    return {w.strip(".,;:\"'()\u201c\u201d").lower() for w in text.split()} - _STOP - {""}


def _asserters(state: State, about: str, before: int, exclude: set[str]) -> list[str]:
    """Who asserted ``about`` earlier in the article: channels of matching attributions first."""
    target = {w[:5] for w in _words(about)}
    scored: list[tuple[int, Attribution]] = []
    for a in state.attributions:
        if a.content and a.content[0].start < before:
            have = {w[:5] for c in a.content for w in _words(c.text)}
            n = len(target & have)
            if n >= 2:
                scored.append((n, a))
    vias = [a.via for _, a in scored if a.via]
    speakers = [a.speaker for _, a in sorted(scored, key=lambda p: -p[0]) if a.speaker]
    out: list[str] = []
    for x in vias + speakers:
        if x and x not in out and x not in exclude:
            out.append(x)
    return out


def _divergence(state: State, tok: Token, cue: DivCue) -> Divergence | None:
    subj = _subject(tok)
    obj = _object(tok)
    if subj is None or obj is None:
        return None
    others = _owner(state, subj)
    if not others:
        return None
    obj_toks = list(obj.subtree)
    about = state.text[obj_toks[0].idx : _end(obj_toks[-1])]
    other_ids = _with_affiliation(state, others)
    if cue.kind == "omission":
        asserted = _asserters(state, about, tok.idx, set(other_ids))
    else:
        if not is_medium(obj):
            return None
        owners = _owner(state, obj) or _previous_speaker(state, obj, set(other_ids))
        if not owners:
            return None
        asserted = [o.id for o in owners]
        # the channels the owner's words came through assert them too
        for a in state.attributions:
            if a.speaker == owners[0].id and a.via and a.via not in asserted:
                asserted.append(a.via)
        asserted = [x for x in asserted if x not in other_ids]
    if not asserted:
        return None
    start = min(tok.idx, subj.left_edge.idx)
    evidence = Span.of(state.text, start, _end(obj_toks[-1]))
    did = stable_id("d", state.document.id, cue.kind, evidence.start)
    return Divergence(
        id=did,
        kind=cue.kind,
        about=" ".join(about.split())[:120],
        asserted_by=tuple(asserted),
        other=tuple(other_ids),
        evidence=(evidence,),
    )
