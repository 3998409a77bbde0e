from __future__ import annotations

from pathlib import Path

from sayso.jobs import ErrorLog, Summary, ingest
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
