"""What ``matching.find`` flags as contradictions between invented reports (hand-built records:
entities by name, dates as given), for the tests of reports that agree in different words."""

from __future__ import annotations

from sayso.compare import matching

from .records import record


def contradictions(
    *reports: tuple[str, str],
    people: tuple[str, ...] = (),
    places: tuple[str, ...] = (),
    dates: tuple[tuple[str, str], ...] = (),
) -> list[tuple[str | None, tuple[str, ...]]]:
    """(what, values) of each contradiction between ``reports`` ((published, text) each)."""
    recs = [
        record(chr(97 + k), text, people=people, places=places, dates=dates, published=day)
        for k, (day, text) in enumerate(reports)
    ]
    found = matching.find(recs, list(range(len(recs))))
    return [(f.what, f.values) for f in found if f.kind in ("contradiction", "attribution")]
