"""Where and when: the date of an event, its place, and the country, region or city an act or
a nominal actor is placed in."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ...nlp import char_tokens, children_of, phrase_chars, root_of, sentence
from ..base import SpanIndex
from .actors import ActorFinder
from .syntax import clause_verb, is_infinitive, meeting_setting, of_object, pobjs, unfinished
from .tables import AREA_TYPES, LOCATION_TYPES, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class Placer(ActorFinder):
    """Dates and places events."""

    _times_index: SpanIndex | None = None  # made on first use, per document

    def date(self, cand: Candidate) -> str | None:
        """The value of a time in the trigger's sentence: one inside a phrase of the trigger, its
        light verb or its verb, else the nearest."""
        sent = sentence(cand.tok)
        lo, hi = sent.start_char, sent.end_char
        if self._times_index is None:  # the times stage is done: index its spans once
            self._times_index = SpanIndex(t.span for t in self.state.times)
        times = [self.state.times[n] for n in self._times_index.within(lo, hi)]
        if not times:
            return None
        for head in (cand.tok, cand.anchor, cand.clause):
            if head is None:
                continue
            for c in children_of(head):
                if c.dep_ not in ("prep", "npadvmod", "advmod", "tmod", "obl", "nmod"):
                    continue
                start, end = phrase_chars(c)
                for t in times:
                    if start <= t.span.start and t.span.end <= end:
                        if self._nested_time(t.span.start, start, end, head):
                            continue  # "accused X, a charge Y had made in May": Y's time
                        return t.value
        # else the nearest time of the event's own clause: "X said on Monday that Y attacked Z"
        # does not date the attack
        verbs = {h.i for h in (cand.anchor, cand.clause, clause_verb(cand.tok)) if h is not None}
        own = [t for t in times if (v := self._time_verb(t.span.start)) is not None and v in verbs]
        if not own:
            return None
        at = cand.tok.idx
        return min(own, key=lambda t: abs(t.span.start - at)).value

    def background(self, cand: Candidate) -> bool:
        """Whether the trigger tells what happens as a rule, not an act at a time: a passive in
        the simple present with no agent ("the nets are banned in these waters", "most boats
        are taken to ports where they are sold"), or forces placed somewhere ("the frigate,
        deployed in the gulf, ..."), with no time in its sentence. A short line (a headline
        told in the present, "Minister is arrested") is left alone."""
        tok = cand.tok
        if tok.tag_ != "VBN" or unfinished(tok) or any(c.dep_ == "agent" for c in children_of(tok)):
            return False
        if tok.dep_ == "acl" and cand.type == "MOBILIZE":
            placed = True  # being deployed somewhere is where forces are
        else:
            aux = [c for c in children_of(tok) if c.dep_ in ("aux", "auxpass")]
            placed = (
                len(aux) == 1
                and aux[0].dep_ == "auxpass"
                and aux[0].lemma_ == "be"  # not "remains detained": still held after an arrest
                and aux[0].tag_ in ("VBZ", "VBP")
            )
        return placed and self.date(cand) is None

    def searched_place(self, cand: Candidate) -> bool:
        """Whether an inquiry (``announced_inquiries``: "investigate", "probe") is into a
        place or a thing found there ("detectives investigated the scene near Oak Avenue",
        "the house"), or into a death (``death_nouns``: "the death of a man", "the killing of
        X": the dead are no suspects): it accuses no one, whatever place phrases the sentence
        has."""
        if cand.tok.lemma_.lower() not in self.words.announced_inquiries:
            return False
        obj = next((c for c in children_of(cand.tok) if c.dep_ == "dobj"), None)
        if obj is None:
            return False
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in self.words.death_nouns:
            return True
        if self._placed_assault(obj):
            return True
        if obj.pos_ == "NOUN" and obj.lemma_.lower() in self.words.site_nouns:
            return True
        kinds = {e.type for i in self.token_ids(obj) if (e := self.state.entity(i)) is not None}
        return bool(kinds) and kinds <= {"LOC", "FAC"}

    def _placed_assault(self, obj: Token) -> bool:
        """Whether an inquiry's object is an assault told only by where it happened ("a
        shooting in Tulsa", "the stabbing at the mall"): its doer is unknown, and the place is
        where it happened, no one accused; one with a doer ("a shooting by two guards") is not."""
        inner = self.triggers.get(obj.i)
        if inner is None or inner.type != "ASSAULT" or obj.pos_ != "NOUN":
            return False
        preps = [c for c in children_of(obj) if c.dep_ in ("prep", "agent")]
        return (
            any(c.lower_ in ("in", "at", "near") for c in preps)
            and not any(c.lower_ in ("by", "of", "against", "on") for c in preps)
            and not any(c.dep_ == "poss" for c in children_of(obj))
        )

    def sought(self, cand: Candidate) -> bool:
        """Whether a search is only a seeking ("searches for a first win", "hunted for clues",
        ``searching_verbs``): a verb of searching with a "for" phrase and neither an object
        nor a passive subject searches no one's person or property (CAMEO 17)."""
        tok = cand.tok
        return (
            cand.type == "COERCE"
            and tok.pos_ == "VERB"
            and tok.lemma_.lower() in self.words.searching_verbs
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in children_of(tok))
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(tok))
        )

    def _nested_time(self, offset: int, start: int, end: int, head: Token) -> bool:
        """Whether the time at ``offset``, inside a phrase of ``head`` from ``start`` to
        ``end``, belongs to a clause of its own inside that phrase ("accused X of graft, a
        charge that Y had made in May": the time of Y's charge, not of the accusation)."""
        verb = self._time_verb(offset)
        if verb is None or verb == head.i:
            return False
        tok = head.doc[verb]
        return start <= tok.idx < end and tok.pos_ in ("VERB", "AUX")

    def _time_verb(self, offset: int) -> int | None:
        """The index of the verb of the clause a time at ``offset`` belongs to."""
        bounds = char_tokens(self.state.doc, offset, offset + 1)
        if bounds is None or bounds[0] == bounds[1]:  # (an empty span)
            return None
        verb = clause_verb(root_of(self.state.doc, *bounds))
        return None if verb is None else verb.i

    def location(self, cand: Candidate, actors: set[str], own: bool = False) -> str | None:
        """The place of an ``in/at X`` phrase of the trigger, its light verb or its verb; with
        ``own``, also of the pattern's own object ("halted food convoys in Darfur")."""
        heads = [cand.tok, cand.anchor, cand.clause]
        if own:
            heads += [t for t in cand.extra if t.pos_ == "NOUN" and t.i != cand.tok.i]
            # "a truce effective in Mali": an adjective or participle of the act
            heads += [
                c
                for h in heads
                if h is not None and h.pos_ == "NOUN"
                for c in children_of(h)
                if c.dep_ in ("amod", "acl") and c.i > h.i
            ]
        for head in heads:
            if head is None:
                continue
            for c in children_of(head):
                if (
                    c.dep_ == "prep"
                    and c.lemma_.lower() in ("in", "at")
                    and (eid := self.place_in(c, actors, LOCATION_TYPES)) is not None
                ):
                    return eid
        return None

    def area(self, eid: str | None) -> str | None:
        """``eid`` when it is a country, region or city (AREA_TYPES), else None."""
        ent = self.state.entity(eid)
        return ent.id if ent is not None and ent.type in AREA_TYPES else None

    def place_in(self, prep: Token, actors: set[str], types: Iterable[str]) -> str | None:
        """The first entity of ``types`` that the object of ``prep`` names, a container word
        looked through ("in parts of Patagonia"), none of ``actors``."""
        for p in pobjs(prep):
            held = of_object(p, self.words.container_nouns)
            for eid in self.np_ids(p if held is None else held, top=False):
                ent = self.state.entity(eid)
                if ent is not None and ent.type in types and eid not in actors:
                    return eid
        return None

    def subject_place(self, cand: Candidate, actors: set[str]) -> str | None:
        """The place of an ``in/at X`` phrase of the act's subject ("Farmers in Tulsa blocked
        a road", "staff at a plant in Chile walked out")."""
        verb = cand.anchor if cand.anchor is not None else cand.clause
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj, _ = self.subjects(verb)
        todo = [(c, 0) for s in subj for c in children_of(s) if c.dep_ == "prep"]
        while todo:
            c, depth = todo.pop(0)
            if c.lower_ not in ("in", "at") or depth > 2:
                continue
            if (eid := self.place_in(c, actors, LOCATION_TYPES)) is not None:
                return eid
            todo.extend(
                (x, depth + 1) for p in pobjs(c) for x in children_of(p) if x.dep_ == "prep"
            )
        return None

    def whereabouts(self, eid: str, sent: Span, actors: set[str]) -> str | None:
        """The country, region or city a nominal actor is said to be in ("nurses in Ohio", "a
        monitoring team in Mali", "families now living in tents in Chad"):
        event data code such a group by its place, as ICEWS codes "civilians (Afghanistan)"."""
        for head in self.generic_heads(eid, sent):
            todo = [
                c
                for c in (
                    *children_of(head),
                    *(
                        x
                        for a in children_of(head)
                        if a.dep_ in ("acl", "relcl")
                        for x in children_of(a)
                    ),
                )
                if c.dep_ == "prep"
                and c.lower_ in ("in", "at")
                # "a meeting of the border board in Oslo": where the meeting is held
                and not meeting_setting(c, self.words.meeting_nouns)
            ]
            for c in todo:
                if (found := self.place_in(c, actors, AREA_TYPES)) is not None:
                    return found
        return None

    def aid_place(self, cand: Candidate, actors: set[str]) -> str | None:
        """A country or region of an ``in X`` phrase inside what is given: the trigger's or its
        verb's objects, for-phrases and purpose clauses, never a finite clause."""
        todo = [(t, 0) for t in (cand.tok, cand.anchor) if t is not None]

        seen: set[int] = set()
        while todo:
            t, depth = todo.pop(0)
            if t.i in seen or depth > 7:
                continue
            seen.add(t.i)
            for c in children_of(t):
                if (
                    c.dep_ == "prep"
                    and c.lower_ == "in"
                    and (eid := self.place_in(c, actors, AREA_TYPES)) is not None
                ):
                    return eid
                if (
                    c.dep_ in ("dobj", "pobj", "prep", "conj", "appos", "pcomp")
                    or (c.dep_ == "acl" and c.tag_ in ("VBN", "VBG"))  # "those affected in X"
                    or (c.dep_ in ("acl", "xcomp", "advcl") and is_infinitive(c))
                ):
                    todo.append((c, depth + 1))
        return None
