"""The owner a person's title names by a possessive ("Its foreign minister, X", "The company's
director, X"): the body or country the possessive stands for, so that the person speaks for it
(``Cluster.affiliation``) or belongs to it (``Cluster.country``) before the story's home
country is filled.

* "its" / "their" stand for the subject of their own sentence when it comes before them, else
  of the sentence before ("Thailand has made its view plain. Its foreign minister, X, ...").
* "the company's", "the charity's": the named body last introduced as a company or a charity
  ("the Vigo company X", "X, a charity based in Y") or whose name ends in that noun.
* "Ann Vell's deputy adviser, X": a named person's staff belong to that person's country.
* "A spokeswoman, X, said" names no owner: the body the sentence before is about (its subject
  or the subject's possessor: "The Commission's version is not. A spokeswoman, X, ...").
* "Foreign Minister X", a minister's title that names no country, holds an office of the country
  the sentence before is about: its subject, a country or a body of one ("Norway called for
  calm. Foreign Minister X said ...", "The ministry said ... Foreign Minister X added").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from ...gazetteer import Gazetteer
from ...lexicon import vessel_name
from ...nlp import children_of, sentence, sentence_before, subtree_of
from ..quotes import paragraphs
from .clusters import head_word
from .model import DETS, INDEFINITES, POSSESSIVE, Cluster, Mention, words

# the labels a possessive pronoun may stand for (never a person: "his", "her" are theirs)
_OWNERS = {"its": frozenset({"ORG", "GPE"}), "their": frozenset({"ORG", "GPE", "NORP"})}
# how many paragraphs back a body's kind noun ("the company") looks for the body
_KIND_PARAGRAPHS = 4


def possessor(toks: list[Token]) -> Token | None:
    """The possessive word of a title ("Its" in "Its captain", "company" in "The company's
    director"), if the title has one."""
    return next((t for t in toks if t.dep_ == "poss"), None)


def body_kinds(
    clusters: list[Cluster], title_of: Callable[[Mention], list[Token]]
) -> dict[int, set[str]]:
    """Each named body's kind nouns: the head of its name ("ministry") and the common nouns that
    introduce it ("the Vigo company X", "X, a charity based in Y"), never a possessor's ("the
    trawler's owner, X" is no trawler); a ship's, its ship nouns too ("the vessel's master").
    ``title_of``: the words that describe a mention."""
    out: dict[int, set[str]] = {}
    for idx, c in enumerate(clusters):
        ship = vessel_name(c.name)  # "the ship's captain, X": the ship's, whatever its label
        if not ship and (c.label != "ORG" or not c.key.startswith("org:")):
            continue
        kinds = {head_word(c.name), *(words()["ship_nouns"] if ship else ())}
        for m in c.mentions:
            if m.kind != "name":
                continue
            toks = title_of(m)
            owned = {u.i for t in toks if t.dep_ == "poss" for u in subtree_of(t)}
            kinds.update(t.lower_ for t in toks if t.pos_ == "NOUN" and t.i not in owned)
        out[idx] = kinds
    return out


def owner_of(
    doc: Doc,
    text: str,
    clusters: list[Cluster],
    kinds: dict[int, set[str]],
    toks: list[Token],
    m: Mention,
    gz: Gazetteer,
) -> int | None:
    """The cluster a title's possessive stands for (see the module's doc), or None."""
    tok = possessor(toks)
    if tok is None:
        return _spokesperson_body(doc, clusters, toks, gz)
    low = tok.lower_
    modifier = None  # a body or country named inside the antecedent ("The EU mission")
    if low in _OWNERS and tok.pos_ == "PRON":
        subject = _antecedent_subject(doc, tok)
        if subject is None:
            return None
        named = _cluster_at(clusters, subject.i, _OWNERS[low])
        if named is not None:
            return named
        if low == "their" and subject.tag_ == "NN":
            # "their" stands for no singular thing ("For the Vale Forces, the dispute is ...
            # Their spokesman, X"): the one body its sentence names
            return _only_body(clusters, sentence(subject))
        modifier = next(
            (
                found
                for c in children_of(subject)
                if c.dep_ in {"compound", "nmod"}
                and (found := _cluster_at(clusters, c.i, _OWNERS[low])) is not None
            ),
            None,
        )
        tok = subject  # "The charity tells a different story. Its captain, X, ..."
    elif not any(c.text in POSSESSIVE for c in children_of(tok)):
        return None
    elif tok.pos_ == "PROPN":  # "Ann Vell's deputy adviser, X": the person's own staff
        return _cluster_at(clusters, tok.i, frozenset({"PERSON"}))
    if tok.pos_ != "NOUN" or not any(c.lower_ == "the" for c in children_of(tok)):
        return modifier
    found = _body_of_kind(text, clusters, kinds, tok.lower_, m)
    return found if found is not None else modifier


def _only_body(clusters: list[Cluster], sent: Span) -> int | None:
    """The one named body a sentence holds, or None (none, or more than one)."""
    found = {
        idx
        for idx, c in enumerate(clusters)
        if c.label == "ORG"
        for o in c.mentions
        if o.kind == "name" and sent.start <= o.ts < sent.end
    }
    return found.pop() if len(found) == 1 else None


def _spokesperson_body(
    doc: Doc, clusters: list[Cluster], toks: list[Token], gz: Gazetteer
) -> int | None:
    """The body an unattached spokesperson ("A spokeswoman, X, said", "Spokesman X said" opening
    a sentence) speaks for: the named body that is the subject of the sentence before, or the
    subject's possessor."""
    if len(toks) == 2 and toks[0].lower_ in INDEFINITES and toks[1].pos_ == "NOUN":
        noun = toks[1]
    elif len(toks) == 1 and toks[0].text[:1].isupper() and toks[0].i == sentence(toks[0]).start:
        noun = toks[0]
    else:
        return None
    info = gz.role(noun.lower_)
    if info is None or info.role != "spokesperson":
        return None
    before = sentence_before(sentence(noun))
    subject = _subject(before) if before is not None else None
    if subject is None:
        return None
    for t in (subject, *[c for c in children_of(subject) if c.dep_ == "poss"]):
        found = _cluster_at(clusters, t.i, frozenset({"ORG"}), any_kind=True)
        if found is not None:
            return found
    return None


def office_country(
    doc: Doc, text: str, clusters: list[Cluster], toks: list[Token], m: Mention, gz: Gazetteer
) -> str | None:
    """The country of a minister whose title names none ("Foreign Minister X"): that of the
    subject of the sentence before, when it is a country or a body of one (a named one, or one
    its head noun names: "the ministry"); None otherwise (see the module's doc)."""
    if not toks or any(t.dep_ == "poss" or t.lower_ in DETS or t.is_punct for t in toks):
        return None
    phrase = " ".join(t.lower_ for t in toks)
    info = gz.role(phrase)
    if info is None or info.pattern != phrase or info.role.split()[-1] != "minister":
        return None  # a title that says more ("South Korean Defense Minister") says it all
    if toks[-1].i + 1 != m.ts:
        return None
    before = _worded_sentence_before(sentence(toks[0]))
    if before is None:
        return None
    # a sentence the parser leaves verbless hangs on its subject ("Oman, which ..., called")
    subject = _subject(before) or (before.root if before.root.pos_ == "PROPN" else None)
    if subject is None:
        return None
    found = _cluster_at(clusters, subject.i, frozenset({"GPE", "ORG"}))
    the = any(c.lower_ == "the" for c in children_of(subject))
    if found is None and subject.pos_ == "NOUN" and the:
        bodies = (
            idx
            for idx, c in enumerate(clusters)
            if c.label == "ORG" and c.key.startswith("org:") and head_word(c.name) == subject.lower_
        )
        found = latest_before(text, clusters, bodies, m, 2)
    return clusters[found].country if found is not None else None


def _worded_sentence_before(sent: Span) -> Span | None:
    """The sentence before ``sent`` that holds a word (a closing quote alone is none)."""
    before = sentence_before(sent)
    while before is not None and not any(t.is_alpha for t in before):
        before = sentence_before(before)
    return before


def _subject(sent: Span) -> Token | None:
    return next((c for c in children_of(sent.root) if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _antecedent_subject(doc: Doc, tok: Token) -> Token | None:
    """The subject a possessive pronoun stands for: its own sentence's, when it comes before the
    pronoun outside the pronoun's phrase, else the sentence before's."""
    sent = sentence(tok)
    own = _subject(sent)
    if own is not None and own.i < tok.i and tok.i not in {u.i for u in subtree_of(own)}:
        return own
    before = sentence_before(sent)
    return _subject(before) if before is not None else None


def _cluster_at(
    clusters: list[Cluster], i: int, labels: frozenset[str], any_kind: bool = False
) -> int | None:
    """The cluster with a name mention (``any_kind``: any mention) over token ``i`` whose label
    is one of ``labels``."""
    for idx, c in enumerate(clusters):
        if c.label in labels and any(
            o.ts <= i < o.te for o in c.mentions if any_kind or o.kind == "name"
        ):
            return idx
    return None


def _body_of_kind(
    text: str, clusters: list[Cluster], kinds: dict[int, set[str]], noun: str, m: Mention
) -> int | None:
    """The named body of kind ``noun`` met last before ``m``, within a few paragraphs."""
    found = (idx for idx, ks in kinds.items() if noun in ks)
    return latest_before(text, clusters, found, m, _KIND_PARAGRAPHS)


def latest_before(
    text: str, clusters: list[Cluster], candidates: Iterable[int], m: Mention, back: int
) -> int | None:
    """Of the clusters ``candidates``, the one mentioned last before ``m`` in its paragraph or
    the ``back - 1`` paragraphs before it; None when none is."""
    starts = [s for s, _ in paragraphs(text)]
    k = max(0, sum(1 for s in starts if s <= m.start) - back)
    window = starts[k] if starts else 0
    best: tuple[int, int] | None = None  # (its latest mention before m, cluster)
    for idx in candidates:
        seen = [o.start for o in clusters[idx].mentions if window <= o.start < m.start]
        if seen and (best is None or max(seen) > best[0]):
            best = (max(seen), idx)
    return best[1] if best is not None else None
