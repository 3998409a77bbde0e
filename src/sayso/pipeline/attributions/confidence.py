"""How sure the attributions stage is of each attribution (``Attribution.confidence``).

A product of factors, each from evidence the stage already has, each at most 1 (so a weaker piece
of evidence never raises the score); ``docs/record.md`` explains them:

* **kind**: words inside quotation marks are bounded by the marks; reported speech is bounded by
  a clause the parser found.
* **cue**: by its class in ``data/cues.tsv``: a speech verb ("said", "told") or "according to"
  is surest, then a report verb, a colon line, a noun ("X's claim that"), a belief verb, a
  stance verb ("praised", "condemned": an act more than words), and last an intention with an
  infinitive ("agreed to meet": a commitment; "promised that ..." is a speech verb); a quote
  with no cue of its own continues the one before it.
* **take**: a that-clause or a quote is reported speech proper, surer than the object or the
  rest of the clause ("praised the decision").
* **no clause**: content with no verb of its own and no predicate (a thing, not a proposition:
  a verb inside a noun phrase does not count, "a report that ...", "its commitment to ...").
  What the thing is worth depends on what the cue takes: its object stands for what was said
  ("denied wrongdoing"); a clause-taking verb with a bare object is that verb in another sense,
  an act ("claimed victory", "demanded the crew's release").
* **an act, nothing said**: a stance or evaluation ("praised", "condemned", "thanked X for
  ...", "defended") whose whole content is a plain noun phrase ("praised the decision"), with no
  clause, no verb inside it and no quotation marks, reports an act (an event: SUPPORT, ACCUSE,
  REJECT ...), not a statement; it goes under ``FLOOR``. So does a speech verb that names an act
  with a plain noun phrase ("announced new patrols", "recommended a shorter term", "shouted
  abuse": ``act_object_verbs`` in shared_words.json), unless the noun is one for words ("repeated
  its warning").
* **hypothetical**: a modal of what would or could be told of an indefinite someone ("A serious
  rival would demand ...") reports what such a one would say, nobody's words.
* **question, refusal, few holders**: "asked whether ..." is a question, "said he would not
  comment" a refusal, "few lawmakers believed ..." a belief hardly anyone holds: no claim. A
  question the press puts ("a reporter asked if ...", "Asked whether ..., she said") states
  nothing of anyone's: it goes under ``FLOOR``.
* **speaker**: resolved by the speaker's own name or an alias, surer than by a surname, a
  nominal ("the ministry"), a pronoun; a source no entity stands for is sure by how it names
  its speaker (a proper name, a role or a described body, a bare noun such as "officials", an
  anaphor left unresolved such as "he" or "the group"); no source at all is least sure. A
  person or an organisation speaks; a country or a city "saying" something is a figure of
  speech for someone the text does not name. A bare surname that two people of the article
  share (father and son) names either.
* **place**: words outside the story's body (a headline, a caption) are less sure.

An attribution under ``FLOOR`` is left out of the record.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Token

from ...gazetteer import Gazetteer
from ...lexicon import EVIDENCE_VERBS, is_medium, lemma, match_cue, noun_cues, shared_words
from ...nlp import (
    char_tokens,
    children_of,
    deps_of,
    expanded_root,
    expanded_span,
    heads_of,
    subtree_of,
    tokens_of,
)
from ...types import Attribution, Entity, Span, confidence_of
from ..base import State
from ..calibration import EVIDENCE, note, one_hot, recording_on
from ..quotes import CLOSERS, OPENERS, STRAIGHT
from .speakers import is_role, role_in_named_body

# an attribution less sure than this is left out of the record: several weak pieces of evidence
# together (a stance verb's object with no clause, told by a bare noun or an unresolved anaphor,
# in a headline or a question), and an act or a press question (ACT_ONLY, PRESS_QUESTION). Since
# acts with a plain noun phrase leave the record (PolNeAR counts them, e2e F1 0.726 -> 0.713 at
# 0.25), a hundredth under the largest floor that keeps PolNeAR dev's end-to-end F1 at 0.715 or
# more (0.23), its quoted F1 and speaker accuracy at 0.87 and 0.93 or more
FLOOR = 0.22
KIND = {"direct": 1.0, "mixed": 0.95, "indirect": 0.85}
# cue classes of data/cues.tsv, plus a colon line and no cue of its own
CUE = {
    "speech": 1.0,
    "source": 1.0,
    "report": 0.9,
    "colon": 0.85,
    "noun": 0.8,
    "none": 0.8,
    "belief": 0.8,
    "intent": 0.6,  # "agreed to meet", "declined to use the word": a commitment, an act
    "stance": 0.7,
}
# what the cue takes (data/cues.tsv): a that-clause or a quote is reported speech proper; the
# object or the rest of the clause ("praised the decision") may be an act more than words
TAKE = {"clause": 1.0, "that": 1.0, "object": 0.85, "rest": 0.8}
# reported content with no verb of its own: a thing, not a proposition. For a cue that takes its
# object ("reported irregularities", "denied wrongdoing") the thing stands for what was said;
# for one that takes a clause, a bare object is the verb in another sense, an act ("claimed
# victory", "demanded the crew's release", "reaffirmed its commitment to ...")
NO_CLAUSE = {"object": 0.85, "rest": 0.65, "clause": 0.6, "that": 0.6}
QUESTION = 0.6  # "asked whether ...": a question, not a claim
# a question the press puts (a reporter, an interviewer, or an asker the text does not name:
# "Asked whether ..., she said"): nobody's statement. With QUESTION it puts an indirect
# attribution under FLOOR
PRESS_QUESTION = 0.3
# a stance or evaluation cue (one that takes the rest of its clause: "praised", "condemned",
# "thanked", "defended", "voted against") whose whole content is a plain noun phrase, with no
# verb in it and no quotation marks ("praised the decision", "blamed the rebels for the delay"):
# an act the events stage codes (SUPPORT, ACCUSE, REJECT ...), not a statement. With the factor
# for no clause (0.65) it puts any attribution under FLOOR
ACT_ONLY = 0.4
# the source names its speaker by a bare surname that two people of the article share (father
# and son, "Jr." and "Sr."): which of them spoke is a guess
NAMESAKE = 0.6
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# a source with a negative quantifier ("few lawmakers imagined ...", "nobody believes ..."):
# hardly anyone holds the belief, which the writer reports as not held
FEW_HOLDERS = 0.5
# the reported words are a refusal to speak ("said he would not comment on the case", "said
# she had no comment"): no claim is made
HOLDS_BACK = 0.5
_REFUSING = frozenset({"would", "could", "will", "can", "wo", "ca"})
_FEW = frozenset({"few", "no", "neither", "nobody", "none", "noone"})
# a modal of what would or could be, told of an indefinite someone ("a rival would demand
# ..."): nobody's words. With an unresolved source (0.6) it puts any attribution under FLOOR
HYPOTHETICAL = 0.3
_WOULD = frozenset({"would", "could", "might", "should", "can"})
_INDEFINITE = frozenset({"a", "an", "any"})
SPEAKER_TYPE = {"PERSON": 1.0, "ORG": 1.0}  # any other type: OTHER_SPEAKER (a country "says")
OTHER_SPEAKER = 0.85
OUTSIDE_BODY = 0.55  # a headline, a caption: no sentence of the story
# a title-case first line with no closing stop that cleanup left in the body ("Mayor Says Bridge
# Will Reopen"): a headline all the same, read as one
HEADLINE = OUTSIDE_BODY
_SMALL_WORDS = frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "as", "at", "by", "with", "from"}
)
# a source that is page debris, no speaker: words glued together by a comment box or share bar
# ("Lena MossFlagShareLikeReply"), or markup ('tweet_id="..."'). Its words are kept, barely
DEBRIS = 0.2
_GLUED = re.compile(r"[a-z][A-Z][a-z]")
_MARKUP = re.compile(r"""\w=["']|[<>{}]|https?:|www\.""")
# a verb of making public whose object is only a medium it made or sent, with no clause and no
# quote ("posted a photo of the road", "wrote a letter to the council", "shared a video"): an
# act, nothing said. With the factor for no clause (0.6) it puts an indirect attribution under
# FLOOR. Other verbs keep their medium ("added a note of caution", "agreed to an interview")
MEDIUM_ONLY = 0.4
_PUBLISHING = frozenset(
    {"post", "share", "tweet", "retweet", "write", "publish", "upload", "send", "pen", "issue"}
)
SPEAKER = {
    "name": 1.0,
    "alias": 1.0,
    "surname": 0.95,
    "named": 0.9,  # a proper name no entity stands for
    "nominal": 0.8,
    "pronoun": 0.8,
    "continued": 0.8,  # a speaker carried over from the quote before, no source of its own
    # no entity stands for the source, which describes its speaker: a role ("the spokesman")
    # or a noun with modifiers ("the electoral commission", "a NATO official")
    "described": 0.75,
    "unresolved": 0.6,  # a bare unnamed source ("officials")
    # an anaphor the entities stage left unresolved: a pronoun, a bare definite noun ("the
    # group"), a source with no letters
    "anaphor": 0.45,
    "none": 0.4,
}
RANK = ("name", "alias", "surname", "nominal", "pronoun")
_ASKING = ("ask", "wonder", "question", "inquir", "enquir")
_QUOTE_MARKS = frozenset({STRAIGHT, *OPENERS, *CLOSERS})
_DESCRIBING = frozenset({"amod", "compound", "poss", "prep", "nmod", "nummod"})


def _tokens(state: State, span: Span) -> list[Token] | None:
    """The tokens ``span``'s characters touch (``expanded_span(doc, ...)``), or None."""
    bounds = char_tokens(state.doc, span.start, span.end)
    return None if bounds is None else tokens_of(state.doc)[bounds[0] : bounds[1]]


def cue_of(state: State, a: Attribution) -> tuple[str, str]:
    """The class of ``a``'s cue in ``data/cues.tsv`` (speech, belief, report, intent, stance,
    source, noun) and what it takes (clause, that, object, rest); ("colon", "clause") for a
    "Name: words" line or a dash, ("none", "clause") for no cue."""
    if a.cue is None:
        return "none", "clause"
    span = _tokens(state, a.cue)
    if span is None or not any(c.isalpha() for c in a.cue.text):
        return "colon", "clause"
    for tok in span:
        found = match_cue(state.doc, tok.i)
        if found is not None:
            return found[0].cls, found[0].take
    return "noun", "clause"


def has_clause(state: State, a: Attribution) -> bool:
    """Whether ``a``'s content is a proposition: it holds a verb of its own ("that the talks had
    failed", "Holloway of voting to ...") or a predicate of its object ("called the decision a
    betrayal", "described it as ..."). A verb inside a noun phrase ("a report that Russia was
    moving troops", "its commitment to provide funding") leaves a thing."""
    for c in a.content:
        span = _tokens(state, c)
        if span is None:
            return True
        inside = {t.i for t in span}
        for t in span:
            # "described it as ...", and "called the ruling a disgrace" parsed as an apposition
            # of the cue's object
            predicate = (t.lower_ == "as" and t.dep_ == "prep" and t.head.i not in inside) or (
                t.dep_ == "appos"
                and t.head.dep_ == "dobj"
                and t.head.head.i not in inside
                and "," not in state.text[t.head.idx : t.left_edge.idx]  # not "X, the minister"
            )
            if t.dep_ == "oprd" or predicate:
                return True
            if _verb(t) and not _in_noun_clause(t, inside):
                return True
    return False


def _in_noun_clause(verb: Token, inside: set[int]) -> bool:
    """Whether ``verb`` belongs to a noun phrase inside the same content: a noun's own clause
    ("a report that Russia was moving troops") or a phrase after it ("Chile's interest in
    expanding lithium processing")."""
    tokens, heads = tokens_of(verb.doc), heads_of(verb.doc)  # no new Token for each head
    t, n = verb, 0
    while heads[t.i] != t.i and heads[t.i] in inside and n < 50:
        prev, t, n = t, tokens[heads[t.i]], n + 1
        if t.pos_ not in {"NOUN", "PROPN", "PRON"}:
            continue
        # "accused the opposition of staging the protests": the charge hangs on the cue's
        # object (a noun whose head is the cue), and states what the object did
        charge = prev.dep_ == "prep" and prev.lower_ in {"of", "for"} and heads[t.i] not in inside
        if not charge:
            return True
    return False


def _finite_clause(state: State, a: Attribution) -> bool:
    """Whether ``a``'s content is a clause with a subject of its own ("that the government
    would rebuild every home"), not an infinitive ("to meet on Friday")."""
    span = expanded_span(state.doc, a.content[0].start, a.content[0].end)
    if span is None:
        return False
    root = span.root
    return root.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i in range(span.start, span.end)
        for c in children_of(root)
    )


def is_question(state: State, a: Attribution) -> bool:
    """Whether ``a`` reports a question ("asked whether ...", "A reporter asked if ...", a
    transcript's "Q: ...?"): a content that opens with, or a cue followed by, "if" or
    "whether" (or a wh-word after "asked"), or that ends with a question mark (words in
    quotation marks are said, even when they ask)."""
    if a.kind == "direct":
        return False
    word = _first_word(state, a.content[0])
    asks = a.cue is not None and a.cue.text.lower().startswith(_ASKING)
    # after a speech verb "if" opens a condition of the claim ("said if the bridge closed, the
    # ferry would run"), not a question
    if word == "whether" or (word == "if" and (asks or not _speech_cue(state, a))):
        return True
    if asks and word in shared_words().question_words:
        return True
    if state.text[a.content[-1].end : a.content[-1].end + 2].lstrip()[:1] == "?":
        return True  # a transcript's "Q: Will any of them ...?"
    if a.cue is None:
        return False
    after = state.text[a.cue.end : a.content[0].start].split()
    return bool(after) and after[-1].lower() in {"if", "whether"}


def _first_word(state: State, content: Span) -> str:
    """The first word of ``content`` after any adverbs and any adjuncts of the cue ("again
    whether ..." and "at a briefing on Tuesday whether ..." -> "whether")."""
    span = _tokens(state, content)
    if span is not None:
        inside = {t.i for t in span}
        asked = shared_words().question_words
        for t in span:
            if t.lower_ in asked:
                return t.lower_
            if t.pos_ != "ADV" and not _cue_adjunct(t, inside):
                return t.lower_
    first = content.text.split(maxsplit=1)
    return first[0].lower() if first else ""


def _cue_adjunct(t: Token, inside: set[int]) -> bool:
    """Whether ``t`` lies in a phrase of time, place or manner that hangs on a word outside the
    content (the cue): "asked at a briefing on Tuesday whether ..."."""
    heads = heads_of(t.doc)  # the heads' indices, without a new Token for each
    top, n = t.i, 0
    while heads[top] != top and heads[top] in inside and n < 50:
        top, n = heads[top], n + 1
    return heads[top] not in inside and deps_of(t.doc)[top] in {"prep", "npadvmod"}


def _speech_cue(state: State, a: Attribution) -> bool:
    """Whether ``a``'s cue is a speech verb of ``data/cues.tsv`` ("said", "argued")."""
    return cue_of(state, a)[0] == "speech"


def press_question(state: State, a: Attribution) -> bool:
    """Whether ``a`` is a question (:func:`is_question`) put with an asking verb ("asked",
    "wondered") by the press (a source headed by a role of the media sector in ``roles.tsv``:
    "a reporter", "the interviewer") or by an asker the text does not name ("Asked whether
    ..., she said"): a question to the person asked, no statement of theirs."""
    if a.cue is None or not a.cue.text.lower().startswith(_ASKING) or not is_question(state, a):
        return False
    if a.source is None:
        return a.speaker is None
    head = expanded_root(state.doc, a.source.start, a.source.end)
    if head is None:
        return False
    role = Gazetteer.default().role(lemma(head)) if is_role(head) else None
    return role is not None and role.sector == "MED"


def act_only(state: State, a: Attribution) -> bool:
    """Whether ``a`` reports an act, not words: an indirect attribution whose cue takes the rest
    of its clause (a stance or an evaluation, ``data/cues.tsv``: "praised", "condemned",
    "thanked", not "according to") or is a verb of ``act_object_verbs`` ("announced",
    "recommended"; its content headed by no noun for words), and whose content is a plain noun
    phrase: no clause
    (:func:`has_clause`), no verb anywhere in it ("a ruling that found ...", "images showing
    ..." hold a proposition) and no quotation marks."""
    if a.kind != "indirect":
        return False
    cls, take = cue_of(state, a)
    said_in_clause = take in {"clause", "that"} and _act_verb(state, a)
    if (take != "rest" and not said_in_clause) or cls == "source" or has_clause(state, a):
        return False
    if said_in_clause and not _names_an_act(state, a):
        return False
    for c in a.content:
        if any(ch in _QUOTE_MARKS for ch in c.text):
            return False
        span = _tokens(state, c)
        # a participle that modifies a noun ("a reduced fine", "its continued support") is
        # no verb of a proposition
        if span is None or any(_verb(t) and t.dep_ != "amod" for t in span):
            return False
    return True


def praised_for(state: State, a: Attribution) -> bool:
    """Whether ``a`` praises or thanks someone for an act ("praised the crew for acting so
    quickly", ``praise_verbs`` in shared_words.json): an indirect attribution with no
    quotation marks whose only verbs are the gerund of the reason after "for" and the words
    under it. What is praised is an act (a SUPPORT event), no words."""
    if a.kind != "indirect" or not _cue_in(state, a, shared_words().praise_verbs):
        return False
    for c in a.content:
        span = _tokens(state, c)
        if span is None or any(ch in _QUOTE_MARKS for ch in c.text):
            return False
        reasons = [t for t in span if t.dep_ == "pcomp" and t.head.lower_ == "for"]
        under = {d.i for r in reasons for d in subtree_of(r)}
        if any(_verb(t) and t.dep_ != "amod" and t.i not in under for t in span):
            return False
        if not reasons:
            return False
    return True


def _act_verb(state: State, a: Attribution) -> bool:
    """Whether ``a``'s cue is a verb of ``act_object_verbs`` (shared_words.json: "announced",
    "urged", "recommended", "shouted"), which names an act when its content is a plain noun
    phrase."""
    return _cue_in(state, a, shared_words().act_object_verbs)


def _cue_in(state: State, a: Attribution, verbs: frozenset[str]) -> bool:
    """Whether a word of ``a``'s cue has its lemma in ``verbs``."""
    cue = None if a.cue is None else _tokens(state, a.cue)
    return cue is not None and any(lemma(t) in verbs for t in cue)


def _names_an_act(state: State, a: Attribution) -> bool:
    """Whether ``a``'s content is headed by a noun ("new patrols"), not a small clause the
    parser left verbless ("declared it unsafe"), and by no noun for words: a medium of
    ``data/statement_nouns.tsv`` ("read out a statement") or a noun cue ("repeated the claim"),
    what was said, named."""
    root = expanded_root(state.doc, a.content[0].start, a.content[-1].end)
    if root is None or root.pos_ not in {"NOUN", "PROPN"}:
        return False
    return lemma(root) not in noun_cues() and not is_medium(root)


def _verb(t: Token) -> bool:
    """Whether ``t`` is a verb, not a participle used as a preposition ("including",
    "following")."""
    return t.pos_ in {"VERB", "AUX"} and t.dep_ != "prep"


def holds_back(state: State, a: Attribution) -> bool:
    """Whether ``a``'s content is a refusal to speak: its main verb a speech cue negated with a
    modal ("he would not comment", "she could not say") or "no comment"."""
    if a.kind == "direct":
        return False
    root = expanded_root(state.doc, a.content[0].start, a.content[0].end)
    if root is None:
        return False
    kids = list(children_of(root))
    if any(c.dep_ == "neg" for c in kids):
        # a refusal takes a modal ("would not comment"); "Russia does not comment on ..." states
        # a policy
        m = match_cue(state.doc, root.i)
        modal = any(c.dep_ == "aux" and c.lower_ in _REFUSING for c in kids)
        return modal and m is not None and m[0].cls == "speech"
    return any(
        c.dep_ == "dobj" and c.lower_ == "comment" and any(g.lower_ == "no" for g in children_of(c))
        for c in kids
    )


def hypothetical(state: State, a: Attribution) -> bool:
    """Whether ``a``'s cue is a verb with a modal of what would or could be ("would", "could",
    "might", "should", "can") told of an indefinite someone no entity stands for ("A serious
    rival would demand ...", "a voice who can argue that ..."): what such a one would say, not
    what anyone said."""
    if a.cue is None or a.source is None or a.speaker is not None:
        return False
    cue = _tokens(state, a.cue)
    head = expanded_root(state.doc, a.source.start, a.source.end)
    if cue is None or head is None:
        return False
    if (
        head.pos_ != "NOUN"
        or is_role(head)  # "A spokesman would later say ...": someone real, in the past's future
        or not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in children_of(head))
    ):
        return False
    if any(t.lemma_.lower() in EVIDENCE_VERBS for t in cue):
        return False  # "an email that would have revealed ...": a record, what it holds
    kids = [c for t in cue if t.pos_ == "VERB" for c in children_of(t)]
    return any(c.dep_ == "aux" and c.lower_ in _WOULD for c in kids) and not any(
        c.dep_ == "advmod" and c.lower_ in {"later", "then", "afterwards", "eventually"}
        for c in kids
    )


def few_holders(a: Attribution) -> bool:
    """Whether ``a``'s source opens with a negative quantifier ("few lawmakers", "no
    official", "nobody"; not "a few")."""
    if a.source is None:
        return False
    first = a.source.text.split(maxsplit=1)
    return bool(first) and first[0].lower() in _FEW


def _surname(name: str) -> str:
    words = [w.strip(".,").casefold() for w in name.split()]
    words = [w for w in words if w and w not in _SUFFIXES]
    return words[-1] if words else ""


def namesake(state: State, a: Attribution) -> bool:
    """Whether ``a``'s source names its person speaker by one word only (a surname, with or
    without "Mr." or "the elder") that is the surname of two or more people of the article."""
    ent = state.entity(a.speaker)
    if ent is None or ent.type != "PERSON" or a.source is None:
        return False
    names = [m.text for m, eid in state.mentions_in(a.source.start, a.source.end) if eid == ent.id]
    if not names or any(len(n.split()) > 1 for n in names):
        return False
    return _surname_counts(state.entities)[_surname(names[0])] > 1


# (the entity list last counted, how many of its people have each surname): one document's
# attributions all ask about the same list
# (one pair, replaced whole: a reader never sees one list's counts under another's)
_SURNAMES: list[tuple[list[Entity] | None, Counter[str]]] = [(None, Counter())]


def _surname_counts(entities: list[Entity]) -> Counter[str]:
    """How many people of ``entities`` have each surname (counted once a list)."""
    last, counts = _SURNAMES[0]
    if last is not entities:
        counts = Counter(_surname(e.name) for e in entities if e.type == "PERSON")
        _SURNAMES[0] = (entities, counts)
    return counts


def speaker_class(state: State, a: Attribution) -> str:
    """How ``a``'s speaker was found: the best resolution of a mention of the speaker inside
    the source, "continued" for a speaker with no source; for a source without a speaker, how
    it names one (:func:`unresolved_class`); "none" for neither."""
    if a.speaker is None:
        return unresolved_class(state, a.source) if a.source is not None else "none"
    if a.source is None:
        return "continued"
    ent = state.entity(a.speaker)
    if ent is not None and ent.type == "OTHER":
        # an entity of a common noun ("employer", "official"): named no better than the source
        return unresolved_class(state, a.source)
    hows = []
    for m, eid in state.mentions_in(a.source.start, a.source.end):
        how = ent.resolution(m) if ent is not None and eid == a.speaker else None
        if how in RANK:
            hows.append(RANK.index(how))
    if not hows:  # the speaker stands for the source by its author or role ("a statement by")
        return "nominal"
    return RANK[min(hows)]


def unresolved_class(state: State, source: Span) -> str:
    """How a source no entity stands for names its speaker, by its head word: "named" (a
    proper name, or a role in a body known by name: "a White House aide"), "described" (a role
    noun, or a noun with modifiers: "the electoral commission"), "anaphor" (a pronoun, a bare
    definite noun such as "the group", no letters) or "unresolved" (a bare noun: "officials")."""
    head = expanded_root(state.doc, source.start, source.end)
    if head is None or not any(ch.isalpha() for ch in source.text):
        return "anaphor"
    if head.pos_ == "PROPN":
        return "named"
    if role_in_named_body(head):
        return "named"  # "a White House aide", "the FBI director"
    if head.pos_ == "PRON":
        return "anaphor"
    # a possessive pronoun determines as "the" does ("their employer"), it describes nothing
    describing = [c for c in children_of(head) if c.dep_ in _DESCRIBING and c.pos_ != "PRON"]
    if is_role(head) or describing:
        return "described"
    if any(
        (c.dep_ == "det" and c.lower_ in {"the", "this", "that"})
        or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in children_of(head)
    ):
        return "anaphor"
    return "unresolved"


def is_debris(a: Attribution) -> bool:
    """Whether ``a``'s source is page debris: a word with two or more words glued inside it
    ("MossFlagShareLikeReply"), or markup ('tweet_id="7"', "<b>", a web address)."""
    if a.source is None:
        return False
    text = a.source.text
    return any(len(_GLUED.findall(w)) >= 2 for w in text.split()) or bool(_MARKUP.search(text))


def medium_only(state: State, a: Attribution) -> bool:
    """Whether all ``a`` reports is a medium its speaker made or sent: a cue of making public
    ("posted", "wrote", "shared") whose content is headed by a medium noun of
    ``data/statement_nouns.tsv`` ("a photo of the road", "a letter to the council"), with no
    quotation marks in it."""
    if a.kind != "indirect" or len(a.content) != 1 or a.cue is None:
        return False
    cue = _tokens(state, a.cue)
    if cue is None or not any(t.lemma_.lower() in _PUBLISHING for t in cue):
        return False
    root = expanded_root(state.doc, a.content[0].start, a.content[0].end)
    return root is not None and root.pos_ == "NOUN" and is_medium(root)


def unflagged_headline(state: State, a: Attribution) -> bool:
    """Whether ``a``'s content lies on a headline cleanup left in the body: the first line of
    the body, with more body after it, that opens with a headline's label ("Analysis: ...",
    ``headline_labels``) or has no closing stop and is in title case (three or more words,
    nearly all capitalised but for short function words)."""
    if not state.meta.body:
        return False
    text = state.text
    first = state.meta.body[0][0]
    end = text.find("\n", first)
    if end == -1 or end >= state.meta.body[-1][1]:
        return False  # a body of one line is all there is
    if not all(first <= c.start and c.end <= end for c in a.content):
        return False
    line = text[first:end].rstrip()
    label, colon, _rest = line.partition(":")
    if colon and label.strip().casefold() in shared_words().headline_labels:
        return True  # "Analysis: Mayor says the bridge will reopen. Drivers doubt it."
    if not line or line[-1] in ".!?:;\"'”’)":
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w’'-]*", line) if w.lower() not in _SMALL_WORDS]
    capital = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capital >= 0.85 * len(words)


def _above_body(state: State, a: Attribution, c: dict[str, str]) -> bool:
    """Whether ``a`` (classes ``c``) lies on a headline: before the story's body, or on a
    first line cleanup left in it that reads as a headline (:func:`unflagged_headline`: a
    label's or title case), not on a caption or a line after the body."""
    if c.get("place") == "headline":
        return True
    return c.get("place") == "outside" and a.content[-1].end <= state.meta.body[0][0]


def _retold(state: State, a: Attribution, body: list[Attribution]) -> bool:
    """Whether the headline attribution ``a`` is a body's, a place's or a role's account
    ("Kremlin says ...", "Envoy says ...") that the body tells again with its speaker
    (:func:`_told_in_body`): the headline's shorthand for it. A person the headline names
    ("Lee says ...") and a medium ("Poll: ...") keep the headline's words, as PolNeAR codes
    them."""
    ent = state.entity(a.speaker)
    if ent is not None and ent.type == "PERSON" and a.source is not None:
        named = set(ent.name.casefold().split())
        if any(w.strip(":,'") in named for w in a.source.text.casefold().split()):
            return False  # the person's own name: "Lee says ...", "Lee: ..."
    source = None if a.source is None else _tokens(state, a.source)
    if source and is_medium(source[-1]):
        return False  # a medium's own finding: "Poll: ...", "New Survey Shows ..."
    return _told_in_body(state, a, body)


def _told_in_body(state: State, a: Attribution, body: list[Attribution]) -> bool:
    """Whether the story's body tells again what the headline attribution ``a`` reports: an
    attribution of the body with the same speaker (or the same source noun when neither is
    resolved), or one whose content shares two or more of its content words ("Mayor Says
    Bridge Will Reopen" over "the bridge would reopen in May, the mayor said")."""
    if a.speaker is not None and any(b.speaker == a.speaker for b in body):
        return True
    head = _source_head(a)
    if head and any(_source_head(b) == head for b in body):
        return True  # "Presidency says ..." over "the presidency said ...", neither resolved
    words = _content_lemmas(state, a)
    return len(words) >= 2 and any(len(words & _content_lemmas(state, b)) >= 2 for b in body)


def _source_head(a: Attribution) -> str:
    """The last word of ``a``'s source, lower-cased ("" for none)."""
    words = a.source.text.split() if a.source is not None else []
    return words[-1].lower() if words else ""


def _content_lemmas(state: State, a: Attribution) -> set[str]:
    """The lemmas of the nouns, names, verbs and adjectives of ``a``'s content."""
    out: set[str] = set()
    for c in a.content:
        span = _tokens(state, c)
        if span is not None:
            out.update(lemma(t) for t in span if t.pos_ in _CONTENT_POS and not t.is_stop)
    return out


_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})


def _thing(state: State, a: Attribution, cls: str, take: str, clause: bool) -> dict[str, str]:
    """The classes of a content that is a thing, not a proposition (no_clause, medium, act)."""
    if clause:
        return {"act": "yes", "no_clause": take} if praised_for(state, a) else {}
    if take in {"clause", "that"} and cls != "source" and medium_only(state, a):
        return {"no_clause": take, "medium": "yes"}
    if act_only(state, a):
        return {"no_clause": take, "act": "yes"}
    return {"no_clause": take}


def classes(state: State, a: Attribution) -> dict[str, str]:
    """The class of each piece of evidence for one attribution (see the module's docstring):
    kind, cue, take and speaker always; the others (no_clause, medium, act, question, press,
    holders, holds_back, speaker_type, namesake, place, debris) only where they apply."""
    cls, take = cue_of(state, a)
    clause = a.kind == "direct" or has_clause(state, a)
    # a that-clause after a cue that may take an object ("denied that ...") is reported speech
    # proper, and so is the clause "according to X" stands beside
    took = "clause" if cls == "source" or (take == "object" and clause) else take
    if cls == "intent" and _finite_clause(state, a):
        cls = "speech"  # "promised that the government would rebuild": a promise made in words
    out = {"kind": a.kind, "cue": cls, "take": took, "speaker": speaker_class(state, a)}
    out.update(_thing(state, a, cls, take, clause))
    if is_question(state, a):
        out["question"] = "yes"
        if press_question(state, a):
            out["press"] = "yes"
    if few_holders(a):
        out["holders"] = "yes"
    if holds_back(state, a):
        out["holds_back"] = "yes"
    if hypothetical(state, a):
        out["hypothetical"] = "yes"
    ent = state.entity(a.speaker)
    if ent is not None and ent.type != "OTHER":  # an OTHER is judged by its source (above)
        out["speaker_type"] = ent.type
    if namesake(state, a):
        out["namesake"] = "yes"
    if state.meta.body and not any(state.in_body(c.start, c.end) for c in a.content):
        out["place"] = "outside"
    elif unflagged_headline(state, a):
        out["place"] = "headline"
    if is_debris(a):
        out["debris"] = "yes"
    return out


# each piece of evidence's factor by its class, and the factor of a class the table lacks
TABLES: dict[str, tuple[dict[str, float], float]] = {
    "kind": (KIND, 0.85),
    "cue": (CUE, 0.8),
    "take": (TAKE, 0.8),
    "speaker": (SPEAKER, 0.4),
    "no_clause": (NO_CLAUSE, 0.75),
    "medium": ({"yes": MEDIUM_ONLY}, 1.0),
    "act": ({"yes": ACT_ONLY}, 1.0),
    "question": ({"yes": QUESTION}, 1.0),
    "press": ({"yes": PRESS_QUESTION}, 1.0),
    "holders": ({"yes": FEW_HOLDERS}, 1.0),
    "holds_back": ({"yes": HOLDS_BACK}, 1.0),
    "hypothetical": ({"yes": HYPOTHETICAL}, 1.0),
    "speaker_type": (SPEAKER_TYPE, OTHER_SPEAKER),
    "namesake": ({"yes": NAMESAKE}, 1.0),
    "place": ({"outside": OUTSIDE_BODY, "headline": HEADLINE}, 1.0),
    "debris": ({"yes": DEBRIS}, 1.0),
}


def _factors(c: dict[str, str]) -> dict[str, float]:
    return {name: TABLES[name][0].get(value, TABLES[name][1]) for name, value in c.items()}


# the pieces of evidence too rare on gold/tune to learn from (each tells a statement from an
# act, a question, a refusal or page debris): their hand-set factors multiply the calibrated
# chance (:mod:`..calibration`)
RULES = frozenset(
    {"no_clause", "medium", "act", "question", "press", "holders", "holds_back", "hypothetical",
     "namesake", "place", "debris"}
)  # fmt: skip


def evidence(c: dict[str, str]) -> float:
    """The hand-set product of the factors of an attribution with the classes ``c``."""
    return math.prod(_factors(c).values())


def features(c: dict[str, str]) -> tuple[dict[str, float], float]:
    """The features of the calibrated model (:mod:`..calibration`): one per class of a common
    piece of evidence and the logarithm of their hand-set product; and the product of the
    factors of the ``RULES`` that apply."""
    f = _factors(c)
    common = {k: v for k, v in c.items() if k not in RULES}
    rules = math.prod(v for k, v in f.items() if k in RULES)
    product = math.prod(v for k, v in f.items() if k not in RULES)
    return {**one_hot(common), EVIDENCE: math.log(max(product, 1e-6))}, rules


def scored(state: State, found: list[Attribution]) -> list[Attribution]:
    """``found`` with each attribution's confidence set (the hand-set product of its factors),
    those under ``FLOOR`` left out. The calibrated model's features are noted for
    ``bench/calibrate.py``, which studies them; the model fitted on gold/tune lowered gold/report's
    precision at its default (docs/record.md), so the product stays the confidence."""
    out = []
    classed = [(a, classes(state, a)) for a in found]
    body = [a for a, c in classed if "place" not in c and confidence_of(evidence(c)) >= FLOOR]
    for a, c in classed:
        value = confidence_of(evidence(c))
        if value < FLOOR or (_above_body(state, a, c) and _retold(state, a, body)):
            continue
        if recording_on():
            note("attributions", state.document.id, a.id, *features(c))
        out.append(replace(a, confidence=value))
    return out
