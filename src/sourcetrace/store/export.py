"""The analysis.json contract (see docs/analysis-contract.md)."""

from __future__ import annotations

from typing import Any

from ..model import Analysis, to_dict

RECORD_KINDS = (
    "articles",
    "entities",
    "quotes",
    "claims",
    "clusters",
    "citations",
    "framing",
    "timeline",
    "provenance",
    "problems",
)


def analysis_to_contract(analysis: Analysis) -> dict[str, Any]:
    out: dict[str, Any] = {"version": analysis.version}
    for kind in RECORD_KINDS:
        out[kind] = to_dict(getattr(analysis, kind))
    for art in out["articles"]:
        art.pop("content_hash", None)
        art.pop("names", None)  # evidence for the link stage, no field of the contract
    for q in out["quotes"]:
        q["via"] = list(q.get("via") or [])
    out.update(analysis.extra)
    return out
