"""Who a thing or an act with no one named on the other side concerns: the people, bodies and
sites inside its phrases and clauses, nearest first."""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...nlp import char_tokens, children_of, lemmas_of
from .actors import ActorFinder
from .syntax import (
    has_aux,
    is_infinitive,
    leaving,
    meeting_setting,
    of_object,
    pobjs,
    scene_phrase,
    voiced_stance,
)
from .tables import (
    FRAME_PREPS,
    INNER_DEPS,
    INNER_DEPTH,
    ROLES,
    VERBAL_TYPES,
    Candidate,
    noun_verbs,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ...types import Event

# acts whose parties are all who take part ("welcomed the agreement": both signatories)
JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _participle_clause(verb: Token) -> bool:
    """Whether an adverbial clause is a bare participle that goes with the act ("..., citing
    X's refusal"), not a clause of its own with a subject or a conjunction ("because leaders
    are backing them")."""
    return verb.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in children_of(verb)
    )


def _has_complement(verb: Token) -> bool:
    """Whether a verb has an object or a clause of its own ("disputes the figures", "disputes
    that it fired him"); "a claim that the ministry disputes" leaves it none."""
    return any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd") for c in children_of(verb))


class EventIndex:
    """The events emitted so far, by type, by the lemmas of their trigger and by trigger start,
    so that the latest earlier event of a kind is found without reading them all."""

    def __init__(self, events: list[Event]) -> None:
        self.events = events
        self.lemmas: list[set[str]] = []
        self.by_type: dict[str, list[int]] = {}
        self.by_lemma: dict[str, list[int]] = {}
        self.starts: list[tuple[int, int]] = []  # (trigger start, position), sorted

    def sync(self, doc: Doc) -> None:
        for k in range(len(self.lemmas), len(self.events)):
            e = self.events[k]
            bounds = char_tokens(doc, e.trigger.start, e.trigger.end)
            lemmas = set(lemmas_of(doc)[bounds[0] : bounds[1]]) if bounds is not None else set()
            self.lemmas.append(lemmas)
            self.by_type.setdefault(e.type, []).append(k)
            for lemma in lemmas:
                self.by_lemma.setdefault(lemma, []).append(k)
            bisect.insort(self.starts, (e.trigger.start, k))

    def latest_first(self, types: set[str], lemmas: set[str], lo: int, hi: int) -> Iterator[int]:
        """Positions, latest first, of the events of ``types``, those whose trigger has one of
        ``lemmas`` and those whose trigger starts in ``(lo, hi)``: a superset of those that
        can match, each once."""
        a = bisect.bisect_right(self.starts, (lo, len(self.events)))
        near = sorted((k for _, k in self.starts[a : bisect.bisect_left(self.starts, (hi,))]))
        lists = [self.by_type.get(t, []) for t in types]
        lists += [self.by_lemma.get(x, []) for x in lemmas]
        last = -1
        for k in heapq.merge(*(reversed(x) for x in [*lists, near]), reverse=True):
            if k != last:
                yield k
                last = k


# what "the incident" or "the move" does not name: words, meetings, backing and protests; and
# how near before (in characters, about three paragraphs of a wire story) the act it names is
# looked for
WORDS_AND_TIES = VERBAL_TYPES | {"SUPPORT", "CONSULT", "PROTEST"}
NEAR = 1200


class Reach(ActorFinder):
    """Looks inside what an act is aimed at for whom it concerns."""

    emitted: list[Event]  # the events of the document so far, in text order
    _event_index: EventIndex | None = None  # made on first use, per document
    _verbs: dict[str, list[int]] | None = None  # verb lemma -> token indices, made on first use

    def _would(self, clause: Token) -> bool:
        """Whether a relative clause says what its thing would or could do ("a bill that would
        force hospitals to cut staff"): those it would act on are not whom an act on the thing
        concerns (opposing the bill is not opposing the hospitals); any modal auxiliary of the
        tables (``intended_aux``, ``conditional_aux``, ``hypothetical_aux``)."""
        w = self.words
        return has_aux(clause, w.intended_aux | w.conditional_aux | w.hypothetical_aux)

    def _supposed(self, clause: Token) -> bool:
        """Whether a content clause only supposes its act ("the idea that the mayor might raise
        taxes"): who might act is not whom mocking or rejecting the idea is aimed at; a
        demand's clause ("demands that exiles should be allowed to vote": ``deontic_aux``)
        names whom it is for, and so does a promise's ("will", ``intended_aux``)."""
        w = self.words
        return has_aux(clause, (w.conditional_aux | w.hypothetical_aux) - w.deontic_aux)

    def doers(self, head: Token, exclude: set[str]) -> list[str]:
        """Who did the act a thing names, when an earlier sentence told it: "welcomed the
        agreement" after "Chile and Peru agreed ...", "condemned the launch" after "X launched
        a missile", "praised the decision" after "the court decided ...", "condemned the
        incident" after an attack. The latest earlier event of the noun's type (or, for a
        generic deed noun, a near act that is no words, meeting or backing), else the subject
        of the latest earlier verb the noun is made from (``deed_nouns``); ``[]`` when none."""
        lemma = head.lemma_.lower()
        # the types the noun names by itself, or as the trigger found here ("a state" names no
        # act but with "of emergency")
        types = {
            p.type
            for p in self.table.get(("noun", lemma), [])
            if not p.specific or head.i in self.triggers
        }
        generic = lemma in self.words.generic_deed_nouns
        # "called the decision a mistake" after "Chile ruled out talks": a decision is any act
        # chosen, a refusal too, but no denial, blame, praise or demand
        decision = lemma in self.words.decision_nouns
        verb = noun_verbs("deed_nouns").get(lemma)
        if not types and verb is None and not generic and not decision:
            return []  # "hailed the state of their ties": a thing that names no act has no doer
        index = self._emitted_index()
        words = {lemma} if verb is None else {lemma, verb}
        for k in index.latest_first(types, words, head.idx - NEAR, head.idx):
            e = self.emitted[k]
            if e.trigger.start >= head.idx:
                continue
            lemmas = index.lemmas[k]
            if (
                e.type in types
                or lemma in lemmas
                or verb in lemmas
                or (generic and e.type not in WORDS_AND_TIES and head.idx - e.trigger.start < NEAR)
                or (
                    decision
                    and head.idx - e.trigger.start < NEAR
                    and (e.type not in WORDS_AND_TIES or e.type == "REJECT")
                    and not lemmas & self.words.denying_verbs
                    and e.attribution is None
                )
            ):
                ids = [*e.source, *e.target] if e.type in JOINT_TYPES else list(e.source)
                if found := [i for i in ids if i not in exclude]:
                    return found
        if verb is None:
            return []
        for tok in self._verbs_before(verb, head.i):
            subj, passive = self.subjects(tok)
            if not passive:
                found = [
                    i for s in subj for i in self.arg_ids(s, tok, nominal=False)
                    if i not in exclude
                ]  # fmt: skip
                if found:
                    return found
        return []

    def _emitted_index(self) -> EventIndex:
        """The index of ``emitted``, brought up to date (the list only grows)."""
        index = self._event_index
        if index is None or index.events is not self.emitted:
            index = self._event_index = EventIndex(self.emitted)
        index.sync(self.state.doc)
        return index

    def _verbs_before(self, lemma: str, before: int) -> Iterator[Token]:
        """The verbs of lemma ``lemma`` before token ``before``, nearest first."""
        verbs = self._verbs
        if verbs is None:
            verbs = self._verbs = {}
            for tok in self.state.doc:
                if tok.pos_ == "VERB":
                    verbs.setdefault(tok.lemma_.lower(), []).append(tok.i)
        found = verbs.get(lemma, [])
        doc = self.state.doc
        return (doc[found[n]] for n in range(bisect.bisect_left(found, before) - 1, -1, -1))

    def reach(self, cand: Candidate, exclude: set[str]) -> list[str]:
        """Who an act with no one on the other side reaches through its objects, complements
        and prepositional phrases, nearest first ("opened an inquiry into spending by
        the port board", "went on strike for higher wages at the smelter", "refused to reach
        agreement on Chile's quota"); an act of words is not aimed at where it is spoken ("accused
        X in Geneva"), nor an act at who told of it ("according to the police": the informant),
        nor at the actors of a clause that gives a reason or time with its own subject
        ("because leaders are backing them")."""
        verbal = cand.type in VERBAL_TYPES
        roles = ROLES[cand.pattern.roles]
        moved = roles.moves or roles is ROLES["away"]
        heads = [t for t in (cand.tok, cand.anchor) if t is not None]
        first = [
            c
            for t in heads
            for c in children_of(t)
            if (
                (
                    c.dep_ == "prep"
                    and c.lower_ not in FRAME_PREPS
                    and c.lower_ not in ("as", "according")
                )
                or c.dep_ in ("dobj", "xcomp", "acl")
                or (c.dep_ == "advcl" and (is_infinitive(c) or _participle_clause(c)))
            )
            and not self._telling(c)
            and not voiced_stance(c, self.words.stance_nouns, self.words.stance_verbs)
            and not scene_phrase(c)  # "As for the campaign against X, she defended ..."
            # a meeting "in Oslo" or "at the palace" is held there, not with it
            and not (
                (verbal or cand.type == "CONSULT") and c.dep_ == "prep" and c.lower_ in ("in", "at")
            )
            and not (moved and c.dep_ == "dobj")  # "mobilized troops": they are moved
            # "refused to get out of his car": a place or vehicle left is no one acted on
            and not (c.dep_ == "xcomp" and leaving(c, self.words.leaving_verbs))
        ]
        # "criticized the plan, telling reporters that Reyes lied": the one told is an
        # audience; the act may be aimed at whom the that-clause is about
        first += [
            x
            for t in heads
            for c in children_of(t)
            if self._telling(c)
            for x in children_of(c)
            if x.dep_ == "ccomp"
        ]
        if cand.type == "CONSULT":
            # "held talks in Oslo": the noun's own phrases were looked at above, where it meets
            # is not whom it meets with
            first = [c for c in first if c not in heads]
        # "posted as monitors along the border", "paid $2m as damages for the
        # families": the role an "as" phrase names is no one, its own phrases may name someone
        first += [
            x
            for t in heads
            for c in children_of(t)
            if c.dep_ == "prep" and c.lower_ == "as"
            for p in pobjs(c)
            for x in children_of(p)
            if x.dep_ == "prep"
        ]
        return self.inner_actors(heads, exclude, first)

    def _telling(self, verb: Token) -> bool:
        """Whether ``verb`` is a participle of telling that goes with an act ("..., telling
        reporters that ..."): its object is the one told."""
        return (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.lemma_.lower() in self.words.telling_verbs
        )

    def _role_phrase(self, prep: Token) -> bool:
        """Whether ``prep`` is an "as" phrase naming a role ("his reinstatement as a port
        inspector"): no one acted on ("as part of a law" names no role)."""
        return prep.lower_ == "as" and any(self.actor_noun(p) for p in pobjs(prep))

    def inner_actors(
        self, heads: list[Token], exclude: set[str], first: list[Token] | None = None
    ) -> list[str]:
        """The named entities a thing concerns, nearest first: in its prepositional phrases,
        the clauses that modify it and their arguments ("an inquiry into claims that three
        guards beat inmates", "limits on aid to Nepal", "stories that ran in the Daily
        Globe"). Its own modifiers are left out ("Chile's truce"
        was looked at before)."""
        seen = {t.i for t in heads}
        # "condemned the raids, which led to dozens held in X": what an act led to is
        # not whom it concerns
        level = (
            first
            if first is not None
            else [
                c
                for t in heads
                for c in children_of(t)
                if (c.dep_ == "prep" and not self._role_phrase(c))
                or (c.dep_ in ("acl", "ccomp") and not self._supposed(c))
                or (c.dep_ == "relcl" and t.i not in self.triggers and not self._would(c))
            ]
        )
        level = [c for c in level if not self._asked_for(c)]
        seen.update(c.i for c in level)
        nominal: list[str] = []  # the nearest people, bodies or sites named by a plain noun
        for _ in range(INNER_DEPTH):
            found: list[str] = []
            for c in level:
                seen.add(c.i)
                ids = [
                    i for i in self.token_ids(c) if i not in exclude and not self.nominals.has(i)
                ]
                if not ids and c.dep_ in ("nsubj", "nsubjpass") and self.actor_noun(c):
                    ids = self.nominals.make(c)  # "claims that three guards beat ..."
                elif (
                    not ids
                    and not nominal
                    and c.dep_ in ("pobj", "dobj")
                    and c.pos_ == "NOUN"
                    and self.actor_noun(c)
                ):
                    held = of_object(c, self.words.container_nouns)
                    if held is None or not self.token_ids(held):
                        nominal = self.nominals.make(c if held is None else held)
                found.extend(ids)
            if found:
                return list(dict.fromkeys(found))
            level = [
                c
                for t in level
                for c in children_of(t)
                if c.i not in seen
                and c.dep_ in INNER_DEPS
                and not (c.dep_ == "prep" and self._role_phrase(c))
                and not self._asked_for(c)
                # "agreed to attend the summit in Oslo": where a meeting is held is its
                # setting, no one it concerns
                and not meeting_setting(c, self.words.meeting_nouns)
                # "arrested the nephew of X": the relative is acted on, not X
                and not (self.relative(t) and c.dep_ in ("prep", "poss"))
                # "an apology from the council in Tarvo": the council, not where it sits
                and not (
                    c.dep_ == "prep"
                    and c.lower_ == "in"
                    and t.pos_ == "NOUN"
                    and self.seated_body_word(t.lemma_.lower())
                )
                and not (c.dep_ == "relcl" and self._would(c))
                and not (c.dep_ == "acl" and self._supposed(c))
                # "the bridge that a firm plans to build": who does something with the thing
                # is not whom it concerns ("claims that three guards beat ..." is)
                and not (
                    c.dep_ in ("nsubj", "nsubjpass")
                    and t.dep_ in ("relcl", "acl")
                    and (
                        not any(m.dep_ == "mark" for m in children_of(t))
                        # "a claim that the ministry disputes": an act with no object of
                        # its own is done to the thing, however the parser marks it
                        or (t.i in self.triggers and not _has_complement(t))
                    )
                )
            ]
        return nominal

    def _asked_for(self, prep: Token) -> bool:
        """Whether ``prep`` is the "for" of a request noun ("a demand for observers", "a call
        for UN inspectors"): what is asked for is not whom the request or its refusal is
        aimed at."""
        head = prep.head
        return (
            prep.dep_ == "prep"
            and prep.lower_ == "for"
            and head.pos_ == "NOUN"
            and any(p.type == "REQUEST" for p in self.table.get(("noun", head.lemma_.lower()), []))
        )
