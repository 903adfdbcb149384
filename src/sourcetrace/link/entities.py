"""Entity resolution within and across articles."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..model import ArticleAnalysis, Entity

# entity_of(article_id, start, end, surface) -> entity id or None
EntityLookup = Callable[[str, int | None, int | None, str | None], str | None]


def resolve_entities(per_article: Sequence[ArticleAnalysis]) -> tuple[list[Entity], EntityLookup]:
    def entity_of(article: str, start: int | None, end: int | None, surface: str | None) -> str | None:
        return None

    return [], entity_of
