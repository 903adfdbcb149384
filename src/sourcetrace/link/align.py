"""Claims telling the same thing in different articles share a cluster.

Two steps, both sub-quadratic:

1. **Candidates.** Every claim gets keys: its content-word stems, its names, its
   number+unit pairs and random-hyperplane buckets of its embedding (wordllama).
   An inverted index over keys, ignoring keys held by too many claims, gives each
   claim its top-k neighbours from other articles (cost ~ claims x keys x cap).
2. **Verification.** Each candidate pair is scored on IDF-weighted overlap of
   stems and names, embedding cosine, verbatim runs, numbers and dates.
   Incompatible numbers of one unit, or dates that clash (unless the event is
   one that happens once to a person: a death, a killing, a birth) block a pair.
   Pairs above a threshold are merged greedily, best first, never putting two
   claims of one article or a blocked pair into one cluster.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from ..model import ArticleAnalysis, Claim, Cluster, DateValue, Quantity, content_id
from .embed import embed

__all__ = ["align_claims", "align", "ClaimFeatures", "features", "pair_score", "dates_compatible", "stem"]

STOP = frozenset(
    """a an the and or but if then than that this these those there their they them he she it its his her him
    we our us you your i me my of to in on at by for from with without into onto over under about after before
    during since until while as is are was were be been being has have had do does did will would can could
    shall should may might must not no nor so such too very also just only even still yet already more most
    much many some any all each every other another same own who whom whose which what when where why how
    both either neither one ones here now today once twice times ever never always often
    said says say told tell according report reports reported
    claim claims claimed added adding mr mrs ms dr gen new us
    level levels way ways part parts kind kinds sort type types aspect aspects issue issues matter matters thing
    things area areas field fields role roles fact facts case cases point points lot lots""".split()
)
# Events that happen once to a person: a date disagreement about them is a contradiction
# of one event, not a second event.
ONCE_EVENTS = {
    **dict.fromkeys("kill killed killing kills assassinate assassinated assassination murder murdered "
                    "execution executed slain slay".split(), "killing"),
    **dict.fromkeys("die died dies death dead".split(), "death"),
    **dict.fromkeys("born birth".split(), "birth"),
}  # fmt: skip
# "the last inspection", "was first elected", "its latest report": a word that makes the event it
# qualifies a single one, so two dates for it are a clash, not two occurrences.
UNIQUE_MARKERS = {"first": "first", "last": "last", "latest": "last", "final": "last"}
SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "edly", "ies", "ied", "ed", "es", "s", "ly")
ADJ_SUFFIXES = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ish", "ical", "ly")
TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*")

# Nouns that count people: counts of any two of them may describe one group ("12 workers",
# "twelve members of the union") when the claims tell one event (same predicate word).
PERSON_UNITS = frozenset(
    """person man woman child boy girl worker employee staff member resident civilian soldier officer
    official victim passenger student patient citizen refugee migrant fighter volunteer protester
    demonstrator prisoner hostage firefighter player fan voter adult teenager casualty""".split()
)
NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty
    forty fifty hundred hundreds thousand thousands million millions billion dozen dozens least""".split()
)
THRESHOLD = 0.4
COUNT_WINDOW = 3  # content words around a number that say what was counted happening
NAME_WEIGHT = 0.5
MOD_WEIGHT = 0.5
RARE_DF = 4  # a word held by at most this many claims is distinctive
RARE_BONUS = 0.25
NEAR = 3  # sentences apart
LINK_FACTOR = 0.65
MIN_DIRECT = 0.5  # share of cross-article member pairs that must be linked directly (unless anchored)
MAX_CHECK = 12  # members per side looked at when merging two clusters
TOP_K = 20
MAX_DF = 200
LSH_TABLES = 4
LSH_BITS = 10


def stem(word: str) -> str:
    """A crude stem: lower case, common suffixes cut, at most 7 letters."""
    w = word.lower().replace("’", "'").split("'")[0]
    for suf in SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    return w[:7]


@dataclass(frozen=True)
class ClaimFeatures:
    id: str
    article: str
    tokens: tuple[str, ...]  # lower-cased word tokens (for verbatim runs)
    stems: frozenset[str]
    names: frozenset[str]
    events: frozenset[str]  # once-in-a-life event words present
    mods: frozenset[str]  # stems of adjective-looking words (modifiers say less about what is claimed)
    dates: tuple[DateValue, ...]
    quantities: tuple[Quantity, ...]
    negated: bool
    units: frozenset[str] = frozenset()  # stems of the nouns counted by its quantities
    acts: frozenset[str] = frozenset()  # stems of lower-case content words: what happened (see same_event)
    counted: frozenset[tuple[str, str]] = frozenset()  # (unit, act stem near the number): "12 workers injured"
    unique: frozenset[str] = frozenset()  # "last:inspect": an event marked as the only one of its kind


def features(claim: Claim) -> ClaimFeatures:
    words = TOKEN.findall(claim.text)
    lower = tuple(w.lower() for w in words)
    # who said it is not what was said: the speaker's own words do not count as content
    said_by = {stem(w) for w in TOKEN.findall(claim.speaker or "") if w[0].isalpha()}
    stems = frozenset(stem(w) for w in lower if w not in STOP and w[0].isalpha() and len(w) > 2) - said_by
    names = (
        frozenset(
            stem(w) for i, w in enumerate(words) if w[0].isupper() and i > 0 and w.lower() not in STOP and len(w) > 2
        )
        - said_by
    )
    events = frozenset(ONCE_EVENTS[w] for w in lower if w in ONCE_EVENTS)
    mods = frozenset(stem(w) for w in lower if w.endswith(ADJ_SUFFIXES) and w not in ONCE_EVENTS)
    units = frozenset(stem(u) for q in claim.quantities if q.unit for u in (q.unit, q.unit + "s"))
    acts = frozenset(
        stem(w)
        for w, raw in zip(lower, words, strict=True)
        if w not in STOP and w[0].isalpha() and len(w) > 2 and not raw[0].isupper() and w not in NUMBER_WORDS
    )
    in_numbers = {stem(w) for q in claim.quantities for w in TOKEN.findall(q.text)}
    acts = acts - said_by - mods - units - in_numbers
    return ClaimFeatures(
        claim.id,
        claim.article,
        lower,
        stems,
        names,
        events,
        mods,
        claim.dates,
        claim.quantities,
        claim.negated,
        units,
        acts,
        _counted(claim, acts),
        _unique(lower, acts),
    )


def _unique(lower: Sequence[str], acts: frozenset[str]) -> frozenset[str]:
    """Marker + the next act word within two words: "the last full inspection" -> "last:inspect"."""
    out: set[str] = set()
    for i, w in enumerate(lower):
        if w in UNIQUE_MARKERS:
            nxt = [stem(x) for x in lower[i + 1 : i + 3]]
            out.update(f"{UNIQUE_MARKERS[w]}:{x}" for x in nxt if x in acts)
    return frozenset(out)


def counted_acts(
    claim: Claim, acts: frozenset[str], window: int = COUNT_WINDOW
) -> list[tuple[Quantity, frozenset[str]]]:
    """Each quantity with a unit, with the act words a few content words around its number."""
    if not claim.quantities:
        return []
    toks = [
        (m.start() + claim.start, stem(m.group(0)))
        for m in TOKEN.finditer(claim.text)
        if m.group(0).lower() not in STOP or q_inside(claim, m.start() + claim.start)
    ]
    out: list[tuple[Quantity, frozenset[str]]] = []
    for q in claim.quantities:
        if not q.unit:
            continue
        idx = [i for i, (p, _) in enumerate(toks) if q.start <= p < q.end]
        if not idx:
            continue
        lo, hi = max(0, idx[0] - window), min(len(toks), idx[-1] + window + 1)
        out.append((q, frozenset(w for _, w in toks[lo:hi] if w in acts)))
    return out


def _counted(claim: Claim, acts: frozenset[str]) -> frozenset[tuple[str, str]]:
    return frozenset((q.unit, w) for q, ws in counted_acts(claim, acts) if q.unit for w in ws)


def q_inside(claim: Claim, pos: int) -> bool:
    return any(q.start <= pos < q.end for q in claim.quantities)


def counted_match(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both count one kind of thing (or people) for one act: "12 workers injured" ~ "ten members hurt"."""
    return any(units_compatible(u, v) and w == x for u, w in a.counted for v, x in b.counted)


# ------------------------------------------------------------------ dates and numbers


def dates_compatible(a: DateValue, b: DateValue) -> bool:
    """Equal at their shared precision: 2020-01-03 ~ 2020, 2020-01-03 !~ 2019-01."""
    n = min(len(a.value), len(b.value))
    return a.value[:n] == b.value[:n]


def _bounds(q: Quantity) -> tuple[float, float]:
    lo = q.low if q.low is not None else (q.value if q.high is None else -math.inf)
    hi = q.high if q.high is not None else (math.inf if q.low is not None else q.value)
    return lo, hi


def quantities_compatible(a: Quantity, b: Quantity, tolerance: float = 0.02) -> bool:
    """Both can hold at once: their ranges overlap (with a small tolerance for rounding)."""
    alo, ahi = _bounds(a)
    blo, bhi = _bounds(b)
    slack = tolerance * max(abs(a.value), abs(b.value), 1.0)
    return alo <= bhi + slack and blo <= ahi + slack


def units_compatible(u: str | None, v: str | None) -> bool:
    """One unit, or two nouns that both count people (only meaningful for one event)."""
    return bool(u and v) and (u == v or (u in PERSON_UNITS and v in PERSON_UNITS))


def _number_relation(a: ClaimFeatures, b: ClaimFeatures, people: bool = False) -> int:
    """+1: a shared unit with compatible numbers; -1: shared units, none compatible; 0: nothing to compare.

    ``people``: counts of two person nouns ("workers", "members") are compared too."""
    ua = {q.unit for q in a.quantities if q.unit}
    ub = {q.unit for q in b.quantities if q.unit}
    pairs = [(x, y) for x in ua for y in ub if x == y or (people and units_compatible(x, y))]
    if not pairs:
        return 0
    for u, v in pairs:
        if any(quantities_compatible(x, y) for x in a.quantities if x.unit == u for y in b.quantities if y.unit == v):
            return 1
    return -1


def same_event(a: ClaimFeatures, b: ClaimFeatures, lex: float, cos: float) -> tuple[bool, bool]:
    """(same event, strongly) from shared lower-case content words (the predicate and its
    object/subject, not names or counted nouns), backed by a shared name or close wording."""
    acts = a.acts & b.acts
    if not acts:
        return False, False
    backed = bool(a.names & b.names) or cos >= 0.6 or lex >= 0.3
    return backed, backed and len(acts) >= 2 and (lex >= 0.3 or cos >= 0.6)


def _date_relation(a: ClaimFeatures, b: ClaimFeatures) -> int:
    if not a.dates or not b.dates:
        return 0
    return 1 if any(dates_compatible(x, y) for x in a.dates for y in b.dates) else -1


def _longest_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common run of tokens (verbatim copying)."""
    if not a or not b:
        return 0
    pos: dict[str, list[int]] = defaultdict(list)
    for j, w in enumerate(b):
        pos[w].append(j)
    best = 0
    prev: dict[int, int] = {}
    for w in a:
        cur: dict[int, int] = {}
        for j in pos.get(w, ()):
            cur[j] = prev.get(j - 1, 0) + 1
            best = max(best, cur[j])
        prev = cur
    return best


def pair_score(
    a: ClaimFeatures, b: ClaimFeatures, idf: dict[str, float], cos: float, df: dict[str, int] | None = None
) -> tuple[float, bool]:
    """(score, blocked) for two claims; ``df`` (claims per stem) rewards words only these claims share."""
    shared = a.stems & b.stems

    def weight(x: str) -> float:  # names describe who is talked about more than what is claimed
        # ... unless the word is also used lower case ("Inspectorate" / "inspection")
        name = (x in a.names and x not in a.acts) or (x in b.names and x not in b.acts)
        w = idf.get(x, 1.0) * (NAME_WEIGHT if name else 1.0)
        return w * MOD_WEIGHT if x in a.mods or x in b.mods else w

    wa = sum(weight(s) for s in a.stems) or 1.0
    wb = sum(weight(s) for s in b.stems) or 1.0
    ws = sum(weight(s) for s in shared)
    lex = ws / math.sqrt(wa * wb)
    cover = ws / min(wa, wb)
    run = _longest_run(a.tokens, b.tokens)
    date = _date_relation(a, b)
    once = bool(a.events & b.events) or bool(a.unique & b.unique)
    event, strong = same_event(a, b, lex, cos)
    cm = counted_match(a, b)
    # counts of one thing in one event: compare them (and across person nouns) even if they clash
    num = _number_relation(a, b, people=(event or cm) and date >= 0)
    # a clash of numbers blocks look-alikes (another referent, predicate, place or year), not one
    # event told with different figures; similar numbers with clashing dates are another occurrence
    blocked = (num < 0 and not ((event or cm) and date >= 0)) or (date < 0 and num > 0)
    score = 0.5 * lex + 0.2 * cover + 0.35 * max(cos, 0.0)
    if run >= 6:
        score += min(0.5, 0.05 * run)
    if num > 0:
        score += 0.2 + (0.25 if cm else 0.0)
    elif num < 0 and event:
        score += 0.1 + (0.15 if cm else 0.0)  # one event, figures disagree: the claim is the same
    if date > 0:
        score += 0.08
    elif date < 0 and not once and not strong:
        score -= 0.2
    if df:
        distinctive = [x for x in shared if 2 <= df.get(x, 99) <= RARE_DF and x not in a.mods | b.mods]
        rare = sum(RARE_BONUS * 2 / df[x] for x in distinctive)
        score += min(rare, 3 * RARE_BONUS)
    if once and a.dates and b.dates:
        score += 0.4
    return score, blocked


# ------------------------------------------------------------------ candidates


def _keys(f: ClaimFeatures) -> set[str]:
    keys = {"s:" + s for s in f.stems} | {"n:" + n for n in f.names}
    keys |= {f"q:{q.unit}:{v:g}" for q in f.quantities if q.unit for v in {q.value, q.low, q.high} if v is not None}
    keys |= {"e:" + e for e in f.events}
    return keys


def _lsh_keys(vecs: np.ndarray, seed: int = 7) -> list[list[str]]:
    rng = np.random.default_rng(seed)
    out: list[list[str]] = [[] for _ in range(len(vecs))]
    if len(vecs) == 0:
        return out
    for t in range(LSH_TABLES):
        planes = rng.standard_normal((vecs.shape[1], LSH_BITS)).astype(np.float32)
        bits = (vecs @ planes) > 0
        codes = bits.astype(np.int64) @ (1 << np.arange(LSH_BITS, dtype=np.int64))
        for i, c in enumerate(codes.tolist()):
            out[i].append(f"h{t}:{c}")
    return out


def candidate_pairs(
    feats: Sequence[ClaimFeatures], vecs: np.ndarray, top_k: int = TOP_K, max_df: int = MAX_DF
) -> tuple[list[tuple[int, int]], dict[str, float]]:
    """Pairs (i < j) from different articles worth verifying, and stem IDF weights."""
    keys = [_keys(f) for f in feats]
    for own, extra in zip(keys, _lsh_keys(vecs), strict=True):
        own.update(extra)
    postings: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for key in ks:
            postings[key].append(i)
    n = max(len(feats), 1)
    idf_key = {k: math.log(1 + n / len(p)) for k, p in postings.items()}
    idf = {k[2:]: v for k, v in idf_key.items() if k.startswith(("s:", "n:"))}
    pairs: set[tuple[int, int]] = set()
    for i, ks in enumerate(keys):
        acc: dict[int, float] = defaultdict(float)
        art = feats[i].article
        for key in ks:
            p = postings[key]
            if len(p) > max_df or len(p) < 2:
                continue
            w = idf_key[key] * (0.5 if key[0] == "h" else 1.0)
            for j in p:
                if j != i and feats[j].article != art:
                    acc[j] += w
        for j in heapq.nlargest(top_k, acc, key=acc.__getitem__):
            pairs.add((min(i, j), max(i, j)))
    return sorted(pairs), idf


# ------------------------------------------------------------------ clustering


def _covered(pair: tuple[int, int], group: list[int], feats: Sequence[ClaimFeatures], blocked: set) -> bool:
    """A blocked pair is tolerated when a sentence beside one of its claims (same article) agrees."""
    x, y = pair
    for a, b in ((x, y), (y, x)):
        for z in group:
            if z not in (a, b) and feats[z].article == feats[a].article and (min(z, b), max(z, b)) not in blocked:
                return True
    return False


def _adjacent(claims: Sequence[Claim], xs: list[int], ys: list[int], shared: set[str], pos: dict[str, int]) -> bool:
    """Members from one article may join only as nearby sentences (one account told in a few)."""
    for art in shared:
        p = sorted(pos[claims[i].id] for i in (*xs, *ys) if claims[i].article == art)
        if p[-1] - p[0] > NEAR or len(p) > 3:
            return False
    return True


def _anchored(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """A link that stands on its own: the same figure of one unit, or a long verbatim run."""
    return _number_relation(a, b) > 0 or _longest_run(a.tokens, b.tokens) >= 6


def align(claims: Sequence[Claim], threshold: float = THRESHOLD) -> list[Cluster]:
    """Clusters of claims from two or more articles."""
    feats = [features(c) for c in claims]
    vecs = embed([c.text for c in claims])
    pairs, idf = candidate_pairs(feats, vecs)
    df: Counter[str] = Counter(x for f in feats for x in f.stems)
    edges: list[tuple[float, int, int]] = []
    blocked: set[tuple[int, int]] = set()
    scores: dict[tuple[int, int], float] = {}
    for i, j in pairs:
        cos = float(vecs[i] @ vecs[j])
        score, block = pair_score(feats[i], feats[j], idf, cos, df)
        scores[(i, j)] = score
        if block:
            blocked.add((i, j))
        elif score >= threshold:
            edges.append((score, i, j))
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    pos = {c.id: n for n, c in enumerate(sorted(claims, key=lambda c: (c.article, c.start)))}
    parent = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    arts: dict[int, set[str]] = {i: {feats[i].article} for i in range(len(claims))}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for _, i, j in edges:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if arts[ri] & arts[rj] and not _adjacent(claims, members[ri], members[rj], arts[ri] & arts[rj], pos):
            continue
        xs, ys = members[ri][:MAX_CHECK], members[rj][:MAX_CHECK]  # bounded work per merge
        cross = [(min(x, y), max(x, y)) for x in xs for y in ys]
        if blocked and any(p in blocked and not _covered(p, xs + ys, feats, blocked) for p in cross):
            continue
        # average linkage over every pair from two articles: a member must be linked to most of
        # the others, not chained to the cluster through one loose link
        total, count, links = 0.0, 0, []
        for p in cross:
            if feats[p[0]].article != feats[p[1]].article:
                if p not in scores:  # not a candidate: score it now (bounded by MAX_CHECK)
                    sc, blk = pair_score(feats[p[0]], feats[p[1]], idf, float(vecs[p[0]] @ vecs[p[1]]), df)
                    scores[p] = sc
                    if blk:
                        blocked.add(p)
                sc = 0.0 if p in blocked else scores[p]
                total += max(min(sc, 1.0), 0.0)
                if sc >= threshold:
                    links.append(p)
                count += 1
        # ... and linked directly to at least half of them, unless one direct link is anchored by
        # the same figure or a copied run: sharing a topic (place, day, people) is not enough
        if count and (
            total / count < LINK_FACTOR * threshold
            or (len(links) < MIN_DIRECT * count and not any(_anchored(feats[a], feats[b]) for a, b in links))
        ):
            continue
        if len(members[ri]) < len(members[rj]):
            ri, rj = rj, ri
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
        arts[ri] |= arts.pop(rj)
    groups = [sorted(idx) for idx in members.values() if len({feats[i].article for i in idx}) >= 2]
    # A claim left alone whose best link was refused only to keep a cluster tight still repeats
    # that one claim: it gets a cluster of its own with it (clusters may overlap).
    seen = {i for g in groups for i in g}
    best_edge: dict[int, tuple[float, int]] = {}
    for sc, i, j in edges:
        for x, y in ((i, j), (j, i)):
            if x not in seen and (x not in best_edge or sc > best_edge[x][0]):
                best_edge[x] = (sc, y)
    for x, (_, y) in sorted(best_edge.items()):
        if y in seen:
            groups.append(sorted((x, y)))
    clusters = {}
    for g in groups:
        ids = tuple(sorted(claims[i].id for i in g))
        clusters[ids] = Cluster(id=content_id("k", *ids), claims=ids)
    return sorted(clusters.values(), key=lambda k: k.id)


def _parts_only(claims: Sequence[Claim]) -> list[Claim]:
    """A sentence split into sub-claims (clauses with their own numbers) is aligned through its
    parts only, so each part can join its own cluster."""
    out = []
    for c in claims:
        parts = [x for x in claims if x is not c and c.start <= x.start and x.end <= c.end]
        if len(parts) < 2:
            out.append(c)
    return out


def align_claims(per_article: Sequence[ArticleAnalysis]) -> list[Cluster]:
    claims: Iterable[Claim] = (c for pa in per_article for c in _parts_only(pa.claims))
    return align(list(claims))
