"""Two dated acts of one career are no contradiction: reports of one person's new post, each
recalling another step of her life with its year (``referents._career``); the same act dated two
ways still is. Invented reports."""

from __future__ import annotations

from sayso.compare import matching

from .records import record

PEOPLE = ("Lena Orvik",)
PLACES = ("Tamsby", "Korrin")
YEARS = (("2004", "2004"), ("2016", "2016"), ("2009", "2009"), ("Tuesday", "2024-04-30"))


def _dates(*texts: str) -> list[tuple[str, ...]]:
    recs = [
        record(chr(97 + k), t, people=PEOPLE, places=PLACES, dates=YEARS)
        for k, t in enumerate(texts)
    ]
    found = matching.find(recs, list(range(len(recs))))
    return [f.values for f in found if f.kind == "contradiction" and f.what == "date"]


LEAD_A = "The engineer Lena Orvik was appointed head of the Korrin water board on Tuesday.\n"
LEAD_B = "Korrin's water board on Tuesday chose Lena Orvik, an engineer, as its new head.\n"


def test_two_steps_of_one_career_agree() -> None:
    a = LEAD_A + "Ms. Orvik, 51, was elected chair of the Tamsby engineers' guild in 2016.\n"
    b = LEAD_B + "Ms. Orvik, from Tamsby, designed the harbour sluice of Korrin in 2004.\n"
    assert _dates(a, b) == []


def test_one_act_dated_two_ways_disagrees() -> None:
    a = LEAD_A + "Ms. Orvik designed the harbour sluice of Korrin in 2004, the board said.\n"
    b = LEAD_B + "Ms. Orvik, from Tamsby, designed the harbour sluice of Korrin in 2009.\n"
    assert ("2004", "2009") in _dates(a, b)


def test_one_act_in_other_words_dated_two_ways_disagrees() -> None:
    a = LEAD_A + "Ms. Orvik set up an engineering firm in Tamsby in 2004, the board said.\n"
    b = LEAD_B + "Ms. Orvik, who founded a Tamsby engineering company in 2009, is 51.\n"
    assert ("2004", "2009") in _dates(a, b)


def test_a_year_that_opens_its_clause_dates_the_act_after_it() -> None:
    a = LEAD_A + "In 2004, Ms. Orvik designed the harbour sluice of Korrin for the board.\n"
    b = LEAD_B + "Ms. Orvik, 51, was elected chair of the Tamsby engineers' guild in 2016.\n"
    assert _dates(a, b) == []
