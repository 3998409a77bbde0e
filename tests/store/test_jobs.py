from __future__ import annotations

import sqlite3
from pathlib import Path

from sayso.jobs import ErrorLog, Summary, ingest, rerun_stale
from sayso.store import Store

from .fakes import FakePipeline


def test_ingest_counts_repeats_and_unreadable_inputs(store: Store, tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("The same text.\n")
    (tmp_path / "two.txt").write_text("The same text.\n")
    (tmp_path / "empty.txt").write_text("")
    seen: list[str] = []
    progress: list[tuple[int, int, int]] = []

    def on_progress(counts: Summary) -> None:
        progress.append((counts.ok, counts.skipped, counts.failed))

    fake = FakePipeline()
    summary = ingest(
        store,
        [str(tmp_path / n) for n in ("one.txt", "two.txt", "empty.txt")],
        pipeline=fake,
        errors=ErrorLog(tmp_path / "errors.jsonl"),
        on_error=lambda e: seen.append(e.code),
        on_progress=on_progress,
    )
    assert (summary.ok, summary.skipped, summary.failed) == (1, 1, 1)
    assert summary.exit_code == 1
    assert seen == ["input"]
    assert progress[-1] == (1, 1, 1)
    assert (tmp_path / "errors.jsonl").exists()
    assert len(store) == 1

    again = ingest(store, [str(tmp_path / "one.txt")], pipeline=fake)
    assert (again.ok, again.skipped, again.failed) == (0, 1, 0)
    assert again.line("stored") == "0 stored, 1 already stored, 0 failed"


def _stored(store: Store) -> dict[str, tuple[int, str, str | None]]:
    rows = store.query("SELECT id, doc_id, stage_versions, source FROM documents")
    return {r["doc_id"]: (r["id"], r["stage_versions"], r["source"]) for r in rows}


def _set_versions(db: Path, doc_id: str, versions: str) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE documents SET stage_versions = ? WHERE doc_id = ?", (versions, doc_id))
    conn.close()


def test_rerun_stale_redoes_only_documents_of_other_stage_versions(
    db_path: Path, tmp_path: Path
) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Report {name}: the harbour master said so.\n")
    fake = FakePipeline()
    with Store(db_path) as store:
        ingest(store, [str(tmp_path / f"{n}.txt") for n in ("a", "b", "c")], pipeline=fake)
        before = _stored(store)
    assert {v for _, v, _ in before.values()} == {'{"fake": "1"}'}
    _set_versions(db_path, "b", '{"fake": "0"}')

    fake.seen.clear()
    with Store(db_path) as store:
        summary = rerun_stale(store, pipeline=fake)
        after = _stored(store)
        record = store.get("b")
    assert (summary.ok, summary.skipped, summary.failed) == (1, 0, 0)
    assert fake.seen == ["b"]  # a and c hold the current versions: not extracted again
    assert after["a"] == before["a"] and after["c"] == before["c"]
    assert after["b"][0] != before["b"][0]  # a new row: the record was replaced
    assert after["b"][1:] == ('{"fake": "1"}', str(tmp_path / "b.txt"))  # the source is kept
    assert record.text == "Report b: the harbour master said so.\n"

    fake.seen.clear()
    with Store(db_path) as store:
        again = rerun_stale(store, pipeline=fake)
    assert (again.ok, again.failed, fake.seen) == (0, 0, [])


def test_rerun_stale_keeps_the_old_record_of_a_document_that_fails(
    db_path: Path, tmp_path: Path
) -> None:
    (tmp_path / "x.txt").write_text("Report x: the ferry was late.\n")
    with Store(db_path) as store:
        ingest(store, [str(tmp_path / "x.txt")], pipeline=FakePipeline())
    _set_versions(db_path, "x", "{}")
    seen: list[str] = []
    with Store(db_path) as store:
        summary = rerun_stale(
            store, pipeline=FakePipeline(fail=["x"]), errors=ErrorLog(tmp_path / "e.jsonl"),
            on_error=lambda e: seen.append(e.code),
        )  # fmt: skip
        assert _stored(store)["x"][1] == "{}"
    assert (summary.ok, summary.failed, seen) == (0, 1, ["extraction"])
    assert "x.txt" in (tmp_path / "e.jsonl").read_text()
