"""Check-worthy claims with normalised dates and quantities."""

from __future__ import annotations

from typing import Any

from ..model import Article, Claim, Mention, Quote


def find_claims(doc: Any, article: Article, quotes: list[Quote], mentions: tuple[Mention, ...]) -> list[Claim]:
    return []
