"""How sure the events stage is that an event happened as coded (``Event.confidence``).

A product of factors, each from evidence the coder already has, each at most 1 (a weaker piece of
evidence never raises the score); ``docs/record.md`` explains them:

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
  which goes to where it is used); more than two actors
  make who acts on whom less sure.
* **attribution**: an act the narrator states is surer than one inside someone's words.
* **place**: an act told outside the story's body (a headline, a caption) is less sure, and so
  is one in a sentence or line without a closing stop (a headline, a caption or a teaser of a page
  that has no marked body) or in a question.
"""

from __future__ import annotations

from collections.abc import Callable

from ...nlp import sentence_at, words_of
from ...types import confidence_of
from ..base import State
from .syntax import unfinished
from .tables import NON_AGENT_LABELS, Candidate

# an event less sure than this is left out of the record: several weak pieces of evidence
# together (an event noun told in someone's words with only a thing on the other side) make an
# act the coder cannot code well (on gold/tune it costs no recall; 0.4 would cost PLV accuracy)
FLOOR = 0.35
PATTERN = {"specific": 1.0, "verb": 0.9, "carried": 0.85, "noun": 0.75}
RETYPED = 0.85
MODE = {None: 1.0, "intended": 0.7}
ACTORS = {"both": 1.0, "source": 0.7, "target": 0.6, "none": 0.5}
# how sure a side is by its best actor (see ``actor_class``)
ACTOR = {"named": 1.0, "people": 0.85, "group": 0.8, "site": 0.7, "thing": 0.55}
PLACED = 0.7  # the side acted on is only where the act happened ("shot a man in Gary")
CROWDED = 0.85  # more than two actors: which of them acts on which is less sure
REPORTED = 0.85
OUTSIDE_BODY = 0.7  # a headline, a caption: no sentence of the story
UNFINISHED = 0.75  # a sentence without a closing stop: a headline, a caption, a teaser
ASKED = 0.6  # a sentence that asks
NAMED = {"name", "alias", "surname"}
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


def side_factor(classes: list[str]) -> float:
    """How sure a side is: as sure as its best actor (1 when the side is empty; ``ACTORS``
    scores a missing side)."""
    return max((ACTOR[c] for c in classes), default=1.0)


def sentence_factor(cand: Candidate) -> float:
    """A question or a sentence without a closing stop is less sure."""
    start, end = sentence_at(cand.tok.doc, cand.tok.i)
    if "?" in words_of(cand.tok.doc)[start:end]:
        return ASKED
    return UNFINISHED if unfinished(cand.tok) else 1.0


def score(
    state: State,
    cand: Candidate,
    mode: str | None,
    actors: tuple[list[str], list[str]],
    reported: bool,
    thing: Callable[[str], bool],
    placed: bool = False,
) -> float:
    """The confidence of the event of ``cand`` (0..1, two decimals); ``thing`` tells an actor
    that names no one, ``placed`` whether the side acted on is only where the act happened."""
    source, target = actors
    value = PATTERN[pattern_class(cand)] * MODE.get(mode, 0.8)
    value *= ACTORS[actors_class(source, target)]
    if cand.type != cand.pattern.type:
        value *= RETYPED
    value *= side_factor([actor_class(state, i, thing) for i in source])
    # a place the act happened in stands as the side acted on; aid goes to where it is used
    if placed and cand.type != "AID":
        value *= PLACED
    else:
        value *= side_factor([actor_class(state, i, thing) for i in target])
    if len(source) + len(target) > 2:
        value *= CROWDED
    if reported:
        value *= REPORTED
    value *= sentence_factor(cand)
    tok = cand.tok
    if state.meta.body and not state.in_body(tok.idx, tok.idx + len(tok)):
        value *= OUTSIDE_BODY
    return confidence_of(value)
