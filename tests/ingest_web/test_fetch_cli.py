"""The fetch options of the commands that read URLs reach the fetcher: --allow-private,
--max-bytes and --timeout change what happens to a page on the local test server, and the
errors name the option that changes it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import sayso.jobs
from sayso.cli import main

from .fakes import FakePipeline
from .server import Site, article_html, slow

COMMANDS = {
    "extract": ["extract", "-f", "jsonl"],
    "ingest": ["ingest", "--db", "w.db"],
    "stories": ["stories", "-f", "jsonl"],
}


@pytest.fixture(autouse=True)
def _setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sayso.jobs, "Pipeline", FakePipeline)
    monkeypatch.delenv("SAYSO_ALLOW_PRIVATE", raising=False)
    monkeypatch.chdir(tmp_path)


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


@pytest.mark.parametrize("name", list(COMMANDS))
def test_fetch_options_reach_the_fetcher(name: str, site: Site) -> None:
    url = site.page("/a", article_html("Harbour talks"))
    runner = CliRunner()
    command = [*COMMANDS[name], url]

    refused = runner.invoke(main, command)
    (error,) = _errors(refused.stderr)
    assert "non-public address" in error and "--allow-private" in error and url in error

    capped = runner.invoke(main, [*command, "--allow-private", "--max-bytes", "100"])
    (error,) = _errors(capped.stderr)
    assert "page too large" in error and "the cap is 100" in error and "--max-bytes" in error

    ok = runner.invoke(main, [*command, "--allow-private"])
    assert ok.exit_code == 0, ok.output
    assert not _errors(ok.stderr)


def test_timeout_reaches_the_fetcher(site: Site) -> None:
    """One command suffices: every command passes the same FetchOptions (the test above)."""
    site.handlers["/slow"] = slow(3)
    late = ["extract", site.url("/slow"), "--allow-private", "--timeout", "0.2"]
    (error,) = _errors(CliRunner().invoke(main, late).stderr)
    assert "timed out after 0.2 s" in error


def test_extract_logs_what_failed_in_the_errors_file(site: Site, tmp_path: Path) -> None:
    url = site.page("/a", article_html("Harbour talks"))
    res = CliRunner().invoke(main, ["extract", url, "-f", "jsonl"])
    assert res.exit_code == 1 and res.stdout == ""
    (logged,) = [json.loads(x) for x in (tmp_path / "errors.jsonl").read_text().splitlines()]
    assert logged["source"] == url and logged["code"] == "input"
    res = CliRunner().invoke(main, ["extract", url, "-f", "jsonl", "--allow-private"])
    assert res.exit_code == 0 and json.loads(res.stdout)["meta"]["title"] == "Harbour talks"
