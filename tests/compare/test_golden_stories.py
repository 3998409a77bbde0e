"""Three invented reports of one ferry fire (tests/fixtures/stories/harbor.jsonl): the expected
omission, contradiction and qualification are found, and nothing else. Three invented reports
of one bridge collapse in their own words (bridge.jsonl): a paraphrased contradiction, a central
omission, a hedge, and a promo line and a one-report detail that are not flagged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sayso.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "stories" / "harbor.jsonl"
BRIDGE = FIXTURE.with_name("bridge.jsonl")


@pytest.mark.model
def test_three_reports_of_one_event() -> None:
    result = CliRunner().invoke(main, ["compare", str(FIXTURE), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert len(lines) == 1
    (line,) = lines
    assert line["documents"] == ["coastal-herald", "island-post", "bay-times"]
    assert line["copies"] == []
    got = sorted(
        (d["kind"], d["what"], tuple(d["asserted_by"]), tuple(d["other"]))
        for d in line["divergences"]
    )
    assert got == [
        ("contradiction", "number", ("coastal-herald", "island-post"), ("bay-times",)),
        ("omission", "claim", ("coastal-herald",), ("island-post", "bay-times")),
        ("qualification", "claim", ("coastal-herald", "bay-times"), ("island-post",)),
    ]
    texts = {json.loads(x)["id"]: json.loads(x)["text"] for x in FIXTURE.read_text().splitlines()}
    for d in line["divergences"]:
        for e in d["evidence"]:
            assert texts[e["doc"]][e["start"] : e["end"]] == e["text"]
    omission = next(d for d in line["divergences"] if d["kind"] == "omission")
    assert "230 passengers" in omission["evidence"][0]["text"]


@pytest.mark.model
def test_three_reports_in_their_own_words() -> None:
    result = CliRunner().invoke(main, ["compare", str(BRIDGE), "-f", "jsonl"])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in result.stdout.splitlines() if x.strip()]
    assert line["documents"] == ["river-courier", "valley-news", "north-wire"]
    found = {(d["kind"], d["what"]): d for d in line["divergences"]}
    # "Four people were killed" against "At least six people were reportedly killed"
    toll = found[("contradiction", "number")]
    assert "river-courier" in toll["asserted_by"] and toll["other"] == ["north-wire"]
    assert toll["values"] == ["Four", "At least six"]
    # the hedge: stated as fact by the others, "reportedly" in one
    hedged = [d for d in line["divergences"] if d["kind"] == "qualification"]
    assert hedged and all(d["other"] == ["north-wire"] for d in hedged)
    # the governor's inquiry, told in different words by two reports, left out by the third
    (omission,) = [d for d in line["divergences"] if d["kind"] == "omission"]
    assert omission["asserted_by"] == ["river-courier", "valley-news"]
    assert omission["other"] == ["north-wire"]
    assert all("inquiry" in e["text"] for e in omission["evidence"])
    # neither the promo line nor what one report alone adds ("built in 1962") is flagged
    evidence = " ".join(e["text"] for d in line["divergences"] for e in d["evidence"])
    assert "More from" not in evidence and "1962" not in evidence
    assert {d["kind"] for d in line["divergences"]} == {
        "contradiction",
        "qualification",
        "omission",
    }


@pytest.mark.model
def test_html_page_shows_the_story() -> None:
    result = CliRunner().invoke(main, ["compare", str(FIXTURE), "-f", "html"])
    assert result.exit_code == 0, result.output
    assert "<table>" in result.stdout and "contradiction" in result.stdout
    assert "Coastal Herald" in result.stdout
