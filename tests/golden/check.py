"""Check one Sayso record (as a dict, CONTRACT.md) against a hand-made golden file.

Standard library only, so it can also be run on a record written by any tool::

    python tests/golden/check.py tests/golden/wire.expected.json record.json

A golden file (``<name>.expected.json``) names its article and publication date and holds one
object per section: ``entities``, ``attributions``, ``events``, ``dates``, ``divergences`` and
``document``. Spans are verbatim *anchor* strings that must occur exactly once in the article; the
checker turns them into character offsets. In every section:

* ``required`` items count for recall; ``optional`` items are neither rewarded nor punished;
* ``min_recall`` (and for attributions ``min_precision``, for ``forbidden`` lists ``max_forbidden``)
  is the floor the pipeline must reach today; :data:`TARGETS` is what a correct tool reaches;
* ``known_misses`` lists, with the reason and what Sayso produced, required items the pipeline is
  known to miss. They stay in ``required``: the floor is lowered, the gold is not.

Matching rules (names are case-folded, a leading "the" and a trailing "'s" are ignored, and an
expected name also accepts the aliases of the expected entity of that name):

entities      an entity whose name is the name or an alias, with the expected type and (when given)
              country; a ``forbidden`` item is hit by an entity whose name contains its ``name``
              (and, when given, has its ``type``)
attributions  an attribution whose content shares a letter or digit with the content anchor AND
              whose speaker entity carries the expected ``source`` name (with ``"source_or_via":
              true`` the name may also be the ``via`` entity: an unnamed speaker heard through a
              named channel). Precision: a predicted attribution is right when it matches a
              required item, ignored when its content overlaps an optional item, wrong otherwise
events        type equal (or in ``types``), the trigger overlapping the anchor, and the actors:
              every ``actors`` name among source+target, else >= 1 ``source`` name among the source
              and (when given) >= 1 ``target`` name among the target. ``forbidden`` events (type +
              trigger anchor) must not be produced
dates         a ``times`` entry overlapping the anchor with the expected value
divergences   kind equal, >= 1 ``asserted_by`` name among asserted_by and >= 1 ``other`` name among
              other; evidence overlap is reported
document      published and title equal; boilerplate anchors outside ``meta.body``
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any

SECTIONS = ("entities", "attributions", "events", "dates", "divergences", "document")

# what a correct tool reaches; the per-file floors may be lower while known misses are open
TARGETS: dict[str, float] = {
    "entities.recall": 1.0,
    "entities.forbidden": 0,
    "attributions.recall": 1.0,
    "attributions.precision": 0.8,
    "events.recall": 1.0,
    "events.forbidden": 0,
    "dates.recall": 1.0,
    "divergences.recall": 1.0,
    "document.recall": 1.0,
}


class GoldenError(ValueError):
    """The golden file itself is unusable (an anchor missing or ambiguous, a bad reference)."""


def norm(name: str | None) -> str:
    s = re.sub(r"\s+", " ", (name or "").strip()).casefold()
    s = re.sub(r"^the ", "", s)
    return re.sub(r"['\u2019]s$", "", s).strip()


def alnum_positions(text: str, start: int, end: int) -> set[int]:
    return {i for i in range(start, end) if text[i].isalnum()}


def locate(text: str, anchor: str, what: str) -> tuple[int, int]:
    """The offsets of ``anchor`` in ``text``; GoldenError unless it occurs exactly once."""
    i = text.find(anchor)
    if not anchor or i < 0:
        raise GoldenError(f"{what}: anchor {anchor!r} does not occur in the article")
    if text.find(anchor, i + 1) >= 0:
        raise GoldenError(f"{what}: anchor {anchor!r} occurs more than once in the article")
    return i, i + len(anchor)


def anchors_of(expected: dict[str, Any]) -> list[tuple[str, str]]:
    """Every (where, anchor string) of a golden file."""
    out: list[tuple[str, str]] = []
    keys = {
        "attributions": ("content",),
        "events": ("trigger",),
        "dates": ("text",),
        "divergences": ("evidence",),
    }
    for section, fields in keys.items():
        sec = expected.get(section, {})
        for group in ("required", "optional", "forbidden"):
            for item in sec.get(group, []):
                for f in fields:
                    if item.get(f):
                        out.append((f"{section}.{group}.{item.get('id', '?')}.{f}", item[f]))
    for b in expected.get("document", {}).get("boilerplate", []):
        out.append(("document.boilerplate", b))
    return out


class Names:
    """Expected entity names and aliases -> every spelling accepted for a name."""

    def __init__(self, expected: dict[str, Any]) -> None:
        ents = expected.get("entities", {})
        self.groups = [
            {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])}
            for e in ents.get("required", []) + ents.get("optional", [])
        ]

    def accept(self, name: str) -> set[str]:
        n = norm(name)
        out = {n}
        for g in self.groups:
            if n in g:
                out |= g
        return out

    def known(self, name: str) -> bool:
        return any(norm(name) in g for g in self.groups)

    def matches(self, wanted: list[str], got: list[str | None]) -> bool:
        """True when some wanted name is spelled by some got name."""
        got_n = {norm(g) for g in got if g}
        return any(self.accept(w) & got_n for w in wanted)


@dataclass
class Item:
    section: str
    id: str
    ok: bool
    label: str
    reason: str
    known: bool = False


@dataclass
class Report:
    name: str
    items: list[Item] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)
    floors: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # contract/span violations

    def _gate(self, limits: dict[str, float]) -> list[str]:
        out = []
        for key, limit in limits.items():
            value = self.metrics.get(key)
            if value is None:
                continue
            if key.endswith(".forbidden"):
                if value > limit:
                    out.append(f"{key} = {value:g} > max {limit:g}")
            elif value < limit - 1e-9:
                out.append(f"{key} = {value:.3f} < min {limit:.3f}")
        return out

    def floor_failures(self) -> list[str]:
        return self._gate(self.floors)

    def target_failures(self) -> list[str]:
        return self._gate(TARGETS)

    def message(self) -> str:
        lines = [f"golden {self.name}:"]
        lines += [f"  CONTRACT {p}" for p in self.problems]
        lines += [f"  metric {k} = {v:.3f}" for k, v in sorted(self.metrics.items())]
        for it in self.items:
            if not it.ok:
                tag = "known miss" if it.known else "MISS"
                lines.append(f"  {tag:10} {it.section} {it.id} {it.label}: {it.reason}")
            elif it.known:
                lines.append(
                    f"  FIXED?     {it.section} {it.id} {it.label}: listed as a known miss"
                )
        lines += [f"  note       {n}" for n in self.notes]
        return "\n".join(lines)


class _Record:
    """The parts of a record dict the checker reads."""

    def __init__(self, rec: dict[str, Any], report: Report) -> None:
        self.text: str = rec["text"]
        self.rec = rec
        self.entities = {e["id"]: e for e in rec.get("entities", [])}
        self.report = report

    def name_of(self, entity_id: str | None) -> str | None:
        if entity_id is None:
            return None
        ent = self.entities.get(entity_id)
        if ent is None:
            self.report.problems.append(f"entity id {entity_id!r} is referenced but not defined")
            return None
        return str(ent["name"])

    def overlaps(self, spans: list[dict[str, Any]], anchor: tuple[int, int]) -> bool:
        want = alnum_positions(self.text, *anchor)
        return any(alnum_positions(self.text, s["start"], s["end"]) & want for s in spans)


def check_spans(rec: dict[str, Any]) -> list[str]:
    """Every span of the record dict satisfies text[start:end] == span.text."""
    text = rec["text"]
    spans: list[tuple[str, dict[str, Any]]] = []
    for f in rec.get("meta", {}).get("flags", []):
        spans.append(("meta.flags", f["span"]))
    for e in rec.get("entities", []):
        spans += [(f"entity {e['name']!r} mention", m) for m in e.get("mentions", [])]
    for a in rec.get("attributions", []):
        spans += [(f"attribution {a['id']} {k}", a[k]) for k in ("source", "cue") if a.get(k)]
        spans += [(f"attribution {a['id']} content", c) for c in a.get("content", [])]
    for ev in rec.get("events", []):
        spans.append((f"event {ev['id']} trigger", ev["trigger"]))
    for t in rec.get("times", []):
        spans.append(("time", t["span"]))
    for d in rec.get("divergences", []):
        spans += [(f"divergence {d['id']} evidence", s) for s in d.get("evidence", [])]
    out = []
    for where, s in spans:
        if (
            not (0 <= s["start"] <= s["end"] <= len(text))
            or text[s["start"] : s["end"]] != s["text"]
        ):
            out.append(f"{where}: span {s['start']}:{s['end']} {s['text']!r} is not the text there")
    return out


def _known(expected: dict[str, Any], section: str) -> set[str]:
    return {k["id"] for k in expected.get(section, {}).get("known_misses", [])}


def _recall(report: Report, section: str) -> None:
    items = [i for i in report.items if i.section == section]
    if items:
        report.metrics[f"{section}.recall"] = sum(i.ok for i in items) / len(items)


def _entities(exp: dict[str, Any], r: _Record, report: Report, known: set[str]) -> None:
    sec = exp.get("entities", {})
    by_name: dict[str, list[dict[str, Any]]] = {}
    for e in r.entities.values():
        by_name.setdefault(norm(e["name"]), []).append(e)
    for g in sec.get("required", []):
        spellings = {norm(g["name"])} | {norm(a) for a in g.get("aliases", [])}
        cands = [e for n in sorted(spellings) for e in by_name.get(n, [])]
        label = f"{g['name']} ({g['type']}, {g.get('country', '-')})"

        def good(e: dict[str, Any], g: dict[str, Any] = g) -> bool:
            return e["type"] == g["type"] and ("country" not in g or e["country"] == g["country"])

        ok = any(good(e) for e in cands)
        if ok:
            reason = "found"
        elif not cands:
            reason = "no entity with this name or an alias"
        else:
            got = ", ".join(f"{e['name']!r} {e['type']} {e['country']}" for e in cands)
            reason = f"named entities have the wrong type or country: {got}"
        report.items.append(Item("entities", g["id"], ok, label, reason, g["id"] in known))
    _recall(report, "entities")
    hits = 0
    for f in sec.get("forbidden", []):
        bad = [
            e
            for e in r.entities.values()
            if f["name"].casefold() in e["name"].casefold()
            and ("type" not in f or e["type"] == f["type"])
        ]
        if bad:
            hits += 1
            got = ", ".join(f"{e['name']!r} {e['type']}" for e in bad)
            report.notes.append(f"forbidden entity {f['id']} {f['name']!r}: produced {got}")
    if sec.get("forbidden"):
        report.metrics["entities.forbidden"] = hits


def _attr_ok(
    g: dict[str, Any], a: dict[str, Any], anchor: tuple[int, int], r: _Record, names: Names
) -> bool:
    if not r.overlaps(a.get("content", []), anchor):
        return False
    got = [r.name_of(a.get("speaker"))]
    if g.get("source_or_via"):
        got.append(r.name_of(a.get("via")))
    return names.matches([g["source"]], got)


def _attributions(exp: dict[str, Any], r: _Record, report: Report, known: set[str]) -> None:
    sec = exp.get("attributions", {})
    names = Names(exp)
    attrs = r.rec.get("attributions", [])
    req = [(g, locate(r.text, g["content"], f"attribution {g['id']}")) for g in sec["required"]]
    opt = [
        (g, locate(r.text, g["content"], f"attribution {g['id']}")) for g in sec.get("optional", [])
    ]
    for g, anchor in req:
        label = f"{g['source']}: {g['content'][:60]!r}"
        hits = [a for a in attrs if _attr_ok(g, a, anchor, r, names)]
        if hits:
            a = hits[0]
            reason = "found"
            if g.get("via") and not names.matches([g["via"]], [r.name_of(a.get("via"))]):
                report.notes.append(
                    f"attribution {g['id']}: via {r.name_of(a.get('via'))!r} "
                    f"(expected {g['via']!r})"
                )
        else:
            over = [a for a in attrs if r.overlaps(a.get("content", []), anchor)]
            if not over:
                reason = "no attribution content overlaps the anchor"
            else:
                reason = "content found, but " + "; ".join(
                    f"speaker {r.name_of(a.get('speaker'))!r} "
                    f"(source {a['source']['text'] if a.get('source') else None!r}, "
                    f"via {r.name_of(a.get('via'))!r})"
                    for a in over
                )
        report.items.append(
            Item("attributions", g["id"], bool(hits), label, reason, g["id"] in known)
        )
    _recall(report, "attributions")
    tp = fp = 0
    for a in attrs:
        if any(_attr_ok(g, a, anchor, r, names) for g, anchor in req):
            tp += 1
        elif any(r.overlaps(a.get("content", []), anchor) for _, anchor in opt):
            continue
        else:
            fp += 1
            speaker = r.name_of(a.get("speaker"))
            content = " | ".join(c["text"] for c in a.get("content", []))
            report.notes.append(f"wrong attribution: speaker {speaker!r} content {content[:70]!r}")
    report.metrics["attributions.precision"] = tp / (tp + fp) if tp + fp else 1.0


def _event_types(g: dict[str, Any]) -> set[str]:
    return {g["type"], *g.get("types", [])}


def _events(exp: dict[str, Any], r: _Record, report: Report, known: set[str]) -> None:
    sec = exp.get("events", {})
    names = Names(exp)
    events = r.rec.get("events", [])

    def roles(ev: dict[str, Any]) -> tuple[list[str | None], list[str | None]]:
        return [r.name_of(x) for x in ev["source"]], [r.name_of(x) for x in ev["target"]]

    for g in sec.get("required", []):
        anchor = locate(r.text, g["trigger"], f"event {g['id']}")
        label = f"{g['type']} {g['trigger']!r}"
        found = None
        near = []
        for ev in events:
            if not r.overlaps([ev["trigger"]], anchor):
                continue
            near.append(ev)
            if ev["type"] not in _event_types(g):
                continue
            src, tgt = roles(ev)
            if g.get("actors"):
                ok = all(names.matches([x], src + tgt) for x in g["actors"])
            else:
                ok = names.matches(g.get("source", []), src) and (
                    not g.get("target") or names.matches(g["target"], tgt)
                )
            if ok:
                found = ev
                break
        if found is not None:
            reason = "found"
            if g.get("date") and found.get("date") != g["date"]:
                report.notes.append(
                    f"event {g['id']}: date {found.get('date')} (expected {g['date']})"
                )
        elif not near:
            reason = "no event trigger overlaps the anchor"
        else:
            reason = "; ".join(
                f"{ev['type']} source {roles(ev)[0]} target {roles(ev)[1]}" for ev in near
            )
        report.items.append(
            Item("events", g["id"], found is not None, label, reason, g["id"] in known)
        )
    _recall(report, "events")
    hits = 0
    for f in sec.get("forbidden", []):
        anchor = locate(r.text, f["trigger"], f"event {f['id']}")
        bad = [
            ev for ev in events if ev["type"] == f["type"] and r.overlaps([ev["trigger"]], anchor)
        ]
        if bad:
            hits += 1
            report.notes.append(
                f"forbidden event {f['id']}: {f['type']} on {f['trigger']!r} ({f.get('why', '')})"
            )
    if sec.get("forbidden"):
        report.metrics["events.forbidden"] = hits


def _dates(exp: dict[str, Any], r: _Record, report: Report, known: set[str]) -> None:
    times = r.rec.get("times", [])
    for g in exp.get("dates", {}).get("required", []):
        anchor = locate(r.text, g["text"], f"date {g['id']}")
        over = [t for t in times if r.overlaps([t["span"]], anchor)]
        ok = any(t["value"] == g["value"] for t in over)
        reason = (
            "found"
            if ok
            else (
                "no time expression overlaps the anchor"
                if not over
                else "values " + ", ".join(f"{t['span']['text']!r}={t['value']}" for t in over)
            )
        )
        label = f"{g['text']!r} = {g['value']}"
        report.items.append(Item("dates", g["id"], ok, label, reason, g["id"] in known))
    _recall(report, "dates")


def _divergences(exp: dict[str, Any], r: _Record, report: Report, known: set[str]) -> None:
    names = Names(exp)
    divs = r.rec.get("divergences", [])
    for g in exp.get("divergences", {}).get("required", []):
        anchor = locate(r.text, g["evidence"], f"divergence {g['id']}")
        label = f"{g['kind']} {g['about']!r}"
        ok_divs = [
            d
            for d in divs
            if d["kind"] == g["kind"]
            and names.matches(g["asserted_by"], [r.name_of(x) for x in d["asserted_by"]])
            and names.matches(g["other"], [r.name_of(x) for x in d["other"]])
        ]
        if ok_divs:
            reason = "found"
            if not any(r.overlaps(d["evidence"], anchor) for d in ok_divs):
                report.notes.append(f"divergence {g['id']}: evidence does not overlap the anchor")
        elif not divs:
            reason = "the record has no divergences"
        else:
            reason = "; ".join(
                f"{d['kind']} asserted_by {[r.name_of(x) for x in d['asserted_by']]} "
                f"other {[r.name_of(x) for x in d['other']]}"
                for d in divs
            )
        report.items.append(
            Item("divergences", g["id"], bool(ok_divs), label, reason, g["id"] in known)
        )
    _recall(report, "divergences")


def _document(exp: dict[str, Any], r: _Record, report: Report, known: set[str]) -> None:
    g = exp.get("document", {})
    meta = r.rec.get("meta", {})
    body = [tuple(x) for x in meta.get("body", [])]
    checks: list[tuple[str, bool, str, str]] = []
    if "published" in g:
        checks.append(
            (
                "published",
                meta.get("published") == g["published"],
                g["published"],
                f"meta.published {meta.get('published')!r}",
            )
        )
    if "title" in g:
        checks.append(
            (
                "title",
                meta.get("title") == g["title"],
                g["title"],
                f"meta.title {meta.get('title')!r}",
            )
        )
    checks.append(("body", bool(body), "meta.body non-empty", f"meta.body {body[:3]}"))
    for i, b in enumerate(g.get("boilerplate", []), 1):
        s, e = locate(r.text, b, "document.boilerplate")
        inside = any(bs < e and s < be for bs, be in body)
        checks.append(
            (
                f"boilerplate{i}",
                not inside,
                f"{b!r} outside the body",
                "it lies inside meta.body" if inside else "found",
            )
        )
    for cid, ok, label, reason in checks:
        report.items.append(
            Item("document", cid, ok, label, reason if not ok else "found", cid in known)
        )
    _recall(report, "document")


def check(expected: dict[str, Any], record: dict[str, Any], name: str = "") -> Report:
    """Compare ``record`` (a CONTRACT.md dict) with ``expected`` (a golden file)."""
    report = Report(name or str(expected.get("article", "")))
    report.problems += check_spans(record)
    r = _Record(record, report)
    for section, fn in (
        ("entities", _entities),
        ("attributions", _attributions),
        ("events", _events),
        ("dates", _dates),
        ("divergences", _divergences),
        ("document", _document),
    ):
        fn(expected, r, report, _known(expected, section))
        sec = expected.get(section, {})
        if "min_recall" in sec and f"{section}.recall" in report.metrics:
            report.floors[f"{section}.recall"] = sec["min_recall"]
        if "min_precision" in sec:
            report.floors[f"{section}.precision"] = sec["min_precision"]
        if "max_forbidden" in sec:
            report.floors[f"{section}.forbidden"] = sec["max_forbidden"]
    # every entity id referenced anywhere must exist (name_of records the problem)
    for a in record.get("attributions", []):
        r.name_of(a.get("speaker"))
        r.name_of(a.get("via"))
    for ev in record.get("events", []):
        for x in [*ev.get("source", []), *ev.get("target", []), ev.get("location")]:
            r.name_of(x)
    report.problems = sorted(set(report.problems))
    return report


def validate(expected: dict[str, Any], text: str) -> list[str]:
    """Problems of the golden file itself: anchors, ids, names and known misses."""
    out = []
    for where, anchor in anchors_of(expected):
        try:
            locate(text, anchor, where)
        except GoldenError as exc:
            out.append(str(exc))
    names = Names(expected)
    for section in SECTIONS[:-1]:
        sec = expected.get(section, {})
        ids = [i["id"] for grp in ("required", "optional", "forbidden") for i in sec.get(grp, [])]
        if len(ids) != len(set(ids)) or not all(ids):
            out.append(f"{section}: item ids missing or not unique: {ids}")
        required = {i["id"] for i in sec.get("required", [])}
        for k in sec.get("known_misses", []):
            if k.get("id") not in required:
                out.append(f"{section}: known miss {k.get('id')!r} is not a required item")
            if not k.get("reason") or not k.get("sayso"):
                out.append(f"{section}: known miss {k.get('id')!r} needs a reason and 'sayso'")
    refs: list[str] = []
    for g in expected.get("attributions", {}).get("required", []):
        refs += [g["source"]] + ([g["via"]] if g.get("via") else [])
    for g in expected.get("events", {}).get("required", []):
        refs += g.get("actors", []) + g.get("source", []) + g.get("target", [])
    for g in expected.get("divergences", {}).get("required", []):
        refs += g["asserted_by"] + g["other"]
    out += [
        f"name {n!r} is not an expected entity name or alias" for n in refs if not names.known(n)
    ]
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: check.py EXPECTED.json RECORD.json", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        expected = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        record = json.load(f)
    report = check(expected, record, argv[1])
    print(report.message())
    failures = report.floor_failures() + report.problems
    print("floors:", "ok" if not failures else "; ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
