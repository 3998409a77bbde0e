"""What the entities stage works out of the parse once a document and reads again: the role of
each mention's head word for coreference (a second resolver of the same Doc, as the events stage
builds, holds what one built afresh holds) and the title words of a mention (each caller gets a
list of its own). Every sentence here is invented."""

from __future__ import annotations

import pytest

from sayso import nlp
from sayso.pipeline.entities.coreference import Resolver
from sayso.pipeline.entities.model import Cluster, token_mention
from sayso.pipeline.entities.roles import title_tokens
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


def test_title_words_are_worked_out_once_and_handed_out_as_copies() -> None:
    doc = nlp.load()("Harbour Commissioner Lida Moran closed the pier on Friday.")
    [m] = [token_mention(doc, t.i, t.i + 2, "PERSON") for t in doc if t.text == "Lida"]
    first = title_tokens(doc, m)
    assert [t.text for t in first] == ["Harbour", "Commissioner"]
    first.clear()  # a caller's own list: what is held stays as it was
    again = title_tokens(doc, m)
    assert [t.text for t in again] == ["Harbour", "Commissioner"]
    nlp.release(doc)
    assert [t.i for t in title_tokens(doc, m)] == [t.i for t in again]
