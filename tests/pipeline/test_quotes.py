"""Quotation marks: balanced, unbalanced, mixed and running over paragraphs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sayso.pipeline.quotes import QuoteIndex, find_quotes, paragraphs


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


def test_curly_and_straight_quotes() -> None:
    text = 'She said \u201cwe will win\u201d and he said "no way" twice.'
    assert inner(text) == ["we will win", "no way"]


def test_unclosed_quote_stops_at_paragraph_end() -> None:
    text = "He said \u201cthe plan works.\n\nThe council met on Monday and voted."
    quotes = find_quotes(text)
    assert [text[q.inner_start : q.inner_end] for q in quotes] == ["the plan works."]
    assert not quotes[0].closed
    assert quotes[0].end <= text.index("\n\n")


def test_second_opening_mark_closes_the_first() -> None:
    text = "\u201cFirst part, he said. \u201cSecond part.\u201d"
    quotes = find_quotes(text)
    assert [text[q.inner_start : q.inner_end] for q in quotes] == [
        "First part, he said.",
        "Second part.",
    ]
    assert not quotes[0].closed
    assert quotes[1].closed


def test_quote_over_paragraphs_marks_continuation() -> None:
    text = "\u201cWe began in May.\n\n\u201cWe finished in June,\u201d she said."
    quotes = find_quotes(text)
    assert len(quotes) == 2
    assert quotes[0].continues and not quotes[0].closed
    assert quotes[1].closed


def test_stray_closing_mark_is_ignored() -> None:
    text = "Nothing here\u201d at all. Then \u201cthis\u201d."
    assert inner(text) == ["this"]


def test_apostrophes_are_not_quotes() -> None:
    assert inner("It's China's view, isn't it?") == []


def test_paragraphs_trim_whitespace() -> None:
    text = "  one  \n\n\n two\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["one", "two"]


def test_index_answers_inside() -> None:
    text = 'a "bc" d'
    idx = QuoteIndex(find_quotes(text))
    assert idx.inside(text.index("b"))
    assert not idx.inside(text.index("d"))


@given(st.text(alphabet=st.sampled_from(list('ab \n"\u201c\u201d\u00ab\u00bb.,')), max_size=200))
def test_quotes_never_cross_paragraphs_and_stay_in_bounds(text: str) -> None:
    paras = paragraphs(text)
    for q in find_quotes(text):
        assert 0 <= q.start < q.inner_start <= q.inner_end <= q.end <= len(text)
        assert any(s <= q.start and q.end <= e for s, e in paras)


def test_a_spaced_closing_mark_after_a_nested_quote_closes() -> None:
    text = "\"I never liked the phrase 'business friendly,' \" he told the group."
    quotes = find_quotes(text)
    assert len(quotes) == 1 and quotes[0].closed
    assert text[quotes[0].inner_start : quotes[0].inner_end].endswith("friendly,' ")
