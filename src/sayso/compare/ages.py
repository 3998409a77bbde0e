"""One person's age told two ways in two reports, read pair of sentences by pair of sentences
with the other values of one frame (``matching.framed``).

Each report gives one age of someone the story is about (``lone_age``): its only age, or, where
it gives more, the only one that is not the age of someone the events of either report tell
acting on another person (``acting_on_others``: "Tom Vale, 27, hit Ann Lee, 64, with his van":
the driver's age aside, in the report that tells it and in one that only names him, "Vale,
27, was charged"). Two such ages disagree (``one_person``) when one stands before a noun of a
person ("a 59-year-old woman") and the other beside a name ("Ann Lee, 61,", "61-year-old Ann
Lee"), in sentences that tell the same kind of act or happening (``acts.happening``: "was
shot" / "died"), and not one told acted on and the other acting on someone
(``referents.age_role``: the victim's age against the attacker's).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Record
from .acts import event_kinds, happening
from .referents import NAMED_NEAR, age_referent, age_role, sex_of
from .slots import Count, counts_agree
from .units import Unit

__all__ = ["acting_on_others", "lone_age", "one_person"]

NAME_AFTER = 3  # characters after an age ("34-year-old Ann"; "Ann Lee, 34,": before it)


def lone_age(
    units: Sequence[Unit], rec: Record | None = None, acting: frozenset[str] = frozenset()
) -> tuple[Unit, Count] | None:
    """The one age of a report's ``units``: its only age, or, where it gives more, the only one
    not of a person told acting on another person (a name of ``acting``, ``acting_on_others``,
    named beside the age in ``rec``); None when there is no such one age."""
    ages = [(u, c) for u in units for c in u.counts if c.unit == "age"]
    if len(ages) > 1 and rec is not None:
        ages = [(u, c) for u, c in ages if not _named_beside(c, rec) & acting]
    return ages[0] if len(ages) == 1 else None


def acting_on_others(rec: Record) -> frozenset[str]:
    """The surnames of the people an event of ``rec`` has as its source and another person as
    its target ("Tom Vale struck Ana Reyes with his van": "vale")."""
    people = {e.id: e for e in rec.entities if e.type == "PERSON"}
    out: set[str] = set()
    for ev in rec.events:
        if (set(ev.target) & people.keys()) - set(ev.source):
            out.update(_surname(people[x].name) for x in ev.source if x in people)
    return frozenset(out)


def _surname(name: str) -> str:
    return name.split()[-1].strip(".'’").casefold()


def _named_beside(c: Count, rec: Record) -> frozenset[str]:
    """The surnames of the people of ``rec`` named right beside the age ``c``: a mention ending
    within ``NAMED_NEAR`` characters before it ("Tom Vale, 27,"), or starting within
    ``NAME_AFTER`` after it ("27-year-old Tom Vale")."""
    return frozenset(
        _surname(e.name)
        for e in rec.entities
        if e.type == "PERSON"
        and any(
            c.start - NAMED_NEAR <= m.end <= c.start or c.end <= m.start <= c.end + NAME_AFTER
            for m in e.mentions
        )
    )


def one_person(a: Unit, ca: Count, b: Unit, cb: Count) -> bool:
    """Whether the lone ages ``ca`` of unit ``a`` and ``cb`` of unit ``b`` (of two reports) are
    one person's age told two ways and differ (the module's rule)."""
    if counts_agree(ca, cb):
        return False
    ra = age_referent(a.text, ca.start - a.start, ca.end - a.start)
    rb = age_referent(b.text, cb.start - b.start, cb.end - b.start)
    if ra is None or rb is None or {ra[0], rb[0]} != {"noun", "name"}:
        return False
    if sex_of(ra[1] if ra[0] == "noun" else rb[1]) is None:
        return False  # "a 34-year-old truck": no person
    kinds_a, kinds_b = event_kinds(a.text), event_kinds(b.text)
    if not (happening(kinds_a) & kinds_b or happening(kinds_b) & kinds_a):
        return False
    roles = {
        age_role(a.text, ca.start - a.start, ca.end - a.start),
        age_role(b.text, cb.start - b.start, cb.end - b.start),
    }
    return roles != {"acted on", "acting"}  # "a woman was stabbed" / "Tom Reyes, 44, stabbed her"
