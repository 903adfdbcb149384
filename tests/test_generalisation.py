"""Generalisation: the whole pipeline on a held-out corpus that src/ has never seen.

tests/fixtures/harbour-fire/ holds five invented news pages (a wire, a business
paper, a labour paper, a regional agency and an aggregator) about a fire at a
chemical depot in an invented port, with a hand-made gold.yaml in the format of
the development corpus. Nothing in src/ may know these names: the figures here
measure how the general rules carry over. Each facet must stay at or above a
floor set just below what it measured when the fixture was written, so a
regression fails; raise a floor when a facet improves.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from sourcetrace.evaluate import norm, score

HERE = Path(__file__).resolve().parent / "fixtures" / "harbour-fire"
GOLD = HERE / "gold.yaml"

# Measured on first writing (two runs while link/align.py was being changed by others):
# metadata 0.864, cleaning 0.939, entities 0.650, quotes 0.690, citations 0.600,
# alignment 0.618-0.676, distinct 1.0, origins 0.333-0.5, contradictions 0.0, framing 0.667,
# timeline 1.0.
FLOORS: dict[str, float] = {
    "metadata": 0.98,  # masthead, copyright and republished-from sources (h1b)
    "cleaning": 0.98,  # label lines, slogans and "Read more:" lists around the body (h1b)
    "entities": 0.98,  # possessive org names, one-letter given-name variants, lone first words (h2c)
    "quotes": 0.95,  # generic org nouns, datelines, labelling verbs, passives, semicolons (h3b)
    "citations": 0.95,  # aggregator fix (h1b); strong-cue names that are no known person (h3b)
    "alignment": 0.90,  # majority-of-direct-links merge rule; "last X" single events (h4c)
    "distinct": 0.95,
    "origins": 0.98,  # no topic chaining into relayed-interview clusters (h4c)
    "contradictions": 0.98,  # number clashes share a cluster (h4b); date window skips function words (h4c)
    "framing": 0.95,  # labelling complements, clause-bounded according-to, headline terms (h5b)
    "timeline": 0.95,
}


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def facets(tmp_path_factory: pytest.TempPathFactory, nlp: Any, gold: dict[str, Any]) -> dict[str, float]:
    from sourcetrace.pipeline import run

    out = tmp_path_factory.mktemp("harbour-fire-out")
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
