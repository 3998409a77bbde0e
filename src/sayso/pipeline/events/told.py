"""How a clause is told: in a question, in someone's reported words, under a negated verb of
saying, held on a bare "if" participle; the clause-level tests the mode reader
(:mod:`.modes`) reads."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicon
from ...nlp import children_of, heads_of, sentence_at, tokens_of, words_of
from .syntax import first_conjunct, is_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

# the cue classes whose verb makes its subject the speaker of a clause: words and thoughts
# ("said", "insisted", "believes"), not a channel's or a study's ("reported", "found", "showed")
SPEAKING = ("speech", "belief")


def for_clause(verb: Token) -> bool:
    """Whether ``verb`` heads a for-to clause hung on the verb above ("called for X to resign",
    "pressed for the troops to leave"): what that verb asks for, when it is one of asking."""
    return (
        verb.dep_ in ("advcl", "ccomp", "xcomp")
        and is_infinitive(verb)
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in children_of(verb))
    )


def in_question(tok: Token) -> bool:
    """Whether ``tok`` is in a question: the first end mark after it in its sentence is "?"."""
    end = sentence_at(tok.doc, tok.i)[1]
    for word in words_of(tok.doc)[tok.i : end]:
        if word in (".", "!", "?"):
            return word == "?"
    return False


def reported(verb: Token) -> bool:
    """Whether ``verb``'s clause (or the one it is a conjunct of) is what someone said."""
    top = first_conjunct(verb)
    return top.dep_ == "ccomp" and speaks(top.head)


def foretold_of_others(verb: Token) -> bool:
    """Whether ``verb``'s clause is one person's words to others on what they ("they") will or
    would do: "Kell told the delegates they would not back him" forecasts their stance, it is no
    refusal of theirs; "the unions said they would not back him" is theirs, and so is "Kell said
    they will not end the strike" (a spokesperson speaks for the group)."""
    if not reported(verb):
        return False
    said = first_conjunct(verb).head
    subj = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    told = [c for c in children_of(said) if c.dep_ in ("dobj", "dative")]
    while said.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in children_of(said)):
        said = said.head  # "joked about it and told them ...": the subject of the first verb
    speaker = [c for c in children_of(said) if c.dep_ == "nsubj"]
    if len(subj) != 1 or len(speaker) != 1 or not told or subj[0].lower_ != "they":
        return False
    one = speaker[0]
    return one.lower_ in ("he", "she", "i") or (one.tag_ == "NNP" and one.ent_type_ == "PERSON")


def untold_question(tok: Token) -> bool:
    """Whether ``tok`` is inside a question a speaker would not answer: a clause opened by a
    wh-word or "whether/if" under a negated verb of saying ("has not said how many troops it
    will send", "would not say when it would lift the ban"): nothing is told or announced."""
    heads, tokens = heads_of(tok.doc), tokens_of(tok.doc)
    node = tok
    for _ in range(6):
        if heads[node.i] == node.i:
            return False
        head = tokens[heads[node.i]]
        if (
            node.dep_ == "ccomp"
            and speaks(head)
            and any(c.dep_ == "neg" for c in children_of(head))
        ):
            first = node.left_edge
            return first.tag_ in ("WRB", "WP", "WDT") or first.lower_ in ("whether", "if")
        node = head
    return False


def speaks(verb: Token) -> bool:
    """Whether ``verb`` says or thinks its clause (:data:`SPEAKING`)."""
    return verb.lemma_.lower() in lexicon.reporting_verbs(SPEAKING)


def whether_or_not(neg: Token) -> bool:
    """Whether a negation is the "not" of "whether or not", which asks, and denies nothing
    ("whether or not Chile wants to sign": the clause is only weighed)."""
    doc = neg.doc
    return neg.i >= 2 and doc[neg.i - 1].lower_ == "or" and doc[neg.i - 2].lower_ == "whether"


def if_made(verb: Token | None) -> bool:
    """Whether ``verb`` is held on a bare participle "if" clause with no subject ("if elected",
    "if confirmed", "if chosen"): on its own subject being made something first."""
    return verb is not None and any(
        c.dep_ == "advcl"
        and c.tag_ == "VBN"
        and any(m.dep_ == "mark" and m.lower_ == "if" for m in children_of(c))
        and not any(m.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for m in children_of(c))
        for c in children_of(verb)
    )
