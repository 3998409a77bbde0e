"""Write rows (dicts) to a file whose suffix picks the format: .jsonl, .csv or .parquet, or to a
stream (jsonl, csv) in a format named outright; and the event table's PLOVER form.

Parquet needs pyarrow (``pip install 'sayso[parquet]'``), imported only when asked for. The file
is written beside its target and moved into place at the end, so a failed export leaves no
half-written file behind.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import IO

from .errors import ConfigError

SUFFIXES = (".jsonl", ".csv", ".parquet")
# What `sayso export -f` writes: the three of SUFFIXES, and PLOVER JSON Lines (events only).
FORMATS = ("jsonl", "csv", "parquet", "plover")


def check_output(path: str | Path) -> Path:
    """``path`` as a Path, or a ConfigError when its suffix names no format Sayso writes."""
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ConfigError(
            f"cannot tell the format of {str(out)!r} from its suffix; "
            f"end the file name in {', '.join(SUFFIXES)}"
        )
    if suffix == ".parquet":
        _pyarrow()
    return out


def _pyarrow() -> ModuleType:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ConfigError(
            "writing .parquet needs pyarrow; pip install 'sayso[parquet]' "
            "(or export to .jsonl or .csv)"
        ) from exc
    module: ModuleType = pyarrow
    return module


def output_format(path: str | Path | None, fmt: str | None) -> str:
    """The format to write: ``fmt`` when named (else jsonl to a stream, the suffix of a file).

    A ConfigError for a format Sayso does not write, or parquet without a file to write it to.
    """
    if fmt is None:
        return "jsonl" if path is None else check_output(path).suffix.lower().lstrip(".")
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if fmt == "parquet":
        if path is None:
            raise ConfigError("parquet is written to a file only; name a file ending in .parquet")
        _pyarrow()
    return fmt


def write_rows(
    path: str | Path,
    rows: Iterable[Mapping[str, object]],
    columns: Sequence[str],
    fmt: str | None = None,
) -> int:
    """Write ``rows`` (each with the keys ``columns``) to ``path``; returns how many.

    ``fmt`` (jsonl, csv or parquet) overrides the format the file's suffix names.
    """
    fmt = output_format(path, fmt)
    out = Path(path)
    if not out.parent.is_dir():
        what = "is not a directory" if out.parent.exists() else "does not exist"
        raise ConfigError(
            f"cannot write {out}: the directory {out.parent} {what}; create it or write elsewhere"
        )
    tmp = out.with_name(f".{out.name}.part")
    try:
        if fmt in ("jsonl", "plover"):
            n = _jsonl(tmp, rows)
        elif fmt == "csv":
            n = _csv(tmp, rows, columns)
        else:
            n = _parquet(tmp, rows, columns)
        os.replace(tmp, out)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ConfigError(f"cannot write {out} ({exc.strerror or exc})") from exc
        raise
    return n


def write_stream(
    out: IO[str], rows: Iterable[Mapping[str, object]], columns: Sequence[str], fmt: str
) -> int:
    """Write ``rows`` to the text stream ``out`` as ``fmt`` (jsonl or csv); returns how many."""
    n = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            n += 1
    else:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    out.flush()
    return n


def _jsonl(path: Path, rows: Iterable[Mapping[str, object]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _csv(path: Path, rows: Iterable[Mapping[str, object]], columns: Sequence[str]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns))
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            n += 1
    return n


def _parquet(path: Path, rows: Iterable[Mapping[str, object]], columns: Sequence[str]) -> int:
    pa = _pyarrow()
    data = list(rows)
    if data:
        table = pa.Table.from_pylist(data)
    else:
        table = pa.table({c: pa.array([], type=pa.null()) for c in columns})
    pa.parquet.write_table(table, str(path))
    return len(data)


# -- the event table: PLOVER ------------------------------------------------------------------


def _span(start: object, end: object, text: object) -> dict[str, object] | None:
    return None if start is None else {"start": start, "end": end, "text": text}


def plover_event(row: Mapping[str, object]) -> dict[str, object]:
    """One row of the event table (``Store.event_table``) as a PLOVER-style event object.

    PLOVER's field names where it has one: ``id`` (the event id), ``event_type`` (type),
    ``mode``, ``date`` (the event's own normalised date, null when the text gives none),
    ``story_date`` (the document's published date), ``actor`` / ``recipient`` (the source and
    target names, several joined with ";"), ``actor_country`` / ``recipient_country`` (ISO-3),
    ``actor_role`` / ``recipient_role`` (titles such as "defense minister"), ``actor_sector`` /
    ``recipient_sector`` (CAMEO sector codes such as "GOV", "MIL"), ``location`` (the
    place's name) and ``location_country``. Sayso codes no PLOVER ``context``, so there is none.
    Then where the event comes from: ``doc_id``, ``doc_hash``, ``outlet``, ``url``,
    ``trigger`` and ``evidence`` (the record's sentence holding the trigger, from
    ``Record.sentences``) as spans
    ``{start, end, text}`` into the document's text, and ``attribution``
    ``{id, speaker, cue, via}`` when the event is only reported by someone, else null.
    """
    attribution = None
    if row["attribution"] is not None:
        attribution = {
            "id": row["attribution"],
            "speaker": row["speaker"],
            "cue": row["cue"],
            "via": row["via"],
        }
    return {
        "id": row["event_id"],
        "event_type": row["type"],
        "mode": row["mode"],
        "date": row["date"],
        "story_date": row["published"],
        "actor": row["source"],
        "actor_country": row["source_country"],
        "actor_role": row["source_role"],
        "actor_sector": row["source_sector"],
        "recipient": row["target"],
        "recipient_country": row["target_country"],
        "recipient_role": row["target_role"],
        "recipient_sector": row["target_sector"],
        "location": row["location"],
        "location_country": row["location_country"],
        "doc_id": row["doc_id"],
        "doc_hash": row["doc_hash"],
        "outlet": row["outlet"],
        "url": row["url"],
        "trigger": _span(row["trigger_start"], row["trigger_end"], row["trigger_text"]),
        "evidence": _span(row["evidence_start"], row["evidence_end"], row["evidence_text"]),
        "attribution": attribution,
    }
