"""WARC and WARC.gz archives (as Common Crawl News writes them), read with warcio.

Every ``response`` record whose HTTP payload is HTML becomes a Document through the same
trafilatura path as ``.html`` files: its id and URL are the record's ``WARC-Target-URI``.
Other record types (``warcinfo``, ``request``, ``metadata`` ...) are part of any archive and are
passed over silently; a response that is not HTML (a PDF, an image, a redirect without a body)
or that has no article text is an InputError with its reason, named ``FILE#OFFSET``. A damaged
archive (a truncated gzip member, a broken header) ends with one InputError after the records
read so far, which all land.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from ..errors import InputError
from ..types import Document
from .documents import content_type, html_document

__all__ = ["read_warc"]


def read_warc(path: Path, source: str, max_chars: int) -> Iterator[Document | InputError]:
    """Documents in the WARC (or WARC.gz) file at ``path``."""
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - depends on the installation
        yield InputError(
            f"{source}: reading WARC needs warcio; pip install 'sayso[feeds]'", source=source
        )
        return
    cap = 4 * max_chars
    responses = 0
    with path.open("rb") as fh:
        records = ArchiveIterator(fh, check_digests=False)
        offset = 0
        while True:
            try:
                record = next(records)
            except StopIteration:
                info = getattr(records, "member_info", None)
                size = path.stat().st_size
                if source.lower().endswith(".gz") and info and sum(info) < size:
                    yield InputError(
                        f"{source}: truncated or damaged gzip at byte {sum(info):,} of "
                        f"{size:,}, after {responses} response records; the records before it "
                        "were read, re-download the file to get the rest",
                        source=f"{source}#{sum(info)}",
                    )
                break
            except Exception as exc:  # warcio, zlib, EOFError ...: the archive is damaged
                yield InputError(
                    f"{source}: damaged archive after {responses} response records "
                    f"({type(exc).__name__}: {_short(exc)}); the records before it were read, "
                    "re-download the file to get the rest",
                    source=f"{source}#{offset}",
                )
                return
            try:
                if record.rec_type != "response":
                    continue
                responses += 1
                data = record.content_stream().read(cap + 1)
                offset = records.get_record_offset()  # (after the read: warcio reads lazily)
                where = f"{source}#{offset}"
                uri = record.rec_headers.get_header("WARC-Target-URI") or where
                http = record.http_headers
                ctype, charset = content_type(http.get_header("Content-Type") if http else None)
                status = http.get_statuscode() if http else None
                if len(data) <= cap and getattr(record.raw_stream, "limit", 0) > 0:
                    yield InputError(
                        f"{where}: record for {uri} is truncated ({record.raw_stream.limit:,} "
                        "of its bytes missing: the archive ends early); skipped, re-download "
                        "the file to get it",
                        source=where,
                    )
                    return
                sniff = data[:512].lstrip().lower()
                is_html = "html" in ctype or (not ctype and sniff.startswith(b"<"))
                if not is_html or not data.strip():
                    what = ctype or "no content type"
                    yield InputError(
                        f"{where}: record for {uri} has no HTML ({what}, HTTP {status or '?'}, "
                        f"{len(data):,} bytes); skipped",
                        source=where,
                    )
                    continue
                if len(data) > cap:
                    yield InputError(
                        f"{where}: page {uri} too large (over {cap:,} bytes of HTML; the cap is "
                        f"{max_chars:,} characters); raise it with --max-chars",
                        source=where,
                    )
                    continue
                yield _document(data, uri, where, max_chars, charset)
            except Exception as exc:
                yield InputError(
                    f"{source}: damaged archive at offset {offset} ({type(exc).__name__}: "
                    f"{_short(exc)}); the records before it were read",
                    source=f"{source}#{offset}",
                )
                return


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
