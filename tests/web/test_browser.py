"""End to end in Debian's Chromium (Playwright for Python; never a downloaded browser).

The app runs under uvicorn on a free localhost port in a background thread; the store holds the
fixture articles and the seed, extracted by the real pipeline (a second store holds the three
reports of tests/fixtures/stories/harbor.jsonl, extracted and grouped into a story by the real
pipeline and `sayso stories`). Screenshots of every page are saved under the test run's tmp dir;
the article and story ones are copied to docs/img/ when SAYSO_UPDATE_DOCS_IMG=1 (so that a test
run never dirties the checkout).
"""

from __future__ import annotations

import functools
import html
import json
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import uvicorn

from sayso.store import Store
from sayso.types import Document
from sayso.web import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
DOCS_IMG = Path(__file__).resolve().parents[2] / "docs" / "img"
HARBOR = Path(__file__).resolve().parents[1] / "fixtures" / "stories" / "harbor.jsonl"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.model,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="no /usr/bin/chromium: install Debian's Chromium (apt-get install -y chromium)",
    ),
]

if CHROMIUM.exists():
    from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _static_site(root: Path) -> Iterator[str]:
    """Another origin: Python's own HTTP server on a free port, serving ``root``."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(root))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@contextmanager
def _serve(db: Path, *, review: bool = False) -> Iterator[str]:
    port = _free_port()
    app = create_app(db, review=review)
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(news_db: Path) -> Iterator[str]:
    with _serve(news_db) as url:
        yield url


@pytest.fixture(scope="module")
def story_base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The three harbor reports through the pipeline, grouped by `sayso stories`."""
    from sayso.compare.run import stories_in_store
    from sayso.pipeline import Pipeline

    db = tmp_path_factory.mktemp("story") / "story.db"
    pipeline = Pipeline()
    with Store(db) as store:
        for line in HARBOR.read_text(encoding="utf-8").splitlines():
            doc = Document(**json.loads(line))
            assert store.add(pipeline.extract(doc), doc, pipeline.versions)
        assert len({x["story"] for x in stories_in_store(store)}) == 1
    with _serve(db) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=base_url)
    pg = context.new_page()
    outside: list[str] = []
    pg.on("request", lambda r: None if r.url.startswith(base_url) else outside.append(r.url))
    yield pg
    context.close()
    assert not outside, f"requests left localhost: {outside}"


def test_search_quote_to_article_anchor_and_speaker(page: Page, shots: Path) -> None:
    page.goto("/search")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("/")
    page.keyboard.type("punish")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=punish*")
    hit = page.locator("li.quote-hit").first
    expect(hit).to_contain_text("Sanctions that punish our own people")
    expect(hit.locator("mark").first).to_have_text("punish")
    page.screenshot(path=str(shots / "search.png"), full_page=True)

    hit.locator("a.quote-link").click()
    page.wait_for_url("**/articles/*#m-a-*")
    anchor = page.url.split("#", 1)[1]
    mark = page.locator(f"#{anchor} + a.m")
    expect(mark).to_be_visible()
    assert "Sanctions that punish" in mark.inner_text() or "Keleti" in mark.inner_text()
    expect(page.locator("h1")).to_have_text("wire")
    # The mark links to its fact, and the fact links back to its sentence.
    mark.click()
    fact = page.locator(".factlist li:target")
    expect(fact).to_contain_text("Tamas Keleti")
    fact.locator("a.back").click()
    expect(page.locator(".s:target")).to_contain_text("punish our own people")
    page.screenshot(path=str(shots / "article.png"))

    page.go_back()
    page.go_back()
    page.go_back()
    page.wait_for_url("**/search?q=punish*")
    page.locator("li.quote-hit a.speaker").first.click()
    page.wait_for_url("**/actors/Tamas%20Keleti")
    expect(page.locator("h1")).to_have_text("Tamas Keleti")
    expect(page.locator("main")).to_contain_text("Sanctions that punish our own people")


def test_every_page_renders(page: Page, shots: Path) -> None:
    page.goto("/articles/seed")
    expect(page.locator("h1")).to_contain_text("Chinese defense chief offers full support")
    expect(page.locator(".text a.m.k-source").first).to_be_visible()
    expect(page.locator(".text .flag-caption").first).to_be_visible()
    page.screenshot(path=str(shots / "article-seed.png"))

    page.goto("/actors/Dong%20Jun")
    expect(page.locator("h1")).to_have_text("Dong Jun")
    expect(page.locator("figure.timeline svg rect").first).to_be_visible()
    expect(page.locator(".profile")).to_contain_text("CHN")
    page.screenshot(path=str(shots / "actor.png"), full_page=True)

    page.goto("/events")
    expect(page.locator("figure.network svg path.edge").first).to_be_visible()
    page.select_option("#type", "ACCUSE")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url("**/events?*type=ACCUSE*")
    types = page.locator("table.events tbody tr td:nth-child(2)").all_inner_texts()
    assert types and all(t.startswith("ACCUSE") for t in types)
    page.screenshot(path=str(shots / "events.png"), full_page=True)
    with page.expect_download() as download:
        page.get_by_role("link", name="Download CSV").click()
    assert download.value.suggested_filename == "events.csv"

    page.goto("/stories")
    expect(page.locator(".empty-state")).to_contain_text("No stories yet")
    page.screenshot(path=str(shots / "stories.png"))

    for name in ("search", "article", "article-seed", "actor", "events", "stories"):
        if (shots / f"{name}.png").exists():
            assert (shots / f"{name}.png").stat().st_size > 5000


def _visible_tip(page: Page, mention: Locator) -> Locator:
    tip = page.locator(f"#{mention.get_attribute('aria-describedby')}")
    expect(tip).to_have_attribute("role", "tooltip")
    return tip


def test_hovering_or_focusing_a_mention_shows_its_actor(page: Page, shots: Path) -> None:
    page.goto("/articles/wire")
    she = page.locator("#text .res.how-pronoun > a.m", has_text=re.compile(r"^she$"))
    expect(she).to_have_count(1)
    tip = _visible_tip(page, she)
    expect(tip).to_be_hidden()
    # marked to be checked without hovering: a dashed underline
    assert "dashed" in she.evaluate("e => getComputedStyle(e).textDecorationStyle")
    she.hover()
    expect(tip).to_be_visible()
    expect(tip.locator("a.actor")).to_have_text("Rasa Juodyte")
    expect(tip).to_contain_text("pronoun")
    expect(tip).to_contain_text("LTU")
    page.mouse.move(0, 0)
    expect(tip).to_be_hidden()

    # by keyboard: Tab from the mention before it (then through that mention's tooltip link)
    # lands on the pronoun and shows its tooltip; Tab again reaches the actor's link inside
    # the tooltip, and Enter opens the actor's page.
    he = page.locator("#text .res.how-pronoun > a.m", has_text=re.compile(r"^he$")).first
    tip = _visible_tip(page, he)
    he.evaluate(
        "e => { const links = [...document.querySelectorAll('#text a.m')];"
        " links[links.indexOf(e) - 1].focus(); }"
    )
    expect(tip).to_be_hidden()
    for _ in range(3):
        page.keyboard.press("Tab")
        if he.evaluate("e => e === document.activeElement"):
            break
    expect(he).to_be_focused()
    expect(tip).to_be_visible()
    expect(tip).to_contain_text("pronoun")
    actor = tip.locator("a.actor")
    name = actor.inner_text()
    assert name in {e["name"] for e in page.request.get("/articles/wire.json").json()["entities"]}
    page.screenshot(path=str(shots / "article-focus.png"))
    page.keyboard.press("Tab")
    expect(actor).to_be_focused()
    expect(tip).to_be_visible()
    page.keyboard.press("Enter")
    page.wait_for_url("**/actors/PERSON:*")
    expect(page.locator("h1")).to_contain_text(name)

    # the README's picture of the article page: a pronoun's tooltip open
    page.goto("/articles/seed")
    his = page.locator("#text .res.how-pronoun > a.m").first
    his.hover()
    expect(_visible_tip(page, his)).to_contain_text("Dong Jun")
    page.screenshot(path=str(shots / "article-hover.png"))
    _update_docs_img(shots / "article-hover.png", "article.png")


def test_story_page_side_by_side(browser: Browser, story_base_url: str, shots: Path) -> None:
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=story_base_url)
    page = context.new_page()
    outside: list[str] = []
    local = story_base_url
    page.on("request", lambda r: None if r.url.startswith(local) else outside.append(r.url))
    try:
        page.goto("/stories")
        row = page.locator("table.stories tbody tr").first
        expect(row).to_contain_text("Coastal Herald")
        expect(row.locator("td.num")).to_have_text("3")
        page.screenshot(path=str(shots / "stories-list.png"))
        row.locator("a").first.click()
        page.wait_for_url("**/stories/*")
        expect(page.locator("h1")).to_have_text("Ferry fire at Port Alder")
        heads = page.locator("table.compare thead th").all_inner_texts()
        assert [h.split("\n")[0] for h in heads] == ["Coastal Herald", "Island Post", "Bay Times"]
        for kind in ("omission", "contradiction", "qualification"):
            expect(page.locator(f"li.divergence.d-{kind}")).to_have_count(1)
            expect(page.locator(f"table.compare td.d-{kind}").first).to_be_visible()
        expect(page.locator("table.compare td.d-omission .omitted")).to_have_count(2)
        contradicted = page.locator("table.compare td.d-contradiction.r-disputes")
        expect(contradicted).to_contain_text("19 passengers")
        page.screenshot(path=str(shots / "story.png"), full_page=True)
        _update_docs_img(shots / "story.png", "story.png")
        # From the divergence to its row, and from the claim to its sentence in the article.
        page.locator("li.divergence.d-contradiction a.to-line").click()
        expect(page.locator("table.compare tr:target")).to_contain_text("14 passengers")
        contradicted.locator("a.sentence-link").click()
        page.wait_for_url("**/articles/*#s-*")
        expect(page.locator(".s:target")).to_contain_text("19 passengers")
        expect(page.locator("h1")).to_contain_text("Ferry blaze in Port Alder")
        assert (shots / "story.png").stat().st_size > 5000
    finally:
        context.close()
    assert not outside, f"requests left localhost: {outside}"


def _boxes(page: Page, selector: str) -> list[dict[str, float]]:
    return list(page.eval_on_selector_all(
        selector,
        "els => els.map(e => { const r = e.getBoundingClientRect();"
        " return {x: r.left, y: r.top, w: r.width, h: r.height, text: e.textContent}; })",
    ))  # fmt: skip


def _quads(page: Page, selector: str) -> list[tuple[str, list[tuple[float, float]]]]:
    """Each SVG element's own box as drawn: its four corners on the page, rotation included
    (a turned label's bounding rectangle is larger than the label)."""
    found = page.eval_on_selector_all(
        selector,
        "els => els.map(e => { const b = e.getBBox(), m = e.getScreenCTM();"
        " const c = [[b.x, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + b.height],"
        " [b.x, b.y + b.height]];"
        " return {text: e.textContent,"
        " pts: c.map(([x, y]) => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f])}; })",
    )
    return [(f["text"], [(float(x), float(y)) for x, y in f["pts"]]) for f in found]


def _apart(a: list[tuple[float, float]], b: list[tuple[float, float]], slack: float = 1.0) -> bool:
    """Whether two convex quadrilaterals overlap by no more than ``slack`` pixels (separating
    axis test over the edges of both)."""
    for quad in (a, b):
        for (x1, y1), (x2, y2) in zip(quad, quad[1:] + quad[:1], strict=True):
            nx, ny = y1 - y2, x2 - x1
            norm = (nx * nx + ny * ny) ** 0.5 or 1.0
            pa = [(x * nx + y * ny) / norm for x, y in a]
            pb = [(x * nx + y * ny) / norm for x, y in b]
            if min(max(pa), max(pb)) - max(min(pa), min(pb)) <= slack:
                return True
    return False


def test_separating_axes_tell_turned_boxes_apart() -> None:
    square = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)]
    moved = [(x + 5, y + 5) for x, y in square]
    diamond = [(16.0, 5.0), (21.0, 0.0), (26.0, 5.0), (21.0, 10.0)]  # turned 45 degrees
    assert not _apart(square, moved)
    assert _apart(square, diamond)  # their bounding rectangles would not touch either
    kite = [(0.0, 0.0), (10.0, 0.0), (0.0, 10.0), (-10.0, 0.0)]
    assert _apart(kite, [(9.0, 9.0), (19.0, 9.0), (19.0, 19.0), (9.0, 19.0)])


def test_network_legend_colours_and_labels_that_never_overlap(page: Page, shots: Path) -> None:
    page.goto("/events?min_mentions=0")
    figure = page.locator("figure.network")
    edges = figure.locator("svg path.edge")
    expect(edges.first).to_be_visible()
    legend = figure.locator("ul.type-legend li")
    shown = set(legend.evaluate_all("els => els.map(e => e.dataset.type)"))
    drawn = set(edges.evaluate_all("els => els.map(e => e.dataset.type)"))
    assert drawn and drawn <= shown
    # each type has its own colour, the same on its edges and on its legend swatch
    colours = {}
    for kind in drawn:
        edge = figure.locator(f'svg path.edge[data-type="{kind}"]').first
        swatch = figure.locator(f'li[data-type="{kind}"] .swatch')
        stroke = edge.evaluate("e => getComputedStyle(e).stroke")
        assert stroke == swatch.evaluate("e => getComputedStyle(e).backgroundColor")
        colours[kind] = stroke
    assert len(set(colours.values())) == len(colours)
    # every label inside the picture, none over another
    svg = _boxes(page, "figure.network svg")[0]
    labels = _boxes(page, "figure.network svg text.label")
    assert len(labels) >= 6
    for box in labels:
        assert box["x"] >= svg["x"] - 1 and box["x"] + box["w"] <= svg["x"] + svg["w"] + 1, box
        assert box["y"] >= svg["y"] - 1 and box["y"] + box["h"] <= svg["y"] + svg["h"] + 1, box
    quads = _quads(page, "figure.network svg text.label")
    for i, (text_a, a) in enumerate(quads):
        for text_b, b in quads[i + 1 :]:
            assert _apart(a, b), (text_a, text_b)
    # a clipped label keeps the whole name in its tooltip
    for node in figure.locator("svg a").all():
        label = node.locator("text.label").text_content() or ""
        title = node.locator("title").text_content() or ""
        assert title.startswith(label.rstrip("…"))
    page.screenshot(path=str(shots / "network.png"), full_page=True)
    # the threshold: fewer or as many nodes when only often-mentioned actors are kept
    page.goto("/events?min_mentions=5")
    assert page.locator("figure.network svg a").count() <= len(labels)


def test_actor_timeline_by_outlet(page: Page, shots: Path) -> None:
    page.goto("/actors/PERSON:Dong%20Jun")
    expect(page.locator("h1")).to_contain_text("Dong Jun")
    timeline = page.locator("figure.timeline svg")
    expect(timeline).to_be_visible()
    lanes = timeline.locator("g.lane text.lane-label").evaluate_all(
        "els => els.map(e => e.textContent)"
    )
    assert lanes[0] == "All outlets" and "Asia Times" in lanes
    every = timeline.locator("g.lane-all")
    for kind, count in (("said", "n-said"), ("did", "n-did")):
        dots = every.locator(f".tl-{kind}").evaluate_all("els => els.map(e => +e.dataset.n)")
        assert sum(dots) == int(page.locator(f".profile .{count}").inner_text()) > 0
    # the dots are drawn: the largest month's dot has a size, and a tooltip with its count
    dot = every.locator(".tl-said").first
    box = dot.bounding_box()
    assert box is not None and box["width"] > 2
    assert "statement" in (dot.locator("title").text_content() or "")
    expect(page.locator(".profile dd.forms")).to_contain_text("Dong")
    page.screenshot(path=str(shots / "actor-timeline.png"), full_page=True)


def test_hostile_article_runs_no_script(page: Page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto("/articles/hostile")
    expect(page.locator("h1")).to_contain_text("<script>alert('pwned')</script>")
    assert page.locator(".text img, .text b, .text i").count() == 0
    page.goto("/actors/Norland")
    page.goto("/events")
    assert dialogs == []


def test_story_page_claim_by_claim(browser: Browser, story_base_url: str, shots: Path) -> None:
    """The claim-by-claim table: one column per report, the contradiction's values marked, the
    reports that leave a claim out shown omitting it, the agreed claims folded until opened."""
    context = browser.new_context(viewport={"width": 1366, "height": 900}, base_url=story_base_url)
    page = context.new_page()
    try:
        page.goto("/stories")
        page.locator("table.stories tbody tr").first.locator("a").first.click()
        page.wait_for_url("**/stories/*")
        table = page.locator("table.by-claim").first
        heads = table.locator("thead th").all_inner_texts()
        assert [h.split("\n")[0] for h in heads] == ["claim", "Coastal Herald", "Island Post",
                                                       "Bay Times"]  # fmt: skip
        first = table.locator("tbody tr").first
        expect(first.locator("th")).to_contain_text("contradiction")
        expect(first.locator("td.s-contradicts mark")).to_have_text("19")
        expect(first.locator("td.s-carries mark").first).to_have_text("14")
        expect(table.locator("td.s-omits")).to_have_count(2)
        agreed = page.locator("details.agreed table.by-claim")
        expect(agreed).to_be_hidden()
        page.locator("details.agreed summary").click()
        expect(agreed).to_be_visible()
        page.screenshot(path=str(shots / "story-by-claim.png"), full_page=True)
    finally:
        context.close()


def _update_docs_img(shot: Path, name: str) -> None:
    """Copy a screenshot into docs/img/ (the README's pictures) only when asked to."""
    if os.environ.get("SAYSO_UPDATE_DOCS_IMG") == "1":
        DOCS_IMG.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, DOCS_IMG / name)


def test_review_form_corrects_a_speaker_and_refuses_posts_it_should(
    browser: Browser, news_db: Path, base_url: str, tmp_path: Path
) -> None:
    """`sayso serve --review`: the article page's form fixes a quote's speaker in the store; the
    same POST to a server without --review, and a form posted from another site, are refused."""
    db = tmp_path / "review.db"
    shutil.copy(news_db, db)
    with _serve(db, review=True) as review_url:
        context = browser.new_context(base_url=review_url)
        pg = context.new_page()
        pg.goto("/articles/wire")
        quote = pg.locator("li", has=pg.locator("form.fix[action='/review/speaker']")).first
        expect(quote).to_be_visible()
        field = quote.locator("input[name=actor]")
        current = field.input_value()
        names = pg.locator("#actor-names option").evaluate_all("os => os.map(o => o.value)")
        other = next(n for n in names if n and n != current)  # another actor of the article
        field.fill(other)
        quote.locator("button[type=submit]").click()
        pg.wait_for_load_state()
        expect(pg).to_have_url(re.compile(r"/articles/"))
        with Store(db, create=False, read_only=True) as store:
            rows = store.query("SELECT kind, value FROM corrections")
        assert [r["kind"] for r in rows] == ["speaker"] and other in rows[0]["value"]

        # a page of another site (a plain local HTTP server) whose form posts here: refused
        token = pg.locator("form.fix input[name=token]").first.get_attribute("value") or ""
        doc = pg.locator("form.fix input[name=doc]").first.get_attribute("value") or ""
        site = tmp_path / "site"
        site.mkdir()
        fields = "".join(
            f'<input name="{k}" value="{html.escape(v)}">'
            for k, v in {"token": token, "doc": doc, "fact": "x", "actor": "Eve"}.items()
        )
        (site / "index.html").write_text(
            f'<form method="post" action="{review_url}/review/speaker">{fields}</form>'
            "<script>document.forms[0].submit()</script>"
        )
        with _static_site(site) as site_url:
            attacker = context.new_page()
            with attacker.expect_response(lambda r: r.url.startswith(review_url)) as caught:
                attacker.goto(site_url + "/index.html")
        assert caught.value.status == 403 and "cross-site" in caught.value.text()
        with Store(db, create=False, read_only=True) as store:
            assert store.query("SELECT count(*) AS n FROM corrections")[0]["n"] == 1
        context.close()

    # without --review there is no form and no POST route
    context = browser.new_context(base_url=base_url)
    pg = context.new_page()
    pg.goto("/articles/wire")
    expect(pg.locator("form.fix")).to_have_count(0)
    res = pg.request.post(base_url + "/review/speaker", form={"actor": "Eve"})
    assert res.status in (404, 405)
    context.close()
