"""``sayso eval golden`` and the shipped gold (gold/README.md).

Articles and records here are small invented fixtures written for these tests.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import sayso
from sayso.cli import main
from sayso.errors import InputError
from sayso.eval.golden import item_marks, read_gold, render, score_article, summarise

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "gold"

TEXT = (
    "Ministers meet in Vilnius\n\n"
    "Lithuanian Foreign Minister Rasa Vaitkute met Polish Foreign Minister Adam Nowicki on Monday. "
    '"We stand together," Vaitkute said.\n'
)


def _span(text: str, s: str) -> dict[str, Any]:
    i = text.index(s)
    return {"start": i, "end": i + len(s), "text": s}


def _expected() -> dict[str, Any]:
    return {
        "document": {"published": "2024-03-06", "title": "Ministers meet in Vilnius"},
        "entities": {
            "required": [
                {"name": "Rasa Vaitkute", "type": "PERSON", "country": "LTU",
                 "aliases": ["Vaitkute"]},
                {"name": "Adam Nowicki", "type": "PERSON", "country": "POL"},
            ],
            "must_not_exist": ["Minister Adam"],
        },
        "attributions": {
            "required": [{"id": "A1", "kind": "direct", "source": "Rasa Vaitkute",
                          "content": "We stand together"}],
        },
        "events": {
            "required": [{"id": "E1", "type": "CONSULT",
                          "actors": ["Rasa Vaitkute", "Adam Nowicki"], "trigger": "met Polish"}],
            "optional": [{"id": "EO1", "type": "CONSULT", "actors": [],
                          "trigger": "Ministers meet"}],
        },
        "dates": {"required": [{"text": "Monday", "value": "2024-03-04"}]},
    }  # fmt: skip


def _record() -> dict[str, Any]:
    t = TEXT
    ents = [
        {"id": "e1", "name": "Rasa Vaitkute", "type": "PERSON", "country": "LTU"},
        {"id": "e2", "name": "Adam Nowicki", "type": "PERSON", "country": None},
        {"id": "e3", "name": "Vilnius", "type": "GPE", "country": "LTU"},
    ]
    return {
        "id": "x",
        "text": t,
        "meta": {"published": "2024-03-06", "title": "Ministers meet in Vilnius",
                 "body": [[0, len(t)]]},
        "entities": ents,
        "attributions": [
            {"id": "a1", "kind": "direct", "speaker": "e1", "source": _span(t, "Vaitkute said"),
             "content": [_span(t, "We stand together")]},
            {"id": "a2", "kind": "indirect", "speaker": "e2", "source": None,
             "content": [_span(t, "met Polish Foreign Minister")]},
        ],
        "events": [
            {"id": "v1", "type": "CONSULT", "source": ["e1"], "target": ["e2"],
             "trigger": _span(t, "met")},
            {"id": "v2", "type": "CONSULT", "source": ["e3"], "target": [],
             "trigger": _span(t, "meet")},
            {"id": "v3", "type": "ASSAULT", "source": ["e1"], "target": ["e2"],
             "trigger": _span(t, "stand")},
        ],
        "times": [{"span": _span(t, "Monday"), "value": "2024-03-11"}],
        "divergences": [],
    }  # fmt: skip


def test_scores_each_section_by_the_seed_rules() -> None:
    s = score_article("x", _expected(), _record()).sections
    ents = s["entities"]  # Nowicki has no country: found 1 of 2, nothing forbidden present
    assert (ents.found, ents.required, ents.tp, ents.fp) == (1, 2, 1, 0)
    att = s["attributions"]  # the second attribution matches no gold content
    assert (att.found, att.required, att.tp, att.fp) == (1, 1, 1, 1)
    assert att.prf()[:2] == (0.5, 1.0)
    ev = s["events"]  # the headline event is optional, the ASSAULT is wrong
    assert (ev.found, ev.required, ev.tp, ev.fp) == (1, 1, 1, 1)
    dates = s["dates"]  # Monday resolved forwards: the value is wrong
    assert (dates.found, dates.tp, dates.fp) == (0, 0, 1)
    assert s["divergences"].prf() == (1.0, 1.0, 1.0)  # nothing expected, nothing claimed


def test_item_marks_tell_each_extracted_item_as_the_scorer_counts_it() -> None:
    marks = item_marks(_expected(), _record())
    # the quote matches the required one; the second attribution counts against precision
    assert marks["attributions"] == ["right", "wrong"]
    # the meeting is required, the headline's meeting optional, the ASSAULT wrong
    assert marks["events"] == ["right", "optional", "wrong"]


def test_summary_adds_articles_and_forbidden_names_count() -> None:
    exp = _expected()
    rec = _record()
    rec["entities"].append({"id": "e4", "name": "Foreign Minister Adam", "type": "PERSON"})
    rep = summarise([score_article("a", exp, rec), score_article("b", exp, _record())])
    ents = rep.totals["entities"]
    assert (ents.found, ents.required, ents.fp) == (2, 4, 1)
    fig = rep.figures()
    assert fig["articles"] == 2.0
    assert fig["entities_p"] == pytest.approx(2 / 3)
    assert fig["events_r"] == 1.0
    assert rep.document == (6, 6)


def test_read_gold_says_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a folder"):
        read_gold(tmp_path / "missing")
    with pytest.raises(InputError, match=r"no NAME/expected\.json"):
        read_gold(tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "expected.json").write_text("{}")
    with pytest.raises(InputError, match=r"without article\.txt"):
        read_gold(tmp_path)


def _write(folder: Path, text: str, expected: dict[str, Any]) -> None:
    folder.mkdir(parents=True)
    (folder / "article.txt").write_text(text, encoding="utf-8")
    (folder / "meta.json").write_text(json.dumps({"published": "2024-03-06", "outlet": "Test"}))
    (folder / "expected.json").write_text(json.dumps(expected))


def _figures(out: str) -> dict[str, float]:
    last = out.strip().splitlines()[-1]
    assert last.startswith("overall=")
    return {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", last)}


@pytest.mark.model
def test_cli_figures_come_from_the_records(tmp_path: Path) -> None:
    second = "Court hears appeal\n\nThe court in Warsaw heard the appeal on March 1, 2024.\n"
    exp2 = {"entities": {"required": [{"name": "Warsaw", "type": "GPE", "country": "POL"}]},
            "dates": {"required": [{"text": "March 1, 2024", "value": "2024-03-01"}]}}  # fmt: skip
    _write(tmp_path / "one", TEXT, _expected())
    _write(tmp_path / "two", second, exp2)
    result = CliRunner().invoke(main, ["eval", "golden", str(tmp_path), "--json",
                                       str(tmp_path / "f.json")])  # fmt: skip
    assert result.exit_code == 0, result.output
    shown = _figures(result.output)
    # the same figures, computed here from the pipeline's own records
    scores = [
        score_article(a.name, a.expected,
                      sayso.extract(a.text, id=a.name, published=a.published).to_dict())
        for a in read_gold(tmp_path)
    ]  # fmt: skip
    want = summarise(scores).figures()
    for key in ("overall", "dates_r", "dates_p", "attributions_r", "events_p", "entities_r"):
        assert shown[key] == pytest.approx(want[key], abs=5e-4), key
    assert json.loads((tmp_path / "f.json").read_text())["figures"] == pytest.approx(want)
    # a required date nobody can find lowers dates recall by exactly its share
    exp2["dates"]["required"].append({"text": "Court hears appeal", "value": "1999"})
    (tmp_path / "two" / "expected.json").write_text(json.dumps(exp2))
    again = CliRunner().invoke(main, ["eval", "golden", str(tmp_path)])
    found = round(want["dates_r"] * 2)
    assert _figures(again.output)["dates_r"] == pytest.approx(found / 3, abs=5e-4)


def test_cli_bad_folder_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "golden", str(tmp_path / "nope")])
    assert result.exit_code != 0
    assert "not a folder" in result.output
    assert "Traceback" not in result.output


def test_shipped_gold_is_current_and_well_formed() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "gold_build.py"), str(GOLD), "--check"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    halves = {h: read_gold(GOLD / h) for h in ("tune", "report")}
    assert all(len(v) >= 20 for v in halves.values())
    for articles in halves.values():
        for a in articles:
            assert 150 <= len(a.text.split()) <= 700, a.name
            assert a.published and a.expected["attributions"]["required"], a.name


FAMILY = (
    "Hale plea\n\n"
    "Marcus Hale Jr. pleaded guilty on Monday. His father, Marcus Hale, a former mayor, sat in "
    "court. Hale Jr. said little. Hale later told reporters he was proud.\n"
)
COUPLE = (
    "Pryce campaign\n\n"
    "Amanda Pryce spoke in Leeds. Her husband Robert Pryce stayed home. Pryce said she would win.\n"
)


def _family_expected(father: str, son: str, surname: str) -> dict[str, Any]:
    return {
        "entities": {
            "required": [
                {"name": son, "type": "PERSON", "country": None, "aliases": [surname + " Jr."]},
                {"name": father, "type": "PERSON", "country": None},
            ]
        }
    }


def _entity(eid: str, text: str, name: str, spans: list[str], frm: int = 0) -> dict[str, Any]:
    mentions: list[dict[str, Any]] = []
    for s in spans:  # each spelling's first occurrence after the previous one (or ``frm``)
        at = text.index(s, mentions[-1]["end"] if mentions else frm)
        mentions.append({"start": at, "end": at + len(s), "text": s})
    return {"id": eid, "name": name, "type": "PERSON", "country": None, "mentions": mentions}


def test_wrong_merges_count_entities_naming_two_gold_people() -> None:
    # article one: the son and the father merged into one actor, then the bare "Hale" (no
    # spelling of either in the gold) on its own: one wrong merge
    merged = _entity(
        "e1", FAMILY, "Marcus Hale Jr.", ["Marcus Hale Jr.", "Marcus Hale", "Hale Jr."]
    )
    lone = _entity("e2", FAMILY, "Hale", ["Hale"], FAMILY.index("Hale later"))
    one = {"id": "1", "text": FAMILY, "entities": [merged, lone]}
    # article two: husband and wife kept apart, the shared bare surname with the wife: no merge
    couple = {
        "entities": {
            "required": [
                {"name": "Amanda Pryce", "type": "PERSON", "country": None},
                {"name": "Robert Pryce", "type": "PERSON", "country": None},
            ]
        }
    }
    two = {
        "id": "2",
        "text": COUPLE,
        "entities": [
            _entity("e1", COUPLE, "Amanda Pryce", ["Amanda Pryce", "Pryce"]),
            _entity("e2", COUPLE, "Robert Pryce", ["Robert Pryce"]),
        ],
    }
    a = score_article("one", _family_expected("Marcus Hale", "Marcus Hale Jr.", "Hale"), one)
    b = score_article("two", couple, two)
    assert a.merges == ["wrong merge 'Marcus Hale Jr.': Marcus Hale + Marcus Hale Jr."]
    assert b.merges == []
    rep = summarise([a, b])
    assert rep.wrong_merges() == 1 and rep.figures()["wrong_merges"] == 1.0
    shown = render(rep, verbose=True)
    assert "wrong merges        1" in shown and "in 1 of 2 articles" in shown
    assert "  wrong merge 'Marcus Hale Jr.'" in shown
    assert _figures(shown)["wrong_merges"] == 1.0
    # kept apart, the same article has none
    apart = [
        _entity("e1", FAMILY, "Marcus Hale Jr.", ["Marcus Hale Jr.", "Hale Jr."]),
        _entity("e2", FAMILY, "Marcus Hale", ["Marcus Hale", "Hale"], FAMILY.index("father")),
    ]
    fixed = {"id": "1", "text": FAMILY, "entities": apart}
    exp = _family_expected("Marcus Hale", "Marcus Hale Jr.", "Hale")
    assert score_article("one", exp, fixed).merges == []
    assert [m["text"] for m in apart[1]["mentions"]] == ["Marcus Hale", "Hale"]


def test_failed_document_checks_are_named_in_the_verbose_listing() -> None:
    text = "Harbor vote delayed\n\nThe council met on Monday.\nReach the reporter at 555-0100."
    expected = {
        "document": {
            "published": "2025-03-04",
            "title": "Harbor vote delayed",
            "boilerplate": ["Reach the reporter at 555-0100."],
        }
    }
    good = {
        "id": "d",
        "text": text,
        "meta": {"published": "2025-03-04", "title": "Harbor vote delayed", "body": [[21, 47]]},
    }
    bad = {
        "id": "d",
        "text": text,
        "meta": {"published": "2025-03-03", "title": None, "body": [[21, len(text)]]},
    }
    ok = score_article("good", expected, good)
    assert ok.document == (4, 4) and ok.document_misses == []
    wrong = score_article("bad", expected, bad)
    assert wrong.document == (1, 4)
    assert wrong.document_misses == [
        "document published '2025-03-03' (expected '2025-03-04')",
        "document title None (expected 'Harbor vote delayed')",
        "document boilerplate 'Reach the reporter at 555-0100.' inside the body",
    ]
    assert "  document title None" in render(summarise([ok, wrong]), verbose=True)


@pytest.mark.model
def test_the_bundled_seed_keeps_every_required_item(tmp_path: Path) -> None:
    """The founding example (examples/seed: the article and its hand-made answer) loses no
    required item and merges no two people: a change that drops one of its actors, statements,
    events, dates or its stated divergence fails here, not only in a closing note."""
    out = tmp_path / "seed.json"
    result = CliRunner().invoke(
        main, ["eval", "golden", str(ROOT / "examples"), "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text())
    summary = figures["figures"]
    for section in ("entities", "attributions", "events", "dates", "divergences"):
        assert summary[f"{section}_r"] == 1.0, (section, summary)
    assert summary["wrong_merges"] == 0
