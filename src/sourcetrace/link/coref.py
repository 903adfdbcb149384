"""Cross-document coreference over given mentions (ECB+ task format), with the entity resolver's name matching.

``cluster_task(task)`` takes ``{"documents": [{id, topic, text}], "mentions": [{id, doc, start, end,
text, type}]}`` and returns clusters of mention ids covering every mention. Two mentions corefer
only when they have the same task type (ECB+ never mixes fine types in one entity). Steps:

1. each document is parsed once (spaCy); a mention gets its syntactic head (lemma, POS), the
   predicate slot it fills, a kind (pronoun, name, common noun, time) and, for names, a
   :class:`NameKey` (a capitalised word used in lower case as a noun elsewhere in the topic is a
   common noun, or a title before a name);
2. within a document (:mod:`coref_doc`): names by :func:`names.relation`, common nouns by head
   lemma (and equal numbers), a common noun to a name only where the syntax ties them
   (apposition, "actress Jane Doe", copula), pronouns to the nearest earlier compatible mention;
3. the documents of a topic are grouped into sub-events by TF-IDF similarity of their content
   lemmas and mention texts (average-link agglomerative clustering; a stray document or two
   then joins the closest larger group);
4. document clusters are merged across documents of a topic, best evidence first: matching
   names anywhere in the topic (for places, groups and things also a name and its first words);
   equal normalised texts, times, head lemmas or a noun that the syntax ties to a name elsewhere
   ("role") only inside a sub-event. Two clusters that both carry names, none of which match,
   never merge through a common noun; different numbers ("$2 million", "$5 million") never merge;
5. late merges (:mod:`coref_late`): a deictic time ("today") joins its sub-event's dated time;
   a cluster of common nouns or pronouns joins the cluster of its type and sub-event that fills
   the same predicate slots ("X checked into", "arrested X"), never across grammatical number.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .coref_doc import (
    NUMBERS,
    UF,
    M,
    cluster_document,
    common_nouns,
    describe,
    indefinite,
    numbers_clash,
    prefix_name,
    tkey,
)
from .coref_late import attach_deictic_times, attach_nominals
from .coref_sem import similar_pairs
from .names import NameKey, relation

__all__ = ["cluster_task"]

# sub-event threshold: cosine of TF-IDF document vectors (average link), tuned on ECB+ train topics
DOC_LINK = 0.05
MAIN_PERSON = False
DOC_MENTIONS = True  # the mentions' texts join the document's content words for sub-event grouping
DOC_MENTION_WORDS = True  # and so do the words of the mentions
DOC_SMALL = 2  # groups of at most this many documents then join the closest larger group ...
DOC_ATTACH = 0.01  # ... if their average similarity reaches this
SALIENT_VOTE = 2.0  # share of its documents where a name cluster is the main one (above 1: off; tuned on train)
SALIENT_KINDS = ("HUM",)
STRICT_GROUP = False  # head merges: original document groups must match (no gain on train)
CROSS_KINDS = ("name", "time", "norm", "head", "role")
ROLE_RANK = 4  # a noun cluster to a name cluster whose mentions the syntax ties to that noun elsewhere
NAME_PREFIX = True  # a place's, group's or thing's name may be shortened to its first words across documents
NUMBER_KINDS = ("role", "sem")  # merges that need the same grammatical number
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
    big = [g for g in groups if len(g) > DOC_SMALL]
    if big and len(big) < len(groups):  # a stray document or two joins the closest larger group
        for g in [g for g in groups if len(g) <= DOC_SMALL]:
            best, home = DOC_ATTACH, None
            for i, h in enumerate(big):
                s = sum(sim[a][b] for a in g for b in h) / (len(g) * len(h))
                if s >= best:
                    best, home = s, i
            if home is not None:
                big[home] = big[home] + g
            else:
                big.append(g)
        groups = big
    return {ids[i]: g for g, members in enumerate(groups) for i in members}


# ---------------------------------------------------------------- cross-document merging


@dataclass
class _C:
    """A within-document cluster, then a growing cross-document one."""

    root: str
    topic: str
    coarse: str
    fine: str = ""
    groups: set[int] = field(default_factory=set)
    names: list[M] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)
    norms: set[str] = field(default_factory=set)
    name_norms: set[str] = field(default_factory=set)
    times: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    nums: set[str] = field(default_factory=set)
    number: Counter[str] = field(default_factory=Counter)  # "sg" / "pl" votes of its nouns and person names
    home: int = -1  # the document group of the original document cluster

    def grammatical_number(self) -> str:
        sg, pl = self.number["sg"], self.number["pl"]
        return "" if sg == pl else "pl" if pl > sg else "sg"


def _agree(x: NameKey, y: NameKey) -> bool:
    return bool(relation(x, y, first_names=False)) or (NAME_PREFIX and prefix_name(x, y))


def _names_agree(a: _C, b: _C) -> bool:
    return any(_agree(x.key, y.key) for x in a.names for y in b.names if x.key and y.key)


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
            if NAME_PREFIX and k.label != "PERSON":
                yield "name", "F:" + k.tokens[0]
    for t in c.times:
        yield "time", t
    for s in c.norms | c.name_norms:
        yield "norm", s
    for h in c.heads:
        yield "head", h
        if not c.names:
            yield "role", h
    for r in c.roles:
        yield "role", r


def _semantic_candidates(clusters: list[_C], seq: int) -> list[tuple[int, int, _C, _C, str, str]]:
    """Pairs of nominal clusters whose head nouns are close in embedding space (same coarse type)."""
    by_head: dict[tuple[str, str], list[_C]] = defaultdict(list)
    for c in clusters:
        for h in c.heads:
            by_head[(c.fine, h)].append(c)
    fines = sorted({c.fine for c in clusters if c.coarse in SEM_KINDS})
    out: list[tuple[int, int, _C, _C, str, str]] = []
    for _s, x, y in similar_pairs([h for _, h in by_head], SEM_SIM):
        for fine in fines:
            for a in by_head.get((fine, x), []):
                for b in by_head.get((fine, y), []):
                    out.append((4, seq, a, b, "sem", x + "|" + y))
                    seq += 1
    return out


def _merge_topic(clusters: list[_C], uf: UF) -> None:
    buckets: dict[tuple[str, str, str], list[_C]] = defaultdict(list)
    for c in clusters:
        for kind, k in set(_keys(c)):
            if kind not in CROSS_KINDS:
                continue
            buckets[(c.fine, kind, k)].append(c)
    rank = {"name": 0, "time": 1, "norm": 2, "head": 3, "role": ROLE_RANK}
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
        if NUMBERS and numbers_clash(a.nums, b.nums):
            continue
        if kind in NUMBER_KINDS and "" not in (na := a.grammatical_number(), nb := b.grammatical_number()) and na != nb:
            continue
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
        keep.roles |= gone.roles
        keep.nums |= gone.nums
        keep.number.update(gone.number)
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
        parsed[doc_id] = doc
    topic_docs: dict[str, list[Any]] = defaultdict(list)
    for doc_id in order:
        topic_docs[str(docs[doc_id].get("topic", ""))].append(parsed[doc_id])
    common = {t: common_nouns(ds) for t, ds in topic_docs.items()}
    for doc_id in order:
        doc = parsed[doc_id]
        describe(by_doc[doc_id], doc, common[str(docs[doc_id].get("topic", ""))])
        words = _content(doc)
        if DOC_MENTIONS:
            words.update("m:" + m.text.lower() for m in by_doc[doc_id])
        if DOC_MENTION_WORDS:
            words.update("w:" + w for m in by_doc[doc_id] for w in m.norm.split())
        bags[str(docs[doc_id].get("topic", ""))][doc_id] = words
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
                c = made[r] = _C(root=r, topic=m.topic, coarse=m.coarse, fine=tkey(m), groups={g}, home=g)
            if m.kind == "name":
                if m.fine.endswith("PER"):
                    c.number["sg"] += 1
                c.names.append(m)
                if m.norm:
                    c.name_norms.add(m.norm)
                c.roles |= m.roles
            elif m.kind == "time" and m.norm:
                c.times.add(m.norm)
            elif m.kind == "noun":
                c.number["pl" if m.plural else "sg"] += 1
                c.nums |= m.nums
                c.heads.add(m.head)
                if m.norm:
                    c.norms.add(m.norm)
        per_topic[ms[0].topic if ms else ""].extend(made.values())
    for cs in per_topic.values():
        _merge_topic(cs, uf)
    attach_deictic_times(by_doc, uf, group_of)
    attach_nominals(by_doc, uf, group_of)
    if SALIENT_VOTE <= 1:
        _salient(by_doc, uf)
    clusters: dict[str, list[str]] = defaultdict(list)
    for ms in by_doc.values():
        for m in ms:
            clusters[uf.find(m.id)].append(m.id)
    return list(clusters.values())
