"""Build the gold articles (gold/<half>/<name>/) from their readable annotation, and check them.

usage: python bench/gold_build.py [GOLD_DIR] [--check]

Each article folder holds one hand-written ``source.txt``; this script writes ``article.txt``,
``meta.json`` and ``expected.json`` (the seed's format, /work/shared/golden/seed) beside it. With
``--check`` it writes nothing and fails when a generated file is out of date or an annotation is
wrong. Every anchor must occur exactly once in the article, every name used by an attribution, an
event or a divergence must be an entity's name or alias, every type and date must be well formed.

source.txt::

    published: 2025-03-14
    outlet: Harbor Wire
    boilerplate: Share this story            (optional; repeatable)
    === article
    Headline line

    Body ...
    === gold
    ent   NAME | TYPE | COUNTRY or - | ROLE or - | ALIAS; ALIAS      (required entity)
    not   STRING                                                    (must not exist)
    attr  KIND | SOURCE | CUE or - | CONTENT [| via=NAME]           (required attribution)
    attr? SOURCE or - | CONTENT                                     (optional; '-': any speaker)
    event TYPE | ACTORS | TRIGGER [| date=YYYY-MM-DD] [| loc=NAME] [| via=NAME]
    event? TYPE | ACTORS | TRIGGER                                  (optional event)
    date  TEXT | VALUE          date? TEXT | VALUE (optional)
    div   KIND | ASSERTED; ... | OTHER; ... | EVIDENCE | ABOUT        (div? optional)

ACTORS is ``A; B`` (every name among source and target) or ``A; B > C; D`` (source > target;
either side may be empty), or ``*`` for any actors (an unnamed crowd, a headline repeating an
event). Lines starting with ``#`` are comments.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "OTHER")
PLOVER = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)
KINDS = ("direct", "indirect", "mixed")
DIV_KINDS = ("omission", "contradiction", "qualification", "attribution")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ABOUT = (
    "Hand-made gold for article.txt, an article invented for Sayso (see gold/README.md). "
    "Spans are verbatim anchor strings that occur exactly once in article.txt. 'required' "
    "items count for recall; 'optional' items are neither rewarded nor penalised; any other "
    "extracted item counts against precision."
)


class GoldError(Exception):
    pass


def norm(s: str) -> str:
    s = re.sub(r"\s+", " ", s.strip()).casefold()
    s = re.sub(r"^the ", "", s)
    return re.sub(r"['\u2019]s$", "", s).strip()


def split_source(path: Path) -> tuple[dict[str, Any], str, list[tuple[int, str]]]:
    raw = path.read_text(encoding="utf-8")
    try:
        head, rest = raw.split("=== article\n", 1)
        text, gold = rest.split("\n=== gold\n", 1)
    except ValueError:
        raise GoldError("needs '=== article' and '=== gold' lines") from None
    meta: dict[str, Any] = {"boilerplate": []}
    for line in head.splitlines():
        if line.strip() and not line.startswith("#"):
            key, _, value = line.partition(":")
            if key.strip() == "boilerplate":
                meta["boilerplate"].append(value.strip())
            else:
                meta[key.strip()] = value.strip()
    start = raw.count("\n", 0, raw.index("\n=== gold\n")) + 3
    lines = [
        (start + i, ln)
        for i, ln in enumerate(gold.splitlines())
        if ln.strip() and not ln.lstrip().startswith("#")
    ]
    return meta, text.rstrip("\n") + "\n", lines


class Builder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.exp: dict[str, Any] = {
            "entities": {"required": [], "must_not_exist": []},
            "attributions": {"required": [], "optional": []},
            "events": {"required": [], "optional": []},
            "dates": {"required": [], "optional": []},
            "divergences": {"required": []},
        }
        self.names: set[str] = set()
        self.pending: list[str] = []

    def anchor(self, s: str, what: str) -> str:
        n = self.text.count(s)
        if n != 1:
            raise GoldError(
                f"{what} anchor {s!r} occurs {n} times in the article (needs exactly 1)"
            )
        return s

    def name(self, s: str) -> str:
        self.pending.append(s)
        return s

    def actors(self, s: str, item: dict[str, Any]) -> None:
        if s == "*":  # any actors (a headline repeating an event of the story)
            item["actors"] = []
        elif ">" in s:
            src, _, tgt = s.partition(">")
            for role, part in (("source", src), ("target", tgt)):
                names = [self.name(x.strip()) for x in part.split(";") if x.strip()]
                if names:
                    item[role] = names
            if not item.get("source") and not item.get("target"):
                raise GoldError(f"event actors {s!r} name nobody")
        else:
            item["actors"] = [self.name(x.strip()) for x in s.split(";") if x.strip()]

    def ent(self, f: list[str]) -> None:
        name, typ, country, role = f[0], f[1], f[2], f[3] if len(f) > 3 else "-"
        if typ not in TYPES:
            raise GoldError(f"entity type {typ!r} is not one of {', '.join(TYPES)}")
        if country != "-" and not re.fullmatch(r"[A-Z]{3}", country):
            raise GoldError(f"country {country!r} is not ISO-3166 alpha-3 (or '-')")
        e: dict[str, Any] = {
            "name": name,
            "type": typ,
            "country": None if country == "-" else country,
        }
        if role != "-":
            e["role"] = role
        aliases = [a.strip() for a in f[4].split(";")] if len(f) > 4 and f[4].strip() else []
        if aliases:
            e["aliases"] = aliases
        if name.casefold() not in self.text.casefold():
            raise GoldError(f"entity name {name!r} does not occur in the article")
        for n in [name, *aliases]:  # an alias may be a spelling the article does not use
            self.names.add(norm(n))
        self.exp["entities"]["required"].append(e)

    def attr(self, f: list[str], optional: bool) -> None:
        sec = self.exp["attributions"]
        if optional:
            o: dict[str, Any] = {"id": f"O{len(sec['optional']) + 1}"}
            if f[0] != "-":  # "-": any speaker (an unnamed official)
                o["source"] = self.name(f[0])
            o["content"] = self.anchor(f[1], "attribution content")
            sec["optional"].append(o)
            return
        if f[0] not in KINDS:
            raise GoldError(f"attribution kind {f[0]!r} is not one of {', '.join(KINDS)}")
        a: dict[str, Any] = {
            "id": f"A{len(sec['required']) + 1}",
            "kind": f[0],
            "source": self.name(f[1]),
        }
        if f[2] != "-":
            a["cue"] = self.anchor(f[2], "cue")
        a["content"] = self.anchor(f[3], "attribution content")
        for extra in f[4:]:
            key, _, value = extra.partition("=")
            if key != "via":
                raise GoldError(f"unknown attribution field {extra!r}")
            a["via"] = self.name(value)
        sec["required"].append(a)

    def event(self, f: list[str], optional: bool) -> None:
        sec = self.exp["events"]
        if f[0] not in PLOVER:
            raise GoldError(f"event type {f[0]!r} is not a PLOVER type")
        part = "optional" if optional else "required"
        e: dict[str, Any] = {"id": f"{'EO' if optional else 'E'}{len(sec[part]) + 1}", "type": f[0]}
        self.actors(f[1], e)
        e["trigger"] = self.anchor(f[2], "event trigger")
        for extra in f[3:]:
            key, _, value = extra.partition("=")
            if key == "date" and DATE.match(value):
                e["date"] = value
            elif key in ("loc", "via"):
                e["location" if key == "loc" else "via"] = self.name(value)
            else:
                raise GoldError(f"bad event field {extra!r}")
        sec["optional" if optional else "required"].append(e)

    def date(self, f: list[str], optional: bool) -> None:
        if not DATE.match(f[1]):
            raise GoldError(f"date value {f[1]!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        self.exp["dates"]["optional" if optional else "required"].append(
            {"text": self.anchor(f[0], "date"), "value": f[1]}
        )

    def div(self, f: list[str], optional: bool = False) -> None:
        if f[0] not in DIV_KINDS:
            raise GoldError(f"divergence kind {f[0]!r} is not one of {', '.join(DIV_KINDS)}")
        sec = self.exp["divergences"].setdefault("optional" if optional else "required", [])
        other_key = {
            "omission": "omitted_by",
            "qualification": "qualified_by",
            "contradiction": "contradicted_by",
            "attribution": "other",
        }[f[0]]
        sec.append(
            {
                "id": f"{'DO' if optional else 'D'}{len(sec) + 1}",
                "kind": f[0],
                "about": f[4],
                "asserted_by": [self.name(x.strip()) for x in f[1].split(";")],
                other_key: [self.name(x.strip()) for x in f[2].split(";")],
                "evidence": self.anchor(f[3], "divergence evidence"),
            }
        )

    def line(self, line: str) -> None:
        tag, _, rest = line.strip().partition(" ")
        f = [x.strip() for x in rest.split(" | ")]
        arity = {
            "ent": 4,
            "not": 1,
            "attr": 4,
            "attr?": 2,
            "event": 3,
            "event?": 3,
            "date": 2,
            "date?": 2,
            "div": 5,
            "div?": 5,
        }
        if tag not in arity:
            raise GoldError(f"unknown tag {tag!r} (one of {', '.join(arity)})")
        if len(f) < arity[tag]:
            raise GoldError(f"{tag} needs {arity[tag]} fields separated by ' | ', got {len(f)}")
        if tag == "ent":
            self.ent(f)
        elif tag == "not":
            self.exp["entities"]["must_not_exist"].append(self.anchor(f[0], "must-not-exist"))
        elif tag.startswith("attr"):
            self.attr(f, tag.endswith("?"))
        elif tag.startswith("event"):
            self.event(f, tag.endswith("?"))
        elif tag.startswith("date"):
            self.date(f, tag.endswith("?"))
        else:
            self.div(f, tag.endswith("?"))

    def finish(self) -> None:
        for n in self.pending:
            if norm(n) in self.names:
                continue
            parts = re.split(r"\s+and\s+", n) if " and " in n else [n]
            bad = [p for p in parts if norm(p) not in self.names]
            if bad:
                raise GoldError(f"name {n!r} is not an entity name or alias (add an 'ent' line)")


def build(folder: Path) -> dict[str, str]:
    """{file name: content} generated from folder/source.txt"""
    meta, text, lines = split_source(folder / "source.txt")
    for key in ("published", "outlet"):
        if key not in meta:
            raise GoldError(f"source.txt has no '{key}:' line")
    if not DATE.match(meta["published"]) or len(meta["published"]) != 10:
        raise GoldError(f"published {meta['published']!r} is not YYYY-MM-DD")
    b = Builder(text)
    for n, line in lines:
        try:
            b.line(line)
        except (GoldError, IndexError) as e:
            raise GoldError(f"line {n}: {e}: {line.strip()[:80]}") from None
    b.finish()
    title = text.split("\n", 1)[0].strip()
    document: dict[str, Any] = {"published": meta["published"], "title": title}
    if meta["boilerplate"]:
        document["boilerplate"] = [b.anchor(x, "boilerplate") for x in meta["boilerplate"]]
    expected = {"about": ABOUT, "document": document, **b.exp}
    out_meta = {"published": meta["published"], "outlet": meta["outlet"]}
    if "style" in meta:
        out_meta["style"] = meta["style"]
    return {
        "article.txt": text,
        "meta.json": json.dumps(out_meta, indent=1, ensure_ascii=False) + "\n",
        "expected.json": json.dumps(expected, indent=1, ensure_ascii=False) + "\n",
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default="gold", type=Path)
    ap.add_argument(
        "--check", action="store_true", help="write nothing; fail on stale or bad files"
    )
    a = ap.parse_args()
    folders = sorted(p.parent for p in a.gold.glob("**/source.txt"))
    if not folders:
        print(f"error: no source.txt under {a.gold} -- give the gold folder", file=sys.stderr)
        return 2
    bad = 0
    for folder in folders:
        try:
            files = build(folder)
        except (GoldError, OSError) as e:
            print(f"{folder}: {e}", file=sys.stderr)
            bad += 1
            continue
        for name, content in files.items():
            path = folder / name
            current = path.read_text(encoding="utf-8") if path.exists() else None
            if current == content:
                continue
            if a.check:
                print(f"{path}: out of date -- run python bench/gold_build.py", file=sys.stderr)
                bad += 1
            else:
                path.write_text(content, encoding="utf-8")
    print(f"{len(folders)} articles, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
