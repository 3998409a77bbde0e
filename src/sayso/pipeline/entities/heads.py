"""A name's type by its last word, for step 1 (:mod:`.mentions`): a name NER typed a place
that ends in an organisation's word is a body ("the Harlan County Police", "Dorset County
Public Schools": the county's police, not the county), one that ends in a building's or a
road's word is a facility ("the Harlan County Jail")."""

from __future__ import annotations

from spacy.tokens import Doc

from ...gazetteer import Gazetteer
from ...nlp import lowers_of, span_text, tokens_of
from .model import words

# Facility words that also end the names of towns ("Highland Park", "Bridgeport" written
# apart, "Union Station" as a district): a place NER found with one of them stays a place.
_TOWN_ENDINGS = frozenset(
    [
        "park",
        "port",
        "harbor",
        "harbour",
        "base",
        "station",
        "square",
        "bridge",
        "center",
        "centre",
        "tower",
        "plaza",
        "terminal",
        "memorial",
        "dam",
        "palace",
        "mall",
    ]
)

# organisation's words that also end a place's name: a union of states, a front's lines
_PLACE_HEADS_TOO = frozenset({"union", "lines"})
_HOLDERS = frozenset({"a", "an", "her", "his", "their"})


def head_label(doc: Doc, ts: int, te: int, label: str, gz: Gazetteer) -> str:
    """The type a place's last word gives it: "ORG" for an organisation's word, "FAC" for a
    building's or road's word, else the label as it was. A name of one word, a country or a
    listed place ("Soviet Union") keeps its label."""
    if label not in {"GPE", "LOC"} or te - ts < 2:
        return label
    text = span_text(doc, ts, te)
    if gz.country(text) or gz.capital(text) or gz.place(text):
        return label
    last = lowers_of(doc)[te - 1]
    w = words()
    if last in w["org_name_words"] and last not in _PLACE_HEADS_TOO:
        return "ORG"
    if last in w["facility_words"] and last not in _TOWN_ENDINGS:
        return "FAC"
    return label


def degree_letters(doc: Doc, ts: int, te: int) -> bool:
    """Whether one word is a degree's letters where they name no one: before "degree" ("her MD
    degree", "a BS in chemistry") or between commas beside another degree's letters ("Ann Roe,
    MD, MBA, said")."""
    degrees = words()["degree_letters"]

    def is_degree(i: int) -> bool:
        tok = tokens_of(doc)[i]
        return tok.text.replace(".", "").lower() in degrees and tok.text[:1].isupper()

    if te - ts != 1 or not is_degree(ts):
        return False
    lowers = lowers_of(doc)
    if te < len(lowers) and lowers[te] in {"degree", "degrees"}:
        return True
    if ts > 0 and lowers[ts - 1] in _HOLDERS and te < len(lowers) and lowers[te] in {"in", "from"}:
        return True  # "holds a BS in chemistry", "her MBA from Tulane"
    before = ts >= 2 and lowers[ts - 1] == "," and is_degree(ts - 2)
    after = te + 1 < len(lowers) and lowers[te] == "," and is_degree(te + 1)
    return before or after
