"""warcio's archive iterator held to limits, for ``warc.py``: how far an archive may inflate (a
gzip bomb: ``SAYSO_WARC_RECORD_BYTES``, ``SAYSO_WARC_FILE_BYTES``, ``SAYSO_WARC_RATIO``) and how
long one header line may be, and what tells a cut archive (a gzip member without its end, a
record shorter than its Content-Length).

Every decompressed block is counted as warcio reads it, so a bomb is given up on after the first
block past a cap (at most ~16 MB inflated from warcio's 16 KB reads), in well under a second.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
from warcio.bufferedreaders import DecompressingBufferedReader  # type: ignore[import-untyped]

from ..config import RATIO_FLOOR, WarcLimits

__all__ = ["MAX_LINE", "Archive", "Inflated", "is_cut"]

MAX_LINE = 1 << 20  # bytes of one WARC or HTTP header line


class Inflated(Exception):
    """The archive goes past a cap; ``setting`` is the one that raises it (None: no setting,
    the file is not a WARC archive)."""

    def __init__(self, what: str, setting: str | None) -> None:
        super().__init__(what)
        self.what = what
        self.setting = setting


class _CappedReader(DecompressingBufferedReader):  # type: ignore[misc]
    """warcio's reader of the archive's bytes, counting what it inflates."""

    def __init__(self, stream: Any, limits: WarcLimits) -> None:
        super().__init__(stream)
        self.limits = limits
        self.inflated = 0  # bytes of the file decompressed so far
        self.record_at = (0, 0)  # (inflated, compressed) where the current record began
        self.cut = False  # the last gzip member ends without its end

    def compressed(self) -> int:
        """Bytes of the file read so far."""
        return int(self.stream.tell())

    def mark_record(self) -> None:
        self.record_at = (self.inflated, self.compressed())

    def _process_read(self, data: bytes) -> None:
        super()._process_read(data)
        self.inflated += self.buff_size if data else 0
        self._check()

    def _check(self) -> None:
        lim = self.limits
        record = self.inflated - self.record_at[0]
        if self.inflated > lim.file_bytes:
            raise Inflated(f"it inflates past {lim.file_bytes:,} bytes", "SAYSO_WARC_FILE_BYTES")
        if record > lim.record_bytes:
            raise Inflated(
                f"one record inflates past {lim.record_bytes:,} bytes", "SAYSO_WARC_RECORD_BYTES"
            )
        if self.decompressor is None:
            return
        packed = self.compressed()
        for inflated, read in ((record, packed - self.record_at[1]), (self.inflated, packed)):
            if inflated > RATIO_FLOOR and inflated > lim.ratio * max(read, 1):
                raise Inflated(
                    f"{read:,} compressed bytes inflate to {inflated:,}, more than "
                    f"{lim.ratio} to 1 (a gzip bomb)",
                    "SAYSO_WARC_RATIO",
                )

    def readline(self, length: int | None = None) -> bytes:
        limit = MAX_LINE if length is None else min(length, MAX_LINE)
        line: bytes = super().readline(limit)
        if len(line) >= MAX_LINE and not line.endswith(b"\n") and limit == MAX_LINE:
            raise Inflated(f"a header line runs past {MAX_LINE:,} bytes (not a WARC header)", None)
        return line

    def close_decompressor(self) -> None:
        if self.decompressor is not None and not getattr(self.decompressor, "eof", True):
            self.cut = True
        super().close_decompressor()


class Archive(ArchiveIterator):  # type: ignore[misc]
    """The records of a WARC or WARC.gz file, held to ``limits``; raises :class:`Inflated`."""

    def __init__(self, fh: BinaryIO, limits: WarcLimits) -> None:
        super().__init__(fh, check_digests=False)
        self.reader: _CappedReader | None = _CappedReader(self.fh, limits)
        self._cut = False

    def _next_record(self, next_line: bytes | None) -> Any:
        if self.reader is not None:
            self.reader.mark_record()
        return super()._next_record(next_line)

    @property
    def compressed(self) -> int:
        """Bytes of the file read so far."""
        return int(self.fh.tell())

    @property
    def cut(self) -> bool:
        """Whether the file ended inside a gzip member (known once the records are read)."""
        return self._cut or bool(self.reader is not None and self.reader.cut)

    def close(self) -> None:
        self.record = None
        if self.reader is not None:
            self.reader.close_decompressor()
            self._cut = bool(self.reader.cut)
            self.reader = None


def is_cut(record: Any) -> bool:
    """Whether ``record`` (read to its end) has fewer bytes than its header says, or no
    Content-Length at all (its header cut off)."""
    if getattr(record.raw_stream, "limit", 0) > 0:
        return True
    return bool(record.format == "warc" and record.rec_headers.get_header("Content-Length") is None)
