"""A timeline of dated claims: one entry per date and cluster, sorted by date."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import ArticleAnalysis, Cluster, TimelineEntry

__all__ = ["build_timeline"]


def build_timeline(per_article: Sequence[ArticleAnalysis], clusters: Sequence[Cluster] = ()) -> list[TimelineEntry]:
    """Entries for every date a claim states; claims of one cluster with one date share an entry."""
    cluster_of = {cid: k.id for k in clusters for cid in k.claims}
    entries: dict[tuple[str, str], dict] = {}
    for pa in per_article:
        for claim in pa.claims:
            for d in claim.dates:
                key = (d.value, cluster_of.get(claim.id, claim.id))
                e = entries.setdefault(
                    key, {"precision": d.precision, "text": claim.text, "claims": [], "articles": []}
                )
                if claim.id not in e["claims"]:
                    e["claims"].append(claim.id)
                if claim.article not in e["articles"]:
                    e["articles"].append(claim.article)
    out = [
        TimelineEntry(date, e["precision"], e["text"], tuple(e["claims"]), tuple(sorted(e["articles"])))
        for (date, _), e in entries.items()
    ]
    out.sort(key=lambda t: (t.date, t.text))
    return out
