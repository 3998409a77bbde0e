"""Cross-report contradictions, round 20 (sayso.compare.slots): two ages of one person a year
apart agree (a birthday may fall between two sources' records of that age), in paraphrased
reports (``matching``) and in near-copies (``divergences``); ages further apart still disagree.
Invented reports."""

from __future__ import annotations

from sayso.compare import compare, matching
from sayso.compare.slots import counts, counts_agree

from .records import record

PEOPLE = ("Nora Pell", "Ivo Hale")
PLACES = ("Vantor", "Brannock")
DAYS = (("Friday", "2024-05-03"),)


def _age(text: str) -> object:
    return next(c for c in counts(text) if c.unit == "age")


def test_ages_a_year_apart_agree() -> None:
    assert counts_agree(_age("a 44-year-old man"), _age("Hale, 45, of Vantor"))  # type: ignore[arg-type]
    assert not counts_agree(_age("a 44-year-old man"), _age("Hale, 47, of Vantor"))  # type: ignore[arg-type]
    a, b = (c for t in ("44 boats", "45 boats") for c in counts(t))
    assert not counts_agree(a, b)  # a count of things has no such slack


def _found(*texts: str) -> list[str]:
    recs = [
        record(chr(97 + k), t + "\n", people=PEOPLE, places=PLACES, dates=DAYS)
        for k, t in enumerate(texts)
    ]
    found = matching.find(recs, list(range(len(recs))))
    return [f.what or "" for f in found if f.kind == "contradiction"]


FIRST = (
    "Ivo Hale, 44, was arrested in Vantor on Friday after a long chase through the hills.\n"
    "Officers said the truck he drove had been reported stolen the week before."
)


def test_paraphrased_ages_a_year_apart() -> None:
    second = (
        "Police on Friday arrested {}-year-old Ivo Hale in Vantor after chasing him through the "
        "hills.\nThe truck he was driving had been stolen a week earlier, officers said."
    )
    assert "number" not in _found(FIRST, second.format(45))
    assert "number" in _found(FIRST, second.format(49))


def _rec(doc_id: str, text: str) -> object:
    return record(doc_id, text, people=PEOPLE, places=PLACES, published="2024-05-04", dates=DAYS)


def test_near_copy_ages_a_year_apart() -> None:
    base = (
        "Nora Pell, {}, opened a bakery in Brannock on Friday with two of her cousins.\n"
        "The mayor cut the ribbon in front of a crowd of neighbours and friends.\n"
    )
    kinds = [
        (d["kind"], d["what"])
        for d in compare("s", [_rec("a", base.format(31)), _rec("b", base.format(32))])[
            "divergences"
        ]
    ]
    assert ("contradiction", "number") not in kinds
    kinds = [
        (d["kind"], d["what"])
        for d in compare("s", [_rec("a", base.format(31)), _rec("b", base.format(36))])[
            "divergences"
        ]
    ]
    assert ("contradiction", "number") in kinds


def test_a_child_age_a_year_apart_disagrees() -> None:
    assert not counts_agree(_age("a 3-year-old boy"), _age("a 4-year-old boy"))  # type: ignore[arg-type]


def test_approximate_counts_in_near_copies_still_disagree() -> None:
    base = (
        "Nora Pell drove on for about {} minutes before she stopped in Brannock on Friday.\n"
        "The mayor cut the ribbon in front of a crowd of neighbours and friends.\n"
    )
    line = compare("s", [_rec("a", base.format(15)), _rec("b", base.format(17))])
    assert ("contradiction", "number") in [(d["kind"], d["what"]) for d in line["divergences"]]
