"""Subjects that a report between them hides. Who a "he" or "she" reporting its own
subject's words stands for: the subject of the verb that reports the clause ("Moss, claiming
that Otto lied, said he would resign": Moss). A speaker telling what he himself will do is the
plain reading of "X said he would ..."; the nearest name of the pronoun's gender (the one inside
an aside) is not its antecedent. And who does the act of a relative clause with a report inside
("the man who they say killed X"): the noun the clause tells of, not the ones who say so. And
who a "he" or "she" opening a sentence stands for when the sentence before, in its paragraph,
has another person as its subject (``carried_person``: the topic goes on). And whom a
quotation is told to: "you" to its speaker, never a "they" inside it (``addressees_of``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicon
from ...nlp import children_of, phrase_chars, sentence, sentence_before, tokens_of
from ..base import State
from .syntax import first_conjunct, role_noun
from .tables import SUBJECT_PRONOUNS, words

if TYPE_CHECKING:
    from spacy.tokens import Token


def reporter_of(tok: Token, state: State) -> list[str]:
    """The one person who reports the clause ``tok`` is the subject of, when ``tok`` is "he" or
    "she" and that reporter is a name (not another pronoun) of one person of the pronoun's
    gender; ``[]`` otherwise (the entities stage's choice stands)."""
    gender = SUBJECT_PRONOUNS.get(tok.lower_)
    if gender is None or tok.pos_ != "PRON" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = first_conjunct(tok.head)
    if verb.dep_ != "ccomp" or verb.head.pos_ != "VERB":
        return []
    said = verb.head
    subjects = [c for c in children_of(said) if c.dep_ == "nsubj"]
    if len(subjects) > 1 or (subjects and (subjects[0].pos_ == "PRON" or subjects[0].conjuncts)):
        return []
    ids = _named(subjects[0], state) if subjects else _fronted(said, state)
    if len(ids) != 1 or (ent := state.entity(ids[0])) is None or ent.type != "PERSON":
        return []
    return ids if _genders(ids[0], state) <= {None, gender} else []


def carried_person(tok: Token, state: State) -> list[str] | None:
    """Who a "he" or "she" that is the main subject of its sentence stands for when the main
    subject of the sentence before, in the same paragraph, is a person other than the entities
    stage's choice (centering: the topic goes on): that one person when the subject names one
    person of the pronoun's gender ("The governor of Kano, Ali Bello, wrote to the minister.
    He accused ...": Bello), ``[]`` when it is a person noun that names no one ("The speaker
    has done so before. In May, he ..."): two readings as likely, the side is left empty;
    None when there is no such doubt (the entities stage's choice stands)."""
    gender = SUBJECT_PRONOUNS.get(tok.lower_)
    if gender is None or tok.pos_ != "PRON" or tok.dep_ != "nsubj":
        return None
    sent = sentence(tok)
    root = sent.root
    if tok.head.i != root.i or root.pos_ not in ("VERB", "AUX") or tok.i > root.i:
        return None
    before = sentence_before(sent)
    if before is None:
        return None
    if "\n" in tok.doc[before.end - 1 : sent.start + 1].text_with_ws:
        return None  # a new paragraph
    subjects = [c for c in children_of(before.root) if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ not in ("NOUN", "PROPN") or subjects[0].conjuncts:
        return None
    subject = subjects[0]
    chosen = set(_named(tok, state))
    lo, hi = phrase_chars(subject)
    people = list(
        dict.fromkeys(
            eid
            for _, eid in state.mentions_in(lo, hi)
            if (e := state.entity(eid)) is not None and e.type == "PERSON"
        )
    )
    if len(people) == 1:
        if not _genders(people[0], state) <= {None, gender} or people[0] in chosen:
            return None
        return people
    if people or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return None
    if subject.lemma_.lower() not in words().person_words and not role_noun(subject):
        return None
    return [] if chosen else None


# (the state, its cluster count) -> entity id -> the genders of its clusters (see _genders)
_GENDERS: list[tuple[State, int, dict[str, set[str | None]]]] = []


def _genders(eid: str, state: State) -> set[str | None]:
    """The genders of the entities stage's clusters of ``eid``: the clusters read once a state
    (not once a pronoun)."""
    n = len(state.clusters)
    if not _GENDERS or _GENDERS[0][0] is not state or _GENDERS[0][1] != n:
        table: dict[str, set[str | None]] = {}
        for c, cid in zip(state.clusters, state.cluster_ids, strict=False):
            table.setdefault(cid, set()).add(c.gender)
        _GENDERS[:] = [(state, n, table)]
    return set(_GENDERS[0][2].get(eid, ()))


def _named(tok: Token, state: State) -> list[str]:
    return list(
        dict.fromkeys(eid for _, eid in state.mentions_in(tok.idx, tok.idx + len(tok.text)))
    )


def _fronted(said: Token, state: State) -> list[str]:
    """The name opening the sentence of a main verb the parser left without a subject, set off
    by a comma before an aside ("X, later claiming that ..., said"); ``[]`` otherwise."""
    sent = said.sent
    if said.i != sent.root.i:
        return []
    first = sent[0]
    if first.pos_ == "PRON":
        return []
    ids = _named(first, state)
    if len(ids) != 1:
        return []
    after = next((t for t in sent if t.i > first.i and ids[0] not in _named(t, state)), None)
    return ids if after is not None and after.text == "," else []


# the relative pronouns that stand for a person or thing as a subject
_RELATIVES = frozenset({"who", "that", "which"})


def reported_relative(verb: Token) -> Token | None:
    """The noun a relative clause with a report inside tells of, when ``verb`` is the act the
    report tells and has no subject of its own ("the man who they say killed X", "a man who
    police say shot Y": the man, not those who say it); None otherwise."""
    report = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or report.dep_ != "relcl":
        return None
    if report.lemma_.lower() not in lexicon.reporting_verbs():
        return None
    subjects = [c for c in children_of(report) if c.dep_ == "nsubj"]
    relative = [c for c in subjects if c.lower_ in _RELATIVES and c.i < report.i]
    if len(subjects) != 2 or len(relative) != 1:
        return None
    return report.head if report.head.pos_ in ("NOUN", "PROPN") else None


def addressees_of(pron: Token, state: State) -> list[Token]:
    """The ones a quotation around ``pron`` is told to, outside it in the pronoun's sentence
    or next to it ('"They lied," Ruiz told the Herald': the Herald; "said to reporters"). To
    the speaker the one addressed is "you" (person deixis), so a third person inside the
    quotation is someone else; ``[]`` where ``pron`` is in no quotation."""
    if state.quotes.at(pron.idx) is None:
        return []
    sent = sentence(pron)
    before = sentence_before(sent) or sent
    doc = pron.doc
    after = sentence(doc[sent.end]) if sent.end < len(doc) else sent
    verbs = lexicon.reporting_verbs()
    out: list[Token] = []
    for t in tokens_of(doc)[before.start : after.end]:
        if t.pos_ != "VERB" or t.lemma_.lower() not in verbs or state.quotes.at(t.idx):
            continue
        for c in children_of(t):
            if c.dep_ in ("dobj", "dative") and c.pos_ != "PRON":
                out.append(c)
            elif c.dep_ == "prep" and c.lower_ == "to":
                out.extend(p for p in children_of(c) if p.dep_ == "pobj")
    return out
