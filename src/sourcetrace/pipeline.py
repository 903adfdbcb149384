"""The whole run: ingest -> analyze (map, cached) -> link -> store -> present."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .analyze import analyze_article, load_nlp, pipeline_fingerprint, shared_nlp
from .ingest import IngestOptions, ingest
from .link import link
from .model import Analysis, Article, ArticleAnalysis, Problem
from .store import Store, analysis_to_contract

Progress = Callable[[Iterable[Any], int, str], Iterable[Any]]


def no_progress(items: Iterable[Any], total: int, desc: str) -> Iterable[Any]:
    return items


def tqdm_progress(items: Iterable[Any], total: int, desc: str) -> Iterable[Any]:
    from tqdm import tqdm

    return tqdm(items, total=total, desc=desc, unit="art", file=sys.stderr, disable=None, leave=False)


@dataclass
class RunResult:
    analysis: Analysis
    contract: dict[str, Any]
    out_dir: Path | None
    analysed: int = 0
    from_cache: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def skipped(self) -> list[Problem]:
        return [p for p in self.analysis.problems if p.severity == "skipped"]


def content_key(art: Article) -> str:
    from .model import content_id

    parts = (art.content_hash, art.outlet, art.published, art.author, art.title, art.dateline, *art.names)
    return content_id("", *parts, length=40)  # furniture names too: they feed entity resolution


def analyze_articles(
    articles: Sequence[Article],
    store: Store | None = None,
    jobs: int = 1,
    progress: Progress = no_progress,
    nlp: Any = None,
) -> tuple[list[ArticleAnalysis], list[Problem], int]:
    """Analyse articles, reusing cached analyses; returns (analyses, problems, n_from_cache)."""
    version = pipeline_fingerprint()
    done: dict[str, ArticleAnalysis] = {}
    todo: list[Article] = []
    for art in articles:
        hit = store.cached(art.id, content_key(art), version) if store else None
        if hit is not None:
            done[art.id] = hit
        else:
            todo.append(art)
    problems: list[Problem] = []
    fresh: list[ArticleAnalysis] = []
    if todo:
        if jobs > 1 and len(todo) > 4 * jobs:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                results = pool.map(_analyze_safely, todo, chunksize=8)
                for art, res in zip(todo, progress(results, len(todo), "analyse"), strict=True):
                    _collect(art, res, fresh, problems)
        else:
            nlp = nlp or load_nlp()
            for art in progress(todo, len(todo), "analyse"):
                _collect(art, _analyze_one(art, nlp), fresh, problems)
    if store and fresh:
        store.put_cache(((content_key(pa.article), pa) for pa in fresh), version)
    for pa in fresh:
        done[pa.article.id] = pa
    ordered = [done[a.id] for a in articles if a.id in done]
    return ordered, problems, len(articles) - len(todo)


def _collect(art: Article, res: ArticleAnalysis | str, fresh: list[ArticleAnalysis], problems: list[Problem]) -> None:
    if isinstance(res, str):
        problems.append(Problem(art.source, res))
    else:
        fresh.append(res)


def _analyze_one(art: Article, nlp: Any) -> ArticleAnalysis | str:
    try:
        return analyze_article(art, nlp)
    except Exception as exc:  # one bad article never stops a run: record it with its reason
        return f"analysis failed: {type(exc).__name__}: {exc}"


def _analyze_safely(art: Article) -> ArticleAnalysis | str:
    return _analyze_one(art, shared_nlp())


def run(
    paths: Sequence[str],
    out_dir: str | Path | None,
    *,
    options: IngestOptions | None = None,
    jobs: int = 1,
    progress: Progress = no_progress,
    report: bool = True,
    nlp: Any = None,
    embeddings: str | None = None,
) -> RunResult:
    """Analyse the inputs and write analysis.json, sourcetrace.db and report.html into out_dir."""
    t0 = time.perf_counter()
    timings: dict[str, float] = {}
    ing = ingest(paths, options)
    timings["ingest"] = time.perf_counter() - t0
    out = Path(out_dir) if out_dir is not None else None
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    store = Store(out / "sourcetrace.db") if out is not None else None
    try:
        t = time.perf_counter()
        per_article, failed, from_cache = analyze_articles(ing.articles, store, jobs, progress, nlp)
        timings["analyze"] = time.perf_counter() - t
        t = time.perf_counter()
        analysis = link(per_article, [*ing.problems, *failed], embeddings=embeddings)
        timings["link"] = time.perf_counter() - t
        contract = analysis_to_contract(analysis)
        if store is not None and out is not None:
            t = time.perf_counter()
            store.write_contract(contract)
            tmp = out / "analysis.json.tmp"
            tmp.write_text(json.dumps(contract, ensure_ascii=False, indent=1), encoding="utf-8")
            tmp.replace(out / "analysis.json")
            timings["store"] = time.perf_counter() - t
            if report:
                from .present.report import write_report

                t = time.perf_counter()
                write_report(contract, out / "report.html")
                timings["report"] = time.perf_counter() - t
    finally:
        if store is not None:
            store.close()
    return RunResult(
        analysis=analysis,
        contract=contract,
        out_dir=out,
        analysed=len(per_article) - from_cache,
        from_cache=from_cache,
        seconds=time.perf_counter() - t0,
        timings=timings,
    )
