"""Shared test fixtures: paths to the bundled example corpus and to ../shared when present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "soleimani-gaza"
FIXTURES = ROOT / "tests" / "fixtures"
GOLD = FIXTURES / "soleimani-gaza.gold.yaml"
SHARED = ROOT.parent / "shared"

needs_shared = pytest.mark.skipif(
    not (SHARED / "datasets").exists(), reason="needs ../shared (corpora and datasets beside the checkout)"
)


@pytest.fixture(scope="session")
def nlp():
    from sourcetrace.analyze import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def example_run(tmp_path_factory, nlp):
    """The whole pipeline over the bundled example corpus, once per test session."""
    from sourcetrace.pipeline import run

    out = tmp_path_factory.mktemp("example-out")
    return run([str(EXAMPLES)], out, nlp=nlp)
