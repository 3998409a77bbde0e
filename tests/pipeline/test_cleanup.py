"""Cleanup judges scraped text without rewriting it: every texts here is made up for the test."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sayso.pipeline.cleanup import clean
from sayso.types import Document, Meta

ARTICLE = """ date 2025-06-10 Follow us

Harbour council approves ferry line to the islands

By Ana Lima and Tom Berg, Harbour Gazette

The harbour council voted on Monday to open a ferry line to the northern islands, its chair said.

Advertisement

Mayor Lind and Chief Okafor at the new pier
Mayor Lind and Chief Okafor inspect the new pier on Friday, May 30, 2025. The pier cost two million.

Islanders welcomed the decision, though fishermen warned about the the timetable.
Sign up for our newsletter

Read more: Ferry fares to rise in autumn
"""


def check(text: str, meta: Meta) -> None:
    """The offset invariants every Meta must keep."""
    last = 0
    for start, end in meta.body:
        assert 0 <= last <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        last = end
    for f in meta.flags:
        assert 0 <= f.span.start < f.span.end <= len(text)
        assert text[f.span.start : f.span.end] == f.span.text


def run(text: str, **fields: str) -> tuple[Meta, list[str], dict[str, list[str]]]:
    meta = clean(Document(id="t", text=text, **fields))
    check(text, meta)
    body = [text[s:e] for s, e in meta.body]
    flags: dict[str, list[str]] = {}
    for f in meta.flags:
        flags.setdefault(f.kind, []).append(f.span.text)
    return meta, body, flags


def in_body(meta: Meta, text: str, piece: str) -> bool:
    at = text.index(piece)
    return any(s <= at and at + len(piece) <= e for s, e in meta.body)


def overlaps_body(meta: Meta, text: str, piece: str) -> bool:
    at = text.index(piece)
    return any(s < at + len(piece) and at < e for s, e in meta.body)


# -- the whole article ---------------------------------------------------------------------------


def test_article_meta() -> None:
    meta, body, flags = run(ARTICLE)
    assert meta.published == "2025-06-10"
    assert meta.title == "Harbour council approves ferry line to the islands"
    assert meta.language == "en" and meta.url is None and meta.outlet is None
    assert flags["metadata"] == ["date 2025-06-10"]
    assert flags["title"] == [meta.title]
    assert flags["byline"] == ["By Ana Lima and Tom Berg, Harbour Gazette"]
    assert "Follow us" in flags["boilerplate"] and "Advertisement" in flags["boilerplate"]
    assert "Sign up for our newsletter" in flags["boilerplate"]
    assert "Read more: Ferry fares to rise in autumn" in flags["boilerplate"]
    assert flags["caption"] == [
        "Mayor Lind and Chief Okafor at the new pier",
        "Mayor Lind and Chief Okafor inspect the new pier on Friday, May 30, 2025.",
    ]
    assert flags["garbled"] == ["the the"]
    assert body == [
        "The harbour council voted on Monday to open a ferry line to the northern islands, "
        "its chair said.",
        "The pier cost two million.",
        "Islanders welcomed the decision, though fishermen warned about the the timetable.",
    ]
    for left_out in (
        "Follow us",
        "date 2025-06-10",
        "Harbour council approves",
        "By Ana Lima",
        "Advertisement",
        "at the new pier",
        "Sign up",
        "Read more",
    ):
        assert not overlaps_body(meta, ARTICLE, left_out), left_out


def test_document_fields_win() -> None:
    meta, body, _ = run(
        ARTICLE,
        published="2025-06-09",
        title="Ferry line approved",
        url="https://gazette.example/ferry",
        outlet="Harbour Gazette",
    )
    assert meta.published == "2025-06-09"
    assert meta.title == "Ferry line approved"
    assert meta.url == "https://gazette.example/ferry" and meta.outlet == "Harbour Gazette"
    # the headline line no longer matches the title: it stays in the text as body
    assert "Harbour council approves ferry line to the islands" in body


# -- metadata and title --------------------------------------------------------------------------


def test_published_line_formats() -> None:
    for line, iso in [
        ("Published: March 3, 2024", "2024-03-03"),
        ("Posted on 5 February 2024, 10:30 GMT", "2024-02-05"),
        ("Last updated Tue, Sept. 17, 2024 at 8:05 p.m. EDT", "2024-09-17"),
        ("2024-02-05", "2024-02-05"),
        ("MONDAY, MAY 23, 2005 | Share", "2005-05-23"),
        ("Updated: 2024/3/5 14:00", "2024-03-05"),
        ("Published 3rd March 2024", "2024-03-03"),
    ]:
        text = f"{line}\n\nThe committee met on Tuesday and adjourned without a vote.\n"
        meta, body, flags = run(text)
        assert meta.published == iso, line
        assert body == ["The committee met on Tuesday and adjourned without a vote."], line
        assert "metadata" in flags, line


def test_a_sentence_starting_with_a_date_is_body() -> None:
    text = "March 3, 2024 was the coldest day of the year in the valley.\n"
    meta, body, flags = run(text)
    assert meta.published is None and body == [text.strip()] and not flags


def test_invalid_date_is_not_metadata() -> None:
    meta, _, flags = run("Published: 2024-02-30\n\nBody text of the story goes here.\n")
    assert meta.published is None and "metadata" not in flags


def test_title_needs_a_blank_line_and_no_final_period() -> None:
    meta, body, _ = run("The committee met.\n\nIt adjourned without a vote.\n")
    assert meta.title is None and len(body) == 2
    meta, body, _ = run("Committee adjourns\nIt adjourned without a vote on Tuesday.\n")
    assert meta.title is None and len(body) == 1


def test_title_before_a_date_line_in_a_single_newline_text() -> None:
    text = (
        "https://news.example/2024/03/03/committee\n"
        "Committee adjourns without a vote\n"
        "March 3, 2024 | 08:06AM PT\n"
        "The committee adjourned on Sunday without a vote on the budget.\n"
    )
    meta, body, flags = run(text)
    assert meta.title == "Committee adjourns without a vote"
    assert meta.published == "2024-03-03"
    assert meta.url == "https://news.example/2024/03/03/committee"
    assert body == ["The committee adjourned on Sunday without a vote on the budget."]
    assert len(flags["metadata"]) == 2


def test_document_title_repeated_at_the_top_is_left_out() -> None:
    text = "Committee Adjourns.\n\nThe committee adjourned on Sunday.\n"
    meta, body, flags = run(text, title="Committee adjourns")
    assert meta.title == "Committee adjourns"
    assert body == ["The committee adjourned on Sunday."]
    assert flags["title"] == ["Committee Adjourns."]


def test_lone_headline_stays_body() -> None:
    meta, body, _ = run("Committee adjourns without a vote\n")
    assert meta.title is None and body == ["Committee adjourns without a vote"]


def test_language_from_the_document_when_it_has_one() -> None:
    class WithLanguage:
        id, text, published, title, url, outlet, source = "x", "Hola.", None, None, None, None, None
        language = "es"

    assert clean(WithLanguage()).language == "es"  # type: ignore[arg-type]


# -- bylines, captions, boilerplate --------------------------------------------------------------


def test_bylines() -> None:
    for line in (
        "By Jane Doe",
        "BY JANE DOE",
        "By Jane Doe and John Roe, Reuters",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Written by J. R. Okafor",
    ):
        text = f"The council met on Monday and voted for the plan.\n\n{line}\n"
        _, body, flags = run(text)
        assert flags.get("byline") == [line], line
        assert body == ["The council met on Monday and voted for the plan."]


def test_by_at_the_start_of_a_sentence_is_not_a_byline() -> None:
    for line in (
        "By Monday, the council had voted for the plan.",
        "By the time the ferry arrived, the pier was full.",
    ):
        _, body, flags = run(line + "\n")
        assert "byline" not in flags and body == [line]


def test_caption_and_credit_lines() -> None:
    for line in (
        "Photo: Jane Doe/Harbour Gazette",
        "Getty Images",
        "Reuters/John Roe",
        "The new pier on Friday. (AP Photo/Jane Doe)",
        "Police outside the pier on Friday. (Photo: Jane Doe/The Courier)Buy Photo",
        "Credit: Harbour Council",
    ):
        text = f"The council met on Monday.\n{line}\nIt voted for the plan.\n"
        _, body, flags = run(text)
        assert flags.get("caption") == [line], line
        assert body == ["The council met on Monday.", "It voted for the plan."]


def test_caption_pair_needs_a_repeated_opening() -> None:
    text = "Council members at the pier\nThe ferry will sail in April. Tickets go on sale soon.\n"
    _, body, flags = run(text)
    assert "caption" not in flags and len(body) == 1


def test_caption_pair_keeps_the_rest_of_the_paragraph() -> None:
    text = (
        "Story starts here, said the mayor.\n\n"
        "Dock workers in Harbour Town\n"
        "Dock workers in Harbour Town unload a ship on Friday. Trade rose by a third this year.\n"
    )
    meta, body, flags = run(text)
    assert flags["caption"] == [
        "Dock workers in Harbour Town",
        "Dock workers in Harbour Town unload a ship on Friday.",
    ]
    assert body == ["Story starts here, said the mayor.", "Trade rose by a third this year."]
    assert not in_body(meta, text, "unload a ship")


def test_boilerplate_lines_and_glued_phrase() -> None:
    text = (
        "Share Tweet Email\n\n"
        "Advertisement The council said the ferry would sail in April, weather permitting, "
        "and that tickets would go on sale in March at the harbour office and online.\n\n"
        "* * *\n\n"
        "Related: The ferry company also said it would hire twelve new crew members from the "
        "islands before the first boats sail in April.\n\n"
        "Read more about the ferry timetable in the council's report on its website.\n\n"
        "Read more about the timetable and the new fares in the report that the council "
        "published on its website on Monday.\n"
    )
    _, body, flags = run(text)
    assert flags["boilerplate"] == [
        "Share Tweet Email",
        "Advertisement",
        "* * *",
        "Related:",
        "Read more about the ferry timetable in the council's report on its website.",
    ]
    assert body[0].startswith("The council said the ferry")
    # "Read more" marks a short line only: a long sentence is kept
    assert body[1].startswith("The ferry company also said")
    assert body[2].startswith("Read more about the timetable and the new fares")
    assert len(body) == 3


def test_contact_lines_and_promotions_at_the_end_are_boilerplate() -> None:
    text = (
        "The council said the ferry would sail in April, weather permitting.\n\n"
        "jdoe@harborwire.example\n"
        "(555) 010-0199 | +44 20 7946 0000\n"
        "Read or Share this story: https://hw.example/3xYz\n"
        "More from Harbor Wire:\n"
        "The ferry's new captain was named on Friday, the council said in a statement.\n"
    )
    _, body, flags = run(text)
    assert flags["boilerplate"] == [
        "jdoe@harborwire.example",
        "(555) 010-0199 | +44 20 7946 0000",
        "Read or Share this story: https://hw.example/3xYz",
        "More from Harbor Wire:",
    ]
    assert body[0] == "The council said the ferry would sail in April, weather permitting."
    assert body[-1].startswith("The ferry's new captain")
    # an address or a number inside a sentence is the sentence's
    said = "Call 555-010-0199 or write to desk@harborwire.example, the council said on Monday.\n"
    assert run(said)[1] == [said.strip()]


def test_boilerplate_words_inside_a_sentence_are_body() -> None:
    text = "Facebook said on Tuesday that it would share more data with researchers.\n"
    _, body, flags = run(text)
    assert body == [text.strip()] and not flags


# -- garbled -------------------------------------------------------------------------------------


def test_garbled_flags_leave_the_text_in_the_body() -> None:
    text = (
        "The council said the The ferry would sail in April.\n\n"
        "It will help trade and tourism. and island schools, the chair said.\n\n"
        "Tickets are sold at the harbour office. office.\n\n"
        "The chair didnâ€™t say when. The cafÃ© on the pier will stay open.\n"
    )
    _, body, flags = run(text)
    assert flags["garbled"] == ["the The", "tourism. and", "office.", "â€™", "Ã©"]
    assert len(body) == 4 and all(not t.startswith(" ") for t in body)


def test_no_garbled_flags_for_clean_text() -> None:
    text = (
        "The U.S. and Canada signed it at 10 a.m. on Monday, Mr. Okafor said.\n"
        "He had had enough, he said, adding that that was final. Visit example.com for more.\n"
        "The vote passed 5-4. Details at www.example.org.\n"
    )
    _, _, flags = run(text)
    assert "garbled" not in flags


# -- ranges --------------------------------------------------------------------------------------


def test_body_ranges_are_paragraphs_trimmed() -> None:
    text = "\n\n  First paragraph,\n  its second line.  \n\n\tSecond paragraph.\r\n\n"
    _, body, _ = run(text)
    assert body == ["First paragraph,\n  its second line.", "Second paragraph."]


def test_empty_and_blank_texts() -> None:
    for text in ("", "   \n\n \t", "\u2028"):
        _, body, flags = run(text)
        assert body == [] and not flags


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(max_size=40),
            st.sampled_from(
                [
                    "\n",
                    "\n\n",
                    "\r\n",
                    " ",
                    ". ",
                    "the The",
                    "By ",
                    "Photo: ",
                    "date 2024-02-05 ",
                    "Advertisement",
                    "â€™",
                    "(AP Photo/X)",
                ]
            ),
        ),
        max_size=30,
    ).map("".join),
    st.one_of(st.none(), st.text(max_size=20)),
)
def test_clean_never_breaks_the_offsets(text: str, title: str | None) -> None:
    meta = clean(Document(id="h", text=text, title=title))
    check(text, meta)
    assert meta.published is None or len(meta.published) == 10
