"""Provenance graph and independent origins.

Edges (``ProvenanceEdge``), generic for every outlet:

* ``said-to``: a speaker to the first intermediary that carried the words (or to the
  outlet when none is named);
* ``relayed-by``: an intermediary to the next one, and the last one to the outlet;
* ``cites``: an outlet to an outlet or agency it says it relies on;
* ``copies``: two outlets carrying the same long passage word for word.

``count_origins`` maps each member of a cluster to its path and root sources and counts the
connected independent roots (:mod:`.origins`): members relaying one interview, one reporting
another, or sharing a copied passage count once; names are compared as the entity resolver
compares them, never by a shared word.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..analyze.claims import is_named
from ..model import ArticleAnalysis, Cluster, ProvenanceEdge
from .claim_features import TOKEN
from .names import name_key, relation
from .origins import SHINGLE, EntityLookup, group_members, member_paths, outlet_of

__all__ = ["ProvenanceGraph", "build_provenance", "count_origins", "outlet_of", "same_source"]


class ProvenanceGraph(list[ProvenanceEdge]):
    """The provenance edges (a list, as before), plus where each claim sits, so that counting a
    cluster's origins reads only its members' own articles instead of scanning every article."""

    def __init__(self, edges: Sequence[ProvenanceEdge], per_article: Sequence[ArticleAnalysis]) -> None:
        super().__init__(edges)
        self.article_of: dict[str, ArticleAnalysis] = {c.id: pa for pa in per_article for c in pa.claims}


def same_source(x: str | None, y: str | None) -> bool:
    """Two names for one source, by the entity resolver's name rules: equal after normalising,
    or one a shorter form of the other ("Varnel" / "Varnel News Agency", "OEI" / "Office
    Émeraude d'Information"); two people who share only a surname are two sources."""
    if not x or not y:
        return False
    nx, ny = re.sub(r"\W+", " ", x.lower()).strip(), re.sub(r"\W+", " ", y.lower()).strip()
    nx, ny = re.sub(r"^the ", "", nx), re.sub(r"^the ", "", ny)
    return nx == ny or relation(name_key(x), name_key(y), first_names=False) in ("same", "a<b", "b<a")


def build_provenance(per_article: Sequence[ArticleAnalysis]) -> ProvenanceGraph:
    edges: set[ProvenanceEdge] = set()
    for pa in per_article:
        outlet, aid = outlet_of(pa), pa.article.id
        for q in pa.quotes:
            chain = [v for v in q.via if v and not same_source(v, outlet)]
            if q.speaker and is_named(q.speaker):
                edges.add(ProvenanceEdge(q.speaker, chain[0] if chain else outlet, "said-to", aid))
            for x, y in zip(chain, chain[1:], strict=False):
                edges.add(ProvenanceEdge(x, y, "relayed-by", aid))
            if chain:
                edges.add(ProvenanceEdge(chain[-1], outlet, "relayed-by", aid))
        for c in pa.citations:
            if not same_source(c.cites, outlet):
                edges.add(ProvenanceEdge(outlet, c.cites, "cites", aid))
    edges.update(_copies(per_article))
    return ProvenanceGraph(sorted(edges, key=lambda e: (e.article or "", e.kind, e.source, e.target)), per_article)


def _shingles(text: str) -> set[int]:
    words = [w.lower() for w in TOKEN.findall(text)]
    return {hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


def _copies(per_article: Sequence[ArticleAnalysis]) -> set[ProvenanceEdge]:
    """Outlets sharing a passage of SHINGLE+ words (inverted index over shingles: linear)."""
    index: dict[int, set[int]] = defaultdict(set)
    for n, pa in enumerate(per_article):
        for c in pa.claims:
            for h in _shingles(c.text):
                index[h].add(n)
    pairs: Counter[tuple[int, int]] = Counter()
    for holders in index.values():
        if 1 < len(holders) <= 50:
            hs = sorted(holders)
            for i in range(len(hs)):
                for j in range(i + 1, len(hs)):
                    pairs[(hs[i], hs[j])] += 1
    out = set()
    for (i, j), _ in pairs.items():
        a, b = per_article[i], per_article[j]
        # the earlier article (by date, then id) is the likelier source of the passage
        first, second = sorted((a, b), key=lambda p: (p.article.published or "9999", p.article.id))
        out.add(ProvenanceEdge(outlet_of(first), outlet_of(second), "copies", second.article.id))
    return out


def count_origins(
    cluster: Cluster,
    per_article: Sequence[ArticleAnalysis],
    provenance: Sequence[ProvenanceEdge] = (),
    entity_of: EntityLookup | None = None,
) -> Cluster:
    """The cluster with its independent origins (see :mod:`.origins`). The members' paths are read
    from their own articles, found through ``provenance`` when it is the graph ``build_provenance``
    made over these articles (else by a scan of ``per_article``); ``entity_of`` (the entity
    resolver's lookup) makes the names of one resolved entity one source."""
    ids = set(cluster.claims)
    index = provenance.article_of if isinstance(provenance, ProvenanceGraph) else {}
    if all(cid in index for cid in ids):  # in the cluster's order: the same input, the same labels
        by_article = {index[cid].article.id: index[cid] for cid in cluster.claims}
    else:
        by_article = {pa.article.id: pa for pa in per_article if any(c.id in ids for c in pa.claims)}
    claims = [c for pa in by_article.values() for c in pa.claims if c.id in ids]
    members = member_paths(claims, by_article)
    if not members:
        return cluster
    groups, labels = group_members(members, entity_of)
    return Cluster(cluster.id, cluster.claims, tuple(sorted(set(labels))), len(groups), cluster.contradictions)
