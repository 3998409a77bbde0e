"""Input readers: .txt, .jsonl, .html, standard input."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..types import Document


def read_source(source: str) -> Iterator[Document | InputError]:
    """Documents in ``source`` (a path or "-"), with an InputError in place of each bad one."""
    path = Path(source)
    text = path.read_text(encoding="utf-8")
    yield Document(id=path.stem, text=text, source=source)


def read_sources(sources: Iterable[str]) -> Iterator[Document | InputError]:
    for s in sources:
        yield from read_source(s)
