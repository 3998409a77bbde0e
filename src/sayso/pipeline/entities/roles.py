"""Steps 3 and 5 of the entities stage: titles and sectors.

* ``titles``: roles and countries from titles and appositions ("Chinese Defense Minister Dong
  Jun", "his Russian counterpart Sergei Shoigu", "Wang Wenbin, a spokesman for ...").
* ``sectors``: each actor's sector (GOV, MIL, COP, ...): the gazetteer's for the people and
  organisations it lists, else the keyword rules of ``data/sectors.tsv`` on the name of an
  organisation or group; a person takes the sector of the organisation they speak for, else of
  their title. Places and peoples get none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ...lexicon import spaced_dash
from ...nlp import (
    children_of,
    heads_of,
    memo_of,
    root_of,
    sentence,
    subtree_of,
    text_of,
    tokens_of,
)
from ...sectors import sector_of_name, sector_of_words
from .clusters import head_word
from .model import (
    DETS,
    POSSESSIVE,
    Cluster,
    Mention,
    generic_name,
    may_hold,
    role_vocabulary,
    words,
)
from .owners import body_kinds, latest_before, office_country, owner_of


def title_tokens(doc: Doc, m: Mention, whole: bool = False) -> list[Token]:
    """The words that describe a mention: those before it in its noun phrase, or an apposition
    (``whole``: a body's, the dateline's place before it kept, "TALLINN - Cabinet": a person's
    title stops there, see :func:`_own_words`). Worked out once a document for each
    mention's tokens (the stages ask again); each call gets a list of its own."""
    held: dict[tuple[int, int, bool], list[Token]] = memo_of(doc).setdefault(_TITLES_HELD, {})
    key = (m.ts, m.te, whole)
    got = held.get(key)
    if got is None:
        got = held[key] = _title_tokens(doc, m, whole)
    return list(got)


_TITLES_HELD = "roles.title_tokens"  # the name title_tokens keeps its answers under


def _title_tokens(doc: Doc, m: Mention, whole: bool) -> list[Token]:
    """:func:`title_tokens`, worked out."""
    tokens = tokens_of(doc)
    root = root_of(doc, m.ts, m.te)
    toks: list[Token] = []
    # words before the name in its noun phrase ("Chinese Defense Minister", "Argentina's")
    posting = _posting_head(tokens, m.ts)
    if posting is not None:
        # "Chinese Ambassador to the United States X": the parser hung the name on the posted
        # place; the title is the diplomat's whole phrase
        toks.extend(t for t in tokens[posting.left_edge.i : m.ts] if not t.is_punct)
    elif root.left_edge.i < m.ts:
        toks.extend(t for t in tokens[root.left_edge.i : m.ts] if not t.is_punct)
    else:
        i = m.ts - 1  # compounds the parser hung elsewhere ("spokeswoman" in "... spokeswoman X")
        heads = heads_of(doc)
        while i >= 0 and tokens[i].dep_ in {"compound", "amod"} and heads[i] >= i + 1:
            toks.insert(0, tokens[i])
            i -= 1
    if root.dep_ == "appos":
        head = root.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
            head = head.head.head  # "the envoy for Peru, X": the parser hung X on the place
        toks.extend(t for t in subtree_of(head) if t.i < m.ts and not t.is_punct)
    for child in children_of(root):
        if child.dep_ == "appos":
            toks.extend(t for t in subtree_of(child) if not t.is_punct)
    return toks if whole else _own_words(doc, m, toks)


def _posting_head(tokens: list[Token], ts: int) -> Token | None:
    """The capitalised title word of a diplomat's posting right before a name ("Ambassador" in
    "Kenyan Ambassador to the United States X": the posted place's capitalised words, then
    "to" or "for" after the title word), or None."""
    j = ts - 1
    while j >= 0 and ts - j <= _POSTED_WORDS and (tokens[j].is_title or tokens[j].lower_ == "the"):
        j -= 1
    if j == ts - 1 or j < 1 or tokens[j].lower_ not in {"to", "for"}:
        return None
    title = tokens[j - 1]
    if title.lower_ not in words()["posting_roles"] or not title.text[:1].isupper():
        return None
    return title


_POSTED_WORDS = 5  # the most words of a posted place's name ("the United Arab Emirates")


def _own_words(doc: Doc, m: Mention, toks: list[Token]) -> list[Token]:
    """The title words that describe the mention itself: none before a dateline's break
    ("CITY (Agency) - Party donor X": the dateline is no title), and none of another person's
    name phrase after a preposition ("a friend of Israeli Prime Minister Y": Y's title, not
    X's)."""
    first = min((t.i for t in toks), default=m.ts)
    breaks = [i for i in range(first, m.ts) if _breaks_title(tokens_of(doc)[i])]
    if breaks:
        toks = [t for t in toks if t.i > max(breaks) or t.i >= m.te]
    others = {
        u.i
        for t in toks
        if t.ent_type_ == "PERSON" and t.dep_ == "pobj" and not m.ts <= t.i < m.te
        for u in subtree_of(t)
    }
    return [t for t in toks if t.i not in others]


def _breaks_title(t: Token) -> bool:
    """Whether a token ends what comes before it as no part of a title: a dash, a bracket, a
    colon."""
    return spaced_dash(t) or t.text in {"(", ")", ":", "\u2014", "\u2013"}


def role_and_country(
    toks: list[Token], gz: Gazetteer, in_orgs: Collection[int] = ()
) -> tuple[str | None, str | None, bool]:
    """(role, country, is_counterpart) from title words. A place inside an organisation's name
    (``in_orgs``: its tokens) says nothing of the person's country ("a professor at Georgetown
    Law"): the organisation does (``Cluster.affiliation``)."""
    country = None
    counterpart = False
    role_words: list[str] = []
    posted = posting_tokens(toks)
    for t in toks:
        low = t.lower_
        if t.dep_ == "npadvmod" and t.head.tag_ == "VBN" and t.head.i > t.i:
            continue  # "the Iranian-backed X", "Russian-led": who backs or leads it, not whose
        place = t.text[:1].isupper() and t.i not in in_orgs
        c = gz.demonym(t.text) or (gz.place_country(t.text) if place else None)
        if c is not None and t.pos_ in {"PROPN", "ADJ", "NOUN"}:
            # "an official overseeing Peru": what the work is about, not whose
            worked_on = (
                t.dep_ == "dobj" and t.head.i < t.i and t.head.lemma_ in words()["oversight_verbs"]
            )
            if t.i not in posted and not worked_on:
                country = country or c
            continue
        if low in words()["counterpart"]:
            counterpart = True
            continue
        if t.text in POSSESSIVE or low in DETS or t.pos_ in {"PRON", "DET", "ADP", "PUNCT"}:
            continue
        if t.pos_ == "ADJ" and low not in role_vocabulary():
            continue
        role_words.append(low)
    phrase = " ".join(role_words)
    role = None
    if phrase:
        info = gz.role(phrase)
        if info is not None:
            if info.pattern == phrase:
                role = info.role
            elif phrase.endswith(" " + info.pattern):  # "foreign ministry spokeswoman"
                role = phrase[: -len(info.pattern)] + info.role
            else:
                role = phrase
    return role, country, counterpart


def posting_tokens(toks: list[Token]) -> set[int]:
    """The indices of the words that name where a diplomat's title posts them ("the ambassador
    to France", "the envoy for Peru"): the country they serve in, never theirs."""
    posts = set(words()["posting_roles"])
    found: set[int] = set()
    after = False
    for k, t in enumerate(toks):
        prev = toks[k - 1] if k else None
        if prev is not None and prev.i + 1 == t.i and after and (t.lower_ in DETS or t.is_title):
            found.add(t.i)
            continue
        after = (
            prev is not None
            and prev.i + 1 == t.i
            and prev.lower_ in posts
            and t.lower_ in {"to", "for"}
        )
    return found


def posting_country(toks: list[Token], gz: Gazetteer) -> str | None:
    """The country a diplomat's title posts them to ("the ambassador to France" -> FRA)."""
    posted = posting_tokens(toks)
    return next(
        (
            c
            for t in toks
            if t.i in posted and (c := gz.demonym(t.text) or gz.place_country(t.text)) is not None
        ),
        None,
    )


def _party_tag(doc: Doc, text: str, m: Mention) -> range | None:
    """The tokens of a party-state tag right after a name ("Tom Barlow (R-Ark.)", "Ann Cole,
    D-N.Y.,"), or None. ``text``: the doc's text, read once by the caller (``Doc.text`` joins
    every token)."""
    tokens = tokens_of(doc)
    letters = "".join(words()["party_tags"]["letters"])
    tail = text[m.end : m.end + 40]
    found = re.match(rf"\s*[(,]\s*[{letters}]\s*-\s*[A-Z][\w.' ]{{0,24}}?[),]", tail)
    if found is None:
        return None
    end = m.end + found.end()
    stop = m.te
    while stop < len(doc) and tokens[stop].idx < end:
        stop += 1
    return range(m.te, stop)


def titles(doc: Doc, clusters: list[Cluster], gz: Gazetteer) -> None:
    text = text_of(doc)
    org_at = {
        i: idx
        for idx, c in enumerate(clusters)
        if c.label == "ORG"
        for m in c.mentions
        for i in range(m.ts, m.te)
    }
    place_at = {
        i: idx
        for idx, c in enumerate(clusters)
        if c.label == "GPE"
        for m in c.mentions
        if m.kind == "name"
        for i in range(m.ts, m.te)
    }
    tagged: set[int] = set()  # the tokens of party-state tags
    kinds = body_kinds(clusters, lambda m: title_tokens(doc, m))
    for c in clusters:
        if c.label not in {"PERSON", "ORG"}:
            continue
        for m in c.mentions:
            if m.kind != "name":
                continue
            toks = title_tokens(doc, m, whole=c.label != "PERSON")
            tag = _party_tag(doc, text, m) if c.label == "PERSON" else None
            if tag is not None:  # "(R-Ark.)": a party and a state, not a title
                toks = [t for t in toks if t.i not in tag]
                c.country = c.country or words()["party_tags"]["country"]
                tagged.update(tag)
            if c.label == "PERSON":
                _affiliate(doc, text, clusters, c, m, toks, org_at, kinds, gz)
            role, country, counterpart = role_and_country(toks, gz, org_at)
            # a body's own words ("X, a Washington think tank") before the dateline's place
            # the parser hung on it ("BEIJING - X")
            own = (
                role_and_country(title_tokens(doc, m), gz, org_at)[1] if c.label == "ORG" else None
            )
            country = own or country
            if c.label == "PERSON" and c.gender is None:
                c.gender = _gender_of(toks)
            if c.label == "PERSON" and counterpart and role is None:
                role = _counterpart_role(doc, m, clusters)
            if role and c.label == "PERSON" and c.role is None:
                c.role = role
            country = country or _national_title(toks)
            if country and c.country is None:
                c.country = country
            if c.label == "PERSON":
                _person_country(doc, text, clusters, c, m, toks, place_at, gz)
    # the state of a tag ("Okla." in "(R-Okla.)") says whom a lawmaker represents: no actor
    for c in clusters:
        if c.label != "PERSON":
            c.mentions = [m for m in c.mentions if m.ts not in tagged]


def _affiliate(
    doc: Doc,
    text: str,
    clusters: list[Cluster],
    c: Cluster,
    m: Mention,
    toks: list[Token],
    org_at: dict[int, int],
    kinds: dict[int, set[str]],
    gz: Gazetteer,
) -> None:
    """The body a person's title says they speak for, or the country it says they belong to:
    the owner a possessive names ("Its captain, X", "The company's director, X"), else a body
    named in the title ("Hamas official X"), else one named by its generic word alone
    ("ministry spokeswoman X")."""
    if c.affiliation is None and c.country is None:
        owner = owner_of(doc, text, clusters, kinds, toks, m, gz)
        if owner is not None and clusters[owner].label == "ORG":
            c.affiliation = owner
        elif owner is not None:
            c.country = clusters[owner].country
    if c.affiliation is None:
        c.affiliation = next((org_at[t.i] for t in toks if t.i in org_at), None)
    if c.affiliation is None:
        c.affiliation = _body_of_title(text, toks, m, clusters)
    if c.affiliation is None:
        c.affiliation = _body_after(doc, m, org_at)


def _body_after(doc: Doc, m: Mention, org_at: dict[int, int]) -> int | None:
    """The body named right after a person's name by "of" or "at" ("Tom Reed of the Brazilian
    Foreign Ministry", "Ana Rios, at the Andes Policy Institute,"): the one they work for."""
    tokens = tokens_of(doc)
    i = m.te + (1 if m.te < len(doc) and tokens[m.te].text == "," else 0)
    if i >= len(doc) or tokens[i].lower_ not in {"of", "at"}:
        return None
    i += 1 + (1 if i + 1 < len(doc) and tokens[i + 1].lower_ == "the" else 0)
    if i not in org_at or (i > 0 and org_at.get(i - 1) == org_at[i]):
        return None  # the body must start there, not run on from before
    return org_at[i]


def _person_country(
    doc: Doc,
    text: str,
    clusters: list[Cluster],
    c: Cluster,
    m: Mention,
    toks: list[Token],
    place_at: dict[int, int],
    gz: Gazetteer,
) -> None:
    """The country a person's title posts them to (``Cluster.posted``), and, for one who speaks
    for no body and has no country yet, the one of the minister's office the sentence before
    names (:func:`office_country`) or of the country named after the name by "of"."""
    c.posted = c.posted or posting_country(toks, gz)
    if c.affiliation is None and c.country is None:
        c.country = office_country(doc, text, clusters, toks, m, gz) or _country_after(
            doc, m, place_at, clusters, gz
        )


def _country_after(
    doc: Doc, m: Mention, place_at: dict[int, int], clusters: list[Cluster], gz: Gazetteer
) -> str | None:
    """The country named right after a person's name by "of" ("Foreign Minister Ana Ruiz of
    Peru", "President Tom Ash of the United States"): the one the person belongs to; None when
    the name goes on into something it owns ("of Peru's ministry"), and for a town (a town
    abroad may be a US namesake) or a US state that shares a country's name ("Georgia"); a US
    state of no country's name ("of Ohio") is the United States."""
    tokens = tokens_of(doc)
    i = m.te
    if i >= len(doc) or tokens[i].lower_ != "of":
        return None
    i += 1 + (1 if i + 1 < len(doc) and tokens[i + 1].lower_ == "the" else 0)
    idx = place_at.get(i)
    if idx is None or place_at.get(i - 1) == idx:
        return None  # the place must start there, not run on from before
    end = i
    while end < len(doc) and place_at.get(end) == idx:
        end += 1
    if end < len(doc) and tokens[end].lower_ in {"'s", "\u2019s", "'"}:
        return None
    place = clusters[idx]
    if gz.us_state(place.name) and gz.country(place.name) is None and place.country == "USA":
        return place.country  # "Senator Ann Cole of Ohio": a state no country shares
    if gz.country(place.name) is None or gz.us_state(place.name):
        return None
    return place.country


def _body_of_title(text: str, toks: list[Token], m: Mention, clusters: list[Cluster]) -> int | None:
    """The body a title names by its generic word alone ("ministry spokeswoman X", "the
    embassy's spokesman X"): the organisation with that head word named last before ``m``, in
    its paragraph or the one before (a named body, not a group: "police spokeswoman X" speaks
    for no one named); None when there is none."""
    heads = set(words()["generic_org_heads"])
    wanted = {t.lower_ for t in toks if t.lower_ in heads and t.pos_ in {"NOUN", "PROPN"}}
    if not wanted:
        return None
    found = (
        idx
        for idx, c in enumerate(clusters)
        if c.key.startswith("org:") and head_word(c.name) in wanted
    )
    return latest_before(text, clusters, found, m, 2)


def _national_title(toks: list[Token]) -> str | None:
    """The country of a title only one country's officials hold ("Secretary of Defense")."""
    phrase = " ".join(t.lower_ for t in toks if not t.is_punct)
    for title, country in words()["national_titles"].items():
        if phrase == title or phrase.endswith(" " + title):
            return country
    return None


def national_context(doc: Doc, clusters: list[Cluster], gz: Gazetteer) -> None:
    """Countries from the body a person speaks for and from the story's national context.

    A person whose title names a body of one country takes it ("White House press secretary
    Dana Welles"). A story whose national bodies and party-state tags all (or mostly) point to
    one country is that country's story: the bodies that name no country ("the House") and the
    holders of seats in them ("House Speaker Carl Mendez", a senator) with no country of their
    own are that country's."""
    for c in clusters:
        if c.label == "PERSON" and c.country is None and c.affiliation is not None:
            c.country = clusters[c.affiliation].country
    evidence: Counter[str] = Counter()
    text = text_of(doc)
    for c in clusters:
        info = gz.org(c.name) if c.label == "ORG" else None
        if (
            c.country
            and c.mentions
            and (
                (info is not None and info.sector in {"GOV", "LEG"})
                or (c.label == "ORG" and gz.metonym(c.name) is not None)
            )
        ):
            evidence[c.country] += 1
        elif c.label == "PERSON" and any(
            _party_tag(doc, text, m) for m in c.mentions if m.kind == "name"
        ):
            evidence[words()["party_tags"]["country"]] += 1
    ranked = evidence.most_common()
    if not ranked or ranked[0][1] <= sum(n for _, n in ranked[1:]):
        return
    home = ranked[0][0]
    bodies, seats = set(words()["national_bodies"]), set(words()["national_roles"])
    for c in clusters:
        if c.country is not None or not c.mentions:
            continue
        if (c.label == "ORG" and c.name.casefold() in bodies and may_hold(c.name, home)) or (
            c.label == "PERSON" and c.role is not None and _seat(c.role, gz) in seats
        ):
            c.country = home


def _seat(role: str, gz: Gazetteer) -> str | None:
    """The normalised role of a title ("senator" of "sen.")."""
    info = gz.role(role)
    return info.role if info is not None else role


def _gender_of(toks: list[Token]) -> str | None:
    """The gender a title or apposition says ("spokeswoman", "her husband"), if one does."""
    gendered = words()["gendered_nouns"]
    found = {gendered[t.lower_] for t in toks if t.lower_ in gendered and t.pos_ == "NOUN"}
    return found.pop() if len(found) == 1 else None


def name_generic_bodies(clusters: list[Cluster], gz: Gazetteer) -> None:
    """ "Argentina's Foreign Ministry" is named "Argentine Foreign Ministry": a body named only
    by generic words takes its country's adjective, so two countries' ministries stay apart."""
    for c in clusters:
        if c.label != "ORG" or c.country is None or gz.org(c.name) is not None:
            continue
        if generic_name(c.name):
            adj = gz.adjective(c.country)
            if adj:
                c.name = f"{adj} {c.name}"


def _counterpart_role(doc: Doc, m: Mention, clusters: list[Cluster]) -> str | None:
    """ "his counterpart X": X has the role of the person the counterpart is compared with."""
    tokens = tokens_of(doc)
    sent = sentence(tokens[m.ts])
    best = None
    for c in clusters:
        if c.label == "PERSON" and c.role:
            for o in c.mentions:
                if sent.start <= o.ts < m.ts:
                    best = c.role
    return best


# labels whose entities act as organisations or groups (places and peoples get no sector)
_GROUP_LABELS = frozenset({"ORG", "OTHER"})


def sectors(clusters: list[Cluster], gz: Gazetteer) -> None:
    """Fill ``Cluster.sector`` where it is open: organisations and groups first (the gazetteer,
    else the keyword rules on the name), then people (see :func:`_person_sector`)."""
    for c in clusters:
        if c.sector is None and c.label in _GROUP_LABELS:
            info = gz.org(c.name)
            c.sector = info.sector if info is not None else sector_of_name(c.name)
    for c in clusters:
        if c.sector is None and c.label == "PERSON":
            c.sector = _person_sector(c, clusters, gz)


def _person_sector(c: Cluster, clusters: list[Cluster], gz: Gazetteer) -> str | None:
    """A person's sector from their title: the organisation they speak for when the title is one
    of ``speaks_for_roles`` ("Hamas official", "a spokesman for the army"), else the keyword
    rules on the title's words ("rebel commander" -> REB, "union leader" -> LAB), else the
    title's sector in ``roles.tsv`` ("general" -> MIL). No title, no sector."""
    if not c.role:
        return None
    info = gz.role(c.role)
    if info is not None and info.role in words()["speaks_for_roles"] and c.affiliation is not None:
        org = clusters[c.affiliation].sector
        if org is not None:
            return org
    return sector_of_words(c.role) or (info.sector if info is not None else None) or None
