"""Step 2 of the entities stage: clustering. Mentions of one actor become one entity (surnames
join full names, countries join their aliases, the gazetteer gives canonical names)."""

from __future__ import annotations

from ...gazetteer import Gazetteer
from .model import Cluster, Mention, words


def _norm(text: str) -> str:
    t = " ".join(text.replace("\u2019", "'").split())
    low = t.casefold()
    while low.startswith("the "):
        t, low = t[4:], low[4:]
    if low.endswith("'s"):
        t = t[:-2]
    return t.strip()


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


class _Clustering:
    def __init__(self, text: str, gz: Gazetteer, published: str | None) -> None:
        self.text = text
        self.gz = gz
        self.published = published
        self.clusters: list[Cluster] = []
        self.by_key: dict[str, int] = {}
        self.surnames: list[Mention] = []  # one-word person names, joined after full names
        self.lone: list[Mention] = []  # one-word organisations that may be surnames

    def run(self, mentions: list[Mention]) -> list[Cluster]:
        for m in mentions:
            raw = _norm(self.text[m.start : m.end])
            if raw:
                self._place(m, raw)
        for m in self.surnames:
            self._add_surname(m)
        for m in self.lone:
            self._add_lone(m)
        return self.clusters

    def add(self, key: str, name: str, label: str, m: Mention, country: str | None = None) -> None:
        idx = self.by_key.get(key)
        if idx is None:
            idx = len(self.clusters)
            self.by_key[key] = idx
            self.clusters.append(Cluster(name=name, label=label, key=key, country=country))
        c = self.clusters[idx]
        if c.country is None and country is not None:
            c.country = country
        m.ent = idx
        c.mentions.append(m)

    def _join(self, m: Mention, idx: int) -> None:
        m.ent = idx
        self.clusters[idx].mentions.append(m)

    def _place(self, m: Mention, raw: str) -> None:
        gz = self.gz
        if m.label == "PERSON":
            self._add_person(m, raw)
        elif m.label in {"GPE", "LOC"}:
            iso = gz.country(raw)
            if iso is not None:
                self.add("gpe:" + iso, gz.iso3_name(iso) or raw, "GPE", m, iso)
            else:
                self.add("loc:" + raw.casefold(), raw, m.label, m, gz.place_country(raw))
        elif m.label == "NORP":
            iso = gz.demonym(raw)
            countries = gz.prefix_country(raw) if iso is None else [iso]
            country = countries[0] if len(countries) == 1 else None
            self.add("norp:" + raw.casefold(), raw, "NORP", m, country)
        elif m.kind == "group":
            key = f"grp:{m.country or ''}:{m.lemma}"
            name = raw if m.country else raw.lower()
            self.add(key, name, m.label, m, m.country)
        elif m.label == "ORG":
            self._add_org_mention(m, raw)
        elif len(gz.prefix_country(raw)) > 1:
            self.add("norp:" + raw.casefold(), raw, "NORP", m, None)
        else:
            key = m.label.lower() + ":" + raw.casefold()
            self.add(key, raw, m.label, m, gz.place_country(raw))

    def _add_person(self, m: Mention, raw: str) -> None:
        if len(raw.split()) == 1:
            self.surnames.append(m)
            return
        info = self.gz.person(raw, on=self.published)
        name = info.name if info else raw
        self.add("per:" + name.casefold(), name, "PERSON", m, info.country if info else None)
        if info is not None:
            c = self.clusters[m.ent]
            c.role = c.role or info.role
            c.sector = c.sector or info.sector

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
            and gz.org(raw) is None
            and gz.metonym(raw) is None
        ):
            self.lone.append(m)
        else:
            self._add_org(m)

    def _add_lone(self, m: Mention) -> None:
        """A lone name NER took for an organisation or place: a surname of a person here ("Wang
        said" after "Wang Wenbin")."""
        word = _norm(self.text[m.start : m.end]).casefold()
        idx = next(
            (
                i
                for i, c in enumerate(self.clusters)
                if c.label == "PERSON"
                and len(c.tokens) > 1
                and word in (t.casefold() for t in c.tokens)
            ),
            None,
        )
        if idx is not None:
            m.label = "PERSON"
            self._join(m, idx)
        else:
            self._add_org(m)

    def _add_org(self, m: Mention) -> None:
        gz = self.gz
        raw = _norm(self.text[m.start : m.end])
        info = gz.org(raw)
        if info is not None:
            self.add("org:" + info.name.casefold(), info.name, "ORG", m, info.country or None)
            return
        acro = self._acronym_match(raw)
        if acro is not None:
            self._join(m, acro)
            return
        if len(gz.prefix_country(raw)) > 1:  # "Russo-Ukrainian" is an adjective, not a body
            self.add("norp:" + raw.casefold(), raw, "NORP", m, None)
            return
        country = gz.metonym(raw) or _country_in_name(raw, gz)
        self.add("org:" + raw.casefold(), raw, "ORG", m, country)

    def _is_media(self, c: Cluster) -> bool:
        info = self.gz.org(c.name)
        if info is not None:
            return info.sector == "MED"
        return any(w.lower() in words()["media_name_words"] for w in c.name.split())

    def _add_nominal_org(self, m: Mention, raw: str) -> None:
        """ "the ministry" / "the newspaper": the last organisation before it with that head word
        (or, for a medium, the last news outlet). Left out when there is none."""
        head = raw.lower().split()[-1]
        media = head in words()["media_heads"]
        best: int | None = None
        for idx, c in enumerate(self.clusters):
            if c.label != "ORG" or not c.mentions or c.mentions[0].start >= m.start:
                continue
            if (head_word(c.name) == head or (media and self._is_media(c))) and (
                best is None or c.mentions[-1].start > self.clusters[best].mentions[-1].start
            ):
                best = idx
        if best is not None:
            self._join(m, best)

    def _add_institution(self, m: Mention, raw: str) -> None:
        head = head_word(raw)
        # "the Chinese ministry" after "the Chinese Defense Ministry": the same body
        best = None
        for idx, c in enumerate(self.clusters):
            if (
                c.label == "ORG"
                and c.country == m.country
                and head_word(c.name) == head
                and c.mentions
                and c.mentions[0].start < m.start
            ):
                best = idx
        if best is not None:
            self._join(m, best)
            return
        self.add("org:" + raw.casefold(), raw, "ORG", m, m.country)

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
        # nearest preceding full name with this word, else any full name with it
        best, best_pos = None, -1
        for idx, c in enumerate(self.clusters):
            if c.label != "PERSON" or low not in (t.casefold() for t in c.tokens):
                continue
            first = c.mentions[0].start if c.mentions else 0
            pos = first if first < m.start else -first - 1
            is_last = c.tokens[-1].casefold() == low
            score = pos + (10**9 if is_last else 0)
            if score > best_pos:
                best, best_pos = idx, score
        if best is not None:
            self._join(m, best)
            return
        gz = self.gz
        info = gz.person(word, on=self.published)
        if info is None:
            cands = gz.person_by_surname(word)
            info = cands[0] if len({p.name for p in cands}) == 1 else None
        if info is not None:
            self.add("per:" + info.name.casefold(), info.name, "PERSON", m, info.country)
            c = self.clusters[m.ent]
            c.role = c.role or info.role
            c.sector = c.sector or info.sector
            return
        self.add("per:" + low, word, "PERSON", m, None)


def _country_in_name(name: str, gz: Gazetteer) -> str | None:
    for w in name.replace("-", " ").split():
        c = gz.demonym(w) or gz.country(w)
        if c:
            return c
    return None
