"""What the entity steps share: the word lists of ``data/entity_words.json``, the role words of
the gazetteer, and the mention and cluster records the steps fill in."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TypedDict, cast

from ... import resources as data
from ...gazetteer import Gazetteer

POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
DETS = {"the", "a", "an", "this", "that", "these", "those"}


class EntityWords(TypedDict):
    """The lists of ``data/entity_words.json`` (see its ``about``)."""

    about: str
    pronouns: dict[str, str]  # pronoun -> gender (m, f)
    plural_pronouns: list[str]
    name_particles: list[str]
    honorifics: dict[str, str | None]  # honorific -> gender
    institutions: dict[str, str]  # institution head -> sector
    institution_qualifiers: list[str]
    generic_org_heads: list[str]
    speaks_for_roles: list[str]
    counterpart: list[str]
    group_nominals: dict[str, int]  # "both sides" -> how many
    media_heads: list[str]
    media_name_words: list[str]
    groups: dict[str, str]  # collective noun lemma -> label


@functools.lru_cache(maxsize=1)
def words() -> EntityWords:
    return cast(EntityWords, data.json_data("data/entity_words.json"))


@functools.lru_cache(maxsize=1)
def role_vocabulary() -> frozenset[str]:
    """Every single word that occurs in a role pattern ("minister", "defense", "spokesperson")."""
    out: set[str] = set()
    for r in Gazetteer.default().roles():
        out.update(r.pattern.split())
    return frozenset(out)


@dataclass
class Mention:
    start: int
    end: int
    ts: int  # first token
    te: int  # past the last token
    label: str
    kind: str = "name"  # name | institution | nominal_org | group | pronoun | nominal
    country: str | None = None
    ent: int = -1
    lemma: str = ""  # the head's lemma, for group actors


@dataclass
class Cluster:
    name: str
    label: str
    key: str
    country: str | None = None
    role: str | None = None
    sector: str | None = None
    gender: str | None = None
    affiliation: int | None = None  # the organisation cluster a person speaks for
    mentions: list[Mention] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        return self.name.split()
