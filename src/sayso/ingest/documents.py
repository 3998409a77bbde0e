"""Bytes into Documents: the checks every reader makes (binary, UTF-8, empty, too large), an
HTML page's main text and metadata (trafilatura), a plain-text page, and a declared content type.

Shared by the file readers (``readers.py``), web pages (``url.py``) and archives (``warc.py``),
which all sit above this module.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from email.message import Message

from ..errors import InputError
from ..types import Document

__all__ = [
    "BOM",
    "SNIFF",
    "SUFFIXES",
    "SUPPORTED",
    "WARC_SUFFIXES",
    "binary_error",
    "check_not_binary",
    "check_not_empty",
    "content_type",
    "html_document",
    "is_date",
    "not_utf8_error",
    "replace_surrogates",
    "text_document",
    "too_big_error",
]

SUFFIXES: tuple[str, ...] = (".txt", ".jsonl", ".html", ".htm", ".warc", ".warc.gz")
WARC_SUFFIXES: tuple[str, ...] = (".warc", ".warc.gz")
SUPPORTED = ", ".join(SUFFIXES)

BOM = b"\xef\xbb\xbf"  # a leading UTF-8 byte-order mark: dropped before the text exists
SNIFF = 8192  # bytes looked at to tell text from binary
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")  # half a UTF-16 pair: no UTF-8 text holds one


def replace_surrogates(text: str) -> str:
    """``text`` with every lone surrogate (``"\\ud800"`` in JSON) replaced by U+FFFD, one
    character for one: offsets into the text are unchanged."""
    return _SURROGATE.sub("\ufffd", text)


def content_type(value: str | None) -> tuple[str, str | None]:
    """A Content-Type header as (type in lower case without parameters, charset or None)."""
    if not value:
        return "", None
    msg = Message()
    msg["content-type"] = value
    charset = msg.get_param("charset")
    return msg.get_content_type().lower(), charset if isinstance(charset, str) else None


def check_not_binary(sample: bytes, source: str, *, lines: bool = False) -> None:
    """Refuse UTF-16 (named as such), NUL bytes, and samples with many control characters.

    Text in another 8-bit encoding (latin1, windows-1251 ...) is not binary: it fails as
    invalid UTF-8 later, with the byte offset and an ``iconv`` hint. With ``lines`` (a file
    judged a line at a time: JSONL) a NUL byte is left to its line's reader; only a sample
    that is mostly control characters refuses the file."""
    if not sample:
        return
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(
            f"{source}: UTF-16 text, Sayso reads UTF-8; convert it first, e.g. "
            f"`iconv -f utf-16 -t utf-8 {source} > {source}.utf8`",
            source=source,
        )
    if b"\x00" in sample and not lines:
        raise binary_error(source)
    controls = sum(1 for b in sample if (b < 32 and b not in b"\t\n\r\x0b\x0c\x1b") or b == 127)
    if controls > len(sample) * 0.05:
        raise binary_error(source)


def check_not_empty(text: str, source: str) -> None:
    if not text:
        raise InputError(
            f"{source}: empty file (no text); add the article text, or leave the file out",
            source=source,
        )
    if not text.strip():
        raise InputError(
            f"{source}: file holds only whitespace; add the article text, or leave the file out",
            source=source,
        )


def binary_error(source: str) -> InputError:
    return InputError(
        f"{source}: looks like a binary file, not text; give Sayso {SUPPORTED} text files",
        source=source,
    )


def not_utf8_error(source: str, offset: int, bad: int | None) -> InputError:
    what = f" (byte 0x{bad:02x})" if bad is not None else " (truncated character at the end)"
    name = source if source != "-" else "input"
    return InputError(
        f"{source}: not valid UTF-8 at byte offset {offset}{what}; convert it first, e.g. "
        f"`iconv -f <encoding> -t utf-8 {name} > {name}.utf8` (often windows-1252 or latin1)",
        source=source,
    )


def too_big_error(source: str, size: str, max_chars: int) -> InputError:
    return InputError(
        f"{source}: text too large ({size}; the cap is {max_chars:,} characters); "
        "split it into smaller documents or raise the cap with --max-chars or SAYSO_MAX_CHARS",
        source=source,
    )


def is_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def html_document(
    data: bytes, doc_id: str, source: str, max_chars: int, *, charset: str | None = None
) -> Document:
    """The main text of an HTML page and its metadata, via trafilatura; raises InputError.

    ``charset`` is the one a server or an archive declared: used when the bytes decode with
    it, otherwise (a wrong declaration) trafilatura detects the encoding from the bytes."""
    check_not_binary(data[:SNIFF], source)
    if b"\x00" in data:
        raise binary_error(source)
    if data.startswith(BOM):
        data = data[len(BOM) :]
    if not data.strip():
        raise InputError(
            f"{source}: empty file (no HTML); give the article page, or leave the file out",
            source=source,
        )
    page: str | bytes = data  # trafilatura reads the page's declared charset
    for encoding in dict.fromkeys(c for c in (charset, "utf-8") if c):
        try:
            page = data.decode(encoding)
            break
        except (UnicodeDecodeError, LookupError):
            continue
    import trafilatura  # heavy (lxml and its models): loaded when HTML is read, not on import

    result = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_images=False
    )
    text = getattr(result, "text", None) if result is not None else None
    if not isinstance(text, str) or not text.strip():
        raise InputError(
            f"{source}: no article text found in the HTML; check that it is an article page "
            "(not an index or a login page), or give the article text as .txt",
            source=source,
        )
    if len(text) > max_chars:
        raise too_big_error(source, f"{len(text):,} characters", max_chars)
    date = _str_attr(result, "date")
    return Document(
        id=doc_id,
        text=text,
        published=date[:10] if date and is_date(date[:10]) else None,
        title=_str_attr(result, "title"),
        url=_str_attr(result, "url"),
        outlet=_str_attr(result, "sitename") or _str_attr(result, "hostname"),
        language=_str_attr(result, "language"),
        source=source,
    )


def _str_attr(obj: object, name: str) -> str | None:
    value = getattr(obj, name, None)
    return value.strip() or None if isinstance(value, str) else None


def text_document(
    data: bytes, doc_id: str, source: str, max_chars: int, *, charset: str | None = None
) -> Document:
    """A plain-text page as a Document (``charset`` as declared, else UTF-8); raises InputError."""
    if data.startswith(BOM):
        data = data[len(BOM) :]
    check_not_binary(data[:SNIFF], source)
    if b"\x00" in data:
        raise binary_error(source)
    try:
        text = data.decode(charset or "utf-8")
    except LookupError:
        raise InputError(
            f"{source}: unknown charset {charset!r}; save the page and convert it to UTF-8",
            source=source,
        ) from None
    except UnicodeDecodeError as exc:
        raise not_utf8_error(source, exc.start, data[exc.start]) from None
    check_not_empty(text, source)
    if len(text) > max_chars:
        raise too_big_error(source, f"{len(text):,} characters", max_chars)
    return Document(id=doc_id, text=text, source=source)
