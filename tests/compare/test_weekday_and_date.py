"""A weekday and the date it falls on name one day: "on Wednesday" in a report of Thursday 9 May
and "on May 8" agree; a weekday and a date of another day of that week disagree. Invented
reports."""

from __future__ import annotations

from .agreeing import contradictions

PEOPLE = ("Ruth Kalder",)
DATES = (("Wednesday", "2024-05-08"), ("May 8", "2024-05-08"), ("May 6", "2024-05-06"))
FIRST = (
    "2024-05-09",
    "Ruth Kalder resigned as head of the port authority on Wednesday after a row over fees, "
    "her office said.\n",
)


def _second(day: str) -> tuple[str, str]:
    return (
        "2024-05-10",
        f"Ruth Kalder stepped down as head of the port authority on {day} after a row over "
        "fees, her office said.\n",
    )


def test_a_weekday_and_its_date_agree() -> None:
    assert contradictions(FIRST, _second("May 8"), people=PEOPLE, dates=DATES) == []


def test_a_weekday_and_another_date_disagree() -> None:
    found = contradictions(FIRST, _second("May 6"), people=PEOPLE, dates=DATES)
    assert "date" in [w for w, _ in found]
