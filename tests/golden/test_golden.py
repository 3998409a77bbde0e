"""Golden records: hand-written articles (tests/fixtures/articles) against hand-made gold.

``test_golden`` holds the pipeline to the floors pinned in each ``<name>.expected.json`` (what it
reaches today) and prints every missed item. ``test_golden_targets`` holds it to
``check.TARGETS`` (what a correct tool reaches); it is an expected failure while the golden file
lists known misses, so a fix shows up as XPASS.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

HERE = Path(__file__).parent
ARTICLES = HERE.parent / "fixtures" / "articles"
NAMES = sorted(p.name.removesuffix(".expected.json") for p in HERE.glob("*.expected.json"))


def _load_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sayso_golden_check", HERE / "check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while the class is built
    spec.loader.exec_module(module)
    return module


check = _load_check()


def expected(name: str) -> dict[str, Any]:
    with (HERE / f"{name}.expected.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def article(name: str) -> str:
    return (ARTICLES / expected(name)["article"]).read_text(encoding="utf-8")


def known_misses(name: str) -> list[str]:
    exp = expected(name)
    return [
        f"{section} {k['id']}"
        for section in check.SECTIONS
        for k in exp.get(section, {}).get("known_misses", [])
    ]


@functools.cache
def record(name: str) -> dict[str, Any]:
    import sayso

    rec = sayso.extract(article(name), id=name, published=expected(name)["published"])
    out: dict[str, Any] = rec.to_dict()
    return out


def test_there_are_golden_files() -> None:
    assert {"wire", "briefing", "chains"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_golden_file_is_well_formed(name: str) -> None:
    problems = check.validate(expected(name), article(name))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", NAMES)
def test_article_length(name: str) -> None:
    words = len(re.findall(r"\S+", article(name)))
    assert 250 <= words <= 450, f"{name}: {words} words"


@pytest.mark.model
@pytest.mark.parametrize("name", NAMES)
def test_golden(name: str) -> None:
    report = check.check(expected(name), record(name), name)
    assert not report.problems, report.message()
    failures = report.floor_failures()
    assert not failures, "floors not reached: " + "; ".join(failures) + "\n" + report.message()


def _target_params() -> list[Any]:
    out = []
    for name in NAMES:
        misses = known_misses(name)
        marks = (
            [pytest.mark.xfail(reason=f"known misses: {', '.join(misses)}", strict=False)]
            if misses
            else []
        )
        out.append(pytest.param(name, marks=marks))
    return out


@pytest.mark.model
@pytest.mark.parametrize("name", _target_params())
def test_golden_targets(name: str) -> None:
    report = check.check(expected(name), record(name), name)
    failures = report.target_failures()
    assert not failures, "targets not reached: " + "; ".join(failures) + "\n" + report.message()
