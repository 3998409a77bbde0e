"""Filling a candidate: the source and target of a trigger from its own phrase, its light verb
or its verb, and the clause around it (complements, directives, statements, purposes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicon
from ...nlp import children_of
from .arguments import ArgumentFinder
from .syntax import headline_passive, is_infinitive, pobjs, reduced_passive
from .tables import (
    ARGUMENT_DEPS,
    COMPLEMENT_PREPS,
    DONE_TO_TYPES,
    OWN_PREPS,
    ROLES,
    Candidate,
    Roles,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class Filler(ArgumentFinder):
    """Sets ``source``, ``target``, ``anchor`` and ``clause`` of a candidate."""

    def fill(self, cand: Candidate) -> None:
        """The actors of a trigger, before nesting and framing."""
        roles = ROLES[cand.pattern.roles]
        if cand.pattern.pos == "verb":
            self._fill_verb(cand, roles)
        else:
            self._fill_noun(cand, roles)

    # -- a verb -----------------------------------------------------------------------------------
    def _fill_verb(self, cand: Candidate, roles: Roles) -> None:
        tok = cand.tok
        cand.clause = tok
        word = cand.extra[0] if cand.extra else None
        cand.source, cand.target = self.verb_args(tok, roles, skip=self._own_object(cand, word))
        if cand.type in DONE_TO_TYPES and (headline_passive(tok) or reduced_passive(tok)):
            # "Governor Ruiz arrested on fraud charges": a headline's passive, its subject is
            # acted on; so is a reduced relative's ("a man shot in the arm was ...")
            cand.source, cand.target = [], [*cand.source, *cand.target]
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and not cand.source:
            self._modifier_actors(cand)
        if not cand.target:
            cand.target = self._complement_target(tok)
        if not cand.target:
            cand.target = self._agreed_thing_target(cand, roles)
        if not cand.target:
            cand.target = self._opponent_target(cand)
        if not cand.target:
            cand.target = self._meeting_partner(cand, roles)
        self._frame_target(cand)
        if word is not None and word.i != tok.i and word.pos_ in ("NOUN", "PROPN"):
            self._own_object_target(cand, word, roles)

    def _own_object(self, cand: Candidate, word: Token | None) -> Token | None:
        """The pattern's own object ("sent troops", "lifted sanctions"): no actor."""
        if (
            word is not None
            and word.i != cand.tok.i
            and word.pos_ in ("NOUN", "PROPN")
            and cand.pattern.roles != "pat"  # "freed hostages": they are acted on
            and word.dep_ not in ("nsubj", "nsubjpass")  # "monitors arrived": they act
            and not (cand.pattern.entity_object and self.token_ids(word))  # "phoned Macron"
        ):
            return word
        return None

    def _modifier_actors(self, cand: Candidate) -> None:
        """ "a Paris-backed plan", "Kyiv-allied units": the modifier's own first word acts on
        the noun it modifies."""
        tok = cand.tok
        cand.source = [
            i
            for c in children_of(tok)
            if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < tok.i
            for i in self.np_ids(c, top=False)
        ]
        if cand.source and not cand.target:
            cand.target = [i for i in self.arg_ids(tok.head) if i not in cand.source]

    def _complement_target(self, tok: Token) -> list[str]:
        """Who a to-complement that is no event acts on: "agreed to open a school in Chad",
        "gave $3m to train nurses in Y"."""
        for c in children_of(tok):
            if (
                (c.dep_ == "xcomp" or (c.dep_ == "advcl" and is_infinitive(c)))
                and c.pos_ == "VERB"
                and c.i not in self.triggers
            ):
                found = self.complement_targets(c)
                if found:
                    return found
        return []

    def _agreed_thing_target(self, cand: Candidate, roles: Roles) -> list[str]:
        """ "agreed to a truce in northern Mali": who the agreed thing concerns (the last
        to/on phrase of a joint act)."""
        found: list[str] = []
        if not roles.joint:
            return found
        for c in children_of(cand.tok):
            if c.dep_ == "prep" and c.lower_ in ("to", "on"):
                found = [i for p in pobjs(c) for i in self.phrase_ids(p) if i not in cand.source]
        return found

    def _meeting_partner(self, cand: Candidate, roles: Roles) -> list[str]:
        """ "in talks with X, Y agreed to a plan", "agreed at a meeting with X": a joint act
        done in a consultation is done with its partner (the talks' "with" phrase)."""
        if not roles.joint:
            return []
        return [
            i
            for c in children_of(cand.tok)
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "during")
            for p in pobjs(c)
            if (talks := self.triggers.get(p.i)) is not None and talks.type == "CONSULT"
            for w in children_of(p)
            if w.dep_ == "prep" and w.lower_ == "with"
            for q in pobjs(w)
            for i in self.arg_ids(q)
            if i not in cand.source
        ]

    def _opponent_target(self, cand: Candidate) -> list[str]:
        """ "raised militias for a war against X": the purpose's opponent."""
        return [
            i
            for c in children_of(cand.tok)
            if c.dep_ == "prep" and c.lower_ == "for"
            for p in pobjs(c)
            for x in children_of(p)
            if x.dep_ == "prep" and x.lower_ == "against"
            for q in pobjs(x)
            for i in self.arg_ids(q)
            if i not in cand.source
        ]

    def _frame_target(self, cand: Candidate) -> None:
        """The target the clause around a verb names: the one a directive orders, the addressee
        of a statement the verb describes, or the object of the verb a purpose clause serves."""
        tok = cand.tok
        directive = self.directive(tok)
        if directive is not None and not cand.target:
            # "the court ordered the station to stop broadcasting": the one who orders acts on
            # the one ordered
            cand.source, cand.target = directive
        statement = self.statement_of(tok)
        if statement is not None and not [
            i for i in cand.target if i not in cand.source and not self.thing(i)
        ]:  # ("threatening to cut funding": the funding is a thing, not the one threatened)
            cand.target = self._addressee(statement, cand.source)
        if not cand.target or cand.pattern.roles == "ask":
            # "summoned the envoy to demand the crew's release": a request is put to the one
            # summoned, not to what it asks for
            cand.target = self.purpose_object(tok, cand.source) or cand.target

    def _addressee(self, statement: Token, source: list[str]) -> list[str]:
        """ "sent a letter to the FAO threatening to ...": the letter's addressee ("sent a letter
        to X" hangs "to X" on the verb)."""
        holders = [statement] + ([statement.head] if statement.dep_ == "dobj" else [])
        return [
            i
            for h in holders
            for c in children_of(h)
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in pobjs(c)
            for i in self.arg_ids(p)
            if i not in source
        ]

    def _own_object_target(self, cand: Candidate, word: Token, roles: Roles) -> None:
        """The pattern's own object names the target: "lift a ban on X", "cut ties with X",
        "send troops to X"."""
        # "broke Chile's truce": a named possessor of the own object
        owner = [
            i
            for c in children_of(word)
            if c.dep_ == "poss" and c.pos_ != "PRON"
            for i in self.np_ids(c, top=False)
            if i not in cand.source
        ]
        held = owner and word.lemma_.lower() in self.words.title_nouns
        extra = [
            i
            for w in (word, *word.conjuncts)  # "a grant and a loan to X"
            for c in (
                *children_of(w),  # "lifted the tariffs imposed on X"
                *(x for a in children_of(w) if a.dep_ == "acl" for x in children_of(a)),
            )
            if c.dep_ == "prep"
            and c.lemma_.lower() in roles.target_preps | OWN_PREPS
            and not (held and c.lemma_.lower() in ("to", "over"))  # "X's claim to the islet"
            for p in pobjs(c)
            for i in self.arg_ids(p)
        ]
        extra += owner
        partner = [
            i
            for c in children_of(word)
            if roles.joint and c.dep_ == "prep" and c.lower_ == "with"
            for p in pobjs(c)
            for i in self.arg_ids(p)
            if i not in cand.source
        ]
        if partner:
            # "shared evidence with X against Y": a joint act's other side is its partner
            cand.target = partner
            return
        given = self._given_to(cand, word)
        if given:
            cand.target = given
            return
        cand.target = [i for i in cand.target if i not in cand.source] or extra

    def _given_to(self, cand: Candidate, word: Token) -> list[str]:
        """ "granted the Navy permission", "gave the Irish team access", as the parser reads
        them (a compound of the object): whom it is given to."""
        if cand.tok.lemma_.lower() not in self.words.giving_verbs or not any(
            c.dep_ == "compound" and c.i < word.i and (self.actor_noun(c) or c.ent_type_)
            for c in children_of(word)
        ):
            return []
        return [
            i
            for c in children_of(word)
            if c.dep_ in ("compound", "amod", "nmod") and c.i < word.i
            for i in self.np_ids(c, top=False)
            if i not in cand.source
        ]

    # -- a noun -----------------------------------------------------------------------------------
    def _fill_noun(self, cand: Candidate, roles: Roles) -> None:
        tok = cand.tok
        noun = tok.head if tok.dep_ == "compound" else tok  # "a peace effort"
        cand.source, cand.target, modifiers = self.noun_args(noun, roles)
        cand.anchor = self.light_verb(noun)
        if cand.anchor is None and cand.pattern.roles == "give":
            cand.anchor = self._holder(noun)  # "won the backing of X": X backs the subject
        cand.clause = cand.anchor if cand.anchor is not None else self.clause_of(noun)
        if cand.anchor is not None:
            self._anchor_args(cand, cand.anchor, noun, roles)
        elif (
            cand.pattern.roles == "sym"
            and not cand.source
            and noun.dep_ == "pobj"
            and noun.head.lemma_.lower() in self.words.sym_frames
            and noun.head.head.pos_ in ("VERB", "AUX")
        ):
            self._framing_subject_args(cand, noun.head.head)
        if not [i for i in cand.target if i not in cand.source]:
            cand.target = self.noun_targets(noun, cand) or cand.target
        if not cand.source and cand.target:
            cand.source = [i for i in modifiers if i not in cand.target]
        # a noun named only by its modifiers ("the Franco-German partnership") is a relation or
        # a topic, not an event: it stays without actors and is left out

    def _anchor_args(self, cand: Candidate, anchor: Token, noun: Token, roles: Roles) -> None:
        """The actors a light verb lends its noun."""
        cand.extra.append(anchor)
        src, tgt = self.verb_args(anchor, roles, skip=noun)
        held = cand.pattern.roles == "give" and anchor.lemma_.lower() in self.words.holding_verbs
        if anchor.lemma_.lower() in self.words.receiving_verbs or held:
            # "has the backing of X", "won the support of X": the subject is given to
            # "Peru faces criticism from the OAS": Peru is the target; "received support from
            # X" (the parser hangs "from X" on the verb): X is the source
            givers = [
                i
                for c in children_of(anchor)
                if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by")
                for p in pobjs(c)
                for i in self.arg_ids(p)
                if i not in src
            ]
            src, tgt = givers, src
            if cand.tok.lemma_.lower() in self.words.legal_charges:
                # "faces charges of murder": the one who faces them is charged, not the murder
                cand.target = [i for i in cand.target if not self.thing(i)]
        elif cand.pattern.roles == "give" and cand.source and _named_owner(noun):
            # "the envoy pledged Ghana's support to X": the envoy gives for the owner of the
            # support, both on the giving side; who is helped is the light verb's other side
            cand.source = list(dict.fromkeys(src + cand.source))
        elif src and cand.source and not set(cand.source) & set(src) and self.own_subject(anchor):
            # "the mayor attended a meeting of the board": who does the light verb acts; the
            # noun's own "of X" or possessor is the other side ("mediation between Chad and
            # Niger": both are the other side)
            cand.target = list(dict.fromkeys(cand.source + cand.target))
            cand.source = []
        joint_subject = roles.joint and any(
            c.dep_ == "nsubj" and c.conjuncts for c in children_of(anchor)
        )
        if joint_subject and src and tgt:
            # "the Danish envoy and Okafor will attend a meeting of the board": the sides of the
            # subject meet each other first
            cand.target = list(dict.fromkeys(tgt + cand.target))
            cand.source = [i for i in src if i not in cand.target]
        cand.source = cand.source or src
        cand.target = cand.target or tgt
        if not [i for i in cand.target if i not in cand.source]:
            # "phoned Okafor to convey Ghana's support"
            cand.target = self.purpose_object(anchor, cand.source) or cand.target

    def _framing_subject_args(self, cand: Candidate, verb: Token) -> None:
        """A joint noun in a frame of another verb ("X said during a meeting with Y"): that
        verb's subject takes part; "X and Y met at talks": they meet each other."""
        subj, passive = self.subjects(verb)
        if passive:
            return
        cand.source = [i for s in subj for i in self.arg_ids(s, verb)]
        if len(subj) != 1:
            each: list[list[str]] = []
        elif subj[0].conjuncts:
            each = [self.arg_ids(t, verb, conjuncts=False) for t in (subj[0], *subj[0].conjuncts)]
        else:
            each = self.joint_parts(subj[0])
        each = [g for g in each if g]
        if not cand.target and len(each) >= 2:
            cand.source = each[0]
            cand.target = [i for g in each[1:] for i in g]

    def light_verb(self, noun: Token, depth: int = 0) -> Token | None:
        """The light verb carrying a noun trigger ("imposed sanctions", "engaged in talks",
        "gave $4 million in assistance", "began a round of talks"), if any."""
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
            verb = head
        elif noun.dep_ == "pobj" and head.dep_ == "prep":
            prep, holder = head.lemma_.lower(), head.head
            if holder.pos_ == "VERB" and (
                prep in self.words.light_preps
                or (
                    prep in self.words.receiving_preps
                    and holder.lemma_.lower() in self.words.receiving_verbs
                )  # "the plan met with criticism from X"
            ):
                verb = holder
            elif (
                (prep in self.words.light_preps or prep == "of")
                and holder.pos_ in ("NOUN", "PROPN", "NUM", "SYM")
                and holder.dep_ in ("dobj", "nsubjpass", "pobj")
                and depth < 2
            ):
                return self.light_verb(holder, depth + 1)
            else:
                return None
        elif noun.dep_ == "conj" and head.i != noun.i and depth < 2:
            return self.light_verb(head, depth + 1)
        else:
            return None
        lemma = verb.lemma_.lower()
        if (
            lemma in self.words.light_verbs or lemma in self.words.receiving_verbs
        ) and verb.i not in self.triggers:
            return verb
        return None

    def _holder(self, noun: Token) -> Token | None:
        """The verb whose subject holds a noun of giving it takes as object ("won the backing
        of the union", "earned the endorsement of X"): only for giving, so "won the release
        of the hostages" or "won the war" lend the noun no holder."""
        verb = noun.head
        if (
            noun.dep_ == "dobj"
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in self.words.holding_verbs
            and verb.i not in self.triggers
        ):
            return verb
        return None

    def clause_of(self, noun: Token, depth: int = 0) -> Token | None:
        """The verb a noun trigger is an argument of ("do not constitute an alliance"), if any."""
        head = noun.head
        if noun.dep_ == "conj" and head.i != noun.i and depth < 3:
            return self.clause_of(head, depth + 1)
        if noun.dep_ in ARGUMENT_DEPS and head.pos_ in ("VERB", "AUX"):
            return head
        if (
            noun.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.lemma_.lower() in COMPLEMENT_PREPS
            and head.head.pos_ in ("VERB", "AUX")
        ):
            return head.head
        return None

    def purpose_object(self, verb: Token, source: list[str]) -> list[str]:
        """Who a purpose clause acts on: the object of the verb it serves ("summoned the
        envoy to complain", "phoned Okafor to pass on his thanks"); ``[]`` when ``verb``
        is no to-clause of another."""
        if verb.dep_ not in ("advcl", "xcomp") or not is_infinitive(verb):
            return []
        if got := self.recipients(verb.head, source):
            # "lent engineers to the union to help it": the purpose serves who gets them
            return got
        return [
            i
            for c in children_of(verb.head)
            if c.dep_ == "dobj" and c.i < verb.i
            for i in self.arg_ids(c)
            if i not in source
        ]

    def recipients(self, verb: Token, source: list[str]) -> list[str]:
        """Who a verb of handing over hands its object to: its "to X" or its indirect object
        ("sent engineers to the union", "gave the union engineers"); ``[]`` for other verbs."""
        if verb.lemma_.lower() not in self.words.transfer_verbs:
            return []
        found = [
            i
            for c in children_of(verb)
            if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for p in pobjs(c)
            for i in self.arg_ids(p)
        ]
        found += [
            i
            for c in children_of(verb)
            if c.dep_ == "dative" and c.pos_ != "ADP"
            for i in self.arg_ids(c)
        ]
        return [i for i in dict.fromkeys(found) if i not in source]

    def statement_of(self, verb: Token) -> Token | None:
        """The letter, statement or report a participle describes: "a letter threatening to
        ..." (or, as the parser often has it, "sent a letter ..., threatening to ...")."""
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in lexicon.statement_nouns():
            return verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            for c in children_of(verb.head):
                if c.dep_ == "dobj" and c.lemma_.lower() in lexicon.statement_nouns():
                    return c
        return None

    def directive(self, verb: Token) -> tuple[list[str], list[str]] | None:
        """(who orders, who is ordered) when ``verb`` is what a directive verb ("order, force,
        compel") makes its object do."""
        head = verb.head
        if verb.dep_ not in ("xcomp", "ccomp", "oprd") or head.lemma_.lower() not in (
            self.words.directive_verbs
        ):
            return None
        ordered = [c for c in children_of(head) if c.dep_ in ("dobj", "dative")]
        ordered += [
            c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
        ]
        subj, passive = self.subjects(head)
        if passive or not subj or not ordered:
            return None
        source = [i for s in subj for i in self.arg_ids(s, head)]
        target = [i for o in ordered for i in self.arg_ids(o) if i not in source]
        return (source, target) if source and target else None

    def noun_targets(self, noun: Token, cand: Candidate) -> list[str]:
        """Who a noun trigger with no one on the other side acts on: a named ``for X``
        ("a warrant for X", "consent for the Red Cross to bring food"), the subject of a
        that-clause of a request ("its demand that Chile lift the tariffs"), or who its purpose
        clause acts on ("a peace bid to settle the feud between Chad and its neighbours", "a
        plan meant to help the unions and the owners strike a deal")."""
        out: list[str] = []
        for c in children_of(noun):
            if c.dep_ == "prep" and c.lower_ == "for":
                out.extend(i for p in pobjs(c) for i in self.arg_ids(p, nominal=False))
            elif (
                c.dep_ in ("acl", "ccomp")
                and cand.pattern.roles == "ask"
                and not (is_infinitive(c))
            ):
                out.extend(
                    i for x in children_of(c) if x.dep_ == "nsubj" for i in self.arg_ids(x, c)
                )
            elif c.dep_ == "acl" and c.pos_ == "VERB":
                verbs = (
                    [c]
                    if is_infinitive(c)
                    else [x for x in children_of(c) if x.dep_ == "xcomp" and is_infinitive(x)]
                )
                for v in verbs:
                    if v.i not in self.triggers:
                        out.extend(self.complement_targets(v))
        if not out and cand.anchor is not None:
            for c in children_of(cand.anchor):
                if c.dep_ == "advcl" and is_infinitive(c) and c.i not in self.triggers:
                    out.extend(self.complement_targets(c))  # "held talks to end the strike in X"
        return [i for i in dict.fromkeys(out) if i not in cand.source]


def _named_owner(noun: Token) -> bool:
    """Whether a noun has a possessor that is no pronoun ("Ghana's support", not "his
    support": the one a pronoun names may be the helped one, as in "won her backing")."""
    return any(c.dep_ == "poss" and c.pos_ != "PRON" for c in children_of(noun))
