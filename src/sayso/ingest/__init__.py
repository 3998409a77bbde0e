"""Readers that turn files, standard input and (later) URLs, feeds and archives into Documents."""

from .readers import read_source, read_sources

__all__ = ["read_source", "read_sources"]
