"""``COMPARE_VERSION`` that means something. What ``sayso stories --db`` keeps of a story
(``stored.comparison``: ``sayso compare``'s line and the sentences lined up) is held, for two
invented stories built by hand (no parser: the records are fixed), to tests/compare/golden.json
together with ``COMPARE_VERSION``: a change to what compare gives must come with a new version
(so that every kept comparison turns stale and is computed again), and a new version means the
golden file is written again::

    SAYSO_UPDATE_GOLDEN=1 pytest tests/compare/test_compare_version.py
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from sayso.compare import stored
from sayso.types import Record

from .records import record

HERE = Path(__file__).parent
HARBOR = HERE.parent / "fixtures" / "stories" / "harbor.jsonl"
GOLDEN = HERE / "golden.json"
UPDATE = "SAYSO_UPDATE_GOLDEN"

Outputs = dict[str, Any]  # "version", then per story {"digest", "output"}

# two reports of one (invented) flood in their own words: another count of families moved out,
# a paraphrased warning, and the mayor's pledge that one report leaves out
FLOOD = (
    "The Oster river burst its banks in Kellham on Monday, flooding the lower town.\n"
    "Forty families were moved to the sports hall overnight, mayor Ruth Ambler said.\n"
    "Ruth Ambler promised that the council would pay to repair every flooded home.\n"
    "Forecasters warned that more heavy rain would fall on the valley by Wednesday.\n"
)
FLOOD_TOO = (
    "Floodwater from the Oster poured into the lower streets of Kellham on Monday.\n"
    "Mayor Ruth Ambler said sixty families spent the night in the sports hall.\n"
    "More heavy rain is expected over the valley before Wednesday, forecasters said.\n"
)


def harbor() -> list[Record]:
    """The three ferry-fire reports of ``harbor.jsonl`` (near-copies), entities by name."""
    out = []
    for line in HARBOR.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out.append(
            record(
                d["id"], d["text"], places=("Port Alder",), people=("Lena Brandt",),
                orgs=("Bluewave Lines",), published=d["published"], outlet=d["outlet"],
                title=d["title"], dates=(("Tuesday", "2031-03-04"),),
            )
        )  # fmt: skip
    return out


def flood() -> list[Record]:
    return [
        record(
            doc, text, places=("Kellham",), people=("Ruth Ambler",), orgs=("Oster",),
            published=day, dates=(("Monday", "2029-11-05"), ("Wednesday", "2029-11-07")),
        )
        for doc, text, day in (("north", FLOOD, "2029-11-05"), ("south", FLOOD_TOO, "2029-11-06"))
    ]  # fmt: skip


def outputs() -> Outputs:
    """``COMPARE_VERSION`` and, per story, the digest of its kept comparison and the comparison."""
    stories = {"harbor": harbor(), "flood": flood()}
    out: Outputs = {"version": stored.COMPARE_VERSION}
    for name, records in stories.items():
        data = json.loads(json.dumps(stored.comparison(name, records), ensure_ascii=False))
        text = json.dumps(data, sort_keys=True, ensure_ascii=False)
        out[name] = {"digest": hashlib.sha256(text.encode("utf-8")).hexdigest(), "output": data}
    return out


def problems(golden: Outputs, now: Outputs) -> list[str]:
    """What differs between the golden comparisons and today's, as messages saying what to do."""
    regenerate = f"regenerate {GOLDEN.name} with {UPDATE}=1 (see {Path(__file__).name})"
    if golden.get("version") != now["version"]:
        return [
            f"COMPARE_VERSION changed ({golden.get('version')} -> {now['version']}): {regenerate}"
        ]
    moved = [
        k
        for k, v in now.items()
        if k != "version" and (golden.get(k) or {}).get("digest") != v["digest"]
    ]
    if not moved:
        return []
    return [
        f"compare changed its output on the stories {', '.join(moved)}: bump COMPARE_VERSION "
        f"(compare/stored.py), then {regenerate}"
    ]


def test_compare_output_matches_its_version() -> None:
    now = outputs()
    if os.environ.get(UPDATE) == "1":
        GOLDEN.write_text(json.dumps(now, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    found = problems(golden, now)
    assert not found, "\n".join(found)


def test_the_stories_hold_every_kind_of_finding() -> None:
    """The fixture exercises both comparisons (near-copies sentence by sentence, different
    reports by meaning) and the view: an empty one would hold nothing to the version."""
    harbor_line = stored.comparison("harbor", harbor())["line"]
    flood_line = stored.comparison("flood", flood())["line"]
    kinds = {d["kind"] for d in harbor_line["divergences"]}
    assert {"contradiction", "omission", "qualification"} <= kinds
    flood_kinds = {d["kind"] for d in flood_line["divergences"]}
    assert {"contradiction", "omission"} <= flood_kinds
    assert any(c["kind"] == "agreed" for c in flood_line["by_claim"])


def test_a_changed_output_without_a_new_version_asks_for_a_bump() -> None:
    golden: Outputs = {"version": "3", "a": {"digest": "x"}, "b": {"digest": "y"}}
    now: Outputs = {"version": "3", "a": {"digest": "x"}, "b": {"digest": "z"}}
    [message] = problems(golden, now)
    assert message.startswith("compare changed its output on the stories b: bump COMPARE_VERSION")
    assert problems(golden, golden) == []
    assert problems(golden, {**now, "version": "4"}) == [
        f"COMPARE_VERSION changed (3 -> 4): regenerate golden.json with {UPDATE}=1 "
        "(see test_compare_version.py)"
    ]
