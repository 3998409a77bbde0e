"""The sentence model: all-MiniLM-L6-v2 run with numpy gives the vectors sentence-transformers
gives (its published example similarities), unit length, and paraphrases closer than strangers."""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
import pytest

from sayso import embed as embed_module
from sayso.embed import DIM, embed


def test_reference_similarities() -> None:
    # the model card's example: 0.6660 / 0.1046 / 0.1411 with sentence-transformers
    v = embed(
        ["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."]
    )
    sim = v @ v.T
    assert v.shape == (3, DIM)
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    assert abs(sim[0, 1] - 0.6660) < 2e-3
    assert abs(sim[0, 2] - 0.1046) < 2e-3
    assert abs(sim[1, 2] - 0.1411) < 2e-3


def test_paraphrase_beats_stranger_and_order_is_kept() -> None:
    texts = [
        "The council voted to close the old bridge on Friday.",
        "Harbour ferries will run late all summer.",
        "On Friday councillors decided the old bridge must shut.",
    ]
    v = embed(texts)
    assert v[0] @ v[2] > v[0] @ v[1] + 0.2
    alone = embed([texts[1]])
    assert np.allclose(alone[0], v[1], atol=1e-4)  # batching and padding change nothing
    assert embed([]).shape == (0, DIM)


def test_the_cache_keeps_the_vectors_used_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed_module, "CACHE", 2)
    monkeypatch.setattr(embed_module, "_cache", OrderedDict())
    first = embed(["The pier reopened.", "Rain is due tonight."])
    embed(["The pier reopened."])  # used again: now the last used
    embed(["A third sentence about buses."])  # the least recently used one goes
    assert list(embed_module._cache) == ["The pier reopened.", "A third sentence about buses."]
    assert np.allclose(embed(["Rain is due tonight."])[0], first[1], atol=1e-5)  # encoded again
