"""The one way to read the rule tables bundled in the package (``sayso/data``, ``compare/data``).

Line files and TSV tables share one convention: blank lines and lines starting with ``#`` are
comments; a TSV table's first remaining line is its header.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


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


@cache
def abbreviations() -> frozenset[str]:
    """The lower-cased words of ``data/abbreviations.txt`` ("mr", "gen", "jan", ...)."""
    return frozenset(w.lower() for w in lines("data/abbreviations.txt"))


def is_abbreviation(word: str) -> bool:
    """Whether a word before a period (trailing dots, quotes and brackets stripped by the
    caller) ends an abbreviation, not a sentence: listed, one letter ("J"), or dotted ("U.S")."""
    return word in abbreviations() or (len(word) == 1 and word.isalpha()) or "." in word
