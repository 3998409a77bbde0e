"""The sector of an actor read from words of its name or title: the keyword rules of
``sayso/data/sectors.tsv`` (the file's header says how they match).

The gazetteer gives the sector of the people, organisations and titles it lists; these rules are
for the rest: institutions the text names by generic words ("the Ruritanian Foreign Ministry"),
collective actors ("riot police", "protesters") and the words before a title ("rebel
commander"). A name no rule covers gets ``None``: an open sector, never a guess.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import resources
from .errors import ConfigError
from .gazetteer import SECTORS, Gazetteer

__all__ = [
    "SectorRule",
    "noun_sectors",
    "rules",
    "sector_of_name",
    "sector_of_words",
    "sectors_of_noun",
]

TABLE = "data/sectors.tsv"
# a word: letters and digits, with inner hyphens and apostrophes ("al-Qassam", "prosecutor's")
_WORD = re.compile(r"\w+(?:[-'\u2019]\w+)*")
_POSSESSIVE = ("'s", "\u2019s")
# the head of a name comes before these: "Ministry of Foreign Affairs", "Commission for ..."
_HEAD_ENDS = frozenset({"of", "for"})


@dataclass(frozen=True, slots=True)
class SectorRule:
    words: tuple[str, ...]  # case-folded, unless ``exact``
    sector: str
    exact: bool


def words_of(text: str) -> list[str]:
    """The words of ``text`` as written, a possessive 's dropped: "prosecutor's office" ->
    ["prosecutor", "office"]."""
    out = []
    for w in _WORD.findall(text):
        if w.endswith(_POSSESSIVE) and len(w) > 2:
            w = w[:-2]
        out.append(w)
    return out


@functools.cache
def rules() -> dict[str, tuple[SectorRule, ...]]:
    """The rules of ``sectors.tsv`` by the last word of their pattern (case-folded), longest
    pattern first."""
    by_last: dict[str, list[SectorRule]] = {}
    seen: set[tuple[tuple[str, ...], bool]] = set()
    for row in resources.tsv(TABLE):
        pattern, sector = row[0].strip(), row[1].strip() if len(row) > 1 else ""
        case = row[2].strip() if len(row) > 2 else ""
        if sector not in SECTORS or case not in ("", "exact") or not words_of(pattern):
            raise ConfigError(
                f"sayso/{TABLE}: bad row {row!r}; give a pattern, a sector of "
                f"{', '.join(sorted(SECTORS))} and an empty or 'exact' case",
                source=TABLE,
            )
        exact = case == "exact"
        words = tuple(w if exact else w.casefold() for w in words_of(pattern))
        if (words, exact) in seen:
            raise ConfigError(f"sayso/{TABLE}: {pattern!r} appears twice; keep one row")
        seen.add((words, exact))
        by_last.setdefault(words[-1].casefold(), []).append(SectorRule(words, sector, exact))
    return {k: tuple(sorted(v, key=lambda r: -len(r.words))) for k, v in by_last.items()}


def _plural_of(word: str, last: str) -> bool:
    """Whether ``word`` (case-folded) is ``last`` or its plural."""
    if word == last or word in (last + "s", last + "es"):
        return True
    return last.endswith("y") and word == last[:-1] + "ies"


def _singulars(word: str) -> list[str]:
    """The keys ``word`` may be found under in :func:`rules`: itself and its singulars."""
    low = word.casefold()
    out = [low]
    if low.endswith("ies"):
        out.append(low[:-3] + "y")
    if low.endswith("es"):
        out.append(low[:-2])
    if low.endswith("s"):
        out.append(low[:-1])
    return out


def _matches(rule: SectorRule, words: list[str], end: int) -> bool:
    """Whether ``rule``'s pattern ends on ``words[end]``."""
    n = len(rule.words)
    if end + 1 < n:
        return False
    have = words[end + 1 - n : end + 1]
    if rule.exact:
        return tuple(have) == rule.words
    folded = [w.casefold() for w in have]
    return folded[:-1] == list(rule.words[:-1]) and _plural_of(folded[-1], rule.words[-1])


def _ending_on(words: list[str], end: int) -> str | None:
    """The sector of the longest pattern that ends on ``words[end]``."""
    best: SectorRule | None = None
    table = rules()
    for key in _singulars(words[end]):
        for rule in table.get(key, ()):
            if (best is None or len(rule.words) > len(best.words)) and _matches(rule, words, end):
                best = rule
    return best.sector if best is not None else None


def sector_of_name(name: str) -> str | None:
    """The sector of an actor named ``name`` by its head word: "the Ruritanian Foreign
    Ministry" -> GOV, "Ministry of Defence" -> GOV, "riot police" -> COP, "New York Times" ->
    MED, "Supreme Court decision" -> None, "France" -> None."""
    words = words_of(name)
    if not words:
        return None
    cut = next((i for i, w in enumerate(words) if w.casefold() in _HEAD_ENDS), len(words))
    if 0 < cut < len(words):
        found = _ending_on(words, cut - 1)
        if found is not None:
            return found
    return _ending_on(words, len(words) - 1)


def sector_of_words(text: str) -> str | None:
    """The sector of the last word group of ``text`` any pattern ends on, wherever it is: the
    modifiers of a title ("rebel" in "rebel commander", "union" in "union leader")."""
    words = words_of(text)
    for end in range(len(words) - 1, -1, -1):
        found = _ending_on(words, end)
        if found is not None:
            return found
    return None


def sectors_of_noun(noun: str) -> frozenset[str]:
    """The sectors of the kinds of actor a common noun names: those of the patterns ending on
    it, any case ("party" -> PTY for "political party", OPP for "opposition party"; "police" ->
    COP); empty for a noun no pattern ends on."""
    found: set[str] = set()
    for key in _singulars(noun):
        found.update(r.sector for r in rules().get(key, ()))
    return frozenset(found)


def noun_sectors(lemma: str) -> frozenset[str]:
    """The sectors of the kinds of actor a common noun (a lemma) names, a title among them: the
    sector of its role in the gazetteer's ``roles.tsv`` ("general" -> MIL) with those of
    :func:`sectors_of_noun` ("trooper" -> COP); empty for a noun of neither."""
    role = Gazetteer.default().role(lemma)
    found = sectors_of_noun(lemma)
    return found | {role.sector} if role is not None and role.sector else found
