"""A fallback PLOVER coder for sentences the verb patterns leave without an event (opt-in).

The patterns of ``events.py`` decide wherever they match. In a sentence that names two or more
actors (PERSON, ORG, GPE, NORP) and got no event from the patterns, the verb whose own subject
and object (or target preposition) both name entities is taken (reporting verbs such as "said"
are passed over; the one nearest the root wins a tie). Its clause, at most ``WINDOW`` words
either side, is compared as a sentence vector (``sayso.embed``, all-MiniLM-L6-v2) with the
prototype sentences of ``sayso/data/plover_prototypes.tsv``: invented examples and the codebook
definition of each type, and a NONE set of sentences that report no act. A type's score is the
mean cosine of its ``TOP_K`` nearest prototypes; the clause takes the best type when that is not
NONE, scores at least ``MIN_SCORE`` and leads the runner-up by ``MIN_MARGIN``. The event is then
built like a pattern event on that verb (actors, mode, date, place, attribution); negated ones
are dropped, and so is any type but REJECT in a sentence with a negation.

Nothing marks these events as the fallback's in the record (docs/record.md: it has no
confidence field); their trigger is the bare verb.

It runs only with ``SAYSO_EVENT_FALLBACK=1`` (see ``enabled()`` for why), and is skipped without
error when the model package is not installed (``sayso.embed.available()``). The prototype
vectors are shipped precomputed (``plover_prototypes.npz``, keyed by a hash of the table and
checked by the tests) so that a process runs the model on its own sentences only;
``python -m sayso.pipeline.event_types --rebuild`` remakes them after the table is edited.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from .. import embed
from .. import resources as data
from ..config import env_flag
from ..errors import ConfigError
from ..types import PLOVER_TYPES, Event, stable_id

if TYPE_CHECKING:  # pragma: no cover
    from .events import _Coder

TABLE = "data/plover_prototypes.tsv"
VECTORS = "data/plover_prototypes.npz"
NONE = "NONE"
TOP_K = 2  # a type's score: the mean cosine of its TOP_K nearest prototypes
MIN_SCORE = 0.35  # the best type's score must reach this ...
MIN_MARGIN = 0.03  # ... and lead the second best type by this much
WINDOW = (10, 14)  # what is embedded: the anchor verb's clause, at most this many words before
# and after the verb (the model's cost grows with the length, and the act is near its verb)
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True, slots=True)
class Prototypes:
    types: tuple[str, ...]  # the type of each row
    texts: tuple[str, ...]
    vectors: npt.NDArray[np.float32]  # (rows, 384), unit length
    labels: tuple[str, ...]  # the distinct types, in table order


def table_rows() -> list[tuple[str, str]]:
    """(type, text) of every prototype row, definitions included."""
    rows = []
    for n, row in enumerate(data.tsv(TABLE), 1):
        if len(row) != 3 or row[0] not in (*PLOVER_TYPES, NONE) or row[1] not in ("def", "ex"):
            raise ConfigError(
                f"plover_prototypes.tsv: row {n} ({'|'.join(row)}) is not "
                "type<TAB>def|ex<TAB>text with a PLOVER type or NONE: see the file's header"
            )
        rows.append((row[0], row[2].strip()))
    return rows


def table_hash(rows: Sequence[tuple[str, str]]) -> str:
    text = "\n".join(f"{t}\t{s}" for t, s in rows)
    return hashlib.sha256(f"{embed.MODEL_PACKAGE}\n{text}".encode()).hexdigest()


def _shipped(digest: str) -> npt.NDArray[np.float32] | None:
    try:
        raw = resources.files("sayso").joinpath(VECTORS).read_bytes()
    except FileNotFoundError:
        return None
    with np.load(io.BytesIO(raw), allow_pickle=False) as npz:
        if str(npz["hash"]) != digest:
            return None
        return np.asarray(npz["vectors"], dtype=np.float32)


@functools.lru_cache(maxsize=1)
def prototypes() -> Prototypes:
    """The prototype table and its vectors: the shipped ones when they match the table, else
    computed now (needs the model)."""
    rows = table_rows()
    vectors = _shipped(table_hash(rows))
    if vectors is None or len(vectors) != len(rows):
        vectors = embed.encode([s for _, s in rows])
    types = tuple(t for t, _ in rows)
    return Prototypes(
        types=types,
        texts=tuple(s for _, s in rows),
        vectors=vectors,
        labels=tuple(dict.fromkeys(types)),
    )


def rebuild() -> str:
    """Recompute ``plover_prototypes.npz`` beside the table (a source checkout); its path."""
    rows = table_rows()
    vectors = embed.encode([s for _, s in rows])
    path = str(resources.files("sayso").joinpath(VECTORS))
    with open(path, "wb") as f:
        np.savez_compressed(f, vectors=vectors, hash=np.array(table_hash(rows)))
    return path


def enabled() -> bool:
    """Whether the fallback runs here: SAYSO_EVENT_FALLBACK=1 and the model is installed.

    Off by default: on PLV train it moves accuracy by +0.2 to +0.4 points and macro-F1 by -0.3
    to 0 (the patterns already code most sentences), while it costs about 20% more time on
    news articles (a quarter of their sentences name two actors without a coded event)."""
    if not env_flag("SAYSO_EVENT_FALLBACK"):  # Settings.event_fallback, read per document
        return False
    return embed.available()


def scores(vectors: npt.NDArray[np.float32]) -> list[list[tuple[str, float]]]:
    """For each sentence vector, (type, score) of every type, best first."""
    protos = prototypes()
    sims = vectors @ protos.vectors.T  # (sentences, rows)
    type_index = np.array([protos.labels.index(t) for t in protos.types])
    out = []
    for row in sims:
        per: list[tuple[str, float]] = []
        for j, label in enumerate(protos.labels):
            vals = np.sort(row[type_index == j])[::-1][:TOP_K]
            per.append((label, float(vals.mean())))
        per.sort(key=lambda p: -p[1])
        out.append(per)
    return out


def decide(ranked: Sequence[tuple[str, float]]) -> tuple[str, float] | None:
    """The type of a ranked score list, or None when NONE wins or the lead is unclear."""
    (best, score), (_, second) = ranked[0], ranked[1]
    if best == NONE or score < MIN_SCORE or score - second < MIN_MARGIN:
        return None
    return best, score


def embed_types(texts: Sequence[str]) -> list[tuple[str, float] | None]:
    """``embed_type`` for many texts in one batch."""
    if not texts:
        return []
    return [decide(r) for r in scores(embed.encode(list(texts)))]


def embed_type(text: str) -> tuple[str, float] | None:
    """The PLOVER type nearest to a sentence and its score, or None (NONE nearest, or too close
    a call). Raises ConfigError when the model is not installed (see ``enabled()``)."""
    return embed_types([text])[0]


# -- the hook in events.py ------------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def reporting_verbs() -> frozenset[str]:
    """Verbs that report rather than act ("said", "told", "believes"): the attribution cues."""
    from .attributions import cue_table

    return frozenset(
        lemma
        for lemma, cues in cue_table().items()
        if any(len(c.lemmas) == 1 and c.cls in ("speech", "report", "belief") for c in cues)
    ) | {"be", "have"}


def _anchor(coder: _Coder, sent: Any) -> Any:
    """The verb of a sentence, not a reporting verb, whose own subject and object (or target
    preposition) both name entities: the one naming the most, nearest the root on a tie; or
    None."""
    from .events import ROLES

    best: tuple[int, int] | None = None
    anchor = None
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() in reporting_verbs():
            continue
        source, target = coder.verb_args(tok, ROLES["dir"])
        source = [i for i in source if coder.state.entity(i) is not None]
        target = [i for i in target if i not in source and coder.state.entity(i) is not None]
        if not (source and target):
            continue
        depth, cur = 0, tok
        while cur.head.i != cur.i and depth < 50:
            cur, depth = cur.head, depth + 1
        key = (len(set(source + target)), -depth)
        if best is None or key > best:
            best, anchor = key, tok
    return anchor


def _window(verb: Any) -> str:
    """The verb's clause, at most WINDOW words either side."""
    lo = max(verb.left_edge.i, verb.i - WINDOW[0], verb.sent.start)
    hi = min(verb.right_edge.i, verb.i + WINDOW[1], verb.sent.end - 1)
    return str(verb.doc[lo : hi + 1].text)


def fallback_events(coder: _Coder, events: Sequence[Event]) -> list[Event]:
    """Events for the sentences that name two or more actors and got none from the patterns."""
    if not enabled():
        return []
    from .events import COOPERATIVE_TYPES, Pattern, _Candidate

    state = coder.state
    coded = [e.trigger.start for e in events]
    skip = [f.span for f in state.meta.flags if f.kind in coder.words.skip_flags]
    anchors = []
    for sent in state.doc.sents:
        lo, hi = sent.start_char, sent.end_char
        if any(lo <= s < hi for s in coded) or any(s.start <= lo < s.end for s in skip):
            continue
        actors = set()
        for _, eid in state.mentions_in(lo, hi):
            ent = state.entity(eid)
            if ent is not None and ent.type in ACTOR_TYPES:
                actors.add(eid)
        if len(actors) < 2:
            continue
        verb = _anchor(coder, sent)
        if verb is not None:
            anchors.append((sent, verb))
    if not anchors:
        return []
    out: list[Event] = []
    decided = embed_types([_window(verb) for _, verb in anchors])
    for (sent, verb), hit in zip(anchors, decided, strict=True):
        if hit is None:
            continue
        type_ = hit[0]
        if type_ != "REJECT" and any(t.dep_ == "neg" for t in sent):
            continue  # "do not form a bloc": the sentence vector does not see the negation
        pattern = Pattern(type_, "verb", frozenset(), False, False, "dir")
        cand = _Candidate(verb, pattern, [])
        coder.fill(cand)
        # entities of the entities stage only: no nominal actors made up for the occasion
        source = [i for i in dict.fromkeys(cand.source) if state.entity(i) is not None]
        target = [
            i for i in dict.fromkeys(cand.target) if i not in source and state.entity(i) is not None
        ]
        mode = coder.mode(cand)
        if mode == "refused" and type_ in COOPERATIVE_TYPES:
            type_, mode = "REJECT", None
        if mode in ("negated", "refused") or not (source or target):
            continue
        trigger = coder.trigger_span(cand)
        out.append(
            Event(
                id=stable_id("ev", state.document.id, trigger.start, type_),
                type=type_,
                mode=mode,
                source=tuple(source),
                target=tuple(target),
                trigger=trigger,
                date=coder.date(cand),
                location=coder.location(cand, {*source, *target}),
                attribution=coder.attribution(trigger),
            )
        )
    return out


def main(argv: Sequence[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="The embedding fallback's prototype vectors.")
    ap.add_argument("--rebuild", action="store_true", help="recompute plover_prototypes.npz")
    ap.add_argument("text", nargs="*", help="sentences to classify")
    a = ap.parse_args(argv)
    if a.rebuild:
        print(rebuild())
    for text, ranked in zip(a.text, scores(embed.encode(a.text)), strict=True):
        top = ", ".join(f"{t} {s:.3f}" for t, s in ranked[:3])
        print(f"{decide(ranked)}\t{top}\t{text}")


if __name__ == "__main__":  # pragma: no cover
    main()
