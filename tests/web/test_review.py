"""Review mode (``sayso serve --review``): off by default (no POST at all); on, the article page
has a form per quote and event, and a POST is taken only with the app's token in the form and
the cookie, from the app's own origin. Records built by hand (no model)."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from sayso.store import Store
from sayso.types import Attribution, Entity, Event, Meta, Record, Span, content_hash
from sayso.web import create_app
from sayso.web.review import COOKIE

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TEXT = (
    "Ferry fares rise. Port director Ines Varga met the mayor, Paulo Reis. "
    '"Fares must rise," Varga said. The union blocked the harbour gate.'
)


def _at(part: str) -> Span:
    i = TEXT.index(part)
    return Span(i, i + len(part), part)


def _record() -> Record:
    second = TEXT.index("Varga said")
    mentions = (_at("Ines Varga"), Span(second, second + 5, "Varga"))
    varga = Entity("e1", "Ines Varga", "PERSON", None, "port director", mentions)
    reis = Entity("e2", "Paulo Reis", "PERSON", None, "mayor", (_at("Paulo Reis"),))
    union = Entity("e3", "The union", "ORG", None, None, (_at("The union"),))
    said = Attribution(
        "a1", "direct", mentions[1], "e1", _at("said"), (_at("Fares must rise"),)
    )
    blocked = Event("v1", "PROTEST", "material", ("e3",), (), _at("blocked"))
    return Record("ferry", TEXT, Meta(title="Ferry fares rise", outlet="Harbour Post"),
                  (varga, reis, union), (said,), (blocked,))  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    with Store(path) as s:
        s.add(_record())
    return path


DOC = content_hash(TEXT)


def test_read_only_by_default(db: Path) -> None:
    with TestClient(create_app(db)) as client:
        page = client.get(f"/articles/{DOC}")
        assert page.status_code == 200 and "fix speaker" not in page.text
        assert COOKIE not in page.cookies
        res = client.post("/review/speaker", data={"doc": DOC, "fact": "a1", "actor": "Paulo Reis"})
        assert res.status_code in (404, 405)
    with Store(db) as s:
        assert s.get("ferry").attributions[0].speaker == "e1"


def test_a_review_form_corrects_the_store(db: Path) -> None:
    with TestClient(create_app(db, review=True)) as client:
        page = client.get(f"/articles/{DOC}")
        assert "fix speaker" in page.text and "not an event: drop" in page.text
        token = client.cookies.get(COOKIE)
        assert token and f'value="{token}"' in page.text
        fields = {"token": token, "doc": DOC, "fact": "a1", "anchor": "f-a-a1",
                  "actor": "Paulo Reis"}  # fmt: skip
        same = {"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"}
        res = client.post("/review/speaker", data=fields, follow_redirects=False, headers=same)
        assert res.status_code == 303 and res.headers["location"].endswith("#f-a-a1")
        record = client.get(f"/articles/{DOC}.json").json()
        assert record["attributions"][0]["speaker_name"] == "Paulo Reis"
        res = client.post("/review/drop", data={"token": token, "doc": DOC, "fact": "v1"},
                          follow_redirects=False)  # fmt: skip
        assert res.status_code == 303
        assert client.get(f"/articles/{DOC}.json").json()["events"] == []
    with Store(db) as s:
        assert [c["kind"] for c in s.corrections()] == ["speaker", "drop"]
        assert s.quotes()[0]["speaker"] == "Paulo Reis"


def test_a_post_without_the_token_or_from_another_site_is_refused(db: Path) -> None:
    with TestClient(create_app(db, review=True)) as client:
        client.get("/search")
        token = client.cookies.get(COOKIE)
        assert token
        fields = {"doc": DOC, "fact": "a1", "actor": "Paulo Reis"}
        for data, headers in (
            (fields, {}),  # no token in the form
            ({**fields, "token": "guess"}, {}),
            ({**fields, "token": token}, {"Sec-Fetch-Site": "cross-site"}),
            ({**fields, "token": token}, {"Origin": "https://evil.example"}),
            ({**fields, "token": token}, {"Origin": "null"}),
        ):
            res = client.post("/review/speaker", data=data, headers=headers,
                              follow_redirects=False)  # fmt: skip
            assert res.status_code == 403, (data, headers)
            assert "403" in res.text
        client.cookies.clear()  # the form's token without the cookie: another site's page
        res = client.post("/review/speaker", data={**fields, "token": token},
                          follow_redirects=False)  # fmt: skip
        assert res.status_code == 403
    with Store(db) as s:
        assert s.corrections() == []
