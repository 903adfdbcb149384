"""Generalisation, third corpus: the whole pipeline on a held-out corpus that src/ has never seen.

tests/fixtures/river-dam/ holds five invented news pages (a downstream national paper, an
upstream national paper, a wire agency, a regional paper republishing the wire, and an upstream
energy trade magazine) about water released from an invented dam and a cross-border flood, with
a hand-made gold.yaml in the format of the development corpus. It was built to differ in
construction from harbour-fire (cookie banners, "Updated 14:05 GMT, 9 June 2024" and
"10 Jun 2024 | 6 min read" dates, "By JANA HOLM" / "— Staff reporter" / "Words by" bylines, a
trailing "(Reporting by ...)" credit only, interrupted quotes, scare-quoted loaded terms, two
facts in one sentence). Each facet must stay at or above a floor set just below what it
measured when the fixture was written, so a regression fails; raise a floor when a facet improves.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from sourcetrace.evaluate import norm, score

HERE = Path(__file__).resolve().parent / "fixtures" / "river-dam"
GOLD = HERE / "gold.yaml"

# Measured on first writing (h7b): metadata 0.826, cleaning 0.902, entities 0.870, quotes 0.714,
# citations 1.0, alignment 0.609, distinct 1.0, origins 0.5, contradictions 0.2, framing 0.9,
# timeline 0.769. The known failures are listed in the h7b report (dates with a time prefix or a
# "| 6 min read" suffix, cookie banner taken as title, trailing reporting credit, two facts in one
# sentence, denial polarity, interrupted quotes, "according to a statement by X").
FLOORS: dict[str, float] = {
    "metadata": 0.80,
    "cleaning": 0.88,
    "entities": 0.85,
    "quotes": 0.69,
    "citations": 0.95,
    "alignment": 0.55,
    "distinct": 0.95,
    "origins": 0.45,
    "contradictions": 0.15,
    "framing": 0.85,
    "timeline": 0.75,
}


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def facets(tmp_path_factory: pytest.TempPathFactory, nlp: Any, gold: dict[str, Any]) -> dict[str, float]:
    from sourcetrace.pipeline import run

    out = tmp_path_factory.mktemp("river-dam-out")
    result = run([str(HERE)], out, nlp=nlp, report=False)
    return score(gold, result.contract)


def _texts() -> dict[str, str]:
    return {p.stem: norm(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("*.txt"))}


def _anchors(gold: dict[str, Any]) -> list[tuple[str, str]]:
    """(article, text) for every anchor, line and term the gold expects to find in the raw pages."""
    found: list[tuple[str, str]] = []
    for section in ("boilerplate", "body"):
        for aid, lines in (gold.get(section) or {}).items():
            found += [(aid, line) for line in lines]
    found += [(q["article"], q["anchor"]) for q in gold.get("quotes") or []]
    for cl in gold.get("clusters") or []:
        found += [(m["article"], m["anchor"]) for m in cl["members"]]
    for pair in [*(gold.get("distinct") or []), *(gold.get("contradictions") or [])]:
        found += [(m["article"], m["anchor"]) for m in pair]
    for aid, f in (gold.get("framing") or {}).items():
        found += [(aid, t) for t in [*f.get("own", []), *f.get("quoted_only", [])]]
    for aid, meta in (gold.get("articles") or {}).items():
        if meta.get("title"):
            found.append((aid, meta["title"]))
    return found


def test_every_gold_anchor_occurs_in_its_page(gold: dict[str, Any]) -> None:
    texts = _texts()
    assert set(gold["articles"]) == set(texts), "gold article keys must be the fixture file stems"
    missing = [(aid, a) for aid, a in _anchors(gold) if norm(a) not in texts[aid]]
    assert not missing, missing


def test_entity_surface_forms_occur_in_the_corpus(gold: dict[str, Any]) -> None:
    corpus = " ".join(_texts().values())
    missing = [f for grp in gold["entities"] for f in grp if not re.search(rf"\b{re.escape(norm(f))}\b", corpus)]
    assert not missing, missing


def test_gold_pairs_refer_to_cluster_members(gold: dict[str, Any]) -> None:
    members = {(m["article"], m["anchor"]) for cl in gold["clusters"] for m in cl["members"]}
    for a, b in gold["contradictions"]:
        assert (a["article"], a["anchor"]) in members and (b["article"], b["anchor"]) in members
        assert a["article"] != b["article"]
    for a, b in gold["distinct"]:
        assert a["article"] != b["article"]


@pytest.mark.slow
def test_every_gold_facet_is_scored(facets: dict[str, float]) -> None:
    assert set(FLOORS) == set(facets)


@pytest.mark.slow
@pytest.mark.parametrize("facet", sorted(FLOORS))
def test_held_out_corpus_stays_above_its_floor(facets: dict[str, float], facet: str) -> None:
    assert facets.get(facet, 0.0) + 1e-9 >= FLOORS[facet], f"{facet}: {facets.get(facet)} < floor {FLOORS[facet]}"
