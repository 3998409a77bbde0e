"""Sources that describe a speaker named before, once every attribution is found: the speaker
the story has just quoted, or a person the story gave that title.

A source no rule of :mod:`.speakers` resolved may still be a definite description the reader
resolves by what came just before it:

* "the statement said" speaks as whoever the last source that was a statement spoke as
  ("according to a statement from the ministry ... . The statement said only that ...");
* an unnamed spokesperson of a kind of body ("a company spokesman said") and a bare definite
  noun for a body ("the agency said") speak for the organisation that spoke in the attribution
  right before, in the same sentence or the one before it, when the noun fits that body;
* "the colonel said" is the one person named before with that title ("Col. Ana Reis");
* '"...," the newspaper quoted her saying' quotes the person who spoke just before.

Nothing is guessed when the attribution before has no speaker of its own, when a body's
attribution is farther away than the sentence before, or when two people hold the title and
the noun's sentence names not just one of them before it ("the
statement" looks back to the last statement anywhere before it: a story names one at a time).
"""

from __future__ import annotations

import dataclasses
import itertools

from spacy.tokens import Span as Phrase
from spacy.tokens import Token

from ...gazetteer import Gazetteer
from ...lexicon import is_medium, lemma
from ...nlp import children_of, expanded_span, heads_of, read, sentence, sentence_numbers, tokens_of
from ...types import Attribution, Entity, Span
from ..entities.model import indefinite
from .context import Context, tok_end
from .denoted import Denoted, proper
from .speakers import ANY_BODY, definite_noun, is_role

# the unnamed spokesperson of a body ("a company spokesman", "an embassy spokesman")
_SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson"}
# nouns for kinds of organisation with the sectors they fit (None: a body the gazetteer puts in
# no sector, as most companies are); a noun for any organisation is speakers.ANY_BODY
_KINDS: dict[str, set[str | None]] = {
    "company": {"BUS", None},
    "firm": {"BUS", None},
    "operator": {"BUS", None},
    "agency": {"GOV", "MIL", "COP"},
}
_TITLE_WORDS = 3  # how many words before a name may hold its title ("U.S. Rep. Ann Lee")


class Descriptions:
    """The description rules of one document's run."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.state = ctx.state
        self.doc = ctx.doc
        self._sentence_of = sentence_numbers(ctx.doc)
        self.denoted = Denoted(ctx)

    def resolve(self, found: list[Attribution]) -> list[Attribution]:
        """``found`` (in text order) with the speakers of unresolved descriptions filled in."""
        out: list[Attribution] = []
        for a in found:
            head = self._head(a) if a.source is not None else None
            ent = None
            if head is not None and _quoted_pronoun(head):
                ent = self._person_before(a, out)
            elif head is not None and a.speaker is None:
                ent = self._speaker(head, a, out)
            elif head is not None and is_role(head) and self._unnamed(a.speaker):
                # "the diplomat", given an entity of its own with no name: the person the story
                # titled so, when it titled exactly one
                ent = self._speaker(head, a, out)
            if ent is not None:
                a = dataclasses.replace(a, speaker=ent.id)
            out.append(a)
        return out

    def _unnamed(self, eid: str | None) -> bool:
        """Whether ``eid`` is an entity with no name of its own (a common noun: "diplomat")."""
        ent = self.state.entity(eid)
        return ent is not None and ent.type in {"PERSON", "OTHER"} and not proper(ent)

    def _person_before(self, a: Attribution, before: list[Attribution]) -> Entity | None:
        """The person who spoke in the attribution right before ``a``, in the sentence where
        ``a`` starts or the one before it."""
        ent = self._last_speaker(a, before)
        return ent if ent is not None and ent.type == "PERSON" else None

    def _last_speaker(self, a: Attribution, before: list[Attribution]) -> Entity | None:
        if not before:
            return None
        last = before[-1]
        anchor = last.cue or last.source or last.content[-1]
        here = min(x.start for x in (a.content[0], a.cue, a.source) if x is not None)
        gap = self._sentence(here) - self._sentence(anchor.start)
        return self.state.entity(last.speaker) if 0 <= gap <= 1 else None

    def _head(self, a: Attribution) -> Token | None:
        """The head word of the source phrase: the one whose head lies outside it."""
        assert a.source is not None
        tokens = tokens_of(self.doc)
        first = self.ctx.token_at(a.source.start)
        end = a.source.end
        inside = list(itertools.takewhile(lambda t: t.idx < end, tokens[first.i :]))
        up, starts = heads_of(self.doc), read(self.doc).starts  # no new Token for each head
        heads = [t for t in inside if not (a.source.start <= starts[up[t.i]] < a.source.end)]
        heads = heads or [t for t in inside if up[t.i] == t.i]
        return heads[0] if len(heads) == 1 else None

    def _sentence(self, char: int) -> int:
        return self._sentence_of[self.ctx.token_at(char).i]

    def _speaker(self, head: Token, a: Attribution, before: list[Attribution]) -> Entity | None:
        if _capital_role(head):
            return self._titled(head)  # "The Secretary said": the one person titled so
        if head.pos_ != "NOUN" or head.tag_ != "NN":
            return None
        if is_medium(head) and definite_noun(head):
            return self._last_medium(head, before) or self.denoted.owner(head)
        word = lemma(head)
        if word in _SPOKESPEOPLE:
            kinds = [c for c in children_of(head) if c.dep_ == "compound" and c.pos_ == "NOUN"]
            if len(kinds) != 1 or _owned(head):
                return None
            return self._body_before(a, lemma(kinds[0]), before)
        if is_role(head) and indefinite(head) and not _owned(head):
            return self._titled_next(head)
        if (
            not definite_noun(head)
            or _owned(head)
            or any(c.dep_ == "appos" for c in children_of(head))
        ):
            return None
        if is_role(head):
            return self._titled(head)
        # "the board" of the body named with it before; "a GOP group ... the group" is a
        # body of its own, not the GOP
        kind = word in ANY_BODY or word in _KINDS
        return (
            self._body_before(a, word, before)
            or self._described_person(head)
            or (None if kind else self.denoted.owner(head))
        )

    def _last_medium(self, head: Token, before: list[Attribution]) -> Entity | None:
        """The speaker of the nearest attribution before whose source is the same kind of
        medium ("the statement"), or whose cue's sentence says it came in one ("X said in a
        statement"), when it has one."""
        for a in reversed(before):
            src = self._head(a) if a.source is not None else None
            if src is not None and lemma(src) == lemma(head):
                return self.state.entity(a.speaker)
            if a.cue is not None and self._said_in(a.cue, head):
                return self.state.entity(a.speaker)
        return None

    def _said_in(self, cue: Span, noun: Token) -> bool:
        """Whether the cue's verb says something "in" the kind of medium ``noun`` names ("X
        said in a statement"; not "X said he saw nothing in the report")."""
        return any(
            lemma(t) == lemma(noun)
            and t.dep_ == "pobj"
            and t.head.lower_ == "in"
            and cue.start <= t.head.head.idx < cue.end
            for t in sentence(self.ctx.token_at(cue.start))
        )

    def _body_before(self, a: Attribution, noun: str, before: list[Attribution]) -> Entity | None:
        """The organisation that spoke in the attribution right before ``a``, in the sentence
        where ``a`` starts or the one before it, when ``noun`` fits it."""
        ent = self._last_speaker(a, before)
        if ent is None or ent.type != "ORG":
            return None
        fits = (
            noun in ANY_BODY
            or noun in ent.name.lower().split()
            or ent.sector in _KINDS.get(noun, set())
        )
        return ent if fits else None

    def _titled(self, head: Token) -> Entity | None:
        """The one person named before ``head`` with a title of the role it names ("Col. Ana
        Reis ... the colonel"); when one is, a person described by the noun before it ("Ben
        Ode, a colonel,") may be meant as well, and a place or the noun's own sentence must
        then choose between them."""
        word = lemma(head)
        info = Gazetteer.default().role(word)
        if info is None:
            return None
        found: list[Entity] = []
        for ent in self.state.entities:
            if ent.type != "PERSON" or ent in found:
                continue
            for m in ent.mentions:
                if m.start >= head.idx:
                    break
                if self._has_title(m, info.role):
                    found.append(ent)
                    break
        if found:
            # "Former President X ... Y, a former president, ... the former president said":
            # a person the story described by the noun is as likely as one it titled so
            found += [
                e
                for e in self.state.entities
                if e.type == "PERSON" and e not in found and self._described_with(e, word, head)
            ]
        place = self.denoted.place(head)
        if place is not None:
            # "the Texas senator": only a person the story sets that place next to
            found = [e for e in found if self.denoted.placed(e, place, head)] or found
        if len(found) > 1:
            # "Hill pressed Sen. Ames on the vote, but the senator insisted ...": of several
            # holders of the title, the one named in the noun's own sentence before it
            start = sentence(head).start_char
            found = [
                e for e in found if any(start <= m.start < head.idx for m in e.mentions)
            ] or found
        return found[0] if len(found) == 1 else None

    def _has_title(self, m: Span, role: str) -> bool:
        """Whether the name ``m`` carries a title of ``role``: a word of the name's own phrase
        up to its last word, or set right before the name, whatever the parse ("diplomat Sir
        Ann Lee")."""
        tokens = tokens_of(self.doc)
        first, last = self.ctx.token_at(m.start), self.ctx.token_at(m.end - 1)
        titles = [
            t
            for t in tokens[max(0, first.i - _TITLE_WORDS) : last.i]
            if _reaches(t, m.start, m.end)
            or (t.i < first.i and all(x.pos_ == "PROPN" for x in tokens[t.i + 1 : first.i]))
        ]
        return any(self._title_role(t) == role for t in titles)

    def _titled_next(self, head: Token) -> Entity | None:
        """The person an indefinite role noun that opens a story's account ("A federal judge
        on Thursday blocked ...") turns out to be: the one person first named in the very next
        sentence with a title of that role ("Judge Ann Lee of the district court ordered
        ..."), as the subject of that sentence, alone, when no person was named before the
        noun."""
        info = Gazetteer.default().role(lemma(head))
        sent = sentence(head)
        if info is None or sent.end >= len(self.doc):
            return None
        nxt = sentence(tokens_of(self.doc)[sent.end])
        found: list[Entity] = []
        for ent in self.state.entities:
            if ent.type != "PERSON" or not ent.mentions:
                continue
            m = min(ent.mentions, key=lambda x: x.start)
            if m.start < head.idx:
                return None  # someone named before: the noun may be a new person
            if nxt.start_char <= m.start < nxt.end_char and self._has_title(m, info.role):
                if not _sole_subject(expanded_span(self.doc, m.start, m.end)):
                    return None  # "Officer X and a colleague searched ...": not sure to be one
                found.append(ent)
        return found[0] if len(found) == 1 else None

    def _described_person(self, head: Token) -> Entity | None:
        """The person named last before ``head`` when the story described them, and no one
        else, with its noun in the name's own phrase ("billionaire developer Karl Brand",
        "Karl Brand, a developer,", "the developer, Karl Brand,") and "the developer" speaks;
        None when another person was named since (the noun may then describe someone the story
        called otherwise)."""
        word = lemma(head)
        people = [e for e in self.state.entities if e.type == "PERSON"]
        named = [
            (m.start, ent)
            for ent in people
            for m in ent.mentions
            if m.start < head.idx and not self.state.quotes.inside(m.start)
        ]
        if not named:
            return None
        last = max(named, key=lambda x: x[0])[1]
        described = [e for e in people if self._described_with(e, word, head)]
        return last if described == [last] else None

    def _described_with(self, ent: Entity, word: str, head: Token) -> bool:
        """Whether a name of ``ent`` before ``head`` has the noun ``word`` in its own phrase."""
        tokens = tokens_of(self.doc)
        for m in ent.mentions:
            span = expanded_span(self.doc, m.start, m.end)
            if m.start >= head.idx or span is None:
                continue
            root = span.root
            near = [
                t
                for t in tokens[max(0, span.start - _TITLE_WORDS) : span.start]
                if _reaches(t, m.start, m.end)
            ]
            near += [c for c in children_of(root) if c.dep_ == "appos"]
            if root.dep_ == "appos":
                near.append(root.head)
            if any(t.pos_ == "NOUN" and lemma(t) == word for t in near):
                return True
        return False

    def _title_role(self, tok: Token) -> str | None:
        """The role a title word names, with the period the tokenizer may have split off it
        ("Col" "." is "Col.")."""
        gz = Gazetteer.default()
        end = tok_end(tok)
        dotted = tok.lower_ + "." if self.ctx.text[end : end + 1] == "." else tok.lower_
        info = gz.role(dotted) or gz.role(tok.lower_)
        return info.role if info is not None else None


def _capital_role(head: Token) -> bool:
    """Whether ``head`` is a role written with a capital as a title and only "the" before it
    ("The Secretary", "the Minister"), which the tagger takes for a name: it stands for the
    person the story titled so, as "the secretary" does."""
    if head.tag_ != "NNP" or Gazetteer.default().role(lemma(head)) is None:
        return False
    kids = list(children_of(head))
    return len(kids) == 1 and kids[0].dep_ == "det" and kids[0].lower_ == "the"


def _quoted_pronoun(head: Token) -> bool:
    """'"...," the newspaper quoted her saying': the one quoted is the person who has just
    spoken, not the nearest name."""
    if head.lower_ not in {"him", "her"}:
        return False
    verb = head.head if head.dep_ in {"dobj", "obj"} else head.head.head  # "him saying"
    return lemma(verb) == "quote"


def _reaches(tok: Token, start: int, end: int) -> bool:
    """Whether ``tok`` hangs, through at most a few heads, on a word inside ``[start, end)``
    ("Col." on "Reis" through "Ana" when the name was found as "Reis")."""
    for _ in range(_TITLE_WORDS):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if start <= tok.idx < end:
            return True
    return False


def _sole_subject(span: Phrase | None) -> bool:
    """Whether the name ``span`` is the subject of its clause, joined to no one else."""
    root = span.root if span is not None else None
    if root is None or root.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return not any(c.dep_ == "conj" for c in children_of(root))


def _owned(head: Token) -> bool:
    """Whether the noun names its owner ("the ministry's spokesman", "the agency of X")."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in {"of", "for", "at"})
        for c in children_of(head)
    )
