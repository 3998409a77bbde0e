"""Times: parse_date() on written-out dates, normalise() against a publication date, the date
words, and the stage on hand-written sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from sayso import resources
from sayso.pipeline.base import State
from sayso.pipeline.times import FUTURE, NOW, PAST, TimeStage, normalise, parse_date
from sayso.types import Document, Flag, Meta, Span

PUB = "2024-02-05"  # a Monday

CASES = [
    # explicit dates
    ("October 18, 2023", PUB, "2023-10-18"),
    ("18 October 2023", PUB, "2023-10-18"),
    ("the 18th of October, 2023", PUB, "2023-10-18"),
    ("Sept. 11, 2001", None, "2001-09-11"),
    ("2023-10-18", None, "2023-10-18"),
    ("10/18/2023", None, "2023-10-18"),
    ("25/12/2023", None, "2023-12-25"),
    ("Monday, Oct. 18, 2023", None, "2023-10-18"),
    ("JUNE 3, 2021", None, "2021-06-03"),
    # month and day: the nearest year, preferably not after publication
    ("February 1", PUB, "2024-02-01"),
    ("Oct. 18", PUB, "2023-10-18"),
    ("December 28", "2024-01-03", "2023-12-28"),
    ("January 2", "2023-12-30", "2024-01-02"),
    ("18th of October", PUB, "2023-10-18"),
    ("February 1", None, None),
    # month and year, month alone, year
    ("March 2022", PUB, "2022-03"),
    ("March", PUB, "2024-03"),
    ("December", PUB, "2023-12"),
    ("in 2019", PUB, "2019"),
    ("the year 2024", PUB, "2024"),
    ("2019", None, "2019"),
    # relative to publication
    ("yesterday", PUB, "2024-02-04"),
    ("today", PUB, "2024-02-05"),
    ("last night", PUB, "2024-02-04"),
    ("tomorrow", PUB, "2024-02-06"),
    ("on Monday", PUB, "2024-02-05"),
    ("Tuesday", PUB, "2024-01-30"),
    ("last Tuesday", PUB, "2024-01-30"),
    ("last Monday", PUB, "2024-01-29"),
    ("next Friday", PUB, "2024-02-09"),
    ("three days ago", PUB, "2024-02-02"),
    ("last month", "2024-01-03", "2023-12"),
    ("earlier this month", PUB, "2024-02"),
    ("last year", PUB, "2023"),
    ("this year", PUB, "2024"),
    ("next year", PUB, "2025"),
    ("yesterday", None, None),
    ("on Monday", None, None),
    ("last year", None, None),
    # seasons and weeks: the year of the season, the month a week lies in (or nothing)
    ("last fall", "2024-03-14", "2023"),
    ("last fall", "2024-12-10", "2024"),
    ("this spring", "2024-03-14", "2024"),
    ("next spring", "2024-10-01", "2025"),
    ("next summer", "2024-03-14", "2024"),
    ("earlier this week", "2024-03-14", "2024-03"),
    ("earlier this week", PUB, None),  # a Monday: no earlier day this week
    ("later this week", "2024-03-14", "2024-03"),
    ("next week", "2024-03-14", "2024-03"),
    ("next week", "2024-04-24", None),  # April 29 to May 5: two months
    ("last week", "2024-03-14", "2024-03"),
    # a day that names a past event
    ("the Sept. 11 attacks", PUB, "2001-09-11"),
    ("September 11th hijackers", PUB, "2001-09-11"),
    ("after 9/11", PUB, "2001-09-11"),
    # vague: nothing
    ("recent years", PUB, None),
    ("daily", PUB, None),
    ("decades", PUB, None),
    ("last week", PUB, None),
    ("the 1990s", PUB, None),
    ("the past 20 years", PUB, None),
    ("the last year", PUB, None),
]


@pytest.mark.parametrize(("expression", "published", "expected"), CASES)
def test_normalise(expression: str, published: str | None, expected: str | None) -> None:
    assert normalise(expression, published) == expected


@pytest.mark.parametrize(
    ("expression", "published", "tense", "expected"),
    [
        ("Monday", "2024-02-07", FUTURE, "2024-02-12"),  # "will meet on Monday"
        ("Monday", "2024-02-07", PAST, "2024-02-05"),
        ("Wednesday", "2024-02-07", FUTURE, "2024-02-07"),
        ("next Monday", "2024-02-07", PAST, "2024-02-12"),  # the modifier wins
        ("February", "2024-12-10", PAST, "2024-02"),  # "was signed into law in February"
        ("February", "2024-12-10", NOW, "2025-02"),
        ("February", "2024-12-10", FUTURE, "2025-02"),
        ("March", "2024-02-05", PAST, "2023-03"),
        ("Feb. 20", "2024-12-10", PAST, "2024-02-20"),
        ("Dec. 20", "2024-12-10", FUTURE, "2024-12-20"),
        ("Dec. 20", "2024-12-10", PAST, "2023-12-20"),
    ],
)
def test_tense_sets_the_direction(
    expression: str, published: str, tense: int, expected: str
) -> None:
    assert normalise(expression, published, tense) == expected


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2024-02-05", dt.date(2024, 2, 5)),
        ("2024/2/5", dt.date(2024, 2, 5)),
        ("2024.02.05", dt.date(2024, 2, 5)),
        ("March 3, 2024", dt.date(2024, 3, 3)),
        ("Mar. 3, 2024", dt.date(2024, 3, 3)),
        ("3rd Sept. 2024", dt.date(2024, 9, 3)),
        ("12 JUNE 2024", dt.date(2024, 6, 12)),
        ("2024-02-05T10:30:00Z", dt.date(2024, 2, 5)),
        ("May 2024", None),  # no day
        ("Oct. 18", None),  # no year
        ("2024", None),
        ("Feb 30, 2024", None),  # no such day
        ("yesterday", None),  # relative: normalise() reads it against a publication date
        ("the ministry said", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(written: str | None, expected: dt.date | None) -> None:
    assert parse_date(written) == expected


def test_date_words_come_from_the_word_file() -> None:
    assert {"may", "sept", "december"} <= resources.month_words()
    assert {"monday", "yesterday", "tonight"} <= resources.day_words()
    assert not resources.day_words() & {"last night", "mon", "may"}


def _state(text: str, published: str | None, flags: tuple[Flag, ...] = ()) -> State:
    from sayso import nlp

    doc = nlp.load()(text)
    return State(
        document=Document(id="t", text=text, published=published),
        meta=Meta(published=published, body=((0, len(text)),), flags=flags),
        doc=doc,
    )


@pytest.mark.model
def test_stage_finds_and_normalises() -> None:
    text = (
        "The ministers met in Beijing on October 18, 2023, and again yesterday. "
        "A second call followed on Feb. 1 and another is planned for 2024-03-10. "
        "The two countries have grown closer in recent years and talk daily, "
        "and the year 2024 marks an anniversary."
    )
    state = _state(text, PUB)
    TimeStage()(state)
    got = {t.span.text: t.value for t in state.times}
    assert got["October 18, 2023"] == "2023-10-18"
    assert got["yesterday"] == "2024-02-04"
    assert got["Feb. 1"] == "2024-02-01"
    assert got["2024-03-10"] == "2024-03-10"
    assert got["the year 2024"] == "2024"
    assert not any("recent" in s or "daily" in s for s in got)
    for t in state.times:
        assert text[t.span.start : t.span.end] == t.span.text
    assert [t.span.start for t in state.times] == sorted(t.span.start for t in state.times)


@pytest.mark.model
def test_stage_without_publication_date_keeps_explicit_dates_only() -> None:
    text = "The talks began yesterday, a year after the accord of March 3, 2022."
    state = _state(text, None)
    TimeStage()(state)
    assert [(t.span.text, t.value) for t in state.times] == [("March 3, 2022", "2022-03-03")]


@pytest.mark.model
def test_stage_skips_flagged_boilerplate() -> None:
    text = "Posted 2024-02-05 | Share\n\nThe talks began on January 30, 2024."
    flag = Flag("boilerplate", Span(0, 25, text[0:25]))
    state = _state(text, PUB, flags=(flag,))
    TimeStage()(state)
    assert [t.value for t in state.times] == ["2024-01-30"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The ministers will meet on Monday to discuss the budget.", "2024-02-07",
         {"Monday": "2024-02-12"}),
        ("The ministers met on Monday to discuss the budget.", "2024-02-07",
         {"Monday": "2024-02-05"}),
        ("The minister is due to travel to Lima on Friday.", "2024-03-12",
         {"Friday": "2024-03-15"}),
        ("The tax bill was signed into law in February.", "2024-12-10", {"February": "2024-02"}),
        ("The senate will vote on the tax bill in February.", "2024-12-10",
         {"February": "2025-02"}),
        ("Airport checks were tightened after the Sept. 11 attacks on New York.", "2024-06-02",
         {"Sept. 11": "2001-09-11"}),
        ("The mayor met the envoy on Sept. 11.", "2024-09-20", {"Sept. 11": "2024-09-11"}),
        ("Judge Ann Ward set sentencing for Sept. 18.", "2025-06-20", {"Sept. 18": "2025-09-18"}),
        ("The vote was postponed until February.", "2024-12-10", {"February": "2025-02"}),
        ("The plant closed last fall and reopened earlier this week.", "2024-03-14",
         {"last fall": "2023", "earlier this week": "2024-03"}),
    ],
)  # fmt: skip
def test_stage_reads_the_tense_of_the_clause(
    text: str, published: str, expected: dict[str, str]
) -> None:
    state = _state(text, published)
    TimeStage()(state)
    assert {t.span.text: t.value for t in state.times} == expected


def test_written_out_dates_need_their_separators() -> None:
    """The iso and numeric patterns are searched only in a text holding "-" or "/": a text with
    one finds its date, a text without finds neither kind."""
    from sayso.pipeline.time_patterns import patterns

    pats = patterns()
    pub = dt.date(2024, 2, 5)

    def kinds(text: str) -> list[tuple[str, str]]:
        return [(pats.specs[f.rank][0], f.value) for f in pats.scan(text, pub, weak=False)]

    assert kinds("The tribunal sat on 2023-10-18 in the old town hall.") == [("iso", "2023-10-18")]
    assert kinds("The tribunal sat on 10/18/2023 in the old hall.") == [("numeric", "2023-10-18")]
    assert kinds("The tribunal sat on 2023 10 18 in the old hall.") == []
