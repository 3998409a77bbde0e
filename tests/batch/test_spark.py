"""Spark local[2], with the pinned pyspark and the machine's Java (skipped without Java)."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

from ingest_web.fakes import FACTORY
from sayso.batch import BatchOptions, run_batch
from sayso.batch.load import load_batch
from sayso.jobs import ErrorLog
from sayso.store import Store

from .conftest import write_jsonl

pytestmark = [
    pytest.mark.spark,
    pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java 17+"),
]

FAST = (
    ("spark.ui.enabled", "false"),
    ("spark.sql.shuffle.partitions", "2"),
    ("spark.default.parallelism", "2"),
    ("spark.driver.memory", "512m"),
)


@pytest.mark.parametrize("writer", ["auto", "spark"])  # auto on local[2]: the workers write
def test_spark_local2_writes_the_same_layout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writer: str
) -> None:
    pytest.importorskip("pyspark")
    tests_dir = str(Path(__file__).resolve().parents[1])  # the Python workers import the fake
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([tests_dir, *sys.path]))
    src = write_jsonl(tmp_path / "in.jsonl", 6)
    (tmp_path / "bad.jsonl").write_text('{"id": "b1", "text": "BOOM"}\n')
    out = tmp_path / "out"
    options = BatchOptions(engine="spark", workers=2, chunk_size=2, pipeline_factory=FACTORY,
                           spark_conf=FAST, spark_writer=writer)  # fmt: skip
    log = tmp_path / "errors.jsonl"
    summary = run_batch([str(src), str(tmp_path / "bad.jsonl")], out, options, errors=ErrorLog(log))
    assert (summary.ok, summary.failed) == (6, 1)
    assert "the fake stage exploded" in log.read_text()
    assert {p.name for p in (out / "records").iterdir() if p.is_dir()} == {
        "published=2024-05-02", "published=2024-05-03", "published=2024-05-01",
        "published=__HIVE_DEFAULT_PARTITION__",
    }  # fmt: skip
    files = [f.name for f in (out / "records").glob("*/*.parquet")]
    ours = [f for f in files if f.startswith("part-") and f.count("-") == 3]  # part-UNIT-SEQ-N
    assert files and len(ours) == (len(files) if writer == "auto" else 0)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["runs"][-1]["engine"] == "spark"
    assert summary.peak_rss_mb and all(mb < 1536 for mb in summary.peak_rss_mb.values())
    again = run_batch([str(src)], out, options)
    assert (again.ok, again.skipped) == (0, 1)
    with Store(tmp_path / "s.db") as store:
        assert load_batch(store, out) == (6, 0)
