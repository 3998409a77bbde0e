"""The coder of one document: match the triggers, fill their actors, nest them, then emit each
event with its final actors, type, mode, date, place and attribution."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ...nlp import children_of, lemmas_of, sentence, subtree_of, tokens_of
from ...types import Event, Span, stable_id
from ..entities.model import INDEFINITES
from .addressees import Addressees
from .campaigns import Campaigns
from .confidence import FLOOR, score
from .fights import Fights
from .filling import Filler
from .idioms import find
from .matching import Matcher
from .nesting import Nester
from .schedule import not_yet
from .stances import Stances
from .standing import Standing
from .syntax import has_aux, is_infinitive, of_object, pobjs, unfinished
from .tables import (
    CONDITIONAL_TYPES,
    COOPERATIVE_TYPES,
    FRAME_PREPS,
    PROMISED_TYPES,
    REFLEXIVE_PRONOUNS,
    THREAT_TYPES,
    Candidate,
    trigger_lemmas,
)
from .told import untold_question
from .verdicts import Verdicts
from .warnings import Warnings

if TYPE_CHECKING:
    from spacy.tokens import Token


# an announced act of these types is a promise (CAMEO 03, "express intent to cooperate": "will
# free the prisoners", "would meet Y next week") or a threat (CAMEO 13: "will impose sanctions")
ANNOUNCED = ((PROMISED_TYPES, "AGREE"), (THREAT_TYPES, "THREATEN"))
# acts news reports without naming who acts: an arrest, a release, an attack; any other act
# needs its source
UNNAMED_AGENT_TYPES = frozenset({"COERCE", "CONCEDE", "ASSAULT"})
# what did not happen and was not announced is left out: PLOVER codes acts, and an analyst reads
# the record as what happened ("did not attack", "could send troops", "if X attacks", "Will X
# attack?"); a refusal of cooperation was set to REJECT before this
DROPPED_MODES = frozenset({"negated", "refused", "hypothetical", "question"})
# acts of words that are only announced ("said it would ask the court to", "plans to file a
# complaint", "will challenge the ruling"): a plan of a request, an accusation or a rejection is
# neither the act (nothing was said yet) nor a promise or threat (CAMEO 03 and 13 announce
# cooperation or force), so it did not happen; an inquiry announced is opened
# (``announced_inquiries``: "will investigate X")
PLANNED_WORDS_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})
# acts a crowd, the police or unnamed gunmen do, which news tell without naming them
CROWD_TYPES = UNNAMED_AGENT_TYPES | {"PROTEST"}
# the most words of a headline or a caption line (a longer line without a stop is a sentence
# cut short)
HEADLINE_WORDS = 16
# the kinds of attribution whose content is someone's own words in quotation marks
QUOTED_KINDS = frozenset({"direct", "mixed"})


class Coder(
    Matcher,
    Filler,
    Nester,
    Standing,
    Warnings,
    Fights,
    Stances,
    Addressees,
    Campaigns,
    Verdicts,
):
    """Codes one document. Built per document; the tables are shared."""

    _contents: list[tuple[int, int, int, str]] | None = None  # attribution contents, sorted
    _quotations: frozenset[str] | None = None  # ids of the quoted attributions, made on first use
    _longest = 0

    def code(self) -> list[Event]:
        """The events of the document; the nominal actors they use are added to its entities."""
        self.idioms = find(self.state.doc)
        cands = list(self.candidates())
        self.triggers = {c.tok.i: c for c in cands}
        for cand in cands:
            self.fill(cand)
        for cand in cands:
            self.through_event_object(cand)
            self.retype(cand)
        for cand in cands:
            self.fold(cand)
        self.read_parts()  # the parts people play, by the types the fold set (.identities)
        events: list[Event] = []
        self.emitted = events
        self.words_of = {}
        seen: set[tuple[object, ...]] = set()
        for cand in cands:
            event = self.event(cand, seen)
            if event is not None:
                events.append(event)
        events.extend(self.verdicts(events))  # '"Vale is a fraud," Ortiz said' (.verdicts)
        events = self._told_once(self._outside_others(events))
        events = not_yet(events, self.state.document.published, self.words_of)
        self.nominals.commit({i for e in events for i in (*e.source, *e.target)})
        return events

    @staticmethod
    def _outside_others(events: list[Event]) -> list[Event]:
        """The events whose trigger lies inside no other's ("lifted most of its sanctions":
        the sanctions are what is lifted, not a second act)."""
        return [
            e
            for e in events
            if not any(
                o is not e
                and o.trigger.start <= e.trigger.start
                and e.trigger.end <= o.trigger.end
                and (o.trigger.start, o.trigger.end) != (e.trigger.start, e.trigger.end)
                for o in events
            )
        ]

    def _told_once(self, events: list[Event]) -> list[Event]:
        """Each act once: a later report of an act already coded (same type, a shared actor on
        each side, no other date: "gave his full support to X ... offered his full support to
        X") is left out, and so is a headline's act that the story codes again."""
        titles = [f.span for f in self.state.meta.flags if f.kind == "title"]
        in_body = [
            not any(t.start <= e.trigger.start < t.end for t in titles) and not self._on_headline(e)
            for e in events
        ]
        body = [e for e, here in zip(events, in_body, strict=True) if here]
        kept: dict[str, list[Event]] = {}  # by type
        out: list[Event] = []
        for e, told_in_body in zip(events, in_body, strict=True):
            # (an event equal to one in the body has its trigger, so is in the body too)
            if not told_in_body:
                # the headline's act, told in the story: a headline names its actors loosely
                # ("Suspect in office shooting convicted"), so an act of its type is enough
                if any(b.type == e.type for b in body):
                    continue
            elif any(self._same_act(k, e) for k in kept.get(e.type, [])):
                continue
            kept.setdefault(e.type, []).append(e)
            out.append(e)
        return out

    def _on_headline(self, event: Event) -> bool:
        """Whether the event is told on a short line without a closing stop (a headline, a
        caption; a long one is a sentence cut short)."""
        tok = self.words_of.get(event.id)
        if tok is None or not unfinished(tok):
            return False
        text = self.state.text
        end = text.find("\n", tok.idx)
        line = text[text.rfind("\n", 0, tok.idx) + 1 : len(text) if end < 0 else end]
        return len(line.split()) <= HEADLINE_WORDS

    def candidates(self) -> Iterator[Candidate]:
        """The triggers of the document, those inside boilerplate, bylines or metadata left out."""
        skip = [f.span for f in self.state.meta.flags if f.kind in self.words.skip_flags]
        # a date is no act ("in March", "on March 5": the month, not a march)
        skip += [t.span for t in self.state.times]
        known = trigger_lemmas()  # ``match`` looks the lemma up in the table: done first here
        doc = self.state.doc
        for tok, lemma in zip(tokens_of(doc), lemmas_of(doc), strict=True):
            if lemma not in known:
                continue
            cand = self.match(tok)
            if cand is None:
                continue
            if skip and any(s.start <= tok.idx < s.end for s in skip):
                continue
            if self.rough_force(tok):
                continue  # "artillery hammered the town, killing six": the killing tells it
            cand.type = self.idioms.retyped(tok.i, cand.type)  # "pleaded guilty": CONCEDE
            if self.idioms.dropped(tok.i, cand.type):
                continue  # "met with criticism", "a news conference": an idiom (event_idioms.json)
            yield cand

    def event(self, cand: Candidate, seen: set[tuple[object, ...]]) -> Event | None:
        """The event of a candidate, or None: folded into another, a repeat (``seen``), no one
        acting, or negated."""
        if (
            self._folded(cand)
            or self._self_directed(cand)
            or self._shared_view(cand)
            or (self.on_thing_pronoun(cand) and not self.declined_request(cand))
            or self.rescue(cand)  # "evacuated 400 passengers": out of harm, no retreat
            or self.background(cand)  # "the nets are banned there": a rule, no act
            or self.searched_place(cand)  # "investigated the scene": no one accused
            or self.sought(cand)  # "searches for a win": a seeking, no search of anyone
            or self.prevented_act(cand)  # "stop a similar attack": no act of one's own eased
            or self.blamed_cause(cand)  # "blamed the drought": a cause, no one accused
            or self.fought_thing(cand)  # "fought the blaze": force on no one
            or self.topic_fight(cand)  # "fought about the senator": a quarrel, no force
            or self.idea_clash(cand)  # "their views clashed": a disagreement
            or self.self_training(cand)  # "the guards trained for a month": no aid
            or self.firm_stoppage(cand)  # "the firm stopped work": no strike
            or self.forceless_takeover(cand)  # "robots are taking over the kitchens": no force
            or self.opposed_thing(cand)  # "opposed the bill": a stance, no one rejected
            or self.rival_challenge(cand)  # "challenged the senator for her seat": a race
            or self.spoken_topic(cand)  # "speaking ... to discuss his schedule": no meeting
            or self.campaign_promise(cand)  # "the nominee pledged to repeal it": no act yet
            or self.private_visit(cand)  # "visited her grandparents": one's own kin
        ):
            return None
        # the frame's checks that read no side ("did not attack", "warned that prices would
        # rise", "could send troops") drop a candidate before its sides are worked out
        unframed, told = self._unframed(cand)
        actors = None if unframed else self._actors(cand)
        if actors is None:
            return None
        source, target, placed = actors
        target = self.topic_sides(cand, target)  # "discussed the arrest of X": X not met
        framed = self._framed(cand, told, source, target)
        if framed is None:
            return None
        mode, source, target = framed
        # "called for an inquiry into X": X is what is asked for, not who is asked (.addressees)
        addressed = self.unaddressed(cand, target)
        # asked of someone the text does not name: kept with an unnamed target
        unnamed = bool(target) and not addressed
        # "called for his release": asked of whoever holds him, when the story names it (.makers)
        target = list(dict.fromkeys([*addressed, *self.holders(cand, source)]))
        unnamed = unnamed and not target
        # who the words stand for: a dateline is no actor, "Chinese" is China where the story
        # names it, "the court" the court the story named (.linking)
        raw_source = tuple(source)
        # "the opposition accused the government": a country named as its government is a
        # side of its own politics, kept even against its own people (see _others)
        governments = {g for i in target if (g := self._governed(i, cand.tok.idx))}
        source = self.linked(source, cand.tok.idx, tuple(target))
        target = [i for i in self.linked(target, cand.tok.idx, raw_source) if i not in source]
        # a thing or a storm does not act ("the gun went off", "a fire burned the clinic"): an
        # attack by one is told without its agent, any other act is no act of anyone
        source = list(
            dict.fromkeys(
                j
                for i in source
                if self.agent(i) and not self._speechless(i, cand)
                for r in self._resident(i, cand)
                for j in self._followers(r, cand)
            )
        )
        target = list(
            dict.fromkeys(
                j for i in target for r in self._resident(i, cand) for j in self._followers(r, cand)
            )
        )  # "arrested a Salem man": the man, not Salem
        target = [i for i in self._without_circumstances(target) if not self.credited(i)]
        source = [i for i in source if not self.credited(i)]  # a byline's name is no actor
        source, target = (
            self.without_modifiers(source, sentence(cand.tok)),
            self.without_modifiers(target, sentence(cand.tok)),
        )
        crowd = not source and self._counted_crowd(cand)
        if (
            not source
            and cand.type not in UNNAMED_AGENT_TYPES
            and not self._charged(cand)
            and not crowd
        ):
            return None  # "talks were held", "the support": no one named acts
        target = self._charged_persons(cand, source, target)
        if not source and cand.tok.lemma_.lower() in self.words.directive_verbs:
            return None  # "we were forced to stay inside": a circumstance, no one's order
        if (
            cand.type not in CROWD_TYPES
            and not (self._charged(cand) and not source)
            and all(self._unlinked_anaphor(i, cand) for i in source)
        ):
            # "its forces accused the army", "the plaintiffs had sued": a definite group after
            # the story's first sentence refers back to someone it named, whom the coder could
            # not find; it codes no act it cannot place
            return None
        target = self._others(cand, source, target, governments)
        if target and all(self.own_followers(i) for i in target):
            return None  # "asked his supporters to ...", "thanked her aides": inside one side
        if not source and all(self.private_people(i, sentence(cand.tok)) for i in target):
            # "a striking sight": no one acts and no one is acted on; "a Thai sailor was
            # killed": one person of a country is not the country
            return None
        other = [] if unnamed and not target else self._other_side(cand, source, target)
        sides = None if other is None else self._without_press(cand, source, other)
        if sides is None:
            return None  # talk with the press
        source, target = sides
        placed_only = (placed is not None and target == [placed]) or self._only_where(cand, target)
        if not source and (
            not target
            if crowd
            else (
                (placed_only and not any(self._country(i) for i in target))
                or (target and all(self._named_site(i) for i in target))
            )
        ):
            # "thousands marched": an unnamed crowd, and no one named on either side; "a man
            # was killed in a shooting in Gary", "a shooting at 30 Elm Street": with no one
            # named acting, a city or a site is only where it happened: no actor's act
            return None
        if not target and cand.tok.lemma_.lower() in self.words.gift_nouns:
            # "her campaign contributions", "donations from the banks": money given with no one
            # named receiving it is a candidate's or a party's funds, no aid between actors
            return None
        if (
            not self._words_kept(cand, source, target)
            or self.race_fight(cand, source, target)  # "her offensive against her rival"
            or self.contest_fight(cand, source, target)  # "fought off X in the primary"
            or self.campaign_rally(cand, source)  # "the nominee's rally": no demonstration
            or self._no_maker(cand, target)  # "lawmakers blocked the bill": procedure
        ):
            return None
        # one act a sentence for each side pair, but for a noun a verb carries beside the verb
        # that tells another ("summoned the envoy and handed him a note of protest")
        carried = _carried(cand.tok)
        key = (cand.type, tuple(source), tuple(target), sentence(cand.tok).start, carried)
        if key in seen:
            return None
        trigger = self.trigger_span(cand)
        attribution = self.attribution(trigger)
        confidence = score(
            self.state,
            cand,
            mode,
            (source, target),
            attribution,
            lambda i: not self.someone(i),  # "a trooper", "the teenager": someone, no thing
            placed_only,
        )
        if confidence < FLOOR:
            return None  # many weak pieces of evidence together: an act it cannot code well
        seen.add(key)
        self.words_of[stable_id("ev", self.state.document.id, trigger.start, cand.type)] = cand.tok
        return Event(
            id=stable_id("ev", self.state.document.id, trigger.start, cand.type),
            type=cand.type,
            mode=mode,
            source=tuple(source),
            target=tuple(target),
            trigger=trigger,
            date=self.date(cand),
            location=placed or self.location(cand, {*source, *target}),
            attribution=attribution,
            confidence=confidence,
        )

    def _no_maker(self, cand: Candidate, target: list[str]) -> bool:
        """Whether a body's refusal of a proposal (``legislative_rejecting_verbs``: "blocked
        the bill", "voted against it") names no maker of it by a possessor: procedure, no one
        rejected."""
        return (
            cand.type == "REJECT"
            and cand.tok.lemma_.lower() in self.words.legislative_rejecting_verbs
            and not (target and all(self.someone(i) for i in target) and _owned_object(cand.tok))
        )

    def _charged(self, cand: Candidate) -> bool:
        """Whether an accusation is a criminal charge ("was charged with murder", "was
        indicted"): a prosecutor the story need not name brings it (``legal_charges``)."""
        return cand.type == "ACCUSE" and cand.tok.lemma_.lower() in self.words.legal_charges

    def _counted_crowd(self, cand: Candidate) -> bool:
        """Whether a protest's subject is a crowd told only by its size ("thousands rallied",
        "hundreds marched", "some 5,000 gathered"): an unnamed side (``*`` in the gold's
        guideline), kept when the protest is aimed at or held at someone named."""
        if cand.type != "PROTEST":
            return False
        subjects, passive = self.subjects(cand.anchor or cand.tok)
        return (
            not passive
            and bool(subjects)
            and all(
                s.pos_ == "NUM"
                or (s.lemma_.lower() in self.words.container_nouns and s.tag_ == "NNS")
                for s in subjects
            )
            and not any(of_object(s, self.words.container_nouns) for s in subjects)
        )

    def _charged_persons(self, cand: Candidate, source: list[str], target: list[str]) -> list[str]:
        """ "was charged with murder": with no one named bringing a charge, the charged
        person, not the charges, is its target."""
        if source or not self._charged(cand):
            return target
        return [i for i in target if not self.thing(i)]

    def _without_circumstances(self, target: list[str]) -> list[str]:
        """The target without the things beside someone acted on ("was released on bail",
        "beaten to death": how, not whom); a noun joined to another by "and" is of its kind
        ("shot his wife and child": a person the nouns do not list is no thing there)."""
        kept = [
            i
            for i in target
            if not self.thing(i)
            or any(
                h.dep_ == "conj" or any(c.dep_ == "conj" for c in children_of(h))
                for h in self.nominals.head_tokens(i)
            )
        ]
        return kept or target

    def _words_kept(self, cand: Candidate, source: list[str], target: list[str]) -> bool:
        """Whether the candidate stays an event once an attack in words is set to ACCUSE ("Ruiz
        attacked Reyes over the budget"): words need someone blamed and someone blaming ("the
        senator's latest attack", "attacks in the debate" are no one's act on anyone). A verb of
        force that news uses for words (``rough_criticism_verbs``) is never armed force: one
        that is no attack in words ("ripped him with a quip") is no event."""
        if not self.verbal_attack(cand, source, target):
            return cand.tok.lemma_.lower() not in self.words.rough_criticism_verbs
        cand.type = "ACCUSE"
        return bool(source and target)

    def _shared_view(self, cand: Candidate) -> bool:
        """Whether "agree" only shares a view ("Vale agrees.", "the judge agreed with the
        plaintiffs", "Vale agreed that the tax was too high"): no to-clause or object, no
        that-clause of what will be done ("agreed that talks would resume"), and no "on/to X"
        agreed on (CAMEO 03 agrees to do something; "agreed with X on a truce" is an agreement)."""
        tok = cand.tok
        if not cand.verb_of("AGREE", self.words.agreeing_verbs):
            return False
        return not any(
            c.dep_ in ("xcomp", "dobj", "advcl", "conj")
            or (c.dep_ == "ccomp" and self._to_be_done(c))
            or (c.dep_ == "prep" and c.lower_ != "with")
            for c in children_of(tok)
        )

    def _to_be_done(self, verb: Token) -> bool:
        """Whether a that-clause says what will or must be done ("that talks would resume",
        "that troops should leave"), not what is so ("that the tax was too high")."""
        aux = self.words.intended_aux | self.words.conditional_aux | self.words.deontic_aux
        return has_aux(verb, aux)

    def _self_directed(self, cand: Candidate) -> bool:
        """Whether the act is done to the actor itself ("shot himself", "defended itself"):
        PLOVER codes what one actor does to another, and no one else is named ("distanced
        itself from X" names X)."""
        tok = cand.tok
        if cand.type == "ASSAULT" and any(
            m.lower_ in self.words.own_wound_marks
            for c in children_of(tok)
            if c.dep_ == "prep"
            for p in pobjs(c)
            for left in p.lefts
            for m in subtree_of(left)
        ):
            # "died of a self-inflicted gunshot wound", "died from an apparent gunshot wound": a
            # wound one gave oneself, or one whose cause is not known (``own_wound_marks``)
            return True
        if cand.type == "ASSAULT" and tok.lemma_.lower() == "die" and self.unarmed(cand):
            return True  # "died of his wounds": harm from an act told elsewhere
        if cand.pattern.pos != "verb" or not any(
            c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS for c in children_of(tok)
        ):
            return False
        return not any(
            self.token_ids(p)
            for c in children_of(tok)
            if c.dep_ == "prep" and c.lower_ not in FRAME_PREPS
            for p in pobjs(c)
        )

    def _folded(self, cand: Candidate) -> bool:
        """Whether the candidate is told by another: folded into it, or a conjunct of a trigger
        of the same type ("attacked and shelled the town")."""
        if cand.inner:
            return True
        if cand.tok.dep_ == "advcl" and is_infinitive(cand.tok) and cand.type != "PROTEST":
            # "marched on Monday to oppose the bill", "blocked roads to demand a recount": the
            # aim of a protest is what the protest says, no act of its own
            aim_of = self.triggers.get(cand.tok.head.i)
            if aim_of is not None and aim_of.type == "PROTEST":
                return True
        head = self.triggers.get(cand.tok.head.i) if cand.tok.dep_ == "conj" else None
        if head is None or head.type != cand.type:
            return False
        # "welcomed the decision and praised the forces": each verb has its own object, so two
        # acts; "attacked and shelled the town" shares one
        return not (_has_object(head.tok) and _has_object(cand.tok))

    def _same_act(self, a: Event, b: Event) -> bool:
        """Whether ``b`` tells the act ``a`` tells: the same side acting (or none named on
        either), the same side acted on (or none named on one), and no different date. A
        country stands for its people and places ("China", "Beijing", "the Chinese minister")."""
        if a.date and b.date and a.date != b.date:
            return False
        one, other = self.words_of.get(a.id), self.words_of.get(b.id)
        # a noun a second verb carries is told by that verb ("... and handed him a note")
        one, other = (t.head if t is not None and _carried(t) else t for t in (one, other))
        if (
            one is not None
            and other is not None
            and one.pos_ == other.pos_ == "VERB"
            and one.lemma_.lower() != other.lemma_.lower()
            and not self._one_wounding(a, b, one, other)
        ):
            # "welcomed X ... later thanked X", "summoned the envoy and handed him a note of
            # protest": two acts told by two verbs
            return False
        sources = (
            self._same_side(a.source, b.source)
            or not (a.source or b.source)
            # "X stabbed the driver ... the driver was stabbed twice": the attack on the same
            # one told again without its attacker (not "a soldier was shot": someone new)
            or (
                a.type == "ASSAULT"
                and not b.source
                and bool(a.target)
                and bool(b.target)
                and not (other is not None and _new_one_hurt(other))
            )
        )
        targets = self._same_side(a.target, b.target) or not a.target or not b.target
        shared = set(a.source) & set(b.source) or set(a.target) & set(b.target)
        if shared and not (sources and targets) and self._quoted(b):
            # '... arrested X. "We arrested X this morning," the department posted': words that
            # retell the act name one side by the very actor the story did and the other
            # loosely, by common nouns ("police", "our town")
            sources = sources or self._loosely_same(a.source, b.source)
            targets = targets or self._loosely_same(a.target, b.target)
        return sources and targets

    def _quoted(self, event: Event) -> bool:
        """Whether the event is told inside a quotation (the words of a direct or mixed
        attribution: a quoted statement or post), not by the narrator's own report of them."""
        if event.attribution is None:
            return False
        if self._quotations is None:  # read the attributions once, not once per pair of events
            self._quotations = frozenset(
                a.id for a in self.state.attributions if a.kind in QUOTED_KINDS
            )
        return event.attribution in self._quotations

    def _loosely_same(self, one: tuple[str, ...], other: tuple[str, ...]) -> bool:
        """Whether two sides may be one told twice: both named, one of them by common nouns
        only ("the police" and "the Dayton Police Department")."""
        return bool(one and other) and (self._unnamed(list(one)) or self._unnamed(list(other)))

    def _one_wounding(self, a: Event, b: Event, one: Token, other: Token) -> bool:
        """Whether two verbs of harm tell one attack by someone unnamed ("a boy killed by a
        ricochet on Monday ... the boy, shot near the park"): with no
        attacker named, "shot" and "killed" are one act told twice (``wounding_verbs``,
        ``harming_verbs``)."""
        harm = self.words.wounding_verbs | self.words.harming_verbs
        return (
            a.type == "ASSAULT"
            and not a.source
            and not b.source
            and one.lemma_.lower() in harm
            and other.lemma_.lower() in harm
        )

    def _same_side(self, one: tuple[str, ...], other: tuple[str, ...]) -> bool:
        if set(one) & set(other):
            return True
        ents = [self.state.entity(i) for i in (*one, *other)]
        firsts, seconds = ents[: len(one)], ents[len(one) :]
        return any(
            x is not None
            and y is not None
            and x.country is not None
            and x.country == y.country
            and "GPE" in (x.type, y.type)
            for x in firsts
            for y in seconds
        )

    # -- type and mode ----------------------------------------------------------------------------
    def _unframed(self, cand: Candidate) -> tuple[bool, str | None]:
        """(whether the frame alone drops the candidate, the mode it is told in): the checks of
        :meth:`_framed` that read only the trigger and its clauses, no side, so that they run
        before the sides are worked out. They drop what :meth:`_framed` would drop whatever the
        sides: a warning that threatens no one, a question not answered, a negated act or a
        question, a refusal that sets no REJECT, and a supposed act no one demands."""
        if self.empty_warning(cand):
            return True, None  # "warned that prices would rise": a forecast, no threat
        if self.warned_against(cand):
            return True, None  # "warned against any attack on its ports": not done
        if untold_question(cand.tok):
            return True, None  # "has not said how many troops it will send": not announced
        mode = self.mode(cand)
        if mode == "refused":
            # kept only as a REJECT (``_reframed``): a cooperation refused, no comment refused
            # ("declined to discuss the case": no one is rejected)
            return self.refused_comment(cand) or cand.type not in COOPERATIVE_TYPES, mode
        if mode == "hypothetical":
            return self.deontic_clause(cand) is None, mode  # only a demand is kept (``demand``)
        return mode in DROPPED_MODES, mode

    def _framed(
        self, cand: Candidate, mode: str | None, source: list[str], target: list[str]
    ) -> tuple[str | None, list[str], list[str]] | None:
        """(mode, source, target) once the frame has set the type (a demand, a refusal, a promise
        or a threat), or None for a negated event; ``mode`` is the one :meth:`_unframed` read
        (it has dropped a warning that threatens no one)."""
        if mode == "intended" and (
            self.foretold(cand, source) or self.told_by_target(cand, source, target)
        ):
            mode = "hypothetical"  # "X will strike again, the analyst warned": a prediction
        demand = self.demand(cand) if mode == "hypothetical" else None
        if demand is not None:
            # "Chile says Peru must end its raids": a demand on Peru (CAMEO 10)
            cand.type, mode = "REQUEST", None
            source, target = demand[0], [i for i in demand[1] if i not in demand[0]]
            target = self.unaddressed(cand, target, own_act=True)  # not whom the act acts on
            if not source:
                return None
        else:
            mode = self._reframed(cand, mode)
        if mode in DROPPED_MODES:
            return None
        if cand.type in CONDITIONAL_TYPES and all(self._no_one(i) for i in target):
            # "will not call off the boycott until the council pays", "threatened to quit
            # unless the league pays", "threatened to close the border unless X pays" (the
            # border is no one): who must act first is acted on
            target = [i for i in self.condition_actors(cand) if i not in source] or target
        return mode, source, target

    def _reframed(self, cand: Candidate, mode: str | None) -> str | None:
        """The mode left once a refusal or an announcement has set the candidate's type (a
        refusal reaches here only as one of a cooperation, no comment: :meth:`_unframed`)."""
        if mode == "refused":
            # "will not lift the ban", "refused to meet", "declined to lift": a refusal
            # (CAMEO 12); a cooperation only not done ("did not agree") is no event
            cand.type = "REJECT"
            return None
        if mode == "intended" and self.planned_protest(cand):
            return "hypothetical"  # "farmers planned to protest": no threat, not yet done
        if mode == "intended":
            for types, announced in ANNOUNCED:
                if cand.type in types:
                    cand.type = announced
                    return None
            if (
                cand.type in PLANNED_WORDS_TYPES
                and cand.tok.lemma_.lower() not in self.words.announced_inquiries
            ):
                return "hypothetical"
        return mode

    # -- the record -------------------------------------------------------------------------------
    def attribution(self, trigger: Span) -> str | None:
        """The id of the smallest attribution whose content holds the trigger (the first of
        those as small)."""
        if self._contents is None:
            # (start, end, order, id) of every content span, sorted, and the longest span
            self._contents = sorted(
                (c.start, c.end, n, a.id)
                for n, (a, c) in enumerate(
                    (a, c) for a in self.state.attributions for c in a.content
                )
            )
            self._longest = max((c[1] - c[0] for c in self._contents), default=0)
        # a span that holds the trigger starts at most at its start, at least longest before
        lo = bisect.bisect_left(self._contents, (trigger.end - self._longest,))
        hi = bisect.bisect_right(self._contents, (trigger.start, len(self.state.text) + 1))
        best: tuple[int, int, str] | None = None
        for start, end, n, aid in self._contents[lo:hi]:
            holds = start <= trigger.start and trigger.end <= end
            if holds and (best is None or (end - start, n) < best[:2]):
                best = (end - start, n, aid)
        return best[2] if best else None

    def trigger_span(self, cand: Candidate) -> Span:
        """The trigger and the tokens it reaches within four words (a particle, a light verb,
        the compounds of a noun)."""
        toks = [cand.tok]
        for t in cand.extra:
            if abs(t.i - cand.tok.i) <= 4:
                toks.append(t)
        if cand.pattern.pos == "noun":
            toks.extend(c for c in cand.tok.lefts if c.dep_ == "compound")
        first = min(toks, key=lambda t: t.i)
        last = max(toks, key=lambda t: t.i)
        return self.state.span(first.idx, last.idx + len(last.text))


def _new_one_hurt(verb: Token) -> bool:
    """Whether the one a verb acts on is brought in by an indefinite article ("a soldier was
    shot", "shot a guard"): someone the story names anew, no one told of before."""
    return any(
        c.dep_ in ("nsubjpass", "dobj")
        and any(d.dep_ == "det" and d.lower_ in INDEFINITES for d in children_of(c))
        for c in children_of(verb)
    )


def _owned_object(verb: Token) -> bool:
    """Whether the verb's object, or the object of its "against", is a noun with a possessor
    ("blocked the governor's bill", "voted against Vale's budget"): its maker is named."""
    objects = [
        o
        for c in children_of(verb)
        for o in ((c,) if c.dep_ == "dobj" else pobjs(c) if c.lower_ == "against" else ())
    ]
    return any(o.pos_ == "NOUN" and any(x.dep_ == "poss" for x in children_of(o)) for o in objects)


def _has_object(tok: Token) -> bool:
    """Whether a verb has a direct object of its own."""
    return tok.pos_ == "VERB" and any(c.dep_ == "dobj" for c in children_of(tok))


def _carried(tok: Token) -> bool:
    """Whether the word is a noun carried as the object of a verb that tells a second act of
    the same subject ("summoned X and handed him a note", "summoned X to deliver a protest")."""
    verb = tok.head
    return (
        tok.pos_ == "NOUN"
        and tok.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and verb.dep_ in ("conj", "xcomp", "advcl")
        and verb.head.pos_ == "VERB"
    )
