"""Read-only means read-only: the commands that read a store (and the web app) never create, set
up or upgrade it, work on a store the user may read but not write, and answer bad input with one
line, never a traceback; the web app asks nothing of another origin; dates are checked; JSON
errors are worded once.

Every store and file here is built in the test (small invented records, ``store/fakes.py``).
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from starlette.exceptions import StarletteDeprecationWarning

import sayso
from sayso.cli import main
from sayso.errors import StoreError, json_problem
from sayso.store import FilterError, Filters, Store
from sayso.store.queries import SCHEMA_VERSION
from sayso.web import create_app
from store.fakes import article, document

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

SRC = Path(sayso.__file__).resolve().parent
TESTS = Path(__file__).resolve().parents[1]
ROOT = os.geteuid() == 0 if hasattr(os, "geteuid") else False
DELETING = re.compile(r"\b(remove|delete|erase|rm|unlink|wipe)\b", re.IGNORECASE)


# -- helpers ---------------------------------------------------------------------------------------


def digest(path: Path) -> tuple[int, str]:
    data = path.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def one_line_error(code: int, err: str) -> str:
    """The stderr of a refused command: exit 1 or 2 and one 'error:' line (click's usage errors
    end in their own 'Error:' line), no traceback."""
    assert code in (1, 2), err
    assert "Traceback" not in err, err
    lines = [line for line in err.splitlines() if line.strip()]
    if code == 1:
        assert len(lines) == 1 and lines[0].startswith("error: "), err
        return lines[0]
    assert lines[-1].startswith("Error: "), err
    return lines[-1]


def no_deleting_advice(message: str) -> None:
    assert not DELETING.search(message), message


def make_store(path: Path) -> Path:
    """A store of two invented articles."""
    with Store(path) as store:
        for doc_id, speaker in (("a1", "Ana Kowal"), ("a2", "Rui Tamsin")):
            rec = article(doc_id, speaker=speaker, quote=f"the bridge will open, {doc_id}")
            assert store.add(rec, document(rec))
    return path


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return make_store(tmp_path / "news.db")


READING = (
    ("quotes",),
    ("events",),
    ("actors",),
    ("query", "SELECT count(*) AS n FROM documents"),
    ("export", "attributions"),
)


# -- 1. an empty file is not written ---------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"not a store at all\n"], ids=["empty", "text"])
def test_reading_an_empty_or_foreign_file_leaves_it_byte_identical(
    tmp_path: Path, content: bytes
) -> None:
    db = tmp_path / "empty.db"
    db.write_bytes(content)
    before = digest(db)
    for args in READING:
        code, out, err = run(*args[:1], "--db", str(db), *args[1:])
        line = one_line_error(code, err)
        assert str(db) in line and "not a Sayso store" in line, line
        no_deleting_advice(line)
        assert out == ""
    code, _, err = run("serve", "--db", str(db), "--port", "0")
    line = one_line_error(code, err)
    assert "not a Sayso store" in line
    with pytest.raises(StoreError, match="not a Sayso store"):
        create_app(db)
    assert digest(db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]  # no -wal, no -shm


def test_the_empty_file_message_says_how_to_fill_it(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    db.touch()
    code, _, err = run("query", "--db", str(db), "select 1")
    line = one_line_error(code, err)
    assert "is empty" in line and "sayso ingest" in line


def test_reading_commands_never_write_a_store(store_path: Path, tmp_path: Path) -> None:
    before = digest(store_path)
    for args in READING:
        code, out, err = run(*args[:1], "--db", str(store_path), *args[1:], "-f", "jsonl")
        assert code == 0, err
        assert out.strip()
    code, _, err = run("compare", "no-such-story", "--db", str(store_path))
    assert "no-such-story" in one_line_error(code, err)
    code, _, err = run("export", "events", "--db", str(store_path), "-o", str(tmp_path / "e.csv"))
    assert code == 0, err
    with TestClient(create_app(store_path)) as client:
        for page in ("/search?q=bridge", "/events", "/stories", "/actors/Ana%20Kowal"):
            assert client.get(page).status_code == 200, page
    assert digest(store_path) == before


def test_an_older_store_is_refused_by_readers_and_upgraded_by_migrate(store_path: Path) -> None:
    old = SCHEMA_VERSION - 1
    conn = sqlite3.connect(store_path)
    conn.execute(f"PRAGMA user_version = {old}")
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(old),))
    conn.commit()
    conn.close()
    before = digest(store_path)
    for args in READING:
        code, _, err = run(*args[:1], "--db", str(store_path), *args[1:])
        line = one_line_error(code, err)
        assert f"schema version {old}, older" in line and "sayso migrate" in line, line
        no_deleting_advice(line)
    with pytest.raises(StoreError, match=f"schema version {old}"):
        create_app(store_path)
    assert digest(store_path) == before
    code, _, err = run("migrate", "--db", str(store_path))
    assert code == 0 and f"{old} upgraded to {SCHEMA_VERSION}" in err, err
    code, out, err = run("query", "--db", str(store_path), "select count(*) AS n FROM documents")
    assert code == 0 and json.loads(out) == {"n": 2}, err


# -- 2. a store the user may read but not write ----------------------------------------------------


def _no_wal_index(db: Path) -> None:
    """Make the WAL index (``db-shm``) impossible to create, for any user (root included): a
    dangling symlink in its place."""
    (db.parent / (db.name + "-shm")).symlink_to(db.parent / "missing" / "index")


def test_a_store_whose_wal_index_cannot_be_made_is_read(store_path: Path) -> None:
    _no_wal_index(store_path)
    with pytest.raises(sqlite3.OperationalError):  # what SQLite does with mode=ro alone
        conn = sqlite3.connect(f"{store_path.as_uri()}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM documents").fetchone()
        finally:
            conn.close()
    before = digest(store_path)
    code, out, err = run("query", "--db", str(store_path), "SELECT count(*) AS n FROM documents")
    assert code == 0 and json.loads(out) == {"n": 2}, err
    code, out, err = run("quotes", "--db", str(store_path), "--actor", "kowal", "-f", "jsonl")
    assert code == 0 and [json.loads(x)["doc_id"] for x in out.splitlines()] == ["a1"], err
    with TestClient(create_app(store_path)) as client:
        assert client.get("/search.json", params={"q": "bridge"}).status_code == 200
        assert client.get("/events.csv").status_code == 200
    assert digest(store_path) == before


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A directory any user may enter (tmp_path is private to its owner)."""
    path = Path(tempfile.mkdtemp(prefix="sayso-ro-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        path.chmod(0o755)
        shutil.rmtree(path, ignore_errors=True)


def _as_nobody(*args: str) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` run as the user nobody (setpriv), for a root test run; skipped, saying
    why, where that cannot be done."""
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root and setpriv is missing: cannot read as another user")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join((str(SRC.parent), str(TESTS))), "HOME": "/"}
    cmd = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
    probe = subprocess.run(
        [*cmd, "-c", "import sayso.cli"], env=env, capture_output=True, text=True, timeout=120
    )
    if probe.returncode != 0:
        pytest.skip(f"running as root; user nobody cannot import sayso here: {probe.stderr[-200:]}")
    return subprocess.run([*cmd, *args], env=env, capture_output=True, text=True, timeout=120)


def _sayso_as_nobody(*args: str) -> subprocess.CompletedProcess[str]:
    return _as_nobody("-c", "from sayso.cli import main; main()", *args)


# the web app over the store argv[1], as the user nobody: the status of a search
_SERVE = """
import sys, warnings
warnings.simplefilter("ignore")
from fastapi.testclient import TestClient
from sayso.web import create_app
with TestClient(create_app(sys.argv[1])) as client:
    print(client.get("/search.json", params={"q": "bridge"}).status_code)
"""


def test_another_users_store_in_a_read_only_directory_is_read(shared_dir: Path) -> None:
    """chmod 0444 the file and 0555 its directory. Root ignores both, so as root the commands
    run as the user nobody instead (skipped only where that cannot be done)."""
    db = make_store(shared_dir / "news.db")
    before = digest(db)
    db.chmod(0o444)
    shared_dir.chmod(0o555)
    sql = "SELECT count(*) AS n FROM documents"
    if ROOT:
        done = _sayso_as_nobody("query", "--db", str(db), sql, "-f", "jsonl")
        assert done.returncode == 0 and json.loads(done.stdout) == {"n": 2}, done.stderr
        done = _sayso_as_nobody("quotes", "--db", str(db), "-f", "jsonl")
        assert done.returncode == 0 and len(done.stdout.splitlines()) == 4, done.stderr
        done = _as_nobody("-c", _SERVE, str(db))
        assert done.returncode == 0 and done.stdout.split() == ["200"], done.stderr
    else:
        code, out, err = run("query", "--db", str(db), sql, "-f", "jsonl")
        assert code == 0 and json.loads(out) == {"n": 2}, err
        with TestClient(create_app(db)) as client:
            assert client.get("/search.json", params={"q": "bridge"}).status_code == 200
    assert digest(db) == before
    assert sorted(p.name for p in shared_dir.iterdir()) == ["news.db"]


def test_a_read_only_file_in_a_writable_directory_is_read(shared_dir: Path) -> None:
    db = make_store(shared_dir / "news.db")
    before = digest(db)
    db.chmod(0o444)
    if ROOT:
        done = _sayso_as_nobody("actors", "--db", str(db), "-f", "jsonl")
        assert done.returncode == 0 and done.stdout.strip(), done.stderr
    else:
        code, out, err = run("actors", "--db", str(db), "-f", "jsonl")
        assert code == 0 and out.strip(), err
    assert digest(db) == before
    assert db.stat().st_mode & 0o777 == stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


def _messages(tree: ast.AST) -> Iterator[str]:
    """The text of every string given to an error, a note or an echo."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if not (name.endswith(("Error", "Exception")) or name in ("note", "echo", "NoStore")):
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            for part in ast.walk(arg):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    yield part.value


def test_no_message_advises_deleting_the_users_data() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for text in _messages(ast.parse(path.read_text(encoding="utf-8"))):
            if DELETING.search(text):
                found.append(f"{path.relative_to(SRC)}: {text!r}")
    assert not found, found


# -- 3. one line, no traceback ---------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_blobs_are_shown_as_hex(store_path: Path, fmt: str) -> None:
    sql = "SELECT x'00ff10' AS b, length(randomblob(4)) AS n, randomblob(4) AS r"
    code, out, err = run("query", "--db", str(store_path), sql, "-f", fmt)
    assert code == 0, err
    assert "00ff10" in out and "b'" not in out
    if fmt == "json":
        (row,) = json.loads(out)
        assert row["b"] == "00ff10" and re.fullmatch(r"[0-9a-f]{8}", row["r"])


@pytest.mark.parametrize("sql", ["", "   ", "\n\t"])
def test_empty_sql_is_one_line(store_path: Path, sql: str) -> None:
    code, _, err = run("query", "--db", str(store_path), sql)
    assert "no SQL given" in one_line_error(code, err)


def test_sql_without_rows_is_no_rows(store_path: Path) -> None:
    code, out, err = run("query", "--db", str(store_path), "/* only a comment */", "-f", "jsonl")
    assert code == 0 and out == "", err


@pytest.mark.parametrize("command", ["quotes", "events", "actors"])
def test_a_limit_out_of_range_names_the_range(store_path: Path, command: str) -> None:
    code, _, err = run(command, "--db", str(store_path), "--limit", "99999999999999999999")
    line = one_line_error(code, err)
    assert "--limit 99999999999999999999 is too large" in line and str(2**63 - 1) in line
    code, _, err = run(command, "--db", str(store_path), "--limit", str(2**63 - 1))
    assert code == 0, err
    with pytest.raises(FilterError, match="use 0 to"):
        Filters(limit=2**63)


@pytest.mark.parametrize(
    ("args", "allowed"),
    [
        (["batch", "x.txt", "--out", "o", "--workers", "99999999999999999999"], "1<=x<=1024"),
        (["extract", "x.txt", "--timeout", "inf"], "0.1<=x<=86400"),
        (["extract", "x.txt", "--timeout", "nan"], "0.1 to 86400"),
    ],
)
def test_other_numbers_out_of_range_name_the_range(args: list[str], allowed: str) -> None:
    code, _, err = run(*args)
    assert allowed in one_line_error(code, err)


@pytest.mark.parametrize("table", ["attributions", "events", "documents"])
def test_export_into_a_missing_directory_says_so(store_path: Path, table: str) -> None:
    target = store_path.parent / "no" / "dir" / "x.csv"
    code, _, err = run("export", table, "--db", str(store_path), "-o", str(target))
    line = one_line_error(code, err)
    assert f"the directory {target.parent} does not exist" in line
    a_file = store_path.parent / "plain.txt"
    a_file.write_text("x", encoding="utf-8")
    code, _, err = run("export", table, "--db", str(store_path), "-o", str(a_file / "x.csv"))
    assert "is not a directory" in one_line_error(code, err)
    assert not target.parent.exists()


# -- 4. the web app asks nothing of another origin -------------------------------------------------

_EXTERNAL = re.compile(
    r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//"
    r"|@import\s+(?:url\()?[\"']?(?:https?:)?//|url\(\s*[\"']?(?:https?:)?//",
    re.IGNORECASE,
)


def test_docs_pages_are_off_and_the_spec_is_served(store_path: Path) -> None:
    with TestClient(create_app(store_path)) as client:
        for path in ("/docs", "/redoc", "/docs/oauth2-redirect"):
            assert client.get(path).status_code == 404, path
        spec = client.get("/openapi.json")
        assert spec.status_code == 200 and spec.json()["info"]["title"] == "Sayso"


def test_no_page_loads_anything_from_another_origin(store_path: Path) -> None:
    with Store(store_path, read_only=True) as store:
        (row,) = store.query("SELECT hash FROM documents WHERE doc_id = 'a1'")
    pages = [
        "/search", "/search?q=bridge", "/events", "/stories", f"/articles/{row['hash']}",
        "/actors/Ana%20Kowal", "/no/such/page", "/events?since=2024-13-45", "/openapi.json",
        "/static/style.css", "/static/app.js",
    ]  # fmt: skip
    with TestClient(create_app(store_path)) as client:
        for page in pages:
            response = client.get(page, headers={"accept": "text/html"})
            assert not _EXTERNAL.search(response.text), page
            csp = response.headers.get("content-security-policy", "")
            assert "http" not in csp and "default-src 'none'" in csp, page
    for path in (SRC / "web").rglob("*"):
        if path.suffix in (".html", ".css", ".js"):
            assert not _EXTERNAL.search(path.read_text(encoding="utf-8")), path


# -- 5. dates, and JSON errors worded once ---------------------------------------------------------


def _date_options() -> list[tuple[tuple[str, ...], str]]:
    """Every (command, option) of the CLI whose option takes a date."""
    found = []

    def walk(group: click.Group, prefix: tuple[str, ...]) -> None:
        ctx = click.Context(group)
        for name in group.list_commands(ctx):
            command = group.get_command(ctx, name)
            assert command is not None
            if isinstance(command, click.Group):
                walk(command, (*prefix, name))
            for param in command.params:
                if isinstance(param, click.Option) and "YYYY" in (param.help or ""):
                    found.append(((*prefix, name), param.opts[-1]))

    walk(main, ())
    return found


DATE_OPTIONS = _date_options()


def test_the_date_options_are_found() -> None:
    assert {(c[-1], o) for c, o in DATE_OPTIONS} >= {("quotes", "--since"), ("events", "--until")}


@pytest.mark.parametrize(
    ("command", "option"), DATE_OPTIONS, ids=[f"{' '.join(c)} {o}" for c, o in DATE_OPTIONS]
)
@pytest.mark.parametrize("bad", ["2024-13-45", "2024-02-30", "2024-5-1", "24", "2024-00"])
def test_invalid_dates_are_refused(
    store_path: Path, command: tuple[str, ...], option: str, bad: str
) -> None:
    code, _, err = run(*command, "--db", str(store_path), option, bad)
    line = one_line_error(code, err)
    assert f"{option} {bad!r} is not a date" in line and "YYYY-MM-DD" in line


@pytest.mark.parametrize("good", ["2024", "2024-05", "2024-02-29"])
def test_valid_dates_are_taken(store_path: Path, good: str) -> None:
    for command, option in DATE_OPTIONS:
        code, _, err = run(*command, "--db", str(store_path), option, good)
        assert code == 0, err


def test_the_web_refuses_invalid_dates(store_path: Path) -> None:
    with TestClient(create_app(store_path)) as client:
        for path in ("/search.json", "/events.json", "/events.csv"):
            response = client.get(path, params={"since": "2024-13-45"})
            assert response.status_code == 400, path
            assert "is not a date" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": "x\ty"}', "Invalid control character at column 9"),
        ('{"a":', "Expecting value at column 6"),
        ('{\n"a" 1}', "Expecting ':' delimiter at line 2 column 5"),
    ],
)
def test_json_problems_are_worded_once(text: str, expected: str) -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    assert json_problem(caught.value) == expected


def test_no_doubled_at_in_a_jsonl_error(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text('{"id": "c1", "text": "Ana Kowal said\tit"}\n', encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    code, _, err = run("ingest", str(path), "--db", str(tmp_path / "s.db"), "--errors", str(errors))
    assert code == 1
    assert "Invalid control character at column" in err and "at at" not in err, err
    assert "at at" not in errors.read_text(encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "g", "text": "x\ty"}\n', encoding="utf-8")
    code, _, err = run("eval", "attributions", str(gold), str(gold))
    line = one_line_error(code, err)
    assert "Invalid control character at column" in line and "at at" not in line
