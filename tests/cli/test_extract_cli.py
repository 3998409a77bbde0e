"""``sayso extract`` end to end through Click, with good and bad inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sayso.cli import main

pytestmark = pytest.mark.model

ARTICLE = (
    "Storm closes ports\n\n"
    "Port Authority chief Maria Santos said on Monday that all ports would reopen by Friday.\n\n"
    "\u201cWe are working around the clock,\u201d Santos said.\n"
)


def test_extract_txt_json(tmp_path: Path) -> None:
    f = tmp_path / "storm.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    res = CliRunner().invoke(
        main, ["extract", str(f), "-f", "json", "--errors", str(tmp_path / "e.jsonl")]
    )
    assert res.exit_code == 0, res.output
    rec = json.loads(res.stdout)
    assert rec["id"] == "storm"
    assert rec["text"] == ARTICLE
    assert rec["meta"]["title"] == "Storm closes ports"
    speakers = {a["speaker"] for a in rec["attributions"]}
    names = {e["id"]: e["name"] for e in rec["entities"]}
    assert {names[s] for s in speakers if s} == {"Maria Santos"}
    assert not (tmp_path / "e.jsonl").exists()


def test_table_report(tmp_path: Path) -> None:
    f = tmp_path / "storm.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(f), "-f", "table"])
    assert res.exit_code == 0
    assert "Who said what" in res.stdout and "Maria Santos" in res.stdout


def test_batch_goes_on_past_bad_inputs(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 au lait")
    docs = tmp_path / "docs.jsonl"
    docs.write_text(
        '{"id": "x", "text": "The mayor said taxes will rise."}\n{oops\n', encoding="utf-8"
    )
    errors = tmp_path / "errors.jsonl"
    res = CliRunner().invoke(
        main,
        [
            "extract",
            str(tmp_path / "missing.txt"),
            str(tmp_path / "empty.txt"),
            str(tmp_path / "bad.txt"),
            str(good),
            str(docs),
            "-f",
            "jsonl",
            "--errors",
            str(errors),
        ],
    )
    assert res.exit_code == 1
    ids = [json.loads(line)["id"] for line in res.stdout.splitlines()]
    assert ids == ["good", "x"]
    logged = [json.loads(line) for line in errors.read_text().splitlines()]
    assert len(logged) == 4
    assert "4 failed" in res.stderr
    assert "Traceback" not in res.stderr
    for line in res.stderr.splitlines():
        if line.startswith("error:"):
            assert (
                "missing.txt" in line
                or "empty.txt" in line
                or "bad.txt" in line
                or "docs.jsonl line 2" in line
            )


def test_stdin(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["extract", "-", "-f", "json"], input=ARTICLE)
    assert res.exit_code == 0
    assert json.loads(res.stdout)["id"] == "stdin"


def test_usage_error_exit_code() -> None:
    res = CliRunner().invoke(main, ["extract", "x.txt", "-f", "yaml"])
    assert res.exit_code == 2
