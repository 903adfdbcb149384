"""Sentence vectors for claim alignment: wordllama static embeddings, with a hashing fallback.

wordllama ships its weights inside the wheel, so it loads offline. When it is not
installed the fallback hashes word stems into a fixed-width vector (lexical only).
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["embed", "load_model"]

DIM_FALLBACK = 256


@functools.lru_cache(maxsize=1)
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


def _hash_embed(texts: Sequence[str]) -> np.ndarray:
    out = np.zeros((len(texts), DIM_FALLBACK), dtype=np.float32)
    for i, t in enumerate(texts):
        for w in re.findall(r"[a-z0-9]{3,}", t.lower()):
            h = int.from_bytes(hashlib.md5(w[:6].encode()).digest()[:4], "little")
            out[i, h % DIM_FALLBACK] += 1.0 if h & 1 << 31 else -1.0
    return out


def embed(texts: Sequence[str], batch: int = 4096) -> np.ndarray:
    """Unit-length float32 vectors, one row per text."""
    if not texts:
        return np.zeros((0, DIM_FALLBACK), dtype=np.float32)
    model = load_model()
    if model is None:
        vecs = _hash_embed(texts)
    else:
        parts = [np.asarray(model.embed(list(texts[i : i + batch]), norm=False)) for i in range(0, len(texts), batch)]
        vecs = np.vstack(parts).astype(np.float32)
    norms = np.linalg.norm(vecs, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return vecs / norms
