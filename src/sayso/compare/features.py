"""What a document brings to story clustering and claim matching: content words, names, places,
numbers and dates, read from its record (no model runs here): the dates are the times stage's
values (``record.times``), not parsed again from the text.

Words are lowercased and cut to a stem of at most ``STEM`` letters (a crude stemmer that treats
"shooting"/"shootings"/"shooter" alike); function words come from ``data/stopwords.txt``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from .. import resources as data
from ..lexicon import vessel_name
from ..types import Entity, Record

STEM = 7

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])")
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "NORP"})
NUMBER_WORDS: dict[str, int] = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12})


@functools.cache
def stopwords() -> frozenset[str]:
    return frozenset(
        w for line in data.lines("data/stopwords.txt", "sayso.compare") for w in line.split()
    )


def stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return w[:STEM]


def content_words(text: str) -> list[str]:
    """Stems of the words of ``text`` that are not function words."""
    stop = stopwords()
    out: list[str] = []
    for m in _WORD.finditer(text):
        w = m.group().lower().replace("’", "'")
        if len(w) < 2 or w in stop or w.removesuffix("'s") in stop:
            continue
        out.append(stem(w))
    return out


def numbers(text: str) -> list[str]:
    """Numbers written in ``text``, normalised ("1,000" -> "1000", "four" -> "4")."""
    out = [normalise_number(m.group()) for m in _NUMBER.finditer(text)]
    for m in _WORD.finditer(text):
        n = NUMBER_WORDS.get(m.group().lower())
        if n is not None and n > 1:
            out.append(str(n))
    return [n for n in out if n]


def normalise_number(token: str) -> str:
    t = token.replace(",", "")
    if t.count(".") > 1:
        return ""
    try:
        value = float(t)
    except ValueError:
        return ""
    return str(int(value)) if value == int(value) else str(value)


@dataclass(frozen=True, slots=True)
class DocFeatures:
    """Term counts of one document, in blocks that are weighted apart."""

    words: Counter[str]
    names: Counter[str]
    numbers: Counter[str]
    dates: Counter[str]
    published: str | None
    # what the document is about, for telling two groups of reports apart (``salient``: words
    # of the names in its title or lead or named twice, of people their last name; ``terms``:
    # every content word of its text and names, to see that a document never mentions one)
    salient: frozenset[str] = frozenset()
    terms: frozenset[str] = frozenset()
    lead: frozenset[str] = frozenset()  # last names of the people in its title or lead

    def blocks(self) -> dict[str, Counter[str]]:
        return {"w": self.words, "n": self.names, "#": self.numbers, "d": self.dates}


def body_text(record: Record) -> str:
    """The article body (ranges in ``meta.body``), else the whole text."""
    if not record.meta.body:
        return record.text
    return "\n".join(record.text[s:e] for s, e in record.meta.body)


_URL = re.compile(r"\S+://\S+|www\.\S+")


def doc_features(record: Record) -> DocFeatures:
    text = body_text(record)
    title = record.meta.title or ""
    words = Counter(content_words(title + "\n" + text))
    full = _URL.sub(" ", record.text)
    names: Counter[str] = Counter()
    for ent in record.entities:
        if not _named(ent):
            continue
        for w in content_words(ent.name):
            names[w] += max(1, len(ent.mentions))
    nums = Counter(n for n in numbers(text) if not _is_year(n))
    dates: Counter[str] = Counter(n for n in numbers(full) if _is_year(n))
    for value in (t.value for t in record.times):
        # a day also counts as its month and its year, so that near dates still meet
        for k in (7, 10):
            if len(value) >= k:
                dates[value[:k]] += 1
    salient, terms, lead = _salient(record, text, title)
    return DocFeatures(words, names, nums, dates, record.meta.published, salient, terms, lead)


LEAD = 250  # characters of the body that count as its lead


def _salient(
    record: Record, text: str, title: str
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lead = title + "\n" + text[:LEAD]
    terms = set(content_words(record.text))
    salient: set[str] = set()
    people: set[str] = set()
    for ent in record.entities:
        if not _named(ent):
            continue
        name = ent.name.split()[-1] if ent.type == "PERSON" and ent.name.split() else ent.name
        words = set(content_words(name))
        terms |= words
        in_lead = any(m.text in lead for m in ent.mentions)
        if len(ent.mentions) >= 2 or in_lead:
            salient |= words
        if in_lead and ent.type == "PERSON":
            people |= words
    return frozenset(salient), frozenset(terms), frozenset(people)


def _named(ent: Entity) -> bool:
    """Whether an entity is a name that tells one story from another: a person, a body, a
    place, ... or a named vessel (a merchant ship is a thing, OTHER, and still names the
    incident: two piracy stories differ by the ship)."""
    return ent.type in _NAME_TYPES or (ent.type == "OTHER" and vessel_name(ent.name))


def _is_year(n: str) -> bool:
    return len(n) == 4 and n.isdigit() and 1900 <= int(n) <= 2100
