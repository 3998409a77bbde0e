"""Shapes that type a name or reject it, for step 1 (:mod:`.mentions`): a title alone names no
one ("Sgt", "U.S. Surgeon General"), a name ending in an organisation's word is an organisation
("Gordon Advisors"), a name never runs over a line break, an apposition says what a name is ("the
firm, Construtora Lima": a body; "its chief negotiator, Elnur Aliyev": a person), and names NER
missed: a body that "the" introduces and an organisation's word ends ("the North Carolina Supreme
Court"), a person after a capitalised title ("Department Spokesperson Ana Ruiz").

Each function reads only the tokens around one name (no pass over the whole document), except
:func:`missed_name`, which the caller runs inside its one pass.
"""

from __future__ import annotations

import functools
import itertools
import re

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ...nlp import children_of, ents_of, lowers_of, root_of, span_text, text_of, tokens_of
from .model import (
    Mention,
    org_word_or_facility,
    role_vocabulary,
    suffix_words,
    token_mention,
    words,
)


def suffix_period(doc: Doc, i: int, ts: int) -> bool:
    """Whether the token at ``i`` is the period of a generational suffix the tokenizer split
    off ("Sr" + "."), written right after it (not before ``ts``)."""
    tokens = tokens_of(doc)
    if tokens[i].text != "." or i - 1 < ts or tokens[i - 1].whitespace_:
        return False
    return lowers_of(doc)[i - 1] + "." in suffix_words()


def only_title(doc: Doc, ts: int, te: int, gz: Gazetteer) -> bool:
    """Whether tokens ``ts..te`` are only a title, after a country's name ("VP", "Sgt", "U. S.
    Surgeon General")."""
    tokens = tokens_of(doc)
    for lead in (3, 2, 1):
        if te - ts > lead and gz.country(span_text(doc, ts, ts + lead)):
            ts += lead
            break
    honor = words()["honorifics"]
    low = [t.lower_ for t in tokens[ts:te] if not t.is_punct]
    if not low:
        return False
    if all(w in honor for w in low):
        return True
    return whole_role(" ".join(low), gz)


def whole_role(phrase: str, gz: Gazetteer) -> bool:
    """Whether ``phrase`` is a whole role pattern ("spokesperson", "sgt" for "sgt.")."""
    for form in (phrase, phrase + "."):
        info = gz.role(form)
        if info is not None and info.pattern == form:
            return True
    return False


def person_of_place(doc: Doc, ts: int, te: int) -> int | None:
    """Where "of" stands in a body or place NER made of a person and their home town ("Dana
    Vessey of Elmford" typed ORG), or None: two capitalised words before it, the first a common
    given name or the second a surname NER tags a person elsewhere in the text, and one or two
    capitalised words after it, none an organisation's or a building's word."""
    tokens = tokens_of(doc)
    if te - ts not in {4, 5} or tokens[ts + 2].lower_ != "of":
        return None
    first, last = tokens[ts], tokens[ts + 1]
    if not all(
        t.is_alpha and t.text[:1].isupper() for t in (*tokens[ts : ts + 2], *tokens[ts + 3 : te])
    ):
        return None
    if any(org_word_or_facility(t) for t in tokens[ts:te]):
        return None
    surname = any(e.label_ == "PERSON" and e.text == last.text for e in ents_of(doc))
    if first.lower_ not in words()["first_names"] and not surname:
        return None
    return ts + 2


_AGE_BEFORE = re.compile(r"\b\d{1,3}[- ]years?[- ]old\s+$", re.IGNORECASE)


def aged_name(doc: Doc, ts: int, te: int, gz: Gazetteer) -> bool:
    """Whether a name NER typed a body, a building or a place stands right after a person's
    age ("a 22-year-old Dana Vessey"): two or three capitalised words, none an organisation's
    or a building's word, that the tables know as no place or body: a person."""
    tokens = tokens_of(doc)
    if te - ts not in {2, 3} or not _AGE_BEFORE.search(
        text_of(doc)[max(0, tokens[ts].idx - 20) : tokens[ts].idx]
    ):
        return False
    if not all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in tokens[ts:te]):
        return False
    text = span_text(doc, ts, te)
    if gz.org(text) or gz.place_country(text) or gz.country(text):
        return False
    return not any(org_word_or_facility(t) for t in tokens[ts:te])


def title_after_place(doc: Doc, ts: int, te: int, gz: Gazetteer) -> bool:
    """Whether a place's last word is a title NER took into it, or the first word of one that
    goes on after it, with the title holder's capitalised name right after ("Ashby County
    Sheriff Ann Roe", "Port Kelso Mayor Li", "Ashby County District" + "Attorney Ann Roe"): the
    place is the words before the title's word."""
    tokens = tokens_of(doc)
    if te - ts < 2 or te >= len(doc):
        return False
    last, after = tokens[te - 1], te
    if not whole_role(last.lower_, gz):
        if not (last.lower_ in _TITLE_OPENERS and tokens[te].lower_ in words()["office_holders"]):
            return False
        after = te + 1  # "District" + "Attorney Ann Roe"
    text = span_text(doc, ts, te)
    if gz.country(text) or gz.place(text) or after >= len(doc):
        return False
    nxt = tokens[after]
    return nxt.text[:1].isupper() and nxt.is_alpha and nxt.ent_type_ == "PERSON"


_TITLE_OPENERS = frozenset({"district"})  # "District Attorney": a title, its first word


def org_shaped(doc: Doc, ts: int, te: int) -> bool:
    """A "person" whose shape is an organisation's: a name of two or more words ending in an
    organisation's word ("Gordon Advisors", "Writers Guild"), or one right after "the" that
    heads its phrase ("the Rams"; "the Hale administration" keeps Hale a person)."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    if te - ts >= 2 and lowers[te - 1] in words()["org_name_words"]:
        return True
    return ts > 0 and lowers[ts - 1] == "the" and tokens[te - 1].dep_ != "compound"


# the words after which an elliptical possessive names a place of business ("at X's", "X's, Y's
# and Z"): a preposition of place, or a list's comma, colon, semicolon or conjunction
_BUSINESS_LEADS = frozenset(
    {"at", "in", "inside", "outside", "near", "from", ",", ";", ":", "and", "or"}
)
# the parts of speech that may follow one: never the noun a true possessive owns
_AFTER_ELLIPSIS = frozenset({"ADP", "CCONJ", "SCONJ", "VERB", "AUX", "PRON", "PUNCT"})


def business_possessive(doc: Doc, ts: int, te: int) -> bool:
    """A "person" written as an elliptical possessive, owning no noun after it, after a
    preposition of place or inside a list: a shop, restaurant or casino named for its founder
    ("lunch at Dale Hobbs's that day", "Hobbs's, Rand's and the Lido"); "Hobbs's plan" owns its
    noun and "a friend of Hobbs's" is a person's."""
    tokens = tokens_of(doc)
    if ts == 0 or te + 1 >= len(tokens) or tokens[te].tag_ != "POS":
        return False
    if tokens[ts - 1].lower_ not in _BUSINESS_LEADS:
        return False
    nxt = tokens[te + 1]
    return nxt.pos_ in _AFTER_ELLIPSIS and nxt.text not in {"-", "\u2013", "\u2014"}


def line_pieces(doc: Doc, ts: int, te: int) -> list[tuple[int, int]]:
    """An entity cut at the line breaks inside it: a name never runs over one ("Chargers" + a
    new line + "Team has ...")."""
    tokens = tokens_of(doc)
    cuts = [i for i in range(ts, te) if tokens[i].is_space and "\n" in tokens[i].text]
    if not cuts:
        return [(ts, te)]
    bounds = [ts - 1, *cuts, te]
    return [(a + 1, b) for a, b in itertools.pairwise(bounds) if b > a + 1]


def debris_pieces(doc: Doc, ts: int, te: int, gz: Gazetteer) -> list[tuple[int, int]]:
    """An entity cut at the page debris inside it: a name never holds a web address or markup
    ("Sunrise Post.com", "<b>"), nor a picture credit ("KTVU Photo": the agency before the
    credit word stays when its name is in capitals or the tables know it; "Buy Photo" is no
    name)."""
    credit = words()["credit_words"]
    tokens, lowers = tokens_of(doc), lowers_of(doc)
    cuts = [i for i in range(ts, te) if lowers[i] in credit or _debris(tokens[i])]
    if not cuts:
        return [(ts, te)]
    out = []
    for a, b in itertools.pairwise([ts - 1, *cuts, te]):
        if b <= a + 1:
            continue
        if b < te and lowers[b] in credit:
            piece = span_text(doc, a + 1, b)
            if not (piece.isupper() or gz.org(piece) is not None):
                continue
        out.append((a + 1, b))
    return out


def _debris(tok: Token) -> bool:
    """A token no name holds: a web address, an e-mail or a handle, markup."""
    text = tok.text
    return bool(
        tok.like_url
        or tok.like_email
        or "<" in text
        or ">" in text
        or "|" in text
        or "@" in text
        or (len(text) > 4 and text.lower().endswith((".com", ".org", ".net")))
    )


def common_acronym(doc: Doc, ts: int, te: int) -> bool:
    """Whether tokens ``ts..te`` are only an abbreviation of a common noun ("DUI", "SOS"),
    which names no one."""
    text = span_text(doc, ts, te).replace(".", "")
    return text.isupper() and text.lower() in words()["common_acronyms"]


# function words a name may hold in lower case ("Council on Foreign Relations") but a headline
# in Title Case capitalises ("Police Release ID Of Woman Killed In")
_FUNCTION_WORDS = frozenset(
    {"of", "in", "to", "for", "at", "on", "by", "with", "from", "into", "after", "over"}
)


def headline_run(doc: Doc, ts: int, te: int) -> bool:
    """Whether a name is a run of a headline in Title Case, not a name: it holds two capitalised
    function words after its first word, or ends in one ("Woman Killed In")."""
    caps = [
        t.i
        for t in tokens_of(doc)[ts + 1 : te]
        if t.lower_ in _FUNCTION_WORDS and t.text[:1].isupper() and not t.is_upper
    ]
    return len(caps) >= 2 or (bool(caps) and caps[-1] == te - 1)


def title_case(line: str) -> bool:
    """Whether a headline is written in Title Case: its longer words nearly all capitalised."""
    long = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def headline_only(text: str, title_end: int, name: str, gz: Gazetteer) -> bool:
    """Whether a name found in a Title Case headline is a run of its words, not a name: the
    story below never writes it so and the tables do not know it ("Judge Blocks Kansas From
    Purging Voters": "Blocks Kansas" is no one; a real name in a headline is named again
    below it). The caller asks only for a Title Case headline (:func:`title_case`)."""
    if gz.country(name) or gz.place_country(name) or gz.demonym(name):
        return False
    if gz.org(name) is not None or gz.person(name) is not None:
        return False
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[title_end:]) is None


def award_shaped(doc: Doc, ts: int, te: int) -> bool:
    """Whether a name of two or more words ends in an award's word ("Tony Awards", "Nobel
    Prize"), or is one award's one-word name not followed by a name ("the Oscar host", not
    "Oscar Reyes"): an award or its ceremony, never a person or a place."""
    lowers = lowers_of(doc)
    if te - ts == 1:
        if lowers[ts] not in words()["award_names"]:
            return False
        after = tokens_of(doc)[te] if te < len(lowers) else None
        return not (after is not None and after.pos_ == "PROPN" and after.text[:1].isupper())
    return lowers[te - 1] in words()["award_words"]


@functools.lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    w = words()
    return frozenset([*w["org_name_words"], *w["generic_org_heads"], *w["institutions"]])


def _org_word(low: str) -> bool:
    """Whether a word is an organisation's ("court", "advisors", "ministry")."""
    return low in _org_words()


def apposition_label(doc: Doc, ts: int, te: int, gz: Gazetteer) -> str | None:
    """The type an apposition gives a name of two or three capitalised words: "PERSON" beside a
    role noun ("the chief negotiator, Elnur Aliyev"), "ORG" beside an organisation's noun
    ("the firm, Construtora Lima"); None when there is none or the tables know the name."""
    tokens = tokens_of(doc)
    if not 2 <= te - ts <= 3 or gz.org(span_text(doc, ts, te)) is not None:
        return None
    if not all(t.text[:1].isupper() and t.is_alpha for t in tokens[ts:te]):
        return None
    root = root_of(doc, ts, te)
    if _body_noun_before(doc, ts, te):
        return "ORG"  # "the Murmansk company Kola Seafood"
    nouns = [c for c in children_of(root) if c.dep_ == "appos" and c.i >= te]
    if root.dep_ == "appos" and root.head.i < ts:
        nouns.append(root.head)
    for noun in nouns:
        if noun.pos_ != "NOUN":
            continue
        if _org_word(noun.lower_):
            return "ORG"
        if whole_role(noun.lower_, gz):
            return "PERSON"
    return None


def _body_noun_before(doc: Doc, ts: int, te: int) -> bool:
    """Whether a body's common noun in lower case stands right before a name and modifies it
    ("the Murmansk company Kola Seafood", "the private channel TV Dunaj"): the name is that
    body's."""
    if ts == 0:
        return False
    noun = tokens_of(doc)[ts - 1]
    if not (
        noun.pos_ == "NOUN"
        and noun.is_lower
        and (_org_word(noun.lower_) or noun.lower_ in words()["media_heads"])
    ):
        return False  # (most names: their tree not read)
    if noun.dep_ == "compound" and ts <= noun.head.i < te:
        return True
    root = root_of(doc, ts, te)
    return bool(root.dep_ == "appos" and root.head.i == noun.i)


def role_inside(doc: Doc, ts: int, te: int, gz: Gazetteer) -> int | None:
    """Where the person's name begins in an "organisation" that runs on from a title into a
    name ("Department Spokesperson Ana Ruiz": at "Ana"), or None."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    for i in range(te - 2, ts - 1, -1):
        name = tokens[i + 1 : te]
        if (
            whole_role(lowers[i], gz)
            and 2 <= len(name) <= 3
            and all(_name_word(t, gz) for t in name)
        ):
            return i + 1
    return None


def _name_word(tok: Token, gz: Gazetteer) -> bool:
    """A word that may be part of a person's name: capitalised, a proper noun, no title,
    organisation word, country or people."""
    return bool(
        tok.pos_ == "PROPN"
        and tok.text[:1].isupper()
        and tok.is_alpha
        and tok.lower_ not in role_vocabulary()
        and not _org_word(tok.lower_)
        and not (gz.country(tok.text) or gz.demonym(tok.text) or gz.place_country(tok.text))
    )


def _name_after_body_noun(doc: Doc, i: int) -> bool:
    """Whether the capitalised words from ``i`` to their head (two or three) are a name a
    body's noun introduces ("the private channel TV Dunaj")."""
    tokens = tokens_of(doc)
    head = tokens[i].head.i
    if not (i < head < i + 3) or not _body_noun_before(doc, i, head + 1):
        return False
    return all(
        t.text[:1].isupper() and t.is_alpha and (t.pos_ == "PROPN" or t.is_upper)
        for t in tokens[i : head + 1]
    )


def missed_name(
    doc: Doc, tok: Token, covered: set[int], gz: Gazetteer
) -> tuple[int, int, str] | None:
    """A name NER missed that ends or begins at ``tok``: a body that "the" introduces and an
    organisation's word ends ("the North Carolina Supreme Court", ``tok`` its last word), or a
    person a capitalised title introduces ("Department Spokesperson Ana Ruiz", ``tok`` the
    title). Tokens, label; None when there is none."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    if tok.text[:1].isupper() and tok.pos_ == "PROPN" and _org_word(tok.lower_):
        start = tok.i
        while (
            start > 0
            and start - 1 not in covered
            and tokens[start - 1].pos_ == "PROPN"
            and tokens[start - 1].text[:1].isupper()
        ):
            start -= 1
        if start < tok.i and start > 0 and lowers[start - 1] == "the":
            return start, tok.i + 1, "ORG"
        return None
    if tok.i > 0 and tok.i not in covered and _name_after_body_noun(doc, tok.i):
        end = tok.head.i + 1
        if not any(i in covered for i in range(tok.i, end)):
            return tok.i, end, "ORG"
    if (
        tok.is_title
        and tok.lower_ in words()["numbered_units"]
        and tok.i > 0
        and tok.i - 1 not in covered
        and _ORDINAL.fullmatch(tokens[tok.i - 1].text)
    ):
        return tok.i - 1, tok.i + 1, "ORG"  # "the 75th Precinct": a police unit
    if tok.text[:1].isupper() and tok.pos_ == "PROPN" and not tok.text.isupper():
        end = tok.i + 1
        while end < min(len(doc), tok.i + 3) and end not in covered and tokens[end].is_title:
            end += 1
        if before_neighbourhood(doc, end) and gz.demonym(span_text(doc, tok.i, end)) is None:
            return tok.i, end, "GPE"  # "in Denver's Elmwood neighborhood" NER missed
    if (
        tok.text[:1].isupper()
        and tok.lower_ in role_vocabulary()
        and tok.pos_ in {"PROPN", "NOUN"}
        and whole_role(tok.lower_, gz)
    ):
        end = tok.i + 1
        while end < len(doc) and end not in covered and _name_word(tokens[end], gz):
            end += 1
        if 2 <= end - tok.i - 1 <= 3:
            return tok.i + 1, end, "PERSON"
    return None


def before_neighbourhood(doc: Doc, te: int) -> bool:
    """Whether a name stands right before a lower-case noun of a part of a city ("the Elmwood
    neighborhood"): the name is the place's."""
    lowers = lowers_of(doc)
    return (
        te < len(lowers)
        and lowers[te] in words()["neighbourhood_nouns"]
        and tokens_of(doc)[te].is_lower
    )


def neighbourhood_mentions(doc: Doc, ts: int, te: int, gz: Gazetteer) -> list[Mention]:
    """A neighbourhood's name (a place, GPE) and the city whose possessive comes before it
    ("Denver's Elmwood neighborhood", in one entity or two) or that "of" names after it: the
    neighbourhood is in the city's country."""
    tokens = tokens_of(doc)
    out: list[Mention] = []
    inner = next((i for i in range(ts + 1, te - 1) if tokens[i].tag_ == "POS"), None)
    if inner is not None:
        out.append(token_mention(doc, ts, inner, "GPE"))
        owner, ts = span_text(doc, ts, inner), inner + 1
    else:
        start = ts - 1
        while start > 0 and tokens[start - 1].text[:1].isupper() and ts - start <= 4:
            start -= 1
        owned = ts >= 2 and tokens[ts - 1].tag_ == "POS" and start < ts - 1
        owner = span_text(doc, start, ts - 1) if owned else ""
        end = te + 2
        while not owner and end < len(doc) and tokens[end].text[:1].isupper() and end < te + 5:
            end += 1
        if not owner and end > te + 2 and tokens[te + 1].lower_ == "of":
            owner = span_text(doc, te + 2, end)  # "the Elmwood neighborhood of Denver"
    country = gz.place_country(owner) if owner else None
    out.append(token_mention(doc, ts, te, "GPE", country=country))
    return out


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)
