"""Who holds the land an attack or a coercion is on: "shelled the town", "fired at its
positions", "seized the islands of X". PLOVER codes such an act between actors, so the target
is whoever holds the land, where the phrase names them; with no holder named, and no other
target, there is no one to code the act against."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp import children_of, sentence
from .actors import ActorFinder
from .syntax import pobjs
from .tables import AREA_TYPES, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# the types whose target is the side acted on by force (an act of words aimed at a thing,
# "urged restraint", "condemned the attacks", keeps its coding)
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


class Owners(ActorFinder):
    """Replaces land targets of acts of force by their holders (``land_nouns``)."""

    def held_targets(self, cand: Candidate, source: list[str], target: list[str]) -> list[str]:
        """The target of an act of force with each nominal land told as known ("the town",
        "its positions", "the islands of X") replaced by the holder its phrase names ("X's
        positions", "the islands of X"); ``[]`` when no one is left to act on. Land told as
        known refers back to a place named before; with none named in an earlier sentence,
        the phrase is all the story says of the target, and stays. Land told as new ("bombed
        a village", "shelled residential areas") is where the act was: the target as it was,
        as for other acts."""
        if cand.type not in FORCE_TYPES or not target:
            return target
        sent = sentence(cand.tok)
        out: list[str] = []
        changed = False
        for eid in target:
            heads = self.generic_heads(eid, sent) if self.nominals.has(eid) else []
            if heads and all(self._known_land(h) for h in heads) and self._places_before(sent):
                changed = True
                out.extend(i for h in heads for i in self._holders(h))
            else:
                out.append(eid)
        if not changed:
            return target
        return [i for i in dict.fromkeys(out) if i not in source]

    def _places_before(self, sent: Span) -> bool:
        """Whether the story names a country, region or city before the sentence ``sent``."""
        start = sent.start_char
        return any(
            e.type in AREA_TYPES and any(m.start < start for m in e.mentions)
            for e in self.state.entities
        )

    def _known_land(self, tok: Token) -> bool:
        """Whether ``tok`` is a land noun told as known: with "the" or a possessor."""
        return (
            tok.pos_ == "NOUN"
            and tok.lemma_.lower() in self.words.land_nouns
            and any(
                (c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss"
                for c in children_of(tok)
            )
        )

    def _holders(self, tok: Token) -> list[str]:
        """The named holders of a land noun: its possessor ("X's positions", "its positions"
        where "its" stands for someone named) or the name after its "of" ("the islands of
        X"); no nominal actor."""
        found: list[str] = []
        for c in children_of(tok):
            if c.dep_ == "poss":
                found.extend(self.np_ids(c) or self.pronoun_ids(c))
            elif c.dep_ == "prep" and c.lower_ == "of":
                for p in pobjs(c):
                    found.extend(self.np_ids(p))
        return [i for i in found if not self.nominals.has(i) and i not in self.token_ids(tok)]
