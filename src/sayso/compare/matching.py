"""Two different reports of one event: their claims aligned by meaning, and where they diverge.

The claim units of the reports are scored against each other by meaning (``scores.py``). For
each pair of reports the
units are matched one to one, best score first, and a match is taken only at
``MatchOptions.aligned`` or more. Then, for each pair of reports:

* contradiction: two aligned units disagree on a slot (``slots.py``): a count of the same thing,
  a date, a place of the same kind (a city does not contradict its own country). The value of
  each side must appear nowhere in the other report: a report that says the first value
  somewhere does not contradict it. ``values`` names the two values. Units that do not align
  are read too where two values stand in the same frame (``frames.py``: "a trade summit in
  Oslo" / "a trade summit in Lima"). Teams played and reference points are no places, two
  distances from two reference points no two values of one thing.
* qualification: aligned units, one stated as fact and the other hedged ("reportedly", "may
  have") or credited to someone ("according to X", "police said") while the first is not;
  attribution: the same content credited to different speakers.
* omission: a unit of one report with no counterpart in the other (``omissions.py``).

Near-copies (``copies``) are left to the sentence comparison (``divergences.py``), which reads a
trimmed copy sentence by sentence.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

import numpy as np

from ..types import Record, Span
from .acts import event_kinds, happening
from .ages import acted_on_by_others, acting_on_others, ages_apart, lone_age, one_person
from .base import Finding, MatchOptions
from .features import content_words
from .frames import (
    age_heads,
    basis,
    distance_units,
    framed_values,
    is_opponent,
    is_reference_point,
    reference_point,
)
from .omissions import omission_findings
from .referents import count_change, different_things
from .scores import Story, opening, score_story
from .slots import Count, counts, counts_agree, dates_agree, place_kind, places_agree
from .spelling import spelt_alike
from .units import Unit

__all__ = ["Story", "agreed", "find", "score_story"]


def agreed(
    records: Sequence[Record], options: MatchOptions | None = None
) -> list[tuple[Span, ...]]:
    """The claims every report states by meaning: for each unit of the first report, its
    aligned unit (``Story.aligned``) in each other report, those also aligned with each other;
    one span per report, in the order of ``records``. Whether they diverge is not asked here
    (the view leaves out the sentences a divergence names)."""
    if len(records) < 2:
        return []
    story = score_story(records, options)
    partners = [{a.index: b for a, b, _ in story.aligned(0, j)} for j in range(1, len(records))]
    out: list[tuple[Span, ...]] = []
    for u in story.units[0]:
        found = [p.get(u.index) for p in partners]
        mine = [v for v in found if v is not None]
        if len(mine) != len(found):
            continue
        if any(
            story.scores[(v.doc, w.doc)][v.index, w.index] < story.options.aligned
            for x, v in enumerate(mine)
            for w in mine[x + 1 :]
        ):
            continue
        out.append((u.span, *(v.span for v in mine)))
    return out


# -- contradictions ----------------------------------------------------------------------------


def _evidence(a: Unit, b: Unit) -> tuple[tuple[int, Span], ...]:
    return ((a.doc, a.span), (b.doc, b.span))


def _slot_conflicts(
    a: Unit, b: Unit, doc_a: Sequence[Unit], doc_b: Sequence[Unit]
) -> list[tuple[str, str, str]]:
    """(what, value in a, value in b) for each slot on which ``a`` and ``b`` disagree while
    neither report states the other's value anywhere."""
    return (
        _count_conflicts(a, b, doc_a, doc_b)
        + _date_conflicts(a, b, doc_a, doc_b)
        + _place_conflicts(a, b, doc_a, doc_b)
        + _name_conflicts(a, b, doc_a, doc_b)
    )


SPELLING = 0.7  # two words this alike are one name spelt two ways ("Calamita", "LaCalamita")


def _name_conflicts(
    a: Unit, b: Unit, doc_a: Sequence[Unit], doc_b: Sequence[Unit]
) -> list[tuple[str, str, str]]:
    """Two names of the same shape that differ in one capitalised word ("Lake County Sheriff's
    Office" / "Pine County Sheriff's Office"), each word absent from the other report: a place
    when the word is a place the reports or the gazetteer know, else an actor."""
    out: list[tuple[str, str, str]] = []
    text_a = " ".join(u.text for u in doc_a)
    text_b = " ".join(u.text for u in doc_b)
    places = {w for u in (*doc_a, *doc_b) for p in u.places for w in p.name.split()}
    for na in {*a.actors, *(p.name for p in a.places)}:
        wa = na.split()
        for nb in {*b.actors, *(p.name for p in b.places)}:
            wb = nb.split()
            if len(wa) != len(wb) or len(wa) < 2:
                continue
            diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
            if len(diff) != 1:
                continue
            x, y = diff[0]
            if not (x[:1].isupper() and y[:1].isupper() and x.isalpha() and y.isalpha()):
                continue
            if re.search(rf"\b{re.escape(x)}\b", text_b) or re.search(
                rf"\b{re.escape(y)}\b", text_a
            ):
                continue
            if difflib.SequenceMatcher(None, x.lower(), y.lower()).ratio() >= SPELLING:
                continue  # one name spelt two ways
            known = x in places or y in places or place_kind(x) == "country"
            out.append(("place" if known else "actor", x, y))
    return out


def _count_conflicts(
    a: Unit, b: Unit, doc_a: Sequence[Unit], doc_b: Sequence[Unit]
) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    counts_b = [c for u in doc_b for c in u.counts]
    counts_a = [c for u in doc_a for c in u.counts]
    for ca in a.counts:
        for cb in b.counts:
            if not ca.unit or ca.unit != cb.unit or counts_agree(ca, cb):
                continue
            if any(x.unit == ca.unit and counts_agree(ca, x) for x in counts_b):
                continue
            if any(x.unit == cb.unit and counts_agree(cb, x) for x in counts_a):
                continue
            out.append(("number", ca.text, cb.text))
    return out


def _date_conflicts(
    a: Unit, b: Unit, doc_a: Sequence[Unit], doc_b: Sequence[Unit]
) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    dates_b = [d for u in doc_b for d in u.dates]
    dates_a = [d for u in doc_a for d in u.dates]
    for da in a.dates:
        for db in b.dates:
            if dates_agree(da, db) is not False:
                continue
            if any(dates_agree(da, x) and x.weekday == da.weekday for x in dates_b):
                continue
            if any(dates_agree(db, x) and x.weekday == db.weekday for x in dates_a):
                continue
            out.append(("date", da.text, db.text))
    return out


def _place_conflicts(
    a: Unit, b: Unit, doc_a: Sequence[Unit], doc_b: Sequence[Unit]
) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    names_b = {p.name.casefold() for u in doc_b for p in u.places}
    names_a = {p.name.casefold() for u in doc_a for p in u.places}
    for pa in a.places:
        for pb in b.places:
            if pa.name.casefold() in names_b or pb.name.casefold() in names_a:
                continue
            if pa.type != pb.type or (pa.type != "GPE" and place_kind(pa.name) == "place"):
                continue  # a region or a landmark the tagger took for a place: not read
            if not places_agree(pa.name, pb.name):
                out.append(("place", pa.name, pb.name))
    return out


SHARED_NAMES = 2  # name words two units share to be read for a date or place at a lower score

# -- one slot of one referent: what two differing values must share to disagree ----------------

_NAME_WORD = re.compile(r"[A-Z][\w'’.-]+")
LIST = 3  # dates in one unit that make a list (a life, a record), not the date of one event
_SPEAKER_OR_TEAM = re.compile(r"['’]s\s+([A-Z][a-z]+)|\s+said\b")  # "Yale's Lee", "Lee said"
_LOWER_WORD = re.compile(r"\b[a-z]{4,}\b")  # a line without one is a title-case headline


def same_referent(
    conflict: tuple[str, str, str], a: Unit, b: Unit, rec_a: Record, rec_b: Record
) -> bool:
    """Whether two differing values of one slot are values of the same thing, so that they
    disagree: not when the other report writes the value anywhere, in any role (a place, a
    figure of ``SPECIFIC`` or more); not a date of a unit that lists ``LIST`` dates or more (a
    life, a record); not a date written before a noun the other unit never names ("a 1997
    article" / "she graduated in 1991"); not a date or a count when each unit names a person
    the other report never names (two acts of two people: "Ann Lee won a prize in 2008" / "Bo
    Kim founded a clinic in 1990"); not two counts of units dated at different times, nor two
    totals of different counts, nor two distances but from one named reference point; a place
    only where it says where (not a person's name, a team, a speaker or a reference point:
    "Portland's Smith", "Chohan said", "beat Denver 3-1", "ten miles north of Dover", nor a word
    of a title-case headline)."""
    what, va, vb = conflict
    if different_things(what, va, vb, a, b):
        return False
    if _said_anywhere(what, va, a, rec_b) or _said_anywhere(what, vb, b, rec_a):
        return False
    if what == "date" and max(len(a.dates), len(b.dates)) >= LIST:
        return False
    if what == "date" and (_dates_other_thing(va, a, b) or _dates_other_thing(vb, b, a)):
        return False
    if what == "number" and (_other_times(a, b) or _other_distances(va, vb, a, b)):
        return False
    if what in ("date", "number") and (
        _strangers(a, rec_a, rec_b.text, (va, vb)) and _strangers(b, rec_b, rec_a.text, (va, vb))
    ):
        return False
    if what == "place":
        return _is_place(va, a, rec_a) and _is_place(vb, b, rec_b)
    return True


def _said_anywhere(what: str, value: str, u: Unit, other: Record) -> bool:
    """Whether the other report writes ``value`` (a value of unit ``u``) anywhere, in any
    role: a place as words of its text ("Pittsburgh" in "the Pittsburgh Steelers"), a figure of
    ``SPECIFIC`` or more as any count of its text ("23 suspects" against "23 pirates"; small
    counts and years recur for other things)."""
    if what == "number":
        mine = [c for c in u.counts if c.text == value]
        figure = mine[0].plain if mine else None
        if figure is None or figure < SPECIFIC:
            return False
        if any(c.plain == figure for c in counts(other.text)):
            return True
        written = re.escape(value.lstrip("$"))  # also where no count is read ("Lee 14.9")
        return re.search(rf"(?<![\w.,]){written}(?![\w]|[.,]\d)", other.text) is not None
    if what == "date":
        return False
    if what == "place" and _spelt_there(value, other.text):
        return True  # written there in another spelling ("Mt Elbert", "Mount Elbert")
    return re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", other.text) is not None


def _spelt_there(name: str, text: str) -> bool:
    """Whether ``text`` writes the name ``name`` in another spelling: as many capitalised words
    in a row, spelt alike (``spelling.spelt_alike``)."""
    n = len(name.split())
    run = rf"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{{n - 1}}}"
    return any(spelt_alike(name, m.group(1)) for m in re.finditer(rf"(?=\b({run}))", text))


SPECIFIC = 10  # a count this high is a specific figure: written anywhere, it is the same figure


def _other_times(a: Unit, b: Unit) -> bool:
    """Whether two units are set at different times: both dated, and no date of one may be a
    date of the other (a count of one season, one year, one day against another's)."""
    if not a.dates or not b.dates:
        return False
    return not any(dates_agree(x, y) is not False for x in a.dates for y in b.dates)


_ATTRIBUTIVE = re.compile(r"(?:\b(?:a|an|the|its|his|her|their)|['’]s|s['’])\s+$", re.I)
_HEAD = re.compile(r"(?:[-–/]\d{2,4})?\s+([A-Za-z][\w-]*)")  # "the 1990-91 season": "season"
_NAME_RUN = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")  # capitalised words in a row


def _dates_other_thing(value: str, u: Unit, other: Unit) -> bool:
    """Whether the date ``value`` of unit ``u`` dates a thing the other unit never names: a
    date written before a noun ("a 1997 article", "the 2000 award") dates that noun, not the
    event of the sentence; before a name, the whole name ("the 2013 Film Awards": a unit that
    names only "the Film Board" never names it)."""
    for d in u.dates:
        if d.text != value:
            continue
        local = d.start - u.start, d.end - u.start
        head = _HEAD.match(u.text, local[1])
        if head and _ATTRIBUTIVE.search(u.text[max(0, local[0] - 12) : local[0]]):
            name = _NAME_RUN.match(u.text, head.start(1))  # "the 2013 Film Awards": the name
            noun = name.group() if name and head.group(1)[:1].isupper() else head.group(1)
            return noun.casefold() not in other.text.casefold()
    return False


def _strangers(u: Unit, rec: Record, other_text: str, values: tuple[str, ...]) -> bool:
    """Whether unit ``u`` names a person (by full name) whose surname the other report never
    writes (names holding a disputed value aside)."""
    people = {e.name for e in rec.entities if e.type == "PERSON" and " " in e.name}
    for name in u.actors:
        if name not in people or any(v in name for v in values):
            continue
        surname = name.split()[-1].strip(".'’")
        if len(surname) > 2 and not re.search(rf"\b{re.escape(surname)}\b", other_text):
            return True
    return False


def _is_place(value: str, u: Unit, rec: Record) -> bool:
    """Whether ``value`` (a place of unit ``u``) says where: not a word of a person's name in
    its report, nor a team or a speaker ("Portland's coach", "Chohan said")."""
    persons = {w for e in rec.entities if e.type == "PERSON" for w in e.name.split()}
    if any(w in persons for w in value.split()):
        return False
    if not _LOWER_WORD.search(u.text):
        return False  # a headline in title case: every word a name to the tagger
    for m in re.finditer(re.escape(value), u.text):
        after = _SPEAKER_OR_TEAM.match(u.text, m.end())
        if after and (after.group(1) is None or after.group(1) in persons):
            return False
        if is_opponent(u.text, m.start(), m.end()) or is_reference_point(u.text, m.start()):
            return False  # a team played ("beat Denver"), a point reckoned from ("north of X")
    return True


def _other_distances(va: str, vb: str, a: Unit, b: Unit) -> bool:
    """Whether two counts are totals of different counts ("two catches for 25 yards" / "59
    catches for 1,098 yards"), or distances from two reference points ("12 miles north of
    Dover" / "20 miles from the coast"); a count with no basis or no reference point named may
    be either."""
    ca = next((c for c in a.counts if c.text == va), None)
    cb = next((c for c in b.counts if c.text == vb), None)
    if ca is None or cb is None:
        return False
    ba, bb = basis(a.text, ca.start - a.start), basis(b.text, cb.start - b.start)
    if ba is not None and bb is not None and ba != bb:
        return True  # totals of different counts ("two catches for 25 yards" / "59 for 1,098")
    if ca.unit not in distance_units():
        return False
    ra = reference_point(a.text, ca.end - a.start)
    rb = reference_point(b.text, cb.end - b.start)
    return ra is not None and rb is not None and ra != rb


def _strong(
    conflict: tuple[str, str, str], score: float, a: Unit, b: Unit, options: MatchOptions
) -> bool:
    """Whether a pair of units scoring ``score`` (``MatchOptions.contradict`` or more) is read
    for a contradiction on ``conflict``: a count of the same thing always, but a period counted
    back from now ("in the past five months": a window its writer chose, like a date) only
    when the pair is aligned (``MatchOptions.aligned``); a date or a place when the pair is
    aligned, or the units share ``SHARED_NAMES`` marks of one event (``_anchors``: name words,
    and for a date the same kinds of act) and state one value each (reports give many dates
    and places around one event)."""
    what = conflict[0]
    if score >= options.aligned:
        return True
    if what == "number":
        return not _period(conflict[1], a) and not _period(conflict[2], b)
    return _anchors(what, a, b) >= SHARED_NAMES and _single(what, a, b)


def _anchors(what: str, a: Unit, b: Unit) -> int:
    """How many marks of one event two units share: their common name words, and one more
    when both tell the same kinds of act and only those (``_one_kind_of_act``: "a gunman shot"
    / "the shooter walked in": the act told as a verb in one and a noun in the other), for a
    date (reports tell many places around one act)."""
    shared = len(a.names & b.names)
    if what == "date" and _one_kind_of_act(a, b):
        shared += 1
    return shared


def _one_kind_of_act(a: Unit, b: Unit) -> bool:
    """Whether two units tell the same kinds of act or happening, and only those
    (``acts.happening``: "a gunman shot two clerks" / "the shooter walked in"), the act told as
    a verb in one and a noun in the other."""
    kinds_a = _happenings(a)
    return bool(kinds_a) and kinds_a == _happenings(b)


def _happenings(u: Unit) -> frozenset[str]:
    """The kinds of act or happening ``u`` tells, with those of the same happening
    (``acts.event_kinds``, ``acts.happening``)."""
    return happening(event_kinds(u.text))


def _period(value: str, u: Unit) -> bool:
    c = next((c for c in u.counts if c.text == value), None)
    return c is not None and count_change(u.text, c.start - u.start, c.end - u.start) == "period"


def _single(what: str, a: Unit, b: Unit) -> bool:
    """Whether each unit states one value of the slot (a list of years is a life, not one
    event's date)."""
    if what == "date":
        return len(a.dates) == 1 and len(b.dates) == 1
    return len(a.places) == 1 and len(b.places) == 1


def contradictions(story: Story, i: int, j: int) -> list[Finding]:
    """Contradictions between report ``i`` (the earlier version) and report ``j``: for each
    unit of ``i``, the best-scoring unit of ``j`` (``MatchOptions.contradict`` or more) that
    disagrees with it on a slot. Only a count of the same thing, or a pair of units that share
    ``SHARED_NAMES`` name words, is read at that score; otherwise a date or a place asks for an
    aligned pair (``MatchOptions.aligned``): reports list many dates and places around one
    event."""
    out: list[Finding] = []
    seen: set[tuple[str, str, str]] = set()
    s = story.scores[(i, j)]
    ri, rj = story.records[i], story.records[j]
    roles = (
        acting_on_others(ri) | acting_on_others(rj),
        acted_on_by_others(ri) | acted_on_by_others(rj),
    )
    for a in story.units[i]:
        row = s[a.index]
        for c in np.argsort(-row):
            score = float(row[c])
            if score < story.options.contradict:
                break
            b = story.units[j][int(c)]
            conflicts = [
                x
                for x in _slot_conflicts(a, b, story.units[i], story.units[j])
                if _strong(x, score, a, b, story.options)
                and same_referent(x, a, b, ri, rj)
                and not _two_people_s_ages(x, a, b, ri, rj, roles)
            ]
            if not conflicts:
                continue
            for what, va, vb in conflicts:
                key = (what, va.casefold(), vb.casefold())
                if key in seen:
                    continue
                seen.add(key)
                about = f"{va} / {vb}: {opening(a.text, 8)}"
                ev = _evidence(a, b)
                out.append(Finding("contradiction", what, about, (i,), (j,), ev, (va, vb)))
            break
    for a, b, (what, va, vb) in framed(story, i, j):
        key = (what, va.casefold(), vb.casefold())
        if key in seen:
            continue
        seen.add(key)
        about = f"{va} / {vb}: {opening(a.text, 8)}"
        out.append(Finding("contradiction", what, about, (i,), (j,), _evidence(a, b), (va, vb)))
    return out


def _two_people_s_ages(
    conflict: tuple[str, str, str], a: Unit, b: Unit, rec_a: Record, rec_b: Record,
    roles: tuple[frozenset[str], frozenset[str]],
) -> bool:  # fmt: skip
    """Whether ``conflict`` sets an age of unit ``a`` against one of ``b`` where a unit gives
    two ages or more and nothing shows them one person's (``ages.ages_apart``)."""
    what, va, vb = conflict
    if what != "number":
        return False
    ca = next((c for c in a.counts if c.text == va and c.unit == "age"), None)
    cb = next((c for c in b.counts if c.text == vb and c.unit == "age"), None)
    return ca is not None and cb is not None and ages_apart(a, ca, rec_a, b, cb, rec_b, roles)


def framed(story: Story, i: int, j: int) -> list[tuple[Unit, Unit, tuple[str, str, str]]]:
    """Values of one slot in two units of reports ``i`` and ``j``, whatever the units' score,
    that stand in the same frame (``frames.py``: "a trade summit in Oslo" / "a trade summit in
    Lima", "filed on Monday" / "filed on Friday", "a 40-year-old nurse" / "a 45-year-old
    nurse") and so are values of one thing, or that are the one age each report gives
    (``ages.py``: "a 34-year-old man" / "Tom Reyes, 36,"); each value written nowhere in the
    other report."""
    ri, rj = story.records[i], story.records[j]
    heads_i, heads_j = age_heads(story.units[i]), age_heads(story.units[j])
    acting = acting_on_others(ri) | acting_on_others(rj)
    lone_i, lone_j = lone_age(story.units[i], ri, acting), lone_age(story.units[j], rj, acting)
    out: list[tuple[Unit, Unit, tuple[str, str, str]]] = []
    for a in story.units[i]:
        for b in story.units[j]:
            found = framed_values(a, b, heads_i, heads_j) + _lone_ages(a, b, lone_i, lone_j)
            out.extend(
                (a, b, x)
                for x in found
                if same_referent(x, a, b, ri, rj) and x[1] not in rj.text and x[2] not in ri.text
            )
    return out


def _lone_ages(
    a: Unit, b: Unit, lone_a: tuple[Unit, Count] | None, lone_b: tuple[Unit, Count] | None
) -> list[tuple[str, str, str]]:
    """The lone ages of two reports (``ages.lone_age``) where units ``a`` and ``b`` hold them
    and they are one person's age told two ways (``ages.one_person``)."""
    if lone_a is None or lone_b is None or lone_a[0] is not a or lone_b[0] is not b:
        return []
    if not one_person(a, lone_a[1], b, lone_b[1]):
        return []
    return [("number", lone_a[1].text, lone_b[1].text)]


# -- qualifications and attributions -----------------------------------------------------------


def _speaker_words(name: str) -> set[str]:
    return set(content_words(name))


def qualifications(story: Story, i: int, j: int) -> list[Finding]:
    """Hedged or credited in one report, stated in the other; credited to someone else. Only
    for units that say the same (``MatchOptions.qualified``); a credit counts when it names
    someone ("Brandt said", not "officers said": most facts of a report come from officers)."""
    out: list[Finding] = []
    for a, b, score in story.aligned(i, j):
        if score < story.options.qualified:
            continue
        if a.speaker and b.speaker:
            if not _speaker_words(a.speaker) & _speaker_words(b.speaker) and (a.quoted or b.quoted):
                about = f"{a.speaker} / {b.speaker}: {opening(a.text, 8)}"
                out.append(Finding("attribution", "actor", about, (i,), (j,), _evidence(a, b)))
            continue
        for x, y in ((a, b), (b, a)):
            if x.hedge is None and y.hedge is not None and y.hedge not in x.text.lower():
                why = y.hedge
            elif x.speaker is None and y.speaker and y.speaker[0].isupper() and not y.quoted:
                why = f"according to {y.speaker}"
            else:
                continue
            about = f"{opening(x.text)} ({why})"
            out.append(
                Finding("qualification", "claim", about, (x.doc,), (y.doc,), _evidence(x, y))
            )
            break
    return out


def find(
    records: Sequence[Record],
    order: Sequence[int],
    copies: Sequence[tuple[int, int]] = (),
    options: MatchOptions | None = None,
) -> list[Finding]:
    """The divergences between the reports of a story that are not near-copies of each other
    (positions into ``records``; ``order`` is version order)."""
    options = options or MatchOptions()
    if len(records) < 2:
        return []
    copied = {frozenset(p) for p in copies}
    pairs = [
        (order[x], order[y])
        for x in range(len(order))
        for y in range(x + 1, len(order))
        if frozenset((order[x], order[y])) not in copied
    ]
    if not pairs:
        return []
    story = score_story(records, options)
    found: list[Finding] = []
    for i, j in pairs:
        found += contradictions(story, i, j)
        found += qualifications(story, i, j)
    return _merged(found) + omission_findings(story, pairs, order)


def _merged(found: list[Finding]) -> list[Finding]:
    """One contradiction per disputed value of a report: the reports that state the other value
    join its ``asserted_by`` ("nine" in two reports, "twelve" in a third)."""
    out: list[Finding] = []
    index: dict[tuple[object, ...], int] = {}
    for f in found:
        if f.kind != "contradiction" or len(f.values) != 2:
            out.append(f)
            continue
        theirs = next(sp for d, sp in f.evidence if d == f.other[0])
        key = (f.what, f.other, theirs.start, f.values[1].casefold(), f.values[0].casefold())
        k = index.get(key)
        if k is None:
            index[key] = len(out)
            out.append(f)
            continue
        old = out[k]
        extra = tuple(d for d in f.asserted_by if d not in old.asserted_by)
        evidence = old.evidence + tuple(e for e in f.evidence if e[0] in extra)
        out[k] = Finding(
            old.kind, old.what, old.about, old.asserted_by + extra, old.other, evidence, old.values
        )
    return out
