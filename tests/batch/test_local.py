from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from click.testing import CliRunner

from ingest_web.fakes import FACTORY, FakePipeline
from ingest_web.server import Site, article_html, slow
from ingest_web.warcs import write_warc
from sayso.batch import BatchOptions, run_batch
from sayso.batch.load import load_batch
from sayso.cli import main
from sayso.ingest.url import FetchOptions
from sayso.jobs import ErrorLog
from sayso.store import Store

from .conftest import write_jsonl


def rows(out: Path) -> list[dict[str, object]]:
    table = ds.dataset(str(out / "records"), format="parquet", partitioning="hive").to_table()
    return sorted(table.to_pylist(), key=lambda r: str(r["id"]))


def opts(**kw: object) -> BatchOptions:
    settings: dict[str, object] = {"pipeline_factory": FACTORY, "workers": 1, "chunk_size": 4}
    return BatchOptions(**{**settings, **kw})  # type: ignore[arg-type]


def test_local_writes_partitioned_parquet_and_manifest(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 10)
    out = tmp_path / "out"
    summary = run_batch([str(src)], out, opts())
    assert (summary.ok, summary.failed, summary.inputs) == (10, 0, 1)
    got = rows(out)
    assert len(got) == 10
    assert {r["published"] for r in got} == {None, "2024-05-01", "2024-05-02", "2024-05-03"}
    assert sorted(p.name for p in (out / "records").iterdir())[-1] == (
        "published=__HIVE_DEFAULT_PARTITION__"
    )
    record = json.loads(str(got[0]["record"]))
    assert record["id"] == got[0]["id"] and record["text"].startswith("Article")
    manifest = json.loads((out / "manifest.json").read_text())
    [entry] = manifest["inputs"].values()
    assert entry["records"] == 10 and entry["source"] == str(src)
    assert manifest["runs"][0]["records"] == 10


def test_rerun_skips_finished_inputs_and_redoes_changed_ones(tmp_path: Path) -> None:
    a = write_jsonl(tmp_path / "a.jsonl", 6)
    b = write_jsonl(tmp_path / "b.jsonl", 3, start=100)
    out = tmp_path / "out"
    run_batch([str(a), str(b)], out, opts())
    again = run_batch([str(a), str(b)], out, opts())
    assert (again.ok, again.skipped) == (0, 2)
    write_jsonl(b, 4, start=200)  # changed: done again, its old files replaced
    os.utime(b, ns=(1, 1))
    third = run_batch([str(a), str(b)], out, opts())
    assert (third.ok, third.skipped) == (4, 1)
    ids = [r["id"] for r in rows(out)]
    assert len(ids) == 10 and "d100" not in ids and "d203" in ids
    forced = run_batch([str(a)], out, opts(rerun=True))
    assert forced.ok == 6 and len(rows(out)) == 10


def test_bad_inputs_are_logged_and_everything_else_lands(tmp_path: Path, site: Site) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", 5)
    (tmp_path / "boom.jsonl").write_text(
        '{"id": "x1", "text": "fine text"}\n{"id": "x2", "text": "BOOM"}\nnot json\n'
    )
    pages = [
        ("https://n.example/a", "text/html", article_html("A").encode()),
        ("https://n.example/p.pdf", "application/pdf", b"%PDF-1.4"),
        ("https://n.example/b", "text/html", article_html("B").encode()),
    ]
    full = write_warc(tmp_path / "full.warc.gz", pages).read_bytes()
    (tmp_path / "cut.warc.gz").write_bytes(full[:-200])
    (tmp_path / "latin.html").write_bytes(article_html("Café").encode("latin-1"))
    big = tmp_path / "big.html"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # a 50 MB page
    site.handlers["/slow"] = slow(3)
    inputs = [str(good), str(tmp_path / "boom.jsonl"), str(tmp_path / "cut.warc.gz"),
              str(tmp_path / "latin.html"), str(big), site.url("/slow")]  # fmt: skip
    log = tmp_path / "errors.jsonl"
    fetch = FetchOptions(allow_private=True, timeout=0.3, retries=0)
    summary = run_batch(inputs, tmp_path / "out", opts(fetch=fetch), errors=ErrorLog(log))
    errors = [json.loads(line) for line in log.read_text().splitlines()]
    reasons = " | ".join(e["error"] for e in errors)
    assert "not valid JSON" in reasons
    assert "extraction failed (RuntimeError: the fake stage exploded)" in reasons
    assert "has no HTML (application/pdf" in reasons
    assert "truncated" in reasons
    assert "too large" in reasons and "big.html" in reasons
    assert "timed out" in reasons and "/slow" in reasons
    assert summary.failed == len(errors) == 6
    ids = {str(r["id"]) for r in rows(tmp_path / "out")}
    assert ids == {"d0", "d1", "d2", "d3", "d4", "x1", "https://n.example/a", "latin"}
    assert summary.ok == 8 and summary.exit_code == 1


def test_two_worker_processes_and_bulk_load(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", 40)
    dup = tmp_path / "dup.jsonl"
    dup.write_text(src.read_text().splitlines()[3].replace('"d3"', '"d3-copy"') + "\n")
    out = tmp_path / "out"
    summary = run_batch([str(src), str(dup)], out, opts(workers=2))
    assert summary.ok == 41 and 1 <= len(summary.peak_rss_mb) <= 2
    assert all(0 < mb < 1536 for mb in summary.peak_rss_mb.values())
    with Store(tmp_path / "s.db") as store:
        added, seen = load_batch(store, out)
        assert (added, seen) == (40, 1)
        assert load_batch(store, out) == (0, 41)
        assert len(store) == 40
        exact = store.query("SELECT copy_id FROM copies WHERE kind = 'exact'")
        assert exact == [{"copy_id": "d3-copy"}] or exact == [{"copy_id": "d3"}]


def test_cli_batch_then_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sayso.batch.local.build_pipeline", lambda factory: FakePipeline())
    src = write_jsonl(tmp_path / "in.jsonl", 5)
    out = tmp_path / "out"
    runner = CliRunner()
    res = runner.invoke(main, ["batch", str(src), "--out", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert "5 records written from 1 inputs, 0 failed" in res.output
    assert "articles/s" in res.output
    db = tmp_path / "s.db"
    res = runner.invoke(main, ["ingest", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "5 stored" in res.output
