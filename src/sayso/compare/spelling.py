"""One name spelt two ways: a short form ("Dan" / "Daniel"), an abbreviation ("Mt" / "Mount"),
the same letters in another order ("Kelvin" / "Klevin"), one letter doubled, dropped or two
swapped ("Marshall" / "Marshal"): the same name, no two names; and a place named with words
before its common name ("Tarn Mount Kessel" / "Mt Kessel": ``named_within``)."""

from __future__ import annotations

__all__ = ["named_within", "spelt_alike"]


SPELT = 5  # letters a name needs before one letter doubled, dropped or swapped is a misspelling
SPELT_SUB = 8  # letters before one letter changed is


def spelt_alike(x: str, y: str) -> bool:
    """Whether two names are one name spelt two ways: equal word by word, each differing pair
    a short form ("Dan" / "Daniel"), an abbreviation ("Mt" / "Mount", "St." / "Saint"), the
    same letters in another order with the same first letter ("Kelvin" / "Klevin"), or one
    letter doubled, dropped or two swapped in a word of ``SPELT`` letters or more (one letter
    changed: ``SPELT_SUB``)."""
    wx, wy = x.split(), y.split()
    if len(wx) != len(wy) or not wx:
        return False
    return all(_word_alike(p, q) for p, q in zip(wx, wy, strict=True))


def named_within(x: str, y: str) -> bool:
    """Whether one of two place names is the other with words before it, spelt alike
    (``spelt_alike``): "Tarn Mount Kessel" / "Mt Kessel", a native name put before the
    common one. The shorter needs two words or more ("York" is no part of "New York")."""
    short, long_ = sorted((x.split(), y.split()), key=len)
    if len(short) < 2 or len(short) == len(long_):
        return False
    return spelt_alike(" ".join(short), " ".join(long_[-len(short) :]))


def _word_alike(p: str, q: str) -> bool:
    p, q = p.casefold().rstrip("."), q.casefold().rstrip(".")
    if p == q:
        return True
    s, long_ = sorted((p, q), key=len)
    if not s or s[0] != long_[0]:
        return False
    if len(s) >= 3 and long_.startswith(s):
        return True  # a short form
    if len(s) <= 3 and _subsequence(s, long_):
        return True  # an abbreviation
    if len(s) >= 4 and len(s) == len(long_) and sorted(s) == sorted(long_):
        return True  # the same letters
    return _one_edit(s, long_)


def _subsequence(s: str, long_: str) -> bool:
    it = iter(long_)
    return all(c in it for c in s)


def _one_edit(s: str, long_: str) -> bool:
    if len(long_) - len(s) == 1:
        return len(s) >= SPELT and any(long_[:k] + long_[k + 1 :] == s for k in range(len(long_)))
    if len(s) != len(long_):
        return False
    diff = [k for k in range(len(s)) if s[k] != long_[k]]
    if len(diff) == 2 and diff[1] == diff[0] + 1 and len(s) >= SPELT:
        return s[diff[0]] == long_[diff[1]] and s[diff[1]] == long_[diff[0]]
    return len(diff) == 1 and len(s) >= SPELT_SUB
