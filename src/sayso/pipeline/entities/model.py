"""What the entity steps share: the word lists of ``data/entity_words.json``, the role words of
the gazetteer, and the mention and cluster records the steps fill in."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TypedDict, cast

from spacy.tokens import Doc, Token

from ... import resources as data
from ...gazetteer import Gazetteer
from ...nlp import children_of, lowers_of, tokens_of

POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
DETS = {"the", "a", "an", "this", "that", "these", "those"}
INDEFINITES = frozenset({"a", "an"})  # the articles that bring in someone new
# honorifics that also begin titles and nicknames ("Miss Universe", "Lady Liberty"): they make a
# person of what NER found, but do not find names by themselves
LOOSE_TITLES = frozenset({"miss", "sir", "lady", "madam"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})  # a hyphen as its own token


class PartyTags(TypedDict):
    letters: list[str]  # "R", "D", "I"
    country: str  # the country such a tag says


class EntityWords(TypedDict):
    """The lists of ``data/entity_words.json`` (see its ``about``)."""

    about: str
    pronouns: dict[str, str]  # pronoun -> gender (m, f)
    name_particles: list[str]
    honorifics: dict[str, str | None]  # honorific -> gender
    institutions: dict[str, str]  # institution head -> sector
    institution_qualifiers: list[str]
    generic_org_heads: list[str]
    speaks_for_roles: list[str]
    counterpart: list[str]
    posting_roles: list[str]  # "ambassador": "the ambassador to X" serves in X, is not of it
    group_nominals: dict[str, int]  # "both sides" -> how many
    media_heads: list[str]
    media_name_words: list[str]
    print_heads: list[str]  # "newspaper": a nominal that means a printed outlet
    broadcast_name_words: list[str]  # "news", "radio": a name word of no printed outlet
    groups: dict[str, str]  # collective noun lemma -> label
    role_groups: list[str]  # "official": of those, an office's role; one alone is no actor
    generational_suffixes: list[str]  # "jr.", "sr.", "iii"
    party_tags: PartyTags
    national_bodies: list[str]  # "house", "senate": national bodies that name no country
    national_roles: list[str]  # roles held in such a body ("senator")
    bodies_absent: dict[str, list[str]]  # "ministry" -> USA: the country has no body so named
    legislature_countries: dict[str, list[str]]  # "congress" -> the countries whose is so named
    seat_bodies: dict[str, str]  # "senator" -> "senate": the legislature a seat's title names
    offices_absent: dict[str, list[str]]  # "prime minister" -> the countries that have none
    settlement_nouns: list[str]  # "the town of X"
    place_preps: list[str]  # "held in X": a person-typed X is a place
    national_markers: dict[str, list[str]]  # USA -> ["sheriff's office", ...]
    national_marker_patterns: dict[str, list[str]]  # USA -> [r"\bInterstate \d+"]: case-sensitive
    call_sign_prefixes: dict[str, str]  # "w" -> USA: a broadcaster's call sign ("WXYZ")
    national_titles: dict[str, str]  # "secretary of defense" -> USA
    oversight_verbs: list[str]  # "oversee": "an official overseeing X" is not X's
    international_adjectives: list[str]  # "european": a title of no one country
    locative_preps: list[str]  # prepositions before a place
    body_aliases: dict[str, str]  # "administration" -> "white house"
    judgement_nouns: list[str]  # "ruling", "verdict"
    bench_nouns: list[str]  # "court", "panel"
    judge_nouns: list[str]  # "judge", "justice"
    visit_nouns: list[str]  # "trip": "her trip to X" is a visitor's, no local's
    arrival_verbs: list[str]  # "arrive": "X arrived" is a visitor's, no local's
    past_markers: list[str]  # "former": "the former president" holds the role no more
    quantifiers: list[str]  # "no", "every": "no candidate" names no one person
    gendered_nouns: dict[str, str]  # "spokeswoman" -> f, "husband" -> m
    org_name_words: list[str]  # "advisors", "guild": a name ending so is an organisation's
    groups_with_article: list[str]  # "opposition": an actor only as "the opposition"
    award_names: list[str]  # "oscar": an award, not a person
    day_heads: list[str]  # "day": "Valentine's Day" is a holiday, no person
    prize_participles: list[str]  # "winning": "Emmy-winning" is a prize, no actor
    kind_suffixes: list[str]  # "style": "Hale-style" is a kind's model, no actor
    division_words: list[str]  # "county": a name ending so is an administrative division
    place_name_words: list[str]  # "springs", "valley": a name ending so is a place's
    town_body_words: list[str]  # "hospital": "the Lebanon Hospital" may be a home town's
    destination_nouns: list[str]  # "capital": "came to the capital" is a journey, no errand
    namesake_words: list[str]  # "New" of "New Mexico": a place named after a country
    feature_nouns: list[str]  # "the X peninsula": the name is a natural feature's (LOC)
    facility_words: list[str]  # "drive", "prison": a name ending so is a facility's
    ship_prefixes: dict[str, str | None]  # "uss" -> USA: a ship, no person
    ship_nouns: list[str]  # "vessel", "tanker": the name right after is a ship's
    naval_ship_words: list[str]  # "naval", "frigate": the ship after them is a navy's unit
    merchant_ship_words: list[str]  # "cargo": "the cargo vessel X", a merchant ship's phrase
    time_zones: list[str]  # "gmt", "est": after a clock time, no actor
    broadcast_networks: dict[str, str]  # "abc" -> USA: "ABC Metro" is a station of it
    generations: dict[str, int]  # "younger" -> -1, "father" -> 1
    first_names: dict[str, str]  # "robert" -> m, "amanda" -> f
    common_acronyms: list[str]  # "dui", "sos": abbreviations of common nouns, never a name
    degree_letters: list[str]  # "md", "mba": a degree's letters after a name or before "degree"
    award_words: list[str]  # "awards", "prize": a name ending so is an award, an event
    resident_nouns: list[str]  # "a Troy man": the name before one is a place
    dwelling_verbs: list[str]  # "live": "who lives in X Lake": X Lake is a town
    credit_words: list[str]  # "photo": a picture credit, a name is cut there
    us_namesakes: list[str]  # "bristol": a city abroad that US towns are also named after
    outpost_heads: list[str]  # "embassy": "the X embassy in Lima" is not Peru's
    numbered_units: list[str]  # "the 75th Precinct": a body named by its number (police)
    office_holders: list[str]  # "sheriff": "the X Sheriff's Office" is a body (ORG)
    office_nouns: list[str]  # "office": "the X Sheriff's Office" is a body (ORG)
    neighbourhood_nouns: list[str]  # "the X neighborhood": X is a place (a part of a city)
    peoples: list[str]  # "latinos", "jewish": a people (NORP), never a person or a body
    party_members: list[str]  # "democrat": before a person's name, no part of it
    styled_titles: list[str]  # "nana": a chief's style, part of the name after it
    common_party_words: list[str]  # "labour": a party so named may be any country's
    name_openers: list[str]  # "first", "stop": capitalised words that open no person's name
    street_words: list[str]  # "street", "st.": a name ending so is a street (FAC)
    candidate_bodies: list[str]  # "campaign": a named person's surname before it is that person
    market_indexes: list[str]  # "dow": a stock market index, no actor
    law_words: list[str]  # "order", "act": a person-typed name ending so is a law's
    numbered_roads: list[str]  # "route": before a number, a road (FAC)
    kin_nouns: list[str]  # "wife": "his wife, X": X is a person
    kin_plurals: list[str]  # "in-laws": "her in-laws the Xs": a family, no body
    junction_nouns: list[str]  # "corner": "the corner of X and Y": streets
    compass_words: list[str]  # "southern": "Southern Ontario": a part of a known place
    death_nouns: list[str]  # "the killing of X": X is a person
    nicknames: dict[str, list[str]]  # "chuck" -> ["charles"]: a nickname and its given names
    demonym_idioms: dict[str, list[str]]  # "french" -> ["toast"]: a dish or thing, no people
    contest_nouns: list[str]  # "primary": "the Ohio GOP primary" is a place and a party, no body


@functools.lru_cache(maxsize=1)
def words() -> EntityWords:
    return cast(EntityWords, data.json_data("data/entity_words.json"))


def may_hold(name: str, iso: str) -> bool:
    """Whether a body so named may be country ``iso``'s: any body, but a national legislature
    only some countries name so ("Congress") only theirs, and none whose head names a kind of
    body the country's state has none of ("ministry", "parliament" of the United States)."""
    table = words()
    key = name.casefold().removeprefix("the ")
    head = key.rsplit(maxsplit=1)[-1] if key else ""
    if iso in table["bodies_absent"].get(head, ()):
        return False  # "the Interior Ministry": the United States has departments
    seats = table["legislature_countries"].get(key)
    return seats is None or iso in seats


def may_sit(role: str | None, iso: str) -> bool:
    """Whether the holder of a title may be country ``iso``'s: any title, but a seat in a
    legislature only some countries name so ("senator": a Senate) only theirs."""
    seats = words()["seat_bodies"]
    return all(may_hold(seats[w], iso) for w in (role or "").split() if w in seats)


def may_govern(title: str | None, iso: str) -> bool:
    """Whether the holder of a title (its words, lower case) may be country ``iso``'s by the
    office it names: any office but one the country's state has none of ("prime minister",
    any "minister" of the United States)."""
    padded = f" {title or ''} "
    return not any(
        f" {office} " in padded and iso in countries
        for office, countries in words()["offices_absent"].items()
    )


@functools.lru_cache(maxsize=1)
def suffix_words() -> frozenset[str]:
    """The generational suffixes of the table, in lower case ("jr", "jr.", "iii")."""
    return frozenset(words()["generational_suffixes"])


@functools.lru_cache(maxsize=1)
def marking_suffixes() -> frozenset[str]:
    """The generational suffixes that mark a name by themselves ("jr.", "sr"): all but the
    Roman numerals, which also number other things ("Article II")."""
    return frozenset(s for s in suffix_words() if not re.fullmatch(r"[ivxlcdm]+", s))


def indefinite(tok: Token) -> bool:
    """Whether the noun ``tok`` has "a" or "an" for its determiner ("a federal judge")."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITES for c in children_of(tok))


def capitalised(tok: Token) -> bool:
    """Whether a word begins with a capital letter, as a name's words do."""
    return tok.text[:1].isupper()


def org_word_or_facility(tok: Token) -> bool:
    """Whether a word is an organisation's or a facility's ("council", "street")."""
    w = words()
    return any(
        tok.lower_ in w[key]
        for key in ("org_name_words", "generic_org_heads", "institutions", "facility_words")
    )


@functools.lru_cache(maxsize=1)
def role_vocabulary() -> frozenset[str]:
    """Every single word that occurs in a role pattern ("minister", "defense", "spokesperson"),
    an abbreviation also without its period ("sgt" of "sgt.": spaCy splits "Sgt." so)."""
    out: set[str] = set()
    for r in Gazetteer.default().roles():
        out.update(r.pattern.split())
    out.update(w[:-1] for w in list(out) if w.endswith(".") and len(w) > 2)
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Words that stand before a person's name and only a person's: the honorifics ("Mr.",
    "Rev.") and the one-word abbreviated titles of the role table ("sen.", "gov.", "gen.")."""
    out = set(words()["honorifics"])
    for r in Gazetteer.default().roles():
        if " " not in r.pattern and r.pattern.endswith(".") and len(r.pattern) > 2:
            out.add(r.pattern)
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def title_keys() -> frozenset[str]:
    """The lower-case forms a token of a person's title has ("mr.", "sgt" of "sgt.")."""
    return person_titles() | {t[:-1] for t in person_titles() if t.endswith(".")}


def title_width(doc: Doc, i: int) -> int:
    """How many tokens a person's title at token ``i`` takes: 1 ("Mr.", "Sen."), 2 for an
    abbreviation spaCy split from its period ("Sgt" + "."), 0 when there is none."""
    lowers = lowers_of(doc)  # (one per token, as many as the Doc's)
    if not 0 <= i < len(lowers):
        return 0
    low = lowers[i]
    titles = person_titles()
    if low in titles:
        return 1
    if i + 1 >= len(lowers) or lowers[i + 1] != "." or low + "." not in titles:
        return 0  # (most tokens: no Token read)
    tok = tokens_of(doc)[i]
    return 2 if not tok.whitespace_ and tok.text[:1].isupper() else 0


def generic_name(name: str) -> bool:
    """Whether a body's name is only generic words ("Foreign Ministry", "Supreme Court"), so
    that it names a different body in each country."""
    w = words()
    low = name.casefold().split()
    if " ".join(low) in w["institutions"]:
        return True  # "coast guard"
    return bool(low) and all(
        x in w["institutions"] or x in w["institution_qualifiers"] for x in low
    )


def first_name_gender(name: str, alone: bool = False) -> str | None:
    """The gender a person's first name most often says ("Amanda Pryce" -> f), if it is one of
    ``first_names`` and more words follow it (or, ``alone``, it is the whole name: "Kevin")."""
    ws = name.split()
    return words()["first_names"].get(ws[0].casefold()) if len(ws) > 1 or alone else None


# a dateline: a line that opens with a place in capitals, then a dash, a bracket or a comma
# a dash glued to more capitals goes on with the place's name ("GLENN-ASHTON -"), one glued
# to a word in lower case ends it ("DOVER-Facing")
DATELINE = re.compile(
    r"(?m)^[ \t]*([A-Z][A-Z .'-]{1,40}?[A-Z])\b\s*(?:[-\u2013\u2014](?![A-Z]{2})|[(,])"
)


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
    gender: str | None = None  # from an honorific before it ("Mrs. Pryce")
    how: str = "name"  # how it was resolved to its cluster (sayso.types.RESOLUTIONS)
    titled: bool = False  # a person's title or honorific stands before it ("Mr. Jordan")


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
    posted: str | None = None  # the country a diplomat's title posts them to: never theirs
    mentions: list[Mention] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        return self.name.split()


def token_mention(
    doc: Doc,
    ts: int,
    te: int,
    label: str,
    kind: str = "name",
    country: str | None = None,
    lemma: str = "",
    gender: str | None = None,
    titled: bool = False,
) -> Mention:
    """The mention of tokens ``ts..te``."""
    tokens = tokens_of(doc)
    return Mention(
        tokens[ts].idx,
        _end_char(doc, te),
        ts,
        te,
        label,
        kind,
        country,
        lemma=lemma,
        gender=gender,
        titled=titled,
    )


def _end_char(doc: Doc, te: int) -> int:
    tokens = tokens_of(doc)
    last = tokens[te - 1]
    return int(last.idx + len(last.text))
