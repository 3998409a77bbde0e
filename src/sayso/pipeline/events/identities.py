"""Who a plain noun of a person is: "a man was found shot ... He was identified as X", "police
identified the woman as X", "the victim, X, ...". Local news tells a shooting first of "a man"
or "the woman" and names the person later, in a sentence that says who the noun was; event
data code the act between the people named. A nominal side whose head is a noun of one
person (``resident_nouns``) takes the person the story names for it, only where the story
leaves one candidate: one person identified with that noun, or, when the story identifies
people only through pronouns ("He was identified as X"), one person identified in all.

A story also names a person by the part they play: "A man has been charged ... Police allege X
opened fire", "A fired accountant was arraigned ... X had been arrested". A noun of one person
charged or held (``legal_charges``, ``custody_verbs``) stands for the one person the story names
charged or held, or, naming none, the one it tells attacking; a noun attacking, for the one
person it tells attacking (else charged or held); a noun attacked, for the one person it tells
attacked. Two candidates in the part ("two teens were arrested": X and Y) link to neither."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...nlp import children_of, deps_of, heads_of, lemmas_of, pos_of, tokens_of
from ..entities.model import first_name_gender
from ..entities.model import words as entity_words
from ..nominals import age_noun
from .actors import ActorFinder
from .syntax import pobjs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .tables import Candidate

# the parts a person plays in a story of a crime: charged or held, attacking, attacked
_HELD, _ATTACKER, _ATTACKED = "held", "attacker", "attacked"
# the part a noun plays, and the parts whose one named person it stands for, in order
_STANDS_FOR = {_HELD: (_HELD, _ATTACKER), _ATTACKER: (_ATTACKER, _HELD), _ATTACKED: (_ATTACKED,)}
# a named person of these sectors attacking is an officer at work, not the one charged
_ON_DUTY = frozenset({"COP", "MIL"})


class Identities(ActorFinder):
    """Links nominal sides to the person the story identifies them as."""

    # (the noun, or None for a pronoun; the person, or None where the name is no one person)
    _identities: list[tuple[str | None, str | None]] | None = None
    # the named people of each part (see the module's docstring), read by ``read_parts``
    _parts: dict[str, set[str]] | None = None
    # the people named beside a noun of an attacker of an act of its own (``_told_apart``)
    _apart: set[str | None] | None = None

    def identified(
        self, ids: list[str], acted_on: bool, cand: Candidate | None = None
    ) -> list[str]:
        """``ids`` with each nominal actor whose head is a noun of one person replaced by the
        one person the story identifies it as (see the module's docstring). A person
        identified through a pronoun only stands for a side ``acted_on`` (the victim a story
        identifies, not "a gunman" it has not named). Else a noun on a side of ``cand`` stands
        for the one person named in its part."""
        out: list[str] = []
        # the other side of the act is never the one a noun stands for ("X shot a clerk": the
        # clerk is not X, though X is the one person the story tells shot by police)
        other = set() if cand is None else set(cand.source if acted_on else cand.target)
        for eid in ids:
            person = self._identified_as(eid, acted_on) or self._one_in_part(eid, acted_on, cand)
            if person in other:
                person = None
            out.append(person if person is not None and self._same_gender(eid, person) else eid)
        return list(dict.fromkeys(out))

    def _same_gender(self, eid: str, person: str) -> bool:
        """Whether the noun of ``eid`` ("a woman": ``gendered_nouns``) and the first name of
        ``person`` ("Tom Ellis": ``first_names``) say no two genders: "a woman was shot" is
        no man the story tells attacked."""
        noun = self._one_person_noun(eid)
        ent = self.state.entity(person)
        said = entity_words()["gendered_nouns"].get(noun) if noun is not None else None
        named = first_name_gender(ent.name) if ent is not None else None
        return said is None or named is None or said == named

    def named_attacker(self, cand: Candidate, target: list[str]) -> list[str]:
        """The attacker of an act of harm on ``target`` told with none named ("a man was shot
        ... the gunman, X, fled"): the one person the story names in apposition to a noun of
        one who attacked (``attacker_nouns``), where it names one such person and it is none
        of those hurt, else ``[]``."""
        if cand.type != "ASSAULT" or not target:
            return []
        nouns = self.words.attacker_nouns
        named = {p for noun, p in self._identity_pairs() if noun in nouns} - self._told_apart()
        if len(named) != 1 or None in named or named & set(target):
            return []
        return [p for p in named if p is not None]

    def _told_apart(self) -> set[str | None]:
        """The people named in apposition to a noun of one who attacked that its own phrase
        ties to an act of its own ("the gunman in last year's mall shooting, X", "the
        school's killer, X"): no attacker of an act the story tells with none named."""
        if self._apart is None:
            nouns = self.words.attacker_nouns
            self._apart = {
                p
                for tok in tokens_of(self.state.doc)
                if tok.dep_ == "appos"
                and tok.head.lemma_.lower() in nouns
                and any(c.dep_ in ("prep", "poss") for c in children_of(tok.head))
                for p in self._people(tok)
            }
        return self._apart

    def _one_person_noun(self, eid: str) -> str | None:
        """The lemma of the head of a side named by one noun of one person ("a man", "the
        accountant"; ``resident_nouns``; "a 17-year-old", an age), else None ("the men", "two
        women": a group)."""
        heads = self._noun_heads(eid)
        if not heads:
            return None
        if all(age_noun(h) for h in heads):
            return "old"
        lemmas = {h.lemma_.lower() for h in heads}
        if len(lemmas) != 1 or any(h.tag_ not in ("NN", "NNP") for h in heads):
            return None
        (lemma,) = lemmas
        return lemma if lemma in self.words.resident_nouns else None

    def _one_in_part(self, eid: str, acted_on: bool, cand: Candidate | None) -> str | None:
        """The one named person of the part the noun ``eid`` plays in ``cand`` (see the
        module's docstring), else None."""
        if cand is None or self._one_person_noun(eid) is None:
            return None
        part = self._part(cand, acted_on)
        if part is None:
            return None
        parts = self._parts
        if parts is None:
            raise RuntimeError("read_parts() reads the parts before any side is identified")
        for each in _STANDS_FOR[part]:
            if parts[each]:
                return next(iter(parts[each])) if len(parts[each]) == 1 else None
        return None

    def _part(self, cand: Candidate, acted_on: bool) -> str | None:
        """The part a side of ``cand`` plays: charged or held, attacking, attacked, or None."""
        lemma = cand.tok.lemma_.lower()
        if acted_on and (
            (cand.type == "ACCUSE" and lemma in self.words.legal_charges)
            or (cand.type == "COERCE" and lemma in self.words.custody_verbs)
        ):
            return _HELD
        if cand.type == "ASSAULT":
            return _ATTACKED if acted_on else _ATTACKER
        return None

    def read_parts(self) -> None:
        """Reads the named people (``PERSON`` entities) of each part, over all the story's
        candidates, once the fold has set their types (the coder calls it after folding and
        before emitting any event). The types read are the fold's: emitting an act may still
        retype it by its own sides (an attack in words is ACCUSE, an announced attack
        THREATEN), which the parts do not follow, so that every side is identified against
        the same parts whatever the order of the acts."""
        parts: dict[str, set[str]] = {_HELD: set(), _ATTACKER: set(), _ATTACKED: set()}
        for cand in self.triggers.values():
            for side, acted_on in ((cand.source, False), (cand.target, True)):
                part = self._part(cand, acted_on)
                if part is None:
                    continue
                for i in side:
                    ent = self.state.entity(i)
                    if ent is None or ent.type != "PERSON":
                        continue
                    if part == _ATTACKER and ent.sector in _ON_DUTY:
                        continue
                    parts[part].add(i)
        self._parts = parts

    def _identified_as(self, eid: str, acted_on: bool) -> str | None:
        lemma = self._one_person_noun(eid)
        if lemma is None:
            return None
        pairs = self._identity_pairs()
        named = {p for noun, p in pairs if noun == lemma}
        if not named and acted_on:  # "He was identified as X": the one person the story identifies
            named = {p for noun, p in pairs if noun is None}
        return next(iter(named)) if len(named) == 1 and None not in named else None

    def _noun_heads(self, eid: str) -> list[Token]:
        """The head nouns of a side named by common nouns only: a nominal actor's, or those of
        the mentions of an entity the entities stage made of a common noun ("the woman")."""
        if self.nominals.has(eid):
            return self.nominals.head_tokens(eid)
        ent = self.state.entity(eid)
        if ent is None or ent.type != "OTHER" or any(ch.isupper() for ch in ent.name):
            return []
        return self.mention_roots(ent)

    def _identity_pairs(self) -> list[tuple[str | None, str | None]]:
        """(the noun a person is told by, or None for a pronoun; the person) for each
        identification in the story: "identified the woman as X" (woman, X), "He was
        identified as X" (None, X), "the victim, X," (victim, X); a name that is no one person
        the entities stage found is None ("was identified as X" with X unknown: the story
        identifies someone it cannot tell)."""
        if self._identities is not None:
            return self._identities
        pairs: list[tuple[str | None, str | None]] = []
        doc = self.state.doc
        tokens, lemmas, heads = tokens_of(doc), lemmas_of(doc), heads_of(doc)
        pos, deps = pos_of(doc), deps_of(doc)
        for i, tag in enumerate(pos):  # read from the arrays: a Token made only where it acts
            if tag == "VERB" and lemmas[i] in self.words.identifying_verbs:
                pairs.extend(self._identification(tokens[i]))
            elif deps[i] == "appos" and pos[heads[i]] == "NOUN":
                pairs.extend((lemmas[heads[i]], p) for p in self._people(tokens[i]))
        self._identities = pairs
        return pairs

    def _identification(self, verb: Token) -> list[tuple[str | None, str | None]]:
        """The pairs of one identifying verb: its object (or passive subject) and the
        people its "as" phrase names, each conjunct with its own noun ("as X and her son Y")."""
        if any(c.dep_ == "neg" for c in children_of(verb)):
            return []
        told = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
        if len(told) != 1:
            return []
        names = [  # "identified X as Y", the "as" phrase on the verb or on its object
            p
            for c in (*children_of(verb), *children_of(told[0]))
            if c.dep_ == "prep" and c.lower_ == "as"
            for p in pobjs(c)
        ]
        if len(names) != 1:
            return []
        noun = told[0]
        first: str | None
        if noun.pos_ == "PRON":
            first = None
        elif noun.pos_ == "NOUN":
            first = noun.lemma_.lower()
        else:
            return []
        out: list[tuple[str | None, str | None]] = [(first, self._person(names[0]))]
        for conj in names[0].conjuncts:
            own = (
                conj.lemma_.lower()
                if conj.pos_ == "NOUN"
                else next(
                    (
                        c.lemma_.lower()
                        for c in children_of(conj)
                        if c.pos_ == "NOUN" and c.dep_ in ("compound", "nmod", "appos")
                    ),
                    None,
                )
            )
            if own is not None:  # "... and her son Y": the son
                out.append((own, self._person(conj)))
        return out

    def _person(self, tok: Token) -> str | None:
        """The one named person the phrase headed by ``tok`` names, else None."""
        people = self._people(tok)
        return people[0] if people else None

    def _people(self, tok: Token) -> list[str]:
        """The one named person the phrase headed by ``tok`` names (as a list), else ``[]``."""
        found = list(dict.fromkeys(i for t in (tok, *children_of(tok)) for i in self.token_ids(t)))
        people = [
            i for i in found if (e := self.state.entity(i)) is not None and e.type == "PERSON"
        ]
        return people if len(people) == 1 else []
