"""Pass 2: cues. Every cue of ``data/cues.tsv`` not used by a quote (verbs by lemma, multiword
cues such as "point out" and "make it clear", "according to X") takes its content from its
that-clause, its object or the rest of its clause, its source from its subject (or the object of
"according to", or the author of a medium: "a statement released by X"). Then the noun cues:
"X's claim that ..."."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import Cue, is_medium, lemma, match_cue, noun_cues
from ...nlp import children_of, heads_of, sentence, subtree_of, tokens_of
from ...types import Span
from ..entities.model import indefinite
from .content import Contents
from .context import FINITE_TAGS, WH_TAGS, Context, counted, deed_object, depth, tok_end
from .speakers import Speakers, is_role, role_in_named_body
from .unreported import unreported

_SPEECH_OR_REPORT = {"speech", "report"}
_NOBODY = {"neither", "nobody", "none", "noone"}
_OBJECTS = {"dobj", "obj"}
# a clause has one of these: the words after ", according to X" without one are a modifier of X
# the parser left out of its phrase ("according to a memo previously kept secret"), and so is
# a relative clause ("according to a memo, which said ...")
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_CLAUSES = {"ccomp", "xcomp", "advcl", "parataxis"}
# what a second complement of "call" says of its object ("called the ruling a disgrace",
# "called it reckless", "called on X to ...")
_SAYS_OF_IT = {"oprd", "xcomp", "ccomp", "attr", "acomp", "dative"}
# belief verbs whose clause the writer asserts as fact (factive): "did not know the gun was
# loaded" states the fact and an ignorance, no belief held
# the places of a noun that a relative clause sorts into a group (_names_a_group)
_GROUP_ROLES = {"nsubj", "nsubjpass", "ROOT"}
_FACTIVE = {"know", "realize", "realise", "notice"}
# verbs of perception and discovery: with a small clause ("found him lying there", "observed
# the driver to have red eyes", "saw them leave") they report what was perceived, not words
_PERCEIVE = {"find", "observe", "see", "notice", "spot", "discover", "watch", "witness", "hear"}
_SENSES = {"observe", "see", "notice", "watch", "witness", "hear"}
_NOTHING = {"nothing", "little"}
# verbs of will, not of words: what someone has decided, resolved or intends to do ("decided to
# run", "resolved to fight", "aims to win") is no statement, claim or belief; only a finite
# clause after them is one ("decided that the vote was void"). "want", "plan", "seek" and "hope"
# with an infinitive stay: PolNeAR codes them as attributions (a desire or plan held), and
# dropping them costs its dev end-to-end F1 0.718 -> 0.711
_WILLS = {"intend", "aim", "decide", "resolve", "prefer", "desire"}
# what "declined to" or "refused to" holds back besides words: a fact about someone or something
# ("declined to name the firm", "refused to be identified", "declined to give her name")
_DISCLOSE = {"name", "identify", "disclose", "reveal", "specify", "elaborate", "discuss", "detail"}
_FACTS_GIVEN = {"name", "detail", "figure", "number", "reason", "information", "estimate", "date"}


class CuePass:
    def __init__(self, ctx: Context, speakers: Speakers, contents: Contents) -> None:
        self.ctx = ctx
        self.speakers = speakers
        self.contents = contents
        self.state = ctx.state
        self.doc = ctx.doc
        self.text = ctx.text
        self.maybe = ctx.cue_tokens

    # ---- verb cues and "according to" ---------------------------------------------------------
    def run(self) -> None:
        doc = self.doc
        found: list[tuple[Token, Cue, int]] = []
        i = 0  # the first token a cue may start at: past the last cue found
        for tok in self.maybe:
            if tok.i < i or tok.i in self.ctx.used_cues or self.ctx.quoted(tok):
                continue
            m = match_cue(doc, tok.i)
            if m is None:
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

    def _order(self, tok: Token, cue: Cue, end: int) -> tuple[int, int, int]:
        """The order cues take their words in. The outer cue first: in "X decided to go, a
        source said" the words are the source's, and the cue inside them must not take them
        first. But "according to" before the verb it hangs on when that verb is not speech
        ("X offered to ..., according to a statement by Y": Y's words), and a medium's "the
        statement said" after the cues inside it (the medium is their channel, see via())."""
        tokens = tokens_of(self.doc)
        if cue.cls == "source":
            head = tokens[tok.i].head
            m = match_cue(self.doc, head.i)
            first = m is None or m[0].cls not in _SPEECH_OR_REPORT
            return (0 if first else 1, depth(tok), tok.i)
        if self._reports_before(tok) or self._closing_relative(tok):
            return (0, depth(tok), tok.i)
        subj = self.speakers.subject(tok)
        if (
            subj is not None
            and is_medium(subj)
            and any(c.dep_ in {"ccomp", "parataxis"} and c.i < tok.i for c in children_of(tok))
        ):
            return (2, depth(tok), tok.i)
        return (1, depth(tok), tok.i)

    def _closing_relative(self, tok: Token) -> bool:
        """Whether a cue is the verb of a relative clause that closes its sentence and whose
        pronoun is its speaker ("... after a complaint from a mill, X, which argued that ..."):
        its words are the noun's, and an outer report ends before the pronoun (see
        Context.emit), not with the noun's words inside it."""
        subjects = [c for c in children_of(tok) if c.dep_ in {"nsubj", "nsubjpass"}]
        if tok.dep_ != "relcl" or [c.lower_ in {"who", "which", "that"} for c in subjects] != [
            True
        ]:
            return False
        m = match_cue(self.doc, tok.i)
        if m is None or m[0].cls not in _SPEECH_OR_REPORT:
            return False
        if not any(
            c.dep_ == "ccomp"
            and any(g.dep_ == "mark" and g.lower_ == "that" for g in children_of(c))
            for c in children_of(tok)
        ):
            return False  # only a that-clause of its own ("which argued that ...")
        sent = sentence(tok)
        last = sent.end - 1
        while last > tok.i and tokens_of(self.doc)[last].is_punct:
            last -= 1
        return tok.right_edge.i >= last

    def _reports_before(self, tok: Token) -> bool:
        """Whether a cue at the end of a sentence reports all of it, another report included:
        in "Neighbours said the driver fired twice, Lt. Gerald Voss said" the parser hangs the
        last "said" on the first, but the words are Voss's (the neighbours' account is nested
        in them)."""
        tokens = tokens_of(self.doc)
        head = tok.head
        if tok.dep_ not in {"ccomp", "parataxis"} or head.i >= tok.i:
            return False
        for verb in (head, tok):
            m = match_cue(self.doc, verb.i)
            if m is None or m[0].cls not in _SPEECH_OR_REPORT:
                return False
        subj = self.speakers.subject(tok)
        return (
            subj is not None
            and head.i < subj.i < tok.i
            and tokens[subj.left_edge.i - 1].text == ","
            and any(c.dep_ in {"ccomp", "parataxis"} and c.i < subj.i for c in children_of(tok))
        )

    def _according(self, tok: Token, end: int) -> None:
        """ "According to X, ..." / "..., according to X"."""
        tokens = tokens_of(self.doc)
        pobj = self._according_object(tok, end)
        if pobj is None or self._channel_of_speech(tok):
            return
        phrase_end = pobj.right_edge.i + 1
        if self._closes_a_report(tok, pobj, phrase_end):
            return
        if self._channel_of_inner(pobj, phrase_end, sentence(tok).end):
            return
        content = self._according_content(tok, phrase_end)
        if content is None:
            return
        src, spk = self._according_speaker(pobj)
        cue_span = self.ctx.tok_span(tok, tokens[end - 1])
        self.ctx.emit(src, spk, cue_span, [content])

    def _according_object(self, tok: Token, end: int) -> Token | None:
        """The object of "according to" (the source)."""
        doc = self.doc
        for t in tokens_of(doc)[tok.i : min(len(doc), end + 12)]:
            if t.dep_ == "pobj" and t.head.i in (end - 1, tok.i):
                return t
        if tok.head.i != tok.i:
            # "according to show insiders" with "show" taken for a verb: the phrase's last noun
            nouns = [
                t for t in tokens_of(doc)[end : tok.right_edge.i + 1] if t.pos_ in {"NOUN", "PROPN"}
            ]
            return nouns[-1] if nouns and nouns[-1].right_edge.i <= tok.right_edge.i else None
        return None

    def _channel_of_speech(self, tok: Token) -> bool:
        """ "..., he said, according to a video ...": the phrase names a channel (see via())."""
        head = tok.head
        if head.i == tok.i:
            return False
        if head.i in self.ctx.used_cues:
            return True
        said = match_cue(self.doc, head.i)
        speech = said is not None and said[0].cls == "speech" and self._takes_words(head, said[0])
        return speech and self.speakers.cue_verb(head) is not None

    def _closes_a_report(self, tok: Token, pobj: Token, phrase_end: int) -> bool:
        """ "X said the boy was like a son to him, according to the newspaper": a phrase that
        closes a sentence whose main verb is a speech cue with a speaker of its own names the
        channel of that report (kept for it in ``pending_via``), not a second speaker whose
        words are the whole sentence, when the report's speaker is a named actor."""
        tokens = tokens_of(self.doc)
        sent = sentence(tok)
        if tok.i <= sent.start or any(
            not (t.is_punct or t.is_space) for t in tokens[phrase_end : sent.end]
        ):
            return False
        root = sent.root
        if root.i >= tok.i or root.i not in {a.i for a in tok.ancestors}:
            return False
        said = match_cue(self.doc, root.i)
        if said is None or said[0].cls != "speech" or self.speakers.cue_verb(root) is None:
            return False
        if not self._takes_words(root, said[0]):
            return False  # "police observed him to sway, according to X": X's words
        subj = self.speakers.subject(root)
        if subj is None or subj.i > root.i or is_medium(subj):
            return False
        speaker = self.state.entity(self.speakers.speaker(subj)[1])
        if speaker is None or speaker.type not in {"PERSON", "ORG", "GPE"}:
            return False  # "farmers say ..., according to a report by X": X's account of them
        _src, channel = self._according_speaker(pobj)
        if channel is not None:
            self.ctx.pending_via[root.i] = channel
        comma = tokens[tok.i - 1]
        self.ctx.channel_cut[root.i] = comma.idx if comma.text == "," else tok.idx
        return True

    def _channel_of_inner(self, pobj: Token, phrase_end: int, sent_end: int) -> bool:
        """ "According to a transcript released by X, Tran said that ...": Tran speaks, X is
        the channel of the speech cues in the clause (kept for them in ``pending_via``). A
        record with no author named ("According to court papers, Tran was interviewed,
        saying ...") is only the channel of the words of the one it quotes."""
        inner = [
            t
            for t in tokens_of(self.doc)[phrase_end:sent_end]
            if t.pos_ in {"VERB", "AUX"}
            and (t.tag_ != "VBG" or t.dep_ == "advcl")
            and self.speakers.cue_verb(t) is not None
            and self.speakers.speaks(t)
        ]
        if not inner or not is_medium(pobj):
            return False
        author = self.speakers.author(pobj, agent_first=True)
        if author is None:
            # the record only carries the words when they are its whole clause's ("X was
            # interviewed, saying ...", "X told police ..."), not a verb deep inside it
            root = sentence(pobj).root
            return any(
                t.i == root.i or (t.head.i == root.i and t.dep_ == "advcl" and t.tag_ == "VBG")
                for t in inner
            )
        for t in inner:
            self.ctx.pending_via[t.i] = author.id
        return True

    def _according_content(self, tok: Token, after_start: int) -> Span | None:
        """The rest of the sentence around the phrase: after it when three words or more follow
        (up to an adverbial clause of the main verb), else before it."""
        doc = self.doc
        tokens = tokens_of(doc)
        sent = sentence(tok)
        before = [t for t in tokens[sent.start : tok.i] if not t.is_punct]
        after = tokens[after_start : sent.end]
        if not before:
            after = _past_source_modifier(after)
        if (
            after
            and len([t for t in after if not t.is_punct]) >= 3
            and (not before or any(t.dep_ in _SUBJECTS and t.tag_ not in WH_TAGS for t in after))
        ):
            adv = [
                t
                for t in after
                if t.dep_ == "advcl"
                and t.head.dep_ == "ROOT"
                and t.i > after_start + 2
                and t.left_edge.i > after_start
            ]
            stop = adv[0].left_edge.i if adv else sent.end
            return self.ctx.span(after[0].idx, tok_end(tokens[stop - 1]))
        if before:
            return self.ctx.span(before[0].idx, tok_end(before[-1]))
        return None

    def _according_speaker(self, pobj: Token) -> tuple[Span, str | None]:
        """The speaker of "according to X": the author of a medium ("a statement released by
        the ministry"), the possessor of words ("his remarks"), or the object itself ("according
        to officials")."""
        src: Span | None = None
        spk: str | None = None
        author = self.speakers.author(pobj) if is_medium(pobj) else None
        if author is not None:
            spk = author.id
            m = self.state.mentions_in(pobj.idx, tok_end(pobj.right_edge))
            src = next((x for x, eid in m if eid == spk), None)
        else:
            src, found = self.speakers.speaker(pobj)
            ent = self.state.entity(found)
            spk = ent.id if ent is not None else None
        if src is None:
            src = Span.of(self.text, pobj.idx, tok_end(pobj))
        return src, spk

    def _verb_cue(self, tok: Token, cue: Cue, end: int) -> None:
        tokens = tokens_of(self.doc)
        if not self._takes_words(tok, cue):
            return
        subj = self.speakers.subject(tok)
        if subj is None or self.ctx.quoted(subj) or self.speakers.thing_as_evidence(tok, subj):
            return
        if self._record_of_speech(tok, subj):
            return
        content = self.contents.content(tok, cue, end)
        cut = self.ctx.channel_cut.get(tok.i)
        if cut is not None:  # ", according to the newspaper" names the channel, not words said
            content = [s for c in content if (s := self.ctx.span(c.start, min(c.end, cut)))]
        if not content:
            return
        src, spk = self.speakers.cue_source(tok, subj)
        if cue.cls == "stance" and spk is None and not (counted(subj) or role_in_named_body(subj)):
            # "Several ministers rejected the proposal": a stance needs a known holder, a
            # counted one ("52 percent of voters support the ban", "a majority backed it") or
            # one a role in a named body stands for ("a White House aide criticized it")
            return
        cue_span = self.ctx.tok_span(tok, tokens[end - 1])
        via = self.ctx.pending_via.get(tok.i) or self.speakers.via(tok, spk)
        self.ctx.emit(src, spk, cue_span, content, via=via if via != spk else None)

    def _record_of_speech(self, tok: Token, subj: Token) -> bool:
        """ "Court records show X admitted to ...": a record with no author named that shows a
        named speaker's words is only their channel; the words are the speaker's."""
        if not is_medium(subj) or self.speakers.author(subj) is not None:
            return False
        for c in children_of(tok):
            if c.dep_ not in {"ccomp", "parataxis"} or c.i < tok.i:
                continue
            for verb in [c, *(g for g in children_of(c) if g.dep_ == "conj")]:
                m = match_cue(self.doc, verb.i)
                inner = self.speakers.subject(verb)
                if m is None or m[0].cls != "speech" or inner is None:
                    continue
                if inner.pos_ == "PROPN" or self.speakers.speaks(verb):
                    return True
        return False

    def _takes_words(self, tok: Token, cue: Cue) -> bool:
        """Whether a verb cue is used as one here (not "called off", "does not mention", "the
        rebels backed by the West")."""
        if tok.pos_ not in {"VERB", "AUX"} and not tok.tag_.startswith("VB"):
            return False
        if self.speakers.cue_verb(tok) is None and len(cue.lemmas) == 1:
            return False
        if lemma(tok) == "call" and any(
            c.dep_ in {"prt", "prep"} and c.lower_ in {"in", "into", "off", "up", "back"}
            for c in children_of(tok)
            if c.i == tok.i + 1
        ):
            return False  # "called in to a show", "called off": not speech
        if lemma(tok) == "call" and self._calls_up(tok):
            return False
        if any(c.dep_ == "neg" for c in children_of(tok)) and cue.take == "rest":
            return False  # "does not mention X" is an omission (see divergences), not a claim
        if self._unsaid(tok, cue):
            return False
        if self._other_sense(tok):
            return False
        if cue.lemmas[0] in _WILLS and len(cue.lemmas) == 1 and not _finite_complement(tok):
            return False
        if _numeral_modifier(tok, self.speakers.subject(tok)):
            return False
        if _names_a_group(tok) or unreported(tok):
            return False
        if cue.cls == "stance" and len(cue.lemmas) == 1:
            return self._takes_stance(tok)
        return True

    def _unsaid(self, tok: Token, cue: Cue) -> bool:
        """A statement the text says was not made: "did not say whether", "never confirmed",
        "Neither side threatened to ...", "declined to comment". A negated belief ("does not
        think that ...") is still a belief held, but not a negated fact ("did not know the gun
        was loaded": the writer states that it was)."""
        if self._in_question_or_condition(tok) or _unissued(tok):
            return True
        subj = self.speakers.subject(tok)
        # "Neither the pilot nor the guard knew ...", "nobody said": no one holds it
        nobody = subj is not None and (
            subj.lower_ in _NOBODY
            or any(
                c.dep_ in {"det", "preconj"} and c.lower_ in {"no", "neither"}
                for c in children_of(subj)
            )
        )
        negated = any(c.dep_ == "neg" for c in children_of(tok)) or _shares_negation(tok)
        if cue.cls == "belief":
            return (negated or nobody) and lemma(tok) in _FACTIVE
        if negated or nobody or self._said_nothing(tok):
            return True
        # "declined to comment", "refused to say", "declined to give her name": the words are
        # the ones held back
        return lemma(tok) in {"decline", "refuse"} and any(
            c.dep_ == "xcomp" and self._held_back(c) for c in children_of(tok)
        )

    @staticmethod
    def _said_nothing(tok: Token) -> bool:
        """ "has said little about it", "said nothing more": an object that says nothing was
        said ("said a little" says something)."""
        return any(
            c.dep_ in _OBJECTS
            and c.lower_ in _NOTHING
            and not any(g.dep_ == "det" for g in children_of(c))
            for c in children_of(tok)
        )

    def _held_back(self, verb: Token) -> bool:
        """Whether the verb of "declined to ..." says or discloses something: a speech cue,
        a verb of disclosing, or "give" with a fact for its object."""
        m = match_cue(self.doc, verb.i)
        if (m is not None and m[0].cls == "speech") or lemma(verb) in _DISCLOSE:
            return True
        return lemma(verb) == "give" and any(
            c.dep_ in _OBJECTS and lemma(c) in _FACTS_GIVEN for c in children_of(verb)
        )

    def _other_sense(self, tok: Token) -> bool:
        """A speech verb in a sense that reports nothing: "deny" with two objects withholds
        ("denied the rivals a quorum", "denied him a visa"); "add" with a bare object and no
        clause or quotation puts something in ("would add 300 rangers"): words are added only
        by a clause or a quotation ("added that ...", '"...," she added'); "charge" with a bare
        object and no clause brings a charge or asks a price ("charged the owners with
        neglect", "charged a fee"): a claim is charged only by a clause ("charged that ...").
        "continue", "maintain", "post" and "write" go the way of "add": "continued the
        debate", "maintained their lead", "posted a win", "wrote the foreword" do or make
        something ('"...," she continued', "maintained that ...", "posted a message"); so do
        "observe" and "feel" with a bare object (see ``deed_object``)."""
        kids = [c for c in children_of(tok) if c.i > tok.i]
        objs = [c for c in kids if c.dep_ in _OBJECTS | {"dative"}]
        if lemma(tok) in _PERCEIVE and _small_clause(tok):
            return True
        if lemma(tok) == "charge":
            return bool(objs) and not any(c.dep_ in _CLAUSES for c in kids)
        if lemma(tok) == "confirm" and objs and not any(c.dep_ in _CLAUSES for c in kids):
            # "confirmed a judge", "confirmed 12 nominees", "confirmed Ann Lee": an appointment
            # approved, no words (a fact is confirmed by what it is: "confirmed the death")
            return is_role(objs[0]) or objs[0].ent_type_ == "PERSON"
        if lemma(tok) == "deny":
            return len(objs) >= 2 and all(o.pos_ in {"NOUN", "PROPN", "PRON"} for o in objs)
        obj = deed_object(tok)
        if obj is None:
            return False
        # quotation marks before the object's noun set off a name or a title, no words said
        # ("posted the "Spring" timetable"), and those in a clause joined after it belong to
        # that clause ("posted X and included quotes from "..."")
        joined = [c.i for c in kids if c.dep_ in {"cc", "conj"} and c.i > obj.i]
        stop = min(joined, default=tok.right_edge.i + 1)
        return not any(
            self.ctx.quoted(t) and not t.is_punct and not obj.left_edge.i <= t.i < obj.i
            for t in tokens_of(self.doc)[tok.i + 1 : stop]
        )

    def _calls_up(self, tok: Token) -> bool:
        """ "called paramedics", "called an emergency meeting": "call" with a bare object and
        nothing said of it (no second complement as in "called the ruling a disgrace", no
        quotation marks, no "called for" or "called on X to") is a telephone call or a summons,
        not speech."""
        kids = [c for c in children_of(tok) if c.i > tok.i]
        objs = [c for c in kids if c.dep_ in _OBJECTS]
        said_of = [c for c in kids if c.dep_ in _SAYS_OF_IT]
        if not objs and len(said_of) == 1 and said_of[0].pos_ in {"NOUN", "PROPN"}:
            objs, said_of = said_of, []  # "called authorities" parsed as a predicate of nothing
        if not objs or said_of or _predicate_after_aside(objs[0]):
            return False
        if any(c.dep_ == "prep" and c.lower_ in {"for", "on"} and c.i == tok.i + 1 for c in kids):
            return False
        return not any(
            self.ctx.quoted(t) for t in tokens_of(self.doc)[tok.i + 1 : tok.right_edge.i + 1]
        )

    @staticmethod
    def _in_question_or_condition(tok: Token) -> bool:
        """A cue inside a question or a condition ("Asked whether Moscow planned to ...", "if
        the minister says so"): nobody said it."""
        heads, tokens = heads_of(tok.doc), tokens_of(tok.doc)
        t, n = tok, 0
        while n < 20:
            if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in children_of(t)):
                return True
            if heads[t.i] == t.i:
                return False
            t, n = tokens[heads[t.i]], n + 1
        return False

    def _takes_stance(self, tok: Token) -> bool:
        doc = self.doc
        tokens = tokens_of(doc)
        nxt = tokens[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.dep_ == "prt" and nxt.head == tok:
            return False  # "backed out", "backed down": another verb
        # "the rebels backed by the West", "with Beijing supporting the plans": a participle
        # describes, it does not report a stance taken
        return not (
            tok.tag_ == "VBG"
            or (tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children_of(tok)))
        )

    # ---- noun cues ----------------------------------------------------------------------------
    def noun_pass(self) -> None:
        nouns = noun_cues()
        for tok in self.maybe:  # a noun cue's lemma is in the cue table
            if tok.pos_ != "NOUN" or lemma(tok) not in nouns:
                continue
            m = match_cue(self.doc, tok.i)
            if m is not None and m[0].cls == "noun" and not self.ctx.quoted(tok):
                self._noun_cue(tok)

    def _noun_cue(self, tok: Token) -> None:
        """ "Trump's claim that ...": the possessor said the that-clause."""
        tokens = tokens_of(self.doc)
        owner = next((c for c in children_of(tok) if c.dep_ == "poss"), None)
        clause = next(
            (
                c
                for c in children_of(tok)
                if c.dep_ in {"acl", "ccomp", "relcl"}
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in children_of(c))
            ),
            None,
        )
        if owner is None or clause is None or owner.lower_ in {"its", "their", "our"}:
            return
        toks = list(subtree_of(clause))
        lo = toks[0]
        while lo.i < toks[-1].i and lo.dep_ == "mark":
            lo = tokens[lo.i + 1]
        content = self.ctx.span(lo.idx, tok_end(toks[-1]))
        if content is None:
            return
        src, spk = self.speakers.speaker(owner)
        self.ctx.emit(src, spk, Span.of(self.text, tok.idx, tok_end(tok)), [content])


def _unissued(tok: Token) -> bool:
    """Whether ``tok`` is the participle of a medium no one has issued ("ordered the clerk to
    send a letter to voters saying ...", "will publish a notice saying ...", "did not issue a
    statement saying ..."): the verb whose object the medium is is an infinitive, has a modal
    or is negated, so the words are not yet (or never) anyone's statement. The parser may hang
    the participle on the medium or on a verb above it; one set off by a comma belongs to the
    main clause ("urged them to file a complaint, saying ...": the subject's words)."""
    if tok.tag_ != "VBG" or tok.dep_ not in {"acl", "advcl"}:
        return False
    noun = _medium_before(tok)
    if noun is None or noun.dep_ not in _OBJECTS:
        return False
    return any(
        (c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD")) or c.dep_ == "neg"
        for c in children_of(noun.head)
    )


def _medium_before(tok: Token) -> Token | None:
    """The medium the participle ``tok`` describes: its head, or the last medium object
    between its head and it with no comma in between."""
    if tok.head.pos_ == "NOUN" and is_medium(tok.head):
        return tok.head
    doc = tok.doc
    for k in range(tok.i - 1, tok.head.i, -1):
        t = doc[k]
        if t.text in {",", ";", ":", "\u2014", "-"}:
            return None
        if t.pos_ == "NOUN" and is_medium(t):
            return t
    return None


def _shares_negation(tok: Token) -> bool:
    """Whether ``tok`` is a verb joined by "or" ("nor") to a negated verb before it, with no
    subject or auxiliary of its own: "did not release his name or say whether ..." says
    nothing either."""
    if tok.dep_ != "conj" or tok.head.i >= tok.i:
        return False
    head = tok.head
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in children_of(tok)):
        return False
    joined = any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in children_of(head))
    joined = joined or any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in children_of(tok))
    return joined and any(c.dep_ == "neg" for c in children_of(head))


def _past_source_modifier(after: list[Token]) -> list[Token]:
    """The words after an opening "According to X" past a modifier of X the parser left out of
    its phrase ("According to polls at the time, Lee led": the comma closes the phrase, and "at
    the time" is the polls'), when a preposition opens them and no verb comes before the
    comma."""
    if not after or after[0].pos_ != "ADP":
        return after
    for k, t in enumerate(after[:6]):
        if t.pos_ in {"VERB", "AUX"}:
            return after
        if t.text == ",":
            return after[k + 1 :]
    return after


def _small_clause(tok: Token) -> bool:
    """Whether a verb's clause is a small clause: a subject (or the verb's object) and a
    predicate with no finite verb and no "that" ("found him lying in the road", "observed the
    driver to have red eyes", "saw them leave"). A verb of perception so used reports what was
    perceived; "found that the door was open" reports a finding."""
    objs = [c for c in children_of(tok) if c.i > tok.i and c.dep_ in _OBJECTS]
    after = objs[0].right_edge.i + 1 if objs else -1
    if 0 < after < len(tok.doc) and tok.doc[after].tag_ == "TO" and tok.doc[after].dep_ == "aux":
        return True  # "observed the driver to have ...", however the rest is parsed
    clauses = [c for c in children_of(tok) if c.i > tok.i and c.dep_ in {"ccomp", "xcomp", "oprd"}]
    if not clauses:
        return False
    # a bare verb only after a verb of the senses ("saw them leave"; "found voters put ..." is
    # a finite verb the tagger took for a bare one); a past participle is too often a finite
    # verb so taken ("found officials looked into it") to tell
    bare = lemma(tok) in _SENSES
    for c in clauses:
        if not (c.tag_ == "VBG" or (c.tag_ == "VB" and (bare or _to_infinitive(c)))):
            return False
        if any(
            k.dep_ == "mark" or (k.dep_ in {"aux", "auxpass"} and k.tag_ != "TO")
            for k in children_of(c)
        ):
            return False
    return True


def _to_infinitive(verb: Token) -> bool:
    return any(k.dep_ == "aux" and k.tag_ == "TO" for k in children_of(verb))


def _finite_complement(tok: Token) -> bool:
    """Whether the verb ``tok`` has a finite clause of its own ("hopes that voters will return",
    "is hoping the council will approve"), not only an infinitive ("wants to close the port",
    "wants the port to stay open")."""
    for c in children_of(tok):
        if c.dep_ not in {"ccomp", "parataxis"}:
            continue
        if c.tag_ in FINITE_TAGS or any(
            g.dep_ == "aux" and g.tag_ in FINITE_TAGS for g in children_of(c)
        ):
            return True
    return False


def _numeral_modifier(tok: Token, subj: Token | None) -> bool:
    """Whether a participle the parser made a verb with a bare numeral as its subject modifies
    the noun after it ("40 pledged delegates were at stake", "12 confirmed cases"): an
    adjective, nobody speaking."""
    if subj is None or subj.tag_ != "CD" or any(True for _ in children_of(subj)):
        return False
    if subj.i != tok.i - 1 or tok.tag_ not in {"VBD", "VBN"}:
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.tag_ in {"NNS", "NNPS"}


def _names_a_group(tok: Token) -> bool:
    """ "Voters who say the economy matters most split evenly", "Those who think he can win
    backed him": a cue in a restrictive relative clause (no comma before "who") on a plural
    noun or "those" that is the subject of its sentence picks out a group by what its members
    say or believe, as a poll's breakdown does; it reports nobody's statement (not "the mayors,
    who said ...", nor "two aides who said ...": counted people are told of, not defined)."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "relcl":
        return False
    rel = next((c for c in children_of(tok) if c.dep_ == "nsubj" and c.lower_ == "who"), None)
    ante = tok.head
    if rel is None or not (ante.tag_ in {"NNS", "NNPS"} or ante.lower_ == "those"):
        return False
    if ante.dep_ not in _GROUP_ROLES:
        return False  # "drew the ire of lawmakers who thought ...": people told of, not sorted
    if any(c.dep_ == "nummod" for c in children_of(ante)):
        return False
    return not any(t.is_punct for t in tokens_of(tok.doc)[ante.i + 1 : rel.i])


def _predicate_after_aside(obj: Token) -> bool:
    """Whether the object of "call" has an aside set off after it and an indefinite noun
    phrase after that, which the parser took for a second aside ("called the mayor, a former
    teacher, a man of his word"): the second complement of "call", what the object was
    called; one aside alone ("called the mayor, a Democrat,") is not."""
    asides = [c for c in children_of(obj) if c.dep_ == "appos"]
    # the second one may hang on any word of the first ("..., a director who was convicted as
    # a young man, a leader who ...")
    asides += [g for c in asides for g in subtree_of(c) if g.dep_ == "appos" and g.i > c.i]
    if len(asides) < 2:
        return False
    last = max(asides, key=lambda t: t.i)
    return indefinite(last)
