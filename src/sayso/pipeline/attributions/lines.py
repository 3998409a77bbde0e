"""Pass 3 and 5: "Name: words" lines (headlines, transcripts) and questions put to someone
("Asked whether X, ...") whose asker the text does not name."""

from __future__ import annotations

import re

from ...lexicon import media_nouns
from ...nlp import children_of, lemmas_of, tokens_of
from ...types import Span
from .context import Context, tok_end, trim
from .speakers import Speakers

# a word of letters: a line after the colon with fewer than two says nothing ("Hotline:
# 555-0100", "Tickets: $25"), it lists a detail
_WORD = re.compile(r"[^\W\d_]{2,}")
# a headline's kicker names the kind of piece ("Analysis: ...", "Opinion: ..."), not a source
_KICKERS = frozenset(
    {"analysis", "opinion", "editorial", "commentary", "explainer", "exclusive", "update"}
)


class LinePass:
    def __init__(self, ctx: Context, speakers: Speakers) -> None:
        self.ctx = ctx
        self.speakers = speakers
        self.state = ctx.state
        self.text = ctx.text

    def colon_pass(self) -> None:
        pos = 0
        for line in self.text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            k = line.find(":")
            if k <= 0 or k > 60 or len(line) - k < 12:
                continue
            head_s, head_e = trim(self.text, start, start + k)
            while head_s < head_e and self.text[head_s] in "\"\u201c'":
                head_s += 1  # a transcript line inside a quote: '"PENCE: Well, ...'
            if head_e <= head_s:
                continue
            head = self.text[head_s:head_e]
            found = self._line_speaker(head_s, head_e, head)
            if found is None:
                continue
            src, eid = found
            content = self.ctx.span(start + k + 1, start + len(line))
            if content is not None and len(_WORD.findall(content.text)) >= 2:
                cue = Span.of(self.text, start + k, start + k + 1)
                self.ctx.emit(src, eid, cue, [content])

    def _line_speaker(self, s: int, e: int, head: str) -> tuple[Span, str | None] | None:
        """The speaker of a "Name: words" line: a person or organisation mention, or a
        transcript's all-caps name ("PENCE") resolved by surname when the article names it.
        A headline's kicker is none, even when the entities stage took it for a name."""
        if head.strip().casefold() in _KICKERS:
            return None
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
            if len(head) > 1 and self._heads_lines(head) < 2:
                return None  # "CORRECTION: ...", "UPDATE: ...": a label, not a transcript's voice
            return Span.of(self.text, s, e), None
        return None

    def _heads_lines(self, head: str) -> int:
        """How many lines of the text open with ``head`` and a colon (a transcript gives each
        voice many turns; its "Q:" and "A:" need no count)."""
        return sum(
            line.lstrip(" \t\"\u201c'").startswith(head + ":") for line in self.text.split("\n")
        )

    def _titled_speaker(self, s: int, e: int, words_: list[str]) -> tuple[Span, str | None] | None:
        """A headline's "Trump: ...", "Clinton camp: ...", "Poll: ...": a short capitalised
        head naming a person or organisation of the article by one of its name words, or a
        medium ("poll", "report")."""
        if not 1 <= len(words_) <= 4 or not words_[0][:1].isupper():
            return None
        if any(not w.replace(".", "").replace("-", "").isalpha() for w in words_):
            return None
        if self._clause(s, e):
            return None  # "He said of Congress: ...": the verb's cue, not a named line
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

    def _clause(self, s: int, e: int) -> bool:
        """Whether the text before a line's colon is a clause (a pronoun or a verb in it: "He
        said of the council"), no name or label."""
        tokens = tokens_of(self.ctx.doc)
        for i in range(self.ctx.token_at(s).i, len(tokens)):  # the head's words, no others
            t = tokens[i]
            if t.idx >= e:
                break
            if t.idx >= s and t.pos_ in {"PRON", "VERB", "AUX"}:
                return True
        return False

    def question_pass(self) -> None:
        """ "Asked whether X, ...", "When asked about Y, ...", "Hill, asked about Y, said":
        the question put to someone, whose asker the text does not name (no source, no
        speaker)."""
        doc = self.ctx.doc
        tokens = tokens_of(doc)
        lemmas = lemmas_of(doc)
        for i, lem in enumerate(lemmas):
            if lem != "ask":
                continue
            tok = tokens[i]
            if self.ctx.quoted(tok):
                continue
            answer = self.speakers.put_question(tok)
            if answer is None and (
                tok.tag_ != "VBN"
                or tok.dep_ not in {"advcl", "ROOT"}
                or any(c.dep_ in {"nsubj", "nsubjpass", "agent", "aux"} for c in children_of(tok))
            ):
                continue
            last = tok.right_edge if answer is None else tokens[answer.left_edge.i - 1]
            j = tok.i + 1
            while j <= last.i and tokens[j].lower_ in {"about", "by", ","}:
                j += 1
            if j > last.i or tokens[j].pos_ == "PUNCT":
                continue
            content = self.ctx.span(tokens[j].idx, tok_end(last))
            if content is not None and len(content.text.split()) >= 2:
                cue = Span.of(self.text, tok.idx, tok_end(tok))
                self.ctx.emit(None, None, cue, [content])
