"""The namesake and relative rules of clustering (:mod:`.clusters`): which full name a bare
surname, a first name or "Hale Jr." stands for, and whether it is ambiguous.

Two different full names are never one person ("Marcus Hale" and "Marcus Hale Jr."); a bare
surname goes to the one full name it can mean (the only one with that surname, suffix and
gender, else the most recently named of them, unless another was named more), "the younger X"
to the namesake of that generation, and "Ms. Dale" to a relative named by a first name alone
after "Tom Dale and his wife, Ann". When two namesakes were both named in its paragraph or the
one before, it is ambiguous. The rules read the clusters built so far; :mod:`.clusters` builds
them and decides what joins what.
"""

from __future__ import annotations

import re

from .model import Cluster, Mention, suffix_words, words


class NamesakeRules:
    """The namesake rules, mixed into the clustering: they read its text, its clusters so far
    and its paragraph starts."""

    text: str
    clusters: list[Cluster]
    paras: list[int]

    def _kin_bearers(self, m: Mention, word: str) -> tuple[list[int], set[str | None]]:
        """The people named before ``m`` by a first name alone as the relative of a person of
        the surname ``word`` ("Tom Dale and his wife, Ann": Ann bears the surname Dale) whose
        gender (the kinship noun's, else the cluster's) fits ``m``'s honorific; and the genders
        the possessives before the kinship nouns give the person of the surname ("his": m)."""
        core = name_core(word)
        if len(core) != 1:
            return [], set()
        key, kin_gender = core[0].casefold(), words()["gendered_nouns"]
        out: list[int] = []
        owners: set[str | None] = set()
        for idx, c in enumerate(self.clusters):
            first = c.mentions[0]
            if c.label != "PERSON" or len(name_core(c.name)) != 1 or first.start >= m.start:
                continue
            before = self.text[max(0, first.start - _KIN_REACH) : first.start]
            found = _KIN_BEFORE.search(before)
            if found is None or found.group(2).casefold() not in words()["kin_nouns"]:
                continue
            relative = before[: found.start()].casefold().split()
            if key not in (w.strip(",.") for w in relative[-_KIN_WORDS:]):
                continue
            owners.add(words()["pronouns"].get(found.group(1).casefold()))  # "his": m
            gender = kin_gender.get(found.group(2).casefold()) or c.gender
            if gender in (None, m.gender):
                out.append(idx)
        return out, owners

    def _namesake(self, m: Mention, word: str) -> tuple[int | None, bool]:
        """The full name a surname (or a first name, or "Hale Jr.") stands for, and whether it
        is ambiguous: (None, True) when two namesakes were both named in its paragraph or the
        one before, or none was named before it, or a bare surname's latest named namesake is
        not the one named most (:meth:`_named_more`)."""
        core, suffix = name_core(word), name_suffix(word)
        if not core:
            return None, False
        key = core[-1].casefold()
        cands: list[int] = []
        for idx, c in enumerate(self.clusters):
            if c.label != "PERSON":
                continue
            names = name_core(c.name)
            if (
                len(names) < 2
                or key not in (t.casefold() for t in names)
                or (suffix and name_suffix(c.name) != suffix)
                or (m.gender is not None and c.gender not in (None, m.gender))
            ):
                continue
            cands.append(idx)
        # a surname before a first name: "Clinton" is Hillary Clinton's, not Clinton Smith's
        last = [i for i in cands if name_core(self.clusters[i].name)[-1].casefold() == key]
        cands = last or cands
        picked = self._by_generation(m, cands) if len(cands) > 1 else None
        if picked is not None:  # "the younger Cole": the son
            return picked, False
        if len(cands) <= 1 or all(self._same_person(cands[0], i) for i in cands[1:]):
            if len(cands) > 1:  # "Brent Bozell" and "L. Brent Bozell III": the latest named
                cands.sort(key=lambda i: max(x.start for x in self.clusters[i].mentions))
                before = [i for i in cands if self.clusters[i].mentions[0].start < m.start]
                cands = before[-1:] or cands[:1]
            return (cands[0] if cands else None), False
        seen: list[tuple[int, int]] = []  # (its latest mention before m, cluster)
        for i in cands:
            before = [x.start for x in self.clusters[i].mentions if x.start < m.start]
            if before:
                seen.append((max(before), i))
        seen.sort(reverse=True)
        if not seen:
            return None, True
        window = self._para_start(m.start, back=1)
        if len(seen) > 1 and seen[1][0] >= window:
            return None, True
        if (
            len(seen) > 1
            and m.gender is None
            and self._named_more(m, seen) not in (None, seen[0][1])
        ):
            return None, True  # "Clinton" after "Bill Clinton's record" in a story of Hillary's
        return seen[0][1], False

    def _named_more(self, m: Mention, seen: list[tuple[int, int]]) -> int | None:
        """The namesake of ``seen`` (latest mention, cluster) named more often before ``m``
        than every other, None on a tie: a bare surname joins the latest named only when no
        other namesake was named more (the latest is often one the story names in passing)."""
        counts = sorted(
            ((sum(x.start < m.start for x in self.clusters[i].mentions), i) for _, i in seen),
            reverse=True,
        )
        return counts[0][1] if counts[0][0] > counts[1][0] else None

    def _by_generation(self, m: Mention, cands: list[int]) -> int | None:
        """The namesake "the younger X" or "the elder X" means: the one whose generation (a
        suffix, "Jr.", or a kinship noun before its full name, "her son, Peter Cole") agrees,
        else the other of two whose generation is the opposite; None when nothing says."""
        gens = words()["generations"]
        before = re.findall(r"[a-z]+", self.text[max(0, m.start - 20) : m.start].casefold())
        if not before or before[-1] not in gens:
            return None
        want = gens[before[-1]]
        marks = {i: self._generation(i) for i in cands}
        hit = [i for i in cands if marks[i] == want]
        if len(hit) == 1:
            return hit[0]
        other = [i for i in cands if marks[i] == -want]
        if not hit and len(cands) == 2 and len(other) == 1:
            return next(i for i in cands if i != other[0])
        return None

    def _generation(self, idx: int) -> int:
        """-1 for a son or daughter ("Jr.", "her son, X"), 1 for a parent ("Sr."), 0 unknown."""
        c = self.clusters[idx]
        suffix = name_suffix(c.name)
        if suffix in {"jr", "sr"}:
            return -1 if suffix == "jr" else 1
        gens = words()["generations"]
        for m in c.mentions:
            before = re.findall(r"[a-z]+", self.text[max(0, m.start - 25) : m.start].casefold())
            if m.how == "name" and before and before[-1] in gens:
                return gens[before[-1]]
        return 0

    def _same_person(self, a: int, b: int) -> bool:
        """Whether two full names may name one person: the words of one are among the other's
        and their suffixes agree ("Hillary Rodham Clinton", "Hillary Clinton"; a numeral may be
        left out, "Jr." and "Sr." may not: "Marcus Hale" is not "Marcus Hale Jr.")."""
        na, nb = self.clusters[a].name, self.clusters[b].name
        wa, wb = ({w.casefold() for w in name_core(n)} for n in (na, nb))
        if not (wa <= wb or wb <= wa):
            return False
        sa, sb = name_suffix(na), name_suffix(nb)
        return sa == sb or not ({sa, sb} & {"jr", "sr"})

    def _para_start(self, pos: int, back: int) -> int:
        """The start of the paragraph holding ``pos``, or of the one ``back`` before it."""
        k = max(0, sum(1 for s in self.paras if s <= pos) - 1 - back)
        return self.paras[k] if self.paras else 0


# "... his wife, " right before a first name: the kinship noun that introduces a relative
_KIN_BEFORE = re.compile(r"\b(his|her|their)\s+([a-z-]+)\s*,\s*$", re.IGNORECASE)
_KIN_REACH = 80  # characters before a relative's first name read for the kinship noun
_KIN_WORDS = 8  # words before "his wife" in which the person whose relative it is is named


def name_core(name: str) -> list[str]:
    """A name's words without a generational suffix ("Marcus Hale" of "Marcus Hale Jr.")."""
    suffixes = suffix_words()
    return [w for w in name.replace(",", " ").split() if w.casefold() not in suffixes]


def name_suffix(name: str) -> str:
    """A name's generational suffix, normalised ("jr" of "Hale Jr."), or ""."""
    suffixes = suffix_words()
    found = [w.casefold().rstrip(".") for w in name.replace(",", " ").split()]
    return next((w for w in found if w in suffixes), "")
