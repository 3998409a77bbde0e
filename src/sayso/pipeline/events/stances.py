"""Stances and rivals, no rejections. Opposition to a thing ("opposed the bill", "resisted the
new tax") tells where an actor stands on a measure, no act on anyone (CAMEO 12 rejects an actor's
proposal, demand or claim; the gold leaves out legislative procedure with no PLOVER reading).
"Opposed the governor" and "opposed the minister's proposal" stay rejections, aimed at the actor
or the proposal's maker. A challenge to a person with no issue named is a rival's run or a dare
("challenged the senator for her seat"). The matter talked of is no party met ("discussed
the arrest of two nurses"). ``opposing_verbs``, ``contending_verbs`` and ``comment_verbs`` in
``event_words.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp import children_of, phrase_chars, sentence
from .actors import ActorFinder
from .syntax import pobjs
from .tables import OBJECT_PRONOUNS, Candidate, noun_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

# the dependencies of what a verb of opposing is aimed at: its object, or its passive subject
# ("the bill was opposed by farmers")
AIMED_DEPS = frozenset({"dobj", "nsubjpass"})
# the prepositions of a noun that name its maker ("a proposal by X", "the bill of X", "a plan from
# X"); whom it is about ("sanctions against X", "a plan for X") is no one rejected (.addressees)
MAKER_PREPS = frozenset({"by", "of", "from"})
# the prepositions of a verb of disputing that name the issue disputed
ISSUE_PREPS = frozenset({"on", "over", "about"})


class Stances(ActorFinder):
    """The test of a stance held against a thing."""

    def topic_sides(self, cand: Candidate, target: list[str]) -> list[str]:
        """``target`` without those named only in the matter a verb of talking is about: its
        object or its about/on/over phrase ("the two also discussed the arrest of nurses in
        Chad", "talked about a motion against the mayor": neither Chad nor the mayor is met);
        a partner of "with/to" ("talked with X about Y") stays."""
        tok = cand.tok
        if (
            cand.type != "CONSULT"
            or tok.pos_ != "VERB"
            or tok.lemma_.lower() not in self.words.comment_verbs
        ):
            return target
        matters = [
            t
            for c in children_of(tok)
            if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ISSUE_PREPS)
            for t in ((c,) if c.dep_ == "dobj" else pobjs(c))
        ]
        partners = {
            i
            # "discussed the dispute with X": the partner may hang from the object
            for c in (*children_of(tok), *(g for m in matters for g in children_of(m)))
            if c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to")
            for p in pobjs(c)
            for i in self.arg_ids(p, nominal=False)
        }
        spans = [phrase_chars(m) for m in matters]
        sent = sentence(tok)

        def talked_of(eid: str) -> bool:
            ent = self.state.entity(eid)
            heads = self.generic_heads(eid, sent)
            at = (
                [h.idx for h in heads]
                if heads
                else [sp.start_char for sp in self.mention_spans(ent, sent) if sp is not None]
                if ent is not None
                else []
            )
            return bool(at) and all(any(lo <= a < hi for lo, hi in spans) for a in at)

        return [i for i in target if i in partners or not talked_of(i)]

    def opposed_thing(self, cand: Candidate) -> bool:
        """Whether a verb of opposing is aimed at things alone: common nouns of no person, group
        or body, no claim, proposal or demand someone made, with no owner or maker named."""
        if not cand.verb_of("REJECT", self.words.opposing_verbs):
            return False
        tok = cand.tok
        aimed = [c for c in children_of(tok) if c.dep_ in AIMED_DEPS]
        aimed += [j for c in aimed for j in c.conjuncts]
        return bool(aimed) and all(self._stance_thing_or_it(t) for t in aimed)

    def _stance_thing_or_it(self, obj: Token) -> bool:
        """Whether ``obj`` is such a thing, or an "it" that stands for one ("the House passed
        the bill; Democrats opposed it": a stance on the bill, not on the House)."""
        if self._stance_thing(obj):
            return True
        antecedent = self._thing_antecedent(obj)
        return antecedent is not None and self._stance_thing(antecedent)

    def _stance_thing(self, obj: Token) -> bool:
        """Whether ``obj`` is a thing no actor is named with ("the bill", "a higher tax"), not
        "the senator", "Kerr's plan", "the proposal" (a claim noun stands for its maker) or
        "the plan by the council"."""
        if obj.pos_ != "NOUN" or self.actor_noun(obj) or obj.i in self.triggers:
            return False
        if obj.lemma_.lower() in noun_verbs("claim_nouns"):
            return False
        if any(c.dep_ == "poss" for c in children_of(obj)):
            return False
        makers = [
            p
            for c in children_of(obj)
            if c.dep_ == "prep" and c.lower_ in MAKER_PREPS
            for p in pobjs(c)
        ]
        return not any(self.token_ids(p) or self.actor_noun(p) for p in makers)

    def rival_challenge(self, cand: Candidate) -> bool:
        """Whether a verb that disputes ("challenge") is aimed at persons alone with no issue
        named: a rival running against someone ("challenged the senator in the primary", "the
        governor challenged by X") or a dare ("challenged him to a debate"), no rejection."""
        if not cand.verb_of("REJECT", self.words.contending_verbs):
            return False
        tok = cand.tok
        if any(c.dep_ == "prep" and c.lower_ in ISSUE_PREPS for c in children_of(tok)):
            return False  # "challenged X over his remarks": an issue disputed
        aimed = [c for c in children_of(tok) if c.dep_ in AIMED_DEPS]
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            aimed.append(tok.head)  # "the governor challenged by X"
        aimed += [j for c in aimed for j in c.conjuncts]
        return bool(aimed) and all(self._rival_person(t) for t in aimed)

    def _rival_person(self, tok: Token) -> bool:
        """Whether ``tok`` names one person: "him" or "her", or a word of a person the story
        names ("Reddick", "the governor" beside her name). A country or a body challenged
        ("challenged Russia at the tribunal") may be disputed, no rival."""
        if tok.pos_ == "PRON":
            return tok.lower_ in OBJECT_PRONOUNS
        ids = self.token_ids(tok)
        return bool(ids) and all(
            (ent := self.state.entity(i)) is not None and ent.type == "PERSON" for i in ids
        )
