"""Events: a PLOVER coder from a data table of verb and noun patterns.

The table is ``sayso/data/plover_patterns.tsv`` (its header explains the columns); the other words
the coder reads (light verbs, mode cues) are in ``sayso/data/event_words.json``. Both are read once
per process. The stage walks the spaCy tokens once; only a token whose (part of speech, lemma)
is in the table costs more than a dictionary look-up.

For each trigger:

* **actors**: from the syntax of the trigger. A verb's subject (or the ``by`` agent of a passive)
  is the source, its object, indirect object and target prepositions (``to/against/on/at X``, by
  the pattern's roles) the target; a verb without a subject takes the one of the verb it hangs on
  (``conj``, ``xcomp``, participles, relative clauses; "summoned X to complain" keeps the
  subject, "urged X to withdraw" takes X). A noun takes its possessor, ``by/from X`` and its
  prepositions; ``between X and Y`` names both; a noun carried by a *light verb* ("gave his
  support to X", "imposed sanctions on X", "held talks with X") takes the verb's subject as the
  source, and a *receiving verb* ("Iran faces criticism from the U.N.") makes its subject the
  target. Further: a joint act (``sym``) splits a conjoined subject ("X and Y met": X -> Y) and
  prefers the partner to its object; a to-complement that is no event names the target of the one
  above it ("agreed to set up a centre in Kenya"), a purpose clause acts on the object of the verb
  it serves, a directive verb's subject acts on the one ordered ("ordered the paper to suspend
  publication"), a statement acts for its author ("a report accusing X": who issued it), a request
  is addressed to the subject of its that-clause, a quantity or group word stands for its ``of``
  phrase ("dozens of activists"), "it/they" in a reported clause is the reporter ("X said it
  would ...", else the entities stage's :class:`Resolver`), and an arrest or release without a
  named agent is the act of the state it happens in; an act with a source and no one named on the
  other side acts on the country, region or city of an ``in/at`` phrase of its own clause ("held
  meetings in Baghdad", "suspended aid deliveries in Borno"). A joint act splits named sides inside
  one subject ("UK and EU negotiators", "the armies of Brazil and Argentina"); a plural possessive
  of a joint noun ("their partnership") names both parties, so no single entity. A noun with no
  target takes a named ``for X`` ("an arrest warrant for X"), the subject of a request's
  that-clause, or who its purpose clause acts on ("a mediation effort to resolve the rift between
  X and Y"); a possessor's "support of X" supports X; a refusal, threat or demand held ``until``
  or ``unless`` another acts acts on that other; a news channel ("X reported on ...") acts in no
  event it reports. Aid goes to the country or region it is used in ("provided $340 million for
  assistance in northern Iraq"); accepting or declining a demand acts on who made it; a made thing
  stands for its maker ("rejected an appeal filed by X"), links for their other side ("a
  suspension of air links with X"); troops mobilized "for a battle against X" act on X; "the U.N.'s
  commitment to supporting X" is the U.N.'s act; a dateline before a spaced dash ("Tehran, March
  15, IRNA - ...") is neither an actor nor part of a name. Named entities beat nominal actors
  between argument positions ("demanded an explanation from the minister"). Each argument is the
  entity whose mention covers its head, name modifiers, apposition or conjuncts
  (``State.mentions_in``); an argument that names none is a *nominal actor*, an ``OTHER`` entity
  made for the noun phrase (:mod:`sayso.pipeline.nominals`), added only when an emitted event uses
  it. An event noun is no actor of another ("sanctions that punish").
* **nesting**: a trigger in the ``to``-complement of another ("threatened to attack X") or a noun
  object of a verb of the same type ("signed an agreement") is folded into the outer event, which
  takes its target when it has none; a joint, giving or asking verb whose object is itself an
  event acts on that event's target ("supported assistance to X").
* **type by frame**: an announced cooperative act (mode ``intended``: "will release", "is ready
  to provide") is a promise, AGREE (CAMEO 03), an announced coercive one a threat, THREATEN
  (CAMEO 13); what a speaker says another must or should do is a REQUEST; concluding a formal
  agreement ("reached a deal") is SUPPORT (CAMEO 057); moving peacekeepers is AID (CAMEO 074).
* **mode**: ``None`` (asserted), ``"intended"`` (will/would, "plans/vows to"; kept where the type
  stays, "will send troops" is MOBILIZE intended), ``"hypothetical"`` (could/may/should,
  "considers", an ``if`` clause, and any clause under a wishing verb: "we hope that all parties will
  ease tensions", "hope for cooperation"). Asking a question ("asked about it", "asked whether") is
  no REQUEST; an event noun with "future/possible/planned" is hypothetical. Negated events ("do
  not constitute an alliance", "no support") are dropped: PLOVER codes what happened or was
  announced. Cooperation an actor refuses ("will
  not lift the ban", "did not give permission", "failed to reach a deal", "declined to meet") is
  coded as what it is, a REJECT (CAMEO 12); a denied state ("relations do not constitute an
  alliance") is not a refusal. A promise ("offered to send troops") is AGREE and takes the
  promised event's target; a promise of a hostile act ("vowed to attack X") is THREATEN.
* **date**: a time of ``state.times`` in the same sentence, preferring one inside a prepositional or
  adverbial phrase of the trigger or its verb, else the nearest.
* **location**: a GPE/LOC/FAC entity in an ``in/at X`` phrase of the trigger or its verb.
* **attribution**: the attribution whose content span holds the trigger.

Events with neither source nor target, or with only a nominal target and no source ("the attack
was condemned"), are left out. Ids: ``stable_id("ev", doc id, trigger start,
type)``.
"""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .. import resources as data
from ..errors import ConfigError
from ..types import PLOVER_TYPES, Event, Span, stable_id
from .base import State
from .entities import Resolver
from .nominals import Nominals

LOCATION_TYPES = frozenset({"GPE", "LOC", "FAC"})
# a country, region or city an act can be aimed at (a building is a place, not a target)
AREA_TYPES = frozenset({"GPE", "LOC"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# the conflict half of PLOVER: a promise to do one of these is not an AGREE event
HOSTILE_TYPES = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"}
)
# what an actor can refuse: "will not lift the ban" is REJECT (CAMEO 12, refuse to yield)
COOPERATIVE_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
)
# the entity labels an unresolved pronoun may stand for ("he/she" the entities stage resolves)
_COLLECTIVE = frozenset({"ORG", "GPE", "NORP", "OTHER"})
PRONOUN_LABELS: dict[str, frozenset[str]] = {
    "it": frozenset({"ORG", "GPE"}), "its": frozenset({"ORG", "GPE"}),
    "they": _COLLECTIVE, "their": _COLLECTIVE, "them": _COLLECTIVE,
    "we": _COLLECTIVE, "our": _COLLECTIVE, "us": _COLLECTIVE,
}  # fmt: skip
# an announced act of these types is a promise (AGREE) or a threat (THREATEN); MOBILIZE ("will send
# troops") and the accusing and rejecting kinds stay what they are, with mode "intended"
PROMISED_TYPES = COOPERATIVE_TYPES - {"AGREE"}
# a negated act of these types is a refusal (CAMEO 12: reject a plan, refuse to meet, to yield, to
# give aid); "does not support X" is only the absence of support and is dropped
REFUSABLE_TYPES = COOPERATIVE_TYPES - {"SUPPORT"}
THREAT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})
# prepositions of a pattern's own object that name the target: "sever ties with X", "lift the
# blockade of X" (and the pattern's target prepositions: "lift sanctions on X")
OWN_PREPS = frozenset({"with", "of"})
# acts only a state performs (arrest, jail, sentence, release, pardon): without a named agent, the
# state where they happen acts
STATE_ACTS = frozenset({"COERCE", "CONCEDE"})
# prepositions that set an act in time or circumstance: their objects are no part of the act
# ("launched cyber attacks after a drone shootdown" is not "launched drones")
FRAME_PREPS = frozenset(
    {"after", "before", "since", "during", "until", "following", "amid", "despite"}
)
# prepositions that introduce what a verb is about ("accused X of attacking"), not when it happened
COMPLEMENT_PREPS = frozenset({"of", "to", "for", "from", "on", "into", "against", "about"})
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative"})
NP_DEPS = frozenset({"compound", "amod", "nmod", "appos", "flat"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"})
# verbs that give their object to someone: "granted the Pentagon permission"
GIVING_VERBS = frozenset({"give", "grant", "offer", "deny", "refuse", "award"})
# "X-led", "X-run": a group named by who leads it
LEADING_VERBS = frozenset({"lead", "head", "run", "command", "control", "own"})
# nouns of people by their ending ("journalist", "civilian"): see ``actor_nouns``
ACTOR_SUFFIXES = ("ist", "ian")
# how a thing leads to who it concerns ("claims that two servicemen abused children"), and how deep
INNER_DEPS = frozenset(
    {"prep", "pobj", "acl", "relcl", "ccomp", "nsubj", "nsubjpass", "dobj", "conj", "appos",
     "compound", "poss", "agent", "nmod"}
)  # fmt: skip
INNER_DEPTH = 7
# forces that are moved ("withdrew its troops"), not acted on
FORCE_NOUNS = frozenset(
    {"troop", "troops", "soldier", "force", "forces", "contingent", "peacekeeper", "unit",
     "battalion", "brigade", "personnel", "army", "navy", "fleet", "warship", "ship"}
)  # fmt: skip
# nouns that carry what is given or stopped as a compound: "suspended aid donations"
CARRIED_NOUNS = frozenset({"donation", "shipment"})
# prepositions that name a place when the verb already has an object ("fired at X" vs "attacked
# soldiers at a checkpoint", "imposed a curfew on the city" keeps "on" through the light verb)
PLACE_PREPS = frozenset({"at", "on", "upon", "into"})
# acts of words: they address someone, not the place they are spoken in ("accused in The Hague")
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE"})
# a refusal, threat or demand held until or unless another acts acts on that other
CONDITIONAL_TYPES = frozenset({"REJECT", "THREATEN", "REQUEST"})
# verbs of a news channel: who reports on an act is no actor of it
REPORTING_VERBS = frozenset({"report", "say", "tell", "write", "quote", "cite", "comment"})
# prepositions of a to-complement that name who it acts on ("agreed to send aid to X")
COMPLEMENT_TARGET_PREPS = frozenset({"to", "with", "for", "from", "against", "toward", "towards"})


@dataclass(frozen=True, slots=True)
class Roles:
    """How the dependents of a trigger map to source and target (the table's ``roles`` column)."""

    target_preps: frozenset[str]
    source_preps: frozenset[str]  # for nouns; a passive verb's "by" agent is always the source
    of: str | None  # what a noun's "of X" names: "source", "target" or nothing
    possessor: str  # what a noun's possessor names
    subject: str = "source"  # what a verb's subject names
    joint: bool = False  # a joint act: "X and Y met" is X (source) meeting Y (target)
    moves: bool = False  # a verb's object is what it moves ("deployed troops to X"), not a target


def _fs(*words: str) -> frozenset[str]:
    return frozenset(words)


ROLES: dict[str, Roles] = {
    "dir": Roles(_fs("to", "against", "on", "upon", "at", "toward", "towards", "into"),
                 _fs("by", "from"), "target", "source"),
    "pat": Roles(_fs("to", "against", "on", "upon", "at", "toward", "towards", "into"),
                 _fs("by", "from"), "target", "target"),
    "give": Roles(_fs("to", "for", "with", "behind", "toward", "towards"),
                  _fs("by", "from"), "source", "source"),
    "sym": Roles(_fs("with", "against"), _fs("by"), "source", "source", joint=True),
    "recv": Roles(frozenset(), _fs("from", "by"), None, "target", subject="target"),
    "away": Roles(_fs("from"), _fs("by"), "source", "source"),
    "area": Roles(_fs("to", "against", "on", "upon", "at", "toward", "towards", "into", "in",
                      "across", "throughout", "around"),
                  _fs("by", "from"), "target", "source"),
    "move": Roles(_fs("to", "into", "toward", "towards", "against", "near", "along", "in", "at",
                      "on", "across"),
                  _fs("by", "from"), None, "source", moves=True),
    "ask": Roles(_fs("to", "on", "upon", "from", "of"), _fs("by"), None, "source"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Pattern:
    type: str
    pos: str  # verb | noun
    with_words: frozenset[str]  # one of these must be a dependent; empty: no condition
    entity_object: bool  # "@" in the with column: a direct object that is an entity
    complement: bool  # "+to" in the with column: a to-infinitive ("offered to send troops")
    roles: str
    handover: bool = False  # ">to" in the with column: an object given "to X" ("returned a
    # painting to its owner")
    person_object: bool = False  # "~" in the with column: an object that names people ("freed
    # two nurses"; ``actor_nouns`` in event_words.json)

    @property
    def specific(self) -> bool:
        return bool(
            self.with_words
            or self.entity_object
            or self.complement
            or self.handover
            or self.person_object
        )


@dataclass(frozen=True, slots=True)
class Words:
    light_verbs: frozenset[str]
    light_preps: frozenset[str]
    sym_frames: frozenset[str]
    intended_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    intended_governors: frozenset[str]
    hypothetical_governors: frozenset[str]
    negating_governors: frozenset[str]
    conditional_marks: frozenset[str]
    negative_determiners: frozenset[str]
    negative_adverbs: frozenset[str]
    negative_preps: frozenset[str]
    skip_flags: frozenset[str]
    not_actor_nouns: frozenset[str]
    receiving_verbs: frozenset[str]
    container_nouns: frozenset[str]
    stative_verbs: frozenset[str]
    purpose_verbs: frozenset[str]
    peacekeeping_words: frozenset[str]
    concluding_verbs: frozenset[str]
    deontic_aux: frozenset[str]
    carrier_nouns: frozenset[str]
    speech_verbs: frozenset[str]
    directive_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    wishing_verbs: frozenset[str]
    question_verbs: frozenset[str]
    condition_marks: frozenset[str]
    reciprocal_possessives: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    creating_verbs: frozenset[str]
    actor_nouns: frozenset[str]
    site_nouns: frozenset[str]


def _data(name: str) -> str:
    return data.text(f"data/{name}")


def parse_patterns(text: str) -> dict[tuple[str, str], list[Pattern]]:
    """The pattern table, keyed by (pos, lemma); specific patterns (with a ``with``) first."""
    table: dict[tuple[str, str], list[Pattern]] = {}
    lines = (ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))
    for n, row in enumerate(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        if len(row) < 5:
            raise ConfigError(f"plover_patterns.tsv: pattern {n} has {len(row)} columns, not 5-6")
        type_, pos, lemmas, with_col, roles = (c.strip() for c in row[:5])
        if type_ not in PLOVER_TYPES or pos not in ("verb", "noun") or roles not in ROLES:
            raise ConfigError(
                f"plover_patterns.tsv: pattern {n} ({'|'.join(row[:5])}) has an unknown type, "
                "pos or roles: see the header of the file"
            )
        words = [w for w in with_col.split("|") if w and w != "-"]
        pattern = Pattern(
            type=type_,
            pos=pos,
            with_words=frozenset(w.lower() for w in words if w not in ("@", "+to", ">to", "~")),
            entity_object="@" in words,
            complement="+to" in words,
            handover=">to" in words,
            person_object="~" in words,
            roles=roles,
        )
        for lemma in lemmas.split("|"):
            table.setdefault((pos, lemma.strip().lower()), []).append(pattern)
    for patterns in table.values():
        patterns.sort(key=lambda p: not p.specific)
    return table


@functools.lru_cache(maxsize=1)
def patterns() -> dict[tuple[str, str], list[Pattern]]:
    return parse_patterns(_data("plover_patterns.tsv"))


@functools.lru_cache(maxsize=1)
def words() -> Words:
    raw: dict[str, Any] = json.loads(_data("event_words.json"))
    return Words(**{f: frozenset(raw[f]) for f in Words.__dataclass_fields__})


def _pos(tok: Any) -> str | None:
    if tok.pos_ == "VERB":
        return "verb"
    if tok.pos_ in ("NOUN", "PROPN"):
        return "noun"
    return None


def _pobjs(prep: Any) -> list[Any]:
    """The objects of a preposition; of a gerund clause with a subject ("an attack on the
    government calling it ..."), that subject."""
    out = []
    for c in prep.children:
        if c.dep_ == "pobj":
            out.append(c)
        elif c.dep_ == "pcomp":
            subj = [s for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
            out.extend(subj or [c])
    return out


def _path(tok: Any, top: Any) -> list[Any]:
    """The tokens from ``tok`` up to ``top``, ``top`` left out."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _after_dateline(subj: Any, verb: Any) -> Any:
    """The real subject when the parser took a dateline for it ("ALGIERS, Algeria - Police have
    arrested ..."): the head of the noun phrase between the dash and the verb."""
    sent = subj.sent
    if subj.i - sent.start > 3:
        return subj
    doc = subj.doc
    dash = next((t.i for t in doc[subj.i + 1 : verb.i] if _spaced_dash(t)), None)
    if dash is None or not (
        (subj.text.isupper() and len(subj.text) > 2) or dash - sent.start <= 8
    ):  # "ALGIERS - ...", "Tehran, March 15, IRNA - ..."
        return subj
    span = range(dash + 1, verb.i)
    heads = [
        t
        for t in doc[dash + 1 : verb.i]
        if t.pos_ in ("NOUN", "PROPN") and (t.head.i not in span or t.head.i == t.i)
    ]
    return heads[0] if heads else subj


def _spaced_dash(tok: Any) -> bool:
    """A dash set off by a space before it (a dateline's "CITY - "), not a hyphen."""
    return tok.text in ("-", "--", "\u2014", "\u2013") and (
        tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)
    )


def _relative(tok: Any, verb: Any) -> bool:
    """Whether ``tok`` is the relative pronoun of the relative clause ``verb``."""
    return bool(
        tok.lower_ in RELATIVE_PRONOUNS
        and verb.dep_ == "relcl"
        and tok.tag_ in ("WP", "WDT", "WP$")
    )


def _is_infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _of_object(tok: Any, containers: frozenset[str]) -> Any:
    """X of "one of X", "dozens of X", "a group of X", "control of X": the noun a quantity or
    container word stands for."""
    if tok.pos_ in ("NUM", "PRON", "DET", "ADJ") or tok.lemma_.lower() in containers:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [p for p in c.children if p.dep_ == "pobj"]
                if objs:
                    return objs[0]
    return None


@dataclass
class _Candidate:
    tok: Any
    pattern: Pattern
    extra: list[Any]  # tokens the trigger span reaches (a matched particle, a light verb)
    anchor: Any = None  # the light verb carrying a noun trigger
    clause: Any = None  # the verb whose clause the trigger is in
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    inner: bool = False
    type: str = ""  # the pattern's type, unless nesting changed it

    def __post_init__(self) -> None:
        self.type = self.type or self.pattern.type


class _Coder:
    """Codes one document. Built per document; the tables are shared."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.table = patterns()
        self.words = words()
        self.triggers: dict[int, _Candidate] = {}
        self.nominals = Nominals(state, self.words.not_actor_nouns)
        self.resolver: Resolver | None = None  # made on the first pronoun that needs it

    # -- matching ---------------------------------------------------------------------------------
    def match(self, tok: Any) -> _Candidate | None:
        pos = _pos(tok)
        if pos is None:
            return None
        options = self.table.get((pos, tok.lemma_.lower()))
        if not options:
            return None
        if (
            pos == "noun"
            and tok.dep_ == "compound"
            and tok.head.lemma_.lower() not in self.words.carrier_nouns
        ):
            return None  # "attack helicopters", but "a mediation effort" is a mediation
        if pos == "verb" and self.question(tok):
            return None  # "asked about it", "asked whether": a question, no request
        for pattern in options:
            if not pattern.specific:
                return _Candidate(tok, pattern, [])
            hit = self._with(tok, pattern)
            if hit is not None:
                return _Candidate(tok, pattern, [hit])
        return None

    def question(self, verb: Any) -> bool:
        """Whether ``verb`` asks a question ("asked about it", "asked whether X would come")
        rather than for something: an about-phrase or a whether/if/wh-clause, and no to-complement,
        that-clause or for-phrase."""
        if verb.lemma_.lower() not in self.words.question_verbs:
            return False
        asks = False
        for c in verb.children:
            if c.dep_ in ("xcomp", "ccomp", "advcl") and _is_infinitive(c):
                return False  # "asked X to withdraw"
            if c.dep_ == "prep" and c.lower_ == "for":
                return False  # "asked for help"
            if c.dep_ == "prep" and c.lower_ == "about":
                asks = True
            if c.dep_ == "ccomp":
                marks = {
                    x.lower_ for x in c.children if x.dep_ in ("mark", "advmod", "nsubj", "dobj")
                }
                if marks & {"whether", "if", "what", "why", "how", "when", "where", "who", "which"}:
                    asks = True
                elif "that" in marks:
                    return False  # "asked that the troops leave"
            if c.dep_ == "dobj" and c.lemma_.lower() in ("question", "what", "whether"):
                asks = True
        return asks

    def _with(self, tok: Any, pattern: Pattern) -> Any:
        for c in tok.children:
            # a preposition counts right after the trigger only: "called on X", not
            # "called X ... on Tuesday"
            if c.lemma_.lower() in pattern.with_words and (
                c.dep_ not in ("prep", "dative", "agent") or 0 < c.i - tok.i <= 2
            ):
                return c
            if c.dep_ == "prep" and c.lower_ not in FRAME_PREPS:
                for p in _pobjs(c):
                    if p.lemma_.lower() in pattern.with_words:
                        return p
            if c.dep_ == "ccomp" and c.tag_ in ("VBG", "VBN"):
                # "accept refugees fleeing the war": the parser's clause hides the object
                for x in c.children:
                    if x.dep_ == "nsubj" and x.lemma_.lower() in pattern.with_words:
                        return x
            if c.dep_ in ("dobj", "nsubjpass"):
                if pattern.entity_object and (self.token_ids(c) or c.pos_ == "PROPN"):
                    return c  # "released Navalny"
                if pattern.person_object and c.pos_ == "NOUN" and self.actor_noun(c):
                    return c  # "will release two nurses"
                if any(x.dep_ == "amod" and x.lower_ in pattern.with_words for x in c.children):
                    return c  # "let free Karman", as the parser has it
                of = _of_object(c, self.words.container_nouns)
                if of is not None and of.lemma_.lower() in pattern.with_words:
                    return of  # "released dozens of activists"
                if c.lemma_.lower() in self.words.carrier_nouns | CARRIED_NOUNS:
                    for x in c.children:  # "ended mediation efforts", "suspended aid donations"
                        if x.dep_ == "compound" and x.lemma_.lower() in pattern.with_words:
                            return c
            if pattern.complement and c.dep_ == "xcomp" and c.i > tok.i:
                return tok
            if (
                pattern.handover
                and c.dep_ in ("dobj", "nsubjpass")
                and c.pos_ in ("NOUN", "PROPN")
                and not c.ent_type_  # "returned to Brazil last Wednesday ..." is no object
                and any(
                    x.dep_ in ("prep", "dative") and x.lower_ == "to" and _pobjs(x)
                    for x in (*tok.children, *c.subtree)
                )
            ):
                return c  # "returned a painting to its owner": the thing handed over
        return None

    # -- actors -----------------------------------------------------------------------------------
    def token_ids(self, tok: Any) -> list[str]:
        return [eid for _, eid in self.state.mentions_in(tok.idx, tok.idx + len(tok.text))]

    def np_ids(self, tok: Any, top: bool = True) -> list[str]:
        """Entities named by the noun phrase headed by ``tok`` (not its clauses)."""
        ids = self.token_ids(tok)
        possessors: list[Any] = []
        for c in tok.children:
            if c.dep_ in NP_DEPS:
                if c.i < tok.i and any(_spaced_dash(t) for t in tok.doc[c.i + 1 : tok.i]):
                    continue  # "ALGIERS, Algeria - Police": a dateline is no part of the name
                ids.extend(self.np_ids(c, top=False))
                if c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in LEADING_VERBS:
                    # "a Saudi-led strike", "the Kremlin-run channel": who leads it (not
                    # "U.S.-backed fighters": who backs them is someone else)
                    for x in c.children:
                        if x.dep_ in ("npadvmod", "compound", "nmod"):
                            ids.extend(self.np_ids(x, top=False))
            elif c.dep_ == "poss":
                possessors.append(c)
        for c in possessors:
            if c.pos_ != "PRON":
                ids.extend(self.np_ids(c, top=False))
            elif not ids:
                # "its forces" stand for the country, but "her colleagues" are not her
                ids.extend(
                    i
                    for i in self.np_ids(c, top=False)
                    if (e := self.state.entity(i)) is not None and e.type != "PERSON"
                )
        if not ids and top and tok.pos_ in ("NOUN", "PROPN"):
            # "the government of Syria", "authorities in Pakistan": the place or body named;
            # "a request from Modi", "the attack by militants": who made it
            for c in tok.children:
                if c.dep_ == "prep" and c.lemma_.lower() in ("of", "in", "by", "from"):
                    for p in _pobjs(c):
                        ids.extend(self.arg_ids(p, nominal=False))
        return list(dict.fromkeys(ids))

    def arg_ids(
        self, tok: Any, verb: Any = None, nominal: bool = True, conjuncts: bool = True
    ) -> list[str]:
        """Entities of an argument and its conjuncts ("China and Russia"). A conjunct that names
        no entity is a nominal actor ("protesters", "the agreement"), made on demand."""
        if verb is not None and _relative(tok, verb):
            tok = verb.head
        ids: list[str] = []
        for t in (tok, *tok.conjuncts) if conjuncts else (tok,):
            found = self.np_ids(t) or self.pronoun_ids(t)
            of = _of_object(t, self.words.container_nouns) if not found else None
            if of is not None:  # "one of the Kremlin's critics", "dozens of IS members"
                found = self.np_ids(of)
                t = of
            if not found and nominal and t.pos_ == "NOUN":
                # "a request from 20 MPs", "offers by the Kabul government", "an appeal filed
                # by the lawyers of X": who made it
                found = [
                    i
                    for c in (
                        *t.children,
                        *(
                            x
                            for a in t.children
                            if a.dep_ == "acl" and a.tag_ == "VBN"
                            for x in a.children
                        ),
                    )
                    if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from")
                    for p in _pobjs(c)
                    if p.pos_ in ("NOUN", "PROPN")
                    for i in self.arg_ids(p)
                ]
            if not found and nominal:
                found = self.nominals.make(t)
            ids.extend(found)
        return list(dict.fromkeys(ids))

    def pronoun_ids(self, tok: Any) -> list[str]:
        """The actor an unresolved "it/they" stands for: in a reported clause, the reporter ("The
        army said it had arrested X", "Rebels say they will free Y"); else the most salient
        organisation, place or group before it (the entities stage's :class:`Resolver`)."""
        low = tok.lower_
        if tok.pos_ != "PRON" or low not in PRONOUN_LABELS:
            return []
        if tok.dep_ in ("nsubj", "nsubjpass"):
            verb = tok.head
            while verb.dep_ == "conj" and verb.head.i != verb.i:
                verb = verb.head
            if verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX"):
                for s in verb.head.children:
                    if s.dep_ == "nsubj" and s.pos_ != "PRON":
                        return self.arg_ids(s, verb.head)
        if low in ("we", "our", "us"):
            return []  # the speaker of a quotation: the attributions stage knows it
        if self.resolver is None:
            self.resolver = Resolver(self.state.doc, self.state.clusters, self.state.quotes)
        labels = PRONOUN_LABELS[low]
        idx = self.resolver.candidates(tok.i, lambda c: c.label in labels)
        if idx is None or idx >= len(self.state.cluster_ids):
            return []
        eid = self.state.cluster_ids[idx]
        return [eid] if self.state.entity(eid) is not None else []

    def subjects(self, verb: Any, depth: int = 0) -> tuple[list[Any], bool]:
        """The verb's subject tokens, and whether the verb is passive (subject = the acted-on)."""
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            return subj, False
        patient = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if patient:
            return patient, True
        head = verb.head
        if depth > 4 or head.i == verb.i:
            return [], False
        # a bare past participle ("when asked", "forces backed by Iran") is passive
        bare_participle = verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children
        )
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
            # "accused X of attacking", "after meeting X": the object of an of-verb, else the
            # subject of the governing clause
            gov = head.head
            objects = [c for c in gov.children if c.dep_ == "dobj"]
            if head.lemma_.lower() == "of" and objects:
                return objects, False
            if gov.lemma_.lower() in REPORTING_VERBS:
                return [], False  # "X reported on strengthening ties": the channel does not act
            if gov.pos_ == "NOUN":
                owner = [c for c in gov.children if c.dep_ == "poss"]
                if owner:  # "the U.N.'s commitment to supporting Lebanon": the U.N. supports
                    return owner, False
            return self.subjects(gov, depth + 1)
        if verb.pos_ == "ADJ" or verb.dep_ in ("acomp", "oprd"):
            return self.subjects(head, depth + 1)  # "is willing to withdraw"
        if verb.dep_ == "xcomp" and head.lemma_.lower() not in self.words.purpose_verbs:
            objects = [
                c
                for c in head.children
                if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP" and c.i not in self.triggers
            ]  # "started a hunger strike to protest": an event noun does not protest itself
            return (objects, False) if objects else self.subjects(head, depth + 1)
        if verb.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
            toks, head_passive = self.subjects(head, depth + 1)
            if verb.dep_ == "advcl":
                return toks if not head_passive else [], bare_participle
            return toks, head_passive and bare_participle
        if (
            verb.dep_ == "acl"
            and _is_infinitive(verb)
            and head.i in self.triggers
            and head.dep_ == "dobj"
            and head.head.pos_ == "VERB"
        ):  # "started a hunger strike to protest against X": who started it protests
            return self.subjects(head.head, depth + 1)
        if verb.dep_ in ("acl", "amod", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            if head.lemma_.lower() in self.words.statement_nouns and not bare_participle:
                # "a report accusing X", "a resolution criticizing X": its author acts
                author = self.author(head)
                if author:
                    return author, False
            return [head], bare_participle
        return [], False

    def author(self, noun: Any) -> list[Any]:
        """Who issued a statement noun: its possessor, ``by/from X``, or the subject of the verb
        it is the object of ("Amnesty put out a report", "said in a statement")."""
        for c in noun.children:
            if c.dep_ == "poss":
                return [c]
            if c.dep_ == "prep" and c.lemma_.lower() in ("by", "from"):
                return _pobjs(c)
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lemma_.lower() == "in":
            head, dep = head.head, "dobj"
        else:
            dep = noun.dep_
        if dep == "dobj" and head.pos_ == "VERB":
            subj, passive = self.subjects(head)
            return [] if passive else subj
        return []

    def verb_args(self, verb: Any, roles: Roles, skip: Any = None) -> tuple[list[str], list[str]]:
        """(source, target) entity ids of a verb's own arguments."""
        source: list[str] = []
        target: list[str] = []
        partners: list[str] = []  # the other conjuncts of a joint act's subject
        # the trigger noun of a light verb or the pattern's own object, and the words between it
        # and the verb ("began a round of exercises", "engaged in talks"), are no actors
        path: set[int] = set()
        t = skip
        while t is not None and t.i != verb.i and t.i not in path:
            path.add(t.i)
            t = t.head
        subj, passive = self.subjects(verb)
        subj = [_after_dateline(s, verb) for s in subj]
        for s in subj:
            if s.i in path:
                continue  # "talks were held": the trigger noun is no actor of its light verb
            who = verb.head if _relative(s, verb) else s
            if who.i != s.i and who.lemma_.lower() in self.words.statement_nouns:
                # "a bill that would sanction X": who introduced it
                author = self.author(who)
                if author:
                    source.extend(i for a in author for i in self.arg_ids(a, verb))
                    continue
            if who.i in self.triggers and not self.np_ids(who):
                continue  # "sanctions that punish ...", "their talks would ...": an event acts on
                # no one itself; a named modifier ("U.S. airstrikes") still names who acts
            if passive and roles.moves:
                # "peacekeepers were deployed along the corridor": the forces moved act, with
                # whoever sent them
                source.extend(self.arg_ids(s, verb))
            elif passive or roles.subject == "target":
                target.extend(self.arg_ids(s, verb))
            elif roles.joint and not source and s.conjuncts:
                each = [self.arg_ids(t, verb, conjuncts=False) for t in (s, *s.conjuncts)]
                source.extend(each[0])
                partners.extend(i for g in each[1:] for i in g)
            elif roles.joint and not source and (each := self.joint_parts(s)):
                # "UK and EU negotiators agreed", "the armies of Brazil and Argentina held
                # exercises", "Russia and Turkey's ministers met": the named sides of the subject
                source.extend(each[0])
                partners.extend(i for g in each[1:] for i in g)
            else:
                source.extend(self.arg_ids(s, verb))
        kept = [c for c in verb.children if c.i not in path]
        # "withdrew its troops from X": what one pulls out is moved, unless it names someone
        # ("left Afghanistan")
        moved = roles.moves or (
            roles is ROLES["away"]
            and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in kept)
            and (
                any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.subtree)
                # "withdrew its troops": forces pulled out are moved, not acted on
                or any(c.dep_ == "dobj" and c.lemma_.lower() in FORCE_NOUNS for c in kept)
            )
        )
        has_object = not moved and any(c.dep_ == "dobj" for c in kept)
        groups: list[list[str]] = []  # the target of each argument position
        preps: list[bool] = []  # whether that position is a prepositional object
        for c in kept:
            if c.dep_ in ("dobj", "dative", "iobj") and c.pos_ != "ADP":
                if moved and c.dep_ == "dobj":
                    # "deployed observers in Zimbabwe": where the moved forces go; "withdrew
                    # the batch of 200 peacekeepers from Liberia": the forces a container holds
                    held = _of_object(c, self.words.container_nouns)
                    for x in (*c.children, *(held.children if held is not None else ())):
                        if x.dep_ == "prep" and x.lower_ in roles.target_preps:
                            groups.append([i for p in _pobjs(x) for i in self.arg_ids(p)])
                            preps.append(True)
                    continue
                if roles.subject == "target":
                    source.extend(self.arg_ids(c))
                else:
                    groups.append(self.arg_ids(c))
                    preps.append(False)
                    for x in c.children:  # "denied entry to an Austrian journalist"
                        if x.dep_ == "prep" and x.lower_ == "to" and c.i not in self.triggers:
                            groups.append([i for p in _pobjs(x) for i in self.arg_ids(p)])
                            preps.append(True)
            elif c.dep_ == "agent":
                for p in _pobjs(c):
                    source.extend(self.arg_ids(p))
            elif c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP"):
                lemma = c.lemma_.lower()
                if lemma in roles.target_preps:
                    if has_object and lemma in PLACE_PREPS:
                        continue  # "attacked soldiers at a checkpoint": a place
                    groups.append([i for p in _pobjs(c) for i in self.arg_ids(p)])
                    preps.append(True)
                elif roles.subject == "target" and lemma in roles.source_preps:
                    for p in _pobjs(c):
                        source.extend(self.arg_ids(p))
        # an argument that names an entity beats one that is only a nominal actor: "demanded an
        # explanation from the magistrate" acts on the magistrate
        if roles is ROLES["ask"] and any(preps):
            # "demanded an apology from the prime minister": the object is what is asked for
            groups = [g for g, p in zip(groups, preps, strict=True) if p]
        named = [g for g in groups if any(not self.nominals.has(i) for i in g)]
        for g in named or groups:
            target.extend(g)
        if not target and not has_object and roles.subject != "target":
            # "convicted the bank to pay", "ordered the troops to leave": the subject of a
            # to-clause the parser hangs on the verb is its object; "demanded that the
            # government resign": a request is addressed to the subject of its that-clause
            for c in kept:
                if c.dep_ == "ccomp" and (
                    _is_infinitive(c)
                    or c.pos_ in ("ADJ", "NOUN")
                    or c.tag_ in ("VBG", "VBN")  # "accept refugees fleeing the war"
                    or roles is ROLES["ask"]
                ):  # ... and "found Barbarin guilty": the subject of a small clause
                    for x in c.children:
                        if x.dep_ == "nsubj":
                            target.extend(self.arg_ids(x, c))
        if partners:
            # "the US and the Taliban signed a pact": the partner, not the pact, is the other side
            real = [i for i in target if not self.nominals.has(i)]
            target = [i for i in partners + real if i not in source]
        return source, target

    def phrase_ids(self, tok: Any) -> list[str]:
        """The named entities of the phrase ``tok`` heads, clauses left out."""
        toks = [t for t in tok.subtree if not any(a.dep_ in CLAUSE_DEPS for a in _path(t, tok))]
        ids = [i for t in toks for i in self.token_ids(t)]
        return list(dict.fromkeys(ids))

    def complement_targets(self, verb: Any) -> list[str]:
        """Who a to-complement that is no event itself acts on ("agreed to provide Sri Lanka with
        technology", "will return weapons to Russia"): its indirect object, else its object and
        prepositional objects; named entities before nominal actors."""
        tiers: list[list[Any]] = [[], [], [], []]
        for c in verb.children:
            if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP":
                tiers[0].append(c)
            elif c.dep_ == "dobj":
                tiers[1].append(c)
                # "set up a company in Berlin": where the made thing is, if it names no one
                tiers[3].extend(
                    p
                    for x in c.children
                    if x.dep_ == "prep" and x.lower_ == "in"
                    for p in _pobjs(x)
                )
            elif c.dep_ in ("prep", "dative"):
                lemma = c.lemma_.lower()
                if lemma in COMPLEMENT_TARGET_PREPS:
                    tiers[0 if lemma in ("to", "with") else 2].extend(_pobjs(c))
                elif lemma in PLACE_PREPS | {"in"}:
                    tiers[3].extend(_pobjs(c))
            elif c.dep_ in ("ccomp", "xcomp") and (
                _is_infinitive(c)
                or c.tag_ == "VB"
                or (c.dep_ == "ccomp" and not any(x.dep_ == "mark" for x in c.children))
            ):  # "allow aid workers (expanded) access": the parser's small clause
                # "refused to allow the airlines to land", "help the two sides reach a deal"
                tiers[0].extend(x for x in c.children if x.dep_ == "nsubj")
        lemma = verb.lemma_.lower()
        phrasal = " ".join([lemma, *(c.lower_ for c in verb.children if c.dep_ == "prt")])
        if tiers[3] and (
            lemma in self.words.creating_verbs or phrasal in self.words.creating_verbs
        ):  # "set up a company in Berlin": the made thing is no one acted on, the place is
            tiers = [tiers[0], tiers[3], tiers[2], tiers[1]]
        found = [[i for t in tier for i in self.arg_ids(t, nominal=False)] for tier in tiers]
        if not found[1]:  # "resolve the rift between Qatar and its neighbours"
            found[1] = [
                i
                for t in tiers[1]
                for c in t.children
                if c.dep_ == "prep" and c.lower_ == "between"
                for p in _pobjs(c)
                for i in self.arg_ids(p, nominal=False)
            ]
        for ids in found:
            if ids:
                return ids
        for tier in tiers[:2]:
            ids = [i for t in tier for i in self.arg_ids(t)]
            if ids:
                return ids
        return []

    def noun_args(self, noun: Any, roles: Roles) -> tuple[list[str], list[str], list[str]]:
        """(source, target, modifiers): a noun's own actors, and the entities of its name or
        nationality modifiers ("U.S. sanctions", "Chinese assistance"), a fallback source."""
        source: list[str] = []
        target: list[str] = []
        modifiers: list[str] = []
        possessed = any(c.dep_ == "poss" for c in noun.children)
        for c in noun.children:
            dep = c.dep_
            if dep == "poss":
                if roles.joint and self.reciprocal(c):
                    continue  # "their partnership": both parties, not one entity
                (source if roles.possessor == "source" else target).extend(self.arg_ids(c))
            elif dep in ("compound", "amod", "nmod"):
                modifiers.extend(self.np_ids(c, top=False))
            elif dep == "prep":
                lemma = c.lemma_.lower()
                pobjs = _pobjs(c)
                if (
                    lemma == "between"
                    and len(pobjs) == 1
                    and not pobjs[0].conjuncts
                    and any(x.dep_ == "poss" and self.reciprocal(x) for x in pobjs[0].children)
                ):
                    continue  # "cooperation between their armed forces": the two of them
                pobj_ids = [i for p in pobjs for i in self.arg_ids(p)]
                if lemma == "between":
                    source.extend(pobj_ids[:1])
                    target.extend(pobj_ids[1:])
                elif lemma == "of":
                    if roles.of == "target" and all(self.nominals.has(i) for i in pobj_ids):
                        # "a suspension of air links with 21 countries": who the links are with
                        pobj_ids = [
                            i
                            for p in pobjs
                            for x in p.children
                            if x.dep_ == "prep" and x.lower_ == "with"
                            for q in _pobjs(x)
                            for i in self.arg_ids(q, nominal=False)
                        ] or pobj_ids
                    if roles.of == "source" and possessed and roles.possessor == "source":
                        target.extend(pobj_ids)  # "Russia's support of Assad": Assad is helped
                    elif roles.of == "source":
                        source.extend(pobj_ids)
                    elif roles.of == "target":
                        target.extend(pobj_ids)
                elif lemma in roles.source_preps or (lemma == "from" and roles is ROLES["ask"]):
                    source.extend(pobj_ids)  # "a request from the AP": the AP asks
                elif lemma in roles.target_preps:
                    target.extend(pobj_ids)
        return source, target, modifiers

    def reciprocal(self, tok: Any) -> bool:
        """Whether a possessive pronoun ("their", "our") of a joint act stands for both parties: it
        does unless it resolves to a conjoined pair ("China and Russia ... their talks")."""
        return tok.pos_ == "PRON" and tok.lower_ in self.words.reciprocal_possessives

    def joint_parts(self, tok: Any) -> list[list[str]]:
        """The entities of each conjoined name inside a noun phrase that is itself no
        conjunction: "UK and EU negotiators", "Russia and Turkey's ministers", "the armies of
        Brazil and Argentina"; ``[]`` unless two or more sides name entities."""
        parts: list[Any] = []
        for c in tok.children:
            if c.dep_ in NP_DEPS | {"poss"} and c.i < tok.i and c.pos_ in ("PROPN", "NOUN"):
                parts.extend((c, *c.conjuncts))
            elif c.dep_ == "prep" and c.lower_ == "of":
                for p in _pobjs(c):
                    if p.conjuncts:
                        parts.extend((p, *p.conjuncts))
        ids = {p.i for p in parts}
        if not any(t.dep_ == "cc" and t.head.i in ids for t in tok.subtree):
            return []
        groups: list[list[str]] = []
        seen: set[str] = set()
        for p in sorted(parts, key=lambda t: t.i):
            g = [i for i in self.np_ids(p, top=False) if i not in seen]
            if g:
                groups.append(g)
                seen.update(g)
        return groups if len(groups) >= 2 else []

    def own_subject(self, verb: Any) -> bool:
        """Whether ``verb`` has a subject of its own: its nsubj, or that of the verb whose
        to-complement it is ("the U.S. continues to put forward pressure") when no object
        controls it."""
        if any(c.dep_ == "nsubj" for c in verb.children):
            return True
        head = verb.head
        return (
            verb.dep_ == "xcomp"
            and head.i != verb.i
            and any(c.dep_ == "nsubj" for c in head.children)
            and not any(c.dep_ in ("dobj", "dative") for c in head.children)
        )

    # -- one candidate ----------------------------------------------------------------------------
    def _light_verb(self, noun: Any, depth: int = 0) -> Any:
        """The light verb carrying a noun trigger ("imposed sanctions", "engaged in talks",
        "provided $2 million in assistance", "began a round of talks"), if any."""
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
            verb = head
        elif noun.dep_ == "pobj" and head.dep_ == "prep":
            prep, holder = head.lemma_.lower(), head.head
            if prep in self.words.light_preps and holder.pos_ == "VERB":
                verb = holder
            elif (
                (prep in self.words.light_preps or prep == "of")
                and holder.pos_ in ("NOUN", "PROPN", "NUM", "SYM")
                and holder.dep_ in ("dobj", "nsubjpass", "pobj")
                and depth < 2
            ):
                return self._light_verb(holder, depth + 1)
            else:
                return None
        elif noun.dep_ == "conj" and head.i != noun.i and depth < 2:
            return self._light_verb(head, depth + 1)
        else:
            return None
        lemma = verb.lemma_.lower()
        if (
            lemma in self.words.light_verbs or lemma in self.words.receiving_verbs
        ) and verb.i not in self.triggers:
            return verb
        return None

    def _clause(self, noun: Any, depth: int = 0) -> Any:
        """The verb a noun trigger is an argument of ("do not constitute an alliance"), if any."""
        head = noun.head
        if noun.dep_ == "conj" and head.i != noun.i and depth < 3:
            return self._clause(head, depth + 1)
        if noun.dep_ in ARGUMENT_DEPS and head.pos_ in ("VERB", "AUX"):
            return head
        if (
            noun.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.lemma_.lower() in COMPLEMENT_PREPS
            and head.head.pos_ in ("VERB", "AUX")
        ):
            return head.head
        return None

    def fill(self, cand: _Candidate) -> None:
        tok = cand.tok
        roles = ROLES[cand.pattern.roles]
        if cand.pattern.pos == "verb":
            cand.clause = tok
            word = cand.extra[0] if cand.extra else None
            # the pattern's own object ("sent troops", "lifted sanctions") is no actor
            own = None
            if (
                word is not None
                and word.i != tok.i
                and word.pos_ in ("NOUN", "PROPN")
                and cand.pattern.roles != "pat"  # "released prisoners": they are acted on
                and word.dep_ not in ("nsubj", "nsubjpass")  # "peacekeepers arrived": they act
                and not (cand.pattern.entity_object and self.token_ids(word))  # "called Putin"
            ):
                own = word
            cand.source, cand.target = self.verb_args(tok, roles, skip=own)
            if tok.dep_ == "amod" and tok.tag_ == "VBN" and not cand.source:
                # "a Russia-backed offensive", "Iran-allied groups": the modifier's own first
                # word acts on the noun it modifies
                cand.source = [
                    i
                    for c in tok.children
                    if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < tok.i
                    for i in self.np_ids(c, top=False)
                ]
                if cand.source and not cand.target:
                    cand.target = [i for i in self.arg_ids(tok.head) if i not in cand.source]
            if not cand.target:
                for c in tok.children:
                    if (
                        (c.dep_ == "xcomp" or (c.dep_ == "advcl" and _is_infinitive(c)))
                        and c.pos_ == "VERB"
                        and c.i not in self.triggers
                    ):  # "agreed to set up a centre in Kenya", "gave $2m to promote X in Y"
                        cand.target = self.complement_targets(c)
                        if cand.target:
                            break
            if not cand.target:
                # "agreed to a ceasefire in eastern Ukraine": who the agreed thing concerns
                for c in tok.children:
                    if c.dep_ == "prep" and c.lower_ in ("to", "on") and roles.joint:
                        cand.target = [
                            i for p in _pobjs(c) for i in self.phrase_ids(p) if i not in cand.source
                        ]
            if not cand.target:
                # "mobilized troops for a battle against X": the purpose's opponent
                cand.target = [
                    i
                    for c in tok.children
                    if c.dep_ == "prep" and c.lower_ == "for"
                    for p in _pobjs(c)
                    for x in p.children
                    if x.dep_ == "prep" and x.lower_ == "against"
                    for q in _pobjs(x)
                    for i in self.arg_ids(q)
                    if i not in cand.source
                ]
            directive = self.directive(tok)
            if directive is not None and not cand.target:
                # "the government ordered the newspaper to suspend publication": the one who
                # orders acts on the one ordered
                cand.source, cand.target = directive
            statement = self.statement_of(tok)
            if statement is not None and not [
                i for i in cand.target if i not in cand.source and not self.thing(i)
            ]:  # ("threatening to pull funding": the funding is a thing, not the one threatened)
                # "sent a letter to the WHO threatening to ...": the letter's addressee
                holders = [statement] + ([statement.head] if statement.dep_ == "dobj" else [])
                cand.target = [
                    i
                    for h in holders  # "sent a letter to X" hangs "to X" on the verb
                    for c in h.children
                    if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for p in _pobjs(c)
                    for i in self.arg_ids(p)
                    if i not in cand.source
                ]
            if not cand.target:
                cand.target = self.purpose_object(tok, cand.source)
            if word is not None and word.i != tok.i and word.pos_ in ("NOUN", "PROPN"):
                # the pattern's own object names the target: "lift sanctions on X",
                # "sever ties with X", "send troops to X"
                extra = [
                    i
                    for w in (word, *word.conjuncts)  # "a grant and a loan to X"
                    for c in (
                        *w.children,  # "lifted the sanctions imposed on X"
                        *(x for a in w.children if a.dep_ == "acl" for x in a.children),
                    )
                    if c.dep_ == "prep" and c.lemma_.lower() in roles.target_preps | OWN_PREPS
                    for p in _pobjs(c)
                    for i in self.arg_ids(p)
                ]
                # "violated Syria's ceasefire": a named possessor of the own object
                extra += [
                    i
                    for c in word.children
                    if c.dep_ == "poss" and c.pos_ != "PRON"
                    for i in self.np_ids(c, top=False)
                    if i not in cand.source
                ]
                given: list[str] = []
                if tok.lemma_.lower() in GIVING_VERBS and any(
                    c.dep_ == "compound" and c.i < word.i and (self.actor_noun(c) or c.ent_type_)
                    for c in word.children
                ):  # "given the Pentagon permission", "granted the Portuguese government
                    # permission", as the parser reads them: whom it is given to
                    given = [
                        i
                        for c in word.children
                        if c.dep_ in ("compound", "amod", "nmod") and c.i < word.i
                        for i in self.np_ids(c, top=False)
                        if i not in cand.source
                    ]
                if given:
                    cand.target = given
                    return
                cand.target = [i for i in cand.target if i not in cand.source] or extra
            return
        noun = tok.head if tok.dep_ == "compound" else tok  # "a mediation effort"
        cand.source, cand.target, modifiers = self.noun_args(noun, roles)
        cand.anchor = self._light_verb(noun)
        cand.clause = cand.anchor if cand.anchor is not None else self._clause(noun)
        if cand.anchor is not None:
            cand.extra.append(cand.anchor)
            src, tgt = self.verb_args(cand.anchor, roles, skip=noun)
            if cand.anchor.lemma_.lower() in self.words.receiving_verbs:
                src, tgt = [], src  # "Iran faces criticism from the U.N.": Iran is the target
            elif (
                src
                and cand.source
                and not set(cand.source) & set(src)
                and self.own_subject(cand.anchor)
            ):
                # "Trump attended a meeting of the council": who does the light verb acts; the
                # noun's own "of X" or possessor is the other side
                # ("mediation between India and Pakistan": both are the other side)
                cand.target = list(dict.fromkeys(cand.source + cand.target))
                cand.source = []
            joint_subject = roles.joint and any(
                c.dep_ == "nsubj" and c.conjuncts for c in cand.anchor.children
            )
            if joint_subject and src and tgt:
                # "the U.S. diplomat and Zarif will attend a meeting of ASEAN": the sides of the
                # subject meet each other first
                cand.target = list(dict.fromkeys(tgt + cand.target))
                cand.source = [i for i in src if i not in cand.target]
            cand.source = cand.source or src
            cand.target = cand.target or tgt
            if not [i for i in cand.target if i not in cand.source]:
                # "called Erdogan to convey Pakistan's support"
                cand.target = self.purpose_object(cand.anchor, cand.source) or cand.target
        elif (
            cand.pattern.roles == "sym"
            and not cand.source
            and noun.dep_ == "pobj"
            and noun.head.lemma_.lower() in self.words.sym_frames
            and noun.head.head.pos_ in ("VERB", "AUX")
        ):
            subj, passive = self.subjects(noun.head.head)
            if not passive:
                cand.source = [i for s in subj for i in self.arg_ids(s, noun.head.head)]
                each = (
                    [
                        self.arg_ids(t, noun.head.head, conjuncts=False)
                        for t in (subj[0], *subj[0].conjuncts)
                    ]
                    if len(subj) == 1 and subj[0].conjuncts
                    else self.joint_parts(subj[0])
                    if len(subj) == 1
                    else []
                )
                if not cand.target and len([g for g in each if g]) >= 2:  # "X and Y met at talks"
                    each = [g for g in each if g]
                    cand.source = each[0]
                    cand.target = [i for g in each[1:] for i in g]
        if not [i for i in cand.target if i not in cand.source]:
            cand.target = self.noun_targets(noun, cand) or cand.target
        if not cand.source and cand.target:
            cand.source = [i for i in modifiers if i not in cand.target]
        # a noun named only by its modifiers ("the Sino-Russian partnership") is a relation or a
        # topic, not an event: it stays without actors and is left out

    def purpose_object(self, verb: Any, source: list[str]) -> list[str]:
        """Who a purpose clause acts on: the object of the verb it serves ("summoned the
        ambassador to complain", "called Erdogan to convey his support"); ``[]`` when ``verb``
        is no to-clause of another."""
        if verb.dep_ not in ("advcl", "xcomp") or not _is_infinitive(verb):
            return []
        return [
            i
            for c in verb.head.children
            if c.dep_ == "dobj" and c.i < verb.i
            for i in self.arg_ids(c)
            if i not in source
        ]

    def statement_of(self, verb: Any) -> Any:
        """The letter, statement or report a participle describes: "a letter threatening to
        ..." (or, as the parser often has it, "sent a letter ..., threatening to ...")."""
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in self.words.statement_nouns:
            return verb.head
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            for c in verb.head.children:
                if c.dep_ == "dobj" and c.lemma_.lower() in self.words.statement_nouns:
                    return c
        return None

    def thing(self, eid: str) -> bool:
        """Whether ``eid`` is a nominal entity whose head names no person, group or body ("a
        plan", "the ceasefire", "claims"; ``actor_nouns`` in ``event_words.json``)."""
        heads = self.nominals.head_tokens(eid)
        return bool(heads) and not any(self.actor_noun(t) for t in heads)

    def actor_noun(self, tok: Any) -> bool:
        lemma = tok.lemma_.lower()
        return (
            tok.pos_ == "PROPN"
            or lemma in self.words.actor_nouns
            or tok.lower_ in self.words.actor_nouns
            or lemma in self.words.site_nouns
            or (len(lemma) > 5 and lemma.endswith(ACTOR_SUFFIXES))
        )

    def reach(self, cand: _Candidate, exclude: set[str]) -> list[str]:
        """Who an act with no one on the other side reaches through its objects, complements
        and prepositional phrases, nearest first ("launched an investigation into spending by
        the NNPC", "went on strike for better pay at Freeport", "failed to reach agreement on
        North Korea's programme"); an act of words is not aimed at where it is spoken ("accused
        X in The Hague")."""
        verbal = cand.type in VERBAL_TYPES
        roles = ROLES[cand.pattern.roles]
        moved = roles.moves or roles is ROLES["away"]
        heads = [t for t in (cand.tok, cand.anchor) if t is not None]
        first = [
            c
            for t in heads
            for c in t.children
            if (
                (c.dep_ == "prep" and c.lower_ not in FRAME_PREPS and c.lower_ != "as")
                or c.dep_ in ("dobj", "xcomp", "acl")
                or (c.dep_ == "advcl" and (_is_infinitive(c) or c.tag_ == "VBG"))
            )
            and not (verbal and c.dep_ == "prep" and c.lower_ in ("in", "at"))
            and not (moved and c.dep_ == "dobj")  # "mobilized troops": they are moved
        ]
        # "deployed as peacekeepers along the corridor", "paid $5m as compensation for the
        # survivors": the role an "as" phrase names is no one, its own phrases may name someone
        first += [
            x
            for t in heads
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for p in _pobjs(c)
            for x in p.children
            if x.dep_ == "prep"
        ]
        return self.inner_actors(heads, exclude, first)

    def inner_actors(
        self, heads: list[Any], exclude: set[str], first: list[Any] | None = None
    ) -> list[str]:
        """The named entities a thing concerns, nearest first: in its prepositional phrases,
        the clauses that modify it and their arguments ("an investigation into claims that two
        servicemen abused children", "restrictions on aid to North Korea", "reports that
        appeared in The New York Times"). Its own modifiers are left out ("Syria's ceasefire"
        was looked at before)."""
        seen = {t.i for t in heads}
        # "condemned the attacks, which have seen scores arrested in X": what an act led to is
        # not whom it concerns
        level = (
            first
            if first is not None
            else [
                c
                for t in heads
                for c in t.children
                if c.dep_ in ("prep", "acl", "ccomp")
                or (c.dep_ == "relcl" and t.i not in self.triggers)
            ]
        )
        seen.update(c.i for c in level)
        nominal: list[str] = []  # the nearest people, bodies or sites named by a plain noun
        for _ in range(INNER_DEPTH):
            found: list[str] = []
            for c in level:
                seen.add(c.i)
                ids = [
                    i for i in self.token_ids(c) if i not in exclude and not self.nominals.has(i)
                ]
                if not ids and c.dep_ in ("nsubj", "nsubjpass") and self.actor_noun(c):
                    ids = self.nominals.make(c)  # "claims that two servicemen abused ..."
                elif (
                    not ids
                    and not nominal
                    and c.dep_ in ("pobj", "dobj")
                    and c.pos_ == "NOUN"
                    and self.actor_noun(c)
                ):
                    held = _of_object(c, self.words.container_nouns)
                    if held is None or not self.token_ids(held):
                        nominal = self.nominals.make(c if held is None else held)
                found.extend(ids)
            if found:
                return list(dict.fromkeys(found))
            level = [
                c
                for t in level
                for c in t.children
                if c.i not in seen
                and c.dep_ in INNER_DEPS
                # "the tower that a charity plans to build": who does something with the thing
                # is not whom it concerns ("claims that two servicemen abused ..." is)
                and not (
                    c.dep_ in ("nsubj", "nsubjpass")
                    and t.dep_ in ("relcl", "acl")
                    and not any(m.dep_ == "mark" for m in t.children)
                )
            ]
        return nominal

    def noun_targets(self, noun: Any, cand: _Candidate) -> list[str]:
        """Who a noun trigger with no one on the other side acts on: a named ``for X``
        ("an arrest warrant for X", "approval for the UN to deliver aid"), the subject of a
        that-clause of a request ("its demand that the US ease sanctions"), or who its purpose
        clause acts on ("a mediation effort to resolve the rift between Qatar and its neighbours",
        "an effort designed to help the government and the rebels reach a settlement")."""
        out: list[str] = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "for":
                out.extend(i for p in _pobjs(c) for i in self.arg_ids(p, nominal=False))
            elif (
                c.dep_ in ("acl", "ccomp")
                and cand.pattern.roles == "ask"
                and not (_is_infinitive(c))
            ):
                out.extend(i for x in c.children if x.dep_ == "nsubj" for i in self.arg_ids(x, c))
            elif c.dep_ == "acl" and c.pos_ == "VERB":
                verbs = (
                    [c]
                    if _is_infinitive(c)
                    else [x for x in c.children if x.dep_ == "xcomp" and _is_infinitive(x)]
                )
                for v in verbs:
                    if v.i not in self.triggers:
                        out.extend(self.complement_targets(v))
        if not out and cand.anchor is not None:
            for c in cand.anchor.children:
                if c.dep_ == "advcl" and _is_infinitive(c) and c.i not in self.triggers:
                    out.extend(self.complement_targets(c))  # "held talks to end the war in X"
        return [i for i in dict.fromkeys(out) if i not in cand.source]

    def directive(self, verb: Any) -> tuple[list[str], list[str]] | None:
        """(who orders, who is ordered) when ``verb`` is what a directive verb ("order, force,
        compel") makes its object do."""
        head = verb.head
        if verb.dep_ not in ("xcomp", "ccomp", "oprd") or head.lemma_.lower() not in (
            self.words.directive_verbs
        ):
            return None
        ordered = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        ordered += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
        subj, passive = self.subjects(head)
        if passive or not subj or not ordered:
            return None
        source = [i for s in subj for i in self.arg_ids(s, head)]
        target = [i for o in ordered for i in self.arg_ids(o) if i not in source]
        return (source, target) if source and target else None

    def material(self, cand: _Candidate) -> bool:
        """Whether support is material: an amount of money, or an aid noun as its object."""
        tok = cand.tok
        if cand.pattern.pos == "noun":
            return any(
                t.ent_type_ == "MONEY" or t.text[:1] in "$€£¥" for t in tok.subtree if t.i < tok.i
            )
        return any(
            c.dep_ == "dobj" and c.i in self.triggers and self.triggers[c.i].type == "AID"
            for c in tok.children
        )

    def peacekeeping(self, cand: _Candidate) -> bool:
        """Whether forces moved are peacekeepers or observers ("sent troops to serve as a
        peacekeeping force", "deployed election observers")."""
        head = cand.anchor if cand.anchor is not None else cand.tok
        words = self.words.peacekeeping_words
        return any(t.lemma_.lower() in words or t.lower_ in words for t in head.subtree)

    def through_event_object(self, cand: _Candidate) -> None:
        """ "signed an agreement with X", "supported assistance to the Palestinians": a verb of a
        joint, giving or asking act whose object is itself an event acts on that event's
        target, not on the event noun (an accusation keeps it: "condemned the attack")."""
        if cand.pattern.pos != "verb":
            return
        framed = cand.pattern.roles in ("sym", "give", "ask") or cand.type == "REJECT"
        for c in cand.tok.children:
            inner = self.triggers.get(c.i) if c.dep_ == "dobj" else None
            if not framed and (inner is None or inner.type != "REQUEST"):
                continue  # accepting or refusing a demand acts on who made it
            # asking for an act asks its doer ("demanded an apology from the minister")
            lent = (inner.source or inner.target) if inner is not None else []
            if (
                cand.pattern.roles != "ask"
                and cand.type != "REJECT"
                and inner is not None
                and not (inner.type == "REQUEST" and inner.source)
            ):
                lent = inner.target  # (refusing talks with X or a request from X refuses X;
                # accepting or refusing a demand acts on who made it)
            if not lent:
                continue
            made = self.nominals.make(c)
            if made and made[0] in cand.target:
                rest = [i for i in cand.target if i != made[0]]
                cand.target = rest + [i for i in lent if i not in cand.source + rest]
            elif any(t.i == c.i for t in cand.extra) and all(
                self.nominals.has(i) for i in cand.target
            ):
                # the pattern's own object ("declined a request from X") is no actor itself
                cand.target = [i for i in lent if i not in cand.source]

    def nest(self, cand: _Candidate) -> tuple[_Candidate | None, bool]:
        """The outer event this one hangs on, and whether it folds into it.

        A ``to``-complement ("threatened to attack X") or a noun object of a verb of the same
        type ("signed an agreement") folds; a ``that``-clause ("warned that X would attack Y")
        stays an event of its own but lends its actors to an outer event without a target.
        """
        clause = cand.clause
        if clause is None:
            return None, False
        if cand.pattern.pos == "noun" and cand.anchor is None:
            gov = cand.tok.head
            if cand.tok.dep_ == "pobj" and gov.dep_ == "prep":
                gov = gov.head
            outer = self.triggers.get(gov.i) if gov.i != cand.tok.i else None
            if outer is not None and (
                outer.type == cand.type or (outer.extra and outer.extra[0].i == cand.tok.i)
            ):
                return outer, True  # "signed an agreement"; "suspended donations"
            own = self.triggers.get(cand.tok.head.head.i) if cand.tok.dep_ == "compound" else None
            if own is not None and own.extra and own.extra[0].i == cand.tok.head.i:
                return own, True  # "suspended aid donations": the aid is what is suspended
            if outer is not None and cand.tok.dep_ == "pobj":
                return outer, False  # "called for sanctions against X": lends X
        cur = clause
        if cur.dep_ in ("pcomp", "pobj") and cur.head.dep_ == "prep":
            cur = cur.head
        if cur.dep_ == "xcomp" or (cur.dep_ == "prep" and cur.lemma_.lower() in COMPLEMENT_PREPS):
            return self.triggers.get(cur.head.i), True
        if cur.dep_ == "ccomp":
            return self.triggers.get(cur.head.i), False
        return None, False

    def demand(self, cand: _Candidate) -> tuple[list[str], list[str]] | None:
        """(speaker, addressee) when the event is what someone says another must or should do:
        a clause with "must/should/ought to" that is the complement of a speech verb whose
        subject is not the clause's own."""
        verb = cand.clause
        if verb is None or not any(
            c.dep_ == "aux" and c.lower_ in self.words.deontic_aux for c in verb.children
        ):
            return None
        top = verb
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if top.dep_ != "ccomp" or top.head.lemma_.lower() not in self.words.speech_verbs:
            return None
        subj, passive = self.subjects(top.head)
        speaker = [i for s in subj if not passive for i in self.arg_ids(s, top.head)]
        if not speaker or set(speaker) & set(cand.source):
            return None  # "X said it must act": no one else is asked
        return speaker, cand.source + cand.target

    def reporter(self, cand: _Candidate) -> list[str]:
        """The named speaker of the clause the event is told in, when its own subject is only a
        group or body named by a common noun ("Putin said his country will not lift the ban",
        "Taliban leaders said the fighters will lay down their arms"): event data code such a
        group by whose it is, the side that speaks for it."""
        verb = cand.clause
        if verb is None or not cand.source:
            return []
        sent = cand.tok.sent
        if not all(self.generic_heads(i, sent) for i in cand.source):
            return []
        top = verb
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if top.dep_ != "ccomp" or top.head.lemma_.lower() not in self.words.speech_verbs:
            return []
        subj, passive = self.subjects(top.head)
        if passive:
            return []
        return [
            i
            for s in subj
            for i in self.arg_ids(s, top.head, nominal=False)
            if i not in cand.target and not self.generic_heads(i, sent)
        ]

    def refusal(self, cand: _Candidate) -> bool:
        """Whether a negated cooperative event is an actor refusing it ("did not give
        permission", "failed to reach agreement", "won't accept refugees"), not a state denied
        ("relations do not constitute an alliance"): it has a source and its verb is an act."""
        if not cand.source or cand.clause is None:
            return False
        verb = cand.clause if cand.pattern.pos == "noun" else cand.tok
        return verb.lemma_.lower() not in self.words.stative_verbs and verb.pos_ == "VERB"

    def condition_actors(self, cand: _Candidate) -> list[str]:
        """The actors of an until/unless/before clause of the event's verb: its subject (a
        nominal actor too: "until the government provides resources"), or the by-agent of a
        passive one ("until their demands are met by the authorities"). When
        that is the event's own source, whose mind is to be changed ("until he is satisfied
        Vietnam is doing all it can"), the subject of what it is to be sure of."""
        cur = cand.clause
        for _ in range(3):
            if cur is None:
                return []
            for c in cur.children:
                if c.dep_ != "advcl" or not any(
                    m.dep_ == "mark" and m.lower_ in self.words.condition_marks for m in c.children
                ):
                    continue
                for verb in (c, *c.conjuncts):
                    agents = [p for a in verb.children if a.dep_ == "agent" for p in _pobjs(a)]
                    subj = [x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass")]
                    for t in agents or [x for x in subj if x.dep_ == "nsubj"]:
                        ids = self.arg_ids(t, verb)
                        if ids and not set(ids) <= set(cand.source):
                            return ids
                        if ids:  # "until he is satisfied (that) Vietnam is doing all it can"
                            for comp in (
                                x
                                for a in (verb, *(a for a in verb.children if a.dep_ == "acomp"))
                                for x in a.children
                                if x.dep_ == "ccomp"
                            ):
                                for x in comp.children:
                                    if x.dep_ == "nsubj" and (found := self.arg_ids(x, comp)):
                                        return found
            cur = cur.head if cur.dep_ in ("xcomp", "conj") and cur.head.i != cur.i else None
        return []

    def wished(self, cand: _Candidate) -> bool:
        """Whether the event's clause is only hoped for or urged ("We hope that all parties will
        work to ease tensions", "urged that the troops withdraw"): the that-clause of a wishing
        verb, reached through conjuncts, to-complements and purpose clauses."""
        cur = cand.clause
        tok = cand.tok
        if cand.pattern.pos == "noun" and cand.anchor is None:
            if tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return False
            if (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "for"
                and tok.head.head.lemma_.lower() in self.words.wishing_verbs
            ):
                return True  # "expressed hope for closer cooperation", "called for talks"
        for _ in range(6):
            if cur is None or cur.head.i == cur.i:
                return False
            if cur.dep_ == "ccomp":
                return cur.head.lemma_.lower() in self.words.wishing_verbs
            if cur.dep_ in ("conj", "xcomp") or (cur.dep_ == "advcl" and _is_infinitive(cur)):
                cur = cur.head
            else:
                return False
        return False

    def mode(self, cand: _Candidate) -> str | None:
        """None, "intended", "hypothetical", "negated", or "refused" ("will not lift")."""
        mode = self._mode(cand)
        if mode not in ("negated", "refused") and self.wished(cand):
            return "hypothetical"
        return mode

    def _mode(self, cand: _Candidate) -> str | None:
        w = self.words
        tok = cand.tok
        if cand.pattern.pos == "noun":
            if any(c.dep_ == "det" and c.lower_ in w.negative_determiners for c in tok.children):
                return "negated"
            if any(
                c.dep_ == "amod" and c.lemma_.lower() in w.hypothetical_modifiers
                for c in tok.children
            ):
                return "hypothetical"  # "future collaborations", "a possible attack"
            if tok.dep_ == "pobj" and tok.head.lower_ in w.negative_preps:
                return "negated"
        mode: str | None = None
        cur = cand.clause
        if cand.anchor is None and tok.dep_ in ("nsubj", "nsubjpass", "csubj"):
            cur = None  # "the talks did not produce a deal": the talks took place
        for _ in range(5):
            if cur is None:
                break
            negated = False
            for c in cur.children:
                lemma = c.lemma_.lower()
                if c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in w.negative_adverbs):
                    negated = True
                if c.dep_ == "aux" and mode is None:
                    if lemma in w.intended_aux or c.lower_ in w.intended_aux:
                        mode = "intended"
                    elif lemma in w.hypothetical_aux or c.lower_ in w.hypothetical_aux:
                        mode = "hypothetical"
                if c.dep_ == "mark" and c.lower_ in w.conditional_marks and mode is None:
                    mode = "hypothetical"
            if negated:
                return "refused" if mode == "intended" else "negated"
            if cur.dep_ == "xcomp":
                gov = cur.head
                lemma = gov.lemma_.lower()
                if lemma in w.negating_governors:
                    return "negated"
                if mode is None and lemma in w.intended_governors:
                    mode = "intended"
                elif mode is None and lemma in w.hypothetical_governors:
                    mode = "hypothetical"
                cur = gov
            elif cur.dep_ == "conj":
                cur = cur.head
            else:
                break
        return mode

    # -- placing ----------------------------------------------------------------------------------
    def date(self, cand: _Candidate) -> str | None:
        sent = cand.tok.sent
        lo, hi = sent.start_char, sent.end_char
        times = [t for t in self.state.times if lo <= t.span.start and t.span.end <= hi]
        if not times:
            return None
        for head in (cand.tok, cand.anchor, cand.clause):
            if head is None:
                continue
            for c in head.children:
                if c.dep_ not in ("prep", "npadvmod", "advmod", "tmod", "obl", "nmod"):
                    continue
                start, end = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
                for t in times:
                    if start <= t.span.start and t.span.end <= end:
                        return t.value
        at = cand.tok.idx
        return min(times, key=lambda t: abs(t.span.start - at)).value

    def location(self, cand: _Candidate, actors: set[str], own: bool = False) -> str | None:
        """The place of an ``in/at X`` phrase of the trigger, its light verb or its verb; with
        ``own``, also of the pattern's own object ("suspended aid deliveries in Borno")."""
        heads = [cand.tok, cand.anchor, cand.clause]
        if own:
            heads += [t for t in cand.extra if t.pos_ == "NOUN" and t.i != cand.tok.i]
            # "a ceasefire effective in Somalia": an adjective or participle of the act
            heads += [
                c
                for h in heads
                if h is not None and h.pos_ == "NOUN"
                for c in h.children
                if c.dep_ in ("amod", "acl") and c.i > h.i
            ]
        for head in heads:
            if head is None:
                continue
            for c in head.children:
                if (
                    c.dep_ == "prep"
                    and c.lemma_.lower() in ("in", "at")
                    and (eid := self.place_in(c, actors, LOCATION_TYPES)) is not None
                ):
                    return eid
        return None

    def area(self, eid: str | None) -> str | None:
        """``eid`` when it is a country, region or city (AREA_TYPES), else None."""
        ent = self.state.entity(eid)
        return ent.id if ent is not None and ent.type in AREA_TYPES else None

    def place_in(self, prep: Any, actors: set[str], types: Iterable[str]) -> str | None:
        """The first entity of ``types`` that the object of ``prep`` names, a container word
        looked through ("in parts of Kashmir"), none of ``actors``."""
        for p in _pobjs(prep):
            held = _of_object(p, self.words.container_nouns)
            for eid in self.np_ids(p if held is None else held, top=False):
                ent = self.state.entity(eid)
                if ent is not None and ent.type in types and eid not in actors:
                    return eid
        return None

    def subject_place(self, cand: _Candidate, actors: set[str]) -> str | None:
        """The place of an ``in/at X`` phrase of the act's subject ("Protesters in Gjilan burned
        a flag", "workers at a mine in Peru stopped work")."""
        verb = cand.anchor if cand.anchor is not None else cand.clause
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return None
        subj, _ = self.subjects(verb)
        todo = [(c, 0) for s in subj for c in s.children if c.dep_ == "prep"]
        while todo:
            c, depth = todo.pop(0)
            if c.lower_ not in ("in", "at") or depth > 2:
                continue
            if (eid := self.place_in(c, actors, LOCATION_TYPES)) is not None:
                return eid
            todo.extend((x, depth + 1) for p in _pobjs(c) for x in p.children if x.dep_ == "prep")
        return None

    def generic_heads(self, eid: str, sent: Any) -> list[Any]:
        """The head tokens in ``sent`` of an actor named by common nouns only: a nominal
        actor, or a group the entities stage found ("troops", "the force"); ``[]`` for a name."""
        if self.nominals.has(eid):
            return [t for t in self.nominals.head_tokens(eid) if sent.start <= t.i < sent.end]
        ent = self.state.entity(eid)
        if ent is None or any(ch.isupper() for ch in ent.name):
            return []
        heads = []
        for m in ent.mentions:
            span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and sent.start <= span.root.i < sent.end:
                heads.append(span.root)
        return heads

    def whereabouts(self, eid: str, sent: Any, actors: set[str]) -> str | None:
        """The country, region or city a nominal actor is said to be in ("health workers in
        Louisiana", "a peacekeeping force in Somalia", "people now living in camps in Greece"):
        event data code such a group by its place, as ICEWS codes "civilians (Afghanistan)"."""
        for head in self.generic_heads(eid, sent):
            todo = [
                c
                for c in (
                    *head.children,
                    *(x for a in head.children if a.dep_ in ("acl", "relcl") for x in a.children),
                )
                if c.dep_ == "prep" and c.lower_ in ("in", "at")
            ]
            for c in todo:
                if (found := self.place_in(c, actors, AREA_TYPES)) is not None:
                    return found
        return None

    def aid_place(self, cand: _Candidate, actors: set[str]) -> str | None:
        """A country or region of an ``in X`` phrase inside what is given: the trigger's or its
        verb's objects, for-phrases and purpose clauses, never a finite clause."""
        todo = [(t, 0) for t in (cand.tok, cand.anchor) if t is not None]

        seen: set[int] = set()
        while todo:
            t, depth = todo.pop(0)
            if t.i in seen or depth > 7:
                continue
            seen.add(t.i)
            for c in t.children:
                if (
                    c.dep_ == "prep"
                    and c.lower_ == "in"
                    and (eid := self.place_in(c, actors, AREA_TYPES)) is not None
                ):
                    return eid
                if (
                    c.dep_ in ("dobj", "pobj", "prep", "conj", "appos", "pcomp")
                    or (c.dep_ == "acl" and c.tag_ in ("VBN", "VBG"))  # "those affected in X"
                    or (c.dep_ in ("acl", "xcomp", "advcl") and _is_infinitive(c))
                ):
                    todo.append((c, depth + 1))
        return None

    def attribution(self, trigger: Span) -> str | None:
        best: tuple[int, str] | None = None
        for a in self.state.attributions:
            for c in a.content:
                if c.start <= trigger.start and trigger.end <= c.end:
                    size = c.end - c.start
                    if best is None or size < best[0]:
                        best = (size, a.id)
        return best[1] if best else None

    def trigger_span(self, cand: _Candidate) -> Span:
        toks = [cand.tok]
        for t in cand.extra:
            if abs(t.i - cand.tok.i) <= 4:
                toks.append(t)
        if cand.pattern.pos == "noun":
            toks.extend(c for c in cand.tok.lefts if c.dep_ == "compound")
        first = min(toks, key=lambda t: t.i)
        last = max(toks, key=lambda t: t.i)
        return self.state.span(first.idx, last.idx + len(last.text))

    # -- the document -----------------------------------------------------------------------------
    def candidates(self) -> Iterator[_Candidate]:
        skip = [f.span for f in self.state.meta.flags if f.kind in self.words.skip_flags]
        for tok in self.state.doc:
            cand = self.match(tok)
            if cand is None:
                continue
            if skip and any(s.start <= tok.idx < s.end for s in skip):
                continue
            yield cand

    def code(self) -> list[Event]:
        cands = list(self.candidates())
        self.triggers = {c.tok.i: c for c in cands}
        for cand in cands:
            self.fill(cand)
        for cand in cands:
            self.through_event_object(cand)
            if cand.type == "MOBILIZE" and self.peacekeeping(cand):
                cand.type = "AID"  # peacekeepers are military protection given (CAMEO 074)
            elif cand.type == "RETREAT" and self.peacekeeping(cand):
                cand.type = "SANCTION"  # withdrawing peacekeepers stops that aid (CAMEO 16)
            elif cand.type == "SUPPORT" and self.material(cand):
                cand.type = "AID"  # "$45m support", "supported economic assistance": aid given
            if (
                cand.type == "AGREE"
                and cand.anchor is not None
                and cand.anchor.lemma_.lower() in self.words.concluding_verbs
            ):
                cand.type = "SUPPORT"  # "reached an agreement": concluded (CAMEO 057)
        for cand in cands:
            outer, fold = self.nest(cand)
            if outer is None or outer is cand:
                continue
            if fold and outer.pattern.complement and cand.type in HOSTILE_TYPES:
                outer.type = "THREATEN"  # "vowed to attack X" is a threat, not a promise
            cand.inner = fold
            if fold and cand.tok.dep_ in ("nsubj", "nsubjpass") and cand.pattern.pos == "noun":
                # "a Taliban attack on a compound killed 20 troops": one act, on both
                outer.target = list(
                    dict.fromkeys([i for i in cand.target if i not in outer.source] + outer.target)
                )
            if not [i for i in outer.target if i not in outer.source]:
                lent = cand.target if fold else cand.source + cand.target
                if fold and cand.type == "REQUEST" and outer.pattern.roles != "ask":
                    lent = cand.source or cand.target  # "refused a request from X" acts on X
                outer.target = [i for i in lent if i not in outer.source]
        events: list[Event] = []
        seen: set[tuple[object, ...]] = set()
        used: set[str] = set()
        for cand in cands:
            if cand.inner or (
                cand.tok.dep_ == "conj"
                and self.triggers.get(cand.tok.head.i) is not None
                and self.triggers[cand.tok.head.i].type == cand.type
            ):
                continue
            source = list(dict.fromkeys(cand.source))
            target = [i for i in dict.fromkeys(cand.target) if i not in source]
            if not source and not target:
                continue
            placed: str | None = None
            if not source and cand.type in STATE_ACTS:
                # "was arrested in Niger", "released from captivity in Libya": an arrest or a
                # release whose agent is not named is the act of the state it happens in
                place = self.location(cand, set(target))
                ent = self.state.entity(place)
                if ent is not None and ent.type == "GPE":
                    source = [ent.id]
                    placed = ent.id  # still the place too
            if (
                source
                and not target
                and cand.type == "AID"
                and (used_in := self.aid_place(cand, set(source)))
            ):
                # "provided $340 million for assistance in northern Iraq", "funding to fight
                # the epidemic in West Africa": aid goes to where it is used
                target = [used_in]
            if (
                source
                and not target
                and cand.type not in VERBAL_TYPES
                and (where := self.area(self.location(cand, set(source), own=True)))
            ):
                # "declared a ceasefire in Somalia", "imposed blockades in Lahore", "held talks
                # in Baghdad": an act with no one named on the other side acts on the country,
                # region or city it happens in (a place of the trigger's own clause)
                target = [where]
                placed = where
            if source and target and all(self.thing(i) for i in target):
                # "challenged reports that appeared in the Times", "violated the ceasefire in
                # Karabakh": a thing is acted on for whom it concerns or where it is
                heads = [t for i in target for t in self.generic_heads(i, cand.tok.sent)]
                inner = self.inner_actors(heads, set(source))
                if inner:
                    target = inner
                elif cand.type not in VERBAL_TYPES and (
                    where := self.area(self.location(cand, set(source), own=True))
                ):
                    target = [where]
                    placed = where
            if source and not target:
                target = self.reach(cand, set(source))
            if (
                source
                and not target
                and cand.type not in VERBAL_TYPES
                and (where := self.area(self.subject_place(cand, set(source))))
            ):
                target = [where]  # "protesters in Gjilan burned a flag": Gjilan
                placed = where
            if source and target:
                sent = cand.tok.sent
                target = list(
                    dict.fromkeys(self.whereabouts(i, sent, set(source)) or i for i in target)
                )
            if not source and all(self.nominals.has(i) for i in target):
                continue  # "the attack was condemned", "the detained journalists": no one acts
            speaker = self.reporter(cand)
            if speaker:
                source = list(dict.fromkeys(speaker + source))
            mode = self.mode(cand)
            demand = self.demand(cand) if mode == "hypothetical" else None
            if demand is not None:
                # "Russia says Israel must end its attacks": a demand on Israel (CAMEO 10)
                cand.type, mode = "REQUEST", None
                source, target = demand[0], [i for i in demand[1] if i not in demand[0]]
                if not source:
                    continue
            elif mode == "refused" and cand.type in COOPERATIVE_TYPES:
                cand.type, mode = "REJECT", None  # "will not lift the ban" refuses to yield
            elif (
                mode == "negated"
                and REFUSABLE_TYPES & {cand.type, cand.pattern.type}  # "failed to reach a deal"
                and self.refusal(cand)
            ):
                cand.type, mode = "REJECT", None  # "did not give permission", "failed to agree"
            elif mode == "intended" and cand.type in PROMISED_TYPES:
                # announcing a cooperative act is a promise (CAMEO 03, "express intent to
                # cooperate"): "will release the prisoners", "would meet Y next week"
                cand.type, mode = "AGREE", None
            elif mode == "intended" and cand.type in THREAT_TYPES:
                # announcing a coercive act is a threat (CAMEO 13): "will impose sanctions"
                cand.type, mode = "THREATEN", None
            if mode in ("negated", "refused"):
                continue
            if cand.type in CONDITIONAL_TYPES and not target:
                # "will not end the strike until the government pays", "threatened to leave
                # unless the EU pays": who must act first is acted on
                target = [i for i in self.condition_actors(cand) if i not in source]
            key = (cand.type, tuple(source), tuple(target), cand.tok.sent.start)
            if key in seen:
                continue
            seen.add(key)
            used.update(source)
            used.update(target)
            trigger = self.trigger_span(cand)
            events.append(
                Event(
                    id=stable_id("ev", self.state.document.id, trigger.start, cand.type),
                    type=cand.type,
                    mode=mode,
                    source=tuple(source),
                    target=tuple(target),
                    trigger=trigger,
                    date=self.date(cand),
                    location=placed or self.location(cand, {*source, *target}),
                    attribution=self.attribution(trigger),
                )
            )
        self.nominals.commit(used)
        return events


def code_events(state: State) -> list[Event]:
    """The PLOVER events of a document whose entities, attributions and times are set."""
    return _Coder(state).code()


class EventStage:
    name: ClassVar[str] = "events"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("entities", "attributions", "times")
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __call__(self, state: State) -> None:
        state.events = code_events(state)
