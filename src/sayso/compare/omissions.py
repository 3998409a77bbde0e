"""Omissions: a claim of one report that another report of the story leaves out.

A unit of report ``i`` is left out by report ``j`` when no unit of ``j`` scores
``MatchOptions.omitted`` with it (``scores.py``) and ``j`` does not tell it in other words
(``tells``: through a third report, as the story's event in its lead, in a paraphrase that keeps
the words or the figures, in a weaker match of a claim most reports carry, over two sentences,
or across the report when the story has three reports or more, or in any sentence with the
same kind of act and one of its arguments: ``same_event``), nor by a report that tells the act
a sentence only sets in time and place (``setting``: a detail). It is kept only when it is
central to the story (``central``, in a story of three reports or more): in a report's lead
(not its headline alone; with four reports or more, one that another report carries too),
or, told early in its report, not of another time in any report that carries it and not marked
as an addition ("also"), carried by more than half of the other reports, a toll, or a statement
or act of a principal actor (a name most reports carry) that another report carries too; never a
line that says what is not known yet, a piece of a sentence, nor one that tells no act or
happening or only one that did not (``eventful``). Omissions are ranked by centrality; one act
shown once per omitting report (``same_act``), at most ``MatchOptions.cap`` for each pair of
reports (fewer in a story of three reports or more).
A story of one report omits nothing.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from .acts import another_time, event_kinds, eventful, happening, same_act
from .base import Finding
from .features import content_words, numbers
from .readings import act_kinds, claim, report, withheld_text
from .referents import count_role, prospective
from .scores import Story, opening
from .slots import counts_agree
from .told import clause_told, close, same_event
from .units import Unit


def principal_names(story: Story) -> frozenset[str]:
    """Name words carried by most reports of the story (all of them when there are two)."""
    n = len(story.units)
    per_doc = Counter(w for us in story.units for w in {w for u in us for w in u.names})
    need = n if n <= 2 else (n + 1) // 2
    return frozenset(w for w, k in per_doc.items() if k >= need)


_DIGITS = re.compile(r"\d+")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")


def centrality(story: Story, u: Unit, j: int, principal: frozenset[str]) -> float:
    """How central unit ``u`` is to the story, for judging its omission by report ``j``: carried
    by the other reports, about the principal actors (names every report carries) and the names
    ``j`` uses too, stating numbers ``j`` never gives, a full claim (content words), early in
    its report (``CENTRALITY`` weighs these)."""
    w = CENTRALITY
    carried, others = carried_by(story, u, j)
    other_text = story.records[j].text
    digits = set(_DIGITS.findall(u.text))
    names = set(_CAPITALISED.findall(u.text))
    position = u.index / max(1, len(story.units[u.doc]))
    return (
        w["carried"] * (carried / others if others else 0.0)
        + w["principal"] * len(u.names & principal)
        + w["shared_names"] * sum(1 for x in names if x in other_text)
        + w["new_numbers"] * sum(1 for x in digits if x not in other_text)
        + w["words"] * len(u.words)
        + w["position"] * position
    )


def carried_by(story: Story, u: Unit, j: int) -> tuple[int, int]:
    """(how many reports besides those of ``u`` and ``j`` carry ``u``: a unit of theirs scores
    ``MatchOptions.aligned`` with it, how many reports there are besides those two)."""
    others = [k for k in range(len(story.units)) if k not in (u.doc, j)]
    aligned = story.options.aligned
    return sum(1 for k in others if story.best(u.doc, k)[u.index] >= aligned), len(others)


# weights of the centrality of a claim left out; set on the first half of the dev twin
CENTRALITY = {
    "carried": 1.5,
    "principal": 0.2,
    "shared_names": 0.1,
    "new_numbers": 0.3,
    "words": 0.03,
    "position": -0.5,
}


def omissions(story: Story, i: int) -> list[tuple[float, Unit, list[int], list[int]]]:
    """Units of report ``i`` that other reports leave out (no unit of theirs scores
    ``MatchOptions.omitted`` with it, and they do not tell it in other words: ``tells``):
    (centrality, unit, reports that carry it, reports that leave it out), the centrality judged
    against the first report that leaves it out."""
    principal = principal_names(story)
    n = len(story.units)
    others = [j for j in range(n) if j != i and story.units[j]]
    best = {j: story.best(i, j) for j in others}
    out: list[tuple[float, Unit, list[int], list[int]]] = []
    for u in story.units[i]:
        silent = [j for j in others if float(best[j][u.index]) < story.options.omitted]
        silent = [
            j
            for j in _silent(story, u, others, silent)
            if not past_brief(story, u, j) and not setting(story, u, j)
        ]
        if not silent:
            continue
        rank = centrality(story, u, silent[0], principal)
        if rank < story.options.central:
            continue
        carriers = [i] + [
            k
            for k in others
            if k not in silent
            and best[k][u.index] >= story.options.aligned
            and _carries(story, u, k)
        ]
        if n >= 3 and not central(story, u, len(carriers) - 1, n - 2, principal):
            continue
        out.append((rank, u, carriers, silent))
    return out


def _carries(story: Story, u: Unit, k: int) -> bool:
    """Whether the counterpart of ``u`` in report ``k`` (the unit aligned with it) tells its
    act: both tell a kind of act (``act_kinds``) and one is the same (``happening``: a killing
    told as a shooting or a death), or either tells none. A sentence on the same people that
    tells another of their acts ("Hale was charged with murder" / "Hale opened fire at the
    party") aligns by its names but carries another claim: it is no evidence of this one."""
    mine = act_kinds(u.text)
    if not mine:
        return True
    v = story.units[k][int(story.scores[(u.doc, k)][u.index].argmax())]
    theirs = act_kinds(v.text)
    return not theirs or bool(happening(mine) & happening(theirs))


BRIEF = 2  # claims of a report that tells no more than its event (a headline and a line)


def past_brief(story: Story, u: Unit, j: int) -> bool:
    """Whether report ``j`` is a brief (``BRIEF`` claims or fewer, in a story of three reports or
    more) and ``u`` is no lead claim: a brief tells the event and leaves out every detail by
    design, so only what another report opens on can be missing from it."""
    return len(story.units) >= 3 and len(story.units[j]) <= BRIEF and not u.lead


# a sentence that only sets an act told already in time and place: its subject names the act
# with a definite word and its verb says that it took place ("The fire broke out at 3 a.m. on
# Elm Street", "this robbery happened near the school")
_SETTING = re.compile(
    r"^\W*(?:the|this|that)\s+(?P<act>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+"
    r"(?:happened|occurred|took\s+place|unfolded|broke\s+out)\b",
    re.I,
)


def setting(story: Story, u: Unit, j: int) -> bool:
    """Whether ``u`` only sets an act in time and place (``_SETTING``: "The shooting happened
    about 9 p.m. on Elm Street"), telling no other act, or only adds a slot to an act it names
    as told already (``told_act_detail``: "The strike hit four trucks"), and report ``j``
    tells an act of that kind: ``j`` tells the event and leaves out its hour, its street or
    what it hit, a detail, not a claim left out (where the two give another time or place, the
    contradictions weigh them)."""
    m = _SETTING.match(u.text)
    r = report(story, j)
    if m is not None and not claim(story, u).acts:
        kinds = happening(event_kinds(m.group("act")))
    else:
        # a detail names no one the report leaves out ("The attack was claimed by a group")
        kinds = frozenset()
        if not toll(u) and all(a.lower() in r.lower for a in u.actors):
            kinds = claim(story, u).detail
    return bool(kinds) and any(kinds & s.kinds and s.tells for s in r.sentences)


def _silent(story: Story, u: Unit, others: list[int], silent: list[int]) -> list[int]:
    """The reports of ``silent`` that do not tell ``u`` (``tells``): a report found to tell it
    links it to the rest in turn, until none is found."""
    while True:
        told = [k for k in others if k not in silent]
        still = [j for j in silent if not tells(story, u, j, told)]
        if len(still) == len(silent):
            return still
        silent = still


def tells(story: Story, u: Unit, j: int, carriers: Sequence[int] = ()) -> bool:
    """Whether report ``j`` tells the claim of unit ``u`` although no unit of ``j`` scores
    ``MatchOptions.omitted`` with it, as one reader of both would judge: through a third report
    of ``carriers`` (``linked``), in the lead (``story_event``), in a paraphrase that keeps
    the words said of the actors (``paraphrased``) or the figures (``same_figures``), in
    two sentences (``split``), across the report (``scattered``), clause by clause
    (``clause_told``) or as the same kind of act done to the same someone (``same_event``)."""
    return linked(story, u, j, carriers) or told_directly(story, u, j)


def told_directly(story: Story, u: Unit, j: int) -> bool:
    """Whether report ``j`` tells the claim of ``u`` by one of the rules of ``tells`` that read
    ``u`` and ``j`` alone (all but ``linked``)."""
    return (
        story_event(story, u, j)
        or paraphrased(story, u, j)
        or same_figures(story, u, j)
        or same_counts(story, u, j)
        or other_figures(story, u, j)
        or near_match(story, u, j)
        or split(story, u, j)
        or scattered(story, u, j)
        or clause_told(story, u, j)
        or same_event(story, u, j)
        or close(story, u, j)
    )


def _counterpart(story: Story, u: Unit, j: int) -> Unit | None:
    """The unit of report ``j`` that scores best with ``u`` when it aligns with it
    (``MatchOptions.aligned`` or more)."""
    row = story.scores[(u.doc, j)][u.index]
    if row.size == 0 or float(row.max()) < story.options.aligned:
        return None
    return story.units[j][int(row.argmax())]


def linked(story: Story, u: Unit, j: int, carriers: Sequence[int]) -> bool:
    """One event told three ways (A as B, B as C, so A as C): the counterpart of ``u`` in a
    report of ``carriers`` (reports that tell it) has a counterpart in ``j`` at
    ``MatchOptions.omitted`` or more, or ``j`` tells it by the other rules of ``tells``
    (``told_directly``): whichever report's wording is read, one question is asked."""
    for k in carriers:
        v = _counterpart(story, u, k) if k != j else None
        if v is None:
            continue
        if float(story.best(k, j)[v.index]) >= story.options.omitted:
            return True
        if _worded(story, v, j) or (same_kind(u, v) and same_event(story, v, j)):
            return True
    return False


def _worded(story: Story, v: Unit, j: int) -> bool:
    """The rules of ``tells`` that read the wording of ``v`` in ``j``, not its act."""
    return (
        story_event(story, v, j)
        or paraphrased(story, v, j)
        or same_figures(story, v, j)
        or near_match(story, v, j)
    )


def same_kind(a: Unit, b: Unit) -> bool:
    """Whether two aligned claims tell the same kind of act (``act_kinds``, a killing told as
    a shooting or a death one kind: ``ONE_HAPPENING``): a sentence close in words may tell
    another act of the same people ("Hale was charged with murder" / "Hale shot a man")."""
    mine = act_kinds(a.text)
    return bool(mine) and mine <= happening(act_kinds(b.text))


def story_event(story: Story, u: Unit, j: int) -> bool:
    """``u`` is the event the story is about, and ``j`` opens on it too: a unit of a report's
    title or lead that aligns with the lead of ``j`` and with the lead of a third report (each
    report of one event opens on it, each in its own words)."""
    if not u.lead or not _leads(story, u, j):
        return False
    return sum(_leads(story, u, k) for k in range(len(story.units)) if k != u.doc) >= 2


def paraphrased(story: Story, u: Unit, j: int) -> bool:
    """The counterpart of ``u`` in ``j`` repeats at least ``MatchOptions.told_words`` of the
    content words of ``u`` other than names: it keeps what is said of the actors, not only who
    they are ("the club fired its coach after a poor start" / "a poor start cost the coach his
    job at the club")."""
    w = _counterpart(story, u, j)
    said = u.words - u.names
    if w is None or not said:
        return False
    return len(said & w.words) >= story.options.told_words * len(said)


def same_figures(story: Story, u: Unit, j: int) -> bool:
    """The counterpart of ``u`` in ``j`` gives every number ``u`` gives, however written
    ("three boats with 26 men aboard" / "26 crew were on the 3 boats")."""
    w = _counterpart(story, u, j)
    figures = set(numbers(u.text))
    return w is not None and bool(figures) and figures <= set(numbers(w.text))


def same_counts(story: Story, u: Unit, j: int) -> bool:
    """A unit of ``j`` close to ``u`` (a score of ``MatchOptions.contradict`` or more, a bar
    below that of an aligned pair) states every count of ``u`` that counts something, each
    with the same unit and a value that may be the same figure (``counts_agree``): one act
    with its own figures, told in other words ("took $4,100 from the fund" / "is accused of
    taking $4,100 from the fund"). A count of its own is what marks one act among those of a
    story; a claim with no counted thing is not read here, nor one whose counts are all ages:
    an age tells who, and many acts of one person are told with it ("a 61-year-old was
    arrested" / "a 61-year-old was charged")."""
    mine = [c for c in u.counts if c.unit]
    if all(c.unit == "age" for c in mine):  # (no count at all included)
        return False
    row = story.scores[(u.doc, j)][u.index]
    for c in np.flatnonzero(row >= story.options.contradict):
        w = story.units[j][int(c)]
        if all(any(x.unit == m.unit and counts_agree(m, x) for x in w.counts) for m in mine):
            return True
    return False


def other_figures(story: Story, u: Unit, j: int) -> bool:
    """In a story of three reports or more, the counterpart of ``u`` in ``j`` tells the same
    event with figures of its own: both give numbers, however they differ or are written ("a
    chase of 50 km at up to 190 km/h" / "chased him for 30 miles at up to 120 mph"). Figures
    that differ are for the contradictions to weigh, not a claim left out. With two reports the
    one other is often a retelling of the first, whose sentences keep their numbers whatever
    they say (``scattered``)."""
    if len(story.units) < 3 or not numbers(u.text):
        return False
    w = _counterpart(story, u, j)
    return w is not None and bool(numbers(w.text))


def near_match(story: Story, u: Unit, j: int) -> bool:
    """In a story of three reports or more, a claim most of the other reports carry is told by
    ``j`` when its counterpart there (``MatchOptions.aligned`` or more, though under
    ``MatchOptions.omitted``) names one of the same actors and repeats a word said of them: a
    weaker but real match of what every report tells ("the driver fled but was arrested by
    police" / "police caught up with the driver blocks away"). A claim few reports carry needs
    a full match, since a sentence on the same actors may well tell something else of them."""
    w = _counterpart(story, u, j)
    if len(story.units) < 3 or w is None:
        return False
    if not u.names & w.names or not (u.words - u.names) & w.words:
        return False
    carried, others = carried_by(story, u, j)
    return carried * 2 >= others


def split(story: Story, u: Unit, j: int) -> bool:
    """The claim of ``u`` told over two sentences of ``j``: its two units that score best with
    ``u`` repeat together at least ``MatchOptions.split_words`` of the content words of ``u``
    other than names ("the driver fled but was arrested nearby" / "the car fled the scene."
    ... "officers arrested the driver nearby.")."""
    row = story.scores[(u.doc, j)][u.index]
    said = u.words - u.names
    if row.size < 2 or not said:
        return False
    near = row.argsort()[-2:]
    words = story.units[j][int(near[0])].words | story.units[j][int(near[1])].words
    return len(said & words) >= story.options.split_words * len(said)


def scattered(story: Story, u: Unit, j: int) -> bool:
    """The claim of ``u`` told in pieces across ``j``, in a story of three reports or more: the
    claims of ``j``, wherever they lie, repeat at least ``MatchOptions.scattered_words`` of the
    content words of ``u`` other than names. A report that uses most of the words said of the
    actors tells what was said of them, however it orders and splits it ("the mayor closed the
    bridge after the flood damaged it" / "flood damage" ... "the bridge stays closed" ... "the
    mayor's order"). With two reports the one other is often a retelling of the first that
    shares its words whether or not it keeps this claim, so there the words alone tell nothing."""
    said = u.words - u.names
    if len(story.units) < 3 or not said:
        return False
    words = frozenset().union(*(v.words for v in story.units[j]))
    return len(said & words) >= story.options.scattered_words * len(said)


def _leads(story: Story, u: Unit, k: int) -> bool:
    """Whether unit ``u`` aligns with a unit of report ``k``'s title or lead."""
    row = story.scores[(u.doc, k)][u.index]
    return any(v.lead and float(row[v.index]) >= story.options.aligned for v in story.units[k])


def central(story: Story, u: Unit, carried: int, others: int, principal: frozenset[str]) -> bool:
    """In a story of three reports or more, a claim left out matters when it is in its report's
    lead (in a story of ``LEAD_ALONE`` reports or more, a lead that at least one other report
    carries, or a toll: what one report alone opens on, while two others or more tell the story
    without it, is that report's angle on it, a profile, a side issue or a framing; in a smaller
    story, a lead no other report carries that names no principal actor: a colleague's tribute,
    a suspect's state in custody, told by one report only), or, unless it tells of another time
    (``background``) or says an activity is going on (``ongoing``: "police are still
    investigating"), in any report that carries it, comes late in
    its report (``early``: what a report tells last matters least), tells only what is still to
    come of others than the principal actors (``to_come``: a fixture, a plan) or is marked as
    an addition to what was told (``added``, a toll aside), when more than half of the other reports
    (``others`` besides its own and the silent one) carry it, or it gives a toll (a
    count of people killed, hurt, missing, held, evacuated: ``toll``), or it is a statement of a
    principal actor (a name most reports carry: its speaker one) or an act of one that at least
    one other report carries too (a principal's word that one report alone quotes, past its
    lead, is that report's colour: a quip, praise, a view on the case). Another figure alone
    makes no claim central: a report gives many (a record, a tally of past years). A comment
    that names no one and nowhere, gives no figure or date, tells no event and is credited to no
    one ("sadly, it did not turn out that way") is no fact to be left out (``factual``), nor one
    that says what is not known or not told yet (``withheld``: "the name was not released"), nor
    a piece of a sentence (``fragment``), nor a bystander's word on the principal actors ("a
    neighbour said the mayor looked tired"), nor a headline (``headline``: its lead is judged
    instead), nor a claim that tells no act or happening (``eventful``: a description, a
    statistic, a view: "the slope is the steepest in the county"), since what one report leaves
    out of a story is an event the others tell, not a wording or a detail."""
    if not factual(u) or withheld(u) or headline(u) or fragment(u) or links(u):
        return False
    if not eventful(u) or not claim(story, u).told:
        return False
    if u.lead:
        if carried or toll(u):
            return True
        return len(story.units) < LEAD_ALONE and bool(u.names & principal)
    if any(background(story, v) or _goes_on(story, v) or ongoing(v) for v in _told_as(story, u)):
        return False
    if not early(story, u) or (to_come(u) and not u.names & principal and not toll(u)):
        return False
    if any(added(v) for v in _told_as(story, u)) and not toll(u):
        return False
    if carried * 2 > others or toll(u):
        return True
    if not carried:
        return False
    if u.speaker is not None:
        return bool(set(content_words(u.speaker)) & principal)
    return bool(u.names & principal and (u.events or u.quoted))


LEAD_ALONE = 4  # in a story of this many reports, a lead no other report carries is an angle


def to_come(u: Unit) -> bool:
    """Whether ``u`` dates only acts still to come (``prospective``: "the team is due to play
    the champions on Sunday", "the plant will reopen in May"): a plan or a fixture, no event
    that happened. One of others than the principal actors is no claim left out."""
    return bool(u.dates) and all(prospective(u.text, d.start - u.start) for d in u.dates)


def _told_as(story: Story, u: Unit) -> list[Unit]:
    """``u`` and its counterparts in the other reports (``MatchOptions.aligned`` or more)."""
    out = [u]
    for k in range(len(story.units)):
        if k != u.doc and (v := _counterpart(story, u, k)) is not None:
            out.append(v)
    return out


def fragment(u: Unit) -> bool:
    """Whether ``u`` is a piece of a sentence, not a sentence: it opens on a lowercase letter
    ("with her wife when the van struck them, said Sgt."; "[who was hurt] and left", an
    editor's bracket over the words cut), so its subject and its verb lie in the piece before.
    It makes no claim that can be shown on its own."""
    words_ = u.text.lstrip("\"'“‘([—– ").split(maxsplit=2)
    if not words_ or not words_[0][0].islower() or any(ch.isupper() for ch in words_[0]):
        return False  # "eBay fired ...", "al-Shabaab claimed ...": a name written so
    # "de Blasio said ...": a name's lowercase particle before its capitalised part
    return not (words_[0] in _NAME_PARTICLES and len(words_) > 1 and words_[1][:1].isupper())


def links(u: Unit) -> bool:
    """Whether ``u`` is a row of links, not a sentence: pieces set apart by vertical bars
    ("Mayor opens bridge | Storm closes school | Fair returns"), the titles of other stories
    a page lists beside its own."""
    return u.text.count(" | ") >= 2


_NAME_PARTICLES = frozenset({"de", "del", "della", "di", "da", "van", "von", "der", "la", "le"})


_ADDED = re.compile(r"\b(?:also|as well(?!\s+as\b)|in addition|additionally)\b", re.I)


def added(u: Unit) -> bool:
    """Whether ``u`` marks itself as an addition to what its report told already (an additive
    word: "the firm also lost a second contract", "the mayor visited the school as well"):
    past the lead, one more count, one more case or one more remark on the main event, not
    the event itself."""
    return _ADDED.search(u.text) is not None


# event, not an act another report must carry (a later report tells how it ended)
_GOING_ON = re.compile(
    r"\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:under\s*way|ongoing)\b"
    r"|\b(?:is|are|was|were)\s+still\s+[a-z]+ing\b"
    r"|\b(?:continues?|continued)(?:\s+to\s+[a-z]+|\s*[.,;]|\s*$)",
    re.I,
)


def ongoing(u: Unit) -> bool:
    """Whether ``u`` says that an activity is going on (``_GOING_ON``)."""
    return _GOING_ON.search(u.text) is not None


_END = (".", "!", "?", '"', "”", "'", "’", ":", ")")


def headline(u: Unit) -> bool:
    """Whether ``u`` is its report's headline: its first line, with no stop at its end ("Police
    arrest suspect in fatal hit and run"). A headline is no claim left out on its own: it sums
    up the lead below it, which is judged in its own words."""
    return u.index == 0 and not u.text.rstrip().endswith(_END)


def withheld(u: Unit) -> bool:
    """Whether ``u`` says that something is not known or not told yet (``data/withheld.txt``:
    "the name will be released after he is charged", "it was unclear why", "declined to
    comment"): no fact another report must carry, which a later report often gives."""
    return withheld_text(u.text)


EARLY_SHARE = 0.5  # a claim past this share of its report's claims is told late
EARLY_FEW = 4  # but the first claims of a short report are all early
EARLY_MOST = 12  # and none past this many, however long the report


def early(story: Story, u: Unit) -> bool:
    """Whether ``u`` is told early in its report: among its first half of claims (or its first
    ``EARLY_FEW``) and its first ``EARLY_MOST`` (a report tells the event first and its
    background, colour and reactions after: the inverted pyramid)."""
    return u.index < min(EARLY_MOST, max(EARLY_FEW, EARLY_SHARE * len(story.units[u.doc])))


def toll(u: Unit) -> bool:
    """Whether ``u`` gives a toll: a count of those something happened to, as
    ``data/count_roles.tsv`` names it ("230 passengers were evacuated", "killing five")."""
    return any(count_role(u.text, c.start - u.start, c.end - u.start) for c in u.counts)


_YEAR = re.compile(r"(?<![\d.,$])(?:19|20)\d\d(?![\d])")
DAYS_APART = 30  # a date this many days from every report's publication tells of another time


def background(story: Story, u: Unit) -> bool:
    """Whether ``u`` tells of another time than the story's event, so that it is background
    (a past record, an earlier incident), not the story: a phrase that says so ("earlier this
    week", "last month", "two years ago", "since 1991"), a year the story is not set in (the
    years of the reports' publication dates, else those its leads name: "a title won in 1983"),
    or a date ``DAYS_APART`` days or more from every publication date ("then on March 2")."""
    if another_time(u.text):
        return True
    years = _story_years(story)
    if years and any(y not in years for y in _YEAR.findall(u.text)):
        return True
    published = [d for r in story.records if (d := _day(r.meta.published)) is not None]
    days = [d for w in u.dates if (d := _day(w.value)) is not None]
    return bool(published and days) and all(
        abs((d - p).days) >= DAYS_APART for d in days for p in published
    )


def _goes_on(story: Story, u: Unit) -> bool:
    """Whether ``u`` goes on with the account of another time its report told just before it:
    it names no time of its own and repeats a word of that account ("Last month the navy sank
    a trawler." "The navy defended its actions."), so it is background too, and so is the next
    one that goes on with it in turn ("Last month the navy sank a trawler." "One sailor was
    killed in the attack." "The navy defended its actions."). A sentence that shares no word
    with the one before it has gone back to the story ("The bridge has had no lights since
    March." "The driver fled the scene.")."""
    if u.index == 0 or u.dates or u.lead:
        return False
    before = story.units[u.doc][u.index - 1]
    return bool(u.words & before.words) and (background(story, before) or _goes_on(story, before))


def _story_years(story: Story) -> frozenset[str]:
    published = {r.meta.published[:4] for r in story.records if r.meta.published}
    if published:
        return frozenset(published)
    return frozenset(y for us in story.units for u in us if u.lead for y in _YEAR.findall(u.text))


def _day(value: str | None) -> datetime.date | None:
    """The day an ISO value names (``YYYY-MM-DD`` or longer), else None."""
    if not value or len(value) < 10:
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        return None


def factual(u: Unit) -> bool:
    """Whether ``u`` states a fact one can check: it names someone or somewhere (a name found or
    a capitalised word past its first), gives a figure or a date, tells an event or is credited
    to a speaker."""
    if u.names or u.counts or u.dates or u.places or u.events or u.speaker:
        return True
    return any(m.start() > 2 for m in _CAPITALISED.finditer(u.text))


def omission_findings(
    story: Story, pairs: Sequence[tuple[int, int]], order: Sequence[int]
) -> list[Finding]:
    """The omissions of the story, most central first: one finding per unit left out, its
    ``other`` the reports (of ``pairs``, not near-copies) that leave it out, at most
    ``MatchOptions.cap`` for each pair of reports."""
    allowed = {frozenset(p) for p in pairs}
    ranked = [x for i in order for x in omissions(story, i)]
    ranked.sort(key=lambda x: -x[0])
    used: Counter[frozenset[int]] = Counter()
    limit = story.options.cap(len(story.units))
    out: list[Finding] = []
    told: list[Unit] = []
    shown: dict[int, set[tuple[int, int]]] = {}  # per silent report: sentences shown left out
    acts: dict[int, list[Unit]] = {}  # per silent report: the claims shown left out
    position = {d: x for x, d in enumerate(order)}  # each report's place in version order
    for _, u, carriers, silent in ranked:
        if any(
            v.doc in carriers
            and v.doc != u.doc
            and story.scores[(u.doc, v.doc)][u.index, v.index] >= story.options.aligned
            for v in told
        ):
            # the same claim of another report that carries it, judged already: a report found
            # to tell it in that wording tells it whichever wording is read (one question,
            # asked once, of its most central version)
            continue
        told.append(u)
        carriers = sorted(carriers, key=lambda d: position[d])
        # the evidence opens on the claim judged central (what an analyst reads of the finding),
        # then the sentences of the other reports that carry it, in version order
        ev = tuple(
            (
                d,
                u.span
                if d == u.doc
                else story.units[d][int(story.scores[(u.doc, d)][u.index].argmax())].span,
            )
            for d in sorted(carriers, key=lambda d: d != u.doc)
        )
        spans = {(d, sp.start) for d, sp in ev}
        other = []
        for j in silent:
            pair = frozenset((u.doc, j))
            if shown.get(j, set()) & spans:
                continue  # a sentence of this claim is already shown as left out by j
            if len(story.units) >= 3 and any(same_act(u, w) for w in acts.get(j, [])):
                continue  # the act of a claim already shown as left out by j, told again
            if pair in allowed and (limit is None or used[pair] < limit):
                used[pair] += 1
                other.append(j)
                shown.setdefault(j, set()).update(spans)
                acts.setdefault(j, []).append(u)
        if other:
            what = opening(ev[0][1].text)
            out.append(Finding("omission", "claim", what, tuple(carriers), tuple(other), ev))
    return out
