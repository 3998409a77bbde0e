"""Stories: documents that report one real-world event.

Each document becomes a TF-IDF vector in four blocks (content words, names, numbers, dates; see
``features.py``; scikit-learn's ``TfidfVectorizer``, sublinear term frequency, smoothed idf);
two documents are as similar as the weighted mean of their blocks' cosines (weights in
``StoryOptions``; a block one document lacks counts as 0), lowered when their publication dates
lie far apart.
Batch clustering is agglomerative with weighted-average linkage (WPGMA; SciPy's
``linkage(method="weighted")`` on the distance 1 - similarity), cut at ``StoryOptions.threshold``:
when two groups merge, the new group's similarity to a third is the plain mean of its two
branches' similarities, so a large branch does not outvote a small one and two incidents of one
kind (each with several reports that share the kind's words) meet only as two equal branches.
Incremental assignment (``StoryIndex.add``) clusters a new document again together with the
stories near it (the same linkage and threshold) and leaves the rest of the index as it is.
Names weigh twice the content words: two incidents of one kind share their words, not their
people, places and things. There is no rule for particular topics: one similarity, one linkage,
one threshold, chosen by cross-validating across the two development corpora (bench/stories_cv.py).
Near-duplicates (wire copies) are found apart with MinHash over word shingles (``datasketch``:
``MinHashLSH`` proposes candidates, each checked against ``copy_threshold``). The thresholds are
fixed here and the same for every corpus.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer

from ..types import Record, stable_id
from .features import DocFeatures, body_text, doc_features

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


@dataclass(frozen=True, slots=True)
class StoryOptions:
    """How stories are formed. The defaults are the settings Sayso ships: one set for all."""

    threshold: float = 0.16  # least linkage similarity for two groups to be one story
    # weight of each block's cosine in the similarity: content words, names, numbers, dates
    weights: tuple[tuple[str, float], ...] = (("w", 0.5), ("n", 1.0), ("#", 0.35), ("d", 0.35))
    date_window: int = 10  # days between publication dates before similarity is lowered
    date_penalty: float = 0.5  # how much: similarity times this beyond the window
    copy_threshold: float = 0.80  # estimated Jaccard of word 5-shingles for a near-duplicate
    # MinHashLSH proposes pairs from this estimated Jaccard on (each then checked against
    # ``copy_threshold``): well below it, so that a pair at the threshold is seldom missed
    copy_candidates: float = 0.5
    shingle: int = 5
    permutations: int = 96
    near: float = 0.5  # incremental: stories within near * threshold of a new document are
    # clustered again together with it


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


# -- similarity ------------------------------------------------------------------------------

Similarity = Callable[[Sequence[int], Sequence[int]], FloatArray]


def _terms(counts: Counter[str]) -> list[str]:
    return list(counts.elements())


def _tfidf() -> TfidfVectorizer:
    """TF-IDF of one block: (1 + ln tf) * (ln((1 + n) / (1 + df)) + 1), rows of unit length."""
    return TfidfVectorizer(analyzer=_terms, sublinear_tf=True, smooth_idf=True, norm="l2")


def _day(published: str | None) -> float:
    """The day number of a publication date (its first ten characters), NaN when unknown."""
    if not published:
        return float("nan")
    try:
        return float(date.fromisoformat(published[:10]).toordinal())
    except ValueError:
        return float("nan")


def similarity(feats: Sequence[DocFeatures], options: StoryOptions) -> Similarity:
    """The similarity of documents of ``feats``: called with two lists of positions, the matrix
    of the weighted mean of their block cosines (document frequencies over all of ``feats``),
    times ``options.date_penalty`` where their publication dates lie more than
    ``options.date_window`` days apart."""
    weights = dict(options.weights)
    total = sum(weights.values()) or 1.0
    blocks = []
    for key, weight in weights.items():
        docs = [f.blocks().get(key, Counter()) for f in feats]
        if weight and any(docs):
            blocks.append((weight / total, _tfidf().fit_transform(docs)))
    days = np.array([_day(f.published) for f in feats], dtype=np.float64)

    def sim(rows: Sequence[int], cols: Sequence[int]) -> FloatArray:
        out = np.zeros((len(rows), len(cols)), dtype=np.float64)
        if out.size == 0:
            return out
        for weight, x in blocks:  # rows of unit length: their products are the cosines
            out += weight * (x[list(rows)] @ x[list(cols)].T).toarray()
        # an unknown date (NaN) is not far from any other
        gap = np.nan_to_num(np.abs(np.subtract.outer(days[list(rows)], days[list(cols)])))
        out[gap > options.date_window] *= options.date_penalty
        return out

    return sim


def similarity_matrix(feats: Sequence[DocFeatures], options: StoryOptions) -> FloatArray:
    """The similarity of every two documents of ``feats`` (see ``similarity``)."""
    every = range(len(feats))
    return similarity(feats, options)(every, every)


def _join_copies(sim: FloatArray, pairs: Iterable[tuple[int, int]]) -> None:
    """Near-duplicates are one story whatever the rest says: their similarity is at least 1."""
    for i, j in pairs:
        sim[i, j] = sim[j, i] = max(sim[i, j], 1.0)


# -- batch -----------------------------------------------------------------------------------


def agglomerate(sim: FloatArray, threshold: float) -> list[int]:
    """Cluster labels of the documents of the similarity matrix ``sim``: merge the two closest
    groups while their linkage similarity is at least ``threshold``; the similarity of a merged
    group to another is the mean of its two branches' (weighted-average linkage, WPGMA)."""
    n = sim.shape[0]
    if n < 2:
        return [0] * n
    distance = np.clip(1.0 - sim, 0.0, None)
    distance = (distance + distance.T) / 2
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="weighted")
    # a distance at most the next float up from 1 - threshold: a similarity of exactly
    # ``threshold`` still merges
    cut = float(np.nextafter(1.0 - threshold, np.inf))
    return [int(g) for g in fcluster(tree, cut, criterion="distance")]


def _story_labels(labels: Sequence[int], ids: Sequence[str]) -> tuple[str, ...]:
    """Story ids of cluster ``labels``: each cluster named after its first document."""
    first: dict[int, str] = {}
    for g, doc in zip(labels, ids, strict=True):
        first.setdefault(g, doc)
    return tuple(story_id(first[g]) for g in labels)


def cluster(records: Sequence[Record], options: StoryOptions | None = None) -> StoryResult:
    """Group ``records`` into stories in one pass over all of them."""
    options = options or StoryOptions()
    if not records:
        return StoryResult(())
    feats = [doc_features(r) for r in records]
    sim = similarity_matrix(feats, options)
    pairs = copies([body_text(r) for r in records], options)
    _join_copies(sim, pairs)
    labels = agglomerate(sim, options.threshold)
    return StoryResult(_story_labels(labels, [r.id for r in records]), tuple(pairs))


# -- incremental -----------------------------------------------------------------------------


@dataclass
class StoryIndex:
    """Stories built one document at a time: ``add`` assigns a document to an existing story or
    starts a new one, without re-clustering. Seed it with stored assignments via ``load``."""

    options: StoryOptions = field(default_factory=StoryOptions)
    _feats: list[DocFeatures] = field(default_factory=list)
    _labels: list[str] = field(default_factory=list)
    _ids: list[str] = field(default_factory=list)
    _sigs: list[MinHash] = field(default_factory=list)
    _lsh: MinHashLSH | None = None
    _copies: set[tuple[int, int]] = field(default_factory=set)

    @property
    def labels(self) -> list[str]:
        return list(self._labels)

    @property
    def copies(self) -> set[tuple[int, int]]:
        return set(self._copies)

    def load(self, record: Record, story: str) -> None:
        """Take in a document whose story is already known (e.g. from the store)."""
        self._append(record, doc_features(record), story, minhash(body_text(record), self.options))

    def _append(self, record: Record, feats: DocFeatures, story: str, sig: MinHash) -> None:
        if self._lsh is None:
            self._lsh = _lsh(self.options)
        self._lsh.insert(len(self._sigs), sig)
        self._feats.append(feats)
        self._labels.append(story)
        self._ids.append(record.id)
        self._sigs.append(sig)

    def _copy_of(self, sig: MinHash) -> int | None:
        """The first document in that ``sig`` is a near-duplicate of, if any."""
        if self._lsh is None:
            return None
        found = (
            int(i)
            for i in self._lsh.query(sig)
            if sig.jaccard(self._sigs[i]) >= self.options.copy_threshold
        )
        return min(found, default=None)

    def add(self, record: Record) -> tuple[str, int | None]:
        """Assign ``record`` to a story; returns the story id and, when the document is a
        near-duplicate of one already in, that document's position.

        Only the stories near the new document are looked at again: the new document and the
        members of every story it is close to are clustered among themselves (the batch linkage
        and threshold), which may move a few documents between those stories; the rest
        of the index is untouched.
        """
        sig = minhash(body_text(record), self.options)
        copy_of = self._copy_of(sig)
        n = len(self._feats)
        self._append(record, doc_features(record), story_id(record.id), sig)
        if copy_of is not None:
            self._copies.add((copy_of, n))
        self._recluster_near(n)
        return self._labels[n], copy_of

    def _recluster_near(self, n: int) -> None:
        """Cluster document ``n`` again together with the members of the stories near it."""
        sim = similarity(self._feats, self.options)
        local = [*self._near(sim, n), n]
        if len(local) == 1:
            return
        m = sim(local, local)
        pos = {i: a for a, i in enumerate(local)}
        _join_copies(m, [(pos[i], pos[j]) for i, j in self._copies if i in pos and j in pos])
        groups = agglomerate(m, self.options.threshold)
        self._rename(local, groups, n)

    def _near(self, sim: Similarity, n: int) -> list[int]:
        """The members of the stories whose average similarity to document ``n`` is at least
        ``options.near`` times the threshold."""
        members: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self._labels[:n]):
            members[s].append(i)
        to_new = sim([n], range(n))[0]
        least = self.options.threshold * self.options.near
        return [i for idx in members.values() if to_new[idx].mean() >= least for i in idx]

    def _rename(self, local: Sequence[int], groups: Sequence[int], n: int) -> None:
        """Story ids of the groups of ``local``: a group keeps the id of the story most of it
        came from, when that story is not already given to a larger part; else it is named
        after its first document."""
        by_group: dict[int, list[int]] = defaultdict(list)
        for i, g in zip(local, groups, strict=True):
            by_group[g].append(i)
        named: list[tuple[str, list[int]]] = []
        for idx in sorted(by_group.values(), key=len, reverse=True):
            votes = Counter(self._labels[i] for i in idx if i != n)
            taken = {name for name, _ in named}
            name = next((s for s, _ in votes.most_common() if s not in taken), None)
            named.append((story_id(self._ids[min(idx)]) if name is None else name, idx))
        for name, idx in named:
            for i in idx:
                self._labels[i] = name


def incremental(records: Iterable[Record], options: StoryOptions | None = None) -> StoryResult:
    """Stories formed one document at a time, in input order (as a feed would arrive)."""
    index = StoryIndex(options or StoryOptions())
    for rec in records:
        index.add(rec)
    return StoryResult(tuple(index.labels), tuple(sorted(index.copies)))


# -- near-duplicates -------------------------------------------------------------------------

_TOKEN = re.compile(r"\w+")
_SEED = 20240501  # fixed: signatures must compare across runs


def _shingles(text: str, k: int) -> set[bytes]:
    words = _TOKEN.findall(text.lower())
    if len(words) < k:
        words = words + [""] * (k - len(words))
    return {" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)}


def minhash(text: str, options: StoryOptions) -> MinHash:
    """The MinHash signature of ``text``'s word shingles (``options.permutations`` values)."""
    sig = MinHash(num_perm=options.permutations, seed=_SEED)
    sig.update_batch(_shingles(text, options.shingle))
    return sig


def _lsh(options: StoryOptions) -> MinHashLSH:
    return MinHashLSH(threshold=options.copy_candidates, num_perm=options.permutations)


def copies(texts: Sequence[str], options: StoryOptions | None = None) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of near-duplicate texts (estimated shingle Jaccard at least
    ``options.copy_threshold``)."""
    options = options or StoryOptions()
    lsh = _lsh(options)
    sigs: list[MinHash] = []
    out: list[tuple[int, int]] = []
    for j, text in enumerate(texts):
        sig = minhash(text, options)
        out.extend(
            (int(i), j) for i in lsh.query(sig) if sig.jaccard(sigs[i]) >= options.copy_threshold
        )
        lsh.insert(j, sig)
        sigs.append(sig)
    return sorted(out)


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
