"""Divergences the text itself states (omissions, qualifications)."""

from __future__ import annotations

from typing import ClassVar

from .base import State


class DivergenceStage:
    name: ClassVar[str] = "divergences"
    version: ClassVar[str] = "0"
    requires: ClassVar[tuple[str, ...]] = ("entities", "attributions")
    assigns: ClassVar[tuple[str, ...]] = ("divergences",)

    def __call__(self, state: State) -> None:
        return None
