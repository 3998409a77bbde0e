"""The arguments of a trigger's own phrase: a verb's subject, objects and prepositions, a noun's
possessor, modifiers and prepositions, and who a to-complement acts on."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ... import lexicon
from ...nlp import children_of, sentence_at, subtree_of
from .actors import ActorFinder
from .blame import CULPRIT_PREPS, culprits
from .syntax import (
    antecedent,
    is_infinitive,
    is_relative,
    leaving,
    meeting_setting,
    of_object,
    pobjs,
)
from .tables import COMPLEMENT_TARGET_PREPS, PLACE_PREPS, ROLES, Roles, words

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class _Args:
    """The arguments of a verb as they are read."""

    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)  # the other conjuncts of a joint subject
    groups: list[list[str]] = field(default_factory=list)  # the target of each object position
    preps: list[bool] = field(default_factory=list)  # whether that position is a prep's object

    def add(self, ids: list[str], prep: bool) -> None:
        self.groups.append(ids)
        self.preps.append(prep)

    def sides(self, each: list[list[str]]) -> None:
        """A joint subject split into its sides: the first acts, the others are its partners."""
        self.source.extend(each[0])
        self.partners.extend(i for g in each[1:] for i in g)


def _skipped(skip: Token | None, verb: Token) -> set[int]:
    """The trigger noun of a light verb or the pattern's own object, and the words between it and
    the verb ("began a round of exercises", "engaged in talks"): no actors."""
    path: set[int] = set()
    t = skip
    while t is not None and t.i != verb.i and t.i not in path:
        path.add(t.i)
        t = t.head
    return path


def _moves_object(verb: Token, roles: Roles, kept: list[Token]) -> bool:
    """Whether the verb's object is what it moves: "deployed troops to X", and "withdrew its
    troops from X" (what one pulls out is moved, unless it names someone: "left Bolivia")."""
    return roles.moves or (
        roles is ROLES["away"]
        and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in kept)
        and (
            any(c.dep_ == "prep" and c.lower_ == "from" for c in subtree_of(verb))
            # "withdrew its troops": forces pulled out are moved, not acted on
            or any(c.dep_ == "dobj" and c.lemma_.lower() in words().force_nouns for c in kept)
        )
    )


def _summing(obj: Token) -> bool:
    """Whether an object stands after the verb's own that-clause and a comma ("alleges that
    he was fired, a claim that ..."): a noun that sums up the clause, no one acted on."""
    if obj.dep_ != "dobj" or obj.i == 0:
        return False
    start = obj.left_edge.i
    return obj.doc[start - 1].lower_ == "," and any(
        c.dep_ == "ccomp" and c.i < start for c in children_of(obj.head)
    )


class ArgumentFinder(ActorFinder):
    """The source and target a trigger's own phrase names."""

    def verb_args(
        self, verb: Token, roles: Roles, skip: Token | None = None
    ) -> tuple[list[str], list[str]]:
        """(source, target) entity ids of a verb's own arguments."""
        path = _skipped(skip, verb)
        args = _Args()
        self._subject_args(verb, roles, path, args)
        kept = [c for c in children_of(verb) if c.i not in path]
        moved = _moves_object(verb, roles, kept)
        has_object = not moved and any(c.dep_ == "dobj" for c in kept)
        # "threatened tariffs on Canada", "imposed sanctions on X": an object that is itself an
        # act (a trigger) is done on the one its "on" phrase names, which the parser hangs on
        # the verb; it is no place
        measure = has_object and all(c.i in self.triggers for c in kept if c.dep_ == "dobj")
        # "On the stump, X complained ...", "At the summit, X accused ...": a phrase set before
        # the subject is the scene of the act, not its other side
        first = min((s.i for s in self.subjects(verb)[0]), default=verb.i)
        kept = [
            c
            for c in kept
            if not (c.dep_ == "prep" and c.i < first and c.i < verb.i) and not _summing(c)
        ]
        if culprit := culprits(verb, self.words.blaming_verbs):
            # "blamed the floods on X": the object is what is blamed, X is accused
            args.add([i for p in culprit for i in self.arg_ids(p)], True)
            kept = [c for c in kept if c.dep_ != "dobj" and c.lower_ not in CULPRIT_PREPS]
        for c in kept:
            if c.dep_ in ("dobj", "dative", "iobj") and c.pos_ != "ADP":
                self._object_args(c, roles, moved, args)
            elif c.dep_ == "agent":
                args.source.extend(self.pobj_ids(c))
            elif c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP"):
                self._prep_args(c, roles, has_object and not (measure and c.lower_ == "on"), args)
        args.target.extend(self._chosen_targets(args, roles))
        if not args.target and not has_object and roles.subject != "target":
            args.target.extend(self._clause_subject_targets(kept, roles))
        if not args.target and not has_object and not any(c.dep_ == "prep" for c in kept):
            args.target.extend(self._shared_object(verb, roles))
        if args.partners:
            # "the US and the rebels signed a truce": the partner, not the truce, is the other side
            real = [i for i in args.target if not self.nominals.has(i)]
            return args.source, [i for i in args.partners + real if i not in args.source]
        return args.source, args.target

    def _shared_object(self, verb: Token, roles: Roles) -> list[str]:
        """ "shot and killed X", "beat and stabbed X": the object of the next verb joined to an
        attack verb with none of its own is the object of both, where both are attacks and
        the next verb has no subject of its own."""
        own = self.triggers.get(verb.i)
        for c in children_of(verb):
            if c.dep_ != "conj" or c.pos_ != "VERB" or c.i < verb.i:
                continue
            other = self.triggers.get(c.i)
            if (
                own is None
                or own.type != "ASSAULT"
                or other is None
                or other.type != own.type
                or any(x.dep_ in ("nsubj", "nsubjpass") for x in children_of(c))
            ):
                return []
            objs = [x for x in children_of(c) if x.dep_ == "dobj"]
            return [i for o in objs for i in self.arg_ids(o)] if roles.subject != "target" else []
        return []

    def _subject_args(self, verb: Token, roles: Roles, path: set[int], args: _Args) -> None:
        subj, passive = self.subjects(verb)
        for s in [lexicon.past_dateline(s, verb, sentence_at(s.doc, s.i)[0]) for s in subj]:
            if s.i in path:
                continue  # "talks were held": the trigger noun is no actor of its light verb
            who = antecedent(verb) if is_relative(s, verb) else s
            if who.i != s.i and who.lemma_.lower() in lexicon.statement_nouns():
                # "a bill that would sanction X": who introduced it
                author = self.author(who)
                if author:
                    args.source.extend(i for a in author for i in self.arg_ids(a, verb))
                    continue
            if who.i in self.triggers and not self.np_ids(who):
                continue  # "sanctions that punish ...", "their talks would ...": an event acts on
                # no one itself; a named modifier ("U.S. airstrikes") still names who acts
            self._subject_arg(s, verb, roles, passive, args)

    def _subject_arg(self, s: Token, verb: Token, roles: Roles, passive: bool, args: _Args) -> None:
        if passive and roles.moves:
            # "medics were flown to the island": the ones moved act, with whoever sent them
            args.source.extend(self.arg_ids(s, verb))
        elif passive or roles.subject == "target":
            args.target.extend(self.arg_ids(s, verb))
        elif roles.joint and not args.source and s.conjuncts:
            args.sides([self.arg_ids(t, verb, conjuncts=False) for t in (s, *s.conjuncts)])
        elif roles.joint and not args.source and (each := self.joint_parts(s)):
            # "UK and EU negotiators agreed", "the navies of Chile and Peru held drills",
            # "Chile and Peru's envoys met": the named sides of the subject
            args.sides(each)
        else:
            args.source.extend(self.arg_ids(s, verb))

    def _object_args(self, c: Token, roles: Roles, moved: bool, args: _Args) -> None:
        if moved and c.dep_ == "dobj":
            # "posted monitors in Malawi": where the moved forces go; "pulled a unit of 50
            # medics out of the region": the forces a container holds
            held = of_object(c, self.words.container_nouns)
            for x in (*children_of(c), *(children_of(held) if held is not None else ())):
                if x.dep_ == "prep" and x.lower_ in roles.target_preps:
                    args.add(self.pobj_ids(x), True)
            return
        if roles.subject == "target":
            args.source.extend(self.arg_ids(c))
            return
        if is_relative(c, c.head) and self.np_ids(antecedent(c.head)):
            # "the union, which the mayor denounced": the relative pronoun stands for the
            # named actor the clause hangs on (a thing is left to its maker's rules)
            args.add(self.arg_ids(c, c.head), False)
            return
        args.add(self.arg_ids(c), False)
        for x in children_of(c):  # "denied entry to a Danish reporter"
            if x.dep_ == "prep" and x.lower_ == "to" and c.i not in self.triggers:
                args.add(self.pobj_ids(x), True)

    def _prep_args(self, c: Token, roles: Roles, has_object: bool, args: _Args) -> None:
        lemma = c.lemma_.lower()
        if lemma in roles.target_preps:
            if not (has_object and lemma in PLACE_PREPS):  # "shot guards at a gate": a place
                args.add(self.pobj_ids(c), True)
        elif roles.subject == "target" and lemma in roles.source_preps:
            args.source.extend(self.pobj_ids(c))

    def _chosen_targets(self, args: _Args, roles: Roles) -> list[str]:
        """The targets of the object positions: those that name an entity beat those that are
        only nominal actors ("demanded an explanation from the mayor" acts on the mayor)."""
        groups = args.groups
        if roles is ROLES["ask"] and any(args.preps):
            # "demanded an apology from the mayor": the object is what is asked for
            groups = [g for g, p in zip(groups, args.preps, strict=True) if p]
        named = [g for g in groups if any(not self.nominals.has(i) for i in g)]
        return [i for g in named or groups for i in g]

    def _clause_subject_targets(self, kept: list[Token], roles: Roles) -> list[str]:
        """ "fined the firm to pay", "ordered the guards to leave": the subject of a to-clause the
        parser hangs on the verb is its object; "demanded that the board resign": a request is
        addressed to the subject of its that-clause; "found the driver guilty": the subject of a
        small clause."""
        out: list[str] = []
        for c in kept:
            if c.dep_ == "ccomp" and (
                is_infinitive(c)
                or c.pos_ in ("ADJ", "NOUN")
                or c.tag_ in ("VBG", "VBN")  # "accept families fleeing the floods"
                or roles is ROLES["ask"]
            ):
                out.extend(
                    i for x in children_of(c) if x.dep_ == "nsubj" for i in self.arg_ids(x, c)
                )
        return out

    def complement_targets(self, verb: Token) -> list[str]:
        """Who a to-complement that is no event itself acts on ("agreed to supply Nepal with
        seeds", "will hand rifles back to Peru"): its indirect object, else its object and
        prepositional objects; named entities before nominal actors."""
        tiers: list[list[Token]] = [[], [], [], []]
        if leaving(verb, self.words.leaving_verbs):
            return []  # "refused to leave the lobby": a place left is no one acted on
        for c in children_of(verb):
            if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP":
                tiers[0].append(c)
            elif c.dep_ == "dobj":
                tiers[1].append(c)
                # "set up a clinic in Accra": where the made thing is, if it names no one
                tiers[3].extend(
                    p
                    for x in children_of(c)
                    if x.dep_ == "prep" and x.lower_ == "in"
                    for p in pobjs(x)
                )
            elif c.dep_ in ("prep", "dative"):
                lemma = c.lemma_.lower()
                if lemma in COMPLEMENT_TARGET_PREPS:
                    tiers[0 if lemma in ("to", "with") else 2].extend(pobjs(c))
                elif lemma in PLACE_PREPS | {"in"}:
                    tiers[3].extend(pobjs(c))
            elif c.dep_ in ("ccomp", "xcomp") and (
                is_infinitive(c)
                or c.tag_ == "VB"
                or (c.dep_ == "ccomp" and not any(x.dep_ == "mark" for x in children_of(c)))
            ):  # "allow medics (wider) access": the parser's small clause
                # "refused to let the ferries dock", "help the two camps strike a deal"
                tiers[0].extend(x for x in children_of(c) if x.dep_ == "nsubj")
        lemma = verb.lemma_.lower()
        phrasal = " ".join([lemma, *(c.lower_ for c in children_of(verb) if c.dep_ == "prt")])
        if tiers[3] and (
            lemma in self.words.creating_verbs or phrasal in self.words.creating_verbs
        ):  # "set up a clinic in Accra": the made thing is no one acted on, the place is
            tiers = [tiers[0], tiers[3], tiers[2], tiers[1]]
        # "agreed to attend the summit in Oslo": where a meeting is held is its setting
        meets = self.words.meeting_nouns
        setting = {
            i
            for t in tiers[1]
            if t.lemma_.lower() in meets
            for x in (
                *children_of(t),
                *children_of(verb),  # "attend a session in Oslo": the parse hangs it on the verb
                *(
                    y
                    for c in children_of(t)
                    if c.dep_ == "prep" and c.lower_ == "of"
                    for p in pobjs(c)
                    for y in children_of(p)
                ),
            )
            if meeting_setting(x, meets)
            for p in pobjs(x)
            for i in self.arg_ids(p)
        }
        found = [
            [i for t in tier for i in self.arg_ids(t, nominal=False) if i not in setting]
            for tier in tiers
        ]
        if not found[1]:  # "settle the feud between Chad and its neighbours"
            found[1] = [
                i
                for t in tiers[1]
                for c in children_of(t)
                if c.dep_ == "prep" and c.lower_ == "between"
                for p in pobjs(c)
                for i in self.arg_ids(p, nominal=False)
            ]
        for ids in found:
            if ids:
                return ids
        for tier in tiers[:2]:
            # a meeting attended is no one either ("will attend the summit")
            ids = [
                i
                for t in tier
                if t.lemma_.lower() not in self.words.meeting_nouns
                for i in self.arg_ids(t)
            ]
            if ids:
                return ids
        return []

    def _doer(self, noun: Token) -> list[str]:
        """A noun that names the doer ("Peru's donors", ``follower_nouns``): its apposition
        ("Peru's donor, Chile", "Chile, Peru's donor") or itself; its possessor is then the one
        it gives to or backs, as the object of the verb it comes from, not the doer."""
        if not self.follower(noun):
            return []
        named = [i for c in children_of(noun) if c.dep_ == "appos" for i in self.np_ids(c)]
        if not named and noun.dep_ == "appos":
            own = {i for t in subtree_of(noun) for i in self.token_ids(t)}
            named = [i for i in self.np_ids(noun.head) if i not in own]
        return named or self.nominals.make(noun)

    def noun_args(self, noun: Token, roles: Roles) -> tuple[list[str], list[str], list[str]]:
        """(source, target, modifiers): a noun's own actors, and the entities of its name or
        nationality modifiers ("EU tariffs", "Japanese aid"), a fallback source."""
        source: list[str] = []
        target: list[str] = []
        modifiers: list[str] = []
        possessed = any(c.dep_ == "poss" for c in children_of(noun))
        doer = self._doer(noun) if possessed else []
        source.extend(doer)
        for c in children_of(noun):
            dep = c.dep_
            if dep == "poss":
                if roles.joint and self.reciprocal(c):
                    continue  # "their partnership": both parties, not one entity
                own = roles.possessor == "source" and not doer
                (source if own else target).extend(self.arg_ids(c))
            elif dep in ("compound", "amod", "nmod"):
                modifiers.extend(self.np_ids(c, top=False))
            elif dep == "prep":
                lemma = c.lemma_.lower()
                objs = pobjs(c)
                if (
                    lemma == "between"
                    and len(objs) == 1
                    and not objs[0].conjuncts
                    and any(x.dep_ == "poss" and self.reciprocal(x) for x in children_of(objs[0]))
                ):
                    continue  # "cooperation between their coast guards": the two of them
                pobj_ids = [i for p in objs for i in self.arg_ids(p)]
                if lemma == "between":
                    source.extend(pobj_ids[:1])
                    target.extend(pobj_ids[1:])
                elif lemma == "of":
                    if roles.of == "target" and all(self.nominals.has(i) for i in pobj_ids):
                        # "a halt of ferry links with nine states": who the links are with
                        pobj_ids = [
                            i
                            for p in objs
                            for x in children_of(p)
                            if x.dep_ == "prep" and x.lower_ == "with"
                            for q in pobjs(x)
                            for i in self.arg_ids(q, nominal=False)
                        ] or pobj_ids
                    if roles.of == "source" and possessed and roles.possessor == "source":
                        target.extend(pobj_ids)  # "Peru's support of Okafor": Okafor is helped
                    elif roles.of == "source":
                        source.extend(pobj_ids)
                    elif roles.of == "target":
                        target.extend(pobj_ids)
                elif lemma in roles.source_preps or (lemma == "from" and roles is ROLES["ask"]):
                    source.extend(pobj_ids)  # "a plea from the union": the union asks
                elif lemma in roles.target_preps and lemma != "at":
                    # "the shootings at a law firm", "a protest at the ministry": a noun's "at"
                    # phrase says where it happened (a verb's "fired at X" aims at X)
                    target.extend(pobj_ids)
        return source, target, modifiers
