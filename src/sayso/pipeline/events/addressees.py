"""Whom a request or a rejection is aimed at. A speech act is aimed at the actor the text names as
asked, rejected or answered: the object of "urged", "called on", "rejected", the agent of the
requested act ("called for X to resign", "demanded that X release"), the maker of a rejected
proposal or claim ("rejected X's plan", "a motion filed by X"), who a thing is asked from
("sought help from X"). What the requested or rejected thing is about, or whom it would act on,
is never the target: "called for an inquiry into X", "demanded the release of the files on X",
"denied a report about X", "says Chile should send troops against X" name X inside the thing;
but a measure asked for "against X" ("called for sanctions against X", or "on X" for a measure of
force: "sanctions on X") is aimed at X, and a truce asked "between X and Y" asks X and Y.
A way of acting asked for ("urged restraint", "called for calm") is no one asked. With no one
named as asked, the act keeps its source and an unnamed target (the gold's guideline,
gold/README.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp import children_of, sentence_at, subtree_of, tokens_of
from .actors import ActorFinder
from .syntax import is_infinitive, pobjs
from .tables import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

# the subject of a clause: the agent of the act asked for, never a topic
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# the speech acts whose target is the one asked or rejected
ADDRESSED_TYPES = frozenset({"REQUEST", "REJECT"})
# the dependencies of what a verb asks for or rejects ("demanded an inquiry", "the plan was
# rejected")
THING_DEPS = frozenset({"dobj", "nsubjpass"})
# the prepositions of a verb or a noun of asking that introduce what is asked for ("called for
# an inquiry", "pressed for talks", "a call for a recount")
ASKED_FOR_PREPS = frozenset({"for"})
# the prepositions of a thing that name who made it, who is asked for it, who would receive it
# or take part in it ("a plan by X", "help from X", "denied entry to X", "refused talks with X"):
# these name an actor of the act itself, at any depth of the thing ("offers of talks by X")
ACTOR_PREPS = frozenset({"by", "from", "to", "with"})
# a thing's "of X" names its maker, its agent or its patient ("the resignation of X", "the
# release of X"): left to the other rules; only what hangs deeper inside is a topic
AGENT_OR_PATIENT_PREPS = frozenset({"of"})
# a measure asked for "against X" (sanctions, action, a ban against X) is a hostile act aimed at
# X, as event coders code it: X stays the target; not in a rejection ("opposed sanctions against
# X" takes X's side), nor where the requested act is the trigger itself (``own_act``: "should
# send troops against X" asks the troops' sender)
AGAINST_PREPS = frozenset({"against"})
# a measure of force laid "on X" ("sanctions on X", "a ban on X": a trigger of one of
# ``MEASURE_TYPES``) is the same hostile measure as one "against X"
ON_PREPS = frozenset({"on"})
MEASURE_TYPES = frozenset({"COERCE", "SANCTION", "ASSAULT"})
# the parties of a thing asked for ("a ceasefire between X and Y", "talks among X"), named on the
# thing itself: the agents of the requested act, asked to make it
PARTY_PREPS = frozenset({"between", "among"})


def _conjoined(toks: list[Token]) -> list[Token]:
    return list(dict.fromkeys([*toks, *(j for t in toks for j in t.conjuncts)]))


def _topic_phrase(top: Token) -> set[int]:
    """The tokens of a phrase of the thing, but those of a maker's or a party's phrase inside
    it ("offers of talks by X": X made the offers)."""
    kept = {
        t.i
        for c in subtree_of(top)
        if c.i != top.i and c.dep_ == "prep" and c.lower_ in ACTOR_PREPS
        for t in subtree_of(c)
    }
    return {t.i for t in subtree_of(top)} - kept


class Addressees(ActorFinder):
    """The test of a target named only inside the thing asked for or rejected."""

    def asked_things(self, cand: Candidate) -> list[Token]:
        """The heads of what a request or a rejection asks for or rejects: the verb's object or
        passive subject, the object of its "for" ("called for an inquiry"), and a noun's "for"
        ("a call for a recount")."""
        tok = cand.tok
        heads = [c for c in children_of(tok) if c.dep_ in THING_DEPS] if tok.pos_ == "VERB" else []
        for c in [*children_of(tok), *(t for x in cand.extra for t in children_of(x))]:
            if c.dep_ == "prep" and c.lower_ in ASKED_FOR_PREPS:
                heads.extend(pobjs(c))
        return _conjoined(heads)

    def topic_tokens(self, head: Token, own_act: bool = False, asked: bool = False) -> set[int]:
        """The tokens that tell what the thing ``head`` is about or acts on: the phrases of its
        prepositions (not "by/from X"; under "of X", only what hangs inside that phrase) and
        its to-clause ("attempts to oust X"). With
        ``own_act`` the head is the requested act itself ("should send troops against X"): its
        object's phrases and its own prepositions are inside, its subject is not. With ``asked`` the
        thing is asked for, and its "against X" stays outside."""
        inside: set[int] = set()
        preps = [c for c in children_of(head) if c.dep_ == "prep"]
        if own_act:
            for obj in (c for c in children_of(head) if c.dep_ == "dobj"):
                preps.extend(c for c in children_of(obj) if c.dep_ == "prep")
        for p in preps:
            low = p.lower_
            if low in ACTOR_PREPS or (asked and self._aimed_or_party(head, low)):
                continue
            if low in AGENT_OR_PATIENT_PREPS:
                if self._freed(head):
                    # "the release of X": X is the one let go, not who is asked to let go
                    inside |= _topic_phrase(p)
                    continue
                for o in pobjs(p):
                    for c in children_of(o):
                        if c.dep_ in ("prep", "relcl", "acl") and c.lower_ not in ACTOR_PREPS:
                            inside |= _topic_phrase(c)
                continue
            inside |= _topic_phrase(p)
        if not own_act:
            # "dismissed attempts to oust X", "rejected a plan to expel X": whom the thing would
            # act on is inside it (its maker is who is answered)
            for c in children_of(head):
                if c.dep_ == "acl" and is_infinitive(c):
                    inside.update(t.i for t in subtree_of(c))
        if self._freed(head) and not any(p.lower_ in AGENT_OR_PATIENT_PREPS for p in preps):
            # "his release", "the crew's return": the one let go, with no "of" phrase
            inside.update(t.i for c in children_of(head) if c.dep_ == "poss" for t in subtree_of(c))
        return inside

    def _freed(self, head: Token) -> bool:
        """Whether ``head`` is a noun of letting someone go (``release_nouns``), whose "of X"
        or possessor is the one let go: asked of whoever holds X (.makers), never of X."""
        return head.pos_ == "NOUN" and head.lemma_.lower() in self.words.release_nouns

    def _aimed_or_party(self, head: Token, prep: str) -> bool:
        """Whether the phrase of ``prep`` on a thing asked for names whom the thing is aimed at
        ("sanctions against X", "sanctions on X") or its parties ("a ceasefire between X and
        Y"): the target, not a topic."""
        if prep in AGAINST_PREPS or prep in PARTY_PREPS:
            return True
        measure = self.triggers.get(head.i)
        return prep in ON_PREPS and measure is not None and measure.type in MEASURE_TYPES

    def _purpose_tokens(self, tok: Token) -> set[int]:
        """The tokens of a request's purpose or for-clause but its subject ("pressed for aid to
        fight X": X is what the aid would act on; "called for the troops to leave X": the troops
        are asked, X is where they would leave)."""
        inside: set[int] = set()
        for c in children_of(tok):
            if c.dep_ == "advcl" and is_infinitive(c):
                subjects = {
                    t.i for s in children_of(c) if s.dep_ in SUBJECTS for t in subtree_of(s)
                }
                inside.update(t.i for t in subtree_of(c) if t.i not in subjects)
        return inside

    def _asked_conduct(self, eid: str) -> bool:
        """Whether nominal ``eid`` is only a bare singular common noun that names no person,
        group, body or site ("restraint", "calm", "caution"): a way of acting asked for, which
        an actor never is (one named by a common noun has a determiner or a plural: "the
        council", "shopkeepers")."""
        heads = self.nominals.head_tokens(eid) if self.nominals.has(eid) else []
        return bool(heads) and all(
            h.tag_ == "NN"
            and not any(c.dep_ in ("det", "poss", "nummod") for c in children_of(h))
            and not self.actor_noun(h)
            for h in heads
        )

    def unaddressed(self, cand: Candidate, target: list[str], own_act: bool = False) -> list[str]:
        """``target`` without the actors a request or a rejection names only inside the thing it
        asks for or rejects (see the module's note); ``own_act``: the trigger is the act a
        speaker says another must do ("Chile says Peru must send troops against X")."""
        if cand.type not in ADDRESSED_TYPES or not target:
            return target
        if not own_act and cand.pattern.type not in ADDRESSED_TYPES:
            # "will not lift the ban on X": a cooperation refused is aimed at whom it would help
            return target
        if cand.type == "REQUEST":
            # "urged restraint", "called for calm": the conduct asked for is no one asked
            target = [i for i in target if not self._asked_conduct(i)]
        heads = [cand.tok] if own_act else self.asked_things(cand)
        inside: set[int] = set()
        for h in heads:
            inside |= self.topic_tokens(h, own_act, not own_act and cand.type == "REQUEST")
        if cand.type == "REQUEST":
            inside |= self._purpose_tokens(cand.tok)
        if not inside:
            return target
        start, end = sentence_at(cand.tok.doc, cand.tok.i)
        sent = tokens_of(cand.tok.doc)[start:end]  # (cand.tok.sent's tokens, made once)
        named_inside = {i for t in sent if t.i in inside for i in self.token_ids(t)}
        # a nominal actor (no name the entities stage found: "the novelist X") by its heads
        named_inside |= {
            i
            for i in target
            if self.nominals.has(i) and any(h.i in inside for h in self.nominals.head_tokens(i))
        }
        named_outside = {i for t in sent if t.i not in inside for i in self.token_ids(t)}
        return [i for i in target if i not in named_inside or i in named_outside]
