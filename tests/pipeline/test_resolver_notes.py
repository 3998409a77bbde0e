"""The coreference resolver of a document notes each mention's head word once: a second resolver
of the same Doc (the events stage builds one) reads those notes and holds what a resolver built
afresh holds. Every sentence here is invented."""

from __future__ import annotations

import pytest

from sayso import nlp
from sayso.pipeline.entities.coreference import Resolver
from sayso.pipeline.entities.model import Cluster, token_mention
from sayso.pipeline.quotes import QuoteIndex, find_quotes

pytestmark = pytest.mark.model

TEXT = (
    "Mayor Ines Varga said the council would vote on the bridge. Tomas Ekdahl, her rival, "
    'disagreed. "We need it," he told the Ledger. Varga added that Ekdahl had misled voters.'
)


def _clusters(doc: object) -> list[Cluster]:
    out: list[Cluster] = []
    for name in ("Varga", "Ekdahl"):
        c = Cluster(name=name, label="PERSON", key=name.lower())
        for tok in nlp.tokens_of(doc):
            if tok.text == name:
                c.mentions.append(token_mention(doc, tok.i, tok.i + 1, "PERSON"))
        out.append(c)
    return out


def _held(res: Resolver) -> tuple[object, ...]:
    return (
        res.history,
        res.speakers,
        {k: v.i for k, v in res.embedded.items()},
        {k: v.i for k, v in res.roots.items()},
    )


def test_a_second_resolver_of_a_doc_holds_what_a_fresh_one_does() -> None:
    doc = nlp.load()(TEXT)
    quoted = QuoteIndex(find_quotes(TEXT))
    first = Resolver(doc, _clusters(doc), quoted)
    assert nlp.memo_of(doc)["coreference.roles"]  # the head words noted for the document
    again = Resolver(doc, _clusters(doc), quoted)
    nlp.release(doc)  # the notes forgotten: this one works everything out again
    fresh = Resolver(doc, _clusters(doc), quoted)
    assert _held(first) == _held(again) == _held(fresh)
    assert first.history and first.speakers  # "Varga added": a mention that speaks
