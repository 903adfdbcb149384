"""Descriptors (titles, appositions, modifiers) attached to referents, with their voice."""

from __future__ import annotations

from typing import Any

from ..model import Article, Descriptor, Mention, Span


def find_descriptors(
    doc: Any, article: Article, mentions: tuple[Mention, ...], attributed: list[Span]
) -> list[Descriptor]:
    return []
