"""Compare each outlet's own-voice descriptors per referent (weighted log-odds).

Every descriptor term an article uses becomes a framing record (article, outlet,
entity, term, count, voice). Own-voice terms are then compared across outlets,
referent by referent, with the weighted log-odds ratio with an informative
Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words"): for outlet
*i* against all other outlets *j* and term *w* used for one referent,

    delta_w = log((y_iw + a_w) / (n_i + a_0 - y_iw - a_w))
            - log((y_jw + a_w) / (n_j + a_0 - y_jw - a_w))
    z_w     = delta_w / sqrt(1 / (y_iw + a_w) + 1 / (y_jw + a_w))

where the prior ``a_w`` is the term's pooled frequency over all outlets for that
referent, scaled to ``a_0`` (the pooled count). ``score`` is z; ``distinctive``
marks z above ``THRESHOLD``. No word list is involved and every outlet goes
through the same computation, so renaming outlets changes nothing but the names.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from ..model import ArticleAnalysis, Descriptor, Entity, FramingTerm
from .entities import EntityLookup

__all__ = ["compare_framing", "log_odds_z", "THRESHOLD"]

THRESHOLD = 1.96  # two-sided 5% level of a standard normal


def _norm(term: str) -> str:
    return re.sub(r"\s+", " ", term).strip().casefold()


def log_odds_z(
    counts: Mapping[str, Mapping[str, int]], prior_scale: float | None = None
) -> dict[str, dict[str, float]]:
    """z-scores of each group's terms against all other groups' (Monroe et al. 2008).

    ``counts[group][term]`` are raw counts; the prior is the pooled distribution
    scaled to ``prior_scale`` pseudo-counts (default: the pooled total).
    """
    pooled: Counter[str] = Counter()
    for c in counts.values():
        pooled.update(c)
    total = sum(pooled.values())
    if total == 0 or sum(1 for v in pooled.values() if v > 0) < 2:
        return {g: {} for g in counts}  # one term only: the odds are undefined, nothing to contrast
    a0 = float(prior_scale if prior_scale is not None else total)
    alpha = {w: a0 * pooled[w] / total for w in pooled}
    out: dict[str, dict[str, float]] = {}
    for g, c in counts.items():
        n_i = sum(c.values())
        n_j = total - n_i
        zs: dict[str, float] = {}
        for w, y_i in c.items():
            if y_i <= 0:
                continue
            a = alpha[w]
            y_j = pooled[w] - y_i
            delta = math.log((y_i + a) / (n_i + a0 - y_i - a)) - math.log((y_j + a) / (n_j + a0 - y_j - a))
            var = 1.0 / (y_i + a) + 1.0 / (y_j + a)
            zs[w] = round(delta / math.sqrt(var), 6)
        out[g] = zs
    return out


def _entity(entity_of: EntityLookup, d: Descriptor) -> str | None:
    # a bare common noun that refers by itself ("the count", "this sham") is no name: look it up
    # by its span only (coreference), never by a name it happens to resemble ("count" is not "Court")
    named = d.kind != "reference" or any(ch.isupper() for ch in d.referent)
    if d.referent_start is not None and d.referent_end is not None:
        eid = entity_of(d.article, d.referent_start, d.referent_end, d.referent if named else None)
        if eid:
            return eid
    return entity_of(d.article, None, None, d.referent) if named else None


def compare_framing(
    per_article: Sequence[ArticleAnalysis], entities: Sequence[Entity], entity_of: EntityLookup
) -> list[FramingTerm]:
    """Framing records for every article's descriptors, own-voice ones scored across outlets."""
    # (article, voice, normalised term) -> occurrences, surface form, entities seen
    spans: dict[tuple[str, str, str], set[tuple[int, int]]] = defaultdict(set)
    surface: dict[tuple[str, str, str], str] = {}
    ents: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    outlet_of: dict[str, str] = {}
    # referent group -> outlet -> term -> count (own voice, distinct occurrences)
    groups: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    groups_of: dict[tuple[str, str], set[str]] = defaultdict(set)  # (article, term) -> referent groups
    seen_group: set[tuple[str, str, int, int, str]] = set()  # (article, group, start, end, term)

    for pa in sorted(per_article, key=lambda p: p.article.id):
        art = pa.article
        outlet = art.outlet or art.id
        outlet_of[art.id] = outlet
        for d in pa.descriptors:
            w = _norm(d.term)
            if not w:
                continue
            key: tuple[str, str, str] = (art.id, d.voice, w)
            spans[key].add((d.start, d.end))
            surface.setdefault(key, re.sub(r"\s+", " ", d.term).strip())
            eid = _entity(entity_of, d)
            if eid:
                ents[key][eid] += 1
            if d.voice == "own":
                group = eid or "~" + _norm(d.referent)
                if (art.id, group, d.start, d.end, w) not in seen_group:  # the same offsets in another article
                    seen_group.add((art.id, group, d.start, d.end, w))  # (a republished copy) count again
                    groups[group][outlet][w] += 1
                    groups_of[(art.id, w)].add(group)

    z: dict[tuple[str, str, str], float] = {}  # (group, outlet, term) -> z
    for group, by_outlet in groups.items():
        if len(by_outlet) < 2:
            continue  # nobody to compare with
        for outlet, zs in log_odds_z(by_outlet).items():
            for w, v in zs.items():
                z[(group, outlet, w)] = v

    out: list[FramingTerm] = []
    for key, occ in spans.items():
        aid, voice, w = key
        outlet = outlet_of[aid]
        score: float | None = None
        if voice == "own":
            scores = [z[(g, outlet, w)] for g in sorted(groups_of[(aid, w)]) if (g, outlet, w) in z]
            score = max(scores) if scores else None
        eids = ents.get(key)
        entity = min(eids, key=lambda e: (-eids[e], e)) if eids else None
        out.append(
            FramingTerm(
                article=aid,
                outlet=outlet,
                entity=entity,
                term=surface[key],
                count=len(occ),
                voice=voice,  # type: ignore[arg-type]
                score=score,
                distinctive=score is not None and score > THRESHOLD,
            )
        )
    out.sort(key=lambda f: (f.article, f.voice, -(f.score or 0.0), f.term.casefold()))
    return out
