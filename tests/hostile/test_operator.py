"""Faults an operator meets: durability settings, `sayso ingest` killed at random points, and
two ingests writing one store at once. (A real Spark cluster with a killed executor:
tests/batch/test_spark_cluster.py.)

Every `sayso` here is the real command in a subprocess (or in-process through Click where only
its settings are looked at), with the real pipeline, over small invented inputs.
"""

from __future__ import annotations

import importlib
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import sayso
from sayso.cli import main
from sayso.jobs import STORE_BATCH
from sayso.store import Store, claims

SRC = Path(sayso.__file__).resolve().parents[1]
CLI = "import sys; from sayso.cli import main; sys.exit(main())"
SUMMARY = re.compile(r"(\d+) stored(?:, (\d+) already stored(?: \((\d+) by another)?)?")


def _env() -> dict[str, str]:
    path = os.pathsep.join([str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])])
    return {**os.environ, "PYTHONPATH": path, "SAYSO_DURABLE": ""}


def _text(i: int, topic: str = "harbour") -> str:
    return (
        f"Dispatch {topic} {i}. The transport minister of Ruritania said on Tuesday that the "
        f"{topic} strike would end soon. \"Crews return on shift {i},\" a union spokesman told "
        f"reporters. Officials said {i % 11 + 2} ferries were delayed."
    )


def _jsonl(path: Path, ids: range, topic: str = "harbour") -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in ids:
            fh.write(json.dumps({"id": f"{topic}-{i}", "text": _text(i, topic)}) + "\n")
    return path


def _ingest(db: Path, *args: str, cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CLI, "ingest", *args, "--db", str(db)], cwd=cwd, env=_env(),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip


def _committed(db: Path) -> set[str]:
    """The document ids a reader sees committed (a read-only connection of its own)."""
    if not db.exists():
        return set()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return {r[0] for r in conn.execute("SELECT doc_id FROM documents")}
    except sqlite3.OperationalError:  # no schema yet
        return set()
    finally:
        conn.close()


def _integrity(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]
    finally:
        conn.close()


# -- 1. durability settings -----------------------------------------------------------------------


class _Spy(Store):
    """The real Store, remembering the synchronous level of each connection it closes."""

    levels: list[str] = []  # noqa: RUF012 (filled per test)

    def close(self) -> None:
        _Spy.levels.append(self.synchronous)
        super().close()


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    _Spy.levels = []
    monkeypatch.delenv("SAYSO_DURABLE", raising=False)
    for module in ("sayso.cli.store", "sayso.cli.watch"):  # (sayso.cli.watch: the command)
        monkeypatch.setattr(importlib.import_module(module), "Store", _Spy)
    yield _Spy.levels


def test_store_is_normal_by_default_and_full_when_durable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SAYSO_DURABLE", raising=False)
    db = tmp_path / "s.db"
    with Store(db) as store:
        assert (store.journal_mode, store.synchronous) == ("wal", "normal")
    with Store(db, durable=True) as store:
        assert store.synchronous == "full"
    monkeypatch.setenv("SAYSO_DURABLE", "1")
    with Store(db) as store:
        assert store.synchronous == "full"
    with Store(db, durable=False) as store:  # the library's explicit choice wins
        assert store.synchronous == "normal"


def test_durable_option_sets_synchronous_full(
    tmp_path: Path, spy: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    src = _jsonl(tmp_path / "in.jsonl", range(2))
    runner = CliRunner()
    db = str(tmp_path / "s.db")
    assert runner.invoke(main, ["ingest", str(src), "--db", db]).exit_code == 0
    result = runner.invoke(main, ["ingest", str(src), "--db", db, "--durable"])
    assert result.exit_code == 0, result.output
    assert "0 stored, 2 already stored" in result.output
    monkeypatch.setenv("SAYSO_DURABLE", "1")
    assert runner.invoke(main, ["ingest", str(src), "--db", db]).exit_code == 0
    # watch opens the store before it polls (this feed is refused: a private address)
    feed = ["watch", "http://127.0.0.1:9/feed.xml", "--once", "--db", db]
    assert runner.invoke(main, [*feed, "--durable"]).exit_code == 1
    monkeypatch.delenv("SAYSO_DURABLE")
    assert runner.invoke(main, feed).exit_code == 1
    assert spy == ["normal", "full", "full", "full", "normal"]
    assert "--durable" in runner.invoke(main, ["batch", "--help"]).output


def test_durable_batch_writes_the_same_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    src = _jsonl(tmp_path / "in.jsonl", range(3))
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["batch", str(src), "--out", str(out), "--workers", "1", "--durable"]
    )
    assert result.exit_code == 0, result.output
    assert "3 records written from 1 inputs" in result.output
    assert len(list(out.glob("records/*/*.parquet"))) == 1
    assert not list(out.rglob(".*.part"))  # every file renamed into place
    assert json.loads((out / "manifest.json").read_text())["runs"][-1]["records"] == 3


# -- 2. `sayso ingest` killed at random points ----------------------------------------------------

KILLS = 20


def test_ingest_killed_at_random_points_keeps_what_readers_saw(tmp_path: Path) -> None:
    """20 times (seeded): start `sayso ingest` on a large input (it continues where the last
    one stopped), wait for its first commit, let it run a random while longer, read what a
    reader sees committed, kill -9. After each kill everything read before it is still there,
    each document once, and the file passes integrity_check."""
    rng = random.Random(20240515)
    n = 6000
    src = _jsonl(tmp_path / "in.jsonl", range(n))
    db = tmp_path / "s.db"
    seen: set[str] = set()
    for round_ in range(KILLS):
        durable = ["--durable"] if rng.random() < 0.5 else []
        proc = _ingest(db, str(src), *durable, cwd=tmp_path)
        try:
            before = len(seen)
            _wait_for_more(db, before, proc, timeout=60)
            time.sleep(rng.uniform(0.0, 1.0))
            seen = _committed(db)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            assert proc.stdout is not None
            proc.stdout.close()
        assert proc.returncode == -signal.SIGKILL, f"round {round_}: ingest ended by itself"
        after = _committed(db)
        assert seen <= after, f"round {round_}: {len(seen - after)} committed documents lost"
        assert _integrity(db) == ["ok"], f"round {round_}"
        assert len(after) > before  # this round stored something before it was killed
        seen = after
    assert len(seen) < n
    with Store(db, read_only=True) as store:
        assert len(store) == len(seen)  # each document once


def _wait_for_more(db: Path, n: int, proc: subprocess.Popen[str], timeout: float) -> None:
    """Until a reader sees more than ``n`` documents committed."""
    deadline = time.monotonic() + timeout
    while len(_committed(db)) <= n:
        assert proc.poll() is None, "ingest ended before it could be killed"
        assert time.monotonic() < deadline, f"nothing committed within {timeout} s"
        time.sleep(0.05)


# -- 3. two ingests into one store at once --------------------------------------------------------


def _counts(output: str) -> tuple[int, int, int]:
    """(stored, already stored, of those: stored by another writer during extraction)."""
    match = SUMMARY.search(output)
    assert match, output
    return int(match[1]), int(match[2] or 0), int(match[3] or 0)


def test_concurrent_ingests_share_the_work(tmp_path: Path) -> None:
    """Two `sayso ingest` at once over overlapping inputs, both starting on the same shared
    file in the same order: each document is extracted about once between them (claims), not
    twice, and stored once."""
    shared = _jsonl(tmp_path / "shared.jsonl", range(240))
    own_a = _jsonl(tmp_path / "a.jsonl", range(40), "airport")
    own_b = _jsonl(tmp_path / "b.jsonl", range(40), "railway")
    db = tmp_path / "s.db"
    Store(db).close()  # the schema exists before the two race
    a = _ingest(db, str(shared), str(own_a), cwd=tmp_path)
    b = _ingest(db, str(shared), str(own_b), cwd=tmp_path)
    outs = [p.communicate(timeout=300)[0] for p in (a, b)]
    assert [p.returncode for p in (a, b)] == [0, 0], outs
    (stored_a, skipped_a, late_a), (stored_b, skipped_b, late_b) = map(_counts, outs)
    naive = 2 * 280  # what the two extract when neither sees the other
    extracted = stored_a + late_a + stored_b + late_b
    assert stored_a + stored_b == 320  # every document stored by exactly one of them
    assert stored_a + skipped_a == stored_b + skipped_b == 280
    assert extracted <= 320 + 2 * STORE_BATCH, (outs, extracted)  # a batch each, at most
    assert extracted < naive
    with Store(db) as store:
        assert len(store) == 320
        rows = store.query("SELECT count(DISTINCT hash) AS h, count(*) AS n FROM documents")
        assert rows == [{"h": 320, "n": 320}]
        assert store.query("SELECT count(*) AS n FROM claims") == [{"n": 0}]


def test_rerun_still_extracts_everything_again(tmp_path: Path) -> None:
    src = _jsonl(tmp_path / "in.jsonl", range(5))
    db = tmp_path / "s.db"
    first = _ingest(db, str(src), cwd=tmp_path).communicate(timeout=120)[0]
    again = _ingest(db, str(src), "--rerun", cwd=tmp_path).communicate(timeout=120)[0]
    assert _counts(first)[:2] == (5, 0)
    assert _counts(again)[:2] == (5, 0)  # replaced, not skipped


def test_claims_of_a_dead_ingest_are_ignored(tmp_path: Path) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    with Store(tmp_path / "s.db") as store:
        ghost = f"{claims.new_owner().split(':')[0]}:{dead.pid}:0000"
        alive = f"{claims.new_owner().split(':')[0]}:{os.getpid()}:ffff"
        assert claims.claim(store, ["h1", "h2"], ghost) == [claims.Claim.MINE] * 2
        assert claims.claim(store, ["h2"], alive) == [claims.Claim.MINE]  # ghost is gone
        me = claims.new_owner()
        assert claims.claim(store, ["h1", "h2", "h3"], me) == [
            claims.Claim.MINE, claims.Claim.TAKEN, claims.Claim.MINE,
        ]  # fmt: skip
        claims.release(store, alive)
        assert claims.claim(store, ["h2"], me) == [claims.Claim.MINE]
        claims.release(store, me)
        assert store.query("SELECT owner FROM claims") == []
