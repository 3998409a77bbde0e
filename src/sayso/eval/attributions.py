"""Score attributions against gold annotations (the PolNeAR-style JSONL format).

Gold: one article a line, ``{"id", "text", "attributions": [{"kind", "source": [Span],
"cue": [Span], "content": [Span]}]}``. Predictions: Sayso records (docs/record.md).

* content overlap: a prediction is right when its content shares a letter or digit with a gold
  content; a gold is found when some prediction overlaps it.
* content exact: the same with equal boundaries (punctuation and quote marks at the ends
  ignored).
* speaker: over overlap-matched pairs whose gold has a source, right when the predicted source
  span overlaps the gold source or a name word of the resolved speaker (pronouns, titles and
  determiners dropped) occurs in the gold source text.
* end to end (e2e): content overlaps a gold and the speaker is right (a gold with no source
  wants a prediction with neither source nor speaker).
* subsets: ``all`` and ``quoted`` (gold direct and mixed; predictions with quoted characters).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, json_problem

_PUNCT = " \t\n\"'“”‘’«».,;:!?()[]—–-"
_QUOTES = set('"“”«»')
_STOPWORDS = {
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "his", "its", "their",
    "the", "a", "an", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sen", "sen.",
    "rep", "rep.", "gov", "gov.", "president", "of", "and",
}  # fmt: skip


@dataclass
class Counts:
    tp_pred: int = 0
    n_pred: int = 0
    tp_gold: int = 0
    n_gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_pred / self.n_pred if self.n_pred else 0.0
        r = self.tp_gold / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class Scores:
    overlap: dict[str, Counts] = field(default_factory=dict)
    exact: dict[str, Counts] = field(default_factory=dict)
    e2e: dict[str, Counts] = field(default_factory=dict)
    speaker: dict[str, list[int]] = field(default_factory=dict)
    kind_recall: dict[str, list[int]] = field(default_factory=dict)
    missing_docs: int = 0

    def summary(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for subset in ("all", "quoted"):
            prefix = "" if subset == "all" else "quoted_"
            for name, table in (
                ("content", self.overlap),
                ("exact", self.exact),
                ("e2e", self.e2e),
            ):
                p, r, f = table[subset].prf()
                out[f"{prefix}{name}_p"], out[f"{prefix}{name}_r"] = p, r
                out[f"{prefix}{name}_f1"] = f
            right, total = self.speaker[subset]
            out[f"{prefix}speaker_acc"] = right / total if total else 0.0
        for kind, (found, total) in self.kind_recall.items():
            out[f"recall_{kind}"] = found / total if total else 0.0
        return out


def _alnum(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if text[i].isalnum()}


def _quoted_chars(text: str) -> set[int]:
    """Offsets inside quotation marks (a blank line closes an open quote)."""
    inside: set[int] = set()
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch in _QUOTES:
            open_at = i if open_at is None else None
        elif ch == "\n" and text[i + 1 : i + 2] == "\n":
            open_at = None
        elif open_at is not None:
            inside.add(i)
    return inside


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _PUNCT:
        start += 1
    while end > start and text[end - 1] in _PUNCT:
        end -= 1
    return start, end


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[\w.'-]+", name.casefold()) if w not in _STOPWORDS]


@dataclass
class _Item:
    chars: set[int]
    bounds: set[tuple[int, int]]
    source: list[tuple[int, int]]
    name: str | None
    quoted: bool
    kind: str


def _gold_items(doc: dict[str, Any], quoted: set[int]) -> list[_Item]:
    text = doc["text"]
    out = []
    for a in doc.get("attributions", []):
        chars = set().union(*(_alnum(text, c["start"], c["end"]) for c in a["content"]))
        out.append(
            _Item(
                chars=chars,
                bounds={_trimmed(text, c["start"], c["end"]) for c in a["content"]},
                source=[(s["start"], s["end"]) for s in a.get("source", [])],
                name=None,
                quoted=a.get("kind") in {"direct", "mixed"},
                kind=str(a.get("kind")),
            )
        )
    return out


def _pred_items(rec: dict[str, Any], quoted: set[int]) -> list[_Item]:
    text = rec["text"]
    names = {e["id"]: e["name"] for e in rec.get("entities", [])}
    out = []
    for a in rec.get("attributions", []):
        chars = set().union(set(), *(_alnum(text, c["start"], c["end"]) for c in a["content"]))
        src = a.get("source")
        name = names.get(a.get("speaker") or "") or (src["text"] if src else None)
        out.append(
            _Item(
                chars=chars,
                bounds={_trimmed(text, c["start"], c["end"]) for c in a["content"]},
                source=[(src["start"], src["end"])] if src else [],
                name=name,
                quoted=bool(chars & quoted),
                kind=str(a.get("kind")),
            )
        )
    return out


def _speaker_ok(text: str, pred: _Item, gold: _Item) -> bool:
    if not gold.source:
        return not pred.source and not pred.name
    if any(ps < ge and gs < pe for ps, pe in pred.source for gs, ge in gold.source):
        return True
    gold_text = " ".join(text[s:e] for s, e in gold.source).casefold()
    gold_words = set(re.findall(r"[\w.'-]+", gold_text))
    return any(w in gold_words for w in _name_words(pred.name or ""))


def score(gold: Iterable[dict[str, Any]], pred: Iterable[dict[str, Any]]) -> Scores:
    by_id = {r["id"]: r for r in pred}
    sc = Scores()
    for subset in ("all", "quoted"):
        sc.overlap[subset], sc.exact[subset], sc.e2e[subset] = Counts(), Counts(), Counts()
        sc.speaker[subset] = [0, 0]
    for doc in gold:
        rec = by_id.get(doc["id"])
        if rec is None:
            sc.missing_docs += 1
            rec = {"text": doc["text"], "attributions": [], "entities": []}
        if rec["text"] != doc["text"]:
            raise InputError(
                f"record {doc['id']!r}: its text differs from the gold text; "
                "score records made from this gold file's texts"
            )
        quoted = _quoted_chars(doc["text"])
        golds = _gold_items(doc, quoted)
        preds = _pred_items(rec, quoted)
        for g in golds:
            found = [p for p in preds if p.chars & g.chars]
            sc.kind_recall.setdefault(g.kind, [0, 0])
            sc.kind_recall[g.kind][1] += 1
            sc.kind_recall[g.kind][0] += bool(found)
        for subset in ("all", "quoted"):
            gs = [g for g in golds if subset == "all" or g.quoted]
            ps = [p for p in preds if subset == "all" or p.quoted]
            _count(doc["text"], gs, ps, sc, subset)
    return sc


def _count(text: str, gs: list[_Item], ps: list[_Item], sc: Scores, subset: str) -> None:
    ov, ex, e2e = sc.overlap[subset], sc.exact[subset], sc.e2e[subset]
    ov.n_gold += len(gs)
    ex.n_gold += len(gs)
    e2e.n_gold += len(gs)
    ov.n_pred += len(ps)
    ex.n_pred += len(ps)
    e2e.n_pred += len(ps)
    for g in gs:
        hits = [p for p in ps if p.chars & g.chars]
        ov.tp_gold += bool(hits)
        ex.tp_gold += any(p.bounds == g.bounds for p in hits)
        e2e.tp_gold += any(_speaker_ok(text, p, g) for p in hits)
    for p in ps:
        hits = [g for g in gs if p.chars & g.chars]
        ov.tp_pred += bool(hits)
        ex.tp_pred += any(p.bounds == g.bounds for g in hits)
        e2e.tp_pred += any(_speaker_ok(text, p, g) for g in hits)
        with_source = [g for g in hits if g.source]
        if with_source:
            sc.speaker[subset][1] += 1
            sc.speaker[subset][0] += any(_speaker_ok(text, p, g) for g in with_source)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        raise InputError(f"{path}: no such file; give a JSONL file")
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{path} line {n}: not valid JSON ({json_problem(exc)}); fix the line"
                ) from None
            if not isinstance(row, dict) or "id" not in row or "text" not in row:
                raise InputError(f"{path} line {n}: needs an object with id and text")
            out.append(row)
    return out


def report(sc: Scores) -> str:
    lines = ["subset  metric            P      R      F1"]
    for subset in ("all", "quoted"):
        for name, table in (
            ("content overlap", sc.overlap),
            ("content exact", sc.exact),
            ("end-to-end", sc.e2e),
        ):
            p, r, f = table[subset].prf()
            lines.append(f"{subset:<7} {name:<16} {p:.3f}  {r:.3f}  {f:.3f}")
    for subset in ("all", "quoted"):
        right, total = sc.speaker[subset]
        lines.append(
            f"{subset:<7} speaker accuracy  {right / total if total else 0:.3f}  (n={total})"
        )
    for kind, (found, total) in sorted(sc.kind_recall.items()):
        lines.append(f"recall of gold {kind}: {found / total if total else 0:.3f} (n={total})")
    summ = sc.summary()
    lines.append(
        "summary "
        + " ".join(
            f"{k}={summ[k]:.3f}"
            for k in ("e2e_f1", "quoted_e2e_f1", "content_f1", "exact_f1", "speaker_acc")
        )
        + f" missing_docs={sc.missing_docs}"
    )
    return "\n".join(lines)
