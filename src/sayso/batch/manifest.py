"""The run manifest: ``OUT/manifest.json``, rewritten atomically after every finished input.

```
{"format": "sayso-batch", "version": 1,
 "stage_versions": {...},
 "inputs": {KEY: {"source": str, "fingerprint": str, "records": int, "failed": int,
                  "engine": "local"|"spark", "finished_at": str}},
 "runs": [{"engine", "workers", "started_at", "finished_at", "seconds", "records", "failed",
           "skipped_inputs", "articles_per_s", "peak_rss_mb": {"worker pid": MB}}]}
```
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import NotRequired, TypedDict, cast

from ..errors import ConfigError, json_problem

__all__ = ["FORMAT", "InputEntry", "Manifest", "ManifestData", "RunEntry", "now", "put_file"]

FORMAT = "sayso-batch"
NAME = "manifest.json"


class InputEntry(TypedDict):
    """A finished input."""

    source: str
    fingerprint: str
    records: int
    failed: int
    engine: str
    finished_at: NotRequired[str]


class RunEntry(TypedDict):
    """One run of ``sayso batch``."""

    engine: str
    workers: int
    started_at: str
    finished_at: str
    seconds: float
    records: int
    failed: int
    skipped_inputs: int
    articles_per_s: float
    peak_rss_mb: dict[str, float]  # worker pid -> MB
    phases_s: NotRequired[dict[str, float]]  # e.g. Spark: the session's start, the job


class ManifestData(TypedDict):
    format: str
    version: int
    stage_versions: NotRequired[dict[str, str]]
    inputs: dict[str, InputEntry]
    runs: list[RunEntry]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def put_file(tmp: Path, final: Path, durable: bool) -> None:
    """Rename the complete file ``tmp`` to ``final`` (readers never see half a file). With
    ``durable`` the file is synced to disk first and its directory after, so that the rename
    survives a power loss or OS crash (without, it survives the process being killed)."""
    if durable:
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
    os.replace(tmp, final)
    if durable:
        folder = os.open(final.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


class Manifest:
    def __init__(self, out: Path, durable: bool = False) -> None:
        self.path = out / NAME
        self.durable = durable
        self.data: ManifestData = {"format": FORMAT, "version": 1, "inputs": {}, "runs": []}
        if self.path.exists():
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                problem = json_problem(exc) if isinstance(exc, json.JSONDecodeError) else exc
                raise ConfigError(
                    f"{self.path} is not a readable batch manifest ({problem}); "
                    "pick another --out directory"
                ) from None
            if not isinstance(loaded, dict) or loaded.get("format") != FORMAT:
                raise ConfigError(
                    f"{self.path} is not a sayso batch manifest; pick another --out directory"
                )
            loaded.setdefault("inputs", {})
            loaded.setdefault("runs", [])
            self.data = cast(ManifestData, loaded)

    @staticmethod
    def is_batch_dir(path: Path) -> bool:
        return path.is_dir() and (path / NAME).is_file()

    @property
    def inputs(self) -> dict[str, InputEntry]:
        return self.data["inputs"]

    def done(self, key: str, fingerprint: str) -> bool:
        entry = self.inputs.get(key)
        return isinstance(entry, dict) and entry.get("fingerprint") == fingerprint

    def finish(self, key: str, entry: InputEntry) -> None:
        self.inputs[key] = {**entry, "finished_at": now()}
        self.save()

    def add_run(self, run: RunEntry) -> None:
        self.data["runs"].append(run)
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{NAME}.part")
        tmp.write_text(json.dumps(self.data, indent=2, ensure_ascii=False) + "\n", "utf-8")
        put_file(tmp, self.path, self.durable)
