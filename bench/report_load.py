"""How fast the HTML report builds and loads with many articles.

    .venv/bin/python bench/report_load.py OUT/analysis.json [--n 1000]

Replicates the given contract (e.g. the analysis of the example corpus, or of
../shared/corpora/soleimani-gaza) under new ids until it holds N articles, then
prints: render_report time, file size, and in headless Chromium (when
/usr/bin/chromium is installed; the median of 5 loads, and the slowest):
DOMContentLoaded, first contentful paint, the time until the overview is drawn
and the page answers clicks (``interactive_ms``), and the time to draw each
section the first time it is opened and to open a claim's span (layout
included). For example::

    .venv/bin/sourcetrace analyze ../shared/corpora/soleimani-gaza --out /tmp/dev
    .venv/bin/python bench/report_load.py /tmp/dev/analysis.json --n 1000
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from sourcetrace.present.report import render_report  # noqa: E402


def _key(name: str) -> str:
    return re.sub(r"^the\s+", "", name.strip().lower())


def replicate(base: dict[str, Any], n: int) -> dict[str, Any]:
    """N articles: copies of the base articles with every id (and every reference to it) suffixed, and every
    outlet renamed into one of 40 variants wherever it is named (sources, via chains, citations, origins)."""
    reps = -(-n // max(1, len(base["articles"])))
    out: dict[str, Any] = {"version": base.get("version", 1)}
    kinds = ("articles", "entities", "quotes", "claims", "clusters", "citations", "framing", "timeline", "provenance")
    for k in kinds:
        out[k] = []
    for r in range(reps):
        suf = f"~{r}"
        b = copy.deepcopy(base)
        names: dict[str, str] = {}
        for a in b["articles"]:
            names[_key(f"article:{a['id']}")] = f"article:{a['id']}{suf}"
            a["id"] += suf
            if a.get("outlet"):
                names[_key(a["outlet"])] = a["outlet"] = f"{a['outlet']} {r % 40}"  # 40 variants of each outlet

        def rename(x: Any, names: dict[str, str] = names) -> Any:
            return names.get(_key(x), x) if isinstance(x, str) else x

        for x in b.get("provenance", []):
            x["source"], x["target"] = rename(x.get("source")), rename(x.get("target"))
        for x in b.get("citations", []):
            x["cites"] = rename(x.get("cites"))
        for x in b.get("framing", []):
            x["outlet"] = rename(x.get("outlet"))
        for e in b.get("entities", []):
            e["id"] += suf
            for m in e.get("mentions", []):
                m["article"] += suf
        for q in b.get("quotes", []):
            q["via"] = [rename(v) for v in q.get("via") or []]
            q["id"] += suf
            q["article"] += suf
            if q.get("speaker_entity"):
                q["speaker_entity"] += suf
        for c in b.get("claims", []):
            c["origin"] = rename(c.get("origin"))
            c["id"] += suf
            c["article"] += suf
            if c.get("quote"):
                c["quote"] += suf
        for k in b.get("clusters", []):
            k["origins"] = [rename(o) for o in k.get("origins") or []]
            k["id"] += suf
            k["claims"] = [c + suf for c in k["claims"]]
            for x in k.get("contradictions", []):
                x["a"] += suf
                x["b"] += suf
        for x in b.get("citations", []) + b.get("framing", []) + b.get("provenance", []):
            if x.get("article"):
                x["article"] += suf
            if x.get("entity"):
                x["entity"] += suf
        for t in b.get("timeline", []):
            t["claims"] = [c + suf for c in t.get("claims", [])]
            t["articles"] = [a + suf for a in t.get("articles", [])]
        for k in kinds:
            out[k] += b.get(k, [])
    out["articles"] = out["articles"][:n]
    out["problems"] = base.get("problems", [])
    return out


def browser_figures(path: Path) -> dict[str, float]:
    os.environ.setdefault("SE_OFFLINE", "true")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    profile = tempfile.mkdtemp(prefix="st-bench-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    for f in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync",
              f"--user-data-dir={profile}", "--window-size=1400,900"):  # fmt: skip
        opts.add_argument(f)
    d = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=opts)
    try:
        figs: dict[str, float] = {}
        runs = []
        for _ in range(5):
            d.get(path.as_uri())
            runs.append(
                d.execute_script(
                    "var n = performance.getEntriesByType('navigation')[0];"
                    "var p = performance.getEntriesByName('first-contentful-paint')[0];"
                    "return [n.domContentLoadedEventEnd, p ? p.startTime : -1, window.__stReady];"
                )
            )
        for i, name in enumerate(("domcontentloaded_ms", "first_contentful_paint_ms", "interactive_ms")):
            vals = sorted(r[i] for r in runs)
            figs[name], figs[name.replace("_ms", "_slowest_ms")] = vals[len(vals) // 2], vals[-1]
        # a click, then a forced layout, timed inside the page
        timed = (
            "var t0 = performance.now(); arguments[0].click(); document.body.offsetHeight;"
            "return performance.now() - t0;"
        )
        for sec in ("claims", "graph", "framing", "quotes", "timeline", "articles"):
            button = d.find_element(By.CSS_SELECTOR, f"nav button[data-sec={sec}]")
            figs[f"open_{sec}_ms"] = d.execute_script(timed, button)
        d.find_element(By.CSS_SELECTOR, "nav button[data-sec=claims]").click()
        figs["open_span_ms"] = d.execute_script(timed, d.find_element(By.CSS_SELECTOR, ".version button.span"))
        return figs
    finally:
        d.quit()
        shutil.rmtree(profile, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("contract", type=Path, help="analysis.json to replicate")
    ap.add_argument("--n", type=int, default=1000, help="articles in the replicated contract")
    ap.add_argument("--keep", type=Path, help="also write the report here")
    args = ap.parse_args()
    big = replicate(json.loads(args.contract.read_text(encoding="utf-8")), args.n)
    counts = {k: len(v) for k, v in big.items() if isinstance(v, list)}
    print("contract:", ", ".join(f"{v} {k}" for k, v in counts.items()))
    t = time.perf_counter()
    html = render_report(big)
    size = len(html.encode())
    print(f"render_report: {time.perf_counter() - t:.3f} s, {size / 1e6:.1f} MB ({size} bytes)")
    tmp = Path(tempfile.mkdtemp(prefix="st-report-"))
    path = args.keep or tmp / "report.html"
    path.write_text(html, encoding="utf-8")
    if Path("/usr/bin/chromium").exists() and Path("/usr/bin/chromedriver").exists():
        for k, v in browser_figures(path).items():
            print(f"{k}: {v:.0f}")
    else:
        print("browser figures skipped: /usr/bin/chromium missing (bash scripts/install-browser.sh)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
