"""Outlets and agencies an article says it relies on."""

from __future__ import annotations

from typing import Any

from ..model import Article, Citation, Quote


def find_citations(doc: Any, article: Article, quotes: list[Quote]) -> list[Citation]:
    return []
