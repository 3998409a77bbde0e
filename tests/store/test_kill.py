"""A writer killed with SIGKILL mid-ingest leaves a store that a re-run completes exactly."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from sayso.store import Store

from .fakes import document, numbered

HERE = Path(__file__).parent
N = 2000

WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from fakes import document, numbered
    from sayso.store import Store

    path, n, mode = sys.argv[2], int(sys.argv[3]), sys.argv[4]
    with Store(path) as store:
        if mode == "add":
            for record in numbered(n):
                store.add(record, document(record), {"fake": "1"})
                print(record.id, flush=True)
        else:
            size = 50 if mode == "add_many" else 100  # "bulk": FTS5 filled a batch at a time
            for start in range(0, n, size):
                store.add_many(((r, document(r)) for r in numbered(size, start)), batch_size=size)
                print(start, flush=True)
    print("done", flush=True)
    """
)

# What every article in fakes.numbered holds, table by table.
PER_DOC = {"entities": 3, "attributions": 2, "events": 1, "times": 1, "divergences": 1}


def _fts_integrity(path: Path) -> None:
    """FTS5's check of both full-text tables against their content tables (raises if not)."""
    conn = sqlite3.connect(path)
    try:
        for table in ("articles_fts", "quotes_fts"):
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    finally:
        conn.close()


def _counts(store: Store) -> dict[str, int]:
    counts = {"documents": len(store)}
    for table in PER_DOC:
        counts[table] = store.query(f"SELECT count(*) AS n FROM {table}")[0]["n"]
    return counts


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize(("mode", "kill_after"), [("add", 300), ("add_many", 10), ("bulk", 5)])
def test_sigkill_then_rerun_stores_every_document_once(
    db_path: Path, mode: str, kill_after: int
) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(HERE), str(db_path), str(N), mode],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    try:
        for _ in range(kill_after):
            line = proc.stdout.readline()
            assert line and line != "done\n", "the writer finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    with Store(db_path) as store:
        assert store.query("PRAGMA integrity_check") == [{"integrity_check": "ok"}]
        _fts_integrity(db_path)
        triggers = store.query("SELECT name FROM sqlite_schema WHERE type = 'trigger'")
        assert {"documents_ai", "attributions_ai"} <= {r["name"] for r in triggers}
        before = _counts(store)
        assert kill_after <= before["documents"] < N
        # every committed document is complete: no half-written record survives
        assert all(before[t] == k * before["documents"] for t, k in PER_DOC.items())

        added = sum(store.add(r, document(r)) for r in numbered(N))
        assert added == N - before["documents"]
        after = _counts(store)
        assert after == {"documents": N, **{t: k * N for t, k in PER_DOC.items()}}
        ids = store.query("SELECT doc_id, count(*) AS n FROM documents GROUP BY doc_id")
        assert len(ids) == N and {r["n"] for r in ids} == {1}
        assert store.get("doc1234") == next(numbered(1, 1234))
        assert len(store.quotes(search="firmly")) == N
    _fts_integrity(db_path)
