"""The accounts of a story claim by claim, the way an analyst reads them: a view over the
divergences of a ``sayso compare`` line, nothing found anew.

Divergences whose evidence shares a sentence are one claim. For each claim, every report of the
story gets its own sentence (the evidence's; else the sentence ``align`` lines up with it) and a
status: ``carries`` (asserts it), ``contradicts``, ``omits``, ``qualifies`` (hedges it or credits
it to someone), ``attributes`` (credits it to someone else) or ``unclear`` (no sentence of it and
no finding). The values that differ are marked in each sentence (``marks``: offsets into the
report's text): a contradiction's ``values``, else the two values its ``about`` names ("was /
now: ..."), a qualification's hedge, an attribution's speakers. Claims every report carries with
no divergence come last, as ``agreed``: ``align``'s lines (word overlap) and the paraphrases the
meaning-based matching aligns (``matching.agreed``). Order: contradictions, omissions
(most central first, as found), qualifications and attributions, then agreed claims.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from ..types import Record, Span
from .divergences import Claim

__all__ = ["STATUSES", "by_claim", "parts"]

# a report's status for a claim, for the side of a divergence of each kind it stands on
_OTHER = {
    "contradiction": "contradicts",
    "omission": "omits",
    "qualification": "qualifies",
    "attribution": "attributes",
}
STATUSES = ("contradicts", "omits", "qualifies", "attributes", "carries", "unclear")
# when a report stands in several divergences of one claim, the first of these says it
_PRIORITY = ("contradicts", "qualifies", "attributes", "carries", "omits")
_RANK = {"contradiction": 0, "omission": 1, "qualification": 2, "attribution": 2, "agreed": 3}
_PAIR = re.compile(r"^(.{1,60}?) / (.{1,60}?): ")
_WHY = re.compile(r"\(([^()]{1,60})\)$")
CLAIM_WORDS = 12  # words of the claim's own sentence that name it


def _values(v: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """What to mark in the sentences of ``v``'s ``asserted_by`` and of its ``other``."""
    values = v.get("values") or []
    if len(values) == 2:
        return [str(values[0])], [str(values[1])]
    about = str(v.get("about") or "")
    m = _PAIR.match(about)
    if m and v["kind"] in ("contradiction", "attribution"):
        return [m.group(1)], [m.group(2)]
    w = _WHY.search(about)
    if w and v["kind"] == "qualification":
        why = w.group(1).removeprefix("according to ")
        return [], [why]
    return [], []


def _find(text: str, offset: int, value: str) -> list[tuple[int, int]]:
    """Where ``value`` stands in ``text`` (at ``offset`` in its report), as a whole word."""
    if not value.strip():
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)", re.IGNORECASE)
    return [(offset + m.start(), offset + m.end()) for m in pattern.finditer(text)]


class _Groups:
    """Divergences joined into claims by the sentences (document, start) their evidence shares."""

    def __init__(self, divergences: Sequence[Mapping[str, Any]]) -> None:
        self.parent = list(range(len(divergences)))
        first: dict[tuple[str, int], int] = {}
        for k, v in enumerate(divergences):
            for e in v["evidence"]:
                key = (str(e["doc"]), int(e["start"]))
                if key in first:
                    self.join(first[key], k)
                else:
                    first[key] = k

    def root(self, k: int) -> int:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def join(self, a: int, b: int) -> None:
        ra, rb = self.root(a), self.root(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _merged(found: set[tuple[int, int]]) -> list[list[int]]:
    """Marks in order, those that overlap or touch made one ("Hennepin", "Hennepin County")."""
    out: list[list[int]] = []
    for a, b in sorted(found):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def _claim_text(text: str) -> str:
    words = text.split()
    return " ".join(words[:CLAIM_WORDS]) + (" …" if len(words) > CLAIM_WORDS else "")


def _group(
    members: Sequence[Mapping[str, Any]],
    ids: Sequence[str],
    line_of: Mapping[tuple[str, int], Claim],
) -> dict[str, Any]:
    """One claim from the divergences ``members`` (most telling first)."""
    cells: dict[str, dict[str, Any]] = {}
    status: dict[str, set[str]] = {d: set() for d in ids}
    marks: dict[str, list[str]] = {d: [] for d in ids}
    for v in members:
        mine, theirs = _values(v)
        for d in v["asserted_by"]:
            status.setdefault(d, set()).add("carries")
            marks.setdefault(d, []).extend(mine)
        for d in v["other"]:
            status.setdefault(d, set()).add(_OTHER.get(v["kind"], "unclear"))
            marks.setdefault(d, []).extend(theirs)
        for e in v["evidence"]:
            cells.setdefault(
                str(e["doc"]), {"start": e["start"], "end": e["end"], "text": e["text"]}
            )
    _by_value(members, status)
    _fill(cells, status, ids, line_of)
    reports = []
    for d in ids:
        said = status.get(d, set())
        cell = cells.get(d)
        if cell is not None:
            said.discard("omits")  # it has a sentence of the claim after all
        name = next((s for s in _PRIORITY if s in said), "unclear")
        row: dict[str, Any] = {"doc": d, "status": name}
        if cell is not None:
            found = {
                m for value in marks.get(d, []) for m in _find(cell["text"], cell["start"], value)
            }
            row.update(cell)
            row["marks"] = _merged(found)
        reports.append(row)
    head = members[0]
    first = next((r["text"] for r in reports if r["status"] == "carries" and "text" in r), None)
    first = first or next((r["text"] for r in reports if "text" in r), head["about"])
    return {
        "claim": _claim_text(str(first)),
        "kind": head["kind"],
        "what": head["what"],
        "divergences": [v["id"] for v in members if "id" in v],
        "reports": reports,
    }


def _by_value(members: Sequence[Mapping[str, Any]], status: dict[str, set[str]]) -> None:
    """In a contradiction, a report contradicts the claim when the value it states differs from
    the first report's, whichever side of each pair it stood on (a says four, b seven, c four:
    c carries it, though it stands against b)."""
    held: dict[str, set[str]] = {}
    for v in members:
        if v["kind"] != "contradiction":
            continue
        mine, theirs = _values(v)
        for docs, values in ((v["asserted_by"], mine), (v["other"], theirs)):
            for d in docs:
                held.setdefault(d, set()).update(x.casefold() for x in values)
    first = next((v for v in members if v["kind"] == "contradiction"), None)
    ref = held.get(first["asserted_by"][0], set()) if first and first["asserted_by"] else set()
    if not ref:
        return
    for d, stated in held.items():
        said = status.setdefault(d, set())
        said.discard("carries")
        said.discard("contradicts")
        said.add("carries" if stated & ref else "contradicts")


def _fill(
    cells: dict[str, dict[str, Any]],
    status: dict[str, set[str]],
    ids: Sequence[str],
    line_of: Mapping[tuple[str, int], Claim],
) -> None:
    """Give the reports without a sentence of the claim (and no finding) the sentence the
    claim's line of ``align`` holds for them: they carry it."""
    line = next(
        (line_of[(d, c["start"])] for d, c in cells.items() if (d, c["start"]) in line_of), None
    )
    if line is None:
        return
    for d, sp in zip(ids, line.cells, strict=True):
        if sp is None or d in cells or status.get(d):
            continue
        cells[d] = {"start": sp.start, "end": sp.end, "text": sp.text}
        status[d] = {"carries"}


def by_claim(
    records: Sequence[Record],
    divergences: Sequence[Mapping[str, Any]],
    lines: Sequence[Claim],
    paraphrases: Sequence[Sequence[Span]] = (),
) -> list[dict[str, Any]]:
    """The story's claims as an analyst reads them (see the module): ``divergences`` as the
    ``sayso compare`` line gives them, ``lines`` the story's sentences lined up (``align``),
    ``paraphrases`` the claims every report states in its own words (``matching.agreed``: one
    span per report, in the order of ``records``)."""
    ids = [r.id for r in records]
    if len(ids) < 2:
        return []
    line_of = {(ids[n], sp.start): line for line in lines for n, sp in enumerate(line.cells) if sp}
    groups = _Groups(divergences)
    members: dict[int, list[Mapping[str, Any]]] = {}
    for k, v in enumerate(divergences):
        members.setdefault(groups.root(k), []).append(v)
    out = []
    touched: set[tuple[str, int]] = set()
    for k, group in members.items():
        group = sorted(group, key=lambda v: _RANK.get(str(v["kind"]), 3))
        claim = _group(group, ids, line_of)
        claim["order"] = (_RANK.get(claim["kind"], 3), k)
        out.append(claim)
        touched.update((r["doc"], r["start"]) for r in claim["reports"] if "start" in r)
    out.sort(key=lambda c: c.pop("order"))
    return out + _agreed(ids, lines, paraphrases, touched)


def _agreed(
    ids: Sequence[str],
    lines: Sequence[Claim],
    paraphrases: Sequence[Sequence[Span]],
    touched: set[tuple[str, int]],
) -> list[dict[str, Any]]:
    """The lines every report carries, none of whose sentences is in a divergence; then the
    ``paraphrases`` none of whose sentences is in a divergence, an agreed line or a line that
    carries no claim, each placed before the first agreed line that comes later in the first
    report."""
    rows: list[list[Span]] = []
    for line in lines:
        if not line.claim or any(sp is None for sp in line.cells):
            continue
        spans = [sp for sp in line.cells if sp is not None]
        if not _claimed(ids, spans, touched):
            rows.append(spans)
    plain = {
        (d, sp.start)
        for ln in lines
        if not ln.claim
        for d, sp in zip(ids, ln.cells, strict=True)
        if sp
    }
    taken = touched | plain
    for said in paraphrases:
        if not _claimed(ids, said, taken):
            at = next((k for k, r in enumerate(rows) if r[0].start > said[0].start), len(rows))
            rows.insert(at, list(said))
    return [
        {
            "claim": _claim_text(spans[0].text),
            "kind": "agreed",
            "what": None,
            "divergences": [],
            "reports": [_carries(d, sp) for d, sp in zip(ids, spans, strict=True)],
        }
        for spans in rows
    ]


def _claimed(ids: Sequence[str], spans: Sequence[Span], taken: set[tuple[str, int]]) -> bool:
    """Whether a sentence of ``spans`` (one per report) is ``taken``; else take them all."""
    keys = [(d, sp.start) for d, sp in zip(ids, spans, strict=True)]
    if any(k in taken for k in keys):
        return True
    taken.update(keys)
    return False


def _carries(doc: str, sp: Span) -> dict[str, Any]:
    return {"doc": doc, "status": "carries", "start": sp.start, "end": sp.end,
            "text": sp.text, "marks": []}  # fmt: skip


def parts(report: Mapping[str, Any]) -> list[tuple[str, bool]]:
    """A report's sentence cut at its marks: (text, marked) pieces, in order."""
    text = str(report.get("text") or "")
    start = int(report.get("start") or 0)
    out: list[tuple[str, bool]] = []
    pos = 0
    for a, b in report.get("marks") or []:
        a, b = max(pos, a - start), min(len(text), b - start)
        if a >= b:
            continue
        if a > pos:
            out.append((text[pos:a], False))
        out.append((text[a:b], True))
        pos = b
    if pos < len(text):
        out.append((text[pos:], False))
    return out
