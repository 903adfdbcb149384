"""Which spans of an article are in quoted or attributed voice."""

from __future__ import annotations

from typing import Any

from ..model import Article, Quote, Span


def attributed_spans(doc: Any, article: Article, quotes: list[Quote]) -> list[Span]:
    return []
