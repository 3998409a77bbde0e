"""Two spellings of one person's full name, for step 2 (:mod:`.clusters`):

- a common English nickname and the given name it shortens, before the same surname ("Bill
  Hale" and "William Hale"): one person (the pairs are ``nicknames`` of the word table);
- a name of two or more words and the same name with one more surname after it ("Ana Ruiz"
  and "Ana Ruiz Soto", as Spanish names drop the second surname): one person.

Nothing else joins two full names: different given names ("Ann Hale", "Tom Hale") and a
generational suffix ("Marcus Hale Jr.") stay namesakes.
"""

from __future__ import annotations

import functools

from .model import suffix_words, words


@functools.lru_cache(maxsize=1)
def _given_forms() -> dict[str, frozenset[str]]:
    """Each nickname and given name of the table -> every form it may stand for (itself too)."""
    out: dict[str, set[str]] = {}
    for nick, fulls in words()["nicknames"].items():
        for full in fulls:
            out.setdefault(nick, {nick}).add(full)
            out.setdefault(full, {full}).add(nick)
    return {k: frozenset(v) for k, v in out.items()}


def _suffixed(ws: list[str]) -> bool:
    """Whether a name's last word is a generational suffix ("Jr.", "III")."""
    return ws[-1].casefold().rstrip(".") in suffix_words()


def same_person(a: str, b: str) -> bool:
    """Whether two full names (two or more words each) are spellings of one person's name: a
    nickname for the given name, or one more surname at the end of the longer."""
    wa, wb = a.split(), b.split()
    if min(len(wa), len(wb)) < 2 or a.casefold() == b.casefold():
        return False
    if _suffixed(wa) or _suffixed(wb):
        return False  # "Hale Jr.": a generation apart, a namesake
    la, lb = [w.casefold() for w in wa], [w.casefold() for w in wb]
    if len(la) == len(lb) and la[1:] == lb[1:] and la[0] != lb[0]:
        return lb[0] in _given_forms().get(la[0], frozenset())
    short, long = (wa, wb) if len(wa) < len(wb) else (wb, wa)
    ls, ll = (la, lb) if len(wa) < len(wb) else (lb, la)
    return (
        len(long) == len(short) + 1
        and ll[: len(ls)] == ls
        and long[-1][:1].isupper()
        and long[-1].isalpha()
        and len(long[-1]) > 2
    )


def particle_surnames(names: list[str]) -> frozenset[str]:
    """The surnames opening with a particle in lower case that full names end in ("de la Cruz"
    of "Ana de la Cruz"), case folded: a name written so alone, capitalised at a sentence's
    start ("De la Cruz said"), is that surname, not a given name and a surname."""
    particles = set(words()["name_particles"])
    out: set[str] = set()
    for name in names:
        ws = name.split()
        for i in range(1, len(ws) - 1):
            if ws[i] in particles:
                out.add(" ".join(ws[i:]).casefold())
                break
    return frozenset(out)
