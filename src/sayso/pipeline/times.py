"""Times: explicit and relative dates normalised against meta.published.

Candidates come from two places: spaCy's ``DATE`` (and ``TIME``) entities, and a scan of the text
with the patterns below for what NER misses ("Oct. 18", "2023-10-18", "10/18/2023", "yesterday").
Each candidate is normalised to ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; vague ones ("recent
years", "daily", "decades") give nothing and are left out.

Rules (:func:`normalise`):

* explicit dates: ``October 18, 2023``, ``18 October 2023``, ``Oct. 18, 2023``, ``2023-10-18``,
  ``10/18/2023`` (month first unless the first number is over 12) -> ``YYYY-MM-DD``;
* a month and day without a year (``February 1``, ``Oct. 18``) need the publication date: the
  year is the one that puts the date nearest to it, days after publication counting double
  (news mostly reports what has happened): ``December 28`` published 2024-01-03 is 2023-12-28;
* month and year -> ``YYYY-MM``; ``January of last year`` -> ``YYYY-MM``; a month alone (inside a
  NER date only) -> ``YYYY-MM`` (its year by the tense, below); a year -> ``YYYY``;
* relative to publication: ``today``/``yesterday``/``tomorrow``/``last night``; weekdays
  (``Monday``, ``on Monday``: the most recent such day, the publication day included;
  ``last Monday``: strictly before; ``next Monday``: strictly after; ``this Monday``: by the
  tense); ``last/this/next month|year``; ``last/next March``; ``three days ago``. Without a
  publication date these give nothing;
* the tense of the clause (:class:`_Tenses`, from the parse) sets the direction of a month-day,
  a bare month or weekday: a past clause looks back ("was signed into law in February" in a
  December story: that February), a future one forward ("will meet on Monday", "are to be
  arraigned Thursday", "if they take office in January"); a present-tense clause ("faces trial
  Thursday") and a time set with ``for/until/by`` ("scheduled for Saturday") send a weekday
  forward; a month without tense is the publication year's unless 9 or more months back (the
  coming one) or 10 or more ahead (the past one); a weekday whose direction the clause leaves
  open ("are investigating a shooting Friday") is read only when it is the publication day;
* the story's own time: a month or month-day without year takes the year of an explicit date in
  its clause or a clause above it ("In 2008, the campaign began ads in mid-September": 2008-09),
  a past month-day the year of a dated day a sentence before it that it follows within weeks
  ("On March 2, 2015, ... On March 25, ..."); ``that November``, ``October of that year`` the
  latest explicit year before them in the paragraph, or nothing;
* not dates: a day relative to publication inside a quotation (the speaker's "tonight" is the
  day they spoke), a present-tense "today" (nowadays), relative dates written as titles ("USA
  Today", ABC's "This Week"), "March" before "on/for/against" (the March on Washington);
* a day that names a past event: ``the Sept. 11 attacks``, ``9/11`` -> ``2001-09-11``;
* seasons: ``last/this/next fall|spring|summer`` -> the year of that season; weeks: ``last
  week``, ``earlier this week``, ``next week`` -> ``YYYY-MM`` when all its days meant lie in
  one month, else nothing (the record has no week format).

Month names, weekday names and relative words are in ``sayso/data/time_words.json``.
When a NER date holds one date, the record keeps the NER span ("the year 2024"); when it holds
several ("October 18 and November 15, 2023" aside), each gets its own span.

This module (with its patterns in :mod:`sayso.pipeline.time_patterns`) is the one place that reads
dates: :func:`parse_date` reads one written-out calendar
date (cleanup's metadata lines, ``meta.published``), :func:`normalise` one date expression
against a publication date, and the times stage's values (``Record.times``) are what the rest of
Sayso reads instead of parsing the text again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from ..nlp import (
    char_tokens,
    children_of,
    ents_of,
    heads_of,
    root_of,
    sentence,
    sentence_chars,
    span_text,
    tokens_of,
)
from ..types import TimeExpr
from .base import State
from .time_patterns import (
    AHEAD,
    CONTEXT,
    EITHER,
    EXPLICIT_YEAR,
    FUTURE,
    NOW,
    PAST,
    WIDE,
    YEARLESS,
    Found,
    Patterns,
    key,
    parse_date,
    patterns,
    publication_date,
    ymd,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["AHEAD", "EITHER", "FUTURE", "NOW", "PAST", "TimeStage", "normalise", "parse_date"]

_DATE_ENTS = ("DATE", "TIME")


def normalise(expression: str, published: str | None, tense: int = NOW) -> str | None:
    """The value of a date expression against a ``YYYY-MM-DD`` publication date, or None.

    ``normalise("February 1", "2024-02-05") == "2024-02-01"``; vague expressions give None.
    ``tense`` (:data:`PAST`, :data:`NOW`, :data:`FUTURE`, :data:`AHEAD`, :data:`EITHER`) is that
    of the clause the expression
    is in: ``normalise("Monday", "2024-02-07", FUTURE) == "2024-02-12"``.
    """
    found = patterns().scan(
        expression, publication_date(published), weak=True, tense=lambda _: tense
    )
    if not found:
        return None
    value = min(found, key=lambda f: (f.rank, f.start)).value
    return None if value.startswith(CONTEXT) else value


class _Tenses:
    """The tense of the clause at a document offset, read from the parse:

    * FUTURE with a future auxiliary ("will meet on Monday"), under a future governor ("is due to
      vote in March"), ``be to`` ("are to be arraigned Thursday"), and for a present-tense verb
      after ``if``/``unless``/... ("if they take office in January");
    * PAST when the verb or one of its auxiliaries is in the past tense ("was signed in
      February", "has met"), or for a participle standing alone ("data released today"); a past
      participle that hangs off another verb ("When asked ... in October, he said") takes that
      verb's tense;
    * EITHER for a modal ("could air Monday"), a present progressive ("are examining a robbery
      Friday"), another present-tense subordinate clause, or a present clause whose date hangs
      from a noun ("are investigating a shooting Friday");
    * AHEAD for any other present-tense verb ("faces arraignment Thursday") and after
      ``for``/``until``/``by`` outside a past clause ("scheduled for Saturday");
    * else NOW."""

    def __init__(self, doc: Doc, pats: Patterns) -> None:
        self.doc = doc
        self.pats = pats
        self._at: dict[int, int] = {}  # offset -> tense: the scans ask about offsets again

    def __call__(self, offset: int) -> int:
        if offset not in self._at:
            self._at[offset] = self._tense_at(offset)
        return self._at[offset]

    def _tense_at(self, offset: int) -> int:
        bounds = char_tokens(self.doc, offset, offset + 1)
        if bounds is None or bounds[0] == bounds[1]:  # (an empty span)
            return NOW
        verb = root_of(self.doc, *bounds)
        heads, tokens = heads_of(self.doc), tokens_of(self.doc)
        up = tokens[heads[verb.i]]
        is_set = up.pos_ == "ADP" and up.lower_ in self.pats.open_preps
        noun = False  # the date names the time of a thing ("the shooting Friday"), not of the verb
        for _ in range(8):
            if verb.pos_ in ("VERB", "AUX") or heads[verb.i] == verb.i:
                break
            verb = tokens[heads[verb.i]]
            noun = noun or (verb.pos_ in ("NOUN", "PROPN") and verb.ent_type_ not in _DATE_ENTS)
        if verb.pos_ not in ("VERB", "AUX"):
            return NOW
        tense = self.tense(verb)
        if (
            is_set
        ):  # "set sentencing for Sept. 18", "is scheduled for Saturday"; "stopped by Monday"
            return NOW if tense == PAST else AHEAD
        return EITHER if noun and tense == AHEAD else tense

    def tense(self, verb: Token, depth: int = 0) -> int:
        auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
        if any(c.lower_ in self.pats.future_aux for c in auxes):
            return FUTURE
        if self._governed_future(verb):
            return FUTURE
        # "signed", "was signed", "did not sign", "has signed"
        if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxes):
            return PAST
        if any(c.tag_ == "MD" for c in auxes):
            return EITHER  # "could hit the airwaves Monday", "would hold ... Monday": which?
        finite = [t for t in (verb, *auxes) if t.tag_ in ("VBZ", "VBP")]
        if finite:
            marks = {c.lower_ for c in children_of(verb) if c.dep_ == "mark"}
            if verb.dep_ == "advcl" and marks & self.pats.future_marks:
                return FUTURE  # "if they take office in January"
            if verb.tag_ == "VBG" or (verb.dep_ == "advcl" and marks):
                return EITHER  # "are examining a robbery Friday", "after they are counted"
            return AHEAD
        head = verb.head
        # a past participle hangs from its verb; a gerund does not ("warned, pointing to the
        # March vote" may speak of what is to come)
        hangs = (
            verb.tag_ == "VBN" and verb.dep_ in ("advcl", "conj") and head.pos_ in ("VERB", "AUX")
        )
        if hangs and head.i != verb.i and depth < 4:
            return self.tense(head, depth + 1)  # "When asked ... in October, he said"
        # a participle alone ("data released today"); an infinitive or modal ("agreed to meet in
        # March", "may be rigged") says nothing
        return PAST if verb.tag_ == "VBN" and not auxes else NOW

    def _governed_future(self, verb: Token) -> bool:
        """ "plans to travel on Friday", "is due to vote in March", "are to be arraigned"."""
        gov = verb
        while gov.dep_ in ("xcomp", "conj") and gov.head.i != gov.i:
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(gov))
            gov = gov.head
            if (
                gov.lemma_.lower() in self.pats.future_governors
                or (to and gov.lemma_ == "be")
                or any(
                    c.dep_ == "aux" and c.lower_ in self.pats.future_aux for c in children_of(gov)
                )
            ):
                return True
        return False


def _entity_dates(
    state: State, pats: Patterns, pub: dt.date | None, tense: _Tenses
) -> Iterator[Found]:
    """The dates inside spaCy's DATE and TIME entities, in document offsets: the entity's span
    when it holds one date ("the year 2024"), else one span each."""
    for ent in ents_of(state.doc):
        if ent.label_ not in ("DATE", "TIME"):
            continue
        base = ent.start_char
        text = span_text(state.doc, ent.start, ent.end)  # ent.text, without its Tokens
        found = pats.scan(text, pub, weak=ent.label_ == "DATE", tense=tense, base=base)
        if len(found) == 1:
            yield Found(base, ent.end_char, found[0].value, found[0].rank)
        else:
            yield from (Found(base + f.start, base + f.end, f.value, f.rank) for f in found)


class _Context:
    """What a date's surroundings change: a month or month-day without its year takes the year
    the story gives ("In 2008, the campaign began ads in mid-September": 2008-09), and a day
    relative to publication is no date inside a quotation (the speaker's "tonight" is the day
    they spoke), in a name ("USA Today", "World News Tonight") or in a present-tense
    generality ("the ferry today is a museum")."""

    RELATIVE = frozenset({"relday", "week", "period", "season"})
    DAYS = frozenset({"iso", "numeric", "mdy", "dmy"})  # explicit dates with year and day
    NARRATIVE_DAYS = 60  # "On March 2, 2015, ... On March 25, ...": a story told day by day

    def __init__(self, state: State, pats: Patterns, pub: dt.date | None, tense: _Tenses) -> None:
        self.state = state
        self.pats = pats
        self.pub = pub
        self.tense = tense

    def kind(self, f: Found) -> str:
        return self.pats.specs[f.rank][0]

    def value(self, f: Found, found: list[Found]) -> str | None:
        kind = self.kind(f)
        if kind in self.RELATIVE and self._a_name(f):
            return None  # "USA Today", ABC's "This Week", "World News Tonight"
        if kind == "relday":
            return None if self._not_a_day(f) else f.value
        if kind == "month" and self._a_noun(f):
            return None  # "the March on Washington"
        if kind in YEARLESS or f.value.startswith(CONTEXT):
            year = self._story_year(f, found)
            if year is not None:
                return _with_year(f.value, year)
            return None if f.value.startswith(CONTEXT) else f.value
        return f.value

    def _token(self, offset: int) -> Token | None:
        bounds = char_tokens(self.state.doc, offset, offset + 1)
        return root_of(self.state.doc, *bounds) if bounds and bounds[0] < bounds[1] else None

    def _a_name(self, f: Found) -> bool:
        """A relative date written as a title ("This Week") not at the start of its sentence."""
        words = self.state.text[f.start : f.end].split()
        if not all(w[:1].isupper() for w in words):
            return False
        tok = self._token(f.start)
        if tok is None:
            return False
        sent = sentence(tok)
        return any(
            not t.is_punct and not t.is_space for t in tokens_of(tok.doc)[sent.start : tok.i]
        )

    def _not_a_day(self, f: Found) -> bool:
        """A day relative to publication that is no day: the speaker's "tonight" inside a
        quotation, a present-tense "today" (nowadays)."""
        if self.state.quotes.inside(f.start):
            return True
        tok = self._token(f.start)
        if tok is None or tok.lower_ != "today" or self.tense(f.start) not in (AHEAD, EITHER):
            return False
        verb = _verb_of(tok)  # "is weighing today whether to ...", "could rule today": the day
        return verb is None or not (
            verb.tag_ == "VBG" or any(c.tag_ == "MD" for c in children_of(verb))
        )

    def _a_noun(self, f: Found) -> bool:
        """ "the March on Washington": a month name before one of its nouns' words, with no date
        word before it."""
        text = self.state.text
        word = text[f.start : f.end]
        after = self.pats.month_nouns.get(word)
        if not after:
            return False
        nxt = re.match(r"\s+(\w+)", text[f.end : f.end + 20])
        prev = re.search(r"(\w+)\W*$", text[max(0, f.start - 20) : f.start])
        if prev is not None and key(prev.group(1)) in self.pats.month_before:
            return False
        return nxt is not None and key(nxt.group(1)) in after

    def _story_year(self, f: Found, found: list[Found]) -> int | None:
        """The year an explicit date earlier in the story gives ``f``: one in the same clause or
        a clause above it; for "that November" also the latest before it in the paragraph; for
        a past month-day, a dated day of that sentence or the one before in the paragraph that
        it follows within a few weeks (a story told day by day)."""
        tok = self._token(f.start)
        if tok is None:
            return None
        sent = sentence(tok)
        para = self.state.text.rfind("\n", 0, f.start) + 1
        earlier = [g for g in found if g.end <= f.start and self.kind(g) in EXPLICIT_YEAR]
        verb = _verb_of(tok)
        for g in reversed(earlier):
            if g.start < sent.start_char:
                break
            gtok = self._token(g.start)
            gverb = _verb_of(gtok) if gtok is not None else None
            if verb is not None and gverb is not None and _governs(gverb, verb):
                return int(g.value[:4])
        before = [g for g in earlier if g.start >= para]
        if f.value.startswith(CONTEXT):
            return int(before[-1].value[:4]) if before else None
        prev_start = sentence_chars(self.state.doc, sent.start - 1)[0] if sent.start else 0
        dated = [g for g in before if g.start >= prev_start and self.kind(g) in self.DAYS]
        if not dated or self.tense(f.start) != PAST:
            return None
        anchor = dt.date.fromisoformat(dated[-1].value)
        moved = _with_year(f.value, anchor.year)
        if moved is None or len(moved) < 10 or moved[:4] == f.value[:4]:
            return None
        days = (dt.date.fromisoformat(moved) - anchor).days
        return anchor.year if 0 <= days <= self.NARRATIVE_DAYS else None


def _governs(gov: Token, verb: Token) -> bool:
    """True when ``verb`` is ``gov`` or below it, not through a coordination ("arrived in April
    2024, and signed ... in July": the second clause has a time of its own)."""
    for _ in range(12):
        if verb.i == gov.i:
            return True
        if verb.dep_ == "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _verb_of(tok: Token) -> Token | None:
    """The verb a token hangs from (itself when it is one), or None."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _with_year(value: str, year: int) -> str | None:
    """``value`` (YYYY-MM-DD, YYYY-MM or the context form ?-MM) in ``year``."""
    parts = value.split("-")[1:]
    if len(parts) == 2:
        return ymd(year, int(parts[0]), int(parts[1]))
    return f"{year:04d}-{parts[0]}"


class TimeStage:
    name: ClassVar[str] = "times"
    # 4: weekdays in present-tense and scheduled clauses, "next March", "that November", years
    # the story itself gives, no "today" inside quotations, names or present-tense generalities
    version: ClassVar[str] = "4"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("times",)

    def __call__(self, state: State) -> None:
        pats = patterns()
        pub = publication_date(state.meta.published)
        skip = [f.span for f in state.meta.flags if f.kind in pats.skip_flags]
        tense = _Tenses(state.doc, pats)
        scanned = pats.scan(state.text, pub, weak=False, tense=tense)
        # a named day ("the Sept. 11 attacks") and a month of the story's time ("that November")
        # are read with the words around them, which a NER date ("Sept. 11") leaves out
        wide = [f for f in scanned if pats.specs[f.rank][0] in WIDE]
        found: list[Found] = [
            t
            for t in _entity_dates(state, pats, pub, tense)
            if not any(f.start < t.end and t.start < f.end for f in wide)
        ]
        for f in scanned:
            if not any(t.start < f.end and f.start < t.end for t in found):
                found.append(f)
        found = [f for f in found if not any(s.start < f.end and f.start < s.end for s in skip)]
        found.sort(key=lambda f: (f.start, f.end))
        context = _Context(state, pats, pub, tense)
        state.times = [
            TimeExpr(state.span(f.start, f.end), value)
            for f in found
            if (value := context.value(f, found)) is not None
        ]
