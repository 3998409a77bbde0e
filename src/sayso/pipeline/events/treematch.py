"""spaCy ``DependencyMatcher`` patterns matched in plain Python, for the idiom rules: the same
matches in the same order, without spaCy's per-call costs (a token ``Matcher`` run over the text
for every node, a Python predicate called for every token and every ``IN`` list, and a copy of
each sentence). A pattern is a list of nodes; the first is the anchor, each later one names an
earlier one (``LEFT_ID``) and how it stands to it (``REL_OP``). Only the operators, attributes and
predicates below are read: any other is an error when the pattern is compiled, never a silent
miss.

Matches are what spaCy gives: every tuple of tokens, one a node, each satisfying its node's
attributes and its relation to its left node, all in one dependency tree, in lexicographic order
of the token indices taken in the pattern's node order."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy
from spacy.strings import get_string_id

from ...nlp import child_ids_of, heads_of, sentence_bounds, tokens_of

# pattern attribute -> the column of ``Doc.to_array`` it is compared with (as spaCy's Matcher
# compares it: the string's id against the token's)
_COLUMNS: dict[str, str] = {
    "LEMMA": "LEMMA",
    "LOWER": "LOWER",
    "POS": "POS",
    "TAG": "TAG",
    "DEP": "DEP",
    "ENT_TYPE": "ENT_TYPE",
    "ORTH": "ORTH",
    "TEXT": "ORTH",
}
_ARRAY: list[int | str] = ["LEMMA", "LOWER", "POS", "TAG", "DEP", "ENT_TYPE", "ORTH"]

# the relations read (spaCy's meaning): '>' a child, '<' the head, '>>' a descendant, ';' the
# token just before (in the same tree), '.' the token just after (in the same tree), '>+' a
# child just after
OPERATORS = frozenset({">", "<", ">>", ";", ".", ">+"})


@dataclass(frozen=True)
class Test:
    """One attribute of a node: its column's value is one of ``values`` (or none of them)."""

    column: int  # position in ``_ARRAY``
    values: frozenset[int]
    inside: bool = True  # False: NOT_IN


@dataclass(frozen=True)
class Node:
    tests: tuple[Test, ...]
    left: int = -1  # the earlier node this one stands to; -1 for the anchor
    op: str = ""


@dataclass(frozen=True)
class TreePattern:
    nodes: tuple[Node, ...]
    anchor: Test | None = None  # a test of the first node that requires values: the fewest
    # a node that is a child (or the head) of the anchor and one of its tests that finds fewer
    # tokens than the anchor's own: the anchors are looked for next to the tokens it finds
    driver: tuple[int, Test] | None = None


# how few tokens a test of a column finds, by the column (the fewest first): a word, a tag, a
# relation, an entity type, a part of speech; no test at all finds every token
_RANK: dict[str, int] = {"LEMMA": 0, "LOWER": 0, "ORTH": 0, "TAG": 1, "DEP": 2, "ENT_TYPE": 3}
_NO_TEST = 5


def _rank(test: Test | None) -> tuple[int, int]:
    if test is None:
        return (_NO_TEST, 0)
    return (_RANK.get(str(_ARRAY[test.column]), _NO_TEST - 1), len(test.values))


def _driver(nodes: list[Node], anchor: Test | None) -> tuple[int, Test] | None:
    """The test of a node next to the anchor (its child or its head) that finds fewer tokens
    than the anchor's own test, or None where none does."""
    best: tuple[int, Test] | None = None
    for k, node in enumerate(nodes):
        if k == 0 or node.left != 0 or node.op not in (">", ">+", "<"):
            continue
        for t in node.tests:
            if t.inside and _rank(t) < _rank(best[1] if best else anchor):
                best = (k, t)
    return best


def _anchor_test(tests: tuple[Test, ...]) -> Test | None:
    """The test of the anchor whose tokens are looked up rather than every token scanned: one
    that requires words if any (few tokens have them), else any that requires values."""
    inside = [t for t in tests if t.inside]
    words = [t for t in inside if _ARRAY[t.column] in ("LEMMA", "LOWER", "ORTH")]
    return min(words or inside, key=lambda t: len(t.values), default=None)


def compile_pattern(
    pattern: tuple[dict[str, object], ...] | list[dict[str, object]],
) -> TreePattern:
    """A DependencyMatcher pattern as :class:`TreePattern`; ValueError names what it cannot read."""
    ids: dict[str, int] = {}
    nodes: list[Node] = []
    for k, raw in enumerate(pattern):
        unknown = set(raw) - {"RIGHT_ID", "RIGHT_ATTRS", "LEFT_ID", "REL_OP"}
        if unknown:
            raise ValueError(f"node keys {sorted(unknown)} are not read")
        attrs = raw.get("RIGHT_ATTRS", {})
        if not isinstance(attrs, dict):
            raise ValueError("RIGHT_ATTRS is not a mapping")
        tests = tuple(_test(attr, value) for attr, value in attrs.items())
        if k == 0:
            if "LEFT_ID" in raw or "REL_OP" in raw:
                raise ValueError("the first node names no left node")
            node = Node(tests)
        else:
            left, op = raw.get("LEFT_ID"), raw.get("REL_OP")
            if not isinstance(left, str) or left not in ids:
                raise ValueError(f"LEFT_ID {left!r} names no earlier node")
            if op not in OPERATORS:
                raise ValueError(f"REL_OP {op!r} is not read; read are {sorted(OPERATORS)}")
            node = Node(tests, ids[left], str(op))
        right = raw.get("RIGHT_ID")
        if not isinstance(right, str) or right in ids:
            raise ValueError(f"RIGHT_ID {right!r} is missing or repeated")
        ids[right] = k
        nodes.append(node)
    anchor = _anchor_test(nodes[0].tests)
    return TreePattern(tuple(nodes), anchor, _driver(nodes, anchor))


def _test(attr: str, value: object) -> Test:
    column = _COLUMNS.get(attr)
    if column is None:
        raise ValueError(f"attribute {attr!r} is not read; read are {sorted(_COLUMNS)}")
    at = _ARRAY.index(column)
    if isinstance(value, str):
        return Test(at, frozenset({get_string_id(value)}))
    if isinstance(value, dict) and len(value) == 1:
        ((predicate, values),) = value.items()
        if predicate in ("IN", "NOT_IN") and isinstance(values, list):
            if not all(isinstance(v, str) for v in values):
                raise ValueError(f"{attr} {predicate}: every value is a string")
            ids = frozenset(get_string_id(v) for v in values)
            return Test(at, ids, predicate == "IN")
    raise ValueError(f"{attr}: {value!r} is neither a string nor one IN or NOT_IN list")


class Tree:
    """What the patterns read of one parsed Doc: the attribute columns, the heads, the children
    and the root of each token. Made once per document."""

    def __init__(self, doc: Any) -> None:
        n = len(doc)
        self.columns: list[list[int]] = doc.to_array(_ARRAY).T.tolist()
        # the heads and children read once per document and shared with the other readers
        self.head: list[int] = heads_of(doc)
        self.children: list[list[int]] = child_ids_of(doc)
        head = numpy.array(self.head, dtype="int64")
        # each token's root: the head's head and so on, every token's at once, each step
        # doubling the reach (a root is its own head; a tree has no cycle)
        root = head
        while n and not numpy.array_equal(up := root[root], root):
            root = up
        self.root: list[int] = root.tolist()
        self._doc = doc
        # the sentences, each of whole trees where no token's head lies outside its sentence:
        # a pattern's tokens then all lie in the sentence of its anchor
        bounds = sentence_bounds(doc)
        firsts = numpy.zeros(n, dtype="int64")
        firsts[[start for start, _ in bounds[1:]]] = 1
        sentence = firsts.cumsum()
        self._sentences = set(bounds) if bool((sentence[head] == sentence).all()) else set()
        self._span: dict[int, tuple[int, int]] = {}  # root -> (left edge, right edge) of its tree

    def _anchors(self, pattern: TreePattern, start: int, end: int) -> list[int]:
        """The tokens in ``start:end`` that may be the anchor: the heads (or children) of the
        tokens the pattern's driver finds, where it has one and ``start:end`` holds whole trees;
        else those with one of the values of its anchor test, or all."""
        if pattern.driver is not None and self._whole(start, end):
            k, driver = pattern.driver
            column, values = self.columns[driver.column], driver.values
            found = [j for j in range(start, end) if column[j] in values]
            if not found:
                return found
            if pattern.nodes[k].op == "<":  # the anchor is a child of the token found
                near = {i for j in found for i in self.children[j]}
            else:  # the anchor is the head of the token found
                head = self.head
                near = {head[j] for j in found if head[j] != j}
            return sorted(i for i in near if start <= i < end)
        test = pattern.anchor
        if test is None:
            return list(range(start, end))
        column, values = self.columns[test.column], test.values
        return [i for i in range(start, end) if column[i] in values]

    def _whole(self, start: int, end: int) -> bool:
        """Whether tokens ``start:end`` hold whole trees: the whole document, or a sentence no
        head crosses."""
        return (start == 0 and end == len(self.head)) or (start, end) in self._sentences

    def _passes(self, i: int, tests: tuple[Test, ...]) -> bool:
        columns = self.columns
        for t in tests:  # noqa: SIM110 (a loop: all() on a generator costs twice as much here)
            if (columns[t.column][i] in t.values) is not t.inside:
                return False
        return True

    def _related(self, i: int, op: str) -> list[int]:
        """The tokens that stand in ``op`` to the token at ``i``, ascending."""
        if op == ">":
            return self.children[i]
        if op == "<":
            return [] if self.head[i] == i else [self.head[i]]
        if op == ">>":
            out: list[int] = []
            todo = list(self.children[i])
            while todo:
                j = todo.pop()
                out.append(j)
                todo.extend(self.children[j])
            return sorted(out)
        if op in (";", "."):
            root = self.root[i]
            span = self._span.get(root)
            if span is None:
                tok = tokens_of(self._doc)[root]
                span = self._span[root] = (tok.left_edge.i, tok.right_edge.i)
            j = i - 1 if op == ";" else i + 1
            return [j] if span[0] <= j <= span[1] else []
        # '>+': the child just after
        j = i + 1
        return [j] if j < len(self.head) and self.head[j] == i and j != i else []

    def matches(self, pattern: TreePattern, start: int, end: int) -> Iterator[tuple[int, ...]]:
        """Every match of ``pattern`` whose anchor lies in tokens ``start:end``, as the token
        index of each node."""
        nodes = pattern.nodes
        chosen: list[int] = []
        anchor = nodes[0].tests
        for i in self._anchors(pattern, start, end):
            if self._passes(i, anchor):
                chosen.append(i)
                yield from self._extend(nodes, chosen, 1)
                chosen.pop()

    def _extend(
        self, nodes: tuple[Node, ...], chosen: list[int], k: int
    ) -> Iterator[tuple[int, ...]]:
        """The matches that complete ``chosen`` (the tokens of ``nodes[:k]``) from node ``k``
        on. A method rather than a closure that calls itself: such a closure is a reference
        cycle that would keep the Tree alive until the garbage collector's next pass."""
        if k == len(nodes):
            yield tuple(chosen)
            return
        node = nodes[k]
        root = self.root[chosen[0]]
        for j in self._related(chosen[node.left], node.op):
            if self.root[j] == root and self._passes(j, node.tests):
                chosen.append(j)
                yield from self._extend(nodes, chosen, k + 1)
                chosen.pop()
