"""A timeline of dated claims."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import ArticleAnalysis, TimelineEntry


def build_timeline(per_article: Sequence[ArticleAnalysis]) -> list[TimelineEntry]:
    return []
