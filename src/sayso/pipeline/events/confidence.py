"""How sure the events stage is that an event happened as coded (``Event.confidence``).

The chance that the event is right, from the calibrated model of :mod:`..calibration` over the
classes of its evidence and the logarithm of the hand-set product of its factors (rare pieces of
evidence keep their factors, ``RULES``, which multiply the chance); the product alone makes the
record's cut (``EVIDENCE_FLOOR``). The factors, each from evidence the coder already has, each at
most 1 (a weaker piece of evidence never raises the product); ``docs/record.md``
explains them:

* **pattern**: a verb pattern with a condition (an object that is an entity, a particle, a
  to-infinitive) is surer than a plain verb, and a verb than an event noun, which a light verb
  carrying it ("held talks") makes surer again; a type changed by a frame or an idiom (a
  promise, a refusal, "pleaded guilty") is less sure than the pattern's own.
* **mode**: what happened or was announced is surer than what is only intended.
* **actors**: both sides named is surer than only the side acting, which is surer than only
  the side acted on; each side is as sure as its best actor (``ACTOR``): a person, body or
  country known by name is surest, a people or nationality ("Finnish", often the modifier of
  the real actor) less, a group known only by a common noun ("the ministry", "protesters") or
  a pronoun less again, a place that is no country or city (a street, a sea) less, and a thing
  ("the budget", "the shooting": an act on no one) least; a side acted on that is only the
  place the act happened in ("shot a man in Gary": Gary) is as sure as ``PLACED`` (not for aid,
  which goes to where it is used); more than two actors make who acts on whom less sure.
* **attribution**: an act the narrator states is surer than one inside someone's words
  (``REPORTED``). Two more classes have no hand-set factor, only the weights the model learns
  (on gold/tune, in this order): the act a speaker tells of its own side ("the ministry said it
  had summoned the envoy") is surer than one it tells of others ("the ministry said the rebels
  had agreed": hearsay), and an act inside quotation marks (a speaker's own words, often
  rhetoric) is least sure.
* **sentence length**: an act in a long sentence (``LONG`` words or more: several clauses, each
  with its own actors) is less sure of who acts on whom (a class the model weighs, no hand-set
  factor).
* **place**: an act told outside the story's body (a headline, a caption) is less sure, and so
  is one in a sentence or line without a closing stop (a headline, a caption or a teaser of a page
  that has no marked body) or in a question.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ...nlp import sentence_at, words_of
from ...types import confidence_of
from ..base import State
from ..calibration import EVIDENCE, model, note, one_hot, recording_on
from .syntax import asks, unfinished
from .tables import NON_AGENT_LABELS, Candidate

# an event whose evidence (the hand-set product of its factors, :func:`evidence`) is less than
# this is left out of the record: several weak pieces of evidence together (an event noun told in
# someone's words with only a thing on the other side) make an act the coder cannot code well (on
# gold/tune it costs no recall; 0.4 would cost PLV accuracy). :func:`score` gives such an event
# 0, and any other at least FLOOR, the cut the coder makes
EVIDENCE_FLOOR = 0.35
FLOOR = 0.01
PATTERN = {"specific": 1.0, "verb": 0.9, "carried": 0.85, "noun": 0.75}
RETYPED = 0.85
MODE = {"none": 1.0, "intended": 0.7}  # any other mode: OTHER_MODE
OTHER_MODE = 0.8
ACTORS = {"both": 1.0, "source": 0.7, "target": 0.6, "none": 0.5}
# how sure a side is by its best actor (see ``actor_class``)
ACTOR = {"named": 1.0, "people": 0.85, "group": 0.8, "site": 0.7, "thing": 0.55}
PLACED = 0.7  # the side acted on is only where the act happened ("shot a man in Gary")
CROWDED = 0.85  # more than two actors: which of them acts on which is less sure
REPORTED = 0.85  # an act inside someone's words, whoever tells it
OUTSIDE_BODY = 0.7  # a headline, a caption: no sentence of the story
UNFINISHED = 0.75  # a sentence without a closing stop: a headline, a caption, a teaser
ASKED = 0.6  # a sentence that asks
NAMED = {"name", "alias", "surname"}
# a sentence of this many words or more (tokens, punctuation counted) is long (see the module's
# docstring): a common sentence of news prose has one or two clauses in fewer words
LONG = 30
ACTING_LABELS = frozenset({"PERSON", "ORG", "GPE"})
SITE_LABELS = frozenset({"LOC", "FAC"})


def pattern_class(cand: Candidate) -> str:
    """How strong the candidate's pattern is: specific, verb, carried (a noun with a light
    verb) or noun."""
    if cand.pattern.specific:
        return "specific"
    if cand.pattern.pos == "verb":
        return "verb"
    return "carried" if cand.anchor is not None else "noun"


def actors_class(source: list[str], target: list[str]) -> str:
    if source and target:
        return "both"
    return "source" if source else "target" if target else "none"


def named(state: State, entity_id: str) -> bool:
    """Whether the entity has a mention by its name, an alias or a surname (a nominal the coder
    adds has none yet)."""
    ent = state.entity(entity_id)
    if ent is None:
        return False
    return not ent.resolved or any(how in NAMED for how in ent.resolved)


def actor_class(state: State, entity_id: str, thing: Callable[[str], bool]) -> str:
    """named (a person, body or country known by name), people (a nationality), group (known
    by a common noun or a pronoun only), site (a place that is no country or city) or thing
    (``thing``: a nominal that names no one)."""
    if thing(entity_id):
        return "thing"
    ent = state.entity(entity_id)
    if ent is None:
        return "group"  # a nominal actor the coder adds once the event is kept
    if ent.type in NON_AGENT_LABELS:
        return "thing"
    if ent.type in SITE_LABELS:
        return "site"
    if ent.type == "NORP":
        return "people"
    return "named" if ent.type in ACTING_LABELS and named(state, entity_id) else "group"


def best_actor(classes: list[str]) -> str:
    """A side's class: that of its surest actor (``ACTOR``); "none" for an empty side."""
    return max(classes, key=lambda c: ACTOR[c], default="none")


def sentence_class(cand: Candidate) -> str:
    """asked (a question), unfinished (a sentence without a closing stop) or stated."""
    if asks(cand.tok):
        return "asked"
    return "unfinished" if unfinished(cand.tok) else "stated"


def long_sentence(cand: Candidate) -> bool:
    """Whether the sentence of ``cand`` has ``LONG`` words or more (its tokens, punctuation
    counted, spaces not)."""
    start, end = sentence_at(cand.tok.doc, cand.tok.i)
    if end - start < LONG:
        return False
    return sum(1 for w in words_of(cand.tok.doc)[start:end] if not w.isspace()) >= LONG


def reported_class(state: State, attribution: str | None, source: list[str]) -> str | None:
    """self (the act is told by a speaker on its acting side), other (by anyone else) or None
    (the narrator states it): ``attribution`` is the id of the attribution whose content holds
    the trigger."""
    if attribution is None:
        return None
    att = state.attribution(attribution)
    return "self" if att is not None and att.speaker in source else "other"


def classes(
    state: State,
    cand: Candidate,
    mode: str | None,
    actors: tuple[list[str], list[str]],
    attribution: str | None,
    thing: Callable[[str], bool],
    placed: bool = False,
) -> dict[str, str]:
    """The class of each piece of evidence for the event of ``cand`` (see the module's
    docstring): its type, pattern, mode, sides (each as its surest actor, the side acted on
    "placed" when it is only where the act happened), who reports it (``reported_class`` of
    ``attribution``, the id of the attribution that holds the trigger), and the flags retyped,
    crowded, quoted, long and outside (the body), present only when they hold."""
    source, target = actors
    out = {
        "type": cand.type,
        "pattern": pattern_class(cand),
        "mode": mode or "none",
        "actors": actors_class(source, target),
        "source": best_actor([actor_class(state, i, thing) for i in source]),
        # a place the act happened in stands as the side acted on; aid goes to where it is used
        "target": "placed"
        if placed and cand.type != "AID"
        else best_actor([actor_class(state, i, thing) for i in target]),
        "sentence": sentence_class(cand),
    }
    if cand.type != cand.pattern.type:
        out["retyped"] = "yes"
    if len(source) + len(target) > 2:
        out["crowded"] = "yes"
    reported = reported_class(state, attribution, source)
    if reported is not None:
        out["reported"] = reported
    tok = cand.tok
    if state.quotes.inside(tok.idx):
        out["quoted"] = "yes"
    if long_sentence(cand):
        out["long"] = "yes"
    if state.meta.body and not state.in_body(tok.idx, tok.idx + len(tok)):
        out["outside"] = "yes"
    return out


SENTENCE = {"asked": ASKED, "unfinished": UNFINISHED, "stated": 1.0}


def evidence(c: dict[str, str]) -> float:
    """The hand-set product of the factors of an event with the classes ``c`` (each factor at
    most 1: a weaker piece of evidence never raises it)."""
    value = PATTERN[c["pattern"]] * MODE.get(c["mode"], OTHER_MODE) * ACTORS[c["actors"]]
    value *= ACTOR.get(c["source"], 1.0)
    value *= PLACED if c["target"] == "placed" else ACTOR.get(c["target"], 1.0)
    value *= SENTENCE[c["sentence"]]
    for flag, factor in (
        ("retyped", RETYPED),
        ("crowded", CROWDED),
        ("reported", REPORTED),
        ("outside", OUTSIDE_BODY),
    ):
        if flag in c:
            value *= factor
    return value


# the pieces of evidence too rare on gold/tune to learn from (an intended or other mode, a
# question or a sentence without a stop, an act outside the body): their hand-set factors
# multiply the calibrated chance (:mod:`..calibration`)
RULES = frozenset({"mode", "sentence", "outside"})


def features(c: dict[str, str], product: float | None = None) -> tuple[dict[str, float], float]:
    """The features of the calibrated model (:mod:`..calibration`): one per class of a common
    piece of evidence and the logarithm of the hand-set product of all factors but the
    ``RULES``; and the product of the factors of the rules. ``product``: ``evidence(c)`` when
    the caller has it already."""
    rules = MODE.get(c["mode"], OTHER_MODE) * SENTENCE[c["sentence"]]
    rules *= OUTSIDE_BODY if "outside" in c else 1.0
    common = {k: v for k, v in c.items() if k not in RULES}
    product = evidence(c) if product is None else product
    return {**one_hot(common), EVIDENCE: math.log(max(product / rules, 1e-6))}, rules


def score(
    state: State,
    cand: Candidate,
    mode: str | None,
    actors: tuple[list[str], list[str]],
    attribution: str | None,
    thing: Callable[[str], bool],
    placed: bool = False,
) -> float:
    """The confidence of the event of ``cand`` (0..1, two decimals): the chance the calibrated
    model gives an event with its features, times the factors of its rules; 0 when its evidence
    is under ``EVIDENCE_FLOOR``. ``attribution``: the id of the attribution whose content holds
    the trigger (None when the narrator states the act); ``thing`` tells an actor that names no
    one, ``placed`` whether the side acted on is only where the act happened."""
    c = classes(state, cand, mode, actors, attribution, thing, placed)
    product = evidence(c)
    if confidence_of(product) < EVIDENCE_FLOOR:  # the product in two decimals
        return 0.0
    found, rules = features(c, product)
    if recording_on():
        note("events", state.document.id, f"{cand.type}@{cand.tok.idx}", found, rules)
    return max(FLOOR, confidence_of(model("events").probability(found, rules)))
