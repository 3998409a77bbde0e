"""Events: a PLOVER coder from a data table of verb and noun patterns."""

from __future__ import annotations

from typing import ClassVar

from .base import State


class EventStage:
    name: ClassVar[str] = "events"
    version: ClassVar[str] = "0"
    requires: ClassVar[tuple[str, ...]] = ("entities", "attributions", "times")
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __call__(self, state: State) -> None:
        return None
