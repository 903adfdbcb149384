"""Late cross-document merges for :mod:`coref`, after the evidence-ranked merging of a topic.

* a deictic time ("today", "yesterday", "last night") has no date of its own: it joins the
  dated time cluster of the same type that its documents' sub-event mentions most;
* a cluster of common nouns ("the actress", "the flaw") or of pronouns joins the cluster of its
  type and sub-event that fills the same predicate slots most often ("X checked into rehab",
  "police arrested X"): the best one when it leads the runner-up, or when its head nouns are
  close in embedding space; never across grammatical number ("officials" / "Jane Doe") or
  different numbers.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from .coref_doc import UF, M, numbers_clash, tkey
from .coref_sem import word_vectors

__all__ = ["attach_deictic_times", "attach_nominals", "deictic"]

DEICTIC_TIMES = True
_DEICTIC = frozenset("today tonight yesterday tomorrow now currently".split())
_DEICTIC_PARTS = frozenset("this last".split())
_DAY_PARTS = frozenset("morning afternoon evening night day".split())


def deictic(text: str) -> bool:
    """A time expression anchored only on the moment of writing: "today", "last night", "this morning"."""
    words = re.findall(r"[a-z]+", text.lower())
    if any(w in _DEICTIC for w in words):
        return True
    return any(a in _DEICTIC_PARTS and b in _DAY_PARTS for a, b in zip(words, words[1:], strict=False))


def _dated(norm: str) -> bool:
    return norm.startswith(("wd:", "md:"))


def attach_deictic_times(by_doc: dict[str, list[M]], uf: UF, group_of: dict[str, int]) -> None:
    """Union each purely deictic time cluster with the sub-event's most mentioned dated cluster."""
    if not DEICTIC_TIMES:
        return
    members: dict[str, list[M]] = defaultdict(list)
    for ms in by_doc.values():
        for m in ms:
            if m.kind == "time":
                members[uf.find(m.id)].append(m)
    # dated clusters: (topic, group, type) -> mentions per cluster root
    dated: dict[tuple[str, int, str], Counter[str]] = defaultdict(Counter)
    for r, ms in members.items():
        if any(_dated(m.norm) for m in ms):
            for m in ms:
                dated[(m.topic, group_of.get(m.doc, -1), tkey(m))][r] += 1
    for r, ms in list(members.items()):
        if not all(deictic(m.text) and not _dated(m.norm) for m in ms):
            continue
        votes: Counter[str] = Counter()
        for m in ms:
            votes.update(dated.get((m.topic, group_of.get(m.doc, -1), tkey(m)), Counter()))
        if votes:
            target, _n = max(votes.items(), key=lambda x: (x[1], x[0]))
            uf.union(target, r)


NOMINAL_SLOTS = 1  # shared predicate slots enough on their own
NOMINAL_SIM = 0.2  # head-noun cosine that, with one shared slot, is enough
NOMINAL_MARGIN = 1  # the best candidate must share this many more slots than the runner-up
NOMINAL_PRONOUNS = True  # clusters of pronouns alone attach the same way
NOMINAL_NUMBER = True  # a plural noun cluster never joins a singular one ("officials" / "Jane Doe")


def _plural(ms: list[M]) -> str:
    """'pl' or 'sg' by the cluster's common nouns and names (persons' names are singular), '' when unknown."""
    votes = Counter("pl" if m.plural else "sg" for m in ms if m.kind == "noun")
    votes["sg"] += sum(1 for m in ms if m.kind == "name" and m.fine.endswith("PER"))
    if not votes:
        return ""
    return "pl" if votes["pl"] > votes["sg"] else "sg"


def attach_nominals(by_doc: dict[str, list[M]], uf: UF, group_of: dict[str, int]) -> None:
    """Union each cluster of common nouns (no name) with its best-supported cluster of the same type."""
    if NOMINAL_SLOTS <= 0:
        return
    members: dict[str, list[M]] = defaultdict(list)
    for ms in by_doc.values():
        for m in ms:
            members[uf.find(m.id)].append(m)
    slots = {r: Counter(m.arg for m in ms if m.arg) for r, ms in members.items()}
    groups = {r: {(m.topic, group_of.get(m.doc, -1)) for m in ms} for r, ms in members.items()}
    heads = {r: {m.head for m in ms if m.kind == "noun" and m.head} for r, ms in members.items()}
    nums = {r: {n for m in ms for n in m.nums} for r, ms in members.items()}
    plural = {r: _plural(ms) for r, ms in members.items()}
    vec = word_vectors([h for hs in heads.values() for h in hs]) if NOMINAL_SIM < 1 else {}
    by_type: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r, ms in members.items():
        by_type[(ms[0].topic, tkey(ms[0]))].append(r)

    def sim(a: str, b: str) -> float:
        best = 0.0
        for x in heads[a]:
            for y in heads[b]:
                if x in vec and y in vec:
                    best = max(best, float(vec[x] @ vec[y]))
        return best

    picks: list[tuple[int, float, str, str]] = []
    for r, ms in members.items():
        kinds = {m.kind for m in ms}
        if "name" in kinds or "time" in kinds:
            continue
        if "noun" not in kinds and not (NOMINAL_PRONOUNS and kinds <= {"pron", "rel"}):
            continue
        scored: list[tuple[int, float, str]] = []
        tk = (ms[0].topic, tkey(ms[0]))
        for c in by_type[tk]:
            if c == r or not groups[r] & groups[c] or numbers_clash(nums[r], nums[c]):
                continue
            if NOMINAL_NUMBER and plural[r] != plural[c] and "" not in (plural[r], plural[c]):
                continue
            shared = sum(min(n, slots[c][k]) for k, n in slots[r].items())
            if shared:
                scored.append((shared, sim(r, c), c))
        if not scored:
            continue
        scored.sort(key=lambda x: (-x[0], -x[1], x[2]))
        shared, cos, c = scored[0]
        runner = scored[1][0] if len(scored) > 1 else 0
        if shared - runner < NOMINAL_MARGIN and cos < NOMINAL_SIM:
            continue
        if shared >= NOMINAL_SLOTS or cos >= NOMINAL_SIM:
            picks.append((shared, cos, r, c))
    for _shared, _cos, r, c in sorted(picks, key=lambda x: (-x[0], -x[1], x[2])):
        uf.union(c, r)
