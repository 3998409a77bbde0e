"""The stages of one document run with the cyclic garbage collector held off
(``pipeline.collector_paused``): it is on again after, also when a stage fails, and stays off
where it was off before."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from sayso.pipeline import Pipeline, State, collector_paused
from sayso.types import Document


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


class _Seen:
    """A stage that notes whether the collector was on while it ran, and may fail."""

    name = "seen"
    version = "1"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.on: list[bool] = []

    def __call__(self, state: State) -> None:
        self.on.append(gc.isenabled())
        if self.fail:
            raise RuntimeError("the stage failed")


def _run(stage: _Seen) -> None:
    Pipeline(stages=[stage]).extract(Document(id="d1", text="The council met on Tuesday."))


@pytest.mark.model
@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_off_inside_and_on_after() -> None:
    stage = _Seen()
    _run(stage)
    assert stage.on == [False]
    assert gc.isenabled()


@pytest.mark.model
@pytest.mark.usefixtures("collector_on")
def test_the_collector_is_on_again_after_a_failing_stage() -> None:
    with pytest.raises(RuntimeError):
        _run(_Seen(fail=True))
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
