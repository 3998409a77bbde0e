"""Who is on each side of an act: the source and target of a candidate once its own arguments
are found (a state's unnamed agents, where aid goes, the place an act happens in, the one a
denial answers, whom a thing acted on concerns)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp import children_of, pos_of, sentence, subtree_of
from ..nominals import age_noun
from .identities import Identities
from .linking import Linker
from .makers import Makers, demonstrative
from .modes import ModeReader
from .owners import Owners
from .places import Placer
from .reach import NEAR, Reach
from .syntax import (
    first_conjunct,
    in_place_phrase,
    only_modifier,
    pobjs,
    reduced_passive,
    role_noun,
)
from .tables import (
    LOCATIVE_PREPS,
    PERSONAL_PRONOUNS,
    ROLES,
    STATE_ACTS,
    VERBAL_TYPES,
    Candidate,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...types import Entity


def _core_argument(tok: Token) -> bool:
    """Whether a name is a verb's subject or object, itself or as a conjunct of one ("endorsed
    Ruiz, Baptiste and Ortega"): one acted on or acting, no place phrase."""
    return first_conjunct(tok).dep_ in ("dobj", "iobj", "nsubj", "nsubjpass")


# acts of giving or moving forces: troops given to a body's force go to where it serves too
FORCE_GIVING_TYPES = frozenset({"AID", "AGREE", "MOBILIZE"})
# a meeting with people somewhere is with them, the place is only where it was held ("met
# students in Lima" meets no one of Lima), unlike a protest or an arrest of a city's people
MET_IN_PLACE_TYPES = frozenset({"CONSULT"})
# determiners of anyone at all of a kind ("any candidate", "every visitor")
FREE_CHOICE = frozenset({"any", "every", "whichever", "whatever"})


class Sider(ModeReader, Placer, Reach, Linker, Makers, Owners, Identities):
    """Picks the actors on each side of a candidate."""

    def _actors(self, cand: Candidate) -> tuple[list[str], list[str], str | None] | None:
        """(source, target, the place an actor was found in), or None when no one acts."""
        # "a man was shot ... He was identified as X": X
        source = self.identified(
            list(dict.fromkeys(cand.source or self.attack_agent(cand))), False, cand
        )
        target = [
            i
            for i in self.identified(list(dict.fromkeys(cand.target)), True, cand)
            if i not in source
        ]
        target = self._people_not_places(cand, target)
        if source and self._device_subject(cand):
            source = []  # "it went off and struck the girl": the gun, no attacker
        source = source or self.named_attacker(cand, target)
        if not source and not target:
            return None
        placed: str | None = None
        if not source and cand.type in STATE_ACTS:
            source, placed = self._state_agent(cand, target)
        if source:
            target, placed = self._targets(cand, source, target, placed)
            if target and set(target) <= self._own_site_places(cand):
                target, placed = [], None  # "shut down its mines in Zenda": Zenda not coerced
        target = self._harmed_not_places(cand, source, target)
        if cand.type == "RETREAT" and cand.pattern.roles == "away":
            # "withdrew from its base": one's own site left is no side
            sent = sentence(cand.tok)
            target = [i for i in target if not self._left_place(i, sent)]
        if (
            not source
            and all(self.nominals.has(i) for i in target)
            and not self._told_arrest(cand)
            and not self.told_wounding(cand, target)
        ):
            return None  # "the raid was condemned", "the jailed bloggers": no one acts
        if target and not (target := self.held_targets(cand, source, target)):
            return None  # "shelled the islands": no holder named, no one acted on
        speaker = [] if self._named_by_the_act(cand) else self.reporter(cand)
        if speaker:
            source = list(dict.fromkeys(speaker + source))
        return source, target, placed

    def _left_place(self, eid: str, sent: Span) -> bool:
        """Whether ``eid`` is the actor's own site a retreat leaves, no side of it: a site noun
        (``site_nouns``) owned by "its/their" (``own_possessives``: "withdrew from its base",
        "pulled back from their camp"); a place or a site of another stays."""
        heads = self.generic_heads(eid, sent)
        return bool(heads) and all(
            h.lemma_.lower() in self.words.site_nouns
            and any(
                c.dep_ == "poss" and c.lower_ in self.words.own_possessives for c in children_of(h)
            )
            for h in heads
        )

    def _device_subject(self, cand: Candidate) -> bool:
        """Whether an attack verb shares its subject with a verb of a device before it
        (``device_verbs``: "it went off and struck X", "the rifle discharged and hit X")."""
        tok = cand.tok
        if cand.type != "ASSAULT" or tok.dep_ != "conj" or tok.head.pos_ != "VERB":
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(tok)):
            return False
        head = tok.head
        parts = [c.lower_ for c in children_of(head) if c.dep_ == "prt"]
        said = " ".join([head.lemma_.lower(), *parts])
        return said in self.words.device_verbs or head.lemma_.lower() in self.words.device_verbs

    def _people_not_places(self, cand: Candidate, target: list[str]) -> list[str]:
        """``target`` without the streets and towns beside a person in it ("a man was arrested
        on Oak Street", "a Dayton man was arrested in Toledo"): an act on a person happens on
        a street or in a town, it is not done to them; a town the sentence names as acted on
        stays ("shelled the town and its mayor"), and so does a country (a state is acted on)."""
        if not any(self._person_side(i) for i in target):
            return target
        sent = sentence(cand.tok)
        return [i for i in target if not self._setting(i, sent)]

    def _person_side(self, eid: str) -> bool:
        """Whether ``eid`` is a named person or a nominal side whose head is a noun of one
        person ("the man", "a teen"; ``resident_nouns``)."""
        ent = self.state.entity(eid)
        if ent is not None and ent.type == "PERSON":
            return True
        heads = self._noun_heads(eid)
        return bool(heads) and all(
            h.lemma_.lower() in self.words.resident_nouns or age_noun(h) for h in heads
        )

    def _harmed_not_places(
        self, cand: Candidate, source: list[str], target: list[str]
    ) -> list[str]:
        """The people an attack's participle of harm names ("fired into a diner in X,
        wounding three customers": the customers), for a target that is only where the
        attack happened (a town or a building in a place phrase): the people hurt are the
        ones attacked, the place is where."""
        tok = cand.tok
        if cand.type != "ASSAULT" or cand.pattern.pos != "verb" or not target:
            return target
        sent = sentence(tok)
        if not all(self._setting(i, sent) or self._land_noun(i) for i in target):
            return target
        harm = self.words.wounding_verbs | self.words.harming_verbs
        hurt = [
            i
            for c in children_of(tok)
            if c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.i > tok.i
            and c.lemma_.lower() in harm
            and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in children_of(c))
            for o in children_of(c)
            if o.dep_ == "dobj"
            for i in self.arg_ids(o, c)
        ]
        people = [i for i in dict.fromkeys(hurt) if i not in source]
        return people if people and all(self.someone(i) for i in people) else target

    def _land_noun(self, eid: str) -> bool:
        """Whether ``eid`` is a nominal side named by common nouns of land only, in a place
        phrase ("in the town", "near a village": ``land_nouns``; "torched a village" acts on
        it, and a ship or a camp is a target of its own)."""
        heads = self._noun_heads(eid)
        return bool(heads) and all(
            h.pos_ != "PROPN" and h.lemma_.lower() in self.words.land_nouns and in_place_phrase(h)
            for h in heads
        )

    def someone(self, eid: str) -> bool:
        """Whether ``eid`` names someone who can be acted on: no nominal thing, or a noun of
        one person ("the teenager": ``resident_nouns``) or of a member of a force ("a
        trooper": a role of the gazetteer's roles.tsv). Not ``not ActorKinds.thing``: a thing
        by ``actor_nouns`` is still someone when its heads are such nouns of a person."""
        if not self.thing(eid) or self._person_side(eid):
            return True
        heads = self._noun_heads(eid)
        return bool(heads) and all(role_noun(h) for h in heads)

    def _setting(self, eid: str, sent: Span) -> bool:
        """Whether ``eid`` is a facility (a street, a building), or a place that is no country,
        or a body named for its building ("Mercy Hospital", "Union High School": a name that
        ends in a ``site_nouns`` word), that ``sent`` names only in a place phrase or as the
        modifier of a noun ("was shot at Mercy Hospital": where, not who; a name the tagger
        took for a facility in a list of people acted on, "endorsed Ruiz, Baptiste and Ortega",
        is one of them)."""
        ent = self.state.entity(eid)
        if ent is None:
            return False
        spans = self.setting_spans(ent, sent)
        if ent.type == "FAC":
            return not any(s is not None and _core_argument(s.root) for s in spans)
        building = ent.type == "ORG" and ent.name.split()[-1].lower() in self.words.site_nouns
        if (ent.type not in ("GPE", "LOC") and not building) or self._country(eid):
            return False
        return bool(spans) and all(
            s is not None and (in_place_phrase(s.root) or only_modifier(s)) for s in spans
        )

    def without_modifiers(self, side: list[str], sent: Span) -> list[str]:
        """``side`` without the words that only say what a person is (``one_person_modifier``),
        when another actor stays on the side: "the Republican nominee" named alone is the
        party's side ("Democratic Sen. X": X)."""
        kept = [i for i in side if not self.one_person_modifier(i, sent)]
        return kept if kept else side

    def one_person_modifier(self, eid: str, sent: Span) -> bool:
        """Whether ``eid`` is a party's word (``politics_words``) that ``sent`` names only as the
        modifier of a noun of one person ("the Republican nominee", "a Democratic senator"):
        the adjective says what the person is, the person is the side."""
        ent = self.state.entity(eid)
        if ent is None or ent.type != "NORP" or ent.name.lower() not in self.words.politics_words:
            return False
        spans = self.mention_spans(ent, sent)
        return bool(spans) and all(
            s is not None and only_modifier(s) and s.root.head.tag_ == "NN" for s in spans
        )

    def setting_spans(self, ent: Entity, sent: Span) -> list[Span | None]:
        """The spans of ``ent``'s mentions in ``sent`` (``mention_spans``) but in a dateline
        ("GARY, Ind. - A man was shot in Gary": the dateline is where the story was filed)."""
        return [
            s
            for s in self.mention_spans(ent, sent)
            if s is None or not self._in_dateline(s.start_char)
        ]

    def told_wounding(self, cand: Candidate, target: list[str]) -> bool:
        """Whether the candidate tells force on a person in the passive with no attacker named
        ("a teen was shot", "the victim was found stabbed", "four people were shot"):
        news tell shootings and stabbings so, and event data code them as an attack by someone
        unnamed (PLOVER ASSAULT; ``*`` in the gold's guideline). A verb that also tells harm
        from a crash or a fall ("killed", "wounded": ``harming_verbs``) counts beside a word of
        a gun or a blade in its sentence (``weapon_marks``); the one hurt is told by a noun of
        a person (``resident_nouns``, ``victim_nouns``, an age: "a 17-year-old"): one person,
        or people counted ("four people were shot"), not a bare plural nor a count over a time
        ("pupils wounded by gunfire", "nine teens have been shot since the spring": a
        tally, no one act). So is force by "someone" on people ("someone opened fire on the
        family": ``unknown_people``). A story tells its unnamed attack once: after an attack the
        document has coded, "the victim was shot three times" retells it; so does a clause
        that tells the attack itself ("two people were killed when X stormed the hotel": the
        storming is the act)."""
        if any(e.type == "ASSAULT" for e in self.emitted):
            return False
        tok = cand.tok
        if any(
            (told := self.triggers.get(t.i)) is not None and told.type == "ASSAULT"
            for c in children_of(tok)
            if c.dep_ == "advcl"
            for t in subtree_of(c)
        ):
            return False
        lemma = tok.lemma_.lower()
        if cand.type != "ASSAULT" or cand.pattern.pos != "verb" or tok.pos_ != "VERB":
            return False
        subjects, passive = self.subjects(tok)
        if (
            subjects
            and not passive
            and all(s.lower_ in self.words.unknown_people for s in subjects)
        ):
            return bool(target) and all(self._person_side(i) for i in target)
        if lemma not in self.words.wounding_verbs and (
            lemma not in self.words.harming_verbs or self.unarmed(cand)
        ):
            return False
        people = self.words.resident_nouns | self.words.victim_nouns
        return (
            (passive or ROLES[cand.pattern.roles].subject == "target" or reduced_passive(tok))
            and bool(subjects)
            # the ones hurt (a thing beside them is none: "shot to death"), no place ("was
            # shot at at his home": where, no side)
            and all(self._person_side(i) or self._hurt_noun(i) or self.thing(i) for i in target)
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in children_of(tok))
            and all(
                (age_noun(s) or (s.pos_ == "NOUN" and (s.lemma_.lower() in people or role_noun(s))))
                and (s.tag_ != "NNS" or any(c.dep_ == "nummod" for c in children_of(s)))
                for s in subjects
            )
        )

    def _named_by_the_act(self, cand: Candidate) -> bool:
        """Whether the source of an attack is named only by nouns of the act itself ("the
        attackers", "the gunmen"; ``attacker_nouns``): those are the ones a speaker tells of,
        never the speaker's own group ("the attackers shot residents, said X": X reports)."""
        if cand.type != "ASSAULT" or not cand.source:
            return False
        sent = sentence(cand.tok)
        heads = [h for i in cand.source for h in self.generic_heads(i, sent)]
        return bool(heads) and all(h.lemma_.lower() in self.words.attacker_nouns for h in heads)

    def _hurt_noun(self, eid: str) -> bool:
        """Whether ``eid`` is a nominal side whose head is a noun of a person hurt ("the
        victim", "an infant": ``victim_nouns``)."""
        heads = self._noun_heads(eid)
        return bool(heads) and all(h.lemma_.lower() in self.words.victim_nouns for h in heads)

    def attack_agent(self, cand: Candidate) -> list[str]:
        """The attacker of a passive verb of harm with no agent of its own, named by the
        attack noun of its "in" phrase ("was wounded in an attack by X", "were hurt in a
        shooting by X": the one who wounded them is X), else ``[]``."""
        tok = cand.tok
        if cand.type != "ASSAULT" or cand.pattern.pos != "verb" or not self.subjects(tok)[1]:
            return []
        return [
            i
            for c in children_of(tok)
            if c.dep_ == "prep" and c.lower_ == "in"
            for p in pobjs(c)
            if (noun := self.triggers.get(p.i)) is not None
            and noun.type == "ASSAULT"
            and any(b.dep_ == "prep" and b.lower_ == "by" for b in children_of(p))
            for i in noun.source
        ]

    def unarmed(self, cand: Candidate) -> bool:
        """Whether the sentence of an attack told by a verb of harm names no gun or blade
        (``weapon_marks``): "died of his wounds in hospital" retells harm from an act told
        elsewhere, "died of gunshot wounds" tells a shooting."""
        marks = self.words.weapon_marks
        return not any(t.lemma_.lower() in marks for t in sentence(cand.tok) if t.i != cand.tok.i)

    def _told_arrest(self, cand: Candidate) -> bool:
        """Whether the candidate tells an arrest of people in a passive clause ("Eleven people
        were detained"): news tell arrests without naming the police, and event data code them
        (not "the jailed bloggers", a state they are in)."""
        tok = cand.tok
        return (
            cand.type == "COERCE"
            and cand.pattern.pos == "verb"
            and any(c.dep_ == "auxpass" for c in children_of(tok))
            # (not a relative: "X's nephew was arrested" names no one arrested)
            and any(
                c.dep_ == "nsubjpass" and self.actor_noun(c) and not self.relative(c)
                for c in children_of(tok)
            )
        )

    def _state_agent(self, cand: Candidate, target: list[str]) -> tuple[list[str], str | None]:
        """ "was detained in Chad", "freed from jail in Mali": an arrest or a release whose agent
        is not named is the act of the state it happens in (still its place too); a named
        person's, with no place named, of the country the story is about (named most before
        the sentence)."""
        place = self.location(cand, set(target))
        ent = self.state.entity(place)
        if ent is not None and ent.type == "GPE":
            return [ent.id], ent.id
        if (
            target
            and not any(self.nominals.has(i) for i in target)
            and all((e := self.state.entity(i)) is not None and e.type == "PERSON" for i in target)
            and not place
        ):
            # "Bazoum remains detained" in a story about Niger: a named person held where the
            # story is, by the state it named most before the sentence (none in its first)
            start = sentence(cand.tok)[0].idx
            topic = self._topic(self._countries(), start)
            if topic is not None and topic not in target:
                return [topic], None
        return [], None

    def _targets(
        self, cand: Candidate, source: list[str], target: list[str], placed: str | None
    ) -> tuple[list[str], str | None]:
        """The target of an act with a source: where aid is used, the place an act with no one
        on the other side happens in, who a thing acted on concerns, who the act reaches; a
        nominal target placed somewhere stands for its place."""
        actors = set(source)
        verbal = cand.type in VERBAL_TYPES
        if not target and cand.type == "AID" and (used_in := self.aid_place(cand, actors)):
            # "gave $20 million for relief in southern Chad", "funds to fight the outbreak in
            # East Africa": aid goes to where it is used
            target = [used_in]
        elif (
            target
            and cand.type in FORCE_GIVING_TYPES
            and self._to_a_force(target, sentence(cand.tok))
            and (used_in := self.aid_place(cand, actors)) is not None
        ):
            # "sent troops to the UN force in South Sudan": peacekeepers go to the country they
            # serve in as well as to the body that leads them (CAMEO 074)
            target = list(dict.fromkeys([*target, used_in]))
        if (
            not target
            and not verbal
            and (where := self.area(self.location(cand, actors, own=True)))
            and self._partner_place(cand, where)
        ):
            # "declared a truce in Mali", "imposed curfews in Lagos": an act with no one named
            # on the other side acts on the country, region or city it happens in (a place of
            # the trigger's own clause)
            target, placed = [where], where
        if (
            target
            and self._denial(cand)
            and all(self.nominals.has(i) for i in target)
            and not all(self.thing(i) for i in target)
            and (accuser := self._accuser(cand, source))
        ):
            # "Russia denied that its crew cut the cable" after the navy said so: the denial
            # answers the navy, not the crew its claim was about
            target = accuser
        if target and all(self.thing(i) for i in target):
            target, placed = self._thing_targets(cand, source, target, placed)
        if not target and cand.pattern.deed_named:
            # "called the shelling 'a crime'": aimed at who did the act it names, else no one
            target = [i for t in cand.extra for i in self.doers(t, actors)]
        if not target and self._denial(cand) and not self.denied_here(cand):
            # "Russia denied that its ship cut the cable", "rejected the claims": a denial is
            # aimed at who made the claim, not at what the claim is about (CAMEO 12)
            target = self._accuser(cand, source)
        if not target:
            target = self.reach(cand, actors)
        if not target:
            # "suspended the pact after X launched a satellite", "warned that it would respond
            # to X's closure of the border": aimed at whose act it answers (.makers)
            target = self.answered(cand, actors)
        if not target:
            target = self.rivalled(cand, source)  # "his rival, Ana Ruiz, conceded": to him
        if all(self.nominals.has(i) for i in target) and not self.denied_here(cand):
            # "X blamed Y ... Y had refused to drop a demand": Y refuses X
            target = list(dict.fromkeys([*target, *self.counterpart(cand, source)]))
        if (
            not target
            and not verbal
            and (where := self.area(self.subject_place(cand, actors)))
            and self._partner_place(cand, where)
        ):
            target, placed = [where], where  # "farmers in Tulsa blocked a road": Tulsa
        if target:
            sent = sentence(cand.tok)
            # "will see any envoy who comes": anyone at all is no actor
            target = [i for i in target if not self._anyone(i, sent)]
            # one person is no group coded by its place: "shot a man in Dayton" is an act on
            # the man, unnamed, not on the town
            target = list(
                dict.fromkeys(
                    (
                        None
                        if self._one_person_noun(i) or cand.type in MET_IN_PLACE_TYPES
                        else self._body_place(i, sent, self.whereabouts(i, sent, actors))
                    )
                    or i
                    for i in target
                )
            )
        # "dismissed a newspaper report" ... "The report, published by X": who made the claim,
        # report or charge is acted on too (.makers); the thing stays
        target = list(dict.fromkeys([*target, *self.makers(cand, actors)]))
        if all(self.nominals.has(i) for i in target):
            # "demanded the release of the 14 crew members": asked of whoever holds them
            target = list(dict.fromkeys([*target, *self.holders(cand, source)]))
        return target, placed

    def _to_a_force(self, target: list[str], sent: Span) -> bool:
        """Whether a side named in ``sent`` is a body named before a force it leads ("the NATO
        force", "the UN-led security force": ``force_nouns``)."""
        for eid in target:
            ent = self.state.entity(eid)
            for span in self.mention_spans(ent, sent) if ent is not None else []:
                if span is None:
                    continue
                head = span.root
                for _ in range(2):  # "the UN-led force": through the participle
                    if head.dep_ not in ("compound", "amod", "nmod", "poss", "npadvmod"):
                        break
                    head = head.head
                    if head.lemma_.lower() in self.words.force_nouns:
                        return True
        return False

    def _anyone(self, eid: str, sent: Span) -> bool:
        """Whether a nominal actor is anyone at all of a kind ("any candidate", "every
        visitor", ``FREE_CHOICE``): no one the story names or could."""
        return self.nominals.has(eid) and any(
            c.dep_ == "det" and c.lower_ in FREE_CHOICE
            for h in self.generic_heads(eid, sent)
            for c in children_of(h)
        )

    def _body_place(self, eid: str, sent: Span, place: str | None) -> str | None:
        """The place a nominal side is in, unless a body of a state or its people of office sit
        in a city or region the gazetteer places inside a country ("the authorities in Porto",
        "ministers in Lisbon": every head a word of ``state_body_words`` or ``person_words``):
        they are seated there, the city is not them (a country stands for its state's bodies);
        nor is the town or region a body of no state sits in ("the council in Tarvo": the
        council, ``seated_body_word``)."""
        ent = self.state.entity(place) if place is not None else None
        if ent is None or self._country(ent.id):
            return place  # a country
        heads = self.generic_heads(eid, sent)
        if heads and all(self.seated_body_word(h.lemma_.lower()) for h in heads):
            return None
        if ent.country is None:
            return place  # a place not known to lie in a country
        officials = self.words.state_body_words | self.words.person_words
        if heads and all(h.lemma_.lower() in officials for h in heads):
            return None
        return place

    def _own_site_places(self, cand: Candidate) -> set[str]:
        """The places a coercive act on the actor's own thing happens in ("the firm shut down
        its mines in Zenda": Zenda), none when the thing is not its own. The object is owned by
        "its/their" (``own_possessives``) with no noun between the subject and it, so the
        subject is the owner: closing one's own sites coerces no one in the place they are in
        ("closed its border with X" still acts on X)."""
        tok = cand.tok
        if cand.type != "COERCE" or tok.pos_ != "VERB":
            return set()
        subj, passive = self.subjects(tok)
        if passive or not subj:
            return set()
        tags = pos_of(tok.doc)
        owned = [
            o
            for o in children_of(tok)
            if o.dep_ == "dobj"
            and any(
                p.dep_ == "poss"
                and p.lower_ in self.words.own_possessives
                and not any(
                    tags[k] in ("NOUN", "PROPN", "PRON") for s in subj for k in range(s.i + 1, p.i)
                )
                for p in children_of(o)
            )
        ]
        if not owned:
            return set()
        return {
            i
            for h in (tok, *owned)
            for c in children_of(h)
            if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPS
            for i in self.pobj_ids(c)
            if self.area(i)
        }

    def _partner_place(self, cand: Candidate, eid: str) -> bool:
        """Whether the place an act happens in may stand on its other side: a meeting "in Oslo"
        is held there, not with Oslo (a meeting in a country may be with its government)."""
        return cand.type != "CONSULT" or self._country(eid)

    def _thing_targets(
        self, cand: Candidate, source: list[str], target: list[str], placed: str | None
    ) -> tuple[list[str], str | None]:
        """ "disputed stories that ran in the Globe", "broke the truce in Darfur": a thing is
        acted on for whom it concerns or where it is."""
        heads = [t for i in target for t in self.generic_heads(i, sentence(cand.tok))]
        if any(self.relative(h) for h in heads):
            return target, placed  # "arrested the nephew of X": a person unnamed, X is not him
        # "a meeting of the board in Oslo": the city a meeting is held in is not met with
        inner = [
            i
            for i in self.inner_actors(heads, set(source))
            if not self.area(i) or self._partner_place(cand, i)
        ]
        if inner and not all(self.nominals.has(i) for i in inner):
            return inner, placed
        doers = [i for h in heads for i in self.doers(h, set(source))]
        if doers:
            # "welcomed the agreement": its parties (a plain noun near it, "welcomed the
            # agreement in a post", is no party)
            return list(dict.fromkeys(doers)), placed
        if self._denial(cand):
            # "rejected that claim": the one who made it, else who accused the denier
            claimed = [i for h in heads if demonstrative(h) for i in self.claimant(h, set(source))]
            return claimed or self._accuser(cand, source), placed
        if owners := self._owners(heads, set(source)):
            return owners, placed  # "agreed to back his budget": the budget's owner
        if inner:
            return inner, placed
        if (
            cand.type not in VERBAL_TYPES
            and (where := self.area(self.location(cand, set(source), own=True)))
            and self._partner_place(cand, where)
        ):
            return [where], where
        return target, placed

    def credited(self, eid: str) -> bool:
        """Whether the entity is named only in a byline ("By Jane Doe"), the rest of its
        mentions pronouns: the writer is no actor of the story, so a "her" linked to the byline
        stands for someone of the story the coder cannot place, and that side is left out."""
        spans = [f.span for f in self.state.meta.flags if f.kind == "byline"]
        ent = self.state.entity(eid) if spans else None
        if ent is None:
            return False

        def inside(start: int, end: int) -> bool:
            return any(s.start <= start and end <= s.end for s in spans)

        return any(inside(m.start, m.end) for m in ent.mentions) and all(
            inside(m.start, m.end) or m.text.lower() in PERSONAL_PRONOUNS for m in ent.mentions
        )

    def private_visit(self, cand: Candidate) -> bool:
        """Whether a visit is to one's own kin or friends ("was visiting relatives", "visited
        her grandparents"): private life, no consultation between actors (CAMEO 04, 042 "make
        a visit", is between actors); ``relative_nouns`` and ``company_nouns``."""
        if cand.type != "CONSULT" or cand.tok.lemma_.lower() != "visit":
            return False
        if cand.tok.pos_ == "VERB":
            visited = [c for c in children_of(cand.tok) if c.dep_ == "dobj"]
        else:
            visited = [o for c in children_of(cand.tok) if c.lower_ == "to" for o in children_of(c)]
        kin = self.words.relative_nouns | self.words.company_nouns
        return bool(visited) and all(v.pos_ == "NOUN" and v.lemma_.lower() in kin for v in visited)

    def _denial(self, cand: Candidate) -> bool:
        """Whether the candidate denies or rejects what another said (``denying_verbs``)."""
        return cand.type == "REJECT" and cand.tok.lemma_.lower() in self.words.denying_verbs

    def _accuser(self, cand: Candidate, source: list[str]) -> list[str]:
        """Who made the claim a denial rejects: the source of the latest earlier accusation of
        the denier, else the speaker of the latest earlier words (not the denial's own report)
        that name the denier, within ``NEAR`` characters; ``[]`` when none."""
        at = cand.tok.idx
        own = set(source) | set(self.linked(list(source), at))
        names = {self._name(i) for i in own} - {None}
        for e in reversed(self.emitted):
            if e.trigger.start >= at or at - e.trigger.start > NEAR:
                continue
            if e.type == "ACCUSE" and own & set(self.linked(list(e.target), at)):
                if found := [i for i in e.source if i not in own]:
                    return found
                break
        latest = sorted(
            self.state.attributions, key=lambda a: -a.content[0].start if a.content else 0
        )
        for a in latest:
            if not a.content or a.speaker is None or a.speaker in own:
                continue
            start, end = a.content[0].start, a.content[-1].end
            if end > at or at - end > NEAR:
                continue
            named = {i for _, i in self.state.mentions_in(start, end)}
            named |= set(self.linked(list(named), at))
            if own & named or names & {self._name(i) for i in named}:
                return [a.speaker]
        return []

    def _name(self, eid: str) -> str | None:
        """The lower-case name of an entity, or of a nominal actor's head words."""
        ent = self.state.entity(eid)
        if ent is not None:
            return ent.name.lower()
        heads = self.nominals.head_tokens(eid) if self.nominals.has(eid) else []
        return heads[0].lower_ if heads else None

    def _owners(self, heads: list[Token], exclude: set[str]) -> list[str]:
        """The named owner of a thing by its possessive ("his budget", "Chile's plan"): the
        people or body it belongs to; ``[]`` when none."""
        found: list[str] = []
        for h in heads:
            for c in children_of(h):
                if c.dep_ == "poss":
                    ids = self.token_ids(c) or self.pronoun_ids(c)
                    found.extend(i for i in ids if i not in exclude and not self.nominals.has(i))
        return list(dict.fromkeys(found))
