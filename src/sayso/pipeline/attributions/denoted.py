"""The entity a speaking noun phrase denotes when the story names it elsewhere: "the court"
the court named once in full, "the administration" the White House, "the Mexican government"
Mexico, "his wife" the person named as his wife, "the ruling" the court that handed it down.

Each rule gives an entity only when exactly one fits (a missing speaker is better than a wrong
one); otherwise the caller keeps what it had.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...gazetteer import Gazetteer
from ...lexicon import lemma
from ...nlp import lemmas_of, tokens_of
from ...types import Entity
from ..entities import words
from .context import Context, tok_end

_COURT_ROLES = {"judge"}  # the gazetteer's role of "judge" and "justice"


def proper(ent: Entity) -> bool:
    """Whether an entity has a name of its own (a capital letter in it), not a common noun:
    nor a common noun after a nationality ("Russian company", whose head is lower case)."""
    last = ent.name.split()[-1] if ent.name.split() else ""
    return any(ch.isupper() for ch in ent.name) and not (" " in ent.name and last.islower())


class Denoted:
    """The denotation rules of one document's run."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.state = ctx.state
        self.doc = ctx.doc

    def _entity_of(self, tok: Token) -> Entity | None:
        return self.state.entity_at(tok.idx, tok_end(tok))

    def body(self, head: Token) -> Entity | None:
        """The named body a bare noun for a body denotes: the one organisation of the story
        whose name holds the noun ("the court" -> "4th U.S. Circuit Court of Appeals"), else
        the body the noun is another name for ("the administration" -> the White House). A
        nationality before the noun keeps to bodies of that country ("the Indian navy" is not
        the U.S. Navy); a government the story named as such keeps its own entity (the gold
        lists "the Nicaraguan government" as a body of its own)."""
        if head.pos_ != "NOUN" or lemma(head) == "government":
            return None
        word = lemma(head)
        own = self._nationality(head)
        named = [
            e
            for e in self.state.entities
            if e.type == "ORG"
            and proper(e)
            and word in e.name.lower().split()
            and (own is None or e.country == own)
        ]
        if len(named) == 1:
            return named[0]
        alias = words()["body_aliases"].get(word)
        if named or alias is None:
            return None
        found = [e for e in self.state.entities if e.type == "ORG" and e.name.lower() == alias]
        return found[0] if len(found) == 1 else None

    def _nationality(self, head: Token) -> str | None:
        """The country a nationality or country name before a noun names ("the Indian navy",
        "the Senate's Foreign Relations Committee": none)."""
        gz = Gazetteer.default()
        for c in head.children:
            if c.dep_ in {"amod", "compound", "poss"} and c.i < head.i:
                iso = gz.demonym(c.text) or gz.country(c.text)
                if iso is not None:
                    return iso
        return None

    def government(self, head: Token) -> Entity | None:
        """The country whose government a noun phrase names ("the Mexican government")."""
        if head.pos_ != "NOUN" or lemma(head) != "government":
            return None
        gz = Gazetteer.default()
        near = [c for c in head.children if c.dep_ in {"poss", "compound", "amod"}]
        near += [
            g
            for c in head.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children
            if g.dep_ == "pobj"
        ]
        found: set[str] = set()
        for t in near:
            ent = self._entity_of(t)
            iso = gz.country(ent.name) if ent is not None and ent.type == "GPE" else None
            # "South Korea's government": the words of the modifier's own phrase
            words_of = self.ctx.text[t.left_edge.idx : tok_end(t)]
            found.add(iso or gz.country(words_of) or gz.demonym(t.text) or "")
        found.discard("")
        if len(found) != 1:
            return None
        iso3 = found.pop()
        ents = [
            e for e in self.state.entities if e.type == "GPE" and gz.country(e.name) == iso3
        ]
        return ents[0] if len(ents) == 1 else None

    def court(self) -> Entity | None:
        """Who handed down a ruling the story does not ascribe: its one named court, else its
        one judge."""
        courts = [
            e
            for e in self.state.entities
            if e.type == "ORG" and proper(e) and "court" in e.name.lower().split()
        ]
        if courts:
            return courts[0] if len(courts) == 1 else None
        judges = [e for e in self.state.entities if e.type == "PERSON" and e.role in _COURT_ROLES]
        return judges[0] if len(judges) == 1 else None

    def kin(self, head: Token) -> Entity | None:
        """The person a possessed kinship noun denotes ("his wife said"): the one person the
        story names in apposition to, or right after, the same noun ("His wife, Lena Brandt,")."""
        gendered = words()["gendered_nouns"]
        word = lemma(head)
        if (
            word not in gendered
            or Gazetteer.default().role(word) is not None
            or not any(c.dep_ == "poss" for c in head.children)
        ):
            return None
        lemmas, tokens = lemmas_of(self.doc), tokens_of(self.doc)
        found: list[Entity] = []
        for i, low in enumerate(lemmas):
            tok = tokens[i]
            if low != word or i == head.i or tok.pos_ != "NOUN":
                continue
            near = [c for c in tok.children if c.dep_ == "appos"]
            if tok.dep_ in {"appos", "compound"}:
                near.append(tok.head)
            for t in near:
                ent = self._entity_of(t)
                if ent is not None and ent.type == "PERSON" and ent not in found:
                    found.append(ent)
        return found[0] if len(found) == 1 else None


def judgement(head: Token) -> bool:
    """Whether ``head`` is a text a court hands down ("the ruling", "the opinion")."""
    return head.pos_ == "NOUN" and lemma(head) in words()["judgement_nouns"]
