"""The coder's tables: the pattern table (``sayso/data/plover_patterns.tsv``), the words of
``sayso/data/event_words.json``, the word and dependency sets written here, the roles of a
pattern, and :class:`Candidate`, one trigger while it is coded. Read once per process."""

from __future__ import annotations

import csv
import functools
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ... import resources as data
from ...errors import ConfigError
from ...lexicon import shared_lists, shared_words
from ...types import PLOVER_TYPES

if TYPE_CHECKING:  # spaCy is imported where the model is loaded (sayso.nlp), not here
    from spacy.tokens import Token

LOCATION_TYPES = frozenset({"GPE", "LOC", "FAC"})
# a country, region or city an act can be aimed at (a building is a place, not a target)
AREA_TYPES = frozenset({"GPE", "LOC"})
# prepositions that say where something happens ("a shooting in Gary", "fired at a bar near Lyon")
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# an object that is the actor itself ("shot himself", "defended itself"): no act on another
REFLEXIVE_PRONOUNS = frozenset(
    {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
     "themselves", "oneself", "self"}
)  # fmt: skip
# entity labels that name no one who acts: a storm, a law, a film, a product ("Hurricane X
# destroyed the clinic" is no act of an actor); nominal things are told by ``thing``
NON_AGENT_LABELS = frozenset(
    {"EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "DATE", "TIME", "MONEY", "QUANTITY",
     "PERCENT", "CARDINAL", "ORDINAL"}
)  # fmt: skip
# the conflict half of PLOVER: a promise to do one of these is not an AGREE event
HOSTILE_TYPES = frozenset(
    {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"}
)
# what an actor can refuse: "will not lift the ban" is REJECT (CAMEO 12, refuse to yield)
COOPERATIVE_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
)
# the entity labels an unresolved pronoun may stand for ("he/she" the entities stage resolves);
# of the plural pronouns (shared_words.json) "theirs" and "themselves" are left unresolved
_COLLECTIVE = frozenset({"ORG", "GPE", "NORP", "OTHER"})
PRONOUN_LABELS: dict[str, frozenset[str]] = {
    "it": frozenset({"ORG", "GPE"}), "its": frozenset({"ORG", "GPE"}),
    "they": _COLLECTIVE, "their": _COLLECTIVE, "them": _COLLECTIVE,
    **dict.fromkeys(shared_words().first_person_plural, _COLLECTIVE),
}  # fmt: skip
# the object pronouns that stand for a person, by gender ("urged her to resign")
OBJECT_PRONOUNS = {"him": "m", "her": "f"}
# the subject pronouns of one person, by gender ("X said he would resign")
SUBJECT_PRONOUNS = {"he": "m", "she": "f"}
# the pronouns that stand for one person
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
# an announced act of these types is a promise (AGREE) or a threat (THREATEN); MOBILIZE ("will send
# troops") stays what it is, with mode "intended"; a planned request, accusation or rejection did
# not happen (but an inquiry announced: coder.PLANNED_WORDS_TYPES)
PROMISED_TYPES = COOPERATIVE_TYPES - {"AGREE"}
THREAT_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "PROTEST"})
# prepositions of a pattern's own object that name the target: "sever ties with X", "lift the
# blockade of X" (and the pattern's target prepositions: "lift sanctions on X")
OWN_PREPS = frozenset({"with", "of"})
# acts only a state performs (arrest, jail, sentence, release, pardon): without a named agent, the
# state where they happen acts
STATE_ACTS = frozenset({"COERCE", "CONCEDE"})
# prepositions that set an act in time or circumstance: their objects are no part of the act
# ("fired rockets after a jet was downed" is not "fired jets")
FRAME_PREPS = frozenset(
    {"after", "before", "since", "during", "until", "following", "amid", "despite"}
)
# prepositions that introduce what a verb is about ("accused X of attacking"), not when it happened
COMPLEMENT_PREPS = frozenset({"of", "to", "for", "from", "on", "into", "against", "about"})
ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd", "dative"})
NP_DEPS = frozenset({"compound", "amod", "nmod", "appos", "flat"})
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"})
# nouns of people by their ending ("journalist", "civilian", "gunman", and compounds of a noun
# of a person: "dockworker", "shopkeeper", "jobseeker", "moviegoer"): see ``actor_nouns``
ACTOR_SUFFIXES = ("ist", "ian", "man", "men", "worker", "keeper", "seeker", "goer")
# how a thing leads to who it concerns ("claims that three guards beat inmates"), and how deep
INNER_DEPS = frozenset(
    {"prep", "pobj", "acl", "relcl", "ccomp", "nsubj", "nsubjpass", "dobj", "conj", "appos",
     "compound", "poss", "agent", "nmod"}
)  # fmt: skip
INNER_DEPTH = 7
# prepositions that name a place when the verb already has an object ("fired at X" vs "attacked
# soldiers at a checkpoint", "imposed a curfew on the town" keeps "on" through the light verb)
PLACE_PREPS = frozenset({"at", "on", "upon", "into"})
# acts of words: they address someone, not the place they are spoken in ("accused in Geneva")
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE"})
# acts done to someone, whose verb has an object: a headline's bare past participle of one is a
# passive ("Governor arrested", "Minister criticised"); protests, meetings, retreats and moves
# have intransitive verbs ("Farmers rallied")
DONE_TO_TYPES = frozenset(
    {"ASSAULT", "COERCE", "ACCUSE", "SANCTION", "SUPPORT", "REJECT", "REQUEST", "AID", "CONCEDE"}
)
# a refusal, threat or demand held until or unless another acts acts on that other
CONDITIONAL_TYPES = frozenset({"REJECT", "THREATEN", "REQUEST"})
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
    # statue to the museum")
    person_object: bool = False  # "~" in the with column: an object that names people ("freed
    # three sailors"; ``actor_nouns`` in event_words.json)
    deed_named: bool = False  # "=" in the with column: an object that names a hostile act of
    # another, with a predicate that names it ("called the shelling 'a crime'")

    @property
    def specific(self) -> bool:
        return bool(
            self.with_words
            or self.entity_object
            or self.complement
            or self.handover
            or self.person_object
            or self.deed_named
        )


@dataclass(frozen=True, slots=True)
class Words:
    light_verbs: frozenset[str]
    light_preps: frozenset[str]
    sym_frames: frozenset[str]
    intended_aux: frozenset[str]
    conditional_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    intended_governors: frozenset[str]
    intended_nouns: frozenset[str]
    hypothetical_governors: frozenset[str]
    negating_governors: frozenset[str]
    refusing_governors: frozenset[str]
    choosing_governors: frozenset[str]
    negating_nouns: frozenset[str]
    negative_adverbs: frozenset[str]
    skip_flags: frozenset[str]
    not_actor_nouns: frozenset[str]
    receiving_verbs: frozenset[str]
    receiving_preps: frozenset[str]
    deed_nouns: frozenset[str]
    generic_deed_nouns: frozenset[str]
    container_nouns: frozenset[str]
    purpose_verbs: frozenset[str]
    transfer_verbs: frozenset[str]
    war_nouns: frozenset[str]
    telling_verbs: frozenset[str]
    peacekeeping_words: frozenset[str]
    concluding_verbs: frozenset[str]
    deontic_aux: frozenset[str]
    carrier_nouns: frozenset[str]
    directive_verbs: frozenset[str]
    wishing_verbs: frozenset[str]
    longing_verbs: frozenset[str]
    advocating_verbs: frozenset[str]
    question_verbs: frozenset[str]
    condition_marks: frozenset[str]
    reciprocal_possessives: frozenset[str]
    creating_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    idea_nouns: frozenset[str]
    firm_nouns: frozenset[str]
    object_giving_verbs: frozenset[str]
    clashing_verbs: frozenset[str]
    indefinite_quantifiers: frozenset[str]
    actor_nouns: frozenset[str]
    site_nouns: frozenset[str]
    monument_words: frozenset[str]
    land_nouns: frozenset[str]
    gift_nouns: frozenset[str]
    resident_nouns: frozenset[str]
    wounding_verbs: frozenset[str]
    harming_verbs: frozenset[str]
    weapon_marks: frozenset[str]
    attacker_nouns: frozenset[str]
    device_verbs: frozenset[str]
    victim_nouns: frozenset[str]
    unknown_people: frozenset[str]
    own_wound_marks: frozenset[str]
    custody_verbs: frozenset[str]
    identifying_verbs: frozenset[str]
    civilian_nouns: frozenset[str]
    taking_over_verbs: frozenset[str]
    occupying_verbs: frozenset[str]
    follower_nouns: frozenset[str]
    predicting_governors: frozenset[str]
    capability_governors: frozenset[str]
    foretelling_verbs: frozenset[str]
    denying_verbs: frozenset[str]
    decision_nouns: frozenset[str]
    claim_nouns: frozenset[str]
    title_nouns: frozenset[str]
    issuing_verbs: frozenset[str]
    answering_words: frozenset[str]
    answer_marks: frozenset[str]
    rival_nouns: frozenset[str]
    stand_in_nouns: frozenset[str]
    condition_nouns: frozenset[str]
    member_nouns: frozenset[str]
    release_nouns: frozenset[str]
    proxy_nouns: frozenset[str]
    feeling_verbs: frozenset[str]
    own_possessives: frozenset[str]
    stance_nouns: frozenset[str]
    stance_verbs: frozenset[str]
    relative_nouns: frozenset[str]
    company_nouns: frozenset[str]
    comment_verbs: frozenset[str]
    press_nouns: frozenset[str]
    leaving_verbs: frozenset[str]
    searching_verbs: frozenset[str]
    death_nouns: frozenset[str]
    planning_governors: frozenset[str]
    blaming_verbs: frozenset[str]
    opposing_verbs: frozenset[str]
    contending_verbs: frozenset[str]
    promising_verbs: frozenset[str]
    candidate_words: frozenset[str]
    rally_words: frozenset[str]
    disposition_nouns: frozenset[str]
    expressing_verbs: frozenset[str]
    state_body_words: frozenset[str]
    politics_words: frozenset[str]
    violence_words: frozenset[str]
    contest_words: frozenset[str]
    announced_inquiries: frozenset[str]
    legal_charges: frozenset[str]
    arresting_verbs: frozenset[str]
    creed_words: frozenset[str]
    standing_participles: frozenset[str]
    agreeing_verbs: frozenset[str]
    fighting_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    government_words: frozenset[str]
    tenure_words: frozenset[str]
    pair_words: frozenset[str]
    country_words: frozenset[str]
    bare_force_nouns: frozenset[str]
    person_words: frozenset[str]
    culprit_nouns: frozenset[str]
    coming_act_words: frozenset[str]
    halting_verbs: frozenset[str]
    expelling_leaves: frozenset[str]
    evacuating_words: frozenset[str]
    plain_leaving_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    leading_verbs: frozenset[str]
    force_nouns: frozenset[str]
    carried_nouns: frozenset[str]
    warning_words: frozenset[str]
    wordy_attack_marks: frozenset[str]
    rough_criticism_verbs: frozenset[str]
    displeasure_words: frozenset[str]
    first_person_singular: frozenset[str]
    legislative_rejecting_verbs: frozenset[str]
    word_media: frozenset[str]
    danger_nouns: frozenset[str]
    authoring_verbs: frozenset[str]


def _data(name: str) -> str:
    return data.text(f"data/{name}")


# the with column's markers that are no word: "@", "+to", ">to", "~", "=" (the file's header)
MARKERS = frozenset({"@", "+to", ">to", "~", "="})


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
            with_words=frozenset(w.lower() for w in words if w not in MARKERS),
            entity_object="@" in words,
            complement="+to" in words,
            handover=">to" in words,
            person_object="~" in words,
            deed_named="=" in words,
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
def trigger_lemmas() -> frozenset[str]:
    """The lemmas of :func:`patterns`: a word with any other lemma triggers nothing."""
    return frozenset(lemma for _, lemma in patterns())


# determiners that make a noun phrase refer back ("the report", "that claim")
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


@functools.lru_cache(maxsize=1)
def words() -> Words:
    raw: dict[str, object] = json.loads(_data("event_words.json"))
    return Words(**{f: _word_set(raw, f) for f in Words.__dataclass_fields__})


@functools.cache
def noun_verbs(name: str) -> dict[str, str]:
    """A "noun:verb" list of :class:`Words` (``deed_nouns``, ``claim_nouns``) as a mapping."""
    return dict(w.split(":", 1) for w in getattr(words(), name))


def _word_set(raw: dict[str, object], name: str) -> frozenset[str]:
    value = raw.get(name)
    if not isinstance(value, list):
        raise ConfigError(f"event_words.json: {name!r} is not a list of words; restore the list")
    return frozenset(str(w) for w in value)


@dataclass
class Candidate:
    """A trigger while it is coded: its pattern, the tokens its span reaches and its actors."""

    tok: Token
    pattern: Pattern
    extra: list[Token]  # tokens the trigger span reaches (a matched particle, a light verb)
    anchor: Token | None = None  # the light verb carrying a noun trigger
    clause: Token | None = None  # the verb whose clause the trigger is in
    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    inner: bool = False
    type: str = ""  # the pattern's type, unless nesting changed it
    folded: list[str] = field(default_factory=list)  # the types of the events folded into it

    def __post_init__(self) -> None:
        self.type = self.type or self.pattern.type

    def verb_of(self, type_: str, lemmas: frozenset[str]) -> bool:
        """Whether the candidate is a ``type_`` told by a verb whose lemma is one of ``lemmas``."""
        tok = self.tok
        return self.type == type_ and tok.pos_ == "VERB" and tok.lemma_.lower() in lemmas


@dataclass(frozen=True, slots=True)
class IdiomRule:
    """One rule of ``sayso/data/event_idioms.json`` (its ``about`` explains the fields)."""

    id: str
    action: str  # drop | retype | negated | hypothetical
    types: frozenset[str]  # drop, retype: the types the word is not (empty: any); else unused
    pattern: tuple[dict[str, object], ...]  # a spaCy DependencyMatcher pattern
    scope: int  # the node of the pattern the action applies to
    example: str
    trigger: str
    to: str | None = None  # retype: the type the word is instead


IDIOM_ACTIONS = ("drop", "retype", "negated", "hypothetical")


# how a pattern's IN or NOT_IN names one of the file's shared ``lists`` ("@admitted_people")
LIST_MARK = "@"


def _idiom_lists(raw: dict[str, object]) -> dict[str, list[str]]:
    """The named word lists the rules share: the file's ``lists`` (less its ``about`` keys)
    and the lexicon's (:func:`sayso.lexicon.shared_lists`, "@question_words")."""
    lists = raw.get("lists", {})
    if not isinstance(lists, dict):
        raise ConfigError("event_idioms.json: 'lists' is not a mapping of names to word lists")
    out = shared_lists()
    for name, value in lists.items():
        if name.startswith("about"):
            continue
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ConfigError(f"event_idioms.json: list {name!r} is not a list of words")
        if name in out:
            raise ConfigError(
                f"event_idioms.json: list {name!r} takes the name of a list of the lexicon "
                "(data/shared_words.json); rename it"
            )
        out[name] = value
    return out


def _with_lists(node: dict[str, object], lists: dict[str, list[str]]) -> dict[str, object]:
    """The pattern node with each IN or NOT_IN that names a shared list ("@name") given the
    list's words; an unknown name is an error."""
    attrs = node.get("RIGHT_ATTRS")
    if not isinstance(attrs, dict):
        return node
    named = {
        key: cond
        for key, cond in attrs.items()
        if isinstance(cond, dict)
        and any(isinstance(v, str) and v.startswith(LIST_MARK) for v in cond.values())
    }
    if not named:
        return node
    new_attrs = dict(attrs)
    for key, cond in named.items():
        resolved: dict[str, object] = {}
        for op, value in cond.items():
            if isinstance(value, str) and value.startswith(LIST_MARK):
                name = value.removeprefix(LIST_MARK)
                if name not in lists:
                    raise ValueError(f"no list named {name!r} in 'lists'")
                resolved[op] = list(lists[name])
            else:
                resolved[op] = value
        new_attrs[key] = resolved
    return {**node, "RIGHT_ATTRS": new_attrs}


def parse_idioms(raw: dict[str, object]) -> tuple[IdiomRule, ...]:
    """The rules of the idiom file; a rule with an unknown action, type, scope or list is an
    error."""
    rules = raw.get("rules")
    if not isinstance(rules, list):
        raise ConfigError("event_idioms.json: 'rules' is not a list; restore the file")
    lists = _idiom_lists(raw)
    out: list[IdiomRule] = []
    for n, rule in enumerate(rules, 1):
        try:
            pattern = tuple(_with_lists(node, lists) for node in rule["pattern"])
            ids = [node["RIGHT_ID"] for node in pattern]
            parsed = IdiomRule(
                id=str(rule["id"]),
                action=str(rule["action"]),
                types=frozenset(rule["types"]),
                pattern=pattern,
                scope=ids.index(rule["scope"]),
                example=str(rule["example"]),
                trigger=str(rule["trigger"]),
                to=rule.get("to"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(
                f"event_idioms.json: rule {n} lacks a field or names a scope no node has or "
                f"a list 'lists' lacks ({exc}); see the file's 'about'"
            ) from None
        if (
            parsed.action not in IDIOM_ACTIONS
            or not parsed.types <= set(PLOVER_TYPES)
            or (parsed.action == "retype") != (parsed.to in PLOVER_TYPES)
        ):
            raise ConfigError(
                f"event_idioms.json: rule {parsed.id!r} has an unknown action or type (or a "
                f"'to' type without 'retype'); actions are {', '.join(IDIOM_ACTIONS)}"
            )
        out.append(parsed)
    return tuple(out)


@functools.lru_cache(maxsize=1)
def idioms() -> tuple[IdiomRule, ...]:
    return parse_idioms(json.loads(_data("event_idioms.json")))
