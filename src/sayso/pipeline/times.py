"""Times: explicit and relative dates normalised against meta.published."""

from __future__ import annotations

from typing import ClassVar

from .base import State


class TimeStage:
    name: ClassVar[str] = "times"
    version: ClassVar[str] = "0"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("times",)

    def __call__(self, state: State) -> None:
        return None
