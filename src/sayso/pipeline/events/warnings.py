"""Warnings that threaten no one: a threat (CAMEO 13) announces an act the speaker's side would
do to the target ("warned that it would impose sanctions", "warned X that its troops would
respond"). A warning whose that-clause tells what someone else did, does or may do ("warned that
prices would rise", "warned that the rebels could cross the border", "warned that X had raised
the dangers") or a state of things ("warned that the coalition is in danger") foretells or
blames; it announces no act of the speaker's, so it is no threat."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .actors import ActorFinder
from .tables import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

# the words of warning whose that-clause says what is warned of
WARNING_LEMMAS = frozenset({"warn", "caution", "warning"})
# what ties a noun of warning to its that-clause ("a warning that ...")
CLAUSE_DEPS = frozenset({"ccomp", "acl"})
# subject pronouns that may stand for the speaker's own side ("it would respond", "we will act")
OWN_PRONOUNS = frozenset({"it", "we", "i", "they", "he", "she"})


class Warnings(ActorFinder):
    """The test of a warning that threatens no one."""

    def empty_warning(self, cand: Candidate, source: list[str]) -> bool:
        """Whether a THREATEN told by a word of warning has a that-clause announcing no act of
        the speaker's side: the clause has no modal of a coming act, or its subject is someone
        other than the speaker (no pronoun, no "its troops", not among the source)."""
        tok = cand.tok
        if cand.type != "THREATEN" or tok.lemma_.lower() not in WARNING_LEMMAS:
            return False
        clause = next(
            (c for c in tok.children if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")),
            None,
        ) or _that_clause(tok)
        if clause is None:
            return False  # "warned X against sending troops", "a warning to X": kept as told
        if not _coming(clause, self.words.intended_aux | self.words.conditional_aux):
            return True  # "warned that the coalition is in danger", "that X had raised ..."
        subj, _ = self.subjects(clause)
        return not any(self._own_subject(s, clause, source) for s in subj)

    def _own_subject(self, subj: Token, clause: Token, source: list[str]) -> bool:
        """Whether the clause's subject may be the speaker's side: a pronoun, a noun owned by a
        pronoun ("its troops"), or an entity among the source."""
        if subj.lower_ in OWN_PRONOUNS:
            return True
        if any(
            c.dep_ == "poss" and c.lower_ in ("its", "our", "their", "my") for c in subj.children
        ):
            return True
        return bool(set(self.arg_ids(subj, clause, nominal=False)) & set(source))


def _coming(clause: Token, aux: frozenset[str]) -> bool:
    """Whether the clause tells a coming act: a modal of the future or of a condition ("will",
    "would"), or "is going to"."""
    if any(c.dep_ == "aux" and c.lower_ in aux for c in clause.children):
        return True
    return any(c.lower_ == "going" and c.dep_ == "aux" for c in clause.children) or (
        clause.lower_ == "going"
    )


def _that_clause(tok: Token) -> Token | None:
    """The first that-clause after the word of warning inside its phrase, where the parse hung
    it on a noun between them ("warning followers in interviews that the rebels could ...")."""
    for t in tok.subtree:
        if (
            t.i > tok.i
            and t.dep_ in CLAUSE_DEPS
            and t.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
        ):
            return t
    return None
