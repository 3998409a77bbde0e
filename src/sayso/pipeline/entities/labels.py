"""The label of a name NER found, fixed by the tables and the context (step 1 of the entities
stage, :func:`.mentions.name_mentions`): a country's name or adjective is a place or a people,
an organisation of the gazetteer no place, a name after a person's title a person, a name the
context makes a place ("the town of X", "a X man", "held in X", "the X peninsula") a place."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...gazetteer import Gazetteer
from ...nlp import ents_of, lowers_of, span_text, tokens_of, words_of
from .model import INDEFINITES, org_word_or_facility, words
from .towns import aged_home, hyphened_word


def place_by_context(doc: Doc, ts: int, te: int, label: str, gz: Gazetteer) -> bool:
    """A name the context makes a place: "the town of X", "the city of X"; "a X man", "an X
    resident" (:func:`_resident_place`); after "in", "near" or "outside" a name typed as a
    person ("held in X") or a one-word organisation the tables and the institution words do not
    know ("fishing leaders in X")."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    if ts >= 2 and lowers[ts - 1] == "of" and lowers[ts - 2] in words()["settlement_nouns"]:
        return True
    if _resident_place(doc, ts, te, gz):
        return True
    if (
        label == "PERSON"
        and te + 1 < len(doc)
        and tokens[te].text == ","
        and lowers[te + 1] == "where"
    ):
        return True  # "from X, where the displaced gathered": a relative clause of place
    if (ts < 1 or lowers[ts - 1] not in words()["place_preps"]) and not aged_home(doc, ts):
        return False  # a home town after an age ("Ann Roe, 48, of X") reads as "in X"
    if te < len(doc) and tokens[te].tag_ == "POS":
        return False  # "in Smith's view"
    if label == "PERSON":
        return True
    tok = tokens[ts]
    return (
        hyphened_word(doc, ts, te)
        and not tok.text.isupper()
        and gz.org(span_text(doc, ts, te)) is None
        and tok.lower_ not in words()["institutions"]
        and tok.lower_ not in words()["generic_org_heads"]
    )


def national_label(doc: Doc, ts: int, te: int, label: str, gz: Gazetteer) -> str:
    """A country's name or adjective NER typed a person or an organisation ("Sri Lanka's",
    "the Sri Lankan navy") is a place or a people, unless the tables list it as a body."""
    text = span_text(doc, ts, te)
    if label not in {"PERSON", "ORG"} or gz.org(text) is not None:
        return label
    if gz.country(text) is not None:
        return "GPE"
    return "NORP" if gz.demonym(text) is not None else label


def _feature_name(doc: Doc, ts: int, te: int, gz: Gazetteer) -> bool:
    """Whether a name stands between "the" and a lower-case noun of a natural feature ("the
    Afar peninsula", "the Kora plateau") and the tables know it as no body, country or place:
    the feature's name, a place NER took for a person or an organisation."""
    tokens = tokens_of(doc)
    if ts < 1 or te >= len(doc) or tokens[ts - 1].lower_ != "the":
        return False
    if not tokens[te].is_lower or tokens[te].lower_ not in words()["feature_nouns"]:
        return False
    text = span_text(doc, ts, te)
    return gz.org(text) is None and gz.place_country(text) is None


def _resident_place(doc: Doc, ts: int, te: int, gz: Gazetteer) -> bool:
    """A name between "a"/"an" and a noun for a person by where they live ("a Troy man", "an
    Elmwood resident", "a Browns Mills teenager"): a place, unless the tables know it as a body
    or it holds an organisation's word or a person's surname ("a Hale man" stays)."""
    lowers = lowers_of(doc)
    if ts < 1 or te >= len(lowers) or lowers[ts - 1] not in INDEFINITES:
        return False
    if lowers[te] not in words()["resident_nouns"] or te - ts > 3:
        return False
    if not all(t.is_alpha and t.text[:1].isupper() for t in tokens_of(doc)[ts:te]):
        return False
    if gz.org(span_text(doc, ts, te)) is not None or any(
        org_word_or_facility(t) for t in tokens_of(doc)[ts:te]
    ):
        return False
    return not known_person(doc, doc[te - 1], gz)


def relabel(doc: Doc, ts: int, te: int, label: str, gz: Gazetteer) -> str:
    """Fix NER labels the tables or the context decide: an organisation of the gazetteer is no
    place ("Interfax" typed GPE), a country, capital or listed place is a place ("Paraguay",
    "BRASILIA" typed ORG), a name after a person's title is a person ("spokeswoman Marina
    Albuquerque", "Governor Ada Obi" typed ORG), a name the context makes a place is one."""
    tokens = tokens_of(doc)
    lowers = lowers_of(doc)
    text = span_text(doc, ts, te)
    if (
        label == "ORG"
        and te - ts >= 3
        and lowers[ts] in words()["styled_titles"]
        and all(t.text[:1].isupper() and t.is_alpha for t in tokens[ts:te])
    ):
        return "PERSON"  # "Nana Kofi Mensah": a chief's style and a person's name
    if label in {"PERSON", "ORG"} and _feature_name(doc, ts, te, gz):
        return "LOC"  # "the Afar peninsula": a natural feature's name
    if label in {"PERSON", "ORG"} and place_by_context(doc, ts, te, label, gz):
        return "GPE"
    if label in {"GPE", "LOC", "FAC"} and gz.org(text) is not None and not gz.country(text):
        return "ORG"  # "Interfax", "BRICS" typed as places: the gazetteer lists them as bodies
    if (
        label == "PERSON"
        and te - ts == 1
        and gz.org(text) is not None
        and not known_person(doc, doc[ts], gz)
        and not (ts > 0 and _is_title_word(tokens[ts - 1], gz))
    ):
        return "ORG"  # "on Twitter" typed a person: one word the gazetteer lists as a body
        # (not "Hill" after "Mark Hill" or "Senator Hill": a person's surname stays a person)
    if label == "GPE" and te - ts == 1 and _mostly_a_person(doc, text, gz):
        return "PERSON"  # "Hale, aides meet" in a headline: Hale, a person everywhere else
    if (
        label in {"ORG", "PERSON", "LOC", "FAC"}
        and gz.org(text) is None
        and (gz.country(text) or gz.capital(text) or gz.place(text))
    ):
        return "GPE"
    if label == "ORG" and ts > 0 and 2 <= te - ts <= 3 and gz.org(text) is None:
        before = tokens[ts - 1]
        info = gz.role(before.lower_) if before.is_lower or before.is_title else None
        if (
            info is not None
            and info.pattern == before.lower_
            and info.sector != "IGO"
            and all(t.text[:1].isupper() for t in tokens[ts:te])
            and lowers[te - 1] not in words()["generic_org_heads"]
        ):
            return "PERSON"
    return label


def _mostly_a_person(doc: Doc, word: str, gz: Gazetteer) -> bool:
    """Whether a word typed a place, that no table knows as a place, NER types a person (alone
    or as a full name's surname) more often than a place elsewhere in the text."""
    if gz.country(word) or gz.capital(word) or gz.place(word) or gz.us_state(word):
        return False
    person, place = _ent_words(doc)
    return person.get(word, 0) > place.get(word, 0)


# [the entities of the last document asked about, how many PERSON entities end in each word,
# how many GPE or LOC entities are each text]: counted once a document, not once a word
_ENT_WORDS: list[tuple[object, dict[str, int], dict[str, int]]] = []


def _ent_words(doc: Doc) -> tuple[dict[str, int], dict[str, int]]:
    ents = ents_of(doc)
    if not _ENT_WORDS or _ENT_WORDS[0][0] is not ents:  # (held here: its id is not reused)
        words_ = words_of(doc)
        person: dict[str, int] = {}
        place: dict[str, int] = {}
        for e in ents:
            if e.label_ == "PERSON":
                person[words_[e.end - 1]] = person.get(words_[e.end - 1], 0) + 1
            elif e.label_ in {"GPE", "LOC"}:
                text = span_text(doc, e.start, e.end)
                place[text] = place.get(text, 0) + 1
        _ENT_WORDS[:] = [(ents, person, place)]
    return _ENT_WORDS[0][1], _ENT_WORDS[0][2]


def _is_title_word(tok: Token, gz: Gazetteer) -> bool:
    """Whether a word is a person's title by itself ("Senator", "Mr.", "minister")."""
    for form in (tok.lower_, tok.lower_.rstrip(".")):
        info = gz.role(form)
        if info is not None and info.pattern == form:
            return True
    return False


def known_person(doc: Doc, tok: Token, gz: Gazetteer) -> bool:
    """Whether a word is the surname of a person the gazetteer or the text names in full."""
    if gz.person_by_surname(tok.text):
        return True
    low = tok.lower_
    own = next((e.text for e in ents_of(doc) if e.start <= tok.i < e.end), None)
    return any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == low and e.text != own
        for e in ents_of(doc)
    )  # not the name the word is in ("a Davis Mills teenager": "Mills" is no one's surname)
