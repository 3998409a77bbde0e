"""Who an argument names: the entities of a token's noun phrase, its conjuncts, a pronoun or a
nominal actor, and the subject a verb has or borrows. The base of the coder's parts (with the
kinds of actors, :mod:`.kinds`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicon
from ...gazetteer import Gazetteer
from ...nlp import (
    char_tokens,
    children_of,
    sentence,
    sentence_before,
    sentence_chars,
    subtree_of,
    tokens_of,
)
from ...sectors import noun_sectors
from ..entities import Resolver
from ..nominals import age_noun
from .binding import addressees_of, reported_relative
from .kinds import ActorKinds
from .syntax import (
    antecedent,
    first_conjunct,
    included,
    is_infinitive,
    is_relative,
    loose_apposition,
    meeting_setting,
    of_object,
    path_up,
    personal_stance,
    pobjs,
    role_noun,
    stray_subject,
)
from .tables import (
    CLAUSE_DEPS,
    FRAME_PREPS,
    NP_DEPS,
    OBJECT_PRONOUNS,
    PRONOUN_LABELS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ...types import Entity


def _clause_in_frame(verb: Token) -> Token | None:
    """The subject of a clause the parser read as a noun phrase of a frame preposition and a
    finite verb hung on the main one ("won after his rival, Ana Ruiz, conceded": Ana Ruiz
    concedes, not the winner): the noun right before the verb, when no "and" or "or" joins
    the two verbs."""
    head = verb.head
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("cc", "preconj") for c in (*children_of(head), *children_of(verb))
    ):
        return None
    j = verb.i - 1
    while j > head.i and verb.doc[j].is_punct:
        j -= 1
    noun = verb.doc[j]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    root = noun
    while root.dep_ == "appos" and root.head.i < root.i:
        root = root.head
    prep = root.head
    framed = (
        noun.pos_ in ("NOUN", "PROPN")
        # a comma before the verb closes an apposition, else it ends the frame ("seized the
        # town after a siege, killed ten guards": the rebels kill)
        and (j == verb.i - 1 or noun.dep_ == "appos")
        and root.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.lower_ in FRAME_PREPS
        and head.i < prep.i
        # "won after ...", "declared victory after ...": on the main verb or its object
        and (prep.head.i == head.i or prep.head.head.i == head.i)
    )
    return noun if framed else None


# "the two" names the two people of a few sentences when the one before named only one of them
TWO_BACK = 2
# the sectors of criminals and of refugees (``sectors.tsv``): a nationality beside them names no
# country (neither act for the state they come from or fled, nor is it acted on through them)
STATELESS_SECTORS = (frozenset({"CRM"}), frozenset({"REF"}))


class ActorFinder(ActorKinds):
    """The entities tokens name, for one document (the kinds of actors: :class:`ActorKinds`)."""

    def np_ids(self, tok: Token, top: bool = True) -> list[str]:
        """Entities named by the noun phrase headed by ``tok`` (not its clauses)."""
        ids = self._agreeing_ids(tok)
        # "X's nephew", "the grandson of X": the relative, not X (``relative_nouns``); "X's
        # critics", "the opponents of X", "X's successor": those against X or in X's place, not
        # X (``rival_nouns``, ``stand_in_nouns``); "fans of X", "X's loyalists": the followers,
        # not X (``follower_nouns``)
        apart = self.relative(tok) or self.rival_or_stand_in(tok) or self.follower(tok)
        possessors: list[Token] = []
        lone = False  # a people word left out (see _lone_people)
        for c in _apart_children(tok) if apart else children_of(tok):
            if c.dep_ in NP_DEPS:
                if _not_in_phrase(c, tok):
                    continue
                own = self.np_ids(c, top=False)
                kept = [i for i in own if not self._lone_people(i, c, tok)]
                lone = lone or len(kept) < len(own)
                ids.extend(kept)
                if (
                    c.dep_ == "amod"
                    and c.tag_ == "VBN"
                    and c.lemma_.lower() in self.words.leading_verbs
                ):
                    # "a Dutch-led mission", "the state-run channel": who leads it (not
                    # "EU-backed militias": who backs them is someone else)
                    for x in children_of(c):
                        if x.dep_ in ("npadvmod", "compound", "nmod"):
                            ids.extend(self.np_ids(x, top=False))
            elif c.dep_ == "poss":
                possessors.append(c)
        for c in possessors:
            if c.pos_ != "PRON":
                ids.extend(self.np_ids(c, top=False))
            elif not ids:
                # "its forces" stand for the country, but "her colleagues" are not her; "her
                # campaign", "his office" are (``proxy_nouns``)
                proxy = tok.lemma_.lower() in self.words.proxy_nouns
                ids.extend(
                    i
                    for i in self.np_ids(c, top=False)
                    if (e := self.state.entity(i)) is not None and (proxy or e.type != "PERSON")
                )
        ids.extend(self._members_of(tok, ids) if top else ())
        ids[:0] = self._loose_person(tok) if top else ()
        if not ids and top and tok.pos_ in ("NOUN", "PROPN") and not apart and not lone:
            # (not "a Thai sailor in Boston": the sailor, not where he is)
            # "the government of Chile", "officials in Kenya": the place or body named;
            # "a plea from Okafor", "the raid by gunmen": who made it; but "a mine in Laos"
            # only says where a thing is, not who it stands for
            # ("a man in Dayton", "a teen in Lima": one person is no group its place codes)
            one = tok.tag_ == "NN" and (
                tok.lemma_.lower() in self.words.resident_nouns or age_noun(tok)
            )
            preps = (
                ("of", "by", "from")
                if one or not self.actor_noun(tok)
                else ("of", "in", "by", "from")
            )
            for c in children_of(tok):
                if meeting_setting(c, self.words.meeting_nouns):
                    continue  # "a meeting of the board in Oslo": where it meets, not who
                if c.dep_ == "prep" and c.lemma_.lower() in preps:
                    # a sea or a site is where a group is, no body it stands for ("pirates in
                    # the Sulu Sea"), unlike "officials in Kenya"
                    ids.extend(
                        i
                        for p in pobjs(c)
                        for i in self.arg_ids(p, nominal=False)
                        if c.lower_ != "in"
                        or (
                            getattr(self.state.entity(i), "type", "") != "LOC"
                            and not self._seated_body(tok, i)
                        )
                    )
        return list(dict.fromkeys(ids))

    def _seated_body(self, noun: Token, eid: str) -> bool:
        """Whether ``noun`` is a common noun for a body that is no organ of a state (the
        entities stage's ``generic_org_heads`` less ``state_body_words``: "the council", "the
        union") and ``eid`` a town or region it sits in, no country: "demanded an apology from
        the council in Tarvo" asks the council, not the town (a country stands for its state's
        bodies: "the ministry in Chile")."""
        if not self.seated_body_word(noun.lemma_.lower()):
            return False
        ent = self.state.entity(eid)
        return ent is not None and ent.type == "GPE" and not self._country(eid)

    def _loose_person(self, noun: Token) -> list[str]:
        """The person named in a loose apposition to a role noun ("attacked the Liberal
        mayor, X, on Monday": X, not the party; ``loose_apposition``)."""
        if noun.pos_ != "NOUN" or not (role_noun(noun) or self.actor_noun(noun)):
            return []
        name = loose_apposition(noun)
        if name is None:
            return []
        return [
            i
            for i in self.np_ids(name, top=False)
            if (e := self.state.entity(i)) is not None and e.type == "PERSON"
        ]

    def _lone_people(self, eid: str, mod: Token, head: Token) -> bool:
        """Whether ``eid`` is a people word of a faith or creed that modifies a common noun
        ("Islamic fighters", "Buddhist monks", ``creed_words``), or a nationality that modifies
        a noun of criminals or refugees ("Latvian smugglers", "Moldovan migrants": the CRM and
        REF sectors of ``sectors.tsv``): it names no country and is no actor by itself (they
        do not act for their country, nor is it acted on when they are caught or sent back);
        the noun phrase is then the actor, or none."""
        ent = self.state.entity(eid)
        return (
            ent is not None
            and ent.type == "NORP"
            and head.pos_ == "NOUN"
            and head.is_lower  # not "the Islamic State": a name
            and mod.dep_ in ("amod", "compound", "nmod")
            and (
                mod.lower_ in self.words.creed_words
                or noun_sectors(head.lemma_.lower()) == STATELESS_SECTORS[0]
                # "Sudanese migrants", but "Rohingya refugees": a people of no one country
                or (
                    noun_sectors(head.lemma_.lower()) == STATELESS_SECTORS[1]
                    and ent.country is not None
                )
            )
        )

    def _members_of(self, tok: Token, ids: list[str]) -> list[str]:
        """ "arrested 14 officials of the X party", "members of X": a group the entities stage
        found (``ids``, common nouns only) stands for the named body its "of" phrase names."""
        if not ids or tok.lemma_.lower() not in self.words.member_nouns or not self._unnamed(ids):
            return []
        return [
            i
            for c in children_of(tok)
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in pobjs(c)
            for i in self.np_ids(p, top=False)
            if not self._unnamed([i])
        ]

    def arg_ids(
        self, tok: Token, verb: Token | None = None, nominal: bool = True, conjuncts: bool = True
    ) -> list[str]:
        """Entities of an argument and its conjuncts ("Chile and Peru"). A conjunct that names
        no entity is a nominal actor ("protesters", "the agreement"), made on demand."""
        if verb is not None and is_relative(tok, verb):
            tok = antecedent(verb)
        elif verb is not None and is_relative(tok, tok.head) and verb.dep_ == "conj":
            # "X, who came out and endorsed Y": a verb joined to the relative clause shares its
            # pronoun, which stands for the noun the clause hangs on
            tok = antecedent(tok.head)
        ids: list[str] = []
        for t in (tok, *tok.conjuncts) if conjuncts else (tok,):
            if personal_stance(t, self.words.stance_nouns, self.words.stance_verbs):
                continue  # "denied his opposition": a stance, no group
            found = (
                self._object_person(t)
                if _object_pronoun(t)
                else self.np_ids(t) or self.pronoun_ids(t) or self.the_two(t)
            )
            of = of_object(t, self.words.container_nouns) if not found else None
            if of is not None:  # "one of the Kremlin's critics", "dozens of IS members"
                found = self.np_ids(of)
                t = of
            if not found and nominal and t.pos_ == "NOUN":
                # "a plea from 30 senators", "offers by the Lima government", "a motion
                # filed by the counsel of X": who made it
                found = [
                    i
                    for c in (
                        *children_of(t),
                        *(
                            x
                            for a in children_of(t)
                            if a.dep_ == "acl" and a.tag_ == "VBN"
                            for x in children_of(a)
                        ),
                    )
                    if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                    for p in pobjs(c)
                    if p.pos_ in ("NOUN", "PROPN")
                    for i in self.arg_ids(p)
                ]
            if not found and nominal:
                # "shelled the city of Kharkiv": the place the name recognizer missed, not "city"
                named = self._site_name(t)
                found = self.nominals.make(t if named is None else named)
            if t.pos_ == "NOUN":
                # "twenty members, including X": a group no name names, and the named ones
                # among them
                found += [i for p in included(t) for i in self.arg_ids(p, nominal=False)]
            ids.extend(found)
        return list(dict.fromkeys(ids))

    def _site_name(self, noun: Token) -> Token | None:
        """The proper name of a site noun's "of" phrase ("the city of Kharkiv", "the port of
        Odesa") that names no entity, or None."""
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.words.site_nouns:
            return None
        names = [
            p
            for c in children_of(noun)
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in pobjs(c)
            if p.pos_ == "PROPN" and not self.token_ids(p) and not p.conjuncts
        ]
        return names[0] if len(names) == 1 else None

    def the_two(self, tok: Token) -> list[str]:
        """ "The two agreed", "Both said": a bare "two" or "both" as a subject stands for the
        two people the sentence before named (else its two countries), or, when it named only
        one person, the two named in it and up to ``TWO_BACK`` sentences before it ("X met Y.
        Y briefed the Secretary on ... The two agreed"); ``[]`` when it named another number
        of them."""
        if (
            tok.lower_ not in ("two", "both")
            or tok.dep_ not in ("nsubj", "nsubjpass")
            or any(c.dep_ != "det" for c in children_of(tok))
            or sentence(tok).start == 0
        ):
            return []
        doc = tok.doc
        end = sentence_chars(doc, sentence(tok).start - 1)[1]
        first = sentence(tok).start - 1
        for back in range(TWO_BACK + 1):
            start = sentence_chars(doc, first)[0]
            named = list(dict.fromkeys(i for _, i in self.state.mentions_in(start, end)))
            ents = [e for i in named if (e := self.state.entity(i)) is not None]
            people = [e.id for e in ents if e.type == "PERSON"]
            if len(people) == 2:
                return people
            if back == 0:
                countries = {c.id for c in self._countries()}
                pair = [e.id for e in ents if e.type == "GPE" and e.id in countries]
                if len(pair) == 2:
                    return pair
            first = sentence(doc[first]).start - 1
            if len(people) != 1 or first < 0:
                return []
        return []

    def _countries(self) -> list[Entity]:
        """The entities that name a country itself (not a city or region of it), found once
        per document (the coder adds no place)."""
        if self._country_list is None:
            gaz = Gazetteer.default()
            self._country_list = [
                e
                for e in self.state.entities
                if e.type == "GPE" and e.country is not None and gaz.country(e.name) == e.country
            ]
        return self._country_list

    def _country(self, eid: str) -> bool:
        """Whether the entity is one of the countries the story names."""
        return eid in {c.id for c in self._countries()}

    def pobj_ids(self, prep: Token) -> list[str]:
        """The entities (or nominal actors) of the objects of ``prep``."""
        return [i for p in pobjs(prep) for i in self.arg_ids(p)]

    def pronoun_ids(self, tok: Token) -> list[str]:
        """The actor an unresolved "it/they" stands for: in a reported clause, the reporter ("The
        navy said it had seized X", "Miners say they will block Y"); else the most salient
        organisation, place or group before it (the entities stage's :class:`Resolver`)."""
        low = tok.lower_
        if tok.pos_ != "PRON" or low not in PRONOUN_LABELS:
            return []
        if tok.dep_ in ("nsubj", "nsubjpass"):
            verb = first_conjunct(tok.head)
            if verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
                for s in children_of(verb.head):
                    if s.dep_ == "nsubj" and s.pos_ != "PRON":
                        ids = self.arg_ids(s, verb.head)
                        if self._not_the_teller(tok, s, ids):
                            break
                        return ids
        if low in lexicon.shared_words().first_person_plural:
            return []  # the speaker of a quotation: the attributions stage knows it
        if carried := self._carried_subject(tok):
            return carried
        if (thing := self._thing_antecedent(tok)) is not None:
            if (maker := self._thing_maker(thing, tok)) is not None:
                return maker
            self.thing_pronouns.add(tok.i)
            return []
        if self.resolver is None:
            self.resolver = Resolver(self.state.doc, self.state.clusters, self.state.quotes)
        labels = PRONOUN_LABELS[low]
        idx = self.resolver.candidates(tok.i, lambda c: c.label in labels)
        if idx is None or idx >= len(self.state.cluster_ids):
            return []
        eid = self.state.cluster_ids[idx]
        if self.state.entity(eid) is None or any(
            eid in self.np_ids(a) for a in addressees_of(tok, self.state)
        ):
            return []  # '"They lied," Ruiz told the Herald': not the Herald, told "you"
        return [eid]

    def _told_by(self, pron: Token, ids: list[str]) -> bool:
        """Whether ``pron`` is the subject of a clause ``ids`` themselves tell ("Peru said they
        would appeal": the teller speaks of its own side, whatever the number)."""
        verb = first_conjunct(pron.head)
        if pron.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp":
            return False
        return any(
            s.dep_ == "nsubj" and set(ids) <= set(self.arg_ids(s, verb.head))
            for s in children_of(verb.head)
        )

    def _coordinated(self, eid: str, tok: Token) -> list[str]:
        """The actors joined by "and" to the latest mention of ``eid`` before ``tok`` ("Peru
        and Chile signed a pact. They ...": both), when they are several; ``[]`` otherwise."""
        ent = self.state.entity(eid)
        before = [m for m in ent.mentions if m.end <= tok.idx] if ent is not None else []
        bounds = char_tokens(tok.doc, before[-1].start, before[-1].end) if before else None
        if bounds is None:
            return []
        head = tokens_of(tok.doc)[bounds[1] - 1]
        if not head.conjuncts or head.dep_ == "compound":
            return []
        ids = list(dict.fromkeys(i for t in (head, *head.conjuncts) for i in self.np_ids(t)))
        return ids if len(ids) > 1 and eid in ids else []

    def _agreeing_ids(self, tok: Token) -> list[str]:
        """:meth:`token_ids`, less one country a plural pronoun cannot stand for alone."""
        ids = self.token_ids(tok)
        if tok.pos_ == "PRON" and self._lone_state(tok, ids) and not self._told_by(tok, ids):
            return []
        return ids

    def _lone_state(self, pron: Token, ids: list[str]) -> bool:
        """Whether a third-person plural pronoun ("they", "their", "them") would stand for one
        country, state or city alone: a place named as one actor agrees with "it" ("Peru said
        it would ..."), so "they" stands for its people, its leaders or several actors, and
        which of them the story does not say surely (agreement in number); the side is left
        open. A coordination ("Peru and Chile ... they") names several and stays, and so does
        the clause the country tells itself (:meth:`_told_by`)."""
        if len(ids) != 1 or pron.lower_ not in lexicon.shared_words().plural_pronouns:
            return False
        ent = self.state.entity(ids[0])
        return ent is not None and ent.type == "GPE"

    def _not_the_teller(self, pron: Token, subject: Token, ids: list[str]) -> bool:
        """Whether "it" or "they" cannot stand for whoever tells the clause it is the subject
        of: in a quotation ('"They rejected every offer," said Ann Ruiz': a speaker quoted says
        "we"), or a plural told by one person's noun ("the spokesman said they would appeal");
        "Ruiz said they would not end the strike" may be hers, "the Ruiz campaign said it would
        appeal" is the campaign's, and so is a report quoted whole ('Lee said: "The army said it
        would withdraw."': the army tells it inside the quotation)."""
        low = pron.lower_
        if low in lexicon.shared_words().first_person_plural or not ids:
            return False
        quote = self.state.quotes.at(pron.idx)
        if quote is not None and self.state.quotes.at(subject.idx) is not quote:
            return True
        return (
            subject.tag_ == "NN"
            and low in lexicon.shared_words().plural_pronouns  # a key of PRONOUN_LABELS
            and all((e := self.state.entity(i)) is not None and e.type == "PERSON" for i in ids)
        )

    def _thing_antecedent(self, tok: Token) -> Token | None:
        """The thing an "it" stands for, or None: the nearest noun before it, in its own
        sentence or the one before, in the same role (a subject for a subject, an object for an
        object: the parallel role is the likely antecedent), when it is a singular common noun
        that names no actor ("he was offered the post and turned it down", "The blockade began
        in May. It has since cut ..."). A person or a plural on the way is skipped (never
        "it"); a name, an actor noun or another pronoun first leaves the choice to the
        resolver."""
        if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return None
        roles = ("nsubj", "nsubjpass") if tok.dep_ != "dobj" else ("dobj",)
        sent = sentence(tok)
        start = (sentence_before(sent) or sent).start
        for t in reversed(tokens_of(tok.doc)[start : tok.i]):
            if t.dep_ not in roles or t.pos_ not in ("NOUN", "PROPN", "PRON"):
                continue
            if t.tag_ in ("NNS", "NNPS") or t.lower_ in ("he", "she", "him", "her", "they"):
                continue
            ids = self.np_ids(t)
            if ids and all(
                (e := self.state.entity(i)) is not None and e.type == "PERSON" for i in ids
            ):
                continue  # a person is never "it"
            if t.pos_ == "NOUN" and t.tag_ == "NN" and not ids and not self.actor_noun(t):
                return t
            return None
        return None

    def _thing_maker(self, thing: Token, tok: Token) -> list[str] | None:
        """Who an "it" standing for ``thing`` names as a side: the one who acted on the thing
        in its own clause ("Congress approved the increase, but the president vetoed it":
        Congress), when that is another than the subject of the pronoun's clause and the verb
        makes or decides the thing (``authoring_verbs``, ``issuing_verbs``); None when the story
        names no one else (the side is unclear)."""
        made = self.words.authoring_verbs | self.words.issuing_verbs
        if thing.dep_ != "dobj" or thing.head.lemma_.lower() not in made:
            return None  # "X opposed the levy; Y denounced it": X made nothing, no side
        subj, passive = self.subjects(thing.head)
        ids = [] if passive else [i for s in subj for i in self.np_ids(s)]
        own_subj, own_passive = self.subjects(tok.head)
        own = set() if own_passive else {i for s in own_subj for i in self.arg_ids(s, None, False)}
        return ids if ids and not own & set(ids) else None

    def _carried_subject(self, tok: Token) -> list[str]:
        """The actor a pronoun opening its sentence as the main subject carries over: the main
        subject of the sentence before when it names an actor of the pronoun's kind ("The
        ministry said that Chile had fallen behind. It called on Santiago ...": the ministry,
        not Chile; a main subject goes on being the topic, centering); ``[]`` otherwise, and
        for "they" after one country, all of its conjuncts or none (:meth:`_lone_state`)."""
        sent = sentence(tok)
        if tok.dep_ != "nsubj" or tok.head.i != sent.root.i or tok.i != sent.start:
            return []
        before = sentence_before(sent)
        if before is None:
            return []
        labels = PRONOUN_LABELS[tok.lower_]
        for s in children_of(before.root):
            if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN"):
                ids = [
                    i
                    for i in self.np_ids(s)
                    if (e := self.state.entity(i)) is not None and e.type in labels
                ]
                if ids and len(ids) == len(self.np_ids(s)):
                    return self._coordinated(ids[0], tok) if self._lone_state(tok, ids) else ids
        return []

    def _object_person(self, tok: Token) -> list[str]:
        """The person an object "him" or "her" stands for ("wrote to Ms. Ruiz, asking her to
        explain"): the entities stage's choice, or else the most salient person of its gender
        before it (its :class:`Resolver`), but never the subject of its own clause: a plain
        object pronoun is not bound by it ("she asked her" is two people, "herself" one)."""
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        subj, passive = self.subjects(verb)
        own = set() if passive else {i for s in subj for i in self.np_ids(s)}
        chosen = [i for i in self.token_ids(tok) if i not in own]
        if chosen:
            return chosen
        excluded = {
            id(c)
            for c, eid in zip(self.state.clusters, self.state.cluster_ids, strict=False)
            if eid in own
        }
        gender = OBJECT_PRONOUNS[tok.lower_]
        if self.resolver is None:
            self.resolver = Resolver(self.state.doc, self.state.clusters, self.state.quotes)
        idx = self.resolver.candidates(
            tok.i,
            lambda c: c.label == "PERSON" and c.gender in (None, gender) and id(c) not in excluded,
        )
        if idx is None or idx >= len(self.state.cluster_ids):
            return []
        eid = self.state.cluster_ids[idx]
        return [eid] if eid not in own and self.state.entity(eid) is not None else []

    def subjects(self, verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
        """The verb's subject tokens, and whether the verb is passive (subject = the acted-on)."""
        subj = [c for c in children_of(verb) if c.dep_ in ("nsubj", "csubj") and not self._owner(c)]
        if subj:
            return subj, False
        patient = [c for c in children_of(verb) if c.dep_ == "nsubjpass" and not self._owner(c)]
        if patient:
            return patient, True
        head = verb.head
        if depth > 4 or head.i == verb.i:
            return [], False
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
            # a passive gerund's borrowed subject is acted on: "resigned after being
            # criticized by X" (X criticizes, the one who resigned is criticized)
            toks, passive = self._gerund_subjects(head, depth)
            return toks, passive or any(c.dep_ == "auxpass" for c in children_of(verb))
        if verb.pos_ == "ADJ" or verb.dep_ in ("acomp", "oprd"):
            return self.subjects(head, depth + 1)  # "is willing to withdraw"
        return self._borrowed_subjects(verb, depth)

    def _gerund_subjects(self, prep: Token, depth: int) -> tuple[list[Token], bool]:
        """Who does a gerund under ``prep`` ("accused X of attacking", "after meeting X"): the
        object of an of-verb, the person a for-verb rewards or blames ("praised X for
        rejecting"), else the subject of the governing clause."""
        gov = prep.head
        objects = [c for c in children_of(gov) if c.dep_ == "dobj"]
        if prep.lemma_.lower() == "of" and objects:
            return objects, False
        if prep.lemma_.lower() == "for":
            # "gave X three stars for dismissing it", "fined the firm for dumping": whom the
            # clause rewards or blames for the act is its doer
            done_by = [c for c in children_of(gov) if c.dep_ == "dative" and c.pos_ != "ADP"]
            done_by = done_by or [o for o in objects if self.token_ids(o) or self.actor_noun(o)]
            if done_by:
                return done_by, False
        if gov.lemma_.lower() in lexicon.channel_verbs():
            return [], False  # "X reported on easing the rules": the channel does not act
        if gov.pos_ == "NOUN":
            owner = [c for c in children_of(gov) if c.dep_ == "poss"]
            if owner:  # "the bank's commitment to funding the port": the bank funds
                return owner, False
        return self.subjects(gov, depth + 1)

    def _borrowed_subjects(self, verb: Token, depth: int) -> tuple[list[Token], bool]:
        """The subject a verb without one takes from the verb or noun it hangs on."""
        if (told := reported_relative(verb)) is not None:
            return [told], False  # "the man who they say killed X" (:mod:`.binding`)
        head = verb.head
        # a bare past participle ("when asked", "units backed by Oman") is passive; so is a
        # clause tagged as a past tense right after its noun ("a boy shot during a robbery"):
        # a reduced relative, whose noun is acted on (after a comma, or a verb of saying, it
        # is more likely a main verb the parser hung on a noun: "X, a former envoy, called
        # for ...", "..., the two countries announced")
        participle = verb.tag_ == "VBN" or (
            verb.tag_ == "VBD"
            and verb.dep_ == "acl"
            and verb.i == head.i + 1
            and verb.lemma_.lower() not in lexicon.reporting_verbs()
        )
        bare_participle = participle and not any(
            c.dep_ in ("aux", "auxpass") for c in children_of(verb)
        )
        # a passive infinitive ("the second minister to be arrested"): its subject is acted on
        passive = bare_participle or any(c.dep_ == "auxpass" for c in children_of(verb))
        if verb.dep_ == "xcomp" and head.lemma_.lower() not in self.words.purpose_verbs:
            objects = [
                c
                for c in children_of(head)
                if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP" and c.i not in self.triggers
            ]  # "began a sit-in to protest": an event noun does not protest itself
            if objects:
                return objects, passive
            toks, _ = self.subjects(head, depth + 1)
            return toks, passive
        if verb.dep_ in ("conj", "advcl") and (framed := _clause_in_frame(verb)) is not None:
            return [framed], passive
        # "a day after mortar fire killed a farmer": the fire, not the subject of the clause
        # "after" hangs on (a conjunct is left alone: "seized the town after a siege, killed
        # ten guards" lists the acts of one subject)
        own = (
            lexicon.subject_in_phrase_before(verb, sentence(verb).start)
            if verb.dep_ == "advcl"
            else None
        )
        if own is not None:
            return [own], passive
        if verb.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
            toks, head_passive = self.subjects(head, depth + 1)
            if verb.dep_ == "advcl":
                # "Arrested by X, he was booked": a bare participle with its own by-agent,
                # before a passive clause, is done to the one that clause acts on too
                keep = not head_passive or (
                    bare_participle
                    and verb.i < head.i
                    and any(c.dep_ == "agent" for c in children_of(verb))
                )
                return toks if keep else [], passive
            # "a guard beaten and robbed by two men": a bare participle with its own by-agent
            # is passive whatever the verb it is conjoined to
            agent = bare_participle and any(c.dep_ == "agent" for c in children_of(verb))
            return toks, (head_passive and bare_participle) or agent or (
                passive and not bare_participle
            )
        if (
            verb.dep_ == "acl"
            and is_infinitive(verb)
            and head.i in self.triggers
            and head.dep_ == "dobj"
            and head.head.pos_ == "VERB"
        ):  # "began a sit-in to protest against X": who began it protests
            return self.subjects(head.head, depth + 1)
        if verb.dep_ == "amod" and verb.tag_ == "VBG" and not self.actor_noun(head):
            return [], False  # "the shooting death of X", "a killing spree": a thing does not act
        if verb.dep_ in ("acl", "amod", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if head.lemma_.lower() in lexicon.statement_nouns() and not bare_participle:
                # "a report accusing X", "a resolution criticizing X": its author acts
                author = self.author(head)
                if author:
                    return author, False
            return [head], passive
        return [], False

    def author(self, noun: Token) -> list[Token]:
        """Who issued a statement noun: its possessor, ``by/from X``, or the subject of the verb
        it is the object of ("the union put out a report", "said in a statement")."""
        own = lexicon.statement_author(noun)
        if own is not None:
            return own
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lemma_.lower() == "in":
            head, dep = head.head, "dobj"
        else:
            dep = noun.dep_
        if dep == "dobj" and head.pos_ == "VERB":
            subj, passive = self.subjects(head)
            return [] if passive else subj
        return []

    def phrase_ids(self, tok: Token) -> list[str]:
        """The named entities of the phrase ``tok`` heads, clauses left out."""
        toks = [
            t for t in subtree_of(tok) if not any(a.dep_ in CLAUSE_DEPS for a in path_up(t, tok))
        ]
        ids = [i for t in toks for i in self.token_ids(t)]
        return list(dict.fromkeys(ids))

    def joint_parts(self, tok: Token) -> list[list[str]]:
        """The entities of each conjoined name inside a noun phrase that is itself no
        conjunction: "UK and EU negotiators", "Chile and Peru's envoys", "the navies of
        Chile and Peru", "negotiators from Chile and Peru", "the Kenyan and Ethiopian armies";
        ``[]`` unless two or more sides name entities."""
        parts: list[Token] = []
        for c in children_of(tok):
            if (
                c.dep_ in NP_DEPS | {"poss"}
                and c.i < tok.i
                and (c.pos_ in ("PROPN", "NOUN") or self.token_ids(c))  # "Kenyan and Ethiopian"
            ):
                parts.extend((c, *c.conjuncts))
            elif c.dep_ == "prep" and c.lower_ in ("of", "from"):
                for p in pobjs(c):
                    if p.conjuncts:
                        parts.extend((p, *p.conjuncts))
        ids = {p.i for p in parts}
        if not any(t.dep_ == "cc" and t.head.i in ids for t in subtree_of(tok)):
            return []
        groups: list[list[str]] = []
        seen: set[str] = set()
        for p in sorted(parts, key=lambda t: t.i):
            g = [i for i in self.np_ids(p, top=False) if i not in seen]
            if g:
                groups.append(g)
                seen.update(g)
        return groups if len(groups) >= 2 else []

    def own_subject(self, verb: Token) -> bool:
        """Whether ``verb`` has a subject of its own: its nsubj, or that of the verb whose
        to-complement it is ("the bank continues to apply pressure") when no object
        controls it."""
        if any(c.dep_ == "nsubj" for c in children_of(verb)):
            return True
        head = verb.head
        return (
            verb.dep_ == "xcomp"
            and head.i != verb.i
            and any(c.dep_ == "nsubj" for c in children_of(head))
            and not any(c.dep_ in ("dobj", "dative") for c in children_of(head))
        )


def _not_in_phrase(mod: Token, tok: Token) -> bool:
    """Whether a modifier of ``tok`` the parser hung on it names no part of its phrase: a
    dateline before a dash ("ALGIERS, Algeria - Police"), or the subject of the main clause
    read as an apposition inside a fronted clause ("after X seized the port of Y, the governor
    Z fled": Z flees; ``stray_subject``)."""
    if mod.i > tok.i:
        return mod.dep_ == "appos" and stray_subject(mod)
    return any(lexicon.spaced_dash(t) for t in tokens_of(tok.doc)[mod.i + 1 : tok.i])


def _apart_children(tok: Token) -> list[Token]:
    """The children of a noun of someone apart from its owner (a relative, a rival, a
    successor: ``ActorFinder.np_ids``) that name that someone, not the owner: no possessor
    ("X's nephew", "X's critics"), and no name after its "of", whatever the parse ("the
    grandson of Rep. X" with X parsed as an apposition)."""
    of = [c.i for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of"]
    return [
        c
        for c in children_of(tok)
        if c.dep_ != "poss" and not (of and c.dep_ in NP_DEPS and c.i > of[0])
    ]


def _object_pronoun(tok: Token) -> bool:
    """Whether ``tok`` is "him" or "her" as an object (not the possessive "her")."""
    return (
        tok.pos_ == "PRON"
        and tok.tag_ == "PRP"
        and tok.lower_ in OBJECT_PRONOUNS
        and tok.dep_ in ("dobj", "dative", "pobj")
    )
