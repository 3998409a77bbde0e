"""Divergences the text itself states.

* omission: "The ministry's account of the meeting does not mention X" -> the owner of the
  account omits X; the claim was asserted by whoever the article credits with it earlier (the
  channel of the matching attributions first, then their speakers; else the author of a
  statement in the earlier sentence that tells X: "according to a statement from Y, ... X").
* qualification: "Wang downplayed Dong's comments" -> Wang (and the body he speaks for) qualify
  what Dong (and the channel of Dong's words) asserted.
* contradiction: "The ministry denied the report" -> the ministry contradicts the report's
  author (named in the phrase, or where the text names the report again: "The report,
  published by Y, ..."). "X denied opening fire" after "Y said X's units had fired": X
  contradicts Y. "Z said X had made no commitment" after "Y said X had promised ...": Z (and
  the body Z speaks for) contradicts Y.

Each cue needs a real prior claim by another party, found in what the earlier stages built:
attributions, their speakers and channels. Cues live in ``data/divergence_cues.tsv`` (with where
each finds its claim); the nouns for an account or a claim and the words of a commitment in
``data/divergence_claims.tsv``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from spacy.tokens import Token

from .. import resources as data
from ..gazetteer import Gazetteer
from ..lexicon import lemma, spaced_dash
from ..nlp import lemmas_of, sentence_bounds, sentence_chars
from ..types import Attribution, Divergence, Entity, Span, stable_id
from .base import State

_STOP = {
    "the",
    "a",
    "an",
    "of",
    "about",
    "for",
    "to",
    "in",
    "on",
    "and",
    "or",
    "'s",
    "its",
    "their",
    "his",
    "her",
    "that",
    "this",
    "with",
    "by",
    "be",
    "comment",
    "remark",
    "any",
    "mention",
    "reference",
}
_PARTIES = {"PERSON", "ORG", "GPE"}
_CONTENT_POS = {"NOUN", "VERB", "PROPN", "ADJ"}
_DEFINITE = {"that", "this", "those", "these", "the", "such"}
_ACCUSE = {"accuse", "blame", "charge"}
_POSSESSIVES = {
    "its": frozenset({"ORG", "GPE"}),
    "his": frozenset({"PERSON"}),
    "her": frozenset({"PERSON"}),
    "their": frozenset({"ORG", "GPE", "PERSON"}),
}
_HELD_BACK = {"refuse", "decline", "fail", "want", "plan", "expect"}
_MODALS = {"may", "might", "could", "would", "should"}


@dataclass(frozen=True, slots=True)
class DivCue:
    lemmas: tuple[str, ...]
    kind: str
    negated: bool
    # where the earlier claim is found: "content", "account", "act", "commitment"
    claims: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def div_cues() -> dict[str, list[DivCue]]:
    out: dict[str, list[DivCue]] = {}
    for phrase, kind, neg, claims in data.tsv("data/divergence_cues.tsv"):
        lemmas = tuple(phrase.split())
        cue = DivCue(lemmas, kind, neg == "yes", tuple(claims.split()))
        out.setdefault(lemmas[0], []).append(cue)
    for v in out.values():
        v.sort(key=lambda c: -len(c.lemmas))
    return out


@functools.lru_cache(maxsize=1)
def _claim_words() -> dict[str, frozenset[str]]:
    """``data/divergence_claims.tsv`` by kind: "claim" nouns and "commitment" words."""
    out: dict[str, set[str]] = {}
    for word, kind in data.tsv("data/divergence_claims.tsv"):
        out.setdefault(kind, set()).add(word)
    return {k: frozenset(v) for k, v in out.items()}


@functools.cache
def _end(tok: Token) -> int:
    return int(tok.idx + len(tok.text))


def _is_claim(tok: Token) -> bool:
    """A noun for an account or a claim: "report", "readout", "accusation"."""
    claims = _claim_words().get("claim", frozenset())
    return lemma(tok) in claims or tok.lower_ in claims


class DivergenceStage:
    name: ClassVar[str] = "divergences"
    # 2: held to its output by tests/golden/stages.json; 3: reads attributions stage 5
    # 4: each cue's claim found its own way (data/divergence_cues.tsv: account, act,
    # commitment, content, party) in the record's attributions; "dismiss" is a contradiction;
    # only accounts and claims are disputed (data/divergence_claims.tsv: never a bill or a
    # lawsuit); negated, modal and headline cues state nothing; one cue, one divergence
    version: ClassVar[str] = "4"
    requires: ClassVar[tuple[str, ...]] = ("entities", "attributions")
    assigns: ClassVar[tuple[str, ...]] = ("divergences",)

    def __call__(self, state: State) -> None:
        doc = state.doc
        table = div_cues()
        lemmas = lemmas_of(doc)
        used: set[int] = set()
        for i, lem in enumerate(lemmas):
            cands = table.get(lem)
            if not cands or i in used:
                continue
            tok = doc[i]
            if tok.pos_ not in {"VERB", "NOUN", "AUX"}:
                continue
            if tok.pos_ == "NOUN" and all(c.kind != "omission" for c in cands):
                continue  # "a border dispute", "the denial": only "no mention" is a noun cue
            if state.quotes.inside(tok.idx):
                continue
            if state.meta.body and not state.in_body(tok.idx, _end(tok)):
                continue  # a headline restates what the body states, in fewer words
            for cue in cands:
                n = len(cue.lemmas)
                if any(
                    tok.i + k >= len(doc) or lemmas[tok.i + k] != cue.lemmas[k] for k in range(n)
                ):
                    continue
                if cue.negated != _negated(tok) or _held_back(tok):
                    continue
                used.update(range(i, i + n))
                div = _divergence(state, doc[i + n - 1], tok, cue)
                if div is not None:
                    state.divergences.append(div)
                break


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    return any(c.lower_ in {"no", "never"} for c in tok.children)


def _held_back(tok: Token) -> bool:
    """A cue that is not done: "declined to dispute", "refused to deny", "asked whether X
    denied ...", "could dispute"."""
    if tok.dep_ == "xcomp" and lemma(tok.head) in _HELD_BACK:
        return True
    return any(
        (c.dep_ == "mark" and c.lower_ in {"whether", "if"})
        or (c.dep_ == "aux" and c.lower_ in _MODALS)
        for c in tok.children
    )


def _subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in {"nsubj", "nsubjpass"}:
            return c
    if tok.dep_ in {"xcomp", "conj", "dobj", "pobj"} and tok.head is not tok:
        return _subject(tok.head)
    return None


def _object(tok: Token, last: Token) -> Token | None:
    """What the cue takes: the object of a noun cue's preposition ("made no mention of X"),
    else the verb's direct object, else the object of its preposition ("distanced himself
    from X")."""
    if last.i != tok.i or tok.pos_ == "NOUN":
        # "said nothing about X": the preposition may hang on the verb
        heads: list[Token] = [last, tok] if last.i != tok.i else [last]
        for c in (c for h in heads for c in h.children):
            if c.dep_ == "prep":
                for g in c.children:
                    if g.dep_ == "pobj":
                        return g
    for c in tok.children:
        # never a reflexive ("distanced himself"), nor the cue's own noun ("made no mention")
        reflexive = c.lower_.endswith(("self", "selves"))
        if c.dep_ in {"dobj", "obj"} and not reflexive and not tok.i <= c.i <= last.i:
            return c
    if last.i != tok.i:
        return None
    for c in tok.children:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}:
                    return g
    return None


def _party(state: State, tok: Token) -> Entity | None:
    ent = state.entity_at(tok.idx, _end(tok))
    return ent if ent is not None and ent.type in _PARTIES else None


def _author_words(noun: Token) -> Iterator[Token]:
    """The words of an account's own phrase that may name its author: its possessor, the
    objects of its "by", "from" and "of", the agent of a participle ("published by X"), a
    proper noun before it ("a Reuters report"), last a nationality on the noun itself."""
    for c in noun.children:
        if c.dep_ == "poss":
            yield c
        elif c.dep_ == "prep" and c.lower_ in {"by", "from", "of"}:
            yield from (g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            for a in c.children:
                if a.dep_ == "agent":
                    yield from (g for g in a.children if g.dep_ == "pobj")
        elif c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "NORP":
            yield c
    # "the Chinese readout": a nationality on the account itself names the government (on a
    # word before it, "a Finnish newspaper report", it is the newspaper's)
    for c in noun.children:
        if c.dep_ == "amod" and c.ent_type_ == "NORP":
            yield c


def _owner(state: State, head: Token) -> list[Entity]:
    """The entity a phrase stands for: itself, or the author of an account noun."""
    ent = _party(state, head)
    if ent is not None and head.pos_ != "ADJ" and head.ent_type_ != "NORP":
        return [ent]
    if ent is None and head.pos_ == "NOUN" and not _is_claim(head):
        # "lawyers for X", "a spokesman for X": X
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                found = [e for g in c.children if (e := _party(state, g)) is not None]
                if found:
                    return found[:1]
    if _is_claim(head):
        for t in _author_words(head):
            e = _party(state, t)
            if e is None and t.ent_type_ == "NORP":
                e = _nation(state, Gazetteer.default().demonym(t.text))
            if e is None and t.dep_ == "poss" and t.lower_ in _POSSESSIVES:
                e = _last_speaker(state, t, _POSSESSIVES[t.lower_])
            if e is not None:
                return [e]
    return []


def _last_speaker(state: State, pron: Token, types: frozenset[str]) -> Entity | None:
    """ "X said ... Its statement did not refer to Y": "its" is the last one who spoke before,
    of the pronoun's kind (a body or a country for "its", a person for "his" and "her")."""
    for a in sorted(state.attributions, key=lambda a: -(a.cue.start if a.cue else 0)):
        if a.cue is None or a.cue.start >= pron.idx or not a.speaker:
            continue
        ent = state.entity(a.speaker)
        return ent if ent is not None and ent.type in types else None
    return None


def _named_again(state: State, noun: Token, exclude: set[str]) -> list[Entity]:
    """ "dismissed a newspaper report ... The report, published by X, ...": the author the text
    gives the same account where it names it again with a definite article."""
    lem = lemma(noun)
    found: list[tuple[int, Entity]] = []
    for t in state.doc:
        if t.i == noun.i or t.pos_ != "NOUN" or lemma(t) != lem:
            continue
        if not any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in t.children):
            continue
        for e in _owner(state, t):
            if e.id not in exclude:
                found.append((abs(t.i - noun.i), e))
    found.sort(key=lambda p: p[0])
    return [found[0][1]] if found else []


def _previous_speaker(state: State, obj: Token, exclude: set[str]) -> list[Entity]:
    """ "rejected that account" / "dismissed the claims": the last account given before, by
    someone else."""
    if not any(c.lower_ in _DEFINITE for c in obj.children if c.dep_ == "det"):
        return []
    earlier = [
        a
        for a in sorted(state.attributions, key=lambda a: -a.content[0].start)
        if a.content[0].start < obj.idx and a.speaker and a.speaker not in exclude
    ]
    # "the accusations": the last one who accused, before the last one who spoke
    stem = lemma(obj)[:5]
    earlier.sort(key=lambda a: not (a.cue and a.cue.text.lower().startswith(stem)))
    ent = state.entity(earlier[0].speaker) if earlier else None
    return [ent] if ent is not None else []


def _with_affiliation(state: State, ents: list[Entity]) -> list[str]:
    out: list[str] = []
    for e in ents:
        if e.id not in out:
            out.append(e.id)
        aff = state.affiliations.get(e.id)
        if aff and aff not in out:
            out.append(aff)
        out.extend(g for g in _country_of_group(state, e) if g not in out)
    return out


def _is_group(ent: Entity) -> bool:
    """An unnamed group: "officials", "Greek officials"."""
    words = ent.name.split()
    return 1 <= len(words) <= 2 and words[-1].islower() and words[-1].endswith("s")


def _group_voice(state: State, ent: Entity, cue: Token) -> list[str]:
    """ "Greek officials disputed that account. 'There is one issue,' spokesman X told
    reporters": the one the next sentence quotes speaks for the group."""
    if not _is_group(ent):
        return []
    _, end = sentence_chars(state.doc, cue.i)
    nxt = next((t for t in state.doc if t.idx >= end and not t.is_space), None)
    if nxt is None:
        return []
    s, e = sentence_chars(state.doc, nxt.i)
    for a in sorted(state.attributions, key=lambda a: a.content[0].start if a.content else 0):
        if not a.speaker or not a.cue or not s <= a.cue.start < e:
            continue
        person = state.entity(a.speaker)
        if person is None or person.type != "PERSON":
            return []
        home = _country(ent)
        if home is not None and person.country is not None and person.country != home:
            return []
        return [person.id]
    return []


def _country_of_group(state: State, ent: Entity) -> list[str]:
    """ "Greek officials": an unnamed group of a country's officials speaks for the country."""
    words = ent.name.split()
    if len(words) != 2 or not words[1].islower():
        return []
    nation = _nation(state, Gazetteer.default().demonym(words[0]))
    return [nation.id] if nation is not None else []


def _nation(state: State, iso: str | None) -> Entity | None:
    """The story's entity for a country: the country by name, else its capital."""
    if iso is None:
        return None
    gpes = [e for e in state.entities if e.type == "GPE"]
    for e in gpes:
        if Gazetteer.default().country(e.name) == iso:
            return e
    for e in gpes:
        if Gazetteer.default().capital(e.name) == iso:
            return e
    return None


def _words(text: str) -> set[str]:
    return {w.strip(".,;:\"'()\u201c\u201d").lower() for w in text.split()} - _STOP - {""}


def _asserters(state: State, about: str, before: int, exclude: set[str]) -> list[str]:
    """Who asserted ``about`` earlier in the article: channels of matching attributions first."""
    target = {w[:5] for w in _words(about)}
    need = min(2, len(target))
    if need == 0:
        return []
    scored: list[tuple[int, Attribution]] = []
    for a in state.attributions:
        if a.content and a.content[0].start < before:
            have = {w[:5] for c in a.content for w in _words(c.text)}
            n = len(target & have)
            if n >= need:
                scored.append((n, a))
    vias = [a.via for _, a in scored if a.via]
    speakers = [a.speaker for _, a in sorted(scored, key=lambda p: -p[0]) if a.speaker]
    out: list[str] = []
    for x in vias + speakers:
        if x and x not in out and x not in exclude:
            out.append(x)
    return out or _told_in_sentence(state, target, need, before, exclude)


def _told_in_sentence(
    state: State, target: set[str], need: int, before: int, exclude: set[str]
) -> list[str]:
    """The author of the statement an earlier sentence that tells ``target`` reports
    ("According to a statement from Y, X raised ..."): the speakers of the attributions in that
    sentence, else the author of an account noun in it."""
    doc = state.doc
    for first, _ in sentence_bounds(doc):
        s, e = sentence_chars(doc, first)
        if s >= before:
            break
        if e > before:
            continue
        if len(target & {w[:5] for w in _words(state.text[s:e])}) < need:
            continue
        out = [
            a.speaker
            for a in state.attributions
            if a.speaker and a.speaker not in exclude and any(s <= c.start < e for c in a.content)
        ]
        if not out:
            span = doc.char_span(s, e, alignment_mode="expand")
            for w in span if span is not None else ():
                if w.pos_ == "NOUN" and _is_claim(w):
                    out.extend(x.id for x in _owner(state, w) if x.id not in exclude)
        if out:
            return list(dict.fromkeys(out))
    return []


def _content_tokens(state: State, a: Attribution) -> Iterator[Token]:
    for c in a.content:
        span = state.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is not None:
            yield from span


def _country(ent: Entity) -> str | None:
    """A party's country: the entity's own, else the nationality that opens its name
    ("Azerbaijani units")."""
    if ent.country:
        return ent.country
    words = ent.name.split()
    return Gazetteer.default().demonym(words[0]) if len(words) > 1 else None


def _side(state: State, tok: Token) -> Entity | None:
    """The entity a claim's agent stands for: the word itself or a word of its phrase."""
    for t in (tok, *tok.children):
        ent = state.entity_at(t.idx, _end(t))
        if ent is not None:
            return ent
    return None


def _agent(tok: Token, cue: Token | None) -> Token | None:
    """Who does what a claim's word names: the subject of the verb ("X's units had fired"),
    of the verb a noun is the object of ("X opened fire"); "Y accused X of shelling": X."""
    for t in (tok, tok.head):
        for c in t.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                return c
        if t.pos_ == "VERB":
            break
    if cue is not None and lemma(cue) in _ACCUSE:
        for c in cue.children:
            if c.dep_ in {"dobj", "obj"}:
                return c
    return None


def _on_side(ent: Entity, party: set[str], country: str | None) -> bool:
    if ent.id in party:
        return True
    if country is None or ent.type == "PERSON":
        return False
    return _country(ent) == country


def _body_named_with(state: State, subj: Token, person: Entity) -> list[str]:
    """ "Kremlin spokesman Dmitry Peskov": the body the phrase names before the person's title
    is the one the person speaks for."""
    if person.type != "PERSON":
        return []
    out: list[str] = []
    for t in subj.subtree:
        if t.i >= subj.i or t.dep_ != "compound":
            continue
        # (a word the entities stage left unlinked there still names the body it names elsewhere)
        ent = state.entity_at(t.idx, _end(t)) or next(
            (e for e in state.entities if e.name == t.text), None
        )
        if ent is not None and ent.id != person.id and ent.type == "ORG" and ent.id not in out:
            out.append(ent.id)
    return out


def _left(subj: Token) -> Token:
    """Where the subject's phrase starts, after a dateline ("MOSCOW - Kremlin spokesman X")."""
    left = subj.left_edge
    dashes = [t for t in subj.doc[left.i : subj.i] if spaced_dash(t)]
    return subj.doc[dashes[-1].i + 1] if dashes else left


def _holder(tok: Token, cue: DivCue) -> Token | None:
    """ "There was no mention of X in the ministry's readout": the account that omits."""
    if cue.kind != "omission" or tok.pos_ != "NOUN":
        return None
    for t in tok.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "in" and _is_claim(t):
            return t
    return None


def _claimed_act(state: State, denied: Token, deniers: list[str]) -> list[str]:
    """ "X denied opening fire": the speakers of statements that X's side did it (a word of the
    denied act as the verb, X's side its agent), before the denial or after it (a denial in the
    lead answers the claim the story tells later)."""
    words = {
        lemma(t)
        for t in denied.subtree
        if t.pos_ in _CONTENT_POS and lemma(t) not in _STOP and not t.is_stop
    }
    if not words:
        return []
    first = state.entity(deniers[0])
    country = _country(first) if first is not None else None
    party = set(deniers)
    # "denied that Rezende had taken money": Rezende's side too
    for c in denied.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and (e := _party(state, c)) is not None:
            party.add(e.id)
    out: list[str] = []
    for a in state.attributions:
        if not a.content or not a.speaker:
            continue
        if a.speaker in party:
            continue
        cue = state.doc.char_span(a.cue.start, a.cue.end) if a.cue else None
        cue_tok = cue.root if cue is not None else None
        for t in _content_tokens(state, a):
            if lemma(t) not in words or t.pos_ not in {"VERB", "NOUN"}:
                continue
            agent = _agent(t, cue_tok)
            ent = _side(state, agent) if agent is not None else None
            if ent is not None and ent.id != a.speaker and _on_side(ent, party, country):
                out.extend(x for x in (a.via, a.speaker) if x and x not in out)
                break
    return out


def _same_party(state: State, a: Entity, b: Entity) -> bool:
    """One entity, or a country and its capital ("Iran", "Tehran")."""
    if a.id == b.id:
        return True
    return a.type == b.type == "GPE" and a.country is not None and a.country == b.country


def _attribution_around(state: State, tok: Token) -> Attribution | None:
    for a in state.attributions:
        if a.speaker and any(c.start <= tok.idx < c.end for c in a.content):
            return a
    return None


def _claimed_commitment(state: State, subj: Entity, deniers: list[str]) -> list[str]:
    """ "Z said X had made no commitment": the speakers of statements, before or after, that X
    committed ("Y said X had assured him ...")."""
    words = _claim_words().get("commitment", frozenset())
    out: list[str] = []
    for a in state.attributions:
        if not a.content or not a.speaker:
            continue
        if a.speaker in deniers or a.speaker == subj.id:
            continue
        for t in _content_tokens(state, a):
            if lemma(t) not in words:
                continue
            agent = _agent(t, None)
            ent = _side(state, agent) if agent is not None else None
            if ent is not None and _same_party(state, ent, subj):
                out.extend(x for x in (a.via, a.speaker) if x and x not in out)
                break
    return out


def _divergence(state: State, last: Token, tok: Token, cue: DivCue) -> Divergence | None:
    subj = _subject(tok) or _holder(tok, cue)
    if subj is None:
        return None
    obj = _object(tok, last)
    if "commitment" in cue.claims:
        return _commitment(state, tok, subj, obj, cue)
    if (obj is None or obj.dep_ == "pobj") and "act" in cue.claims:
        # "denied that its forces had fired", "denied moving the markers": the clause
        obj = next(
            (
                c
                for c in tok.children
                if c.dep_ == "ccomp" or (c.dep_ == "xcomp" and c.tag_ == "VBG")
            ),
            obj,
        )
    if obj is None:
        return None
    others = _owner(state, subj)
    if not others:
        return None
    obj_toks = list(obj.subtree)
    # "no mention of X in the readout": the readout is who omits, not what
    told = [t for t in obj_toks if not subj.head.i <= t.i <= subj.i] if subj.i > obj.i else obj_toks
    about = state.text[told[0].idx : _end(told[-1])]
    other_ids = _with_affiliation(state, others)
    other_ids.extend(x for x in _group_voice(state, others[0], tok) if x not in other_ids)
    other_ids.extend(x for x in _body_named_with(state, subj, others[0]) if x not in other_ids)
    asserted: list[str] = []
    if "content" in cue.claims:
        asserted = _asserters(state, about, tok.idx, set(other_ids))
    if "account" in cue.claims and not _is_claim(obj):
        # "played down the significance of X's remarks": the remarks
        obj = next(
            (
                g
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj" and _is_claim(g)
            ),
            obj,
        )
    if not asserted and "account" in cue.claims and _is_claim(obj):
        owners = (
            _owner(state, obj)
            or _previous_speaker(state, obj, set(other_ids))
            or _named_again(state, obj, set(other_ids))
        )
        asserted = [o.id for o in owners]
        # the channels the owner's words came through assert them too
        for a in state.attributions:
            if owners and a.speaker == owners[0].id and a.via and a.via not in asserted:
                asserted.append(a.via)
    elif not asserted and "act" in cue.claims and not _is_claim(obj):
        asserted = _claimed_act(state, obj, other_ids)
    elif not asserted and "party" in cue.claims and obj.dep_ in {"dobj", "obj"}:
        # "the army contradicted the governor": what the governor said
        asserted = [
            e.id
            for e in _owner(state, obj)
            if any(a.speaker == e.id and a.content[0].start < tok.idx for a in state.attributions)
        ]
    asserted = [x for x in asserted if x not in other_ids]
    if not asserted:
        return None
    start = min(tok.idx, _left(subj).idx)
    return _made(state, cue, about, asserted, other_ids, start, _end(obj_toks[-1]))


def _commitment(
    state: State, tok: Token, subj: Token, obj: Token | None, cue: DivCue
) -> Divergence | None:
    """ "Z said X had made no commitment about ...", after Y said X had promised it."""
    said = _attribution_around(state, tok)
    committer = _party(state, subj)
    if said is None or said.speaker is None or committer is None:
        return None
    speaker = state.entity(said.speaker)
    if speaker is None:
        return None
    other_ids = _with_affiliation(state, [speaker])
    asserted = _claimed_commitment(state, committer, other_ids)
    asserted = [x for x in asserted if x not in other_ids]
    if not asserted:
        return None
    end_tok = list(obj.subtree)[-1] if obj is not None else tok.right_edge
    while end_tok.i > tok.i and end_tok.is_punct:
        end_tok = end_tok.nbor(-1)
    about = state.text[subj.left_edge.idx : _end(end_tok)]
    return _made(state, cue, about, asserted, other_ids, subj.left_edge.idx, _end(end_tok))


def _made(
    state: State,
    cue: DivCue,
    about: str,
    asserted: list[str],
    other: list[str],
    start: int,
    end: int,
) -> Divergence | None:
    # who made the claim is a named party: never "prosecutors" or "officials", unnamed
    asserted = [x for x in asserted if (e := state.entity(x)) is not None and e.type != "OTHER"]
    if not asserted:
        return None
    while end > start and state.text[end - 1].isspace():
        end -= 1
    evidence = Span.of(state.text, start, end)
    return Divergence(
        id=stable_id("d", state.document.id, cue.kind, evidence.start),
        kind=cue.kind,
        about=" ".join(about.split())[:120],
        asserted_by=tuple(asserted),
        other=tuple(other),
        evidence=(evidence,),
    )
