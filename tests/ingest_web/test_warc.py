from __future__ import annotations

from pathlib import Path

from sayso.errors import InputError
from sayso.ingest import read_source
from sayso.types import Document

from .server import article_html
from .warcs import write_warc

PAGES = [
    ("https://news.example/a", "text/html; charset=utf-8", article_html("Alpha").encode()),
    ("https://news.example/report.pdf", "application/pdf", b"%PDF-1.4 binary"),
    ("https://news.example/b", "text/html", article_html("Beta", "2024-05-04").encode()),
]


def items(path: Path) -> list[Document | InputError]:
    return list(read_source(str(path)))


def test_warc_gz_responses_with_html_land(tmp_path: Path) -> None:
    got = items(write_warc(tmp_path / "cc.warc.gz", PAGES))
    docs = [d for d in got if isinstance(d, Document)]
    assert [d.id for d in docs] == ["https://news.example/a", "https://news.example/b"]
    assert [d.published for d in docs] == ["2024-05-03", "2024-05-04"]
    assert all(d.url and d.source and "#" in d.source for d in docs)
    [err] = [e for e in got if isinstance(e, InputError)]
    assert "report.pdf has no HTML (application/pdf" in str(err)


def test_plain_warc(tmp_path: Path) -> None:
    got = items(write_warc(tmp_path / "cc.warc", PAGES, gzip=False))
    assert sum(isinstance(d, Document) for d in got) == 2


def test_truncated_gzip_keeps_the_records_before(tmp_path: Path) -> None:
    full = write_warc(tmp_path / "full.warc.gz", PAGES).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(full[: len(full) - 200])
    got = items(cut)
    assert [d.id for d in got if isinstance(d, Document)] == ["https://news.example/a"]
    last = got[-1]
    assert isinstance(last, InputError)
    assert "truncated" in str(last) and "re-download" in str(last)


def test_garbage_is_a_damaged_archive(tmp_path: Path) -> None:
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00 this is not gzip at all")
    [err] = items(bad)
    assert isinstance(err, InputError) and "bad.warc.gz" in str(err)


def test_directories_are_read_recursively(tmp_path: Path) -> None:
    (tmp_path / "2024" / "05").mkdir(parents=True)
    write_warc(tmp_path / "2024" / "05" / "one.warc.gz", PAGES[:1])
    write_warc(tmp_path / "two.warc", PAGES[2:], gzip=False)
    docs = [d for d in items(tmp_path) if isinstance(d, Document)]
    assert sorted(d.id for d in docs) == ["https://news.example/a", "https://news.example/b"]


def test_wrong_charset_in_a_record(tmp_path: Path) -> None:
    page = article_html("Café").encode("latin-1")
    got = items(
        write_warc(
            tmp_path / "x.warc.gz", [("https://n.example/c", "text/html; charset=utf-8", page)]
        )
    )
    [doc] = got
    assert isinstance(doc, Document) and "Paragraph 1" in doc.text
