"""Quotations that run on from the one before with no cue of their own: the second half of a
split quote ('"...," she said. "..."'), a paragraph that is wholly a quotation after a paragraph
whose quote has a cue, and a quotation that goes on over paragraphs. The base of
:class:`.quoted.QuotePass`, which finds the cues."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ...nlp import sentence, tokens_of
from ...types import Attribution, Span
from ..quotes import Quote
from .context import Context, tok_end
from .speakers import Speakers


class QuoteRuns:
    """The runs of quotations of one document's run (see the module's docstring)."""

    def __init__(self, ctx: Context, speakers: Speakers) -> None:
        self.ctx = ctx
        self.speakers = speakers
        self.state = ctx.state
        self.doc = ctx.doc
        self.text = ctx.text
        self.prev: Attribution | None = None  # the attribution of the last quotation cued
        self.prev_quote: Quote | None = None

    def _continues(self, q: Quote, content: Span) -> bool:
        """A quote with no cue of its own that continues the one before."""
        prev, prev_quote = self.prev, self.prev_quote
        if prev is None or prev_quote is None:
            return False
        if (
            prev.kind == "direct"
            and self.ctx.same_para(prev_quote.end, q.start)
            and "\n" not in self.text[prev_quote.end : q.start]
            and self._only_cue_between(prev, prev_quote, q)
        ):
            # '"...," she said. "..."': the second half of a split quote
            self.ctx.out[-1] = replace(prev, content=(*prev.content, content))
            self.prev, self.prev_quote = self.ctx.out[-1], q
            return True
        if (
            prev_quote.continues
            and prev_quote.end <= q.start
            and self._para_gap(prev_quote.end, q.start)
        ) or self._runs_on(prev, q):
            self.ctx.emit(
                prev.source, prev.speaker, prev.cue, [content], via=prev.via, kind="direct"
            )
            self.prev_quote = q
            return True
        return False

    def _runs_on(self, prev: Attribution, q: Quote) -> bool:
        """A paragraph that is wholly a quotation, right after a paragraph that ends with a
        quote and its attribution ('"...," X said in a statement.'), or after such a paragraph
        that ran on itself: the speaker goes on."""
        paras = self.ctx.paras
        k = self.ctx.para_at(q.start)
        if k is None or prev.kind != "direct" or prev.speaker is None or prev.cue is None:
            return False
        if self._quoted_lines(q) and not (k and self._wholly_quoted(k, q)):
            return self._runs_on_line(prev, q)
        if not k or not self._wholly_quoted(k, q):
            return False
        before_s, before_e = paras[k - 1]
        last = sentence(self.ctx.token_at(max(before_s, before_e - 1)))
        if before_s <= prev.cue.start and last.start_char <= prev.cue.start < before_e:
            return True
        pq = self.prev_quote
        return pq is not None and self._wholly_quoted(k - 1, pq) and self._ran_on(prev, pq)

    def _runs_on_line(self, prev: Attribution, q: Quote) -> bool:
        """:meth:`_runs_on` for a text that writes one paragraph to a line: the line before
        ``q`` ends with the previous quote's cue sentence, or is wholly that quote."""
        assert prev.cue is not None
        before_s, before_e = self._line_before(q)
        if before_e <= before_s:
            return False
        if before_s <= prev.cue.start < before_e:
            last = sentence(self.ctx.token_at(max(before_s, before_e - 1)))
            return last.start_char <= prev.cue.start
        pq = self.prev_quote
        return (
            pq is not None
            and pq.start == before_s
            and self._quoted_lines(pq)
            and self._ran_on(prev, pq)
        )

    def _ran_on(self, prev: Attribution, pq: Quote) -> bool:
        """Whether the last attribution made is ``prev``'s speaker's, with content inside the
        previous quote ``pq``: that quote ran on from its cue itself."""
        out = self.ctx.out
        return (
            bool(out)
            and out[-1].speaker == prev.speaker
            and out[-1].content[0].start >= pq.inner_start
        )

    def _quoted_lines(self, q: Quote) -> bool:
        """Whether ``q`` is the whole of the lines it stands on, a line break before it and
        after it: a paragraph of its own in a text that writes one paragraph to a line."""
        text = self.text
        if q.start == 0 or text[q.start - 1] != "\n" or not q.closed:
            return False
        end = text.find("\n", q.end)
        return not any(ch.isalnum() for ch in text[q.end : end if end >= 0 else len(text)])

    def _line_before(self, q: Quote) -> tuple[int, int]:
        """The line right before the one ``q`` starts on."""
        end = q.start - 1
        return self.text.rfind("\n", 0, end) + 1, end

    def _wholly_quoted(self, k: int, q: Quote) -> bool:
        """Whether paragraph ``k`` is the quote ``q`` and nothing else."""
        ps, pe = self.ctx.paras[k]
        rest = self.text[ps : q.start] + self.text[q.end : pe]
        return q.start == ps and q.end <= pe and not any(ch.isalnum() for ch in rest)

    def _para_gap(self, a: int, b: int) -> bool:
        return self.text.count("\n", a, b) <= 3

    def _only_cue_between(self, prev: Attribution, pq: Quote, q: Quote) -> bool:
        """Nothing but the previous quote's cue (and punctuation) between the two quotes."""
        gap = self.text[pq.end : q.start]
        for span in (prev.source, prev.cue):
            if span is not None and pq.end <= span.start and span.end <= q.start:
                gap = gap.replace(span.text, " ", 1)
        if len([w for w in gap.split() if any(ch.isalnum() for ch in w)]) <= 2:
            return True
        return self._cue_clause_between(prev, pq, q)

    def _cue_clause_between(self, prev: Attribution, pq: Quote, q: Quote) -> bool:
        """'"...," Hill said after the vote. "..."': every word between the two quotes belongs
        to the clause of the first quote's cue (its subject and adjuncts), and none is another
        speech verb, so the second quote is the same speaker's."""
        verb = self._cue_verb_of(prev)
        if verb is None:
            return False
        gap = [
            t
            for t in tokens_of(self.doc)[
                self.ctx.token_at(pq.end).i : self.ctx.token_at(q.start).i + 1
            ]
            if pq.end <= t.idx and tok_end(t) <= q.start and any(ch.isalnum() for ch in t.text)
        ]
        if not gap or len(gap) > 14 or any(sentence(t) != sentence(verb) for t in gap):
            return False
        return all(
            t.i == verb.i or (verb in t.ancestors and self.speakers.cue_verb(t, quote=True) is None)
            for t in gap
        )

    def _cue_verb_of(self, a: Attribution) -> Token | None:
        """The verb of an attribution's cue ("said" in "Hill said")."""
        if a.cue is None:
            return None
        first, last = self.ctx.token_at(a.cue.start), self.ctx.token_at(a.cue.end - 1)
        toks = tokens_of(self.doc)[first.i : last.i + 1]
        verbs = [t for t in toks if self.speakers.cue_verb(t, quote=True) is not None]
        return verbs[-1] if verbs else None
