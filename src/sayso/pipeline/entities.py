"""Entities: canonical actors with every mention, roles and countries."""

from __future__ import annotations

from typing import ClassVar

from .base import State


class EntityStage:
    name: ClassVar[str] = "entities"
    version: ClassVar[str] = "0"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("entities",)

    def __call__(self, state: State) -> None:
        return None
