"""Campaign talk, no acts. A candidate's promise ("the nominee pledged to repeal the law") tells
voters what the candidate would do once elected: no promise of cooperation made to anyone
(CAMEO 03) and no threat (CAMEO 13). An attack between candidates or parties ("her offensive
against her rival") is the war metaphor of a race: ASSAULT is force
against an actor (CAMEO 18-20), and candidates and parties contend by votes. A candidate's rally
gathers supporters: no demonstration (CAMEO 14). A fight between named people or bodies in a
sentence of a vote ("fought off her rival in the primary") is the race, with no violence named.
``promising_verbs``, ``candidate_words``, ``rally_words`` and ``contest_words`` in
``event_words.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp import children_of, lemmas_of, lowers_of, sentence_at
from .actors import ActorFinder
from .tables import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

# the types a promise takes: a promise to cooperate, or to harm ("vowed to ban X": a threat)
PROMISE_TYPES = frozenset({"AGREE", "THREATEN"})
# the sector of a party and its people
PARTY_SECTOR = "PTY"
# the sectors of those who bear arms: a fight of theirs may be one of force in any sentence
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP", "CRM"})


class Campaigns(ActorFinder):
    """The tests of a candidate's promise and of a race told as a fight."""

    def campaign_promise(self, cand: Candidate) -> bool:
        """Whether a verb of promising with a to-infinitive ("pledged to ban X") is said by a
        candidate for office (every subject a candidate or a campaign) to no one named."""
        tok = cand.tok
        if cand.type not in PROMISE_TYPES or tok.pos_ != "VERB":
            return False
        if tok.lemma_.lower() not in self.words.promising_verbs:
            return False
        if not any(c.dep_ == "xcomp" for c in children_of(tok)):
            return False
        if any(c.dep_ in ("dobj", "dative") for c in children_of(tok)):
            return False  # "promised the union to meet its leaders": a promise made to someone
        subjects = [c for c in children_of(tok) if c.dep_ == "nsubj"]
        if not subjects and tok.dep_ == "conj":
            subjects = [c for c in children_of(tok.head) if c.dep_ == "nsubj"]
        subjects += [j for c in subjects for j in c.conjuncts]
        return bool(subjects) and all(self._runs_for_office(_named(s)) for s in subjects)

    def _runs_for_office(self, tok: Token) -> bool:
        """Whether ``tok`` names one who runs for office: a noun of one ("the candidates",
        "her campaign") or entities whose role ends in one ("presidential candidate")."""
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in self.words.candidate_words:
            return True
        ids = self.token_ids(tok)
        return bool(ids) and all(self._office_seeker(i) for i in ids)

    def _office_seeker(self, eid: str) -> bool:
        ent = self.state.entity(eid)
        role = (ent.role or "").lower().split() if ent is not None else []
        return bool(role) and role[-1] in self.words.candidate_words

    def race_fight(self, cand: Candidate, source: list[str], target: list[str]) -> bool:
        """Whether an ASSAULT is the race told as a fight: candidates and parties on both
        sides ("her offensive against her rival")."""
        if cand.type != "ASSAULT" or not source or not target:
            return False
        return all(self._in_race(i) for i in source + target)

    def contest_fight(self, cand: Candidate, source: list[str], target: list[str]) -> bool:
        """Whether an ASSAULT told by a verb of fighting or clashing is a vote contested: named
        people or bodies on both sides, a word of a vote in its sentence (``contest_words``:
        "in the primary", "for the nomination") and no word of violence."""
        w = self.words
        fight = cand.verb_of("ASSAULT", w.fighting_verbs) or cand.verb_of(
            "ASSAULT", w.clashing_verbs
        )
        if not fight or not source or not target:
            return False
        if not all(self._person_or_body(i) for i in (*source, *target)):
            return False
        doc = cand.tok.doc
        start, end = sentence_at(doc, cand.tok.i)
        words = {*lemmas_of(doc)[start:end], *lowers_of(doc)[start:end]}
        return bool(words & self.words.contest_words) and not words & self.words.violence_words

    def _person_or_body(self, eid: str) -> bool:
        """Whether ``eid`` is a person or an organisation the story names, of no armed sector
        (``ARMED_SECTORS``: "the militia fought the police after the vote" is force)."""
        ent = self.state.entity(eid)
        return (
            ent is not None
            and ent.type in ("PERSON", "ORG")
            and not self.nominals.has(eid)
            and ent.sector not in ARMED_SECTORS
        )

    def campaign_rally(self, cand: Candidate, source: list[str]) -> bool:
        """Whether a PROTEST told by a word of a rally is held by candidates or parties alone
        ("the nominee's rally in Salem"): a campaign event, no demonstration."""
        if cand.type != "PROTEST" or not source:
            return False
        if cand.tok.lemma_.lower() not in self.words.rally_words:
            return False
        return all(self._in_race(i) for i in source)

    def _in_race(self, eid: str) -> bool:
        """Whether ``eid`` runs in a race: a party or one who seeks office."""
        return self._party_body(eid) or self._office_seeker(eid)

    def _party_body(self, eid: str) -> bool:
        """Whether ``eid`` is a party: a body (no person) of the party sector."""
        ent = self.state.entity(eid)
        return ent is not None and ent.type != "PERSON" and ent.sector == PARTY_SECTOR


def _named(subject: Token) -> Token:
    """The noun a subject stands for: the head of its relative clause ("Vale, who pledged"), or
    the one it describes ("Vale is a senator who pledged"), the group a quantifier picks from
    ("all of the candidates")."""
    verb = subject.head
    if subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return _predicated(verb.head)
    for c in children_of(subject):
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in children_of(c) if p.dep_ == "pobj"), subject)
    return subject


def _predicated(noun: Token) -> Token:
    """The subject a predicate noun describes ("Vale is a senator who ...": Vale), else the
    noun itself."""
    top = noun
    while top.dep_ in ("conj", "appos"):
        top = top.head
    if top.dep_ != "attr":
        return noun
    verb = top.head
    while True:
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is not None or verb.dep_ != "conj":
            return subject if subject is not None else noun
        verb = verb.head
