"""Offices named after their holder's title that NER misses or cuts ("the Ashby County
Sheriff's Office", "the Elm County District Attorney's office", "the Sheriff's Department"):
a run of capitalised words ending in an office holder's word (``office_holders``), then "'s"
and "Office" or "Department" (either case). The office is a body (ORG) in place of what NER
made of its words ("Ashby County District" as a place); a longer name NER already found
("the Sheriff's Office Major Crimes Unit") stays as it is. A place NER tagged alone before
the rest of a court's or a hospital's name ("Elmford" + "Judicial District Court") is that body's
name."""

from __future__ import annotations

from spacy.tokens import Doc

from ...gazetteer import Gazetteer
from ...nlp import tokens_of, words_of
from .model import Mention, capitalised, token_mention, words

_LONGEST = 6  # the most words of an office's name before "'s"
_POSSESSIVE = frozenset({"'s", "\u2019s"})


def _name_start(doc: Doc, j: int) -> int | None:
    """Where the capitalised run that ends at token ``j`` (an office holder's word) begins,
    or None when ``j`` is no such word."""
    tokens = tokens_of(doc)
    if not (capitalised(tokens[j]) and tokens[j].lower_ in words()["office_holders"]):
        return None
    if j > 0 and tokens[j - 1].lower_ in words()["first_names"]:
        return None  # "Senator Ann Marshal's office": a person's surname, no holder's title
    k = j
    while k > 0 and j - k + 1 < _LONGEST:
        prev = tokens[k - 1]
        if not (capitalised(prev) and prev.is_alpha) or prev.lower_ in {"the", "a", "an"}:
            break
        if prev.is_sent_start and prev.pos_ not in {"PROPN"}:
            break
        k -= 1
    return k


def title_offices(doc: Doc, out: list[Mention]) -> list[Mention]:
    """``out`` with the offices named after their holder's title in place of the mentions
    inside them (see the module)."""
    tokens = tokens_of(doc)
    for i, word in enumerate(words_of(doc)):  # the words: no Token's text read for each
        if word not in _POSSESSIVE or i == 0 or i + 1 >= len(tokens):
            continue
        if tokens[i + 1].lower_ not in words()["office_nouns"]:
            continue
        start, end = _name_start(doc, i - 1), i + 2
        if start is None:
            continue
        inside = [m for m in out if m.ts < end and start < m.te]
        if any(m.ts < start or m.te > end for m in inside) or any(
            m.ts == start and m.te == end for m in inside
        ):
            continue  # a longer name NER found, or this one already
        out = [m for m in out if m not in inside]
        out.append(token_mention(doc, start, end, "ORG"))
    return out


_BODY_WORDS = 4  # the most words of a body's name after its place


def place_bodies(doc: Doc, out: list[Mention], gz: Gazetteer) -> list[Mention]:
    """``out`` with each place NER tagged alone before the rest of a body's name joined to it:
    a run of capitalised words right after the place, untagged or one body NER tagged, that
    ends in an organisation's word ("Elmford Judicial District Court", "New Elmford" FAC and
    "District Court" ORG): one body (ORG), no place. A place whose name holds a country's
    stays as it is (the body's name would read as that country's)."""
    tokens = tokens_of(doc)
    ends = set(words()["org_name_words"])
    starts = {m.ts: m for m in out}
    dropped: set[int] = set()  # the ids of the mentions taken out of ``out`` so far
    for m in list(out):
        # (``m in out`` compares every field of each mention before it: asked only of one
        # taken out, the others are still there)
        if m.label not in {"GPE", "FAC", "LOC"} or (id(m) in dropped and m not in out):
            continue
        if any(gz.country(t.text) for t in tokens[m.ts : m.te]):
            continue  # "New Britain": a body so named would read as the country's
        end, body = m.te, starts.get(m.te)
        if body is not None and body.label == "ORG" and body.te - body.ts <= _BODY_WORDS:
            end = body.te
        else:
            body = None
            while end < len(tokens) and end - m.te < _BODY_WORDS:
                t = tokens[end]
                if not (capitalised(t) and t.is_alpha and not t.is_upper) or end in starts:
                    break
                end += 1
        if end == m.te or tokens[end - 1].lower_ not in ends:
            continue
        if end < len(tokens) and capitalised(tokens[end]) and tokens[end].is_alpha:
            continue  # the name goes on past what is known of it
        out = [x for x in out if x is not m and x is not body]
        dropped.update((id(m), id(body)))
        out.append(token_mention(doc, m.ts, end, "ORG"))
    return out
