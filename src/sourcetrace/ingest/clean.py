"""Cleaning scraped page text: remove page furniture, keep the whole body, read metadata."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    text: str
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    title: str | None = None
    dateline: str | None = None


def clean_page(raw: str) -> Page:
    """Clean page text scraped from a news site (placeholder: keeps text as is)."""
    return Page(text=raw.strip())
