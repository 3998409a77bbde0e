"""WARC and WARC.gz archives (as Common Crawl News writes them), read with warcio.

Every ``response`` record whose HTTP payload is HTML becomes a Document through the same
trafilatura path as ``.html`` files: its id and URL are the record's ``WARC-Target-URI``.
Other record types (``warcinfo``, ``request``, ``metadata`` ...) are part of any archive and are
passed over silently; a response that is not HTML (a PDF, an image, a redirect without a body)
or that has no article text is an InputError with its reason, named ``FILE#OFFSET``. A damaged
archive (a truncated gzip member, a record shorter than its Content-Length, a broken header)
ends with one InputError after the records read so far, which all land; so does one that
inflates past a cap (``archive.py``: a gzip bomb is given up on within its first megabytes).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from ..config import warc_limits
from ..errors import InputError
from ..types import Document
from .documents import content_type, html_document

__all__ = ["read_warc"]


def read_warc(path: Path, source: str, max_chars: int) -> Iterator[Document | InputError]:
    """Documents in the WARC (or WARC.gz) file at ``path``, held to the ``SAYSO_WARC_*`` caps
    (``config.WarcLimits``): a file that inflates past one is given up on with one error."""
    try:
        from .archive import Archive, Inflated, is_cut
    except ImportError:  # pragma: no cover - depends on the installation (warcio)
        yield InputError(
            f"{source}: reading WARC needs warcio; pip install 'sayso[feeds]'", source=source
        )
        return
    if path.stat().st_size == 0:
        yield InputError(
            f"{source}: empty file (no WARC records); download it again or leave it out",
            source=source,
        )
        return
    limits = warc_limits()
    cap = 4 * max_chars
    responses = 0
    with path.open("rb") as fh:
        records = Archive(fh, limits)
        offset = end = 0  # where the last record read begins and ends in the file
        while True:
            try:
                record = next(records, None)
                if record is None:
                    yield from _ended(fh, records.cut, end, source, responses)
                    return
                data = b""
                if record.rec_type == "response":
                    responses += 1
                    data = record.content_stream().read(cap + 1)
                offset = records.get_record_offset()  # (reads the record to its end)
                end = offset + records.get_record_length()
                where = f"{source}#{offset}"
                if is_cut(record):
                    uri = record.rec_headers.get_header("WARC-Target-URI")
                    what = f"{record.rec_type or 'WARC'} record" + (f" for {uri}" if uri else "")
                    yield InputError(
                        f"{where}: {what} is truncated (the archive ends inside it); the records "
                        "before it were read, re-download the file to get the rest",
                        source=where,
                    )
                    return
                if record.rec_type == "response":
                    yield _response(record, data, where, max_chars)
            except Inflated as exc:
                at = records.compressed
                fix = f"if the archive is genuine raise {exc.setting}, else " if exc.setting else ""
                yield InputError(
                    f"{source}: given up at byte {at:,} of the file: {exc.what}; the records "
                    f"before it were read, {fix}leave the file out",
                    source=f"{source}#{offset}",
                )
                return
            except Exception as exc:  # warcio, zlib, EOFError ...: the archive is damaged
                yield InputError(
                    f"{source}: damaged archive after {responses} response records "
                    f"({type(exc).__name__}: {_short(exc)}); the records before it were read, "
                    "re-download the file to get the rest",
                    source=f"{source}#{offset}",
                )
                return


def _ended(fh: BinaryIO, cut: bool, end: int, source: str, responses: int) -> Iterator[InputError]:
    """The error of an archive that ends inside a record (a gzip member without its end, or
    bytes after the last whole record that warcio passed over), else nothing."""
    fh.seek(end)
    if cut or fh.read(1 << 16).strip():
        yield InputError(
            f"{source}#{end}: the archive is truncated inside the record at byte {end:,}, "
            f"after {responses} response records; the records before it were read, re-download "
            "the file to get the rest",
            source=f"{source}#{end}",
        )


def _response(record: Any, data: bytes, where: str, max_chars: int) -> Document | InputError:
    """The Document of one response record whose payload (at most the cap and a byte) is
    ``data``, or why there is none."""
    cap = 4 * max_chars
    uri = record.rec_headers.get_header("WARC-Target-URI") or where
    http = record.http_headers
    ctype, charset = content_type(http.get_header("Content-Type") if http else None)
    status = http.get_statuscode() if http else None
    sniff = data[:512].lstrip().lower()
    is_html = "html" in ctype or (not ctype and sniff.startswith(b"<"))
    if not is_html or not data.strip():
        what = ctype or "no content type"
        return InputError(
            f"{where}: record for {uri} has no HTML ({what}, HTTP {status or '?'}, "
            f"{len(data):,} bytes); skipped",
            source=where,
        )
    if len(data) > cap:
        return InputError(
            f"{where}: page {uri} too large (over {cap:,} bytes of HTML; the cap is "
            f"{max_chars:,} characters); raise it with --max-chars",
            source=where,
        )
    return _document(data, uri, where, max_chars, charset)


def _document(
    data: bytes, uri: str, where: str, max_chars: int, charset: str | None
) -> Document | InputError:
    try:
        doc = html_document(data, uri, where, max_chars, charset=charset)
    except InputError as err:
        return err
    if doc.url is None and uri.startswith(("http://", "https://")):
        doc = replace(doc, url=uri)
    return doc


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:160] + "…" if len(text) > 160 else text or "no detail"
