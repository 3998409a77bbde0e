"""Divergences the text itself states.

* omission: "The ministry's account of the meeting does not mention X" -> the owner of the
  account omits X; the claim was asserted by whoever the article credits with it earlier (the
  channel of the matching attributions first, then their speakers; else the author of a
  statement in the earlier sentence that tells X: "according to a statement from Y, ... X").
* qualification: "Wang downplayed Dong's comments" -> Wang (and the body he speaks for) qualify
  what Dong (and the channel of Dong's words) asserted.
* contradiction: "The ministry denied the report" -> the ministry contradicts the report's
  author (named in the phrase, or where the text names the report again: "The report,
  published by Y, ..."). "X denied opening fire" after "Y said X's units had fired": X
  contradicts Y. "Z said X had made no commitment" after "Y said X had promised ...": Z (and
  the body Z speaks for) contradicts Y.

Each cue needs a real prior claim by another party, found in what the earlier stages built:
attributions, their speakers and channels. Cues live in ``data/divergence_cues.tsv`` (with where
each finds its claim); the nouns for an account or a claim and the words of a commitment in
``data/divergence_claims.tsv``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from ... import resources as data
from ...lexicon import lemma, spaced_dash
from ...nlp import children_of, lemmas_of, subtree_of, tokens_of
from ...types import Divergence, Span, stable_id
from ..base import State
from .claims import asserters, attribution_around, claimed_act, claimed_commitment
from .parties import (
    body_named_with,
    end_of,
    group_voice,
    is_claim,
    named_again,
    owner,
    party_at,
    previous_speaker,
    with_affiliation,
)

_HELD_BACK = {"refuse", "decline", "fail", "want", "plan", "expect"}
_MODALS = {"may", "might", "could", "would", "should"}


@dataclass(frozen=True, slots=True)
class DivCue:
    lemmas: tuple[str, ...]
    kind: str
    negated: bool
    # where the earlier claim is found: "content", "account", "act", "commitment"
    claims: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def div_cues() -> dict[str, list[DivCue]]:
    out: dict[str, list[DivCue]] = {}
    for phrase, kind, neg, claims in data.tsv("data/divergence_cues.tsv"):
        lemmas = tuple(phrase.split())
        cue = DivCue(lemmas, kind, neg == "yes", tuple(claims.split()))
        out.setdefault(lemmas[0], []).append(cue)
    for v in out.values():
        v.sort(key=lambda c: -len(c.lemmas))
    return out


class DivergenceStage:
    name: ClassVar[str] = "divergences"
    # 2: held to its output by tests/golden/stages.json; 3: reads attributions stage 5
    # 4: each cue's claim found its own way (data/divergence_cues.tsv: account, act,
    # commitment, content, party) in the record's attributions; "dismiss" is a contradiction;
    # only accounts and claims are disputed (data/divergence_claims.tsv: never a bill or a
    # lawsuit); negated, modal and headline cues state nothing; one cue, one divergence
    version: ClassVar[str] = "4"
    requires: ClassVar[tuple[str, ...]] = ("entities", "attributions")
    assigns: ClassVar[tuple[str, ...]] = ("divergences",)

    def __call__(self, state: State) -> None:
        doc = state.doc
        table = div_cues()
        lemmas = lemmas_of(doc)
        tokens = tokens_of(doc)
        used: set[int] = set()
        for i, lem in enumerate(lemmas):
            cands = table.get(lem)
            if not cands or i in used:
                continue
            tok = tokens[i]
            if tok.pos_ not in {"VERB", "NOUN", "AUX"}:
                continue
            if tok.pos_ == "NOUN" and all(c.kind != "omission" for c in cands):
                continue  # "a border dispute", "the denial": only "no mention" is a noun cue
            if state.quotes.inside(tok.idx):
                continue
            if state.meta.body and not state.in_body(tok.idx, end_of(tok)):
                continue  # a headline restates what the body states, in fewer words
            for cue in cands:
                n = len(cue.lemmas)
                if any(
                    tok.i + k >= len(doc) or lemmas[tok.i + k] != cue.lemmas[k] for k in range(n)
                ):
                    continue
                if cue.negated != _negated(tok) or _held_back(tok):
                    continue
                used.update(range(i, i + n))
                div = _divergence(state, tokens[i + n - 1], tok, cue)
                if div is not None:
                    state.divergences.append(div)
                break


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in {"no", "never"} for c in children_of(tok))


def _held_back(tok: Token) -> bool:
    """A cue that is not done: "declined to dispute", "refused to deny", "asked whether X
    denied ...", "could dispute"."""
    if tok.dep_ == "xcomp" and lemma(tok.head) in _HELD_BACK:
        return True
    return any(
        (c.dep_ == "mark" and c.lower_ in {"whether", "if"})
        or (c.dep_ == "aux" and c.lower_ in _MODALS)
        for c in children_of(tok)
    )


def _subject(tok: Token) -> Token | None:
    for c in children_of(tok):
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return c
    if tok.dep_ in {"xcomp", "conj", "dobj", "pobj"} and tok.head is not tok:
        return _subject(tok.head)
    return None


def _object(tok: Token, last: Token) -> Token | None:
    """What the cue takes: the object of a noun cue's preposition ("made no mention of X"),
    else the verb's direct object, else the object of its preposition ("distanced himself
    from X")."""
    if last.i != tok.i or tok.pos_ == "NOUN":
        # "said nothing about X": the preposition may hang on the verb
        heads: list[Token] = [last, tok] if last.i != tok.i else [last]
        for c in (c for h in heads for c in children_of(h)):
            if c.dep_ == "prep":
                for g in children_of(c):
                    if g.dep_ == "pobj":
                        return g
    for c in children_of(tok):
        # never a reflexive ("distanced himself"), nor the cue's own noun ("made no mention")
        reflexive = c.lower_.endswith(("self", "selves"))
        if c.dep_ in {"dobj", "obj"} and not reflexive and not tok.i <= c.i <= last.i:
            return c
    if last.i != tok.i:
        return None
    for c in children_of(tok):
        if c.dep_ == "prep":
            for g in children_of(c):
                if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}:
                    return g
    return None


def _left(subj: Token) -> Token:
    """Where the subject's phrase starts, after a dateline ("MOSCOW - Kremlin spokesman X")."""
    left = subj.left_edge
    tokens = tokens_of(subj.doc)
    dashes = [t for t in tokens[left.i : subj.i] if spaced_dash(t)]
    return tokens[dashes[-1].i + 1] if dashes else left


def _holder(tok: Token, cue: DivCue) -> Token | None:
    """ "There was no mention of X in the ministry's readout": the account that omits."""
    if cue.kind != "omission" or tok.pos_ != "NOUN":
        return None
    for t in subtree_of(tok):
        if t.dep_ == "pobj" and t.head.lower_ == "in" and is_claim(t):
            return t
    return None


def _divergence(state: State, last: Token, tok: Token, cue: DivCue) -> Divergence | None:
    subj = _subject(tok) or _holder(tok, cue)
    if subj is None:
        return None
    obj = _object(tok, last)
    if "commitment" in cue.claims:
        return _commitment(state, tok, subj, obj, cue)
    if (obj is None or obj.dep_ == "pobj") and "act" in cue.claims:
        # "denied that its forces had fired", "denied moving the markers": the clause
        obj = next(
            (
                c
                for c in children_of(tok)
                if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG")
            ),
            obj,
        )
    if obj is None:
        return None
    others = owner(state, subj)
    if not others:
        return None
    obj_toks = list(subtree_of(obj))
    # "no mention of X in the readout": the readout is who omits, not what
    told = [t for t in obj_toks if not subj.head.i <= t.i <= subj.i] if subj.i > obj.i else obj_toks
    about = state.text[told[0].idx : end_of(told[-1])]
    other_ids = with_affiliation(state, others)
    other_ids.extend(x for x in group_voice(state, others[0], tok) if x not in other_ids)
    other_ids.extend(x for x in body_named_with(state, subj, others[0]) if x not in other_ids)
    asserted: list[str] = []
    if "content" in cue.claims:
        asserted = asserters(state, about, tok.idx, set(other_ids))
    if "account" in cue.claims and not is_claim(obj):
        # "played down the significance of X's remarks": the remarks
        obj = next(
            (
                g
                for c in children_of(obj)
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in children_of(c)
                if g.dep_ == "pobj" and is_claim(g)
            ),
            obj,
        )
    if not asserted and "account" in cue.claims and is_claim(obj):
        owners = (
            owner(state, obj)
            or previous_speaker(state, obj, set(other_ids))
            or named_again(state, obj, set(other_ids))
        )
        asserted = [o.id for o in owners]
        # the channels the owner's words came through assert them too
        for a in state.attributions:
            if owners and a.speaker == owners[0].id and a.via and a.via not in asserted:
                asserted.append(a.via)
    elif not asserted and "act" in cue.claims and not is_claim(obj):
        asserted = claimed_act(state, obj, other_ids)
    elif not asserted and "party" in cue.claims and obj.dep_ in {"dobj", "obj"}:
        # "the army contradicted the governor": what the governor said
        asserted = [
            e.id
            for e in owner(state, obj)
            if any(a.speaker == e.id and a.content[0].start < tok.idx for a in state.attributions)
        ]
    asserted = [x for x in asserted if x not in other_ids]
    if not asserted:
        return None
    start = min(tok.idx, _left(subj).idx)
    return _made(state, cue, about, asserted, other_ids, start, end_of(obj_toks[-1]))


def _commitment(
    state: State, tok: Token, subj: Token, obj: Token | None, cue: DivCue
) -> Divergence | None:
    """ "Z said X had made no commitment about ...", after Y said X had promised it."""
    said = attribution_around(state, tok)
    committer = party_at(state, subj)
    if said is None or said.speaker is None or committer is None:
        return None
    speaker = state.entity(said.speaker)
    if speaker is None:
        return None
    other_ids = with_affiliation(state, [speaker])
    asserted = claimed_commitment(state, committer, other_ids)
    asserted = [x for x in asserted if x not in other_ids]
    if not asserted:
        return None
    end_tok = list(subtree_of(obj))[-1] if obj is not None else tok.right_edge
    while end_tok.i > tok.i and end_tok.is_punct:
        end_tok = end_tok.nbor(-1)
    about = state.text[subj.left_edge.idx : end_of(end_tok)]
    return _made(state, cue, about, asserted, other_ids, subj.left_edge.idx, end_of(end_tok))


def _made(
    state: State,
    cue: DivCue,
    about: str,
    asserted: list[str],
    other: list[str],
    start: int,
    end: int,
) -> Divergence | None:
    # who made the claim is a named party: never "prosecutors" or "officials", unnamed
    asserted = [x for x in asserted if (e := state.entity(x)) is not None and e.type != "OTHER"]
    if not asserted:
        return None
    while end > start and state.text[end - 1].isspace():
        end -= 1
    evidence = Span.of(state.text, start, end)
    return Divergence(
        id=stable_id("d", state.document.id, cue.kind, evidence.start),
        kind=cue.kind,
        about=" ".join(about.split())[:120],
        asserted_by=tuple(asserted),
        other=tuple(other),
        evidence=(evidence,),
    )
