"""Ships, for step 1 (:mod:`.mentions`, :mod:`.kinds`) and step 3 (their flags): a ship is no
person and no place. Its name follows a prefix in capitals ("USS Harlan", "MV Ocean Star": one
reader, :func:`sayso.lexicon.ship_prefix`), a navy's written-out prefix ("Indian Naval Ship
Kaveri") or a ship's noun ("the tanker Kestrel"). A warship is a unit of its navy (ORG), a
merchant vessel a thing (OTHER), of the country its flag says.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ...lexicon import ship_prefix, ship_prefixes, vessel_name
from ...nlp import children_of, lowers_of, span_text, subtree_of, tokens_of, words_of
from .model import HYPHENS, Cluster, Mention, token_mention, words
from .shapes import whole_role

_LONGEST_NAME = 3  # words of a ship's name NER missed


@functools.lru_cache(maxsize=1)
def _navy_words() -> frozenset[str]:
    """The words before a ship's noun that make a navy's written-out prefix ("Naval Ship"): the
    naval words that are no ship's noun."""
    table = words()
    return frozenset(table["naval_ship_words"]) - frozenset(table["ship_nouns"])


def prefix_navy(word: str) -> str | None:
    """The country of the navy a ship's prefix names ("INS" -> IND; a merchant's "MV": none)."""
    return words()["ship_prefixes"][word.casefold()]


def ship_span(doc: Doc, ts: int, te: int) -> tuple[int, int, str | None] | None:
    """A ship's name ("USS Harlan", "MV Ocean Star", the prefix inside the entity or right
    before it): its tokens and its navy's country (a merchant ship: none), else None."""
    tokens = tokens_of(doc)
    start = ts - 1 if ts > 0 and ship_prefix(tokens[ts - 1].text) else ts
    if te - start < 2 or not ship_prefix(tokens[start].text):
        return None
    return start, te, prefix_navy(tokens[start].text)


def join_ship_prefixes(doc: Doc, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """NER's entities with a ship's prefix it found alone ("INS" + "Kaveri") joined to the
    entity right after it, or left out when a capitalised word NER missed follows it (for
    :func:`missed_ships`): one ship, not an agency and a place."""
    tokens = tokens_of(doc)
    ents = list(ents)  # the caller's list stays as it was
    out: list[tuple[int, int, str]] = []
    for k, (a, b, label) in enumerate(ents):
        lone = b - a == 1 and ship_prefix(tokens[a].text)
        if not lone or b >= len(tokens) or not tokens[b].text[:1].isupper():
            out.append((a, b, label))
            continue
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and nxt[0] == b:
            ents[k + 1] = (a, nxt[1], nxt[2])
    return out


def ship_label(country: str | None) -> str:
    """A warship is a unit of its navy (ORG); a merchant vessel ("MV ...", no navy's prefix)
    is a thing, not an actor (OTHER)."""
    return "ORG" if country is not None else "OTHER"


def missed_ships(
    doc: Doc, covered: set[int], gz: Gazetteer, written_out: bool = False
) -> list[Mention]:
    """Ships NER did not find: the capitalised name, one to three words none of which is a
    title, after a prefix in capitals ("the frigate INS Talwar": the prefix and the name, of
    the prefix's navy; not "INS Commissioner Ana Ruiz", an agency's officer) or, with
    ``written_out``, after a navy's written-out prefix ("Naval Ship Kaveri,": the name alone, a
    navy's unit, placed by :func:`ships_by_noun`); a written-out prefix is Title Case a
    headline writes too, so a word in lower case or a stop must end its name."""
    tokens, lowers, texts = tokens_of(doc), lowers_of(doc), words_of(doc)
    nouns = set(words()["ship_nouns"])
    navy_words = _navy_words()
    prefixes = ship_prefixes()
    out: list[Mention] = []
    for i in range(len(tokens) - 1):
        if written_out:
            if not (i > 0 and lowers[i - 1] in navy_words and lowers[i] in nouns):
                continue
        # (ship_prefix, written out: it is asked of every word)
        elif i in covered or not (texts[i].isupper() and texts[i].casefold() in prefixes):
            continue
        end = i + 1
        while end < len(tokens) and tokens[end].text[:1].isupper() and end not in covered:
            end += 1
        name = tokens[i + 1 : end]
        if not 1 <= len(name) <= _LONGEST_NAME or any(whole_role(t.lower_, gz) for t in name):
            continue
        if not written_out:
            country = prefix_navy(tokens[i].text)
            out.append(token_mention(doc, i, end, ship_label(country), country=country))
        elif end < len(tokens) and (tokens[end].is_lower or tokens[end].is_punct):
            out.append(token_mention(doc, i + 1, end, "ORG"))
    return out


def ship_noun_only(doc: Doc, m: Mention) -> bool:
    """A name that ends in a ship's noun ("Indian Naval Ship", "Coast Guard Cutter") is the
    noun of a ship, no actor: the ship is the name after it."""
    lowers = lowers_of(doc)
    return m.kind == "name" and m.te - m.ts >= 2 and lowers[m.te - 1] in words()["ship_nouns"]


def ships_by_noun(doc: Doc, out: list[Mention], gz: Gazetteer) -> None:
    """A name right after a ship's noun is a ship ("the merchant vessel Ocean Star", "the
    tanker Kestrel"): a navy's unit (ORG) when a naval word stands in the phrase ("Indian Naval
    Ship X", "the frigate X"), of the country a people's word before it names, else a thing
    (OTHER); the phrase "Naval Ship" is no actor of its own, and the ship's name met again
    alone is the ship."""
    lowers = lowers_of(doc)
    tokens = tokens_of(doc)
    table = words()
    nouns, naval = set(table["ship_nouns"]), set(table["naval_ship_words"])
    phrase_words = naval | nouns | set(table["merchant_ship_words"])  # a ship's phrase
    ships: dict[str, tuple[str, str | None]] = {}
    drop: list[Mention] = []
    for m in out:
        if m.kind != "name" or m.ts < 1 or m.label not in {"PERSON", "GPE", "ORG", "LOC", "FAC"}:
            continue
        before = m.ts - 1
        if lowers[before] not in nouns or ship_prefix(tokens[m.ts].text):
            continue
        k = before
        while k > 0 and lowers[k - 1] in phrase_words:
            k -= 1
        phrase = lowers[k : before + 1]
        country = gz.demonym(tokens[k - 1].text) if k > 0 else None
        navy = any(w in naval for w in phrase)
        if not all(t.text[:1].isupper() for t in tokens[m.ts : m.te]) or gz.org(
            span_text(doc, m.ts, m.te)
        ):
            continue
        country = country or m.country
        label = "ORG" if navy else "OTHER"  # a navy's unit, or a thing (see ship_label)
        m.label, m.country = label, country
        ships[span_text(doc, m.ts, m.te)] = (label, country)
        drop.extend(h for h in out if h.te == before + 1 and h.ts <= k - 1 and h is not m)
    for m in out:
        text = span_text(doc, m.ts, m.te)
        if m.kind == "name" and text in ships:
            m.label, m.country = ships[text]
    dropped = {id(h) for h in drop}  # by identity: a mention may land there twice
    out[:] = [h for h in out if id(h) not in dropped]


def ship_flags(doc: Doc, clusters: list[Cluster], gz: Gazetteer) -> None:
    """A merchant ship's country is its flag's: "the Panamanian-flagged MV X", "X was flying a
    Maltese flag", "X, which sails under the Liberian flag" (the ship the verb's subject)."""
    tokens = tokens_of(doc)
    for c in clusters:
        if c.country is not None or not vessel_name(c.name):
            continue
        for m in c.mentions:
            country = _flag_before(doc, m.ts, gz) or _flag_flown(tokens[m.te - 1], gz)
            if country is not None:
                c.country = country
                break


def _flag_before(doc: Doc, ts: int, gz: Gazetteer) -> str | None:
    """The country of "X-flagged" within the few words before a ship's name."""
    tokens = tokens_of(doc)
    for i in range(max(2, ts - 3), ts):
        if tokens[i].lower_ == "flagged" and tokens[i - 1].text in HYPHENS:
            return gz.nation(tokens[i - 2].text)
    return None


def _flag_flown(root: Token, gz: Gazetteer) -> str | None:
    """The country of the flag a ship flies or sails under: the flag the object (or under a
    preposition) of the verb whose subject is the ship, or of a clause on the ship."""
    verbs = [root.head] if root.dep_ in {"nsubj", "nsubjpass"} else []
    verbs += [t for t in children_of(root) if t.dep_ == "relcl"]
    for verb in verbs:
        for t in subtree_of(verb):
            if t.lemma_ != "flag" or t.pos_ != "NOUN":
                continue
            if t.head != verb and not (t.head.dep_ == "prep" and t.head.head == verb):
                continue
            for mod in children_of(t):
                if mod.dep_ in {"amod", "compound"} and (iso := gz.nation(mod.text)):
                    return iso
    return None
