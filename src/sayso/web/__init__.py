"""The web app and REST API over a store (``sayso serve``): see :func:`create_app`."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
