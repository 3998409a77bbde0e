"""Nesting: an event inside another ("threatened to attack X", "signed an agreement") folds into
it or lends it its actors; an event object of a joint, giving or asking verb lends its target;
and the kinds of support and moved forces that change an event's type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp import children_of, subtree_of
from ...sectors import sectors_of_noun
from .actors import ActorFinder
from .kinds import STATE_SECTORS
from .syntax import of_object, pobjs
from .tables import COMPLEMENT_PREPS, HOSTILE_TYPES, Candidate, patterns

if TYPE_CHECKING:
    from spacy.tokens import Token


# acts whose results a participle after them may tell ("fired on the boat, injuring two")
VIOLENT_TYPES = frozenset({"ASSAULT", "COERCE"})


class Nester(ActorFinder):
    """Relates the candidates of one document to each other."""

    def retype(self, cand: Candidate) -> None:
        """The type a candidate's objects and light verb give it."""
        for old, test, new in (
            # peacekeepers are military protection given (CAMEO 074)
            ("MOBILIZE", self.peacekeeping, "AID"),
            # withdrawing peacekeepers stops that aid (CAMEO 16)
            ("RETREAT", self.peacekeeping, "SANCTION"),
            # "$30m support", "supported economic assistance": aid given
            ("SUPPORT", self.material, "AID"),
            # farmers who took over a dam hold it in protest (CAMEO 144), troops seize it
            ("ASSAULT", self.civil_occupation, "PROTEST"),
            # control of a firm taken is property seized (CAMEO 171), no land occupied
            ("ASSAULT", self.firm_taken, "COERCE"),
            # a state that protests to another complains officially (CAMEO 114)
            ("PROTEST", self.official_protest, "ACCUSE"),
        ):
            if cand.type == old and test(cand):
                cand.type = new
                break
        if cand.type == "RETREAT" and (expelled := self.expulsion(cand)) is not None:
            cand.type = expelled
        if (
            cand.type == "AGREE"
            and cand.anchor is not None
            and cand.anchor.lemma_.lower() in self.words.concluding_verbs
        ):
            cand.type = "SUPPORT"  # "reached an agreement": concluded (CAMEO 057)

    def fold(self, cand: Candidate) -> None:
        """Fold the candidate into the event it hangs on, or lend that event its actors."""
        outer, fold = self.nest(cand)
        if outer is None or outer is cand:
            return
        if fold and outer.pattern.complement and cand.type in HOSTILE_TYPES:
            outer.type = "THREATEN"  # "vowed to attack X" is a threat, not a promise
        cand.inner = fold
        if fold:
            outer.folded.append(cand.type)
        if fold and cand.tok.dep_ in ("nsubj", "nsubjpass") and cand.pattern.pos == "noun":
            # "a rebel raid on a depot killed 20 guards": one act, on both
            outer.target = list(
                dict.fromkeys([i for i in cand.target if i not in outer.source] + outer.target)
            )
        if not [i for i in outer.target if i not in outer.source]:
            lent = cand.target if fold else cand.source + cand.target
            if fold and cand.type == "REQUEST" and outer.pattern.roles != "ask":
                lent = cand.source or cand.target  # "refused a request from X" acts on X
            outer.target = [i for i in lent if i not in outer.source]

    def official_protest(self, cand: Candidate) -> bool:
        """Whether a protest is a state's complaint: the word "protest" ("the ministry
        protested against the visit", "lodged a protest") whose every actor is a country or a
        body or officer of a state (government, parliament, courts, forces: ``sectors.tsv``),
        not a crowd that takes to the streets (PLOVER PROTEST is civil demonstration)."""
        if cand.tok.lemma_.lower() != "protest" or not cand.source:
            return False
        # "crowds in Riga protested": the crowd, not the country it is in
        subjects, _ = self.subjects(cand.anchor or cand.tok)
        heads = [of_object(s, self.words.container_nouns) or s for s in subjects]
        if any(h.pos_ == "NOUN" and not self._state_noun(h) for h in heads):
            return False
        return all(self._of_state(i) for i in cand.source)

    def _state_noun(self, noun: Token) -> bool:
        # the kinds of body of ``sectors.tsv`` alone (``sectors_of_noun``), not the titles that
        # ``noun_sectors`` adds: a bare title ("the minister protested") is read as no state noun
        lemma = noun.lemma_.lower()
        return lemma in self.words.state_body_words or bool(
            (kinds := sectors_of_noun(lemma)) and kinds <= STATE_SECTORS
        )

    def _of_state(self, eid: str) -> bool:
        if self.nominals.has(eid):
            return self.actor_sector(eid) in STATE_SECTORS
        ent = self.state.entity(eid)
        return ent is not None and (ent.type == "GPE" or ent.sector in STATE_SECTORS)

    def civil_occupation(self, cand: Candidate) -> bool:
        """Whether civilians take over or occupy a site: a verb of taking "over" or occupying
        whose every actor is a group of civilians (``civilian_nouns``)."""
        tok = cand.tok
        taking = tok.lemma_.lower() in self.words.taking_over_verbs and any(
            c.dep_ == "prt" and c.lower_ == "over" for c in children_of(tok)
        )
        if tok.pos_ != "VERB" or not (taking or tok.lemma_.lower() in self.words.occupying_verbs):
            return False
        subj, passive = self.subjects(tok)
        heads = [of_object(s, self.words.container_nouns) or s for s in subj]
        heads = [c for h in heads for c in (h, *h.conjuncts)]
        if any(h.pos_ == "PRON" for h in heads):
            # "hundreds of them": who the pronoun was found to stand for
            names = [e.name for i in cand.source if (e := self.state.entity(i)) is not None]
            words = [n.split()[-1].lower().removesuffix("s") for n in names]
        else:
            words = [h.lemma_.lower() for h in heads]
        return not passive and bool(words) and all(w in self.words.civilian_nouns for w in words)

    def firm_taken(self, cand: Candidate) -> bool:
        """Whether what a verb of taking takes ("took control of X", "took over X") is a firm:
        every object names an organisation of business or of no known sector, no state body,
        party or armed group ("took control of the Vantor Mills"; "the Kelda oil field" and
        "the defence ministry" stay taken by force)."""
        tok = cand.tok
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in self.words.taking_over_verbs:
            return False
        objs = [
            of_object(c, self.words.container_nouns) or c
            for c in children_of(tok)
            if c.dep_ == "dobj"
        ]
        ids = [i for o in objs for i in self.token_ids(o)]
        return bool(ids) and all(
            (ent := self.state.entity(i)) is not None
            and ent.type == "ORG"
            and self.actor_sector(i) in (None, "BUS")
            for i in ids
        )

    def material(self, cand: Candidate) -> bool:
        """Whether support is material: an amount of money, or an aid noun as its object."""
        tok = cand.tok
        if cand.pattern.pos == "noun":
            return any(
                t.ent_type_ == "MONEY" or t.text[:1] in "$€£¥"
                for t in subtree_of(tok)
                if t.i < tok.i
            )
        return any(
            c.dep_ == "dobj" and c.i in self.triggers and self.triggers[c.i].type == "AID"
            for c in children_of(tok)
        )

    def expulsion(self, cand: Candidate) -> str | None:
        """The type of an expulsion told as an order to leave ("ordered two diplomats to leave
        the country"): the one who orders makes others go, it does not retreat; the type is the
        one "expel" takes with that object in the table (people deported coerced, CAMEO 174;
        diplomats expelled cut ties, SANCTION). None when leaving is not ordered of others (its
        own forces ordered out withdraw: "ordered its troops to leave the town")."""
        tok = cand.tok
        head = tok.head
        if (
            tok.pos_ != "VERB"
            or tok.lemma_.lower() not in self.words.expelling_leaves
            or tok.dep_ not in ("xcomp", "ccomp")
            or head.lemma_.lower() not in self.words.directive_verbs
        ):
            return None
        ordered = [c for c in children_of(head) if c.dep_ == "dobj"]
        ordered += [c for c in children_of(tok) if c.dep_ == "nsubj"]
        if not ordered or any(
            o.lemma_.lower() in self.words.force_nouns or o.pos_ == "PRON" for o in ordered
        ):
            return None
        expel = patterns().get(("verb", "expel"), [])
        return next(
            (
                p.type
                for p in expel
                if not p.with_words or any(o.lemma_.lower() in p.with_words for o in ordered)
            ),
            None,
        )

    def rescue(self, cand: Candidate) -> bool:
        """Whether an evacuation takes people out of harm ("evacuated 400 passengers", "the
        evacuation of residents"): who evacuates others does not retreat (PLOVER RETREAT is an
        actor's own withdrawal: "evacuated its troops" stays one)."""
        tok = cand.tok
        if cand.type != "RETREAT" or tok.lemma_.lower() not in self.words.evacuating_words:
            return False
        if tok.pos_ == "VERB":
            moved = [c for c in children_of(tok) if c.dep_ == "dobj"]
        else:
            moved = [
                p
                for c in children_of(tok)
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in pobjs(c)
            ]
        return bool(moved) and all(
            self.actor_noun(m)
            and m.pos_ == "NOUN"
            and m.lemma_.lower() not in self.words.force_nouns
            and m.lemma_.lower() not in self.words.site_nouns
            for m in moved
        )

    def peacekeeping(self, cand: Candidate) -> bool:
        """Whether forces moved are peacekeepers or observers ("sent medics to act as
        peacekeepers", "posted poll monitors")."""
        head = cand.anchor if cand.anchor is not None else cand.tok
        words = self.words.peacekeeping_words
        return any(t.lemma_.lower() in words or t.lower_ in words for t in subtree_of(head))

    def through_event_object(self, cand: Candidate) -> None:
        """ "signed an agreement with X", "backed aid to the islanders": a verb of a
        joint, giving or asking act whose object is itself an event acts on that event's
        target, not on the event noun (an accusation keeps it: "condemned the attack")."""
        if cand.pattern.pos != "verb":
            return
        framed = cand.pattern.roles in ("sym", "give", "ask") or cand.type == "REJECT"
        for c in children_of(cand.tok):
            inner = self.triggers.get(c.i) if c.dep_ == "dobj" else None
            if not framed and (inner is None or inner.type != "REQUEST"):
                continue  # accepting or refusing a demand acts on who made it
            # asking for an act asks its doer ("demanded an apology from the mayor")
            lent = (inner.source or inner.target) if inner is not None else []
            if (
                cand.pattern.roles != "ask"
                and cand.type != "REJECT"
                and inner is not None
                and not (inner.type == "REQUEST" and inner.source)
            ):
                lent = inner.target  # (refusing talks with X or a request from X refuses X;
                # accepting or refusing a demand acts on who made it)
            if not lent:
                continue
            made = self.nominals.make(c)
            if made and made[0] in cand.target:
                rest = [i for i in cand.target if i != made[0]]
                cand.target = rest + [i for i in lent if i not in cand.source + rest]
            elif any(t.i == c.i for t in cand.extra) and all(
                self.nominals.has(i) for i in cand.target
            ):
                # the pattern's own object ("declined a request from X") is no actor itself
                cand.target = [i for i in lent if i not in cand.source]

    def nest(self, cand: Candidate) -> tuple[Candidate | None, bool]:
        """The outer event this one hangs on, and whether it folds into it.

        A ``to``-complement ("threatened to attack X") or a noun object of a verb of the same
        type ("signed an agreement") folds; a ``that``-clause ("warned that X would attack Y")
        stays an event of its own but lends its actors to an outer event without a target.
        """
        clause = cand.clause
        if clause is None:
            return None, False
        result = self._result_of(cand)
        if result is not None:
            return result, True
        if cand.pattern.pos == "noun" and cand.anchor is None:
            gov = cand.tok.head
            if cand.tok.dep_ == "pobj" and gov.dep_ == "prep":
                gov = gov.head
            outer = self.triggers.get(gov.i) if gov.i != cand.tok.i else None
            if outer is not None and (
                outer.type == cand.type or (outer.extra and outer.extra[0].i == cand.tok.i)
            ):
                return outer, True  # "signed an agreement"; "suspended donations"
            own = self.triggers.get(cand.tok.head.head.i) if cand.tok.dep_ == "compound" else None
            if own is not None and own.extra and own.extra[0].i == cand.tok.head.i:
                return own, True  # "suspended aid donations": the aid is what is suspended
            if outer is not None and cand.tok.dep_ == "pobj":
                return outer, False  # "called for sanctions against X": lends X
        cur = clause
        if cur.dep_ in ("pcomp", "pobj") and cur.head.dep_ == "prep":
            cur = cur.head
        if cur.dep_ == "xcomp" or (cur.dep_ == "prep" and cur.lemma_.lower() in COMPLEMENT_PREPS):
            return self.triggers.get(cur.head.i), True
        if cur.dep_ == "ccomp":
            return self.triggers.get(cur.head.i), False
        return None, False

    def _result_of(self, cand: Candidate) -> Candidate | None:
        """The violent act whose result a participle after it tells ("fired on the boat,
        injuring two sailors", "shelled the town, killing six"): one act, coded once. ``None``
        unless the participle has no subject of its own and hangs on a violent trigger or on a
        verb whose object is one ("repelled an attack, killing dozens")."""
        tok = cand.tok
        while tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.i < tok.i:
            tok = tok.head  # "..., damaging its mast and injuring a sailor"
        if (
            cand.pattern.pos != "verb"
            or cand.type not in VIOLENT_TYPES
            or tok.dep_ != "advcl"
            or tok.tag_ != "VBG"
            or tok.i < tok.head.i
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok))
        ):
            return None
        head = tok.head
        held = [head] + [c for c in children_of(head) if c.dep_ in ("dobj", "nsubjpass")]
        for t in held:
            outer = self.triggers.get(t.i)
            # "repelled an attack, killing dozens" tells the fight's toll and "carried out a
            # raid, targeting X" the raid's aim, but "thwarted an attack, arresting 31 raiders"
            # is an arrest of its own: a participle on a verb whose object is the act folds only
            # into an act of its type or of its actor
            same = (
                t.i == head.i
                or outer is None
                or outer.type == cand.type
                or bool(set(outer.source) & set(cand.source))
            )
            if outer is not None and outer is not cand and outer.type in VIOLENT_TYPES and same:
                return outer
        return None
