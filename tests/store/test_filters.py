"""One Filters for the CLI's lists and the web's pages: the same filter keeps the same rows in
`sayso quotes|events` and in /search.json and /events.json; bad values are named, not flags."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.exceptions import StarletteDeprecationWarning

from sayso.cli import main
from sayso.errors import ConfigError
from sayso.store import FilterError, Filters, Store
from sayso.web import create_app

with warnings.catch_warnings():
    # starlette.testclient warns on import that it prefers httpx2; httpx is what is locked.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient


@pytest.fixture
def db(filled: Store, db_path: Path) -> str:
    return str(db_path)


@pytest.fixture
def client(db: str) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def _cli(command: str, db: str, params: dict[str, str]) -> list[dict[str, object]]:
    args = [command, "--db", db, "-f", "jsonl"]
    for name, value in params.items():
        args += [f"--{name}", value]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


# (CLI option, value) pairs; the web's parameter is the same name, except search (q)
CASES = [
    {},
    {"actor": "dong"},
    {"actor": "DONG JUN"},
    {"actor": "x2-e1"},  # an entity id: Wang Wenbin of x2
    {"actor": "r2-e2"},  # the Foreign Ministry of r2: the source of its event
    {"actor": "foreign ministry"},
    {"outlet": "reuters"},
    {"since": "2024-05"},
    {"until": "2024-04"},
    {"since": "2024-05-01", "until": "2024-05-03"},
    {"search": "red line"},
    {"search": "Taiwan"},
    {"actor": "dong", "outlet": "xinhua"},
]


def _web(params: dict[str, str]) -> dict[str, str]:
    return {("q" if k == "search" else k): v for k, v in params.items()}


@pytest.mark.parametrize("params", CASES)
def test_cli_and_web_keep_the_same_quotes(
    db: str, client: TestClient, params: dict[str, str]
) -> None:
    cli = {(r["doc_hash"], r["attribution_id"]) for r in _cli("quotes", db, params)}
    page = client.get("/search.json", params=_web(params)).json()["quotes"]
    web = {(r["hash"], r["attribution_id"]) for r in page["results"]}
    assert cli == web and page["total"] == len(web)


@pytest.mark.parametrize("params", [*CASES, {"type": "threaten"}, {"type": "PROTEST"}])
def test_cli_and_web_keep_the_same_events(
    db: str, client: TestClient, params: dict[str, str]
) -> None:
    cli = {(r["doc_hash"], r["event_id"]) for r in _cli("events", db, params)}
    data = client.get("/events.json", params=_web(params)).json()
    web = {(r["hash"], r["event_id"]) for r in data["results"]}
    assert cli == web and data["total"] == len(web)


def test_the_actor_is_a_name_or_an_entity_id_everywhere(filled: Store) -> None:
    by_id = Filters(actor="x2-e1")
    assert [r["attribution_id"] for r in filled.quotes(by_id)] == ["x2-q1"]
    assert [r["attribution_id"] for r in filled.search_quotes(by_id)[0]] == ["x2-q1"]
    assert [r["doc_id"] for r in filled.search_articles(by_id)[0]] == ["x2"]
    event = Filters(actor="r2-e2")
    assert [r["event_id"] for r in filled.events(event)] == ["r2-v1"]
    assert [r["event_id"] for r in filled.event_rows(event)[0]] == ["r2-v1"]
    assert [r["name"] for r in filled.actors(Filters(actor="r2-e1"))] == ["Lloyd Austin"]
    # part of a name, any case
    assert {r["doc_id"] for r in filled.search_articles(Filters(actor="WENBIN"))[0]} == {"x2"}


def test_store_lists_take_filters_or_keywords(filled: Store) -> None:
    f = Filters(actor="dong", outlet="xinhua")
    assert filled.quotes(f) == filled.quotes(actor="dong", outlet="xinhua") != []
    with pytest.raises(TypeError):
        filled.quotes(f, actor="dong")


@pytest.mark.parametrize("value", ["2024", "2024-05", "2024-02-29", "1999-12-31"])
def test_dates_that_are_dates(value: str) -> None:
    assert Filters(since=value, until=value).since == value


@pytest.mark.parametrize(
    "value", ["2024-13", "2024-13-45", "2023-02-29", "2024-00", "5 May", "2024/05", "24-05-01"]
)
def test_dates_that_are_not_are_named_by_value(value: str) -> None:
    with pytest.raises(FilterError) as info:
        Filters(until=value)
    err = info.value
    assert isinstance(err, ConfigError) and (err.name, err.value) == ("until", value)
    assert str(err) == f"until date {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"
    assert "--" not in str(err)


def test_a_negative_limit_is_named_by_value() -> None:
    with pytest.raises(FilterError, match=r"^limit -1 is negative; use 0 or more$"):
        Filters(limit=-1)


def test_the_cli_names_its_option_and_the_web_the_value(db: str, client: TestClient) -> None:
    result = CliRunner().invoke(main, ["quotes", "--db", db, "--until", "2024-13-45"])
    assert result.exit_code == 1
    assert result.stderr == (
        "error: --until '2024-13-45' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD\n"
    )
    r = client.get("/events.json", params={"since": "2024-13"})
    assert r.status_code == 400
    assert r.json()["error"]["message"] == (
        "since date '2024-13' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"
    )
