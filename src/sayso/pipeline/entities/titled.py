"""A title and a surname read as the person the story introduced with that title and surname
("Sheriff Hale", "Chief Marsh" after "Ashby County Sheriff Tom Hale", "Police Chief Ann
Marsh"), not an actor of its own: for step 1 (:mod:`.people`, the surname NER left untagged
after such a title) and step 2 (:mod:`.clusters`, a title and surname NER typed as a body, or
a surname NER typed as a person after such a title)."""

from __future__ import annotations

from .model import Mention, role_vocabulary, title_keys

_TITLE_REACH = 40  # characters before a full name in which its title stands


def titled_person(text: str, m: Mention, people: list[Mention]) -> Mention | None:
    """The full-name mention of the one person named before ``m`` with ``m``'s title word
    before the name and ``m``'s surname as its last word, when ``m`` is not a person's and is
    written as a capitalised title and a surname, or is a titled person's surname right after
    such a title; None otherwise (none, or two people)."""
    found = text[m.start : m.end].split()
    if m.label == "PERSON" and m.titled and len(found) == 1:
        before = text[max(0, m.start - _TITLE_REACH) : m.start].split()
        if not before:
            return None
        return title_holder(text, before[-1], found[0], m.start, people)
    if m.label == "PERSON" or len(found) != 2:
        return None
    return title_holder(text, found[0], found[1], m.start, people)


def title_holder(
    text: str, title: str, surname: str, at: int, people: list[Mention]
) -> Mention | None:
    """The full-name mention of the one person named before ``at`` with the word ``title``
    among the three words before the name and ``surname`` as its last word, when both words
    are capitalised and ``title`` is a role's or a person's title; None otherwise (none, or
    two people of that surname so titled)."""
    key = title.casefold()
    if not (title[:1].isupper() and surname[:1].isupper() and surname.isalpha()):
        return None
    if key not in role_vocabulary() and key not in title_keys():
        return None
    fits: dict[str, Mention] = {}
    for p in people:
        name = text[p.start : p.end].split()
        if p.start >= at or len(name) < 2 or name[-1] != surname:
            continue
        before = text[max(0, p.start - _TITLE_REACH) : p.start].casefold().split()
        if key in before[-3:]:
            fits.setdefault(" ".join(name), p)
    return next(iter(fits.values())) if len(fits) == 1 else None


def role_after(text: str, end: int) -> bool:
    """Whether the word after ``end`` is a role's ("Post Editor-in-Chief", "Times reporter")."""
    rest = text[end : end + 40].split(maxsplit=1)
    word = rest[0].split("-")[0].casefold().strip(",.") if rest else ""
    return word in role_vocabulary()


def surname_of(text: str, m: Mention) -> None:
    """Cut ``m`` ("Sheriff Hale") down to its surname, a titled person's mention."""
    surname = text[m.start : m.end].split()[-1]
    m.start = m.end - len(surname)
    m.ts = m.te - 1
    m.label = "PERSON"
    m.titled = True
