"""Duplicate detection: exact copies by content hash, near-duplicates by SimHash.

Wire stories are republished with a changed headline, a byline, a trailing "Read more" line: the
texts differ, the account is the same. Sayso links such documents as copies of one another
(they are not independent accounts of a story) and never drops either of them.

SimHash (Charikar 2002), written out here: every shingle of ``SHINGLE`` lower-cased words is
hashed to 64 bits; each bit position adds +1 or -1 per shingle; the fingerprint's bit is set
where the sum is positive. Texts that share most shingles get fingerprints a few bits apart.
Two documents are near-duplicates when their fingerprints differ in at most ``MAX_DISTANCE``
bits. To find candidates without comparing every pair, the 64 bits are cut into
``MAX_DISTANCE + 1`` bands: two fingerprints within that distance agree on at least one band
whole (pigeonhole), so only documents sharing a band are compared.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

__all__ = [
    "BANDS",
    "MAX_DISTANCE",
    "NearDuplicateIndex",
    "bands",
    "hamming",
    "signed64",
    "simhash",
    "unsigned64",
]

SHINGLE = 3  # words per shingle
MAX_DISTANCE = 3  # bits: at most this far apart = near-duplicates
BANDS = MAX_DISTANCE + 1
_BAND_BITS = 64 // BANDS
_WORD = re.compile(r"\w+", re.UNICODE)
_MASK = (1 << 64) - 1
_SHIFTS = np.arange(64, dtype=np.uint64)


def _hash64(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest(), "big")


def simhash(text: str) -> int:
    """The 64-bit SimHash of ``text`` over word shingles (0 for a text without words)."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return 0
    if len(words) < SHINGLE:
        shingles: Iterable[str] = [" ".join(words)]
    else:
        shingles = {" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}
    hashes = np.fromiter((_hash64(s) for s in shingles), dtype=np.uint64)
    ones = ((hashes[:, None] >> _SHIFTS) & np.uint64(1)).sum(axis=0)  # per bit: how many set
    positive = ones * 2 > len(hashes)  # +1 for a set bit, -1 for a clear one: sum > 0
    return int(sum(1 << int(bit) for bit in np.flatnonzero(positive)))


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & _MASK).bit_count()


def bands(value: int) -> tuple[int, ...]:
    """The ``BANDS`` slices of a fingerprint (``value`` signed or unsigned)."""
    v = value & _MASK
    return tuple((v >> (i * _BAND_BITS)) & ((1 << _BAND_BITS) - 1) for i in range(BANDS))


def signed64(value: int) -> int:
    """An unsigned 64-bit fingerprint as the signed integer SQLite and Parquet store."""
    v = value & _MASK
    return v - (1 << 64) if v >= 1 << 63 else v


def unsigned64(value: int) -> int:
    return value & _MASK


class NearDuplicateIndex:
    """Fingerprints in memory, by band: ``add`` returns the earlier keys within ``max_distance``
    bits (nearest first). For one batch of documents; the store keeps its own index."""

    def __init__(self, max_distance: int = MAX_DISTANCE) -> None:
        self.max_distance = max_distance
        self._bands: list[defaultdict[int, list[str]]] = [defaultdict(list) for _ in range(BANDS)]
        self._values: dict[str, int] = {}

    def add(self, key: str, value: int) -> list[tuple[str, int]]:
        found: dict[str, int] = {}
        for i, band in enumerate(bands(value)):
            for other in self._bands[i][band]:
                if other not in found and other != key:
                    d = hamming(value, self._values[other])
                    if d <= self.max_distance:
                        found[other] = d
        if key not in self._values:
            self._values[key] = value
            for i, band in enumerate(bands(value)):
                self._bands[i][band].append(key)
        return sorted(found.items(), key=lambda kv: (kv[1], kv[0]))
