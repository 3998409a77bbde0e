"""An ordinal before a name ("the 12th Korrin Forum") is a number, no word that frames a date:
two numbered editions, each dated with its own act, do not share a frame through the ending
"th"; one act dated two ways still does. Invented sentences."""

from __future__ import annotations

from sayso.compare.frames import date_frame, same_frame


def _frame(text: str, value: str) -> frozenset[str]:
    return date_frame(text, text.index(value))


def test_an_ordinal_is_no_word_of_a_date_frame() -> None:
    assert "th" not in _frame("Ms. Orvik chaired the 12th Korrin Water Forum in 2016.", "2016")
    assert "nd" not in _frame("She opened the 2nd Tamsby Fair in 2011.", "2011")


def test_two_editions_dated_with_two_acts_share_no_frame() -> None:
    a = _frame("Ms. Orvik won a prize at the 4th Tamsby Engineering Fair in 2004.", "2004")
    b = _frame("Ms. Orvik judged entries at the 9th Tamsby Engineering Fair in 2009.", "2009")
    assert not same_frame(a, b)


def test_one_act_dated_two_ways_shares_its_frame() -> None:
    a = _frame("Ms. Orvik judged entries at the 4th Tamsby Engineering Fair in 2004.", "2004")
    b = _frame("Ms. Orvik judged entries at the 9th Tamsby Engineering Fair in 2009.", "2009")
    assert same_frame(a, b)
