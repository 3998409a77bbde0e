"""The subject of a cue verb: its own, or the one of the clause it hangs on ("..., saying"), the
agent of a passive, a name the parser cut from its verb; and which verbs are cues at all (not a
question put to the speaker, not a connective such as "That said,").
"""

from __future__ import annotations

from spacy.tokens import Token

from ... import lexicon
from ...gazetteer import Gazetteer
from ...lexicon import is_medium, lemma, match_cue, shared_words
from ...nlp import children_of, sentence, subtree_of, tokens_of, words_of
from ...types import Entity
from ..entities import words
from .context import (
    FINITE_TAGS,
    Context,
    body_word,
    counted,
    displaced_subject,
    inverted_object,
    tok_end,
)

_RELATIVES = {"that", "which", "who"}
# the kinds of entity a name the tagger missed may be written for (:meth:`named_alike`); a
# person's name has the surname rules of ``Speakers``
_NAMED_ALIKE_TYPES = frozenset({"ORG", "GPE"})
_CONNECTIVES = {("that",), ("this",), ("needless", "to")}
_CLOSING_MARKS = {'"', "\u201d"}
# verbs of aspect and seeming whose infinitive shares their subject and says what was done:
# "continued to question", "went on to say", "seemed to confirm", "took to the radio to deny"
_ASPECT = frozenset({"continue", "keep", "begin", "start", "go", "seem", "appear", "take"})
# prepositions before a participle whose doer is the subject of the verb they hang on ("told
# reporters before insisting ...", "answered by saying ...", "while noting ..."); not "without"
# ("left without saying ..." says nothing)
_TIMED = frozenset({"by", "before", "after", "while", "upon", "since"})
_AFTER_QUOTE_WORDS = 12  # at most this many words between a closing quotation mark and its verb


class Subjects:
    """The cue verbs of one document's run and their subjects."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.state = ctx.state
        self.doc = ctx.doc
        self.text = ctx.text
        # verb token -> its subject (see subject): read from the parse alone, asked many times
        self._subjects: dict[int, Token | None] = {}
        # name -> the organisations and places of that name (see named_alike), made when asked
        self._named: dict[str, list[Entity]] | None = None

    def _shared_surname(self, head: Token) -> bool:
        """Whether the bare surname ``head`` ("Banda said") is the surname of two or more people
        named in full before it ("Ann Banda", "Joe Banda") with nothing to choose between
        them: none of them named at least twice as often as each other one before it (a story
        about Joe Banda that names his wife once still means him by "Banda"). A title or a
        given name before it ("Ms. Banda"), or a person the entities stage chose for it, is
        left to that stage (the caller asks only for a word no person stands for or a person of
        that one word)."""
        if head.pos_ != "PROPN" or any(c.dep_ in {"compound", "flat"} for c in children_of(head)):
            return False
        counts: dict[str, int] = {}
        key = head.text.casefold()
        for e in self._people_of_surname(head.text):
            # mentions by name only: a pronoun or a role noun names no one apart
            n = sum(1 for m in e.mentions if m.start < head.idx and key in m.text.casefold())
            if n:
                counts[e.name.casefold()] = counts.get(e.name.casefold(), 0) + n
        ranked = sorted(counts.values(), reverse=True)
        return len(ranked) > 1 and ranked[0] < 2 * ranked[1]

    def _people_of_surname(self, word: str) -> list[Entity]:
        """The people of the article whose name of more words ends with ``word``."""
        key = word.casefold()
        return [
            e
            for e in self.state.entities
            if e.type == "PERSON"
            and len(e.name.split()) > 1
            and e.name.split()[-1].casefold() == key
        ]

    def entity_of(self, tok: Token) -> Entity | None:
        """The entity whose mention covers a token."""
        return self.state.entity_at(tok.idx, tok_end(tok))

    def named_alike(self, tok: Token) -> Entity | None:
        """The one entity (organisation or place) whose name is written exactly as the
        proper name ``tok`` heads, when the tagger gave this mention of it no entity
        ("Ruritania denied ...", the country named before): the name speaks."""
        if tok.pos_ != "PROPN" or self.entity_of(tok) is not None:
            return None
        before = [c for c in children_of(tok) if c.dep_ in {"compound", "flat"} and c.i < tok.i]
        if any(w.pos_ != "PROPN" for w in before):
            return None
        if self._named is None:
            self._named = {}
            for e in self.state.entities:
                if e.type in _NAMED_ALIKE_TYPES:
                    self._named.setdefault(e.name, []).append(e)
        first = before[0] if before else tok
        found = self._named.get(self.text[first.idx : tok_end(tok)], [])
        return found[0] if len(found) == 1 else None

    def author(self, noun: Token, agent_first: bool = False) -> Entity | None:
        """The author of a medium ("a statement released by X"); ``Media`` knows them."""
        return None

    def cue_verb(self, tok: Token, quote: bool = False) -> Token | None:
        """``tok`` when it is a cue verb; with ``quote``, one that may introduce a quotation
        (not a stance verb: '"...," he supported' is not English)."""
        m = match_cue(self.doc, tok.i)
        if m is None or m[0].cls in {"source", "noun"} or (quote and m[0].cls == "stance"):
            return None
        if (
            tok.dep_ in {"advcl", "acl", "amod"}
            and (tok.tag_ == "VBN" or tok.i == sentence(tok).start)
            and not _finite_perfect(tok)
            and not _verb_after_apposition(tok)
        ):
            return None  # "Asked whether ...": a question put to the speaker
        if _passive_participle(tok):
            return None  # "Courted by X and widely expected to win, Y said": Y is expected
        if _inverted_aside(tok):
            return None
        if self.put_question(tok) is not None:
            return None  # "X, asked whether ..., said": the same, parsed as X's verb
        if self._connective(tok):
            return None
        return tok

    def _connective(self, tok: Token) -> bool:
        """Whether ``tok`` ends a sentence-opening connective set off by a comma ("That said,
        the plan has its critics"; "Needless to say, ..."): a turn of the argument, nobody's
        words."""
        if tok.i + 1 >= len(self.doc) or words_of(self.doc)[tok.i + 1] != ",":
            return False
        before = tuple(
            t.lower_ for t in tokens_of(self.doc)[sentence(tok).start : tok.i] if not t.is_punct
        )
        return before in _CONNECTIVES

    def put_question(self, tok: Token) -> Token | None:
        """The answer's verb when ``tok`` is "asked" set off after its subject ("Hill, asked
        about the vote, said ..."): the question was put to Hill, who answers with that verb;
        None otherwise."""
        tokens = tokens_of(self.doc)
        if lemma(tok) != "ask" or tok.tag_ not in {"VBD", "VBN"} or tok.i == 0:
            return None
        if tokens[tok.i - 1].text != "," or not any(
            c.dep_ == "nsubj" and c.i < tok.i for c in children_of(tok)
        ):
            return None
        for c in children_of(tok):
            after_comma = "," in {tokens[c.left_edge.i].text, tokens[c.left_edge.i - 1].text}
            if c.dep_ in {"conj", "ccomp"} and c.i > tok.i and after_comma:
                m = match_cue(self.doc, c.i)
                if m is not None and m[0].cls == "speech":
                    return c
        return None

    def subject(self, verb: Token) -> Token | None:
        """The subject of a cue verb: its own, or (for "..., saying", "by saying", a second verb)
        the one of the clause it hangs on."""
        if verb.i not in self._subjects:
            self._subjects[verb.i] = self._subject(verb)
        return self._subjects[verb.i]

    def _subject(self, verb: Token) -> Token | None:
        if any(c.dep_ == "auxpass" for c in children_of(verb)):
            # "would be answered": the subject is not a speaker; the agent of a passive verb
            # of telling with a that-clause is ("was warned by X that ...")
            return _passive_teller(verb)
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        lost = _lost_main_subject(verb, subjects)
        if lost is not None:
            return lost
        if subjects:
            outside = [c for c in subjects if not self.ctx.quoted(c)]
            c = (outside or subjects)[0]  # '"..., full panic mode," said X': X, not "mode"
            before = [s for s in outside if s.i < verb.i]
            after = [s for s in outside if s.i > verb.i]
            if len(before) > 1:
                # two subjects is a misparse ("KHARTOUM (Nile Wire) - Sudan's army said"):
                # the one next to the verb
                c = before[-1]
                if _object_of_relative(before[-2], c):
                    # "Officers who had seen the order told ...": "the order" is the object
                    # the relative clause lost to the cue; the noun the clause modifies speaks
                    c = before[-2]
            elif len(after) > 1:
                # '"...," said harbour police Lt. Gerald Voss': the tokenizer split the title
                # and the parser took its body and the name for two subjects; the name speaks
                c = next((s for s in reversed(after) if self._named_person(s)), c)
            if c.lower_ in _RELATIVES and verb.dep_ == "relcl":
                # "officials who said ...": the noun the clause modifies; the subject a
                # predicate noun describes ("Hill is a zealot who pledged ...": Hill)
                return _described(verb.head) or verb.head
            return c
        if any(c.dep_ == "nsubjpass" for c in children_of(verb)):
            return None  # "the sanctions would be answered": not a speaker
        for c in children_of(verb):
            moved = displaced_subject(c) if c.i < verb.i else None
            if moved is not None:
                return moved  # "X, later alleging that Y lied, said ...": X
        parenthesised = _name_before_parenthesis(verb)
        if parenthesised is not None:
            return parenthesised
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and _clause_between(verb.head, verb):
            return None  # "X asks as a guard walks in, saying ...": X or the guard, no one sure
        return self._subject_elsewhere(verb)

    def _named_person(self, tok: Token) -> bool:
        ent = self.entity_of(tok)
        return tok.pos_ == "PROPN" and ent is not None and ent.type == "PERSON"

    def publishing_subject(self, noun: Token) -> Token | None:
        """The subject of the verb of making public (``publishing_verbs``) whose object is the
        medium ``noun`` ("the board released a statement": the board)."""
        verb = noun.head if noun.dep_ in {"dobj", "obj"} else None
        if verb is None or lemma(verb) not in shared_words().publishing_verbs:
            return None
        return self.subject(verb)

    def _issuing_subject(self, noun: Token) -> Token | None:
        """The subject of the verb that made the medium ``noun`` public (``publishing_subject``)
        when the medium has no author an entity stands for but that subject names who speaks
        ("The Ames campaign sent out a release saying ...", "a spokeswoman issued a statement
        saying ..."): a singular common noun that is a role, a spokesperson or a speaking body
        (``speaks_for``: "office", "campaign"), or a word for a body (``body_word``)."""
        subj = self.publishing_subject(noun)
        if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN":
            return None
        word = lemma(subj)
        speaks = (
            Gazetteer.default().role(word) is not None
            or word in shared_words().speaks_for
            or body_word(word)
        )
        return subj if speaks else None

    def _subject_elsewhere(self, verb: Token) -> Token | None:
        """The subject of a cue verb with none of its own."""
        medium = _medium_object(verb)
        if medium is not None:
            # "issued a statement saying ...": the statement speaks for its issuer; a note
            # someone found ("police found a note saying ...") speaks for no one named
            return medium if self.author(medium) is not None else self._issuing_subject(medium)
        if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"}:
            # "..., saying that ...": the speaker is the main clause's subject; not that of a
            # clause inside the quotation it introduces, which the parser may take for the root
            # ('X was critical, telling Radio Nord: "Y's remarks are ..."'): then the subject of
            # the clause it hangs on
            # the clause joined to the main one whose subject is its own comes first ("X urged
            # ..., and Y condemned the raid, calling it ...": Y calls it)
            # a root after the participle is a clause of what it reports that the parser made
            # the main one ("X attacked Y, saying Y would cut funds, his plan is ...": X says
            # it), so the clause the participle hangs on, with a subject of its own, comes first
            root, head = sentence(verb).root, verb.head
            joined = (head.dep_ == "conj" or root.i > verb.i) and any(
                c.dep_ == "nsubj" for c in children_of(head)
            )
            for main in (head, root) if joined else (root, head):
                if main.i == verb.i or (self.ctx.quoted(main) and not self.ctx.quoted(verb)):
                    continue
                # a passive clause's subject speaks too ("X was interviewed, saying ...")
                found = next((c for c in children_of(main) if c.dep_ == "nsubj"), None) or next(
                    (
                        c
                        for c in children_of(main)
                        if c.dep_ == "nsubjpass"
                        and verb.dep_ == "advcl"
                        and self.entity_of(c) is not None
                    ),
                    None,
                )
                if found is not None and not (self.ctx.quoted(found) and not self.ctx.quoted(verb)):
                    return found
        if _verb_after_apposition(verb):
            return verb.head  # "X, the party's nominee, tweeted: ...": X
        agent = next(
            (
                g
                for c in children_of(verb)
                if c.dep_ == "agent"
                for g in children_of(c)
                if g.dep_ == "pobj"
            ),
            None,
        )
        if agent is not None:
            return agent
        # "X won after his rival, Jane Doe, conceded that ...": the parser took "after" for a
        # preposition and the verb's subject for its object
        before = lexicon.subject_in_phrase_before(verb, sentence(verb).start)
        if before is not None:
            return before
        if verb.dep_ in {"conj", "advcl"} and verb.head.pos_ in {"VERB", "AUX"}:
            tensed = _finite_joined(verb)
            return self.subject(tensed if tensed is not None else verb.head)
        answer = self.put_question(verb.head) if verb.dep_ == "ccomp" else None
        if answer is not None and answer.i == verb.i:
            return self.subject(verb.head)  # "Hill, asked about it, replied that ..."
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
            # "The paper quoted a commander as saying ...": the speaker is the object of the
            # verb "as" hangs on (or the name it hangs on, when the parser cut the name from its
            # verb), not the subject of a clause inside the words
            host = verb.head.head
            if host.pos_ == "PROPN":
                return host
            obj = next((c for c in children_of(host) if c.dep_ == "dobj"), None)
            if obj is not None and host.pos_ == "VERB":
                return obj
        completed = _completed_verb(verb)
        if completed is not None:
            return self.subject(completed)
        return self._name_before(verb) or self._after_closing_quote(verb) or inverted_object(verb)

    def _name_before(self, verb: Token) -> Token | None:
        """ "In a meeting with the board of the Washington Post Trump said ...": the parser took
        the name for the end of the phrase before it (or, set off by commas, for an apposition
        in it)."""
        tokens = tokens_of(self.doc)
        if verb.dep_ == "ROOT" and verb.tag_ in {"VBD", "VBZ"} and verb.i > sentence(verb).start:
            prev = tokens[verb.i - 1]
            if prev.text == "," and verb.i - 2 > sentence(verb).start and prev.head.i != verb.i:
                # "In a statement to X, her adviser, Ann Lee, said: ...": the parser hung the
                # name, set off by commas, on the phrase before it as an apposition
                prev = tokens[verb.i - 2]
                if prev.dep_ != "appos":
                    return None
            ent = self.entity_of(prev)
            if prev.pos_ == "PROPN" and ent is not None and ent.type == "PERSON":
                return prev
        return None

    def _after_closing_quote(self, verb: Token) -> Token | None:
        """'"...," the younger man's lawyer, Renata Solis, said': the parser took the words
        between the closing quotation mark and the verb for objects of the quoted clause; the
        speaker is the name nearest the verb among them, else the noun nearest it."""
        tokens = tokens_of(self.doc)
        if verb.dep_ != "ROOT" or verb.tag_ not in {"VBD", "VBZ"}:
            return None
        between: list[Token] = []
        j, start = verb.i - 1, sentence(verb).start
        while j > start and verb.i - j <= _AFTER_QUOTE_WORDS:
            t = tokens[j]
            if t.text in _CLOSING_MARKS:
                break
            between.append(t)  # nearest the verb first
            j -= 1
        else:
            return None
        if not between or not self.ctx.quoted(tokens[j - 1]):
            return None
        if any(t.pos_ in {"VERB", "AUX"} for t in between):
            return None  # a clause of its own between them
        names = [t for t in between if t.pos_ == "PROPN"]
        nouns = [t for t in between if t.pos_ in {"NOUN", "PRON"}]
        found = names or nouns
        return found[0] if found else None

    def thing_as_evidence(self, verb: Token, subj: Token) -> bool:
        """Whether a verb of evidence has a thing for its subject ("The trip suggests ...",
        "the attack underlines ..."): a fact that points to something, nobody's words; a
        definite or possessed singular common noun that no entity stands for and that names
        no medium ("the report found"), no role, no counted group and no body, and holds no
        name."""
        if lemma(verb) not in lexicon.EVIDENCE_VERBS or subj.tag_ != "NN":
            return False
        if self.entity_of(subj) is not None or is_medium(subj) or counted(subj):
            return False
        if Gazetteer.default().role(lemma(subj)) is not None:
            return False
        if lemma(subj) in words()["generic_org_heads"]:
            return False  # "the agency suggested ...": a body speaks
        table = words()
        bodies = lemma(subj) in table["groups"] or lemma(subj) in table["institutions"]
        # an act aimed at someone ("the attack on Hill indicates ...") is a thing, whoever is
        # named as its target or its owner ("Hill's attack on Lee"), unless the noun is a body
        # or a group of people ("Hill's administration"); a thing owned and aimed at nobody may
        # be a record that speaks for its owner ("her disclosure suggests ...")
        aims = shared_words().act_aim_preps
        aimed = [c for c in children_of(subj) if c.dep_ == "prep" and c.lower_ in aims]
        if any(c.dep_ == "poss" for c in children_of(subj)):
            # "his choice of X suggests ...": an owned act done to the person named after
            # "of" is a thing too (not "the head of the studio": owned by nobody)
            aimed += [
                c
                for c in children_of(subj)
                if c.dep_ == "prep" and c.lower_ == "of" and self._of_person(c)
            ]
        owner = {
            t.i
            for c in children_of(subj)
            if aimed and not bodies and (c.dep_ == "poss" or c in aimed)
            for t in subtree_of(c)
        }
        if any(self.entity_of(t) is not None for t in subtree_of(subj) if t.i not in owner):
            return False  # "the head of the studio indicated ...": someone of a named body
        return any(
            (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss"
            for c in children_of(subj)
        )

    def _of_person(self, prep: Token) -> bool:
        """Whether the object of ``prep`` is a person the story names."""
        obj = next((c for c in children_of(prep) if c.dep_ == "pobj"), None)
        ent = self.entity_of(obj) if obj is not None else None
        return ent is not None and ent.type == "PERSON"

    def relative_subject(self, verb: Token) -> Token | None:
        """The relative pronoun subject of a cue in a relative clause ("who said"), if any."""
        if verb.dep_ != "relcl":
            return None
        return next(
            (c for c in children_of(verb) if c.dep_ == "nsubj" and c.lower_ in {"who", "that"}),
            None,
        )

    def medium_subject(self, verb: Token) -> bool:
        """Whether the subject of a cue is a medium ("the report found", "polls show")."""
        subj = self.subject(verb)
        return subj is not None and is_medium(subj)

    def speaks(self, verb: Token) -> bool:
        """A speech cue whose subject is a named person or organisation."""
        m = match_cue(self.doc, verb.i)
        subj = self.subject(verb)
        if m is None or m[0].cls != "speech" or subj is None:
            return False
        ent = self.entity_of(subj)
        return ent is not None and ent.type in {"PERSON", "ORG"}


def _clause_between(head: Token, verb: Token) -> bool:
    """Whether an adverbial clause of something done at the same time by someone else ("as a
    guard walks in", "while the crowd cheered") stands between ``head`` and the participle
    ``verb`` that hangs on it, or is the clause it hangs on (not "apologized after they came
    out, saying ...": a time before, and a pronoun)."""
    return _at_once(head) or any(head.i < c.i < verb.i and _at_once(c) for c in children_of(head))


def _at_once(clause: Token) -> bool:
    """Whether ``clause`` is an adverbial clause with a noun for its subject and a
    subordinator of a time shared with the main clause (``simultaneous_marks``)."""
    at_once = shared_words().simultaneous_marks
    return (
        clause.dep_ == "advcl"
        and any(g.dep_ == "nsubj" and g.pos_ in {"NOUN", "PROPN"} for g in children_of(clause))
        and any(g.dep_ == "mark" and g.lower_ in at_once for g in children_of(clause))
    )


def _lost_main_subject(verb: Token, subjects: list[Token]) -> Token | None:
    """The noun a relative clause modifies when the parser made the cue a clause of that
    relative clause and the clause's lost object the cue's subject ("Officers who had seen the
    order told ...", parsed as "seen [the order told ...]" under a noun root): the sentence has
    no verb of its own but the cue, whose subject is that noun."""
    rel = verb.head
    if verb.dep_ != "ccomp" or rel.dep_ != "relcl" or len(subjects) != 1:
        return None
    noun = rel.head
    if noun.dep_ != "ROOT" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if not rel.i < subjects[0].i < verb.i or _has_object(rel):
        return None
    return noun


def _has_object(verb: Token) -> bool:
    """Whether ``verb`` has an object or an open clause of its own ("saw the plan", "asked
    to leave")."""
    return any(g.dep_ in {"dobj", "xcomp"} for g in children_of(verb))


def _object_of_relative(first: Token, second: Token) -> bool:
    """Whether ``second``, a second subject the parser gave a cue after ``first``, is the object
    a relative clause in ``first``'s phrase lost ("Officers who had seen the order told ...",
    "Envoys of the government who have seen the plan said ..."): the clause's verb comes
    before ``second`` and has no object or clause of its own."""
    return any(
        r.dep_ == "relcl"
        and first.left_edge.i <= r.head.i <= first.right_edge.i
        and not _has_object(r)
        and not any(g.dep_ == "ccomp" for g in children_of(r))
        for r in tokens_of(first.doc)[first.i + 1 : second.i]
    )


def _described(noun: Token) -> Token | None:
    """The subject a predicate noun describes ("Hill is a liar and a zealot": Hill, for
    "zealot" as for "liar"; or the subject of the verb "is" is joined to), when that subject
    is a name or a personal pronoun; the name a noun stands in apposition to ("Hill, a zealot
    who pledged ...": Hill); None for any other noun. A noun in apposition to a noun (a list
    the parser split) describes what that noun describes."""
    while True:
        while noun.dep_ == "conj" and noun.head.i < noun.i:
            noun = noun.head
        if noun.dep_ != "appos" or noun.head.i > noun.i:
            break
        if noun.head.pos_ == "PROPN":
            return noun.head
        if noun.head.pos_ != "NOUN":
            return None
        noun = noun.head
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    verb = noun.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in children_of(verb)):
        verb = verb.head  # "Hill writes and is a zealot": the subject the verbs share
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subj is None or (subj.pos_ != "PROPN" and subj.lower_ not in {"he", "she", "they"}):
        return None
    return subj


def _completed_verb(verb: Token) -> Token | None:
    """The verb whose subject speaks for a cue that completes it: the verb a preposition of
    time or means hangs on ("Obama responded by saying ...", "X told reporters, before
    insisting ..."), or the verb of aspect or seeming an infinitive completes ("X continued
    to question ...", "X went on to say ..."); None otherwise."""
    head = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and head.lower_ in _TIMED:
        return head.head if head.head.pos_ in {"VERB", "AUX"} else None
    if (
        verb.dep_ == "xcomp"
        and verb.tag_ == "VB"
        and lemma(head) in _ASPECT
        and head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"dobj", "dative"} for c in children_of(head) if c.i < verb.i)
    ):
        return head
    return None


def _finite_perfect(tok: Token) -> bool:
    """Whether a past participle is the verb of a finite perfect with a subject of its own
    ("after Y had said that ...", "since Y has said ..."): a clause that reports, not a bare
    participle set before or beside its noun ("Asked whether ...", "Pressed by X, ...")."""
    return (
        tok.tag_ == "VBN"
        and any(c.dep_ == "aux" and lemma(c) == "have" for c in children_of(tok))
        and any(c.dep_ == "nsubj" for c in children_of(tok))
    )


def _finite_joined(verb: Token) -> Token | None:
    """The finite verb a finite cue is coordinated with when the parser joined it to an
    infinitive or participle inside the first clause ("X ran on his plan to cut taxes and
    accused Y of ...": "accused" has a tense, "cut" none, so the two clauses joined are those of
    "ran" and "accused"); None when the verb it hangs on has a tense of its own."""
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS or verb.head.tag_ in FINITE_TAGS:
        return None
    if any(c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in children_of(verb.head)):
        return None  # "would cut ... and said": the head has a tense through its auxiliary
    tok = verb.head
    while tok.dep_ not in {"ROOT", "conj", "ccomp", "relcl"} and tok.head.i != tok.i:
        tok = tok.head
        if tok.tag_ in FINITE_TAGS and tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None


def _verb_after_apposition(tok: Token) -> bool:
    """Whether a verb the parser hung on a name as if it described it is the sentence's main
    verb: the name is the root (the sentence has no verb of its own), an apposition set off by
    commas follows it and the verb comes right after the closing comma ("X, the party's
    nominee, tweeted: ..."). A participle that describes stands in a sentence with a verb."""
    head = tok.head
    if tok.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ != "PROPN" or head.i > tok.i:
        return False
    if tok.i < 1 or tok.doc[tok.i - 1].text != ",":
        return False
    return any(c.dep_ == "appos" and head.i < c.i < tok.i for c in children_of(head))


def _passive_participle(tok: Token) -> bool:
    """Whether ``tok`` is a past participle joined to one that sets a passive clause before or
    beside its noun ("Praised by X and widely expected to win, Lee ..."): what others expect of
    the noun, no words of the one named in the first participle's "by"."""
    if tok.dep_ != "conj" or tok.tag_ != "VBN" or any(c.dep_ == "aux" for c in children_of(tok)):
        return False
    head = tok.head
    return head.tag_ == "VBN" and head.dep_ in {"advcl", "acl", "amod"}


def _inverted_aside(verb: Token) -> bool:
    """Whether ``verb`` opens an inverted aside the parser made the main verb ("Part of the
    trouble, say engineers like X, is the soil": "Part" taken for the subject of "say" and
    "engineers" for that of "is"): a subject is not set off from its verb by a lone comma, and
    the noun right after the verb is its real subject. Who says what is then beyond the parse."""
    doc = verb.doc
    if verb.i < 2 or verb.i + 1 >= len(doc) or words_of(doc)[verb.i - 1] != ",":
        return False
    subj = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or subj.right_edge.i != verb.i - 2:
        return False
    after = doc[verb.i + 1]
    return after.dep_ == "nsubj" and after.head.dep_ == "ccomp" and after.head.head.i == verb.i


def _medium_object(verb: Token) -> Token | None:
    """The medium a participle says its words through ("a statement saying ..."): the noun
    it hangs on, or the medium object right before it that the parser passed over to hang
    it on the verb ("Police found a note saying ...": the note, not the police)."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl":
        return verb.head if is_medium(verb.head) else None
    if verb.dep_ != "advcl" or verb.i == 0:
        return None
    prev = tokens_of(verb.doc)[verb.i - 1]
    if prev.dep_ == "dobj" and prev.head.i == verb.head.i and is_medium(prev):
        return prev
    return None


def _passive_teller(verb: Token) -> Token | None:
    """The agent who told the words of a passive cue ("The bank was told by regulators that
    its loans were too risky": the regulators): the object of its "by", when a finite clause
    the cue reports comes after it ("was told by his doctor to rest" tells nobody's words:
    a directive)."""
    kids = children_of(verb)
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    if agent is None:
        return None
    teller = next((g for g in children_of(agent) if g.dep_ == "pobj"), None)
    told = any(
        c.dep_ == "ccomp"
        and c.i > agent.i
        and (c.tag_ in FINITE_TAGS or any(g.dep_ in {"aux", "mark"} for g in children_of(c)))
        for c in kids
    )
    return teller if teller is not None and told else None


def _name_before_parenthesis(verb: Token) -> Token | None:
    """The name right before a parenthesis (of at most 30 words) that closes right before a
    finite cue with no subject of its own ("Mayor X (a Democrat so young she was taken for an
    intern) says ...": the parser gave X to a word inside the parenthesis): X speaks."""
    texts = words_of(verb.doc)
    if verb.tag_ not in FINITE_TAGS or verb.i < 3 or texts[verb.i - 1] != ")":
        return None
    k = verb.i - 2
    while k > 0 and texts[k] not in {"(", ")"} and verb.i - k <= 30:
        k -= 1
    tokens = tokens_of(verb.doc)
    if k == 0 or texts[k] != "(" or sentence(tokens[k]).start != sentence(verb).start:
        return None
    name = tokens[k - 1]
    return name if name.pos_ == "PROPN" and name.dep_ in {"nsubj", "nsubjpass"} else None
