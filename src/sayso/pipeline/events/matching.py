"""Matching: whether a token is a trigger of the pattern table, and with which pattern (a
specific pattern's ``with`` word, entity object, to-complement or handover must be there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...lexicon import shared_words
from ...nlp import children_of, subtree_of, tokens_of
from .actors import ActorFinder
from .syntax import is_infinitive, of_object, pobjs, pos_of
from .tables import (
    CLAUSE_DEPS,
    FRAME_PREPS,
    HOSTILE_TYPES,
    Candidate,
    Pattern,
    noun_verbs,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class Matcher(ActorFinder):
    """Finds the pattern a token triggers."""

    def match(self, tok: Token) -> Candidate | None:
        """The candidate ``tok`` triggers: its first pattern whose condition holds, or None."""
        pos = pos_of(tok)
        if pos is None:
            return None
        options = self.table.get((pos, tok.lemma_.lower()))
        if not options:
            return None
        if (
            pos == "noun"
            and tok.dep_ == "compound"
            and tok.head.lemma_.lower() not in self.words.carrier_nouns
        ):
            return None  # "attack helicopters", but "a mediation effort" is a mediation
        if (
            pos == "verb"
            and tok.dep_ in ("amod", "acl")
            and tok.lemma_.lower() in self.words.standing_participles
        ):
            return None  # "allied troops", "militias allied to X": a standing tie, no act
        if pos == "verb" and self.question(tok):
            return None  # "asked about it", "asked whether": a question, no request
        quoted = _quoted_name(tok) if pos == "verb" else []
        for pattern in options:
            if not pattern.specific:
                return Candidate(tok, pattern, [])
            if quoted and pattern.with_words:
                # 'called Mayor Ruiz "a menace to the city"': the parser leaves the quoted
                # name outside the clause; a word of blame or praise in it names her so
                named = next((q for q in quoted if q.lemma_.lower() in pattern.with_words), None)
                if named is not None:
                    return Candidate(tok, pattern, [named])
            if quoted and pattern.entity_object and quoted[0].pos_ in ("DET", "ADJ"):
                continue  # a naming, no phone call to the one named
            hit = self._with(tok, pattern)
            if hit is not None and not _phrasal_object(tok, hit, pattern, options):
                return Candidate(tok, pattern, [hit])
        return None

    def question(self, verb: Token) -> bool:
        """Whether ``verb`` asks a question ("asked about it", "asked whether X would come")
        rather than for something: an about-phrase or a whether/if/wh-clause, and no to-complement,
        that-clause or for-phrase."""
        if verb.lemma_.lower() not in self.words.question_verbs:
            return False
        asks = False
        for c in children_of(verb):
            if c.dep_ in ("xcomp", "ccomp", "advcl") and is_infinitive(c):
                return False  # "asked X to withdraw"
            if c.dep_ == "prep" and c.lower_ == "for":
                return False  # "asked for help"
            if c.dep_ == "prep" and c.lower_ == "about":
                asks = True
            if c.dep_ == "ccomp":
                marks = {
                    x.lower_
                    for x in children_of(c)
                    if x.dep_ in ("mark", "advmod", "nsubj", "dobj")
                }
                # "asked X how high the wall would be": the wh-word may open a phrase of the
                # clause, not hang on its verb
                if (marks | {c.left_edge.lower_}) & shared_words().question_words:
                    asks = True
                elif "that" in marks:
                    return False  # "asked that the troops leave"
            if c.dep_ == "advcl" and c.i > verb.i and _asked_if(c):
                asks = True  # "Asked by the judge if he understood": parsed as an adverbial
            if c.dep_ == "dobj" and _question_word(c):
                asks = True  # "asked questions", "asked him a series of questions"
        # "'Who pays for it?' Vale asked (me).": nothing asked for, and no one asked but a
        # pronoun: a question told
        return asks or all(
            c.dep_ in ("dobj", "dative") and c.pos_ == "PRON"
            for c in children_of(verb)
            if c.dep_ in ASKED_DEPS
        )

    def _with(self, tok: Token, pattern: Pattern) -> Token | None:
        """The dependent that meets a specific pattern's condition, or None."""
        for c in children_of(tok):
            hit = self._with_word(tok, c, pattern.with_words)
            if hit is None and c.dep_ in ("dobj", "nsubjpass"):
                hit = self._with_object(c, pattern)
            if hit is None and pattern.complement and c.dep_ == "xcomp" and c.i > tok.i:
                hit = tok
            if hit is None and pattern.deed_named and self._deed_named(tok, c):
                hit = c  # "called the shelling 'a crime'": the act named so
            if hit is None and pattern.handover and self._handed_over(tok, c):
                hit = c  # "returned a statue to the museum": the thing handed over
            if hit is not None:
                return hit
        return None

    def _with_word(self, tok: Token, c: Token, words: frozenset[str]) -> Token | None:
        """A with-word as the dependent ``c``, as the object of its preposition, or as the
        subject of a participle clause."""
        # a preposition counts right after the trigger only: "called on X", not
        # "called X ... on Tuesday"; the subject of a relative clause whose object is the noun
        # it modifies is no object ("a charge her campaign called false"); a verb's clause is
        # no with-word ("the gun went off, striking him" is no strike; "found X guilty" is)
        if (
            c.lemma_.lower() in words
            and not (c.pos_ == "VERB" and c.dep_ in CLAUSE_DEPS | {"conj"})
            and not _locative_in(c)
            and not _subject_of_object_relative(tok, c)
            and (
                c.dep_ not in ("prep", "dative", "agent")
                or 0 < c.i - tok.i <= 2
                or _only_a_time_between(tok, c)  # "spoke on Tuesday with X"
            )
        ):
            return c
        if c.dep_ == "prep" and c.lower_ not in FRAME_PREPS:
            for p in pobjs(c):
                if p.lemma_.lower() in words:
                    return p
        if c.dep_ in ("oprd", "attr") and any(
            x.dep_ == "amod" and x.lemma_.lower() in words for x in children_of(c)
        ):
            return c  # "called the mayor a reckless gambler": the word of the name
        if c.dep_ in CLAUSE_DEPS and is_infinitive(c):
            # "called for X to resign": the parser hangs "for" on the clause asked for (the
            # trigger is the verb alone: the clause is what is asked)
            for x in children_of(c):
                if x.dep_ == "mark" and x.lemma_.lower() in words and 0 < x.i - tok.i <= 2:
                    return tok
        if c.dep_ == "ccomp" and c.tag_ in ("VBG", "VBN"):
            # "take in families fleeing the floods": the parser's clause hides the object
            for x in children_of(c):
                if x.dep_ == "nsubj" and x.lemma_.lower() in words:
                    return x
        return None

    def _with_object(self, c: Token, pattern: Pattern) -> Token | None:
        """The object ``c`` when it meets the pattern: an entity, people, a with-word as its
        adjective, its ``of`` phrase or the compound of a carrier noun."""
        if pattern.entity_object and (self.token_ids(c) or c.pos_ == "PROPN"):
            return c  # "freed Okafor"
        if pattern.person_object and c.pos_ == "NOUN" and self.actor_noun(c):
            return c  # "will free three sailors"
        if any(x.dep_ == "amod" and x.lower_ in pattern.with_words for x in children_of(c)):
            return c  # "set free Okafor", as the parser has it
        of = of_object(c, self.words.container_nouns)
        if of is not None and of.lemma_.lower() in pattern.with_words:
            return of  # "freed scores of detainees"
        if c.lemma_.lower() in self.words.carrier_nouns | self.words.carried_nouns:
            for x in children_of(c):  # "ended peace efforts", "halted food shipments"
                if x.dep_ == "compound" and x.lemma_.lower() in pattern.with_words:
                    return c
        return None

    def _deed_named(self, tok: Token, c: Token) -> bool:
        """Whether ``c`` is a definite object that names a hostile act of someone ("the
        shelling", "the detention": a noun of this table of such a type, no claim) and the
        verb gives it a predicate ("called the shelling 'a crime'", "called the sanctions
        unfriendly"): naming another's hostile act so criticises it (CAMEO 111)."""
        if (
            c.dep_ != "dobj"
            or c.pos_ != "NOUN"
            or not any(x.dep_ in ("det", "poss") for x in children_of(c))
        ):
            return False
        lemma = c.lemma_.lower()
        if lemma in noun_verbs("claim_nouns"):
            return False  # "called the charges false" rejects a claim (its own pattern)
        types = {p.type for p in self.table.get(("noun", lemma), []) if not p.specific}
        if not types & (HOSTILE_TYPES - {"PROTEST", "REJECT"}):
            return False
        return any(x.dep_ in ("oprd", "xcomp") and x.i > c.i for x in children_of(tok)) or any(
            x.dep_ == "appos" and any(q.is_quote for q in tokens_of(x.doc)[c.i + 1 : x.i])
            for x in children_of(c)
        )

    def _handed_over(self, tok: Token, c: Token) -> bool:
        """Whether ``c`` is a thing handed over "to X" ("gave back the statue to the museum")."""
        return (
            c.dep_ in ("dobj", "nsubjpass")
            and c.pos_ in ("NOUN", "PROPN")
            and not c.ent_type_  # "returned to Chile last Friday ..." is no object
            and any(
                x.dep_ in ("prep", "dative") and x.lower_ == "to" and pobjs(x)
                for x in (*children_of(tok), *subtree_of(c))
            )
        )


def _only_a_time_between(tok: Token, c: Token) -> bool:
    """Whether only a time phrase of ``tok`` ("on Tuesday", "last week") stands between it and
    its dependent ``c``."""
    between = tokens_of(tok.doc)[tok.i + 1 : c.i]
    return (
        0 < len(between) <= 4
        and any(t.ent_type_ in ("DATE", "TIME") for t in between)
        and all(t.ent_type_ in ("DATE", "TIME") or t.dep_ in ("prep", "det") for t in between)
    )


def _subject_of_object_relative(tok: Token, c: Token) -> bool:
    """Whether ``c`` is the subject of the relative clause ``tok`` whose gap is its object."""
    return (
        c.dep_ == "nsubj"
        and tok.dep_ == "relcl"
        and not any(x.dep_ in ("dobj", "nsubjpass") for x in children_of(tok))
    )


# what a request names besides its subject: whom it asks, what for, what to do
ASKED_DEPS = frozenset(
    {"dobj", "dative", "iobj", "xcomp", "ccomp", "advcl", "prep", "nsubjpass", "obj", "oprd"}
)


def _question_word(tok: Token) -> bool:
    """Whether an object of "ask" is a question ("questions", "a series of questions")."""
    of = [
        p for c in children_of(tok) if c.dep_ == "prep" and c.lower_ == "of" for p in children_of(c)
    ]
    words = [tok, *of]
    return any(w.lemma_.lower() in ("question", "what", "whether") for w in words)


def _asked_if(clause: Token) -> bool:
    """Whether an adverbial clause after a verb of asking is the question asked: marked by
    "whether" or "if" with no infinitive ("asked by the judge if he understood"; a preposed
    "if" clause is a condition and is not read here)."""
    return not is_infinitive(clause) and any(
        x.dep_ == "mark" and x.lower_ in ("whether", "if") for x in children_of(clause)
    )


def _locative_in(c: Token) -> bool:
    """Whether ``c`` is "in" with an object of its own: the preposition of a place or a time
    ("the speech she gave in Lima"), never the particle of "give in" ("gave in to demands")."""
    return c.lower_ == "in" and c.dep_ == "prep" and any(x.dep_ == "pobj" for x in children_of(c))


def _quoted_name(verb: Token) -> list[Token]:
    """The words of a quotation of at most a dozen words that opens right after the verb's
    direct object ('called Mayor Ruiz "a menace to the city"'), up to its closing mark; []
    when there is none, or when the parser hung any of its words in the verb's own clause."""
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return []
    tokens = tokens_of(verb.doc)
    start = obj.right_edge.i + 1
    if start >= len(tokens) - 1 or not tokens[start].is_quote:
        return []
    words: list[Token] = []
    for tok in tokens[start + 1 : start + 13]:
        if tok.is_quote:
            # only a quotation the parser left outside the verb's clause: one it hangs on the
            # verb is read by ``_with``
            tree = {x.i for x in subtree_of(verb)}
            return [] if any(w.i in tree for w in words) else words
        words.append(tok)
    return []


def _phrasal_object(tok: Token, hit: Token, pattern: Pattern, options: list[Pattern]) -> bool:
    """Whether ``hit`` is the object of a preposition right after ``tok`` that another pattern
    of the lemma names as its own ("called on allies to help": "call on" asks the allies, so
    "ally" is no word of praise given as a name)."""
    prep = hit.head
    return (
        hit.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.i == tok.i
        and 0 < prep.i - tok.i <= 2
        and prep.lower_ not in pattern.with_words
        and any(prep.lower_ in other.with_words for other in options if other is not pattern)
    )
