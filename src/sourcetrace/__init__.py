"""sourcetrace: who said what, the chain it travelled, and how many independent origins back it.

Public API::

    from sourcetrace import run, ingest, analyze_article, link, load_nlp
    result = run(["articles/"], "out/")
    result.contract  # the analysis.json dict
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "analyze_article", "ingest", "link", "load_nlp", "run"]


def __getattr__(name: str) -> Any:  # lazy: importing the package loads no model
    if name == "run":
        from .pipeline import run

        return run
    if name == "ingest":
        from .ingest import ingest

        return ingest
    if name in ("analyze_article", "load_nlp"):
        from . import analyze

        return getattr(analyze, name)
    if name == "link":
        from .link import link

        return link
    raise AttributeError(name)
