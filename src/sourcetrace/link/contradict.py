"""Dates, numbers and denials that disagree inside a cluster."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import ArticleAnalysis, Cluster


def find_contradictions(cluster: Cluster, per_article: Sequence[ArticleAnalysis]) -> Cluster:
    return cluster
