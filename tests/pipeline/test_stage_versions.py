"""Stage versions that mean something. Every stage's output on a hand-written article
(tests/fixtures/stages.txt) is held to tests/golden/stages.json together with the stage's
version: a stage whose output changes must get a new version (so that ``sayso ingest
--rerun-stale`` extracts again the records an older version made), and a new version means the
golden file is written again::

    SAYSO_UPDATE_GOLDEN=1 pytest tests/pipeline/test_stage_versions.py
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path

import pytest

from sayso.pipeline import Pipeline
from sayso.types import Document

HERE = Path(__file__).parent
ARTICLE = HERE.parent / "fixtures" / "stages.txt"
GOLDEN = HERE.parent / "golden" / "stages.json"
UPDATE = "SAYSO_UPDATE_GOLDEN"

Outputs = dict[str, dict[str, object]]


def plain(value: object) -> object:
    """``value`` as JSON data: records' parts through their ``to_dict``."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(dataclasses.asdict(value))
    return value


def stage_outputs(pipeline: Pipeline) -> Outputs:
    """Per stage, in pipeline order: its version, and what it assigned with a digest of it."""
    document = Document(id="stages", text=ARTICLE.read_text(encoding="utf-8"), outlet="Courier")
    state = pipeline.run_state(document, pipeline.nlp(document.text))
    out: Outputs = {}
    for stage in (pipeline.cleanup, *pipeline.stages):
        assigned = {name: plain(getattr(state, name)) for name in stage.assigns}
        data = json.dumps(assigned, sort_keys=True, ensure_ascii=False)
        out[stage.name] = {
            "version": stage.version,
            "digest": hashlib.sha256(data.encode("utf-8")).hexdigest(),
            "output": assigned,
        }
    return out


def problems(golden: Outputs, now: Outputs) -> list[str]:
    """What differs between the golden outputs and today's, as messages saying what to do."""
    regenerate = f"regenerate {GOLDEN.name} with {UPDATE}=1 (see {Path(__file__).name})"
    changed = [
        f"stage {name} changed its version ({golden[name]['version']} -> {now[name]['version']})"
        for name in now
        if name in golden and golden[name]["version"] != now[name]["version"]
    ]
    changed += [f"stage {name} is new" for name in now if name not in golden]
    changed += [f"stage {name} is gone" for name in golden if name not in now]
    if changed:
        return [f"{c}: {regenerate}" for c in changed]
    moved = [name for name in now if golden[name]["digest"] != now[name]["digest"]]
    if not moved:
        return []
    first, *later = moved
    message = f"stage {first} changed its output: bump its version, then {regenerate}"
    if later:
        message += f" (the output of {', '.join(later)} changed too, maybe because of {first})"
    return [message]


@pytest.mark.model
def test_stage_outputs_match_their_versions(pipeline: Pipeline) -> None:
    now = stage_outputs(pipeline)
    if os.environ.get(UPDATE) == "1":
        GOLDEN.write_text(json.dumps(now, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    found = problems(golden, now)
    assert not found, "\n".join(found)


@pytest.mark.model
def test_every_stage_has_output_on_the_article(pipeline: Pipeline) -> None:
    """The article exercises every stage: an empty output would hold nothing to its version."""
    outputs = stage_outputs(pipeline)
    empty = [name for name, s in outputs.items() if not any(dict(s["output"]).values())]
    assert not empty, f"the article gives no output for: {', '.join(empty)}"


def _outputs(**stages: tuple[str, str]) -> Outputs:
    return {name: {"version": v, "digest": d, "output": {}} for name, (v, d) in stages.items()}


def test_a_changed_output_without_a_new_version_asks_for_a_bump() -> None:
    golden = _outputs(entities=("3", "a"), times=("2", "b"), events=("1", "c"))
    now = _outputs(entities=("3", "a"), times=("2", "B"), events=("1", "C"))
    [message] = problems(golden, now)
    assert message.startswith("stage times changed its output: bump its version")
    assert "events changed too" in message


def test_a_new_version_asks_to_regenerate() -> None:
    golden = _outputs(entities=("3", "a"), times=("2", "b"))
    now = _outputs(entities=("3", "a"), times=("3", "B"))
    assert problems(golden, now) == [
        f"stage times changed its version (2 -> 3): regenerate stages.json with {UPDATE}=1 "
        "(see test_stage_versions.py)"
    ]
    assert problems(golden, golden) == []
