"""Head-noun similarity for coreference: static word embeddings (wordllama), loaded once, optional.

``similar_pairs(words, threshold)`` returns the pairs of distinct words whose embedding cosine is at
least ``threshold``, best first. Without wordllama installed it returns nothing (the resolver then
falls back to exact head matching).
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

__all__ = ["similar_pairs", "word_vectors"]


@lru_cache(maxsize=1)
def _model() -> Any:
    try:
        import wordllama
        from wordllama import WordLlama
    except ImportError:  # pragma: no cover - optional dependency
        return None
    try:
        return WordLlama.load(cache_dir=os.path.dirname(wordllama.__file__), disable_download=True)
    except Exception:  # pragma: no cover - model files missing
        return None


def similar_pairs(words: list[str], threshold: float) -> list[tuple[float, str, str]]:
    """Pairs ``(cosine, a, b)`` of distinct words at or above ``threshold``, highest cosine first."""
    uniq = sorted({w for w in words if w})
    model = _model()
    if model is None or len(uniq) < 2:
        return []
    vecs = model.embed(uniq, norm=True)
    sims = vecs @ vecs.T
    out: list[tuple[float, str, str]] = []
    for i in range(len(uniq)):
        for j in range(i + 1, len(uniq)):
            s = float(sims[i, j])
            if s >= threshold:
                out.append((s, uniq[i], uniq[j]))
    out.sort(key=lambda x: (-x[0], x[1], x[2]))
    return out


def word_vectors(words: list[str]) -> dict[str, Any]:
    """Unit vectors of ``words`` (numpy rows); empty without wordllama."""
    uniq = sorted({w for w in words if w})
    model = _model()
    if model is None or not uniq:
        return {}
    vecs = model.embed(uniq, norm=True)
    return {w: vecs[i] for i, w in enumerate(uniq)}
