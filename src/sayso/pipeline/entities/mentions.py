"""Step 1 of the entities stage: mentions.

spaCy's named entities, with boundary errors repaired (a PERSON that runs into a verb is cut
there, determiners and possessive 's are left out, a title word such as "Defense" in "Defense
Minister Dong Jun" is not an organisation, a demonym before an institution joins it: "Chinese" +
"Foreign Ministry"), plus institutions NER misses ("the Russian government", "the Chinese
ministry") and collective actors ("Israeli troops", "the police").
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from .model import DETS, POSSESSIVE, Mention, role_vocabulary, words

KEEP_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"}


def _is_name_token(tok: Token) -> bool:
    low = tok.lower_
    if low in words()["name_particles"]:
        return True
    if tok.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "NUM"}:
        return False
    return bool(tok.text[:1].isupper() or (tok.is_punct and tok.text in {"-", "."}))


def _trim(doc: Doc, ts: int, te: int) -> tuple[int, int]:
    while ts < te and (doc[ts].lower_ in DETS or doc[ts].is_punct or doc[ts].is_space):
        ts += 1
    while te > ts and (
        doc[te - 1].text in POSSESSIVE
        or doc[te - 1].tag_ == "POS"
        or doc[te - 1].is_punct
        or doc[te - 1].is_space
    ):
        te -= 1
    return ts, te


def _is_title_phrase(doc: Doc, ts: int, te: int, gz: Gazetteer) -> bool:
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


def _person_runs(doc: Doc, ts: int, te: int, gz: Gazetteer) -> list[tuple[int, int]]:
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
        if not _is_name_token(tok) or tok.text in POSSESSIVE or tok.tag_ == "POS":
            i += 1
            continue
        j = i
        while (
            j < te
            and _is_name_token(doc[j])
            and doc[j].text not in POSSESSIVE
            and doc[j].tag_ != "POS"
        ):
            j += 1
        a, b = _trim(doc, i, j)
        if b > a:
            runs.append((a, b))
        i = max(j, i + 1)
    return runs


def name_mentions(doc: Doc, gz: Gazetteer) -> list[Mention]:
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


def _relabel(doc: Doc, ts: int, te: int, label: str, gz: Gazetteer) -> str:
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


def _mention(
    doc: Doc,
    ts: int,
    te: int,
    label: str,
    kind: str = "name",
    country: str | None = None,
    lemma: str = "",
) -> Mention:
    """The mention of tokens ``ts..te``."""
    return Mention(doc[ts].idx, _end(doc, te), ts, te, label, kind, country, lemma=lemma)


def _end(doc: Doc, te: int) -> int:
    last = doc[te - 1]
    return int(last.idx + len(last.text))


def _country_of_token(tok: Token, gz: Gazetteer) -> str | None:
    text = tok.text
    return gz.demonym(text) or gz.place_country(text)


def _groups(doc: Doc, gz: Gazetteer, covered: set[int]) -> list[Mention]:
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
        out.append(_mention(doc, start, tok.i + 1, groups[lemma], "group", country, lemma))
    return out


def _institutions(doc: Doc, gz: Gazetteer, covered: set[int]) -> list[Mention]:
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
            elif t.text in POSSESSIVE and j > 0 and (c := _country_of_token(doc[j - 1], gz)):
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
