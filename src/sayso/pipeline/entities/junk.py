"""Names NER found in words that are no name of an actor by their shape or by what the word is
(one of the fixes of step 1, in the order of :data:`.mentions.FIXES`):

- a name of any type ending in a law's word after a capitalised word ("the Clean Rivers Act"),
  or the letters a text gives such a law in brackets ("the Open Files Act (OFA)"): a law, no
  actor (a person-typed one: :mod:`.oddities`);
- a name before "-type", "-style", "-like" or "-esque" ("a Hale-style reform"): a kind of thing
  like the person or the body, no mention of it;
- one common word in capitals for stress inside a sentence written in lower case ("I have
  NEVER seen it"): a function word, no name;
- a one-word person- or body-typed name that is a role's noun or its plural ("Plaintiff said",
  "a group of liberal Rabbis") and no surname of a person the text names: a common noun;
- a name cut by a comma before a title's abbreviation ("The Ledger, Pres."): cut at the comma;
- a closing bracket glued to a name with no opening one ("(WKRN 4)"): cut off;
- an adjective or adverb opening a sentence glued to a body the tables know ("Top Labour
  Party donor X"): cut off;
- a nickname of two words, a participle (no given name nor a word of a name of the story)
  before the given name of one person the story names in full ("Jaded Marcus" beside "Marcus
  Hale"): the given name alone, which names that person;
- a body- or place-typed name of two or three capitalised words after a death's noun and
  "of" ("the killing of Dale Rusk and Lee Ober"): a person;
- a piece of a dateline's place in capitals ("SALT" or "LAKE CITY" of "SALT LAKE CITY -",
  "ST" of "ST. PAUL -"): the whole place;
- a person-typed name before a comma and a country's name that ends its list item or clause
  ("cities such as San Elmo, Peru; ..."): a place.
"""

from __future__ import annotations

import dataclasses
import functools

from spacy.tokens import Doc

from ...gazetteer import Gazetteer
from ...lexicon import DASHES
from ...nlp import (
    lowers_of,
    root_of,
    sentence_at,
    span_text,
    text_of,
    title_abbreviations,
    tokens_of,
    words_of,
)
from .labels import known_person
from .model import DATELINE, Mention, role_vocabulary, words
from .model import token_mention as _mention
from .people import last_words, named_in_full

# law words that end a body's name as well as a law's ("the Loyal Order of X" is no law)
_BODY_LAW_WORDS = frozenset({"order"})
_HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "FAC", "NORP"})


def junk_fixes(doc: Doc, out: list[Mention], gz: Gazetteer) -> list[Mention]:
    """``out`` with the mentions above dropped or cut."""
    surnames = last_words(doc, out)
    acronyms = _law_acronyms(doc)
    given = _given_names(doc, out)
    fixed: list[Mention] = []
    for m in _whole_datelines(doc, out):
        if m.kind != "name" or m.label not in _ACTOR_LABELS:
            fixed.append(m)
        elif (
            _law_name(doc, m)
            or _only_a_title(doc, m)
            or span_text(doc, m.ts, m.te) in acronyms
            or _kind_model(doc, m)
            or _named_day(doc, m)
            or _quoted_title(doc, m, gz)
            or _stressed_word(doc, m, gz)
            or _role_noun(doc, m, surnames, gz)
        ):
            continue
        elif _epithet(doc, m, given):
            fixed.append(_mention(doc, m.ts + 1, m.te, "PERSON"))
        elif _victim(doc, m):
            fixed.append(_mention(doc, m.ts, m.te, "PERSON"))
        elif _place_before_country(doc, m, gz):
            fixed.append(_mention(doc, m.ts, m.te, "GPE"))
        else:
            fixed.append(_cut_lead(doc, _cut_bracket(doc, _cut_title(doc, _cut_year(doc, m))), gz))
    return fixed


def _law_name(doc: Doc, m: Mention) -> bool:
    """A name (not a person's) whose last word is a law's after a capitalised word."""
    tokens = tokens_of(doc)
    last = tokens[m.te - 1]
    if m.label == "PERSON" or m.te - m.ts < 2 or not last.is_title:
        return False
    if last.lower_ not in words()["law_words"] or last.lower_ in _BODY_LAW_WORDS:
        return False
    before = tokens[m.te - 2]
    return before.is_alpha and before.text[:1].isupper()


def _law_acronyms(doc: Doc) -> frozenset[str]:
    """The letters a text gives a law in brackets right after its name ("... Act (OFA)")."""
    tokens, texts = tokens_of(doc), words_of(doc)
    law = words()["law_words"]
    out: set[str] = set()
    for i in range(1, len(tokens) - 2):
        if texts[i] != "(" or texts[i + 2] != ")":  # the words read once, not from each Token
            continue
        before, inside = tokens[i - 1], tokens[i + 1]
        if (
            before.is_title
            and before.lower_ in law
            and before.lower_ not in _BODY_LAW_WORDS
            and inside.is_upper
            and inside.is_alpha
            and len(inside.text) >= 2
        ):
            out.add(inside.text)
    return frozenset(out)


def _kind_model(doc: Doc, m: Mention) -> bool:
    """A name before a hyphen and a kind's word ("Hale-type") or a prize's participle
    ("Emmy-winning"), inside the span or after it."""
    lowers = lowers_of(doc)
    tokens = tokens_of(doc)
    marks = _hyphen_marks()
    if m.te - m.ts >= 3 and lowers[m.te - 1] in marks and tokens[m.te - 2].text in _HYPHENS:
        return True
    return (
        m.te + 1 < len(doc)
        and tokens[m.te].text in _HYPHENS
        and not tokens[m.te].whitespace_
        and not tokens[m.te - 1].whitespace_
        and lowers[m.te + 1] in marks
    )


@functools.lru_cache(maxsize=1)
def _hyphen_marks() -> frozenset[str]:
    """The words after a hyphen that make the name before it no actor: a kind's ("-style") or a
    prize's ("-winning")."""
    table = words()
    return frozenset((*table["kind_suffixes"], *table["prize_participles"]))


def _quoted_title(doc: Doc, m: Mention, gz: Gazetteer) -> bool:
    """A person-typed name that is all a quotation ("the ferry drama “Harbour Light,”"):
    the title of a work, no person; not a quoted nickname before a surname ("Walt \"Buzz\"
    Henley"), a surname of a person named in full or listed, nor a quotation after a colon or
    a verb, which may be an answer that names one."""
    tokens = tokens_of(doc)
    if m.label != "PERSON" or m.ts == 0 or m.te + 1 >= len(doc) or not tokens[m.ts - 1].is_quote:
        return False
    if m.ts >= 2 and (tokens[m.ts - 2].text == ":" or tokens[m.ts - 2].pos_ in {"VERB", "AUX"}):
        return False  # said: “Hale.”: a one-word answer may name a person
    after = tokens[m.te]
    if after.text in {",", "."}:
        after = tokens[m.te + 1]
    if not after.is_quote or known_person(doc, tokens[m.te - 1], gz):
        return False  # the words "Ann Hale" sung, "Hale" written on a wall: the person
    beyond = tokens[after.i + 1] if after.i + 1 < len(doc) else None
    return not (beyond is not None and beyond.pos_ == "PROPN" and beyond.is_title)


def _named_day(doc: Doc, m: Mention) -> bool:
    """A name before its possessive and a capitalised day's word ("Valentine's Day"): a
    holiday, no actor; "Hale's day off" keeps Hale."""
    tokens = tokens_of(doc)
    if m.te + 1 >= len(doc) or tokens[m.te].tag_ != "POS":
        return False
    after = tokens[m.te + 1]
    return after.is_title and after.lower_ in words()["day_heads"]


def _stressed_word(doc: Doc, m: Mention, gz: Gazetteer) -> bool:
    """One function word of three letters or more in capitals ("NEVER") inside a sentence
    mostly in lower case, not a name the tables know ("WHO") nor a place's code after a comma."""
    if m.te - m.ts != 1:
        return False
    tokens = tokens_of(doc)
    tok = tokens[m.ts]
    if not (tok.is_upper and tok.is_alpha and len(tok) >= 3 and tok.lower_ in _stop_words()):
        return False  # two letters may be a code ("UP", "OR")
    if gz.org(tok.text) or gz.place_country(tok.text) or gz.country(tok.text):
        return False
    if gz.us_state(tok.text) or tokens[tok.i - 1].text == ",":
        return False  # a state's code after its town
    start, end = sentence_at(doc, tok.i)
    if tok.i == start:
        return False
    sent = tokens[start:end]  # (tok.sent's tokens, made once)
    lower = sum(1 for t in sent if t.is_alpha and t.is_lower)
    upper = sum(1 for t in sent if t.is_alpha and t.is_upper)
    return lower >= 3 * max(upper, 1)


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _role_noun(doc: Doc, m: Mention, surnames: set[str], gz: Gazetteer) -> bool:
    """A one-word person- or body-typed name that is a role's noun or its plural ("Rabbis"),
    capitalised inside a sentence, and no surname of the story nor a name the tables know."""
    if m.te - m.ts != 1 or m.label not in {"PERSON", "ORG"}:
        return False
    tok = tokens_of(doc)[m.ts]
    if not tok.is_title or tok.i == sentence_at(doc, tok.i)[0] or tok.text in surnames:
        return False
    low = tok.lower_
    roles = _role_nouns()
    noun = low if low in roles else low[:-1] if low.endswith("s") and low[:-1] in roles else None
    if noun is None or noun in words()["first_names"]:
        return False
    return not (gz.org(tok.text) or gz.person(tok.text) or gz.place_country(tok.text))


def _cut_title(doc: Doc, m: Mention) -> Mention:
    """A name cut at a comma before its last word when that word is a title's abbreviation
    with its period after the span ("The Ledger, Pres.")."""
    tokens = tokens_of(doc)
    if m.te - m.ts < 3 or tokens[m.te - 2].text != "," or m.te >= len(doc):
        return m
    last = tokens[m.te - 1]
    abbreviated = tokens[m.te].text == "." or last.text.endswith(".")
    if abbreviated and last.lower_.rstrip(".") in title_abbreviation_words():
        return _mention(doc, m.ts, m.te - 2, m.label)
    return m


@functools.lru_cache(maxsize=1)
def title_abbreviation_words() -> frozenset[str]:
    """The titles' abbreviations without their period, lowercase: the roles' ("gov", "sen")
    and those the tokenizer keeps whole (``nlp.title_abbreviations``: "pres", "atty", "sgt")."""
    roles = {w[:-1] for w in role_vocabulary() if w.endswith(".")}
    return frozenset(roles | {t[:-1].lower() for t in title_abbreviations()})


def _only_a_title(doc: Doc, m: Mention) -> bool:
    """A name that is only a title's abbreviation ("Atty." before another title, "the rank of
    Sgt."): no one is named."""
    if m.te - m.ts > 2:
        return False
    text = span_text(doc, m.ts, m.te)
    word = text[:-1] if text.endswith(".") else text
    if m.te - m.ts == 2 and not text.endswith("."):
        return False
    return word.lower() in title_abbreviation_words() and word[:1].isupper()


@functools.lru_cache(maxsize=1)
def _role_nouns() -> frozenset[str]:
    """The roles written in one word ("rabbi", "mayor")."""
    return frozenset(r.pattern for r in Gazetteer.default().roles() if r.pattern.isalpha())


def _cut_year(doc: Doc, m: Mention) -> Mention:
    """A name NER ran over its possessive into a year ("Hale's 2012" of "Hale's 2012 race"):
    the name before the possessive."""
    tokens = tokens_of(doc)
    last = tokens[m.te - 1]
    if m.te - m.ts < 3 or tokens[m.te - 2].tag_ != "POS" or not last.is_digit or len(last) != 4:
        return m
    return _mention(doc, m.ts, m.te - 2, m.label)


def _cut_bracket(doc: Doc, m: Mention) -> Mention:
    """A name whose text ends in a closing bracket it does not open: the bracket cut off."""
    text = text_of(doc)[m.start : m.end]
    if text.endswith(")") and "(" not in text and len(text) > 1:
        return dataclasses.replace(m, end=m.end - 1)
    return m


_MODIFIER_TAGS = frozenset({"JJ", "JJS", "JJR", "RB", "RBS"})
# what may follow "<Town>, <Country>" when the pair is a place in a list or a clause
_PLACE_ENDS = frozenset({",", ";", ".", ")", "and", "or"})


def _cut_lead(doc: Doc, m: Mention, gz: Gazetteer) -> Mention:
    """A body's name opening a sentence (or the text after a dateline's dash) with a modifier
    the tables' body lacks ("Top")."""
    if m.label != "ORG" or m.te - m.ts < 2:
        return m
    tok = tokens_of(doc)[m.ts]
    # the cheap tests first; the sentence's bounds read once per document, not from tok.sent
    if tok.tag_ not in _MODIFIER_TAGS:
        return m
    if m.ts != sentence_at(doc, m.ts)[0] and words_of(doc)[m.ts - 1] not in DASHES:
        return m
    if gz.org(span_text(doc, m.ts, m.te)) is not None:
        return m
    if gz.demonym(tok.text) or gz.country(tok.text) or gz.place_country(tok.text):
        return m  # "Indian Army": the army of a country, not any army
    if gz.org(span_text(doc, m.ts + 1, m.te)) is None:
        return m
    return _mention(doc, m.ts + 1, m.te, m.label)


def _place_before_country(doc: Doc, m: Mention, gz: Gazetteer) -> bool:
    """A person-typed name of no given name before ", <Country>" that ends a list's item or a
    clause: a town of that country ("San Elmo, Peru;")."""
    if m.label != "PERSON" or m.te + 2 >= len(doc) or doc[m.te].text != ",":
        return False
    if m.titled or doc[m.ts].lower_ in words()["first_names"]:
        return False
    for end in (m.te + 2, m.te + 3):
        if end < len(doc) and gz.country(span_text(doc, m.te + 1, end)) is not None:
            return doc[end].lower_ in _PLACE_ENDS
    return False


def _given_names(doc: Doc, out: list[Mention]) -> dict[str, int]:
    """The first word of each person named in full (3 words at most) -> how many such people
    open with it; and every word of those names, keyed in lower case with -1."""
    tokens = tokens_of(doc)
    firsts: dict[str, set[str]] = {}
    found: dict[str, int] = {}
    for m in named_in_full(out):
        if m.te - m.ts > 3 or (m.te - m.ts == 2 and _participle(tokens[m.ts].lower_)):
            continue  # an epithet itself ("Jaded Marcus") names no one's given name
        name = span_text(doc, m.ts, m.te)
        firsts.setdefault(tokens[m.ts].text, set()).add(name)
        for t in tokens[m.ts : m.te]:
            found[t.lower_] = -1
    for first, names in firsts.items():
        found[first] = len(names)
    return found


def _epithet(doc: Doc, m: Mention, given: dict[str, int]) -> bool:
    """A two-word person-typed name whose second word opens the name of one person named in
    full and whose first, capitalised, is a participle ("-ed"), no given name nor a word of a
    person's name."""
    if m.label != "PERSON" or m.te - m.ts != 2 or m.titled:
        return False
    first, second = doc[m.ts], doc[m.ts + 1]
    if given.get(second.text, 0) != 1 or not first.is_title or not first.is_alpha:
        return False
    return _participle(first.lower_) and first.lower_ not in given


def _participle(low: str) -> bool:
    """A word shaped like a past participle ("crooked") that is no given name ("jared")."""
    return len(low) >= 5 and low.endswith("ed") and low not in words()["first_names"]


def _victim(doc: Doc, m: Mention) -> bool:
    """A body- or place-typed name of two or three capitalised words, no body's last word, that
    is (or is joined by "and" to) the object of "of" after a death's noun."""
    if m.label not in {"ORG", "GPE", "FAC"} or not 2 <= m.te - m.ts <= 3:
        return False
    toks = tokens_of(doc)[m.ts : m.te]
    if not all(t.is_title and t.is_alpha for t in toks):
        return False
    if toks[-1].lower_ in words()["org_name_words"]:
        return False
    root = root_of(doc, m.ts, m.te)
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.i < prep.i
        and prep.head.lower_ in words()["death_nouns"]
    )


def _whole_datelines(doc: Doc, out: list[Mention]) -> list[Mention]:
    """``out`` with the name mentions in capitals inside a dateline's place of two or more
    words that none covers whole replaced by one place mention of it."""
    text = text_of(doc)
    found: list[tuple[int, int]] = []
    for d in DATELINE.finditer(text[:600]):
        start, end = d.span(1)
        if len(d.group(1).split()) >= 2:
            found.append((start, end))
    if not found:
        return out
    fixed: list[Mention] = []
    done: set[tuple[int, int]] = set()
    for m in out:
        span = next(((s, e) for s, e in found if s <= m.start and m.end <= e), None)
        if span is None or m.kind != "name" or (m.start, m.end) == span:
            fixed.append(m)
            continue
        if not text[m.start : m.end].isupper() or span in done:
            if span not in done:
                fixed.append(m)
            continue
        whole = doc.char_span(span[0], span[1])
        if whole is None:
            fixed.append(m)
            continue
        done.add(span)
        fixed.append(_mention(doc, whole.start, whole.end, "GPE"))
    return fixed
