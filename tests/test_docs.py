"""The README documents every command (a datasette habit); docs/record.md every field of the
record."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sayso.cli import main
from sayso.types import (
    Attribution,
    Divergence,
    Entity,
    Event,
    Flag,
    Meta,
    Record,
    Span,
    TimeExpr,
)

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_mentions_every_command() -> None:
    text = README.read_text(encoding="utf-8")
    missing = [name for name in main.commands if f"sayso {name}" not in text]
    assert not missing, f"README.md does not show: {missing}"


def test_readme_opens_with_the_two_commands() -> None:
    lines = [ln.strip() for ln in README.read_text(encoding="utf-8").splitlines() if ln.strip()]
    block = lines[lines.index("```sh") + 1 : lines.index("```sh") + 3]
    assert block == ["make demo", "make test"]
    ci = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


RECORD_DOC = README.parent / "docs" / "record.md"


def _full_record() -> Record:
    """A record with one fact of every kind and every optional field set."""
    text = 'Minister Ana Ruiz said "we will help" on Monday in Lima. The agency denied it.'

    def at(part: str) -> Span:
        i = text.index(part)
        return Span(i, i + len(part), part)

    ruiz = Entity("e1", "Ana Ruiz", "PERSON", "PER", "minister", (at("Ana Ruiz"),), "GOV")
    lima = Entity("e2", "Lima", "GPE", "PER", None, (at("Lima"),))
    help_ = (at("we will help"),)
    said = Attribution("a1", "direct", at("Ana Ruiz"), "e1", at("said"), help_, "e2")
    helps = Event("ev1", "AID", "intended", ("e1",), ("e2",), at("help"), "2024-05-06", "e2", "a1")
    monday = TimeExpr(at("Monday"), "2024-05-06")
    denied = Divergence("d1", "contradiction", "help", ("e1",), ("e2",), (at("denied it"),))
    meta = Meta("Aid", "2024-05-07", "https://example.org", "Daily", "en", ((0, len(text)),),
                (Flag("byline", at("The agency")),))  # fmt: skip
    return Record("r1", text, meta, (ruiz, lima), (said,), (helps,), (monday,), (denied,))


def _documented(doc: str, heading: str) -> set[str]:
    """The field names in the first column of the tables of the section ``heading`` (up to the
    next heading of any level)."""
    lines = doc.splitlines()
    start = lines.index(heading)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("#")), len(lines))
    return set(re.findall(r"^\| `([a-z_]+)` \|", "\n".join(lines[start:end]), re.MULTILINE))


def test_record_doc_documents_every_field() -> None:
    """docs/record.md has a row for every field Record.to_dict() writes, at every level."""
    doc = RECORD_DOC.read_text(encoding="utf-8")
    d = _full_record().to_dict()
    parts: dict[str, list[dict[str, Any]]] = {
        "## The record": [d],
        "## `meta`": [d["meta"]],
        "### `meta.flags`": d["meta"]["flags"],
        "### `Span`": [d["times"][0]["span"]],
        "## `entities`": d["entities"],
        "## `attributions`": d["attributions"],
        "## `events`": d["events"],
        "## `times`": d["times"],
        "## `divergences`": d["divergences"],
    }
    for heading, items in parts.items():
        assert items, heading
        keys = {k for item in items for k in item}
        missing = keys - _documented(doc, heading)
        assert not missing, f"docs/record.md, {heading}: no row for {sorted(missing)}"
    assert "## `sentences`" in doc.splitlines()


def test_readme_links_the_record_doc() -> None:
    assert "docs/record.md" in README.read_text(encoding="utf-8")
