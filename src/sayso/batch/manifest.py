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
from typing import Any

from ..errors import ConfigError

__all__ = ["FORMAT", "Manifest", "now"]

FORMAT = "sayso-batch"
NAME = "manifest.json"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Manifest:
    def __init__(self, out: Path) -> None:
        self.path = out / NAME
        self.data: dict[str, Any] = {"format": FORMAT, "version": 1, "inputs": {}, "runs": []}
        if self.path.exists():
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise ConfigError(
                    f"{self.path} is not a readable batch manifest ({exc}); "
                    "pick another --out or remove the file"
                ) from None
            if not isinstance(loaded, dict) or loaded.get("format") != FORMAT:
                raise ConfigError(
                    f"{self.path} is not a sayso batch manifest; pick another --out directory"
                )
            self.data = loaded

    @staticmethod
    def is_batch_dir(path: Path) -> bool:
        return path.is_dir() and (path / NAME).is_file()

    @property
    def inputs(self) -> dict[str, Any]:
        inputs: dict[str, Any] = self.data.setdefault("inputs", {})
        return inputs

    def done(self, key: str, fingerprint: str) -> bool:
        entry = self.inputs.get(key)
        return isinstance(entry, dict) and entry.get("fingerprint") == fingerprint

    def finish(self, key: str, entry: dict[str, Any]) -> None:
        self.inputs[key] = {**entry, "finished_at": now()}
        self.save()

    def add_run(self, run: dict[str, Any]) -> None:
        self.data.setdefault("runs", []).append(run)
        self.save()

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{NAME}.part")
        tmp.write_text(json.dumps(self.data, indent=2, ensure_ascii=False) + "\n", "utf-8")
        os.replace(tmp, self.path)
