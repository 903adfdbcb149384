"""The spine end to end on small texts: outputs, idempotence, cache, exit status, the store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from sourcetrace.cli import cli
from sourcetrace.pipeline import run
from sourcetrace.store import read_contract

CONTRACT_KEYS = {
    "version",
    "articles",
    "entities",
    "quotes",
    "claims",
    "clusters",
    "citations",
    "framing",
    "timeline",
    "problems",
}

A = (
    "PORT ELM – The Harbour Authority said on Monday that the new container terminal will open in March 2024.\n\n"
    "“We expect 300 ships a year,” said Lena Park, the authority’s director.\n"
)
B = (
    "The new container terminal in Port Elm will open next spring, according to the Harbour Authority.\n\n"
    "Director Lena Park told the Coast Herald that at least 250 ships a year were expected.\n"
)


def _corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "a.txt").write_text(A, encoding="utf-8")
    (d / "b.txt").write_text(B, encoding="utf-8")
    return d


def test_run_writes_every_output(tmp_path: Path, nlp) -> None:
    out = tmp_path / "out"
    res = run([str(_corpus(tmp_path))], out, nlp=nlp)
    data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert CONTRACT_KEYS <= set(data)
    assert [a["id"] for a in data["articles"]] == ["a", "b"]
    assert (out / "report.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    assert read_contract(out / "sourcetrace.db")["articles"] == data["articles"]
    assert res.analysed == 2 and res.from_cache == 0
    for a in data["articles"]:
        assert a["text"] and "content_hash" not in a


def test_rerun_is_idempotent_and_only_new_articles_are_analysed(tmp_path: Path, nlp) -> None:
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    first = run([str(corpus)], out, nlp=nlp)
    again = run([str(corpus)], out, nlp=nlp)
    assert again.analysed == 0 and again.from_cache == 2
    assert again.contract == first.contract
    (corpus / "c.txt").write_text(A.replace("March 2024", "April 2024"), encoding="utf-8")
    third = run([str(corpus)], out, nlp=nlp)
    assert (third.analysed, third.from_cache) == (1, 2)


def test_bad_input_keeps_what_is_stored(tmp_path: Path, nlp) -> None:
    corpus, out = _corpus(tmp_path), tmp_path / "out"
    run([str(corpus)], out, nlp=nlp)
    (corpus / "bad.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    res = run([str(corpus)], out, nlp=nlp)
    assert [a.id for a in res.analysis.articles] == ["a", "b"]
    assert [(Path(p.source).name, p.reason) for p in res.skipped] == [("bad.txt", "binary file (not text or HTML)")]
    db = sqlite3.connect(out / "sourcetrace.db")
    assert db.execute("select count(*) from articles").fetchone()[0] == 2
    assert db.execute("select reason from problems").fetchall() == [("binary file (not text or HTML)",)]


def test_cli_exit_status_says_whether_anything_was_skipped(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    runner = CliRunner()
    ok = runner.invoke(cli, ["analyze", str(corpus), "--out", str(tmp_path / "o1"), "-q"])
    assert ok.exit_code == 0, ok.output
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "notes.yaml").write_text("x: 1", encoding="utf-8")
    bad = runner.invoke(cli, ["analyze", str(corpus), "--out", str(tmp_path / "o2")])
    assert bad.exit_code == 3
    assert "skipped: " in bad.output and "empty file" in bad.output
    assert "ignored: " in bad.output


def test_every_command_is_documented() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    names = list(cli.commands)
    for name in names:
        res = runner.invoke(cli, [name, "--help"])
        assert res.exit_code == 0
        assert f"sourcetrace {name}" in readme, f"command {name!r} is not documented in README.md"


def test_the_same_input_gives_the_same_analysis_under_any_hash_seed(tmp_path: Path) -> None:
    # set and dict orders of strings change with PYTHONHASHSEED: no result may depend on them
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    outs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}"
        res = subprocess.run(
            [sys.executable, "-c", "from sourcetrace.cli import main; main()", "analyze",
             str(root / "examples" / "soleimani-gaza"), "--out", str(out), "-q", "--embeddings", "static"],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300,
        )  # fmt: skip
        assert res.returncode == 0, res.stderr
        outs.append((out / "analysis.json").read_bytes())
    assert outs[0] == outs[1]
