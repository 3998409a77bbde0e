"""The word tables more than one stage reads, in one place, with the few rules that read them.

* **Cues** (``data/cues.tsv``): the words that attribute words to someone ("say", "point out",
  "according to", "X's claim that"), with their class and what their content is. The cue table,
  :func:`match_cue` (the cue starting at a token), :func:`reporting_verbs` (the one-word verb
  cues of the reporting classes: what the events stage reads as "reports, does not act") and
  :func:`channel_verbs` (those and "quote", which is no cue).
* **Statement nouns** (``data/statement_nouns.tsv``): nouns for something an author issues. A
  ``medium`` carries its author's words ("a statement by X", "the report says", "according to
  a video posted by X"); an ``act`` names what its author does or means to do ("X's decision to
  ...", "a bid to ..."), with no words of its own. :func:`statement_nouns` is both kinds (what
  acts for its author), :func:`media_nouns` the media only (what attributions and divergences
  read words from).
* **Authors**: the words of a statement noun's phrase that name who issued it
  (:func:`author_words` through the whole phrase, :func:`statement_author` in the noun's own
  dependents).
* **Datelines** ("BRUSSELS (Agency) -", "ALGIERS, Algeria - Police have ..."): a parser often
  takes the dateline for the subject of the first sentence (:func:`is_dateline`,
  :func:`past_dateline`).
* **Shared words** (``data/shared_words.json``, :func:`shared_words`): the word lists more than
  one stage reads (the words that open an embedded question) and the attributions stage's own
  (who speaks for someone).

Everything here reads spaCy tokens and the bundled tables only (no stage imports), so every stage
can use it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from . import resources as data
from .errors import ConfigError

# ---- cues --------------------------------------------------------------------------------------

CUE_CLASSES = frozenset({"speech", "belief", "report", "intent", "stance", "source", "noun"})
# the classes of cue verbs that report words or thoughts rather than act
REPORTING_CLASSES = ("speech", "report", "belief")
_INFLECTED = frozenset({"VBZ", "VBD", "VBN", "VBG"})


@dataclass(frozen=True, slots=True)
class Cue:
    """One row of ``data/cues.tsv``: the lemmas of the cue, its class and what it takes."""

    lemmas: tuple[str, ...]
    cls: str
    take: str


@functools.lru_cache(maxsize=1)
def cue_table() -> dict[str, list[Cue]]:
    """Cues by their first lemma, longest first."""
    table: dict[str, list[Cue]] = {}
    for phrase, cls, take in data.tsv("data/cues.tsv"):
        lemmas = tuple(phrase.split())
        table.setdefault(lemmas[0], []).append(Cue(lemmas, cls, take))
    for cues in table.values():
        cues.sort(key=lambda c: -len(c.lemmas))
    return table


@functools.lru_cache(maxsize=1)
def noun_cues() -> frozenset[str]:
    """The lemmas of noun cues ("claim", "warning": "X's claim that ...")."""
    return frozenset(k for k, cues in cue_table().items() if any(c.cls == "noun" for c in cues))


@functools.lru_cache(maxsize=1)
def ship_prefixes() -> frozenset[str]:
    """The prefixes of ships' names, lowercase ("uss", "mv"; ``ship_prefixes`` of
    ``data/entity_words.json``)."""
    table = data.json_data("data/entity_words.json")["ship_prefixes"]
    assert isinstance(table, dict)
    return frozenset(table)


def ship_prefix(word: str) -> bool:
    """Whether a word is a ship's prefix written as one: in capitals ("USS", "MV"; not "Ins")."""
    return word.isupper() and word.casefold() in ship_prefixes()


def vessel_name(name: str) -> bool:
    """Whether an entity's name is a ship's: a ship prefix in capitals and a name ("MV Corven",
    "USS Harlan")."""
    first, _, rest = name.partition(" ")
    return bool(rest) and ship_prefix(first)


@functools.lru_cache(maxsize=8)
def reporting_verbs(classes: tuple[str, ...] = REPORTING_CLASSES) -> frozenset[str]:
    """The one-word verb cues of ``classes`` (by default speech, report and belief: "say",
    "tell", "write", "report", "cite", "believe", "urge", ...)."""
    return frozenset(
        lemma
        for lemma, cues in cue_table().items()
        if any(len(c.lemmas) == 1 and c.cls in classes for c in cues)
    )


# speech verbs said to someone, whose object is the listener ("told police ...", '"...," she
# told them'): after a quotation their words name the one spoken to, not the speaker
ADDRESSEE_VERBS = frozenset({"tell", "ask", "urge", "warn", "assure", "remind", "inform"})

# "quote" reports words too, but is no cue: in "quoted X as saying" the speaker is its object, so
# cues.tsv leaves it out; :func:`channel_verbs` adds it back
_QUOTE = "quote"


@functools.lru_cache(maxsize=1)
def channel_verbs() -> frozenset[str]:
    """What a news channel does with words: the :func:`reporting_verbs` and "quote". Who
    reports on an act ("X reported on easing the rules", "quoted Y on ...") is no actor of it."""
    return reporting_verbs() | {_QUOTE}


def lemma(tok: Token) -> str:
    """The lower-cased lemma of a token (from the lemmas held for its document where
    :func:`hold_words` kept them, else read from the token)."""
    last_doc, answers = _LAST_DOC[0]  # the pair read once: another thread may replace it
    if last_doc is tok.doc and (lemmas := answers.get("lemmas")) is not None:
        held: str = lemmas[tok.i]
        return held
    return tok.lemma_.lower()


def stem(word: str) -> str:
    """A verb's base form guessed from its spelling, for the lemmatizer's slips ("hopes" ->
    "hop"): only the "-e" stems the table knows ("hopes", "hoped", "hoping" -> "hope")."""
    for suffix in ("ing", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + "e"
    return word


# [(the last Doc asked about, what was worked out about it)]: one pair, replaced whole, so that a
# reader never sees one document's answers under another's Doc
_LAST_DOC: list[tuple[Any, dict[Any, Any]]] = [(None, {})]


def _held(doc: Doc) -> dict[Any, Any]:
    """The answers kept for ``doc``, the last document asked about (the stages ask about the
    same tokens of one document many times); a new document starts afresh."""
    last_doc, held = _LAST_DOC[0]
    if last_doc is not doc:
        held = {}
        _LAST_DOC[0] = (doc, held)
    return held


def may_cue(tok: Token) -> bool:
    """Whether the cue table has an entry under the token's lemma, form or stem (a cheap test
    before :func:`match_cue`; the answers for the last document are kept)."""
    held = _held(tok.doc)
    key = ("may_cue", tok.i)
    if key not in held:
        held[key] = may_cue_word(lemma(tok), tok.lower_)
    answer: bool = held[key]
    return answer


@functools.lru_cache(maxsize=16384)
def may_cue_word(lemma: str, lower: str) -> bool:
    """:func:`may_cue` of a token with this lower-cased lemma and lower-case form (asked of
    every token of every document: the answers for the words met last are kept)."""
    table = cue_table()
    return lemma in table or lower in table or stem(lower) in table


def _candidates(tok: Token) -> list[Cue]:
    table = cue_table()
    cands = table.get(lemma(tok)) or table.get(tok.lower_)
    if not cands and tok.tag_ in _INFLECTED:
        cands = table.get(stem(tok.lower_))  # the lemmatizer's "hopes" -> "hop"
    return cands or []


def _single_matches(tok: Token, cue: Cue) -> bool:
    if cue.cls == "noun":
        return tok.pos_ == "NOUN"
    return cue.cls == "source" or tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB")


def match_cue(doc: Doc, i: int) -> tuple[Cue, int] | None:
    """The cue starting at token ``i`` and the token index past its end (the answers for the
    last document are kept)."""
    held = _held(doc)
    key = ("match_cue", i)
    if key not in held:
        held[key] = _match_cue(doc, i)
    answer: tuple[Cue, int] | None = held[key]
    return answer


def _match_cue(doc: Doc, i: int) -> tuple[Cue, int] | None:
    tokens: list[Token] | None = _held(doc).get("tokens")
    tok = doc[i] if tokens is None else tokens[i]
    for cue in _candidates(tok):
        n = len(cue.lemmas)
        if n == 1:
            if _single_matches(tok, cue):
                return cue, i + 1
            continue
        if i + n > len(doc):
            continue
        words = doc[i : i + n] if tokens is None else tokens[i : i + n]
        if all(lemma(t) == w or t.lower_ == w for t, w in zip(words, cue.lemmas, strict=True)):
            return cue, i + n
    return None


# ---- shared word lists -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SharedWords:
    """The lists of ``data/shared_words.json`` (its ``about_`` entries say why each word is
    there), and the two sets made of them."""

    wh_words: frozenset[str]  # "who", "where", "whether": open a question after any verb
    asked_if: frozenset[str]  # "if": a question after a verb of asking, else a condition
    speaking_bodies: frozenset[str]  # "office": "Hill's office said"
    spokespeople: frozenset[str]  # "spokesman": "Hill's spokesman said"
    aimed_at_preps: frozenset[str]  # "to", "against": "said to the minister" aims the words
    prospect_modals: frozenset[str]  # "can", "should": "fans can expect" is a forecast
    comparatives: frozenset[str]  # "more", "less": "the more voters fear it, the less ..."
    object_elsewhere_verbs: frozenset[str]  # "add", "post": "posted a profit" says nothing
    poll_shares: frozenset[str]  # "percent", "majority": a share counted in a poll
    first_person_plural: frozenset[str]  # "we", "our", "us": a quotation's speaker
    plural_pronouns: frozenset[str]  # "they", "their": a group, never one person's noun
    act_aim_preps: frozenset[str]  # "on", "over": "an attack on X" aims an act
    title_small_words: frozenset[str]  # "of", "the": lower case inside a title
    coordinators: frozenset[str]  # "and", "but": join two clauses
    simultaneous_marks: frozenset[str]  # "as", "while": a clause done at the same time
    commitment_verbs: frozenset[str]  # "pledge", "agree": "pledged to raise taxes" is an act
    act_object_verbs: frozenset[str]  # "announce", "urge": "announced new patrols" is an act
    praise_verbs: frozenset[str]  # "praise", "thank": "praised X for acting" is an act
    headline_labels: frozenset[str]  # "analysis": "Analysis: ..." opens a headline
    purpose_requests: frozenset[str]  # "demand": "blocked roads to demand that ..." is an aim
    named_happening_heads: frozenset[str]  # "storm": "Storm Idris" names one dated happening
    publishing_verbs: frozenset[str]  # "release": "released a statement saying ..." issues it
    as_told_verbs: frozenset[str]  # "note": "as she noted, ..." reports the main clause
    wording_verbs: frozenset[str]  # "read": '"...," the notice read' gives its words
    noun_determiners: frozenset[str]  # "a", "her": "a masked gunman" opens a noun phrase
    object_pronouns: frozenset[str]  # "him": "shot him" names the one acted on
    passive_auxiliaries: frozenset[str]  # "was", "had been": "was stabbed" is a passive
    perfect_auxiliaries: frozenset[str]  # "had": "had stabbed her" is the one acting
    place_bodies: frozenset[str]  # "police": "the Brennick police" names a place's body
    question_words: frozenset[str]  # wh_words and asked_if: what opens a question asked
    speaks_for: frozenset[str]  # speaking_bodies and spokespeople


# the lists of the file; the other fields of SharedWords are made of them
_SHARED_LISTS = (
    "wh_words",
    "asked_if",
    "speaking_bodies",
    "spokespeople",
    "aimed_at_preps",
    "prospect_modals",
    "comparatives",
    "object_elsewhere_verbs",
    "poll_shares",
    "first_person_plural",
    "plural_pronouns",
    "act_aim_preps",
    "title_small_words",
    "coordinators",
    "simultaneous_marks",
    "commitment_verbs",
    "act_object_verbs",
    "praise_verbs",
    "headline_labels",
    "purpose_requests",
    "named_happening_heads",
    "publishing_verbs",
    "as_told_verbs",
    "wording_verbs",
    "noun_determiners",
    "object_pronouns",
    "passive_auxiliaries",
    "perfect_auxiliaries",
    "place_bodies",
)


@functools.lru_cache(maxsize=1)
def shared_words() -> SharedWords:
    """The lists of ``data/shared_words.json``."""
    raw = data.json_data("data/shared_words.json")
    lists: dict[str, frozenset[str]] = {}
    for name in _SHARED_LISTS:
        value = raw.get(name)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ConfigError(
                f"shared_words.json: {name!r} is not a list of words; restore the list"
            )
        lists[name] = frozenset(value)
    return SharedWords(
        **lists,
        question_words=lists["wh_words"] | lists["asked_if"],
        speaks_for=lists["speaking_bodies"] | lists["spokespeople"],
    )


def shared_lists() -> dict[str, list[str]]:
    """Every set of :class:`SharedWords` by its name, sorted (for the rule files that name a
    shared list: the idioms' "@question_words")."""
    words = shared_words()
    return {name: sorted(getattr(words, name)) for name in SharedWords.__dataclass_fields__}


# ---- statement nouns ---------------------------------------------------------------------------

NOUN_KINDS = frozenset({"medium", "act"})
# cue verbs that also say what a fact is evidence of ("the attack indicates that ...", "the
# trip suggests ..."): words only when someone, or a medium, is their subject
EVIDENCE_VERBS = frozenset(
    {
        "suggest",
        "imply",
        "indicate",
        "signal",
        "highlight",
        "underline",
        "underscore",
        "show",
        "demonstrate",
        "reveal",
    }
)


@functools.lru_cache(maxsize=1)
def _statement_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for n, row in enumerate(data.tsv("data/statement_nouns.tsv"), 1):
        if len(row) != 2 or row[1] not in NOUN_KINDS:
            raise ConfigError(
                f"statement_nouns.tsv: row {n} ({'|'.join(row)}) is not a noun, a tab and its "
                "kind (medium or act): fix the row"
            )
        table[row[0]] = row[1]
    return table


@functools.lru_cache(maxsize=1)
def statement_nouns() -> frozenset[str]:
    """Nouns for something an author issues, media and acts ("statement", "report", "letter",
    "decision", "bid"): what acts for its author ("a report accusing X": the author accuses)."""
    return frozenset(_statement_table())


@functools.lru_cache(maxsize=1)
def media_nouns() -> frozenset[str]:
    """Nouns for a medium that carries someone's words ("statement", "video", "poll")."""
    return frozenset(w for w, kind in _statement_table().items() if kind == "medium")


def is_medium(tok: Token) -> bool:
    """Whether a token's lemma or form is a medium noun ("statement", "remarks")."""
    media = media_nouns()
    return lemma(tok) in media or tok.lower_ in media


# ---- authors -----------------------------------------------------------------------------------

_AUTHOR_PREPS = frozenset({"by", "from", "of"})


def author_words(noun: Token, *, publisher_first: bool = False) -> list[Token]:
    """The words of a statement noun's phrase that may name its author, in text order: its
    possessors ("the ministry's statement", "his remarks" in "a video of his remarks"), agents
    and the objects of "by", "from" and "of" ("a report from X", "a video posted by X"). With
    ``publisher_first``, the objects of "by" come first (the publisher before the owner of the
    words)."""
    toks = [t for t in noun.subtree if t.i != noun.i]
    if publisher_first:
        toks.sort(key=lambda t: t.dep_ != "pobj" or t.head.lower_ != "by")
    return [
        t
        for t in toks
        if t.dep_ in {"poss", "agent"} or (t.dep_ == "pobj" and t.head.lower_ in _AUTHOR_PREPS)
    ]


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition; of a gerund clause with a subject ("by the ministry
    calling it ..."), that subject."""
    out: list[Token] = []
    for c in prep.children:
        if c.dep_ == "pobj":
            out.append(c)
        elif c.dep_ == "pcomp":
            subj = [s for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
            out.extend(subj or [c])
    return out


def statement_author(noun: Token) -> list[Token] | None:
    """Who issued a statement noun, as its own dependents say: its possessor ("the ministry's
    report"), else the objects of its "by" or "from" ("a letter from X"). None when the noun has
    neither (the caller may look further, e.g. to the subject of "put out a report")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return [c]
        if c.dep_ == "prep" and lemma(c) in ("by", "from"):
            return prep_objects(c)
    return None


# ---- datelines ---------------------------------------------------------------------------------

_PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")  # a blank line, as quotes.paragraphs splits
_DATELINE_ENDS = frozenset({",", "(", "-", "\u2014", "\u2013"})
_BEFORE_DATELINE = " ,([-\u2014"
DASHES = frozenset({"-", "--", "\u2014", "\u2013"})  # a dash as its own token


def _caps_place(word: str) -> bool:
    return word.isupper() and len(word) > 2


def starts_paragraph(text: str, pos: int) -> bool:
    """Whether ``pos`` (not white space) is the first character of a blank-line separated
    paragraph of ``text``."""
    k = pos
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k == 0 or _PARA_BREAK.search(text, k, pos) is not None


def _ends_place(rest: str) -> bool:
    """Whether the text after an all-caps word goes on with more of the place ("LOS ANGELES")
    and then a comma, a bracket or a dash."""
    rest = rest.lstrip(" ")
    while rest[:1].isupper() and rest.split(" ", 1)[0].strip(",(").isupper():
        word = rest.split(" ", 1)[0]
        rest = rest[len(word) :].lstrip(" ") if not word.endswith(",") else "," + rest[len(word) :]
    return rest[:1] in _DATELINE_ENDS


def hold_text(doc: Doc, text: str) -> None:
    """Keep ``text``, which is ``doc.text`` read more cheaply elsewhere (``sayso.nlp.text_of``),
    as the text of ``doc`` (see :func:`_text_of`)."""
    _held(doc)["text"] = text


def hold_words(doc: Doc, tokens: list[Token], lemmas: list[str]) -> None:
    """Keep ``tokens`` (``list(doc)``) and ``lemmas`` (each token's lower-cased lemma), read
    once elsewhere (``sayso.nlp.tokens_of``, ``lemmas_of``), for :func:`lemma` and
    :func:`match_cue` on ``doc`` (each ``doc[i]`` makes a new Token)."""
    held = _held(doc)
    held["tokens"], held["lemmas"] = tokens, lemmas


def _tokens(doc: Doc) -> list[Token] | Doc:
    """The Tokens of ``doc`` held by :func:`hold_words` (``doc[i]`` and a slice of ``doc`` make
    new Tokens and a Span each time), else ``doc`` itself, indexed and sliced alike."""
    last_doc, answers = _LAST_DOC[0]  # (read without replacing the pair: see _held)
    tokens: list[Token] | None = answers.get("tokens") if last_doc is doc else None
    return doc if tokens is None else tokens


def _text_of(doc: Doc) -> str:
    """``doc.text`` (spaCy joins every token's text each time): kept for the last document."""
    held = _held(doc)
    if "text" not in held:
        held["text"] = doc.text
    text: str = held["text"]
    return text


def is_dateline(tok: Token) -> bool:
    """An all-caps place at the very start of a paragraph, before a comma, a bracket or a dash
    ("BRUSSELS (Agency) -", "LOS ANGELES, May 2 -")."""
    if not _caps_place(tok.text):
        return False
    held = _held(tok.doc)  # the answer kept for the last document
    key = ("dateline", tok.i)
    if key not in held:
        held[key] = _opens_dateline(tok)
    answer: bool = held[key]
    return answer


def _opens_dateline(tok: Token) -> bool:
    text = _text_of(tok.doc)
    end = tok.idx + len(tok.text)
    if not _ends_place(text[end : end + 40]):
        return False
    lo = tok.idx
    while lo > 0 and text[lo - 1] in _BEFORE_DATELINE:
        lo -= 1
    return any(not text[p].isspace() and starts_paragraph(text, p) for p in range(lo, tok.idx + 1))


def spaced_dash(tok: Token) -> bool:
    """A dash set off by a space before it (a dateline's "CITY - "), not a hyphen."""
    return tok.text in DASHES and (tok.i > 0 and bool(_tokens(tok.doc)[tok.i - 1].whitespace_))


def past_dateline(subj: Token, verb: Token, start: int) -> Token:
    """The real subject of ``verb`` when the parser took a dateline for it ("ALGIERS, Algeria -
    Police have arrested ..."): the head of the noun phrase between the dash and the verb;
    else ``subj``. ``start``: the first token of ``subj``'s sentence."""
    if subj.i - start > 3:
        return subj
    tokens = _tokens(subj.doc)
    dash = next((t.i for t in tokens[subj.i + 1 : verb.i] if spaced_dash(t)), None)
    if dash is None or not (
        _caps_place(subj.text) or dash - start <= 8
    ):  # "ALGIERS - ...", "Tehran, March 15, IRNA - ..."
        return subj
    span = range(dash + 1, verb.i)
    heads = [
        t
        for t in tokens[dash + 1 : verb.i]
        if t.pos_ in ("NOUN", "PROPN") and (t.head.i not in span or t.head.i == t.i)
    ]
    return heads[0] if heads else subj


# the words that open an adverbial clause of time or cause (never what was said)
SUBORDINATORS = frozenset(
    {"after", "before", "since", "until", "as", "because", "when", "while", "once"}
)


def subject_in_phrase_before(verb: Token, start: int) -> Token | None:
    """ "X won after his rival, Jane Doe, conceded that ...", "a day after mortar fire killed a
    farmer": the parser took the subordinator for a preposition and the subject of the finite
    verb of its clause for its object; the subject is that object, whose phrase ends right
    before the verb. ``start``: the first token of the verb's sentence. None for a verb that
    is no such clause (its own subject is found the usual way)."""
    if verb.dep_ not in {"advcl", "conj"} or verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    tokens = _tokens(verb.doc)
    j = verb.i - 1
    while j > start and tokens[j].is_punct:
        j -= 1
    for k in range(j, start - 1, -1):
        t = tokens[k]
        if t.pos_ in {"VERB", "AUX"}:
            return None
        if t.dep_ == "pobj" and t.right_edge.i >= j and t.head.lower_ in SUBORDINATORS:
            return t
    return None


# ---- furniture: sentences that are no claim -----------------------------------------------------

PROMO_HEAD_WORDS = 6  # words between "More from" and the colon of a promoted headline
SHORT_PROMO_WORDS = 15  # a short line that starts with a boilerplate phrase ending in " *"
CREDIT_WORDS = 30  # a credit line ("Reporting by ...") is at most this long
_CONTACT_WORDS = "data/contact_words.txt"
_NAME_WORDS = r"(?:[A-Z][\w.'’-]*\s*){1,4}"
_BY = re.compile(rf"(?i:by)\s+{_NAME_WORDS}(?:(?:,|and|&)\s*{_NAME_WORDS})*")
# an e-mail address or a telephone number, its last four digits perhaps spelt in letters
# ("1-800-555-HELP")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-](?:\d{4}|[A-Z]{4})\b")


@dataclass(frozen=True, slots=True)
class _Furniture:
    phrase: re.Pattern[str]  # any boilerplate phrase, at the start
    prefix: re.Pattern[str]  # a phrase that may start a short line ("Read more: ...")
    captions: tuple[str, ...]
    bylines: tuple[str, ...]
    contact: re.Pattern[str]  # a word that offers an address or a number (data/contact_words.txt)


def phrase_alternation(entries: list[str]) -> str:
    """A regular-expression alternation of ``entries`` (any run of spaces in a phrase matches
    any whitespace), longest first; one that matches nothing when there is none."""
    parts = sorted({re.escape(p).replace(r"\ ", r"\s+") for p in entries}, key=len, reverse=True)
    return "|".join(parts) or "(?!)"


@functools.cache
def _furniture() -> _Furniture:
    entries = data.lines("data/boilerplate.txt")
    phrases = [e.removesuffix(" *").strip() for e in entries]
    prefixes = [e.removesuffix(" *").strip() for e in entries if e.endswith(" *")]
    return _Furniture(
        re.compile(rf"(?:{phrase_alternation(phrases)})(?!\w)", re.I),
        re.compile(rf"(?:{phrase_alternation(prefixes)})(?!\w)", re.I),
        # a line starting "..." is what follows a credit (cleanup reads it), no caption start
        tuple(p.casefold() for p in data.lines("data/captions.txt") if not p.startswith("...")),
        tuple(p.casefold() for p in data.lines("data/bylines.txt")),
        re.compile(rf"\b(?:{phrase_alternation(data.lines(_CONTACT_WORDS))})(?!\w)", re.I),
    )


def not_a_claim(sentence: str) -> bool:
    """Whether a sentence is page furniture rather than something a report states: a
    promotion or boilerplate ("More from <site>: ...", "Read more", "Sign up for our
    newsletter"; ``data/boilerplate.txt``, the cleanup's table), a byline or credit
    (``data/bylines.txt``, "By Jane Doe"), a caption (``data/captions.txt``), a contact line
    (an e-mail address or a telephone number to contact, reach, call or write to, or a help
    line's: "Reach the author at jo@example.com", "The crisis hotline is 1-800-555-0199";
    ``data/contact_words.txt``)."""
    text = " ".join(sentence.split()).lstrip("•·▪►*-–— ")  # a bullet before a promoted link
    if not any(ch.isalnum() for ch in text):
        return True
    f = _furniture()
    if _ADDRESS.search(text) and f.contact.search(text):
        return True
    low = text.casefold()
    words = len(text.split())
    if low.startswith(f.captions) or (low.startswith(f.bylines) and words <= CREDIT_WORDS):
        return True
    if _BY.fullmatch(text.rstrip(".")):
        return True
    if words <= SHORT_PROMO_WORDS and f.prefix.match(text):
        return True
    m = f.phrase.match(text)
    if not m:
        return False
    head = text[m.end() :].split()[:PROMO_HEAD_WORDS]
    return not head or any(w[-1] in ":|»›" or w in ("-", "–", "—") for w in head)
