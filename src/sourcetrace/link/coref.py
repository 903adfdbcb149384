"""Cross-document coreference over given mentions (ECB+ task format), with the entity resolver's name matching.

``cluster_task(task)`` takes ``{"documents": [{id, topic, text}], "mentions": [{id, doc, start, end,
text, type}]}`` and returns clusters of mention ids covering every mention. Steps:

1. each document is parsed once (spaCy); a mention gets its syntactic head (lemma, POS),
   a kind (pronoun, name, common noun, time) and, for names, a :class:`NameKey`;
2. within a document (:mod:`coref_doc`): names by :func:`names.relation`, common nouns by head
   lemma, a common noun to a name only where the syntax ties them (apposition, "actress Jane
   Doe", copula), pronouns to the nearest earlier compatible mention;
3. the documents of a topic are grouped into sub-events by TF-IDF similarity of their content
   lemmas (average-link agglomerative clustering);
4. document clusters are merged across documents of a topic, best evidence first: matching
   names anywhere in the topic; equal normalised texts or head lemmas only inside a sub-event.
   Two clusters that both carry names, none of which match, never merge through a common noun.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .coref_doc import UF, M, cluster_document, describe, indefinite
from .coref_sem import similar_pairs
from .names import relation

__all__ = ["cluster_task"]

# sub-event threshold: cosine of TF-IDF document vectors (average link), tuned on ECB+ train topics
DOC_LINK = 0.05
MAIN_PERSON = False
SALIENT_VOTE = 2.0  # share of its documents where a name cluster is the main one (above 1: off; tuned on train)
SALIENT_KINDS = ("HUM",)
STRICT_GROUP = False  # head merges: original document groups must match (no gain on train)
CROSS_KINDS = ("name", "time", "norm", "head")
SEM_SIM = 0.5  # head-noun embedding cosine for merging nominal clusters within a sub-event
SEM_KINDS = ("HUM",)


def _coarse(t: str) -> str:
    for prefix, name in (("HUMAN", "HUM"), ("NON_HUMAN", "NON"), ("LOC", "LOC"), ("TIME", "TIME")):
        if t.startswith(prefix):
            return name
    return t or "X"


# ---------------------------------------------------------------- documents -> sub-events


def _content(doc: Any) -> Counter[str]:
    return Counter(
        t.lemma_.lower() for t in doc if t.pos_ in ("NOUN", "PROPN", "VERB", "NUM") and not t.is_stop and t.is_alpha
    )


def _doc_groups(
    bags: dict[str, Counter[str]], threshold: float, df: Counter[str] | None = None, n_all: int = 0
) -> dict[str, int]:
    """Average-link agglomerative clustering of one topic's documents by TF-IDF cosine."""
    ids = list(bags)
    if df is None:
        df = Counter()
        for bag in bags.values():
            df.update(bag.keys())
    total = n_all or len(ids)
    n = len(ids)
    vecs: list[dict[str, float]] = []
    for d in ids:
        v = {w: (1 + math.log(c)) * math.log((1 + total) / (1 + df[w])) for w, c in bags[d].items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    sim = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            a, b = (vecs[i], vecs[j]) if len(vecs[i]) < len(vecs[j]) else (vecs[j], vecs[i])
            sim[i][j] = sim[j][i] = sum(x * b.get(w, 0.0) for w, x in a.items())
    groups: list[list[int]] = [[i] for i in range(n)]
    while len(groups) > 1:
        best, pair = threshold, None
        for x in range(len(groups)):
            for y in range(x + 1, len(groups)):
                s = sum(sim[i][j] for i in groups[x] for j in groups[y]) / (len(groups[x]) * len(groups[y]))
                if s >= best:
                    best, pair = s, (x, y)
        if pair is None:
            break
        x, y = pair
        groups[x] += groups.pop(y)
    return {ids[i]: g for g, members in enumerate(groups) for i in members}


# ---------------------------------------------------------------- cross-document merging


@dataclass
class _C:
    """A within-document cluster, then a growing cross-document one."""

    root: str
    topic: str
    coarse: str
    groups: set[int] = field(default_factory=set)
    names: list[M] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    norms: set[str] = field(default_factory=set)
    name_norms: set[str] = field(default_factory=set)
    times: set[str] = field(default_factory=set)
    home: int = -1  # the document group of the original document cluster


def _names_agree(a: _C, b: _C) -> bool:
    return any(relation(x.key, y.key, first_names=False) for x in a.names for y in b.names if x.key and y.key)


def _full_names_clash(a: _C, b: _C) -> bool:
    """Two full person names that do not match ("Luca Bellini" / "Marco Bellini")."""
    fa = [x.key for x in a.names if x.key and x.key.label == "PERSON" and len(x.key.tokens) > 1]
    fb = [y.key for y in b.names if y.key and y.key.label == "PERSON" and len(y.key.tokens) > 1]
    return bool(fa and fb) and not any(relation(x, y, first_names=False) for x in fa for y in fb)


def _keys(c: _C) -> Iterable[tuple[str, str]]:
    for m in c.names:
        k = m.key
        if k is None or k.empty:
            continue
        if k.acronym:
            yield "name", "A:" + k.acronym
        else:
            yield "name", "N:" + k.tokens[-1][:4]
            if k.initials:
                yield "name", "A:" + k.initials
    for t in c.times:
        yield "time", t
    for s in c.norms | c.name_norms:
        yield "norm", s
    for h in c.heads:
        yield "head", h


def _semantic_candidates(clusters: list[_C], seq: int) -> list[tuple[int, int, _C, _C, str, str]]:
    """Pairs of nominal clusters whose head nouns are close in embedding space (same coarse type)."""
    by_head: dict[tuple[str, str], list[_C]] = defaultdict(list)
    for c in clusters:
        for h in c.heads:
            by_head[(c.coarse, h)].append(c)
    out: list[tuple[int, int, _C, _C, str, str]] = []
    for _s, x, y in similar_pairs([h for _, h in by_head], SEM_SIM):
        for coarse in SEM_KINDS:
            for a in by_head.get((coarse, x), []):
                for b in by_head.get((coarse, y), []):
                    out.append((4, seq, a, b, "sem", x + "|" + y))
                    seq += 1
    return out


def _merge_topic(clusters: list[_C], uf: UF) -> None:
    buckets: dict[tuple[str, str, str], list[_C]] = defaultdict(list)
    for c in clusters:
        for kind, k in set(_keys(c)):
            if kind not in CROSS_KINDS:
                continue
            buckets[(c.coarse, kind, k)].append(c)
    rank = {"name": 0, "time": 1, "norm": 2, "head": 3}
    cands: list[tuple[int, int, _C, _C, str, str]] = []
    seq = 0
    for (_, kind, _k), group in buckets.items():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                cands.append((rank[kind], seq, a, b, kind, _k))
                seq += 1
    cands.sort(key=lambda x: (x[0], x[1]))
    if SEM_SIM < 1:
        cands += _semantic_candidates(clusters, seq)
    state = {c.root: c for c in clusters}
    for _, _, a0, b0, kind, k in cands:
        ra, rb = uf.find(a0.root), uf.find(b0.root)
        if ra == rb:
            continue
        a, b = state[ra], state[rb]
        if kind == "name":
            if not _names_agree(a0, b0) or _full_names_clash(a, b):
                continue
        elif kind == "sem":
            if a0.home != b0.home or a0.coarse not in SEM_KINDS:
                continue
            if a.names and b.names and not _names_agree(a, b):
                continue
        elif kind == "norm" and (k in a0.name_norms or k in b0.name_norms):
            if a.names and b.names and not _names_agree(a, b):
                continue
        else:
            if not (a.groups & b.groups) if not STRICT_GROUP else a0.home != b0.home:
                continue
            if a.names and b.names and not _names_agree(a, b):
                continue
        uf.union(ra, rb)
        keep, gone = (a, b) if uf.find(ra) == ra else (b, a)
        keep.groups |= gone.groups
        keep.names += gone.names
        keep.heads |= gone.heads
        keep.norms |= gone.norms
        keep.times |= gone.times
        state[keep.root] = keep


def _salient(by_doc: dict[str, list[M]], uf: UF) -> None:
    """A nominal cluster ("the actress") joins the name cluster that is the main one of its documents."""
    main: dict[tuple[str, str], str] = {}
    named: set[str] = set()
    for doc_id, ms in by_doc.items():
        counts: Counter[tuple[str, str]] = Counter()
        for m in ms:
            if m.kind == "name":
                r = uf.find(m.id)
                named.add(r)
                counts[(m.fine, r)] += 1
        for (fine, r), _n in sorted(counts.items(), key=lambda x: -x[1]):
            main.setdefault((doc_id, fine), r)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    docs_of: dict[str, set[str]] = defaultdict(set)
    for doc_id, ms in by_doc.items():
        for m in ms:
            if m.kind != "noun" or m.coarse not in SALIENT_KINDS:
                continue
            r = uf.find(m.id)
            if r in named:
                continue
            docs_of[r].add(doc_id)
            if indefinite(m.text):
                continue
            target = main.get((doc_id, m.fine))
            if target is not None:
                votes[r][target] += 1
    for r, vote in votes.items():
        target, n = vote.most_common(1)[0]
        if n >= SALIENT_VOTE * sum(vote.values()) and n >= SALIENT_VOTE * len(docs_of[r]):
            uf.union(target, r)


def cluster_task(task: dict[str, Any], nlp: Any = None, doc_link: float | None = None) -> list[list[str]]:
    """Cluster every mention of an ECB+-style task; returns lists of mention ids."""
    docs = {str(d["id"]): d for d in task.get("documents", [])}
    by_doc: dict[str, list[M]] = defaultdict(list)
    for raw in task.get("mentions", []):
        d = docs.get(str(raw["doc"]), {})
        m = M(
            id=str(raw["id"]),
            doc=str(raw["doc"]),
            topic=str(d.get("topic", "")),
            start=int(raw["start"]),
            end=int(raw["end"]),
            text=str(raw.get("text", "")),
            coarse=_coarse(str(raw.get("type", ""))),
            fine=str(raw.get("type", "")),
        )
        by_doc[m.doc].append(m)
    if nlp is None:
        from ..analyze import load_nlp

        nlp = load_nlp()
    order = [d for d in docs if d in by_doc]
    bags: dict[str, dict[str, Counter[str]]] = defaultdict(dict)
    parsed: dict[str, Any] = {}
    for doc_id, doc in zip(order, nlp.pipe(docs[d]["text"] for d in order), strict=True):
        describe(by_doc[doc_id], doc)
        parsed[doc_id] = doc
        bags[str(docs[doc_id].get("topic", ""))][doc_id] = _content(doc)
    group_of: dict[str, int] = {}
    for bag in bags.values():
        group_of.update(_doc_groups(bag, DOC_LINK if doc_link is None else doc_link))
    uf = UF()
    per_topic: dict[str, list[_C]] = defaultdict(list)
    for doc_id, ms in by_doc.items():
        cluster_document(ms, uf, parsed.get(doc_id), main_person=MAIN_PERSON)
        made: dict[str, _C] = {}
        for m in ms:
            r = uf.find(m.id)
            c = made.get(r)
            if c is None:
                g = group_of.get(doc_id, -1)
                c = made[r] = _C(root=r, topic=m.topic, coarse=m.coarse, groups={g}, home=g)
            if m.kind == "name":
                c.names.append(m)
                if m.norm:
                    c.name_norms.add(m.norm)
            elif m.kind == "time" and m.norm:
                c.times.add(m.norm)
            elif m.kind == "noun":
                c.heads.add(m.head)
                if m.norm:
                    c.norms.add(m.norm)
        per_topic[ms[0].topic if ms else ""].extend(made.values())
    for cs in per_topic.values():
        _merge_topic(cs, uf)
    if SALIENT_VOTE <= 1:
        _salient(by_doc, uf)
    clusters: dict[str, list[str]] = defaultdict(list)
    for ms in by_doc.values():
        for m in ms:
            clusters[uf.find(m.id)].append(m.id)
    return list(clusters.values())
