"""Who may stand on a side of an act: whether an actor can act (no thing, no ship that speaks),
whether it is someone to act on (no thing, no site), whether a place is only where the act
happened, whether a group refers back to someone unnamed, whom a city or a leader's name stands
for ("a Toledo gunman", "the Vale supporters"), and whether an act has its other side (no talk
with the press, no act aimed at one's own country)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ... import lexicon
from ...nlp import children_of, root_of, sentence, text_of, tokens_of
from ...sectors import sectors_of_noun
from .confidence import SITE_LABELS
from .sides import Sider
from .syntax import in_place_phrase, pobjs
from .tables import (
    ACTOR_SUFFIXES,
    AREA_TYPES,
    DEFINITE,
    LOCATIVE_PREPS,
    NON_AGENT_LABELS,
    ROLES,
    Candidate,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Span, Token

    from ...types import Entity

# acts with no one (but a thing or a place) on the other side are no acts of these types
OTHER_SIDE_TYPES = frozenset({"CONSULT", "SUPPORT"})
# the PLOVER acts that may stand with no one on the other side: a protest ("marched on
# Sunday"), a mobilisation ("put its troops on alert") or its reverse ("withdrew the troops",
# "laid down its weapons"), a concession ("conceded defeat", "pleaded guilty") and a denial
# ("denied wrongdoing"); every other type is an act done to, with,
# against or for someone (CAMEO's "agree with", "accuse", "aid to", "demand of", "threaten",
# "sanction", "attack"), so with no one found there the coder cannot say between
# whom it happened, and on whole articles such an act is mostly a misreading: it is left out
ALONE_TYPES = frozenset({"PROTEST", "MOBILIZE", "RETREAT", "CONCEDE", "REJECT"})
# hostile acts that a thing alone on the other side does not make an act between actors (a
# thing is no one: CAMEO's attack and coercion are done to someone); a seizure of property
# (CAMEO 171) is coded without the owner when none is named: the thing is left out. (Blame
# stays on a thing: "condemned the attacks" names what is blamed, PLV codes it so.)
THING_HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE"})
# the acts whose thing on the other side is left out and the act kept with no one there
OWNERLESS_TYPES = frozenset({"COERCE"})
# the sectors of those who strike: workers and their unions, civilians
WORKER_SECTORS = frozenset({"LAB", "CVL"})
# the sector of news media: talking with them is no consultation
MEDIA_SECTOR = "MED"
# acts aimed at another, never at the actor's own country
OWN_SIDE_TYPES = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "REJECT", "THREATEN"})
# acts of words, which only people and bodies do (no ship or building speaks)
WORD_TYPES = OWN_SIDE_TYPES | {"CONSULT", "AGREE", "CONCEDE"}


class Standing(Sider):
    """The tests of who may stand on each side of an act."""

    def agent(self, eid: str) -> bool:
        """Whether the entity can act: no nominal thing ("the gun", "the shooting"), no storm,
        law, work or product."""
        if self.nominals.has(eid):
            return (
                not self.thing(eid)
                or any(_named_inside(h) for h in self.nominals.head_tokens(eid))
                # "the teenager who stabbed ...": a noun of a person (``resident_nouns``)
                or self._person_side(eid)
            )
        ent = self.state.entity(eid)
        return ent is None or ent.type not in NON_AGENT_LABELS

    def _speechless(self, eid: str, cand: Candidate) -> bool:
        """Whether a nominal site or vehicle is the source of an act of words ("the boat
        accused Beijing"): a ship, a building or a town says nothing, its crew or owner does
        (a warship may still fire)."""
        return (
            cand.type in WORD_TYPES
            and self.nominals.has(eid)
            and not self.thing(eid)
            and self._no_one(eid)
        )

    def _named_site(self, eid: str) -> bool:
        """Whether the entity is a named place that is no political unit ("30 Elm Street"), or
        a place of remembrance named so whatever its type ("the Harbour War Memorial",
        ``monument_words``)."""
        ent = self.state.entity(eid)
        if ent is None:
            return False
        words = ent.name.split()
        return ent.type in SITE_LABELS or (
            len(words) > 1 and words[-1].lower() in self.words.monument_words
        )

    def _no_one(self, eid: str) -> bool:
        """Whether the entity names no one who can be acted on: a nominal thing ("the
        letter", "the budget"), a nominal site ("the factory", "an army camp") or a place that is
        no political unit (a sea, a road, a building: ``SITE_LABELS``)."""
        if self.nominals.has(eid):
            heads = self.nominals.head_tokens(eid)
            return self.thing(eid) or (
                bool(heads)
                and all(
                    h.pos_ != "PROPN" and h.lemma_.lower() in self.words.site_nouns for h in heads
                )
            )
        return self._named_site(eid)

    def _resident(self, eid: str, cand: Candidate) -> list[str]:
        """The actor itself, or, for a city or region that the act's sentence names only as
        the modifier of a noun of a person (``resident_nouns``: "the Dayton man shot ...", "a
        Toledo gunman"), that person: someone from the place acts, not the place (a country
        stands for its forces, "Chinese jets"; a city for its police or government)."""
        ent = self.state.entity(eid)
        if ent is None or ent.type not in AREA_TYPES or self._country(eid):
            return [eid]
        heads = self._modified_nouns(
            ent, cand, ("compound", "nmod", "amod"), lambda t: t.lower_ in self.words.resident_nouns
        )
        if heads is None:
            return [eid]
        return [i for h in heads for i in self.nominals.make(h)]

    def _followers(self, eid: str, cand: Candidate) -> list[str]:
        """The actor itself, or, for a person or body that the act's sentence names only as the
        modifier of a noun of its followers (``follower_nouns``: "the Vale supporters", "an Ortiz
        delegate"), those followers: they act or are acted on, not the one they
        follow."""
        ent = self.state.entity(eid)
        if ent is None or ent.type not in ("PERSON", "ORG", "NORP"):
            return [eid]
        heads = self._modified_nouns(
            ent,
            cand,
            ("compound", "nmod"),
            lambda t: t.lemma_.lower() in self.words.follower_nouns,
        )
        if heads is None:
            return [eid]
        return [i for h in heads for i in self.nominals.make(h)] or [eid]

    def _modified_nouns(
        self,
        ent: Entity,
        cand: Candidate,
        deps: tuple[str, ...],
        noun: Callable[[Token], bool],
    ) -> list[Token] | None:
        """The nouns that ``ent``'s mentions in the act's sentence modify (by one of ``deps``),
        when every such mention modifies a noun ``noun`` accepts; else None."""
        spans = [
            s for s in self.mention_spans(ent, sentence(cand.tok)) if s is None or not _bracketed(s)
        ]
        heads = [
            s.root.head
            for s in spans
            if s is not None
            and s.root.dep_ in deps
            and noun(s.root.head)
            and s.root.head.i not in range(s.start, s.end)
        ]
        if not spans or len(heads) != len(spans):
            return None
        return heads

    def _only_where(self, cand: Candidate, target: list[str]) -> bool:
        """Whether the side acted on is only where the act happened: countries, regions or
        cities that the act's sentence names only in a place phrase ("investigating a shooting
        in Gary", "opened fire inside a Toledo bar")."""
        sent = sentence(cand.tok)
        for eid in target:
            ent = self.state.entity(eid)
            if ent is None or ent.type not in AREA_TYPES:
                return False
            spans = self.setting_spans(ent, sent)
            if not spans or not all(s is not None and in_place_phrase(s.root) for s in spans):
                return False
        return bool(target)

    def _unlinked_anaphor(self, eid: str, cand: Candidate) -> bool:
        """Whether the actor is a definite plural common noun ("the plaintiffs", "its forces")
        in a sentence after the first of the story: a group that refers back."""
        sent = sentence(cand.tok)
        if sent.start == 0 or not any(t.is_alpha for t in tokens_of(cand.tok.doc)[: sent.start]):
            return False
        heads = self.nominals.head_tokens(eid)
        if not heads:
            ent = self.state.entity(eid)
            if ent is None or any(ch.isupper() for ch in ent.name) or not ent.mentions:
                return False
            first = self.mention_spans(ent)[0]
            heads = [first.root] if first is not None else []
        return bool(heads) and all(
            t.tag_ == "NNS"  # a group ("the plaintiffs", "its forces"), not "the union"
            and any(
                c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE)
                for c in children_of(t)
            )
            for t in heads
        )

    def _others(
        self, cand: Candidate, source: list[str], target: list[str], governments: set[str]
    ) -> list[str]:
        """The target without the acting side's own country: words of support, blame or
        demand are aimed at another ("reaffirmed the United States' commitment" said by a US
        official names no one else); a country named as its government (``governments``:
        "the opposition accused the government") stays."""
        if cand.type not in OWN_SIDE_TYPES or not source:
            return target
        homes = {e.country for i in source if (e := self.state.entity(i)) is not None}
        if len(homes) != 1 or None in homes:
            return target
        own = {c.id for c in self._countries() if c.country in homes} - governments
        # its people word too ("the Indian navy defended its actions": not "Indian")
        own |= {
            i
            for i in target
            if (e := self.state.entity(i)) is not None and e.type == "NORP" and e.country in homes
        }
        return [i for i in target if i not in own]

    def _other_side(
        self, cand: Candidate, source: list[str], target: list[str]
    ) -> list[str] | None:
        """The side acted on, or None for an act that needs someone there and has no one
        (``_has_other_side``); property seized from no one named is seized all the same, and
        the things are left out of the side ("seized 46 excavators")."""
        if cand.type in OWNERLESS_TYPES and source and target and all(map(self.thing, target)):
            return []
        return target if self._has_other_side(cand, source, target) else None

    def firm_stoppage(self, cand: Candidate) -> bool:
        """Whether a work stoppage ("stopped work", "downed tools") is a firm's: a subject
        names a business (``_firm``) and none names workers or civilians. Only workers strike
        (CAMEO 143); a firm halting work protests against no one."""
        tok = cand.tok
        if cand.type != "PROTEST" or tok.pos_ != "VERB" or "work" not in cand.pattern.with_words:
            return False
        subj, passive = self.subjects(tok)
        # "the refiner Ostrava Fuels" may be read as two subjects: one names the firm
        return (
            not passive
            and any(self._firm(s) for s in subj)
            and not any(
                self.actor_sector(i) in WORKER_SECTORS for s in subj for i in self.token_ids(s)
            )
        )

    def forceless_takeover(self, cand: Candidate) -> bool:
        """Whether a taking "over" ("took over the market", "robots are taking over the
        kitchens") is done by no one who can use force: every subject a business (``_firm``)
        or a common noun that names no actor, no sector and no entity. ASSAULT is force used by
        an actor (CAMEO 18-20); a firm winning a market or a thing spreading uses none."""
        tok = cand.tok
        if cand.type != "ASSAULT" or tok.pos_ != "VERB":
            return False
        if tok.lemma_.lower() not in self.words.taking_over_verbs or not any(
            c.dep_ == "prt" and c.lower_ == "over" for c in children_of(tok)
        ):
            return False
        subj, passive = self.subjects(tok)
        return (
            not passive
            and bool(subj)
            and all(
                self._firm(s)
                or (
                    s.pos_ == "NOUN"
                    and not self.token_ids(s)
                    and not self.actor_noun(s)
                    and not sectors_of_noun(s.lemma_.lower())
                )
                for s in subj
            )
        )

    def _firm(self, tok: Token) -> bool:
        """Whether a subject names a business: its entity's sector or a noun of its phrase
        (``firm_nouns``, a noun of the sector table's businesses)."""
        return any(self.actor_sector(i) == "BUS" for i in self.token_ids(tok)) or any(
            w.lemma_.lower() in self.words.firm_nouns or "BUS" in sectors_of_noun(w.lemma_.lower())
            for w in (tok, *(c for c in children_of(tok) if c.dep_ in ("appos", "compound")))
            if w.pos_ == "NOUN"
        )

    def self_training(self, cand: Candidate) -> bool:
        """Whether an aid verb that gives only to its object (``object_giving_verbs``) has
        none, active or passive: "the guards trained for a month" is no aid to anyone."""
        return cand.verb_of("AID", self.words.object_giving_verbs) and not any(
            c.dep_ in ("dobj", "nsubjpass") for c in children_of(cand.tok)
        )

    def _has_other_side(self, cand: Candidate, source: list[str], target: list[str]) -> bool:
        """Whether an act that needs someone on the other side has one (every type but
        ``ALONE_TYPES``): a consultation is held with someone ("hosted the talks", "officials
        talk all the time" name no partner; "held talks in Oslo" is held with Oslo), support
        goes to someone ("defended the measure", "his support was conditional" back no one
        named)."""
        if cand.type not in OTHER_SIDE_TYPES and cand.pattern.type not in OTHER_SIDE_TYPES:
            # a promise to meet ("will discuss the crisis") needs a partner too; a promise of an
            # act that stands alone stands alone ("will withdraw its troops", "agreed to
            # resign": a yielding act, with no one on the other side); force on a thing alone
            # ("fired shots into the air", "took control of the lithium": THING_HOSTILE_TYPES)
            # is no act on anyone, while another act may be aimed at a thing ("urged restraint")
            return (
                (
                    any(self.someone(i) for i in target)
                    if cand.type in THING_HOSTILE_TYPES
                    else bool(target)
                )
                # "the two countries fought a war": a joint act of two named on one side
                or (ROLES[cand.pattern.roles].joint and len(source) >= 2)
                or cand.type in ALONE_TYPES
                or (
                    cand.type == "AGREE"
                    and any(t in ALONE_TYPES for t in (cand.pattern.type, *cand.folded))
                )
            )
        # a site is no partner either: "visited the factory", "toured the plant" is a visit to
        # a place, no consultation with anyone; a cause named by common nouns is no one
        # supported ("his support for abortion rights": a stance, CAMEO 05 backs an actor)
        # an unnamed many ("visited several states") names no partner
        return any(
            not self._no_one(i) and not self._cause(i, cand) and not self._unnamed_many(i)
            for i in target
        )

    def _unnamed_many(self, eid: str) -> bool:
        """Whether a nominal actor is countries counted only by an indefinite quantifier
        ("several states", "many nations": ``indefinite_quantifiers``, ``country_words``),
        naming no one in particular."""
        if not self.nominals.has(eid):
            return False
        heads = self.nominals.head_tokens(eid)
        # "several opposition leaders" name a kind of actor; "several states" no one
        return bool(heads) and all(
            h.lemma_.lower() in self.words.country_words
            and any(
                c.dep_ in ("amod", "det", "nummod", "quantmod")
                and c.lower_ in self.words.indefinite_quantifiers
                for c in children_of(h)
            )
            for h in heads
        )

    def _cause(self, eid: str, cand: Candidate) -> bool:
        """Whether the entity is a cause or a thing told by common nouns in the act's sentence,
        no person, group or body ("abortion rights", "marijuana legalization"; a lower-case word
        the tagger took for a name is a common noun all the same)."""
        ent = self.state.entity(eid)
        if self.nominals.has(eid):
            heads = self.nominals.head_tokens(eid)
        elif ent is not None and ent.type == "OTHER":
            heads = self.generic_heads(eid, sentence(cand.tok))
        else:
            return False
        return bool(heads) and not any(self._names_someone(h) for h in heads)

    def _names_someone(self, tok: Token) -> bool:
        """Whether a head noun names a person, group, body or site (``actor_noun``), a
        lower-case word tagged as a name read as the common noun it is."""
        if tok.pos_ == "PROPN" and tok.text.islower():
            lemma = tok.lemma_.lower()
            words = self.words
            return (
                lemma in words.actor_nouns
                or lemma in words.site_nouns
                or lemma in words.relative_nouns
                or (len(lemma) > 5 and lemma.endswith(ACTOR_SUFFIXES))
            )
        return self.actor_noun(tok)

    def _without_press(
        self, cand: Candidate, source: list[str], target: list[str]
    ) -> tuple[list[str], list[str]] | None:
        """The sides of a consultation without the news media on them (sector MED: they
        report, they are no party that consults, CAMEO 04 is between actors), or None when a
        side named only media ("spoke with reporters", "told the Post in an interview"): talk
        with the press. A leader who met another leader and a broadcaster met the other
        leader; an actor of no known sector beside an outlet on its side is taken for one of
        its kind ("KZTV and the Post spoke with her father": a list names like things)."""
        if cand.type != "CONSULT":
            return source, target
        kept = [self._not_press(side) for side in (source, target)]
        if any(not k and side for k, side in zip(kept, (source, target), strict=True)):
            return None
        return kept[0], kept[1]

    def _not_press(self, side: list[str]) -> list[str]:
        """``side`` without its news media (see ``_without_press``)."""
        sectors = {i: self.actor_sector(i) for i in side}
        if MEDIA_SECTOR not in sectors.values():
            return side
        return [i for i in side if sectors[i] not in (MEDIA_SECTOR, None)]


def _named_inside(head: Token) -> bool:
    """Whether a noun phrase holds a capitalised word that does not open its sentence (or does,
    and is capitalised elsewhere too), a name the entities stage did not find ("Action Against
    Hunger", "Jurisdiction for Peace"); the place phrase of a lower-case noun is none ("a
    stray bullet in Dalton": where the thing was, not a word of a name)."""
    words = [head, *(c for c in children_of(head) if c.dep_ in ("compound", "flat"))]
    words += [
        p
        for c in children_of(head)
        if c.dep_ == "prep" and not (head.is_lower and c.lower_ in LOCATIVE_PREPS)
        for p in pobjs(c)
    ]
    return any(
        t.text[:1].isupper() and (t.i != sentence(t).start or _named_elsewhere(t)) for t in words
    )


def _named_elsewhere(tok: Token) -> bool:
    """Whether the capitalised word that opens a sentence is capitalised inside another sentence
    of the document too ("Mayor Ana Ruiz ... Ruiz later thanked X"): a name, not a noun."""
    return any(t.text == tok.text and t.i != sentence(t).start for t in tok.doc if t.i != tok.i)


def _bracketed(span: Span) -> bool:
    """Whether a place's mention opens its paragraph as a dateline in brackets ("(Elmwood) - A
    Elmwood man ..."): where the story was filed, no mention the act's sentence makes of it."""
    doc = span.doc
    tokens = tokens_of(doc)
    before = tokens[sentence(root_of(doc, span.start, span.end)).start : span.start]
    if any(not t.is_punct for t in before) or not lexicon.starts_paragraph(
        text_of(doc), (before[0] if before else tokens[span.start]).idx
    ):
        return False
    for t in tokens[span.end : span.end + 3]:
        if lexicon.spaced_dash(t):
            return True
        if t.text not in (")", ","):
            return False
    return False
