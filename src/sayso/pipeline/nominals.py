"""Nominal actors: event arguments that name no entity ("protesters", "the agreement", "a fine").

PLOVER events often act on or come from a plain noun phrase: "condemned a U.S. Supreme Court
decision", "the police dispersed protesters". When an argument of an event trigger (its subject,
object, agent, prepositional object or possessor) covers no mention of the entities stage, the
events stage asks :class:`Nominals` for one. It makes an entity of type ``OTHER`` for the noun
phrase the argument heads: its premodifiers and head, leading articles and demonstratives left
out ("a fine" -> "fine"), never reaching into the mention of another entity. Only phrases that
end up as actors of an emitted event are added to the record, so the entity list does not fill
with every noun of the text.

Left out: pronouns (the entities stage resolves those it can; an unresolved "it" names no one),
numbers, dates and amounts, time expressions of the times stage, and nouns that are never actors
("part", "weekend": ``not_actor_nouns`` in ``sayso/data/event_words.json``).

A nominal actor's sector comes from the keyword rules on its name (``sayso.sectors``:
"protesters" -> CVL, "riot police" -> COP); a thing ("the agreement") gets none.

Definite phrases with the same name ("the agreement" ... "the agreement") are one entity; an
indefinite one ("a fine") is an entity of its own. Ids: ``stable_id("e", doc id, "nominal", key)``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import children_of, tokens_of
from ..sectors import sector_of_name
from ..types import Entity, Span, stable_id
from .base import SpanIndex, State
from .entities.confidence import score
from .entities.model import INDEFINITES

NOMINAL_TYPE = "OTHER"
# an actor known only by a nominal the gazetteer does not know, scored as the entities stage
# scores one (entities/confidence.py)
NOMINAL_CONFIDENCE = score(["nominal"], "unknown", 0)
# the head noun is a word of these spaCy entity labels: an amount or a time, not an actor
_NOT_ACTOR_LABELS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
)
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those", "such"})


def age_noun(tok: Token) -> bool:
    """Whether ``tok`` ends an age used as a noun: "a 17-year-old was arrested" (the parser
    makes "old" an adjective of a date; as a subject or an object it is a person of that age,
    not a time)."""
    return (
        tok.lower_ == "old"
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
        and any(
            c.lower_ in ("year", "years") and any(n.like_num for n in children_of(c))
            for c in children_of(tok)
        )
    )


class Nominals:
    """Nominal actor entities of one document, made on demand and added by :meth:`commit`."""

    def __init__(self, state: State, not_actor_nouns: frozenset[str]) -> None:
        self.state = state
        self.not_actor = not_actor_nouns
        self.by_head: dict[int, str | None] = {}  # token index -> entity id (None: not an actor)
        self.by_key: dict[str, str] = {}  # name key -> entity id
        self.names: dict[str, str] = {}  # entity id -> name
        self.heads: dict[str, list[Token]] = {}  # entity id -> the head tokens of its phrases
        self.mentions: dict[str, list[Span]] = {}  # entity id -> mentions
        self.committed: set[str] = set()
        self._times: SpanIndex | None = None

    def make(self, tok: Token) -> list[str]:
        """The nominal entity of the noun phrase headed by ``tok`` (``[]`` if it is no actor)."""
        if tok.i not in self.by_head:
            self.by_head[tok.i] = self._make(tok)
        eid = self.by_head[tok.i]
        return [eid] if eid is not None else []

    def _make(self, tok: Token) -> str | None:
        if not age_noun(tok) and (
            tok.pos_ not in ("NOUN", "PROPN") or tok.ent_type_ in _NOT_ACTOR_LABELS
        ):
            return None
        if tok.lemma_.lower() in self.not_actor or tok.lower_ in self.not_actor:
            return None
        end = tok.idx + len(tok.text)
        if self._times is None:  # the times stage is done: index its spans once
            self._times = SpanIndex(t.span for t in self.state.times)
        if self._times.overlapping(tok.idx, end) and not age_noun(tok):
            return None
        doc = tok.doc
        tokens = tokens_of(doc)
        first = tok.left_edge.i
        # never reach into another entity's mention ("Russia's ... allies" stops after it)
        for m, _ in self.state.mentions_in(tokens[first].idx, tok.idx):
            while first < tok.i and tokens[first].idx < m.end:
                first += 1
            if first + 1 < tok.i and tokens[first].text == "-" and tokens[first + 1].tag_ == "VBN":
                first += 2  # "a Russia-backed militia" is "militia"
        # a phrase starts on its head's line ("Buy Photo" closing a caption the parser ran
        # into the next line is no word of "A man" there)
        while first < tok.i and "\n" in self.state.text[tokens[first].idx : tok.idx]:
            first += 1
        lead = tokens[first]
        definite = lead.lower_ not in INDEFINITES
        while first < tok.i and (
            tokens[first].lower_ in _ARTICLES
            or tokens[first].is_punct
            or tokens[first].is_space
            or tokens[first].tag_ == "POS"  # "Peru's donors" is "donors"
        ):
            first += 1
        start = tokens[first].idx
        name = " ".join(self.state.text[start:end].split())
        if not name:
            return None
        key = name.casefold() if definite else f"{name.casefold()}@{start}"
        eid = self.by_key.get(key)
        if eid is None:
            eid = stable_id("e", self.state.document.id, "nominal", key)
            self.by_key[key] = eid
            self.names[eid] = name
            self.mentions[eid] = []
        self.mentions[eid].append(self.state.span(start, end))
        self.heads.setdefault(eid, []).append(tok)
        return eid

    def has(self, eid: str) -> bool:
        """Whether ``eid`` is a nominal actor of this document."""
        return eid in self.names

    def head_tokens(self, eid: str) -> list[Token]:
        """The head tokens of the phrases of nominal ``eid`` (``[]`` for another entity)."""
        return self.heads.get(eid, [])

    def commit(self, used: set[str]) -> None:
        """Add the nominal entities in ``used`` to the state's entities. Callable again (a later
        coder adding events): the entities committed before stay, with their latest mentions."""
        self.committed |= {eid for eid in used if eid in self.names}
        if not self.committed:
            return
        named = [e for e in self.state.entities if e.id not in self.names]
        new = [
            Entity(
                id=eid,
                name=self.names[eid],
                type=NOMINAL_TYPE,
                country=None,
                role=None,
                mentions=tuple(sorted(set(self.mentions[eid]), key=lambda m: m.start)),
                sector=sector_of_name(self.names[eid]),
                resolved=("nominal",) * len(set(self.mentions[eid])),
                confidence=NOMINAL_CONFIDENCE,
            )
            for eid in self.names
            if eid in self.committed
        ]
        self.state.set_entities([*named, *new])
