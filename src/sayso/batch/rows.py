"""One Parquet row per record: the columns ``sayso batch`` writes and ``sayso ingest DIR`` reads.

Scalar columns for filtering (id, hash, simhash, title, url, outlet, language, source, counts)
beside ``record``: the whole record (docs/record.md) as JSON text, queryable with DuckDB's or Spark
SQL's JSON functions. ``published`` (YYYY-MM-DD, or null) is the partition column: it lives in
the directory names (``published=2024-05-03/``), Hive-style, as Spark writes it.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from ..ingest.dedup import signed64, simhash
from ..types import Document, Record

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark.sql.types import StructType

__all__ = [
    "COLUMNS",
    "PARTITION",
    "UNKNOWN_DATE",
    "Row",
    "arrow_schema",
    "record_row",
    "spark_schema",
]

Row = dict[str, str | int | None]  # column -> value: text, a count or SimHash, or null

PARTITION = "published"
UNKNOWN_DATE = "__HIVE_DEFAULT_PARTITION__"  # Spark's and pyarrow's name for a null partition
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# (name, type) in file order; "published" is the partition, not a file column
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "string"),
    ("hash", "string"),
    ("simhash", "int64"),
    ("title", "string"),
    ("url", "string"),
    ("outlet", "string"),
    ("language", "string"),
    ("source", "string"),
    ("n_entities", "int32"),
    ("n_attributions", "int32"),
    ("n_events", "int32"),
    ("record", "string"),
    ("stage_versions", "string"),
)


def partition_value(published: str | None) -> str | None:
    return published if published and _DATE.match(published) else None


def record_row(document: Document, record: Record, versions: dict[str, str]) -> Row:
    """The row of one record (with ``published`` for partitioning)."""
    m = record.meta
    return {
        "id": record.id,
        "hash": document.hash,
        "simhash": signed64(simhash(record.text)),
        "title": m.title,
        "url": m.url,
        "outlet": m.outlet,
        "language": m.language,
        "source": document.source,
        "n_entities": len(record.entities),
        "n_attributions": len(record.attributions),
        "n_events": len(record.events),
        "record": json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":")),
        "stage_versions": json.dumps(versions, sort_keys=True),
        PARTITION: partition_value(m.published),
    }


def arrow_schema() -> pa.Schema:
    import pyarrow as pa

    types = {"string": pa.string(), "int64": pa.int64(), "int32": pa.int32()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS])


def spark_schema() -> StructType:
    from pyspark.sql import types as T

    types = {"string": T.StringType(), "int64": T.LongType(), "int32": T.IntegerType()}
    fields = [T.StructField(name, types[kind], True) for name, kind in COLUMNS]
    fields.append(T.StructField(PARTITION, T.StringType(), True))
    return T.StructType(fields)
