"""Criticism said only as a verdict inside someone's words: '"Vale is a fraud," Ortiz said',
'Ortiz said the governor's plan was reckless'. Calling an actor, or a thing the actor holds, by a
word of blame criticises that actor (CAMEO 111, ACCUSE), as "called Vale a fraud" does
(plover_patterns.tsv: the blame words of "call|label|brand"): the speaker of the attribution is
the source, the actor named as the subject of the verdict the target.

Only a plain statement counts: a verdict negated ("is not a fraud"), held back by a modal
("would be a disaster"), put as a condition ("if he is reckless") or asked is none. The subject
must name the actor (a proper name, or a proper name's plan or record), never a pronoun whose
antecedent the coder could mistake; and one pair of speaker and target is coded once a story,
never beside an accusation the coder already read between them.

So is the speaker's own displeasure with a named actor ('"we are furious with X," she said',
'our members are frustrated with X', 'she said she was disappointed in X': ``displeasure_words``):
disapproval, CAMEO 11, felt by "we", "I", "our ..." or the speaker, never by another the speaker
tells of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicon import shared_words
from ...nlp import char_tokens, children_of, deps_of, lemmas_of, tokens_of
from ...types import Event, stable_id
from .confidence import FLOOR, score
from .sides import Sider
from .syntax import asks, pobjs
from .tables import Candidate, Pattern

if TYPE_CHECKING:
    from spacy.tokens import Token

# the entity types a verdict can be aimed at: someone or some body, not a place or a date
AIMED_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# the verdict's own pattern: an accusation whose actors the attribution gives
VERDICT = Pattern(
    type="ACCUSE",
    pos="noun",
    with_words=frozenset(),
    entity_object=False,
    complement=False,
    roles="dir",
)
# where the verdict's verb stands: the sentence's own, a said clause or one joined to either
VERDICT_DEPS = frozenset({"ROOT", "ccomp", "conj"})
# where a word of displeasure stands besides: the predicate of such a verb ("we are furious")
TOLD_DEPS = VERDICT_DEPS | {"acomp"}


class Verdicts(Sider):
    """Accusations told as verdicts in quoted or reported words."""

    _blame: frozenset[str] | None = None

    def verdicts(self, events: list[Event]) -> list[Event]:
        """The accusations the attributions hold as verdicts, none for a pair already coded."""
        accused = {(s, t) for e in events if e.type == "ACCUSE" for s in e.source for t in e.target}
        found: list[Event] = []
        doc = self.state.doc
        tokens, deps, lemmas = tokens_of(doc), deps_of(doc), lemmas_of(doc)
        for att in self.state.attributions:
            speaker = att.speaker
            if speaker is None or not self._aimed(speaker):
                continue
            for part in att.content:
                bounds = char_tokens(doc, part.start, part.end)
                if bounds is None:
                    continue
                for i in range(bounds[0], bounds[1]):
                    if deps[i] not in TOLD_DEPS:
                        continue
                    verb, lemma = tokens[i], lemmas[i]
                    if lemma in self.words.displeasure_words:
                        told = self._displeasure(verb, speaker)
                    elif lemma == "be" and deps[i] != "acomp":
                        told = self._verdict(verb)
                    else:
                        continue
                    if told is None:
                        continue
                    subject, word, target = told
                    target = [t for t in target if t != speaker and (speaker, t) not in accused]
                    if not target:
                        continue
                    clause = verb.head if deps[i] == "acomp" else verb
                    event = self._verdict_event(subject, word, clause, speaker, target, att.id)
                    if event is not None:
                        found.append(event)
                        accused.update((speaker, t) for t in target)
        return found

    def _verdict(self, verb: Token) -> tuple[Token, Token, list[str]] | None:
        """(subject, word of blame, actors blamed) of a plain verdict told by ``verb``."""
        kids = children_of(verb)
        w = self.words
        if self._held_back(verb):
            return None
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        word = next((c for c in kids if c.dep_ in ("attr", "acomp")), None)
        if subject is None or word is None or not self._blames(word):
            return None
        if asks(verb):
            return None  # "is he a fraud?": asked, not said
        named = subject
        if subject.pos_ == "NOUN" and subject.lemma_.lower() in w.idea_nouns:
            # "the governor's plan was reckless": the plan's owner is blamed
            named = next((c for c in children_of(subject) if c.dep_ == "poss"), subject)
        if named.pos_ != "PROPN":
            return None
        target = [i for i in self.token_ids(named) if self._aimed(i)]
        return (subject, word, target) if target else None

    def _displeasure(self, word: Token, speaker: str) -> tuple[Token, Token, list[str]] | None:
        """(subject, word, actors) of the speaker's own displeasure with named actors ('"we are
        furious with X," she said', 'she said she was disappointed in X'): ``displeasure_words``
        with a "with/at/in X" phrase, felt by "we", "I", "our members" or the speaker."""
        verb = word.head if word.dep_ == "acomp" else word
        if self._held_back(verb) or self._held_back(word) or asks(verb):
            return None
        subject = next((c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or not self._speakers_own(subject, speaker):
            return None
        target = [
            i
            for c in children_of(word)
            if c.dep_ == "prep" and c.lower_ in ("with", "at", "in")
            for p in pobjs(c)
            if p.pos_ == "PROPN"
            for i in self.token_ids(p)
            if self._aimed(i)
        ]
        return (subject, word, target) if target else None

    def _speakers_own(self, subject: Token, speaker: str) -> bool:
        """Whether the subject is the speaker: "we", "I", a noun of "our" or "my" ("our
        members"), or one the coder reads as the speaker ("she said she was ...")."""
        first_person = shared_words().first_person_plural | self.words.first_person_singular
        if subject.lower_ in first_person:
            return True
        if subject.pos_ == "NOUN" and any(
            c.dep_ == "poss" and c.lower_ in first_person for c in children_of(subject)
        ):
            return True
        return subject.pos_ == "PRON" and self.token_ids(subject) == [speaker]

    def _held_back(self, verb: Token) -> bool:
        """Whether the clause is negated, held back by a modal or put as a condition."""
        w = self.words
        modals = w.conditional_aux | w.intended_aux | w.hypothetical_aux
        return any(
            c.dep_ == "neg"
            or (c.dep_ in ("aux", "auxpass") and c.lower_ in modals)
            or (c.dep_ == "mark" and c.lower_ in w.condition_marks)
            for c in children_of(verb)
        )

    def _blames(self, word: Token) -> bool:
        """Whether the predicate is a word of blame, or a noun a word of blame describes ("a
        reckless gambler")."""
        if self._blame is None:
            self._blame = frozenset(
                w
                for p in self.table.get(("verb", "label"), [])
                if p.type == "ACCUSE"
                for w in p.with_words
            )
        blame = self._blame
        return (
            word.lemma_.lower() in blame
            or word.lower_ in blame
            or (
                word.pos_ == "NOUN"
                and any(c.dep_ == "amod" and c.lower_ in blame for c in children_of(word))
            )
        )

    def _aimed(self, eid: str) -> bool:
        """Whether the actor is someone or some body the story names (``AIMED_TYPES``), no
        description of one ("the mayor")."""
        ent = self.state.entity(eid)
        return ent is not None and ent.type in AIMED_TYPES and not self.nominals.has(eid)

    def _verdict_event(
        self,
        subject: Token,
        word: Token,
        verb: Token,
        speaker: str,
        target: list[str],
        attribution: str,
    ) -> Event | None:
        cand = Candidate(tok=word, pattern=VERDICT, extra=[], clause=verb)
        cand.source, cand.target = [speaker], target
        confidence = score(
            self.state,
            cand,
            None,
            ([speaker], target),
            attribution,
            lambda i: not self.someone(i),
        )
        if confidence < FLOOR:
            return None
        first = min(subject.left_edge.i, word.i)
        trigger = self.state.span(tokens_of(verb.doc)[first].idx, word.idx + len(word.text))
        return Event(
            id=stable_id("ev", self.state.document.id, trigger.start, "ACCUSE"),
            type="ACCUSE",
            mode=None,
            source=(speaker,),
            target=tuple(target),
            trigger=trigger,
            date=self.date(cand),
            location=None,
            attribution=attribution,
            confidence=confidence,
        )
