"""The one way to read the rule tables bundled in the package (``sayso/data``, ``compare/data``).

Line files and TSV tables share one convention: blank lines and lines starting with ``#`` are
comments; a TSV table's first remaining line is its header.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TypedDict, cast


def text(name: str, package: str = "sayso") -> str:
    """The file ``name`` (e.g. ``"data/cues.tsv"``) of ``package``."""
    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def lines(name: str, package: str = "sayso") -> list[str]:
    """The non-comment lines of a file, stripped."""
    return [
        s.strip()
        for s in text(name, package).splitlines()
        if s.strip() and not s.lstrip().startswith("#")
    ]


def tsv(name: str, package: str = "sayso") -> list[list[str]]:
    """The data rows of a TSV table (comments and the header line left out)."""
    return [line.split("\t") for line in lines(name, package)[1:]]


def json_data(name: str, package: str = "sayso") -> dict[str, object]:
    """The object of a JSON file (its values as JSON gives them)."""
    data: dict[str, object] = json.loads(text(name, package))
    return data


class NamedDay(TypedDict):
    """A month-day that names a past event ("the Sept. 11 attacks"): its year and the nouns."""

    year: int
    nouns: list[str]


class TimeWords(TypedDict):
    """``data/time_words.json``: the words of dates (see the file's ``about`` entries)."""

    months: dict[str, int]
    month_abbreviations: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbreviations: dict[str, int]
    weekday_modifiers: dict[str, str]
    relative_days: dict[str, int]
    relative_period_modifiers: dict[str, int]
    relative_period_units: list[str]
    ago_units: dict[str, str]
    number_words: dict[str, int]
    year_prepositions: list[str]
    skip_flags: list[str]
    future_auxiliaries: list[str]
    future_governors: list[str]
    open_prepositions: list[str]
    named_days: dict[str, NamedDay]
    seasons: dict[str, list[int]]
    season_modifiers: dict[str, str]
    week_modifiers: dict[str, int | str]
    month_modifiers: dict[str, str]
    subordinate_future_marks: list[str]
    month_nouns: dict[str, list[str]]
    month_qualifiers: list[str]


@cache
def time_words() -> TimeWords:
    """The words of dates that the times stage (``sayso.pipeline.times``) reads."""
    return cast(TimeWords, json_data("data/time_words.json"))


@cache
def month_words() -> frozenset[str]:
    """Month names and their abbreviations, lowercased ("may", "sept")."""
    w = time_words()
    return frozenset(m.lower() for m in (*w["months"], *w["month_abbreviations"]))


@cache
def day_words() -> frozenset[str]:
    """Weekday names and the one-word days relative to publication ("yesterday"), lowercased."""
    w = time_words()
    return frozenset(d.lower() for d in (*w["weekdays"], *w["relative_days"]) if " " not in d)
