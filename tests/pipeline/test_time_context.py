"""Times: the kinds of date a whole real article holds beyond a bare expression, each on
invented sentences: the tense and shape of the clause (present-tense schedules, "be to", "if"
clauses, participles, things named by a date), the story's own years ("In 2019, ... in
mid-April", "that November"), and words that look like dates but are not (a quoted "tonight",
"USA Today", a present-tense "today", the March on Washington)."""

from __future__ import annotations

import pytest

from sayso import nlp
from sayso.pipeline.base import State
from sayso.pipeline.times import AHEAD, EITHER, FUTURE, NOW, PAST, TimeStage, normalise
from sayso.types import Document, Meta

TUE = "2024-03-12"  # a Tuesday


def _times(text: str, published: str) -> dict[str, str]:
    doc = nlp.load()(text)
    state = State(
        document=Document(id="t", text=text, published=published),
        meta=Meta(published=published, body=((0, len(text)),)),
        doc=doc,
    )
    TimeStage()(state)
    for t in state.times:
        assert text[t.span.start : t.span.end] == t.span.text
    return {t.span.text: t.value for t in state.times}


@pytest.mark.parametrize(
    ("expression", "published", "tense", "expected"),
    [
        # a month with "last"/"next"/"this": the one strictly before or after the publication month
        ("next March", "2024-08-01", NOW, "2025-03"),
        ("last March", "2024-08-01", NOW, "2024-03"),
        ("last August", "2024-08-01", NOW, "2023-08"),
        ("this March", "2024-08-01", NOW, "2024-03"),
        # a month of a year relative to publication
        ("January of last year", "2024-05-01", NOW, "2023-01"),
        ("March next year", "2024-05-01", NOW, "2025-03"),
        # "that November" waits for the story's year: alone it is nothing
        ("that November", "2024-05-01", PAST, None),
        ("October of that year", "2024-05-01", NOW, None),
        # a month without tense: the publication year's, unless far back or far ahead
        ("November", "2024-02-20", NOW, "2024-11"),
        ("July", "2024-03-04", NOW, "2024-07"),
        ("February", "2024-12-10", NOW, "2025-02"),
        ("December", "2024-01-15", NOW, "2023-12"),
        # "this Tuesday" by the tense; in a clause that says nothing, only the publication day
        ("this Tuesday", "2024-03-15", PAST, "2024-03-12"),
        ("this Tuesday", "2024-03-15", FUTURE, "2024-03-19"),
        ("this Tuesday", "2024-03-15", NOW, None),
        ("this Friday", "2024-03-15", NOW, "2024-03-15"),
        # a present-tense clause sends a weekday forward; an open one reads only the day itself
        ("Thursday", TUE, AHEAD, "2024-03-14"),
        ("Thursday", TUE, EITHER, None),
        ("Tuesday", TUE, EITHER, TUE),
    ],
)
def test_normalise_modifiers_and_tenses(
    expression: str, published: str, tense: int, expected: str | None
) -> None:
    assert normalise(expression, published, tense) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # present tense, "be to", "scheduled for": what is to come
        ("The two council members face a disciplinary hearing Thursday.", TUE,
         {"Thursday": "2024-03-14"}),
        ("Both suspects are to be sentenced Friday in the district court.", TUE,
         {"Friday": "2024-03-15"}),
        ("A memorial service for the firefighters is scheduled for Saturday.", TUE,
         {"Saturday": "2024-03-16"}),
        # a past clause keeps its weekday behind, "by" or not
        ("Neighbours stopped by Monday to leave candles at the gate.", TUE,
         {"Monday": "2024-03-11"}),
        # a present-tense "if" clause speaks of what is to come
        ("The senator promised a tax cut if her party takes power in January.", "2024-08-01",
         {"January": "2025-01"}),
        # a participle takes the tense of the verb it hangs from
        ("When asked about the merger in an interview in October, the chief executive said "
         "it was off.", "2024-08-01", {"October": "2023-10"}),
        # a modal passive says nothing of the time ("may be rigged"): the publication year's
        ("The challenger warned that the November vote may be rigged.", "2024-08-16",
         {"November": "2024-11"}),
        # a month without tense is the publication year's
        ("The party hopes to win back the governorship in November.", "2024-02-20",
         {"November": "2024-11"}),
    ],
)  # fmt: skip
def test_the_clause_sets_the_direction(text: str, published: str, expected: dict[str, str]) -> None:
    assert _times(text, published) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an explicit year in the clause, or a clause above, gives a yearless month its year
        ("In 2019, the club began selling tickets online in mid-April.", "2024-06-01",
         {"2019": "2019", "mid-April": "2019-04"}),
        # ... not across a coordination: the second clause has a time of its own
        ("The ferry reached the port in May 2022, and the crew signed a new contract in July.",
         "2023-09-01", {"May 2022": "2022-05", "July": "2023-07"}),
        # a story told day by day
        ("On June 2, 2021, the ministry opened an inquiry. On June 20, investigators visited "
         "the plant.", "2024-05-01", {"June 2, 2021": "2021-06-02", "June 20": "2021-06-20"}),
        # "that November", "October of that year": the year given before
        ("Mills first ran for the seat in 1998. She lost that November by four votes.",
         "2024-05-01", {"1998": "1998", "that November": "1998-11"}),
        ("The plant opened in January 2015 and closed in October of that year.", "2024-05-01",
         {"January 2015": "2015-01", "October of that year": "2015-10"}),
        ("She lost that November by four votes.", "2024-05-01", {}),
        ("The ferry sank in January of last year.", "2024-05-01",
         {"January of last year": "2023-01"}),
    ],
)  # fmt: skip
def test_the_story_gives_the_year(text: str, published: str, expected: dict[str, str]) -> None:
    assert _times(text, published) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the speaker's "tonight" is the day they spoke, not the publication day
        ('The coach said after the match on Saturday: "We played badly tonight."', TUE,
         {"Saturday": "2024-03-09"}),
        # relative dates written as names of shows and papers
        ("The minister told ABC's This Week that the talks would resume.", TUE, {}),
        ("Readers of USA Today saw the story first.", TUE, {}),
        ("He was a guest on World News Tonight in 1995.", TUE, {"1995": "1995"}),
        # a present-tense "today" means nowadays; a past one is the day
        ("The old mill today is a museum.", TUE, {}),
        ("The mill reopened today after a long repair.", TUE, {"today": TUE}),
        # the March on Washington is a march; "in March for" is the month
        ("Thousands joined the March on Washington in 1963.", TUE, {"1963": "1963"}),
        ("The two sides met in March for a third round of talks.", "2024-06-01",
         {"March": "2024-03"}),
    ],
)  # fmt: skip
def test_words_that_are_no_dates(text: str, published: str, expected: dict[str, str]) -> None:
    assert _times(text, published) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a present progressive or a thing named by the day: which Friday? (the day itself is sure)
        ("Detectives are still examining a robbery Friday at the harbour.", {}),
        ("Investigators are looking into a shooting Sunday near the station.", {}),
        ("Detectives are still examining a robbery Tuesday at the harbour.", {"Tuesday": TUE}),
        ("The board is weighing today whether to sell the site.", {"today": TUE}),
        # a modal leaves a weekday open, not "today"
        ("The new advert could reach the airwaves Friday.", {}),
        ("The court could rule today on the appeal.", {"today": TUE}),
    ],
)  # fmt: skip
def test_open_weekdays_are_read_only_when_sure(text: str, expected: dict[str, str]) -> None:
    assert _times(text, TUE) == expected
