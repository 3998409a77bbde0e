"""What kind of actor an entity or a token is, for the coder's parts: a person, group, body or
site noun, a thing, someone's kin or followers, a private person of a country, a sector; the
entities a token's mentions name and their head tokens in a sentence. The per-document state
the parts share is made here (:class:`ActorKinds`); :mod:`.actors` reads who an argument names
on top of it."""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

from ...gazetteer import Gazetteer
from ...nlp import (
    char_tokens,
    children_of,
    expanded_root,
    expanded_span,
    span_root,
    tokens_of,
)
from ...sectors import sector_of_name
from ..base import State
from ..entities import Resolver
from ..entities.model import words as entity_words
from ..nominals import Nominals, age_noun
from .binding import carried_person, reporter_of
from .syntax import personal_stance
from .tables import ACTOR_SUFFIXES, Candidate, patterns, words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...types import Entity

# the sectors of a state's offices (``roles.tsv``): their holders stand for the state
STATE_SECTORS = frozenset({"GOV", "MIL", "JUD", "LEG", "COP"})


@functools.lru_cache(maxsize=1)
def _seated_body_words() -> frozenset[str]:
    """The common nouns of bodies that are no organ of a state: the entities stage's
    ``generic_org_heads`` less ``state_body_words`` ("council", "union"), made once."""
    return frozenset(entity_words()["generic_org_heads"]) - words().state_body_words


class ActorKinds:
    """The kinds of the actors tokens and entities name, for one document. Built per document;
    the tables are shared."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.table = patterns()
        self.words = words()
        self.triggers: dict[int, Candidate] = {}
        self.nominals = Nominals(state, self.words.not_actor_nouns)
        self.resolver: Resolver | None = None  # made on the first pronoun that needs it
        self.thing_pronouns: set[int] = set()  # each "it" found to stand for a thing
        self._mention_roots: dict[str, list[tuple[int, int]]] = {}  # see generic_heads
        self._heads_read: dict[str, tuple[int, bool]] = {}  # see thing
        self._country_list: list[Entity] | None = None  # see _countries
        # token index -> its entities (token_ids): the mentions stay as they are until the
        # coder commits its nominal actors, after it has read every token
        self._token_ids: dict[int, list[str]] = {}

    def seated_body_word(self, lemma: str) -> bool:
        """Whether ``lemma`` is a common noun for a body that is no organ of a state (the
        entities stage's ``generic_org_heads`` less ``state_body_words``)."""
        return lemma in _seated_body_words()

    def token_ids(self, tok: Token) -> list[str]:
        """The entities whose mentions cover ``tok`` ("X said he ...": X, :mod:`.binding`; "The
        governor, X, wrote ... In May, he ...": X, or no one), found once a token (a new list
        each call: callers may change it)."""
        held = self._token_ids.get(tok.i)
        if held is None:
            held = reporter_of(tok, self.state)
            if not held:
                carried = carried_person(tok, self.state)
                end = tok.idx + len(tok.text)
                held = (
                    carried
                    if carried is not None
                    else [eid for _, eid in self.state.mentions_in(tok.idx, end)]
                )
            self._token_ids[tok.i] = held
        return list(held)

    def private_people(self, eid: str, sent: Span) -> bool:
        """Whether every mention in ``sent`` of a people word modifies a noun of one private
        person of its country ("a Thai sailor", "a Latvian deckhand"): not the country, nor a
        group, thing or holder of an office of it ("Thai fishermen", "a Thai trawler", "the
        Thai minister": a title of the state, the military, the courts or the police,
        ``roles.tsv``)."""
        ent = self.state.entity(eid)
        here = (
            [m for m in ent.mentions if sent.start_char <= m.start < sent.end_char] if ent else []
        )
        if ent is None or ent.type != "NORP" or not here:
            return False
        doc = self.state.doc
        for m in here:
            span = expanded_span(doc, m.start, m.end)
            if span is None or span.root.dep_ not in ("amod", "compound", "nmod"):
                return False
            head = span.root.head
            lemma = head.lemma_.lower()
            if (
                head.pos_ != "NOUN"
                or head.tag_ != "NN"
                or not head.is_lower
                or not self.actor_noun(head)
                or lemma in self.words.site_nouns
                or lemma in self.words.state_body_words
            ):
                return False
            # a title alone (roles.tsv), not ``noun_sectors``: one soldier or trooper of a
            # country is a private person of it, its minister or general is its state
            role = Gazetteer.default().role(lemma)
            if role is not None and role.sector in STATE_SECTORS:
                return False
        return True

    def relative(self, tok: Token) -> bool:
        """Whether the noun names someone's kin ("her son", "the grandson of X")."""
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.words.relative_nouns

    def follower(self, tok: Token) -> bool:
        """Whether the noun names someone's followers, fans or staff ("fans of X", "X's
        supporters", ``follower_nouns``): they act or are acted on, not the one they follow."""
        return tok.pos_ == "NOUN" and tok.lemma_.lower() in self.words.follower_nouns

    def rival_or_stand_in(self, tok: Token) -> bool:
        """Whether the noun names those against someone or in someone's place ("the mayor's
        critics", "opponents of X", "her successor": ``rival_nouns``, ``stand_in_nouns``): its
        possessor or "of" phrase is whom they oppose or follow, not them."""
        lemma = tok.lemma_.lower()
        return tok.pos_ == "NOUN" and (
            lemma in self.words.rival_nouns or lemma in self.words.stand_in_nouns
        )

    def _owner(self, tok: Token) -> bool:
        """Whether a subject is the owner of a relative the parse cut off ("the grandson of
        Rep. X was shot" parsed with X a second subject after an "of" with no object)."""
        first = tok.left_edge.i
        if first == 0:
            return False
        of = tokens_of(tok.doc)[first - 1]
        return of.lower_ == "of" and not list(children_of(of)) and self.relative(of.head)

    def _unnamed(self, ids: list[str]) -> bool:
        """Whether every actor of ``ids`` is named by common nouns only ("officials")."""
        return all(
            self.nominals.has(i)
            or ((e := self.state.entity(i)) is not None and not any(ch.isupper() for ch in e.name))
            for i in ids
        )

    def reciprocal(self, tok: Token) -> bool:
        """Whether a possessive pronoun ("their", "our") of a joint act stands for both parties: it
        does unless it resolves to a conjoined pair ("Chile and Peru ... their talks")."""
        return tok.pos_ == "PRON" and tok.lower_ in self.words.reciprocal_possessives

    def thing(self, eid: str) -> bool:
        """Whether ``eid`` is a nominal entity whose head names no person, group or body ("a
        plan", "the ceasefire", "claims"; ``actor_nouns`` in ``event_words.json``)."""
        heads = self.nominals.head_tokens(eid)
        # the heads only grow: those read before are not read again
        read, actor = self._heads_read.get(eid, (0, False))
        actor = actor or any(self.actor_noun(t) for t in heads[read:])
        self._heads_read[eid] = (len(heads), actor)
        return bool(heads) and not actor

    def mention_spans(self, ent: Entity, sent: Span | None = None) -> list[Span | None]:
        """The spans of ``ent``'s mentions (those in ``sent`` alone, when given), widened to
        whole tokens; None for a mention no token covers."""
        doc = self.state.doc
        return [
            expanded_span(doc, m.start, m.end)
            for m in ent.mentions
            if sent is None or sent.start_char <= m.start < sent.end_char
        ]

    def mention_roots(self, ent: Entity, sent: Span | None = None) -> list[Token]:
        """The root tokens of :meth:`mention_spans` (those no token covers left out), found
        without making the spans."""
        doc = self.state.doc
        roots = (
            expanded_root(doc, m.start, m.end)
            for m in ent.mentions
            if sent is None or sent.start_char <= m.start < sent.end_char
        )
        return [r for r in roots if r is not None]

    def actor_sector(self, eid: str) -> str | None:
        """The sector of an actor: a nominal one's by the head of its words ("the riot police":
        COP), any other the entity's own."""
        if self.nominals.has(eid):
            return sector_of_name(self.nominals.names[eid])
        ent = self.state.entity(eid)
        return ent.sector if ent is not None else None

    def own_followers(self, eid: str) -> bool:
        """Whether ``eid`` is a nominal actor of someone's own followers or staff, named by a
        possessive pronoun ("his supporters", "her aides", ``follower_nouns``): an act toward
        them is inside one side, no act between actors (PLOVER codes acts between actors)."""
        heads = self.nominals.head_tokens(eid) if self.nominals.has(eid) else []
        return bool(heads) and all(
            h.lemma_.lower() in self.words.follower_nouns
            and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children_of(h))
            for h in heads
        )

    def actor_noun(self, tok: Token) -> bool:
        """Whether ``tok`` names a person, group, body or site (``actor_nouns``, ``site_nouns``)."""
        lemma = tok.lemma_.lower()
        if lemma in self.words.condition_nouns and any(
            p.pos_ == "NOUN"
            for c in children_of(tok)
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in children_of(c)
            if p.dep_ == "pobj"
        ):
            return False  # "the state of their ties": a condition, no body
        return not personal_stance(tok, self.words.stance_nouns, self.words.stance_verbs) and (
            tok.pos_ == "PROPN"
            or lemma in self.words.actor_nouns
            or tok.lower_ in self.words.actor_nouns
            or lemma in self.words.site_nouns
            or lemma in self.words.victim_nouns  # "a patron", "a bystander": a person
            # "relatives blocked a road", "detained the sons of X": kin as a group (one unnamed
            # relative, "her husband", is a person the coder cannot name: no actor)
            or (lemma in self.words.relative_nouns and tok.tag_ == "NNS")
            or (len(lemma) > 5 and lemma.endswith(ACTOR_SUFFIXES))
            or age_noun(tok)  # "a 17-year-old": a person of that age
        )

    def generic_heads(self, eid: str, sent: Span) -> list[Token]:
        """The head tokens in ``sent`` of an actor named by common nouns only: a nominal
        actor, or a group the entities stage found ("troops", "the force"); ``[]`` for a name."""
        # (head token, order) of the heads, sorted, brought up to date (they only grow)
        roots = self._mention_roots.setdefault(eid, [])
        doc = sent.doc
        if self.nominals.has(eid):
            heads = self.nominals.head_tokens(eid)
            for n in range(len(roots), len(heads)):
                bisect.insort(roots, (heads[n].i, n))
        else:
            ent = self.state.entity(eid)
            if ent is None or any(ch.isupper() for ch in ent.name):
                return []
            if not roots:  # a named entity's mentions are fixed: read once
                for n, m in enumerate(ent.mentions):
                    bounds = char_tokens(doc, m.start, m.end)
                    if bounds is not None:
                        roots.append((span_root(doc, *bounds), n))
                roots.sort()
        lo = bisect.bisect_left(roots, (sent.start,))
        hi = bisect.bisect_left(roots, (sent.end,))
        return [doc[i] for i, _ in sorted(roots[lo:hi], key=lambda r: r[1])]
