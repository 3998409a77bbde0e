"""Stories: documents that report one real-world event.

Each document becomes a TF-IDF vector in four blocks (content words, names, numbers, dates; see
``features.py``); two documents are as similar as the weighted mean of their blocks' cosines
(weights in ``StoryOptions``; a block one document lacks counts as 0), lowered when their
publication dates lie far apart.
Batch clustering is average-linkage agglomerative clustering cut at ``StoryOptions.threshold``;
incremental assignment (``StoryIndex.add``) clusters a new document again together with the
stories near it (the same linkage and threshold) and leaves the rest of the index as it is.
Two incidents of one kind (two DUI arrests of players of one team, two piracy raids foiled by one
navy) share most of their words; when two groups of several reports each keep naming something
the other group never mentions (the ship), or each mostly open with a person the other seldom
opens with (the player), the groups are held apart (``apart``).
Near-duplicates (wire copies) are found apart with MinHash
(``copies``). The thresholds are fixed here and the same for every corpus.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt

from ..types import Record, stable_id
from .features import DocFeatures, body_text, doc_features

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class StoryOptions:
    """How stories are formed. The defaults are the settings Sayso ships: one set for all."""

    threshold: float = 0.16  # least average similarity for two groups to be one story
    # weight of each block's cosine in the similarity: content words, names, numbers, dates
    weights: tuple[tuple[str, float], ...] = (("w", 1.0), ("n", 1.0), ("#", 0.35), ("d", 0.35))
    date_window: int = 10  # days between publication dates before similarity is lowered
    date_penalty: float = 0.5  # how much: similarity times this beyond the window
    copy_threshold: float = 0.80  # estimated Jaccard of word 5-shingles for a near-duplicate
    shingle: int = 5
    permutations: int = 96
    near: float = 0.5  # incremental: stories within near * threshold of a new document are
    # clustered again together with it
    # two groups of at least ``apart_size`` reports, each with ``apart_terms`` salient names (in
    # ``apart_share`` of its reports) that the other group never mentions, are reports of two
    # incidents of one kind: their similarity counts ``apart_penalty`` times
    apart_size: int = 5
    apart_terms: int = 1
    apart_share: float = 0.5
    apart_penalty: float = 0.5
    # ... and so are two such groups whose reports mostly (``lead_share``) open with a person
    # that the other group's reports seldom (at most ``lead_other``) open with, both ways
    lead_share: float = 0.8
    lead_other: float = 1 / 3


@dataclass(frozen=True, slots=True)
class StoryResult:
    """Story of each document (by position in the input), story ids in order of first member,
    and near-duplicate pairs (positions)."""

    labels: tuple[str, ...]
    copies: tuple[tuple[int, int], ...] = ()

    def members(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for i, s in enumerate(self.labels):
            out.setdefault(s, []).append(i)
        return out


def story_id(first_member: str) -> str:
    """The id of a story: a stable hash of its first document's id."""
    return stable_id("s", first_member)


# -- vectors ---------------------------------------------------------------------------------


class Vectorizer:
    """TF-IDF in blocks, with document frequencies that grow as documents are added."""

    def __init__(self, options: StoryOptions) -> None:
        self.options = options
        self.df: Counter[str] = Counter()
        self.n = 0

    def add(self, feats: DocFeatures) -> None:
        self.n += 1
        for key, counts in feats.blocks().items():
            self.df.update(f"{key}:{t}" for t in counts)

    def vector(self, feats: DocFeatures) -> dict[str, float]:
        out: dict[str, float] = {}
        weights = dict(self.options.weights)
        total = sum(weights.values()) or 1.0
        for key, counts in feats.blocks().items():
            block: dict[str, float] = {}
            for t, c in counts.items():
                term = f"{key}:{t}"
                df = self.df.get(term, 0)
                block[term] = (1.0 + math.log(c)) * (math.log((1 + self.n) / (1 + df)) + 1.0)
            norm = math.sqrt(sum(v * v for v in block.values()))
            if norm:
                # the dot product of two vectors is the weighted mean of their block cosines
                w = math.sqrt(weights.get(key, 0.0) / total)
                out.update({t: w * v / norm for t, v in block.items()})
        return out


def _days(a: str | None, b: str | None) -> int | None:
    try:
        if a is None or b is None:
            return None
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def _date_factor(a: str | None, b: str | None, options: StoryOptions) -> float:
    gap = _days(a, b)
    return options.date_penalty if gap is not None and gap > options.date_window else 1.0


def similarity_matrix(feats: Sequence[DocFeatures], options: StoryOptions) -> FloatArray:
    vec = Vectorizer(options)
    for f in feats:
        vec.add(f)
    vocab: dict[str, int] = {}
    rows = [vec.vector(f) for f in feats]
    for r in rows:
        for t in r:
            vocab.setdefault(t, len(vocab))
    m = np.zeros((len(rows), max(1, len(vocab))))
    for i, r in enumerate(rows):
        for t, v in r.items():
            m[i, vocab[t]] = v
    sim: FloatArray = m @ m.T
    for i in range(len(feats)):
        for j in range(i + 1, len(feats)):
            k = _date_factor(feats[i].published, feats[j].published, options)
            if k != 1.0:
                sim[i, j] *= k
                sim[j, i] *= k
    return sim


# -- batch -----------------------------------------------------------------------------------


def exclusive(a: Sequence[DocFeatures], b: Sequence[DocFeatures], options: StoryOptions) -> int:
    """How many salient terms of group ``a`` (in ``options.apart_share`` of its documents) no
    document of group ``b`` mentions."""
    counts = Counter(t for f in a for t in f.salient)
    return sum(
        1
        for t, k in counts.items()
        if k >= options.apart_share * len(a) and not any(t in f.terms for f in b)
    )


def leads_with(a: Sequence[DocFeatures], b: Sequence[DocFeatures], options: StoryOptions) -> bool:
    """Whether most documents of group ``a`` open with a person that few of group ``b`` open
    with (``options.lead_share``, ``options.lead_other``)."""
    counts = Counter(t for f in a for t in f.lead)
    return any(
        k >= options.lead_share * len(a)
        and sum(t in f.lead for f in b) <= options.lead_other * len(b)
        for t, k in counts.items()
    )


def apart(a: Sequence[DocFeatures], b: Sequence[DocFeatures], options: StoryOptions) -> bool:
    """Whether groups ``a`` and ``b`` report two incidents: both are large enough and each has
    ``options.apart_terms`` salient terms the other never mentions, or each mostly opens with
    a person the other seldom opens with (the arrested player, the ship). One name that later
    reports add is not enough: it must go both ways."""
    if min(len(a), len(b)) < options.apart_size:
        return False
    if (
        exclusive(a, b, options) >= options.apart_terms
        and exclusive(b, a, options) >= options.apart_terms
    ):
        return True
    return leads_with(a, b, options) and leads_with(b, a, options)


def average_linkage(
    sim: FloatArray,
    threshold: float,
    feats: Sequence[DocFeatures] | None = None,
    options: StoryOptions | None = None,
) -> list[int]:
    """Cluster labels: merge the two groups with the highest average similarity while it is at
    least ``threshold`` (agglomerative, average linkage). With ``feats``, the similarity of two
    groups that are ``apart`` is lowered by ``options.apart_penalty``."""
    options = options or StoryOptions()
    n = sim.shape[0]
    groups: dict[int, list[int]] = {i: [i] for i in range(n)}
    total = sim.copy()  # sum of similarities between groups
    np.fill_diagonal(total, -np.inf)
    size = np.ones(n)
    alive = np.ones(n, dtype=bool)
    checked: dict[tuple[int, int], float] = {}  # group pairs found apart, until either changes
    while len(groups) > 1:
        avg = total / np.outer(size, size)
        avg[~alive, :] = -np.inf
        avg[:, ~alive] = -np.inf
        for (i, j), k in checked.items():
            avg[i, j] *= k
            avg[j, i] *= k
        idx = int(np.argmax(avg))
        i, j = divmod(idx, n)
        if avg[i, j] < threshold:
            break
        if j < i:
            i, j = j, i
        if (
            feats is not None
            and (i, j) not in checked
            and apart([feats[x] for x in groups[i]], [feats[x] for x in groups[j]], options)
        ):
            checked[(i, j)] = options.apart_penalty
            continue
        checked = {k: v for k, v in checked.items() if i not in k and j not in k}
        groups[i].extend(groups.pop(j))
        total[i, :] += total[j, :]
        total[:, i] += total[:, j]
        total[i, i] = -np.inf
        size[i] += size[j]
        alive[j] = False
        total[j, :] = -np.inf
        total[:, j] = -np.inf
    labels = [0] * n
    for g, members in groups.items():
        for m in members:
            labels[m] = g
    return labels


def cluster(records: Sequence[Record], options: StoryOptions | None = None) -> StoryResult:
    """Group ``records`` into stories in one pass over all of them."""
    options = options or StoryOptions()
    if not records:
        return StoryResult(())
    feats = [doc_features(r) for r in records]
    sim = similarity_matrix(feats, options)
    pairs = copies([body_text(r) for r in records], options)
    for i, j in pairs:  # copies are one story whatever the rest says
        sim[i, j] = sim[j, i] = max(sim[i, j], 1.0)
    labels = average_linkage(sim, options.threshold, feats, options)
    first: dict[int, str] = {}
    for i, g in enumerate(labels):
        first.setdefault(g, records[i].id)
    return StoryResult(tuple(story_id(first[g]) for g in labels), tuple(pairs))


# -- incremental -----------------------------------------------------------------------------


@dataclass
class StoryIndex:
    """Stories built one document at a time: ``add`` assigns a document to an existing story or
    starts a new one, without re-clustering. Seed it with stored assignments via ``load``."""

    options: StoryOptions = field(default_factory=StoryOptions)
    _vec: Vectorizer | None = None
    _feats: list[DocFeatures] = field(default_factory=list)
    _labels: list[str] = field(default_factory=list)
    _ids: list[str] = field(default_factory=list)
    _sigs: list[FloatArray] = field(default_factory=list)
    _copies: set[tuple[int, int]] = field(default_factory=set)

    @property
    def vectorizer(self) -> Vectorizer:
        if self._vec is None:
            self._vec = Vectorizer(self.options)
        return self._vec

    @property
    def labels(self) -> list[str]:
        return list(self._labels)

    @property
    def copies(self) -> set[tuple[int, int]]:
        return set(self._copies)

    def load(self, record: Record, story: str) -> None:
        """Take in a document whose story is already known (e.g. from the store)."""
        self._append(record, doc_features(record), story)

    def _append(self, record: Record, feats: DocFeatures, story: str) -> None:
        self.vectorizer.add(feats)
        self._feats.append(feats)
        self._labels.append(story)
        self._ids.append(record.id)
        self._sigs.append(minhash(body_text(record), self.options))

    def add(self, record: Record) -> tuple[str, int | None]:
        """Assign ``record`` to a story; returns the story id and, when the document is a
        near-duplicate of one already in, that document's position.

        Only the stories near the new document are looked at again: the new document and the
        members of every story it is close to are clustered among themselves (average linkage,
        the batch threshold), which may move a few documents between those stories; the rest
        of the index is untouched.
        """
        feats = doc_features(record)
        sig = minhash(body_text(record), self.options)
        copy_of: int | None = None
        for i, other in enumerate(self._sigs):
            if float(np.mean(sig == other)) >= self.options.copy_threshold:
                copy_of = i
                break
        n = len(self._feats)
        self._append(record, feats, story_id(record.id))
        if copy_of is not None:
            self._copies.add((copy_of, n))
        self._recluster_near(n)
        return self._labels[n], copy_of

    def _recluster_near(self, n: int) -> None:
        vec = self.vectorizer
        v = vec.vector(self._feats[n])
        members: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self._labels[:n]):
            members[s].append(i)
        sims: dict[int, float] = {}
        near: list[str] = []
        for story, idx in members.items():
            total = 0.0
            for i in idx:
                sims[i] = self._sim(v, n, i)
                total += sims[i]
            if total / len(idx) >= self.options.threshold * self.options.near:
                near.append(story)
        if not near:
            return
        local = [i for s in near for i in members[s]] + [n]
        vectors = {i: vec.vector(self._feats[i]) for i in local}
        m = np.zeros((len(local), len(local)))
        for a, i in enumerate(local):
            for b in range(a + 1, len(local)):
                j = local[b]
                m[a, b] = m[b, a] = self._sim(vectors[i], i, j, vectors[j])
        pos = {i: a for a, i in enumerate(local)}
        for i, j in self._copies:
            if i in pos and j in pos:
                m[pos[i], pos[j]] = m[pos[j], pos[i]] = max(m[pos[i], pos[j]], 1.0)
        groups = average_linkage(
            m, self.options.threshold, [self._feats[i] for i in local], self.options
        )
        first: dict[int, int] = {}
        for a, g in enumerate(groups):
            first.setdefault(g, local[a])
        old = {i: self._labels[i] for i in local}
        for a, g in enumerate(groups):
            # a group keeps the id of the story most of it came from, when that story is
            # not already given to a larger part; else it is named after its first document
            self._labels[local[a]] = f"#{first[g]}"
        named: set[str] = set()
        by_group: dict[str, list[int]] = defaultdict(list)
        for i in local:
            by_group[self._labels[i]].append(i)
        for idx in sorted(by_group.values(), key=len, reverse=True):
            votes = Counter(old[i] for i in idx if i != n)
            name = next((s for s, _ in votes.most_common() if s not in named), None)
            if name is None:
                name = story_id(self._ids[min(idx)])
            named.add(name)
            for i in idx:
                self._labels[i] = name

    def _sim(self, v: dict[str, float], i: int, j: int, w: dict[str, float] | None = None) -> float:
        if w is None:
            w = self.vectorizer.vector(self._feats[j])
        s = sum(val * w.get(t, 0.0) for t, val in v.items())
        return s * _date_factor(self._feats[i].published, self._feats[j].published, self.options)


def incremental(records: Iterable[Record], options: StoryOptions | None = None) -> StoryResult:
    """Stories formed one document at a time, in input order (as a feed would arrive)."""
    index = StoryIndex(options or StoryOptions())
    for rec in records:
        index.add(rec)
    return StoryResult(tuple(index.labels), tuple(sorted(index.copies)))


# -- near-duplicates -------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+")
_PRIME = (1 << 61) - 1


def _shingles(text: str, k: int) -> set[int]:
    words = _TOKEN.findall(text.lower())
    if len(words) < k:
        words = words + [""] * (k - len(words))
    out: set[int] = set()
    for i in range(len(words) - k + 1):
        h = hashlib.blake2b(" ".join(words[i : i + k]).encode(), digest_size=7).digest()
        out.add(int.from_bytes(h, "big"))
    return out


def _permutations(n: int) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    rng = np.random.default_rng(20240501)  # fixed: signatures must compare across runs
    a = rng.integers(1, 1 << 31, size=n, dtype=np.uint64)
    b = rng.integers(0, 1 << 31, size=n, dtype=np.uint64)
    return a, b


def minhash(text: str, options: StoryOptions) -> FloatArray:
    """The MinHash signature of ``text``'s word shingles (``options.permutations`` values)."""
    sh = _shingles(text, options.shingle)
    a, b = _permutations(options.permutations)
    x = np.fromiter((s & 0x7FFFFFFF for s in sh), dtype=np.uint64, count=len(sh))
    # (a * x + b) mod p with 31-bit a and x stays below 2**63: no overflow in uint64
    hashed = (np.outer(a, x) + b[:, None]) % np.uint64(2147483647)
    sig: FloatArray = hashed.min(axis=1).astype(np.float64)
    return sig


def copies(texts: Sequence[str], options: StoryOptions | None = None) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of near-duplicate texts (estimated shingle Jaccard at least
    ``options.copy_threshold``)."""
    options = options or StoryOptions()
    sigs = [minhash(t, options) for t in texts]
    out: list[tuple[int, int]] = []
    for i in range(len(sigs)):
        for j in range(i + 1, len(sigs)):
            if float(np.mean(sigs[i] == sigs[j])) >= options.copy_threshold:
                out.append((i, j))
    return out


def assignments(ids: Sequence[str], result: StoryResult) -> list[dict[str, str]]:
    """The ``sayso stories`` lines: ``{"id", "story"}`` per document, in input order."""
    return [{"id": i, "story": s} for i, s in zip(ids, result.labels, strict=True)]


def story_summary(records: Sequence[Record]) -> dict[str, object]:
    """Title, first and last date, and outlets of a story's documents."""
    dated = sorted((r.meta.published or "9999", n) for n, r in enumerate(records))
    first = records[dated[0][1]] if dated else None
    title = None
    if first is not None:
        title = first.meta.title or _first_line(body_text(first))
    dates = sorted(r.meta.published for r in records if r.meta.published)
    outlets = sorted({r.meta.outlet for r in records if r.meta.outlet})
    return {
        "title": title,
        "first_date": dates[0] if dates else None,
        "last_date": dates[-1] if dates else None,
        "outlets": outlets,
    }


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("http"):
            return line[:160]
    return None


def by_story(labels: Mapping[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for doc, story in labels.items():
        out.setdefault(story, []).append(doc)
    return out
