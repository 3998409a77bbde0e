"""Corrections end to end on an invented article: a speaker corrected in the web app (``serve
--review``) shows in ``sayso quotes``, survives ``ingest --rerun``, exports as gold that ``sayso
eval attributions`` scores, is taken back with ``fix undo`` and made again with ``fix speaker``."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from sayso.cli import main
from sayso.web import create_app
from sayso.web.review import COOKIE

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

pytestmark = pytest.mark.model

ARTICLE = (
    "Harbour bridge to stay shut\n\n"
    "Transport minister Elena Marsh met union leader Tomas Brandt on Tuesday.\n\n"
    "\u201cThe bridge will stay closed until every cable is checked,\u201d Brandt said after "
    "the meeting.\n\n"
    "Marsh said the repairs would cost more than planned.\n"
)


def _run(*args: str) -> tuple[str, str]:
    res = CliRunner().invoke(main, list(args))
    assert res.exit_code == 0, res.output
    return res.stdout, res.stderr


def _quotes(db: str) -> dict[str, dict[str, str]]:
    out, _ = _run("quotes", "--db", db, "-f", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    return {r["quote"]: r for r in rows}


def test_a_speaker_fix_lasts_and_exports_as_gold(tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "news.db")
    errors = str(tmp_path / "errors.jsonl")
    _run("ingest", str(article), "--db", db, "--errors", errors)
    repairs = "the repairs would cost more than planned"
    before = _quotes(db)[repairs]
    assert before["speaker"] == "Elena Marsh"

    with TestClient(create_app(db, review=True)) as web:
        page = web.get(f"/articles/{before['doc_hash']}")
        assert "fix speaker" in page.text
        fields = {"token": web.cookies.get(COOKIE) or "", "doc": before["doc_hash"],
                  "fact": before["attribution_id"], "actor": "Tomas Brandt"}  # fmt: skip
        res = web.post("/review/speaker", data=fields, follow_redirects=False)
        assert res.status_code == 303
    assert _quotes(db)[repairs]["speaker"] == "Tomas Brandt"
    table, _ = _run("quotes", "--db", db, "--actor", "brandt", "-f", "table")
    assert table.count("Tomas Brandt") == 2

    _run("ingest", str(article), "--rerun", "--db", db, "--errors", errors)
    assert _quotes(db)[repairs]["speaker"] == "Tomas Brandt"  # extracted again, fixed again
    listed, _ = _run("fix", "list", "--db", db, "-f", "jsonl")
    (fix,) = [json.loads(line) for line in listed.splitlines()]
    assert fix["kind"] == "speaker" and "Tomas Brandt" in fix["correction"]

    gold = tmp_path / "gold.jsonl"
    _run("export", "corrections", "-o", str(gold), "--db", db)
    (doc,) = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()]
    assert doc["id"] == "harbour" and doc["text"] == ARTICLE
    pred = tmp_path / "pred.jsonl"
    out, _ = _run("extract", str(article), "-f", "jsonl", "--errors", errors)
    pred.write_text(out, encoding="utf-8")
    report, _ = _run("eval", "attributions", str(gold), str(pred))
    summary = report.strip().splitlines()[-1]
    # the extraction gave the corrected quote to Elena Marsh: half the speakers are wrong
    assert "content_f1=1.000" in summary and "speaker_acc=0.500" in summary

    _run("fix", "undo", str(fix["id"]), "--db", db)
    assert _quotes(db)[repairs]["speaker"] == "Elena Marsh"
    _, note = _run("fix", "speaker", before["ref"], "Tomas Brandt", "--db", db)
    assert note.startswith("correction 2: ")
    assert _quotes(db)[repairs]["speaker"] == "Tomas Brandt"
