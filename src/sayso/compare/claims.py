"""Events as claims across the accounts of a story.

An event of one document and an event of another are one claim when they have the same PLOVER
type and the same actors: on each side (source, target) where both name someone, some actor of
one is an actor of the other (same country for countries and peoples, else the same name, or one
name inside the other: "Kirkpatrick" and "Eric Allen Kirkpatrick"), and at least one side is
shared that way. For each claim, every document of the story:

* asserts it: it has the event as it happened (no ``mode``);
* qualifies it: it has the event only as intended or hypothetical while another asserts it, in
  a sentence that says much the same (content-word overlap ``CompareOptions.matched``; else
  it may be another event of that type: "was arrested" / "considers charges");
* contradicts it: a contradiction found between the sentences that carry the event;
* omits it, qualifies it: also when the sentence comparison finds the event's sentence left out
  or qualified by the document (``claim_rows``);
* omits it: precision first, only when the document has no sentence that says much the same
  as the event's (content-word overlap below ``CompareOptions.matched``; else the sentence
  comparison judges), has no event of that type with any of its actors, and names both sides
  of the event (one that never names them may tell it without names: "a man was shot") but
  never in one sentence (a document that never names the attacker and the attacked in one
  sentence, pronouns included, cannot report that one attacked the other); an event with one
  side only is never taken as omitted (the words next to the name may tell it);
* else it is left open (``unclear``): the document may say it in words the event coder missed.

The event omissions and qualifications that the sentence comparison has not found already become
divergences (``event_findings``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..types import Entity, Event, Record, Span
from .base import CompareOptions, Finding, Sentence, best_match, overlap
from .features import content_words

GROUPS = frozenset({"GPE", "NORP"})  # actors that stand for a country


def same_actor(a: Entity, b: Entity) -> bool:
    """Whether two entities of two documents are one actor."""
    if a.type in GROUPS and b.type in GROUPS and a.country and b.country:
        return a.country == b.country
    wa, wb = set(content_words(a.name)), set(content_words(b.name))
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return True
    if a.type == b.type == "PERSON":
        return content_words(a.name)[-1:] == content_words(b.name)[-1:]
    return False


@dataclass(frozen=True, slots=True)
class Mention:
    """One document's event: its actors resolved, the sentence that carries it."""

    doc: int
    event: Event
    source: tuple[Entity, ...]
    target: tuple[Entity, ...]
    sentence: Sentence | None

    @property
    def actors(self) -> tuple[Entity, ...]:
        return self.source + self.target


def _side(a: Sequence[Entity], b: Sequence[Entity]) -> bool | None:
    """True when the two sides share an actor, False when both name actors and share none,
    None when one of them names nobody."""
    if not a or not b:
        return None
    return any(same_actor(x, y) for x in a for y in b)


def same_event(a: Mention, b: Mention) -> bool:
    if a.event.type != b.event.type:
        return False
    sides = (_side(a.source, b.source), _side(a.target, b.target))
    return False not in sides and True in sides


@dataclass
class EventClaim:
    """One event across a story's documents (positions): the first mention and each
    document's own."""

    first: Mention
    mentions: dict[int, Mention] = field(default_factory=dict)
    status: dict[int, str] = field(default_factory=dict)  # doc -> asserts/qualifies/...

    @property
    def type(self) -> str:
        return self.first.event.type

    @property
    def source(self) -> list[str]:
        return list(dict.fromkeys(e.name for e in self.first.source))

    @property
    def target(self) -> list[str]:
        return list(dict.fromkeys(e.name for e in self.first.target))

    @property
    def about(self) -> str:
        src, tgt = ", ".join(self.source) or "?", ", ".join(self.target) or "?"
        return f"{self.type}: {src} -> {tgt} ({self.first.event.trigger.text})"

    def marks(self, doc: int) -> set[int]:
        """Where the document's mention is: the start of its sentence."""
        m = self.mentions.get(doc)
        return {m.sentence.start} if m is not None and m.sentence is not None else set()


@dataclass(frozen=True, slots=True)
class Quote:
    """One document's attribution: its resolved speaker, the content words of what was said."""

    doc: int
    speaker: Entity
    content: tuple[Span, ...]
    words: frozenset[str]
    sentence: Sentence | None


@dataclass
class QuoteClaim:
    """What one speaker said, across a story's documents: the same speaker (``same_actor``)
    and the same words (content-word overlap ``CompareOptions.matched``)."""

    first: Quote
    mentions: dict[int, Quote] = field(default_factory=dict)
    status: dict[int, str] = field(default_factory=dict)
    type = "QUOTE"

    @property
    def source(self) -> list[str]:
        return [self.first.speaker.name]

    @property
    def target(self) -> list[str]:
        return []

    @property
    def about(self) -> str:
        words = " ".join(c.text for c in self.first.content).split()
        said = " ".join(words[:10]) + (" …" if len(words) > 10 else "")
        return f"QUOTE: {self.first.speaker.name}: {said}"

    def marks(self, doc: int) -> set[int]:
        """Where the document's mention is: its sentence and its content spans."""
        m = self.mentions.get(doc)
        if m is None:
            return set()
        return {c.start for c in m.content} | ({m.sentence.start} if m.sentence else set())


def align_quotes(
    records: Sequence[Record],
    order: Sequence[int],
    sents: dict[int, list[Sentence]],
    options: CompareOptions,
) -> list[QuoteClaim]:
    """The story's attributions lined up as claims, in version order: an attribution joins
    the first claim with the same speaker and the same words, else starts one. Attributions
    without a resolved speaker, or of fewer than ``options.min_words`` content words, are
    left out. Every document with a mention asserts the claim; what the others do is read from
    the sentence comparison (``claim_rows``)."""
    claims: list[QuoteClaim] = []
    for i in order:
        rec = records[i]
        for a in rec.attributions:
            speaker = rec.entity(a.speaker)
            words = frozenset(content_words(" ".join(c.text for c in a.content)))
            if speaker is None or not a.content or len(words) < options.min_words:
                continue
            t = a.content[0].start
            sentence = next((x for x in sents[i] if x.start <= t < x.end), None)
            q = Quote(i, speaker, a.content, words, sentence)
            for c in claims:
                f = c.first
                if same_actor(f.speaker, speaker) and overlap(f.words, words) >= options.matched:
                    c.mentions.setdefault(i, q)
                    break
            else:
                claims.append(QuoteClaim(q, {i: q}))
    for c in claims:
        c.status = {j: "asserts" if j in c.mentions else "unclear" for j in order}
    return claims


def mentions(record: Record, doc: int, sents: Sequence[Sentence]) -> list[Mention]:
    """The events of ``record`` with their resolved actors (events naming no known entity are
    left out: they cannot be matched across documents)."""
    out: list[Mention] = []
    for ev in record.events:
        source = tuple(e for i in ev.source if (e := record.entity(i)) is not None)
        target = tuple(e for i in ev.target if (e := record.entity(i)) is not None)
        if not source and not target:
            continue
        t = ev.trigger.start
        sentence = next((s for s in sents if s.start <= t < s.end), None)
        out.append(Mention(doc, ev, source, target, sentence))
    return out


def align_events(
    records: Sequence[Record], order: Sequence[int], sents: dict[int, list[Sentence]]
) -> list[EventClaim]:
    """The story's events lined up as claims, in version order: each event joins the first
    claim it is the same event as (a document's first mention of it stands for the document),
    else starts one."""
    claims: list[EventClaim] = []
    for i in order:
        for m in mentions(records[i], i, sents[i]):
            for c in claims:
                if same_event(c.first, m):
                    c.mentions.setdefault(i, m)  # a document's restatement: the same claim
                    break
            else:
                claims.append(EventClaim(m, {i: m}))
    return claims


def _tells(m: Mention, record: Record, sents: Sequence[Sentence]) -> bool | None:
    """Whether ``record`` may tell the event of ``m``: True when one of its sentences names an
    actor of each side of the event (any mention, pronouns included), False when none does;
    None when the event has one side only (the words next to the name may tell it: "captured"
    or "put out of business") or ``record`` never names one side (it may tell the event
    without the names: "a man was shot")."""

    def named(side: Sequence[Entity]) -> list[Span]:
        return [sp for a in side for e in record.entities if same_actor(a, e) for sp in e.mentions]

    if not m.source or not m.target:
        return None
    source, target = named(m.source), named(m.target)
    if not source or not target:
        return None
    return any(
        any(s.start <= sp.start < s.end for sp in source)
        and any(s.start <= sp.start < s.end for sp in target)
        for s in sents
    )


def _shares_type_and_actor(m: Mention, others: Sequence[Mention]) -> bool:
    return any(
        o.event.type == m.event.type and any(same_actor(a, b) for a in m.actors for b in o.actors)
        for o in others
    )


def settle(
    claims: Sequence[EventClaim],
    records: Sequence[Record],
    order: Sequence[int],
    sents: dict[int, list[Sentence]],
    options: CompareOptions,
) -> None:
    """Fill each claim's ``status`` for every document of the story."""
    events = {i: mentions(records[i], i, sents[i]) for i in order}
    for c in claims:
        plain = [m.sentence for m in c.mentions.values() if m.event.mode is None and m.sentence]
        for j in order:
            m = c.mentions.get(j)
            if m is not None:
                if m.event.mode is None or not plain:
                    c.status[j] = "asserts"
                elif m.sentence and overlap(plain[0].words, m.sentence.words) >= options.matched:
                    c.status[j] = "qualifies"  # the same sentence, the event only planned
                else:
                    c.status[j] = "unclear"  # another event of that type and those actors
                continue
            c.status[j] = (
                "omits" if _omits(c, j, records, events[j], sents[j], options) else "unclear"
            )


def _omits(
    c: EventClaim,
    j: int,
    records: Sequence[Record],
    events_j: Sequence[Mention],
    sents_j: Sequence[Sentence],
    options: CompareOptions,
) -> bool:
    plain = [m for m in c.mentions.values() if m.event.mode is None]
    if not plain:
        return False
    for m in plain:
        if m.sentence is None:
            return False
        _, score = best_match(m.sentence, sents_j)
        if score >= options.matched:
            return False  # j has a sentence that says much the same: the sentences judge it
        if _shares_type_and_actor(m, events_j):
            return False
        if _tells(m, records[j], sents_j) is not False:
            return False
    return True


def event_findings(
    claims: Sequence[EventClaim], found: Sequence[Finding], order: Sequence[int]
) -> list[Finding]:
    """Omissions and qualifications of event claims that ``found`` (the sentence comparison)
    does not already hold: an omission whose evidence is the event's sentence and whose
    ``other`` has the silent documents, a qualification of that sentence pair."""
    out: list[Finding] = []
    for c in claims:
        carriers = [i for i in order if c.status.get(i) == "asserts"]
        silent = [j for j in order if c.status.get(j) == "omits"]
        hedged = [j for j in order if c.status.get(j) == "qualifies"]
        if not carriers:
            continue
        first = c.mentions[carriers[0]]
        evidence = tuple(
            (i, Span(s.start, s.end, s.text))
            for i in carriers
            if (s := c.mentions[i].sentence) is not None
        )
        if silent and evidence and not _held(found, "omission", evidence, silent):
            out.append(
                Finding("omission", "claim", c.about, tuple(carriers), tuple(silent), evidence)
            )
        for j in hedged:
            s = c.mentions[j].sentence
            if s is None or first.sentence is None:
                continue
            ev = (evidence[0], (j, Span(s.start, s.end, s.text)))
            if not _held(found, "qualification", ev, [j]):
                mode = c.mentions[j].event.mode
                out.append(
                    Finding(
                        "qualification", "claim", f"{c.about} ({mode})", tuple(carriers), (j,), ev
                    )
                )
    return out


def _held(
    found: Sequence[Finding], kind: str, evidence: Sequence[tuple[int, Span]], other: Sequence[int]
) -> bool:
    """Whether a finding of ``kind`` already has one of these sentences as evidence and the
    same documents on its other side."""
    spans = {(d, sp.start) for d, sp in evidence}
    return any(
        f.kind == kind
        and set(other) <= set(f.other)
        and any((d, sp.start) in spans for d, sp in f.evidence)
        for f in found
    )


def claim_rows(
    claims: Sequence[EventClaim | QuoteClaim],
    records: Sequence[Record],
    found: Sequence[Finding],
) -> list[dict[str, object]]:
    """The claims of a story for its ``sayso compare`` line: per event or quote, the documents
    that assert, omit, contradict or qualify it (a quote credited to someone else counts as
    contradicted), and each document's sentence."""
    rows: list[dict[str, object]] = []
    for c in claims:
        if len(c.status) < 2:
            continue
        contradicted = _other_side(c, found, "contradiction") | _other_side(c, found, "attribution")
        omitted = _other_side(c, found, "omission")
        qualified = _other_side(c, found, "qualification")
        by: dict[str, list[str]] = {
            k: []
            for k in ("asserted_by", "omitted_by", "contradicted_by", "qualified_by", "unclear")
        }
        key = {"asserts": "asserted_by", "omits": "omitted_by", "qualifies": "qualified_by"}
        for d, status in c.status.items():
            if d in contradicted:
                name = "contradicted_by"
            elif status == "unclear" and d in omitted:
                name = "omitted_by"  # the sentence comparison found the sentence left out
            elif status == "unclear" and d in qualified:
                name = "qualified_by"
            else:
                name = key.get(status, "unclear")
            by[name].append(records[d].id)
        rows.append(
            {
                "type": c.type,
                "source": c.source,
                "target": c.target,
                "about": c.about,
                **by,
                "evidence": [
                    {"doc": records[d].id, "start": s.start, "end": s.end, "text": s.text}
                    for d, m in c.mentions.items()
                    if (s := m.sentence) is not None
                ],
            }
        )
    return rows


def _other_side(c: EventClaim | QuoteClaim, found: Sequence[Finding], kind: str) -> set[int]:
    """Documents on the ``other`` side of a finding of ``kind`` whose evidence holds this
    claim's mention (its sentence, or a quote's content) in a document that asserts it."""
    carried = {(d, x) for d in c.mentions if c.status.get(d) == "asserts" for x in c.marks(d)}
    out: set[int] = set()
    for f in found:
        if f.kind == kind and any(
            d in f.asserted_by and (d, sp.start) in carried for d, sp in f.evidence
        ):
            out.update(f.other)
    return out
