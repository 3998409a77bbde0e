"""The story claim by claim (``by_claim``, sayso.compare.view): three invented reports of one
footbridge collapse, rendered to the line, the terminal table and the HTML page."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from sayso.cli import main
from sayso.compare import align, compare
from sayso.compare.render import claim_table_rows, html
from sayso.compare.view import by_claim, parts
from sayso.types import Record

from .records import record

# b says seven hikers where a and c say four; c leaves out the council's inspection, which a and
# b carry; the first sentence every report carries word for word (the last too, but it names
# nothing, no number, date or quote: not a claim)
FIRST = (
    "A footbridge collapsed over the Rell river in Danbury on Sunday morning.\n"
    "Four hikers were injured in the fall, rescue chief Mara Quill said.\n"
    "The town council said the bridge had been inspected by engineers in March.\n"
    "Volunteers cleared the wreckage from the riverbank by Sunday evening.\n"
)
SECOND = FIRST.replace("Four hikers", "Seven hikers")
THIRD = FIRST.replace(
    "The town council said the bridge had been inspected by engineers in March.\n", ""
)


def _rec(doc_id: str, text: str, published: str) -> Record:
    return record(
        doc_id, text, places=("Danbury",), people=("Mara Quill",), orgs=("Rell",),
        published=published, outlet=doc_id.title(), dates=(("Sunday", "2024-06-02"),),
    )  # fmt: skip


def _story() -> list[Record]:
    return [
        _rec("a", FIRST, "2024-06-02"),
        _rec("b", SECOND, "2024-06-03"),
        _rec("c", THIRD, "2024-06-04"),
    ]


def _status(claim: dict[str, Any]) -> dict[str, str]:
    return {r["doc"]: r["status"] for r in claim["reports"]}


def _marked(claim: dict[str, Any], doc: str) -> list[str]:
    (r,) = [r for r in claim["reports"] if r["doc"] == doc]
    return [t for t, m in parts(r) if m]


def test_contradiction_first_its_values_marked_then_the_omission_then_agreed() -> None:
    line = compare("s", _story())
    kinds = [c["kind"] for c in line["by_claim"]]
    assert kinds[:2] == ["contradiction", "omission"]
    assert kinds[2:] == ["agreed"]  # the last line names nothing: no claim to show
    contra, omission = line["by_claim"][:2]
    assert contra["what"] == "number"
    assert _status(contra) == {"a": "carries", "b": "contradicts", "c": "carries"}
    assert _marked(contra, "a") == ["Four"] and _marked(contra, "b") == ["Seven"]
    assert "inspected by engineers" in omission["claim"]
    assert _status(omission) == {"a": "carries", "b": "carries", "c": "omits"}
    assert "text" not in omission["reports"][2]
    for c in line["by_claim"]:  # each report's own words, at their place in its text
        for r in c["reports"]:
            if "text" in r:
                text = {"a": FIRST, "b": SECOND, "c": THIRD}[r["doc"]]
                assert text[r["start"] : r["end"]] == r["text"]
                assert all(text[s:e].lower() in r["text"].lower() for s, e in r["marks"])
    ids = {d["id"] for d in line["divergences"]}
    assert set(contra["divergences"]) <= ids and contra["divergences"]


def test_grouping_statuses_and_marks_from_the_divergences_alone() -> None:
    """A view over the divergences: a hedge and a credit to another speaker on the same
    sentence are one claim; an unknown report is unclear; one report compares nothing."""
    recs = _story()
    s1 = {"doc": "a", "start": 0, "end": 10, "text": "Four hurt."}
    s2 = {"doc": "b", "start": 5, "end": 25, "text": "Four reportedly hurt."}
    divergences = [
        {"id": "v1", "kind": "qualification", "what": "claim", "about": "Four hurt. (reportedly)",
         "asserted_by": ["a"], "other": ["b"], "evidence": [s1, s2]},
        {"id": "v2", "kind": "attribution", "what": "actor", "about": "Quill / Moss: Four hurt.",
         "asserted_by": ["a"], "other": ["b"], "evidence": [s1, s2]},
    ]  # fmt: skip
    (claim,) = by_claim(recs, divergences, [])
    assert claim["kind"] == "qualification" and claim["divergences"] == ["v1", "v2"]
    assert _status(claim) == {"a": "carries", "b": "qualifies", "c": "unclear"}
    assert _marked(claim, "b") == ["reportedly"]
    assert by_claim(recs[:1], [], []) == []


def test_table_rows_put_the_values_between_marks() -> None:
    line = compare("s", _story())
    rows = claim_table_rows([line])
    assert rows[0]["kind"] == "contradiction · number" and rows[0]["story"] == "s"
    assert [r["report"] for r in rows[:3]] == ["a", "b", "c"]
    assert rows[1]["status"] == "contradicts" and "«Seven» hikers" in rows[1]["wording"]
    assert rows[1]["claim"] is None  # the claim on its first row only
    omits = [r for r in rows if r["status"] == "omits"]
    assert [r["report"] for r in omits] == ["c"] and omits[0]["wording"] is None


def test_html_shows_columns_per_report_marks_and_agreed_claims_folded() -> None:
    recs = _story()
    page = html([compare("s", recs)], recs)
    table = page[page.index('<table class="by-claim">') :]
    assert "<mark>Seven</mark>" in table and "<mark>Four</mark>" in table
    assert re.search(r'<td class="s-omits"><span class="status">omits</span><em>', table)
    assert page.index("contradiction") < page.index("<details")
    folded = page[page.index("<details") : page.index("</details>")]
    assert "1 claim every account carries" in folded and "A footbridge collapsed" in folded


def test_cli_table_and_jsonl_keep_the_line(tmp_path: Path) -> None:
    path = tmp_path / "recs.jsonl"
    path.write_text("".join(json.dumps({**r.to_dict(), "story": "s"}) + "\n" for r in _story()))
    runner = CliRunner()
    res = runner.invoke(main, ["compare", str(path), "--given-stories", "-f", "jsonl"])
    assert res.exit_code == 0, res.output
    (line,) = [json.loads(x) for x in res.stdout.splitlines()]
    assert {"story", "documents", "copies", "divergences"} <= set(line)
    assert line["by_claim"][0]["kind"] == "contradiction"
    res = runner.invoke(
        main, ["compare", str(path), "--given-stories", "-f", "table"], env={"COLUMNS": "120"}
    )
    assert res.exit_code == 0, res.output
    assert "«Seven»" in res.stdout and "contradicts" in res.stdout and "omits" in res.stdout
    assert max(len(x) for x in res.stdout.splitlines()) <= 120


def test_overlapping_values_are_one_mark() -> None:
    recs = _story()
    a = {"doc": "a", "start": 0, "end": 30, "text": "She died at Lake County clinic."}
    b = {"doc": "b", "start": 0, "end": 30, "text": "She died at Pine County clinic."}
    divergences = [
        {"id": "v1", "kind": "contradiction", "what": "place", "about": "-", "values": [x, y],
         "asserted_by": ["a"], "other": ["b"], "evidence": [a, b]}
        for x, y in (("Lake", "Pine"), ("Lake County", "Pine County"))
    ]  # fmt: skip
    (claim,) = by_claim(recs, divergences, [])
    assert _marked(claim, "a") == ["Lake County"] and _marked(claim, "b") == ["Pine County"]


# two reports of one (invented) storm that tell both facts in their own words: the rescue
# shares too few words for the sentence alignment, the meaning-based matching lines it up
STORM = (
    "A storm knocked out power to the village of Brenton on Friday night.\n"
    "Rescuers pulled two fishermen from the water off Brenton harbour after their boat capsized.\n"
)
STORM_TOO = (
    "Brenton was left in the dark on Friday night when a storm cut the electricity supply.\n"
    "Two men were rescued from the sea near the Brenton harbour when their fishing vessel "
    "overturned.\n"
)


def test_paraphrases_the_matching_aligns_are_agreed_claims() -> None:
    recs = [
        record(doc, text, places=("Brenton",), published=day, dates=(("Friday", "2024-03-01"),))
        for doc, text, day in (("a", STORM, "2024-03-02"), ("b", STORM_TOO, "2024-03-03"))
    ]
    line = compare("s", recs)
    assert line["divergences"] == []
    claims = line["by_claim"]
    assert [c["kind"] for c in claims] == ["agreed", "agreed"]
    rescue = claims[1]
    assert _status(rescue) == {"a": "carries", "b": "carries"}
    assert [r["text"] for r in rescue["reports"]] == [
        STORM.splitlines()[1],
        STORM_TOO.replace("vessel \n", "vessel ").splitlines()[1],
    ]
    # the sentence alignment alone (word overlap) lines up only the power cut
    word_lines = [c for c in by_claim(recs, [], align(recs)) if c["kind"] == "agreed"]
    assert [c["reports"][0]["text"] for c in word_lines] == [STORM.splitlines()[0]]
