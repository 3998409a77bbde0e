"""Newspapers NER missed, for step 1 (after :mod:`.mentions`): "The Kelso Ledger reported
...": "The" and capitalised words that end in a newspaper's name word, as the subject of a
reporting verb, name a news outlet (an organisation), whatever NER made of the words."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lexicon import lemma, reporting_verbs
from ...nlp import tokens_of, words_of
from .model import Mention, token_mention, words

_LONGEST = 4  # capitalised words of such a name after "The"


def missed_outlets(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the newspapers written so added; a place, person or people NER found
    inside such a name ("Kelso" of "The Kelso Ledger") gives way to it."""
    tokens = tokens_of(doc)
    names = set(words()["media_name_words"])
    out = list(mentions)
    for tok in [tokens[i] for i, w in enumerate(words_of(doc)) if w == "The"]:
        if tok.i + 1 >= len(tokens):
            continue
        te = tok.i + 1
        while te < len(tokens) and te - tok.i <= _LONGEST and _name_word(tokens[te]):
            te += 1
        if te == tok.i + 1 or tokens[te - 1].lower_ not in names:
            continue
        if te >= len(tokens) or not _reports(tokens[te]):
            continue
        inside = [m for m in out if m.ts < te and tok.i < m.te]
        if any(m.ts <= tok.i or m.te > te or m.label == "ORG" for m in inside):
            continue  # another mention across the words, or the body found already
        out = [m for m in out if m not in inside]
        out.append(token_mention(doc, tok.i + 1, te, "ORG"))
    out.sort(key=lambda m: m.start)
    return out


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.is_title


def _reports(tok: Token) -> bool:
    """Whether ``tok`` is a reporting verb, or a helper verb before one ("had reported")."""
    verbs = reporting_verbs()
    if tok.pos_ == "AUX" and tok.i + 1 < len(tok.doc):
        tok = tok.doc[tok.i + 1]
    return tok.pos_ == "VERB" and lemma(tok) in verbs
