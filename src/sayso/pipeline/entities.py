"""Entities: canonical actors with every mention, roles and countries.

Steps, each a function below:

1. ``name_mentions``: spaCy's named entities, with boundary errors repaired (a PERSON that runs
   into a verb is cut there, determiners and possessive 's are left out, a title word such as
   "Defense" in "Defense Minister Dong Jun" is not an organisation, a demonym before an
   institution joins it: "Chinese" + "Foreign Ministry"), plus institutions NER misses
   ("the Russian government", "the Chinese ministry").
2. ``cluster``: mentions of one actor become one entity (surnames join full names, countries join
   their aliases, the gazetteer gives canonical names).
3. ``titles``: roles and countries from titles and appositions ("Chinese Defense Minister Dong
   Jun", "his Russian counterpart Sergei Shoigu", "Wang Wenbin, a spokesman for ...").
4. ``Resolver``: pronouns and nominals ("he", "China's new defense chief", "the ministry")
   resolved by salience, agreement and grammatical role; the attribution stage reuses it.
5. ``sectors``: each actor's sector (GOV, MIL, COP, ...): the gazetteer's for the people and
   organisations it lists, else the keyword rules of ``data/sectors.tsv`` on the name of an
   organisation or group; a person takes the sector of the organisation they speak for, else
   of their title. Places and peoples get none.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import resources as data
from ..gazetteer import Gazetteer
from ..sectors import sector_of_name, sector_of_words
from ..types import Entity, Span, stable_id
from .base import State

KEEP_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_DETS = {"the", "a", "an", "this", "that", "these", "those"}
_SUBJ = {"nsubj", "nsubjpass", "csubj", "agent"}


@functools.lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    return data.json_data("data/entity_words.json")


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
    kind: str = "name"  # name | institution | pronoun | nominal
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


# ---------------------------------------------------------------------------------------------
# 1. mentions


def _is_name_token(tok: Any) -> bool:
    low = tok.lower_
    if low in words()["name_particles"]:
        return True
    if tok.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "NUM"}:
        return False
    return bool(tok.text[:1].isupper() or (tok.is_punct and tok.text in {"-", "."}))


def _trim(doc: Any, ts: int, te: int) -> tuple[int, int]:
    while ts < te and (doc[ts].lower_ in _DETS or doc[ts].is_punct or doc[ts].is_space):
        ts += 1
    while te > ts and (
        doc[te - 1].text in _POSSESSIVE
        or doc[te - 1].tag_ == "POS"
        or doc[te - 1].is_punct
        or doc[te - 1].is_space
    ):
        te -= 1
    return ts, te


def _is_title_phrase(doc: Any, ts: int, te: int, gz: Gazetteer) -> bool:
    """True when tokens ts..te, with up to two following words, form a role title."""
    vocab = role_vocabulary()
    if not all(t.lower_ in vocab or gz.demonym(t.text) for t in doc[ts:te]):
        return False
    for extra in (1, 2):
        end = te + extra
        if end > len(doc):
            break
        phrase = " ".join(t.lower_ for t in doc[ts:end] if not gz.demonym(t.text))
        info = gz.role(phrase)
        if info is not None and info.pattern == phrase:
            return True
    return False


def _person_runs(doc: Any, ts: int, te: int, gz: Gazetteer) -> list[tuple[int, int]]:
    """Split a PERSON entity into runs of name-like tokens; leading titles are dropped."""
    runs: list[tuple[int, int]] = []
    vocab = role_vocabulary()
    honor = words()["honorifics"]
    i = ts
    while i < te:
        # drop title words and demonyms that NER glued to the front ("President", "Chinese")
        tok = doc[i]
        if tok.lower_ in vocab or tok.lower_ in honor or gz.demonym(tok.text):
            i += 1
            continue
        if not _is_name_token(tok) or tok.text in _POSSESSIVE or tok.tag_ == "POS":
            i += 1
            continue
        j = i
        while (
            j < te
            and _is_name_token(doc[j])
            and doc[j].text not in _POSSESSIVE
            and doc[j].tag_ != "POS"
        ):
            j += 1
        a, b = _trim(doc, i, j)
        if b > a:
            runs.append((a, b))
        i = max(j, i + 1)
    return runs


def name_mentions(doc: Any, gz: Gazetteer) -> list[Mention]:
    out: list[Mention] = []
    ents = [e for e in doc.ents if e.label_ in KEEP_LABELS]
    skip_next = False
    for k, ent in enumerate(ents):
        if skip_next:
            skip_next = False
            continue
        label = ent.label_
        ts, te = _trim(doc, ent.start, ent.end)
        if te <= ts:
            continue
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        # a demonym or country followed directly by an organisation: "Chinese" + "Foreign Ministry"
        if label in {"NORP", "GPE"} and nxt is not None and nxt.label_ == "ORG":
            nts, nte = _trim(doc, nxt.start, nxt.end)
            if nts == te and nte > nts and not _is_title_phrase(doc, nts, nte, gz):
                out.append(_mention(doc, ts, nte, "ORG"))
                skip_next = True
                continue
        if label in {"ORG", "PERSON"} and _is_title_phrase(doc, ts, te, gz):
            continue
        if label in {"ORG", "PERSON", "GPE", "FAC", "LOC"} and not any(
            t.text[:1].isupper() for t in doc[ts:te]
        ):
            continue  # names are capitalised: "state news" is not an organisation
        brackets = [i for i in range(ts, te) if doc[i].text in {"(", ")", "[", "]"}]
        if brackets:  # "BRUSSELS (Meridian Press Agency": a dateline and an outlet
            cuts = [ts - 1, *brackets, te]
            for a, b in itertools.pairwise(cuts):
                a, b = _trim(doc, a + 1, b)
                if b > a:
                    out.append(_mention(doc, a, b, _relabel(doc, a, b, "ORG", gz)))
            continue
        label = _relabel(doc, ts, te, label, gz)
        if label == "PERSON":
            for a, b in _person_runs(doc, ts, te, gz):
                out.append(_mention(doc, a, b, "PERSON"))
            continue
        out.append(_mention(doc, ts, te, label))
    # institutions may absorb the demonym or country before them ("the Russian government")
    covered = {i for m in out if m.label not in {"NORP", "GPE"} for i in range(m.ts, m.te)}
    inst = _institutions(doc, gz, covered)
    inst_toks = {i for m in inst for i in range(m.ts, m.te)}
    inst += _groups(doc, gz, covered | inst_toks)
    if inst:
        taken = {i for m in inst for i in range(m.ts, m.te)}
        out = [m for m in out if not any(i in taken for i in range(m.ts, m.te))]
        out.extend(inst)
    out.sort(key=lambda m: m.start)
    return out


def _relabel(doc: Any, ts: int, te: int, label: str, gz: Gazetteer) -> str:
    """Fix NER labels the tables or the context decide: a country or capital is a place
    ("Paraguay", "BRASILIA" typed ORG), a name after a person's title is a person ("spokeswoman
    Marina Albuquerque" typed ORG)."""
    text = doc[ts:te].text
    if (
        label in {"ORG", "PERSON", "LOC", "FAC"}
        and gz.org(text) is None
        and (gz.country(text) or gz.capital(text))
    ):
        return "GPE"
    if label == "ORG" and ts > 0 and 2 <= te - ts <= 3 and gz.org(text) is None:
        before = doc[ts - 1]
        info = gz.role(before.lower_) if before.is_lower else None
        if (
            info is not None
            and info.pattern == before.lower_
            and info.sector != "IGO"
            and all(t.text[:1].isupper() for t in doc[ts:te])
            and doc[te - 1].lower_ not in words()["generic_org_heads"]
        ):
            return "PERSON"
    return label


def _mention(doc: Any, ts: int, te: int, label: str, **kw: Any) -> Mention:
    """The mention of tokens ``ts..te``."""
    return Mention(doc[ts].idx, _end(doc, te), ts, te, label, **kw)


def _end(doc: Any, te: int) -> int:
    last = doc[te - 1]
    return int(last.idx + len(last.text))


def _country_of_token(tok: Any, gz: Gazetteer) -> str | None:
    text = tok.text
    return gz.demonym(text) or gz.place_country(text)


def _groups(doc: Any, gz: Gazetteer, covered: set[int]) -> list[Mention]:
    """Collective actors event coders need: "Israeli troops", "the police", "protesters"."""
    groups = words()["groups"]
    out: list[Mention] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.i in covered or lemma not in groups or tok.pos_ != "NOUN" or tok.dep_ == "compound":
            continue
        start, country = tok.i, None
        for t in reversed(doc[max(0, tok.i - 3) : tok.i]):
            c = _country_of_token(t, gz) if t.pos_ in {"ADJ", "PROPN"} else None
            if c is None or t.i in covered or t.head.i != tok.i:
                break
            country, start = c, t.i
        kw = {"kind": "group", "country": country, "lemma": lemma}
        out.append(_mention(doc, start, tok.i + 1, groups[lemma], **kw))
    return out


def _institutions(doc: Any, gz: Gazetteer, covered: set[int]) -> list[Mention]:
    """Institutions NER misses: "the Russian government", "China's defense ministry"."""
    inst = words()["institutions"]
    heads = set(inst) | set(words()["media_heads"])
    quals = set(words()["institution_qualifiers"])
    out: list[Mention] = []
    for tok in doc:
        if tok.i in covered or tok.lower_ not in heads or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if tok.lower_ not in inst and not (tok.i > 0 and doc[tok.i - 1].lower_ == "the"):
            continue
        if tok.dep_ == "compound":  # "ministry spokesperson": the head noun is the actor
            continue
        start = tok.i
        country = None
        j = tok.i - 1
        while j >= 0 and j >= tok.i - 4:
            t = doc[j]
            if t.lower_ in quals or t.lower_ in inst:
                start = j
            elif (c := _country_of_token(t, gz)) is not None:
                country, start = c, j
            elif t.text in _POSSESSIVE and j > 0 and (c := _country_of_token(doc[j - 1], gz)):
                country, start = c, j - 1
                j -= 1
            else:
                break
            j -= 1
        if any(i in covered for i in range(start, tok.i + 1)):
            continue
        if country is None and tok.lemma_.lower() in words()["groups"]:
            continue  # "the police": a collective actor (see _groups)
        if country is None:
            # "the ministry", "the coast guard": resolved to an organisation named before
            if start > 0 and doc[start - 1].lower_ == "the":
                out.append(_mention(doc, start, tok.i + 1, "ORG", kind="nominal_org"))
            continue
        out.append(_mention(doc, start, tok.i + 1, "ORG", kind="institution", country=country))
    return out


# ---------------------------------------------------------------------------------------------
# 2. clustering


def _norm(text: str) -> str:
    t = " ".join(text.replace("\u2019", "'").split())
    low = t.casefold()
    while low.startswith("the "):
        t, low = t[4:], low[4:]
    if low.endswith("'s"):
        t = t[:-2]
    return t.strip()


def _head_word(name: str) -> str:
    ws = name.lower().split()
    for w in reversed(ws):
        if w in words()["institutions"] or w in words()["generic_org_heads"]:
            return w
    return ws[-1] if ws else ""


def cluster(
    text: str, mentions: list[Mention], gz: Gazetteer, published: str | None
) -> list[Cluster]:
    clusters: list[Cluster] = []
    by_key: dict[str, int] = {}

    def add(key: str, name: str, label: str, m: Mention, country: str | None = None) -> None:
        idx = by_key.get(key)
        if idx is None:
            idx = len(clusters)
            by_key[key] = idx
            clusters.append(Cluster(name=name, label=label, key=key, country=country))
        c = clusters[idx]
        if c.country is None and country is not None:
            c.country = country
        m.ent = idx
        c.mentions.append(m)

    surnames: list[Mention] = []
    lone: list[Mention] = []
    for m in mentions:
        raw = _norm(text[m.start : m.end])
        if not raw:
            continue
        if m.label == "PERSON":
            if len(raw.split()) == 1:
                surnames.append(m)
                continue
            info = gz.person(raw, on=published)
            name = info.name if info else raw
            add("per:" + name.casefold(), name, "PERSON", m, info.country if info else None)
            if info is not None:
                c = clusters[m.ent]
                c.role = c.role or info.role
                c.sector = c.sector or info.sector
        elif m.label in {"GPE", "LOC"}:
            iso = gz.country(raw)
            if iso is not None:
                add("gpe:" + iso, gz.iso3_name(iso) or raw, "GPE", m, iso)
            else:
                add("loc:" + raw.casefold(), raw, m.label, m, gz.place_country(raw))
        elif m.label == "NORP":
            iso = gz.demonym(raw)
            countries = gz.prefix_country(raw) if iso is None else [iso]
            add(
                "norp:" + raw.casefold(),
                raw,
                "NORP",
                m,
                countries[0] if len(countries) == 1 else None,
            )
        elif m.kind == "group":
            key = f"grp:{m.country or ''}:{m.lemma}"
            name = raw if m.country else raw.lower()
            add(key, name, m.label, m, m.country)
        elif m.label == "ORG":
            if m.kind == "nominal_org":
                _add_nominal_org(clusters, m, raw, gz)
            elif m.kind == "institution":
                _add_institution(clusters, by_key, m, raw, add)
            elif (
                m.te - m.ts == 1
                and raw[:1].isupper()
                and not raw.isupper()
                and gz.org(raw) is None
                and gz.metonym(raw) is None
            ):
                lone.append(m)
            else:
                _add_org(text, clusters, by_key, m, gz, add)
        elif len(gz.prefix_country(raw)) > 1:
            add("norp:" + raw.casefold(), raw, "NORP", m, None)
        else:
            add(m.label.lower() + ":" + raw.casefold(), raw, m.label, m, gz.place_country(raw))
    for m in surnames:
        _add_surname(text, clusters, by_key, m, gz, published, add)
    for m in lone:
        # a lone name NER took for an organisation or place: a surname of a person here
        # ("Wang said" after "Wang Wenbin")
        word = _norm(text[m.start : m.end]).casefold()
        idx = next(
            (
                i
                for i, c in enumerate(clusters)
                if c.label == "PERSON"
                and len(c.tokens) > 1
                and word in (t.casefold() for t in c.tokens)
            ),
            None,
        )
        if idx is not None:
            m.ent, m.label = idx, "PERSON"
            clusters[idx].mentions.append(m)
        else:
            _add_org(text, clusters, by_key, m, gz, add)
    return clusters


def _add_org(
    text: str, clusters: list[Cluster], by_key: dict[str, int], m: Mention, gz: Gazetteer, add: Any
) -> None:
    raw = _norm(text[m.start : m.end])
    info = gz.org(raw)
    if info is not None:
        add("org:" + info.name.casefold(), info.name, "ORG", m, info.country or None)
        return
    acro = _acronym_match(clusters, raw)
    if acro is not None:
        m.ent = acro
        clusters[acro].mentions.append(m)
        return
    if len(gz.prefix_country(raw)) > 1:  # "Russo-Ukrainian" is an adjective, not a body
        add("norp:" + raw.casefold(), raw, "NORP", m, None)
        return
    add("org:" + raw.casefold(), raw, "ORG", m, gz.metonym(raw) or _country_in_name(raw, gz))


def _is_media(c: Cluster, gz: Gazetteer) -> bool:
    info = gz.org(c.name)
    if info is not None:
        return info.sector == "MED"
    return any(w.lower() in words()["media_name_words"] for w in c.name.split())


def _add_nominal_org(clusters: list[Cluster], m: Mention, raw: str, gz: Gazetteer) -> None:
    """ "the ministry" / "the newspaper": the last organisation before it with that head word
    (or, for a medium, the last news outlet). Left out when there is none."""
    head = raw.lower().split()[-1]
    media = head in words()["media_heads"]
    best = None
    for idx, c in enumerate(clusters):
        if c.label != "ORG" or not c.mentions or c.mentions[0].start >= m.start:
            continue
        if (_head_word(c.name) == head or (media and _is_media(c, gz))) and (
            best is None or c.mentions[-1].start > clusters[best].mentions[-1].start
        ):
            best = idx
    if best is not None:
        m.ent = best
        clusters[best].mentions.append(m)


def _add_institution(
    clusters: list[Cluster], by_key: dict[str, int], m: Mention, raw: str, add: Any
) -> None:
    head = _head_word(raw)
    # "the Chinese ministry" after "the Chinese Defense Ministry": the same body
    best = None
    for idx, c in enumerate(clusters):
        if (
            c.label == "ORG"
            and c.country == m.country
            and _head_word(c.name) == head
            and c.mentions
            and c.mentions[0].start < m.start
        ):
            best = idx
    if best is not None:
        m.ent = best
        clusters[best].mentions.append(m)
        return
    add("org:" + raw.casefold(), raw, "ORG", m, m.country)


def _acronym_match(clusters: list[Cluster], raw: str) -> int | None:
    if not (raw.isupper() and 2 <= len(raw) <= 6):
        return None
    for idx, c in enumerate(clusters):
        if c.label == "ORG":
            initials = "".join(w[0] for w in c.name.split() if w[:1].isupper())
            if initials == raw:
                return idx
    return None


def _country_in_name(name: str, gz: Gazetteer) -> str | None:
    for w in name.replace("-", " ").split():
        c = gz.demonym(w) or gz.country(w)
        if c:
            return c
    return None


def _add_surname(
    text: str,
    clusters: list[Cluster],
    by_key: dict[str, int],
    m: Mention,
    gz: Gazetteer,
    published: str | None,
    add: Any,
) -> None:
    word = _norm(text[m.start : m.end])
    low = word.casefold()
    # nearest preceding full name with this word, else any full name with it
    best, best_pos = None, -1
    for idx, c in enumerate(clusters):
        if c.label != "PERSON" or low not in (t.casefold() for t in c.tokens):
            continue
        first = c.mentions[0].start if c.mentions else 0
        pos = first if first < m.start else -first - 1
        is_last = c.tokens[-1].casefold() == low
        score = pos + (10**9 if is_last else 0)
        if score > best_pos:
            best, best_pos = idx, score
    if best is not None:
        m.ent = best
        clusters[best].mentions.append(m)
        return
    info = gz.person(word, on=published)
    if info is None:
        cands = gz.person_by_surname(word)
        info = cands[0] if len({p.name for p in cands}) == 1 else None
    if info is not None:
        add("per:" + info.name.casefold(), info.name, "PERSON", m, info.country)
        c = clusters[m.ent]
        c.role = c.role or info.role
        c.sector = c.sector or info.sector
        return
    add("per:" + low, word, "PERSON", m, None)


# ---------------------------------------------------------------------------------------------
# 3. titles: roles and countries


def _title_tokens(doc: Any, m: Mention) -> list[Any]:
    """The words that describe a mention: those before it in its noun phrase, or an apposition."""
    root = doc[m.ts : m.te].root
    toks: list[Any] = []
    # words before the name in its noun phrase ("Chinese Defense Minister", "Argentina's")
    if root.left_edge.i < m.ts:
        toks.extend(t for t in doc[root.left_edge.i : m.ts] if not t.is_punct)
    else:
        i = m.ts - 1  # compounds the parser hung elsewhere ("spokeswoman" in "... spokeswoman X")
        while i >= 0 and doc[i].dep_ in {"compound", "amod"} and doc[i].head.i >= i + 1:
            toks.insert(0, doc[i])
            i -= 1
    if root.dep_ == "appos":
        head = root.head
        toks.extend(t for t in head.subtree if t.i < m.ts and not t.is_punct)
    for child in root.children:
        if child.dep_ == "appos":
            toks.extend(t for t in child.subtree if not t.is_punct)
    return toks


def _role_and_country(toks: list[Any], gz: Gazetteer) -> tuple[str | None, str | None, bool]:
    """(role, country, is_counterpart) from title words."""
    country = None
    counterpart = False
    role_words: list[str] = []
    for t in toks:
        low = t.lower_
        c = gz.demonym(t.text) or (gz.place_country(t.text) if t.text[:1].isupper() else None)
        if c is not None and t.pos_ in {"PROPN", "ADJ", "NOUN"}:
            country = country or c
            continue
        if low in words()["counterpart"]:
            counterpart = True
            continue
        if t.text in _POSSESSIVE or low in _DETS or t.pos_ in {"PRON", "DET", "ADP", "PUNCT"}:
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


def titles(doc: Any, clusters: list[Cluster], gz: Gazetteer) -> None:
    org_at = {
        i: idx
        for idx, c in enumerate(clusters)
        if c.label == "ORG"
        for m in c.mentions
        for i in range(m.ts, m.te)
    }
    for c in clusters:
        if c.label not in {"PERSON", "ORG"}:
            continue
        for m in c.mentions:
            if m.kind != "name":
                continue
            toks = _title_tokens(doc, m)
            if c.label == "PERSON" and c.affiliation is None:
                c.affiliation = next((org_at[t.i] for t in toks if t.i in org_at), None)
            role, country, counterpart = _role_and_country(toks, gz)
            if c.label == "PERSON" and counterpart and role is None:
                role = _counterpart_role(doc, m, clusters)
            if role and c.label == "PERSON" and c.role is None:
                c.role = role
            if country and c.country is None:
                c.country = country


def name_generic_bodies(clusters: list[Cluster], gz: Gazetteer) -> None:
    """ "Argentina's Foreign Ministry" is named "Argentine Foreign Ministry": a body named only
    by generic words takes its country's adjective, so two countries' ministries stay apart."""
    generic = set(words()["institutions"]) | set(words()["institution_qualifiers"])
    for c in clusters:
        if c.label != "ORG" or c.country is None:
            continue
        low = c.name.lower().split()
        if low and all(w in generic for w in low):
            adj = gz.adjective(c.country)
            if adj:
                c.name = f"{adj} {c.name}"


def _counterpart_role(doc: Any, m: Mention, clusters: list[Cluster]) -> str | None:
    """ "his counterpart X": X has the role of the person the counterpart is compared with."""
    sent = doc[m.ts].sent
    best = None
    for c in clusters:
        if c.label == "PERSON" and c.role:
            for o in c.mentions:
                if sent.start <= o.ts < m.ts:
                    best = c.role
    return best


# ---------------------------------------------------------------------------------------------
# 4. pronouns and nominals


class Resolver:
    """Salience-based resolution of pronouns and nominal mentions to clusters.

    Candidates are scored by grammatical role (subjects and possessors first), recency (the
    current sentence, then earlier ones) and agreement (gender, role, country).
    """

    def __init__(self, doc: Any, clusters: list[Cluster], quoted: Any) -> None:
        self.doc = doc
        self.clusters = clusters
        self.quoted = quoted
        self.sent_of: dict[int, int] = {}
        for n, s in enumerate(doc.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = n
        # (token index, cluster, weight) in text order, for mentions outside quotes
        self.history: list[tuple[int, int, float]] = []
        for idx, c in enumerate(clusters):
            for m in c.mentions:
                if not quoted.inside(m.start):
                    self.history.append((m.ts, idx, self._weight(m.ts, m.te)))
        self.history.sort()

    def _weight(self, ts: int, te: int) -> float:
        root = self.doc[ts:te].root
        dep = root.dep_
        if dep in _SUBJ:
            return 2.0
        if dep == "poss":
            return 1.6
        if dep == "conj" and root.head.dep_ in _SUBJ:
            return 1.8
        if dep == "appos" and root.head.dep_ in _SUBJ:
            return 2.0
        return 1.0

    def candidates(self, tok_i: int, want: Any) -> int | None:
        """The best cluster for a mention at token ``tok_i``; ``want(cluster)`` filters."""
        here = self.sent_of.get(tok_i, 0)
        best: tuple[float, int] | None = None
        for ti, idx, w in reversed(self.history):
            if ti >= tok_i:
                continue
            dist = here - self.sent_of.get(ti, 0)
            if dist > 4:
                break
            if not want(self.clusters[idx]):
                continue
            score = w / (1.0 + dist) + ti * 1e-6
            if best is None or score > best[0]:
                best = (score, idx)
        return best[1] if best else None

    def add(self, tok_i: int, idx: int) -> None:
        import bisect

        bisect.insort(self.history, (tok_i, idx, self._weight(tok_i, tok_i + 1)))


def _gender_ok(c: Cluster, gender: str | None) -> bool:
    return c.label == "PERSON" and (gender is None or c.gender in (None, gender))


def pronouns_and_nominals(doc: Any, clusters: list[Cluster], gz: Gazetteer, quoted: Any) -> None:
    res = Resolver(doc, clusters, quoted)
    pron = words()["pronouns"]
    covered = {i for c in clusters for m in c.mentions for i in range(m.ts, m.te)}
    vocab = role_vocabulary()
    for tok in doc:
        if tok.i in covered or quoted.inside(tok.idx):
            continue
        low = tok.lower_
        if low in pron and tok.pos_ == "PRON":
            gender = pron[low]
            idx = res.candidates(tok.i, lambda c, g=gender: _gender_ok(c, g))
            if idx is not None:
                c = clusters[idx]
                c.gender = c.gender or gender
                c.mentions.append(
                    Mention(
                        tok.idx,
                        tok.idx + len(tok.text),
                        tok.i,
                        tok.i + 1,
                        c.label,
                        kind="pronoun",
                        ent=idx,
                    )
                )
                res.add(tok.i, idx)
            continue
        if tok.pos_ != "NOUN" or tok.lower_ not in vocab or tok.dep_ == "compound":
            continue
        # the noun phrase the role noun heads ("China's new defense chief")
        chunk = doc[tok.left_edge.i : tok.i + 1]
        toks = [t for t in chunk if t.i not in covered or t.i < tok.i]
        role, country, _ = _role_and_country(toks, gz)
        if role is None:
            continue

        def want(c: Cluster, role: str = role, country: str | None = country) -> bool:
            return (
                c.label == "PERSON"
                and c.role is not None
                and _role_match(c.role, role)
                and (country is None or c.country in (None, country))
            )

        idx = res.candidates(tok.i, want)
        if idx is None:
            continue
        ts = chunk.start
        while ts < tok.i and doc[ts].lower_ in _DETS:
            ts += 1
        m = Mention(
            doc[ts].idx, tok.idx + len(tok.text), ts, tok.i + 1, "PERSON", kind="nominal", ent=idx
        )
        clusters[idx].mentions.append(m)
        res.add(tok.i, idx)


def _role_match(have: str, want: str) -> bool:
    return want in have or have in want or want.split()[-1] == have.split()[-1]


# ---------------------------------------------------------------------------------------------
# 5. sectors

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


# ---------------------------------------------------------------------------------------------


class EntityStage:
    name: ClassVar[str] = "entities"
    # 2: entities carry a sector; 3: held to its output by tests/golden/stages.json
    version: ClassVar[str] = "3"
    requires: ClassVar[tuple[str, ...]] = ("doc",)
    assigns: ClassVar[tuple[str, ...]] = ("entities",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gz = gazetteer

    def __call__(self, state: State) -> None:
        gz = self.gz or Gazetteer.default()
        doc = state.doc
        mentions = name_mentions(doc, gz)
        clusters = cluster(state.text, mentions, gz, state.meta.published)
        titles(doc, clusters, gz)
        name_generic_bodies(clusters, gz)
        pronouns_and_nominals(doc, clusters, gz, state.quotes)
        sectors(clusters, gz)
        state.clusters = clusters
        state.cluster_ids = [stable_id("e", state.document.id, c.key) for c in clusters]
        state.set_entities(to_entities(state, clusters))
        state.affiliations = {
            state.cluster_ids[i]: state.cluster_ids[c.affiliation]
            for i, c in enumerate(clusters)
            if c.affiliation is not None and c.mentions
        }


def to_entities(state: State, clusters: list[Cluster]) -> list[Entity]:
    out: list[Entity] = []
    for c, eid in zip(clusters, state.cluster_ids, strict=True):
        if not c.mentions:
            continue
        spans = sorted({Span.of(state.text, m.start, m.end) for m in c.mentions})
        out.append(
            Entity(
                id=eid,
                name=c.name,
                type=c.label,
                country=c.country,
                role=c.role,
                mentions=tuple(spans),
                sector=c.sector,
            )
        )
    return out
