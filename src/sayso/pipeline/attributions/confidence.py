"""How sure the attributions stage is of each attribution (``Attribution.confidence``).

A product of factors, each from evidence the stage already has, each at most 1 (so a weaker piece
of evidence never raises the score); ``docs/record.md`` explains them:

* **kind**: words inside quotation marks are bounded by the marks; reported speech is bounded by
  a clause the parser found.
* **cue**: by its class in ``data/cues.tsv``: a speech verb ("said", "told") or "according to"
  is surest, then a report verb, a colon line, a noun ("X's claim that"), a belief verb, an
  intention, and last a stance verb ("praised", "condemned": an act more than words); a quote
  with no cue of its own continues the one before it. A cue that takes a that-clause or a
  quote is surer than one that takes its object or the rest of its clause ("praised the
  decision"), and reported content with a verb (a proposition) surer than a thing.
* **speaker**: resolved by the speaker's own name or an alias, surer than by a surname, a
  nominal ("the ministry"), a pronoun; a source no entity stands for ("officials") or no source
  at all is least sure. A person or an organisation speaks; a country or a city "saying"
  something is a figure of speech for someone the text does not name.
* **place**: words outside the story's body (a headline, a caption) are less sure.
"""

from __future__ import annotations

from dataclasses import replace

from ...lexicon import match_cue
from ...types import Attribution, confidence_of
from ..base import State

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
    "intent": 0.75,
    "stance": 0.7,
}
# what the cue takes (data/cues.tsv): a that-clause or a quote is reported speech proper; the
# object or the rest of the clause ("praised the decision") may be an act more than words
TAKE = {"clause": 1.0, "that": 1.0, "object": 0.85, "rest": 0.8}
NO_CLAUSE = 0.8  # reported content with no verb: a thing, not a proposition
SPEAKER_TYPE = {"PERSON": 1.0, "ORG": 1.0}  # any other type: OTHER_SPEAKER (a country "says")
OTHER_SPEAKER = 0.85
OUTSIDE_BODY = 0.7  # a headline, a caption: no sentence of the story
SPEAKER = {
    "name": 1.0,
    "alias": 1.0,
    "surname": 0.95,
    "nominal": 0.8,
    "pronoun": 0.8,
    "continued": 0.8,  # a speaker carried over from the quote before, no source of its own
    "unresolved": 0.6,  # a source no entity stands for ("officials", "a spokesman")
    "none": 0.4,
}
RANK = ("name", "alias", "surname", "nominal", "pronoun")


def cue_of(state: State, a: Attribution) -> tuple[str, str]:
    """The class of ``a``'s cue in ``data/cues.tsv`` (speech, belief, report, intent, stance,
    source, noun) and what it takes (clause, that, object, rest); ("colon", "clause") for a
    "Name: words" line or a dash, ("none", "clause") for no cue."""
    if a.cue is None:
        return "none", "clause"
    span = state.doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
    if span is None or not any(c.isalpha() for c in a.cue.text):
        return "colon", "clause"
    for tok in span:
        found = match_cue(state.doc, tok.i)
        if found is not None:
            return found[0].cls, found[0].take
    return "noun", "clause"


def has_clause(state: State, a: Attribution) -> bool:
    """Whether ``a``'s content holds a verb: a proposition ("that the talks had failed"), not a
    thing ("the decision", "wrongdoing")."""
    for c in a.content:
        span = state.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or any(t.pos_ in {"VERB", "AUX"} for t in span):
            return True
    return False


def speaker_class(state: State, a: Attribution) -> str:
    """How ``a``'s speaker was found: the best resolution of a mention of the speaker inside
    the source, "continued" for a speaker with no source, "unresolved" for a source without
    a speaker, "none" for neither."""
    if a.speaker is None:
        return "unresolved" if a.source is not None else "none"
    if a.source is None:
        return "continued"
    ent = state.entity(a.speaker)
    hows = []
    for m, eid in state.mentions_in(a.source.start, a.source.end):
        how = ent.resolution(m) if ent is not None and eid == a.speaker else None
        if how in RANK:
            hows.append(RANK.index(how))
    if not hows:  # the speaker stands for the source by its author or role ("a statement by")
        return "nominal"
    return RANK[min(hows)]


def score(state: State, a: Attribution) -> float:
    """The confidence of one attribution (0..1, two decimals)."""
    cls, take = cue_of(state, a)
    value = KIND.get(a.kind, 0.85) * CUE.get(cls, 0.8) * TAKE.get(take, 0.8)
    if a.kind != "direct" and not has_clause(state, a):
        value *= NO_CLAUSE
    value *= SPEAKER[speaker_class(state, a)]
    ent = state.entity(a.speaker)
    if ent is not None:
        value *= SPEAKER_TYPE.get(ent.type, OTHER_SPEAKER)
    if state.meta.body and not any(state.in_body(c.start, c.end) for c in a.content):
        value *= OUTSIDE_BODY
    return confidence_of(value)


def scored(state: State, found: list[Attribution]) -> list[Attribution]:
    """``found`` with each attribution's confidence set."""
    return [replace(a, confidence=score(state, a)) for a in found]
