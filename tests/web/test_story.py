"""The stories list and the story page over hand-built records grouped into stories (no model)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sayso.store import Store
from sayso.types import content_hash
from sayso.web import create_app

from .conftest import TestClient
from .story_records import OTHER_STORY, STORY, fill, harbor_records


@pytest.fixture(scope="module")
def story_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path: Path = tmp_path_factory.mktemp("stories") / "stories.db"
    with Store(path) as store:
        fill(store)
    with TestClient(create_app(path)) as c:
        yield c


def _kinds(data: dict[str, Any]) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return sorted(
        (v["kind"], v["what"], tuple(v["asserted_by"]), tuple(v["other"]))
        for v in data["divergences"]
    )


def test_stories_list_shows_title_dates_outlets_and_size(story_client: TestClient) -> None:
    data = story_client.get("/stories.json").json()
    assert data["count"] == 2
    latest, ferry = data["stories"]  # latest first
    assert latest["id"] == OTHER_STORY
    assert ferry == {
        "id": STORY,
        "url": f"/stories/{STORY}",
        "title": "Ferry fire at Port Alder",
        "first_date": "2031-03-04",
        "last_date": "2031-03-05",
        "outlets": ["Bay Times", "Coastal Herald", "Island Post"],
        "documents": 3,
        "updated_at": ferry["updated_at"],
    }
    html = story_client.get("/stories").text
    row = re.search(rf'<tr>\s*<td><a href="/stories/{STORY}">(.*?)</tr>', html, re.S)
    assert row is not None
    for text in ("Ferry fire at Port Alder", "2031-03-04", "2031-03-05", "Coastal Herald", ">3<"):
        assert text in row.group(1)


def test_story_json_lines_up_the_sources_and_their_divergences(story_client: TestClient) -> None:
    data = story_client.get(f"/stories/{STORY}.json").json()
    assert data["story"]["title"] == "Ferry fire at Port Alder"
    assert [s["id"] for s in data["sources"]] == ["coastal-herald", "island-post", "bay-times"]
    assert [s["outlet"] for s in data["sources"]] == ["Coastal Herald", "Island Post", "Bay Times"]
    # The same divergences as `sayso compare` (the library), nothing else.
    assert _kinds(data) == [
        ("contradiction", "number", ("coastal-herald", "island-post"), ("bay-times",)),
        ("omission", "claim", ("coastal-herald",), ("island-post", "bay-times")),
        ("qualification", "claim", ("coastal-herald", "bay-times"), ("island-post",)),
    ]
    assert data["counts"] == {
        "omission": 1, "contradiction": 1, "qualification": 1, "attribution": 0,
    }  # fmt: skip
    # Claims aligned: one row per sentence, one cell per source.
    claims = data["claims"]
    assert len(claims) == 4
    assert all(len(c["cells"]) == 3 for c in claims)
    texts = [[cell["text"] if cell else None for cell in c["cells"]] for c in claims]
    assert texts[0] == ["A fire broke out on the ferry Northern Star in Port Alder harbour on "
                        "Tuesday."] * 3  # fmt: skip
    assert "14 passengers" in texts[1][0] and "19 passengers" in texts[1][2]
    assert "may have started" in texts[2][1]
    assert "230 passengers" in texts[3][0]
    # The omitted claim: the silent sources' cells say so; the others' are highlighted.
    omission = next(v for v in data["divergences"] if v["kind"] == "omission")
    row = next(c for c in claims if omission["id"] in c["divergences"])
    assert row["cells"][0]["marks"][0]["role"] == "asserts"
    for cell in row["cells"][1:]:
        assert cell["text"] is None
        assert cell["marks"] == [
            {"id": omission["id"], "kind": "omission", "what": "claim", "role": "omits"}
        ]
    contradiction = next(v for v in data["divergences"] if v["kind"] == "contradiction")
    row = next(c for c in claims if contradiction["id"] in c["divergences"])
    assert [m["role"] for m in row["cells"][2]["marks"]] == ["contradiction"]
    qualification = next(v for v in data["divergences"] if v["kind"] == "qualification")
    row = next(c for c in claims if qualification["id"] in c["divergences"])
    assert [m["role"] for m in row["cells"][1]["marks"]] == ["qualification"]


def test_every_claim_links_to_its_sentence_in_the_article(story_client: TestClient) -> None:
    data = story_client.get(f"/stories/{STORY}.json").json()
    records = {r.id: r for r in harbor_records()}
    links = [cell for c in data["claims"] for cell in c["cells"] if cell and cell["text"]]
    links += [e for v in data["divergences"] for e in v["evidence"]]
    assert len(links) > 10
    for item in links:
        rec = records[item["doc"]]
        assert rec.text[item["start"] : item["end"]] == item["text"]
        path, _, anchor = item["url"].partition("#")
        assert path == f"/articles/{content_hash(rec.text)}"
        assert anchor == f"s-{item['start']}"  # each sentence starts one of the article's
        article = story_client.get(path)
        assert article.status_code == 200
        assert f'id="{anchor}"' in article.text


def test_story_page_highlights_each_kind(story_client: TestClient) -> None:
    r = story_client.get(f"/stories/{STORY}")
    assert r.status_code == 200
    html = r.text
    assert "<h1><bdi>Ferry fire at Port Alder</bdi></h1>" in html
    for kind in ("omission", "contradiction", "qualification"):
        assert f'class="divergence d-{kind}"' in html
        assert f'<td class="d-{kind} r-disputes">' in html
    assert html.count("(not reported)") == 2
    assert html.count('class="sentence-link"') == 10
    assert 'href="/articles/' in html and "#s-" in html
    assert "Coastal Herald" in html and "Bay Times" in html


def test_story_without_divergences_and_missing_story(story_client: TestClient) -> None:
    data = story_client.get(f"/stories/{OTHER_STORY}.json").json()
    assert data["divergences"] == [] and len(data["claims"]) == 1
    assert "agree on everything" in story_client.get(f"/stories/{OTHER_STORY}").text
    missing = story_client.get("/stories/nope.json")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "not_found"
    assert story_client.get("/stories/nope").status_code == 404


def test_story_page_claim_by_claim(story_client: TestClient) -> None:
    """The same claims as `sayso compare`'s by_claim: the contradiction first with its values
    marked in each report's own sentence, then the claim two reports leave out, then the
    hedge, and the claim every report carries folded away."""
    data = story_client.get(f"/stories/{STORY}.json").json()
    kinds = [c["kind"] for c in data["by_claim"]]
    assert kinds[:3] == ["contradiction", "omission", "qualification"]
    assert set(kinds[3:]) == {"agreed"}
    contra, omission, hedge = data["by_claim"][:3]
    status = {r["doc"]: r["status"] for r in contra["reports"]}
    assert status == {
        "coastal-herald": "carries",
        "island-post": "carries",
        "bay-times": "contradicts",
    }
    bay = contra["reports"][2]
    assert [t for t, m in bay["parts"] if m] == ["19"] and bay["url"].startswith("/articles/")
    assert [r["status"] for r in omission["reports"]] == ["carries", "omits", "omits"]
    assert [r["status"] for r in hedge["reports"]] == ["carries", "qualifies", "carries"]
    html = story_client.get(f"/stories/{STORY}").text
    section = html[html.index('id="by-claim"') : html.index('id="divergences"')]
    assert section.index("<mark>19</mark>") < section.index("(not in this report)")
    assert section.count('class="s-omits d-omission"') == 2
    assert '<details class="agreed">' in section
