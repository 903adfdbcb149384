"""Cross-article stage: the only stage that sees many articles (kept sub-quadratic).

entities   resolve mentions within and across articles   (link.entities)
citations  named by their source's resolved full name    (link.entities)
quotes     speaker_entity filled from the entity map
clusters   claims aligned across articles                (link.align)
contradictions inside clusters                           (link.contradict)
provenance graph and independent origins                 (link.provenance)
framing    per-outlet descriptors compared               (link.framing)
timeline   dated claims                                  (link.timeline)
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..model import Analysis, ArticleAnalysis, Problem
from .align import align_claims
from .contradict import find_contradictions, nearness
from .entities import canonical_citations, resolve_entities
from .framing import compare_framing
from .provenance import build_provenance, count_origins
from .timeline import build_timeline

__all__ = ["link"]


def link(
    per_article: Sequence[ArticleAnalysis], problems: Sequence[Problem] = (), embeddings: str | None = None
) -> Analysis:
    """Everything across articles; ``embeddings`` picks the sentence model for alignment (see ``embed.MODELS``)."""
    per_article = sorted(per_article, key=lambda a: a.article.id)
    entities, entity_of = resolve_entities(per_article)
    quotes = []
    for pa in per_article:
        for q in pa.quotes:
            eid = entity_of(pa.article.id, q.speaker_start, q.speaker_end, q.speaker)
            quotes.append(dataclasses.replace(q, speaker_entity=eid) if eid else q)
    claims = [c for pa in per_article for c in pa.claims]
    # the exported citations name their source's resolved full name ("FPA" -> "Fjord Post Agency (FPA)"); provenance
    # and origins read each article's citations as written
    citations = canonical_citations(per_article, [c for pa in per_article for c in pa.citations], entity_of)
    provenance = build_provenance(per_article)
    clusters = align_claims(per_article, embeddings=embeddings)
    near = nearness(embeddings)
    clusters = [find_contradictions(k, per_article, near=near) for k in clusters]
    clusters = [count_origins(k, per_article, provenance, entity_of) for k in clusters]
    framing = compare_framing(per_article, entities, entity_of)
    timeline = build_timeline(per_article, clusters)
    return Analysis(
        articles=tuple(pa.article for pa in per_article),
        per_article=tuple(per_article),
        entities=tuple(entities),
        quotes=tuple(quotes),
        claims=tuple(claims),
        clusters=tuple(clusters),
        citations=tuple(citations),
        framing=tuple(framing),
        timeline=tuple(timeline),
        provenance=tuple(provenance),
        problems=tuple(problems),
    )
