"""``sayso eval attributions`` on gold and predictions built by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sayso.cli import main
from sayso.errors import InputError
from sayso.eval.attributions import score

TEXT = 'The mayor said the bridge is safe. "We are ready," Lee said.'


def span(text: str, part: str) -> dict[str, object]:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


GOLD = {
    "id": "d1",
    "text": TEXT,
    "attributions": [
        {
            "kind": "indirect",
            "source": [span(TEXT, "The mayor")],
            "cue": [span(TEXT, "said")],
            "content": [span(TEXT, "the bridge is safe")],
        },
        {
            "kind": "direct",
            "source": [span(TEXT, "Lee")],
            "cue": [span(TEXT, "Lee said")],
            "content": [span(TEXT, "We are ready,")],
        },
    ],
}


def record(attrs: list[dict[str, object]]) -> dict[str, object]:
    return {
        "id": "d1",
        "text": TEXT,
        "entities": [
            {
                "id": "e1",
                "name": "Ann Lee",
                "type": "PERSON",
                "country": None,
                "role": None,
                "mentions": [span(TEXT, "Lee")],
            }
        ],
        "attributions": attrs,
    }


def test_perfect_prediction_scores_one() -> None:
    pred = record(
        [
            {
                "id": "a1",
                "kind": "indirect",
                "source": span(TEXT, "The mayor"),
                "speaker": None,
                "cue": span(TEXT, "said"),
                "content": [span(TEXT, "the bridge is safe")],
                "via": None,
            },
            {
                "id": "a2",
                "kind": "direct",
                "source": span(TEXT, "Lee"),
                "speaker": "e1",
                "cue": span(TEXT, "Lee said"),
                "content": [span(TEXT, "We are ready")],
                "via": None,
            },
        ]
    )
    s = score([GOLD], [pred]).summary()
    assert s["e2e_f1"] == 1.0
    assert s["quoted_e2e_f1"] == 1.0
    assert s["exact_f1"] == 1.0  # punctuation at the ends is ignored


def test_wrong_speaker_counts_for_content_not_e2e() -> None:
    pred = record(
        [
            {
                "id": "a2",
                "kind": "direct",
                "source": span(TEXT, "The mayor"),
                "speaker": None,
                "cue": None,
                "content": [span(TEXT, "We are ready")],
                "via": None,
            },
        ]
    )
    s = score([GOLD], [pred]).summary()
    assert s["content_p"] == 1.0 and s["content_r"] == 0.5
    assert s["e2e_p"] == 0.0
    assert s["speaker_acc"] == 0.0


def test_resolved_name_counts_when_a_name_word_is_in_the_gold_source() -> None:
    pred = record(
        [
            {
                "id": "a2",
                "kind": "direct",
                "source": None,
                "speaker": "e1",
                "cue": None,
                "content": [span(TEXT, "We are ready")],
                "via": None,
            },
        ]
    )
    assert score([GOLD], [pred]).summary()["speaker_acc"] == 1.0


def test_missing_record_is_an_empty_prediction() -> None:
    sc = score([GOLD], [])
    assert sc.missing_docs == 1
    assert sc.summary()["e2e_r"] == 0.0


def test_text_mismatch_is_an_input_error() -> None:
    with pytest.raises(InputError):
        score([GOLD], [{"id": "d1", "text": "other", "attributions": []}])


def test_cli(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(record([])) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", "attributions", str(gold), str(pred)])
    assert res.exit_code == 0
    assert res.stdout.splitlines()[-1].startswith("summary e2e_f1=0.000")
    res = CliRunner().invoke(main, ["eval", "attributions", str(tmp_path / "no.jsonl"), str(pred)])
    assert res.exit_code == 1 and "no such file" in res.stderr
