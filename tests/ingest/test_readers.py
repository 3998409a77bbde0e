"""Readers: every supported input, and a clear one-line InputError for every bad one."""

from __future__ import annotations

import io
import json
import random
import time
from pathlib import Path

import pytest

from sayso.errors import InputError
from sayso.ingest import read_source, read_sources
from sayso.types import Document

ARTICLE = (
    "Harbour council approves new ferry line\n"
    "\n"
    "The harbour council voted on Monday to open a ferry line to the islands, its chair said.\n"
)

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<title>Ferry line to open in spring</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta name="date" content="2024-03-01">
<link rel="canonical" href="https://gazette.example/ferry">
</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Ferry line to open in spring</h1>
<p>The harbour council voted on Monday to open a ferry line to the northern islands next
spring, according to a statement released by the council after a long evening session.</p>
<p>Islanders welcomed the decision, although several fishermen warned that the timetable would
crowd the small pier during the busiest weeks of the summer season.</p>
<p>The council said the first boats would sail in April, weather permitting, and that tickets
would go on sale in March at the harbour office and online.</p>
</article>
<footer>Copyright Harbour Gazette</footer>
</body>
</html>
"""


def read(source: str | Path, **kw: object) -> list[Document | InputError]:
    return list(read_source(str(source), **kw))  # type: ignore[arg-type]


def one_doc(source: str | Path, **kw: object) -> Document:
    items = read(source, **kw)
    assert len(items) == 1 and isinstance(items[0], Document), items
    return items[0]


def one_error(source: str | Path, **kw: object) -> InputError:
    items = read(source, **kw)
    assert len(items) == 1 and isinstance(items[0], InputError), items
    err = items[0]
    assert "\n" not in str(err)
    assert err.source is not None
    return err


# -- .txt ----------------------------------------------------------------------------------------


def test_txt_is_one_document_with_the_text_unchanged(tmp_path: Path) -> None:
    text = "  \n" + ARTICLE + "\r\nTrailing line with CRLF\r\n\n\n"
    p = tmp_path / "harbour-ferry.txt"
    p.write_bytes(text.encode("utf-8"))
    doc = one_doc(p)
    assert doc.id == "harbour-ferry"
    assert doc.text == text
    assert doc.source == str(p)


def test_txt_bom_is_dropped_before_the_text(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    assert one_doc(p).text == ARTICLE


def test_txt_with_multibyte_text_across_chunks(tmp_path: Path) -> None:
    text = "Zürich — “quoted” " * 100_000  # > 1 MiB, characters split across read chunks
    p = tmp_path / "long.txt"
    p.write_text(text, encoding="utf-8")
    assert one_doc(p).text == text


# -- .jsonl --------------------------------------------------------------------------------------


def test_jsonl_documents_and_fields(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    rows = [
        {
            "id": "a1",
            "text": "First story.",
            "published": "2024-02-05",
            "title": "One",
            "url": "https://x.example/1",
            "outlet": "X",
        },
        {"text": "Second story without id."},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    docs = read(p)
    assert all(isinstance(d, Document) for d in docs)
    a, b = docs
    assert isinstance(a, Document) and isinstance(b, Document)
    assert (a.id, a.text, a.published, a.title, a.url, a.outlet) == (
        "a1",
        "First story.",
        "2024-02-05",
        "One",
        "https://x.example/1",
        "X",
    )
    assert b.id == "batch-2" and b.published is None
    assert a.source == f"{p}:1" and b.source == f"{p}:2"


def test_jsonl_text_is_kept_exactly(tmp_path: Path) -> None:
    text = "\ufeff  Leading spaces,\u2028odd separators\r\nand CRLF.  "
    p = tmp_path / "exact.jsonl"
    p.write_text(json.dumps({"id": "x", "text": text}) + "\n", encoding="utf-8")
    assert one_doc(p).text == text


@pytest.mark.parametrize(
    ("line", "expect"),
    [
        ('{"id": "a", "text": "ok"', "not valid JSON"),
        ('["a", "b"]', "expected a JSON object"),
        ('{"id": "a"}', '"text" is missing'),
        ('{"id": "a", "text": "   "}', '"text" is empty'),
        ('{"id": "a", "text": 12}', '"text" must be a string'),
        ('{"id": 7, "text": "ok"}', '"id" must be a string, got 7'),
        ('{"id": "a", "text": "ok", "published": "March 3"}', '"published" must be a date'),
        ('{"id": "a", "text": "ok", "published": "2024-02-30"}', '"published" must be a date'),
        ('{"id": "a", "text": "ok", "title": ["x"]}', '"title" must be a string or null'),
    ],
)
def test_jsonl_bad_line_is_an_error_and_the_next_lines_go_through(
    tmp_path: Path, line: str, expect: str
) -> None:
    p = tmp_path / "mixed.jsonl"
    good = json.dumps({"id": "g", "text": "A good line."})
    p.write_text(f"{good}\n{line}\n{good}\n", encoding="utf-8")
    items = read(p)
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    err = items[1]
    assert isinstance(err, InputError)
    assert str(err).startswith(f"{p} line 2: ")
    assert expect in str(err)
    assert err.source == f"{p}:2"
    assert "\n" not in str(err)


def test_jsonl_datetime_published_suggests_the_date(tmp_path: Path) -> None:
    p = tmp_path / "dt.jsonl"
    p.write_text('{"text": "ok", "published": "2024-02-05T10:00:00Z"}\n', encoding="utf-8")
    assert 'use "2024-02-05"' in str(one_error(p))


def test_jsonl_bad_utf8_line_names_line_and_offset(tmp_path: Path) -> None:
    p = tmp_path / "latin.jsonl"
    good = b'{"text": "fine"}\n'
    p.write_bytes(good + b'{"text": "caf\xe9"}\n' + good)
    items = read(p)
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    msg = str(items[1])
    assert "line 2" in msg and f"byte offset {len(good) + 13}" in msg and "iconv" in msg


def test_jsonl_text_over_the_cap(tmp_path: Path) -> None:
    p = tmp_path / "big.jsonl"
    p.write_text(json.dumps({"text": "x" * 50}) + "\n", encoding="utf-8")
    msg = str(one_error(p, max_chars=10))
    assert "50 characters" in msg and "cap is 10" in msg


# -- .html ---------------------------------------------------------------------------------------


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    p = tmp_path / "ferry.html"
    p.write_text(PAGE, encoding="utf-8")
    doc = one_doc(p)
    assert doc.id == "ferry"
    assert "The harbour council voted on Monday" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.title == "Ferry line to open in spring"
    assert doc.published == "2024-03-01"
    assert doc.outlet == "Harbour Gazette"
    assert doc.url == "https://gazette.example/ferry"


def test_htm_suffix_and_page_without_article(tmp_path: Path) -> None:
    p = tmp_path / "empty.htm"
    page = "<html><head><title>Log in</title></head><body><form><input></form></body></html>"
    p.write_text(page, encoding="utf-8")
    assert "no article text found" in str(one_error(p))


# -- directories ---------------------------------------------------------------------------------


def test_directory_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "c", "text": "Third."}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("hidden", encoding="utf-8")
    ids = [d.id for d in read(tmp_path) if isinstance(d, Document)]
    assert ids == ["a", "two", "c"]


def test_directory_without_readable_files(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("nothing to read", encoding="utf-8")
    msg = str(one_error(tmp_path))
    assert "no .txt, .jsonl, .html, .htm, .warc, .warc.gz files" in msg


def test_read_sources_chains_and_keeps_going(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    items = list(read_sources([str(tmp_path / "missing.txt"), str(tmp_path / "a.txt")]))
    assert [type(i).__name__ for i in items] == ["InputError", "Document"]


# -- bad files -----------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    p = tmp_path / "nope.txt"
    err = one_error(p)
    assert "no such file or directory" in str(err) and str(p) in str(err)
    assert err.source == str(p)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "])
def test_empty_and_whitespace_files(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "blank.txt"
    p.write_bytes(content)
    msg = str(one_error(p))
    assert "empty file" in msg or "only whitespace" in msg


@pytest.mark.parametrize("name", ["blank.jsonl", "blank.html"])
def test_empty_jsonl_and_html(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_bytes(b"\n\n")
    assert "empty" in str(one_error(p))


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        random.Random(7).randbytes(4000).replace(b"\x00", b"\x01"),  # noise without NULs
        b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200,  # control characters
    ],
)
def test_binary_file(tmp_path: Path, content: bytes) -> None:
    p = tmp_path / "picture.txt"
    p.write_bytes(content)
    assert "binary" in str(one_error(p))


def test_other_8bit_encoding_is_not_utf8_rather_than_binary(tmp_path: Path) -> None:
    p = tmp_path / "cyrillic.txt"
    p.write_bytes("Министр обороны заявил о поддержке.".encode("cp1251"))
    msg = str(one_error(p))
    assert "not valid UTF-8 at byte offset 0" in msg and "iconv" in msg


def test_utf16_is_named(tmp_path: Path) -> None:
    p = tmp_path / "wide.txt"
    p.write_bytes("Hello there.".encode("utf-16"))
    assert "UTF-16 text" in str(one_error(p))


def test_binary_jsonl(tmp_path: Path) -> None:
    p = tmp_path / "data.jsonl"
    p.write_bytes(b"\x00\x01\x02" * 100)
    assert "binary" in str(one_error(p))


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes("Le café est fermé.".encode("latin-1"))
    msg = str(one_error(p))
    assert "not valid UTF-8 at byte offset 6 (byte 0xe9)" in msg
    assert "iconv -f <encoding> -t utf-8" in msg


def test_invalid_utf8_offset_in_a_later_chunk(tmp_path: Path) -> None:
    p = tmp_path / "late.txt"
    head = ("é" * 700_000).encode("utf-8")  # 1.4 MB: the bad byte is in the second chunk
    p.write_bytes(head + b"\xff tail")
    assert f"byte offset {len(head)}" in str(one_error(p))


def test_truncated_utf8_at_the_end(tmp_path: Path) -> None:
    p = tmp_path / "cut.txt"
    data = b"Ends in a cut character " + "é".encode()[:1]
    p.write_bytes(data)
    assert f"byte offset {len(data) - 1}" in str(one_error(p))


def test_unknown_suffix(tmp_path: Path) -> None:
    p = tmp_path / "article.pdf"
    p.write_bytes(b"%PDF-1.4")
    msg = str(one_error(p))
    assert "'.pdf'" in msg and ".txt, .jsonl, .html, .htm" in msg


def test_size_cap_parameter(tmp_path: Path) -> None:
    p = tmp_path / "small.txt"
    p.write_text("y" * 101, encoding="utf-8")
    msg = str(one_error(p, max_chars=100))
    assert "cap is 100 characters" in msg
    assert one_doc(p, max_chars=101).text == "y" * 101


def test_twenty_megabyte_file_errors_quickly(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    block = b"All work and no play makes a long file.\n" * 1000
    with p.open("wb") as fh:
        for _ in range(20 * 1024 * 1024 // len(block) + 1):
            fh.write(block)
    assert p.stat().st_size > 20 * 1024 * 1024
    t0 = time.perf_counter()
    err = one_error(p)
    assert time.perf_counter() - t0 < 5
    assert "text too large" in str(err) and "10,000,000 characters" in str(err)


def test_file_far_over_the_cap_is_refused_from_its_size(tmp_path: Path) -> None:
    p = tmp_path / "sparse.txt"
    with p.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: would be binary if it were read
    msg = str(one_error(p, max_chars=1_000_000))
    assert "52,428,800 bytes" in msg and "cap is 1,000,000" in msg


# -- standard input ------------------------------------------------------------------------------


def stdin(data: bytes) -> list[Document | InputError]:
    return list(read_source("-", stdin=io.BytesIO(data)))


def test_stdin_plain_text() -> None:
    (doc,) = stdin(ARTICLE.encode("utf-8"))
    assert isinstance(doc, Document)
    assert (doc.id, doc.text, doc.source) == ("stdin", ARTICLE, "-")


def test_stdin_jsonl() -> None:
    data = b'\n{"id": "s1", "text": "One."}\n{"text": "Two."}\nnot json\n'
    items = stdin(data)
    assert [type(i).__name__ for i in items] == ["Document", "Document", "InputError"]
    assert isinstance(items[1], Document) and items[1].id == "stdin-3"
    assert str(items[2]).startswith("standard input line 4: not valid JSON")
    assert items[2].source == "-:4"


def test_stdin_text_starting_with_a_brace_is_text() -> None:
    data = b"{Editor's note} This story was updated.\n"
    (doc,) = stdin(data)
    assert isinstance(doc, Document) and doc.text == data.decode()


def test_stdin_html() -> None:
    (doc,) = stdin(("\n  " + PAGE).encode("utf-8"))
    assert isinstance(doc, Document)
    assert doc.id == "stdin" and doc.title == "Ferry line to open in spring"
    assert "ferry line to the northern islands" in doc.text


@pytest.mark.parametrize(
    ("data", "expect"),
    [
        (b"", "standard input is empty"),
        (b"  \n ", "standard input is empty"),
        (b"\x00\x01binary\x00", "binary"),
        (b"caf\xe9", "byte offset 3"),
    ],
)
def test_stdin_bad(data: bytes, expect: str) -> None:
    (err,) = stdin(data)
    assert isinstance(err, InputError) and expect in str(err) and err.source == "-"


def test_stdin_from_sys_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(b"Text from the pipe.")

    monkeypatch.setattr("sys.stdin", FakeStdin())
    (doc,) = read("-")
    assert isinstance(doc, Document) and doc.text == "Text from the pipe."
