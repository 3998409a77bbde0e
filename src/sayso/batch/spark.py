"""The Spark engine (``pip install 'sayso[spark]'``; imported only when ``--engine spark``).

One Spark job, one pass over the data, no Python-to-JVM pickling of records:

* the driver reads cheap inputs into tasks (``work.py``) while the SparkSession starts in a
  background thread, and packs the tasks into a few groups balanced by text length (one group
  per partition, ``2 x spark.default.parallelism`` groups);
* with the "workers" writer (``BatchOptions.spark_writer``; the default on a ``local[N]``
  master, where every worker sees OUT), each group is one partition of ``parallelize`` and
  :func:`write_groups` runs it in a Python worker, which writes its tasks' Parquet files itself
  exactly as the local engine does (``local.write_task``) and returns only counts and errors: no
  record passes through the JVM, which on a small machine would take CPU from the workers;
* with the "spark" writer (the default on a cluster, for object storage) the groups go to the
  JVM as one Arrow table (``createDataFrame(pyarrow.Table)``: no Python
  worker on that side), and ``mapInArrow`` runs :func:`process_batches` in the Python workers:
  each takes its pipeline from a module-level cache (the model is loaded once per Python worker
  process; Spark reuses workers, ``spark.python.worker.reuse``) and yields its records as Arrow
  record batches, which the JVM writes without converting Python objects;
  the write (``partitionBy("published")``, append, to ``OUT/records``) is the only action; Spark's
  committer makes it all-or-nothing;
* either way the manifest marks the inputs finished only after the job succeeds;
* what the driver needs besides the records (records and errors per task, each worker's peak
  memory) comes back collected (workers writer) or in an accumulator keyed by task (spark
  writer), so a retried task counts once.

On a cluster, run it through ``spark-submit`` with ``spark_master=None`` (see docs/cluster.md);
without a master it starts ``local[N]``, with JVM options for a short start (C1 compiler only,
serial GC: the driver JVM does little work besides starting).
"""

from __future__ import annotations

import contextlib
import heapq
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from ..errors import ConfigError, InputError, SaysoError
from ..pipeline.base import Extractor
from .local import RECORDS, Counts, remove_unit_files, write_task
from .rows import PARTITION, Row, arrow_schema
from .work import (
    BatchOptions,
    Task,
    TaskResult,
    Unit,
    build_pipeline,
    error_from,
    error_tuple,
    peak_rss_mb,
    task_rows,
)
from .work import unit_tasks as _unit_tasks

if TYPE_CHECKING:
    import pyarrow as pa
    from pyspark import SparkContext
    from pyspark.accumulators import Accumulator, AccumulatorParam
    from pyspark.sql import DataFrame, SparkSession

__all__ = ["SPARK_DEFAULTS", "balanced_groups", "process_batches", "run_spark", "session"]

_PIPELINES: dict[str | None, Extractor] = {}  # per Python worker: factory -> pipeline
Batches: TypeAlias = "Iterator[pa.RecordBatch]"
ErrorRow = tuple[str, str, str | None]  # work.error_tuple: code, message, source
GROUPS_PER_CORE = 2  # partitions per core: a little dynamic balancing, little per-task overhead

# Settings for a session this module starts (a user's --conf overrides them).
SPARK_DEFAULTS: tuple[tuple[str, str], ...] = (
    ("spark.ui.enabled", "false"),
    ("spark.ui.showConsoleProgress", "false"),
    ("spark.python.worker.reuse", "true"),
    ("spark.sql.sources.partitionColumnTypeInference.enabled", "false"),
)
# The local[N] driver JVM only starts, ships the tasks and writes Parquet: compiling with C1
# alone and the serial collector halve its start-up CPU time; a class-data-sharing archive of
# the classes Spark loads (written by the first run, see _cds) halves it again. JVM log lines:
# errors only, to stderr (the archive's dump warns about thousands of classes it leaves out).
JVM_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr"


def cached_pipeline(factory: str | None) -> Extractor:
    """The pipeline of this Python worker, built on first use."""
    if factory not in _PIPELINES:
        _PIPELINES[factory] = build_pipeline(factory)
    return _PIPELINES[factory]


@dataclass
class JobResults:
    """What the workers of the "spark" writer send back, in an accumulator: per task (unit,
    seq) its records and errors (a retried task replaces its entry); per worker (pid) its peak
    memory in MB and the seconds it took to build its pipeline (maxima)."""

    tasks: dict[tuple[str, int], tuple[int, list[ErrorRow]]] = field(default_factory=dict)
    rss: dict[str, float] = field(default_factory=dict)
    load: dict[str, float] = field(default_factory=dict)

    def merge(self, other: JobResults) -> JobResults:
        self.tasks.update(other.tasks)
        for mine, theirs in ((self.rss, other.rss), (self.load, other.load)):
            for pid, value in theirs.items():
                mine[pid] = max(value, mine.get(pid, 0.0))
        return self


def _results_param() -> AccumulatorParam[JobResults]:
    from pyspark.accumulators import AccumulatorParam

    class Results(AccumulatorParam[JobResults]):
        def zero(self, value: JobResults) -> JobResults:
            return JobResults()

        def addInPlace(self, a: JobResults, b: JobResults) -> JobResults:
            return a.merge(b)

    return Results()


def process_batches(
    options: BatchOptions, results: Accumulator[JobResults]
) -> Callable[[Batches], Batches]:
    """The mapInArrow function: batches of pickled task groups in, batches of record rows out;
    per-task counts, errors and this worker's peak memory go to the ``results`` accumulator."""

    def run(batches: Batches) -> Batches:
        import pyarrow as pa

        schema = arrow_schema().append(pa.field(PARTITION, pa.string()))
        began, new = time.monotonic(), options.pipeline_factory not in _PIPELINES
        pipeline = cached_pipeline(options.pipeline_factory)
        if new:
            results.add(JobResults(load={str(os.getpid()): time.monotonic() - began}))
        for batch in batches:
            for payload in batch.column("tasks").to_pylist():
                for task in pickle.loads(payload):
                    rows: list[Row] = []
                    errors: list[ErrorRow] = []
                    for item in task_rows(pipeline, task, options):
                        if isinstance(item, SaysoError):
                            errors.append(error_tuple(item))
                        else:
                            rows.append(item)
                    if rows:
                        yield pa.RecordBatch.from_pylist(rows, schema=schema)
                    results.add(JobResults(tasks={(task.unit, task.seq): (len(rows), errors)}))
        results.add(JobResults(rss={str(os.getpid()): peak_rss_mb()}))

    return run


def write_groups(
    options: BatchOptions, out: str
) -> Callable[[Iterable[bytes]], Iterator[tuple[TaskResult, float]]]:
    """The mapPartitions function of the "workers" writer: pickled task groups in; each task's
    rows written by this Python worker (``local.write_task``, the local engine's files), one
    ``(TaskResult, seconds to build the pipeline)`` out per task."""

    def run(payloads: Iterable[bytes]) -> Iterator[tuple[TaskResult, float]]:
        began, new = time.monotonic(), options.pipeline_factory not in _PIPELINES
        pipeline = cached_pipeline(options.pipeline_factory)
        load = time.monotonic() - began if new else 0.0
        for payload in payloads:
            for task in pickle.loads(payload):
                yield write_task(pipeline, options, Path(out), task), load

    return run


def session(options: BatchOptions) -> SparkSession:
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
    builder = SparkSession.builder.master(master).appName("sayso-batch")
    conf = dict(SPARK_DEFAULTS)
    if master.startswith("local"):
        conf["spark.driver.extraJavaOptions"] = JVM_OPTIONS + _cds.option()
    conf.update(options.spark_conf)
    if "ArchiveClassesAtExit" not in conf.get("spark.driver.extraJavaOptions", ""):
        _cds.dumping = None  # the user's own JVM options
    for key, value in conf.items():
        builder = builder.config(key, value)
    try:
        return builder.getOrCreate()
    except Exception as exc:  # Java missing or too old, ...
        raise ConfigError(
            f"cannot start Spark ({type(exc).__name__}: {' '.join(str(exc).split())[:200]}); "
            "check that Java 17+ is installed and JAVA_HOME points at it"
        ) from exc


class _ClassArchive:
    """A class-data-sharing archive for the driver JVM, in ``~/.cache/sayso/spark-cds/`` (one per
    Java and pyspark installation; ``SAYSO_SPARK_CDS=0`` turns it off). The first run's JVM
    writes it when it exits (``-XX:ArchiveClassesAtExit``): :meth:`finish` ends that JVM after
    ``spark.stop()``, waits, and moves the complete archive into place, so that no JVM ever maps
    a half-written one; later runs map it (``-XX:SharedArchiveFile``)."""

    def __init__(self) -> None:
        self.dumping: Path | None = None

    def path(self) -> Path | None:
        if os.environ.get("SAYSO_SPARK_CDS", "1") == "0":
            return None
        import hashlib
        import shutil

        home = os.environ.get("JAVA_HOME")
        java = os.path.join(home, "bin", "java") if home else shutil.which("java")
        try:
            import pyspark

            java = os.path.realpath(java or "")
            key = f"{java}:{os.stat(java).st_mtime_ns}:{pyspark.__file__}:{pyspark.__version__}"
        except (ImportError, OSError):
            return None
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        digest = hashlib.sha256(f"{key}:{JVM_OPTIONS}".encode()).hexdigest()[:16]
        return cache / "sayso" / "spark-cds" / f"{digest}.jsa"

    def option(self) -> str:
        self.dumping = None
        archive = self.path()
        if archive is None:
            return ""
        if archive.is_file():
            return f" -XX:SharedArchiveFile={archive}"
        try:
            archive.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return ""
        self.dumping = archive.with_name(f".{archive.stem}.{os.getpid()}.tmp")
        return f" -XX:ArchiveClassesAtExit={self.dumping}"

    def finish(self) -> None:
        """After ``spark.stop()``: let the JVM write the archive, then put it in place."""
        tmp, self.dumping = self.dumping, None
        if tmp is None:
            return
        from pyspark import SparkContext

        gateway = SparkContext._gateway
        proc = getattr(gateway, "proc", None)
        if gateway is None or proc is None or proc.stdin is None:
            return
        with contextlib.suppress(Exception):  # the JVM is going anyway
            gateway.shutdown()
        SparkContext._gateway = None  # a later session starts a new JVM
        SparkContext._jvm = None
        try:
            proc.stdin.close()  # the gateway JVM exits on end of input
            proc.wait(timeout=120)
            if proc.returncode == 0 and tmp.is_file() and tmp.stat().st_size > 0:
                archive = self.path()
                if archive is not None:
                    os.replace(tmp, archive)
                    prune_archives(archive)
        except Exception:  # no archive: the next run tries again
            pass
        finally:
            tmp.unlink(missing_ok=True)


def prune_archives(keep: Path) -> None:
    """Remove the archives beside ``keep``: each was written for a Java, pyspark or JVM options
    since replaced (over 100 MB apiece), and a current one is written again on first use."""
    for other in keep.parent.glob("*.jsa"):
        if other != keep:
            with contextlib.suppress(OSError):
                other.unlink()


_cds = _ClassArchive()


def _start(options: BatchOptions, counts: Counts) -> tuple[Future[SparkSession], bool]:
    """The session, starting in a thread while the driver reads; and whether we start it."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        created = True
    else:
        created = SparkSession.getActiveSession() is None
    pool = ThreadPoolExecutor(1, thread_name_prefix="sayso-spark-start")

    def start() -> SparkSession:
        began = time.monotonic()
        spark = session(options)
        counts.seconds["spark_start"] = time.monotonic() - began
        return spark

    try:
        return pool.submit(start), created
    finally:
        pool.shutdown(wait=False)


def _weight(task: Task) -> int:
    """Rough cost of a task: characters of its documents, or bytes of the file it reads."""
    if task.source is None:
        return sum(len(d.text) for d in task.docs) + 1
    try:
        return os.path.getsize(task.source) + 1
    except OSError:  # a URL
        return 50_000


def balanced_groups(tasks: list[Task], n: int) -> list[list[Task]]:
    """``tasks`` in at most ``n`` groups of about equal weight (longest first, to the lightest)."""
    n = max(1, min(n, len(tasks)))
    heap = [(0, i) for i in range(n)]
    groups: list[list[tuple[int, Task]]] = [[] for _ in range(n)]
    for index, task in sorted(enumerate(tasks), key=lambda it: -_weight(it[1])):
        load, i = heapq.heappop(heap)
        groups[i].append((index, task))
        heapq.heappush(heap, (load + _weight(task), i))
    return [[t for _, t in sorted(g, key=lambda it: it[0])] for g in groups if g]


def run_spark(
    units: list[Unit],
    options: BatchOptions,
    out: Path,
    on_error: Callable[[SaysoError], None],
    on_unit_done: Callable[[Unit, int, int], None],
) -> Counts:
    counts = Counts()
    failed_reading: dict[str, int] = {}
    per_unit: dict[str, int] = {}
    began = time.monotonic()
    starting, created = _start(options, counts) if units else (None, False)
    spark = None
    try:
        tasks: list[Task] = []
        for u in units:
            for item in _unit_tasks(u, options):
                if isinstance(item, InputError):
                    failed_reading[u.key] = failed_reading.get(u.key, 0) + 1
                    counts.failed += 1
                    on_error(item)
                else:
                    tasks.append(item)
        counts.seconds["read"] = time.monotonic() - began
        if starting is not None:
            spark = starting.result()
        if tasks and spark is not None:
            job = time.monotonic()
            per_unit = _run_job(spark, tasks, options, out, counts, failed_reading, on_error)
            counts.seconds["job"] = time.monotonic() - job
    finally:
        if created and starting is not None:
            if spark is None and starting.exception() is None:
                spark = starting.result()
            if spark is not None:
                stop = time.monotonic()
                spark.stop()
                counts.seconds["spark_stop"] = time.monotonic() - stop
                _cds.finish()
    for u in units:
        ok = int(per_unit.get(u.key, 0))
        counts.ok += ok
        on_unit_done(u, ok, failed_reading.get(u.key, 0))
    return counts


def _map_in_arrow(df: DataFrame, func: Callable[[Batches], Batches]) -> DataFrame:
    """``df.mapInArrow(func, schema)``, which pyspark builds through ``pandas_udf`` and so only
    with pandas installed; without pandas, the same plan through the UDF class it wraps (the
    workers need pyarrow only)."""
    import importlib.util

    from .rows import spark_schema

    if importlib.util.find_spec("pandas") is not None:
        return df.mapInArrow(func, spark_schema())
    from pyspark.sql import DataFrame
    from pyspark.sql.udf import UserDefinedFunction
    from pyspark.util import PythonEvalType

    udf = UserDefinedFunction(
        func, returnType=spark_schema(), evalType=PythonEvalType.SQL_MAP_ARROW_ITER_UDF
    )
    column = udf(*[df[c] for c in df.columns])
    return DataFrame(df._jdf.mapInArrow(column._jc, False, None), df.sparkSession)


def _run_job(
    spark: SparkSession,
    tasks: list[Task],
    options: BatchOptions,
    out: Path,
    counts: Counts,
    failed_reading: dict[str, int],
    on_error: Callable[[SaysoError], None],
) -> dict[str, int]:
    import pyarrow as pa

    sc = spark.sparkContext
    groups = balanced_groups(tasks, sc.defaultParallelism * GROUPS_PER_CORE)
    if _workers_write(options, sc.master or ""):
        return _run_job_workers(sc, groups, options, out, counts, failed_reading, on_error)
    table = pa.table(
        {
            "group": pa.array(range(len(groups)), pa.int32()),
            "tasks": pa.array([pickle.dumps(g, protocol=5) for g in groups], pa.binary()),
        }
    )
    results = sc.accumulator(JobResults(), _results_param())
    conf = "spark.sql.leafNodeDefaultParallelism"  # one group per partition
    before = spark.conf.get(conf, None)
    spark.conf.set(conf, str(len(groups)))
    try:
        (
            _map_in_arrow(spark.createDataFrame(table), process_batches(options, results))
            .write.mode("append")
            .partitionBy(PARTITION)
            .parquet(str((out / RECORDS).resolve()))
        )
    finally:
        if before is None:
            spark.conf.unset(conf)
        else:
            spark.conf.set(conf, before)
    got = results.value
    for seconds in got.load.values():
        _model_load(counts, seconds)
    counts.peak_rss_mb.update(got.rss)
    done = [
        TaskResult(unit, seq, ok=ok, errors=errors)
        for (unit, seq), (ok, errors) in sorted(got.tasks.items())
    ]
    return _tally(done, counts, failed_reading, on_error)


def _model_load(counts: Counts, seconds: float) -> None:
    counts.seconds["model_load"] = max(seconds, counts.seconds.get("model_load", 0.0))


def _tally(
    results: list[TaskResult],
    counts: Counts,
    failed_reading: dict[str, int],
    on_error: Callable[[SaysoError], None],
) -> dict[str, int]:
    """Records per input from the finished tasks; their bad documents logged and counted, and
    each worker's peak memory (a result with a pid) kept."""
    per_unit: dict[str, int] = {}
    for result in results:
        if result.pid:
            pid = str(result.pid)
            counts.peak_rss_mb[pid] = max(result.peak_rss_mb, counts.peak_rss_mb.get(pid, 0.0))
        per_unit[result.unit] = per_unit.get(result.unit, 0) + result.ok
        for row in result.errors:
            failed_reading[result.unit] = failed_reading.get(result.unit, 0) + 1
            counts.failed += 1
            on_error(error_from(row))
    return per_unit


def _workers_write(options: BatchOptions, master: str) -> bool:
    if options.spark_writer not in ("auto", "spark", "workers"):
        raise ConfigError(
            f"unknown Spark writer {options.spark_writer!r}; use auto, spark or workers"
        )
    if options.spark_writer == "auto":
        return master.startswith("local")
    return options.spark_writer == "workers"


def _run_job_workers(
    sc: SparkContext,
    groups: list[list[Task]],
    options: BatchOptions,
    out: Path,
    counts: Counts,
    failed_reading: dict[str, int],
    on_error: Callable[[SaysoError], None],
) -> dict[str, int]:
    """The job with the "workers" writer: one partition per group (one element each, so
    ``parallelize`` cannot pair two groups), results collected (a few small objects per task);
    the JVM only schedules, no record passes through it."""
    for key in sorted({t.unit for g in groups for t in g}):
        remove_unit_files(out, key)
    payloads = [pickle.dumps(g, protocol=5) for g in groups]
    results = (
        sc.parallelize(payloads, len(payloads))
        .mapPartitions(write_groups(options, str(out.resolve())))
        .collect()
    )
    for _, load in results:
        _model_load(counts, load)
    return _tally([r for r, _ in results], counts, failed_reading, on_error)
