"""Ingest: inputs (folders, files, JSON Lines, URLs) to cleaned articles with metadata."""

from .clean import Page, clean_page
from .sources import IngestOptions, IngestResult, ingest, make_article

__all__ = ["IngestOptions", "IngestResult", "Page", "clean_page", "ingest", "make_article"]
