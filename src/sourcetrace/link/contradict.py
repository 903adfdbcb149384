"""Dates, numbers and denials that disagree inside a cluster.

* **date**: two claims date one event differently at their shared precision
  (2020-01-03 vs 2019-01 clash; 2020-01-03 vs 2020 do not). A date counts for an
  event word when it sits within a few words of it, so "since 2000 until his
  assassination in 2020" dates the assassination 2020, not 2000. The date of the
  report ("said on Sunday", "on Sunday denied", a dateline) dates no event.
* **number**: quantities of one unit whose bounds cannot both hold
  ("at least 12" vs "10"; "more than 300" vs "above 350" agree).
* **denial**: one claim negates or denies what the other states positively: what is
  denied (the words after the cue, to the end of its clause) must be in the other claim,
  so "it did not find any fault" in a second clause denies nothing about the first.
* **nli**: an optional entailment model (see ``nli_hook``), off by default.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence

from ..model import ArticleAnalysis, Claim, Cluster, Contradiction, DateValue, Quantity
from .claim_features import (
    ONCE_EVENTS,
    REPORT_FORMS,
    STOP,
    TOKEN,
    counted_acts,
    features,
    quantities_compatible,
    report_date_indices,
    stem,
    term,
    units_compatible,
)

__all__ = ["find_contradictions", "compare_claims", "nli_hook"]

WINDOW = 5  # content words between a date and the event word it dates
MIN_DENIED = 2  # content words a denial's scope shares with the positive claim ...
DENIED_SHARE = 0.3  # ... and their share of the smaller of the two
NEGATION = re.compile(r"\b(?:not|never|no|nor|none|nobody|nothing)\b|n[’']t\b", re.I)
SCOPE_END = re.compile(r",\s+(?:and|but|while|whereas)\b|;|\bbut\b|[.!?](?:\s|$)")
DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|"
    r"did not|didn[’']t|does not|doesn[’']t|do not|don[’']t|was not|wasn[’']t|were not|never|no longer)\b"
    r"(?!\s+only\b)",
    re.I,
)


def _event_key(word: str) -> str:
    w = word.lower()
    return ONCE_EVENTS.get(w, stem(w))


def _dated_events(claim: Claim) -> dict[str, list[DateValue]]:
    """Event words near each date: {event stem: [dates]}. Distance skips function words, so "the
    review of the plant by the Safety Board in 2019" still dates the review; names count (they
    are not event words), so a date does not reach past a long name into another clause."""
    report = report_date_indices(claim)
    dates = [d for n, d in enumerate(claim.dates) if n not in report]  # "said on Sunday" dates the report
    spans = [(d.start, d.end) for d in claim.dates]
    words = []
    for m in TOKEN.finditer(claim.text):
        p, w = m.start() + claim.start, m.group(0)
        in_date = any(a <= p < b for a, b in spans)
        if in_date or (w[0].isalpha() and w.lower() not in STOP):
            words.append((p, w, in_date))
    near: dict[str, list[tuple[int, DateValue]]] = {}
    for d in dates:
        idx = [i for i, (p, _, _) in enumerate(words) if d.start <= p < d.end]
        if not idx:
            continue
        lo, hi = max(0, idx[0] - WINDOW), min(len(words), idx[-1] + WINDOW + 1)
        for i in range(lo, hi):
            w = words[i][1]
            if words[i][2] or w[0].isupper() or len(w) <= 3:
                continue
            dist = min(abs(i - idx[0]), abs(i - idx[-1]))
            near.setdefault(_event_key(w), []).append((dist, d))
    # nearest date first: "since 2000 until his assassination in 2020" dates the assassination 2020
    return {k: [d for _, d in sorted(v, key=lambda t: t[0])] for k, v in near.items()}


def _date_clash(a: Claim, b: Claim) -> str | None:
    ea, eb = _dated_events(a), _dated_events(b)
    shared = set(ea) & set(eb)
    if not shared:
        return None
    for key in sorted(shared, key=lambda k: (k not in ONCE_EVENTS.values(), k)):
        da, db = ea[key], eb[key]
        if any(_agree(x, y) for x in da for y in db):
            return None  # the two accounts agree on this event's date
    key = sorted(shared, key=lambda k: (k not in ONCE_EVENTS.values(), k))[0]
    return f"{ea[key][0].value} vs {eb[key][0].value}"


def _agree(x: DateValue, y: DateValue) -> bool:
    n = min(len(x.value), len(y.value))
    return x.value[:n] == y.value[:n]


def _number_pairs(a: Claim, b: Claim) -> dict[tuple[str, str], list[tuple[Quantity, Quantity]]]:
    """Quantities of the two claims that count one thing (one unit, or two nouns for people) for
    one act, grouped by unit. When both numbers have act words near them they must share one."""
    qa = counted_acts(a, features(a).acts)
    qb = counted_acts(b, features(b).acts)
    groups: dict[tuple[str, str], list[tuple[Quantity, Quantity]]] = {}
    for x, wx in qa:
        for y, wy in qb:
            if not units_compatible(x.unit, y.unit):
                continue
            if wx and wy and not wx & wy:
                continue  # "12 workers injured" and "3 workers in hospital" count different things
            if x.unit != y.unit and not wx & wy:
                continue  # two nouns for people: only for one act
            groups.setdefault((str(x.unit), str(y.unit)), []).append((x, y))
    return groups


def _number_clash(a: Claim, b: Claim) -> str | None:
    """Counts of one thing whose bounds cannot both hold ("at least 12" vs "10")."""
    groups = _number_pairs(a, b)
    for key in sorted(groups):
        pairs = groups[key]
        if not any(quantities_compatible(x, y) for x, y in pairs):
            x, y = pairs[0]
            return f"{x.text} vs {y.text}"
    return None


def _words(text: str) -> set[str]:
    return {
        term(w)
        for w in TOKEN.findall(text)
        if w[0].isalpha() and w.lower() not in STOP and w.lower() not in REPORT_FORMS and len(w) > 2
    }


def _denied(claim: Claim) -> tuple[str, set[str]] | None:
    """(cue, content of what is denied) when the claim denies or negates something: the words
    after the cue (a denial verb, else the negation the parser found) up to the end of its
    clause: "denied that any water was released, and said ..." denies the release; "made in an
    office, not counted at the stations" negates the counting, not the making."""
    m = DENIAL.search(claim.text)
    if m:
        rest = claim.text[m.end() :]
        end = SCOPE_END.search(rest)
        return m.group(0), _words(rest[: end.start()] if end else rest)
    if claim.negated:
        n = NEGATION.search(claim.text)
        if n is None:
            return "negation", _words(claim.text)
        rest = claim.text[n.end() :]
        end = SCOPE_END.search(rest)
        return "negation", _words(rest[: end.start()] if end else rest)
    return None


def _denial_clash(a: Claim, b: Claim) -> str | None:
    da, db = _denied(a), _denied(b)
    if (da is None) == (db is None):
        return None
    neg, pos = (a, b) if da is not None else (b, a)
    cue, scope = da or db or ("", set())
    other = set(features(pos).stems)
    shared = scope & other
    # a denial must be about the statement the other claim makes: what it denies is in it
    if len(shared) < MIN_DENIED or len(shared) < DENIED_SHARE * min(len(scope), len(other)):
        return None
    return f"'{cue}' in {neg.id} against the positive claim"


def compare_claims(a: Claim, b: Claim) -> list[Contradiction]:
    """Every way two claims of one cluster disagree."""
    out = []
    detail = _date_clash(a, b)
    if detail:
        out.append(Contradiction(a.id, b.id, "date", detail))
    detail = _number_clash(a, b)
    if detail:
        out.append(Contradiction(a.id, b.id, "number", detail))
    detail = _denial_clash(a, b)
    if detail:
        out.append(Contradiction(a.id, b.id, "denial", detail))
    return out


def nli_hook() -> Callable[[str, str], float] | None:
    """An optional contradiction scorer from a local model folder ($SOURCETRACE_NLI_MODEL).

    Returns a function (premise, hypothesis) -> probability of contradiction, or None
    when the variable is unset or the model cannot be loaded (never fetched from a hub).
    """
    folder = os.environ.get("SOURCETRACE_NLI_MODEL")
    if not folder or not os.path.isdir(folder):
        return None
    try:
        from transformers import pipeline  # type: ignore[import-not-found]

        clf = pipeline("text-classification", model=folder, local_files_only=True, top_k=None)
    except Exception:
        return None

    def score(premise: str, hypothesis: str) -> float:
        res = clf({"text": premise, "text_pair": hypothesis})
        rows = res[0] if res and isinstance(res[0], list) else res
        return max((r["score"] for r in rows if "contra" in str(r["label"]).lower()), default=0.0)

    return score


def _settled(kind: str, a: Claim, b: Claim, members: list[Claim]) -> bool:
    """A clash is dropped when another sentence of the same article, in this cluster, agrees
    on that point (an article that gives two figures has not contradicted the one it shares)."""
    for x, y in ((a, b), (b, a)):
        for other in members:
            if other.article != y.article or other.id == y.id:
                continue
            has = bool(other.dates) if kind == "date" else bool(_number_pairs(x, other)) if kind == "number" else False
            if has and not any(c.kind == kind for c in compare_claims(x, other)):
                return True
    return False


def find_contradictions(
    cluster: Cluster, per_article: Sequence[ArticleAnalysis], nli: Callable[[str, str], float] | None = None
) -> Cluster:
    by_id = {c.id: c for pa in per_article for c in pa.claims if c.id in set(cluster.claims)}
    members = [by_id[c] for c in cluster.claims if c in by_id]
    found: list[Contradiction] = []
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            a, b = members[i], members[j]
            if a.article == b.article:
                continue
            clash = [c for c in compare_claims(a, b) if not _settled(c.kind, a, b, members)]
            if not clash and nli is not None and nli(a.text, b.text) >= 0.9:
                clash = [Contradiction(a.id, b.id, "nli", "entailment model: contradiction")]
            found.extend(clash)
    if not found:
        return cluster
    return Cluster(cluster.id, cluster.claims, cluster.origins, cluster.independent_origins, tuple(found))
