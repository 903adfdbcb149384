"""Sentence embeddings: a paraphrase with no word in common outranks an unrelated sentence; the
models load from installed packages with no network and no cache folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from sourcetrace.link.embed import BASELINE, MODELS, Embedder, embed, embedder

# (claim, the same claim in other words, sentences of the same kind of story that say something else)
PARAPHRASES = [
    (
        "Nobody warned the villagers beforehand.",
        "Residents had not been informed in advance.",
        ["The river rose by two metres overnight.", "The mayor opened a new bridge on Tuesday."],
    ),
    (
        "The website went offline for several hours.",
        "The portal was unreachable for most of the day.",
        ["Ticket prices doubled last year.", "The minister resigned after the vote."],
    ),
    (
        "Thousands of votes were thrown out.",
        "Many ballots were declared invalid.",
        ["The count began late in the evening.", "Turnout was higher than in the last election."],
    ),
    (
        "The plant was shut down after the blast.",
        "Production at the factory stopped following the explosion.",
        ["Workers demanded a pay rise in spring.", "The company reported record profits."],
    ),
    (
        "He travelled to the region many times in secret.",
        "He made several covert visits to the area.",
        ["He was born in a small town in 1957.", "His deputy was appointed last week."],
    ),
]


def test_minilm_is_installed_and_default() -> None:
    model = embedder("minilm")
    assert model.name == "minilm" and model.contextual and model.dim == 384
    assert "minilm" in MODELS


@pytest.mark.parametrize("text,para,others", PARAPHRASES)
def test_paraphrase_ranks_above_unrelated(text: str, para: str, others: list[str]) -> None:
    model = embedder("minilm")
    vecs = model.encode([text, para, *others])
    sims = vecs[1:] @ vecs[0]
    assert int(np.argmax(sims)) == 0, (text, sims.round(3).tolist())
    assert sims[0] > max(sims[1:]) + 0.05


def test_minilm_separates_paraphrases_better_than_static() -> None:
    # the margin paraphrase - best unrelated, averaged: the contextual model's is wider
    def margin(name: str) -> float:
        model = embedder(name)
        out = []
        for text, para, others in PARAPHRASES:
            v = model.encode([text, para, *others])
            s = v[1:] @ v[0]
            out.append(model.calibrate(float(s[0])) - model.calibrate(float(max(s[1:]))))
        return float(np.mean(out))

    assert embedder("static").name == "static"
    assert margin("minilm") > margin("static")


def test_vectors_are_unit_length_and_stable() -> None:
    texts = ["The dam released water on Friday.", "Two people drowned.", "The dam released water on Friday."]
    a = embed(texts, model="minilm")
    b = embed(list(reversed(texts)), model="minilm")[::-1]
    assert a.shape == (3, 384) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.allclose(a[0], a[2]) and np.allclose(a, b, atol=1e-5)
    assert embed([], model="minilm").shape == (0, 384)


def test_each_distinct_text_is_encoded_once_and_cached() -> None:
    calls: list[list[str]] = []

    def fake(texts: list[str]) -> np.ndarray:
        calls.append(texts)
        return np.array([[len(t), 1.0] for t in texts], dtype=np.float32)

    model = Embedder("fake", 2, fake)
    cache: dict[str, np.ndarray] = {}
    v = model.encode(["aa", "b", "aa"], cache=cache)
    assert calls == [["aa", "b"]] and np.allclose(v[0], v[2])
    model.encode(["b", "ccc"], cache=cache)
    assert calls[-1] == ["ccc"]
    assert all(k.startswith("fake:") for k in cache)


def test_calibration_puts_models_on_one_scale() -> None:
    m = embedder("minilm")
    assert m.calibrate(1.0) == pytest.approx(1.0)
    assert m.calibrate(BASELINE["minilm"]) == pytest.approx(BASELINE["static"])
    assert m.calibrate(0.4) < m.calibrate(0.5) < m.calibrate(0.6)  # order kept
    s = embedder("static")
    assert s.calibrate(0.37) == pytest.approx(0.37)


def test_model_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCETRACE_EMBEDDINGS", "static")
    assert embedder().name == "static" and not embedder().contextual
    monkeypatch.setenv("SOURCETRACE_EMBEDDINGS", "minilm")
    assert embedder().name == "minilm"
    monkeypatch.delenv("SOURCETRACE_EMBEDDINGS")
    assert embedder().name == "minilm"  # the default
    with pytest.raises(ValueError, match="static"):
        embedder("bert-large")


OFFLINE_CHECK = """
import socket
def refuse(*a, **k):
    raise OSError("network used")
socket.socket.connect = refuse
socket.create_connection = refuse
from sourcetrace.link.embed import embedder
for name in ("minilm", "static"):
    m = embedder(name)
    v = m.encode(["The gates were opened on Friday.", "Water was released before the flood."])
    print(m.name, v.shape[1], round(float(v[0] @ v[1]), 3))
"""


def test_models_load_offline_without_a_cache(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "XDG_", "TRANSFORMERS_"))}
    env.update(HOME=str(home), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", XDG_CACHE_HOME=str(home / ".cache"))
    env.pop("SOURCETRACE_EMBEDDINGS", None)
    res = subprocess.run(
        [sys.executable, "-c", OFFLINE_CHECK], capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path
    )
    assert res.returncode == 0, res.stderr
    lines = res.stdout.split()
    assert lines[0:2] == ["minilm", "384"] and lines[3:5] == ["static", "256"], res.stdout
    assert not any(home.rglob("*")), "a model wrote to the home folder"
