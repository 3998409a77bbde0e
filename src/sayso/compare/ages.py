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

Two well-matched sentences where one gives two ages or more are read for the ages of one
person only (``ages_apart``): "Tom Vale, 27, struck Ana Reyes, 61," against "a 58-year-old
woman was struck" sets 58 against 61, never against the driver's 27.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Entity, Record, Span
from .acts import event_kinds, happening, persons_in
from .referents import NAMED_NEAR, age_referent, age_role, sex_of
from .slots import Count, counts_agree
from .units import Unit

__all__ = ["acted_on_by_others", "acting_on_others", "ages_apart", "lone_age", "one_person"]

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
    return _in_part(rec, acting=True)


def acted_on_by_others(rec: Record) -> frozenset[str]:
    """The surnames of the people an event of ``rec`` has as its target and another person as
    its source ("Tom Vale struck Ana Reyes with his van": "reyes")."""
    return _in_part(rec, acting=False)


def _in_part(rec: Record, acting: bool) -> frozenset[str]:
    """The surnames of the people of one side of an event of ``rec`` (its source when
    ``acting``, else its target) whose other side holds another person."""
    people = {e.id: e for e in rec.entities if e.type == "PERSON"}
    out: set[str] = set()
    for ev in rec.events:
        side, other = (ev.source, ev.target) if acting else (ev.target, ev.source)
        if (set(other) & people.keys()) - set(side):
            out.update(_surname(people[x].name) for x in side if x in people)
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
        if e.type == "PERSON" and any(_gap(c, m) is not None for m in e.mentions)
    )


def _gap(c: Count, m: Span) -> int | None:
    """The characters between the age ``c`` and a mention ``m`` right beside it (ending within
    ``NAMED_NEAR`` before it, or starting within ``NAME_AFTER`` after it); None when ``m`` is
    not beside it."""
    if c.start - NAMED_NEAR <= m.end <= c.start:
        return c.start - m.end
    if c.end <= m.start <= c.end + NAME_AFTER:
        return m.start - c.end
    return None


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


def ages_apart(
    a: Unit, ca: Count, rec_a: Record, b: Unit, cb: Count, rec_b: Record,
    roles: tuple[frozenset[str], frozenset[str]],
) -> bool:  # fmt: skip
    """Whether the ages ``ca`` of unit ``a`` and ``cb`` of unit ``b`` (of two reports), where
    either unit gives two ages or more, are not shown one person's: unless both stand beside
    one name, or the reports tell both in the same part (both acting, both acted on) or of the
    same sex ("woman" against a name the report calls "she"), with no part, sex or name to
    tell them apart. ``roles`` are the surnames the events of either report tell acting on
    another person and acted on by another (``acting_on_others``, ``acted_on_by_others``): an
    event's part outweighs the words after the age ("Tom Vale, 27, was charged": the driver)."""
    if sum(c.unit == "age" for c in a.counts) < 2 and sum(c.unit == "age" for c in b.counts) < 2:
        return False  # one age each: the rules of ``one_person`` and ``referents``
    pa, pb = _person(a, ca, rec_a, roles), _person(b, cb, rec_b, roles)
    if pa[2] is not None and pb[2] is not None:
        return not _one_name(pa[2], pb[2])  # named both: one name or two people
    same = False
    for x, y in ((pa[0], pb[0]), (pa[1], pb[1])):
        if x is not None and y is not None:
            if x != y:
                return True  # the victim's age against the driver's; a man's against a woman's
            same = True
    return not same


def _one_name(x: str, y: str) -> bool:
    """Whether two names of a person are one: the same surname, and the same first name where
    both give one ("Ana Reyes" / "Reyes"; not "Ana Reyes" / "Leo Reyes")."""
    wx, wy = x.casefold().split(), y.casefold().split()
    if _surname(x) != _surname(y):
        return False
    return len(wx) < 2 or len(wy) < 2 or wx[0] == wy[0]


def _person(
    u: Unit, c: Count, rec: Record, roles: tuple[frozenset[str], frozenset[str]]
) -> tuple[str | None, str | None, str | None]:
    """(part, sex, name) of the person whose age is ``c`` of unit ``u``: the part the events of
    either report give the person named beside it, else the words after it
    (``referents.age_role``); the sex of the noun it stands before ("a 58-year-old woman"), or
    that every pronoun and noun the report links to the person named tells; the name of the
    person named beside it."""
    ref = age_referent(u.text, c.start - u.start, c.end - u.start)
    person = _named_at(c, rec, ref[1]) if ref is not None and ref[0] == "name" else None
    role: str | None = None
    if person is not None:
        surname = _surname(person.name)
        if (surname in roles[0]) != (surname in roles[1]):
            role = "acting" if surname in roles[0] else "acted on"
    if role is None:
        role = age_role(u.text, c.start - u.start, c.end - u.start)
    sex = sex_of(ref[1]) if ref is not None and ref[0] == "noun" else None
    if sex is None and person is not None:
        name_words = {w.casefold() for w in person.name.split()}
        told = {
            s
            for m in person.mentions
            if not name_words & {w.casefold() for w in m.text.split()}  # "she", "the widow"
            for s in persons_in(m.text)
        } & {"male", "female"}
        sex = next(iter(told)) if len(told) == 1 else None
    return role, sex, None if person is None else person.name


def _named_at(c: Count, rec: Record, word: str) -> Entity | None:
    """The person of ``rec`` whose name, holding ``word``, is the one nearest beside the age
    ``c`` ("Ana Reyes, 61,": Ana Reyes, not the "Tom Vale" before her)."""
    best: tuple[int, Entity] | None = None
    for e in rec.entities:
        if e.type != "PERSON":
            continue
        for m in e.mentions:
            gap = _gap(c, m)
            if gap is None or word not in m.text.split():
                continue
            if best is None or gap < best[0]:
                best = (gap, e)
    return None if best is None else best[1]
