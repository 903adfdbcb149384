"""Provenance graph and independent origins.

Edges (``ProvenanceEdge``), generic for every outlet:

* ``said-to``: a speaker to the first intermediary that carried the words (or to the
  outlet when none is named);
* ``relayed-by``: an intermediary to the next one, and the last one to the outlet;
* ``cites``: an outlet to an outlet or agency it says it relies on;
* ``copies``: two outlets carrying the same long passage word for word.

``count_origins`` groups a cluster's members into independent origins: members with
one origin name, members whose origins are linked by a said-to edge (a speaker and
the agency that interviewed them), and members sharing a long verbatim passage count
once. An article's own unattributed statement is its outlet's own origin.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..analyze.claims import is_named
from ..model import ArticleAnalysis, Claim, Cluster, ProvenanceEdge
from .claim_features import TOKEN
from .claim_features import longest_run as _longest_run

__all__ = ["build_provenance", "count_origins", "outlet_of", "same_source"]

SHINGLE = 8  # words in a row that reveal a copied passage
GENERIC = frozenset(
    "the news agency media press report reports source sources official officials said says times post daily "
    "online network channel service international group".split()
)


def outlet_of(pa: ArticleAnalysis) -> str:
    return pa.article.outlet or f"article:{pa.article.id}"


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]{4,}", name.lower()) if w not in GENERIC}


def same_source(x: str | None, y: str | None) -> bool:
    """Two names for one source: equal after normalising, or sharing a distinctive word."""
    if not x or not y:
        return False
    nx, ny = re.sub(r"\W+", " ", x.lower()).strip(), re.sub(r"\W+", " ", y.lower()).strip()
    nx, ny = re.sub(r"^the ", "", nx), re.sub(r"^the ", "", ny)
    return nx == ny or bool(_words(x) & _words(y))


def build_provenance(per_article: Sequence[ArticleAnalysis]) -> list[ProvenanceEdge]:
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
    return sorted(edges, key=lambda e: (e.article or "", e.kind, e.source, e.target))


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


def _origin(claim: Claim, pa: ArticleAnalysis) -> str:
    """The claim's own origin: a source cited inside the claim ("..., X reported", "according to X"),
    else its named speaker or the intermediary that carried its words, else the outlet itself
    (a statement in the outlet's own voice, or from a source it does not name)."""
    outlet = outlet_of(pa)
    inside = [c for c in pa.citations if claim.start <= c.start and c.end <= claim.end]
    inside = [c for c in inside if not same_source(c.cites, outlet)]
    if inside:
        return inside[-1].cites  # the last one named is the furthest back ("X reported, citing Y")
    origin = claim.origin or outlet
    if not claim.quote and not claim.speaker:
        return outlet  # own voice
    return origin


def _cites(pa: ArticleAnalysis) -> list[str]:
    outlet = outlet_of(pa)
    return [c.cites for c in pa.citations if not same_source(c.cites, outlet)]


def count_origins(
    cluster: Cluster, per_article: Sequence[ArticleAnalysis], provenance: Sequence[ProvenanceEdge]
) -> Cluster:
    ids = set(cluster.claims)
    members: list[tuple[Claim, ArticleAnalysis]] = [(c, pa) for pa in per_article for c in pa.claims if c.id in ids]
    if not members:
        return cluster
    names = [_origin(c, pa) for c, pa in members]
    said_to = [(e.source, e.target) for e in provenance if e.kind in ("said-to", "relayed-by")]
    tokens = [[w.lower() for w in TOKEN.findall(c.text)] for c, _ in members]
    parent = list(range(len(members)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def linked(x: str, y: str) -> bool:
        if same_source(x, y):
            return True
        return any(
            (same_source(s, x) and same_source(t, y)) or (same_source(s, y) and same_source(t, x)) for s, t in said_to
        )

    outlets = [outlet_of(pa) for _, pa in members]
    cites = [_cites(pa) for _, pa in members]
    own = [same_source(names[i], outlets[i]) for i in range(len(members))]

    def relays(i: int, j: int) -> bool:
        """Member i is told in its outlet's own voice and its article cites j's outlet or origin:
        a relayed story ("as reported by B") shares B's origin."""
        return own[i] and any(same_source(c, outlets[j]) or same_source(c, names[j]) for c in cites[i])

    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            same = linked(names[i], names[j]) or _longest_run(tokens[i], tokens[j]) >= SHINGLE
            same = same or relays(i, j) or relays(j, i)
            if not same and members[i][0].speaker and members[j][0].speaker:
                same = is_named(members[i][0].speaker) and same_source(members[i][0].speaker, members[j][0].speaker)
            if same:
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(members)):
        groups[find(i)].append(i)
    origins = sorted({sorted(names[i] for i in g)[0] for g in groups.values()})
    return Cluster(cluster.id, cluster.claims, tuple(origins), len(groups), cluster.contradictions)
