"""How sure the events stage is that an event happened as coded (``Event.confidence``).

A product of factors, each from evidence the coder already has, each at most 1 (a weaker piece of
evidence never raises the score); ``docs/record.md`` explains them:

* **pattern**: a verb pattern with a condition (an object that is an entity, a particle, a
  to-infinitive) is surer than a plain verb, and a verb than an event noun, which a light verb
  carrying it ("held talks") makes surer again; a type changed by a frame or an idiom (a
  promise, a refusal, "pleaded guilty") is less sure than the pattern's own.
* **mode**: what happened or was announced is surer than what is only intended.
* **actors**: both sides named is surer than only the side acting, which is surer than only
  the side acted on; an actor known only by a pronoun or a nominal ("the ministry") is less sure
  than one known by name, and a people or nationality ("Finnish", often the modifier of the
  real actor) less sure than a named body; more than two actors make who acts on whom less
  sure.
* **attribution**: an act the narrator states is surer than one inside someone's words.
* **place**: an act told outside the story's body (a headline, a caption) is less sure.
"""

from __future__ import annotations

from ...types import confidence_of
from ..base import State
from .tables import Candidate

PATTERN = {"specific": 1.0, "verb": 0.9, "carried": 0.85, "noun": 0.75}
RETYPED = 0.85
MODE = {None: 1.0, "intended": 0.7}
ACTORS = {"both": 1.0, "source": 0.7, "target": 0.6, "none": 0.5}
UNNAMED_ACTOR = 0.8  # an actor with no mention by name or alias ("the decision", "officials")
PEOPLE_ACTOR = 0.85  # an actor that is a people or nationality ("Finnish"): often a modifier
CROWDED = 0.85  # more than two actors: which of them acts on which is less sure
REPORTED = 0.85
OUTSIDE_BODY = 0.7  # a headline, a caption: no sentence of the story
NAMED = {"name", "alias", "surname"}


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


def _is_people(state: State, entity_id: str) -> bool:
    ent = state.entity(entity_id)
    return ent is not None and ent.type == "NORP"


def score(
    state: State,
    cand: Candidate,
    mode: str | None,
    actors: tuple[list[str], list[str]],
    reported: bool,
) -> float:
    """The confidence of the event of ``cand`` (0..1, two decimals)."""
    source, target = actors
    value = PATTERN[pattern_class(cand)] * MODE.get(mode, 0.8)
    value *= ACTORS[actors_class(source, target)]
    if cand.type != cand.pattern.type:
        value *= RETYPED
    if not all(named(state, i) for i in (*source, *target)):
        value *= UNNAMED_ACTOR
    if any(_is_people(state, i) for i in (*source, *target)):
        value *= PEOPLE_ACTOR
    if len(source) + len(target) > 2:
        value *= CROWDED
    if reported:
        value *= REPORTED
    tok = cand.tok
    if state.meta.body and not state.in_body(tok.idx, tok.idx + len(tok)):
        value *= OUTSIDE_BODY
    return confidence_of(value)
