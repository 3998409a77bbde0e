"""Calibrated confidences: one logistic model per kind of fact, read from ``data/calibration.tsv``.

A stage describes each fact by its evidence (the features its confidence module computes: the
classes of its common factors, each a feature of value 1, and ``evidence``, the logarithm of the
hand-set product of those factors) and the model turns them into the chance that the fact is
right: ``1 / (1 + exp(-(bias + sum of weight * value)))``. ``bench/calibrate.py`` learns the
weights on the tune half of Sayso's own gold (gold/tune) and writes the file; a feature the file
does not name weighs nothing. The rare pieces of evidence that tell a statement from an act, a
question or a refusal (too few on gold/tune to learn from) keep their hand-set factors, which
multiply the chance: the ``rules`` of a fact (1 when none applies).

:func:`recording` lets that script see the features of every fact the stages score.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from .. import resources

WEIGHTS = "data/calibration.tsv"
BIAS = "bias"  # the feature name of the intercept in the file
EVIDENCE = "evidence"  # the logarithm of the hand-set product of a fact's factors

Features = Mapping[str, float]


@dataclass(frozen=True)
class Model:
    """The weights of one kind of fact's logistic model."""

    bias: float
    weights: Mapping[str, float]

    def probability(self, features: Features, rules: float = 1.0) -> float:
        """The chance that a fact with ``features`` is right (0..1), times the factor of the
        hand-set ``rules`` that apply to it."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return rules / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


@cache
def model(kind: str) -> Model:
    """The model of ``kind`` (attributions, events) in ``data/calibration.tsv``; no weights at
    all (a chance of one half) for a kind the file does not name."""
    bias, weights = 0.0, {}
    for row in resources.tsv(WEIGHTS):
        if row[0] != kind:
            continue
        if row[1] == BIAS:
            bias = float(row[2])
        else:
            weights[row[1]] = float(row[2])
    return Model(bias, weights)


def one_hot(classes: Mapping[str, str]) -> dict[str, float]:
    """A feature of value 1 for each factor's class: ``{"mode": "intended"}`` ->
    ``{"mode=intended": 1.0}``."""
    return {f"{name}={value}": 1.0 for name, value in classes.items()}


# (kind, document id, key, features, rules) of each fact scored while :func:`recording` is on
Noted = tuple[str, str, str, dict[str, float], float]
_NOTES: ContextVar[list[Noted] | None] = ContextVar("calibration_notes", default=None)


@contextmanager
def recording() -> Iterator[list[Noted]]:
    """Inside the block, every fact a stage scores adds (kind, document id, key, features, rules)
    to the list it yields (``bench/calibrate.py``); a key tells the fact in the record (an
    attribution's id; an event's type and the offset of its word)."""
    notes: list[Noted] = []
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)


def recording_on() -> bool:
    """Whether :func:`recording` is on (a stage need not build features no one reads)."""
    return _NOTES.get() is not None


def note(kind: str, document: str, key: str, features: Features, rules: float) -> None:
    """Keep the features and the rules' factor of one scored fact while :func:`recording` is
    on."""
    notes = _NOTES.get()
    if notes is not None:
        notes.append((kind, document, key, dict(features), rules))
