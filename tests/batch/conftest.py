from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest_web.server import Site, serve


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as s:
        yield s


def write_jsonl(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(start, start + n):
            day = None if i % 5 == 0 else f"2024-05-0{1 + i % 3}"
            text = f"Article {i}: the minister said talks would resume, number {i * 7919}."
            fh.write(json.dumps({"id": f"d{i}", "text": text, "published": day}) + "\n")
    return path
