"""Pass 1: quotations. Every quotation (see :mod:`sayso.pipeline.quotes`) looks for its cue right
after it ('"...," he said', '"..." said Wang') or right before it ('He said: "..."'), or for a
dash and a name after it. A quote with no cue continues the attribution of a quote before it (a
split quote, or quotes running over paragraphs). Short quotes with no cue are scare quotes and
are left alone, and so are titles and names in quotation marks ('on "Morning Report with Ana
Ruiz"', 'the film "Storm Over the Valley"': words in title case, no words said). A quote inside
a clause that an outer speech cue reports ('Hill said the figures showed "a clear trend"') is
Hill's, with the whole clause as its content."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ...lexicon import ADDRESSEE_VERBS, is_medium, lemma, match_cue, shared_words
from ...nlp import children_of, expanded_span, sentence, subtree_of, tokens_of
from ...types import Attribution, Span
from ..quotes import Quote
from .context import DASHES, INLINE_SPACE, Context, deed_object, tok_end, trim
from .quote_runs import QuoteRuns
from .speakers import Speakers

_WORD = re.compile(r"[^\W_][\w'\u2019.-]*")

_OPENS_QUOTE = re.compile(r"[ \t]*[,:][ \t]*[\"\u201c][A-Z]")
# the most words a scare quote holds ('took the "regulars" along'; see _scare_quote)
SCARE_WORDS = 3
# the most words of a quoted phrase set inside a clause a later cue reports (_quoted_inside)
_PHRASE_WORDS = 12
_NOT_INVERTED = ADDRESSEE_VERBS  # their words after a quotation name the one spoken to


def _subjectless_root(verb: Token) -> bool:
    """A root verb the parser gave no subject ('"...," the man's lawyer, Ana Ruiz, said', the
    words before it taken for objects of the quote): its speaker is found by position."""
    return verb.dep_ == "ROOT" and not any(c.dep_ == "nsubj" for c in children_of(verb))


def _quoting(verb: Token) -> tuple[Token, Token] | None:
    """(speech verb, speaker) of '"...," the newspaper quoted her saying' or '... quoted Hill as
    saying': the one quoted speaks, the subject of "quote" is the channel."""
    if lemma(verb) != "quote":
        return None
    obj = next((c for c in children_of(verb) if c.dep_ in {"dobj", "obj"}), None)
    says = [c for c in children_of(verb) if c.dep_ in {"xcomp", "advcl", "ccomp"}]
    says += [
        g
        for c in children_of(verb)
        if c.lower_ == "as"
        for g in children_of(c)
        if g.dep_ == "pcomp"
    ]
    for c in says:
        m = match_cue(verb.doc, c.i)
        # the one quoted: the object of "quote", or the subject the parser gave "saying"
        who = obj or next((g for g in children_of(c) if g.dep_ == "nsubj"), None)
        if c.tag_ == "VBG" and m is not None and m[0].cls == "speech" and who is not None:
            return c, who
    return None


def _hyphened(tok: Token) -> bool:
    """Whether ``tok`` is glued by a hyphen to a participle or adjective in lower case after
    it ("Ohio" in "Ohio-based", "Iowa-born"): the first part of a compound modifier, not a
    noun of its own (not a double name: "Holtz-Eakin", "Mei-ling", "Secretary-Treasurer")."""
    tokens = tokens_of(tok.doc)
    if tok.i + 2 >= len(tokens) or tok.whitespace_:
        return False
    hyphen, word = tokens[tok.i + 1], tokens[tok.i + 2]
    return (
        hyphen.tag_ == "HYPH"
        and not hyphen.whitespace_
        and word.is_lower
        and word.pos_ in {"VERB", "ADJ"}
    )


def is_title(words: str) -> bool:
    """Whether the words inside quotation marks are a title or a name, not words said: two to
    ten words, each capitalized but for the small words of a title ("Here's the Thing", "Face
    the Nation"), with nothing inside that ends or joins clauses (no comma, semicolon, question
    or exclamation mark; a final stop is allowed: 'his memoir "An American Son."')."""
    body = words.strip().rstrip(".")
    if any(ch in body for ch in ",;!?\n") or ". " in body:
        return False
    found = _WORD.findall(body)
    if not 2 <= len(found) <= 10 or not found[0][0].isupper():
        return False
    small = shared_words().title_small_words
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in small for w in found)


class QuotePass(QuoteRuns):
    """The quotations of one document's run: their cues (the runs of quotations with no cue
    of their own: ``QuoteRuns``)."""

    def __init__(self, ctx: Context, speakers: Speakers) -> None:
        super().__init__(ctx, speakers)
        self.outer_clause: Token | None = None  # the clause an outer cue reports (_outer_cue)
        self.around: Span | None = None  # the clause a quoted phrase lies in (_quoted_inside)

    def run(self) -> None:
        for q in self.ctx.state.quotes.quotes:
            content = Span.of(self.text, *trim(self.text, q.inner_start, q.inner_end))
            if content.end <= content.start or is_title(content.text):
                continue
            if self._cued(q, content) or self._dashed(q, content):
                self.prev, self.prev_quote = (self.ctx.out[-1] if self.ctx.out else None), q
                continue
            if self._continues(q, content):
                continue
            self.prev_quote = q

    def follow_statements(self) -> None:
        """A quotation with no cue of its own, set as a sentence of its own right after the
        sentence of a speech cue whose speaker is known, in the same paragraph ('Vance said the
        timetable would not change. "You will find the boats running."'): the speaker goes on.
        Run after the cue pass, whose statements it continues."""
        for q in self.ctx.state.quotes.quotes:
            content = Span.of(self.text, *trim(self.text, q.inner_start, q.inner_end))
            if content.end <= content.start or is_title(content.text):
                continue
            # a whole sentence: it ends inside the quotation ('"... all winter."')
            if self.text[q.inner_start : q.inner_end].rstrip()[-1:] not in {".", "!", "?"}:
                continue
            prev = self._statement_before(q)
            if prev is not None:
                self.ctx.emit(
                    prev.source, prev.speaker, prev.cue, [content], via=prev.via, kind="direct"
                )

    def _statement_before(self, q: Quote) -> Attribution | None:
        """The attribution that ends the sentence before ``q`` in its paragraph, when it is a
        speech cue's with a known speaker: nothing but a sentence end between the two."""
        best, best_end = None, -1
        for a in self.ctx.out:
            end = max(x.end for x in (*a.content, *(s for s in (a.cue, a.source) if s)))
            if best_end < end <= q.start:
                best, best_end = a, end
        if best is None or best.speaker is None or best.cue is None:
            return None
        gap = self.text[best_end : q.start]
        if any(ch.isalnum() for ch in gap) or not set(gap) & {".", "!", "?"}:
            return None
        if "\n" in gap and not (gap.count("\n") == 1 and self._quoted_lines(q)):
            # the next paragraph only, and only when the quotation is the whole of it (or the
            # next line, in a text that puts each paragraph on a line of its own)
            k = self.ctx.para_at(q.start)
            if not k or not self._wholly_quoted(k, q):
                return None
            if self.ctx.para_at(best_end - 1) != k - 1:
                return None
        return best if self._cue_verb_of(best) is not None else None

    def _cued(self, q: Quote, content: Span) -> bool:
        self.outer_clause = None
        self.around = None
        after = None if self._scare_quote(q) else self._cue_after(q)
        if after is not None and (
            self._opens_next_quote(q, after[0]) or self._acts_on_object(*after)
        ):
            after = None
        if after is not None and self._cued_in_clause_before(q, after[0]):
            after = None
        if after is not None and self._quoted_inside(q, after[1]):
            self.around = self._clause_around(q, *after)
        found = after or self._cue_before(q) or self._cue_colon_paragraph(q) or self._named_colon(q)
        if found is None:
            return False
        cue_tok, subj = found
        cue_span = self._cue_span(cue_tok, subj)
        src, spk = self.speakers.cue_source(cue_tok, subj)
        self.ctx.used_cues.add(cue_tok.i)
        via = self.speakers.via(cue_tok, spk)
        reported = self.around or self._reported_clause(q)
        if reported is not None:  # 'Hill said the figures showed "a clear trend"'
            self.ctx.emit(src, spk, cue_span, [reported], via=via)
        else:
            self.ctx.emit(src, spk, cue_span, [content], via=via, kind="direct")
        return True

    def _cued_in_clause_before(self, q: Quote, after: Token) -> bool:
        """Whether the cue right before ``q`` is the verb of an adverbial clause, with a
        subject and a mark of its own, that comes before ``after``, the cue after ``q`` ('When
        a man shouted, "Ames," Ames said, "..."'): the quotation is that clause's words, not
        those of the cue after it."""
        before = self._cue_before(q)
        self.outer_clause = None  # (set by _cue_before: that cue is only looked at here)
        if before is None or before[0].dep_ != "advcl" or before[0].i > after.i:
            return False
        # a clause opened by "when", "as", "after" ... with a speaker of its own, whatever
        # verb the parser hung it on
        kids = children_of(before[0])
        return any(c.dep_ == "nsubj" for c in kids) and any(
            c.dep_ == "mark" or c.tag_ == "WRB" for c in kids
        )

    @staticmethod
    def _acts_on_object(verb: Token, subj: Token) -> bool:
        """Whether a verb after a quotation acts on a bare object after its subject ('"...": a
        bakery feels the heat'): no cue of the quotation (an inverted subject the parser took
        for the object, '"...," added a local official', is the speaker)."""
        obj = deed_object(verb)
        return obj is not None and obj.i > subj.i

    def _clause_around(self, q: Quote, verb: Token, subj: Token) -> Span | None:
        """The words a cue after a quoted phrase reports: from the start of the phrase's
        sentence to the cue or the speaker's phrase, whichever comes first."""
        tokens = tokens_of(self.doc)
        first = tokens[sentence(self.ctx.token_at(q.start)).start]
        return self.ctx.span(min(first.idx, q.start), min(verb.idx, subj.left_edge.idx))

    def _opens_next_quote(self, q: Quote, verb: Token) -> bool:
        """Whether a cue after a closed quotation introduces a quotation of its own ('... a
        "big heart." (She also noted, "He will fight back.")'): a full stop closes the first
        one, and a comma or a colon after the cue opens the next, a new sentence. The cue's
        words are those that follow it."""
        inner = self.text[q.inner_start : q.inner_end].rstrip()
        if not inner or inner[-1] not in ".!?":
            return False
        return _OPENS_QUOTE.match(self.text, tok_end(verb)) is not None

    def _reported_clause(self, q: Quote) -> Span | None:
        """The whole clause an outer cue reports, when the quotation lies inside it (see
        :meth:`_outer_cue`): its words are the outer speaker's, quoted or not."""
        tokens = tokens_of(self.doc)
        clause = self.outer_clause
        if clause is None:
            return None
        toks = list(subtree_of(clause))
        lo = toks[0]
        while lo.i < toks[-1].i and lo.lower_ == "that" and lo.dep_ == "mark":
            lo = tokens[lo.i + 1]
        if lo.idx > q.inner_start:
            return None
        return self.ctx.span(lo.idx, max(tok_end(toks[-1]), q.inner_end))

    def _dashed(self, q: Quote, content: Span) -> bool:
        dashed = self._dash_source(q)
        if dashed is None:
            return False
        dash, src_span, spk = dashed
        self.ctx.emit(src_span, spk, dash, [content], kind="direct")
        return True

    def _dash_source(self, q: Quote) -> tuple[Span, Span, str] | None:
        """'"..." — Jane Doe' (a dash and a name after the quote)."""
        i = q.end
        while i < len(self.text) and self.text[i] in INLINE_SPACE:
            i += 1
        if i >= len(self.text) or self.text[i] not in DASHES:
            return None
        j = i + 1
        while j < len(self.text) and self.text[j] in INLINE_SPACE:
            j += 1
        for m, eid in self.state.mentions_in(j, j + 1):
            ent = self.state.entity(eid)
            if m.start == j and ent is not None and ent.type in {"PERSON", "ORG"}:
                return Span.of(self.text, i, i + 1), m, eid
        return None

    def _cue_span(self, cue_tok: Token, subj: Token) -> Span:
        start, end = cue_tok.idx, tok_end(cue_tok)
        if abs(subj.i - cue_tok.i) == 1:  # "he said", "said Wang"
            first = subj  # the whole name before the verb ("Van Dam said"), not its last word
            while first.i > 0 and first.nbor(-1).dep_ in {"compound", "flat"}:
                if first.nbor(-1).head.i != subj.i or first.nbor(-1).pos_ != "PROPN":
                    break
                first = first.nbor(-1)
            start, end = min(start, first.idx), max(end, tok_end(subj))
        return Span.of(self.text, start, end)

    def _cue_after(self, q: Quote) -> tuple[Token, Token] | None:
        """'"...," he said' / '"...," said the minister' / '"..." Wang said at ...'."""
        end = q.end
        tail = self.text[end : end + 120]
        if "\n\n" in tail[:3]:
            return None
        tok = self.ctx.token_at(end)
        if tok.idx < end:
            tok = tok.nbor(1) if tok.i + 1 < len(self.doc) else tok
        for t in tokens_of(self.doc)[tok.i : self._window_end(q, tok)]:
            if "\n" in t.text or (t.is_sent_start and t.i > tok.i + 1):
                break
            if t.text in {".", "!", "?", ";"} or self.ctx.quoted(t):
                break
            if t.lower_ in shared_words().coordinators and t.head.pos_ in {"VERB", "AUX"}:
                # '... "under protest," and she called on X': a clause joined after the
                # quotation is a new statement, not the quotation's cue (a coordinator of two
                # nouns, '"..." to raise the price and the pay, she said', joins no clause)
                break
            said = self._quoting_or_wording(t, tok)
            if said is not None:
                return said
            if self.speakers.cue_verb(t, quote=True) is None:
                continue
            if self._set_in_next_sentence(q, t, tok):
                return None
            named = self._named_before(t, tok)
            if named is not None:
                return t, named
            if self._embedded(t, tok):
                continue
            inverted = self._inverted_subject(t, tok)
            if inverted is not None:
                return t, inverted
            if any(c.dep_ == "mark" and c.lower_ != "as" for c in children_of(t)) or (
                self._own_clause(t, q)
            ):
                # '... said that route "...," but that Sweden had refused it': a subordinate
                # clause after the quotation ("that", "because", "if") is no cue of it ('"...,"
                # as Hill put it' is); 'The review is ongoing." He said the agency has not
                # commented': the words after the quote are a report of their own, and no cue
                # inside it is the quote's
                return None
            subj = self.speakers.subject(t)
            if (
                subj is not None
                and tok.i <= subj.i <= t.i + 6
                and (subj.head.i == t.i or _subjectless_root(t))
                and not self.ctx.quoted(subj)
            ):
                return t, subj
        return None

    def _set_in_next_sentence(self, q: Quote, verb: Token, first: Token) -> bool:
        """Whether the cue after a quotation that closes a sentence of its own is set inside
        the next sentence ('"... patience." The harbor, she said, was "..."'): words that are
        not its speaker's phrase stand between the quotation and the cue, and the sentence goes
        on after the cue with words not quoted, so the cue reports the sentence it stands in,
        not the quotation."""
        inner = self._closed_inner(q)
        if not inner or inner[-1] not in ".!?":
            return False
        tokens = tokens_of(self.doc)
        after = next((t for t in tokens[verb.i + 1 : verb.i + 4] if not t.is_punct), None)
        if after is None or self.ctx.quoted(after):
            return False  # 'The two sides, it said, "agreed ..."': a quotation goes on after it
        subj = self.speakers.subject(verb)
        phrase = {t.i for t in subtree_of(subj)} if subj is not None else set()
        return any(not t.is_punct and t.i not in phrase for t in tokens[first.i : verb.i])

    def _quoting_or_wording(self, t: Token, first: Token) -> tuple[Token, Token] | None:
        """(verb, speaker) of "quoting X as saying" or of a medium's verb of wording ('the
        notice read') at ``t`` after a quotation; None otherwise."""
        quoting = _quoting(t)
        if quoting is not None and not self.ctx.quoted(quoting[1]):
            return quoting
        worded = _medium_wording(t, first)
        return (t, worded) if worded is not None else None

    def _closed_inner(self, q: Quote) -> str:
        """The words of ``q`` without the spaces and marks after them: a quotation inside it
        may close first ('"... be 'the boss,' " said X')."""
        return self.text[q.inner_start : q.inner_end].rstrip(" '\u2019\"\u201d")

    def _quoted_inside(self, q: Quote, subj: Token) -> bool:
        """Whether the quotation is a phrase inside the clause a cue after it reports ('sales
        were flat as buyers waited to see how a "wild season" played out, she said'): no
        stop or comma closes it and words of that clause follow it before the speaker. The
        cue reports the whole clause (_clause_around), not the quoted phrase alone."""
        first = self.ctx.token_at(q.end)
        if first.idx < q.end and first.i + 1 < len(self.doc):
            first = first.nbor(1)
        inner = self._closed_inner(q)
        if not inner or inner[-1] in ",.!?;:" or first.is_punct or first.i > subj.i:
            return False
        if len(inner.split()) > _PHRASE_WORDS:
            return False  # a long passage whose closing mark went astray stays a quotation
        return any(not t.is_punct for t in tokens_of(self.doc)[first.i : subj.left_edge.i])

    def _scare_quote(self, q: Quote) -> bool:
        """Whether ``q`` is a word or two set off inside a clause whose verb stands before it
        and reports nothing ('the mayor took the "regulars" along'): the writer's marks
        around a phrase, no statement a cue after it may claim. Words a comma or a stop closes
        inside the marks ('"We are done," she said') are a statement."""
        inner = self.text[q.inner_start : q.inner_end].strip()
        if not inner or inner[-1] in ",.!?;:" or len(inner.split()) > SCARE_WORDS:
            return False
        span = expanded_span(self.doc, q.inner_start, q.inner_end)
        if span is None:
            return False
        verb = next((a for a in span.root.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        return verb is not None and verb.i < span.start and match_cue(self.doc, verb.i) is None

    def _window_end(self, q: Quote, first: Token) -> int:
        """Past the last token after the quotation (from ``first``) its cue may be: 16 tokens,
        but a quotation closed by a full stop and followed by a new sentence has its cue, if
        any, among that sentence's first words ('"... at sea." Varga said.'), not a verb deep
        inside it ('"... at sea." Harbour Radio, a station close to the navy, quoted ... as
        saying')."""
        end = min(len(self.doc), first.i + 16)
        if not self.text[q.inner_start : q.inner_end].rstrip().endswith("."):
            return end
        start = next((t.i for t in tokens_of(self.doc)[first.i : end] if t.is_sent_start), None)
        return end if start is None else min(end, start + 7)

    def _named_before(self, verb: Token, first: Token) -> Token | None:
        """The person named right before a speech verb that follows the quotation with only
        the name's phrase between ('"...," Harbour police Sgt. Ned Varga testified.'): the
        quotation is the verb's words whatever the parser hung the verb on (a word of the
        phrase taken for a verb, the verb for a conjunct or a clause of it). The phrase: names,
        nouns, adjectives, determiners and titles; the verb's subject a person's name right
        before it; after the verb, the sentence ends or a comma or preposition opens an
        adjunct."""
        tokens = tokens_of(self.doc)
        subj = self.speakers.subject(verb)
        if (
            subj is None
            or subj.i != verb.i - 1
            or subj.ent_type_ != "PERSON"
            or verb.tag_ not in {"VBD", "VBZ"}
            or verb.i + 1 >= len(tokens)
            or (tokens[verb.i + 1].text not in {".", ",", "!"} and tokens[verb.i + 1].pos_ != "ADP")
        ):
            return None
        for t in tokens[first.i : subj.i]:
            if self.ctx.quoted(t) or t.text in {".", "!", "?", ";", ":"}:
                return None
            if t.is_punct:
                continue
            if match_cue(self.doc, t.i) is not None:
                return None
            if not (
                t.text[:1].isupper()
                or t.tag_ in {"NN", "NNS", "JJ", "DT", "POS", "HYPH"}
                or t.dep_ in {"compound", "amod", "det"}
            ):
                return None
        return subj

    def _inverted_subject(self, verb: Token, first: Token) -> Token | None:
        """The speaker of a speech verb set right after the quotation, before its subject
        ('"...," added a local Democrat.', '"...," said retired pilot Ann Lee, asked about the
        delay.'): the quotation is the verb's words, so the noun phrase right after it is its
        subject, whatever the parser made of it (an object, or the subject of a clause it ran
        on into). The phrase: words of a noun phrase up to a comma, a stop, a preposition or a
        verb; its last noun or name speaks. None when the verb is not first after the quote, or
        no noun phrase follows it ('"...," said in a statement')."""
        tokens = tokens_of(self.doc)
        if (
            any(not t.is_punct for t in tokens[first.i : verb.i])
            or lemma(verb) in _NOT_INVERTED
            or verb.tag_ not in {"VBD", "VBZ"}
        ):
            return None
        head: Token | None = None
        last = verb.i + 8  # seven words, a hyphen and the word it glues on counting as one
        for t in tokens[verb.i + 1 : min(len(tokens), verb.i + 16)]:
            if t.i >= last:
                break
            if _hyphened(t) or (t.tag_ == "HYPH" and _hyphened(tokens[t.i - 1])):
                # '"...," said Ohio-based lawyer Ann Lee': a place modifies her title
                last += 1
                continue
            if t.ent_type_ in {"DATE", "TIME"} or t.dep_ == "npadvmod":
                break  # '"...," said Lee yesterday': the time of the words
            if t.pos_ in {"NOUN", "PROPN"}:
                head = t
            elif not (
                t.pos_ in {"DET", "ADJ", "NUM"} or t.tag_ == "POS" or t.dep_ in {"amod", "compound"}
            ):
                break
        if head is None or self.ctx.quoted(head) or "\n" in self.text[verb.idx : head.idx]:
            return None
        return head

    @staticmethod
    def _embedded(verb: Token, first: Token) -> bool:
        """Whether ``verb`` lies inside the clause of a verb after the quote (from token
        ``first``): the cue of a clause another word governs is not the quote's."""
        return any(a.pos_ in {"VERB", "AUX"} and first.i <= a.i < verb.i for a in verb.ancestors)

    def _own_clause(self, verb: Token, q: Quote) -> bool:
        """'"... neighbours." He said his government would ...' or '"Fox News Sunday," X said
        his ...': a cue with a clause of its own after it is not the quote's cue."""
        tokens = tokens_of(self.doc)
        # a clause set off by a comma is an adjunct the parser took for the cue's own ('"...,"
        # Holm told Brandt, after he admitted he was at fault')
        kids = [
            c
            for c in children_of(verb)
            if c.i > verb.i
            and tokens[max(c.left_edge.i - 1, 0)].text != ","
            and not self._next_sentence_quote(verb, c)
        ]
        if any(c.dep_ == "ccomp" for c in kids):
            return True
        inner = self.text[q.inner_start : q.inner_end].rstrip()
        if not inner.endswith((".", "!", "?")):
            return False
        # '"..., all right?" he urged them': a bare pronoun object is the addressee
        return any(
            c.dep_ in {"ccomp", "xcomp"}
            or (c.dep_ == "dobj" and not (c.pos_ == "PRON" and c.n_lefts + c.n_rights == 0))
            for c in kids
        )

    def _next_sentence_quote(self, verb: Token, clause: Token) -> bool:
        """Whether ``clause`` is a quotation after a full stop the parser did not take for a
        sentence end ('"...," she wrote on X. "Silence is no answer."': the letter's stop was
        read as an initial's): the next sentence of the quote run, not the cue's own clause."""
        start = clause.left_edge.idx
        return self.ctx.quoted(clause) and bool(
            re.search(r"\.[\s\"\u201c]*$", self.text[tok_end(verb) : start])
        )

    def _named_colon(self, q: Quote) -> tuple[Token, Token] | None:
        """'More from pollster Ann Lee: "..."', 'Rep. Ann Lee (D-Ore.): "..."': a person or
        organisation named right before the colon that opens the quotation speaks (not one a
        cue acts on: 'Hill criticised Lee: "..."' is Hill's)."""
        i = q.start - 1
        while i > 0 and self.text[i] in INLINE_SPACE:
            i -= 1
        if i <= 0 or self.text[i] != ":":
            return None
        colon = self.ctx.token_at(i)
        if colon.text not in {":", "):"} or colon.i == 0:
            return None
        name = colon if colon.text == "):" else self.doc[colon.i - 1]
        if name.text in {")", "):"}:  # a party tag or a country after the name
            opening = next(
                (
                    t
                    for t in reversed(tokens_of(self.doc)[max(colon.i - 8, 0) : name.i])
                    if t.text == "("
                ),
                None,
            )
            if opening is None or opening.i == 0:
                return None
            name = self.doc[opening.i - 1]
        ent = self.speakers.entity_of(name)
        if ent is None or ent.type not in {"PERSON", "ORG"} or self.ctx.quoted(name):
            return None
        if name.dep_ in {"dobj", "dative"} and match_cue(self.doc, name.head.i) is not None:
            return None
        if name.dep_ == "pobj" and name.head.lower_ in shared_words().aimed_at_preps:
            # 'X delivered a message to Lee: "..."': Lee is spoken to; the one who sends the
            # message speaks
            return self._sender(name.head.head, colon)
        return colon, name

    def _sender(self, word: Token, colon: Token) -> tuple[Token, Token] | None:
        """(colon, subject) when ``word`` (what "to Y" hangs on) is a verb whose object is a
        medium, or that medium ("X delivered a message to Y:"): its subject sends the words;
        None otherwise."""
        verb = word.head if word.dep_ == "dobj" else word
        if verb.pos_ != "VERB" or not any(
            c.dep_ == "dobj" and is_medium(c) for c in children_of(verb)
        ):
            return None
        subj = self.speakers.subject(verb)
        if subj is None or self.ctx.quoted(subj):
            return None
        ent = self.speakers.entity_of(subj)
        return (colon, subj) if ent is not None and ent.type in {"PERSON", "ORG"} else None

    def _cue_colon_paragraph(self, q: Quote) -> tuple[Token, Token] | None:
        """'Sanders made the following comment:' then a paragraph that is a quote."""
        k = self.ctx.para_starting(q.start)
        if not k:
            return None
        ps, pe = self.ctx.paras[k - 1]
        if not self.text[ps:pe].rstrip().endswith(":"):
            return None
        last = sentence(self.ctx.token_at(pe - 1))
        root = last.root
        subj = self.speakers.subject(root) if root.pos_ in {"VERB", "AUX"} else None
        if subj is None or not self._introduces_words(root, last):
            return None
        return root, subj

    def _introduces_words(self, root: Token, sent: SpacySpan) -> bool:
        """Whether a sentence ending with a colon introduces someone's words: its verb is a
        speech or report cue ("She told the council:"), or it names a statement ("Hill made the
        following comment:"). "The ministry was refusing to call it an attack:" describes an
        act, and the quotation after it is someone else's account of it."""
        m = match_cue(self.doc, root.i)
        if m is not None:
            return m[0].cls in {"speech", "report"}
        return any(is_medium(t) for t in sent)

    def _cue_before(self, q: Quote) -> tuple[Token, Token] | None:
        """'He said: "..."' / 'Wang told reporters, "..."'."""
        first = self.ctx.token_at(q.start)
        sent = sentence(first)
        for t in reversed(tokens_of(self.doc)[sent.start : first.i]):
            if self.ctx.quoted(t) or t.i in self.ctx.used_cues:
                break
            if self.speakers.cue_verb(t, quote=True) is not None:
                if any(c.dep_ == "neg" for c in children_of(t)):
                    # 'did not find "ties of any weight"': what was not found or not said is
                    # a phrase the writer quotes from elsewhere, no words of the subject's
                    return None
                obj = deed_object(t)
                if obj is not None and obj.i < first.i:
                    # 'added a title to his list: "river guide"': the verb does something to
                    # its object, the quotation names it
                    return None
                subj = self.speakers.subject(t)
                gap = self.text[tok_end(t) : q.start]
                if subj is not None and (
                    (
                        len(gap.split()) <= 3
                        and (
                            len(gap.split()) == 0
                            or gap.rstrip()[-1:] in {":", ","}
                            or gap.split()[-1].lower() == "that"
                        )
                    )
                    or self._adjunct_gap(t, q)
                ):
                    return self._outer_cue(t) or (t, subj)
                return None
        return None

    def _adjunct_gap(self, verb: Token, q: Quote) -> bool:
        """Whether only the cue's own adjuncts stand between it and the quotation, set off by
        a comma or a colon ('As Hill said last week in the capital, "..."', 'Hill told the
        council after the vote on Tuesday: "..."'): no verb and no clause of another word, so
        the quotation is the cue's words."""
        gap = self.text[tok_end(verb) : q.start].rstrip()
        if gap[-1:] not in {":", ","}:
            return False
        toks = [
            t
            for t in tokens_of(self.doc)[verb.i + 1 : self.ctx.token_at(q.start).i + 1]
            if tok_end(t) <= q.start and any(ch.isalnum() for ch in t.text)
        ]
        if not toks or len(toks) > 10:
            return False
        # a participle of manner set off after the cue ('Hill said, pointing at the map, "..."')
        # is an adjunct of the cue too, when it reports nothing itself
        manner = {
            t.i
            for t in toks
            if t.tag_ == "VBG"
            and t.dep_ == "advcl"
            and t.head.i == verb.i
            and match_cue(self.doc, t.i) is None
        }
        for t in toks:
            if t.i in manner:
                continue
            if t.pos_ in {"VERB", "AUX"} or self.ctx.quoted(t) or sentence(t) != sentence(verb):
                return False
            # the nearest verb above each word is the cue itself (or its participle of
            # manner): an adjunct of the cue
            head = t.head
            while head.i != head.head.i and head.pos_ not in {"VERB", "AUX"}:
                head = head.head
            if head.i != verb.i and head.i not in manner:
                return False
        return True

    def _outer_cue(self, verb: Token) -> tuple[Token, Token] | None:
        """The speech cue whose reported clause holds the cue ``verb``: in 'Hill said the
        figures showed "a clear trend"' or 'Hill welcomed it, saying it showed "..."' the
        quotation is Hill's report, not the words of the figures."""
        tok = verb
        while tok.dep_ in {"ccomp", "xcomp"} and tok.head.i != tok.i:
            clause, tok = tok, tok.head
            if self.ctx.quoted(tok) or tok.i in self.ctx.used_cues:
                return None
            m = match_cue(self.doc, tok.i)
            if m is None or m[0].cls != "speech" or self.speakers.cue_verb(tok, True) is None:
                continue
            subj = self.speakers.subject(tok)
            if subj is not None and not self.ctx.quoted(subj):
                self.outer_clause = clause
                return tok, subj
            return None
        return None


def _medium_wording(verb: Token, first: Token) -> Token | None:
    """The medium whose verb of wording after a quotation gives the quotation as its words
    ('"Come early," the notice read'): a medium noun, the verb's subject between the
    quotation and the verb, and no object of the verb ("the clerk read the notice" words
    nothing); None otherwise."""
    if (
        verb.lower_ not in shared_words().wording_verbs
        and lemma(verb) not in shared_words().wording_verbs
    ):
        return None
    kids = children_of(verb)
    if verb.pos_ == "NOUN":
        # '"...," the email read.' parsed as a noun compound ("email read"): the medium is
        # the compound right before the verb, and the sentence ends after it
        nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
        medium = verb.nbor(-1) if verb.i > 0 else None
        if (
            medium is not None
            and medium.dep_ == "compound"
            and medium.head.i == verb.i
            and is_medium(medium)
            and first.i <= medium.i
            and (nxt is None or nxt.text in {".", "!", "?"} or "\n" in nxt.text)
        ):
            return medium
        return None
    if not verb.tag_.startswith("VB"):
        return None
    if any(c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "prt"} and c.i > verb.i for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None or not is_medium(subj) or not first.i <= subj.i < verb.i:
        return None
    return subj
