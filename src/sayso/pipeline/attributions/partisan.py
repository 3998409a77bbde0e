"""Party words before a noun: "the GOP front-runner", "a Democratic hopeful" name a person of
the party, who speaks as themselves; only the party's own bodies ("the GOP leadership", "the
Democratic campaign committee") and its spokespeople speak for it."""

from __future__ import annotations

from spacy.tokens import Token

from ...lexicon import is_medium, lemma, shared_words
from ...types import Entity
from .context import body_word

# the sectors of a political party (gazetteer.SECTORS)
_PARTY_SECTORS = frozenset({"PTY", "OPP"})


def party_label(head: Token, ent: Entity) -> bool:
    """Whether the party ``ent``, named before ``head``, only says which party the person or
    people ``head`` names belong to: ``head`` names none of the party's bodies, media or
    spokespeople."""
    if ent.sector not in _PARTY_SECTORS:
        return False
    word = lemma(head)
    return not body_word(word) and word not in shared_words().speaks_for and not is_medium(head)
