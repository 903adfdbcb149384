"""Cross-document coreference over given mentions (ECB+ task format), with the entity resolver's name matching.

``cluster_task(task)`` takes ``{"documents": [{id, topic, text}], "mentions": [{id, doc, start, end,
text, type}]}`` and returns clusters of mention ids covering every mention. Steps:

1. each document is parsed once (spaCy); a mention gets its syntactic head (lemma, POS),
   a kind (pronoun, name, common noun, time/number) and, for names, a :class:`NameKey`;
2. within a document, pronouns go to the nearest earlier compatible mention (relative
   pronouns to the mention right before them), and other mentions are grouped by the same
   rules as across documents;
3. within a topic, mentions of one coarse type (the task's ``type`` prefix: human, non-human,
   location, time) are merged when their names match (:func:`names.relation`) or, for common
   nouns and times, when their head lemmas (or normalised texts) agree. Grouping uses keys
   (no all-pairs comparison).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .names import NameKey, name_key, relation

__all__ = ["cluster_task"]

_PERSON_PRON = frozenset("he him his himself she her hers herself".split())
_THING_PRON = frozenset("it its itself".split())
_PLURAL_PRON = frozenset("they them their theirs themselves".split())
_FIRST_PRON = frozenset("i me my mine myself we us our ours ourselves".split())
_SECOND_PRON = frozenset("you your yours yourself yourselves".split())
_RELATIVE = frozenset("who whom whose which that".split())
_DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
_PREPS = frozenset("on in at by during since from until for of to".split())


@dataclass
class _M:
    id: str
    doc: str
    topic: str
    start: int
    end: int
    text: str
    coarse: str
    fine: str
    kind: str = "noun"  # pron | rel | name | noun | time
    head: str = ""
    key: NameKey | None = None
    norm: str = ""


def _coarse(t: str) -> str:
    if t.startswith("HUMAN"):
        return "HUM"
    if t.startswith("NON_HUMAN"):
        return "NON"
    if t.startswith("LOC"):
        return "LOC"
    if t.startswith("TIME"):
        return "TIME"
    return t or "X"


def _norm_text(s: str) -> str:
    words = [w for w in re.findall(r"[a-z0-9$%]+", s.lower())]
    while words and (words[0] in _DETERMINERS or words[0] in _PREPS):
        words = words[1:]
    return " ".join(words)


def _describe(ms: list[_M], doc: Any) -> None:
    for m in ms:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        low = m.text.lower().strip()
        m.norm = _norm_text(m.text)
        if span is None or len(span) == 0:
            m.head = m.norm.split()[-1] if m.norm else low
            continue
        root = span.root
        m.head = root.lemma_.lower() if root.pos_ != "PROPN" else root.text.lower()
        if low in _RELATIVE:
            m.kind = "rel"
        elif len(span) == 1 and (root.pos_ == "PRON" or low in _PERSON_PRON | _THING_PRON | _PLURAL_PRON):
            m.kind = "pron"
        elif m.coarse == "TIME":
            m.kind = "time"
        elif root.pos_ == "PROPN" or any(t.ent_type_ for t in span if t.pos_ == "PROPN"):
            m.kind = "name"
            label = {"HUM": "PERSON" if m.fine.endswith("PER") else "ORG", "LOC": "GPE"}.get(m.coarse, "")
            words = [t for t in span if t.pos_ in ("PROPN", "NOUN", "ADJ", "NUM") or t.text[:1].isupper()]
            text = " ".join(t.text for t in words) if words else m.text
            m.key = name_key(text, label)
        else:
            m.kind = "noun"


def _indefinite(text: str) -> bool:
    w = text.lower().split()
    return bool(w) and (
        w[0] in ("a", "an", "some", "one", "another", "two", "three", "several", "many") or w[-1].endswith("s")
    )


def _pron_ok(m: _M, ante: _M) -> bool:
    low = m.text.lower()
    if ante.kind in ("pron", "rel"):
        return ante.coarse == m.coarse and _pron_class(ante.text.lower()) == _pron_class(low)
    if low in _PERSON_PRON:
        return ante.fine.endswith("PER") or ante.fine.endswith("HUMAN_PART")
    if low in _THING_PRON:
        return ante.coarse in ("NON", "LOC") or ante.fine.endswith("ORG")
    return ante.coarse == m.coarse


def _pron_class(low: str) -> str:
    for name, group in (("p", _PERSON_PRON), ("t", _THING_PRON), ("pl", _PLURAL_PRON), ("1", _FIRST_PRON)):
        if low in group:
            return name + (low[:1] if name == "p" else "")
    return low


def _match_key(m: _M) -> Iterable[str]:
    """Keys under which a non-pronoun mention may meet others of its topic."""
    if m.norm:
        yield "X:" + m.norm
    if m.kind == "name" and m.key is not None and not m.key.empty:
        k = m.key
        if k.acronym:
            yield "A:" + k.acronym
        else:
            yield "N:" + k.tokens[-1][:4]
            if k.initials:
                yield "A:" + k.initials
    elif m.kind == "time":
        yield "T:" + m.norm
    else:
        yield "H:" + m.head


def _compatible(a: _M, b: _M) -> bool:
    if a.coarse != b.coarse:
        return False
    if a.kind == "name" and b.kind == "name" and a.key is not None and b.key is not None:
        return relation(a.key, b.key) != ""
    if a.kind == "time" or b.kind == "time":
        return a.norm == b.norm and bool(a.norm)
    if a.kind == "name" or b.kind == "name":
        return a.norm == b.norm and bool(a.norm)
    return a.head == b.head and bool(a.head)


class _UF:
    def __init__(self) -> None:
        self.p: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.p.setdefault(x, x)
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[rb] = ra


def cluster_task(task: dict[str, Any], nlp: Any = None) -> list[list[str]]:
    """Cluster every mention of an ECB+-style task; returns lists of mention ids."""
    docs = {str(d["id"]): d for d in task.get("documents", [])}
    by_doc: dict[str, list[_M]] = defaultdict(list)
    for raw in task.get("mentions", []):
        d = docs.get(str(raw["doc"]), {})
        m = _M(
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
    for doc_id, doc in zip(order, nlp.pipe(docs[d]["text"] for d in order), strict=True):
        _describe(by_doc[doc_id], doc)
    uf = _UF()
    # pronouns: nearest earlier compatible mention of the document
    deferred: list[tuple[_M, _M]] = []
    for ms in by_doc.values():
        ms.sort(key=lambda m: (m.start, m.end))
        for i, m in enumerate(ms):
            uf.find(m.id)
            if m.kind not in ("pron", "rel"):
                continue
            for j in range(i - 1, -1, -1):
                ante = ms[j]
                if ante.end > m.start:
                    continue
                if m.kind == "rel":
                    if ante.coarse == m.coarse or m.start - ante.end <= 3:
                        deferred.append((m, ante))
                    break
                if _pron_ok(m, ante):
                    deferred.append((m, ante))
                    break
    # names, nouns and times: by key within a topic
    buckets: dict[tuple[str, str, str], list[_M]] = defaultdict(list)
    for ms in by_doc.values():
        for m in ms:
            if m.kind in ("pron", "rel"):
                continue
            for k in set(_match_key(m)):
                buckets[(m.topic, m.coarse, k)].append(m)
    for group in buckets.values():
        reps: list[_M] = []
        for m in group:
            for r in reps:
                if _compatible(m, r):
                    uf.union(r.id, m.id)
                    break
            else:
                reps.append(m)
    for m, ante in deferred:
        uf.union(ante.id, m.id)
    # a definite common noun for a person ("the actress") names the document's main person of that type
    for ms in by_doc.values():
        names = [m for m in ms if m.kind == "name"]
        for m in ms:
            if m.kind != "noun" or m.coarse != "HUM" or _indefinite(m.text):
                continue
            cands = [n for n in names if n.fine == m.fine]
            if cands:
                sizes: dict[str, int] = defaultdict(int)
                for n in cands:
                    sizes[uf.find(n.id)] += 1
                best = max(sizes, key=lambda r: (sizes[r], r))
                uf.union(best, m.id)
    clusters: dict[str, list[str]] = defaultdict(list)
    for ms in by_doc.values():
        for m in ms:
            clusters[uf.find(m.id)].append(m.id)
    return list(clusters.values())
