"""Write rows (dicts) to a file whose suffix picks the format: .jsonl, .csv or .parquet.

Parquet needs pyarrow (``pip install 'sayso[parquet]'``), imported only when asked for. The file
is written beside its target and moved into place at the end, so a failed export leaves no
half-written file behind.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .errors import ConfigError

SUFFIXES = (".jsonl", ".csv", ".parquet")


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


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ConfigError(
            "writing .parquet needs pyarrow; pip install 'sayso[parquet]' "
            "(or export to .jsonl or .csv)"
        ) from exc
    return pyarrow


def write_rows(path: str | Path, rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> int:
    """Write ``rows`` (each with the keys ``columns``) to ``path``; returns how many."""
    out = check_output(path)
    tmp = out.with_name(f".{out.name}.part")
    suffix = out.suffix.lower()
    try:
        if suffix == ".jsonl":
            n = _jsonl(tmp, rows)
        elif suffix == ".csv":
            n = _csv(tmp, rows, columns)
        else:
            n = _parquet(tmp, rows, columns)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return n


def _jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def _csv(path: Path, rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns))
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            n += 1
    return n


def _parquet(path: Path, rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> int:
    pa = _pyarrow()
    data = list(rows)
    if data:
        table = pa.Table.from_pylist(data)
    else:
        table = pa.table({c: pa.array([], type=pa.null()) for c in columns})
    pa.parquet.write_table(table, str(path))
    return len(data)
