"""Kinds of missed events on real pages, round 20, each with invented sentences: a warship
that sinks a vessel attacks it (CAMEO 19, conventional force), a vessel that sinks is no
attacker."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import coded

Run = Callable[..., Record]


@pytest.mark.model
def test_a_warship_that_sank_a_vessel_attacked_it(run: Run) -> None:
    found = coded(
        run(
            "The frigate HMS Corvale sank a Moroccan smuggling schooner off Malta on Tuesday,"
            " the navy said."
        )
    )
    assert [c for c in found if c[0] == "ASSAULT" and "HMS Corvale" in c[2]], found


@pytest.mark.model
def test_a_navy_that_drew_criticism_after_sinking_a_trawler_attacked_it(run: Run) -> None:
    found = coded(
        run(
            "Last month, Portugal's navy drew criticism after sinking a Moroccan fishing trawler"
            " that had been taken over hours earlier by smugglers."
        )
    )
    assert [c for c in found if c[0] == "ASSAULT" and "Portugal's navy" in c[2]], found


@pytest.mark.model
def test_a_ferry_that_sank_attacked_no_one(run: Run) -> None:
    found = coded(
        run(
            "The Moroccan ferry Arvella sank off Gotland on Sunday after a storm, Swedish"
            " officials said."
        )
    )
    assert not [c for c in found if c[0] == "ASSAULT"], found
