"""A fight against a thing: "fought the blaze", "fight the epidemic", "vowed to fight corruption"
use force on no one, and ASSAULT is force against an actor (CAMEO 18-20). A fight whose objects
are all things (no name, pronoun, actor noun or act, nor a thing someone holds: see
:meth:`Blame.thing_object`) and whose "with"/"against" phrase names no one is no assault;
"fought the rebels", "fought a war" (``war_nouns``), "fought the blaze with X" stay as read. A
clash of ideas ("her views clashed with his") is a disagreement, no force either, and so is a
fight "about" someone or something with no one fought named ("the party has fought about its
leader for years"): what a fight is about is its topic, never the one it is fought against."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp import children_of
from .blame import Blame
from .syntax import pobjs
from .tables import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token


class Fights(Blame):
    """The test of a fight aimed at a thing."""

    def fought_thing(self, cand: Candidate) -> bool:
        """Whether an ASSAULT told by a verb of fighting fights only things ("fought the
        blaze", "to fight the outbreak"), with no one named beside them."""
        if not cand.verb_of("ASSAULT", self.words.fighting_verbs):
            return False
        tok = cand.tok
        if self._fought_named(tok):
            return False
        objects = [c for c in children_of(tok) if c.dep_ == "dobj"]
        return bool(objects) and all(
            self.thing_object(o) and o.lemma_.lower() not in self.words.war_nouns for o in objects
        )

    def idea_clash(self, cand: Candidate) -> bool:
        """Whether an ASSAULT told by a verb of clashing (``clashing_verbs``) has only ideas as
        its subjects ("their plans clashed with those of the mayor": ``idea_nouns``)."""
        if not cand.verb_of("ASSAULT", self.words.clashing_verbs):
            return False
        subj, passive = self.subjects(cand.tok)
        return (
            not passive
            and bool(subj)
            and all(s.pos_ == "NOUN" and s.lemma_.lower() in self.words.idea_nouns for s in subj)
        )

    def topic_fight(self, cand: Candidate) -> bool:
        """Whether an ASSAULT told by a verb of fighting or clashing names only what it is
        "about" ("the delegates fought about the senator"): a quarrel over a topic, with no
        object and no "with"/"against" phrase naming someone fought."""
        w = self.words
        if not (
            cand.verb_of("ASSAULT", w.fighting_verbs) or cand.verb_of("ASSAULT", w.clashing_verbs)
        ):
            return False  # no union of the two lists made for every candidate
        kids = children_of(cand.tok)
        return (
            any(c.dep_ == "prep" and c.lower_ == "about" for c in kids)
            and not any(c.dep_ == "dobj" for c in kids)
            and not self._fought_named(cand.tok)  # last: it resolves the phrases' actors
        )

    def _fought_named(self, verb: Token) -> bool:
        """Whether a "with"/"against" phrase of the fighting ``verb`` names someone ("fought
        the blaze with the rebels", "clashed with Ruiz"): then someone is fought."""
        return any(
            self.token_ids(p)
            for c in children_of(verb)
            if c.dep_ == "prep" and c.lower_ in ("with", "against")
            for p in pobjs(c)
        )
