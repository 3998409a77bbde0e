"""Where the accounts of one story disagree: omissions, contradictions, qualifications and
attributions between the documents of a story, each with its sentences as evidence.

Claims are the sentences of each document's body. Two documents' sentences are aligned by their
content words; then, in version order (earlier ``published`` first, then input order):

* omission: a sentence that carries a claim (enough content words and a name, number, date,
  quote or event) and has no counterpart in another document, whose text also lacks most of its
  words. The documents that carry it assert it; the silent ones are ``other``.
* contradiction: two aligned sentences that say the same except for one slot: a number, a date,
  a place, an actor ("who did it"), or a negation. Not two counts of two things (what happened
  to what they count, ages of a man and a woman: ``referents.counted_apart``), a place and a
  place inside it or named in full ("Tarn Mount Kessel" / "Mt Kessel"), dates with other words
  beside them, nor a clock written with its minutes ("4:00 p.m." is "4 p.m.").
* qualification: two aligned sentences where one adds a hedge or a denial ("may have",
  "reportedly", "denied") that the other lacks; the plain one asserts, the hedging one is other.
* attribution: the same words credited to different speakers (aligned attributions whose
  resolved speakers share no name word), or a changed name in the speaker slot.

Events are lined up too, by PLOVER type and actors, and attributions by speaker and words
(``claims.py``): an event one document has and another provably lacks is an omission, one only
intended or hypothetical in another document a qualification, when the sentence comparison has
not found them already.

Precision comes first: a slot is only contradicted when the rest of the two sentences agree
(``CompareOptions.aligned``) and the two values really differ after normalisation.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .. import resources as data
from ..types import Record, Span, stable_id
from . import matching
from .base import (
    CompareOptions,
    Finding,
    MatchOptions,
    Sentence,
    Token,
    body_sentences,
    first_hedge,
)
from .base import best_match as _best
from .base import overlap as _overlap
from .claims import EventClaim, QuoteClaim, align_events, align_quotes, event_findings, settle
from .features import NUMBER_WORDS, content_words, normalise_number, stopwords
from .frames import date_words as _dates
from .omissions import carried_by, central, past_brief, principal_names, tells
from .referents import counted_apart, place_role
from .slots import Count, counts, counts_agree, places_agree
from .spelling import named_within, spelt_alike

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP"})
_NEGATIONS = frozenset({"not", "n't", "no", "never", "nobody", "none", "neither", "nor"})
_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|[A-Za-z]+(?:['’][A-Za-z]+)?|n['’]t|[^\w\s]")
_ON_THE_HOUR = re.compile(r"(\d{1,2}):00")  # "4:00" (p.m.): the hour "4" written with its minutes


# -- sentences -------------------------------------------------------------------------------


def _norm(tok: str) -> str:
    t = tok.lower().replace("’", "'")
    hour = _ON_THE_HOUR.fullmatch(t)
    if hour:
        return hour.group(1)
    if t[:1].isdigit():
        return normalise_number(t) or t
    n = NUMBER_WORDS.get(t)
    return str(n) if n is not None else t


def tokens(text: str, offset: int = 0) -> list[Token]:
    return [
        Token(offset + m.start(), offset + m.end(), m.group(), _norm(m.group()))
        for m in _TOKEN.finditer(text)
    ]


def _marks(record: Record) -> dict[str, list[tuple[int, int]]]:
    """Where the record's facts lie, by kind: place, actor, date (its times), claim (quoted
    content and event triggers) and source (the speakers as written)."""
    marks: dict[str, list[tuple[int, int]]] = {
        "place": [], "actor": [], "date": [], "claim": [], "source": []
    }  # fmt: skip
    for ent in record.entities:
        key = "place" if ent.type in PLACE_TYPES else "actor" if ent.type in ACTOR_TYPES else None
        if key:
            marks[key].extend((m.start, m.end) for m in ent.mentions)
    marks["date"].extend((t.span.start, t.span.end) for t in record.times)
    for a in record.attributions:
        marks["claim"].extend((c.start, c.end) for c in a.content)
        if a.source is not None:
            marks["source"].append((a.source.start, a.source.end))
    marks["claim"].extend((ev.trigger.start, ev.trigger.end) for ev in record.events)
    return marks


def sentences(record: Record, doc: int, options: CompareOptions) -> list[Sentence]:
    """The body sentences of ``record`` (the ``doc``-th of its story), each with its tokens,
    content words, the facts inside it and whether it carries a claim."""
    text = record.text
    marks = _marks(record)
    out: list[Sentence] = []
    for s, e in body_sentences(record):
        chunk = text[s:e]
        if chunk.startswith(("http://", "https://", "www.")):
            continue
        toks = tokens(chunk, s)
        words = set(content_words(chunk))
        inside = {k: [(a, b) for a, b in v if a < e and s < b] for k, v in marks.items()}
        has_fact = bool(
            inside["claim"]
            or inside["place"]
            or inside["actor"]
            or inside["date"]
            or any(t.norm[:1].isdigit() for t in toks)
        )
        claim = len(words) >= options.min_words and has_fact
        out.append(Sentence(doc, s, e, chunk, toks, words, claim, inside))
    return out


# -- alignment -------------------------------------------------------------------------------


def _ratio(a: Sentence, b: Sentence) -> float:
    return difflib.SequenceMatcher(
        None, [t.norm for t in a.tokens], [t.norm for t in b.tokens], autojunk=False
    ).ratio()


def _in(marks: list[tuple[int, int]], toks: Sequence[Token]) -> bool:
    return any(a < t.end and t.start < b for t in toks for a, b in marks)


def _classify(a: Sentence, b: Sentence, ta: list[Token], tb: list[Token]) -> str | None:
    """What one changed stretch is: number, date, place, actor (or None: a paraphrase)."""
    na = [t.norm for t in ta]
    nb = [t.norm for t in tb]
    if set(na) == set(nb):
        return None
    words_a = {w for w in na if w.isalpha()}
    words_b = {w for w in nb if w.isalpha()}
    # words that make a changed stretch a date where the times stage gave it no value
    date_words = _dates()
    if (_in(a.spans["date"], ta) and _in(b.spans["date"], tb)) or (
        words_a & date_words and words_b & date_words
    ):
        if _deictic(a, ta) != _deictic(b, tb):
            return None  # "this afternoon" / "Monday afternoon": one day, told two ways
        if _beside_date(a, ta, date_words) != _beside_date(b, tb, date_words):
            return None  # "on Friday" / "will appear in court on Monday": the date of another act
        return "date"
    num_a = [w for w in na if w[:1].isdigit()]
    num_b = [w for w in nb if w[:1].isdigit()]
    if num_a and num_b and set(num_a) != set(num_b):
        if words_a - set(num_a) != words_b - set(num_b):
            return None  # "4 people" vs "3 officers": not the same slot
        return _numbers(a, b, ta, tb)
    if _in(a.spans["place"], ta) and _in(b.spans["place"], tb):
        name_a, name_b = _place_name(a, ta), _place_name(b, tb)
        if named_within(name_a, name_b) or places_agree(name_a, name_b):
            return None  # "Tarn Mount Kessel" / "Mt Kessel"; a town and its state: one place
        return "place" if _role(a, ta) == _role(b, tb) else None
    if _in(a.spans["actor"], ta) and _in(b.spans["actor"], tb):
        caps = all(t.text[:1].isupper() for t in ta + tb if t.text[:1].isalpha())
        if caps and spelt_alike(" ".join(t.text for t in ta), " ".join(t.text for t in tb)):
            return None  # one name spelt two ways
        if words_a <= stopwords() or words_b <= stopwords():
            return None  # "Lee" / "He": a pronoun stands for a name, no other one
        if caps:
            if _in(a.spans.get("source", []), ta) or _in(b.spans.get("source", []), tb):
                return "speaker"
            return "actor"
    return None


def _numbers(a: Sentence, b: Sentence, ta: list[Token], tb: list[Token]) -> str | None:
    """What a changed stretch of two differing numbers is: a number, a date (a day of a month),
    or None where the two count two things."""
    units_a, units_b = _count_units(a, ta), _count_units(b, tb)
    if units_a and units_b and not units_a & units_b:
        return None  # "15,800-square-metre" / "170,000-square-foot": one size, two units
    count_a, count_b = _count_in(a, ta), _count_in(b, tb)
    if count_a and count_b and counted_apart(count_a, a.text, count_b, b.text):
        return None  # "three died" / "five were hurt": counts of two things
    if (
        count_a
        and count_b
        and count_a.unit == count_b.unit == "age"
        and counts_agree(count_a, count_b)
    ):
        return None  # "aged 40" / "aged 41": one person's age told a year apart
    near = _neighbours(a, ta) | _neighbours(b, tb)
    return "date" if near & data.month_words() else "number"


def _count_units(s: Sentence, toks: Sequence[Token]) -> set[str]:
    """What the counts of ``s`` written in ``toks`` count (``slots.counts``: the word after
    each, the last part of a hyphened compound)."""
    return {
        c.unit
        for c in counts(s.text, s.start)
        if c.unit and any(c.start < t.end and t.start < c.end for t in toks)
    }


def _count_in(s: Sentence, toks: Sequence[Token]) -> Count | None:
    """The first count of ``s`` written in ``toks``, its offsets from the start of ``s``."""
    a, b = toks[0].start - s.start, toks[-1].end - s.start
    return next((c for c in counts(s.text) if c.start < b and a < c.end), None)


def _beside_date(s: Sentence, toks: Sequence[Token], date_words: frozenset[str]) -> set[str]:
    """The content words of a changed stretch outside its dates: "will appear in court on
    Monday" holds "appear" and "court" beside its date, "on Friday" none."""
    return {
        t.norm
        for t in toks
        if t.norm.isalpha() and t.norm not in date_words and not _in(s.spans["date"], [t])
    } - stopwords()


def _negated(words: set[str]) -> bool:
    """Whether ``words`` hold a negation: a word of ``_NEGATIONS`` or one contracted with it
    ("couldn't", "won't": "could not" and "couldn't" say the same)."""
    return bool(words & _NEGATIONS) or any(
        w.endswith("n't") or (w.endswith("nt") and w[:-2] in _AUXILIARIES) for w in words
    )


# auxiliaries whose "n't" is often written without its apostrophe ("cant", "dont", "didnt")
_AUXILIARIES = frozenset(
    {"ca", "do", "does", "did", "wo", "is", "are", "was", "were", "could", "would", "should",
     "has", "have", "had", "must", "need", "ai"}
)  # fmt: skip


_ABSOLUTE_DATE = re.compile(r"\d")


def _deictic(s: Sentence, toks: list[Token]) -> bool:
    """Whether a changed stretch names its date only by where it stands to the day of writing
    ("this afternoon", "today", "yesterday"): no digit, month or weekday in it. Against a
    weekday or a date it may name the same day."""
    weekdays = {str(d).lower() for d in data.time_words()["weekdays"]}
    absolute = data.month_words() | weekdays
    return not any(_ABSOLUTE_DATE.search(t.text) or t.norm in absolute for t in toks)


def _role(s: Sentence, toks: list[Token]) -> str:
    """The role of the first place in ``toks`` (a stretch of ``s``): "near X" and "a man from X"
    say no place where something happened (``referents.place_role``); two places disagree only
    in one role."""
    t = next(t for t in toks if _in(s.spans["place"], [t]))
    return place_role(s.text, t.start - s.start, t.end - s.start)


def _place_name(s: Sentence, toks: list[Token]) -> str:
    """The whole place mention of ``s`` that holds the first place token of ``toks``."""
    t = next(t for t in toks if _in(s.spans["place"], [t]))
    a, b = next((a, b) for a, b in s.spans["place"] if a < t.end and t.start < b)
    return s.text[max(a, s.start) - s.start : b - s.start]


def _neighbours(s: Sentence, toks: list[Token]) -> set[str]:
    if not toks:
        return set()
    i = s.tokens.index(toks[0])
    j = s.tokens.index(toks[-1])
    return {t.norm for t in s.tokens[max(0, i - 2) : j + 3]}


def _hedged(toks: Sequence[Token]) -> str | None:
    return first_hedge([t.norm if t.text != "May" else "<month>" for t in toks])


def _about(s: Sentence, limit: int = 10) -> str:
    words = s.text.split()
    return " ".join(words[:limit]) + (" …" if len(words) > limit else "")


def compare_pair(
    a: Sentence, b: Sentence, options: CompareOptions
) -> list[tuple[str, str | None, str]]:
    """The divergences between two aligned sentences (``a`` the earlier version):
    (kind, what, about) for each changed slot."""
    if a.text == b.text:
        return []
    na = [t.norm for t in a.tokens]
    nb = [t.norm for t in b.tokens]
    sm = difflib.SequenceMatcher(None, na, nb, autojunk=False)
    if sm.ratio() < options.aligned:
        return []
    out: list[tuple[str, str | None, str]] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            continue
        ta, tb = a.tokens[i1:i2], b.tokens[j1:j2]
        added = {t.norm for t in tb} - {t.norm for t in ta}
        removed = {t.norm for t in ta} - {t.norm for t in tb}
        if (
            (_negated(added) or _negated(removed))
            and not (_negated(added) and _negated(removed))
            and max(len(ta), len(tb)) <= options.max_slot
        ):  # a longer stretch with a negation in it is a clause added or cut, not a "not"
            out.append(("contradiction", "negation", _about(a)))
            continue
        hedge_b, hedge_a = _hedged(tb), _hedged(ta)
        if hedge_b and not hedge_a and hedge_b not in " ".join(na):
            out.append(("qualification", "claim", f"{_about(a)} ({hedge_b})"))
            continue
        if hedge_a and not hedge_b and hedge_a not in " ".join(nb):
            out.append(("qualification-reversed", "claim", f"{_about(b)} ({hedge_a})"))
            continue
        if op != "replace" or max(len(ta), len(tb)) > options.max_slot:
            continue
        what = _classify(a, b, list(ta), list(tb))
        if what is None:
            continue
        was = " ".join(t.text for t in ta)
        now = " ".join(t.text for t in tb)
        if what == "speaker":
            out.append(("attribution", "actor", f"{was} / {now}: {_about(a, 8)}"))
        else:
            out.append(("contradiction", what, f"{was} / {now}: {_about(a, 8)}"))
    return out


# -- the story -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Claim:
    """One line of a story's accounts side by side: the sentence of each document (by position
    in the story) that says it, None where a document has no counterpart."""

    about: str
    claim: bool  # whether the first sentence carries a claim (names, numbers, dates, quotes)
    cells: tuple[Span | None, ...]


def align(records: Sequence[Record], options: CompareOptions | None = None) -> list[Claim]:
    """Every body sentence of the story's documents, lined up: each sentence of a document
    joins the line of its best counterpart in an earlier version (the same content-word
    overlap ``find`` aligns by, ``CompareOptions.matched``), else starts a line of its own,
    placed after the line of its document's previous sentence."""
    options = options or CompareOptions()
    order = version_order(records)
    sents = {i: sentences(records[i], i, options) for i in order}
    lines: dict[tuple[int, ...], list[Sentence | None]] = {}
    line_of: dict[tuple[int, int], tuple[int, ...]] = {}  # (doc, sentence start) -> line key
    children: dict[tuple[int, ...], int] = {}  # line key -> lines placed right after it
    for x, i in enumerate(order):
        previous: tuple[int, ...] = () if x == 0 else (-1,)
        for s in sents[i]:
            key = line_of.get((i, s.start))
            if key is None:
                n = children.get(previous, 0)
                children[previous] = n + 1
                key = (*previous, n)
                cells: list[Sentence | None] = [None] * len(records)
                cells[i] = s
                lines[key] = cells
                line_of[(i, s.start)] = key
                for j in order[x + 1 :]:
                    free = [t for t in sents[j] if (j, t.start) not in line_of]
                    t, score = _best(s, free)
                    if t is not None and score >= options.matched:
                        cells[j] = t
                        line_of[(j, t.start)] = key
            previous = key
    out = []
    for key in sorted(lines):
        cells = lines[key]
        first = next(c for c in cells if c is not None)
        out.append(
            Claim(
                _about(first),
                first.claim,
                tuple(Span(c.start, c.end, c.text) if c else None for c in cells),
            )
        )
    return out


def version_order(records: Sequence[Record]) -> list[int]:
    """Positions of ``records``, first version first: dated documents in order of ``published``
    (input order on the same day), each undated document kept at its place in the input (its
    date is unknown, so nothing says it came later)."""
    dated = [i for i in range(len(records)) if records[i].meta.published]
    by_date = sorted(dated, key=lambda i: (records[i].meta.published or "", i))
    slots = dict(zip(dated, by_date, strict=True))
    return [slots.get(i, i) for i in range(len(records))]


def find(
    records: Sequence[Record],
    options: CompareOptions | None = None,
    copies: Sequence[tuple[int, int]] = (),
) -> list[Finding]:
    """Every divergence between the documents of one story (positions into ``records``).

    ``copies`` (near-duplicate pairs) are compared like any other pair: a trimmed wire copy
    still leaves out what it cut; the ``copies`` field of the line says they are not
    independent.
    """
    return find_with_claims(records, options, copies)[0]


def find_with_claims(
    records: Sequence[Record],
    options: CompareOptions | None = None,
    copies: Sequence[tuple[int, int]] = (),
) -> tuple[list[Finding], list[EventClaim | QuoteClaim]]:
    """``find``, and the story's events and quotes lined up as claims (``claims.py``): the
    sentence comparison, then the event omissions and qualifications it has not found."""
    options = options or CompareOptions()
    order = version_order(records)
    sents = {i: sentences(records[i], i, options) for i in order}
    words_of = {i: {w for s in sents[i] for w in s.words} for i in order}
    findings: list[Finding] = []
    reported: set[tuple[int, int]] = set()  # (doc, sentence start) already part of an omission
    for x, i in enumerate(order):
        for s in sents[i]:
            counterparts: dict[int, Sentence | None] = {}
            for j in order:
                if j == i:
                    continue
                t, score = _best(s, sents[j])
                covered = len(s.words & words_of[j]) / len(s.words) if s.words else 1.0
                if t is not None and score >= options.matched:
                    counterparts[j] = t
                elif covered >= options.covered:
                    counterparts[j] = t if t is not None and score > 0 else None
                else:
                    counterparts[j] = None
            # omission: first version of a claim that some documents lack
            if s.claim and (i, s.start) not in reported:
                missing = [j for j, t in counterparts.items() if t is None]
                if missing:
                    carriers = [i] + [j for j, t in counterparts.items() if t is not None]
                    evidence = [(i, Span(s.start, s.end, s.text))]
                    for j in carriers[1:]:
                        t = counterparts[j]
                        assert t is not None
                        reported.add((j, t.start))
                        evidence.append((j, Span(t.start, t.end, t.text)))
                    findings.append(
                        Finding(
                            "omission", "claim", _about(s), tuple(carriers), tuple(missing),
                            tuple(evidence),
                        )
                    )  # fmt: skip
            # contradictions and the rest: against later versions only
            for j in order[x + 1 :]:
                t = counterparts.get(j)
                if t is None:
                    continue
                for kind, what, about in compare_pair(s, t, options):
                    ev = ((i, Span(s.start, s.end, s.text)), (j, Span(t.start, t.end, t.text)))
                    if kind == "qualification-reversed":
                        findings.append(Finding("qualification", what, about, (j,), (i,), ev))
                    else:
                        findings.append(Finding(kind, what, about, (i,), (j,), ev))
    findings.extend(_speaker_changes(records, order, findings))
    findings = _copies_only(_dedupe(findings), copies)
    claims = align_events(records, order, sents)
    settle(claims, records, order, sents, options)
    events = without_told(records, event_findings(claims, findings, order), options.claims)
    n = len(records)
    findings += _capped(events, findings, copies, options.claims, n)
    found = _new(matching.find(records, order, copies, options.claims), findings)
    findings += _capped(found, findings, copies, options.claims, n)
    return findings, [*claims, *align_quotes(records, order, sents, options)]


def without_told(records: Sequence[Record], found: list[Finding], m: MatchOptions) -> list[Finding]:
    """Omissions of ``found`` (the events lined up, ``claims.py``) less the reports that tell the
    claim by meaning, as the sentence model judges (``omissions.tells``: a counterpart scoring
    ``MatchOptions.omitted``, a paraphrase, a weaker match of what most reports carry, a third
    report that links the wordings), and less those for which the claim is not central
    (``omissions.central``), in a story of three reports or more: one judgement of what a
    report tells and of what matters, whichever way the omission was found."""
    if len(records) < 3 or not any(f.kind == "omission" for f in found):
        return found
    story = matching.score_story(records, m)
    principal = principal_names(story)
    out: list[Finding] = []
    for f in found:
        # the claim is the first sentence of its evidence, in one of the reports that carry it
        i = f.evidence[0][0] if f.kind == "omission" and f.evidence else -1
        start = f.evidence[0][1].start if i in f.asserted_by else -1
        u = next((v for v in story.units[i] if v.start <= start < v.end), None) if i >= 0 else None
        if u is None:
            out.append(f)
            continue
        carriers = [d for d in f.asserted_by if d != i]
        other = tuple(
            j
            for j in f.other
            if story.best(i, j)[u.index] < m.omitted
            and not past_brief(story, u, j)
            and not tells(story, u, j, carriers)
            and central(story, u, *carried_by(story, u, j), principal)
        )
        if other:
            out.append(Finding(f.kind, f.what, f.about, f.asserted_by, other, f.evidence, f.values))
    return out


def _capped(
    found: list[Finding],
    held: list[Finding],
    copies: Sequence[tuple[int, int]],
    m: MatchOptions,
    reports: int,
) -> list[Finding]:
    """``found`` within what is left of ``MatchOptions.cap`` omissions for each pair of
    reports that are not near-copies, after those ``held``; a report is not told twice to leave
    out a claim (an omission sharing a sentence with one ``held`` or kept for that report)."""
    shown: dict[int, set[tuple[int, int]]] = {}
    for f in held:
        if f.kind == "omission":
            for j in f.other:
                shown.setdefault(j, set()).update((d, sp.start) for d, sp in f.evidence)
    found = _not_again(found, shown)
    limit = m.cap(reports)
    if limit is None:
        return found
    copied = {frozenset(p) for p in copies}
    used: Counter[frozenset[int]] = Counter(
        frozenset((i, j))
        for f in held
        if f.kind == "omission"
        for i in f.asserted_by[:1]
        for j in f.other
    )
    out: list[Finding] = []
    for f in found:
        if f.kind != "omission":
            out.append(f)
            continue
        other = []
        for j in f.other:
            pairs = [frozenset((i, j)) for i in f.asserted_by]
            if any(p in copied for p in pairs) or used[pairs[0]] < limit:
                used[pairs[0]] += 1
                other.append(j)
        if other:
            out.append(
                Finding(f.kind, f.what, f.about, f.asserted_by, tuple(other), f.evidence, f.values)
            )
    return out


def _not_again(found: list[Finding], shown: dict[int, set[tuple[int, int]]]) -> list[Finding]:
    """``found`` less, for each omission, the reports already shown to leave out one of its
    sentences (``shown``: per report, the (document, start) of those sentences, updated)."""
    out: list[Finding] = []
    for f in found:
        if f.kind != "omission":
            out.append(f)
            continue
        spans = {(d, sp.start) for d, sp in f.evidence}
        other = tuple(j for j in f.other if not shown.get(j, set()) & spans)
        for j in other:
            shown.setdefault(j, set()).update(spans)
        if other:
            out.append(Finding(f.kind, f.what, f.about, f.asserted_by, other, f.evidence, f.values))
    return out


def _copies_only(findings: list[Finding], copies: Sequence[tuple[int, int]]) -> list[Finding]:
    """The sentence comparison's omissions between near-copies only (a trimmed copy leaves out
    what it cut, sentence by sentence); between different reports the claims judge
    (``matching.py``)."""
    copied = {frozenset(p) for p in copies}
    out: list[Finding] = []
    for f in findings:
        if f.kind == "omission":
            other = tuple(
                j for j in f.other if any(frozenset((i, j)) in copied for i in f.asserted_by)
            )
            if not other:
                continue
            f = Finding(f.kind, f.what, f.about, f.asserted_by, other, f.evidence, f.values)
        out.append(f)
    return out


def _new(found: list[Finding], held: list[Finding]) -> list[Finding]:
    """``found`` less what ``held`` has already: the same kind between the same reports on the
    same sentences."""
    marks = {(f.kind, d, sp.start) for f in held for d, sp in f.evidence}
    left = {
        (key, j)
        for f in held
        if f.kind == "omission"
        for d, sp in f.evidence
        for key in ((d, sp.start), sp.text)
        for j in f.other
    }
    return [
        f
        for f in found
        if not (
            all((f.kind, d, sp.start) in marks for d, sp in f.evidence)
            if f.kind != "omission"
            else all(
                ((d, sp.start), j) in left or (sp.text, j) in left
                for d, sp in f.evidence
                for j in f.other
            )
        )
    ]


def _speaker_changes(
    records: Sequence[Record], order: list[int], found: list[Finding]
) -> list[Finding]:
    """The same quoted words credited to speakers who share no name word."""
    out: list[Finding] = []
    done = {(f.asserted_by, f.other) for f in found if f.kind == "attribution"}
    for x, i in enumerate(order):
        ri = records[i]
        for a in ri.attributions:
            ea = ri.entity(a.speaker)
            wa = set(content_words(" ".join(c.text for c in a.content)))
            if ea is None or ea.type not in ACTOR_TYPES or len(wa) < 4:
                continue
            for j in order[x + 1 :]:
                rj = records[j]
                for b in rj.attributions:
                    eb = rj.entity(b.speaker)
                    if eb is None or eb.type not in ACTOR_TYPES:
                        continue
                    wb = set(content_words(" ".join(c.text for c in b.content)))
                    if _overlap(wa, wb) < 0.8 or len(wb) < 4:
                        continue
                    if set(ea.name.lower().split()) & set(eb.name.lower().split()):
                        continue
                    if a.source and b.source and a.source.text == b.source.text:
                        continue  # the same words resolved apart: not a different speaker
                    if ((i,), (j,)) in done:
                        continue
                    ev = tuple((i, c) for c in a.content) + tuple((j, c) for c in b.content)
                    about = f"{ea.name} / {eb.name}: {' '.join(a.content[0].text.split()[:8])}"
                    out.append(Finding("attribution", "actor", about, (i,), (j,), ev))
    return out


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per disputed sentence: a sentence of one document contradicted (or
    qualified) by several others is one finding with all of them in ``asserted_by``."""
    out: list[Finding] = []
    index: dict[tuple[object, ...], int] = {}
    for f in findings:
        if f.kind == "omission" or len(f.other) != 1:
            key: tuple[object, ...] = (f.kind, f.what, f.asserted_by, f.other, f.evidence[:1])
        else:
            theirs = [sp for d, sp in f.evidence if d == f.other[0]]
            key = (f.kind, f.what, f.other, tuple(theirs))
        if key not in index:
            index[key] = len(out)
            out.append(f)
            continue
        k = index[key]
        old = out[k]
        extra = tuple(d for d in f.asserted_by if d not in old.asserted_by)
        if extra:
            evidence = old.evidence + tuple(e for e in f.evidence if e[0] in extra)
            out[k] = Finding(
                old.kind, old.what, old.about, old.asserted_by + extra, old.other, evidence
            )
    return out


def divergence_rows(
    story: str, records: Sequence[Record], findings: Sequence[Finding]
) -> list[dict[str, object]]:
    """``findings`` as the divergences of a ``sayso compare`` line (docs/record.md): document ids,
    evidence with ``doc``."""
    rows: list[dict[str, object]] = []
    for f in findings:
        evidence = [
            {"doc": records[d].id, "start": sp.start, "end": sp.end, "text": sp.text}
            for d, sp in f.evidence
        ]
        first = f.evidence[0][1] if f.evidence else None
        rows.append(
            {
                "id": stable_id(
                    "v", story, f.kind, f.what, f.asserted_by, f.other,
                    first.start if first else None, f.about,
                ),
                "kind": f.kind,
                "what": f.what,
                "about": f.about,
                "asserted_by": [records[d].id for d in f.asserted_by],
                "other": [records[d].id for d in f.other],
                "evidence": evidence,
                **({"values": list(f.values)} if f.values else {}),
            }
        )  # fmt: skip
    return rows
