"""Scraped-text cleanup that keeps offsets valid: it never rewrites the text, it only judges it.

:func:`clean` reads a :class:`~sayso.types.Document` and returns its
:class:`~sayso.types.Meta`: title, published date, URL, outlet, language, the ranges of the text
judged to be article body, and flags over the rest. Every flag span satisfies
``text[start:end] == span.text``; body ranges are sorted, disjoint and trimmed of whitespace.

The text is read as lines (split on ``\\n``) grouped into blocks (paragraphs) by blank lines.

- **metadata**: a line made only of dates (``date 2024-02-05``, ``Published: March 3, 2024
  10:30 AM EST``), times, date labels and boilerplate phrases, or a lone URL. At the top of the
  text (before the first paragraph) its first date is ``meta.published`` when the document has
  none of its own, and a lone URL is ``meta.url`` when the document has none.
- **title**: the document's own title wins. Without one, the first line at the top that is
  short (under 20 words), has no final period and is followed by a blank line (or by a metadata
  or byline line) and then more text becomes ``meta.title``. A line at the top that repeats the
  document's title is the title too. Either way it is flagged ``title`` and left out of the body.
- **byline**: ``By Jane Doe``, ``By Jane Doe and John Roe, Reuters``, ``Reporting by ...``.
- **caption**: lines starting with a credit (``Photo:``, ``Getty Images``, ``Reuters/`` ...) or
  ending with one in brackets (``(AP Photo/Jane Doe)``), and caption pairs: a short line with no
  final punctuation directly followed by a line that repeats its first three or more words; the
  short line and the first sentence of the next line are captions.
- **boilerplate**: lines made of phrases such as "Share", "Advertisement", "Connect with us",
  short lines starting with "Read more", "Sign up for our newsletter" ..., and such a phrase
  glued to the start of a paragraph; lines with no letter or digit; a contact line (only email
  addresses, telephone numbers and links, with such phrases: a reporter's address at the end).
- **garbled** (flagged, left in the body): a word doubled across case (``the The``), a period
  followed by a lowercase word (``security. and``), a stray repeat of the last word at the end
  of a line (``Defense. defense.``), mojibake (``â€™``, ``Ã©``).

Phrase lists and patterns live in ``sayso/data``: boilerplate.txt, captions.txt, bylines.txt,
date_labels.txt, abbreviations.txt (and title_abbreviations.txt), mojibake.txt, doubled_words.txt.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from .. import resources as data
from ..types import Document, Flag, Meta, Span
from .times import parse_date

__all__ = ["clean"]

TITLE_MAX_WORDS = 19
SHORT_LINE_WORDS = 15  # a boilerplate line that starts with a phrase
CAPTION_MAX_WORDS = 15  # the short line of a caption pair
CAPTION_SENTENCE_MAX_WORDS = 50
CAPTION_LINE_MAX_WORDS = 60  # a line ending with a bracketed credit
BYLINE_MAX_WORDS = 14
CREDIT_LINE_MAX_WORDS = 30
TOP_LINES = 10  # how many lines at the top may hold metadata, title and byline

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+)"
_ISO = r"[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?![0-9])"
_MDY = rf"{_MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?,?\s+[0-9]{{4}}(?![0-9])"
_DMY = rf"[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+[0-9]{{4}}(?![0-9])"
_TIME = (
    r"(?:\s*(?:,|\||at|-|–|—|T|/)?\s*[0-9]{1,2}[:.h][0-9]{2}(?::[0-9]{2})?(?:\.[0-9]+)?"
    r"(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:(?:UTC|GMT)\s*[+-]?\s*[0-9]{0,2}(?::?[0-9]{2})?|[+-][0-9]{2}:?[0-9]{2}"
    r"|(?-i:[A-Z]{2,5}|Z)(?![A-Za-z])))?)"
)
_SEP = re.compile(r"[\s|•·,;:/\-–—]+")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
# a reporter's contact line: an email address, a telephone number ("(555) 010-0199", "+44 20 7946
# 0000"), a link
_CONTACT = re.compile(
    r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|\(?[0-9]{3}\)?[ .\-]?[0-9]{3}[ .\-][0-9]{4}(?![0-9])"
    r"|\+[0-9][0-9 ().\-]{6,}[0-9]"
    rf"|{_URL.pattern}",
    re.I,
)
_WORD = re.compile(r"\w+")
_NAME = (
    r"(?:[A-Z][\w'’.\-]*"
    r"|(?:de|da|del|della|di|van|von|der|den|bin|ibn|al|el|la|le|du|dos|das|ter|ten)(?!\w))"
)
_NAMES = rf"{_NAME}(?:\s+{_NAME}){{0,4}}"
_BYLINE_TAIL = (
    r"(?:\s*(?:,|\||-|–|—|/|\bfor\b)\s*[A-Z][\w&'’.\-]*"
    r"(?:\s+(?:[A-Z][\w&'’.\-]*|of|the|and|for|in|at|&))*)"
)
_BYLINE = re.compile(
    rf"\(?(?i:by)\s+{_NAMES}(?:\s*(?:,|\band\b|&)\s*{_NAMES})*{_BYLINE_TAIL}?\)?\.?"
)
_INLINE_BYLINE = re.compile(rf"(?i:by)\s+{_NAMES}(?:\s*(?:,|\band\b|&)\s*{_NAMES})*")
_DOUBLED = re.compile(r"(?<!\w)([^\W\d_]+)(?=[ \t]+([^\W\d_]+)(?!\w))")
# the pairs of _DOUBLED whose words are the same, in a line already in lower case
_DOUBLED_SAME = re.compile(r"(?<!\w)([^\W\d_]+)(?=[ \t]+(\1)(?!\w))")
_LOWER_AFTER_PERIOD = re.compile(r"(?<![\w.])([^\W\d_]{2,})\.[ \t]+([a-z]+)(?![\w'’\-])")
# what every match of _LOWER_AFTER_PERIOD holds: a line without it is not searched (re finds a
# pattern that starts with a character at once, one that starts with a look-behind slowly)
_PERIOD_LOWER = re.compile(r"\.[ \t]+[a-z]")
_STRAY_END = re.compile(r"(\w+)[.!?][\"”’]?[ \t]+(\w+)[.!?]?$")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"[\w.'’\-]+$")
_END_PUNCT = ".!?:;,…\"”'’"


# -- rules loaded from data files ----------------------------------------------------------------


def _data_lines(name: str) -> list[str]:
    return data.lines(f"data/{name}")


def _alternation(phrases: list[str]) -> str:
    parts = sorted({re.escape(p).replace(r"\ ", r"\s+") for p in phrases}, key=len, reverse=True)
    return "|".join(parts) or "(?!)"


@dataclass(frozen=True, slots=True)
class _Rules:
    meta: re.Pattern[str]
    boilerplate: re.Pattern[str]  # any phrase, at a position
    boilerplate_prefix: re.Pattern[str]  # a phrase that may start a short line
    captions: tuple[str, ...]
    caption_ends: tuple[str, ...]  # what a page sets after a caption's credit ("Buy Photo")
    bylines: tuple[str, ...]
    abbreviations: frozenset[str]
    doubled: frozenset[str]
    mojibake: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    labels = _alternation(_data_lines("date_labels.txt"))
    meta = re.compile(
        rf"(?:(?:{labels})(?!\w)\s*[:\-–—]?\s*(?:on\s+)?)?{_WEEKDAY}?"
        rf"(?P<date>{_ISO}|{_MDY}|{_DMY}){_TIME}?",
        re.I,
    )
    entries = _data_lines("boilerplate.txt")
    captions = _data_lines("captions.txt")
    phrases = [e.removesuffix(" *").strip() for e in entries]
    prefixes = [e.removesuffix(" *").strip() for e in entries if e.endswith(" *")]
    return _Rules(
        meta=meta,
        boilerplate=re.compile(rf"(?<!\w)(?:{_alternation(phrases)})(?!\w)", re.I),
        boilerplate_prefix=re.compile(rf"(?:{_alternation(prefixes)})(?!\w)", re.I),
        captions=tuple(p.casefold() for p in captions if not p.startswith("...")),
        caption_ends=tuple(
            p.removeprefix("...").casefold() for p in captions if p.startswith("...")
        ),
        bylines=tuple(p.casefold() for p in _data_lines("bylines.txt")),
        abbreviations=frozenset(
            p.removesuffix(".").casefold()
            for name in ("abbreviations.txt", "title_abbreviations.txt")
            for p in _data_lines(name)
        ),
        doubled=frozenset(p.casefold() for p in _data_lines("doubled_words.txt")),
        mojibake=re.compile("|".join(f"(?:{p})" for p in _data_lines("mojibake.txt"))),
    )


# -- lines and blocks ----------------------------------------------------------------------------


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in "\ufeff\u200b"


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # trimmed of whitespace
    end: int
    block: int  # paragraph number: blank lines separate blocks
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    block = 0
    gap = False
    pos = 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        while s < e and _is_space(text[s]):
            s += 1
        while e > s and _is_space(text[e - 1]):
            e -= 1
        if s == e:
            gap = bool(out)
            continue
        if gap:
            block += 1
            gap = False
        out.append(_Line(s, e, block, text[s:e]))
    return out


@dataclass(slots=True)
class _Judgement:
    text: str
    kinds: dict[int, str] = field(default_factory=dict)  # line index -> why it is not body
    flags: list[Flag] = field(default_factory=list)
    holes: list[tuple[int, int]] = field(default_factory=list)  # parts of body lines left out

    def flag(self, kind: str, start: int, end: int) -> None:
        if start < end:
            self.flags.append(Flag(kind, Span.of(self.text, start, end)))

    def line(self, i: int, line: _Line, kind: str) -> None:
        self.kinds[i] = kind
        self.flag(kind, line.start, line.end)


# -- the rules -----------------------------------------------------------------------------------


def _iso(m: re.Match[str]) -> str | None:
    day = parse_date(m.group("date"))
    return day.isoformat() if day else None


def _metadata_line(line: _Line) -> tuple[str | None, list[tuple[str, int, int]]] | None:
    """(first date, [(kind, start, end)]) when ``line`` holds only dates, labels, times,
    bylines and boilerplate phrases with at least one date; else None."""
    rules = _rules()
    s = line.text
    pos = 0
    date: str | None = None
    parts: list[tuple[str, int, int]] = []
    while True:
        sep = _SEP.match(s, pos)
        if sep:
            pos = sep.end()
        if pos >= len(s):
            break
        m = rules.meta.match(s, pos)
        iso = _iso(m) if m else None
        if m and iso:
            date = date or iso
            kind = "metadata"
        else:
            m = rules.boilerplate.match(s, pos)
            kind = "boilerplate"
            if not m:
                m = _INLINE_BYLINE.match(s, pos)
                kind = "byline"
            if not m or m.end() == pos:
                return None
        if parts and parts[-1][0] == kind == "metadata":
            parts[-1] = (kind, parts[-1][1], line.start + m.end())
        else:
            parts.append((kind, line.start + pos, line.start + m.end()))
        pos = m.end()
    return (date, parts) if date else None


def _is_byline(line: _Line) -> bool:
    if line.words <= BYLINE_MAX_WORDS and _BYLINE.fullmatch(line.text):
        return True
    low = line.text.casefold()
    return line.words <= CREDIT_LINE_MAX_WORDS and low.startswith(_rules().bylines)


def _is_caption_line(line: _Line) -> bool:
    rules = _rules()
    low = line.text.casefold()
    if low.startswith(rules.captions):
        return True
    for end in rules.caption_ends:  # "... (Photo: Jane Doe/The Courier)Buy Photo"
        low = low.removesuffix(end).rstrip()
    if low.endswith(")") and line.words <= CAPTION_LINE_MAX_WORDS:
        tail = low[low.rfind("(") + 1 :]
        return tail.startswith(tuple(p.lstrip("([") for p in rules.captions))
    return False


def _boilerplate_line(line: _Line) -> bool:
    rules = _rules()
    s = line.text
    if not any(ch.isalnum() for ch in s):
        return True  # decoration: "* * *", "---"
    pos, found = 0, False
    while pos < len(s):
        sep = _SEP.match(s, pos)
        if sep:
            pos = sep.end()
            continue
        m = rules.boilerplate.match(s, pos) or _CONTACT.match(s, pos)
        if not m or m.end() == pos:
            break
        found, pos = True, m.end()
    if found and pos >= len(s):
        return True
    return line.words <= SHORT_LINE_WORDS and bool(rules.boilerplate_prefix.match(s))


def _glued_boilerplate(line: _Line) -> tuple[int, int] | None:
    """Ends (in the text) of a boilerplate phrase glued to the start of a long line, and of the
    separators after it ("Read more: The ...")."""
    m = _rules().boilerplate_prefix.match(line.text)
    if not m:
        return None
    sep = _SEP.match(line.text, m.end())
    rest = sep.end() if sep else m.end()
    if rest == m.end() and rest < len(line.text) and not line.text[rest].isspace():
        return None
    if rest < len(line.text) and (line.text[rest].isupper() or line.text[rest] in "\"“‘'"):
        return line.start + m.end(), line.start + rest
    return None


def _title_key(s: str) -> str:
    return "".join(_WORD.findall(s.casefold()))


def _matches_title(line: _Line, title: str) -> bool:
    key, want = _title_key(line.text), _title_key(title)
    if not key or not want:
        return False
    return key == want or (want.startswith(key) and len(key) >= 0.6 * len(want))


def _looks_like_title(line: _Line) -> bool:
    return 2 <= line.words <= TITLE_MAX_WORDS and line.text[-1] not in ".:;,…"


def _is_abbreviation(word: str) -> bool:
    word = word.rstrip(".")
    return len(word) <= 1 or "." in word or word.casefold() in _rules().abbreviations


def _sentence_end(s: str) -> int:
    """Where the first sentence of ``s`` ends (index after its final punctuation)."""
    for m in _SENTENCE_END.finditer(s):
        before = _WORD_BEFORE.search(s, max(0, m.start() - 40), m.start())
        single_period = s[m.start()] == "." and m.end() - m.start() == 1
        if single_period and before and _is_abbreviation(before.group()):
            continue
        return m.end()
    return len(s)


def _scan_top(doc: Document, lines: list[_Line], j: _Judgement) -> tuple[str | None, str | None]:
    """Metadata, title and bylines at the top of the text: (published, url) found there."""
    published: str | None = None
    url: str | None = None
    title_done = False
    for i, line in enumerate(lines[:TOP_LINES]):
        meta = _metadata_line(line)
        if meta is not None:
            date, parts = meta
            published = published or date
            j.kinds[i] = "metadata"
            for kind, s, e in parts:
                j.flag(kind, s, e)
            continue
        if _URL.fullmatch(line.text):
            url = url or line.text
            j.line(i, line, "metadata")
            continue
        if _is_byline(line):
            j.line(i, line, "byline")
            continue
        if _is_caption_line(line):
            j.line(i, line, "caption")
            continue
        if _boilerplate_line(line):
            j.line(i, line, "boilerplate")
            continue
        if title_done or i + 1 >= len(lines):
            break
        title_done = True
        nxt = lines[i + 1]
        if doc.title:
            if _matches_title(line, doc.title):
                j.line(i, line, "title")
                continue
            break
        separated = nxt.block != line.block or (_metadata_line(nxt) is not None or _is_byline(nxt))
        if _looks_like_title(line) and separated:
            j.line(i, line, "title")
            continue
        break
    return published, url


def _scan_lines(lines: list[_Line], j: _Judgement) -> None:
    """Bylines, captions, boilerplate and metadata lines anywhere in the text."""
    for i, line in enumerate(lines):
        if i in j.kinds:
            continue
        if _is_byline(line):
            j.line(i, line, "byline")
        elif _is_caption_line(line):
            j.line(i, line, "caption")
        elif _boilerplate_line(line):
            j.line(i, line, "boilerplate")
        elif (meta := _metadata_line(line)) is not None:
            j.kinds[i] = "metadata"
            for kind, s, e in meta[1]:
                j.flag(kind, s, e)
        elif (glued := _glued_boilerplate(line)) is not None:
            j.flag("boilerplate", line.start, glued[0])
            j.holes.append((line.start, glued[1]))


def _scan_caption_pairs(lines: list[_Line], j: _Judgement) -> None:
    for i, (short, nxt) in enumerate(itertools.pairwise(lines)):
        if i in j.kinds or i + 1 in j.kinds or nxt.block != short.block:
            continue
        if not (3 <= short.words <= CAPTION_MAX_WORDS) or short.text[-1] in _END_PUNCT:
            continue
        a, b = _WORD.findall(short.text.casefold()), _WORD.findall(nxt.text.casefold())
        if len(b) <= len(a) or len(a) < 3 or a[:3] != b[:3]:
            continue
        j.line(i, short, "caption")
        end = _sentence_end(nxt.text)
        if len(nxt.text[:end].split()) <= CAPTION_SENTENCE_MAX_WORDS:
            j.flag("caption", nxt.start, nxt.start + end)
            j.holes.append((nxt.start, nxt.start + end))


def _may_end_stray(s: str) -> bool:
    """A cheap test that holds wherever ``_STRAY_END`` matches: its last word follows the line's
    last run of spaces, and a sentence's end ("said." or 'said."') comes right before that run."""
    k = max(s.rfind(" "), s.rfind("\t"))
    j = k
    while j > 0 and s[j - 1] in " \t":
        j -= 1
    if j < 1:
        return False
    if s[j - 1] in ".!?":
        return True
    return j >= 2 and s[j - 1] in '"”’' and s[j - 2] in ".!?"


def _scan_garbled(text: str, lines: list[_Line], j: _Judgement) -> None:
    rules = _rules()
    for line in lines:
        s, base = line.text, line.start
        tail = max(0, len(s) - 200)  # the pattern is anchored at the end: search only there
        stray = _STRAY_END.search(s, tail) if _may_end_stray(s) else None
        stray_at = -1
        if (
            stray
            and stray.group(2)[0].islower()
            and stray.group(1).casefold() == stray.group(2).casefold()
        ):
            stray_at = stray.start(2)
            j.flag("garbled", base + stray_at, line.end)
        # an ASCII line in lower case keeps its offsets, and its words' lower case is their
        # casefold: only the pairs the same in it can be doubled words
        pairs = _DOUBLED_SAME.finditer(s.lower()) if s.isascii() else _DOUBLED.finditer(s)
        for m in pairs:
            a, b = s[m.start(1) : m.end(1)], s[m.start(2) : m.end(2)]
            if a.casefold() == b.casefold() and (a != b or a.casefold() in rules.doubled):
                j.flag("garbled", base + m.start(1), base + m.end(2))
        for m in _LOWER_AFTER_PERIOD.finditer(s) if _PERIOD_LOWER.search(s) else ():
            if m.start(2) != stray_at and not _is_abbreviation(m.group(1)):
                j.flag("garbled", base + m.start(1), base + m.end(2))
    start = end = -1
    for m in rules.mojibake.finditer(text):
        if m.start() == end:
            end = m.end()
            continue
        if start >= 0:
            j.flag("garbled", start, end)
        start, end = m.start(), m.end()
    if start >= 0:
        j.flag("garbled", start, end)


def _body(text: str, lines: list[_Line], j: _Judgement) -> tuple[tuple[int, int], ...]:
    """Body ranges: the lines not judged otherwise, less the holes, merged per paragraph.

    A text that would have no body left (a lone headline or caption) keeps its title and
    caption lines as body: they are all there is to read."""
    body = _body_ranges(text, lines, j, keep=())
    if not body:
        body = _body_ranges(text, lines, j, keep=("title", "caption"))
    return body


def _body_ranges(
    text: str, lines: list[_Line], j: _Judgement, keep: tuple[str, ...]
) -> tuple[tuple[int, int], ...]:
    holes = sorted(j.holes)
    pieces: list[tuple[int, int, int]] = []  # (start, end, block)
    h = 0
    for i, line in enumerate(lines):
        if i in j.kinds and j.kinds[i] not in keep:
            continue
        cur = line.start
        while h < len(holes) and holes[h][1] <= line.start:
            h += 1
        k = h
        spans: list[tuple[int, int]] = []
        while k < len(holes) and holes[k][0] < line.end:
            spans.append((cur, holes[k][0]))
            cur = max(cur, holes[k][1])
            k += 1
        spans.append((cur, line.end))
        for s, e in spans:
            while s < e and _is_space(text[s]):
                s += 1
            while e > s and _is_space(text[e - 1]):
                e -= 1
            if s < e:
                pieces.append((s, e, line.block))
    body: list[tuple[int, int]] = []
    last_block = -1
    for s, e, block in pieces:
        if body and block == last_block and not text[body[-1][1] : s].strip():
            body[-1] = (body[-1][0], e)
        else:
            body.append((s, e))
        last_block = block
    return tuple(body)


def clean(document: Document) -> Meta:
    """Meta for ``document``: title, published date, body ranges and flags over its text."""
    text = document.text
    lines = _lines(text)
    j = _Judgement(text)
    published, url = _scan_top(document, lines, j)
    _scan_lines(lines, j)
    _scan_caption_pairs(lines, j)
    _scan_garbled(text, lines, j)
    title = document.title or None
    if title is None:
        title = next((lines[i].text for i, k in sorted(j.kinds.items()) if k == "title"), None)
    language = document.language
    return Meta(
        title=title,
        published=document.published or published,
        url=document.url or url,
        outlet=document.outlet,
        language=language or "en",
        body=_body(text, lines, j),
        flags=tuple(sorted(set(j.flags), key=lambda f: (f.span.start, f.span.end, f.kind))),
    )


LINE_KINDS = ("title", "metadata", "byline", "caption", "boilerplate")


def sentence_starts(meta: Meta) -> tuple[int, ...]:
    """Character offsets where a sentence must begin, from the judgement of ``meta``: each body
    range and each line judged to be no body (a headline, a date stamp, a byline ...) starts
    one, so that a headline or an "Updated: ..." line with no blank line after it is not parsed
    as one sentence with the lead (a garbled span is body, and starts nothing)."""
    out = {start for start, _ in meta.body}
    out.update(f.span.start for f in meta.flags if f.kind in LINE_KINDS)
    return tuple(sorted(out))
