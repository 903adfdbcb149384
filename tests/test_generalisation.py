"""Generalisation: the whole pipeline on held-out corpora that src/ has never seen.

Each corpus under tests/fixtures/<corpus>/ holds invented news pages (plain scraped page
text, furniture included) about one story told by outlets on opposing sides, with a
hand-made gold.yaml in the format of the development corpus (docs/evaluation.md). Nothing
in src/ may know their names: the figures measure how the general rules carry over.

- harbour-fire: a fire at a chemical depot in an invented port (a wire, a business paper, a
  labour paper, a regional agency, an aggregator): multi-hop relay, differing casualty
  counts, a quote spanning two paragraphs.
- river-dam: water released from an invented dam and a cross-border flood, built to differ
  from harbour-fire (cookie banners, "Updated 14:05 GMT, 9 June 2024" and
  "10 Jun 2024 | 6 min read" dates, "By JANA HOLM" / "— Staff reporter" / "Words by"
  bylines, a trailing "(Reporting by ...)" credit only, interrupted quotes, scare-quoted
  loaded terms, two facts in one sentence).
- ondoria-election: a disputed presidential count in an invented country, built to differ
  from both (six pages; "N hours ago" beside a real date, day-first "05/03/2025", "Posted
  by X on ...", a bare name line, "X in Place" and after-the-body bylines; an interview
  relayed agency -> foreign paper -> aggregator; wire paragraphs copied; transliterated
  and hyphenated names, a foreign honorific; bounded numbers that clash or agree; a date
  clash through relative weekdays; a denial; contrastive negation).

Every corpus has floors in tests/fixtures/generalisation-floors.yaml, set just below what
it measured, so a regression fails; raise a floor when a facet improves. The analysis runs
once per corpus (a module-scoped fixture parametrised over the corpora).
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from sourcetrace.evaluate import norm, score

from .conftest import FIXTURES

FLOORS_FILE = FIXTURES / "generalisation-floors.yaml"
FACETS = (
    "metadata",
    "cleaning",
    "entities",
    "quotes",
    "citations",
    "alignment",
    "distinct",
    "origins",
    "contradictions",
    "framing",
    "timeline",
)


def _load_floors() -> dict[str, dict[str, float]]:
    data = yaml.safe_load(FLOORS_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{FLOORS_FILE} must map corpus -> facet -> floor"
    return {str(k): {str(f): float(v) for f, v in (fl or {}).items()} for k, fl in data.items()}


FLOORS = _load_floors()
CORPORA = sorted(FLOORS)


def _here(corpus: str) -> Path:
    return FIXTURES / corpus


@pytest.fixture(scope="module", params=CORPORA)
def corpus(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="module")
def gold(corpus: str) -> dict[str, Any]:
    data = yaml.safe_load((_here(corpus) / "gold.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@pytest.fixture(scope="module")
def facets(tmp_path_factory: pytest.TempPathFactory, nlp: Any, corpus: str, gold: dict[str, Any]) -> dict[str, float]:
    from sourcetrace.pipeline import run

    out = tmp_path_factory.mktemp(f"{corpus}-out")
    result = run([str(_here(corpus))], out, nlp=nlp, report=False)
    return score(gold, result.contract)


def _texts(corpus: str) -> dict[str, str]:
    """Each page's raw text by article id: the file stem (an HTML page with its character references
    decoded), or for a JSON Lines record (title and text) its ``id``, else ``<stem>_<line number>``
    as ingest names it."""
    out = {}
    for p in sorted(_here(corpus).iterdir()):
        if p.suffix == ".txt":
            out[p.stem] = norm(p.read_text("utf-8"))
        elif p.suffix == ".html":
            # the raw page, and its text with the tags taken out (a menu line is made of links)
            raw = p.read_text("utf-8")
            out[p.stem] = "\n".join(norm(html.unescape(t)) for t in (raw, re.sub(r"<[^>]*>", "", raw)))
        elif p.suffix == ".jsonl":
            for n, line in enumerate(p.read_text("utf-8").splitlines(), start=1):
                if line.strip():
                    rec = json.loads(line)
                    body = rec.get("text") or html.unescape(rec["html"])
                    out[str(rec.get("id") or f"{p.stem}_{n:05d}")] = norm(f"{rec.get('title') or ''}\n{body}")
    return out


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


def test_every_fixture_corpus_has_floors_for_every_facet() -> None:
    on_disk = sorted(p.parent.name for p in FIXTURES.glob("*/gold.yaml"))
    assert on_disk == CORPORA, "every tests/fixtures/<corpus>/gold.yaml needs floors, and only those"
    for name, floors in FLOORS.items():
        assert set(floors) == set(FACETS), f"{name}: floors must list exactly {FACETS}"
        assert all(0.0 <= v <= 1.0 for v in floors.values()), name


def test_every_gold_anchor_occurs_in_its_page(corpus: str, gold: dict[str, Any]) -> None:
    texts = _texts(corpus)
    assert set(gold["articles"]) == set(texts), "gold article keys must be the fixture file stems"
    missing = [(aid, a) for aid, a in _anchors(gold) if norm(a) not in texts[aid]]
    assert not missing, missing


def test_entity_surface_forms_occur_in_the_corpus(corpus: str, gold: dict[str, Any]) -> None:
    text = " ".join(_texts(corpus).values())
    missing = [f for grp in gold["entities"] for f in grp if not re.search(rf"\b{re.escape(norm(f))}\b", text)]
    assert not missing, missing


def test_gold_pairs_refer_to_cluster_members(gold: dict[str, Any]) -> None:
    members = {(m["article"], m["anchor"]) for cl in gold["clusters"] for m in cl["members"]}
    for a, b in gold["contradictions"]:
        assert (a["article"], a["anchor"]) in members and (b["article"], b["anchor"]) in members
        assert a["article"] != b["article"]
    for a, b in gold["distinct"]:
        assert a["article"] != b["article"]


@pytest.mark.slow
def test_every_gold_facet_is_scored(corpus: str, facets: dict[str, float]) -> None:
    assert set(FLOORS[corpus]) == set(facets)


@pytest.mark.slow
@pytest.mark.parametrize("facet", FACETS)
def test_held_out_corpus_stays_above_its_floor(corpus: str, facets: dict[str, float], facet: str) -> None:
    floor = FLOORS[corpus][facet]
    assert facets.get(facet, 0.0) + 1e-9 >= floor, f"{corpus} {facet}: {facets.get(facet)} < floor {floor}"
