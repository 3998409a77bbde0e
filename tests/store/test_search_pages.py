"""A search reads its full-text matches once and joins them to the rows: the pages of articles
and quotes and their counts are the same as those of the plain join of the full-text table, the
rows and the documents, sorted by rank (ties by row id), for every filter and page."""

from __future__ import annotations

import itertools

import pytest

from sayso.store import Filters, Store, queries
from sayso.store.filters import clauses
from sayso.web import pages, render

from .fakes import article, document

WORDS = ("drills", "harbour", "grain", "ferry")
OUTLETS = ("Reuters", "Xinhua", "Tass")
SPEAKERS = ("Dong Jun", "Lloyd Austin", "Wang Wenbin", "Ana Costa")


@pytest.fixture
def searched(store: Store) -> Store:
    """Twelve invented articles in which the words come back a different number of times (so
    that the ranks differ, and some tie), in three outlets over three years."""
    for i in range(12):
        word, other = WORDS[i % 4], WORDS[(i + 1) % 4]
        quote = f"the {word} plan is ready" if i % 3 else f"{word} and {word} and {other}"
        extra = " ".join([f"The {word} was late."] * (1 + i % 3) + [f"No {other} today."])
        r = article(
            f"s{i}",
            speaker=SPEAKERS[i % 4],
            quote=quote,
            outlet=OUTLETS[i % 3],
            published=f"{2022 + i % 3}-0{1 + i % 9}-1{i % 10}",
            event_type=("PROTEST", "ACCUSE", "THREATEN")[i % 3],
            extra=extra,
        )
        assert store.add(r, document(r), {"fake": "1"})
    return store


def _joined(store: Store, view: queries.View, f: Filters, limit: int, offset: int) -> tuple[
    list[dict[str, object]], int
]:
    """The page and count by the plain join (what the search did before it read the matches
    first): the full-text table joined to the rows, one statement for each."""
    fts, key = view.listing.fts, view.listing.fts_key
    where, params = clauses(view.listing, f)
    source = f"{fts} JOIN {view.listing.source}"
    cond = "\nWHERE " + "\n  AND ".join([f"{key} = {fts}.rowid", *where])
    rows = store.query(
        f"SELECT {view.columns} FROM {source}{cond} ORDER BY {fts}.rank, {key}"
        " LIMIT :limit OFFSET :offset",
        {**params, "limit": limit, "offset": offset},
    )
    count = store.query(f"SELECT count(*) AS n FROM {source}{cond}", params)[0]["n"]
    return [dict(r) for r in rows], int(str(count))


FILTERS = [
    Filters(search=w, **extra)  # type: ignore[arg-type]
    for w, extra in itertools.product(
        ("drills", "grain OR ferry", "harb*", '"plan is"', "Costa", "nowhere"),
        (
            {},
            {"outlet": "xinhua"},
            {"since": "2023"},
            {"until": "2023-06"},
            {"type": "accuse"},
            {"actor": "Dong"},
            {"country": "CHN"},
            {"outlet": "Reuters", "since": "2022", "type": "PROTEST"},
        ),
    )
]


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f"{f.search}|{f.outlet}|{f.since}|{f.type}")
def test_search_pages_and_counts_are_those_of_the_plain_join(searched: Store, f: Filters) -> None:
    for limit, offset in ((5, 0), (5, 5), (3, 7), (20, 0), (5, 100)):
        articles = searched.search_articles(f, limit=limit, offset=offset)
        quotes = searched.search_quotes(f, limit=limit, offset=offset)
        assert ([dict(r) for r in articles[0]], articles[1]) == _joined(
            searched, queries.WEB_ARTICLES, f, limit, offset
        )
        assert ([dict(r) for r in quotes[0]], quotes[1]) == _joined(
            searched, queries.WEB_QUOTES, f, limit, offset
        )


def test_the_ranks_order_the_pages(searched: Store) -> None:
    """The invented store has more than one rank and ties: the order is not the row order."""
    hits, n = searched.search_quotes(Filters(search="drills"), limit=20, offset=0)
    # every article's reported quote names the drills (12), and four direct quotes do
    assert n == len(hits) == 16
    ids = [str(h["attribution_id"]) for h in hits]
    assert ids[0] == "s0-q1"  # "drills and drills and harbour": twice in five words
    assert ids != sorted(ids, key=lambda a: (int(a[1:].split("-")[0]), a))


def test_plain_words_that_are_not_fts5_syntax_still_search(searched: Store) -> None:
    """A comma is not FTS5 syntax: the words are searched as phrases, with or without filters."""
    for extra in ({}, {"outlet": "Tass"}):
        plain = searched.search_articles(Filters(search="grain ferry", **extra), limit=5, offset=0)
        comma = searched.search_articles(Filters(search="grain, ferry", **extra), limit=5, offset=0)
        assert comma == plain
        assert plain[1] > 0


def test_the_search_page_sentence_is_the_one_of_the_whole_record(searched: Store) -> None:
    """The page reads only each article's text and sentences: the matching sentence is the
    one found in the whole stored record."""
    f = Filters(search="harbour")
    page = pages.search(searched, f)
    results = page.data["articles"]["results"]
    assert results
    for item in results:
        record = searched.get(item["hash"])
        start, sentence = render.matching_sentence(record, ["harbour"])
        assert (item["sentence_start"], item["sentence"]) == (start, sentence)
        assert "harbour" in sentence
