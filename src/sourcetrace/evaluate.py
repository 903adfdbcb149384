"""The evaluation harness: score an analysis.json against a hand-made gold.yaml, facet by facet.

The gold format is the one of ``../shared/corpora/*/gold.yaml`` (documented in
docs/evaluation.md): articles' metadata, boilerplate/body lines, entity groups,
quotes with speakers, citations, claim clusters with origins, distinct pairs,
contradictions, framing terms and timeline dates. Anchors are matched as
substrings after normalising whitespace, quote marks and case.

Facets (each 0..1): metadata, cleaning, entities, quotes, citations, alignment,
distinct, origins, contradictions, framing, timeline. A facet the gold says
nothing about is left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from .errors import GoldFormatError

_FOLD = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}
)
_NAME_STOP = {"martyr", "general", "official", "iranian", "senior", "security", "service", "news", "agency", "the"}

Json = dict[str, Any]
Misses = list[str] | None  # when a list, scorers append a line for each gold item they miss


def norm(s: object) -> str:
    if s is None:
        return ""
    return re.sub(r"\s+", " ", str(s).translate(_FOLD)).strip().lower()


def _ratio(hit: float, total: float) -> float:
    return hit / total if total else 1.0


def _miss(miss: Misses, ok: object, line: str) -> bool:
    if miss is not None and not ok:
        miss.append(line)
    return bool(ok)


def _m(m: Json) -> str:
    return f"{m['article']}: {m['anchor']!r}"


def _f1(tp: int, fp: int, fn: int) -> float:
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return 2 * p * r / (p + r) if p + r else 0.0


def same_name(x: object, y: object) -> bool:
    """Loose name match: equal or contained after normalising, or sharing a word of 4+ letters."""
    a, b = norm(x), norm(y)
    if not a or not b:
        return False
    if a == b or a in b or b in a:
        return True
    sa, sb = re.sub(r"[^a-z0-9]", "", a), re.sub(r"[^a-z0-9]", "", b)
    if len(sa) >= 3 and len(sb) >= 3 and (sa in sb or sb in sa):
        return True
    wa = set(re.findall(r"[a-z]{4,}", a)) - _NAME_STOP
    wb = set(re.findall(r"[a-z]{4,}", b)) - _NAME_STOP
    return bool(wa & wb)


class _Index:
    """Lookups over one analysis: items containing an anchor, cluster membership."""

    def __init__(self, out: Json) -> None:
        self.out = out
        self.articles = {a["id"]: a for a in out.get("articles", [])}
        self.entities = {e["id"]: e for e in out.get("entities", [])}
        self.clusters = {k["id"]: k for k in out.get("clusters", [])}
        self.cluster_of: dict[str, set[str]] = {}
        for k in out.get("clusters", []):
            for cid in k.get("claims", []):
                self.cluster_of.setdefault(cid, set()).add(k["id"])

    @staticmethod
    def containing(items: Iterable[Json], article: str, anchor: str) -> list[Json]:
        a = norm(anchor)
        return [it for it in items if it.get("article") == article and a in norm(it.get("text"))]

    def claims_for(self, m: Json) -> list[Json]:
        return self.containing(self.out.get("claims", []), m["article"], m["anchor"])

    def clusters_for(self, m: Json) -> set[str]:
        found: set[str] = set()
        for c in self.claims_for(m):
            found |= self.cluster_of.get(c["id"], set())
        return found


def score_metadata(gold: Json, ix: _Index, miss: Misses = None) -> float:
    hit = total = 0
    for aid, g in (gold.get("articles") or {}).items():
        a = ix.articles.get(aid, {})
        for fld in ("outlet", "published", "author", "title", "dateline"):
            if fld not in g:
                continue
            total += 1
            want, got = g[fld], a.get(fld)
            if want is None:
                ok = got in (None, "")
            elif fld == "published":
                ok = str(got or "").startswith(str(want))
            elif fld in ("outlet", "author"):
                ok = same_name(want, got)
            else:
                ok = norm(want) == norm(got)
            hit += _miss(miss, ok, f"{aid}: {fld} is {got!r}, gold {want!r}")
    return _ratio(hit, total)


def score_cleaning(gold: Json, ix: _Index, miss: Misses = None) -> float:
    hit = total = 0
    for aid, lines in (gold.get("boilerplate") or {}).items():
        text = norm(ix.articles.get(aid, {}).get("text"))
        total += len(lines)
        hit += sum(_miss(miss, text and norm(line) not in text, f"{aid}: furniture kept {line!r}") for line in lines)
    for aid, lines in (gold.get("body") or {}).items():
        text = norm(ix.articles.get(aid, {}).get("text"))
        total += len(lines)
        hit += sum(_miss(miss, norm(line) in text, f"{aid}: body line lost {line!r}") for line in lines)
    return _ratio(hit, total)


def score_entities(gold: Json, ix: _Index, miss: Misses = None) -> float:
    def owners(form: str) -> set[str]:
        f = norm(form)
        return {
            e["id"]
            for e in ix.entities.values()
            if any(norm(n) == f for n in [e.get("name"), *(e.get("aliases") or [])])
        }

    groups = gold.get("entities") or []
    ids = [[owners(f) for f in grp] for grp in groups]
    hit = total = 0
    for forms, grp in zip(groups, ids, strict=True):
        if len(grp) == 1:
            total += 1
            hit += _miss(miss, grp[0], f"no entity named {forms[0]!r}")
        for i in range(len(grp)):
            for j in range(i + 1, len(grp)):
                total += 1
                hit += _miss(miss, grp[i] & grp[j], f"not merged: {forms[i]!r} and {forms[j]!r}")
    flat = [
        (gi, f, s)
        for gi, (forms, grp) in enumerate(zip(groups, ids, strict=True))
        for f, s in zip(forms, grp, strict=True)
    ]
    merged = pairs = 0
    for x in range(len(flat)):
        for y in range(x + 1, len(flat)):
            if flat[x][0] != flat[y][0]:
                pairs += 1
                merged += not _miss(
                    miss, not flat[x][2] & flat[y][2], f"wrongly merged: {flat[x][1]!r} and {flat[y][1]!r}"
                )
    return _ratio(hit, total) * (1 - _ratio(merged, pairs) if pairs else 1.0)


def score_quotes(gold: Json, ix: _Index, miss: Misses = None) -> float:
    hit = 0
    golds = gold.get("quotes") or []
    for q in golds:
        found = ix.containing(ix.out.get("quotes", []), q["article"], q["anchor"])
        got: list[object] = []
        for c in found:
            names = [c.get("speaker")]
            e = ix.entities.get(c.get("speaker_entity") or "")
            if e:
                names += [e.get("name"), *(e.get("aliases") or [])]
            got.append(c.get("speaker"))
            if any(same_name(q["speaker"], n) for n in names if n):
                hit += 1
                break
        else:
            what = f"speakers {got}" if found else "no quote contains it"
            _miss(miss, False, f"{_m(q)} by {q['speaker']!r}: {what}")
    return _ratio(hit, len(golds))


def score_citations(gold: Json, ix: _Index, miss: Misses = None) -> float:
    golds = gold.get("citations") or []
    cites = ix.out.get("citations", [])
    hit = sum(
        _miss(
            miss,
            any(x.get("article") == c["article"] and same_name(c["cites"], x.get("cites")) for x in cites),
            f"{c['article']}: no citation of {c['cites']!r}",
        )
        for c in golds
    )
    return _ratio(hit, len(golds))


def score_alignment(gold: Json, ix: _Index, miss: Misses = None) -> tuple[float, float]:
    """Pairwise F1 over gold members from different articles, and the share of distinct pairs kept apart."""
    members = [(gi, m) for gi, g in enumerate(gold.get("clusters") or []) for m in g["members"]]
    found = [ix.clusters_for(m) for _, m in members]
    tp = fp = fn = 0
    for x in range(len(members)):
        for y in range(x + 1, len(members)):
            (gx, mx), (gy, my) = members[x], members[y]
            if mx["article"] == my["article"]:
                continue
            together = bool(found[x] & found[y])
            if gx == gy:
                tp += together
                fn += not _miss(miss, together, f"apart: {_m(mx)} and {_m(my)}")
            else:
                fp += not _miss(miss, not together, f"wrongly together: {_m(mx)} and {_m(my)}")
    distinct = gold.get("distinct") or []
    wrong = sum(
        not _miss(miss, not ix.clusters_for(a) & ix.clusters_for(b), f"distinct pair together: {_m(a)} and {_m(b)}")
        for a, b in distinct
    )
    return _f1(tp, fp + wrong, fn), (1 - _ratio(wrong, len(distinct)) if distinct else 1.0)


def score_origins(gold: Json, ix: _Index, miss: Misses = None) -> float:
    hit = total = 0
    for g in gold.get("clusters") or []:
        if "origins" not in g:
            continue
        total += 1
        sets = [ix.clusters_for(m) for m in g["members"]]
        common = set.intersection(*sets) if sets else set()
        got = sorted({ix.clusters[k].get("independent_origins") for k in common}, key=str)
        what = f"independent_origins {got}" if common else "members share no cluster"
        hit += _miss(
            miss,
            any(ix.clusters[k].get("independent_origins") == g["origins"] for k in common),
            f"cluster {g.get('id', g['members'][0]['anchor'])!r}: gold {g['origins']} origins, {what}",
        )
    return _ratio(hit, total)


def score_contradictions(gold: Json, ix: _Index, miss: Misses = None) -> float:
    flagged = {
        frozenset((x.get("a"), x.get("b"))) for k in ix.out.get("clusters", []) for x in k.get("contradictions", [])
    }

    def is_flagged(a: Json, b: Json) -> bool:
        return any(frozenset((x["id"], y["id"])) in flagged for x in ix.claims_for(a) for y in ix.claims_for(b))

    def key(m: Json) -> str:
        return m["article"] + "\x1f" + m["anchor"]

    pairs = gold.get("contradictions") or []
    gold_keys = {frozenset((key(a), key(b))) for a, b in pairs}
    tp = sum(_miss(miss, is_flagged(a, b), f"not flagged: {_m(a)} vs {_m(b)}") for a, b in pairs)
    fn = len(pairs) - tp
    fp = 0
    for g in gold.get("clusters") or []:
        ms = g["members"]
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                if ms[i]["article"] != ms[j]["article"] and frozenset((key(ms[i]), key(ms[j]))) not in gold_keys:
                    fp += not _miss(miss, not is_flagged(ms[i], ms[j]), f"wrongly flagged: {_m(ms[i])} vs {_m(ms[j])}")
    return _f1(tp, fp, fn)


def score_framing(gold: Json, ix: _Index, miss: Misses = None) -> float:
    hit = total = 0
    framing = ix.out.get("framing", [])
    for aid, g in (gold.get("framing") or {}).items():
        own = [norm(f.get("term")) for f in framing if f.get("article") == aid and f.get("voice") == "own"]
        for t in g.get("own", []):
            total += 1
            hit += _miss(miss, any(norm(t) in term for term in own), f"{aid}: own-voice term not found {t!r}")
        for t in g.get("quoted_only", []):
            total += 1
            ok = bool(own) and not any(norm(t) in term for term in own)
            hit += _miss(miss, ok, f"{aid}: quoted-only term counted as own voice {t!r}")
    return _ratio(hit, total)


def score_timeline(gold: Json, ix: _Index, miss: Misses = None) -> float:
    tl = ix.out.get("timeline", [])
    golds = gold.get("timeline") or []
    hit = sum(
        _miss(
            miss,
            any(
                str(e.get("date", "")).startswith(str(t["date"])) and t["article"] in (e.get("articles") or [])
                for e in tl
            ),
            f"{t['article']}: no timeline event on {t['date']}",
        )
        for t in golds
    )
    return _ratio(hit, len(golds))


def score(gold: Json, out: Json, misses: dict[str, list[str]] | None = None) -> dict[str, float]:
    """All facets the gold speaks about, each 0..1.

    With ``misses`` (a dict), each facet's missed gold items are put there as readable lines.
    """

    def m(name: str) -> Misses:
        return None if misses is None else misses.setdefault(name, [])

    ix = _Index(out)
    align_miss = m("alignment")
    alignment, distinct = score_alignment(gold, ix, align_miss)
    facets = {
        "metadata": (gold.get("articles"), lambda: score_metadata(gold, ix, m("metadata"))),
        "cleaning": (gold.get("boilerplate") or gold.get("body"), lambda: score_cleaning(gold, ix, m("cleaning"))),
        "entities": (gold.get("entities"), lambda: score_entities(gold, ix, m("entities"))),
        "quotes": (gold.get("quotes"), lambda: score_quotes(gold, ix, m("quotes"))),
        "citations": (gold.get("citations"), lambda: score_citations(gold, ix, m("citations"))),
        "alignment": (gold.get("clusters"), lambda: alignment),
        "distinct": (gold.get("distinct"), lambda: distinct),
        "origins": (
            [g for g in gold.get("clusters") or [] if "origins" in g],
            lambda: score_origins(gold, ix, m("origins")),
        ),
        "contradictions": (gold.get("contradictions"), lambda: score_contradictions(gold, ix, m("contradictions"))),
        "framing": (gold.get("framing"), lambda: score_framing(gold, ix, m("framing"))),
        "timeline": (gold.get("timeline"), lambda: score_timeline(gold, ix, m("timeline"))),
    }
    result = {name: float(fn()) for name, (present, fn) in facets.items() if present}
    if misses is not None:
        for name in [k for k, v in misses.items() if not v]:
            del misses[name]
    return result


def load_gold(path: str | Path) -> Json:
    try:
        gold = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise GoldFormatError(f"cannot read gold file {path}: {exc}") from exc
    if not isinstance(gold, dict):
        raise GoldFormatError(f"gold file {path} is not a mapping of sections (articles, quotes, ...)")
    return gold


def score_files(
    gold_path: str | Path, analysis_path: str | Path, misses: dict[str, list[str]] | None = None
) -> dict[str, float]:
    out = json.loads(Path(analysis_path).read_text(encoding="utf-8"))
    return score(load_gold(gold_path), out, misses)


def load_floors(path: str | Path) -> dict[str, float]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return {str(k): float(v) for k, v in data.items()}


def check_floors(facets: dict[str, float], floors: dict[str, float]) -> list[tuple[str, float, float]]:
    """Facets below their floor, as (name, got, floor). A missing facet counts as 0."""
    return [(k, facets.get(k, 0.0), v) for k, v in floors.items() if facets.get(k, 0.0) + 1e-9 < v]
