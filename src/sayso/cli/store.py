"""Store commands: ingest, quotes, events, actors, query, export."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add the store commands to ``group``."""
    return None
