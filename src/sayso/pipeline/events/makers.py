"""Who made the thing an act of words is aimed at: rejecting, denying, blaming or praising a
claim, report, charge or demand ("dismissed a newspaper report", "rejected the charge") is aimed
at its maker as well (CAMEO 11, 12: one rejects or blames an actor; PLOVER codes the thing too,
so it stays). The maker is the thing's own author ("the ministry's report", "a claim by X"), the
author another mention of the same thing names ("The report, published on Sunday by X", "X made
the claim": the later of the two mentions is definite, so both name one thing), or, for a
definite thing ("the accusation"), the speaker of the latest earlier words told with the verb of
the same act ("X alleged that ..."). ``claim_nouns`` and ``issuing_verbs`` in
``event_words.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicon
from .actors import ActorFinder
from .reach import NEAR
from .tables import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

# the acts of words aimed at who made a thing: rejecting, blaming and praising it
MAKER_TYPES = frozenset({"REJECT", "ACCUSE", "SUPPORT"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def _definite(noun: Token) -> bool:
    """Whether a noun phrase refers back: a definite article or a demonstrative."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


class Makers(ActorFinder):
    """Finds who made a claim, report, charge or demand an act of words is aimed at."""

    def makers(self, cand: Candidate, exclude: set[str]) -> list[str]:
        """The named makers of the claim nouns the trigger acts on (its objects), not in
        ``exclude``; ``[]`` when none is named."""
        if cand.type not in MAKER_TYPES:
            return []
        verbs = dict(w.split(":", 1) for w in self.words.claim_nouns)
        found: list[str] = []
        for noun in self._things(cand):
            verb = verbs.get(noun.lemma_.lower())
            if verb is None:
                continue
            found.extend(
                self._authors(noun, exclude)
                or self._other_mentions(noun, exclude)
                or (self._told_with(noun, verb, exclude) if _definite(noun) else [])
            )
        return list(dict.fromkeys(found))

    def _things(self, cand: Candidate) -> list[Token]:
        """The nouns an act of words is aimed at: a verb's object ("rejected the claim"), a
        passive's subject ("the report was dismissed"), a noun's "of" object ("her rejection
        of the charge")."""
        tok = cand.tok
        out = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
        if tok.pos_ == "NOUN":
            out += [
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj" and p.pos_ == "NOUN"
            ]
        return out

    def _named(self, toks: list[Token], exclude: set[str]) -> list[str]:
        """The named entities (no nominal actor) of the noun phrases of ``toks``."""
        return [
            i
            for t in toks
            for i in (self.np_ids(t) or self.pronoun_ids(t))
            if i not in exclude and not self.nominals.has(i)
        ]

    def _authors(self, noun: Token, exclude: set[str]) -> list[str]:
        """The author a noun's own phrase names ("X's report", "a claim by X", "a report
        published by X")."""
        return self._named(lexicon.author_words(noun, publisher_first=True), exclude)

    def _other_mentions(self, noun: Token, exclude: set[str]) -> list[str]:
        """The author another mention of the same thing names, nearest first: a mention of the
        same noun within ``NEAR`` characters, the later of the two definite ("dismissed a
        report ... The report, published by X"; "X released a report ... rejected the
        report"); its own author, or the subject of a verb that issued it ("X made the
        claim")."""
        lemma = noun.lemma_.lower()
        doc = noun.doc
        others = [
            t
            for t in doc
            if t.i != noun.i
            and t.lemma_.lower() == lemma
            and t.pos_ == "NOUN"
            and abs(t.idx - noun.idx) < NEAR
            and t.sent.start != noun.sent.start
            and _definite(t if t.i > noun.i else noun)
        ]
        for t in sorted(others, key=lambda t: abs(t.i - noun.i)):
            if found := self._authors(t, exclude):
                return found
            verb = t.head
            if t.dep_ == "dobj" and verb.lemma_.lower() in self.words.issuing_verbs:
                subj, passive = self.subjects(verb)
                if not passive and (found := self._named(subj, exclude)):
                    return found
        return []

    def _told_with(self, noun: Token, verb: str, exclude: set[str]) -> list[str]:
        """The speaker of the latest earlier attribution within ``NEAR`` characters whose cue
        is ``verb`` ("Chile alleged that ... Peru rejected the allegation")."""
        at = noun.idx
        for a in sorted(self.state.attributions, key=lambda a: -a.cue.start if a.cue else 0):
            cue, speaker = a.cue, a.speaker
            if cue is None or speaker is None or speaker in exclude:
                continue
            if cue.start >= at or at - cue.start > NEAR:
                continue
            span = self.state.doc.char_span(cue.start, cue.end, alignment_mode="expand")
            if span is not None and any(t.lemma_.lower() == verb for t in span):
                return [speaker]
        return []
