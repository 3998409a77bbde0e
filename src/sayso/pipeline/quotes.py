"""Quotation marks, found robustly.

Scraped news mixes curly and straight marks, drops closing marks and runs quotes over several
paragraphs. The rules here never let one bad mark swallow the rest of an article:

* a quote never crosses a paragraph break (a blank line); a quote left open at the end of a
  paragraph ends there, and counts as continued when the next paragraph opens with a mark
  (the convention for quotes running over several paragraphs);
* an opening mark met while a quote is open closes the open one just before it;
* a closing mark with no opening mark is ignored, and an opening mark right after a stop or a
  comma with a space after it closes the open quote (a mistyped closing mark);
* straight marks open after a space or a bracket and close before a space or punctuation.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..types import trim_ranges

OPENERS = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c", "\u201f": "\u201d"}
CLOSERS = {"\u201d", "\u00bb"}
STRAIGHT = '"'
_PARA = re.compile(r"\n[ \t\r\f\v]*\n")
# every character at which ``_mark`` may find a mark: the scan jumps from one to the next
_CANDIDATE = re.compile("[\u201c\u201d\u00ab\u00bb\u201e\u201f\u2018\u2019\"`']")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # the opening mark
    end: int  # just past the closing mark (or the paragraph end when none)
    inner_start: int
    inner_end: int
    closed: bool  # a closing mark was found
    continues: bool = False  # left open at a paragraph end, and the next paragraph opens a quote


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Blank-line separated blocks as [start, end) ranges (whitespace at the ends trimmed)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return trim_ranges(text, out)


def _straight_opens(text: str, i: int, para_start: int) -> bool:
    before = text[i - 1] if i > para_start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (
        before == " "
        and i - 2 >= para_start
        and text[i - 2] in "'\u2019"
        and (after.isspace() or after in ".,;:!?)]}")
    ):
        return False  # '"... the phrase 'business friendly,' " he said': the spaced closing mark
    if before.isspace() or before in "([{\u2014-:":
        return True
    if after.isspace() or after in ".,;:!?)]}'":
        return False
    return not before.isalnum()


def _mark(text: str, i: int) -> tuple[str, int]:
    """("open" | "close" | "straight" | "", width) for a quotation mark at ``i``."""
    ch = text[i]
    if ch in OPENERS and ch not in CLOSERS:
        return "open", 1
    if ch == "\u2018" and (i == 0 or not text[i - 1].isalnum()):
        return "open1", 1  # a single curly quote opens only where no word runs into it
    if ch == "\u2019" and (i + 1 >= len(text) or not text[i + 1].isalnum()):
        return "close1", 1  # and closes only where none follows (not "don't")
    if ch in CLOSERS:
        return "close", 1
    pair = text[i : i + 2]
    if pair == "``":
        return "open", 2
    if pair == "''":  # typewriter-style double quote ('' ... '')
        return "straight", 2
    if ch == STRAIGHT:
        return "straight", 1
    return "", 0


def find_quotes(text: str) -> list[Quote]:
    quotes: list[Quote] = []
    paras = paragraphs(text)
    for n, (ps, pe) in enumerate(paras):
        open_at: int | None = None
        open_w = 1
        single: int | None = None  # an open single-quoted quote (only outside double quotes)
        i = ps
        while i < pe:
            kind, width = _mark(text, i)
            if not kind:
                m = _CANDIDATE.search(text, i + 1, pe)
                if m is None:
                    break
                i = m.start()
                continue
            if single is not None:
                if kind == "close1" and i > single + 1:
                    quotes.append(Quote(single, i + 1, single + 1, i, True))
                    single = None
                i += width
                continue
            if open_at is None:
                if kind == "open" or (kind == "straight" and _straight_opens(text, i, ps)):
                    open_at, open_w = i, width
                elif kind == "open1":
                    single = i
            elif kind in {"open1", "close1"}:
                pass  # nested single quotes inside a double-quoted quote
            else:
                closes = (
                    kind == "close"
                    or _closing_place(text, i, width, pe)
                    or (
                        kind == "straight"
                        and not (
                            _straight_opens(text, i, ps)
                            and i > open_at + 1
                            and text[i - 1].isspace()
                        )
                    )
                )
                if closes and i > open_at + open_w:
                    quotes.append(Quote(open_at, i + width, open_at + open_w, i, True))
                    open_at = None
                elif kind == "open":
                    # a second opening mark: the open quote lost its closing mark
                    quotes.append(
                        Quote(
                            open_at, i, open_at + open_w, _rstrip(text, open_at + open_w, i), False
                        )
                    )
                    open_at, open_w = i, width
            i += width
        if open_at is not None:
            nxt = paras[n + 1][0] if n + 1 < len(paras) else None
            cont = nxt is not None and _mark(text, nxt)[0] in {"open", "straight"}
            quotes.append(
                Quote(
                    open_at, pe, open_at + open_w, _rstrip(text, open_at + open_w, pe), False, cont
                )
            )
    return [q for q in quotes if q.inner_end > q.inner_start]


def _closing_place(text: str, i: int, width: int, para_end: int) -> bool:
    """Whether an opening mark at ``i``, met while a quote is open, stands where only a closing
    mark can: right after a stop or a comma, with a space or the paragraph end after it ('"It
    is rare,“ said Ann'): a mistyped closing mark, not the start of a new quote."""
    after = i + width
    return (
        text[i] in OPENERS
        and text[i - 1] in ".,!?"
        and (after >= para_end or text[after].isspace())
    )


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


class QuoteIndex:
    """Answers "is this offset inside a quote?" quickly."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self._starts = [q.inner_start for q in quotes]
        self._at_start: dict[int, list[int]] = {}  # opening offset -> positions in ``quotes``
        self._at_end: dict[int, list[int]] = {}  # closing offset -> positions in ``quotes``
        for n, q in enumerate(quotes):
            self._at_start.setdefault(q.start, []).append(n)
            self._at_end.setdefault(q.end, []).append(n)

    def near(self, ends: range, starts: range) -> list[Quote]:
        """The quotes whose end is in ``ends`` or whose start is in ``starts``, in order."""
        found = {n for e in ends for n in self._at_end.get(e, ())}
        found.update(n for s in starts for n in self._at_start.get(s, ()))
        return [self.quotes[n] for n in sorted(found)]

    def at(self, pos: int) -> Quote | None:
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0 and self.quotes[i].inner_start <= pos < self.quotes[i].inner_end:
            return self.quotes[i]
        return None

    def inside(self, pos: int) -> bool:
        # ``at`` written out: asked of every mention and many tokens
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self.quotes[i].inner_start <= pos < self.quotes[i].inner_end
