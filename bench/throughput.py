"""Throughput and peak memory of the per-article stage against a bare spaCy nlp.pipe baseline.

    .venv/bin/python bench/throughput.py [--limit N] [--jobs J]

Corpus: the ECB+ articles in ../shared/datasets/ecbplus (about 980 news texts;
every token of each document, joined with spaces). Both measurements run in
fresh subprocesses over the same texts in the same run, so peak RSS is each
one's own. Prints articles/s and peak memory for both, and their ratios.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ECB = ROOT.parent / "shared" / "datasets" / "ecbplus"


def load_texts(limit: int | None) -> list[tuple[str, str]]:
    files = sorted(ECB.glob("*/*.xml"))
    out = []
    for f in files[:limit] if limit else files:
        toks: dict[int, list[str]] = {}
        for t in ET.parse(f).getroot().iter("token"):
            toks.setdefault(int(t.get("sentence", "0")), []).append(t.text or "")
        out.append((f.stem, "\n\n".join(" ".join(ws) for _, ws in sorted(toks.items()))))
    return out


def measure(mode: str, limit: int | None, jobs: int) -> dict[str, float]:
    texts = load_texts(limit)
    from sourcetrace.analyze import load_nlp

    nlp = load_nlp()
    t0 = time.perf_counter()
    if mode == "spacy":
        n = sum(1 for _ in nlp.pipe((t for _, t in texts), batch_size=32))
    else:
        from sourcetrace.ingest import make_article
        from sourcetrace.link import link
        from sourcetrace.pipeline import analyze_articles

        arts = [make_article(i, f"ecb:{i}", t) for i, t in texts]
        per_article, problems, _ = analyze_articles(arts, None, jobs=jobs, nlp=nlp)
        n = len(per_article)
        if mode == "full":
            link(per_article, problems)
    secs = time.perf_counter() - t0
    # this process plus (with --jobs) the largest worker: an upper bound per worker
    peak_mb = (
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    ) / 1024
    return {"articles": n, "seconds": secs, "per_s": n / secs, "peak_mb": peak_mb}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--child", choices=["spacy", "analyze", "full"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(args.child, args.limit, args.jobs)))
        return
    if not ECB.exists():
        sys.exit(f"skipped: {ECB} not found (needs ../shared beside the checkout)")
    results = {}
    for mode in ("spacy", "analyze", "full"):
        cmd = [sys.executable, __file__, "--child", mode, "--jobs", str(args.jobs)]
        if args.limit:
            cmd += ["--limit", str(args.limit)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        results[mode] = json.loads(out)
    base = results["spacy"]
    print(f"corpus: ECB+ ({base['articles']} articles), jobs={args.jobs}")
    print(f"{'run':28s} {'articles/s':>10s} {'seconds':>8s} {'peak MB':>8s} {'speed ratio':>11s} {'mem ratio':>9s}")
    labels = {
        "spacy": "bare spaCy nlp.pipe",
        "analyze": "sourcetrace analyze stage",
        "full": "sourcetrace analyze + link",
    }
    for mode, r in results.items():
        print(
            f"{labels[mode]:28s} {r['per_s']:10.1f} {r['seconds']:8.1f} {r['peak_mb']:8.0f} "
            f"{r['per_s'] / base['per_s']:11.2f} {r['peak_mb'] / base['peak_mb']:9.2f}"
        )


if __name__ == "__main__":
    main()
