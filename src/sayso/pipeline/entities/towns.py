"""Places by where the text writes them, for step 1 (:mod:`.mentions`): a dateline's place
("HELENA, Mont. -", "OSLO (Agency) -", "DOVER-Facing ...": cut from the word glued after it),
and a capitalised name written right before a US state ("Corinth, N. Y.", "Hale, Minn."): a town
there, whatever NER typed it (a person, a date) or if NER missed it. For step 2
(:mod:`.clusters`): the country of a body written in its town ("the Andes Policy Institute in
Quito").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...gazetteer import Gazetteer
from ...lexicon import DASHES, is_dateline
from ...nlp import span_text, text_of, tokens_of
from .model import DATELINE, INDEFINITES, Mention, role_vocabulary, token_mention, words

_TOWN_WORDS = 3  # a town's name before a state has at most this many words


def dateline_place(doc: Doc, out: list[Mention], gz: Gazetteer) -> None:
    """The place of a dateline ("HELENA, Mont. -", "OSLO (Agency) -") is a place: found when
    NER missed it, relabelled when NER typed it otherwise (not a body the tables list that
    opens a line: "CNN, where ...")."""
    for found in DATELINE.finditer(text_of(doc)[:400]):
        span = doc.char_span(found.start(1), found.end(1))
        if span is None or not span.text.isupper() or len(span.text) < 3:
            continue
        if gz.org(span.text) is not None and gz.place_country(span.text.title()) is None:
            return
        hits = [m for m in out if m.ts < span.end and span.start < m.te]
        if not hits:
            out.append(token_mention(doc, span.start, span.end, "GPE"))
        elif len(hits) == 1 and (hits[0].ts, hits[0].te) == (span.start, span.end):
            hits[0].label = "GPE"
        return


def dateline_dashes(doc: Doc, ts: int, te: int) -> list[int]:
    """The spaced dash after a dateline in capitals inside one entity ("ABUJA - Nigeria's"):
    the tokens before it are the dateline place, those after it another name."""
    tokens = tokens_of(doc)
    out = []
    for i in range(ts + 1, te - 1):
        if tokens[i].text not in DASHES or not span_text(doc, ts, i).isupper():
            continue
        if (tokens[i].whitespace_ and tokens[i - 1].whitespace_) or (
            # "DOVER-Facing three charges": a dateline glued to the story's first word
            not tokens[i - 1].whitespace_
            and not tokens[i + 1].is_upper
            and (is_dateline(tokens[i - 1]) or _opens_line(doc, ts))
            and len(span_text(doc, ts, i)) >= 3
        ):
            out.append(i)
    return out


def _opens_line(doc: Doc, ts: int) -> bool:
    """Whether token ``ts`` is the first thing on its line (a dateline under a byline)."""
    text = text_of(doc)
    k = tokens_of(doc)[ts].idx
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] == "\n"


def towns_before_states(doc: Doc, out: list[Mention], gz: Gazetteer) -> None:
    """Type as a town (GPE) the capitalised name before ", State" of every mention of a US
    state ("of Corinth, N. Y., was charged"), adding it where NER found no name; a name a
    mention covers in part, or a name that opens its sentence, is left alone."""
    tokens = tokens_of(doc)
    added: list[Mention] = []
    for m in out:
        if m.label != "GPE" or m.ts < 2 or tokens[m.ts - 1].text != ",":
            continue
        state = span_text(doc, m.ts, m.te)
        if gz.us_state(state) is None:
            continue
        te = m.ts - 1
        ts = te
        capitals = _dateline_state(doc, m.te)  # "ELMVILLE, MD -": a town in capitals
        while (
            ts > 0
            and te - ts < _TOWN_WORDS
            and tokens[ts - 1].tag_ == "NNP"
            and tokens[ts - 1].is_alpha
            and tokens[ts - 1].text[:1].isupper()
            and (capitals or not tokens[ts - 1].is_upper)
            and tokens[ts - 1].lower_ not in role_vocabulary()
        ):
            ts -= 1
        if ts == te or tokens[ts].is_sent_start or gz.us_state(span_text(doc, ts, te)):
            continue
        town = span_text(doc, ts, te)
        if gz.country(state) and gz.place_country(town.title()) not in {None, "USA"}:
            continue  # "Tbilisi, Georgia": the country's city, not a US state's town
        m.country = "USA"  # the state itself: "MD" after a town is Maryland
        hits = [h for h in out if h.ts < te and ts < h.te]
        if not hits:
            added.append(token_mention(doc, ts, te, "GPE", country="USA"))
        elif (
            len(hits) == 1
            and (hits[0].ts, hits[0].te) == (ts, te)
            and (hits[0].label != "ORG" or capitals)
            # one word typed a person ("Schenectady"), not a full name ("Ana Ruiz, Texas")
            and not (hits[0].label == "PERSON" and (te - ts > 1 or hits[0].titled))
        ):
            hits[0].label = "GPE"
            hits[0].country = "USA"  # "Amsterdam, N.Y.": the US town, not the city abroad
    out.extend(added)
    out.sort(key=lambda m: m.start)


def _dateline_state(doc: Doc, te: int) -> bool:
    """Whether a dash follows a state's mention ending at token ``te`` (a dateline's "TOWN,
    ST -"), so that the town before it may be written in capitals."""
    tokens = tokens_of(doc)
    return te < len(tokens) and tokens[te].text in DASHES


def settlements_by_use(doc: Doc, out: list[Mention]) -> None:
    """A name ending in a place's word ("Cedar Lake", "Maple Falls") typed a natural place or
    a building is a town where the story has people live or come from: "Dana Olsen, 19, of
    Cedar Lake", "two men from Cedar Lake", "a Cedar Lake woman", "who lives in Cedar Lake"."""
    tokens = tokens_of(doc)
    ends = set(words()["place_name_words"])
    residents = set(words()["resident_nouns"])
    dwell = set(words()["dwelling_verbs"])  # "who lives in Cedar Lake": a town, no lake
    for m in out:
        if m.label not in {"LOC", "FAC"} or m.te - m.ts < 2 or tokens[m.te - 1].lower_ not in ends:
            continue
        before = tokens[m.ts - 1].lower_ if m.ts > 0 else ""
        of_person = before == "of" and m.ts > 1 and tokens[m.ts - 2].text == ","
        resident = m.te < len(doc) and tokens[m.te].lower_ in residents and before in INDEFINITES
        lives = before == "in" and m.ts > 1 and tokens[m.ts - 2].lemma_ in dwell
        if before == "from" or of_person or resident or lives:
            m.label = "GPE"


_IN_PLACE = re.compile(r"[ \t]+in[ \t]+([A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*){0,2})")


def town_of_body(text: str, end: int, name: str, gz: Gazetteer) -> str | None:
    """The country of the place a body's name ending at ``end`` is written in ("the Andes
    Policy Institute in Quito" -> ECU, "Kestrel Bank in Zurich"); None for one country's
    outpost in another ("the Dutch embassy in Lima"), or when the place is none the tables know
    or a name that US towns share with a city abroad ("Bristol")."""
    found = _IN_PLACE.match(text, end)
    words_ = name.casefold().split()
    if found is None or not words_ or words_[-1] in words()["outpost_heads"]:
        return None
    place = found.group(1).split()
    for n in range(len(place), 0, -1):
        for name_ in (" ".join(place[:n]), " ".join(place[:n]).rstrip(".")):  # "in Dakar."
            if name_.casefold() in words()["us_namesakes"]:
                return None  # "Bristol" may be a US town's name: the story says which
            country = gz.country(name_) or gz.place_country(name_)
            if country is not None:
                return country
    return None


def hyphened_word(doc: Doc, ts: int, te: int) -> bool:
    """Whether the tokens from ``ts`` to ``te`` are one word, or words a hyphen joins ("Kent",
    "Port - Royal" as a page's spacing writes "Port-Royal")."""
    parts = [t.text for t in tokens_of(doc)[ts:te]]
    return len(parts) % 2 == 1 and all((p == "-") == (k % 2 == 1) for k, p in enumerate(parts))


def aged_home(doc: Doc, ts: int) -> bool:
    """Whether a name stands where local news writes a person's home town after their age
    ("Ann Roe, 48, of X"): the name is a place."""
    tokens = tokens_of(doc)
    return (
        ts >= 4
        and tokens[ts - 1].lower_ == "of"
        and tokens[ts - 2].text == ","
        and tokens[ts - 3].like_num
        and tokens[ts - 4].text == ","
    )
