"""How sure the entities stage is of an entity and the links of its mentions
(``Entity.confidence``).

A product of factors, each at most 1 (a weaker piece of evidence never raises the score);
``docs/record.md`` explains them:

* **resolution**: the best way any mention was linked to the entity, in the order name = alias >
  surname > nominal > pronoun (an actor known only by "the ministry" is less sure than one
  named).
* **gazetteer**: the gazetteer knows the name with the type NER gave it (agreement), does not
  know it, or knows it as another type (disagreement: "Jordan" the country as a person).
* **support**: a name mentioned once and unknown to the gazetteer is the usual shape of an NER
  error, so it is less sure than a name repeated.
* **lone word**: news names a person in full before it shortens the name; a "person" known only
  by one word that no title introduces and the gazetteer does not know ("Premiums", "Oscar") is
  most often a common word or a title NER took for a name.

A person a title names ("Mr. Jordan") is not counted as a disagreement with the gazetteer: the
title, not NER, made it a person.
"""

from __future__ import annotations

from ...gazetteer import Gazetteer
from ...types import confidence_of
from .model import Cluster

RESOLUTION = {"name": 1.0, "alias": 1.0, "surname": 0.9, "nominal": 0.7, "pronoun": 0.6}
GAZETTEER = {"agrees": 1.0, "unknown": 0.9, "disagrees": 0.7}
SINGLE_UNKNOWN = 0.9
LONE_WORD_PERSON = 0.85
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "ORG"})  # a place, its people, its seat


def gazetteer_types(name: str, gz: Gazetteer) -> set[str]:
    """The entity types the gazetteer gives ``name`` (empty: it does not know it)."""
    out: set[str] = set()
    if gz.person(name) is not None:
        out.add("PERSON")
    if gz.org(name) is not None:
        out.add("ORG")
    if gz.place_country(name) is not None:
        out |= PLACE_LABELS
    return out


def score(
    resolved: list[str], agreement: str, named_mentions: int, lone_word: bool = False
) -> float:
    """The confidence of an entity whose mentions were resolved as ``resolved``, whose type the
    gazetteer ``agreement`` ("agrees", "unknown", "disagrees"), which is named
    ``named_mentions`` times and, ``lone_word``, is a person known only by one untitled word."""
    value = max((RESOLUTION.get(how, 0.6) for how in resolved), default=0.6)
    value *= GAZETTEER[agreement]
    if agreement == "unknown" and named_mentions <= 1:
        value *= SINGLE_UNKNOWN
    if lone_word:
        value *= LONE_WORD_PERSON
    return confidence_of(value)


def cluster_score(c: Cluster, gz: Gazetteer) -> float:
    """The confidence of the entity of cluster ``c``."""
    known = gazetteer_types(c.name, gz)
    titled = c.label == "PERSON" and any(m.titled for m in c.mentions)
    agreement = "unknown" if not known else "agrees" if c.label in known else "disagrees"
    if agreement == "disagrees" and titled:
        agreement = "unknown"
    named = sum(1 for m in c.mentions if m.how in {"name", "alias", "surname"})
    lone = c.label == "PERSON" and len(c.name.split()) == 1 and not titled and not known
    return score([m.how for m in c.mentions], agreement, named, lone)
