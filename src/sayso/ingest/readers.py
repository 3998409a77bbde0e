"""Input readers: ``.txt``, ``.jsonl``, ``.html``/``.htm``, ``.warc``/``.warc.gz`` files,
directories of them, ``http(s)://`` URLs (``url.py``) and ``-`` for standard input.

Every reader yields :class:`~sayso.types.Document` objects and, in place of each bad input, an
:class:`~sayso.errors.InputError` (one line: what is wrong, with which value, and what to do) whose
``source`` names the file (``file.jsonl:7`` for a line of a JSONL file), so a batch keeps going
past bad files and bad lines.

The text of a document is the one every offset indexes:

- ``.txt`` and standard input: the file's content, decoded as UTF-8 and otherwise unchanged (no
  stripping, no newline translation).
- ``.jsonl``: the ``"text"`` field, unchanged.
- ``.html``/``.htm``, URLs and the HTML responses in WARC files (``warc.py``): the main text that
  trafilatura extracts (title, date, site name and URL from the page's metadata go into the
  Document's fields).

The one thing dropped is a leading UTF-8 byte-order mark (``EF BB BF``) of a file or of standard
input: it marks the encoding, it is not text. It is removed before the text exists, so offsets
index the text without it and stay valid. The one thing replaced is a lone surrogate in JSON
(``"\\ud800"``: half a character, which no UTF-8 text can hold): it becomes U+FFFD, one
character for one, so offsets are unchanged.

JSONL is judged a line at a time (a NUL byte, bad UTF-8, bad JSON, a number too long for Python,
a line over the cap: an error for that line, the others read). Files and standard input are read
in chunks, never more than one ahead of the cap: input over it is refused without being read
whole.
"""

from __future__ import annotations

import codecs
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..config import DEFAULT_MAX_CHARS
from ..errors import InputError, json_problem
from ..types import Document
from .documents import (
    BOM,
    SNIFF,
    SUFFIXES,
    SUPPORTED,
    WARC_SUFFIXES,
    binary_error,
    check_not_binary,
    check_not_empty,
    html_document,
    is_date,
    not_utf8_error,
    replace_surrogates,
    text_document,
    too_big_error,
)
from .url import FetchOptions, is_url, read_url
from .warc import read_warc

__all__ = [
    "DEFAULT_MAX_CHARS",
    "SUFFIXES",
    "file_suffix",
    "html_document",
    "list_files",
    "read_source",
    "read_sources",
    "text_document",
]

_CHUNK = 1 << 20


def read_source(
    source: str,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    stdin: BinaryIO | None = None,
    fetch: FetchOptions | None = None,
) -> Iterator[Document | InputError]:
    """Documents in ``source`` (a file, a directory, an http(s) URL, or ``-`` for standard
    input), with an InputError in place of each bad file, line, page or archive record.

    ``max_chars`` caps the text of one document; ``stdin`` replaces ``sys.stdin.buffer``;
    ``fetch`` sets how URLs are fetched (default: ``FetchOptions()``, private addresses refused).
    """
    if source == "-":
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer, max_chars)
        return
    if is_url(source):
        yield read_url(source, max_chars=max_chars, options=fetch)
        return
    path = Path(source)
    if path.is_dir():
        yield from _read_dir(path, source, max_chars)
        return
    if not path.exists():
        yield InputError(f"{source}: no such file or directory; check the path", source=source)
        return
    if not path.is_file():
        yield InputError(
            f"{source}: not a regular file; give a {SUPPORTED} file, a directory or -",
            source=source,
        )
        return
    suffix = file_suffix(path)
    if suffix not in SUFFIXES:
        shown = repr(suffix) if suffix else "no suffix"
        yield InputError(
            f"{source}: unsupported file type ({shown}); Sayso reads {SUPPORTED} files, "
            "directories of them, and - for standard input",
            source=source,
        )
        return
    try:
        if suffix in WARC_SUFFIXES:
            yield from read_warc(path, source, max_chars)
        elif suffix == ".jsonl":
            yield from _read_jsonl_file(path, source, max_chars)
        elif suffix in (".html", ".htm"):
            yield _read_html_file(path, source, max_chars)
        else:
            text = _read_text(path, source, max_chars)
            yield Document(id=path.stem, text=text, source=source)
    except InputError as err:
        yield err
    except OSError as exc:
        yield InputError(
            f"{source}: cannot read the file ({exc.strerror or exc}); check its permissions",
            source=source,
        )


def read_sources(
    sources: Iterable[str],
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    fetch: FetchOptions | None = None,
) -> Iterator[Document | InputError]:
    """Documents in each of ``sources`` in order (see :func:`read_source`; URLs are fetched
    with ``fetch``, by default with private addresses allowed only by
    ``SAYSO_ALLOW_PRIVATE=1``)."""
    for source in sources:
        yield from read_source(source, max_chars=max_chars, fetch=fetch)


def file_suffix(path: Path) -> str:
    """``.warc.gz`` for archives, else the path's suffix, lower case."""
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def list_files(path: Path) -> list[Path]:
    """Every supported file under the directory ``path``, recursively, in sorted order; hidden
    files and folders left out."""
    return sorted(
        p
        for p in path.rglob("*")
        if file_suffix(p) in SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
        and p.is_file()
    )


# -- directories ---------------------------------------------------------------------------------


def _read_dir(path: Path, source: str, max_chars: int) -> Iterator[Document | InputError]:
    """Every supported file under ``path``, recursively, in sorted order; hidden ones skipped."""
    files = list_files(path)
    if not files:
        yield InputError(
            f"{source}: directory has no {SUPPORTED} files; point Sayso at a folder of articles",
            source=source,
        )
        return
    for f in files:
        yield from read_source(str(f), max_chars=max_chars)


# -- plain text ----------------------------------------------------------------------------------


def _chunks(stream: BinaryIO, size: int = _CHUNK) -> Iterator[bytes]:
    """The bytes of ``stream`` in chunks of at most ``size``: never more read than one chunk
    ahead (``read1`` where the stream has it: a pipe gives what it holds, without waiting)."""
    read1 = getattr(stream, "read1", None)
    while chunk := (read1(size) if read1 is not None else stream.read(size)):
        yield chunk


def _read_text(path: Path, source: str, max_chars: int) -> str:
    """The UTF-8 text of ``path``, read in chunks and given up on as soon as it is over the cap."""
    size = path.stat().st_size
    if size > 4 * max_chars:  # even 4-byte characters would be over the cap
        raise too_big_error(source, f"{size:,} bytes", max_chars)
    with path.open("rb") as fh:
        return _decode_text(_chunks(fh), source, max_chars)


def _decode_text(chunks: Iterable[bytes], source: str, max_chars: int) -> str:
    """The UTF-8 text of ``chunks`` (a leading BOM dropped), decoded as they come and given up on
    as soon as it is over ``max_chars``: what is past the cap is never read."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    parts: list[str] = []
    chars = 0
    offset = 0  # bytes fed to the decoder so far
    first = True
    for chunk in chunks:
        if first:
            first = False
            check_not_binary(chunk[:SNIFF], source)
            if chunk.startswith(BOM):
                chunk = chunk[len(BOM) :]
                offset = len(BOM)
        if b"\x00" in chunk:
            raise binary_error(source)
        parts.append(_decode(decoder, chunk, offset, source, final=False))
        offset += len(chunk)
        chars += len(parts[-1])
        if chars > max_chars:
            raise too_big_error(source, f"over {max_chars:,} characters", max_chars)
    parts.append(_decode(decoder, b"", offset, source, final=True))
    text = "".join(parts)
    check_not_empty(text, source)
    return text


def _decode(
    decoder: codecs.IncrementalDecoder, chunk: bytes, offset: int, source: str, *, final: bool
) -> str:
    pending = decoder.getstate()[0]
    try:
        return decoder.decode(chunk, final=final)
    except UnicodeDecodeError as exc:
        data = pending + chunk
        bad = data[exc.start] if exc.start < len(data) else None
        raise not_utf8_error(source, offset - len(pending) + exc.start, bad) from None


# -- JSON Lines ----------------------------------------------------------------------------------


def _line_cap(max_chars: int) -> int:
    """The most bytes one JSONL line may have: a text of ``max_chars`` characters, each written
    as a ``\\uXXXX`` escape, and room for the other fields."""
    return 6 * max_chars + (1 << 16)


def _lines(chunks: Iterable[bytes], cap: int) -> Iterator[tuple[bytes | None, int]]:
    """Each line of the bytes in ``chunks`` (its newline included) and its length in bytes; None
    in place of a line over ``cap`` bytes, which is passed over without being held."""
    parts: list[bytes] = []
    size = 0
    over = False
    for chunk in chunks:
        start = 0
        while start < len(chunk):
            nl = chunk.find(b"\n", start)
            end = len(chunk) if nl < 0 else nl + 1
            size += end - start
            if not over and size > cap:
                over, parts = True, []
            elif not over:
                parts.append(chunk[start:end])
            start = end
            if nl >= 0:
                yield (None if over else b"".join(parts)), size
                parts, size, over = [], 0, False
    if size:
        yield (None if over else b"".join(parts)), size


def _read_jsonl_file(path: Path, source: str, max_chars: int) -> Iterator[Document | InputError]:
    with path.open("rb") as fh:
        check_not_binary(fh.read(SNIFF), source, lines=True)
        fh.seek(0)
        seen = False
        for item in _jsonl_lines(_chunks(fh), source, path.stem, max_chars):
            seen = True
            yield item
    if not seen:
        yield InputError(
            f"{source}: empty JSONL file (no lines); add one JSON object a line "
            'like {"id": "a1", "text": "..."}',
            source=source,
        )


def _jsonl_lines(
    chunks: Iterable[bytes], source: str, stem: str, max_chars: int, name: str | None = None
) -> Iterator[Document | InputError]:
    """The Document or InputError of every non-blank line of JSONL bytes, each line judged on
    its own (bytes, UTF-8, JSON, fields): one bad line costs only itself."""
    name = name or source
    cap = _line_cap(max_chars)
    offset = 0
    for lineno, (raw, size) in enumerate(_lines(chunks, cap), 1):
        start = offset
        offset += size
        where = f"{source}:{lineno}"
        if raw is None:
            yield InputError(
                f"{name} line {lineno}: line too long ({size:,} bytes; the cap for "
                f"{max_chars:,} characters of text is {cap:,}); split the document or raise "
                "the cap with --max-chars or SAYSO_MAX_CHARS",
                source=where,
            )
            continue
        if lineno == 1 and raw.startswith(BOM):
            raw = raw[len(BOM) :]
            start += len(BOM)
        if not raw.strip():
            continue
        if (nul := raw.find(b"\x00")) >= 0:
            yield InputError(
                f"{name} line {lineno}: a NUL byte at column {nul + 1} "
                "(binary data, not text); fix the line",
                source=where,
            )
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            err = not_utf8_error(source, start + exc.start, raw[exc.start])
            yield InputError(f"{name} line {lineno}: {err.message.split(': ', 1)[1]}", source=where)
            continue
        yield _jsonl_document(line, lineno, source, stem, max_chars, name)


class _HugeNumber(ValueError):
    """A JSON number with more digits than Python turns into an integer."""

    def __init__(self, digits: int) -> None:
        super().__init__(f"{digits} digits")
        self.digits = digits


def _parse_int(digits: str) -> int:
    """``int`` for JSON's integers, with a :class:`_HugeNumber` in place of Python's error for
    one over its limit of digits (4,300: converting more costs quadratic time)."""
    try:
        return int(digits)
    except ValueError:
        raise _HugeNumber(len(digits.lstrip("-"))) from None


def _loads(line: str) -> object:
    return json.loads(line, parse_int=_parse_int)


def _jsonl_document(
    line: str, lineno: int, source: str, stem: str, max_chars: int, name: str | None = None
) -> Document | InputError:
    """The Document on one JSONL line, or the InputError saying what is wrong with the line.

    ``name`` is how messages call the input (default: ``source``). Lone surrogates
    (``"\\ud800"``: half a character, which no UTF-8 text can hold) in the text and the other
    fields become U+FFFD, one character for one, so offsets are unchanged."""
    where = f"{source}:{lineno}"

    def bad(problem: str) -> InputError:  # (a value shown in it may hold a lone surrogate)
        message = f"{name or source} line {lineno}: {problem}"
        return InputError(replace_surrogates(message), source=where)

    try:
        obj: object = _loads(line)
    except json.JSONDecodeError as exc:
        return bad(f"not valid JSON ({json_problem(exc)}); fix the line")
    except _HugeNumber as exc:
        return bad(
            f"a number with {exc.digits:,} digits, more than Python reads "
            f"({sys.get_int_max_str_digits():,}); quote it as a string"
        )
    except RecursionError:
        return bad("JSON nested too deeply; write one flat object a line")
    if not isinstance(obj, dict):
        return bad(
            f'expected a JSON object like {{"id": ..., "text": ...}}, got '
            f"{_json_type(obj)}; write one object a line"
        )
    text = obj.get("text")
    if text is None:
        return bad('"text" is missing; give every line a non-empty "text" string')
    if not isinstance(text, str):
        return bad(f'"text" must be a string, got {_json_type(text)}; quote the article text')
    if not text.strip():
        return bad('"text" is empty; give every line a non-empty "text" string')
    if len(text) > max_chars:
        return bad(
            f"text too large ({len(text):,} characters; the cap is {max_chars:,}); "
            "split it into smaller documents or raise the cap with --max-chars or SAYSO_MAX_CHARS"
        )
    doc_id = obj.get("id")
    if doc_id is None or doc_id == "":
        doc_id = f"{stem}-{lineno}"
    elif not isinstance(doc_id, str):
        shown = json.dumps(doc_id, ensure_ascii=False)[:40]
        return bad(f'"id" must be a string, got {shown}; quote it, e.g. "id": "{shown}"')
    fields: dict[str, str | None] = {}
    for key in ("title", "url", "outlet", "published"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return bad(
                f'"{key}" must be a string or null, got {_json_type(value)}; '
                "fix it or leave the field out"
            )
        fields[key] = value or None
    published = fields["published"]
    if published is not None and not is_date(published):
        hint = f'; use "{published[:10]}"' if is_date(published[:10]) else ""
        shown = json.dumps(published, ensure_ascii=False)[:40]
        return bad(
            f'"published" must be a date YYYY-MM-DD, got {shown}{hint}; '
            "fix it or leave the field out"
        )
    return Document(
        id=replace_surrogates(doc_id),
        text=replace_surrogates(text),
        published=published,
        title=_clean(fields["title"]),
        url=_clean(fields["url"]),
        outlet=_clean(fields["outlet"]),
        source=where,
    )


def _clean(value: str | None) -> str | None:
    return None if value is None else replace_surrogates(value)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return "a string"


# -- HTML ----------------------------------------------------------------------------------------


def _read_html_file(path: Path, source: str, max_chars: int) -> Document:
    size = path.stat().st_size
    if size > 4 * max_chars:
        raise too_big_error(source, f"{size:,} bytes of HTML", max_chars)
    data = path.read_bytes()
    return html_document(data, path.stem, source, max_chars)


# -- standard input ------------------------------------------------------------------------------


def _read_stdin(stream: BinaryIO, max_chars: int) -> Iterator[Document | InputError]:
    """Sniff standard input: JSON Lines if it starts with ``{`` and its first line is a JSON
    object, HTML if it starts with ``<``, plain text otherwise.

    Read in chunks as it comes, never whole: JSON Lines a line at a time, HTML and text only up
    to the cap (``max_chars``), where reading stops with the error."""
    source = "-"
    chunks = _chunks(stream)
    try:
        head, kind = _sniff(chunks, _line_cap(max_chars))
    except OSError as exc:
        yield InputError(f"-: cannot read standard input ({exc})", source=source)
        return
    if kind == "empty":
        yield InputError(
            "-: standard input is empty; pipe an article in, e.g. `sayso extract - < article.txt`",
            source=source,
        )
        return
    data = itertools.chain([head], chunks)
    try:
        if kind == "jsonl":
            yield from _jsonl_lines(data, source, "stdin", max_chars, "standard input")
        elif kind == "html":
            page = _read_capped(data, 4 * max_chars, max_chars)
            yield html_document(page, "stdin", source, max_chars)
        else:
            yield Document(id="stdin", text=_decode_text(data, source, max_chars), source=source)
    except InputError as err:
        yield err
    except OSError as exc:
        yield InputError(f"-: cannot read standard input ({exc})", source=source)


def _sniff(chunks: Iterator[bytes], cap: int) -> tuple[bytes, str]:
    """The first bytes of standard input and what they are (empty, html, jsonl, text): read up
    to the first character past whitespace, and when that is ``{`` up to the end of the first
    line (at most ``cap`` bytes)."""
    buffer = bytearray()
    start = -1  # where the first character past whitespace is
    for chunk in chunks:
        buffer += chunk
        if start < 0:
            rest = bytes(buffer).removeprefix(BOM).lstrip()  # (whitespace so far: short)
            if not rest:
                continue
            start = len(buffer) - len(rest)
        seen = max(start, len(buffer) - len(chunk))
        if buffer[start] != ord("{") or buffer.find(b"\n", seen) >= 0 or len(buffer) > cap:
            break
    head = bytes(buffer)
    rest = head.removeprefix(BOM).lstrip()
    if not rest:
        return head, "empty"
    if rest.startswith(b"<"):
        return head, "html"
    first = rest.split(b"\n", 1)[0]
    if rest.startswith(b"{") and _is_json_object(first):
        return head, "jsonl"
    return head, "text"


def _read_capped(chunks: Iterable[bytes], cap: int, max_chars: int) -> bytes:
    """The bytes of ``chunks``; an InputError as soon as they are over ``cap``."""
    parts: list[bytes] = []
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > cap:
            raise too_big_error("-", f"over {cap:,} bytes of HTML", max_chars)
        parts.append(chunk)
    return b"".join(parts)


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(_loads(line.decode("utf-8")), dict)
    except (ValueError, RecursionError):  # not UTF-8, not JSON, a huge number
        return False
