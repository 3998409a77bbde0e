"""``sayso eval``: score Sayso's output against your own gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..eval.attributions import read_jsonl, report, score
from ..eval.golden import read_gold, render, score_article, summarise
from ..pipeline import Pipeline
from ..types import Document


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


@eval_group.command(name="golden")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option(
    "--json",
    "json_path",
    type=click.Path(path_type=Path),
    help="Also write the figures (per section and per article) to this JSON file.",
)
@click.option("-v", "--verbose", is_flag=True, help="List every missed and extra item per article.")
def golden(gold_dir: Path, json_path: Path | None, verbose: bool) -> None:
    """Extract every article under GOLD_DIR (NAME/article.txt, meta.json, expected.json in the
    seed's format) and print per-section precision and recall and an overall line."""
    articles = read_gold(gold_dir)
    docs = [
        Document(id=a.name, text=a.text, published=a.published, outlet=a.outlet) for a in articles
    ]
    records = Pipeline().process(docs)
    scores = [
        score_article(a.name, a.expected, r.to_dict())
        for a, r in zip(articles, records, strict=True)
    ]
    result = summarise(scores)
    click.echo(render(result, verbose=verbose))
    if json_path is not None:
        per_article = {
            s.name: {
                n: dict(zip(("p", "r", "f1"), sec.prf(), strict=True))
                for n, sec in s.sections.items()
            }
            for s in scores
        }
        json_path.write_text(
            json.dumps(
                {
                    "figures": result.figures(),
                    "articles": per_article,
                    "wrong_merges": {s.name: s.merges for s in scores if s.merges},
                },
                indent=1,
            )
        )
