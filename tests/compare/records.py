"""Records built by hand for the comparison tests (no model): entities found by name."""

from __future__ import annotations

import re

from sayso.compare.scores import Story, score_story
from sayso.compare.units import Unit
from sayso.types import Attribution, Entity, Event, Meta, Record, Span, TimeExpr

# where the sentences of these hand-written texts end: . ! or ? (and a closing quote) before
# white space or the end; the texts hold no abbreviations
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s|$)")


def sentence_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences a parser finds in a hand-written text (``Record.sentences``): each line
    cut after its sentence ends, white space trimmed."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start = pos
        for m in _SENTENCE_END.finditer(line):
            out.append((start, pos + m.end()))
            start = pos + m.end()
        out.append((start, pos + len(line)))
        pos += len(line) + 1
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        if s < e:
            trimmed.append((s, e))
    return tuple(trimmed)


def record(
    doc_id: str,
    text: str,
    *,
    places: tuple[str, ...] = (),
    people: tuple[str, ...] = (),
    published: str | None = "2024-05-01",
    outlet: str | None = None,
    title: str | None = None,
    dates: tuple[tuple[str, str], ...] = (),
    quotes: tuple[tuple[str, str], ...] = (),
    orgs: tuple[str, ...] = (),
    events: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], str | None], ...] = (),
) -> Record:
    """A record of ``text`` whose entities are every occurrence of the names given; ``events``
    are (PLOVER type, trigger as written, source names, target names, mode)."""
    ents = []
    kinds = ((places, "GPE"), (people, "PERSON"), (orgs, "ORG"))
    for k, (names, typ) in enumerate(kinds):
        for n, name in enumerate(names):
            spans = []
            start = text.find(name)
            while start >= 0:
                spans.append(Span(start, start + len(name), name))
                start = text.find(name, start + 1)
            if spans:
                ents.append(Entity(f"{doc_id}-e{k}{n}", name, typ, None, None, tuple(spans)))
    times = []
    for written, value in dates:
        i = text.find(written)
        if i >= 0:
            times.append(TimeExpr(Span(i, i + len(written), written), value))
    atts = []
    for n, (speaker, content) in enumerate(quotes):
        i, j = text.find(speaker), text.find(content)
        if i >= 0 and j >= 0:
            ent = next((e.id for e in ents if e.name == speaker), None)
            atts.append(
                Attribution(
                    f"{doc_id}-a{n}", "indirect", Span(i, i + len(speaker), speaker), ent, None,
                    (Span(j, j + len(content), content),),
                )
            )  # fmt: skip
    evs = []
    by_name = {e.name: e.id for e in ents}
    for n, (typ, trigger, source, target, mode) in enumerate(events):
        i = text.find(trigger)
        assert i >= 0, trigger
        evs.append(
            Event(
                f"{doc_id}-ev{n}", typ, mode, tuple(by_name[x] for x in source),
                tuple(by_name[x] for x in target), Span(i, i + len(trigger), trigger),
            )
        )  # fmt: skip
    meta = Meta(title=title, published=published, outlet=outlet, body=((0, len(text)),))
    return Record(
        doc_id, text, meta, tuple(ents), tuple(atts), tuple(evs), tuple(times),
        sentences=sentence_ranges(text),
    )  # fmt: skip


# a story of Ivo Hale's charging in Marrow, told by several invented reports (the tests of what
# another report tells: test_told_acts, test_one_question)
HALE_LEAD = (
    "Ivo Hale was charged with fraud in Marrow on Monday.\nBail was set at a thousand pounds.\n"
)


def hale_story(*texts: str) -> Story:
    """The scored story of reports ``texts`` (a, b, c, ...) that name Marrow, Ivo Hale and Ann
    Bell."""
    return score_story(
        [
            record(chr(97 + k), t, places=("Marrow",), people=("Ivo Hale", "Ann Bell"))
            for k, t in enumerate(texts)
        ]
    )


def unit_at(story: Story, doc: int, starts: str) -> Unit:
    """The claim unit of report ``doc`` whose text starts with ``starts``."""
    return next(u for u in story.units[doc] if u.text.startswith(starts))
