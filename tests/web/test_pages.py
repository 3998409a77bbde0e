"""Every page and its JSON twin over the fixture articles extracted by the real pipeline."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest

from sayso.types import content_hash

from .conftest import ARTICLES, TestClient
from .markup import shown_text, tooltips

pytestmark = pytest.mark.model

SEED_HASH = content_hash(ARTICLES["seed"][0].read_text(encoding="utf-8"))
CHAINS_HASH = content_hash(ARTICLES["chains"][0].read_text(encoding="utf-8"))

PAGES = [
    "/search",
    "/search?q=sanctions",
    "/search?actor=Dong&outlet=asia%20times&country=CHN&type=SUPPORT&since=2024&until=2024-12",
    f"/articles/{SEED_HASH}",
    "/articles/wire",
    "/actors/Dong%20Jun",
    "/events",
    "/events?type=ACCUSE",
    "/stories",
]


def ids(html: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', html))


@pytest.mark.parametrize("path", PAGES)
def test_every_page_and_its_json_twin(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 200, page.text[:300]
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<a class="skip" href="#main">' in html and '<main id="main"' in html
    assert "Content-Security-Policy" in page.headers
    # Every asset is local: no page names another origin in src= or href= of a link/script.
    assert not re.search(r'(src|href)="(https?:)?//', html)
    base, _, query = path.partition("?")
    twin = client.get(f"{base}.json" + (f"?{query}" if query else ""))
    assert twin.status_code == 200, twin.text[:300]
    assert twin.headers["content-type"] == "application/json"
    assert isinstance(twin.json(), dict)


def test_home_goes_to_search(client: TestClient) -> None:
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/search"


def test_search_shows_the_matching_sentence(client: TestClient) -> None:
    data = client.get("/search.json", params={"q": "sanctions"}).json()
    articles = data["articles"]["results"]
    assert [a["doc_id"] for a in articles][:1] == ["wire"]
    assert "sanctions" in articles[0]["sentence"].lower()
    assert articles[0]["url"].startswith(f"/articles/{articles[0]['hash']}#s-")
    quotes = data["quotes"]["results"]
    assert any("Sanctions that punish our own people" in q["quote"] for q in quotes)
    html = client.get("/search", params={"q": "sanctions"}).text
    assert "<mark>sanctions</mark>" in html.lower()


def test_search_filters(client: TestClient) -> None:
    def quotes(**params: Any) -> list[dict[str, Any]]:
        return client.get("/search.json", params=params).json()["quotes"]["results"]

    assert {q["speaker"] for q in quotes(actor="Keleti")} == {"Tamas Keleti"}
    assert {q["outlet"] for q in quotes(outlet="rio tribune")} == {"Rio Tribune"}
    assert {q["doc_id"] for q in quotes(since="2025")} == {"chains"}
    assert {q["doc_id"] for q in quotes(until="2024-06")} == {"seed", "briefing", "hostile"}
    assert {q["doc_id"] for q in quotes(since="2024-02-05", until="2024-05")} == {"seed"}
    assert {q["doc_id"] for q in quotes(type="ACCUSE")} >= {"wire"}
    assert "briefing" not in {q["doc_id"] for q in quotes(type="ACCUSE")}
    by_country = quotes(country="chn")
    assert by_country and {q["doc_id"] for q in by_country} <= {"seed", "chains"}
    articles = client.get("/search.json", params={"actor": "Verbruggen"}).json()["articles"]
    assert [a["doc_id"] for a in articles["results"]] == ["wire"]


def test_search_takes_any_text(client: TestClient) -> None:
    for q in ['"unclosed', "Dong's", "a:b", "NOT", "*", "(("]:
        r = client.get("/search.json", params={"q": q})
        assert r.status_code in (200, 400), q
        assert "error" in r.json() or "quotes" in r.json()


def test_article_marks_link_to_facts_and_facts_back_to_sentences(client: TestClient) -> None:
    html = client.get(f"/articles/{SEED_HASH}").text
    anchors = ids(html)
    data = client.get(f"/articles/{SEED_HASH}.json").json()
    assert data["hash"] == SEED_HASH and data["id"] == "seed"
    marks = set(re.findall(r'<a class="m [^"]*" href="#([^"]+)"', html))
    assert marks and marks <= anchors  # every mark's fact is on the page
    facts = {a["fact"] for a in data["attributions"]} | {e["fact"] for e in data["events"]}
    assert facts <= marks  # every quote and event is marked in the text
    backs = set(re.findall(r'class="back" href="#(s-\d+)"', html))
    assert backs and backs <= anchors  # every fact links to a sentence that exists
    for kind in ("k-source", "k-cue", "k-content", "k-entity", "k-trigger", "k-time"):
        assert kind in html, kind
    # The caption and the boilerplate line are shown dimmed.
    assert re.search(r'class="[^"]*flag flag-caption[^"]*"[^>]*>Vladimir Putin<', html)
    assert re.search(r'class="[^"]*flag-boilerplate[^"]*"[^>]*>Connect with us', html)


def test_article_text_is_rendered_whole(client: TestClient) -> None:
    html = client.get(f"/articles/{CHAINS_HASH}").text
    text = ARTICLES["chains"][0].read_text(encoding="utf-8")
    assert shown_text(html) == text


def test_quote_links_to_its_anchor_and_speaker(client: TestClient) -> None:
    data = client.get("/search.json", params={"actor": "Verbruggen"}).json()
    quote = data["quotes"]["results"][0]
    path, _, anchor = quote["url"].partition("#")
    assert f'id="{anchor}"' in client.get(path).text
    assert quote["actor_url"] == "/actors/Helene%20Verbruggen"
    assert client.get(quote["actor_url"]).status_code == 200


def test_actor_page(client: TestClient) -> None:
    data = client.get("/actors/dong jun.json").json()
    assert data["name"] == "Dong Jun"
    assert "CHN" in [c["country"] for c in data["countries"]]
    assert any("defense" in r["role"] for r in data["roles"])
    assert [s["sector"] for s in data["sectors"]] == ["GOV"]
    assert data["statements"] >= 3 and data["quotes"]
    assert "Russia" in [a["name"] for a in data["acts_on"]]
    assert data["by_outlet"][0]["outlet"] == "Asia Times"
    assert data["by_month"][0]["month"] == "2024-02"
    html = client.get("/actors/Dong%20Jun").text
    assert "<svg" in html and 'class="tl-said"' in html
    assert "<dt>Sector</dt><dd>GOV" in html
    assert client.get("/actors/Nobody%20Here.json").status_code == 404


def test_actor_pages_are_keyed_by_id_with_every_surface_form(client: TestClient) -> None:
    by_name = client.get("/actors/dong jun.json").json()
    assert by_name["id"] == "PERSON:Dong Jun" and by_name["url"] == "/actors/PERSON:Dong%20Jun"
    by_id = client.get(by_name["url"] + ".json").json()
    assert by_id == by_name
    forms = [f["form"] for f in by_id["forms"]]
    # the name, the surname alone, a title, pronouns: every way the text wrote him
    assert {"Dong Jun", "Dong", "he"} <= set(forms)
    assert forms.index("Dong Jun") < forms.index("he")  # names before pronouns
    assert sum(f["mentions"] for f in by_id["forms"]) == by_id["mentions"]
    html = client.get(by_name["url"]).text
    assert "actor id <code><bdi>PERSON:Dong Jun</bdi></code>" in html
    assert '<span class="form"><bdi>Dong</bdi>' in html
    # the same name with another type is another actor
    assert client.get("/actors/ORG:Dong%20Jun.json").status_code == 404
    # the article links each actor by its id
    article = client.get(f"/articles/{SEED_HASH}").text
    assert 'href="/actors/PERSON:Dong%20Jun"' in article


@pytest.mark.parametrize("name", ["Dong Jun", "Russia", "Tamas Keleti", "China"])
def test_an_actors_counts_agree_everywhere(client: TestClient, name: str) -> None:
    data = client.get(f"/actors/{name}.json").json()
    said, did = data["statements"], data["actions"]
    assert said + did > 0
    # the lists: every quote and event listed, and no more (the fixture is under the limit)
    assert len(data["quotes"]) == said and len(data["events"]) == did
    # the table by outlet, and the chart's months plus the undated
    assert sum(o["said"] for o in data["by_outlet"]) == said
    assert sum(o["did"] for o in data["by_outlet"]) == did
    assert sum(m["said"] for m in data["by_month"]) + data["undated"]["said"] == said
    assert sum(m["did"] for m in data["by_month"]) + data["undated"]["did"] == did
    # the chart as drawn: its all-outlets lane holds every count
    html = client.get(f"/actors/{name}").text
    lane = re.split(r'class="lane"|</svg>', html.split('class="lane lane-all"', 1)[1])[0]
    drawn = {k: sum(map(int, re.findall(rf'class="tl-{k}" data-n="(\d+)"', lane)))
             for k in ("said", "did")}  # fmt: skip
    assert drawn == {"said": said, "did": did}
    assert f'<span class="n-said">{said}</span> statements' in html


def test_events_table_network_and_csv(client: TestClient) -> None:
    every = {"min_confidence": 0}
    data = client.get("/events.json", params=every).json()
    assert data["total"] >= 20 and len(data["results"]) == min(50, data["total"])
    assert any(e["source"] == "Rasa Juodyte" and e["target"] == "Hungary" for e in data["network"])
    html = client.get("/events", params=every).text
    assert 'class="edge t-' in html and 'href="/actors/Hungary"' in html
    accuse = client.get("/events.json", params={"type": "accuse", **every}).json()
    assert accuse["results"] and {e["type"] for e in accuse["results"]} == {"ACCUSE"}
    r = client.get("/events.csv", params={"type": "ACCUSE", **every})
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == accuse["total"] and {row["type"] for row in rows} == {"ACCUSE"}


def test_min_confidence_narrows_events_and_quotes(client: TestClient) -> None:
    """The default lists only facts at least as sure as the calibrated floor; 0 lists all, the
    pager keeps the value, and a value out of 0..1 is refused."""
    for path in ("/events.json", "/search.json"):
        every = client.get(path, params={"min_confidence": 0}).json()
        default = client.get(path).json()
        none = client.get(path, params={"min_confidence": 1}).json()
        assert every["filters"]["min_confidence"] == "0"
        if path == "/search.json":
            every, default, none = every["quotes"], default["quotes"], none["quotes"]
        assert every["total"] > default["total"] >= none["total"]
    assert client.get("/events.json", params={"min_confidence": 2}).status_code == 422


def test_stories_empty_state(client: TestClient) -> None:
    assert client.get("/stories.json").json() == {"stories": [], "count": 0}
    html = client.get("/stories").text
    assert "No stories yet" in html and "sayso stories" in html
    r = client.get("/stories/s1.json")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"


def test_openapi_lists_every_page_and_twin(client: TestClient) -> None:
    paths = set(client.get("/openapi.json").json()["paths"])
    for path in (
        "/search", "/search.json", "/articles/{key}", "/articles/{key}.json", "/actors/{name}",
        "/actors/{name}.json", "/events", "/events.json", "/events.csv", "/stories",
        "/stories.json", "/stories/{story_id}", "/stories/{story_id}.json",
    ):  # fmt: skip
        assert path in paths, path


def test_network_edges_carry_their_type_and_junk_is_left_out(client: TestClient) -> None:
    data = client.get("/events.json").json()
    assert data["min_mentions"] == 2
    for edge in data["network"]:
        assert edge["type"] in edge["types"] and sum(edge["types"].values()) == edge["events"]
        for name in (edge["source"], edge["target"]):
            assert not name.islower()
    everyone = client.get("/events.json", params={"min_mentions": 0}).json()["network"]
    assert len(everyone) >= len(data["network"])
    html = client.get("/events").text
    legend = re.findall(r'<li data-type="([A-Z]+)"><span class="swatch t-\1">', html)
    assert set(legend) == {e["type"] for e in data["network"]} | {
        t for e in data["network"] for t in e["types"]
    }  # fmt: skip
    assert client.get("/events", params={"min_mentions": -1}).status_code == 422


def test_event_rows_show_their_sentence_and_speaker(client: TestClient) -> None:
    every = {"actor": "Arjun Malhotra", "min_confidence": 0}
    data = client.get("/events.json", params=every).json()
    offered = next(e for e in data["results"] if e["trigger"] == "offered")
    ev = offered["evidence"]
    assert ev["trigger"] == "offered" and ev["before"].endswith("Arjun Malhotra ")
    assert ev["after"].startswith(" to supply Vietnam")
    assert offered["speaker"] and offered["cue"]
    html = client.get("/events", params=every).text
    assert "<mark>offered</mark> to supply Vietnam" in html
    assert f"according to <bdi>{offered['speaker']}</bdi>" in html
    # the article's event list: the same sentence, and the speaker it rests on
    article = client.get(f"/articles/{CHAINS_HASH}").text
    events = article.split('id="h-events"', 1)[1].split("</section>", 1)[0]
    assert "<mark>offered</mark> to supply Vietnam" in events
    assert "according to <bdi>" in events


def test_no_date_runs_into_a_word(client: TestClient) -> None:
    for path in (f"/articles/{CHAINS_HASH}", f"/articles/{SEED_HASH}", "/events"):
        html = client.get(path).text
        # as a browser lays it out: cells and blocks apart, inline elements run together
        blocks = re.sub(r"</?(td|th|tr|p|li|div|h\d|blockquote|dd|dt)\b[^>]*>", "\n", html)
        text = re.sub(r"<[^>]+>", "", blocks)
        assert not re.search(r"\d{4}-\d{2}-\d{2}[^\W\d_]", text), path


def test_article_mentions_show_the_actor_they_were_resolved_to(client: TestClient) -> None:
    """Each mention is described (aria-describedby) by a tooltip naming its actor, with a link
    to the actor's page, and how it was resolved; pronouns and nominals are marked to check."""
    html = client.get("/articles/wire").text
    data = client.get("/articles/wire.json").json()
    tips = re.findall(r'<span class="tip" role="tooltip" id="([^"]+)">', html)
    described = re.findall(r'<a class="m [^"]*" href="#[^"]+" aria-describedby="([^"]+)">', html)
    assert tips and len(tips) == len(set(tips)) and set(described) == set(tips)
    assert len(tips) == sum(len(e["mentions"]) for e in data["entities"])
    # "she" of "... she said." is Rasa Juodyte's, by pronoun, and marked to be checked
    she = re.search(
        r'<span class="res how-pronoun check">(?:<span class="anchor"[^>]*></span>)*'
        r'<a class="m [^"]*k-entity[^"]*" href="#[^"]+" aria-describedby="([^"]+)">she</a>'
        r'<span class="tip" role="tooltip" id="\1">(.*?class="tip-how".*?)</span>',
        html,
    )
    assert she is not None
    tip = she.group(2)
    actor = '<a class="actor" href="/actors/PERSON:Rasa%20Juodyte"><bdi>Rasa Juodyte</bdi></a>'
    assert actor in tip and '<span class="country">LTU</span>' in tip
    assert '<strong class="how">pronoun</strong>' in tip
    # every tooltip names one of the record's entities and one of the ways of resolving
    shown = tooltips(html)
    names = {e["name"] for e in data["entities"]}
    hows = {h for e in data["entities"] for h in e["resolved"]}
    assert hows <= {"name", "surname", "alias", "pronoun", "nominal"} and "pronoun" in hows
    for text in shown:
        assert any(text.startswith(n) for n in names), text
        assert re.search(r"resolved by (name|surname|alias|pronoun|nominal):", text), text
    # the name's own mention is not marked to be checked
    assert re.search(r'<span class="res how-name">(?:<span class="anchor"[^>]*></span>)*'
                     r'<a class="m [^"]*"[^>]*>Rasa Juodyte</a>', html)  # fmt: skip


def test_article_facts_show_their_confidence_and_mark_the_unsure(client: TestClient) -> None:
    """Every fact on the article page carries its confidence; those under the floor of the
    default lists are still shown there, marked to be checked (the lists leave them out)."""
    data = client.get(f"/articles/{SEED_HASH}.json").json()
    floors = data["confidence_floors"]
    html = client.get(f"/articles/{SEED_HASH}").text
    seen_unsure = False
    for kind in ("attributions", "events", "entities"):
        for fact in data[kind]:
            assert fact["unsure"] == (fact["confidence"] < floors[kind])
            item = html.split(f'<li id="{fact["fact"]}"', 1)[1].split("</li>", 1)[0]
            value = f"{fact['confidence']:.2f}"
            if fact["unsure"]:
                seen_unsure = True
                assert item.startswith(' tabindex="-1" class="unsure"')
                assert '<span class="conf unsure"' in item and f"{value} check</span>" in item
            else:
                assert f">{value}</span>" in item and "conf unsure" not in item
    assert seen_unsure  # the seed has facts under the floors (a meeting in a photo caption)
    listed = client.get("/events.json", params={"q": "", "per_page": 200}).json()["results"]
    assert all(e["confidence"] >= floors["events"] for e in listed)
