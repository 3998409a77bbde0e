"""Terminal tables: the readable report of a record (``extract -f table``) and the rows of every
listing command (``-f table``), drawn with rich to the width of the terminal.

Cells wrap; a column empty in every row is left out; nothing is cut without a visible "…": a
column marked ``clip`` is shortened to ``clip`` characters with one, unless ``wide`` is set, and
every other cell is shown in full, folded over lines when a word is longer than its column.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .types import Record, Span

__all__ = ["Column", "render_record", "render_rows", "terminal_width"]

_FALLBACK_WIDTH = 100
_HEX_ID = re.compile(r"^[0-9a-f]{32,}$")
_ID_LIKE = re.compile(r"(^|_)(id|ids|hash|pk|rowid|ref)$")
SHORT_HASH = 10


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a table: its header, the row keys it shows (the first that has a value),
    and how long its cells may be without ``wide`` (None: any length)."""

    header: str
    keys: tuple[str, ...] = ()
    clip: int | None = None
    max_width: int | None = None
    min_width: int | None = None
    digits: int | None = None  # a number's decimals (confidences: 2); None: as it is

    def value(self, row: Mapping[str, object]) -> object:
        for key in self.keys or (self.header,):
            v = row.get(key)
            if v is not None and v != "":
                return v
        return None


def terminal_width() -> int:
    """The width to draw tables to: $COLUMNS, else the terminal's (stdout's, else stderr's),
    else 100."""
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    for stream in (sys.stdout, sys.stderr):
        try:
            return os.get_terminal_size(stream.fileno()).columns
        except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
            continue
    return shutil.get_terminal_size((_FALLBACK_WIDTH, 24)).columns


def _console(width: int, out: io.StringIO) -> Console:
    return Console(
        file=out, width=max(20, width), color_system=None, force_terminal=False,
        highlight=False, emoji=False, markup=False, soft_wrap=False,
    )  # fmt: skip


def _text(value: object, clip: int | None, wide: bool, digits: int | None = None) -> str:
    if digits is not None and isinstance(value, float):
        return f"{value:.{digits}f}"
    text = "" if value is None else " ".join(str(value).split())
    if not wide and _HEX_ID.match(text):
        return text[:SHORT_HASH] + "…"
    if not wide and clip is not None and len(text) > clip:
        return text[: clip - 1].rstrip() + "…"
    return text


def default_columns(rows: Sequence[Mapping[str, object]]) -> list[Column]:
    """The columns of rows with no layout of their own: as given, ids and hashes last."""
    keys = list(rows[0]) if rows else []
    ids = [k for k in keys if _ID_LIKE.search(k)]
    return [Column(k, (k,), clip=120) for k in [*(k for k in keys if k not in ids), *ids]]


_GAP = 2  # between two columns
_FLOOR = 6  # the narrowest a squeezed column gets (fewer when the terminal is very narrow)


def _cut(widths: list[int], which: Sequence[int], floors: Sequence[int], room: int) -> None:
    """Narrow the columns ``which``, the widest first, none below its floor, until the widths
    add up to ``room`` or none can narrow."""
    while sum(widths) > room:
        free = [i for i in which if widths[i] > floors[i]]
        if not free:
            return
        widest = max(free, key=lambda i: widths[i])
        rest = [widths[i] for i in free if i != widest]
        target = max(floors[widest], widths[widest] - (sum(widths) - room), *rest[:1])
        widths[widest] = target if target < widths[widest] else widths[widest] - 1


def column_widths(
    cols: Sequence[Column], cells: Sequence[Sequence[str]], width: int, wide: bool
) -> list[int]:
    """The width of each column's text so that the table fits ``width``: every column as wide
    as its widest cell (up to its ``max_width`` unless ``wide``); when they do not all fit, the
    text columns (those with a ``min_width``) narrow first, down to it, then the others, then
    all down to a few characters. Cells wrap within their column."""
    need: list[int] = []
    for i, c in enumerate(cols):
        longest = max([len(c.header), *(len(r[i]) for r in cells)])
        cap = None if wide else c.max_width
        need.append(min(longest, cap) if cap else longest)
    room = max(len(cols), width - _GAP * (len(cols) - 1))
    floor = max(1, min(_FLOOR, room // max(1, len(cols))))
    texts = [i for i, c in enumerate(cols) if c.min_width]
    others = [i for i in range(len(cols)) if i not in texts]
    mins = [max(floor, min(c.min_width or 0, need[i])) for i, c in enumerate(cols)]
    _cut(need, texts, mins, room)
    _cut(need, others, [floor] * len(cols), room)
    _cut(need, range(len(cols)), [floor] * len(cols), room)
    return need


def render_rows(
    rows: Sequence[Mapping[str, object]],
    columns: Sequence[Column] | None = None,
    *,
    width: int | None = None,
    wide: bool = False,
) -> str:
    """``rows`` as a table no wider than ``width`` (default: the terminal's)."""
    cols = list(columns) if columns is not None else default_columns(rows)
    width = width or terminal_width()
    cells = [[_text(c.value(row), c.clip, wide, c.digits) for c in cols] for row in rows]
    used = [i for i in range(len(cols)) if any(r[i] for r in cells)] or list(range(len(cols)))
    if len(used) < len(cols):  # a column empty in every row says nothing: leave it out
        cols = [cols[i] for i in used]
        cells = [[r[i] for i in used] for r in cells]
    return _draw([_table(cols, cells, width, wide)], width)


def _table(cols: Sequence[Column], cells: Sequence[Sequence[str]], width: int, wide: bool) -> Table:
    widths = column_widths(cols, cells, width, wide)
    # a space of padding right of each column (none after the last) and the box's one-space
    # divider: _GAP between two columns
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
    for c, w in zip(cols, widths, strict=True):
        table.add_column(c.header, overflow="fold", width=w, min_width=w, max_width=w)
    for r in cells:
        table.add_row(*(Text(x) for x in r))
    return table


def _draw(parts: Sequence[Table | Text], width: int | None) -> str:
    out = io.StringIO()
    console = _console(width or terminal_width(), out)
    for part in parts:
        console.print(part)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines())


def _name(record: Record, entity_id: str | None, fallback: Span | None = None) -> str:
    ent = record.entity(entity_id)
    if ent is not None:
        return ent.name
    return fallback.text if fallback is not None else "-"


_TEXT_COLUMNS = {"content": 30, "about": 24, "role, country, sector": 16, "trigger": 12}


def _section(
    title: str, headers: Sequence[str], rows: Sequence[Sequence[str]], width: int
) -> list[Table | Text]:
    """A titled table of one kind of fact, every cell in full."""
    head = Text(f"{title} ({len(rows)})")
    if not rows:
        return [head, Text("")]
    cols = [Column(h, min_width=_TEXT_COLUMNS.get(h)) for h in headers]
    cells = [[" ".join(x.split()) for x in r] for r in rows]
    return [head, _table(cols, cells, width, True), Text("")]


def render_record(record: Record, width: int | None = None) -> str:
    """The readable report of one record: its actors, who said what (every quote in full,
    wrapped), events, times and divergences, as tables no wider than ``width``."""
    m = record.meta
    width = width or terminal_width()
    parts: list[Table | Text] = [
        Text(f"== {record.id}: {m.title or '(no title)'}"),
        Text(f"   published {m.published or '-'}  outlet {m.outlet or '-'}  url {m.url or '-'}"),
    ]
    if m.flags:
        flags = "; ".join(f"{f.kind}: {' '.join(f.span.text.split())!r}" for f in m.flags)
        parts.append(Text("   flags: " + flags))
    parts.append(Text(""))
    actors = [
        [e.name, e.type, ", ".join(x for x in (e.role, e.country, e.sector) if x),
         str(len(e.mentions))]
        for e in sorted(record.entities, key=lambda e: -len(e.mentions))
    ]  # fmt: skip
    headers: tuple[str, ...] = ("actor", "type", "role, country, sector", "mentions")
    parts += _section("Actors", headers, actors, width)
    said = [
        [_name(record, a.speaker, a.source), a.cue.text if a.cue else "-",
         " … ".join(c.text for c in a.content), a.kind, _name(record, a.via) if a.via else ""]
        for a in record.attributions
    ]  # fmt: skip
    parts += _section("Who said what", ("speaker", "cue", "content", "kind", "via"), said, width)
    events = [
        [", ".join(_name(record, x) for x in ev.source) or "-",
         ev.type + (f" ({ev.mode})" if ev.mode else ""),
         ", ".join(_name(record, x) for x in ev.target) or "-",
         ev.trigger.text, ev.date or "-", _name(record, ev.location) if ev.location else ""]
        for ev in record.events
    ]  # fmt: skip
    headers = ("source", "type", "target", "trigger", "date", "where")
    parts += _section("Events", headers, events, width)
    times = [[t.span.text, t.value] for t in record.times]
    parts += _section("Times", ("as written", "value"), times, width)
    divergences = [
        [d.kind, ", ".join(_name(record, x) for x in d.asserted_by) or "-",
         ", ".join(_name(record, x) for x in d.other) or "-", d.about]
        for d in record.divergences
    ]  # fmt: skip
    parts += _section("Divergences", ("kind", "asserted by", "other", "about"), divergences, width)
    return _draw(parts, width) + "\n"
