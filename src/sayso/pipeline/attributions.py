"""Attributions: who said what, with the resolved speaker, the cue, the content and the channel.

Two passes over each document:

1. **Quotes first.** Every quotation (see :mod:`sayso.pipeline.quotes`) looks for its cue right
   after it ('"...," he said', '"..." said Wang') or right before it ('He said: "..."').
   A quote with no cue continues the attribution of a quote in the paragraph before it (quotes
   running over paragraphs). Short quotes with no cue are scare quotes and are left alone.
2. **Cues next.** Every cue from ``data/cues.tsv`` not used by a quote (verbs by lemma,
   multiword cues such as "point out" and "make it clear", "according to X") takes its content
   from its that-clause, its object or the rest of its clause, its source from its subject (or
   the object of "according to", or the author of a medium: "a statement released by X").

The speaker is the entity of the source's head word (pronouns and nominals were resolved by the
entities stage). The channel (``via``) is the author of a medium the words came through ("according
to a video of his remarks posted by the Russian Ministry of Defense").
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from .. import resources as data
from ..types import Attribution, Span, stable_id
from .base import State
from .entities import words
from .quotes import Quote, paragraphs

_INLINE_SPACE = " \t\u00a0\u2009\u202f"  # spaces that do not end a line
DASHES = "\u2015\u2014\u2013-"
PUBLISH_VERBS = {
    "release",
    "publish",
    "post",
    "air",
    "broadcast",
    "show",
    "share",
    "issue",
    "carry",
    "circulate",
    "put",
}
_BREAKS = set(',;:()\u2014\u2013-"\u201c\u2018')
_TRAIL = set(" \t\n,.;:!?\u2014-")
_LEAD = set(" \t\n,;:\u2014-")


@dataclass(frozen=True, slots=True)
class Cue:
    lemmas: tuple[str, ...]
    cls: str
    take: str


@functools.lru_cache(maxsize=1)
def cue_table() -> dict[str, list[Cue]]:
    """Cues by their first lemma, longest first."""
    table: dict[str, list[Cue]] = {}
    for phrase, cls, take in data.tsv("data/cues.tsv"):
        lemmas = tuple(phrase.split())
        table.setdefault(lemmas[0], []).append(Cue(lemmas, cls, take))
    for cues in table.values():
        cues.sort(key=lambda c: -len(c.lemmas))
    return table


@functools.lru_cache(maxsize=1)
def noun_cues() -> frozenset[str]:
    return frozenset(k for k, cues in cue_table().items() if any(c.cls == "noun" for c in cues))


@functools.lru_cache(maxsize=1)
def media_nouns() -> frozenset[str]:
    return frozenset(data.lines("data/media_nouns.txt"))


def _lemma(tok: Any) -> str:
    return str(tok.lemma_).lower()


def _stem(word: str) -> str:
    """A verb's base form guessed from its spelling, for the lemmatizer's slips ("hopes" ->
    "hop"): only the "-e" stems the table knows ("hopes", "hoped", "hoping" -> "hope")."""
    for suffix in ("ing", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + "e"
    return word


def match_cue(doc: Any, i: int) -> tuple[Cue, int] | None:
    """The cue starting at token ``i`` and the token index past its end."""
    tok = doc[i]
    cands = cue_table().get(_lemma(tok)) or cue_table().get(tok.lower_)
    if not cands and tok.tag_ in {"VBZ", "VBD", "VBN", "VBG"}:
        cands = cue_table().get(_stem(tok.lower_))  # the lemmatizer's "hopes" -> "hop"
    if not cands:
        return None
    for cue in cands:
        n = len(cue.lemmas)
        if n == 1:
            if cue.cls == "noun":
                if tok.pos_ == "NOUN":
                    return cue, i + 1
            elif cue.cls == "source" or tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
                return cue, i + 1
            continue
        if i + n > len(doc):
            continue
        if all(
            _lemma(doc[i + k]) == cue.lemmas[k] or doc[i + k].lower_ == cue.lemmas[k]
            for k in range(n)
        ):
            return cue, i + n
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _LEAD:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def _listed(span: Span | None) -> list[Span]:
    return [span] if span is not None else []


def _depth(tok: Any) -> int:
    """How many heads above ``tok`` in its sentence's parse."""
    n = 0
    while tok.head.i != tok.i and n < 100:
        tok = tok.head
        n += 1
    return n


_SHARES = {"percent", "percentage", "majority", "minority", "plurality", "half", "third", "quarter"}


def _counted(head: Any) -> bool:
    """A group counted in a poll: "52 percent", "a majority of voters", "two-thirds", "6 in 10"."""
    if head.pos_ == "NUM" or _lemma(head) in _SHARES or head.lower_ in _SHARES:
        return True
    return any(c.dep_ == "nummod" for c in head.children)


def _tok_end(tok: Any) -> int:
    return int(tok.idx + len(tok.text))


class AttributionStage:
    name: ClassVar[str] = "attributions"
    version: ClassVar[str] = "2"  # 2: held to its output by tests/golden/stages.json
    requires: ClassVar[tuple[str, ...]] = ("entities",)
    assigns: ClassVar[tuple[str, ...]] = ("attributions",)

    def __call__(self, state: State) -> None:
        _Run(state).run()


class _Run:
    def __init__(self, state: State) -> None:
        self.state = state
        self.doc = state.doc
        self.text = state.text
        self.quotes = state.quotes.quotes
        self.used_cues: set[int] = set()
        self.out: list[Attribution] = []
        self._starts = [t.idx for t in self.doc]
        self.paras = paragraphs(self.text)
        self.pending_via: dict[int, str] = {}  # cue token -> channel named by "according to"

    # ---- helpers -------------------------------------------------------------------------
    def token_at(self, char: int) -> Any:
        """The token covering (or first after) character offset ``char``."""
        i = bisect.bisect_right(self._starts, char) - 1
        if i >= 0 and char < self._starts[i] + len(self.doc[i].text):
            return self.doc[i]
        return self.doc[min(i + 1, len(self.doc) - 1)]

    def speaker(self, head: Any) -> tuple[Span | None, str | None]:
        """(source span, entity id) for the source phrase headed by ``head``."""
        doc = self.doc
        toks = [
            t
            for t in head.subtree
            if t.dep_ not in {"relcl", "acl", "punct", "appos"} or t.i == head.i
        ]
        # keep the contiguous block around the head
        lo = hi = head.i
        idx = {t.i for t in toks}
        while lo - 1 in idx:
            lo -= 1
        while hi + 1 in idx:
            hi += 1
        while lo < hi and doc[lo].dep_ in {"cc", "punct", "prep"}:
            lo += 1
        if head.ent_type_ in {"TIME", "DATE"} or head.is_space:
            return None, None  # a time stamp ("5:45 p.m.") is not a speaker
        span = Span.of(self.text, doc[lo].idx, _tok_end(doc[hi]))
        if "\n" in span.text:  # a parse that ran over a line break: keep the head's line
            s0 = self.text.rfind("\n", span.start, head.idx) + 1 or span.start
            e0 = self.text.find("\n", _tok_end(head), span.end)
            s0, e0 = _trim(self.text, max(s0, span.start), e0 if e0 != -1 else span.end)
            span = Span.of(self.text, s0, e0)
        ent = self.state.entity_at(head.idx, _tok_end(head))
        if self._is_dateline(head):
            # "BRASILIA, June 13 - Brazil said": the parser took the dateline for the subject
            return self._after_dateline(head)
        if ent is None:  # "A spokesman for the ministry, Pavel Zhuk, said"
            for child in head.subtree:
                if child.dep_ == "appos" and child.i > head.i:
                    e2 = self.state.entity_at(child.idx, _tok_end(child))
                    if e2 is not None and e2.type == "PERSON":
                        return Span.of(self.text, child.left_edge.idx, _tok_end(child)), e2.id
        if ent is None:
            ent = self._medium_author(head) or self._group(span) or self._compound_entity(head)
        return span, (ent.id if ent is not None else None)

    def _compound_entity(self, head: Any) -> Any:
        """An entity named inside the head's own name ("the Clinton campaign" -> no; "Sen.
        Ted Cruz" -> Ted Cruz): only compounds and flat names of the head count, not
        possessors or prepositional objects ("Mr. Trump's performance" is not Trump)."""
        for t in head.children:
            if t.dep_ in {"compound", "flat", "nmod"} and t.i < head.i:
                ent = self.state.entity_at(t.idx, _tok_end(t))
                if ent is not None and ent.type == "PERSON":
                    return ent
        return None

    def _is_dateline(self, tok: Any) -> bool:
        """An all-caps place at the very start of a paragraph ("BRUSSELS (Agency) -")."""
        if not (tok.text.isupper() and len(tok.text) > 2):
            return False
        end = tok.idx + len(tok.text)
        rest = self.text[end : end + 40]
        # the dateline's place may be several words ("LOS ANGELES") and end with a comma,
        # a bracket or a dash
        rest = rest.lstrip(" ")
        while rest[:1].isupper() and rest.split(" ", 1)[0].strip(",(").isupper():
            word = rest.split(" ", 1)[0]
            rest = (
                rest[len(word) :].lstrip(" ") if not word.endswith(",") else "," + rest[len(word) :]
            )
        if rest[:1] not in {",", "(", "-", "\u2014", "\u2013"}:
            return False
        start = tok.idx
        return any(
            p == start or (p < start and not self.text[p:start].strip(" ,([-\u2014"))
            for p, _ in self.paras
        )

    def _after_dateline(self, head: Any) -> tuple[Span | None, str | None]:
        sent = head.sent
        for t in self.doc[head.i + 1 : sent.end]:
            if t.pos_ in {"VERB", "AUX"}:
                break
            ent = self.state.entity_at(t.idx, _tok_end(t))
            if (
                ent is not None
                and ent.type in {"PERSON", "ORG", "GPE"}
                and not self._is_dateline(t)
            ):
                return Span.of(self.text, t.idx, _tok_end(t)), ent.id
        return Span.of(self.text, head.idx, _tok_end(head)), None

    def _medium_author(self, head: Any) -> Any:
        """ "a statement released by X" / "X's report" / "the analysis" (mentioned before)."""
        if _lemma(head) not in media_nouns() and head.lower_ not in media_nouns():
            return None
        author = self._author(head)
        if author is not None:
            return author
        # "The analysis highlights ...": the last analysis with an author, a few sentences back
        for tok in reversed(self.doc[max(0, head.i - 150) : head.i]):
            if _lemma(tok) == _lemma(head):
                a = self._author(tok)
                if a is not None:
                    return a
        return None

    def _author(self, noun: Any, agent_first: bool = False) -> Any:
        toks = [t for t in noun.subtree if t.i != noun.i]
        if agent_first:  # the publisher ("posted by X") before the owner of the words ("his")
            toks.sort(key=lambda t: t.dep_ != "pobj" or t.head.lower_ != "by")
        for t in toks:
            if t.dep_ in {"poss", "agent", "pobj"}:
                if t.dep_ == "pobj" and t.head.lower_ not in {"by", "from", "of"}:
                    continue
                ent = self.state.entity_at(t.idx, _tok_end(t))
                if ent is not None and ent.type in {"PERSON", "ORG", "GPE"}:
                    return ent
                # "by the Washington think tank, the Atlantic Council"
                for c in t.children:
                    if c.dep_ == "appos":
                        ent = self.state.entity_at(c.idx, _tok_end(c))
                        if ent is not None:
                            return ent
        return None

    def _group(self, span: Span) -> Any:
        """ "Both countries", "the two sides": the most recent of the countries before."""
        groups = words()["group_nominals"]
        low = " ".join(span.text.lower().split())
        if low not in groups:
            return None
        seen: list[Any] = []
        for _m, eid in reversed(self.state.mentions_in(0, span.start)):
            ent = self.state.entity(eid)
            if ent is not None and ent.type in {"GPE", "PERSON"} and ent not in seen:
                seen.append(ent)
                if len(seen) == 2:
                    break
        return seen[-1] if seen else None

    def via(self, cue_tok: Any, speaker: str | None) -> str | None:
        """The channel the words came through, when the text names one: the publisher in
        "..., he said, according to a video of his remarks posted by X", or X in "X released
        a video of his message, in which he asserted ..."."""
        for child in cue_tok.children:
            if child.lower_ == "according":
                for t in child.subtree:
                    if _lemma(t) in media_nouns() or t.lower_ in media_nouns():
                        ent = self._author(t, agent_first=True)
                        if ent is not None and ent.id != speaker:
                            return str(ent.id)
        for t in cue_tok.sent:
            # "X told Y that ..., the statement said" / "..., the newspaper said"
            if t.i == cue_tok.i or t.i < cue_tok.i or self._cue_verb(t) is None:
                continue
            subj = self._subject(t)
            if subj is None or subj.i < cue_tok.i or subj.head.i != t.i:
                continue
            ent = self._medium_author(subj) or self.state.entity_at(subj.idx, _tok_end(subj))
            if ent is not None and ent.id != speaker and ent.type == "ORG":
                self.used_cues.add(t.i)
                return str(ent.id)
        if cue_tok.dep_ == "relcl":
            noun = cue_tok.head
            while noun.dep_ in {"pobj", "prep", "poss"} or (noun.dep_ == "pobj"):
                noun = noun.head
            verb = noun.head if noun.dep_ in {"dobj", "obj"} else None
            if verb is not None and _lemma(verb) in PUBLISH_VERBS:
                subj = self._subject(verb)
                if subj is not None:
                    ent = self.state.entity_at(subj.idx, _tok_end(subj))
                    if ent is not None and ent.id != speaker:
                        return str(ent.id)
        return None

    def kind(self, spans: list[Span]) -> str:
        total = inside = 0
        for s in spans:
            for pos in range(s.start, s.end):
                if self.text[pos].isalnum():
                    total += 1
                    if self.state.quotes.inside(pos):
                        inside += 1
        if total and inside == total:
            return "direct"
        return "mixed" if inside else "indirect"

    def _clip(self, content: list[Span], anchor: int) -> list[Span]:
        """Content never crosses a paragraph break and stays in the cue's paragraph."""
        para = next(((s, e) for s, e in self.paras if s <= anchor < e), None)
        if para is None:
            return content
        out = []
        for c in content:
            span = self._span(max(c.start, para[0]), min(c.end, para[1]))
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
        for a in self.out:  # one attribution per stretch of text
            if any(c.overlaps(x) for c in content for x in a.content):
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
        """The part of ``span`` before an attribution found inside it: in 'Carson said he saw
        no need to change his campaign, telling Stephanopoulos that "we tell the truth"', the
        words of "said" end where "telling" and its quote begin."""
        cut = span.end
        for a in self.out:
            starts = [c.start for c in a.content]
            starts += [x.start for x in (a.cue, a.source) if x is not None]
            first = min((p for p in starts if p > span.start), default=span.end)
            if first < cut and any(span.overlaps(c) for c in a.content):
                cut = first
        # only at a clause break or a quotation: not "thanked the bloc for what [he called
        # "..."]"
        if cut == span.end or self.text[span.start : cut].rstrip()[-1:] not in _BREAKS:
            return [span]
        while cut > span.start and self.text[cut - 1] in _BREAKS | set(_INLINE_SPACE):
            cut -= 1  # not the opening mark of the quotation cut off
        part = self._span(span.start, cut)
        if part is None or len(part.text.split()) < 3:
            return [span]
        return [part]

    # ---- pass 1: quotes --------------------------------------------------------------------
    def quote_pass(self) -> None:
        prev: Attribution | None = None
        prev_quote: Quote | None = None
        for q in self.quotes:
            content = Span.of(self.text, *_trim(self.text, q.inner_start, q.inner_end))
            if content.end <= content.start:
                continue
            found = self._cue_after(q) or self._cue_before(q) or self._cue_colon_paragraph(q)
            if found is not None:
                cue_tok, subj = found
                cue_span = self._cue_span(cue_tok, subj)
                src, spk = self.speaker(subj) if subj is not None else (None, None)
                self.used_cues.add(cue_tok.i)
                self.emit(src, spk, cue_span, [content], via=self.via(cue_tok, spk), kind="direct")
                prev, prev_quote = (self.out[-1] if self.out else None), q
                continue
            dashed = self._dash_source(q)
            if dashed is not None:
                dash, src_span, spk = dashed
                self.emit(src_span, spk, dash, [content], kind="direct")
                prev, prev_quote = (self.out[-1] if self.out else None), q
                continue
            if (
                prev is not None
                and prev_quote is not None
                and prev.kind == "direct"
                and self._same_para(prev_quote.end, q.start)
                and "\n" not in self.text[prev_quote.end : q.start]
                and self._only_cue_between(prev, prev_quote, q)
            ):
                # '"...," she said. "..."': the second half of a split quote
                self.out[-1] = replace(prev, content=(*prev.content, content))
                prev, prev_quote = self.out[-1], q
                continue
            if (
                prev is not None
                and prev_quote is not None
                and prev_quote.continues
                and prev_quote.end <= q.start
                and self._para_gap(prev_quote.end, q.start)
            ):
                self.emit(
                    prev.source, prev.speaker, prev.cue, [content], via=prev.via, kind="direct"
                )
                prev_quote = q
                continue
            prev_quote = q

    def _same_para(self, a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in self.paras)

    def _only_cue_between(self, prev: Attribution, pq: Quote, q: Quote) -> bool:
        """Nothing but the previous quote's cue (and punctuation) between the two quotes."""
        gap = self.text[pq.end : q.start]
        for span in (prev.source, prev.cue):
            if span is not None and pq.end <= span.start and span.end <= q.start:
                gap = gap.replace(span.text, " ", 1)
        return len([w for w in gap.split() if any(ch.isalnum() for ch in w)]) <= 2

    def _dash_source(self, q: Quote) -> tuple[Span, Span, str] | None:
        """'"..." — Jane Doe' (a dash and a name after the quote)."""
        i = q.end
        while i < len(self.text) and self.text[i] in _INLINE_SPACE:
            i += 1
        if i >= len(self.text) or self.text[i] not in DASHES:
            return None
        j = i + 1
        while j < len(self.text) and self.text[j] in _INLINE_SPACE:
            j += 1
        for m, eid in self.state.mentions_in(j, j + 1):
            ent = self.state.entity(eid)
            if m.start == j and ent is not None and ent.type in {"PERSON", "ORG"}:
                return Span.of(self.text, i, i + 1), m, eid
        return None

    def _para_gap(self, a: int, b: int) -> bool:
        return self.text.count("\n", a, b) <= 3

    def _cue_span(self, cue_tok: Any, subj: Any) -> Span:
        start, end = cue_tok.idx, _tok_end(cue_tok)
        if subj is not None and abs(subj.i - cue_tok.i) == 1:  # "he said", "said Wang"
            start, end = min(start, subj.idx), max(end, _tok_end(subj))
        return Span.of(self.text, start, end)

    def _cue_verb(self, tok: Any, quote: bool = False) -> Any:
        """``tok`` when it is a cue verb; with ``quote``, one that may introduce a quotation
        (not a stance verb: '"...," he supported' is not English)."""
        m = match_cue(self.doc, tok.i)
        if m is None or m[0].cls in {"source", "noun"} or (quote and m[0].cls == "stance"):
            return None
        if tok.dep_ in {"advcl", "acl", "amod"} and (tok.tag_ == "VBN" or tok.i == tok.sent.start):
            return None  # "Asked whether ...": a question put to the speaker
        return tok

    def _subject(self, verb: Any) -> Any:
        if any(c.dep_ == "auxpass" for c in verb.children):
            return None  # "would be answered": the subject is not a speaker
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        outside = [c for c in subjects if not self.state.quotes.inside(c.idx)]
        for c in outside or subjects:  # '"..., full panic mode," said X': X, not "mode"
            if c.lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
                return verb.head  # "officials who said ...": the noun the clause modifies
            return c
        for c in verb.children:
            if c.dep_ == "nsubjpass":
                return None  # "the sanctions would be answered": not a speaker
        if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}:
            # "..., saying that ...": the speaker is the main clause's subject
            root = verb.sent.root
            if root.i != verb.i:
                for c in root.children:
                    if c.dep_ == "nsubj":
                        return c
        for c in verb.children:
            if c.dep_ == "agent":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
        if verb.dep_ in {"conj", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
            return self._subject(verb.head)
        if (
            verb.tag_ == "VBG"
            and verb.dep_ == "pcomp"
            and verb.head.lower_ == "by"
            and verb.head.head.pos_ in {"VERB", "AUX"}
        ):
            # "Obama responded by saying ...": the speaker of the verb "by" hangs on
            return self._subject(verb.head.head)
        if verb.dep_ == "ROOT" and verb.tag_ in {"VBD", "VBZ"} and verb.i > verb.sent.start:
            # "In a meeting with the board of the Washington Post Trump said ...": the parser
            # took the name for the end of the phrase before it
            prev = self.doc[verb.i - 1]
            ent = self.state.entity_at(prev.idx, _tok_end(prev))
            if prev.pos_ == "PROPN" and ent is not None and ent.type == "PERSON":
                return prev
        return None

    def _cue_after(self, q: Quote) -> tuple[Any, Any] | None:
        """'"...," he said' / '"...," said the minister' / '"..." Wang said at ...'."""
        end = q.end
        tail = self.text[end : end + 120]
        if "\n\n" in tail[:3]:
            return None
        tok = self.token_at(end)
        if tok.idx < end:
            tok = tok.nbor(1) if tok.i + 1 < len(self.doc) else tok
        for t in self.doc[tok.i : min(len(self.doc), tok.i + 16)]:
            if "\n" in t.text or (t.is_sent_start and t.i > tok.i + 1):
                break
            if t.text in {".", "!", "?", ";"}:
                break
            if self.state.quotes.inside(t.idx):
                break
            if self._cue_verb(t, quote=True) is not None:
                subj = self._subject(t)
                if (
                    subj is not None
                    and tok.i <= subj.i <= t.i + 6
                    and subj.head.i == t.i
                    and not self.state.quotes.inside(subj.idx)
                    and not self._own_clause(t, q)
                ):
                    return t, subj
        return None

    def _own_clause(self, verb: Any, q: Quote) -> bool:
        """'"... neighbours." He said his government would ...' or '"Fox News Sunday," X said
        his ...': a cue with a clause of its own after it is not the quote's cue."""
        if any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
            return True
        inner = self.text[q.inner_start : q.inner_end].rstrip()
        if not inner.endswith((".", "!", "?")):
            return False
        return any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > verb.i for c in verb.children)

    def _cue_colon_paragraph(self, q: Quote) -> tuple[Any, Any] | None:
        """'Sanders made the following comment:' then a paragraph that is a quote."""
        k = next((n for n, (s_, _) in enumerate(self.paras) if s_ == q.start), None)
        if not k:
            return None
        ps, pe = self.paras[k - 1]
        if not self.text[ps:pe].rstrip().endswith(":"):
            return None
        last = self.token_at(pe - 1).sent
        root = last.root
        subj = self._subject(root) if root.pos_ in {"VERB", "AUX"} else None
        if subj is None:
            return None
        return root, subj

    def _cue_before(self, q: Quote) -> tuple[Any, Any] | None:
        """'He said: "..."' / 'Wang told reporters, "..."'."""
        first = self.token_at(q.start)
        sent = first.sent
        for t in reversed(self.doc[sent.start : first.i]):
            if self.state.quotes.inside(t.idx) or t.i in self.used_cues:
                break
            if self._cue_verb(t, quote=True) is not None:
                subj = self._subject(t)
                gap = self.text[_tok_end(t) : q.start]
                if (
                    subj is not None
                    and len(gap.split()) <= 3
                    and (
                        len(gap.split()) == 0
                        or gap.rstrip()[-1:] in {":", ","}
                        or gap.split()[-1].lower() == "that"
                    )
                ):
                    return t, subj
                return None
        return None

    # ---- pass 2: cues --------------------------------------------------------------------
    def cue_pass(self) -> None:
        doc = self.doc
        table = cue_table()
        found: list[tuple[Any, Cue, int]] = []
        i = 0
        while i < len(doc):
            tok = doc[i]
            if i in self.used_cues or self.state.quotes.inside(tok.idx):
                i += 1
                continue
            known = _lemma(tok) in table or tok.lower_ in table or _stem(tok.lower_) in table
            m = match_cue(doc, i) if known else None
            if m is None:
                i += 1
                continue
            cue, end = m
            if cue.cls != "noun":  # see noun_pass
                found.append((tok, cue, end))
            i = end
        found.sort(key=lambda f: self._order(*f))
        for tok, cue, end in found:
            if cue.cls == "source":
                self._according(tok, end)
            else:
                self._verb_cue(tok, cue, end)

    def _order(self, tok: Any, cue: Cue, end: int) -> tuple[int, int, int]:
        """The order cues take their words in. The outer cue first: in "X decided to go, a
        source said" the words are the source's, and the cue inside them must not take them
        first. But "according to" before the verb it hangs on when that verb is not speech
        ("X offered to ..., according to a statement by Y": Y's words), and a medium's "the
        statement said" after the cues inside it (the medium is their channel, see via())."""
        if cue.cls == "source":
            head = self.doc[tok.i].head
            m = match_cue(self.doc, head.i)
            first = m is None or m[0].cls not in {"speech", "report"}
            return (0 if first else 1, _depth(tok), tok.i)
        subj = self._subject(tok)
        if (
            subj is not None
            and (_lemma(subj) in media_nouns() or subj.lower_ in media_nouns())
            and any(c.dep_ in {"ccomp", "parataxis"} and c.i < tok.i for c in tok.children)
        ):
            return (2, _depth(tok), tok.i)
        return (1, _depth(tok), tok.i)

    def _speaks(self, verb: Any) -> bool:
        """A speech cue whose subject is a named person or organisation."""
        m = match_cue(self.doc, verb.i)
        subj = self._subject(verb)
        if m is None or m[0].cls != "speech" or subj is None:
            return False
        ent = self.state.entity_at(subj.idx, _tok_end(subj))
        return ent is not None and ent.type in {"PERSON", "ORG"}

    def _noun_cue(self, tok: Any) -> None:
        """ "Trump's claim that ...": the possessor said the that-clause."""
        if tok.pos_ != "NOUN":
            return
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        clause = next(
            (
                c
                for c in tok.children
                if c.dep_ in {"acl", "ccomp", "relcl"}
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ),
            None,
        )
        if owner is None or clause is None or owner.lower_ in {"its", "their", "our"}:
            return
        toks = list(clause.subtree)
        lo = toks[0]
        while lo.i < toks[-1].i and lo.dep_ == "mark":
            lo = self.doc[lo.i + 1]
        content = self._span(lo.idx, _tok_end(toks[-1]))
        if content is None:
            return
        src, spk = self.speaker(owner)
        self.emit(src, spk, Span.of(self.text, tok.idx, _tok_end(tok)), [content])

    def _medium_subject(self, verb: Any) -> bool:
        subj = self._subject(verb)
        return subj is not None and (_lemma(subj) in media_nouns() or subj.lower_ in media_nouns())

    def _relative_subject(self, verb: Any) -> Any:
        """The relative pronoun subject of a cue in a relative clause ("who said"), if any."""
        if verb.dep_ != "relcl":
            return None
        return next(
            (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in {"who", "that"}),
            None,
        )

    def _owned_clause(self, clause: Any) -> bool:
        """A that-clause of a noun cue with a possessor ("repeated Costa's claim that ..."):
        the words are the possessor's (see noun_pass), not the verb's."""
        noun = clause.head
        return (
            noun.pos_ == "NOUN"
            and _lemma(noun) in noun_cues()
            and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in noun.children)
        )

    def _verb_cue(self, tok: Any, cue: Cue, end: int) -> None:
        doc = self.doc
        if tok.pos_ not in {"VERB", "AUX"} and not tok.tag_.startswith("VB"):
            return
        if self._cue_verb(tok) is None and len(cue.lemmas) == 1:
            return
        if _lemma(tok) == "call" and any(
            c.dep_ in {"prt", "prep"} and c.lower_ in {"in", "into", "off", "up", "back"}
            for c in tok.children
            if c.i == tok.i + 1
        ):
            return  # "called in to a show", "called off": not speech
        if any(c.dep_ == "neg" for c in tok.children) and cue.take == "rest":
            return  # "does not mention X" is an omission (see divergences), not a claim
        if cue.cls == "stance" and len(cue.lemmas) == 1:
            if tok.i + 1 < len(doc) and doc[tok.i + 1].dep_ == "prt" and doc[tok.i + 1].head == tok:
                return  # "backed out", "backed down": another verb
            if tok.tag_ == "VBG" or (
                tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children)
            ):
                # "the rebels backed by the West", "with Beijing supporting the plans": a
                # participle describes, it does not report a stance taken
                return
        subj = self._subject(tok)
        if subj is None or self.state.quotes.inside(subj.idx):
            return
        content = self._content(tok, cue, end)
        if not content:
            return
        src, spk = self.speaker(subj)
        rel = self._relative_subject(tok)
        if rel is not None and spk is not None:
            # "Ted Cruz, who endorsed Trump": the source is "who", the speaker its antecedent
            src = Span.of(self.text, rel.idx, _tok_end(rel))
        if cue.cls == "stance" and spk is None and not _counted(subj):
            # "Several ministers rejected the proposal": a stance needs a known holder, or a
            # counted one ("52 percent of voters support the ban", "a majority backed it")
            return
        cue_span = Span.of(self.text, tok.idx, _tok_end(doc[end - 1]))
        via = self.pending_via.get(tok.i) or self.via(tok, spk)
        self.emit(src, spk, cue_span, content, via=via if via != spk else None)

    def _content(self, tok: Any, cue: Cue, end: int) -> list[Span]:
        doc = self.doc
        sent = tok.sent
        clause = [
            c
            for c in tok.children
            if c.i > tok.i
            and (
                c.dep_ in {"ccomp", "xcomp"}
                # the parser often takes "said (after X) he would ..." for an adverbial clause
                or (
                    c.dep_ == "advcl"
                    and any(g.dep_ == "nsubj" for g in c.children)
                    and not any(g.dep_ == "mark" for g in c.children)
                )
            )
        ]
        # "Polls show Clinton ahead", "A study found 31 cases": what a medium shows is the rest
        # of its clause, that-clause or not
        evidence = cue.cls == "report" and not clause and self._medium_subject(tok)
        if len(cue.lemmas) > 1 or cue.take == "rest" or evidence:
            # everything after the cue in its clause ("pointed out that ...", "hailed X as Y")
            j = end
            while (
                j < sent.end and doc[j].lower_ in {"that", ",", ":", "for"} and cue.take != "rest"
            ):
                j += 1
            # never past the cue's own clause ("As X talked about Y, Z said ...")
            stop = min(self._clause_end(tok, j), tok.right_edge.i + 1)
            if stop <= j:
                return []
            return _listed(self._span(doc[j].idx, _tok_end(doc[stop - 1])))
        if not clause:
            # "said in a statement on Wednesday that ...": the parser hung the that-clause on a
            # word between; take the first one under the cue
            for t in doc[end : sent.end]:
                if (
                    t.lower_ == "that"
                    and (t.dep_ == "mark" or (cue.take == "that" and t.head.dep_ == "relcl"))
                    and tok in t.head.ancestors
                    and not self._owned_clause(t.head)
                ):
                    clause = [t.head]
                    break
        if clause:
            c = clause[0]
            addressee = any(o.dep_ in {"dobj", "obj"} and o.i < c.i for o in tok.children)
            if (
                c.dep_ == "xcomp"
                and not any(t.dep_ in {"nsubj", "mark"} for t in c.children)
                and cue.cls not in {"belief", "intent"}
                # "told his advisers to find a way": a directive to an addressee
                and not (addressee and cue.cls == "speech" and c.tag_ == "VB")
            ):
                return []
            toks = list(c.subtree)
            lo = toks[0]
            while lo.i < toks[-1].i and lo.lower_ == "that" and lo.dep_ in {"mark", "dobj"}:
                lo = doc[lo.i + 1]
            return _listed(self._span(lo.idx, _tok_end(toks[-1])))
        if cue.take != "that" and (  # "told reporters": the object is the addressee
            cue.take == "object"
            or cue.cls == "report"
            or (cue.cls == "speech" and tok.tag_ != "VBG")
        ):
            objs = [c for c in tok.children if c.dep_ in {"dobj", "obj"} and c.i > tok.i]
            if objs and any(self._owned_clause(c) for c in objs[0].children):
                return []  # "repeated Costa's claim that ...": Costa's words (see noun_pass)
            if objs:
                stop = self._clause_end(tok, objs[0].i)
                return _listed(self._span(objs[0].left_edge.idx, _tok_end(self.doc[stop - 1])))
        # content around the cue: "The economy is strong, the minister said." / "But to
        # prevent problems, he said, officials should be vigilant." (both sides)
        subj = self._subject(tok)
        ccomp_before = any(
            c.dep_ in {"ccomp", "dep", "parataxis"}
            and c.i < tok.i
            and (subj is None or c.i < subj.i)
            for c in tok.children
        )
        if tok.dep_ != "parataxis" and not ccomp_before:
            return []
        left_end = subj.left_edge.i if subj is not None and subj.i < tok.i else tok.i
        spans = []
        if left_end > sent.start:
            before = self._span(sent.start_char, doc[left_end].idx)
            if before is not None:
                spans.append(before)
        if tok.dep_ == "parataxis" and tok.head.i > tok.i and tok.right_edge.i + 1 < sent.end:
            after = self._span(doc[tok.right_edge.i + 1].idx, sent.end_char)
            if after is not None:
                spans.append(after)
        return spans

    def _clause_end(self, tok: Any, j: int) -> int:
        """Past the last token of the cue's clause from token ``j`` (to the sentence end)."""
        sent = tok.sent
        stop: int = sent.end
        for t in self.doc[j : sent.end]:
            if t.head.i != tok.i or t.i <= j + 1:
                continue
            left = t.left_edge.i
            comma = left > 0 and self.doc[left - 1].text in {",", ";", "\u2014"}
            # a participle clause after a comma is another claim ("..., emphasizing ..."), and
            # so is a second verb ("..., and said ...")
            if (t.dep_ == "advcl" and comma and t.tag_ in {"VBG", "VBN"}) or (
                t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"}
            ):
                stop = left
                while stop > j and (self.doc[stop - 1].is_punct or self.doc[stop - 1].dep_ == "cc"):
                    stop -= 1
                break
        return stop

    def _span(self, start: int, end: int) -> Span | None:
        s, e = _trim(self.text, start, end)
        return Span.of(self.text, s, e) if e > s else None

    def _according(self, tok: Any, end: int) -> None:
        """ "According to X, ..." / "..., according to X"."""
        doc = self.doc
        pobj = None
        for t in doc[tok.i : min(len(doc), end + 12)]:
            if t.dep_ == "pobj" and t.head.i in (end - 1, tok.i):
                pobj = t
                break
        if pobj is None and tok.head.i != tok.i:
            # "according to show insiders" with "show" taken for a verb: the phrase's last noun
            nouns = [t for t in doc[end : tok.right_edge.i + 1] if t.pos_ in {"NOUN", "PROPN"}]
            pobj = nouns[-1] if nouns and nouns[-1].right_edge.i <= tok.right_edge.i else None
        if pobj is None:
            return
        head = tok.head
        said = match_cue(doc, head.i)
        if head.i != tok.i and (
            head.i in self.used_cues
            or (self._cue_verb(head) is not None and said is not None and said[0].cls == "speech")
        ):
            return  # "..., he said, according to a video ...": a channel, see via()
        phrase = list(doc[tok.i : pobj.right_edge.i + 1])
        sent = tok.sent
        # "According to a transcript released by X, Tran said that ...": Tran speaks, X is the
        # channel of the speech cue in the clause
        inner = [
            t
            for t in doc[phrase[-1].i + 1 : sent.end]
            if t.pos_ in {"VERB", "AUX"}
            and t.tag_ != "VBG"
            and self._cue_verb(t) is not None
            and self._speaks(t)
        ]
        if inner and (_lemma(pobj) in media_nouns() or pobj.lower_ in media_nouns()):
            author = self._author(pobj, agent_first=True)
            if author is not None:
                for t in inner:
                    self.pending_via[t.i] = str(author.id)
                return
        # the content is the rest of the sentence around the phrase
        before = [t for t in doc[sent.start : tok.i] if not t.is_punct]
        after_start = phrase[-1].i + 1
        after = [t for t in doc[after_start : sent.end]]
        if after and len([t for t in after if not t.is_punct]) >= 3:
            first, last = after[0], after[-1]
            adv = [
                t
                for t in doc[after_start : sent.end]
                if t.dep_ == "advcl"
                and t.head.dep_ == "ROOT"
                and t.i > after_start + 2
                and t.left_edge.i > after_start
            ]
            stop = adv[0].left_edge.i if adv else sent.end
            last = doc[stop - 1]
            content = self._span(first.idx, _tok_end(last))
        elif before:
            content = self._span(before[0].idx, _tok_end(before[-1]))
        else:
            return
        if content is None:
            return
        # the speaker: the author of a medium ("a statement released by the ministry"), the
        # possessor of words ("his remarks"), or the object itself ("according to officials")
        spk_ent = None
        src: Span | None = None
        if _lemma(pobj) in media_nouns() or pobj.lower_ in media_nouns():
            spk_ent = self._author(pobj)
            if spk_ent is not None:
                m = self.state.mentions_in(pobj.idx, _tok_end(pobj.right_edge))
                first_m = next((x for x, eid in m if eid == spk_ent.id), None)
                src = first_m
        if spk_ent is None:
            src, spk = self.speaker(pobj)
            spk_ent = self.state.entity(spk)
        cue_span = Span.of(self.text, tok.idx, _tok_end(doc[end - 1]))
        if src is None:
            src = Span.of(self.text, pobj.idx, _tok_end(pobj))
        self.emit(src, spk_ent.id if spk_ent is not None else None, cue_span, [content])

    # ---- pass 3: "Name: words" lines (headlines, transcripts) ---------------------------------
    def colon_pass(self) -> None:
        pos = 0
        for line in self.text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            k = line.find(":")
            if k <= 0 or k > 60 or len(line) - k < 12:
                continue
            head_s, head_e = _trim(self.text, start, start + k)
            while head_s < head_e and self.text[head_s] in "\"\u201c'":
                head_s += 1  # a transcript line inside a quote: '"PENCE: Well, ...'
            if head_e <= head_s:
                continue
            head = self.text[head_s:head_e]
            found = self._line_speaker(head_s, head_e, head)
            if found is None:
                continue
            src, eid = found
            content = self._span(start + k + 1, start + len(line))
            if content is not None:
                cue = Span.of(self.text, start + k, start + k + 1)
                self.emit(src, eid, cue, [content])

    def _line_speaker(self, s: int, e: int, head: str) -> tuple[Span, str | None] | None:
        """The speaker of a "Name: words" line: a person or organisation mention, or a
        transcript's all-caps name ("PENCE") resolved by surname when the article names it."""
        for m, eid in self.state.mentions_in(s, e):
            ent = self.state.entity(eid)
            if (m.start, m.end) == (s, e) and ent is not None and ent.type in {"PERSON", "ORG"}:
                return m, eid
        words_ = head.split()
        titled = self._titled_speaker(s, e, words_)
        if titled is not None:
            return titled
        if (
            1 <= len(words_) <= 3
            and head.isupper()
            and all(w.isalpha() or w in {"MR.", "MS."} for w in words_)
        ):
            last = words_[-1].casefold()
            for ent in self.state.entities:
                if ent.type == "PERSON" and ent.name.split()[-1].casefold() == last:
                    return Span.of(self.text, s, e), ent.id
            return Span.of(self.text, s, e), None
        return None

    def _titled_speaker(self, s: int, e: int, words_: list[str]) -> tuple[Span, str | None] | None:
        """A headline's "Trump: ...", "Clinton camp: ...", "Poll: ...": a short capitalised
        head naming a person or organisation of the article by one of its name words, or a
        medium ("poll", "report")."""
        if not 1 <= len(words_) <= 4 or not words_[0][:1].isupper():
            return None
        if any(not w.replace(".", "").replace("-", "").isalpha() for w in words_):
            return None
        for w in reversed(words_):
            if not w[:1].isupper():
                continue  # "Clinton camp": the name word, not "camp"
            key = w.strip(".").casefold()
            for ent in self.state.entities:
                if ent.type in {"PERSON", "ORG"} and key in ent.name.casefold().split()[-1:]:
                    return Span.of(self.text, s, e), ent.id
        last = words_[-1].casefold()
        if last in media_nouns() or last.removesuffix("s") in media_nouns():
            return Span.of(self.text, s, e), None
        return None

    def question_pass(self) -> None:
        """ "Asked whether X, ...", "When asked about Y, ...": the question put to someone,
        whose asker the text does not name (no source, no speaker)."""
        for tok in self.doc:
            if _lemma(tok) != "ask" or tok.tag_ != "VBN" or self.state.quotes.inside(tok.idx):
                continue
            if tok.dep_ not in {"advcl", "ROOT"} or any(
                c.dep_ in {"nsubj", "nsubjpass", "agent", "aux"} for c in tok.children
            ):
                continue
            j = tok.i + 1
            while j <= tok.right_edge.i and self.doc[j].lower_ in {"about", "by", ","}:
                j += 1
            if j > tok.right_edge.i or self.doc[j].pos_ == "PUNCT":
                continue
            content = self._span(self.doc[j].idx, _tok_end(tok.right_edge))
            if content is not None and len(content.text.split()) >= 2:
                cue = Span.of(self.text, tok.idx, _tok_end(tok))
                self.emit(None, None, cue, [content])

    def noun_pass(self) -> None:
        nouns = noun_cues()
        for tok in self.doc:
            if tok.pos_ != "NOUN" or _lemma(tok) not in nouns:
                continue
            m = match_cue(self.doc, tok.i)
            if m is not None and m[0].cls == "noun" and not self.state.quotes.inside(tok.idx):
                self._noun_cue(tok)

    def run(self) -> None:
        self.colon_pass()
        self.quote_pass()
        self.cue_pass()
        self.noun_pass()
        self.question_pass()
        self.state.attributions = sorted(self.out, key=lambda a: a.content[0].start)
