"""``sayso eval``: score Sayso's output against your own gold annotations."""

from __future__ import annotations

from pathlib import Path

import click

from ..eval.attributions import read_jsonl, report, score


@click.group(name="eval")
def eval_group() -> None:
    """Score predictions against gold annotations."""


@eval_group.command(name="attributions")
@click.argument("gold", type=click.Path(path_type=Path))
@click.argument("pred", type=click.Path(path_type=Path))
def attributions(gold: Path, pred: Path) -> None:
    """Who said what: content, speaker and end-to-end P/R/F1 of PRED records against GOLD
    (one article a line with "attributions": [{"kind", "source", "cue", "content"}])."""
    click.echo(report(score(read_jsonl(gold), read_jsonl(pred))))
