"""How claim alignment scales: times ``align`` on 1k and 10k synthetic articles.

    .venv/bin/python bench/align_scale.py [--sizes 1000,10000] [--claims-per-article 8]
        [--embeddings minilm|static] [--json]

Articles are built from the real dev corpus (../shared/corpora/soleimani-gaza, else
the bundled examples/) without spaCy: each synthetic *story* renames every capitalised
word and shifts every number of a source article, and is told by a few *outlets*
that drop, reorder and reword sentences. Claims are built directly from sentences
(dates and quantities read by the rule-based readers). Prints seconds per size and
the ratio between sizes: ~10 for 1k -> 10k is linear, ~100 would be quadratic.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sourcetrace.analyze.quantities import find_quantities  # noqa: E402
from sourcetrace.analyze.temporal import find_dates  # noqa: E402
from sourcetrace.link.align import align  # noqa: E402
from sourcetrace.link.embed import MODELS, embedder  # noqa: E402
from sourcetrace.model import Claim, content_id  # noqa: E402

SOURCES = [ROOT.parent / "shared" / "corpora" / "soleimani-gaza", ROOT / "examples" / "soleimani-gaza"]
SENT = re.compile(r"[^.!?\n]{30,400}[.!?]")
SYNONYMS = {"said": "stated", "killed": "slew", "visited": "toured", "more than": "over", "many": "several"}


def load_sentences() -> list[list[str]]:
    for folder in SOURCES:
        files = sorted(folder.glob("*.txt")) if folder.exists() else []
        if files:
            return [[m.group(0).strip() for m in SENT.finditer(f.read_text(encoding="utf-8"))] for f in files]
    return []


def story_variant(sentences: list[str], story: int, rng: random.Random) -> list[str]:
    names: dict[str, str] = {}

    def rename(m: re.Match[str]) -> str:
        w = m.group(0)
        if w not in names:
            names[w] = w[0] + "".join(rng.choice("aeioulmnrstk") for _ in range(max(3, len(w) - 1))) + str(story % 97)
        return names[w]

    shift = rng.randint(1, 9)
    out = []
    for s in sentences:
        s = re.sub(r"(?<=\s)[A-Z][a-z]{2,}", rename, s)
        s = re.sub(r"\b\d+\b", lambda m: str(int(m.group(0)) + shift), s)
        out.append(s)
    return out


def outlet_copy(sentences: list[str], rng: random.Random, k: int) -> list[str]:
    picked = rng.sample(sentences, min(k, len(sentences)))
    out = []
    for s in picked:
        for a, b in SYNONYMS.items():
            if rng.random() < 0.5:
                s = s.replace(a, b)
        out.append(s)
    return out


def build(n_articles: int, per_article: int, seed: int = 1) -> list[Claim]:
    rng = random.Random(seed)
    sources = [s for s in load_sentences() if len(s) >= 3]
    claims: list[Claim] = []
    story, made = 0, 0
    while made < n_articles:
        base = story_variant(sources[story % len(sources)], story, rng)
        for _ in range(rng.randint(2, 5)):
            if made >= n_articles:
                break
            aid = f"s{story}-a{made}"
            for s in outlet_copy(base, rng, per_article):
                dates = find_dates(s)
                qs = find_quantities(s, exclude=[(d.start, d.end) for d in dates])
                claims.append(
                    Claim(content_id("c", aid, s), aid, 0, len(s), s, dates=tuple(dates), quantities=tuple(qs))
                )
            made += 1
        story += 1
    return claims


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--claims-per-article", type=int, default=8)
    ap.add_argument("--embeddings", choices=MODELS, default=None, help="sentence model (default: the product's)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not load_sentences():
        print("no corpus found (../shared or examples/): skipped")
        return 0
    sizes = [int(x) for x in args.sizes.split(",")]
    model = embedder(args.embeddings)  # loaded before the clock starts
    if not args.json:
        print(f"embeddings: {model.name}")
    secs, n_claims, n_clusters = [], [], []
    for n in sizes:
        claims = build(n, args.claims_per_article)
        t = time.perf_counter()
        clusters = align(claims, embeddings=args.embeddings)
        secs.append(time.perf_counter() - t)
        n_claims.append(len(claims))
        n_clusters.append(len(clusters))
        if not args.json:
            print(f"{n:>7} articles {len(claims):>8} claims {len(clusters):>7} clusters {secs[-1]:8.2f} s")
    ratios = [secs[i + 1] / secs[i] for i in range(len(secs) - 1)]
    if args.json:
        print(
            json.dumps(
                {
                    "embeddings": model.name,
                    "sizes": sizes,
                    "claims": n_claims,
                    "clusters": n_clusters,
                    "seconds": secs,
                    "ratios": ratios,
                }
            )
        )
    else:
        for i, r in enumerate(ratios):
            print(f"ratio {sizes[i + 1]}/{sizes[i]} articles: time x{r:.1f} (size x{sizes[i + 1] / sizes[i]:.0f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
