"""Collective actors and institutions NER misses (step 1 of the entities stage, beside
:mod:`.mentions`): "Israeli troops", "the police", "protesters", "the Russian government",
"China's defense ministry"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ...nlp import children_of, lemmas_of, lowers_of, span_text, text_of, tokens_of, words_of
from .model import POSSESSIVE, Mention, words
from .model import token_mention as _mention
from .shapes import title_case


def _country_of_token(tok: Token, gz: Gazetteer) -> str | None:
    text = tok.text
    return gz.demonym(text) or gz.place_country(text)


def _country_words(doc: Doc, j: int, gz: Gazetteer) -> tuple[str, int] | None:
    """The country of the country's name or adjective that ends at token ``j`` and where it
    begins: one word ("Russian", "Peru") or two or three capitalised ones ("Sri Lankan",
    "South Korea"), or None."""
    tokens = tokens_of(doc)
    for k in (j - 2, j - 1):  # the longest first: "South Korean", not "Korean"
        span = tokens[k : j + 1] if k >= 0 else []
        if not span or not all(t.text[:1].isupper() and t.pos_ in {"PROPN", "ADJ"} for t in span):
            continue
        text = span_text(doc, k, j + 1)
        c = gz.nation(text)
        if c is not None:
            return c, k
    c = _country_of_token(tokens[j], gz)
    return (c, j) if c is not None else None


def groups(doc: Doc, gz: Gazetteer, covered: set[int]) -> list[Mention]:
    """Collective actors event coders need: "Israeli troops", "the police", "protesters"."""
    tokens = tokens_of(doc)
    group_words = words()["groups"]
    abstract = set(words()["groups_with_article"])
    out: list[Mention] = []
    lemmas = lemmas_of(doc)
    for i, lemma in enumerate(lemmas):  # a Token made only for a group's word
        if lemma not in group_words or i in covered:
            continue
        tok = tokens[i]
        if tok.pos_ != "NOUN" or tok.dep_ == "compound":
            continue
        if tok.dep_ == "attr" or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
            continue  # "a force to reckon with", "seen as a force": said of someone, no actor
        if any(c.dep_ in {"dobj", "nsubj"} for c in children_of(tok)):
            continue  # "this forces voters to ...": a verb the tagger took for a noun
        start, country = tok.i, None
        for t in reversed(tokens[max(0, tok.i - 3) : tok.i]):
            c = _country_of_token(t, gz) if t.pos_ in {"ADJ", "PROPN"} else None
            if c is None or t.i in covered or t.head.i != tok.i:
                break
            country, start = c, t.i
        if tok.lower_ in abstract and country is None and not _the_group(tok):
            continue  # "fierce opposition to the plan", "a sanctions regime": no actor
        if country is not None and start == tok.i - 1 and _region(tokens[start], gz):
            out.append(_mention(doc, start, start + 1, "GPE"))  # "Texas farmers": see _region
        out.append(_mention(doc, start, tok.i + 1, group_words[lemma], "group", country, lemma))
    return out


def _region(tok: Token, gz: Gazetteer) -> bool:
    """Whether a place word before a group or an institution ("Texas officials", "Ontario
    police") is a region or city of a country, an actor of its own beside the group (a
    country's name or adjective, "U.S. officials", only says whose the group is)."""
    return tok.pos_ == "PROPN" and region_name(tok.text, gz)


def region_name(text: str, gz: Gazetteer) -> bool:
    """Whether ``text`` names a region or city the tables place in a country, not the country
    itself nor its people ("Texas", "Ontario"; not "U.S.", "Canadian")."""
    return (
        gz.demonym(text) is None and gz.country(text) is None and gz.place_country(text) is not None
    )


def _the_group(tok: Token) -> bool:
    """Whether a collective noun that is also an abstract noun names a group here: "the
    opposition" does, "the opposition to the plan" and "the sanctions regime" do not."""
    kids = list(children_of(tok))
    return (
        any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
        and not any(c.dep_ == "compound" for c in kids)
        and not any(c.dep_ == "prep" and c.lower_ in {"to", "against", "of"} for c in kids)
    )


def _head_start(doc: Doc, tok: Token, inst: dict[str, str], heads: set[str]) -> int | None:
    """Where the institution word that ends at ``tok`` begins: at ``tok`` ("ministry"), one
    word before it for a two-word institution ("coast guard"), or None when none ends there.
    A media head ("newspaper") counts only after "the"."""
    lowers = lowers_of(doc)
    if tok.i > 0 and f"{lowers[tok.i - 1]} {tok.lower_}" in inst:
        return tok.i - 1
    if tok.lower_ in inst:
        return tok.i
    if tok.lower_ in heads and tok.i > 0 and lowers[tok.i - 1] == "the":
        return tok.i
    return None


def institutions(doc: Doc, gz: Gazetteer, covered: set[int]) -> list[Mention]:
    """Institutions NER misses: "the Russian government", "China's defense ministry"."""
    tokens = tokens_of(doc)
    inst = words()["institutions"]
    heads = set(inst) | set(words()["media_heads"])
    quals = set(words()["institution_qualifiers"])
    last_words = heads | {k.split()[-1] for k in inst}  # the words an institution may end at
    lowers = lowers_of(doc)
    out = town_police(doc, gz, covered)
    covered = covered | {i for m in out for i in range(m.ts, m.te)}
    for tok in tokens:
        if lowers[tok.i] not in last_words:
            continue  # no institution word ends here (_head_start is None)
        head = _head_start(doc, tok, inst, heads)
        if tok.i in covered or head is None or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        if tok.dep_ == "compound":  # "ministry spokesperson": the head noun is the actor
            continue
        start = head
        country = None
        j = head - 1
        while j >= 0 and j >= tok.i - 4:
            t = tokens[j]
            if t.lower_ in quals or t.lower_ in inst:
                start = j
            elif (found := _country_words(doc, j, gz)) is not None or (
                t.text in POSSESSIVE and j > 0 and (found := _country_words(doc, j - 1, gz))
            ):
                country, start = found
                j = start
            else:
                break
            j -= 1
        if any(i in covered for i in range(start, tok.i + 1)):
            continue
        if country is None and tok.lemma_.lower() in words()["groups"]:
            continue  # "the police": a collective actor (see groups)
        if country is None:
            # "the ministry", "the coast guard": resolved to an organisation named before
            if start > 0 and lowers[start - 1] == "the":
                out.append(_mention(doc, start, tok.i + 1, "ORG", kind="nominal_org"))
            continue
        if start == head - 1 and _region(tokens[start], gz):
            out.append(_mention(doc, start, start + 1, "GPE"))  # "Texas officials"
        out.append(_mention(doc, start, tok.i + 1, "ORG", kind="institution", country=country))
    return out


def town_police(doc: Doc, gz: Gazetteer, covered: set[int]) -> list[Mention]:
    """A town's police named as a modifier ("Kelso police Sgt. X said", "a Kelso police
    officer", "Kelso police said"): a body of its own (ORG) of the town's country, beside the
    town. The police word is lower case (a Title Case "Police" belongs to a name or a
    headline); the town's word is capitalised inside a sentence, or a place the tables or NER
    know at its start ("Riot police fired ..." names no town); no country or demonym (those
    only say whose the police are: :func:`institutions`)."""
    tokens = tokens_of(doc)
    police = {w for w, sector in words()["institutions"].items() if sector == "COP"}
    quals = set(words()["institution_qualifiers"])
    out: list[Mention] = []
    lowers = lowers_of(doc)
    for i, word in enumerate(words_of(doc)):
        if (
            i == 0
            or i in covered
            # a police word in any case first: _titled_police asks it of its token too
            or not (word in police or (lowers[i] in police and _titled_police(doc, i, police)))
        ):
            continue
        tok, town = tokens[i], tokens[i - 1]
        first = _town_start(tokens, i - 1)
        if first is None:
            continue  # a name running on past its place ("Kelso Harbor Inc police")
        if any(t in covered for t in range(first, i)) and not (
            tokens[first].ent_iob_ == "B" and tok.ent_iob_ != "I"
        ):
            continue  # inside a longer name ("Port Kelso police"), not a town's word alone
        words_ = [t.text for t in tokens[first:i]]
        if not all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words_):
            continue  # "FBI police", "U.S. police": no town's word
        text = span_text(doc, first, i)
        if town.lower_ in quals or gz.nation(text):
            continue  # "State police", "Greek police": whose the police are
        place = gz.place_country(text)
        if _sentence_start(tokens[first]) and place is None and town.ent_type_ != "GPE":
            continue
        if place is not None or town.ent_type_ == "GPE":
            out.append(_mention(doc, first, i, "GPE", country=place))
        out.append(_mention(doc, first, tok.i + 1, "ORG", country=place))
    return out


def _titled_police(doc: Doc, i: int, police: set[str]) -> bool:
    """Whether a capitalised police word ends a town's police named inside a sentence ("a
    Kelso Police spokeswoman", "according to Kelso Police."): no capitalised word after it
    ("Kelso Police Department" is a longer name) and no headline's Title Case line."""
    tokens = tokens_of(doc)
    tok = tokens[i]
    if tok.lower_ not in police or not tok.text[:1].isupper() or tok.is_upper:
        return False
    if i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
        return False
    raw = text_of(doc)
    line = raw[raw.rfind("\n", 0, tok.idx) + 1 : (raw.find("\n", tok.idx) + 1 or len(raw) + 1) - 1]
    return not title_case(line)


def _town_start(tokens: list[Token], j: int) -> int | None:
    """Where the town's name that ends at token ``j`` begins: ``j`` for a word NER leaves out
    of a name or one that opens one, the first word of a place name NER tags across several
    words ("San Marcos police", "Red Bluff police"), or None when ``j`` is inside a longer
    name of another kind."""
    tok = tokens[j]
    if tok.ent_iob_ != "I":
        return j
    if tok.ent_type_ not in {"GPE", "LOC"}:
        return None
    k = j
    while k > 0 and tokens[k].ent_iob_ == "I":
        k -= 1
    return k if j - k <= 2 else None


def _sentence_start(tok: Token) -> bool:
    """Whether ``tok`` opens its sentence, after any opening quote or bracket."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].is_punct and tok.doc[i].text not in {".", "!", "?"}:
        i -= 1
    return tok.is_sent_start or i < 0 or tok.doc[i].text in {".", "!", "?"}
