"""Step 2 of the entities stage: clustering. Mentions of one actor become one entity (surnames
join full names, countries join their aliases, the gazetteer gives canonical names).

This module builds and names the clusters and decides, by a mention's type, what it joins: a
person's full name, a place, a people, a body (by its head word, an acronym, an outlet's short
name) or a building. Which full name a bare surname stands for, and when it is ambiguous and
stays an entity of its own, is :mod:`.namesakes`'s (two different full names are never
merged: "Marcus Hale" and "Marcus Hale Jr."). Each mention records how it was resolved
(``Mention.how``: name, surname, alias, nominal).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...gazetteer import Gazetteer
from ...lexicon import vessel_name
from ..quotes import paragraphs
from .collective import region_name
from .model import (
    POSSESSIVE,
    Cluster,
    Mention,
    first_name_gender,
    generic_name,
    words,
)
from .name_countries import compass_part, country_in_name, place_opening
from .namesakes import NamesakeRules, name_core
from .titled import role_after, surname_of, titled_person
from .towns import town_of_body
from .variants import particle_surnames, same_person


def _norm(text: str) -> str:
    t = " ".join(text.replace("\u2019", "'").split())
    t = _SPACED_HYPHEN.sub("-", t)  # "Port - Royal": a page's spacing of "Port-Royal"
    low = t.casefold()
    while low.startswith("the "):
        t, low = t[4:], low[4:]
    if low.endswith("'s"):
        t = t[:-2]
    return t.strip()


_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
# a nickname in quotes between a given name and a surname
_QUOTED_NICKNAME = re.compile("(?<=\\w) [\"'\u201c\u2018][A-Z][\\w .-]*[\"'\u201d\u2019] (?=[A-Z])")

# "the " and the lower-case words of the noun phrase before a mention ("the port " authority)
_THE_BEFORE = re.compile(r"\b[Tt]he ((?:[a-z]+ )*)$")


def head_word(name: str) -> str:
    """The head word of an organisation's name: its institution or generic head ("ministry")."""
    ws = name.lower().split()
    for w in reversed(ws):
        if w in words()["institutions"] or w in words()["generic_org_heads"]:
            return w
    return ws[-1] if ws else ""


def cluster(
    text: str, mentions: list[Mention], gz: Gazetteer, published: str | None
) -> list[Cluster]:
    """The clusters of ``mentions`` (each mention's ``ent`` set to its cluster's index)."""
    return _Clustering(text, gz, published).run(mentions)


class _Clustering(NamesakeRules):
    def __init__(self, text: str, gz: Gazetteer, published: str | None) -> None:
        self.text = text
        self.gz = gz
        self.published = published
        self.clusters: list[Cluster] = []
        self.by_key: dict[str, int] = {}
        self.surnames: list[Mention] = []  # one-word person names, joined after full names
        self.lone: list[Mention] = []  # one-word organisations that may be surnames
        self.people: list[Mention] = []  # the person names, for .titled
        self.titled: list[tuple[Mention, Mention]] = []  # "Sheriff Hale" -> "Tom Hale"
        self.paras = [s for s, _ in paragraphs(text)]
        self.particled: frozenset[str] = frozenset()  # surnames with a particle (.variants)
        self.full_surnames: frozenset[str] = frozenset()  # last words of people named in full
        # a cluster's name -> its name without the ship prefix, case folded, or None for no
        # ship's name (see _ship_named: asked of every cluster for every name mention)
        self._ship_tails: dict[str, str | None] = {}

    def run(self, mentions: list[Mention]) -> list[Cluster]:
        raws = [_norm(self.text[m.start : m.end]) for m in mentions]  # each mention's words, once
        self.particled = particle_surnames(
            [raw for m, raw in zip(mentions, raws, strict=True) if m.label == "PERSON"]
        )
        self.people = [m for m in mentions if m.label == "PERSON" and m.kind == "name"]
        # a listed body's one word that is such a surname may be the person ("X said")
        self.full_surnames = frozenset(
            core[-1].casefold()
            for m, raw in zip(mentions, raws, strict=True)
            if m.label == "PERSON" and m.kind == "name" and len(core := name_core(raw)) >= 2
        )
        for m, raw in zip(mentions, raws, strict=True):
            if raw:
                self._place(m, raw)
        later = sorted([*self.surnames, *self.lone], key=lambda m: m.start)
        lone = {id(m) for m in self.lone}
        for m in later:
            if id(m) in lone:
                self._add_lone(m)
            else:
                self._add_surname(m)
        for m, full in self.titled:
            if full.ent >= 0:
                self._join(m, full.ent, "surname")
        self._one_name_one_actor()
        return self.clusters

    def _one_name_one_actor(self) -> None:
        """A name of two or more words that NER typed once as a person and once otherwise in one
        story ("Bayou La Batre" a place, then a person) is one actor: its mentions join the
        type named most often (on a tie, not the person). A person a title names is kept."""
        by_name: dict[str, list[int]] = {}
        for idx, c in enumerate(self.clusters):
            if len(c.name.split()) >= 2 and c.mentions:
                by_name.setdefault(c.name.casefold(), []).append(idx)
        for idxs in by_name.values():
            people = [i for i in idxs if self.clusters[i].label == "PERSON"]
            if len(idxs) != 2 or len(people) != 1:
                continue  # a person and a place or body of one name (not "ORG" vs "GPE")
            if any(m.titled for m in self.clusters[people[0]].mentions):
                continue
            # the type named most often; on a tie, not the person
            keep = max(
                idxs,
                key=lambda i: (len(self.clusters[i].mentions), self.clusters[i].label != "PERSON"),
            )
            target = self.clusters[keep]
            for i in idxs:
                if i == keep:
                    continue
                for m in self.clusters[i].mentions:
                    m.label = target.label
                    self._join(m, keep, "alias" if m.how == "alias" else "name")
                self.clusters[i].mentions = []
            target.mentions.sort(key=lambda m: m.start)

    def add(self, key: str, name: str, label: str, m: Mention, country: str | None = None) -> None:
        idx = self.by_key.get(key)
        if idx is None:
            idx = len(self.clusters)
            self.by_key[key] = idx
            self.clusters.append(Cluster(name=name, label=label, key=key, country=country))
        c = self.clusters[idx]
        if c.country is None and country is not None:
            c.country = country
        spelled = _norm(self.text[m.start : m.end])
        if c.name.isupper() and not spelled.isupper() and spelled.casefold() == c.name.casefold():
            c.name = spelled  # a dateline's capitals ("VILNIUS -") give way to the story's own
        raw = spelled.casefold()
        if raw in {name.casefold(), ""}:
            how = "name"
        elif label == "PERSON" and set(name_core(raw)) <= {w.casefold() for w in name_core(name)}:
            how = "surname"  # "Trump" given the gazetteer's "Donald Trump"
        else:
            how = "alias"
        self._join(m, idx, how)

    def _join(self, m: Mention, idx: int, how: str) -> None:
        m.ent, m.how = idx, how
        c = self.clusters[idx]
        c.gender = c.gender or m.gender
        c.mentions.append(m)

    def _place(self, m: Mention, raw: str) -> None:
        gz = self.gz
        full = titled_person(self.text, m, self.people) if m.kind == "name" else None
        if full is not None:  # "Sheriff Hale" after "Sheriff Tom Hale": that person
            surname_of(self.text, m)
            self.titled.append((m, full))
            return
        ship = self._ship_named(raw) if m.kind == "name" else None
        if ship is not None:  # "the Kaveri" after "INS Kaveri": the ship, not a person or place
            m.label = self.clusters[ship].label
            self._join(m, ship, "alias")
        elif m.label == "PERSON":
            self._add_person(m, raw)
        elif m.label in {"GPE", "LOC"}:
            iso = gz.country(raw)
            if iso is not None:
                self.add("gpe:" + iso, gz.iso3_name(iso) or raw, "GPE", m, iso)
            elif self._maybe_name(m, raw):
                self.lone.append(m)  # "Baehr said" after "Brad Baehr" (see _add_lone)
            else:
                self._add_place(m, raw)
        elif m.label == "NORP":
            iso = gz.demonym(raw)
            countries = gz.prefix_country(raw) if iso is None else [iso]
            country = countries[0] if len(countries) == 1 else None
            self.add("norp:" + raw.casefold(), raw, "NORP", m, country)
        elif m.kind == "group" and (body := self._named_body(m, raw)) is not None:
            self._join(m, body, "nominal")  # "the authority" after "the Port Authority"
        elif m.kind == "group" and self._one_holder(m, raw):
            return  # "a senior official": a person with no name, left to the role nominals
        elif m.kind == "group":
            key = f"grp:{m.country or ''}:{self._region_word(raw)}:{m.lemma}"
            name = raw if m.country else raw.lower()
            self.add(key, name, m.label, m, m.country)
        elif m.label == "ORG":
            self._add_org_mention(m, raw)
        elif len(gz.prefix_country(raw)) > 1:
            self.add("norp:" + raw.casefold(), raw, "NORP", m, None)
        elif self._maybe_name(m, raw) and gz.place_country(raw) is None:
            self.lone.append(m)  # "including Pelosi" typed an event, "Rubio" a building
        else:
            self._add_other(m, raw)

    @staticmethod
    def _one_holder(m: Mention, raw: str) -> bool:
        """Whether a group mention is one holder of an office's role ("an official", "the
        diplomat"): no actor by itself, and no one with every other holder of that role the
        story mentions; :mod:`.coreference` joins it to the one person the story gives that
        role, or to no one."""
        last = raw.casefold().split()[-1] if raw else ""
        return m.lemma in words()["role_groups"] and last == m.lemma

    def _ship_named(self, raw: str) -> int | None:
        """The ship named before whose name without its prefix is ``raw`` ("Kaveri" for "INS
        Kaveri")."""
        key = raw.casefold()
        tails = self._ship_tails
        for idx, c in enumerate(self.clusters):
            name = c.name
            if name in tails:
                tail = tails[name]
            else:
                tail = name.partition(" ")[2].casefold() if vessel_name(name) else None
                tails[name] = tail
            if tail == key:
                return idx
        return None

    def _region_word(self, raw: str) -> str:
        """The region or city before a group's or an institution's noun ("texas" for "Texas
        officials"), which keeps it apart from the country's own ("U.S. officials"); "" when
        the words before the noun name the country itself, no place, or there are none."""
        head, _, _ = raw.rpartition(" ")
        return head.casefold() if head and region_name(head, self.gz) else ""

    def _add_other(self, m: Mention, raw: str) -> None:
        """A building, an event or a work: its own actor, placed by the tables if they can; a
        building named after the city it stands in ("Brussels Airport") is in that city's
        country, not a street named after a city ("Madrid Road" runs anywhere)."""
        country = m.country or self.gz.place_country(raw)  # a ship's flag, told before
        words_ = raw.split()
        last = words_[-1].casefold() if words_ else ""
        street = {last, last.rstrip(".")} & set(words()["street_words"])  # "Lima Road"
        if country is None and m.label == "FAC" and 2 <= len(words_) <= 3 and not street:
            country = self.gz.capital(words_[0]) or self.gz.place(words_[0])  # not "Fiji Auto"
        if country is None and m.label == "FAC":
            country = town_of_body(self.text, m.end, raw, self.gz)  # "the Grand Hotel in Lima"
        self.add(m.label.lower() + ":" + raw.casefold(), raw, m.label, m, country)

    def _add_place(self, m: Mention, raw: str) -> None:
        # the country the mention's context gives ("Amsterdam, N.Y.") before the tables'
        country = (
            m.country
            or self.gz.place_country(raw)
            or self._placed_after(m)
            or _settlement_owner(self.text, m.start, self.gz)
        )
        self.add("loc:" + raw.casefold(), raw, m.label, m, country or compass_part(raw, self.gz))

    def _placed_after(self, m: Mention) -> str | None:
        """The country of a place the tables do not know, from the place it is written in
        ("Austin, Texas", "Lorient, France", a dateline's "CITY, State")."""
        found = _PLACE_AFTER.match(self.text, m.end)
        if found is None or _LIST_GOES_ON.match(self.text, found.end()):
            return None  # "Lorient, Bilbao and Porto": a list of places, none inside the next
        words_ = found.group(1).split()
        for n in range(len(words_), 0, -1):
            name = " ".join(words_[:n])
            country = self.gz.country(name) or self.gz.place_country(name)
            if country is not None:
                return country
        return None

    def _maybe_name(self, m: Mention, raw: str) -> bool:
        """Whether a one-word place may be a person's name: the tables place it nowhere, it is
        written as a name ("Baehr", not "NYC") and no locative preposition stands before it
        ("in Jackson" stays a place)."""
        if m.te - m.ts != 1 or not raw[:1].isupper() or raw.isupper():
            return False
        if self.gz.place_country(raw) is not None or self.gz.org(raw) is not None:
            return False
        if re.match(r"['\u2019]s\b", self.text[m.end : m.end + 3]):
            return True  # "in Pryce's district": the preposition governs the district
        before = self.text[max(0, m.start - 12) : m.start].split()
        return not (before and before[-1].casefold() in words()["locative_preps"])

    def _add_person(self, m: Mention, raw: str) -> None:
        raw = _QUOTED_NICKNAME.sub(" ", raw)  # "Walt \"Buzz\" Henley": named "Walt Henley"
        if len(name_core(raw)) == 1 or raw.casefold() in self.particled:  # "Hale", "De la Cruz"
            self.surnames.append(m)
            return
        info = self.gz.person(raw, on=self.published)
        name = info.name if info else raw
        self._variant_key(name)
        self.add("per:" + name.casefold(), name, "PERSON", m, info.country if info else None)
        c = self.clusters[m.ent]
        c.gender = c.gender or first_name_gender(name)
        if info is not None:
            c.role = c.role or info.role
            c.sector = c.sector or info.sector
            c.gender = c.gender or info.gender  # the table's, when no honorific or first name says

    def _variant_key(self, name: str) -> None:
        """Point ``name``'s key at the person already named by another spelling of it (a
        nickname, one surname fewer: :mod:`.variants`); the longer spelling names them."""
        key = "per:" + name.casefold()
        if key in self.by_key:
            return
        for idx, c in enumerate(self.clusters):
            if c.label == "PERSON" and c.mentions and same_person(c.name, name):
                self.by_key[key] = idx
                if len(name.split()) > len(c.name.split()):
                    c.name = name
                return

    def _add_org_mention(self, m: Mention, raw: str) -> None:
        gz = self.gz
        if m.kind == "nominal_org":
            self._add_nominal_org(m, raw)
        elif m.kind == "institution":
            self._add_institution(m, raw)
        elif (
            m.te - m.ts == 1
            and raw[:1].isupper()
            and not raw.isupper()
            and (gz.org(raw) is None or raw.casefold() in self.full_surnames)
            and gz.metonym(raw) is None
        ):
            self.lone.append(m)  # a listed outlet's word may be a surname: "Forbes said"
        else:
            self._add_org(m)

    def _add_lone(self, m: Mention) -> None:
        """A lone name NER took for an organisation or place: a surname of a person here ("Wang
        said" after "Wang Wenbin")."""
        word = _norm(self.text[m.start : m.end])
        place = m.label in {"GPE", "LOC"}
        if self.text[max(0, m.start - 4) : m.start].casefold() == "the ":
            if place:
                self._add_place(m, word)
            elif m.label == "ORG":
                self._add_org(m)  # "the House": a body
            else:
                self._add_other(m, word)
            return
        idx, ambiguous = self._namesake(m, word)
        if idx is not None:
            m.label = "PERSON"
            self._join(m, idx, "surname")
        elif ambiguous and not place:
            m.label = "PERSON"
            self.add("per:" + word.casefold(), word, "PERSON", m, None)
        elif place:
            self._add_place(m, word)
        elif m.label != "ORG":
            self._add_other(m, word)
        else:
            self._add_org(m)

    def _add_org(self, m: Mention) -> None:
        gz = self.gz
        raw = _norm(self.text[m.start : m.end])
        info = gz.org(raw)
        owner = _owner_country(self.text, m.start, gz)
        if info is not None and info.country is not None and owner not in {None, info.country}:
            # "Chile's Senate", "the Chilean Senate": that country's body, not the listed one
            self.add(f"org:{owner}:{raw.casefold()}", raw, "ORG", m, owner)
            return
        if info is not None and info.sector == "MED":
            # "the Times" after "The Elmwood Times": the story's own paper, not the listed one
            named = self._body_of_head(m, raw)
            if named is not None and self._is_media(self.clusters[named]):
                self._join(m, named, "nominal")
                return
        if info is not None:
            self.add("org:" + info.name.casefold(), info.name, "ORG", m, info.country or None)
            return
        if generic_name(raw):
            # "Norway's Foreign Ministry" after "Russia's Foreign Ministry": two bodies; a bare
            # "the Foreign Ministry" is the one named last
            if owner is not None:
                self.add(f"org:{owner}:{raw.casefold()}", raw, "ORG", m, owner)
                return
            same = self._latest_body(m, lambda c: c.name.casefold() == raw.casefold())
            if same is not None:
                self._join(m, same, "name")
                return
        named = self._body_of_head(m, raw)
        if named is not None:  # "the Commission" after "the European Commission"
            self._join(m, named, "nominal")
            return
        acro = self._acronym_match(raw)
        if acro is not None:
            self._join(m, acro, "alias")
            return
        if len(gz.prefix_country(raw)) > 1:  # "Russo-Ukrainian" is an adjective, not a body
            self.add("norp:" + raw.casefold(), raw, "NORP", m, None)
            return
        country = (
            m.country
            or gz.metonym(raw)
            or country_in_name(raw, gz)
            or place_opening(raw, gz)
            or self._owner_body_country(m)
            or town_of_body(self.text, m.end, raw, gz)
        )
        self.add("org:" + raw.casefold(), raw, "ORG", m, country)

    def _owner_body_country(self, m: Mention) -> str | None:
        """The country of the body whose possessive stands right before ``m`` ("the Kelso
        Navy's 2nd Fleet": a part of that navy, of its country)."""
        before = self.text[max(0, m.start - 3) : m.start]
        cut = len(before.rstrip()) - 2
        if cut < 0 or before.rstrip()[cut:] not in POSSESSIVE:
            return None
        end = m.start - len(before) + cut
        for c in self.clusters:
            if c.label == "ORG" and any(x.end == end for x in c.mentions):
                return c.country
        return None

    def _body_of_head(self, m: Mention, raw: str) -> int | None:
        """The body a capitalised head word alone after "the" stands for ("the Commission"
        after "the European Commission", "the Post" after "The Elmwood Post"): the latest named
        before with that head word."""
        head = raw.casefold()
        heads = {*words()["generic_org_heads"], *words()["media_name_words"]}
        if head not in heads:
            return None
        if self.text[max(0, m.start - 4) : m.start].casefold() != "the ":
            if not (head in words()["media_name_words"] and role_after(self.text, m.end)):
                return None
            # "Post Editor Ann Roe", "Times reporter": the paper's staff, of the story's paper
            return self._latest_body(
                m,
                lambda c: (
                    head_word(c.name) == head and c.name.casefold() != head and self._is_media(c)
                ),
            )
        return self._latest_body(
            m, lambda c: c.name.casefold() != head and head_word(c.name) == head
        )

    def _is_media(self, c: Cluster) -> bool:
        info = self.gz.org(c.name)
        if info is not None:
            return info.sector == "MED"
        return any(w.lower() in words()["media_name_words"] for w in c.name.split())

    def _add_nominal_org(self, m: Mention, raw: str) -> None:
        """ "the ministry" / "the newspaper": the last organisation before it with that head word
        (or, for a medium, the last news outlet). Left out when there is none."""
        head = raw.lower().split()[-1]
        best = self._latest_body(m, lambda c: head_word(c.name) == head)
        if best is not None:  # "the agency" after "the Ashby Water Agency"
            self._join(m, best, "nominal")
        elif head in words()["media_heads"]:
            self._add_nominal_medium(m, head)

    def _add_nominal_medium(self, m: Mention, head: str) -> None:
        """ "the newspaper": the one outlet of that kind the story names before it; none when
        it names two (which one is meant is a guess) or none (the paper meant was never named:
        better no speaker than another outlet's)."""
        fits = [
            idx
            for idx, c in enumerate(self.clusters)
            if c.label == "ORG"
            and c.mentions
            and c.mentions[0].start < m.start
            and self._is_media(c)
            and self._medium_may_be(c, head)
        ]
        if len(fits) == 1:
            self._join(m, fits[0], "nominal")

    def _medium_may_be(self, c: Cluster, head: str) -> bool:
        """Whether outlet ``c`` may be what a "the <head>" means: a print word ("newspaper",
        "paper", "daily", "tabloid") not a broadcaster or an agency by its name ("... News",
        "... Radio", "... Press"); other heads any outlet."""
        if head not in words()["print_heads"]:
            return True
        names = {w.casefold() for w in c.name.split()}
        return not names & set(words()["broadcast_name_words"])

    def _latest_body(self, m: Mention, fits: Callable[[Cluster], bool]) -> int | None:
        """The organisation named before ``m`` that ``fits`` and was mentioned last."""
        best: int | None = None
        for idx, c in enumerate(self.clusters):
            if c.label != "ORG" or not c.mentions or c.mentions[0].start >= m.start:
                continue
            if fits(c) and (
                best is None or c.mentions[-1].start > self.clusters[best].mentions[-1].start
            ):
                best = idx
        return best

    def _named_body(self, m: Mention, raw: str) -> int | None:
        """The body named earlier whose name ends in the words of a definite group mention
        ("the authority" or "the port authority" after "the Maumee River Port Authority", "the
        council" after "the Lagos City Council"): the latest such body; none when the mention
        has no "the"."""
        before = _THE_BEFORE.search(self.text[max(0, m.start - 40) : m.start])
        if before is None:
            return None
        tail = before.group(1).split() + raw.casefold().split()

        def ends_in_tail(c: Cluster) -> bool:
            name = c.name.casefold().split()
            return len(name) > len(tail) and name[-len(tail) :] == tail

        return self._latest_body(m, ends_in_tail)

    def _add_institution(self, m: Mention, raw: str) -> None:
        head = head_word(raw)
        # "the Chinese ministry" after "the Chinese Defense Ministry": the same body
        best = None
        for idx, c in enumerate(self.clusters):
            if (
                c.label == "ORG"
                and c.country == m.country
                and head_word(c.name) == head
                and self._region_word(c.name) == self._region_word(raw)
                and c.mentions
                and c.mentions[0].start < m.start
            ):
                best = idx
        if best is not None:
            self._join(m, best, "nominal")
            return
        if not generic_name(raw):
            self.add("org:" + raw.casefold(), raw, "ORG", m, m.country)
            return
        # "foreign ministry" after "China's": named as the story names it
        found = _OWNER.search(self.text[max(0, m.start - 40) : m.start])
        name = f"{found.group(1)}'s {raw}" if found is not None and found.group(1) else raw
        self.add(f"org:{m.country}:{raw.casefold()}", name, "ORG", m, m.country)

    def _acronym_match(self, raw: str) -> int | None:
        if not (raw.isupper() and 2 <= len(raw) <= 6):
            return None
        for idx, c in enumerate(self.clusters):
            if c.label == "ORG":
                initials = "".join(w[0] for w in c.name.split() if w[:1].isupper())
                if initials == raw:
                    return idx
        return None

    def _add_surname(self, m: Mention) -> None:
        word = _norm(self.text[m.start : m.end])
        low = word.casefold()
        idx, ambiguous = self._namesake(m, word)
        kin, owners = self._kin_bearers(m, word) if m.gender is not None else ([], set())
        if idx is not None and kin and self.clusters[idx].gender is None and m.gender not in owners:
            idx = None  # "Piet Varga and his wife, Nora ... Mrs. Varga": "his" says he is a man
        if kin and idx is None and not ambiguous and len(kin) == 1:
            self._join(m, kin[0], "surname")  # "Ms. Dale" after "Tom Dale and his wife, Ann"
            return
        if kin:
            idx, ambiguous = None, True  # two bearers of the surname fit: none is sure
        if idx is not None:
            self._join(m, idx, "surname")
            return
        gz = self.gz
        info = None if ambiguous else gz.person(word, on=self.published)
        if info is None and not ambiguous:
            cands = gz.person_by_surname(word)
            info = cands[0] if len({p.name for p in cands}) == 1 else None
        if info is not None and None not in (m.gender, info.gender) and m.gender != info.gender:
            info = None  # "Mr. Merkel" is not the listed woman of that surname: a namesake
        if info is not None:
            self.add("per:" + info.name.casefold(), info.name, "PERSON", m, info.country)
            c = self.clusters[m.ent]
            c.role = c.role or info.role
            c.sector = c.sector or info.sector
            c.gender = c.gender or info.gender
            return
        lone = not ambiguous and m.gender is None and " " not in word
        media = self._short_media(m, low) if lone else None
        if media is not None:
            m.label = "ORG"
            self._join(m, media, "alias")
            return
        self.add("per:" + low, word, "PERSON", m, None)
        c = self.clusters[m.ent]
        c.gender = c.gender or first_name_gender(word, alone=True)  # "Kevin was asleep"

    def _short_media(self, m: Mention, low: str) -> int | None:
        """The news outlet named before whose name a lone word opens ("told Fox" after "Fox
        News"; "Vane" after "the Vane Times"), when no person of the story is so named: the
        outlet's short name."""

        def opens(c: Cluster) -> bool:
            name = c.name.casefold().removeprefix("the ").split()
            return len(name) >= 2 and name[0] == low and self._is_media(c)

        return self._latest_body(m, opens)


_PLACE_AFTER = re.compile(r",[ \t]+([A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)")
_LIST_GOES_ON = re.compile(r"(?:,?[ \t]+(?:and|or)[ \t]+|,[ \t]*)[A-Z]")
_OWNER = re.compile(r"(?:([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['\u2019]s|([A-Z][\w-]*))\s+$")


_SETTLEMENT_OWNER = re.compile(
    r"(?:([A-Z][\w.-]*(?: [A-Z][\w.-]*)?)['\u2019]s|\b[Tt]he ([A-Z][\w-]*))"
    r"((?: [a-z-]+){1,3}) of\s+$"
)


def _settlement_owner(text: str, start: int, gz: Gazetteer) -> str | None:
    """The country of a place the tables do not know, from a settlement's noun of a country
    right before it: "Peru's port of X", "the Peruvian city of X", "Chile's northern mining
    town of X" -> that country."""
    found = _SETTLEMENT_OWNER.search(text[max(0, start - 60) : start])
    if found is None or found.group(3).split()[-1] not in words()["settlement_nouns"]:
        return None
    if found.group(1):
        return gz.country(found.group(1))
    return gz.demonym(found.group(2))


def _owner_country(text: str, start: int, gz: Gazetteer) -> str | None:
    """The country a possessive or a demonym right before a body names: "Chile's" or
    "Chilean" before "Senate" -> "CHL"."""
    found = _OWNER.search(text[max(0, start - 40) : start])
    if found is None:
        return None
    if found.group(1):
        return gz.country(found.group(1))
    return gz.demonym(found.group(2))
