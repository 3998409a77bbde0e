"""Hypothesis: article-like texts never break the record.

Texts are built from random sentences (names, speech verbs, every kind of quotation mark, some
left unbalanced, blank lines, right-to-left marks, emoji). For each, ``sayso.extract`` must not
raise, every span must be the text it points at, every id a record refers to must exist, and a
quotation left open must not run its content over a blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import sayso
from sayso.types import Record

NAMES = [
    "Aino Rautio",
    "Kofi Mensah-Larbi",
    "María José Ibarra",
    "Olu Adeyemi",
    "Li Wenjun",
    "Tamar Ben-Ami",
    "Søren Kjær",
    "Ayşe Yıldırım",
    "Jean-Luc Moreau",
    "Nguyen Thi Lan",
    "Defence Minister Pavel Hrubý",
    "the spokeswoman",
    "a senior official",
    "he",
    "she",
    "they",
]
ORGS = [
    "the Foreign Ministry",
    "the Danish Interior Ministry",
    "the Tarvo Gazette",
    "a statement posted online by the Kenyan government",
    "state television",
    "the ministry's readout",
]
VERBS = [
    "said",
    "told reporters",
    "warned",
    "added",
    "insisted",
    "claimed",
    "wrote on social media",
    "said in a statement",
    "told a regular briefing",
]
_WORDS_TEXT = (
    "the talks will resume next week and nobody expects a deal before the summer "
    "our position has not changed we will defend our people farmers border sanctions "
    "on Tuesday 12 October 2023 40 million euros peace trade ministers agreed rejected"
)
WORDS = _WORDS_TEXT.split()
NOISE = [
    "\u200f",  # right-to-left mark
    "\u200e",  # left-to-right mark
    "\u202b",  # right-to-left embedding
    "\u202c",  # pop directional formatting
    "\u202e",  # right-to-left override
    "\u2067",  # right-to-left isolate
    "\u2069",  # pop directional isolate
    "\u00a0",  # no-break space
    "\u200b",  # zero-width space
    "\ufeff",  # byte order mark inside the text
    "\t",
    "🙂",
    "👍🏽",
    "🇫🇷",
    "👨\u200d👩\u200d👧",
    "שלום",
    "السلام عليكم",
    "…",
    "—",
]
# (opening, closing) marks; an empty string means the mark is missing
QUOTES = [
    ('"', '"'),
    ("\u201c", "\u201d"),
    ("\u00ab", "\u00bb"),
    ("\u201e", "\u201c"),
    ("\u2018", "\u2019"),
    ("'", "'"),
    ("\u300c", "\u300d"),
    ("\u201c", '"'),
    ('"', "\u201d"),
    ("\u00ab", "\u201d"),
    ("", "\u201d"),
    ('"', ""),
    ("\u201c", ""),
]
OPENERS = ['"', "\u201c", "\u00ab", "\u201e", "\u2018"]
PARAGRAPH_BREAKS = ["\n\n", "\n \n", "\r\n\r\n", "\n\n\n", "\n\t\n"]
LINE_BREAKS = [" ", " ", "  ", "\n"]

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@dataclass
class Built:
    text: str = ""
    # (index of the opening mark, end of its paragraph) of every quotation left open
    unclosed: list[tuple[int, int]] = field(default_factory=list)


clause = st.builds(
    lambda ws, noise, pos: _insert(" ".join(ws), noise, pos),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12),
    st.one_of(st.just(""), st.sampled_from(NOISE)),
    st.integers(min_value=0, max_value=200),
)


def _insert(s: str, noise: str, pos: int) -> str:
    pos = pos % (len(s) + 1)
    return s[:pos] + noise + s[pos:]


@st.composite
def sentence(draw: st.DrawFn) -> tuple[str, int | None]:
    """A sentence, and the offset (within it) of an opening mark it leaves open, if any."""
    name = draw(st.sampled_from(NAMES))
    verb = draw(st.sampled_from(VERBS))
    o, c = draw(st.sampled_from(QUOTES))
    c1, c2 = draw(clause), draw(clause)
    kind = draw(st.integers(min_value=0, max_value=7))
    if kind == 0:
        return f"{o}{c1},{c} {name} {verb}.", None
    if kind == 1:
        return f"{name} {verb}: {o}{c1}.{c}", None
    if kind == 2:
        return f"{o}{c1},{c} {name} {verb}. {o}{c2}.{c}", None
    if kind == 3:
        return f"{name} {verb} that {c1}.", None
    if kind == 4:
        return f"According to {draw(st.sampled_from(ORGS))}, {c1}.", None
    if kind == 5:
        return f"{c1[:1].upper()}{c1[1:]}.", None
    if kind == 6:
        # a quotation opened and never closed
        opener = draw(st.sampled_from(OPENERS))
        head = f"{name} {verb}: "
        return f"{head}{opener}{c1}. {c2}", len(head)
    return f"{c1} {draw(st.sampled_from(NOISE))} {name} {verb}.", None


@st.composite
def article(draw: st.DrawFn) -> Built:
    built = Built()
    paragraphs = draw(
        st.lists(st.lists(sentence(), min_size=1, max_size=4), min_size=1, max_size=6)
    )
    if draw(st.booleans()):
        built.text = draw(st.sampled_from(["", "\ufeff", "\n", " date 2024-05-06 Share this\n\n"]))
    for i, para in enumerate(paragraphs):
        if i:
            built.text += draw(st.sampled_from(PARAGRAPH_BREAKS))
        open_at: int | None = None
        for j, (s, unclosed) in enumerate(para):
            if j:
                built.text += draw(st.sampled_from(LINE_BREAKS))
            if unclosed is not None:
                open_at = len(built.text) + unclosed
            built.text += s
        if open_at is not None:
            # the last quotation opened in this paragraph may still be open at its end
            built.unclosed.append((open_at, len(built.text)))
    if draw(st.booleans()):
        built.text += draw(st.sampled_from(["\n", "\n\n", " 🙂", "\u200f"]))
    return built


def _check(rec: Record, built: Built) -> list[str]:
    """Broken spans and dangling ids (the record's own consistency)."""
    text = built.text
    problems: list[str] = []
    if rec.text != text:
        problems.append("record text differs from the input text")
    for span in rec.spans():
        if not (0 <= span.start <= span.end <= len(text)):
            problems.append(f"span {span} lies outside the text")
        elif text[span.start : span.end] != span.text:
            problems.append(f"span {span} is not text[{span.start}:{span.end}]")
    entity_ids = {e.id for e in rec.entities}
    attribution_ids = {a.id for a in rec.attributions}

    def need(eid: str | None, where: str) -> None:
        if eid is not None and eid not in entity_ids:
            problems.append(f"{where} refers to a missing entity {eid!r}")

    for a in rec.attributions:
        need(a.speaker, f"attribution {a.id} speaker")
        need(a.via, f"attribution {a.id} via")
        for c in a.content:
            if not (0 <= c.start <= c.end <= len(text)):
                problems.append(f"attribution {a.id} content {c} lies outside the text")
    for ev in rec.events:
        for eid in (*ev.source, *ev.target, ev.location):
            need(eid, f"event {ev.id}")
        if ev.attribution is not None and ev.attribution not in attribution_ids:
            problems.append(f"event {ev.id} refers to a missing attribution {ev.attribution!r}")
    for dv in rec.divergences:
        for eid in (*dv.asserted_by, *dv.other):
            need(eid, f"divergence {dv.id}")
    return problems


def _check_unclosed(rec: Record, built: Built) -> list[str]:
    """Content spans touching a quotation left open that run over a blank line."""
    problems = []
    for a in rec.attributions:
        for c in a.content:
            for open_at, para_end in built.unclosed:
                touches = c.start < para_end and c.end > open_at
                if touches and BLANK_LINE.search(built.text, c.start, c.end):
                    problems.append(
                        f"attribution {a.id} content {c.text!r} runs the quotation opened at "
                        f"{open_at} over a blank line"
                    )
    return problems


SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Found by the test below, kept as a regression example (an indirect attribution
# "..., X said." once took as content a spaCy sentence that ran over the paragraph break).
KNOWN_BLANK_LINE_CROSSING = Built(
    "Aino Rautio said: \u2018the. the\n\nwill,\u201d Aino Rautio said.", [(18, 27)]
)


@pytest.mark.model
@SETTINGS
@given(article())
def test_records_of_random_articles_keep_the_invariants(built: Built) -> None:
    rec = sayso.extract(built.text, id="hyp", published="2024-05-07")
    problems = _check(rec, built)
    assert not problems, f"text={built.text!r}\n" + "\n".join(problems)


@pytest.mark.model
@SETTINGS
@example(KNOWN_BLANK_LINE_CROSSING)
@given(article())
def test_unclosed_quotes_stay_in_their_paragraph(built: Built) -> None:
    rec = sayso.extract(built.text, id="hyp", published="2024-05-07")
    problems = _check_unclosed(rec, built)
    assert not problems, f"text={built.text!r}\n" + "\n".join(problems)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'Rautio said: "we will not move.\n\nThe ministers met on Tuesday. Nobody else spoke.',
        "Rautio said: \u201cwe will not move.\n\nThe ministers met on Tuesday, she said.",
        "\u00abNothing changes,\u00bb he said.\n\n\u201cOne more\n \nAnd then \u201d she added",
        '\u200f\u201c\u0634\u0643\u0631\u0627 \u201d, said Li Wenjun \U0001f642.\n\n\u202e"',
    ],
)
def test_hand_picked_unbalanced_quotes(text: str) -> None:
    opened = [m.start() for m in re.finditer('["\u201c\u00ab]', text)]
    para_ends = [m.start() for m in BLANK_LINE.finditer(text)] + [len(text)]
    unclosed = [(o, next(e for e in para_ends if e >= o)) for o in opened]
    built = Built(text, unclosed)
    rec = sayso.extract(text, id="hand", published="2024-05-07")
    problems = _check(rec, built) + _check_unclosed(rec, built)
    assert not problems, "\n".join(problems)
