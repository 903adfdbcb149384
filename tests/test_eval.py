"""The evaluation harness: facets behave, agree with the shared scorer, and floors are enforced."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from sourcetrace.cli import cli
from sourcetrace.evaluate import check_floors, load_floors, same_name, score

from .conftest import FIXTURES, GOLD, SHARED

GOLD_SMALL = {
    "articles": {"a": {"outlet": "Coast Herald", "published": "2023-03-07", "author": None}},
    "body": {"a": ["terminal will open"]},
    "boilerplate": {"a": ["Subscribe now"]},
    "entities": [["Lena Park", "Director Park"], ["Harbour Authority"]],
    "quotes": [{"article": "a", "anchor": "We expect 300 ships", "speaker": "Lena Park", "kind": "direct"}],
    "citations": [{"article": "a", "cites": "Coast Herald"}],
    "clusters": [
        {
            "id": "open",
            "origins": 1,
            "members": [{"article": "a", "anchor": "will open"}, {"article": "b", "anchor": "opens"}],
        }
    ],
    "contradictions": [[{"article": "a", "anchor": "will open"}, {"article": "b", "anchor": "opens"}]],
    "timeline": [{"date": "2024-03", "article": "a"}],
    "framing": {"a": {"own": ["mega-port"], "quoted_only": ["white elephant"]}},
}


def _perfect() -> dict:
    return {
        "articles": [
            {
                "id": "a",
                "outlet": "The Coast Herald",
                "published": "2023-03-07",
                "author": None,
                "text": "The terminal will open in March 2024. We expect 300 ships.",
            },
            {"id": "b", "outlet": "x", "text": "It opens soon."},
        ],
        "entities": [
            {"id": "e1", "name": "Lena Park", "aliases": ["Director Park"]},
            {"id": "e2", "name": "Harbour Authority", "aliases": []},
        ],
        "quotes": [
            {"id": "q1", "article": "a", "text": "We expect 300 ships", "speaker": None, "speaker_entity": "e1"}
        ],
        "citations": [{"article": "a", "cites": "Coast Herald"}],
        "claims": [
            {"id": "c1", "article": "a", "text": "The terminal will open in March 2024."},
            {"id": "c2", "article": "b", "text": "It opens soon."},
        ],
        "clusters": [
            {
                "id": "k1",
                "claims": ["c1", "c2"],
                "independent_origins": 1,
                "contradictions": [{"a": "c1", "b": "c2", "kind": "date", "detail": "x"}],
            }
        ],
        "timeline": [{"date": "2024-03", "articles": ["a"]}],
        "framing": [
            {"article": "a", "term": "the new mega-port", "voice": "own"},
            {"article": "a", "term": "white elephant", "voice": "quoted"},
        ],
    }


def test_a_perfect_analysis_scores_one_and_breaking_it_lowers_each_facet() -> None:
    good = _perfect()
    assert all(v == 1.0 for v in score(GOLD_SMALL, good).values())
    bad = json.loads(json.dumps(good))
    bad["entities"] = [{"id": "e1", "name": "Lena Park", "aliases": ["Director Park", "Harbour Authority"]}]
    bad["clusters"][0]["contradictions"] = []
    bad["framing"][1]["voice"] = "own"
    bad["articles"][0]["text"] += " Subscribe now"
    facets = score(GOLD_SMALL, bad)
    assert facets["entities"] < 1 and facets["contradictions"] == 0 and facets["framing"] < 1
    assert facets["cleaning"] < 1
    assert set(facets) == set(score(GOLD_SMALL, good))


def test_misses_name_each_gold_item_that_failed() -> None:
    good = _perfect()
    misses: dict[str, list[str]] = {}
    score(GOLD_SMALL, good, misses)
    assert misses == {}
    bad = json.loads(json.dumps(good))
    bad["articles"][0]["outlet"] = "Someone Else"
    bad["clusters"][0]["contradictions"] = []
    bad["quotes"][0]["speaker_entity"] = None
    bad["framing"][1]["voice"] = "own"
    score(GOLD_SMALL, bad, misses)
    assert set(misses) == {"metadata", "contradictions", "quotes", "framing"}
    assert "outlet is 'Someone Else'" in misses["metadata"][0]
    assert "not flagged" in misses["contradictions"][0] and "'will open'" in misses["contradictions"][0]
    assert "by 'Lena Park'" in misses["quotes"][0]
    assert "white elephant" in misses["framing"][0]


def test_cli_lists_misses(tmp_path: Path) -> None:
    bad = _perfect()
    bad["timeline"] = []
    gold, analysis = tmp_path / "gold.yaml", tmp_path / "analysis.json"
    gold.write_text(yaml.safe_dump(GOLD_SMALL), encoding="utf-8")
    analysis.write_text(json.dumps(bad), encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", str(gold), str(analysis), "--misses"])
    assert res.exit_code == 0, res.output
    assert "- a: no timeline event on 2024-03" in res.output
    res = CliRunner().invoke(cli, ["eval", str(gold), str(analysis), "--misses", "--json"])
    assert json.loads(res.output)["misses"] == {"timeline": ["a: no timeline event on 2024-03"]}


def test_same_name_is_loose_but_not_blind() -> None:
    assert same_name("The Jerusalem Post", "Jerusalem Post")
    assert same_name("Ziad al-Nakhalah", "Al-Nakhalah")
    assert not same_name("Harbour Authority", "Coast Herald")


def test_floors() -> None:
    floors = load_floors(FIXTURES / "floors.yaml")
    assert check_floors({k: v for k, v in floors.items()}, floors) == []
    name = next(iter(floors))
    assert check_floors({**floors, name: floors[name] - 0.1}, floors)[0][0] == name


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="needs ../shared/eval/score.py")
def test_agrees_with_the_shared_scorer(example_run) -> None:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    for out in (example_run.contract, _perfect()):
        ours, theirs = score(gold, out), mod.score(gold, out)
        assert ours.keys() == theirs.keys()
        for k in ours:
            assert ours[k] == pytest.approx(theirs[k]), k


@pytest.mark.slow
def test_example_corpus_stays_above_its_floors(example_run, tmp_path: Path) -> None:
    path = tmp_path / "analysis.json"
    path.write_text(json.dumps(example_run.contract), encoding="utf-8")
    res = CliRunner().invoke(cli, ["eval", str(GOLD), str(path), "--floors", str(FIXTURES / "floors.yaml")])
    assert res.exit_code == 0, res.output
