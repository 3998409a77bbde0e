"""Attributions: who said what, resolved speaker, cue, content, via."""

from __future__ import annotations

from typing import ClassVar

from .base import State


class AttributionStage:
    name: ClassVar[str] = "attributions"
    version: ClassVar[str] = "0"
    requires: ClassVar[tuple[str, ...]] = ("entities",)
    assigns: ClassVar[tuple[str, ...]] = ("attributions",)

    def __call__(self, state: State) -> None:
        return None
