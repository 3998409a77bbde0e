from __future__ import annotations

from collections.abc import Iterator

import pytest

from .server import Site, serve


@pytest.fixture
def site() -> Iterator[Site]:
    with serve() as s:
        yield s
