"""What a claim's words tell happened, read from the words alone: the kinds of act a text has a
word of (``data/event_families.tsv``, ``data/count_roles.tsv``, but in a light verb's phrase),
where those words stand, whether every act told is denied, and who the text tells of (names,
figures, pronouns and nouns of a person). ``omissions`` asks these when it judges whether a
report tells a claim.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import cast

from .. import resources as data
from ..lexicon import phrase_alternation
from .features import content_words, numbers
from .referents import role_of, sex_of
from .scores import clauses
from .units import Unit

_WORD = re.compile(r"[A-Za-z]+")


@functools.cache
def families() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for line in data.lines("data/event_families.tsv", "sayso.compare"):
        family, _, words = line.partition("\t")
        phrases = phrase_alternation([w.replace("_", " ") for w in words.split()])
        out.append((family, re.compile(rf"\b(?:{phrases})\b", re.I)))
    return tuple(out)


@functools.cache
def _light() -> re.Pattern[str]:
    phrases = phrase_alternation(data.lines("data/light_verbs.txt", "sayso.compare"))
    return re.compile(rf"\b(?:{phrases})\b", re.I)


# "named" that gives a thing or a person its name, not a post: after a noun that an indefinite
# article opens ("a boat named Aurora", "a man named Tom Reed"), before the name it gives
# ("a ferry or cargo ship named Aurora": two nouns joined by "or" name one thing)
_NAMING = re.compile(
    r"\b[Aa]n?\s+(?:[a-z-]+\s+){0,3}?(?:(?:or|and)\s+(?:[a-z-]+\s+){0,3}?)?"
    r"(named)(?=\s+(?:the\s+)?[A-Z])"
)


def literal_text(text: str) -> str:
    """``text`` with the phrases of ``data/light_verbs.txt`` blanked out (their length kept), in
    which an event word names no act of its family ("paid tribute", "the officer in charge"),
    and "named" where it gives a name (``_NAMING``: "a boat named Aurora": no appointment)."""
    text = _light().sub(lambda m: " " * len(m.group()), text)
    return _NAMING.sub(lambda m: m.group()[: m.start(1) - m.start()] + " " * len("named"), text)


def _matches(literal: str) -> list[tuple[str, int]]:
    """The kinds of the family words of ``literal`` and where they start; a word within a longer
    phrase of words of another family names that phrase's act ("fired at the boat": a shooting,
    not a dismissal), while a compound tells the acts of its parts too ("hit-and-run": a
    collision and a flight)."""
    spans = [(f, m.start(), m.end()) for f, p in families() for m in p.finditer(literal)]
    phrases = [(g, x, y) for g, x, y in spans if any(c.isspace() for c in literal[x:y])]
    return [
        (f, a)
        for f, a, b in spans
        if not any(g != f and x <= a and b <= y and y - x > b - a for g, x, y in phrases)
    ]


def event_kinds(text: str) -> frozenset[str]:
    """The kinds of act or happening ``text`` has a word of: the families of
    ``data/event_families.tsv`` ("shoot", "charge", "dismiss") and what ``data/count_roles.tsv``
    says happened to people ("dead", "held"), but in a phrase of ``data/light_verbs.txt`` ("a
    colleague paid tribute": no payment)."""
    text = literal_text(text)
    roles = {r for w in _WORD.findall(text) if (r := role_of(w)) is not None}
    return frozenset(f for f, _ in _matches(text)) | roles


def eventful(u: Unit) -> bool:
    """Whether ``u`` tells an act or a happening: an event the events stage found in it or a
    word of one (``event_kinds``: "was found dead", "faces a charge"), unless it only says
    that one did not happen (``denied``)."""
    return bool(u.events or event_kinds(u.text)) and not denied(u.text)


_NEGATION = re.compile(r"\b(?:not|no|never|none|nobody|neither|nor|without)\b|n[’']t\b", re.I)
# a relative clause set off by commas: it describes someone, the sentence tells its act outside
RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,;:\u2014\u2013]*,", re.I)
# ("that" is left out: "said that gunmen fired" tells the act, it does not name a given one)
_GIVEN = re.compile(r"\b(?:the|this|its|his|her|their)\s+$", re.I)
# but an act a verb leads to, told with "to" and the one it befalls ("fell to his death", "led to
# her arrest"): the sentence tells it
_RESULT = re.compile(r"\bto\s+(?:his|her|their)\s+$", re.I)


def act_starts(clause: str) -> list[int]:
    """Where the act words of ``clause`` start (``told_acts``)."""
    return sorted({x for _, x in told_acts(clause)})


def told_acts(clause: str) -> list[tuple[str, int]]:
    """The kinds of the act words of ``clause`` (``event_kinds``) and where they start, but for
    an act named with a definite word ("the shooting", "his arrest"): one told already, which
    the clause only refers to ("asleep during the robbery"), unless a verb leads to it
    (``_RESULT``: "fell to his death")."""
    literal = literal_text(clause)
    at = _matches(literal)
    # a word of a family tells that kind, not also the part it counts ("charged": a charging)
    words = {x for _, x in at}
    at += [
        (r, m.start())
        for m in _WORD.finditer(literal)
        if m.start() not in words and (r := role_of(m.group()))
    ]
    told = [(f, x) for f, x in at if not _GIVEN.search(clause[:x]) or _RESULT.search(clause[:x])]
    if {f for f, _ in told} <= REPORTING:
        # a clause that only reports an act names it with its participant ("police announced
        # the arrest of Hale", "confirmed the death of a man"): the act it tells
        told += [(f, x) for f, x in at if (f, x) not in told and _OF.match(clause, x)]
    return told


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_NUMBER_WORDS = r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many"
# phrases that set a sentence at another time than the event of the story: "earlier this
# week", "last month", "last March", "two years ago", "since 1991", "recently" (before it: the
# news tells its own act by its day, an earlier one as recent); in a relative clause set off by
# commas they date the one it describes ("Hale, who was fired last week, shot ..."), not the act
_ANOTHER_TIME = re.compile(
    r"\b(?:earlier|later) this (?:week|month|year|season)\b"
    rf"|\blast (?:week|month|year|season|spring|summer|autumn|fall|winter|{_MONTHS})\b"
    rf"|\b(?:{_NUMBER_WORDS}) (?:days?|weeks?|months?|years?|decades?) ago\b"
    r"|\bsince (?:19|20)\d\d\b"
    r"|\b(?:recently|previously|formerly)\b",
    re.I,
)


def another_time(text: str) -> bool:
    """Whether ``text`` sets itself at another time than the event of the story (``_ANOTHER_TIME``:
    "last month", "two years ago"), outside a relative clause set off by commas."""
    return _ANOTHER_TIME.search(RELATIVE.sub(",", text)) is not None


# phrases that set a sentence in another place or incident than the story's event ("a guard was
# shot at a bank across town", "elsewhere in the county", "in a separate incident"): outside a
# relative clause set off by commas, like ``_ANOTHER_TIME``
_ELSEWHERE = re.compile(
    r"\b(?:across|out\s+of|outside\s+of)\s+town\b|\belsewhere\b"
    r"|\b(?:in|during)\s+(?:a|an|another)\s+(?:separate|unrelated|different|earlier|later)"
    r"\s+(?:incident|case|attack|episode|event)\b|\bin\s+another\s+(?:incident|case|attack)\b",
    re.I,
)


@functools.lru_cache(maxsize=1)
def _street() -> re.Pattern[str]:
    """A named street ("on Elm Street", "the 200 block of Oak Ave."): a sentence's address; its
    last words are the entities stage's ``street_words``."""
    listed = cast(list[str], data.json_data("data/entity_words.json")["street_words"])
    ends = {w.rstrip(".").capitalize() for w in listed}
    alternation = "|".join(sorted(map(re.escape, ends), key=len, reverse=True))
    return re.compile(rf"\b((?:[A-Z][a-z]+\s+){{1,3}}(?:{alternation}))\b")


def elsewhere(text: str) -> bool:
    """Whether ``text`` sets itself in another place or incident than the story's event
    (``_ELSEWHERE``: "across town", "in a separate incident")."""
    return _ELSEWHERE.search(RELATIVE.sub(",", text)) is not None


def streets(text: str) -> frozenset[str]:
    """The named streets of ``text`` (``_street``), its addresses: two acts of one kind on
    different streets are two acts."""
    return frozenset(m.group(1) for m in _street().finditer(text))


REPORTING = frozenset({"statement", "identify"})
# an act noun with its participant after "of" ("the arrest of Hale")
_OF = re.compile(r"[a-z-]+\s+of\s+(?:the\s+|an?\s+)?[A-Za-z0-9]", re.I)


def denied(text: str) -> bool:
    """Whether the acts ``text`` tells are all denied: each comes after a negation in its
    clause ("he did not hear a gunshot", "the other two were not hurt", "no one else was
    injured"). What did not happen is no event another report must carry. An act after the
    negation's clause is told ("he did not stop, and shot the clerk"); one the clause only
    refers to ("upstairs during the robbery") is neither, nor one in a
    relative clause that describes someone ("Ann Bell, who lives next door, did not hear a
    shot")."""
    told = [(c, x) for c in clauses(RELATIVE.sub(",", text)) for x in act_starts(c)]
    return bool(told) and all(_NEGATION.search(c[:x]) for c, x in told)


# kinds of act that tell one happening however a report words it: a killing told as a
# shooting or a death ("was shot dead" / "the victim died"); an attack warded off told from the
# defender's side or as its target's rescue ("warded off the attack on the ship" / "rescued the
# ship")
ONE_HAPPENING = (frozenset({"shoot", "dead"}), frozenset({"repel", "freed"}))


def happening(kinds: frozenset[str]) -> frozenset[str]:
    """``kinds`` with the kinds that tell the same happening (``ONE_HAPPENING``)."""
    return kinds.union(*(g for g in ONE_HAPPENING if g & kinds))


# a sentence whose subject is an act named with a definite word ("The air strike ...", "This
# attack ..."): the act is told already, and the sentence says more of it
_DEFINITE_ACT = re.compile(r"^\W*(?:the|this|that)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)", re.I)
# an act's own verbs of reaching its target ("the blast hit the bus", "the strike struck a
# depot"): no other act
_REACHING = frozenset({"crash"})


def told_act_detail(text: str) -> frozenset[str]:
    """The kinds of act (``happening``) that ``text`` names as its subject with a definite word,
    when the rest of it tells no other act ("The strike hit four trucks", "The fire
    gutted the hall": what was hit, a count of things, a place), else none: a detail of an act
    a report that tells it may leave out (a toll aside: the caller weighs it)."""
    m = _DEFINITE_ACT.match(text)
    if m is None:
        return frozenset()
    words = m.group(1).split()
    at = next((k for k, w in enumerate(words) if event_kinds(w)), None)
    if at is None:
        return frozenset()
    kinds = happening(event_kinds(words[at]))
    rest = text[m.start(1) + len(" ".join(words[: at + 1])) :]
    if not {k for k, _ in told_acts(rest)} <= kinds | _REACHING:
        return frozenset()
    return kinds


_PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}


@functools.cache
def _roles() -> frozenset[str]:
    return frozenset(data.lines("data/role_nouns.txt", "sayso.compare"))


def persons_in(text: str) -> frozenset[str]:
    """Whom ``text`` tells of without a name: "male" or "female" for a pronoun ("he", "her") or
    a noun of a person's sex ("the man", "a male employee": ``data/person_nouns.tsv``),
    "someone" for a noun of the part a person played ("the driver", "a suspect":
    ``data/role_nouns.txt``)."""
    out = set()
    for w in _WORD.findall(text):
        low = w.lower()
        sex = _PRONOUNS.get(low) or sex_of(low)
        if sex is not None:
            out.add(sex)
        elif low in _roles() or low.removesuffix("s") in _roles():
            out.add("someone")
    return frozenset(out)


_INDEFINITE = re.compile(r"\b(?:an?|one)\s+((?:[\w-]+\s+){0,2}[a-z]+)\b", re.I)


def describes(text: str) -> bool:
    """Whether ``text`` brings in someone by a description, with an indefinite word and no
    name ("a 45-year-old man", "a suspect": ``data/person_nouns.tsv``,
    ``data/role_nouns.txt``), whom another report may name."""
    for m in _INDEFINITE.finditer(text):
        for low in m.group(1).lower().split():
            if sex_of(low) is not None or low in _roles() or low.removesuffix("s") in _roles():
                return True
    return False


def refers_back(text: str) -> bool:
    """Whether ``text`` speaks of someone by the part played, with a definite word ("the
    victim", "the suspect": ``data/role_nouns.txt``): one the report has told of already, so
    the sentence is about the act told before it ("a man shot one person dead." "Police
    named the victim as Ann Bell.")."""
    words = [w.lower() for w in _WORD.findall(text)]
    return any(
        a in _DEFINITE and (b in _roles() or b.removesuffix("s") in _roles())
        for a, b in itertools.pairwise(words)
    )


_DEFINITE = frozenset({"the", "this", "that"})


def same_someone(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sentences may tell of one person they do not name: each tells of someone,
    of the same sex where both say it ("he" / "the man"), or one by the part played ("the
    suspect" / "he")."""
    if not a or not b:
        return False
    return bool(a & b) or "someone" in a | b


def same_act(a: Unit, b: Unit) -> bool:
    """Whether two claims tell one act: a word of the same kind of act (``event_kinds``) and one
    of the same arguments (``arguments``, the speakers' names aside): "Hale was charged with
    fraud" and "Hale faces a second count, the court said" tell one charging."""
    if not event_kinds(a.text) & event_kinds(b.text):
        return False
    mine = arguments(a.text, a.names, speaker_words(a))
    return bool(mine & arguments(b.text, b.names, speaker_words(b)))


def speaker_words(u: Unit) -> frozenset[str]:
    """The content words of the name of the one ``u`` is credited to (none if no one)."""
    return frozenset(content_words(u.speaker or ""))


def arguments(text: str, names: frozenset[str], skip: frozenset[str]) -> frozenset[str]:
    """Who and what ``text`` tells of: the stems of the names it writes (but those of
    ``skip``), its figures (one aside: "one" names no one) and its nouns for a person
    ("woman", "husband": ``data/person_nouns.tsv``)."""
    words = frozenset(content_words(text))
    figures = {n for n in numbers(text) if n != "1"}
    people = {w for w in words if sex_of(w) is not None}
    return ((words & names) - skip) | figures | people
