"""Hostile input: bad documents and bad files must cost only themselves, and no input may make
Sayso hold more memory than its caps allow. One test (or a few) per kind of bad input:

1. a JSONL integer of more than 4,300 digits
2. lone surrogates in the text or title
3. a gzip bomb in a .warc.gz (run in a subprocess, its memory measured)
4. truncated WARC files, plain and gzip
5. documents between 1,000,000 and 10,000,000 characters (parsed in pieces)
6. a NUL byte in a .jsonl file
7. `sayso ingest RUN/` on Parquet rows that are not records
8. standard input over the cap (read in chunks, in a subprocess, its memory measured)

Every input is generated here; nothing large is kept in the repository.
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from contextlib import suppress
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import sayso
import sayso.jobs
from ingest_web.fakes import FakePipeline
from ingest_web.server import article_html
from ingest_web.warcs import write_warc
from sayso.cli import main
from sayso.errors import InputError
from sayso.ingest import read_source
from sayso.nlp import PIECE, pieces
from sayso.pipeline import Pipeline
from sayso.store import Store
from sayso.types import Document, Record

SRC = Path(sayso.__file__).resolve().parents[1]
MB = 1 << 20
GOOD = '{"id": "good", "text": "The harbour council said the ferry would run later."}\n'


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's pipeline without a model: one record per document, no facts."""
    monkeypatch.setattr(sayso.jobs, "Pipeline", FakePipeline)


def _ingest(tmp_path: Path, *paths: Path | str) -> tuple[Result, list[dict[str, str]]]:
    """``sayso ingest PATHS`` into a store under ``tmp_path``; the result and errors.jsonl."""
    log = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        main, ["ingest", *map(str, paths), "--db", str(tmp_path / "s.db"), "--errors", str(log)]
    )
    assert ("Traceback" not in result.output and result.exception is None) or isinstance(
        result.exception, SystemExit
    ), result.output
    rows = [json.loads(ln) for ln in log.read_text().splitlines()] if log.exists() else []
    return result, rows


def _stored_ids(tmp_path: Path) -> list[str]:
    with Store(tmp_path / "s.db") as store:
        return sorted(str(r["doc_id"]) for r in store.query("select doc_id from documents"))


def _one_line(message: str) -> str:
    assert "\n" not in message and "Traceback" not in message
    return message


# -- 1. a JSONL integer of more than 4,300 digits --------------------------------------------------


def test_jsonl_integer_over_4300_digits(tmp_path: Path, fake: None) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"id": ' + "9" * 5000 + ', "text": "x said"}\n' + GOOD)
    result, errors = _ingest(tmp_path, path)
    assert result.exit_code == 1
    assert "1 stored, 1 failed" in result.output
    [row] = errors
    assert row["source"] == f"{path}:1"
    message = _one_line(row["error"])
    assert "a number with 5,000 digits" in message and "quote it as a string" in message
    assert _stored_ids(tmp_path) == ["good"]


# -- 2. lone surrogates in text and title ----------------------------------------------------------


def test_lone_surrogate_in_text_and_title(tmp_path: Path, fake: None) -> None:
    path = tmp_path / "halves.jsonl"
    line = {"id": "s1", "title": "Port \ud800 news", "text": "The mayor said \udfff yes."}
    path.write_text(json.dumps(line) + "\n" + GOOD)  # json.dumps writes "\ud800" escapes
    result, errors = _ingest(tmp_path, path)
    assert result.exit_code == 0, result.output
    assert errors == []
    assert _stored_ids(tmp_path) == ["good", "s1"]
    out = CliRunner().invoke(main, ["extract", str(path), "-f", "jsonl"])
    assert out.exit_code == 0, out.output
    record = json.loads(out.stdout.splitlines()[0])
    assert record["text"] == "The mayor said \ufffd yes."  # one character for one
    assert len(record["text"]) == len(line["text"])
    assert record["meta"]["title"] in (None, "Port \ufffd news")
    [doc, _] = read_source(str(path))
    assert isinstance(doc, Document) and doc.title == "Port \ufffd news"


def test_lone_surrogate_in_a_bad_field_is_reported(tmp_path: Path, fake: None) -> None:
    path = tmp_path / "halves.jsonl"
    path.write_text('{"text": "The mayor said yes.", "published": "2024-\\udc00"}\n' + GOOD)
    result, errors = _ingest(tmp_path, path)
    assert result.exit_code == 1 and "1 stored, 1 failed" in result.output
    [row] = errors
    assert '"published" must be a date' in _one_line(row["error"])


# -- 3. a gzip bomb in a .warc.gz ------------------------------------------------------------------


def _bomb(path: Path, megabytes: int, header: bytes = b"") -> Path:
    """``header`` and then ``megabytes`` MB of zeros, through gzip -9, streamed (a few hundred
    kilobytes on disk)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(MB)
    with path.open("wb") as fh:
        fh.write(packer.compress(header))
        for _ in range(megabytes):
            fh.write(packer.compress(zeros))
        fh.write(packer.flush())
    return path


def _response_header(uri: str, payload: int) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    return (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri.encode() + b"\r\n"
        b"Content-Length: " + str(len(http) + payload).encode() + b"\r\n\r\n" + http
    )


# The CLI, reporting its own peak RSS (VmHWM of its own memory image) at exit. The rusage of
# wait4 is no measure here: Linux carries the parent's peak into the child across fork + exec,
# so a child of a pytest that has loaded the model would "peak" at the test runner's size.
_MEASURED_CLI = """
import atexit, os, pathlib
def _peak():
    for line in pathlib.Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            pathlib.Path(os.environ["SAYSO_TEST_PEAK"]).write_text(line.split()[1])
atexit.register(_peak)
from sayso.cli import main
main()
"""


def _run_measured(
    args: list[str], env: dict[str, str], stdin: int | None = None, feed: bytes = b""
) -> tuple[int, str, int, float, int]:
    """Run the CLI in a subprocess under a 2 GiB address-space limit; (exit code, output, peak
    RSS in bytes, seconds, bytes of ``feed`` it took on standard input before it stopped)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2048 * MB, 2048 * MB))

    with tempfile.TemporaryDirectory() as tmp:
        peak_file = Path(tmp) / "peak"
        started = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-c", _MEASURED_CLI, *args],
            env={**os.environ, "PYTHONPATH": str(SRC), "SAYSO_TEST_PEAK": str(peak_file), **env},
            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, preexec_fn=limit,
        )  # fmt: skip
        taken = 0

        def write() -> None:
            nonlocal taken
            assert proc.stdin is not None
            try:
                for i in range(0, len(feed), MB):
                    proc.stdin.write(feed[i : i + MB])
                    taken = i + MB
            except OSError:  # a broken pipe: the reader stopped
                pass
            with suppress(OSError):
                proc.stdin.close()

        writer = threading.Thread(target=write, daemon=True)
        if stdin is not None:
            writer.start()
        assert proc.stdout is not None
        output = proc.stdout.read().decode()
        proc.stdout.close()
        proc.wait()
        seconds = time.monotonic() - started
        writer.join(10) if stdin is not None else None
        assert peak_file.exists(), f"the CLI did not report its peak memory: {output[-500:]}"
        peak = int(peak_file.read_text()) * 1024  # VmHWM is in kB
    return proc.returncode, output, peak, seconds, taken


def test_gzip_bomb_in_warc_gz(tmp_path: Path) -> None:
    zeros = _bomb(tmp_path / "zeros.warc.gz", 200)  # what `head -c 200M /dev/zero | gzip -9` gives
    record = _bomb(
        tmp_path / "record.warc.gz", 200, _response_header("https://n.example/z", 200 * MB)
    )
    assert zeros.stat().st_size < MB and record.stat().st_size < MB
    log = tmp_path / "errors.jsonl"
    code, output, rss, seconds, _ = _run_measured(
        ["ingest", str(zeros), str(record), "--db", str(tmp_path / "s.db"), "--errors", str(log)],
        {},
    )
    assert code == 1, output
    assert "Traceback" not in output
    assert rss < 500 * MB, f"peak RSS {rss / MB:.0f} MB"
    assert seconds < 300, f"{seconds:.1f} s"  # it gives up, not a timing target
    errors = [json.loads(ln) for ln in log.read_text().splitlines()]
    assert len(errors) == 2
    for row in errors:
        message = _one_line(row["error"])
        assert "gzip bomb" in message and "SAYSO_WARC_RATIO" in message, message
    assert "0 stored, 2 failed" in output


def test_gzip_bomb_caps_are_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The caps are SAYSO_WARC_* settings; the batch goes on past the file given up on."""
    _bomb(tmp_path / "a.warc.gz", 20)
    pages = [("https://n.example/b", "text/html", article_html("Beta").encode())]
    write_warc(tmp_path / "b.warc.gz", pages)
    monkeypatch.setenv("SAYSO_WARC_RECORD_BYTES", str(2 * MB))
    monkeypatch.setenv("SAYSO_WARC_RATIO", "100000")  # the ratio would not stop it: the size must
    got = list(read_source(str(tmp_path)))
    first, second = got
    assert isinstance(first, InputError)
    assert "SAYSO_WARC_RECORD_BYTES" in _one_line(str(first))
    assert isinstance(second, Document) and second.id == "https://n.example/b"


def test_warc_cap_settings_refuse_bad_values() -> None:
    from sayso.config import Settings
    from sayso.errors import ConfigError

    assert Settings.from_env({"SAYSO_WARC_RATIO": "50"}).warc.ratio == 50
    with pytest.raises(ConfigError) as caught:
        Settings.from_env({"SAYSO_WARC_FILE_BYTES": "lots"})
    assert "SAYSO_WARC_FILE_BYTES='lots' is not a positive whole number" in str(caught.value)


# -- 4. truncated WARC files -----------------------------------------------------------------------

PAGES = [(f"https://n.example/{c}", "text/html", article_html(c).encode()) for c in "ABC"]


def _cut_in(data: bytes, marker: bytes, after: int) -> int:
    """An offset ``after`` bytes past the last ``marker`` in ``data``."""
    return data.rindex(marker) + after


@pytest.mark.parametrize(
    "where", ["WARC header", "HTTP header", "HTML body"], ids=["warc-header", "http", "body"]
)
def test_truncated_plain_warc(tmp_path: Path, fake: None, where: str) -> None:
    full = write_warc(tmp_path / "full.warc", PAGES, gzip=False).read_bytes()
    marker, after = {
        "WARC header": (b"WARC-Type: response", 12),
        "HTTP header": (b"HTTP/1.1 200 OK", 20),
        "HTML body": (b"<!doctype html>", 200),
    }[where]
    cut = tmp_path / "cut.warc"
    cut.write_bytes(full[: _cut_in(full, marker, after)])
    result, errors = _ingest(tmp_path, cut)
    assert result.exit_code == 1
    assert "2 stored, 1 failed" in result.output
    [row] = errors
    assert "truncated" in _one_line(row["error"]) and "re-download" in row["error"]
    assert _stored_ids(tmp_path) == ["https://n.example/A", "https://n.example/B"]


def test_truncated_warc_gz_after_200_bytes(tmp_path: Path, fake: None) -> None:
    full = write_warc(tmp_path / "full.warc.gz", PAGES).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(full[:200])
    result, errors = _ingest(tmp_path, cut)
    assert result.exit_code == 1
    assert "0 stored, 1 failed" in result.output
    [row] = errors
    assert "truncated" in _one_line(row["error"])


def test_truncated_warc_gz_keeps_the_records_before(tmp_path: Path, fake: None) -> None:
    full = write_warc(tmp_path / "full.warc.gz", PAGES).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(full[: len(full) - 300])  # inside the last response's gzip member
    result, errors = _ingest(tmp_path, cut)
    assert "2 stored, 1 failed" in result.output
    [row] = errors
    assert "truncated" in _one_line(row["error"])


# -- 5. documents between 1,000,000 and 10,000,000 characters --------------------------------------

# an invented paragraph, repeated to a long document
PARAGRAPH = (
    "The harbour council said on Tuesday that the ferry timetable would change. "
    "Residents, the mayor added, had asked for later boats.\n\n"
)


def _long_text(chars: int) -> str:
    return (PARAGRAPH * (chars // len(PARAGRAPH) + 1))[:chars]


def test_long_document_pieces_cover_the_text() -> None:
    text = _long_text(1_200_000) + "x" * (PIECE + 10) + " end"  # and a run with no break
    ranges = pieces(text)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(ranges))
    assert all(0 < end - start <= PIECE for start, end in ranges)
    assert all(text[end - 2 : end] == "\n\n" for _, end in ranges[:10])  # after paragraphs


def test_long_document_over_spacy_max_length() -> None:
    """1.2M characters (spaCy's max_length is 1,000,000) through the real parse path, with a
    tokenizer and sentence splitter only: sentences index the original text."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    text = _long_text(1_200_000)
    record = Pipeline(stages=[], nlp=nlp).extract(Document(id="long", text=text))
    assert record.text == text
    assert len(record.sentences) >= 2 * text.count("\n\n")
    assert all(0 <= s < e <= len(text) for s, e in record.sentences)
    said, added = (s + "." for s in PARAGRAPH.strip().split(".")[:2])
    found = {text[s:e].strip() for s, e in record.sentences[:-1]}
    assert found == {said.strip(), added.strip()}  # every piece's sentences, where they are


@pytest.mark.model
def test_long_document_with_the_model() -> None:
    """Over 1,000,000 characters through the model and the entity stage: parsed in pieces, with
    every mention and sentence indexing the whole text, past spaCy's max_length too. (The other
    stages are left out for time: on this text of one repeated paragraph the attribution and
    event stages grow with the square of its length.)"""
    from sayso.pipeline.entities import EntityStage

    text = _long_text(1_050_000).replace("harbour council", "Harbour Council")
    record = Pipeline(stages=[EntityStage()]).extract(Document(id="long", text=text))
    assert record.text == text
    mentions = [m for e in record.entities for m in e.mentions]
    assert mentions and all(text[m.start : m.end] == m.text for m in mentions)
    assert max(m.start for m in mentions) > 1_000_000  # the pieces past max_length were parsed
    assert max(e for _, e in record.sentences) > 1_000_000


# -- 6. a NUL byte in a .jsonl ---------------------------------------------------------------------


def test_nul_byte_in_jsonl_judged_per_line(tmp_path: Path, fake: None) -> None:
    path = tmp_path / "nul.jsonl"
    path.write_bytes(b'{"id": "a", "text": "The mayor \x00 said."}\n' + GOOD.encode())
    result, errors = _ingest(tmp_path, path)
    assert result.exit_code == 1
    assert "1 stored, 1 failed" in result.output
    [row] = errors
    assert row["source"] == f"{path}:1"
    assert "NUL byte at column" in _one_line(row["error"])
    assert _stored_ids(tmp_path) == ["good"]


# -- 7. Parquet rows that are not records ----------------------------------------------------------


def _batch_output(root: Path, records: list[str]) -> Path:
    """A `sayso batch` output directory by hand: manifest.json and one Parquet file whose
    ``record`` column holds ``records``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from sayso.batch.rows import arrow_schema

    rows = []
    for i, rec in enumerate(records):
        rows.append({
            "id": f"r{i}", "hash": f"h{i}", "simhash": i, "title": None, "url": None,
            "outlet": None, "language": None, "source": f"in.jsonl:{i + 1}", "n_entities": 0,
            "n_attributions": 0, "n_events": 0, "record": rec,
            "stage_versions": json.dumps({"fake": "1"}),
        })  # fmt: skip
    part = root / "records" / "published=2024-05-03"
    part.mkdir(parents=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=arrow_schema()), part / "part-0.parquet")
    (root / "manifest.json").write_text("{}")
    return root


def _record_json(doc_id: str, text: str) -> str:
    return json.dumps(Record(id=doc_id, text=text).to_dict())


def test_parquet_wrong_type_and_not_json(tmp_path: Path) -> None:
    run = _batch_output(tmp_path / "RUN", [
        _record_json("first", "The council said yes."),
        json.dumps({**json.loads(_record_json("bad", "x")), "text": 12345}),
        "{this is not JSON",
        _record_json("last", "The mayor said no."),
    ])  # fmt: skip
    damaged = run / "records" / "published=2024-05-03" / "a.parquet"  # read first
    damaged.write_bytes(b"not Parquet at all " * 8)
    result, errors = _ingest(tmp_path, run)
    assert result.exit_code == 1, result.output
    assert "2 stored" in result.output and "3 failed" in result.output
    file_error, *row_errors = errors
    assert file_error["source"] == str(damaged)
    assert "cannot read the Parquet" in _one_line(file_error["error"])
    assert [r["source"].rsplit(":", 1)[1] for r in row_errors] == ["2", "3"]
    assert '"text" must be a non-empty string, got 12345' in _one_line(row_errors[0]["error"])
    assert "not JSON" in _one_line(row_errors[1]["error"])
    assert all("run `sayso batch` again" in r["error"] for r in errors)
    assert _stored_ids(tmp_path) == ["first", "last"]


# -- 8. standard input over the cap ----------------------------------------------------------------


def test_stdin_over_the_cap_is_not_read_whole(tmp_path: Path) -> None:
    feed = b"The harbour council met again. " * (64 * MB // 31)  # 64 MB, the cap 10,000 chars
    code, output, rss, seconds, taken = _run_measured(
        ["extract", "-", "--errors", str(tmp_path / "e.jsonl")],
        {"SAYSO_MAX_CHARS": "10000"},
        stdin=subprocess.PIPE,
        feed=feed,
    )
    assert code == 1, output
    assert "text too large (over 10,000 characters" in output and "Traceback" not in output
    assert taken < 16 * MB, f"took {taken / MB:.0f} MB of standard input"
    assert rss < 300 * MB, f"peak RSS {rss / MB:.0f} MB"
    assert seconds < 300, f"{seconds:.1f} s"  # it stops, not a timing target
