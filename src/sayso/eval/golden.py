"""Score records against whole-article gold in the seed's format (``gold/*/NAME/expected.json``).

The item matching mirrors the workspace scorer ``score_golden.py``: spans in the gold are verbatim
anchor strings looked up in the record text; names match an expected entity's name or aliases
(case-folded, a leading "the" and a trailing "'s" ignored). ``required`` items count for recall,
``optional`` ones are neither rewarded nor punished, any other extracted item counts against
precision.

* entities: an entity named by the name or an alias with the expected type and country; a
  ``must_not_exist`` string inside an entity name is a wrong item
* attributions: content overlaps the anchor (a shared letter or digit) and the speaker (the
  resolved entity's name, else the source text) is the expected source
* events: type equal, trigger overlapping the anchor, and the actors right (every ``actors`` name
  among source + target, else >= 1 expected source among the source and >= 1 expected target
  among the target)
* dates: a ``times`` entry overlapping the anchor with the expected value
* divergences: kind equal, >= 1 asserted_by name and >= 1 other name right
* document: published and title equal, boilerplate outside ``meta.body``

Besides the sections, a **wrong merge** is an extracted entity whose name or mentions are
spellings (name or alias) of two different required gold people: "Marcus Hale" and "Marcus Hale
Jr." in one actor. A spelling that names more than one gold person (a bare surname the gold gives
neither) says nothing. Wrong merges are counted per article and summed (``wrong_merges``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, json_problem

SECTIONS = ("entities", "attributions", "events", "dates", "divergences")
OTHER_KEYS = ("omitted_by", "qualified_by", "contradicted_by", "other")

Pair = tuple[int, int]
RIGHT, OPTIONAL, WRONG = "right", "optional", "wrong"  # how an extracted item scored


def norm(s: str | None) -> str:
    out = re.sub(r"\s+", " ", (s or "").strip()).casefold()
    out = re.sub(r"^the ", "", out)
    return re.sub(r"['\u2019]s$", "", out).strip()


@dataclass
class Section:
    """One section's counts: required items found (recall) and extracted items right (precision)."""

    found: int = 0
    required: int = 0
    tp: int = 0
    fp: int = 0
    misses: list[str] = field(default_factory=list)
    # attributions and events: one mark per extracted item, in the record's order (RIGHT: it
    # matched a required gold item; OPTIONAL: an optional one, neither rewarded nor punished;
    # WRONG: it counts against precision)
    marks: list[str] = field(default_factory=list)

    def add(self, other: Section) -> None:
        self.found += other.found
        self.required += other.required
        self.tp += other.tp
        self.fp += other.fp

    def prf(self) -> tuple[float, float, float]:
        if not self.required and not self.tp + self.fp:  # nothing expected, nothing claimed
            return 1.0, 1.0, 1.0
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.found / self.required if self.required else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class ArticleScore:
    name: str
    sections: dict[str, Section]
    document: tuple[int, int]  # checks passed, checks made
    merges: list[str] = field(default_factory=list)  # one line per wrong merge
    document_misses: list[str] = field(default_factory=list)  # one line per failed check


class _Names:
    def __init__(self, expected: dict[str, Any]) -> None:
        self.groups = [
            {norm(e["name"])} | {norm(a) for a in e.get("aliases", [])}
            for e in expected.get("entities", {}).get("required", [])
        ]

    def accept(self, name: str) -> set[str]:
        out: set[str] = set()
        for part in re.split(r"\s+and\s+", name) if " and " in name else [name]:
            n = norm(part)
            out.add(n)
            for g in self.groups:
                if n in g:
                    out |= g
        return out

    def has(self, predicted: Iterable[str], gold: str) -> bool:
        acc = self.accept(gold)
        return any(norm(p) in acc for p in predicted)


class _Doc:
    def __init__(self, text: str) -> None:
        self.text = text

    def anchor(self, s: str | None) -> Pair | None:
        i = self.text.find(s) if s else -1
        return (i, i + len(s)) if s and i >= 0 else None

    def _alnum(self, spans: Iterable[Pair]) -> set[int]:
        return {
            i
            for s, e in spans
            for i in range(max(0, s), min(e, len(self.text)))
            if self.text[i].isalnum()
        }

    def overlaps(self, spans: Iterable[Pair | None], anchor: Pair | None) -> bool:
        real = [s for s in spans if s is not None]
        return anchor is not None and bool(self._alnum(real) & self._alnum([anchor]))


def _span(obj: Any) -> Pair | None:
    if (
        isinstance(obj, dict)
        and isinstance(obj.get("start"), int)
        and isinstance(obj.get("end"), int)
    ):
        return (obj["start"], obj["end"])
    return None


def _names(ents: dict[str, dict[str, Any]], ids: Any) -> list[str]:
    if not isinstance(ids, list):
        ids = [] if ids is None else [ids]
    return [str(ents[i]["name"]) for i in ids if i in ents]


def _entities(exp: dict[str, Any], ents: dict[str, dict[str, Any]]) -> Section:
    sec = Section()
    by_name: dict[str, list[dict[str, Any]]] = {}
    for e in ents.values():
        by_name.setdefault(norm(e.get("name")), []).append(e)
    for g in exp.get("required", []):
        sec.required += 1
        spellings = {norm(g["name"])} | {norm(a) for a in g.get("aliases", [])}
        cands = [e for n in spellings for e in by_name.get(n, [])]
        if any(e.get("type") == g["type"] and e.get("country") == g.get("country") for e in cands):
            sec.found += 1
            sec.tp += 1
        else:
            got = ", ".join(f"{e.get('type')}/{e.get('country')}" for e in cands) or "no entity"
            sec.misses.append(f"entity {g['name']} ({g['type']}, {g.get('country')}): {got}")
    for bad in exp.get("must_not_exist", []):
        if any(norm(bad) in norm(e.get("name")) for e in ents.values()):
            sec.fp += 1
            sec.misses.append(f"entity must not exist: {bad!r}")
    return sec


def wrong_merges(exp: dict[str, Any], rec: dict[str, Any]) -> list[str]:
    """One line per extracted entity whose name or mention texts are spellings of two or more
    different required gold people (see the module doc)."""
    people: dict[str, set[str]] = {}  # spelling -> the gold people it names
    for g in exp.get("entities", {}).get("required", []):
        if g.get("type") == "PERSON":
            for s in {norm(g["name"])} | {norm(a) for a in g.get("aliases", [])}:
                people.setdefault(s, set()).add(g["name"])
    text = rec.get("text") or ""
    out = []
    for e in rec.get("entities", []):
        spellings = {norm(e.get("name"))}
        for m in e.get("mentions", []):
            if not isinstance(m, dict):
                continue
            span = _span(m)
            spellings.add(norm(text[span[0] : span[1]] if span else m.get("text")))
        named = {p for s in spellings if len(people.get(s, ())) == 1 for p in people[s]}
        if len(named) > 1:
            out.append(f"wrong merge {e.get('name')!r}: " + " + ".join(sorted(named)))
    return out


def _attributions(exp: dict[str, Any], rec: dict[str, Any], doc: _Doc, names: _Names) -> Section:
    ents = {e["id"]: e for e in rec.get("entities", [])}
    preds = []
    for a in rec.get("attributions", []):
        speaker = _names(ents, a.get("speaker"))
        src = _span(a.get("source"))
        name = speaker[0] if speaker else (doc.text[src[0] : src[1]] if src else "")
        preds.append((name, [_span(c) for c in a.get("content", [])]))
    sec, used = Section(), set()
    required = [(g, doc.anchor(g["content"])) for g in exp.get("required", [])]
    optional = [(g, doc.anchor(g["content"])) for g in exp.get("optional", [])]
    for g, anc in required:
        sec.required += 1
        over = [k for k, (_, c) in enumerate(preds) if doc.overlaps(c, anc)]
        right = [k for k in over if preds[k][0] and names.has([preds[k][0]], g["source"])]
        used.update(right)
        if right:
            sec.found += 1
        else:
            why = "speaker " + ", ".join(repr(preds[k][0]) for k in over) if over else "not found"
            sec.misses.append(f"attribution {g['id']} {g['source']}: {g['content'][:50]!r}: {why}")
    for k, (name, content) in enumerate(preds):
        if k in used:
            sec.tp += 1
            sec.marks.append(RIGHT)
        elif any(
            doc.overlaps(content, anc)
            and (not g.get("source") or (name and names.has([name], g["source"])))
            for g, anc in optional
        ):
            sec.marks.append(OPTIONAL)
        else:
            sec.fp += 1
            sec.marks.append(WRONG)
            text = (
                doc.text[content[0][0] : content[-1][1]][:50]
                if content and content[0] and content[-1]
                else ""
            )
            sec.misses.append(f"extra attribution {name!r}: {text!r}")
    return sec


def _event_ok(
    g: dict[str, Any], e: dict[str, Any], doc: _Doc, names: _Names, anc: Pair | None
) -> bool:
    if e["type"] != g["type"] or not doc.overlaps([e["trigger"]], anc):
        return False
    if "actors" in g:
        return all(names.has(e["source"] + e["target"], x) for x in g["actors"])
    return all(
        any(names.has(e[role], x) for x in g[role]) for role in ("source", "target") if g.get(role)
    )


def _events(exp: dict[str, Any], rec: dict[str, Any], doc: _Doc, names: _Names) -> Section:
    ents = {e["id"]: e for e in rec.get("entities", [])}
    preds = [
        {
            "type": e.get("type"),
            "trigger": _span(e.get("trigger")),
            "source": _names(ents, e.get("source")),
            "target": _names(ents, e.get("target")),
        }
        for e in rec.get("events", [])
    ]
    sec, used = Section(), set()
    for g in exp.get("required", []):
        sec.required += 1
        anc = doc.anchor(g["trigger"])
        ok = [k for k, e in enumerate(preds) if _event_ok(g, e, doc, names, anc)]
        used.update(ok)
        if ok:
            sec.found += 1
        else:
            near = [
                f"{e['type']} {e['source']}->{e['target']}"
                for e in preds
                if doc.overlaps([e["trigger"]], anc)
            ]
            sec.misses.append(
                f"event {g['id']} {g['type']} {g['trigger']!r}: "
                + (", ".join(near) if near else "not found")
            )
    optional = [(g, doc.anchor(g["trigger"])) for g in exp.get("optional", [])]
    for k, e in enumerate(preds):
        if k in used:
            sec.tp += 1
            sec.marks.append(RIGHT)
        elif any(_event_ok(g, e, doc, names, anc) for g, anc in optional):
            sec.marks.append(OPTIONAL)
        else:
            sec.fp += 1
            sec.marks.append(WRONG)
            trig = doc.text[e["trigger"][0] : e["trigger"][1]] if e["trigger"] else None
            sec.misses.append(f"extra event {e['type']} {e['source']}->{e['target']}: {trig!r}")
    return sec


def _dates(exp: dict[str, Any], rec: dict[str, Any], doc: _Doc) -> Section:
    times = [(_span(t.get("span")), t.get("value")) for t in rec.get("times", [])]
    sec, used = Section(), set()
    for g in exp.get("required", []):
        sec.required += 1
        anc = doc.anchor(g["text"])
        over = [k for k, (s, _) in enumerate(times) if doc.overlaps([s], anc)]
        right = [k for k in over if times[k][1] == g["value"]]
        used.update(right)
        if right:
            sec.found += 1
        else:
            got = f"value {times[over[0]][1]!r}" if over else "not found"
            sec.misses.append(f"date {g['text']!r} = {g['value']}: {got}")
    optional = [doc.anchor(g["text"]) for g in exp.get("optional", [])]
    for k, (s, value) in enumerate(times):
        if k in used:
            sec.tp += 1
        elif not any(doc.overlaps([s], a) for a in optional):
            sec.fp += 1
            sec.misses.append(f"extra date {doc.text[s[0] : s[1]] if s else ''!r} = {value}")
    return sec


def _divergences(exp: dict[str, Any], rec: dict[str, Any], names: _Names) -> Section:
    ents = {e["id"]: e for e in rec.get("entities", [])}
    preds = [
        (d.get("kind"), _names(ents, d.get("asserted_by")), _names(ents, d.get("other")))
        for d in rec.get("divergences", [])
    ]

    def ok(g: dict[str, Any], p: tuple[Any, list[str], list[str]]) -> bool:
        other = [x for key in OTHER_KEYS for x in g.get(key, [])]
        return bool(
            p[0] == g["kind"]
            and (not g.get("asserted_by") or any(names.has(p[1], x) for x in g["asserted_by"]))
            and (not other or any(names.has(p[2], x) for x in other))
        )

    sec, used = Section(), set()
    for g in exp.get("required", []):
        sec.required += 1
        right = [k for k, p in enumerate(preds) if ok(g, p)]
        used.update(right)
        if right:
            sec.found += 1
        else:
            sec.misses.append(f"divergence {g['id']} {g['kind']}: {g.get('about', '')[:50]}")
    for k, p in enumerate(preds):
        if k in used:
            sec.tp += 1
        elif not any(ok(g, p) for g in exp.get("optional", [])):
            sec.fp += 1
            sec.misses.append(f"extra divergence {p[0]} {p[1]} vs {p[2]}")
    return sec


def _document(
    exp: dict[str, Any], attrs: dict[str, Any], rec: dict[str, Any], doc: _Doc
) -> tuple[tuple[int, int], list[str]]:
    """checks passed and made, and a line for each failed one: published, title, boilerplate
    kept out of ``meta.body``, and ``meta.body`` covering every required attribution content"""
    meta = rec.get("meta") or {}
    checks: list[bool] = []
    misses: list[str] = []

    def check(ok: bool, miss: str) -> None:
        checks.append(ok)
        if not ok:
            misses.append(f"document {miss}")

    if "published" in exp:
        got = meta.get("published")
        check(got == exp["published"], f"published {got!r} (expected {exp['published']!r})")
    if "title" in exp:
        got = meta.get("title")
        check(norm(got) == norm(exp["title"]), f"title {got!r} (expected {exp['title']!r})")
    body = {i for s, e in (meta.get("body") or []) for i in range(s, e)}
    for b in exp.get("boilerplate", []):
        anc = doc.anchor(b)
        kept_out = bool(body) and anc is not None and not any(i in body for i in range(*anc))
        check(kept_out, f"boilerplate {b[:60]!r} inside the body")
    contents = [(g["content"], doc.anchor(g["content"])) for g in attrs.get("required", [])]
    outside = [
        c for c, a in contents if not (body and a is not None and all(i in body for i in range(*a)))
    ]
    check(not outside, f"body leaves out {outside[0][:60]!r}" if outside else "")
    return (sum(checks), len(checks)), misses


def score_article(name: str, expected: dict[str, Any], record: dict[str, Any]) -> ArticleScore:
    """The figures of one record against its expected.json (both as parsed JSON)."""
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"record {record.get('id')!r} has no 'text'; score a Sayso record")
    doc, names = _Doc(text), _Names(expected)
    ents = {e["id"]: e for e in record.get("entities", [])}
    sections = {
        "entities": _entities(expected.get("entities", {}), ents),
        "attributions": _attributions(expected.get("attributions", {}), record, doc, names),
        "events": _events(expected.get("events", {}), record, doc, names),
        "dates": _dates(expected.get("dates", {}), record, doc),
        "divergences": _divergences(expected.get("divergences", {}), record, names),
    }
    document, misses = _document(
        expected.get("document", {}), expected.get("attributions", {}), record, doc
    )
    return ArticleScore(name, sections, document, wrong_merges(expected, record), misses)


def item_marks(expected: dict[str, Any], record: dict[str, Any]) -> dict[str, list[str]]:
    """How each extracted attribution and event of ``record`` scored against its expected.json,
    by the matching of :func:`score_article`: one mark (RIGHT, OPTIONAL or WRONG) per item, in
    the record's order, under "attributions" and "events"."""
    sections = score_article("", expected, record).sections
    return {kind: list(sections[kind].marks) for kind in ("attributions", "events")}


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    published: str | None
    outlet: str | None
    expected: dict[str, Any]


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise InputError(f"{path}: not JSON ({json_problem(e)}); correct the file") from e
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read it ({e}); check the file") from e
    if not isinstance(data, dict):
        raise InputError(f"{path}: not a JSON object; give an expected.json in the seed's format")
    return data


def read_gold(root: Path) -> list[GoldArticle]:
    """Every article folder (article.txt + expected.json, meta.json optional) under ROOT."""
    if not root.is_dir():
        raise InputError(f"{root}: not a folder; give a gold folder holding NAME/expected.json")
    out = []
    for exp_path in sorted(root.glob("**/expected.json")):
        folder = exp_path.parent
        art = folder / "article.txt"
        if not art.is_file():
            raise InputError(f"{folder}: expected.json without article.txt; add the article")
        expected = _read_json(exp_path)
        meta = _read_json(folder / "meta.json") if (folder / "meta.json").is_file() else {}
        published = meta.get("published") or expected.get("document", {}).get("published")
        out.append(
            GoldArticle(
                str(folder.relative_to(root)) if folder != root else folder.name,
                art.read_text(encoding="utf-8"),
                published,
                meta.get("outlet"),
                expected,
            )
        )
    if not out:
        raise InputError(f"{root}: no NAME/expected.json under it; give a gold folder")
    return out


@dataclass
class GoldReport:
    articles: list[ArticleScore]
    totals: dict[str, Section]
    document: tuple[int, int]

    def overall(self) -> float:
        """mean of the section F1 scores and the share of document checks passed (as
        score_golden.py), over the sections summed across articles"""
        f1 = [s.prf()[2] for s in self.totals.values()]
        doc = self.document[0] / self.document[1] if self.document[1] else 1.0
        return (sum(f1) + doc) / (len(f1) + 1)

    def figures(self) -> dict[str, float]:
        out: dict[str, float] = {"articles": float(len(self.articles)), "overall": self.overall()}
        for name, sec in self.totals.items():
            p, r, f = sec.prf()
            out[f"{name}_p"], out[f"{name}_r"], out[f"{name}_f1"] = p, r, f
        out["document"] = self.document[0] / self.document[1] if self.document[1] else 1.0
        out["wrong_merges"] = float(self.wrong_merges())
        return out

    def wrong_merges(self) -> int:
        """Extracted entities that merge two different gold people, over all articles."""
        return sum(len(a.merges) for a in self.articles)


def summarise(scores: list[ArticleScore]) -> GoldReport:
    totals = {name: Section() for name in SECTIONS}
    passed = checks = 0
    for a in scores:
        for name, sec in a.sections.items():
            totals[name].add(sec)
        passed += a.document[0]
        checks += a.document[1]
    return GoldReport(scores, totals, (passed, checks))


def render(report: GoldReport, verbose: bool = False) -> str:
    lines = []
    if verbose:
        for a in report.articles:
            lines.append(f"{a.name}:")
            lines += [f"  {m}" for s in a.sections.values() for m in s.misses]
            lines += [f"  {m}" for m in a.merges]
            lines += [f"  {m}" for m in a.document_misses]
    lines.append(f"{'section':14}{'P':>7}{'R':>7}{'F1':>7}   found/required  right/extracted")
    for name, sec in report.totals.items():
        p, r, f = sec.prf()
        lines.append(
            f"{name:14}{p:7.3f}{r:7.3f}{f:7.3f}   {sec.found:>5}/{sec.required:<9}"
            f"{sec.tp:>5}/{sec.tp + sec.fp}"
        )
    fig = report.figures()
    passed, made = report.document
    lines.append(f"{'document':14}{fig['document']:7.3f}{'':14}   {passed:>5}/{made}")
    merged = sum(1 for a in report.articles if a.merges)
    lines.append(
        f"{'wrong merges':14}{report.wrong_merges():7d}   entities naming two gold people"
        f" (in {merged} of {len(report.articles)} articles)"
    )
    lines.append(
        f"overall={fig['overall']:.3f} articles={len(report.articles)} "
        + " ".join(f"{n}_p={fig[n + '_p']:.3f} {n}_r={fig[n + '_r']:.3f}" for n in SECTIONS)
        + f" wrong_merges={report.wrong_merges()}"
    )
    return "\n".join(lines)
