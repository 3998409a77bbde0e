"""Calibrated confidences (sayso.pipeline.calibration, data/calibration.tsv) and the script that
learns them (bench/calibrate.py), on invented sentences and an invented gold folder."""

from __future__ import annotations

import importlib.util
import json
import math
from collections.abc import Callable
from pathlib import Path

import pytest

from sayso.pipeline import calibration
from sayso.types import Event, Record

Run = Callable[..., Record]
ROOT = Path(__file__).resolve().parents[2]


def test_the_weights_file_loads_with_a_header_saying_how_it_was_made() -> None:
    text = (ROOT / "src" / "sayso" / calibration.WEIGHTS).read_text(encoding="utf-8")
    assert "# made by: " in text and "gold/tune" in text and "# date: " in text
    events = calibration.model("events")
    assert events.weights and calibration.EVIDENCE in events.weights
    assert calibration.model("no such kind") == calibration.Model(0.0, {})


def test_a_chance_is_in_0_1_and_rules_only_lower_it() -> None:
    m = calibration.Model(0.5, {"a=x": 3.0, calibration.EVIDENCE: 1.0})
    for feats in ({}, {"a=x": 1.0}, {calibration.EVIDENCE: -40.0}, {"a=x": 1e6}):
        assert 0.0 <= m.probability(feats) <= 1.0
        assert m.probability(feats, 0.6) == pytest.approx(0.6 * m.probability(feats))
    assert m.probability({"a=x": 1.0}) > m.probability({})
    assert m.probability({calibration.EVIDENCE: math.log(0.5)}) < m.probability({})


def _event(rec: Record, word: str) -> Event:
    [ev] = [e for e in rec.events if rec.text[e.trigger.start : e.trigger.end] == word]
    return ev


@pytest.mark.model
def test_both_sides_named_score_above_a_side_known_by_a_common_noun(run: Run) -> None:
    named = _event(run("Minister Lara Quint met Minister Tomas Berg on Monday."), "met")
    group = _event(run("Minister Lara Quint met the delegates on Monday."), "met")
    assert 0.0 < group.confidence < named.confidence <= 1.0


@pytest.mark.model
def test_the_script_learns_weights_from_a_tiny_invented_gold_folder(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("calibrate", ROOT / "bench" / "calibrate.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    texts = {
        "a1": "Minister Lara Quint met Minister Tomas Berg in Tarvia on Monday. "
        "Quint condemned Berg on Tuesday.",
        "a2": "Minister Tomas Berg accused Minister Lara Quint of lying. Berg praised Quint later.",
    }
    expected = {
        "a1": [{"id": "E1", "type": "CONSULT", "trigger": "met", "actors": ["Lara Quint"]}],
        "a2": [{"id": "E1", "type": "ACCUSE", "trigger": "accused", "source": ["Tomas Berg"],
                "target": ["Lara Quint"]}],
    }  # fmt: skip
    for name, text in texts.items():
        folder = tmp_path / "gold" / name
        folder.mkdir(parents=True)
        (folder / "article.txt").write_text(text, encoding="utf-8")
        exp = {"events": {"required": expected[name]}}
        (folder / "expected.json").write_text(json.dumps(exp), encoding="utf-8")
    out = tmp_path / "weights.tsv"
    assert script.main([str(tmp_path / "gold"), "--out", str(out), "--folds", "2"]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert any(line.startswith("# made by: ") for line in lines)
    assert "kind\tfeature\tweight" in lines
    rows = [line.split("\t") for line in lines if not line.startswith("#")][1:]
    assert any(r[:2] == ["events", "bias"] for r in rows), rows  # a model was fitted
    assert all(math.isfinite(float(r[2])) for r in rows), rows
