"""How the Spark engine packs tasks into partitions, and keeps its class archives (no Spark
needed)."""

from __future__ import annotations

from pathlib import Path

from sayso.batch.spark import balanced_groups, prune_archives
from sayso.batch.work import Task
from sayso.types import Document


def _task(seq: int, chars: int) -> Task:
    return Task("u", seq, docs=(Document(id=f"d{seq}", text="x" * chars),))


def test_groups_are_balanced_by_text_length_and_keep_task_order() -> None:
    sizes = [9000, 100, 100, 100, 4000, 4000, 900, 900, 50, 50]
    tasks = [_task(i, n) for i, n in enumerate(sizes)]
    groups = balanced_groups(tasks, 4)
    assert len(groups) == 4
    assert sorted(t.seq for g in groups for t in g) == list(range(len(tasks)))
    assert all([t.seq for t in g] == sorted(t.seq for t in g) for g in groups)
    loads = [sum(len(d.text) for t in g for d in t.docs) for g in groups]
    assert sorted(loads) == [2200, 4000, 4000, 9000]  # longest first, each to the lightest


def test_no_empty_groups() -> None:
    tasks = [_task(i, 10) for i in range(3)]
    assert [len(g) for g in balanced_groups(tasks, 8)] == [1, 1, 1]
    assert balanced_groups([], 4) == []


def test_a_new_class_archive_replaces_the_stale_ones(tmp_path: Path) -> None:
    current = tmp_path / "a1.jsa"
    for name in ("a1.jsa", "old1.jsa", "old2.jsa", ".a1.123.tmp", "notes.txt"):
        (tmp_path / name).write_bytes(b"x")
    prune_archives(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".a1.123.tmp", "a1.jsa", "notes.txt"]
