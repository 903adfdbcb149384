"""Alignment: paraphrases across articles share a cluster; look-alikes do not."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sourcetrace.analyze.quantities import find_quantities
from sourcetrace.analyze.temporal import find_dates
from sourcetrace.link.align import align, candidate_pairs, features
from sourcetrace.link.embed import embed
from sourcetrace.model import Claim, content_id

SHARED = Path(__file__).resolve().parents[2] / "shared"


def claim(article: str, text: str, published: str | None = None) -> Claim:
    dates = find_dates(text, published=published)
    qs = find_quantities(text, exclude=[(d.start, d.end) for d in dates])
    return Claim(content_id("c", article, text), article, 0, len(text), text, dates=tuple(dates), quantities=tuple(qs))


FILLER = [
    "The weather in the capital stayed mild throughout the week.",
    "Local schools announced new opening hours for the autumn term.",
    "A museum exhibition on medieval maps drew large crowds.",
]


def together(clusters, a: Claim, b: Claim) -> bool:
    return any(a.id in k.claims and b.id in k.claims for k in clusters)


def test_paraphrase_aligned_lookalike_not() -> None:
    a = claim("a", "Fire crews said the blaze at the Norvik paint factory injured at least 12 workers on 3 March 2023.")
    b = claim("b", "At least 12 workers were hurt when fire broke out at the Norvik paint factory on March 3, 2023.")
    c = claim("c", "A fire at a paint factory in Dunmore injured 40 workers in May 2019.")
    d = claim("d", "The transfer of striker Lena Park to Harbour City was completed for a fee of 30 million euros.")
    e = claim("e", "Harbour City completed the transfer of Lena Park for 30 million euros.")
    claims = [a, b, c, d, e] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)]
    clusters = align(claims)
    assert together(clusters, a, b)
    assert together(clusters, d, e)
    assert not together(clusters, a, c) and not together(clusters, b, c)
    assert not together(clusters, a, d)
    for k in clusters:
        assert len({x.article for x in claims if x.id in k.claims}) >= 2


def test_incompatible_numbers_block_only_lookalikes() -> None:
    # one event told with two figures: aligned (the clash is for contradict.py to flag)
    a = claim("a", "Eight passengers were hurt when the Dunmore ferry struck the pier on Sunday, the port said.")
    b = claim("b", "At least 14 passengers were hurt when the Dunmore ferry struck the pier on Sunday.")
    # another predicate with the same unit: kept apart
    c = claim("c", "The Dunmore ferry sails 250 kilometers to the island.")
    d = claim("d", "The new Dunmore bridge over the river is 24 kilometers long.")
    assert together(align([a, b]), a, b)
    assert not together(align([c, d]), c, d)


def test_person_count_nouns_compatible_for_one_event() -> None:
    a = claim("a", "Twelve members of the rowing club were injured when the boathouse roof fell in.")
    b = claim("b", "At least 12 employees were injured when the boathouse roof collapsed, the club said.")
    e = claim("e", "The national federation says 400 members have renewed their licences.")
    clusters = align([a, b, e])
    assert together(clusters, a, b)
    assert not together(clusters, a, e) and not together(clusters, b, e)


def test_candidates_are_bounded() -> None:
    claims = [
        claim(f"a{i % 50}", f"Council {i} approved budget item {i} for the harbour district.") for i in range(400)
    ]
    feats = [features(c) for c in claims]
    pairs, _ = candidate_pairs(feats, embed([c.text for c in claims]), top_k=5)
    assert len(pairs) <= 5 * len(claims)


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared")
def test_bench_runs_small() -> None:
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, str(root / "bench" / "align_scale.py"), "--sizes", "20,60", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    res = json.loads(out.stdout.strip().splitlines()[-1])
    assert res["sizes"] == [20, 60] and all(t > 0 for t in res["seconds"])


def test_topic_chaining_does_not_grow_a_cluster() -> None:
    # three accounts of one staff cut; a fourth claim shares only place, owner and day with one of
    # them: it must not be chained into the cluster through that single loose link
    a = claim(
        "a",
        "The Torvald Mill owner had cut the night cleaning staff from ten people to four last spring, "
        "the union said on Friday.",
    )
    b = claim("b", "The union said the mill's night cleaning staff was reduced from ten people to four.")
    c = claim("c", "According to the union, the night cleaning staff at the mill was slashed from ten to four.")
    d = claim("d", "The Torvald Mill owner met the mayor on Friday to discuss the flood last spring.")
    clusters = align([a, b, c, d] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)])
    assert together(clusters, a, b) and together(clusters, a, c) and together(clusters, b, c)
    assert not together(clusters, d, b) and not together(clusters, d, c)


def test_last_event_dates_clash_instead_of_splitting(monkeypatch: pytest.MonkeyPatch) -> None:
    # "the last audit" happens once: two years for it are one event told two ways, and the shared
    # word is not discounted as part of a name ("Audit Office" / "audit")
    from collections import Counter

    import sourcetrace.link.align as mod

    x = claim("a", "The plant's last audit by the National Audit Office was in 2018, the operator said.")
    y = claim("b", "The plant was last audited in 2016, according to union papers.")
    fx, fy = features(x), features(y)
    assert fx.unique & fy.unique
    cl = [x, y] + [claim(f"f{i}", t) for i, t in enumerate(FILLER)]
    feats = [features(c) for c in cl]
    vecs = embed([c.text for c in cl])
    _, idf = candidate_pairs(feats, vecs)
    df = Counter(s for f in feats for s in f.stems)
    cos = float(vecs[0] @ vecs[1])
    with_marker = mod.pair_score(fx, fy, idf, cos, df)[0]
    monkeypatch.setattr(mod, "UNIQUE_MARKERS", {})
    without = mod.pair_score(features(x), features(y), idf, cos, df)[0]
    assert with_marker > without + 0.3  # no penalty for the date clash, and a bonus for one dated event
