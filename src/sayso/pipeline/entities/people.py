"""People NER missed or mistyped, found once the entities NER read are mentions (step 1 of
the entities stage, :func:`.mentions.name_mentions`): names a person's title introduces ("Mr.
Hale said", "Sheriff Ana Ruiz"), names with a generational suffix ("Hale Jr."), bodies and places
named like a person the text names ("Amanda Pryce" typed a body beside "Robert Pryce"), and the
surnames NER left untagged ("Pryce told voters")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ...nlp import lowers_of, span_text, text_of, tokens_of, words_of
from .model import (
    HYPHENS,
    LOOSE_TITLES,
    Mention,
    marking_suffixes,
    org_word_or_facility,
    person_titles,
    role_vocabulary,
    suffix_words,
    title_keys,
    title_width,
    words,
)
from .model import token_mention as _mention
from .shapes import missed_name, neighbourhood_mentions, suffix_period
from .titled import title_holder


def titled_names(doc: Doc, covered: set[int], gz: Gazetteer) -> list[Mention]:
    """Names NER missed that a person's title introduces ("Mr. Hale said", "Department
    Spokesperson Ana Ruiz"), names with a generational suffix ("Hale Jr."), and bodies "the"
    introduces ("the North Carolina Supreme Court", see :func:`.shapes.missed_name`)."""
    tokens = tokens_of(doc)
    out: list[Mention] = []
    suffixes = suffix_words()
    vocab = role_vocabulary()  # "Mr. President" names no one
    keys, texts, lowers = title_keys(), words_of(doc), lowers_of(doc)
    for tok in tokens:
        if tok.i in covered:
            continue
        if not texts[tok.i][:1].isupper() and lowers[tok.i] not in keys:
            continue  # nothing below starts at a word in lower case but a title ("mr.")
        missed = missed_name(doc, tok, covered, gz)
        if missed is not None and missed[2] == "GPE":
            out.extend(neighbourhood_mentions(doc, missed[0], missed[1], gz))
            covered.update(range(missed[0], missed[1]))
            continue
        if missed is not None:
            out.append(_mention(doc, missed[0], missed[1], missed[2]))
            covered.update(range(missed[0], missed[1]))
            continue
        width = title_width(doc, tok.i) if tok.lower_ in title_keys() else 0
        if width and tok.lower_ not in LOOSE_TITLES:
            start = tok.i + width
        elif _role_before_first_name(doc, tok.i, gz):
            start = tok.i + 1  # "Sheriff Ana Ruiz" with no name found: the role names her
        elif (
            tok.pos_ == "PROPN"
            and tok.text[:1].isupper()
            and tok.i + 1 < len(doc)
            and lowers[tok.i + 1] in marking_suffixes()
            and (tok.i == 0 or not tokens[tok.i - 1].text[:1].isupper())
        ):
            start = tok.i
        else:
            continue
        end = start
        while (
            end < len(doc)
            and end not in covered
            and (tokens[end].pos_ == "PROPN" or lowers[end] in suffixes)
            and tokens[end].text[:1].isupper()
            and lowers[end] not in person_titles()
        ):
            end += 1
        if end > start and not (
            end == start + 1 and (lowers[start] in suffixes or lowers[start] in vocab)
        ):
            titled = start > tok.i
            gender = words()["honorifics"].get(tok.lower_) if titled else None
            out.append(_mention(doc, start, end, "PERSON", gender=gender, titled=titled))
            covered.update(range(start, end))
    return out


def _role_before_first_name(doc: Doc, i: int, gz: Gazetteer) -> bool:
    """Whether the token at ``i`` is a capitalised one-word role of the role table ("Sheriff",
    "Mayor") right before a capitalised common first name and another name word."""
    tokens, lowers = tokens_of(doc), lowers_of(doc)
    if i + 2 >= len(doc) or not tokens[i].text[:1].isupper():
        return False
    info = gz.role(lowers[i])
    return (
        info is not None
        and info.pattern == lowers[i]
        and lowers[i + 1] in words()["first_names"]
        and tokens[i + 1].pos_ == "PROPN"
        and tokens[i + 2].pos_ == "PROPN"
        and tokens[i + 2].text[:1].isupper()
    )


def _firm_plural(tok: Token) -> bool:
    """Whether a name's last word is a plural organisation's word ("Advisors", "Partners"):
    no surname, whatever given name opens the name ("Gordon Advisors")."""
    low = tok.lower_
    return low.endswith("s") and low in words()["org_name_words"]


def people_by_surname(doc: Doc, out: list[Mention], gz: Gazetteer) -> None:
    """Relabel as a person an organisation of two capitalised words (a suffix aside) that ends
    in the surname of a person the text names ("Amanda Pryce" typed ORG beside "Robert Pryce"),
    with a generational suffix ("Marcus Hale Jr.") or opens with a common first name ("Paul
    Riva"); then find the surnames NER missed."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    suffixes = suffix_words()
    surnames = named_surnames(doc, out)
    heads = set(words()["generic_org_heads"]) | set(words()["institutions"])
    for m in out:
        if m.label != "ORG" or not 2 <= m.te - m.ts <= 4:
            continue
        toks = doc[m.ts : m.te - 1] if suffix_period(doc, m.te - 1, m.ts) else doc[m.ts : m.te]
        core = [t for t in toks if t.lower_ not in suffixes]
        if (
            (
                _surname(doc, m.ts, m.te) in surnames
                or toks[-1].lower_ in marking_suffixes()
                or (core[0].lower_ in words()["first_names"] and not _firm_plural(core[-1]))
            )  # "Paul Riva" typed ORG, not "Gordon Advisors"
            and len(core) == 2
            and not (gz.org(core[0].text) or gz.place_country(core[0].text))
            and gz.metonym(toks.text) is None
            and not any(t.lower_ in role_vocabulary() or t.lower_ in heads for t in core)
            and all(t.text[:1].isupper() and t.is_alpha for t in core)
            and core[-1].lower_ not in heads
            and gz.org(toks.text) is None
            and not any(gz.nation(t.text) for t in toks)
        ):
            m.label = "PERSON"
    _placed_people(doc, out, gz)
    # a surname NER left untagged ("Pryce told voters" after "Robert Pryce"; "Chief Pryce"
    # after "Police Chief Ann Pryce", see .titled)
    surnames = named_surnames(doc, out)
    covered = {i for m in out for i in range(m.ts, m.te)}
    full = named_in_full(out)
    text = text_of(doc)  # read once: ``doc.text`` joins every token anew
    for i, low in enumerate(lowers):  # a Token made only for a surname
        if low not in surnames or i in covered:
            continue
        tok = tokens[i]
        titled = (
            tok.i > 0
            and tok.i - 1 not in covered
            and title_holder(text, tokens[tok.i - 1].text, tok.text, tok.idx, full) is not None
        )
        if (
            (tok.pos_ == "PROPN" or _subject_at_sentence_start(tok))
            and tok.text[:1].isupper()
            and tok.lower_ not in role_vocabulary()
            and not (gz.org(tok.text) or gz.country(tok.text) or gz.place_country(tok.text))
            and tok.dep_ != "compound"  # "Cruz backers", "the Clinton Foundation": modifiers
            and not (tok.i + 1 < len(doc) and tokens[tok.i + 1].pos_ == "PROPN")
            and not (
                tok.i > 0
                and not titled
                and tokens[tok.i - 1].pos_ == "PROPN"
                and tokens[tok.i - 1].text[:1].isupper()
                and lowers[tok.i - 1] not in words()["name_openers"]  # "First Hale goes"
            )
        ):
            end = tok.i + 1
            if end < len(doc) and lowers[end] in suffixes:
                end += 1
            out.append(_mention(doc, tok.i, end, "PERSON", titled=titled))
    out.sort(key=lambda m: m.start)


def _placed_people(doc: Doc, out: list[Mention], gz: Gazetteer) -> None:
    """Relabel as a person a place or building of two capitalised words that ends in the
    surname of a person the text names at least twice ("Maurice Keel" typed a city beside
    "Keel said ..."), unless the tables know the name or its first word as a place or body, or
    a word of it is a place's or a body's word ("Keel Street")."""
    counts: dict[str, int] = {}
    for m in out:
        if m.label == "PERSON":
            key = _surname(doc, m.ts, m.te)
            counts[key] = counts.get(key, 0) + (2 if m.te - m.ts > 1 else 1)
    for m in out:
        if m.label not in {"GPE", "LOC", "FAC"} or m.te - m.ts != 2:
            continue
        toks = tokens_of(doc)[m.ts : m.te]
        if (
            counts.get(_surname(doc, m.ts, m.te), 0) >= 2
            and all(t.text[:1].isupper() and t.is_alpha and not t.is_upper for t in toks)
            and not (gz.place_country(toks[0].text) or gz.org(toks[0].text))
            and not any(org_word_or_facility(t) or t.lower_ in role_vocabulary() for t in toks)
            and toks[-1].lower_ not in words()["place_name_words"]
            and toks[-1].lower_ not in words()["division_words"]
            and gz.place_country(name := span_text(doc, m.ts, m.te)) is None
            and gz.org(name) is None
        ):
            m.label = "PERSON"


def _subject_at_sentence_start(tok: Token) -> bool:
    """A capitalised word the tagger took for a common noun at the start of a sentence, the
    subject of its verb ("Ruiz later thanked ..."): a surname there is a name."""
    return bool(tok.is_sent_start and tok.pos_ == "NOUN" and tok.dep_ == "nsubj")


def _surname(doc: Doc, ts: int, te: int) -> str:
    """The last word of a name that is not a generational suffix ("Hale" of "Hale Jr.")."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    suffixes = suffix_words()
    for t in reversed(tokens[ts:te]):
        if t.lower_ not in suffixes and t.text != ".":
            return str(t.lower_)
    return str(lowers[te - 1])


# The surnames of the people the text names in full (a given name and a surname), each as the
# fix that reads it needs them.


def named_in_full(out: list[Mention]) -> list[Mention]:
    """The mentions of people named with two or more words ("Ann Hale", not "Hale")."""
    return [m for m in out if m.label == "PERSON" and m.te - m.ts >= 2]


def named_surnames(doc: Doc, out: list[Mention]) -> set[str]:
    """The surnames of the people named in full, in lower case, a suffix aside ("hale" of "Marcus
    Hale Jr.")."""
    return {_surname(doc, m.ts, m.te) for m in named_in_full(out)}


def last_words(doc: Doc, out: list[Mention]) -> set[str]:
    """The last word of each person named in full, as written."""
    tokens = tokens_of(doc)
    return {tokens[m.te - 1].text for m in named_in_full(out)}


def first_words_by_surname(doc: Doc, out: list[Mention]) -> dict[str, set[str]]:
    """The last word (of letters) of each person named in full -> their first words, in lower
    case."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    found: dict[str, set[str]] = {}
    for m in named_in_full(out):
        if tokens[m.te - 1].is_alpha:
            found.setdefault(lowers[m.te - 1], set()).add(lowers[m.ts])
    return found


def hyphened_surnames(doc: Doc, out: list[Mention]) -> set[str]:
    """The surname of each person named in full, its hyphened pieces kept together, as written
    ("Hale-Quimby" of "Ann Hale-Quimby")."""
    tokens = tokens_of(doc)
    found: set[str] = set()
    for m in named_in_full(out):
        start = m.te - 1
        while start - 2 > m.ts and tokens[start - 1].text in HYPHENS:
            start -= 2
        found.add(span_text(doc, start, m.te))
    return found
