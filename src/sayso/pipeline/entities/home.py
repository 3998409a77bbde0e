"""The story's home country, and the countries of the actors it leaves unmarked.

A news story is filed from somewhere and is mostly about one country. Its dateline ("ABUJA -",
"MANILA (Agency) -") says where; without one, the countries its actors belong to say it when one
of them clearly dominates. An analyst codes the local actors the story does not mark with a
country (a governor, a party spokesman, a provincial town, the electoral commission) as that
country's, and so does :func:`home_country_fill`. It never overrides a country the text or the
gazetteer gives (a body named for a person of the story takes that person's country first),
never touches an actor the gazetteer lists (an international body such as the
EU, an official of one), nor one who speaks for a body of no country ("NATO's Mark Rutte"),
nor a visitor (a person whose journey the story says goes to the home country).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ...nlp import (
    children_of,
    root_of,
    sentence,
    sentence_before,
    subtree_of,
    text_of,
    tokens_of,
)
from .clusters import head_word
from .model import DATELINE, Cluster, indefinite, may_govern, may_hold, may_sit, words
from .roles import title_tokens
from .stations import call_sign_country

_SPACES = re.compile(r"\s*")


def _past_spaces(raw: str, i: int) -> int:
    """The offset of the first character at or after ``i`` that is not white space."""
    m = _SPACES.match(raw, i)
    return m.end() if m else i


# labels of the actors that take the home country when nothing marks theirs
_FILLED = frozenset({"PERSON", "ORG", "GPE", "FAC"})
# the dominant country must have this many mentions, and this many times the runner-up's
_MIN_MENTIONS = 3
_ONLY_MENTIONS = 2  # mentions of its places and bodies enough when no other country is named
_MARGIN = 2
_OWN_MARKS = {"GPE", "LOC", "FAC", "NORP"}  # what names a country's own places and people
_STATE_OUTWEIGHS = 3  # how many times the US's mentions outnumber abroad's in a state's story
_MARKERS = 2  # different phrases of one country's local news that make it the home


def dateline_country(doc: Doc, gz: Gazetteer, clusters: list[Cluster]) -> str | None:
    """The country of the story's dateline place ("ABUJA -" -> NGA), if the first lines hold
    one that the gazetteer or the story's own clusters place in a country."""
    head = text_of(doc)[:400]
    story: _Namesakes | None = None
    for found in DATELINE.finditer(head):
        place = found.group(1).strip()
        if place.isupper() is False or len(place) < 3:
            continue
        country = gz.place_country(place.title()) or gz.place_country(place)
        if country is not None:
            story = story or _Namesakes.of(clusters, gz)
            if us_namesake(place, country, story):
                country = "USA"
        if country is None:
            start = found.start(1)
            country = next(
                (
                    c.country
                    for c in clusters
                    if c.label == "GPE"
                    for m in c.mentions
                    if m.start == start
                ),
                None,
            )
        if country is not None:
            return country
    return None


def dominant_country(clusters: list[Cluster]) -> str | None:
    """The country most of the story's marked actors and places belong to, when it clearly
    dominates (counted by mentions), or the only one named, when places or bodies in it (not
    the country's own name: a story about Chile is not Chile's) are named twice."""
    counts = _marked_counts(clusters)
    ranked = counts.most_common(2)
    support = [
        c
        for c in clusters
        if ranked
        and c.country == ranked[0][0]
        and c.label in _FILLED
        and not c.key.startswith("gpe:")
    ]
    top = max((len(c.mentions) for c in clusters if c.label == "PERSON"), default=0)
    if len(support) == 1 and support[0].label == "PERSON" and len(support[0].mentions) < top:
        # one person from abroad ("an immigrant from Peru") is not the story's home, unless
        # the story is about them (no one is named more often)
        return None
    inside = sum(len(c.mentions) for c in support)
    if len(ranked) == 1 and inside >= _ONLY_MENTIONS:
        return ranked[0][0]  # the only country, its places or bodies named twice
    if not ranked or ranked[0][1] < _MIN_MENTIONS:
        return None
    if len(ranked) > 1 and ranked[0][1] < _MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


def marker_country(doc: Doc, clusters: list[Cluster], gz: Gazetteer) -> str | None:
    """The country of a story that names no other country (or none at all), when two
    different phrases only that country's local news uses say it ("the county sheriff's
    office", "the district attorney", "Interstate 5", "the 400 block of", a station's call
    sign), or one such phrase and a body or place the story names in it ("the Ohio State
    Patrol", "in Ohio"): a local court or police story from a newspaper there."""
    marked = set(_marked_counts(clusters))
    found = [
        iso
        for iso in words()["national_markers"]
        if marked <= {iso} and _marker_count(doc, clusters, gz, iso) >= _MARKERS
    ]
    return found[0] if len(found) == 1 else None


def _marker_count(
    doc: Doc, clusters: list[Cluster], gz: Gazetteer, iso: str, skip: Cluster | None = None
) -> int:
    """How many different kinds of evidence of ``iso``'s local news the story holds: each
    marker phrase or pattern, a call sign of its broadcasters, a body of it, a place in it (not
    the country's own name; ``skip``: a place whose country is in question)."""
    raw = text_of(doc).replace("\u2019", "'")
    table = words()
    hits = [
        [h.start() for h in re.finditer(rf"\b{re.escape(p)}\b", raw, re.IGNORECASE)]
        for p in table["national_markers"][iso]
    ]
    starts = {i for found in hits for i in found}
    seen = sum(1 for found in hits if found)
    # a pattern read as the head of a marker phrase ("Marrow County State's Attorney") is
    # that one phrase, no second mark
    seen += sum(
        1
        for p in table["national_marker_patterns"].get(iso, [])
        if any(_past_spaces(raw, m.end()) not in starts for m in re.finditer(p, raw))
    )
    seen += iso in _call_sign_countries(clusters, gz, raw)
    seen += any(
        c.country == iso
        and c is not skip
        and c.label in _FILLED
        and (not c.key.startswith("gpe:") or (c.label == "GPE" and gz.country(c.name) != iso))
        for c in clusters
        if c.mentions
    )
    return seen


def _call_sign_countries(clusters: list[Cluster], gz: Gazetteer, raw: str) -> set[str]:
    """The countries of the broadcasters' call signs the story names as a body ("WXYZ-TV",
    "KXYZ 4", "station WXYZ") or as a dateline's source ("(WXYZ) -")."""
    heads = [c.name.split()[0] for c in clusters if c.label == "ORG" and c.name.split()]
    heads += re.findall(r"\((?:via\s+)?([A-Z]{4})\)", raw)  # a dateline's source: "(WXYZ) -"
    return {iso for head in heads if (iso := call_sign_country(head, raw, gz)) is not None}


@dataclass(frozen=True)
class _Namesakes:
    """What :func:`us_namesake` reads of a story, found once: whether it names a US state, and
    by country the names of its actors that would place a namesake town abroad (none itself a
    namesake's name nor naming a US state)."""

    names_state: bool
    abroad: dict[str, tuple[str, ...]]

    @staticmethod
    def of(clusters: list[Cluster], gz: Gazetteer) -> _Namesakes:
        namesakes = words()["us_namesakes"]
        abroad: dict[str, list[str]] = {}
        for c in clusters:
            if (
                c.mentions
                and c.country is not None
                and c.name.casefold() not in namesakes
                and not names_us_state(c.name, gz)
            ):
                abroad.setdefault(c.country, []).append(c.name)
        return _Namesakes(
            names_state=any(c.label == "GPE" and gz.us_state(c.name) for c in clusters),
            abroad={iso: tuple(names) for iso, names in abroad.items()},
        )


def us_namesake(name: str, country: str, story: _Namesakes) -> bool:
    """Whether a city abroad that US towns are named after ("Bristol") is the US town here: the
    story names a US state and nothing else of the city's country."""
    if country == "USA" or name.casefold() not in words()["us_namesakes"]:
        return False
    # the town's own bodies ("Bristol police") say nothing of the city abroad
    moved = {name.casefold(): country}
    others = any(not _town_body(n, country, moved) for n in story.abroad.get(country, ()))
    return story.names_state and not others


def _town_body(name: str, country: str, moved: dict[str, str]) -> bool:
    """Whether a body's name opens with or ends in "of" a town just moved to the US from the
    country the body has ("Bristol police", "the Council of Bristol")."""
    words_ = name.casefold().split()
    for town, was in moved.items():
        n = len(town.split())
        if (
            was == country
            and len(words_) > n
            and (
                " ".join(words_[:n]) == town
                or (" ".join(words_[-n:]) == town and words_[-n - 1] == "of")
            )
        ):
            return True
    return False


def _move_namesakes(clusters: list[Cluster], gz: Gazetteer) -> None:
    """The US towns named after cities abroad (:func:`us_namesake`) and their bodies move to
    the US."""
    moved: dict[str, str] = {}
    story = _Namesakes.of(clusters, gz)
    for c in clusters:
        if c.label == "GPE" and c.country and us_namesake(c.name, c.country, story):
            moved[c.name.casefold()] = c.country
            c.country = "USA"  # "Bristol" in a story of a Connecticut town
    for c in clusters:
        if (
            c.label == "ORG"
            and c.country
            and c.country in moved.values()
            and (_town_body(c.name, c.country, moved) or names_us_state(c.name, gz))
        ):
            c.country = "USA"  # "the Bristol police", "the Council of Bristol": the town's;
            # "the University of New Hampshire, Manchester": a body a US state names


def names_us_state(name: str, gz: Gazetteer) -> bool:
    """Whether a body's name holds a US state's full name that is no country's ("the
    University of New Hampshire", "North Carolina State"; not "Bank of Georgia")."""
    words_ = name.split()
    for n in (2, 1):
        for i in range(len(words_) - n + 1):
            run = " ".join(words_[i : i + n])
            if len(run) > 4 and gz.us_state(run) and not gz.country(run):
                return True
    return False


def _move_state_namesakes(doc: Doc, clusters: list[Cluster], gz: Gazetteer) -> None:
    """A US state named like a country ("Georgia") is the state in a story that names nothing
    else of that country, when a mark ties the name to the state (:func:`_state_tied`: "Elm
    Grove, Ga.") or, naming no other country but the US, the story is US local news by two
    different marks ("the Glynn County police" and "the 400 block of") or by a US city of the
    tables ("Atlanta"), which may name a little of abroad when the US far outweighs it: one
    "County" is no more than a county of some country. The people and bodies the state's name
    gave the country to ("a Georgia businessman") go with it; a place, a people or a listed
    person of the country itself keeps the name the country's."""
    raw = text_of(doc).replace("\u2019", "'")
    for c in clusters:
        if (
            c.label != "GPE"
            or c.country in {None, "USA"}
            or not (postal := gz.us_state(c.name))
            or gz.country(c.name) != c.country
        ):
            continue
        namesake = c.country
        others = any(
            d is not c
            and d.country == namesake
            and (d.label in _OWN_MARKS or _listed_of(d, namesake, gz))
            for d in clusters
            if d.mentions
        )
        if others:
            continue  # "Tbilisi", "Georgian": a place or a people of the country itself
        counts = _marked_counts(clusters)
        abroad = set(counts) - {namesake, "USA"}
        # a US story that names a US city of the tables and far more of the US than of
        # anywhere else ("an immigrant from Peru" aside) is about the state too
        outweighed = counts["USA"] > _STATE_OUTWEIGHS * sum(counts[k] for k in abroad)
        if _state_tied(raw, c.name, postal, gz) or (
            (not abroad and _marker_count(doc, clusters, gz, "USA", skip=c) >= _MARKERS)
            or ((not abroad or outweighed) and _us_city_named(clusters, gz))
        ):
            c.country = "USA"
            for d in clusters:  # "a Georgia businessman", "a group in Georgia": the state's
                if d.country == namesake and d.label in {"PERSON", "ORG"}:
                    d.country = "USA"


def _listed_of(c: Cluster, country: str, gz: Gazetteer) -> bool:
    """Whether ``c`` is a person the tables list as of ``country``."""
    info = gz.person(c.name) if c.label == "PERSON" else None
    return info is not None and info.country == country


def _us_city_named(clusters: list[Cluster], gz: Gazetteer) -> bool:
    """Whether the story names a US city of the tables ("Atlanta", "Savannah"): not the capital,
    which the news of every country names, nor a city that shares a state's name."""
    return any(
        d.label == "GPE"
        and d.mentions
        and gz.place(d.name) == "USA"
        and not gz.us_state(d.name)
        and not gz.capital(d.name)
        and not gz.country(d.name)
        for d in clusters
    )


def _state_tied(raw: str, name: str, postal: str, gz: Gazetteer) -> bool:
    """Whether the text writes the state as only a state is written: its abbreviation or postal
    code after a town ("Elm Grove, Ga.", "Elm Grove, GA"), or its name after a county's
    ("Glynn County, Georgia")."""
    codes = [postal, *filter(None, [gz.state_abbreviation(postal)])]
    after_town = "|".join(re.escape(code) for code in codes)
    if re.search(rf"[A-Z][a-z]+,\s+(?:{after_town})(?![A-Za-z])", raw):
        return True
    return re.search(rf"\bCounty,\s+{re.escape(name)}\b", raw) is not None


def home_country_fill(doc: Doc, clusters: list[Cluster], gz: Gazetteer) -> None:
    """Give the story's home country to the named local actors with none of their own."""
    _named_for_people(clusters)
    _introduced_bodies(doc, clusters, gz)
    _move_namesakes(clusters, gz)
    _move_state_namesakes(doc, clusters, gz)
    home = dateline_country(doc, gz, clusters)
    if home is not None and _outnumbered(home, clusters):
        return  # filed from one country about another ("MANILA - ... Myanmar's generals")
    home = home or dominant_country(clusters) or marker_country(doc, clusters, gz)
    _listed_towns(doc, clusters)  # after the home: the towns it gives leave the home as it is
    if home is None:
        return
    _country_named_towns(clusters, gz, home)
    _common_party_names(clusters, gz, home)
    abroad = _capital_dateline(doc, gz) and _about_abroad(home, clusters)
    cited = {id(c) for c in clusters if abroad and c.label == "ORG" and _cited_outlet(c)}
    for c in clusters:
        if c.label == "ORG" and _unmarked(c, gz) and id(c) not in cited:
            c.country = _seat(c, home, clusters)
    for c in clusters:
        if c.label == "PERSON" and c.country is None and c.affiliation is not None:
            c.country = clusters[c.affiliation].country
    for c in clusters:
        if c.label not in _FILLED or not _unmarked(c, gz) or id(c) in cited:
            continue
        if c.label == "PERSON":
            c.country = _person_default(doc, c, clusters, gz, home)
        elif c.label == "GPE" and gz.country(c.name) is not None:
            continue
        elif c.label == "FAC":
            c.country = _seat(c, home, clusters)  # "the Capitol": only some countries' hall
        elif c.label != "ORG" or may_hold(c.name, home):
            # no "Congress" in a story from a country whose legislature is not so named
            c.country = home
    for c in clusters:
        if c.label == "LOC" and _unmarked(c, gz) and _local_feature(doc, c, gz):
            c.country = home
    _named_for_people(clusters)  # again, now the home country filled its people's


def _country_named_towns(clusters: list[Cluster], gz: Gazetteer, home: str) -> None:
    """A town's own body whose name opens with a country's name ("the Lebanon Public Library",
    "Cuba Township") in a story of another home that names nothing else of that country
    is the body of a home town named after the country: the home's."""
    local = set(words()["town_body_words"])
    for c in clusters:
        if c.label not in {"ORG", "FAC"} or c.country in {None, home} or gz.org(c.name):
            continue
        words_ = c.name.split()
        opens = next(
            (n for n in (2, 1) if len(words_) > n and gz.country(" ".join(words_[:n]))), None
        )
        if opens is None or gz.country(" ".join(words_[:opens])) != c.country:
            continue
        if not any(w.casefold() in local for w in words_[opens:]):
            continue
        if any(d is not c and d.country == c.country for d in clusters if d.mentions):
            continue  # a story that names the country's places, people or bodies besides
        c.country = home


def _capital_dateline(doc: Doc, gz: Gazetteer) -> bool:
    """Whether the story's dateline place is a country's capital ("WASHINGTON -"), where bureaus
    report the world's news."""
    for found in DATELINE.finditer(text_of(doc)[:400]):
        place = found.group(1).strip()
        if place.isupper() and len(place) >= 3:
            return gz.capital(place.title()) is not None or gz.capital(place) is not None
    return False


def _about_abroad(home: str, clusters: list[Cluster]) -> bool:
    """Whether another country's marked actors and places are named at least as often as the
    home's: a story from a capital about abroad."""
    counts = _marked_counts(clusters, people=False)
    return any(n >= counts[home] for iso, n in counts.items() if iso != home)


def _cited_outlet(c: Cluster) -> bool:
    """A news outlet the tables do not know ("Kestrel Television", "the Harbour Gazette"), named
    once: in a story about abroad, a source the story cites, which says nothing of its home."""
    media = set(words()["media_name_words"]) - set(words()["org_name_words"])
    names = [m for m in c.mentions if m.kind == "name"]
    return len(names) == 1 and c.name.split()[-1].casefold() in media


def _common_party_names(clusters: list[Cluster], gz: Gazetteer, home: str) -> None:
    """A party the tables list under a name that parties of many countries bear ("the
    Democratic Party", "the Labour Party": every word a common one), in a story of another home
    that names nothing else of the table's country, is the home's party of that name."""
    common = set(words()["common_party_words"])
    for c in clusters:
        info = gz.org(c.name) if c.label == "ORG" else None
        if info is None or info.sector != "PTY" or info.country in {None, home}:
            continue
        if not all(w.casefold() in common for w in c.name.split()):
            continue
        if any(d is not c and d.country == info.country for d in clusters if d.mentions):
            continue  # a story that names the party's country's places, people or bodies
        c.country = home


def _person_default(
    doc: Doc, c: Cluster, clusters: list[Cluster], gz: Gazetteer, home: str
) -> str | None:
    """The country a person with none of their own takes from the story's home: none for an
    official of a body of no country ("NATO's X"), a visitor ("X ... during his trip to
    <home>") or a diplomat posted to the home ("the ambassador to <home>"); for a seat in a
    legislature the home has none of ("Senator X" in a story from Beijing) the one country of
    the story that has one, if one does; none for an office the home's state has none of
    ("Prime Minister X", "Foreign Minister X" in a story from Washington), or for a diplomat
    ("Ambassador X"), who may be posted to the home; else the home."""
    if _named_affiliation(c, clusters) or _international_title(doc, c, gz):
        return None
    if _visitor(doc, c, clusters, home) or c.posted == home:
        return None
    # the title's own words: the normalised role may say "minister" of a secretary
    titles = [
        " ".join(t.lower_ for t in title_tokens(doc, m)) for m in c.mentions if m.kind == "name"
    ]
    seats = [c.role, *titles]
    posts = set(words()["posting_roles"])
    if any(w in posts for title in seats for w in (title or "").split()):
        return None  # "Ambassador X": a diplomat serves abroad, the home may be their post
    if not all(may_sit(title, home) for title in seats):
        seated = {
            iso for iso in _marked_counts(clusters) if all(may_sit(title, iso) for title in seats)
        }
        return seated.pop() if len(seated) == 1 else None
    return home if all(may_govern(title, home) for title in titles) else None


def _visitor(doc: Doc, c: Cluster, clusters: list[Cluster], home: str) -> bool:
    """Whether a sentence that names the person holds their journey to the home country ("X
    ... during his trips to <home>", "X's visit to <a town of home>"): a visitor is no local.
    The journey is theirs when its possessor is their name or a pronoun of theirs."""
    journeys = set(words()["visit_nouns"])
    pronouns = words()["pronouns"]
    places = {
        i
        for o in clusters
        if o.label == "GPE" and o.country == home
        for m in o.mentions
        for i in range(m.ts, m.te)
    }
    names = {i for m in c.mentions if m.kind == "name" for i in range(m.ts, m.te)}
    country = {
        i
        for o in clusters
        if o.label == "GPE" and Gazetteer.default().country(o.name) == home
        for m in o.mentions
        for i in range(m.ts, m.te)
    }
    if _arrives(doc, c, places, country):
        return True
    for m in c.mentions:
        if m.kind != "name":
            continue
        for tok in doc[m.ts].sent:
            if tok.lower_ not in journeys or tok.pos_ != "NOUN":
                continue
            owner = next((t for t in children_of(tok) if t.dep_ == "poss"), None)
            if owner is None:
                continue
            if owner.i not in names and not _theirs(owner.lower_, c, pronouns):
                continue
            if any(
                p.lower_ == "to" and any(o.i in places for o in children_of(p) if o.dep_ == "pobj")
                for p in children_of(tok)
            ):
                return True
    return False


def _arrives(doc: Doc, c: Cluster, places: set[int], country: set[int]) -> bool:
    """Whether the person comes to the home country by a verb of the name's own clause ("X
    arrived", "X, who arrived from Y,", "Visiting Minister X", "X, visiting <the home>,"): a
    verb of visiting says so only when it has no object or the home country itself (``country``:
    its name's tokens), for a local tours the towns of their own ("the premier visited Leeds").
    ``places``: the tokens of the home's places, where an errand is not (:func:`_errand`)."""
    comings = set(words()["arrival_verbs"])
    for m in c.mentions:
        if m.kind != "name":
            continue
        root = root_of(doc, m.ts, m.te)
        verbs = [t for t in children_of(root) if t.dep_ in {"relcl", "acl", "amod"}]
        if root.dep_ in {"nsubj", "nsubjpass"}:
            verbs.append(root.head)
        verbs += [t for t in subtree_of(root) if t.i < m.ts and t.dep_ == "amod"]  # "Visiting"
        for verb in verbs:
            if verb.lemma_.lower() not in comings:
                continue
            if _errand(verb, places):
                continue
            objects = [t for t in children_of(verb) if t.dep_ == "dobj"]
            if verb.lemma_.lower() != "visit" or all(o.i in country for o in objects):
                return True
    return False


def _errand(verb: Token, places: set[int]) -> bool:
    """Whether a verb of coming goes to a site named by a common noun after "at", "on" or "to"
    ("arrived at the scene", "on the scene", "late to the meeting"; not "to the city" nor "to
    the capital", a settlement's or a country's noun) and names no place of the home nor one
    it comes from: a local's errand, no journey into the country."""
    # the parser may hang the site on an adverb of the verb ("arrived late to the meeting")
    heads = [verb, *(c for c in children_of(verb) if c.dep_ == "advmod")]
    preps = [c for h in heads for c in children_of(h) if c.dep_ == "prep"]
    if any(p.lower_ == "from" for p in preps):
        return False
    towns = set(words()["settlement_nouns"]) | set(words()["destination_nouns"])
    sites = [
        o
        for p in preps
        if p.lower_ in {"at", "on", "to"}
        for o in children_of(p)
        if o.dep_ == "pobj" and o.pos_ == "NOUN" and not (p.lower_ == "to" and o.lower_ in towns)
    ]
    return bool(sites) and not any(t.i in places for o in sites for t in subtree_of(o))


def _theirs(word: str, c: Cluster, pronouns: dict[str, str]) -> bool:
    """Whether a possessive pronoun ("his", "her") may stand for the person (by gender)."""
    return word in {"his", "her"} and c.gender in (None, pronouns.get(word))


def _seat(c: Cluster, home: str, clusters: list[Cluster]) -> str | None:
    """The country of a body or building with none of its own: the home's, unless the name is
    of a legislature (or its hall) the home's is not ("Congress" in a story filed from
    Jerusalem), then the one country of the story that names its legislature so, if one does."""
    if may_hold(c.name, home):
        return home
    named = {iso for iso in _marked_counts(clusters) if may_hold(c.name, iso)}
    return named.pop() if len(named) == 1 else None


def _listed_towns(doc: Doc, clusters: list[Cluster]) -> None:
    """A place of no country listed beside two or more places of one country and of no other
    ("Leeds, Elmbury and York") is a place of that country."""
    tokens = tokens_of(doc)
    place_at = {
        m.te - 1: idx
        for idx, c in enumerate(clusters)
        if c.label == "GPE"
        for m in c.mentions
        if m.kind == "name"
    }
    for idx, c in enumerate(clusters):
        if c.label != "GPE" or c.country is not None:
            continue
        for m in c.mentions:
            if m.kind != "name":
                continue
            root = tokens[m.te - 1]
            while root.dep_ == "conj" and root.head.i != root.i:
                root = root.head
            listed: set[int] = set()
            todo = [root]
            while todo:
                t = todo.pop()
                k = place_at.get(t.i, idx)
                if k != idx and clusters[k].country is not None:
                    listed.add(k)
                todo.extend(d for d in children_of(t) if d.dep_ == "conj")
            countries = {clusters[k].country for k in listed}
            if len(listed) >= 2 and len(countries) == 1:
                c.country = countries.pop()
                break


def _named_for_people(clusters: list[Cluster]) -> None:
    """A body or building of no country whose name opens with the surname of people the story
    names in full, all of one country ("the Hale Foundation", "Hale Tower" beside "Ann Hale"),
    is named for them: their country."""
    people: dict[str, set[str | None]] = {}
    for c in clusters:
        if c.label == "PERSON" and len(c.tokens) >= 2 and c.mentions:
            people.setdefault(c.tokens[-1], set()).add(c.country)
    for c in clusters:
        if c.label not in {"ORG", "FAC"} or c.country is not None or len(c.tokens) < 2:
            continue
        countries = people.get(c.tokens[0].removesuffix("'s").removesuffix("\u2019s"), set())
        if len(countries) == 1 and None not in countries:
            c.country = next(iter(countries))


def _introduced_bodies(doc: Doc, clusters: list[Cluster], gz: Gazetteer) -> None:
    """A named body of no country first named in the sentence after (or the same as) an
    indefinite phrase of its head noun with a people's word ("sanctions on a Peruvian bank.
    The ministry said Andes Savings Bank had ...") is the body so introduced: that people's
    country, when the phrase names one country and no other body of that head is named there."""
    tokens = tokens_of(doc)
    firsts: dict[int, int] = {}
    for idx, c in enumerate(clusters):
        named = [m.ts for m in c.mentions if m.kind == "name"]
        if c.label == "ORG" and named:
            firsts[idx] = min(named)
    for idx, ts in firsts.items():
        c = clusters[idx]
        if c.country is not None:
            continue
        head = head_word(c.name)
        sent = sentence(tokens[ts])
        before = sentence_before(sent)
        start = before.start if before is not None else sent.start
        if any(
            o != idx and start <= t < sent.end and head_word(clusters[o].name) == head
            for o, t in firsts.items()
        ):
            continue  # two bodies of that kind: the phrase may be the other's
        found: set[str] = set()
        for t in tokens[start:ts]:
            if t.lower_ != head or t.pos_ != "NOUN" or not indefinite(t):
                continue
            found.update(
                iso
                for d in children_of(t)
                if d.dep_ in {"amod", "compound"} and (iso := gz.demonym(d.text)) is not None
            )
        if len(found) == 1:
            c.country = found.pop()


def _named_affiliation(c: Cluster, clusters: list[Cluster]) -> bool:
    """Whether a person speaks for a body the story names ("NATO's X"); a body only a common
    noun names ("an associate of the firm", "the ministry") says nothing of an international one."""
    if c.affiliation is None:
        return False
    return any(m.kind == "name" for m in clusters[c.affiliation].mentions)


def _local_feature(doc: Doc, c: Cluster, gz: Gazetteer) -> bool:
    """Whether a place is a natural feature the tables do not know, named by the noun of its
    kind ("the Dowa River", "the Afar peninsula"): a local one, in the story's home country
    (a strait, a sea or an ocean between countries is no such feature)."""
    if gz.place_country(c.name) is not None:
        return False
    feature = set(words()["feature_nouns"])
    n = len(doc)
    for m in c.mentions:
        if m.kind != "name":
            continue
        if doc[m.te - 1].lower_ in feature and m.te - m.ts >= 2:
            return True
        if m.te < n and doc[m.te].is_lower and doc[m.te].lower_ in feature:
            return True
    return False


def _outnumbered(home: str, clusters: list[Cluster]) -> bool:
    """Whether another country's marked actors and places are named at least ``_MARGIN`` times
    as often as those of the dateline's country: the story is filed from a bureau there, not
    about its country."""
    counts = _marked_counts(clusters, people=False)
    return any(n >= _MARGIN * counts[home] for iso, n in counts.items() if iso != home)


def _marked_counts(clusters: list[Cluster], people: bool = True) -> Counter[str]:
    """Mentions of the story's marked actors and places, by their country (``people``: the
    people's and the buildings' too; a bureau's own officials and the hall they meet in, named
    often, leave its story about abroad)."""
    labels = _FILLED | {"NORP"} if people else {"GPE", "ORG", "NORP"}
    counts: Counter[str] = Counter()
    for c in clusters:
        if c.country is not None and c.label in labels:
            counts[c.country] += len(c.mentions)
    return counts


def _international_title(doc: Doc, c: Cluster, gz: Gazetteer) -> bool:
    """True when a title of the person names a body of no country ("EU envoy X") or says it
    is of none ("European Trade Commissioner X")."""
    intl = set(words()["international_adjectives"])
    for m in c.mentions:
        if m.kind != "name":
            continue
        for t in title_tokens(doc, m):
            info = gz.org(t.text) if t.text[:1].isupper() else None
            if t.lower_ in intl or (info is not None and info.country is None):
                return True
    return False


def _unmarked(c: Cluster, gz: Gazetteer) -> bool:
    """A named actor with no country that the gazetteer does not list."""
    intl = set(words()["international_adjectives"])
    return (
        c.country is None
        and not (c.label == "ORG" and any(w.lower() in intl for w in c.name.split()))
        and any(m.kind == "name" for m in c.mentions)
        and gz.org(c.name) is None
        and gz.person(c.name) is None
    )
