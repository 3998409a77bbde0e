"""Every command documents itself: each option and argument of every command has help text, and
options that mean the same thing are spelled and defaulted the same way everywhere."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from sayso.cli import main
from sayso.cli.common import (
    COMPARE_FORMATS,
    FILE_FORMATS,
    NESTED_FORMATS,
    ROW_FORMATS,
    default_format,
)


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[
    tuple[tuple[str, ...], click.Command]
]:
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        path = (*prefix, name)
        yield path, command
        if isinstance(command, click.Group):
            yield from _commands(command, path)


COMMANDS = list(_commands(main))
IDS = [" ".join(path) for path, _ in COMMANDS]


def _options(command: click.Command) -> list[click.Option]:
    return [p for p in command.params if isinstance(p, click.Option)]


def test_the_walk_finds_the_commands() -> None:
    names = {path[-1] for path, _ in COMMANDS}
    assert {"extract", "ingest", "quotes", "events", "actors", "query", "export", "serve"} <= names
    assert {"batch", "watch", "stories", "compare", "eval", "attributions"} <= names


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_every_option_has_help(path: tuple[str, ...], command: click.Command) -> None:
    missing = [o.opts[-1] for o in _options(command) if not (o.help or "").strip()]
    assert not missing, f"sayso {' '.join(path)}: options without help: {missing}"
    assert (command.help or "").strip(), f"sayso {' '.join(path)} has no help text"


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=IDS)
def test_help_runs(path: tuple[str, ...], command: click.Command) -> None:
    result = CliRunner().invoke(main, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    for option in _options(command):
        if not option.hidden:
            assert option.opts[-1] in result.output


def _same_everywhere(name: str) -> dict[str, tuple[object, ...]]:
    found: dict[str, tuple[object, ...]] = {}
    for path, command in COMMANDS:
        for option in _options(command):
            if name in option.opts:
                choices = getattr(option.type, "choices", None)
                found[" ".join(path)] = (
                    option.default, option.is_flag, tuple(choices or ()), option.type.name,
                    option.help,
                )  # fmt: skip
    return found


@pytest.mark.parametrize("name", ["--db", "--errors", "--allow-private", "--timeout",
                                  "--max-bytes", "--max-chars", "--silent", "--rerun", "--wide"])
def test_shared_options_mean_the_same(name: str) -> None:
    found = _same_everywhere(name)
    assert len(set(found.values())) <= 1, f"{name} differs between commands: {found}"


def test_shared_options_are_shared() -> None:
    """Each shared option is on every command it belongs to (so the test above compares them)."""
    expected = {
        "--db": {"ingest", "quotes", "events", "actors", "query", "export", "serve", "watch",
                 "stories", "compare"},
        "--errors": {"extract", "ingest", "batch", "watch"},
        "--silent": {"extract", "ingest", "batch", "watch"},
        "--rerun": {"ingest", "batch"},
        "--max-chars": {"extract", "ingest", "batch", "watch", "stories", "compare"},
    }  # fmt: skip
    for name, commands in expected.items():
        assert commands <= set(_same_everywhere(name)), name


def test_url_commands_take_the_fetch_options() -> None:
    """Every command that reads URLs has the options that govern fetching them."""
    for path, command in COMMANDS:
        names = {o.opts[-1] for o in _options(command)}
        if path[-1] in {"extract", "ingest", "batch", "watch", "stories"}:
            assert {"--allow-private", "--timeout", "--max-bytes"} <= names, path


def test_errors_go_to_one_file_by_default() -> None:
    for path, (default, *_rest, help_text) in _same_everywhere("--errors").items():
        assert default == Path("errors.jsonl"), path
        assert "only when something fails" in str(help_text), path


FORMATS = {
    "quotes": ROW_FORMATS,
    "events": ROW_FORMATS,
    "actors": ROW_FORMATS,
    "query": ROW_FORMATS,
    "stories": ROW_FORMATS,
    "list": ROW_FORMATS,  # sayso fix list
    "extract": NESTED_FORMATS,
    "compare": COMPARE_FORMATS,
    "export": FILE_FORMATS,
}


def test_format_choices_come_from_one_place() -> None:
    """-f/--format: the choices of each command are one of common.py's tuples, flat listings
    take csv, compare adds html, export names its file formats as the others name theirs."""
    assert set(ROW_FORMATS) == {"table", "json", "jsonl", "csv"}
    assert set(COMPARE_FORMATS) == {*NESTED_FORMATS, "html"} and "csv" not in NESTED_FORMATS
    assert {"jsonl", "csv"} <= set(FILE_FORMATS)
    found = {}
    for path, command in COMMANDS:
        for option in _options(command):
            if "--format" in option.opts:
                assert option.opts == ["-f", "--format"] and option.name == "fmt", path
                assert option.default is None, path  # the rule decides: see below
                found[path[-1]] = tuple(option.type.choices)  # type: ignore[attr-defined]
                if path[-1] != "export":
                    assert "table on a terminal, jsonl when piped" in (option.help or ""), path
    assert found == FORMATS


def test_default_format_is_table_on_a_terminal_jsonl_when_piped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert default_format() == "table"
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert default_format() == "jsonl"
