"""Blame aimed at a culprit or at a cause: "blamed the floods on X" accuses X (the object is what
is blamed, the "on" phrase who is); "blamed the drought for the shortage", "blamed the fog of
war" accuse no one, a cause is no actor (CAMEO 111 criticizes an actor). ``blaming_verbs`` in
``event_words.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp import children_of
from .actors import ActorFinder
from .syntax import pobjs
from .tables import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

# the prepositions of a verb of blame that name the culprit
CULPRIT_PREPS = frozenset({"on", "upon"})


def culprits(verb: Token, verbs: frozenset[str]) -> list[Token]:
    """The objects of the "on" phrase of a verb of blame (``verbs``), hung on the verb or on
    its object ("blamed the failure on the army"); ``[]`` when it has none."""
    if verb.lemma_.lower() not in verbs:
        return []
    heads = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]
    return [
        p
        for h in heads
        for c in children_of(h)
        if c.dep_ == "prep" and c.lower_ in CULPRIT_PREPS
        for p in pobjs(c)
    ]


class Blame(ActorFinder):
    """The test of blame laid on a cause."""

    def blamed_cause(self, cand: Candidate) -> bool:
        """Whether a verb of blame with no "on" phrase blames a thing that is no actor, no act
        and names no one ("blamed the drought", "blames part of the collapse"): a cause."""
        tok = cand.tok
        words = self.words.blaming_verbs
        if not cand.verb_of("ACCUSE", words):
            return False
        if culprits(tok, words):
            return False
        objects = [c for c in children_of(tok) if c.dep_ == "dobj"]
        return bool(objects) and all(self.thing_object(o) for o in objects)

    def thing_object(self, obj: Token) -> bool:
        """Whether an object of blame is a thing: no pronoun, name, actor noun or act, nor the
        "of" phrase of one ("part of the collapse" is a cause, "some of the rebels" actors),
        nor a thing someone holds ("blamed X's policies", "faulted his decision": its owner
        is blamed)."""
        ofs = [c for c in children_of(obj) if c.dep_ == "prep" and c.lower_ == "of"]
        toks = [obj, *(p for c in ofs for p in pobjs(c))]
        return all(
            t.pos_ == "NOUN"
            and not self.token_ids(t)
            and not self.actor_noun(t)
            and t.i not in self.triggers
            and not any(c.dep_ == "poss" for c in children_of(t))
            for t in toks
        )
