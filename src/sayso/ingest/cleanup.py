"""Scraped-text cleanup that keeps offsets valid: it never rewrites the text, it only judges it."""

from __future__ import annotations

from ..types import Document, Meta


def clean(document: Document) -> Meta:
    """Meta for ``document``: title, published date, body ranges and flags over its text."""
    return Meta(
        title=document.title,
        published=document.published,
        url=document.url,
        outlet=document.outlet,
        language="en",
        body=((0, len(document.text)),),
    )
