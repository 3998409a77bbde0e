"""What was said: the content of a verb cue (its that-clause, its object, the rest of its clause,
or the words around it: "The economy is strong, the minister said")."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import ADDRESSEE_VERBS, Cue, is_medium, lemma, match_cue, noun_cues, shared_words
from ...nlp import children_of, heads_of, sentence, subtree_of, tokens_of, words_of
from ...types import Span
from .context import FINITE_TAGS, WH_TAGS, Context, inverted_object, listed, tok_end
from .speakers import Speakers

_CLAUSE_DEPS = {"ccomp", "xcomp"}
_OBJECTS = {"dobj", "obj"}
# cue classes that report no words when their clause is an embedded question
_ASKS_NOTHING = {"belief", "intent"}
# the relations (a mark, an object, a listener) of a word after a cue that keep it out of a
# counted subject the parser hung on the cue (``Contents._counted_subject``)
_NOT_COUNTED = frozenset({"mark", "dobj", "dative"})
_MODALS = {"would", "could", "might", "should", "will", "can", "may", "must"}
_CONDITIONS = {"if", "unless"}
# the slots a relative pronoun fills in its clause ("the 20 that the charter requires")
_GAPS = {"dobj", "obj", "nsubj", "nsubjpass", "pobj"}


def _gerund_after_to(tok: Token) -> Token | None:
    """The gerund of "to" + "-ing" after a verb ("admitted to police to hitting the car",
    "confessed to taking it"): what the verb owns to, not an addressee. Not after a
    complement of the verb's own ("pleaded guilty to taking it": a plea in court)."""
    if any(c.dep_ in {"acomp", "oprd", "attr"} for c in children_of(tok)):
        return None
    for c in children_of(tok):
        if c.dep_ == "prep" and c.lower_ == "to" and c.i > tok.i:
            for g in children_of(c):
                if g.dep_ == "pcomp" and g.tag_ == "VBG":
                    return g
        if (  # the same parsed as a clause with "to" for its auxiliary
            c.dep_ in {"advcl", "xcomp"}
            and c.tag_ == "VBG"
            and c.i > tok.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        ):
            return c
    return None


def _name_after_nouns(np: Token) -> Token | None:
    """The first word of the name a proper noun phrase ends with after common nouns before it
    ("police Ann Cole": "Ann"), none when it has no such nouns or other words."""
    words = list(subtree_of(np))
    if np.pos_ != "PROPN":
        return None
    k = 0
    while k < len(words) and words[k].pos_ == "NOUN" and words[k].dep_ == "compound":
        k += 1
    if k == 0 or k == len(words) or any(w.pos_ != "PROPN" for w in words[k:]):
        return None
    return words[k]


def _relative(that: Token) -> bool:
    """Whether "that" is a relative pronoun: it fills the subject or the object of its
    clause, which no other word fills ("the 20 that the charter requires"), not a
    complementizer opening a clause hung on the wrong word."""
    if that.dep_ not in _GAPS:
        return False
    slot = {"dobj": _OBJECTS, "obj": _OBJECTS}.get(that.dep_, {that.dep_})
    return not any(c.dep_ in slot and c.i != that.i for c in children_of(that.head))


class Contents:
    """The content rules of one document's run."""

    def __init__(self, ctx: Context, speakers: Speakers) -> None:
        self.ctx = ctx
        self.speakers = speakers
        self.doc = ctx.doc

    def content(self, tok: Token, cue: Cue, end: int) -> list[Span]:
        """The content of the verb cue ``tok`` (its tokens run to ``end``)."""
        tokens = tokens_of(self.doc)
        clause = self._clauses(tok)
        # "Polls show Clinton ahead", "A study found 31 cases": what a medium shows is the rest
        # of its clause, that-clause or not
        evidence = cue.cls == "report" and not clause and self.speakers.medium_subject(tok)
        if len(cue.lemmas) > 1 or cue.take == "rest" or evidence:
            rest = self._rest(tok, cue, end)
            # "Turnout rose, the poll found": the medium closes the sentence, its finding is
            # the clause before it
            return rest if rest or not evidence else self._around(tok)
        if not clause:
            clause = self._hung_that_clause(tok, cue, end)
        if clause:
            return self._clause_content(tok, cue, clause[0])
        if cue.take != "that" and (  # "told reporters": the object is the addressee
            cue.take == "object"
            or cue.cls == "report"
            or (cue.cls == "speech" and tok.tag_ != "VBG")
        ):
            speaker = inverted_object(tok)  # "The fees went up, said an aide": no words
            objs = [
                c for c in children_of(tok) if c.dep_ in _OBJECTS and c.i > tok.i and c != speaker
            ]
            if objs and any(self.owned_clause(c) for c in children_of(objs[0])):
                return []  # "repeated Costa's claim that ...": Costa's words (see noun_pass)
            gerund = None if objs else _gerund_after_to(tok)
            if gerund is not None:  # "admitted (to police) to hitting the car": the act owned
                return listed(self.ctx.span(gerund.left_edge.idx, tok_end(gerund.right_edge)))
            if objs:
                # never past the cue's own clause ("the programme, which posted weak audience
                # figures, is not alone"), nor into a report of its own after the object
                # ("The league posted record profits, the report said")
                stop = min(self.clause_end(tok, objs[0].i), tok.right_edge.i + 1)
                if any(
                    t.pos_ in {"VERB", "AUX"} and self.speakers.cue_verb(t) is not None
                    for t in self.doc[objs[0].right_edge.i + 1 : stop]
                ):
                    stop = objs[0].right_edge.i + 1
                return listed(self.ctx.span(objs[0].left_edge.idx, tok_end(tokens[stop - 1])))
        return self._around(tok)

    def _clauses(self, tok: Token) -> list[Token]:
        """The clauses after the cue that it governs."""
        return [
            c
            for c in children_of(tok)
            if c.i > tok.i
            and (
                c.dep_ in _CLAUSE_DEPS
                # the parser often takes "said (after X) he would ..." for an adverbial clause
                # (not "was showing the rifle when the weapon went off": a wh-adverb makes
                # the clause a time or a reason, nothing said)
                or (
                    c.dep_ == "advcl"
                    and any(g.dep_ == "nsubj" for g in children_of(c))
                    and not any(g.dep_ == "mark" or g.tag_ == "WRB" for g in children_of(c))
                )
            )
        ]

    def _rest(self, tok: Token, cue: Cue, end: int) -> list[Span]:
        """Everything after the cue in its clause ("pointed out that ...", "hailed X as Y")."""
        doc = self.doc
        tokens = tokens_of(doc)
        sent = sentence(tok)
        j = end
        while j < sent.end and tokens[j].lower_ in {"that", ",", ":", "for"} and cue.take != "rest":
            j += 1
        if any(
            o.dep_ in _OBJECTS and o.i >= end and any(self.told_by_noun(c) for c in children_of(o))
            for o in children_of(tok)
        ):
            # "dismissed a newspaper report that troops were moving", "rejected Hill's demand
            # that ...": the clause is the report's or the demand's (see noun_pass), what the
            # verb does to it is an act, not its own words (but "expressed concern that ...":
            # the noun is the cue's own)
            return []
        # never past the cue's own clause ("As X talked about Y, Z said ...")
        stop = min(self.clause_end(tok, j), tok.right_edge.i + 1)
        if stop <= j:
            return []
        return listed(self.ctx.span(tokens[j].idx, tok_end(tokens[stop - 1])))

    def _hung_that_clause(self, tok: Token, cue: Cue, end: int) -> list[Token]:
        """ "said in a statement on Wednesday that ...": the parser hung the that-clause on a
        word between; the first one under the cue."""
        for t in tokens_of(self.doc)[end : sentence(tok).end]:
            if (
                t.lower_ == "that"
                and (
                    t.dep_ == "mark"
                    or (cue.take == "that" and t.head.dep_ == "relcl" and not _relative(t))
                )
                and tok in t.head.ancestors
                and not self.owned_clause(t.head)
                and not self._other_cue_between(tok, t.head)
            ):
                return [t.head]
        return []

    def _other_cue_between(self, tok: Token, clause: Token) -> bool:
        """Whether a clause hangs on another cue below ``tok``: in "X claimed victory after his
        rival conceded that she had lost" the that-clause is the rival's."""
        head = clause.head
        while head.i != tok.i and head.head.i != head.i:
            m = match_cue(self.doc, head.i) if head.pos_ in {"VERB", "AUX"} else None
            if m is not None and m[0].cls not in {"noun", "source"}:
                return True
            head = head.head
        return False

    @staticmethod
    def _inner_condition(tok: Token, clause: Token) -> Token | None:
        """The last token of a reported clause the parser cut with a condition set off by
        commas ("said she expected the board, if it meets at all, to act slowly": the
        if-clause and the infinitive after it hung on the cue): the infinitive belongs to the
        reported clause. None when no such condition follows the clause."""
        for c in children_of(tok):
            if c.dep_ != "advcl" or c.i <= clause.right_edge.i:
                continue
            if not any(g.dep_ == "mark" and g.lower_ in _CONDITIONS for g in children_of(c)):
                continue
            tail = [
                g
                for g in children_of(c)
                if g.i > c.i
                and g.dep_ in {"advcl", "xcomp"}
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(g))
                and tok.doc[g.left_edge.i - 1].text == ","
            ]
            if tail and tok.doc[c.left_edge.i - 1].text == ",":
                return tail[-1].right_edge
        return None

    def _clause_content(self, tok: Token, cue: Cue, c: Token) -> list[Span]:
        tokens = tokens_of(self.doc)
        addressee = any(o.dep_ in _OBJECTS and o.i < c.i for o in children_of(tok))
        relative = self._relative_subject(tok, c)
        if relative is not None:
            return self._relative_content(tok, list(subtree_of(c)), relative)
        if (
            c.dep_ == "xcomp"
            and not any(t.dep_ in {"nsubj", "mark"} for t in children_of(c))
            and cue.cls not in {"belief", "intent"}
            # "denied taking the money", "admitted hiding it": a gerund states a fact
            and not (c.tag_ == "VBG" and cue.cls == "speech" and lemma(tok) != "continue")
            # "told his advisers to find a way": a directive to an addressee
            and not (addressee and cue.cls == "speech" and c.tag_ == "VB")
        ):
            return []
        toks = list(subtree_of(c))
        if cue.cls in _ASKS_NOTHING and toks[0].i > tok.i and self._wh_clause(tok, toks[0]):
            # "knows how to run a meeting", "knew what to do": a skill or an answer known,
            # no proposition held; "will decide whether the fines rise", "plans to decide where
            # the money goes": a question still open, nothing said
            return []
        if toks[0].i < tok.i and tok.dep_ == "relcl" and tok.head.pos_ in {"NOUN", "PROPN"}:
            return self._relative_content(tok, toks)
        lo = self._split_subject(tok, c) or self._counted_subject(tok, c, toks[0]) or toks[0]
        lo = self._listener_in_subject(tok, c, lo) or lo
        while lo.i < toks[-1].i and lo.lower_ == "that" and lo.dep_ in {"mark", "dobj"}:
            lo = tokens[lo.i + 1]
        last = self._reported_conjunct(tok, c) or self._inner_condition(tok, c) or toks[-1]
        other = self._other_report(c)
        if other is not None and other.left_edge.i <= last.i:
            k = other.left_edge.i - 1
            while k > lo.i and (tokens[k].is_punct or tokens[k].dep_ == "cc"):
                k -= 1
            last = tokens[k]
        return listed(self.ctx.span(lo.idx, tok_end(last)))

    def _other_report(self, clause: Token) -> Token | None:
        """A clause joined to the reported one that is a report of its own, by a speaker named
        in it ("said the talks were over, and a senior official told reporters that ..."): its
        speech verb, whose words are not the first speaker's."""
        for t in children_of(clause):
            if t.dep_ != "conj" or t.i < clause.i or t.pos_ != "VERB":
                continue
            m = match_cue(self.doc, t.i)
            if (
                m is not None
                and m[0].cls in {"speech", "report"}
                # a speaker named anew; "..., and it demanded an inquiry" is the same one's
                and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in children_of(t)
                )
                # "said that prices rose and that the bank reported a loss": both reported, and
                # so is "what X says ... and how experts say ...", an open question
                and not any(
                    c.dep_ == "mark" or c.tag_ in {"WRB", "WP", "WDT"} for c in children_of(t)
                )
            ):
                return t
        return None

    @staticmethod
    def _split_subject(tok: Token, c: Token) -> Token | None:
        """The first word of the subject the parser split from a reported clause by a
        parenthesis ("said turnout in the first round, on May 2, was 52 percent", "turnout"
        taken for the cue's object and "was" left with no subject): the object between the cue
        and a finite clause that has no subject of its own."""
        if c.dep_ != "ccomp" or c.tag_ not in FINITE_TAGS:
            return None
        if any(g.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for g in children_of(c)):
            return None
        objs = [o for o in children_of(tok) if o.dep_ in _OBJECTS and tok.i < o.i < c.i]
        if len(objs) != 1 or objs[0].pos_ not in {"NOUN", "PROPN"}:
            return None
        if "," not in {t.text for t in tok.doc[objs[0].right_edge.i + 1 : c.i]}:
            # no parenthesis between: "demanded Hill make a pledge"; but "told police Ann Cole
            # hid the key", the listener and the clause's subject taken for one noun
            return Contents._name_after_listener(objs[0], c)
        return objs[0].left_edge

    @staticmethod
    def _counted_subject(tok: Token, c: Token, first: Token) -> Token | None:
        """The first word of a counted subject the parser hung on the cue ("announced $3
        million more was being sent", "$3 million" and "more" taken for the cue's adverbs): the
        words right after the cue, up to a reported clause with no subject of its own, when
        they hold a number and no punctuation, preposition, mark, object or listener."""
        if c.dep_ != "ccomp" or first.i <= tok.i + 1:
            return None
        if any(g.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for g in children_of(c)):
            return None
        between = tokens_of(tok.doc)[tok.i + 1 : first.i]
        if any(t.is_punct or t.pos_ == "ADP" or t.dep_ in _NOT_COUNTED for t in between):
            return None
        if not any(t.like_num or t.tag_ == "$" for t in between):
            return None
        return between[0]

    @staticmethod
    def _name_after_listener(obj: Token, c: Token) -> Token | None:
        """The first word of the name that opens a reported clause glued to the listener before
        it ("told police Ann Cole hid the key", parsed as the object "police Ann Cole" and a
        clause with no subject): the object's name after its listener's common nouns, when the
        object stands right before the clause."""
        if obj.right_edge.i + 1 != c.left_edge.i:
            return None
        return _name_after_nouns(obj)

    @staticmethod
    def _listener_in_subject(tok: Token, c: Token, lo: Token) -> Token | None:
        """The first word of the clause's subject when the parser took the listener of a verb
        said to someone for the start of it ("told police Ann Cole hid the key" with the
        subject "police Ann Cole" and the verb left with no object): the name after the
        common nouns."""
        if lemma(tok) not in ADDRESSEE_VERBS or c.dep_ != "ccomp":
            return None
        if any(o.dep_ in _OBJECTS | {"dative"} for o in children_of(tok)):
            return None
        subj = next((g for g in children_of(c) if g.dep_ == "nsubj"), None)
        if subj is None or subj.left_edge.i != lo.i:
            return None
        return _name_after_nouns(subj)

    def _wh_clause(self, tok: Token, first: Token) -> bool:
        """Whether the clause that opens at ``first`` after the cue ``tok`` is an embedded
        question: a wh-word or "whether" at its head, or between the cue and it ("decide where
        the money will come from", the wh-word hung on the cue)."""
        wh = shared_words().wh_words  # no "if": after these cues it opens a condition
        if first.lower_ in wh:
            return True
        between = tokens_of(self.doc)[tok.i + 1 : first.i]
        return bool(between) and between[-1].lower_ in wh

    @staticmethod
    def _relative_subject(tok: Token, c: Token) -> Token | None:
        """The noun a relative pronoun stands for when the parser made the pronoun a second
        subject of the cue and the reported verb a bare complement ("strikes that it says
        target depots": "that" and "it" both subjects of "says", "target" its complement):
        the relative pronoun is the subject of the reported clause. None otherwise."""
        if c.dep_ != "xcomp" or c.tag_ not in {"VB", "VBP", "VBZ", "VBD"}:
            return None
        subjects = [g for g in children_of(tok) if g.dep_ == "nsubj" and g.i < tok.i]
        if len(subjects) != 2 or subjects[0].lower_ not in {"that", "which"}:
            return None
        noun = tok.doc[subjects[0].i - 1]
        return noun if noun.pos_ in {"NOUN", "PROPN"} else None

    def _relative_content(
        self, tok: Token, toks: list[Token], noun: Token | None = None
    ) -> list[Span]:
        """The content of a cue inside a relative clause whose pronoun the reported clause
        holds ("the weapon, which police said was stolen", "a party that police say turned
        violent"): the noun the pronoun stands for and the reported clause after the cue, not
        the pronoun, the source and the cue."""
        after = [t for t in toks if t.i > tok.i]
        if not after:
            return []
        rest = self.ctx.span(after[0].idx, tok_end(after[-1]))
        noun = noun if noun is not None else tok.head
        if rest is None:
            return []
        phrase = self.ctx.span(noun.left_edge.idx, tok_end(noun))
        return [phrase, rest] if phrase is not None and phrase.end <= rest.start else [rest]

    def _reported_conjunct(self, tok: Token, clause: Token) -> Token | None:
        """The last token of a conjunct the parser hung on the cue that belongs to the reported
        clause: in "X said he was tired and would stand down" the subjectless "would stand
        down" is a modal (future in the past) that only the reported clause can hold, not a
        second act of the speaker ("said ... and left"); nor is a conjunct the word "that"
        opens ("told supporters that the count was rigged and that her party would appeal"): a
        second that-clause of the cue."""
        for c in children_of(tok):
            if (
                c.dep_ == "conj"
                and c.i > clause.i
                and c.pos_ in {"VERB", "AUX"}
                and match_cue(self.doc, c.i) is None
                and (
                    (
                        not any(g.dep_ in {"nsubj", "nsubjpass"} for g in children_of(c))
                        and any(g.dep_ == "aux" and g.lower_ in _MODALS for g in children_of(c))
                    )
                    or any(g.dep_ == "mark" and g.lower_ == "that" for g in children_of(c))
                )
            ):
                return c.right_edge
        return None

    def _around(self, tok: Token) -> list[Span]:
        """Content around the cue: "The economy is strong, the minister said." / "But to
        prevent problems, he said, officials should be vigilant." (both sides)."""
        doc = self.doc
        tokens = tokens_of(doc)
        sent = sentence(tok)
        subj = self.speakers.subject(tok)
        ccomp_before = any(
            c.dep_ in {"ccomp", "dep", "parataxis"}
            and c.i < tok.i
            and (subj is None or c.i < subj.i)
            for c in children_of(tok)
        )
        if tok.dep_ != "parataxis" and not ccomp_before and not self._closes_after_comma(tok):
            return self._as_reported(tok)
        relative = self._relative_aside(tok)
        if relative is not None:
            return relative
        left_end = subj.left_edge.i if subj is not None and subj.i < tok.i else tok.i
        spans = []
        if left_end > sent.start:
            before = self.ctx.span(sent.start_char, tokens[left_end].idx)
            if before is not None:
                spans.append(before)
        if tok.dep_ == "parataxis" and tok.head.i > tok.i and tok.right_edge.i + 1 < sent.end:
            after = self.ctx.span(tokens[tok.right_edge.i + 1].idx, sent.end_char)
            if after is not None:
                spans.append(after)
        return spans

    def _relative_aside(self, tok: Token) -> list[Span] | None:
        """ "the depot, which, officials said, had been shelled": a cue set off inside a
        relative clause after its pronoun reports the relative clause, not the sentence it
        hangs on: the words after the aside to the clause's end. None for a cue elsewhere."""
        rel = tok.head
        if tok.dep_ != "parataxis" or rel.dep_ != "relcl" or rel.i < tok.i:
            return None
        if not any(c.tag_ in WH_TAGS and c.i < tok.i for c in children_of(rel)):
            return None
        tokens = tokens_of(self.doc)
        start, stop = tok.right_edge.i + 1, rel.right_edge.i + 1
        while start < stop and (tokens[start].is_punct or tokens[start].is_space):
            start += 1
        if start >= stop:
            return None
        return listed(self.ctx.span(tokens[start].idx, tok_end(tokens[stop - 1])))

    def _as_reported(self, tok: Token) -> list[Span]:
        """ "X resigned, as the paper reported", "As the mayor said, the port is closing": a
        clause of manner opened by a bare "as" whose verb of telling (``as_told_verbs``) has a
        subject and nothing told of its own reports the clause it hangs on (a plain "as" only:
        not "as soon as", "just as")."""
        tokens = tokens_of(self.doc)
        head = tok.head
        if tok.dep_ != "advcl" or head.i == tok.i or lemma(tok) not in shared_words().as_told_verbs:
            return []
        marks = [c for c in children_of(tok) if c.dep_ == "mark"]
        if [c.lower_ for c in marks] != ["as"] or list(children_of(marks[0])):
            return []
        if marks[0].i > 0 and tokens[marks[0].i - 1].lower_ in {"as", "so", "such", "just"}:
            return []
        subj = self.speakers.subject(tok)
        if (
            subj is None
            or subj.head.i != tok.i
            or any(c.dep_ in _OBJECTS | _CLAUSE_DEPS | {"dative"} for c in children_of(tok))
        ):
            return []
        left, right = tok.left_edge.i, tok.right_edge.i
        if right < head.i:  # "As X reported, ...": the clause after it
            start, stop = right + 1, head.right_edge.i + 1
            # words up to the comma that closes the "as" clause are its own, whatever the
            # parser hung them on ("As X noted last week, ...")
            words = words_of(self.doc)
            comma = next((i for i in range(start, head.i) if words[i] == ","), None)
            if comma is not None:
                start = comma + 1
        else:  # "..., as X reported": the clause before it
            start, stop = head.left_edge.i, left
        while start < stop and (tokens[start].is_punct or tokens[start].is_space):
            start += 1
        while stop > start and (tokens[stop - 1].is_punct or tokens[stop - 1].is_space):
            stop -= 1
        if stop - start < 3 or not any(t.pos_ in {"VERB", "AUX"} for t in tokens[start:stop]):
            return []
        return listed(self.ctx.span(tokens[start].idx, tok_end(tokens[stop - 1])))

    def _closes_after_comma(self, tok: Token) -> bool:
        """Whether the cue and its subject alone close the sentence after a comma, a clause
        before it ("Reyes hid the knife and left, Kelso police Sgt. Ned Varga testified."):
        the cue reports the words before the comma whatever the parser hung it on (a conjunct
        of a verb before it). Not a clause joined by a conjunction (", and Varga testified")."""
        tokens = tokens_of(self.doc)
        sent = sentence(tok)
        subj = self.speakers.subject(tok)
        if subj is None or subj.i != tok.i - 1 or tok.head.i > tok.i:
            return False
        comma = subj.left_edge.i - 1
        if comma <= sent.start + 2 or tokens[comma].text != ",":
            return False
        if any(c.i != subj.i and not (c.is_punct or c.is_space) for c in children_of(tok)):
            return False
        if any(not (t.is_punct or t.is_space) for t in tokens[tok.i + 1 : sent.end]):
            return False
        return any(
            t.pos_ in {"VERB", "AUX"} and t.tag_ in FINITE_TAGS for t in tokens[sent.start : comma]
        )

    def clause_end(self, tok: Token, j: int) -> int:
        """Past the last token of the cue's clause from token ``j`` (to the sentence end)."""
        tokens = tokens_of(self.doc)
        sent = sentence(tok)
        stop: int = sent.end
        heads = heads_of(self.doc)
        for t in tokens_of(self.doc)[j : sent.end]:
            if heads[t.i] != tok.i or t.i <= j + 1:
                continue
            left = t.left_edge.i
            comma = left > 0 and tokens[left - 1].text in {",", ";", "\u2014"}
            # a participle clause after a comma is another claim ("..., emphasizing ..."), and
            # so is a second verb ("..., and said ...")
            if (
                (t.dep_ == "advcl" and comma and t.tag_ in {"VBG", "VBN"})
                or (t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"})
                or self._reports_own_clause(t)
            ):
                stop = left
                while stop > j and (tokens[stop - 1].is_punct or tokens[stop - 1].dep_ == "cc"):
                    stop -= 1
                break
        return stop

    def _reports_own_clause(self, verb: Token) -> bool:
        """An adverbial clause that is a report of its own ("... after his rival conceded that
        she had lost"): not part of the cue's content."""
        if verb.dep_ != "advcl" or verb.pos_ not in {"VERB", "AUX"}:
            return False
        m = match_cue(self.doc, verb.i)
        return (
            m is not None
            and m[0].cls in {"speech", "report", "belief"}
            and any(c.dep_ == "ccomp" for c in children_of(verb))
        )

    @staticmethod
    def told_by_noun(clause: Token) -> bool:
        """A that-clause of a noun cue or a medium, owned or not ("a newspaper report that
        ...", "the claim that ...")."""
        noun = clause.head
        return (
            clause.dep_ in {"acl", "ccomp", "relcl"}
            and noun.pos_ == "NOUN"
            and (lemma(noun) in noun_cues() or is_medium(noun))
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in children_of(clause))
        )

    def owned_clause(self, clause: Token) -> bool:
        """A that-clause of a noun cue with a possessor ("repeated Costa's claim that ..."):
        the words are the possessor's (see noun_pass), not the verb's."""
        noun = clause.head
        return (
            noun.pos_ == "NOUN"
            and lemma(noun) in noun_cues()
            and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in children_of(noun))
        )
