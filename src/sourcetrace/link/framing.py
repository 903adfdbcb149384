"""Compare each outlet's own-voice descriptors per referent (weighted log-odds)."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import ArticleAnalysis, Entity, FramingTerm
from .entities import EntityLookup


def compare_framing(
    per_article: Sequence[ArticleAnalysis], entities: Sequence[Entity], entity_of: EntityLookup
) -> list[FramingTerm]:
    return []
