"""Calibrated confidences (sayso.pipeline.calibration, data/calibration.tsv) and the script that
learns them (bench/calibrate.py), on invented sentences and an invented gold folder."""

from __future__ import annotations

import importlib.util
import json
import math
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

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
    script = _bench("calibrate")
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


@pytest.mark.model
def test_who_reports_an_act_and_how_long_its_sentence_is_set_its_confidence(run: Run) -> None:
    """An act told by a speaker of its own side is surer than one told of others, which is
    surer than one inside quotation marks; an act in a long sentence is less sure than the same
    act told alone."""
    own = _event(run("Minister Vera Lind of Osteria said that she had accused Minister Paul "
                     "Marek of Calvany of fraud."), "accused")  # fmt: skip
    others = _event(run("Minister Vera Lind of Osteria said that Minister Ida Sorel had accused "
                        "Minister Paul Marek of Calvany of fraud."), "accused")  # fmt: skip
    quoted = _event(run('Minister Vera Lind of Osteria said: "Minister Ida Sorel accused Minister '
                        'Paul Marek of fraud."'), "accused")  # fmt: skip
    assert own.attribution and others.attribution and quoted.attribution
    assert quoted.confidence < others.confidence < own.confidence
    alone = _event(run("Minister Ida Sorel accused Minister Paul Marek of fraud."), "accused")
    long = _event(
        run(
            "Minister Ida Sorel, who had spent the whole of a cold grey afternoon at the customs "
            "office with two of her aides and a clerk from the port, accused Minister Paul Marek "
            "of fraud."
        ),
        "accused",
    )
    assert long.confidence < alone.confidence


def _bench(name: str) -> ModuleType:
    """The script ``bench/<name>.py``, loaded as a module."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_default_threshold_clears_the_target_precision_by_its_standard_error() -> None:
    """bench/confidence.py's rule: a precision just over 0.85 on few facts is not enough; of the
    thresholds whose precision clears 0.85 by 1.645 standard errors, the best recall."""
    choose = _bench("confidence").choose
    rows = [(0.5, 0.86, 0.60, 30), (0.6, 0.93, 0.40, 200), (0.7, 0.95, 0.20, 100)]
    assert choose(rows) == 0.6
    # none clears it: the best F0.5
    assert choose([(0.5, 0.70, 0.60, 10), (0.6, 0.80, 0.30, 10)]) == 0.5
