"""Token helpers of the coder: questions about one spaCy token and its neighbours, no state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...gazetteer import Gazetteer
from ...lexicon import prep_objects, reporting_verbs
from ...nlp import children_of, heads_of, sentence_at, text_of, tokens_of, words_of
from .tables import LOCATIVE_PREPS, RELATIVE_PRONOUNS, words

pobjs = prep_objects  # the objects of a preposition: one home, in lexicon.py

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# what closes a sentence of the story's body; a line without one is a headline, a caption or a
# teaser
STOPS = (".", "!", "?", '"', "\u201d", "'", "\u2019", ")", ":")


def role_noun(tok: Token) -> bool:
    """Whether a common noun names a person by a role of the gazetteer's roles.tsv ("a
    trooper", "the soldier"), a member of a force or an office holder. Unlike
    ``ActorKinds.actor_noun`` (event_words.json's actor and site nouns, names, suffixes) it
    reads the gazetteer's roles alone: neither can be written with the other."""
    return Gazetteer.default().role(tok.lemma_.lower()) is not None


# what ties a word to the phrase it is inside of ("of the panel monitoring the truce in Oslo")
_INSIDE_DEPS = frozenset({"pobj", "prep", "dobj", "acl", "compound"})


def meeting_setting(prep: Token, meeting_nouns: frozenset[str]) -> bool:
    """Whether ``prep`` is the "in" or "at" of a meeting noun (``meeting_nouns``) or of a verb
    whose object is one ("attend the summit in Oslo", "join talks at the palace"): where the
    meeting is held, its setting, no one it is held with; also the "in" of the "of" phrase of
    a meeting noun ("a meeting of the board in Oslo")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
        return False
    head = prep.head
    # "a meeting of the border board in Oslo", "a session of the panel monitoring the truce in
    # Oslo": the parser hangs the place on the meeting's members; it is still where the meeting
    # is held (climbed through the "of" phrase of a meeting noun)
    climbed = head
    for _ in range(4):
        if climbed.dep_ not in _INSIDE_DEPS or climbed.head.i == climbed.i:
            break
        climbed = climbed.head
        if climbed.lower_ == "of" and climbed.head.lemma_.lower() in meeting_nouns:
            return True
    return head.lemma_.lower() in meeting_nouns or (
        head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in meeting_nouns for c in children_of(head))
    )


def has_aux(clause: Token, auxiliaries: frozenset[str]) -> bool:
    """Whether a clause has one of ``auxiliaries`` as an auxiliary of its verb ("would regret",
    "could use force", "should leave")."""
    return any(c.dep_ == "aux" and c.lower_ in auxiliaries for c in children_of(clause))


def asks(tok: Token) -> bool:
    """Whether the sentence of ``tok`` asks: a "?" among its words ("is he a fraud?")."""
    start, end = sentence_at(tok.doc, tok.i)
    return "?" in words_of(tok.doc)[start:end]


def unfinished(tok: Token) -> bool:
    """Whether the sentence of ``tok``, or its line, has no closing stop and asks nothing: a
    headline, a caption or a teaser (the parser may run a headline into the next line)."""
    start, end = sentence_at(tok.doc, tok.i)
    # the words' texts read once per document (a token is a space where its text is, as
    # spaCy's is_space tells): no Token made for each word of the sentence on each call
    words = [w for w in words_of(tok.doc)[start:end] if not w.isspace()]
    if not words or "?" in words:
        return False
    if not words[-1].endswith(STOPS):
        return True
    text = text_of(tok.doc)
    end = text.find("\n", tok.idx)
    line = text[text.rfind("\n", 0, tok.idx) + 1 : len(text) if end < 0 else end].strip()
    return bool(line) and "?" not in line and not line.endswith(STOPS)


def _on_line(tok: Token, other: Token) -> bool:
    """Whether two tokens lie on one line of the text."""
    lo, hi = sorted((tok.idx, other.idx))
    return "\n" not in text_of(tok.doc)[lo:hi]


def headline_passive(tok: Token) -> bool:
    """Whether ``tok`` is a past participle of headline style, a passive without its
    auxiliary ("Governor arrested on fraud charges", "Two soldiers killed"): the main verb of a
    line without a closing stop, in a past form, with a subject and no object or auxiliary of
    its own."""
    top = tok.head.i == tok.i or not _on_line(tok, tok.head)
    # "Teen arrested in stabbing; police say ...": the told clause of a saying verb on the line
    told = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in reporting_verbs()
    if not (top or told) or tok.tag_ not in ("VBN", "VBD") or not unfinished(tok):
        return False
    kids = [c for c in children_of(tok) if _on_line(tok, c)]
    deps = {c.dep_ for c in kids}
    if told and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in kids):
        return False  # "police say they searched": an active clause with its object left out
    return "nsubj" in deps and not deps & {"dobj", "aux", "auxpass", "attr", "ccomp", "xcomp"}


# the tags of a finite verb ("was", "is", "remain"): a verb with a tense of its own
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _finite_aux(tok: Token) -> bool:
    """Whether ``tok`` is a finite auxiliary ("was listed", "has died")."""
    return tok.dep_ in ("aux", "auxpass") and tok.tag_ in FINITE_TAGS


def reduced_passive(tok: Token) -> bool:
    """Whether ``tok`` is a past participle the parser took for an active past verb: a
    reduced relative clause on its subject, whose own finite verb the parser hung under
    ``tok`` ("a man shot in the leg was in stable condition": the man was shot). The form is
    one a past tense shares ("shot", "stabbed"); the verb has a subject before it, no object,
    auxiliary or conjunct, and a clausal complement after it with no subject or mark of its
    own and no comma or conjunction before it (a finite verb, or one with a finite
    auxiliary: "was listed"), which only a verb of the subject can be."""
    if tok.tag_ not in ("VBD", "VBN") or not tok.lower_.endswith(("ed", "t")):
        return False
    kids = children_of(tok)
    if not any(c.dep_ == "nsubj" and c.i < tok.i for c in kids) or any(
        c.dep_ in ("dobj", "aux", "auxpass", "attr", "xcomp", "cc", "conj", "neg") for c in kids
    ):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > tok.i
        and (c.tag_ in FINITE_TAGS or any(_finite_aux(g) for g in children_of(c)))
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in children_of(c))
        and not any(
            t.pos_ in ("PUNCT", "CCONJ", "SCONJ") for t in tokens_of(tok.doc)[tok.i + 1 : c.i]
        )
        for c in kids
    )


def pos_of(tok: Token) -> str | None:
    """The pattern table's part of speech of ``tok``: "verb", "noun" or None."""
    if tok.pos_ == "VERB":
        return "verb"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "noun"
    return None


def path_up(tok: Token, top: Token) -> list[Token]:
    """The tokens from ``tok`` up to ``top``, ``top`` left out."""
    out: list[Token] = []
    heads, tokens = heads_of(tok.doc), tokens_of(tok.doc)
    while tok.i != top.i and heads[tok.i] != tok.i:
        out.append(tok)
        tok = tokens[heads[tok.i]]
    return out


def first_conjunct(tok: Token) -> Token:
    """The first of the words ``tok`` is joined to by "and" ("said it would sign and ratify":
    sign for ratify), whose dependency tells how the phrase hangs; ``tok`` when it is first."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def is_relative(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` is the relative pronoun of the relative clause ``verb``."""
    return bool(
        tok.lower_ in RELATIVE_PRONOUNS
        and verb.dep_ == "relcl"
        and tok.tag_ in ("WP", "WDT", "WP$")
    )


def antecedent(verb: Token) -> Token:
    """What the relative pronoun of the relative clause ``verb`` stands for: the noun the clause
    hangs on, or, for a noun said of a subject ("Ortiz is a braggart and a bully who has pledged
    to ...", conjuncts included), that subject. A "who" hung on a noun of no person inside the
    phrase of a role noun stands for the role's holder ("X, an adviser to Y's campaign who has
    dismissed ...": X, not the campaign)."""
    head = verb.head
    if (
        head.pos_ == "NOUN"
        and head.dep_ == "pobj"
        and head.head.head.pos_ == "NOUN"
        and any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in ("who", "whom")
            for c in children_of(verb)
        )
        and not role_noun(head)
        and role_noun(head.head.head)
    ):
        head = head.head.head
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.dep_ in ("conj", "appos")):
        return head
    pred = head
    while (pred.dep_ == "conj" and pred.head.pos_ in ("NOUN", "PROPN", "ADJ")) or (
        pred.dep_ == "appos" and pred.head.pos_ == "NOUN"
    ):
        pred = pred.head  # "a serial liar, xenophobe, racist and birther who ..."
    if pred.dep_ == "appos" and pred.head.pos_ == "PROPN" and pred.i > pred.head.i:
        return pred.head  # "Ana Vale, a critic of the mayor who has often attacked him"
    if pred.dep_ == "attr" and pred.head.lemma_.lower() == "be":
        cop = pred.head
        subj = [c for c in children_of(cop) if c.dep_ == "nsubj"]
        if not subj and cop.dep_ == "conj":  # "Vale misleads people and is a liar who ..."
            subj = [c for c in children_of(cop.head) if c.dep_ == "nsubj"]
        if len(subj) == 1 and subj[0].pos_ in ("PROPN", "NOUN"):
            return subj[0]
    return head


def is_infinitive(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive ("to leave")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def of_object(tok: Token, containers: frozenset[str]) -> Token | None:
    """X of "one of X", "dozens of X", "a group of X", "control of X": the noun a quantity or
    container word stands for."""
    if tok.pos_ in ("NUM", "PRON", "DET", "ADJ") or tok.lemma_.lower() in containers:
        for c in children_of(tok):
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [p for p in children_of(c) if p.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return None


def clause_verb(tok: Token) -> Token | None:
    """The verb of the clause ``tok`` is in: itself or the first verb above it."""
    heads, tokens = heads_of(tok.doc), tokens_of(tok.doc)
    for _ in range(10):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if heads[tok.i] == tok.i:
            return None
        tok = tokens[heads[tok.i]]
    return None


def in_place_phrase(tok: Token) -> bool:
    """Whether a name is the object of a place preposition, or a word of one ("in Gary", "at a
    Toledo bar")."""
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


def only_modifier(span: Span) -> bool:
    """Whether a name only modifies a noun outside it ("a Dayton man", "the town's mayor"):
    it says whose or where from, it is no side of its own."""
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod", "poss") and not (
        span.start <= root.head.i < span.end
    )


# the particles that make "get", "step" or "climb" a leaving verb ("got out of the car")
OUT_WORDS = frozenset({"out", "off", "away"})


def leaving(verb: Token, verbs: frozenset[str]) -> bool:
    """Whether ``verb`` leaves a place or a vehicle ("leave the lobby", "get out of his car";
    ``leaving_verbs``): where one goes from is no one acted on."""
    lemma = verb.lemma_.lower()
    if lemma not in verbs:
        return False
    return lemma in words().plain_leaving_verbs or any(
        c.dep_ in ("prt", "prep", "advmod") and c.lower_ in OUT_WORDS for c in children_of(verb)
    )


def included(noun: Token) -> list[Token]:
    """The members an "including" phrase names of a group ("twenty members, including X and
    Y": X); ``[]`` when the noun has none."""
    return [
        p
        for c in children_of(noun)
        if c.dep_ == "prep" and c.lower_ == "including"
        for p in pobjs(c)
    ]


def scene_phrase(prep: Token) -> bool:
    """Whether a prepositional phrase stands before its verb's own subject ("As for the campaign
    against X, she defended her plan", "On the stump, X complained"): the scene or topic of
    the act, not its other side."""
    head = prep.head
    return (
        prep.dep_ == "prep"
        and prep.i < head.i
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.i > prep.i for s in children_of(head))
    )


# possessives of one person: "his opposition" is his stance ("their opposition" may be a rival's)
PERSON_POSSESSIVES = frozenset({"his", "her", "my", "your"})


def personal_stance(noun: Token, nouns: frozenset[str], verbs: frozenset[str]) -> bool:
    """Whether ``noun`` is a stance noun ("opposition") held by one person: a possessive of a
    person ("his opposition", "Kerr's opposition") with what it opposes ("to the treaty"), or
    as the object of a verb of a stance voiced or dropped ("denied his opposition"): what the
    person holds, no group ("accused his opposition of fraud" may name his opponents)."""
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return False
    owned = any(
        c.dep_ == "poss"
        and (c.lower_ in PERSON_POSSESSIVES or (c.pos_ == "PROPN" and c.ent_type_ == "PERSON"))
        for c in children_of(noun)
    )
    return owned and (
        any(c.dep_ == "prep" and c.lower_ in ("to", "against") for c in children_of(noun))
        or voiced_stance(noun, nouns, verbs)
    )


def voiced_stance(noun: Token, nouns: frozenset[str], verbs: frozenset[str]) -> bool:
    """Whether ``noun`` is a stance noun that is the object of a verb of a stance voiced or
    dropped ("denied his opposition", "voiced her opposition"): whose stance it is is the
    verb's subject, no one the act is aimed at."""
    return (
        (noun.lemma_.lower() in nouns or noun.lower_ in nouns)
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in verbs
    )


# words that may stand between a clause's subject and its verb ("X quickly fled", "X has fled")
SUBJECT_VERB_GAP = frozenset({"aux", "auxpass", "advmod", "neg"})


def stray_subject(app: Token) -> bool:
    """Whether an apposition is the subject of the main clause that the parser hung inside a
    fronted adverbial clause ("When the militia shelled the village of X, the mayor Y fled":
    Y flees and is no one shelled): a comma before it, the main verb right after it (with
    only an auxiliary or an adverb between), that verb with no subject of its own, and the
    apposition inside one of that verb's adverbial clauses."""
    tokens = tokens_of(app.doc)
    start, j = app.left_edge.i, app.right_edge.i + 1
    if start == 0 or tokens[start - 1].text != ",":
        return False
    while j < len(tokens) and tokens[j].dep_ in SUBJECT_VERB_GAP and tokens[j].head.i > j:
        j += 1
    if j >= len(tokens) or tokens[j].pos_ not in ("VERB", "AUX"):
        return False
    verb = tokens[j]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in children_of(verb)):
        return False
    return any(t.dep_ == "advcl" and t.head.i == verb.i for t in path_up(app, verb))


def loose_apposition(noun: Token) -> Token | None:
    """The head of a name set off by commas (the second may be the sentence's stop) right after
    a common noun's phrase that the parser hung on a word above the noun instead of on it
    ("arrested the Liberal mayor, X, on Monday" with X read as an adverb of "arrested"): the
    name is the noun's apposition, the one the noun stands for; None when there is none."""
    tokens = tokens_of(noun.doc)
    j = noun.right_edge.i + 1
    if j + 1 >= len(tokens) or tokens[j].text != ",":
        return None
    end = j + 1
    while end < len(tokens) and tokens[end].pos_ == "PROPN":
        end += 1
    if end == j + 1 or (end < len(tokens) and tokens[end].text not in (",", ".")):
        return None
    name = tokens[end - 1]
    if name.dep_ not in ("npadvmod", "appos") or any(
        t.head.i != name.i for t in tokens[j + 1 : end - 1]
    ):
        return None
    return name if any(a.i == name.head.i for a in noun.ancestors) else None
