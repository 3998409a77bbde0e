"""The README documents every command (a datasette habit)."""

from __future__ import annotations

from pathlib import Path

from sayso.cli import main

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
