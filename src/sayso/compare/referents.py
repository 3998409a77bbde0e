"""Whether two differing values in two reports are values of one thing, read off the words next
to each value (no parse: the records carry none). Each rule names a way two values may differ
without any disagreement:

* counts of different sets: "five people were killed" / "seven people were hurt" (what happened
  to what is counted: ``data/count_roles.tsv``); "three more were hurt" / "ten were hurt" (a new
  count against a whole); "in the last eight years" / "eight years ago" (a period counted back
  from now against a plain count); "a 10-day strike" / "ten days later" (a measure of a thing
  against a count); "80 yards per game" / "900 yards" (a rate against a total); "two of the
  victims" / "five victims" (a part against a whole); "the toll rose to 12" / "8 were killed"
  (a rolling toll at two times against a plain count): both counts must be of one kind to
  disagree; a count of two sets joined ("420 passengers and crew")
  against a count of one ("246 passengers"); counts over two stretches of time ("a dozen cases in
  the past two years" / "14 cases since 2005");
* ages of two people: before nouns of men and of women ("a 40-year-old man" / "a 42-year-old
  woman": ``data/person_nouns.tsv``); the age of someone the other sentence names but gives
  another age to someone else ("Lee, 14," / "a 17-year-old girl shot Lee"); the age of a
  relative ("her 3-year-old brother") against the age of someone else ("a 6-year-old boy");
* sums of money paid or owed for two things: "held on $5,000 bail" / "$20,000 in damages" (the
  words the sum stands next to share none);
* a date of a statement ("police said Friday", "announced on Monday", "the mayor on Friday
  said") and a date of an act ("was arrested Thursday"): statements come after what they tell
  of; dates of two acts: each date's verb ("evicted on Monday" / "appealed on Wednesday") written
  nowhere in the other sentence, and the words that govern the dates (``frames.date_frame``)
  sharing none (where no verb stands next to a date, the event the events stage dates with it:
  "killed a man ... on Aug. 1"); the date of an act told as coming after another ("charged on
  Saturday after opening fire") against an earlier or equal date of a report that never names
  the later act ("opened fire on Friday"); the date of an act to come ("will open the bridge in
  2031", "is expected to appear in court on Thursday", "Kim to open bridge in 2031") against
  the date of one told as done ("opened it in 2019"): a plan and a past act are two acts; the
  start of a stretch of time ("the first title since 1987") against the date of an act ("last
  won it in 2003"); two bare years of one life whose clauses mean two acts to the sentence
  model, framed by no common word and no common name but a place's ("founded a clinic in
  1995" / "became president of the society in 2019");
* dates of a night or of two clocks: two dates a day apart where either is at night ("late
  Sunday", "overnight", "early Monday") or on a named clock ("local time", "GMT"): the same
  moment may fall on two days;
* places in another role: where someone comes from or lives ("a man from Ohio", "Smith, of
  Dover,", "who lived in Dover") is not where it happened ("in Ohio"), nor the first word of a
  longer name ("the Dover Rovers"), nor a place something was near ("near Dover", "outside
  Dover", "a suburb of Dover"): two places disagree only in one role ("near Dover" / "near
  Westbay" do);
* one name spelt two ways: a short form ("Dan" / "Daniel"), an abbreviation ("Mt" / "Mount"),
  the same letters in another order ("Kelvin" / "Klevin"), one letter doubled, dropped or two
  swapped ("Marshall" / "Marshal"): the same name, no two names; a place named with words before
  its common name ("Tarn Mount Kessel" / "Mt Kessel": ``spelling.py``).
"""

from __future__ import annotations

import datetime
import functools
import re

from .. import resources as data
from ..lexicon import phrase_alternation, shared_words
from .features import NUMBER_WORDS, stopwords
from .frames import age_head, date_frame, date_words, saying
from .scores import CLAUSE_WORDS, clause_best, pieces
from .slots import Count, When, dates_agree, unit_stem
from .spelling import spelt_alike
from .units import Unit

__all__ = [
    "count_change",
    "count_role",
    "counted_apart",
    "date_role",
    "different_things",
    "joined_set",
    "night_or_clock",
    "place_role",
    "prospective",
    "sex_of",
    "stretch",
]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|[,;:()]|\d[\d,.]*")
_STOP = frozenset({",", ";", ":", "(", ")", "and", "but", "while", "whereas", "after", "before"})
ROLE_AFTER = 4  # words after a count read for what happened to what it counts
ROLE_BEFORE = 3  # words before it
_NEW = re.compile(r"\b(?:another|an\s+additional|a\s+further)\s+$", re.I)
_NEW_AFTER = re.compile(r"\s+(?:more|other|additional|new|further)\b", re.I)
_PERIOD = re.compile(r"\b(?:last|past|next|previous|first|final)\s+$", re.I)
_MEASURE_AFTER = re.compile(r"-(?!year-old|years-old)[a-z]+\s+[a-z]", re.I)  # "a 10-day strike"
_ARTICLE = re.compile(r"\b(?:a|an)\s+$", re.I)  # "a 55 mph limit": a number after "a" measures
_FIGURE = re.compile(r"\d[\d,.]*")  # a bare figure: not a sum ("a $500 fine"), nor an age
_UNIT_NOUN = re.compile(r"\s+[a-z]+\s+[a-z]{3,}\b")  # its unit, then the noun it measures
_RATE_AFTER = re.compile(
    r"^[\w\s.-]{0,25}?\b(?:per|an?\s+(?:hour|day|night|week|month|year|game|match|head))\b",
    re.I,
)  # "80 yards per game", "$40 an hour": a rate
_PART_AFTER = re.compile(r"\s+of\s+(?:the|them|those|these|their|its|his|her|our)\b", re.I)
_TOTAL = re.compile(r"\b(?:a\s+total\s+of|totall?ing|in\s+all\s+of|altogether)\s+$", re.I)
_TOTAL_AFTER = re.compile(r"^[\w\s-]{0,20}?\b(?:in\s+all|in\s+total|altogether|combined)\b", re.I)
_ROLLING = re.compile(
    r"\b(?:(?:rose|risen|rises|climbed|climbs|jumped|increased|grew|grown|reached|reaches|"
    r"bringing\s+(?:the\s+)?(?:\w+\s+){0,2}to)(?:\s+to)?|(?:toll|tally|count)\s+(?:now\s+)?"
    r"(?:stands|stood|is)\s+at|now)\s+(?:at\s+least\s+|more\s+than\s+|about\s+)?$",
    re.I,
)
_ROLLING_AFTER = re.compile(r"^[\w\s-]{0,25}?\b(?:so\s+far|to\s+date|as\s+of)\b", re.I)
_NIGHT = re.compile(
    r"\b(?:night|overnight|midnight|late|early|am|pm|local\s+time|GMT|UTC|[ECMP][SD]?T|BST|CET|"
    r"IST)\b|\b[ap]\.m\.",
)
NIGHT_WINDOW = 25  # characters either side of a date read for a night or a clock
_ORIGIN_BEFORE = re.compile(
    r"(?:\bfrom|,\s*(?:of|from)|\b(?:native|resident|residents|natives)\s+of|\bborn\s+in|"
    r"\b(?:lived|lives|living|grew\s+up|home|based|headquartered)\s+in)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_ORIGIN_AFTER = re.compile(r"(?:-based|\s+native|\s+resident|-born)\b", re.I)
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+|\d+[a-z]+)")  # "Dover Rovers", "Dover 49ers": a name
_NEAR_BEFORE = re.compile(
    r"\b(?:near|outside|nearby|close\s+to|suburb\s+of|outskirts\s+of|north\s+of|south\s+of|"
    r"east\s+of|west\s+of)\s+(?:the\s+)?$",
    re.I,
)


@functools.cache
def _roles() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in data.lines("data/count_roles.tsv", "sayso.compare"):
        role, _, words = line.partition("\t")
        out.update((w, role) for w in words.split())
    return out


def role_of(word: str) -> str | None:
    """What a word of ``data/count_roles.tsv`` says happened to people ("killed": "dead"),
    else None."""
    return _roles().get(word.lower())


def count_role(text: str, start: int, end: int) -> str | None:
    """What happened to what the count at ``start:end`` of ``text`` counts ("dead", "hurt",
    "held", "freed", "missing"): the role of the nearest role word after it within its clause
    ("five people were killed", "five dead"), else of the nearest before it ("killing five
    people"); None when neither names one."""
    roles = _roles()
    after = [m.group().lower() for m in _WORD.finditer(text, end, min(len(text), end + 60))]
    for w in after[:ROLE_AFTER]:
        if w in _STOP:
            break
        if w in roles:
            return roles[w]
    before = [m.group().lower() for m in _WORD.finditer(text, max(0, start - 50), start)][::-1]
    for w in before[:ROLE_BEFORE]:
        if w in _STOP:
            break
        if w in roles:
            return roles[w]
    return None


def count_change(text: str, start: int, end: int) -> str:
    """How the count at ``start:end`` of ``text`` stands to others of its kind: "new" (another
    five, five more, five other), "period" (a stretch of time or of a series counted back or on
    from now: the last five years, the past ten games, the next two days), "measure" (joined
    to its unit before another noun: a 10-day strike, a three-game streak, an 86-year history,
    or after "a" with its unit and that noun: a 55 mph limit),
    "rate" (80 yards per game, $40 an hour), "part" (two of the victims, three of them),
    "total" (a total of five, five in all), "rolling" (a toll that rose to five, five so far),
    else ""."""
    left = text[max(0, start - 60) : start]
    if _NEW.search(left) or _NEW_AFTER.match(text, end):
        return "new"
    if _PERIOD.search(left):
        return "period"
    if _MEASURE_AFTER.match(text, end) or (
        _ARTICLE.search(left)
        and _FIGURE.fullmatch(text, start, end)
        and _UNIT_NOUN.match(text, end)
    ):
        return "measure"
    if _RATE_AFTER.match(text[end : end + 40]):
        return "rate"
    if _PART_AFTER.match(text, end):
        return "part"
    if _ROLLING.search(left) or _ROLLING_AFTER.match(text[end : end + 40]):
        return "rolling"
    if _TOTAL.search(left) or _TOTAL_AFTER.match(text[end : end + 30]):
        return "total"
    return ""


@functools.cache
def _sexes() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in data.lines("data/person_nouns.tsv", "sayso.compare"):
        sex, _, nouns = line.partition("\t")
        out.update((n, sex) for n in nouns.split())
    return out


def sex_of(noun: str | None) -> str | None:
    """ "male" or "female" for a noun of a person ("woman", "boys"), else None."""
    if noun is None:
        return None
    w = noun.lower()
    return (
        _sexes().get(w)
        or _sexes().get(w.removesuffix("s"))
        or _sexes().get(w.replace("men", "man"))
    )


_DATE_FILLER = frozenset({"on", "late", "early", "last", "this", "the", "of"})


def date_role(text: str, start: int, end: int | None = None) -> str:
    """ "statement" when the date written at ``start:end`` of ``text`` dates a statement (its
    nearest word before, "on", "late" and the like aside, reports one: "said Friday",
    "announced on Monday"; or the word right after it: "the mayor on Friday said"), else
    "act"."""
    if end is not None:
        after = _WORD.match(text[end:].lstrip())
        if after is not None and saying(after.group()):
            return "statement"
    for m in reversed(list(_WORD.finditer(text, max(0, start - 40), start))):
        w = m.group().lower()
        if w in _DATE_FILLER:
            continue
        return "statement" if saying(w) else "act"
    return "act"


def night_or_clock(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` of ``text`` falls at night or names a clock ("late
    Sunday", "Sunday night", "early Monday", "2 a.m. Monday", "Monday local time")."""
    window = text[max(0, start - NIGHT_WINDOW) : end + NIGHT_WINDOW]
    return _NIGHT.search(window) is not None


def _day_apart(a: When, b: When) -> bool:
    """Whether two dates are one day apart: two weekdays next to each other, or two full dates."""
    if a.weekday is not None and b.weekday is not None:
        return (a.weekday - b.weekday) % 7 in (1, 6)
    if len(a.value) == len(b.value) == 10:
        try:
            gap = datetime.date.fromisoformat(a.value) - datetime.date.fromisoformat(b.value)
        except ValueError:
            return False
        return abs(gap.days) == 1
    return False


def place_role(text: str, start: int, end: int) -> str:
    """The role of the place at ``start:end`` of ``text``: "origin" (where someone or something
    comes from or lives: "a man from Ohio", "Smith, of Dover,", "a Dover-based firm", "who lived
    in Dover"), "name" (the first word of a longer name: "the Dover Rovers", "Dover 49ers",
    not a weekday or a month after it), "near" (a place something was near: "near Dover",
    "outside Dover"), else "where"."""
    left = text[max(0, start - 30) : start]
    if _ORIGIN_BEFORE.search(left) or _ORIGIN_AFTER.match(text, end):
        return "origin"
    after = _NAME_AFTER.match(text, end)
    if after is not None and after.group(1).lower() not in date_words():
        return "name"
    if _NEAR_BEFORE.search(left):
        return "near"
    return "where"


def different_things(what: str, va: str, vb: str, a: Unit, b: Unit) -> str | None:
    """Why value ``va`` of unit ``a`` and value ``vb`` of unit ``b`` (of two reports) are
    values of two things, not two values of one: the rule that tells them apart (the module's
    list), else None."""
    if what == "number":
        return _counts_apart(va, vb, a, b)
    if what == "date":
        return _dates_apart(va, vb, a, b)
    if what in ("place", "actor") and spelt_alike(va, vb):
        return "one name spelt two ways"
    if what == "place":
        return _places_apart(va, vb, a, b)
    return None


def counted_apart(ca: Count, text_a: str, cb: Count, text_b: str) -> str | None:
    """Why count ``ca`` of ``text_a`` and ``cb`` of ``text_b`` (each text starting where its
    count's offsets start from) count two things by the words next to them: what happened to
    what they count ("three died" / "five were hurt"), ages before nouns of two sexes ("a
    40-year-old man" / "a 23-year-old woman"); else None."""
    ra = count_role(text_a, ca.start, ca.end)
    rb = count_role(text_b, cb.start, cb.end)
    if ra is not None and rb is not None and ra != rb:
        return "counts of different sets"
    if ca.unit == cb.unit == "age":
        sa = sex_of(age_head(text_a, ca.end))
        sb = sex_of(age_head(text_b, cb.end))
        if sa is not None and sb is not None and sa != sb:
            return "ages of two people"
    return None


def _local(c: Count, u: Unit) -> Count:
    return Count(c.lo, c.hi, c.unit, c.start - u.start, c.end - u.start, c.text, c.plain)


def _counts_apart(va: str, vb: str, a: Unit, b: Unit) -> str | None:
    ca = next((c for c in a.counts if c.text == va), None)
    cb = next((c for c in b.counts if c.text == vb), None)
    if ca is None or cb is None:
        return None
    apart = counted_apart(_local(ca, a), a.text, _local(cb, b), b.text)
    if apart:
        return apart
    ka = count_change(a.text, ca.start - a.start, ca.end - a.start)
    kb = count_change(b.text, cb.start - b.start, cb.end - b.start)
    if ka != kb:
        return f"a {ka or 'plain'} count against a {kb or 'plain'} count"
    if joined_set(a.text, ca.end - a.start) != joined_set(b.text, cb.end - b.start):
        return "a count of two sets joined against a count of one"
    wa = stretch(a.text, (ca.start - a.start, ca.end - a.start))
    wb = stretch(b.text, (cb.start - b.start, cb.end - b.start))
    if wa is not None and wb is not None and wa != wb:
        return "counts over two stretches of time"
    if ca.unit == cb.unit == "age" and (
        _ages_of_two_people(ca.start - a.start, ca.end - a.start, a.text, cb, b)
        or _ages_of_two_people(cb.start - b.start, cb.end - b.start, b.text, ca, a)
    ):
        return "ages of two people"
    if ca.unit == cb.unit == "$":
        ta = money_thing(a.text, ca.start - a.start, ca.end - a.start)
        tb = money_thing(b.text, cb.start - b.start, cb.end - b.start)
        if ta and tb and not ta & tb:
            return "sums for two things"
    return None


_JOINED = re.compile(r"\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\s+(?:and|&)\s+([a-z][\w-]*)\b")
_NOT_A_NOUN = frozenset(
    {"was", "were", "is", "are", "had", "have", "has", "will", "would", "could"}
)


def joined_set(text: str, end: int) -> str | None:
    """The noun joined to what the count ending at ``end`` of ``text`` counts, when the count
    counts both ("420 passengers and crew": "crew"); None for a count of one set ("246
    passengers and most of its crew", "five killed and ten hurt", "three men and a woman": a
    determiner, a number or a verb after "and" begins another count or clause)."""
    m = _JOINED.match(text, end)
    if m is None:
        return None
    w = m.group(2).lower()
    if w in stopwords() or w in _NOT_A_NOUN or w.endswith(_VERB_END) or w.endswith("ly"):
        return None
    return unit_stem(w)


_STRETCH = re.compile(
    r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+)?(?:1[89]|20)\d\d\b|"
    r"\b(?:in|over|during|within|for)\s+the\s+(?:past|last|previous|first)\s+(?:[\w/.-]+\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?|seasons?)\b|"
    r"\b(?:so\s+far\s+)?this\s+(?:year|season|month)\b",
    re.I,
)


def stretch(text: str, value: tuple[int, int] = (0, 0)) -> str | None:
    """The stretch of time a sentence counts over ("since 2005", "in the past two years", "so
    far this year"), lowercased, else None; None too when the stretch holds ``value`` (the
    start and end of a count: the count is then the stretch, not a count over it)."""
    m = _STRETCH.search(text)
    if m is None or (m.start() < value[1] and value[0] < m.end()):
        return None
    return " ".join(m.group().lower().split())


_POSSESSIVE = re.compile(r"(?:\b(?:his|her|their|its|our|my|your)|['’]s)\s+$", re.I)
_NAME_COMMA = re.compile(r"([A-Z][\w'’-]*[a-z]),\s$")


def age_referent(text: str, start: int, end: int) -> tuple[str, str] | None:
    """Whose age the age at ``start:end`` of ``text`` is: ("name", the name) for "Lee, 14," and
    "a 14-year-old Lee"; ("relative", the noun) for an age after a possessive ("her 3-year-old
    brother": someone named by their tie to another); ("noun", the noun) for "a 14-year-old
    boy"; None when no word tells."""
    m = _NAME_COMMA.search(text[max(0, start - 30) : start])
    if m is not None:
        return "name", m.group(1)
    head = age_head(text, end)
    if head is None:
        return None
    if head[:1].isupper():
        return "name", head
    if _POSSESSIVE.search(text[max(0, start - 12) : start]):
        return "relative", head
    return "noun", head


# what follows a person's mention: a passive ("was shot", "had been stabbed": acted on) or an
# active verb with its own object ("had stabbed her", "shot a man": acting on someone else)
_HEAD_WORDS = re.compile(r"\s+[A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


@functools.cache
def _acted_on() -> re.Pattern[str]:
    """A passive right after a mention (``SharedWords.passive_auxiliaries``: "was shot")."""
    aux = phrase_alternation(sorted(shared_words().passive_auxiliaries))
    return re.compile(rf"\s*,?\s*(?:who\s+)?(?:{aux})\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|t)\b", re.I)


@functools.cache
def _acting() -> re.Pattern[str]:
    """An active verb with its own object right after a mention ("had stabbed her": the
    perfect's auxiliaries, ``SharedWords.perfect_auxiliaries``; the object opened by a pronoun,
    a determiner or a number, ``SharedWords.object_pronouns``, ``noun_determiners``,
    ``slots.NUMBER_WORDS`` from two to nineteen: "shot two guards")."""
    words = shared_words()
    perfect = phrase_alternation(sorted(words.perfect_auxiliaries))
    numbers = {w for w, n in NUMBER_WORDS.items() if 2 <= n <= 19}
    opener = phrase_alternation(sorted(words.object_pronouns | words.noun_determiners | numbers))
    return re.compile(
        rf"\s*,?\s*(?:who\s+)?(?:\w+ly\s+)?(?:(?:{perfect})\s+)?(?:\w+ly\s+)?\w+ed\s+"
        rf"(?:{opener}|\d+)\b",
        re.I,
    )


def age_role(text: str, start: int, end: int) -> str | None:
    """Whether the person whose age is at ``start:end`` of ``text`` is told as acted on
    ("a 41-year-old woman was stabbed", "Ann Lee, 41, was shot": "acted on") or as acting on
    someone else ("Tom Reyes, 44, had stabbed her": "acting"), by the words right after the
    mention; None when they tell neither ("Tom Reyes, 36, had just locked up", "died")."""
    if _NAME_COMMA.search(text[max(0, start - 30) : start]) is not None:
        after = end  # "Tom Reyes, 44, had stabbed her": the words after the age
    else:
        head = _HEAD_WORDS.match(text, end)  # "a 41-year-old woman", "36-year-old Tom Reyes"
        if head is None:
            return None
        after = head.end()
    if _acted_on().match(text, after):
        return "acted on"
    if _acting().match(text, after):
        return "acting"
    return None


def _ages_of_two_people(start: int, end: int, text: str, other: Count, b: Unit) -> bool:
    """Whether the age at ``start:end`` of ``text`` and the age ``other`` of unit ``b`` are the
    ages of two people: the first is the age of a relative and the second is not the age of
    the same kind of relative, or the first is the age of someone named whom ``b`` names too
    while giving its age to someone else."""
    mine = age_referent(text, start, end)
    if mine is None:
        return False
    o_start, o_end = other.start - b.start, other.end - b.start
    theirs = age_referent(b.text, o_start, o_end)
    if theirs is None:
        return False
    if mine[0] == "relative" and theirs != mine:
        return True
    if mine[0] == "name" and not (theirs[0] == "name" and spelt_alike(mine[1], theirs[1])):
        named = re.search(rf"\b{re.escape(mine[1])}\b", b.text)
        if named is None:
            return False
        full = _FULL_NAME.match(b.text, o_end)  # "a 23-year-old Ann Lee": her whole name
        if full is not None and named.start() < full.end() and named.end() > full.start():
            return False
        return not o_start - NAMED_NEAR <= named.start() <= o_end
    return False


_FULL_NAME = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s?){1,4}")


NAMED_NEAR = 40  # characters before an age within which a name is the name of its person


MONEY_BEFORE = 3  # content words before a sum read for what it is paid or owed for


def money_thing(text: str, start: int, end: int) -> frozenset[str]:
    """What the sum of money at ``start:end`` of ``text`` is paid or owed for: the stems of the
    first content word after it ("$5,000 bail", "$2 million in damages") and of the
    ``MONEY_BEFORE`` content words before it ("bail of $5,000", "bond set Friday at $5,000")
    back to a name or the end of its clause, numbers, dates and words of saying left out."""
    stop = stopwords()

    def content(w: str) -> bool:
        return w.lower() not in stop and w[:1].isalpha() and not w[:1].isupper() and not saying(w)

    out: set[str] = set()
    for m in _WORD.finditer(text, end, min(len(text), end + 40)):
        w = m.group()
        if w in _STOP or w[:1].isupper():
            break
        if content(w):
            out.add(unit_stem(w))
            break
    seen = 0
    for m in reversed(list(_WORD.finditer(text, max(0, start - 50), start))):
        w = m.group()
        if w.lower() in data.day_words() or w.lower() in data.month_words():
            continue
        if w in _STOP or seen == MONEY_BEFORE or w[:1].isupper():
            break  # a name begins another phrase
        if content(w):
            out.add(unit_stem(w))
            seen += 1
    return frozenset(out)


def _dates_apart(va: str, vb: str, a: Unit, b: Unit) -> str | None:
    da = next((d for d in a.dates if d.text == va), None)
    db = next((d for d in b.dates if d.text == vb), None)
    if da is None or db is None:
        return None
    if _one_moment(da, a, db, b):
        return "a night or a clock: one moment on two days"
    if any(_one_moment(da, a, x, b) for x in b.dates if x is not db and x.dated) or any(
        _one_moment(x, a, db, b) for x in a.dates if x is not da and x.dated
    ):
        return "a date with its counterpart among the other's dates: the others date other acts"
    if _far_from_weekday(da, db) or _far_from_weekday(db, da):
        return "a weekday of the week reported against a date of another time"
    role_a = date_role(a.text, da.start - a.start, da.end - a.start)
    if role_a != date_role(b.text, db.start - b.start, db.end - b.start):
        return "the date of a statement against the date of an act"
    if prospective(a.text, da.start - a.start) != prospective(b.text, db.start - b.start):
        return "the date of an act to come against the date of an act done"
    if _since(a.text, da.start - a.start) != _since(b.text, db.start - b.start):
        return "the start of a stretch of time against the date of an act"
    if _act_after(da, a, db, b) or _act_after(db, b, da, a):
        return "the date of an act told after another: the other date may be the other act's"
    if _one_named_thing(da, a, db, b) or _one_named_thing(db, b, da, a):
        return None  # one named thing dated two ways: its date is disputed
    if _one_edition(da, a, db, b) or _one_edition(db, b, da, a):
        return None  # one edition of a recurring event dated two ways
    va_, vb_ = (
        date_act(a.text, da.start - a.start, da.end - a.start) or _stem(da.act),
        date_act(b.text, db.start - b.start, db.end - b.start) or _stem(db.act),
    )
    if (
        va_
        and vb_
        and va_ != vb_
        and not _has_word(b.text, va_)
        and not _has_word(a.text, vb_)
        and not date_frame(a.text, da.start - a.start) & date_frame(b.text, db.start - b.start)
    ):
        return "dates of two acts"
    if _career(da, a, db, b):
        return "dates of two acts of one life, each told by words the other never writes"
    return None


def _career(da: When, a: Unit, db: When, b: Unit) -> bool:
    """Whether dates ``da`` of unit ``a`` and ``db`` of unit ``b``, both bare years, date two
    acts of one life ("founded a clinic in the hill town in 1995" / "became president of the
    society in 2019"): the words framing the two dates (``frames.date_frame``) share none, no
    one name (other than a place's) stands right before both ("Hurricane Kora in 2005" / "destroyed
    in Hurricane Kora in 2007": one thing dated two ways), and the clauses of the two dates'
    acts (``_act_clause``) mean two things to the sentence model (under ``ACT_ALIKE``: "set up
    the firm in" / "the firm was founded in" mean one act told two ways)."""
    if not (_YEAR_ONLY.fullmatch(da.text) and _YEAR_ONLY.fullmatch(db.text)):
        return False  # a life is told in years; the day of the story's event is told as a day
    if date_frame(a.text, da.start - a.start) & date_frame(b.text, db.start - b.start):
        return False
    name = _named_before(da, a)
    if name is not None and name == _named_before(db, b):
        return False
    return clause_best([_act_clause(da, a)], [_act_clause(db, b)])[0] < ACT_ALIKE


def _act_clause(d: When, u: Unit) -> str:
    """The clause that tells the act the date ``d`` of ``u`` dates: the one that ends on the
    date ("founded a clinic in"), or, where the date opens its clause ("In 1995, she founded
    a clinic"), the one that follows it."""
    before = pieces(u.text[: d.start - u.start])
    if before and len(before[-1].split()) >= CLAUSE_WORDS:
        return before[-1]
    after = [c for c in pieces(u.text[d.end - u.start :]) if len(c.split()) >= CLAUSE_WORDS]
    return after[0] if after else u.text


ACT_ALIKE = 0.6  # cosine of two clauses that tell one act (set on invented pairs of clauses)
_YEAR_ONLY = re.compile(r"(?:1[89]|20)\d\d")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’.-]*\s+)+)(?:in|on|of)\s+$")


def _named_before(d: When, u: Unit) -> str | None:
    """The name written right before the date ``d`` of ``u`` ("Hurricane Kora in 2005"), not a
    place's (where an act happened is no act)."""
    m = _NAME_BEFORE.search(u.text, max(0, d.start - u.start - 40), d.start - u.start)
    if m is None:
        return None
    name = m.group(1).strip()
    if any(name in p.name or p.name in name for p in u.places):
        return None
    return name.casefold()


def _one_named_thing(d: When, u: Unit, other: When, v: Unit) -> bool:
    """Whether the date ``d`` of ``u`` dates a happening of nature named right before it
    (``_named_before``, opened by a word of ``named_happening_heads``: "the pier was wrecked by
    Storm Idris in 2004"; not a person or a body, each of whose acts has its own date) that the
    clause of the other date's act writes too, in any spelling (``spelt_alike``: "when Storm
    Idriss struck the pier in 2001"): one named thing, dated two ways, whatever each report
    says it did."""
    name = _named_before(d, u)
    if name is None or not set(name.split()[:-1]) & shared_words().named_happening_heads:
        return False
    clause = _act_clause(other, v)
    n = len(name.split())
    run = rf"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{{n - 1}}}"
    return any(
        spelt_alike(name, m.group(1).casefold()) for m in re.finditer(rf"(?=\b({run}))", clause)
    )


# an edition of a recurring event, numbered by an ordinal right before its name, then the date:
# "hosted the 31st Lumen Awards in 2015"
_EDITION = re.compile(r"\b\d+(?:st|nd|rd|th)\s+((?:[A-Z][\w'’.-]*\s+)+)(?:in|of)\s+$")
_NAME_RUN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def _one_edition(d: When, u: Unit, other: When, v: Unit) -> bool:
    """Whether the bare year ``d`` of ``u`` dates one edition of a recurring event, numbered by
    an ordinal right before its name ("hosted the 31st Lumen Awards in 2015"), and the bare
    year ``other`` of ``v`` is written beside that name, spelt alike: the name nearest before
    it in its clause ("her turn as Lumen Awards host in 2012"), or, where the year opens its
    clause, the first name after it ("In 2012, she steadied the Lumen Awards"). One numbered
    edition dated two ways, whatever each report says was done at it; a name other than the
    edition's beside the other year ("after Ivo Marsh in 2012") dates something else."""
    if not (_YEAR_ONLY.fullmatch(d.text) and _YEAR_ONLY.fullmatch(other.text)):
        return False
    m = _EDITION.search(u.text, max(0, d.start - u.start - 60), d.start - u.start)
    if m is None:
        return False
    near = _name_beside(other, v)
    return near is not None and spelt_alike(m.group(1).strip(), near)


def _name_beside(d: When, u: Unit) -> str | None:
    """The name written beside the date ``d`` of ``u``: the nearest name before it in its
    clause, or, where the date opens its clause (``_act_clause``), the first name after it."""
    at = d.start - u.start
    before = pieces(u.text[:at])
    if not before or len(before[-1].split()) < CLAUSE_WORDS:
        after = _NAME_RUN.search(_act_clause(d, u))
        return after.group() if after else None
    names = list(_NAME_RUN.finditer(before[-1]))
    return names[-1].group() if names else None


_AFTER = re.compile(r",?\s*(?:after|following)\s", re.I)
_SINCE = re.compile(r"\bsince\s+(?:(?:the|early|late|mid)[\s-]+)?$", re.I)


def _since(text: str, start: int) -> bool:
    """Whether the date at ``start`` of ``text`` opens a stretch of time ("the first title since
    1987", "closed since March"): the start of a state, not the date of an act in it."""
    return _SINCE.search(text, max(0, start - 20), start) is not None


# what tells an act as still to come in the clause before its date: a future auxiliary, a
# schedule ("is expected to", "was set to", "plans to"), or a headline's bare "Name to host"
_PROSPECTIVE = re.compile(
    r"\b(?:will|shall|won['’]t)\s|['’]ll\s"
    r"|\b(?:is|are|was|were|be|been)\s+(?:expected|set|scheduled|slated|due|poised|going)\s+to\s"
    r"|\b(?:plans?|planned|intends?|intended|hopes?|hoped|aims?|aimed)\s+to\s"
    r"|^(?:[A-Z][\w'’.-]*\s+)+to\s+[a-z]+\s",
)
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014]|\s[-\u2013]\s")


def prospective(text: str, start: int) -> bool:
    """Whether the date at ``start`` of ``text`` dates an act still to come: its clause (from the
    last comma, colon, bracket or dash before it) tells the act as planned or future ("will open
    the bridge in 2031", "is expected to face charges on Thursday", a headline's "Kim to open
    bridge in 2031"), not done."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, start)]
    clause = text[breaks[-1] if breaks else 0 : start].lstrip()
    return _PROSPECTIVE.search(clause) is not None


def _act_after(d: When, u: Unit, other: When, v: Unit) -> bool:
    """Whether date ``d`` of unit ``u`` dates an act told as coming after another ("was charged
    on Saturday after opening fire": the date of the charge, the shooting before it) that unit
    ``v`` never names (``date_act``), ``v``'s date ``other`` no later than ``d``: ``v`` may date
    the earlier act ("opened fire on Friday")."""
    if not _AFTER.match(u.text, d.end - u.start):
        return False
    act = date_act(u.text, d.start - u.start, d.end - u.start)
    if act is None or _has_word(v.text, act):
        return False
    if len(d.value) == len(other.value) == 10:
        return other.value <= d.value
    return True


def _one_moment(da: When, a: Unit, db: When, b: Unit) -> bool:
    """Whether dates ``da`` of unit ``a`` and ``db`` of unit ``b`` may name one moment: the same
    day, or a day apart where either is at night or on a named clock."""
    if dates_agree(da, db):
        return True
    return _day_apart(da, db) and (
        night_or_clock(a.text, da.start - a.start, da.end - a.start)
        or night_or_clock(b.text, db.start - b.start, db.end - b.start)
    )


WEEK = 7  # days from its report's week beyond which a full date is not what a weekday names


def _far_from_weekday(day: When, other: When) -> bool:
    """Whether ``day`` is a bare weekday (resolved against its report's date) and ``other`` a
    full date more than ``WEEK`` days from it."""
    if day.weekday is None or day.dated or not other.dated:
        return False
    if len(day.value) != 10 or len(other.value) != 10:
        return False
    try:
        gap = datetime.date.fromisoformat(day.value) - datetime.date.fromisoformat(other.value)
    except ValueError:
        return False
    return abs(gap.days) > WEEK


_VERB_END = ("ed", "ing")
ACT_WORDS = 6  # words either side of a date read for the act it dates


def date_act(text: str, start: int, end: int) -> str | None:
    """The act the date at ``start:end`` of ``text`` dates: the stem of the nearest word before
    it in its clause that reads as a verb ("-ed", "-ing": "was arrested on Friday", "filed
    charges Monday"), else of the word right after it ("police on Friday arrested"); None when
    no word tells (a verb of saying dates a statement: ``date_role``)."""
    before = list(_WORD.finditer(text, max(0, start - 60), start))[::-1][:ACT_WORDS]
    for m in before:
        w = m.group()
        if w in _STOP:
            break
        if _verb(w):
            return w.lower()[:5]
    after = _WORD.match(text[end:].lstrip())
    if after is not None and _verb(after.group()):
        return after.group().lower()[:5]
    return None


def _stem(trigger: str | None) -> str | None:
    """The stem ``date_act`` gives for an event's trigger (its first word), None for none."""
    return trigger.split()[0].lower()[:5] if trigger and trigger.split() else None


def _verb(w: str) -> bool:
    lw = w.lower()
    return (
        lw.endswith(_VERB_END)
        and len(lw) > 4
        and not w[:1].isupper()
        and lw not in ("according", "including", "during", "following")
    )


def _has_word(text: str, prefix: str) -> bool:
    return re.search(rf"\b{re.escape(prefix)}", text, re.I) is not None


def _places_apart(va: str, vb: str, a: Unit, b: Unit) -> str | None:
    roles_a = {place_role(a.text, m.start(), m.end()) for m in re.finditer(re.escape(va), a.text)}
    roles_b = {place_role(b.text, m.start(), m.end()) for m in re.finditer(re.escape(vb), b.text)}
    if roles_a and roles_b and not roles_a & roles_b:
        return "places in different roles"
    return None
