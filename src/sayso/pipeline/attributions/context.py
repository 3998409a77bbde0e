"""What every attribution pass shares for one document: the text, its tokens and paragraphs, the
cues already used, and the attributions found so far (:meth:`Context.emit` adds one)."""

from __future__ import annotations

import bisect
import functools

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from ...gazetteer import Gazetteer
from ...lexicon import is_medium, lemma, match_cue, may_cue_word, noun_cues, shared_words
from ...nlp import (
    children_of,
    heads_of,
    lemmas_of,
    lowers_of,
    title_abbreviations,
    tokens_of,
    words_of,
)
from ...types import Attribution, Entity, Span, stable_id
from ..base import State
from ..entities import words
from ..quotes import paragraphs

INLINE_SPACE = " \t\u00a0\u2009\u202f"  # spaces that do not end a line
DASHES = "\u2015\u2014\u2013-"
BREAKS = set(',;:()\u2014\u2013-"\u201c\u2018')
# the tags of a finite verb or a modal: a verb with a tense of its own ("said", "says", "will")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# the tags of a relative or interrogative pronoun ("which", "who", "that", "whose")
WH_TAGS = frozenset({"WDT", "WP", "WP$"})
_TRAIL = set(" \t\n,.;:!?\u2014-")
_LEAD = set(" \t\n,;:\u2014-")


def tok_end(tok: Token) -> int:
    """The character offset just past a token."""
    return tok.idx + len(tok.text)


def word_back(tokens: list[Token], k: int) -> int:
    """The index of the last token at or before ``k`` that is no space nor punctuation (the
    blank line between paragraphs, a closing quotation mark), going back no further than 0."""
    while k > 0 and (tokens[k].is_space or tokens[k].is_punct):
        k -= 1
    return k


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces and punctuation at its ends."""
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def body_word(word: str) -> bool:
    """Whether the lemma ``word`` is a common noun for a body ("company", "ministry": the
    entities stage's ``generic_org_heads`` and ``institutions``)."""
    table = words()
    return word in table["generic_org_heads"] or word in table["institutions"]


def listed(span: Span | None) -> list[Span]:
    return [span] if span is not None else []


_CLAUSE_KIDS = {"ccomp", "xcomp", "advcl", "parataxis"}


def deed_object(tok: Token) -> Token | None:
    """The bare object of a speech or belief verb used in a sense that does, makes or
    undergoes something: "add 300 rangers", "continued the debate", "maintained their lead",
    "posted a win", "wrote the foreword", "observed the vote" (watched), "feels the heat",
    where "added that ...", "observed that ..." or "feels that ..." report words or a belief
    ("protested the plan" stays: PolNeAR codes a protest at a thing). None when the verb
    has a clause, or its object is a medium or a statement noun ("added a note of caution",
    "added a warning": words all the same)."""
    if lemma(tok) not in shared_words().object_elsewhere_verbs:
        return None
    kids = [c for c in children_of(tok) if c.i > tok.i]
    if any(c.dep_ in _CLAUSE_KIDS for c in kids):
        return None
    obj = next((c for c in kids if c.dep_ in {"dobj", "obj", "dative", "attr"}), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return None if is_medium(obj) or lemma(obj) in noun_cues() else obj


def inverted_object(verb: Token) -> Token | None:
    """The speaker the parser made the object of a speech verb set after the clause it reports
    ("The fees went up, said a former aide to the mayor, Ann Lee"): the verb has a clause
    before it, a comma right before it and no clause after it, and the noun phrase right
    after it is its object; None otherwise. "said the fees went up" has no clause before."""
    m = match_cue(verb.doc, verb.i)
    if m is None or m[0].cls != "speech" or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    words = words_of(verb.doc)
    if verb.i == 0 or words[verb.i - 1] != ",":
        return None
    kids = children_of(verb)
    if not any(c.dep_ in {"ccomp", "parataxis"} and c.i < verb.i for c in kids):
        return None
    if any(c.dep_ in _CLAUSE_KIDS and c.i > verb.i for c in kids):
        return None
    obj = next((c for c in kids if c.dep_ in {"dobj", "obj"} and c.i > verb.i), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return obj


def depth(tok: Token) -> int:
    """How many heads above ``tok`` in its sentence's parse."""
    heads = heads_of(tok.doc)  # the heads' indices, without a new Token for each
    i, n = tok.i, 0
    while heads[i] != i and n < 100:
        i = heads[i]
        n += 1
    return n


def counted(head: Token) -> bool:
    """A group counted in a poll: "52 percent", "a majority of voters", "two-thirds", "6 in 10"."""
    shares = shared_words().poll_shares
    if head.pos_ == "NUM" or head.lemma_.lower() in shares or head.lower_ in shares:
        return True
    return any(c.dep_ == "nummod" for c in children_of(head))


# the labels a subject displaced before a clause's "that" gets from the parser (see
# displaced_subject)
_DISPLACED = frozenset({"nsubj", "dep", "npadvmod"})


def displaced_subject(clause: Token) -> Token | None:
    """The subject the parser hung on the complement clause ``clause`` though it stands before
    the clause's "that" ("X, later alleging that Y lied, said ...": X is the subject of "said",
    not of "lied"): a subject follows its complementizer, so a noun before it belongs to the
    verb the clause hangs on, when that verb has no subject of its own. None when the clause
    has no such noun."""
    if clause.dep_ != "ccomp":
        return None
    mark = next((c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ == "that"), None)
    if mark is None:
        return None
    return next(
        (
            c
            for c in children_of(clause)
            if c.i < mark.i
            and c.dep_ in _DISPLACED
            and (c.pos_ in {"PROPN", "NOUN", "PRON"} or c.ent_type_ in {"PERSON", "ORG"})
            and not any(s.dep_ == "nsubj" for s in children_of(clause.head))
        ),
        None,
    )


def share(head: Token) -> bool:
    """A share of those polled: "52 percent", "42%", "a majority", "nearly half", "6 in 10";
    not a group merely numbered ("two speechwriters", "one of the lawyers")."""
    if head.pos_ == "NUM":
        return any(c.dep_ == "prep" and c.lower_ == "in" for c in children_of(head))
    return head.text == "%" or head.lemma_.lower() in shared_words().poll_shares


class Context:
    """One document's attribution run: what the passes read and what they found."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.doc: Doc = state.doc
        self.text = state.text
        self.used_cues: set[int] = set()
        self.out: list[Attribution] = []
        self._starts = [t.idx for t in tokens_of(self.doc)]
        self.paras = paragraphs(self.text)  # sorted, disjoint, not empty
        self._para_starts = [s for s, _ in self.paras]
        self._para_ends = [e for _, e in self.paras]
        self.pending_via: dict[int, str] = {}  # cue token -> channel named by "according to"
        # cue token -> where its content ends: the closing "according to X" naming its channel
        self.channel_cut: dict[int, int] = {}
        # the content spans of ``out`` as (start, end, position in out), sorted; ``out`` grows by
        # ``emit``, and only its last attribution is ever replaced (a split quote's second half)
        self._spans: list[tuple[int, int, int]] = []
        self._indexed: list[Attribution] = []
        self._longest = 0

    @functools.cached_property
    def cue_tokens(self) -> list[Token]:
        """The tokens the cue table may start a cue at (``lexicon.may_cue``), in text order: no
        other token starts one (``lexicon.match_cue``)."""
        words = zip(tokens_of(self.doc), lemmas_of(self.doc), lowers_of(self.doc), strict=True)
        return [t for t, lem, low in words if may_cue_word(lem, low)]

    @functools.cached_property
    def cue_starts(self) -> list[int]:
        """The indices of :attr:`cue_tokens`."""
        return [t.i for t in self.cue_tokens]

    def para_at(self, pos: int) -> int | None:
        """The number of the paragraph that holds offset ``pos``, or None."""
        n = bisect.bisect_right(self._para_ends, pos)
        return n if n < len(self.paras) and self._para_starts[n] <= pos else None

    def para_starting(self, pos: int) -> int | None:
        """The number of the paragraph that starts at offset ``pos``, or None."""
        n = bisect.bisect_left(self._para_starts, pos)
        return n if n < len(self.paras) and self._para_starts[n] == pos else None

    def same_para(self, a: int, b: int) -> bool:
        """Whether one paragraph holds ``[a, b]``."""
        n = bisect.bisect_right(self._para_starts, a)
        return n > 0 and self._para_ends[n - 1] >= b

    def token_at(self, char: int) -> Token:
        """The token covering (or first after) character offset ``char``."""
        tokens = tokens_of(self.doc)
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and char < self._starts[i] + len(tokens[i].text):
            return tokens[i]
        return tokens[min(i + 1, len(self.doc) - 1)]

    def span(self, start: int, end: int) -> Span | None:
        """The trimmed span of ``[start, end)``; None when nothing is left."""
        s, e = trim(self.text, start, end)
        return Span.of(self.text, s, e) if e > s else None

    def tok_span(self, first: Token, last: Token) -> Span:
        """The span from the start of ``first`` to the end of ``last``."""
        return Span.of(self.text, first.idx, tok_end(last))

    def quoted(self, tok: Token) -> bool:
        """Whether a token starts inside a quotation."""
        return self.state.quotes.inside(tok.idx)

    def kind(self, spans: list[Span]) -> str:
        total = inside = 0
        for s in spans:
            total += _letters(self.text, s.start, s.end)
            for q in self.state.quotes.quotes:  # in text order, none inside another
                a, b = max(s.start, q.inner_start), min(s.end, q.inner_end)
                if a < b:
                    inside += _letters(self.text, a, b)
        if total and inside == total:
            return "direct"
        return "mixed" if inside else "indirect"

    def _clip(self, content: list[Span], anchor: int) -> list[Span]:
        """Content never crosses a paragraph break or a line break (a headline, a dateline, a
        caption line above the sentence: no sentence runs over one) and stays in the cue's
        paragraph and line."""
        n = self.para_at(anchor)
        if n is None:
            return content
        para = self.paras[n]
        newline = self.text.find("\n", anchor)
        lo = max(para[0], self.text.rfind("\n", 0, anchor) + 1)
        hi = min(para[1], newline if newline >= 0 else len(self.text))
        out = []
        for c in content:
            span = self.span(max(c.start, lo), min(c.end, hi))
            if span is not None:
                out.append(span)
        return out

    def emit(
        self,
        source: Span | None,
        speaker: str | None,
        cue: Span | None,
        content: list[Span],
        via: str | None = None,
        kind: str | None = None,
    ) -> None:
        if cue is not None and kind != "direct":  # quotes are bounded by find_quotes
            content = self._clip(content, cue.start)
        content = [c for c in content if c.end > c.start]
        if not content:
            return
        if kind != "direct" and len(content) == 1:
            content = self._before_others(content[0])
        if any(self._overlapping(c) for c in content):  # one attribution per stretch of text
            return
        aid = stable_id("a", self.state.document.id, content[0].start, cue.start if cue else -1)
        self.out.append(
            Attribution(
                id=aid,
                kind=kind or self.kind(content),
                source=source,
                speaker=speaker,
                cue=cue,
                content=tuple(content),
                via=via,
            )
        )

    def _before_others(self, span: Span) -> list[Span]:
        """The part of ``span`` before an attribution found inside it: in 'Senator Hill said he
        had no reason to change course, telling a radio host that "the facts are on our side"',
        the words of "said" end where "telling" and its quote begin."""
        cut = span.end
        for n in sorted(self._overlapping(span)):
            a = self.out[n]
            starts = [c.start for c in a.content]
            starts += [x.start for x in (a.cue, a.source) if x is not None]
            first = min((p for p in starts if p > span.start), default=span.end)
            cut = min(cut, first)
        # only at a clause break or a quotation: not "thanked the bloc for what [he called
        # "..."]"
        if cut == span.end or self.text[span.start : cut].rstrip()[-1:] not in BREAKS:
            return [span]
        while cut > span.start and self.text[cut - 1] in BREAKS | set(INLINE_SPACE):
            cut -= 1  # not the opening mark of the quotation cut off
        part = self.span(span.start, cut)
        if part is None or len(part.text.split()) < 3:
            return [span]
        return [part]

    def _overlapping(self, span: Span) -> set[int]:
        """The positions in ``out`` of the attributions with content overlapping ``span``."""
        self._sync()
        # a span that overlaps starts before span.end and after span.start - the longest span
        lo = bisect.bisect_right(self._spans, (span.start - self._longest, len(self.text) + 1))
        hi = bisect.bisect_left(self._spans, (span.end,))
        return {n for s, e, n in self._spans[lo:hi] if s < span.end and span.start < e}

    def _sync(self) -> None:
        """Bring the index of content spans up to date with ``out``."""
        last = len(self._indexed) - 1
        if last >= 0 and self.out[last] is not self._indexed[last]:  # the last one replaced
            for c in self._indexed[last].content:
                del self._spans[bisect.bisect_left(self._spans, (c.start, c.end, last))]
            self._indexed.pop()
        for n in range(len(self._indexed), len(self.out)):
            a = self.out[n]
            for c in a.content:
                bisect.insort(self._spans, (c.start, c.end, n))
                self._longest = max(self._longest, c.end - c.start)
            self._indexed.append(a)


def _letters(text: str, start: int, end: int) -> int:
    """How many letters and digits ``text[start:end]`` holds."""
    return sum(map(str.isalnum, text[start:end]))


def issued_in(subj: Token, prev: Sentence, noun: Token) -> bool:
    """Whether the sentence ``prev`` gives its subject the medium ``noun`` names: the subject
    is a medium itself ("The survey by Hill finds ... . The poll shows"), or the subject's verb
    has the same kind of medium for its object or in a phrase of its own ("Hill released a
    report", "Hill said in a report"; not "Hill lost, according to a report", "a search shows
    no news on the poll", nor "Hill lost the race" before "the report said")."""
    if is_medium(subj):
        return True
    verb = subj.head
    for t in prev:
        if lemma(t) != lemma(noun):
            continue
        if t.dep_ in {"dobj", "obj"} and t.head == verb:
            return True
        prep = t.head
        if t.dep_ == "pobj" and prep.head == verb and prep.lower_ in {"in", "with", "through"}:
            return True
    return False


def glued(tokens: list[Token], tok: Token) -> bool:
    """Whether ``tok`` is a hyphen with no space on either side ("Ohio-based") or an
    apposition whose phrase follows the word before it with no mark between ("Thousands of
    Ohio farmers"): one phrase, not a comma's aside."""
    before = tokens[tok.i - 1] if tok.i > 0 else None
    if before is None or (before.whitespace_ and tok.dep_ == "punct"):
        return False
    if tok.dep_ == "punct":
        return tok.text == "-" and not tok.whitespace_
    if tok.dep_ != "appos":
        return False
    left = tokens[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    return left is not None and not (left.is_punct or left.is_space)


def demonym(ent: Entity) -> bool:
    """Whether an entity's name is a nationality ("Sri Lankan", "Chinese")."""
    return Gazetteer.default().demonym(ent.name) is not None


def whole_title(tok: Token) -> bool:
    """Whether ``tok`` is a title abbreviation kept one token with its period ("Sgt.")."""
    return tok.text in title_abbreviations()
