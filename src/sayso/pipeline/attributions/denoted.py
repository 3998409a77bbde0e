"""The entity a speaking noun phrase denotes when the story names it elsewhere: "the court"
the court named once in full, "the administration" the White House, "the Mexican government"
Mexico, "his wife" the person named as his wife, "the ruling" the one judge named, else the
court that handed it down.

Each rule gives an entity only when exactly one fits (a missing speaker is better than a wrong
one); otherwise the caller keeps what it had.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...gazetteer import Gazetteer
from ...lexicon import lemma
from ...nlp import children_of, expanded_span, lemmas_of, tokens_of
from ...sectors import sectors_of_noun
from ...types import Entity
from ..entities import words
from .context import Context, tok_end

_COURT_ROLES = {"judge"}  # the gazetteer's role of "judge" and "justice"
_PLACES = {"GPE", "LOC", "NORP"}
_PLACE_WORDS = 4  # how many words from a name the place it is set next to may stand
_OWNERS = {"compound", "nmod", "poss"}  # the dependents that name a noun's owner


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
        self._several: bool | None = None  # _seats_several's answer, read once a document

    def _entity_of(self, tok: Token) -> Entity | None:
        return self.state.entity_at(tok.idx, tok_end(tok))

    def firm(self, head: Token) -> Entity | None:
        """The one business the story named before a bare noun for a business ("Ostra
        Shipping Ltd. ... the company said": a noun of the business sector in
        ``sectors.tsv``): an organisation of that sector with a name of its own; None when the
        story named none or two."""
        if "BUS" not in sectors_of_noun(lemma(head)):
            return None
        firms = [
            e
            for e in self.state.entities
            if e.type == "ORG"
            and e.sector == "BUS"
            and proper(e)
            and any(m.start < head.idx for m in e.mentions)
        ]
        return firms[0] if len(firms) == 1 else None

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

    def owner(self, head: Token) -> Entity | None:
        """The organisation a bare definite noun belongs to when the story named it as that
        organisation's before ("the Ledger editorial board", "the Ledger's editorial board" ...
        "the editorial board writes"): the one organisation set as a compound or possessor of
        an earlier use of the noun; None when none or several are."""
        if head.pos_ != "NOUN" or any(
            c.dep_ in _OWNERS and c.pos_ in {"PROPN", "PRON"} for c in children_of(head)
        ):
            return None  # "the Future45 group", "its board" name their own
        word = lemma(head)
        lemmas, tokens = lemmas_of(self.doc), tokens_of(self.doc)
        found: list[Entity] = []
        for i in range(head.i):
            if lemmas[i] != word or tokens[i].pos_ != "NOUN":
                continue
            for c in children_of(tokens[i]):
                ent = self._entity_of(c) if c.dep_ in _OWNERS else None
                if ent is not None and ent.type == "ORG" and proper(ent) and ent not in found:
                    found.append(ent)
        return found[0] if len(found) == 1 else None

    def _nationality(self, head: Token) -> str | None:
        """The country a nationality or country name before a noun names ("the Indian navy",
        "the Senate's Foreign Relations Committee": none)."""
        gz = Gazetteer.default()
        for c in children_of(head):
            if c.dep_ in {"amod", "compound", "poss"} and c.i < head.i:
                iso = gz.nation(c.text)
                if iso is not None:
                    return iso
        return None

    def government(self, head: Token) -> Entity | None:
        """The country whose government a noun phrase names ("the Mexican government")."""
        if head.pos_ != "NOUN" or lemma(head) != "government":
            return None
        gz = Gazetteer.default()
        near = [c for c in children_of(head) if c.dep_ in {"poss", "compound", "amod"}]
        near += [
            g
            for c in children_of(head)
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in children_of(c)
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
        ents = [e for e in self.state.entities if e.type == "GPE" and gz.country(e.name) == iso3]
        return ents[0] if len(ents) == 1 else None

    def court(self) -> Entity | None:
        """Who handed down a ruling the story does not ascribe: the one judge it names (unless
        it seats several on a court), else its one named court."""
        judge = None if self._seats_several() else self._one_judge()
        return judge if judge is not None else self._named_court()

    def bench(self, head: Token) -> Entity | None:
        """Who a bare noun of a sitting court speaks as ("the court ruled", "the panel said";
        ``bench_nouns``): a panel its own words count several judges on ("a three-judge
        panel", "a panel of five judges") is the one court the story named before it; any
        other is the one judge the story names ("Judge Ann Lee ... The court found"), unless
        the story seats several on one (then the named court again). A noun a name or owner
        modifies ("the Senate panel", "its court") is left as it was, and one a word narrows
        ("the high court") is no one judge; None when no one fits."""
        table = words()
        if head.pos_ != "NOUN" or lemma(head) not in table["bench_nouns"]:
            return None
        kids = children_of(head)
        if any(c.dep_ in _OWNERS and c.pos_ in {"PROPN", "PRON"} for c in kids):
            return None
        if self._several_judges(head):
            return self._named_court(head.idx)
        if any(c.dep_ in _OWNERS or c.dep_ == "amod" for c in kids):
            return None  # "the appeals court", "the high court": maybe another judge's
        if self._seats_several():
            return self._named_court(head.idx)  # "a five-judge panel ... the court said"
        return self._one_judge()

    def _one_judge(self) -> Entity | None:
        """The one judge the story names (None when it names none or two)."""
        named = [e for e in self.state.entities if e.type == "PERSON" and e.role in _COURT_ROLES]
        return named[0] if len(named) == 1 else None

    def _seats_several(self) -> bool:
        """Whether the story counts several judges on a court anywhere ("a three-judge
        panel"); the document is read for it once, not once a noun asked about."""
        if self._several is None:
            bench, tokens = words()["bench_nouns"], tokens_of(self.doc)
            self._several = any(
                low in bench and self._several_judges(tokens[i])
                for i, low in enumerate(lemmas_of(self.doc))
            )
        return self._several

    @staticmethod
    def _several_judges(head: Token) -> bool:
        """Whether a court's noun counts several judges on it ("a three-judge panel", "a
        panel of five judges")."""
        judges = set(words()["judge_nouns"])
        kids = children_of(head)
        return any(lemma(c) in judges for c in kids if c.dep_ in {"compound", "amod"}) or any(
            lemma(g) in judges and g.tag_ in {"NNS", "NNPS"}
            for c in kids
            if c.dep_ == "prep" and c.lower_ == "of"
            for g in children_of(c)
            if g.dep_ == "pobj"
        )

    def _named_court(self, before: int | None = None) -> Entity | None:
        """The one court the story names in full (before offset ``before`` where given: a
        panel sits on a court named first; None when it names none or two)."""
        courts = [
            e
            for e in self.state.entities
            if e.type == "ORG"
            and proper(e)
            and "court" in e.name.lower().split()
            and (before is None or any(m.start < before for m in e.mentions))
        ]
        return courts[0] if len(courts) == 1 else None

    def kin(self, head: Token) -> Entity | None:
        """The person a possessed kinship noun denotes ("his wife said"): the one person the
        story names in apposition to, or right after, the same noun ("His wife, Lena Brandt,")."""
        gendered = words()["gendered_nouns"]
        word = lemma(head)
        if (
            word not in gendered
            or Gazetteer.default().role(word) is not None
            or not any(c.dep_ == "poss" for c in children_of(head))
        ):
            return None
        lemmas, tokens = lemmas_of(self.doc), tokens_of(self.doc)
        found: list[Entity] = []
        for i, low in enumerate(lemmas):
            tok = tokens[i]
            if low != word or i == head.i or tok.pos_ != "NOUN":
                continue
            near = [c for c in children_of(tok) if c.dep_ == "appos"]
            if tok.dep_ in {"appos", "compound"}:
                near.append(tok.head)
            for t in near:
                ent = self._entity_of(t)
                if ent is not None and ent.type == "PERSON" and ent not in found:
                    found.append(ent)
        return found[0] if len(found) == 1 else None

    def place(self, head: Token) -> str | None:
        """The place a role noun is qualified by ("the Texas senator", "the New York
        senator"): the words of a place the parser found before it (not a name: "a Clinton
        spokesman" speaks for Clinton); None when it has none."""
        if head.pos_ != "NOUN" or Gazetteer.default().role(lemma(head)) is None:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(head)):
            return None  # "an Indian government spokesman, X,": no one named before
        for c in children_of(head):
            modifier = c.i < head.i and c.dep_ in {"compound", "amod"}
            if modifier and c.ent_type_ in _PLACES:
                return self.ctx.text[c.left_edge.idx : tok_end(c)]
        return None

    def placed(self, ent: Entity, place: str, head: Token) -> bool:
        """Whether the story sets ``place`` and the role ``head`` names in the phrase of one of
        the person's names, outside the phrase headed by ``head`` ("Texas Sen. Ann Pike", "Ann
        Pike, a Texas senator,", "Sen. Ann Pike of Texas"; not "Ann Pike and Ohio Sen. Tom
        Lenz" for Ohio, nor "Indian Prime Minister X" for "the Indian spokesman"): words that
        hang on the name within a few steps, not through a coordination."""
        gz = Gazetteer.default()
        info = gz.role(lemma(head))
        tokens = tokens_of(self.doc)
        own = range(head.left_edge.idx, tok_end(head.right_edge))
        last = place.split()[-1]
        for m in ent.mentions:
            if m.start in own:
                continue
            span = expanded_span(self.doc, m.start, m.end)
            if span is None:
                continue
            lo = max(span.sent.start, span.start - _PLACE_WORDS)
            hi = min(span.sent.end, span.end + _PLACE_WORDS)
            near = [t for t in tokens[lo:hi] if t.idx not in own and _hangs_on(t, m.start, m.end)]
            roles = {self._role_of(t) for t in near}
            if any(t.text == last for t in near) and info is not None and info.role in roles:
                return True
        return False

    def _role_of(self, tok: Token) -> str | None:
        """The role a word names, as a noun or a title whose period the tokenizer may have split
        off ("Sen" "." is "Sen.")."""
        gz = Gazetteer.default()
        end = tok_end(tok)
        dotted = tok.lower_ + "." if self.ctx.text[end : end + 1] == "." else tok.lower_
        info = gz.role(dotted) or gz.role(tok.lower_) or gz.role(lemma(tok))
        return info.role if info is not None else None

    def by_place(self, head: Token, ent: Entity | None) -> tuple[bool, Entity | None]:
        """(whether the place a role noun names decides, the person it denotes) for "the Texas
        senator": ``ent`` when the story sets that place next to its name; else the people it
        sets it next to decide, the one of them (None when several); (False, ``ent``) when no
        place qualifies the noun or the story sets it next to nobody's name."""
        place = self.place(head)
        if place is None or (ent is not None and self.placed(ent, place, head)):
            return False, ent
        others = [
            e
            for e in self.state.entities
            if e.type == "PERSON" and e is not ent and self.placed(e, place, head)
        ]
        if not others:
            return False, ent
        return True, (others[0] if len(others) == 1 else None)


def _hangs_on(tok: Token, start: int, end: int) -> bool:
    """Whether ``tok`` is inside ``[start, end)`` or hangs on a word there through at most a
    few heads, none of them a coordination."""
    for _ in range(_PLACE_WORDS):
        if start <= tok.idx < end:
            return True
        if tok.dep_ == "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return start <= tok.idx < end


def judgement(head: Token) -> bool:
    """Whether ``head`` is a text a court hands down ("the ruling", "the opinion")."""
    return head.pos_ == "NOUN" and lemma(head) in words()["judgement_nouns"]
