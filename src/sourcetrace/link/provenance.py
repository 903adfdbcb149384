"""Provenance graph and independent origins."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import ArticleAnalysis, Cluster, ProvenanceEdge


def build_provenance(per_article: Sequence[ArticleAnalysis]) -> list[ProvenanceEdge]:
    return []


def count_origins(
    cluster: Cluster, per_article: Sequence[ArticleAnalysis], provenance: Sequence[ProvenanceEdge]
) -> Cluster:
    return cluster
