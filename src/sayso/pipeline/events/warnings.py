"""Warnings that threaten no one: a threat (CAMEO 13) announces an act the speaker's side would
do to the target ("warned that it would impose sanctions", "warned X that its troops would
respond"). A warning whose that-clause tells what someone did, does or may do ("warned that
the rebels could cross the border", "warned that X had raised the dangers") or a state of things
("warned that the coalition is in danger") foretells or blames; it announces no act, so it is no
threat; nor is a warning of a danger ("warned of the risk of a flood") or against a thing
with no one warned ("warned against complacency"), and what is warned against ("warned
against any raid on its ports") has not happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp import children_of, subtree_of
from .actors import ActorFinder
from .syntax import has_aux
from .tables import PRONOUN_LABELS, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

# what ties a noun of warning to its that-clause ("a warning that ...")
CLAUSE_DEPS = frozenset({"ccomp", "acl"})
# what names the one warned ("warned the rebels", "warned that ...", "was warned"): a warning
# with none of these, only an "of" or "against" phrase, names a danger, no side
WARNED_DEPS = frozenset({"dobj", "dative", "iobj", "ccomp", "nsubjpass"})
# modals of power: what the warner can or may do to the warned is a threat
_POWER_AUX = frozenset({"can", "could", "may", "might"})


class Warnings(ActorFinder):
    """The test of a warning that threatens no one."""

    def empty_warning(self, cand: Candidate) -> bool:
        """Whether a THREATEN told by a word of warning has a that-clause that tells no coming
        act (no "will", "would", "is going to"): what is, was or may be is no threat."""
        tok = cand.tok
        if cand.type != "THREATEN" or tok.lemma_.lower() not in self.words.warning_words:
            return False
        if _caution(tok) or self._of_danger(tok):
            return True
        clause = next(
            (c for c in children_of(tok) if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")),
            None,
        ) or _that_clause(tok)
        if clause is None:
            return False  # "warned X against sending troops", "a warning to X": kept as told
        # a coming act is kept whoever its subject is: "warned that X would face force" is a
        # threat to X, and a third side's act cannot be told from one's own by the clause alone
        if _coming(clause, self.words.intended_aux | self.words.conditional_aux):
            return False
        return not self._own_power(tok, clause)

    def _of_danger(self, tok: Token) -> bool:
        """Whether the warning names only a danger, with no one warned and no that-clause:
        "nurses warned of the danger of a flu season", "a warning about the risks of smoking"
        (``danger_nouns``); "warned of consequences" names the warner's own answer and stays a
        threat. A noun's phrase may hang on the verb that carries it ("gave warnings about
        extremism")."""
        kids = children_of(tok)
        if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
            kids = [*kids, *(c for c in children_of(tok.head) if c.i != tok.i)]
        if any(c.dep_ in WARNED_DEPS for c in kids):
            return False
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("of", "about")
            and any(
                p.dep_ == "pobj" and p.lemma_.lower() in self.words.danger_nouns
                for p in children_of(c)
            )
            for c in kids
        )

    def warned_against(self, cand: Candidate) -> bool:
        """Whether the trigger is what a word of warning cautions against ("warned against any
        attack on its ports", "warned Japan against sending warships"): an act warned of has
        not happened."""
        tok = cand.tok
        prep = tok.head
        return (
            tok.dep_ in ("pobj", "pcomp")
            and prep.dep_ == "prep"
            and prep.lower_ == "against"
            and prep.head.lemma_.lower() in self.words.warning_words
        )

    def _own_power(self, tok: Token, clause: Token) -> bool:
        """Whether the that-clause tells what the warner itself can or may do, in the active
        ("China warned Taiwan that it could use force": a threat; "warned that the rebels could
        cross", "warned that it could be hit": none)."""
        if not has_aux(clause, _POWER_AUX):
            return False
        if any(c.dep_ == "auxpass" for c in children_of(clause)):
            return False
        subject = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        warner = next((c for c in children_of(tok) if c.dep_ == "nsubj"), None)
        if subject is None or warner is None:
            return False
        if subject.lower_ == "we":
            return True
        own = set(self.np_ids(warner))
        said = set(self.np_ids(subject))
        if not said and subject.lower_ in {"it", "they"}:
            # an unresolved "it" after a state or body that warns is the warner ("China warned
            # Taiwan that it could use force"); a person's "it" is some thing
            return bool(own) and all(self._is_body(eid) for eid in own)
        return bool(own) and bool(said) and said <= own

    def _is_body(self, eid: str) -> bool:
        ent = self.state.entity(eid)
        return ent is not None and ent.type in PRONOUN_LABELS["it"]


def _caution(tok: Token) -> bool:
    """Whether a word of warning only cautions against something, with no one warned: "warned
    against the forces of hatred", "a warning against complacency" name a danger, not a side the
    warner would act on ("warned X against sending troops": X is warned). It has an ``against``
    phrase and no object, passive subject, that-clause or "to" phrase naming the warned."""
    kids = children_of(tok)
    if not any(c.dep_ == "prep" and c.lower_ == "against" for c in kids):
        return False
    return not any(c.dep_ in WARNED_DEPS or (c.dep_ == "prep" and c.lower_ == "to") for c in kids)


def _coming(clause: Token, aux: frozenset[str]) -> bool:
    """Whether the clause tells a coming act: a modal of the future or of a condition ("will",
    "would"), or "is going to"."""
    if has_aux(clause, aux):
        return True
    return any(c.lower_ == "going" and c.dep_ == "aux" for c in children_of(clause)) or (
        clause.lower_ == "going"
    )


def _that_clause(tok: Token) -> Token | None:
    """The first that-clause after the word of warning inside its phrase, where the parse hung
    it on a noun between them ("warning followers in interviews that the rebels could ...")."""
    for t in subtree_of(tok):
        if (
            t.i > tok.i
            and t.dep_ in CLAUSE_DEPS
            and t.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(t))
        ):
            return t
    return None
