"""Every listing command's table fits the terminal (COLUMNS=120), with the useful columns first;
--wide and -f jsonl give the whole content. Records are built by hand (no model)."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from sayso.cli import main
from sayso.cli.common import Bar
from sayso.report import Column, render_record, render_rows
from sayso.store import Store
from sayso.types import Attribution, Entity, Event, Meta, Record, Span

WIDTH = 120
QUOTE = (
    "the harbour bridge will stay closed to lorries until the engineers have checked every "
    "cable, every bearing and every joint of the northern span, which will take at least "
    "three more weeks of inspection work by the regional transport authority's own teams"
)


def _at(text: str, part: str) -> Span:
    i = text.index(part)
    return Span(i, i + len(part), part)


def _record(n: int) -> Record:
    text = (
        f"Bulletin {n}. Regional Transport Authority chief engineer Annemarie Vandenberghe-"
        f'Okonkwo said "{QUOTE}". The Harbour Workers Federation of the Northern Provinces '
        "accused the authority of hiding the report."
    )
    eng = Entity("e1", "Annemarie Vandenberghe-Okonkwo", "PERSON", "BEL", "chief engineer",
                 (_at(text, "Annemarie Vandenberghe-Okonkwo"),), "GOV")  # fmt: skip
    union = "Harbour Workers Federation of the Northern Provinces"
    fed = Entity("e2", union, "ORG", None, None, (_at(text, union),))
    auth = Entity("e3", "Regional Transport Authority", "ORG", "BEL", None,
                  (_at(text, "Regional Transport Authority"),), "GOV")  # fmt: skip
    said = Attribution("a1", "direct", _at(text, "Annemarie Vandenberghe-Okonkwo"), "e1",
                       _at(text, "said"), (_at(text, QUOTE),))  # fmt: skip
    ev = Event("v1", "ACCUSE", "verbal", ("e2",), ("e3",), _at(text, "accused"), "2025-03-02",
               attribution="a1")  # fmt: skip
    first = text.index(" Regional")
    second = text.index(" The Harbour")
    return Record(
        id=f"bulletin-{n}",
        text=text,
        meta=Meta(
            title=f"Bridge stays closed to lorries for weeks, engineers say ({n})",
            published="2025-03-03",
            outlet="The Northern Provinces Evening Chronicle",
            url=f"https://example.org/news/{n}",
        ),
        entities=(eng, fed, auth),
        attributions=(said,),
        events=(ev,),
        sentences=((0, first), (first + 1, second), (second + 1, len(text))),
    )


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "news.db"
    with Store(path) as store:
        for n in range(3):
            store.add(_record(n))
    return str(path)


def _run(*args: str) -> str:
    res = CliRunner().invoke(main, list(args), env={"COLUMNS": str(WIDTH)})
    assert res.exit_code == 0, res.output
    return res.stdout


def _fits(out: str) -> None:
    lines = out.splitlines()
    assert lines, "no table"
    too_wide = [line for line in lines if len(line) > WIDTH]
    assert not too_wide, too_wide[0]


@pytest.mark.parametrize(
    "command",
    [
        ("quotes",),
        ("events",),
        ("actors",),
        ("query", "SELECT * FROM documents"),
        ("query", "SELECT * FROM attributions"),
        ("fix", "list"),
    ],
)
def test_every_listing_fits_120_columns(db: str, command: tuple[str, ...]) -> None:
    if command == ("fix", "list"):
        ref = json.loads(_run("quotes", "--db", db, "-f", "jsonl").splitlines()[0])["ref"]
        _run("fix", "speaker", ref, "Regional Transport Authority", "--db", db)
    for wide in ((), ("--wide",)):
        _fits(_run(*command, "--db", db, "-f", "table", *wide))


def test_stories_and_compare_fit(db: str) -> None:
    _fits(_run("stories", "--db", db, "-f", "table"))
    story = json.loads(_run("stories", "--db", db, "-f", "jsonl").splitlines()[0])["story"]
    _fits(_run("compare", story, "--db", db, "-f", "table"))


def test_quotes_put_speaker_cue_quote_first_and_ids_last(db: str) -> None:
    lines = _run("quotes", "--db", db, "-f", "table").splitlines()
    assert lines[0].split() == ["speaker", "cue", "quote", "outlet", "published", "conf", "ref"]
    assert re.search(r"  [01]\.\d\d  ", lines[2])  # each fact's confidence, two decimals
    assert "…" in "\n".join(lines)  # a long quote is clipped, visibly
    wide = _run("quotes", "--db", db, "-f", "table", "--wide")
    assert "…" not in wide
    assert set(QUOTE.split()) <= set(wide.split())  # every word, wrapped in its column
    row = json.loads(_run("quotes", "--db", db, "-f", "jsonl").splitlines()[0])
    assert row["quote"] == QUOTE and len(row["doc_hash"]) == 64


def test_events_show_source_type_target_sentence_and_speaker(db: str) -> None:
    lines = _run("events", "--db", db, "-f", "table").splitlines()
    assert lines[0].split()[:5] == ["source", "type", "target", "sentence", "speaker"]
    row = json.loads(_run("events", "--db", db, "-f", "jsonl").splitlines()[0])
    assert row["sentence"] == (
        "The Harbour Workers Federation of the Northern Provinces accused the authority of "
        "hiding the report."
    )
    assert "doc_pk" not in row and row["ref"].endswith(":v1")
    assert row["speaker"] == "Annemarie Vandenberghe-Okonkwo"


def test_record_report_wraps_whole_quotes() -> None:
    out = render_record(_record(1), width=WIDTH)
    assert max(len(line) for line in out.splitlines()) <= WIDTH
    assert "…" not in out
    assert set(QUOTE.split()) <= set(out.split())
    narrow = render_record(_record(1), width=60)
    assert max(len(line) for line in narrow.splitlines()) <= 60


def test_a_cell_longer_than_its_column_is_folded_not_cut() -> None:
    word = "x" * 300
    out = render_rows([{"a": word, "b": "short"}], [Column("a"), Column("b")], width=50)
    assert max(len(line) for line in out.splitlines()) <= 50
    assert "".join(line.split()[0] for line in out.splitlines()[2:]).count("x") == 300


def test_progress_line_on_a_terminal_only() -> None:
    screen = io.StringIO()
    with Bar(True, "ingest", file=screen) as bar:
        bar.show(3, "3 stored, 0 failed")
        bar.error("error: one bad document")
    shown = screen.getvalue()
    assert "articles/s" in shown and "3 stored, 0 failed" in shown
    assert "error: one bad document" in shown
    quiet = Bar.on_stderr(False)  # stderr is no terminal under pytest: nothing is drawn
    assert not quiet.live
    quiet.stop()
