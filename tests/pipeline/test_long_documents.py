"""The indexes that keep long documents near-linear give what a scan of everything gives. (Speed
itself is measured by bench/long_documents.py, not here.)"""

from __future__ import annotations

from collections.abc import Callable

from sayso.pipeline import Pipeline, State
from sayso.pipeline.attributions.context import Context
from sayso.pipeline.quotes import QuoteIndex, find_quotes
from sayso.types import Attribution, Document, Meta, Record, Span

TEXT = (
    "Harbour strike spreads\n\n"
    '"We will not back down," said Ines Barbosa, a spokesperson for the union. "Never."\n\n'
    "Mayor Leon Wouters said the council would meet the strikers on Monday, telling a radio "
    'host that "the port must reopen" before the weekend.\n\n'
    "According to Omar Haddou, the police arrested two men after the protest in Eastport.\n\n"
    '  Greta Lindqvist told reporters: "The talks have collapsed." She said the union had '
    "rejected the offer.\n\n"
)


def _state(pipeline: Pipeline, text: str) -> State:
    [doc] = list(pipeline.nlp.pipe([text]))
    state = State(document=Document(id="t", text=text), meta=Meta(), doc=doc)
    for stage in pipeline.stages[:1]:  # entities
        stage(state)
    return state


def test_paragraph_lookups_match_a_scan(pipeline: Pipeline) -> None:
    ctx = Context(_state(pipeline, TEXT))
    paras = ctx.paras
    for pos in range(len(TEXT) + 2):
        assert ctx.para_at(pos) == next(
            (n for n, (s, e) in enumerate(paras) if s <= pos < e), None
        )
        assert ctx.para_starting(pos) == next(
            (n for n, (s, _) in enumerate(paras) if s == pos), None
        )
        for end in (pos, pos + 5, pos + 60):
            assert ctx.same_para(pos, end) == any(s <= pos and end <= e for s, e in paras)


def test_quotes_near_offsets_match_a_scan() -> None:
    quotes = find_quotes(TEXT)
    index = QuoteIndex(quotes)
    assert len(quotes) >= 4
    for pos in range(len(TEXT)):
        ends, starts = range(pos - 3, pos + 1), range(pos + 2, pos + 6)
        assert index.near(ends, starts) == [q for q in quotes if q.end in ends or q.start in starts]


def _attribution(text: str, n: int, spans: list[tuple[int, int]]) -> Attribution:
    return Attribution(
        id=f"a{n}",
        kind="indirect",
        source=None,
        speaker=None,
        cue=None,
        content=tuple(Span.of(text, s, e) for s, e in spans),
    )


def test_overlapping_attributions_match_a_scan(pipeline: Pipeline) -> None:
    """Content overlaps are found through the index as through every attribution, also after
    the last attribution is replaced (a split quote's second half joins it)."""
    ctx = Context(_state(pipeline, TEXT))
    ctx.out.extend(
        [
            _attribution(TEXT, 0, [(30, 60)]),
            _attribution(TEXT, 1, [(100, 180), (200, 220)]),
            _attribution(TEXT, 2, [(300, 310)]),
        ]
    )

    def scan(span: Span) -> set[int]:
        return {n for n, a in enumerate(ctx.out) if any(span.overlaps(c) for c in a.content)}

    probes = [Span.of(TEXT, s, s + w) for s in range(0, len(TEXT) - 40, 7) for w in (1, 12, 40)]
    assert all(ctx._overlapping(p) == scan(p) for p in probes)
    ctx.out[-1] = _attribution(TEXT, 2, [(300, 310), (330, 400)])  # replaced, as QuotePass does
    ctx.out.append(_attribution(TEXT, 3, [(5, 20)]))
    assert all(ctx._overlapping(p) == scan(p) for p in probes)


def test_event_attribution_is_the_smallest_content_holding_its_trigger(
    run: Callable[..., Record],
) -> None:
    record = run(TEXT * 3)
    assert record.events and record.attributions
    for e in record.events:
        best: tuple[int, str] | None = None
        for a in record.attributions:
            for c in a.content:
                holds = c.start <= e.trigger.start and e.trigger.end <= c.end
                if holds and (best is None or c.end - c.start < best[0]):
                    best = (c.end - c.start, a.id)
        assert e.attribution == (best[1] if best else None)
