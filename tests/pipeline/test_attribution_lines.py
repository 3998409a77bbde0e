"""Quote runs in a text that writes one paragraph to a line (no blank lines, as scraped pages
often come): a quotation that is a whole line goes on from the statement or the quote of the
line before it. Sentences invented for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from sayso.types import Record

from .conftest import speaker_of

pytestmark = pytest.mark.model

Run = Callable[..., Record]


def test_a_quoted_line_after_a_statement_line_is_its_speaker_s(run: Run) -> None:
    rec = run(
        "Board chief recalls early rejection\n\n"
        "Ruth Adair grew up in a fishing town on the coast.\n"
        "Adair said she applied to law school before she finished college.\n"
        '"They wrote back kindly to say that I needed a degree first."\n'
        "Adair later told a television interviewer that the work was hard.\n"
        '"Some days are very hard."\n'
    )
    assert speaker_of(rec, "wrote back kindly") == "Ruth Adair"
    assert speaker_of(rec, "Some days are very hard") == "Ruth Adair"


def test_quoted_lines_run_on_after_a_cued_quote_line(run: Run) -> None:
    rec = run(
        "Board chief vows appeal\n\n"
        "Ruth Adair, who heads the state medical board, criticized the court on Monday.\n"
        '"We will appeal this ruling," Adair said in a statement.\n'
        '"The judge ignored the evidence."\n'
        '"We expect the higher court to see it differently."\n'
    )
    assert speaker_of(rec, "ignored the evidence") == "Ruth Adair"
    assert speaker_of(rec, "higher court") == "Ruth Adair"


def test_a_quoted_line_after_another_s_words_is_not_run_on(run: Run) -> None:
    rec = run(
        "Board chief vows appeal\n\n"
        '"We will appeal this ruling," Adair said in a statement.\n'
        "The clinic's lawyers said the court had been fair, and a nurse spoke next.\n"
        '"This is a good day for patients."\n'
    )
    assert not any(
        "good day" in c.text for a in rec.attributions for c in a.content if a.speaker
    ) or speaker_of(rec, "good day") != "Ruth Adair"
