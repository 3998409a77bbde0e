"""The readable report of a record (``-f table``)."""

from __future__ import annotations

from .types import Record, Span


def _clip(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= width else s[: width - 1] + "…"


def _name(record: Record, entity_id: str | None, fallback: Span | None = None) -> str:
    ent = record.entity(entity_id)
    if ent is not None:
        return ent.name
    return fallback.text if fallback is not None else "-"


def render_record(record: Record) -> str:
    m = record.meta
    lines = [
        f"== {record.id}: {m.title or '(no title)'}",
        f"   published {m.published or '-'}  outlet {m.outlet or '-'}  url {m.url or '-'}",
    ]
    flags = [f"{f.kind}: {_clip(f.span.text, 50)!r}" for f in m.flags]
    if flags:
        lines.append("   flags: " + "; ".join(flags))
    lines.append("")
    lines.append(f"Actors ({len(record.entities)})")
    for e in sorted(record.entities, key=lambda e: -len(e.mentions)):
        extra = ", ".join(x for x in (e.role, e.country, e.sector) if x)
        lines.append(f"  {e.name:<32} {e.type:<7} {extra:<36} {len(e.mentions)} mentions")
    lines.append("")
    lines.append(f"Who said what ({len(record.attributions)})")
    for a in record.attributions:
        speaker = _name(record, a.speaker, a.source)
        via = f"  via {_name(record, a.via)}" if a.via else ""
        cue = a.cue.text if a.cue else "-"
        content = " … ".join(c.text for c in a.content)
        lines.append(
            f"  [{a.kind:<8}] {_clip(speaker, 24):<24} {_clip(cue, 18):<18} "
            f"{_clip(content, 70)}{via}"
        )
    lines.append("")
    lines.append(f"Events ({len(record.events)})")
    for ev in record.events:
        src = ", ".join(_name(record, x) for x in ev.source) or "-"
        tgt = ", ".join(_name(record, x) for x in ev.target) or "-"
        loc = f" in {_name(record, ev.location)}" if ev.location else ""
        mode = f" ({ev.mode})" if ev.mode else ""
        lines.append(
            f"  {ev.type:<10}{mode} {_clip(src, 28)} -> {_clip(tgt, 28)}  "
            f"{_clip(ev.trigger.text, 40)!r}  {ev.date or '-'}{loc}"
        )
    lines.append("")
    lines.append(f"Times ({len(record.times)})")
    for t in record.times:
        lines.append(f"  {t.span.text!r:<30} {t.value}")
    lines.append("")
    lines.append(f"Divergences ({len(record.divergences)})")
    for d in record.divergences:
        by = ", ".join(_name(record, x) for x in d.asserted_by) or "-"
        other = ", ".join(_name(record, x) for x in d.other) or "-"
        lines.append(f"  {d.kind:<13} asserted by {by}; {other}: {_clip(d.about, 70)}")
    return "\n".join(lines) + "\n"
