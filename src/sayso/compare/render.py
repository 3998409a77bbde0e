"""Renderings of ``sayso compare`` lines: a side-by-side table and an HTML page (Jinja2 template
``templates/compare.html``, reusable by the web app)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import ConfigError
from ..types import Record


def html(
    lines: Sequence[Mapping[str, Any]], records: Sequence[Record], title: str = "Sayso: compare"
) -> str:
    """The HTML page of ``lines`` (needs jinja2: the ``web`` extra)."""
    try:
        import jinja2
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ConfigError("-f html needs jinja2: pip install 'sayso[web]' (or jinja2)") from exc
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("sayso.compare", "templates"),
        autoescape=jinja2.select_autoescape(["html"]),
    )
    texts = {
        r.id: {"title": r.meta.title, "outlet": r.meta.outlet, "published": r.meta.published}
        for r in records
    }
    return env.get_template("compare.html").render(stories=lines, texts=texts, title=title)


def table_rows(lines: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One row per divergence (and one per story without any), then one per claim (event or
    quote) that not every document asserts (kind ``claim``, ``what`` its PLOVER type or
    ``QUOTE``, ``other`` each other document with what it does), for ``-f table``."""
    rows: list[dict[str, Any]] = []
    for line in lines:
        copies = "; ".join(f"{a}={b}" for a, b in line.get("copies", []))
        if not line["divergences"]:
            rows.append({"story": line["story"], "kind": "-", "what": None, "about": None,
                         "asserted_by": ", ".join(line["documents"]), "other": None,
                         "evidence": None, "copies": copies})  # fmt: skip
        for v in line["divergences"]:
            evidence = " | ".join(f"{e['doc']}: {e['text']}" for e in v["evidence"])
            rows.append({"story": line["story"], "kind": v["kind"], "what": v["what"],
                         "about": v["about"], "asserted_by": ", ".join(v["asserted_by"]),
                         "other": ", ".join(v["other"]), "evidence": evidence,
                         "copies": copies})  # fmt: skip
        for c in line.get("claims", []):
            others = [f"{d} ({status})" for key, status in _STATUS for d in c.get(key, [])]
            if not others:
                continue
            evidence = " | ".join(f"{e['doc']}: {e['text']}" for e in c["evidence"])
            rows.append({"story": line["story"], "kind": "claim", "what": c["type"],
                         "about": c["about"], "asserted_by": ", ".join(c["asserted_by"]),
                         "other": ", ".join(others), "evidence": evidence,
                         "copies": copies})  # fmt: skip
    return rows


# the keys of a claim other than ``asserted_by``, and the word the table shows for each
_STATUS = (
    ("omitted_by", "omits"),
    ("contradicted_by", "contradicts"),
    ("qualified_by", "qualifies"),
    ("unclear", "unclear"),
)
