"""Renderings of ``sayso compare`` lines: a side-by-side table and an HTML page (Jinja2 template
``templates/compare.html``, reusable by the web app)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import ConfigError
from ..types import Record
from .view import parts


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
    env.filters["parts"] = parts
    texts = {
        r.id: {"title": r.meta.title, "outlet": r.meta.outlet, "published": r.meta.published}
        for r in records
    }
    return env.get_template("compare.html").render(stories=lines, texts=texts, title=title)


MARK = ("«", "»")  # around a differing value in the terminal table (it draws no styles)


def marked(report: Mapping[str, Any]) -> str:
    """A report's sentence with its marked values between ``MARK``s."""
    return "".join(f"{MARK[0]}{t}{MARK[1]}" if m else t for t, m in parts(report))


def kind_label(claim: Mapping[str, Any]) -> str:
    what = claim.get("what")
    return str(claim["kind"]) + (f" · {what}" if what and what != "claim" else "")


def claim_table_rows(lines: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """``-f table``: the story claim by claim (``by_claim``), one row per report of each claim:
    the claim and its kind on its first row, then the report, its status and its own wording
    with the differing values between « »."""
    rows: list[dict[str, Any]] = []
    for line in lines:
        claims = line.get("by_claim") or []
        if not claims:
            rows.append({"claim": None, "kind": "-", "report": ", ".join(line["documents"]),
                         "status": None, "wording": None, "story": line["story"]})  # fmt: skip
        for c in claims:
            for n, r in enumerate(c["reports"]):
                rows.append({"claim": c["claim"] if n == 0 else None,
                             "kind": kind_label(c) if n == 0 else None,
                             "report": r["doc"], "status": r["status"],
                             "wording": marked(r) if r.get("text") else None,
                             "story": line["story"] if n == 0 else None})  # fmt: skip
    return rows


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
