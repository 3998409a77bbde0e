"""The Spark engine (``pip install 'sayso[spark]'``; imported only when ``--engine spark``).

The driver cuts the inputs into tasks (see ``work.py``) and parallelizes them; each Spark
partition runs :func:`process_partition` in a Python worker, which takes its pipeline from a
module-level cache: the model is loaded once per Python worker process (Spark reuses workers,
``spark.python.worker.reuse``), not once per partition. Rows come back as a DataFrame written
with ``partitionBy("published")`` in append mode to ``OUT/records``; Spark's committer makes the
write all-or-nothing, and the manifest marks the inputs finished after the job succeeds.

On a cluster, run it through ``spark-submit`` with ``spark_master=None`` (see docs/cluster.md);
without a master it starts ``local[N]``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import ConfigError, InputError, SaysoError
from .local import RECORDS, Counts
from .rows import COLUMNS, PARTITION
from .work import BatchOptions, Task, Unit, build_pipeline, error_from, peak_rss_mb, task_rows
from .work import unit_tasks as _unit_tasks

__all__ = ["process_partition", "run_spark", "session"]

_PIPELINES: dict[str | None, Any] = {}  # per Python worker: factory -> pipeline

# kinds of the rows a partition yields
_REC, _ERR, _STAT = "record", "error", "stat"
_FIELDS = [name for name, _ in COLUMNS] + [PARTITION]


def cached_pipeline(factory: str | None) -> Any:
    """The pipeline of this Python worker, built on first use."""
    if factory not in _PIPELINES:
        _PIPELINES[factory] = build_pipeline(factory)
    return _PIPELINES[factory]


Rows = Iterator[tuple[Any, ...]]


def process_partition(options: BatchOptions) -> Callable[[Iterable[Task]], Rows]:
    """The mapPartitions function: rows as (kind, unit, *columns, error code, message, source)."""

    def run(tasks: Iterable[Task]) -> Rows:
        pipeline = cached_pipeline(options.pipeline_factory)
        empty = (None,) * len(_FIELDS)
        for task in tasks:
            for item in task_rows(pipeline, task, options):
                if isinstance(item, SaysoError):
                    yield (_ERR, task.unit, *empty, item.code, item.message, item.source)
                else:
                    yield (_REC, task.unit, *(item[f] for f in _FIELDS), None, None, None)
        stat = f"{os.getpid()}:{peak_rss_mb()}"
        yield (_STAT, stat, *empty, None, None, None)

    return run


def session(options: BatchOptions) -> Any:
    """A SparkSession: the active one (spark-submit), else ``options.spark_master`` or
    ``local[workers]`` with this Python for the workers."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise ConfigError(
            "--engine spark needs pyspark and Java 17+: pip install 'sayso[spark]'"
        ) from exc
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    master = options.spark_master or f"local[{options.worker_count}]"
    builder = (
        SparkSession.builder.master(master)
        .appName("sayso-batch")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", str(max(2, options.worker_count)))
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
    )
    for key, value in options.spark_conf:
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except Exception as exc:  # Java missing or too old, ...
        raise ConfigError(
            f"cannot start Spark ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
            "check that Java 17+ is installed and JAVA_HOME points at it"
        ) from exc


def run_spark(
    units: list[Unit],
    options: BatchOptions,
    out: Path,
    on_error: Callable[[SaysoError], None],
    on_unit_done: Callable[[Unit, int, int], None],
) -> Counts:
    counts = Counts()
    failed_reading: dict[str, int] = {}
    tasks: list[Task] = []
    for u in units:
        for item in _unit_tasks(u, options):
            if isinstance(item, InputError):
                failed_reading[u.key] = failed_reading.get(u.key, 0) + 1
                counts.failed += 1
                on_error(item)
            else:
                tasks.append(item)
    from pyspark.sql import SparkSession

    per_unit: dict[str, int] = {}
    if tasks:  # (no Spark session for a run with nothing to do)
        created = SparkSession.getActiveSession() is None
        spark = session(options)
        try:
            per_unit = _run_job(spark, tasks, options, out, counts, failed_reading, on_error)
        finally:
            if created:
                spark.stop()
    for u in units:
        ok = int(per_unit.get(u.key, 0))
        counts.ok += ok
        on_unit_done(u, ok, failed_reading.get(u.key, 0))
    return counts


def _run_job(
    spark: Any,
    tasks: list[Task],
    options: BatchOptions,
    out: Path,
    counts: Counts,
    failed_reading: dict[str, int],
    on_error: Callable[[SaysoError], None],
) -> dict[str, int]:
    from pyspark import StorageLevel
    from pyspark.sql import types as T

    from .rows import spark_schema

    per_unit: dict[str, int] = {}
    if tasks:
        schema = T.StructType(
            [T.StructField("kind", T.StringType(), False), T.StructField("unit", T.StringType())]
            + list(spark_schema().fields)
            + [T.StructField(c, T.StringType()) for c in ("err_code", "err_message", "err_source")]
        )
        slices = max(1, min(len(tasks), options.worker_count * 4))
        rdd = spark.sparkContext.parallelize(tasks, slices).mapPartitions(
            process_partition(options)
        )
        df = spark.createDataFrame(rdd, schema).persist(StorageLevel.MEMORY_AND_DISK)
        try:
            (
                df.where(df.kind == _REC)
                .select(*_FIELDS)
                .write.mode("append")
                .partitionBy(PARTITION)
                .parquet(str((out / RECORDS).resolve()))
            )
            side = df.where(df.kind != _REC).select(
                "kind", "unit", "err_code", "err_message", "err_source"
            )
            per_unit = {
                str(r["unit"]): int(r["count"])
                for r in df.where(df.kind == _REC).groupBy("unit").count().collect()
            }
            for row in side.collect():
                if row["kind"] == _STAT:
                    pid, _, mb = str(row["unit"]).partition(":")
                    counts.peak_rss_mb[pid] = max(float(mb), counts.peak_rss_mb.get(pid, 0.0))
                    continue
                failed_reading[row["unit"]] = failed_reading.get(row["unit"], 0) + 1
                counts.failed += 1
                on_error(error_from((row["err_code"], row["err_message"], row["err_source"])))
        finally:
            df.unpersist()
    return per_unit
