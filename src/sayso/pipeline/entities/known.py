"""Organisations NER missed that the tables know by name ("posted on Facebook", "Apple,
Facebook and others"): a run of capitalised words spelled exactly as a table's name or alias,
inside a sentence (a sentence's first word may be any capitalised word), with no capitalised
name word on either side ("Dawn Hale" is a person, not the newspaper "Dawn"), and not a page's
link or label ("on Facebook >>", "Twitter: @handle"). A one-word spelling counts only written with
two capitals or more (an acronym, "NATO", "DoD") or when the word is no given name of the table,
no surname of a person the story names in full and no common English word (a stop word, or a
word of the model's dictionary: "Guardian", "Amnesty", "Fed")."""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ...nlp import read, text_of, tokens_of
from .model import Mention, capitalised, token_mention, words

_LONGEST = 4  # the most words a table's name is looked up with
_LINK_MARKS = frozenset({">", ">>", "\u00bb", "|", "@"})  # a link's mark after a name


@functools.cache
def _spellings(gz: Gazetteer) -> dict[str, tuple[str, str | None]]:
    """The tables' organisation spellings (names and aliases with a capital letter), each with
    its type and country."""
    out: dict[str, tuple[str, str | None]] = {}
    for org in gz.orgs():
        for spelling in (org.name, *org.aliases):
            if any(c.isupper() for c in spelling):
                out.setdefault(spelling, (org.type, org.country))
    return out


def _opens_line(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the first word of its line (a label's place: "Twitter: @x")."""
    start = tokens_of(doc)[i].idx
    raw = text_of(doc)
    return not raw[raw.rfind("\n", 0, start) + 1 : start].strip()


def _proper_name_word(tok: Token) -> bool:
    return capitalised(tok) and tok.pos_ == "PROPN"


def _other_word(doc: Doc, text: str, surnames: set[str]) -> bool:
    """Whether a one-word spelling may be another word than the body's: written with fewer
    than two capitals and a given name, a surname of ``surnames`` or a stop word. (A word of the
    dictionary is not enough: "Hamas", "Taliban", "Pentagon" are in it, and a capitalised word
    inside a sentence that the tables name is the body far more often than the common word.)"""
    if sum(c.isupper() for c in text) >= 2:
        return False  # an acronym ("NATO") or a brand's inner capital ("DoD")
    low = text.lower()
    return low in words()["first_names"] or text in surnames or doc.vocab[low].is_stop


def missed_orgs(doc: Doc, covered: set[int], gz: Gazetteer, surnames: set[str]) -> list[Mention]:
    """The mentions of organisations NER missed that the tables name (see the module's doc);
    ``surnames``: the last words of the people the story names in full."""
    tokens = tokens_of(doc)
    held = read(doc)  # the text, the tokens' words and offsets, read once
    raw, words_, starts, ends = held.text, held.words, held.starts, held.ends
    sentences, sentence_of = held.sentences, held.sentence_of
    spellings = _spellings(gz)
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        found = 0
        if words_[i][:1].isupper() and i not in covered and sentences[sentence_of[i]][0] != i:
            for width in range(min(_LONGEST, len(tokens) - i), 0, -1):
                text = raw[starts[i] : ends[i + width - 1]]
                if text not in spellings or any(j in covered for j in range(i, i + width)):
                    continue
                if width == 1 and _other_word(doc, text, surnames):
                    break
                before = tokens[i - 1]
                after = tokens[i + width] if i + width < len(tokens) else None
                if _proper_name_word(before) or (after is not None and _proper_name_word(after)):
                    break
                if after is not None and (
                    after.text in _LINK_MARKS or (after.text == ":" and _opens_line(doc, i))
                ):
                    break
                label, country = spellings[text]
                out.append(token_mention(doc, i, i + width, label, country=country))
                found = width
                break
        i += max(found, 1)
    return out
