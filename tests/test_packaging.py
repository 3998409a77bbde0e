"""Every data file, template and asset under src/sayso ships in the wheel (package-data)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_package_data_covers_every_non_python_file() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["sayso"]
    pkg = ROOT / "src" / "sayso"
    missing = []
    for path in pkg.rglob("*"):
        if not path.is_file() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
            continue
        rel = path.relative_to(pkg).as_posix()
        if not any(fnmatch.fnmatch(rel, p) for p in patterns):
            missing.append(rel)
    assert not missing, f"not in [tool.setuptools.package-data]: {missing}"
