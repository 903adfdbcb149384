"""The command line: a few lines over the library for each command."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__

EXIT_SKIPPED = 3


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sourcetrace")
def cli() -> None:
    """Trace claims, attribution chains and independent origins across news articles."""


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Output folder.")
@click.option("--jobs", "-j", default=1, show_default=True, help="Worker processes for the per-article stage.")
@click.option("--max-bytes", default=10 * 1024 * 1024, show_default=True, help="Largest input file accepted.")
@click.option("--timeout", default=20.0, show_default=True, help="Seconds allowed to fetch a URL.")
@click.option("--no-report", is_flag=True, help="Skip writing report.html.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@click.option(
    "--embeddings",
    type=click.Choice(["minilm", "static"]),
    default=None,
    help="Sentence model for claim alignment: minilm (default; int8 MiniLM, better on paraphrases) or static "
    "(wordllama, about 4x faster on very large corpora). Default: $SOURCETRACE_EMBEDDINGS, else minilm.",
)
def analyze(
    paths: tuple[str, ...],
    out_dir: str,
    jobs: int,
    max_bytes: int,
    timeout: float,
    no_report: bool,
    quiet: bool,
    embeddings: str | None,
) -> None:
    """Analyse articles (folders, text/HTML/JSONL files, http(s) URLs) into OUT.

    Writes OUT/analysis.json, OUT/sourcetrace.db and OUT/report.html. Exit
    status: 0 when every input was analysed, 3 when some were skipped (see
    'problems' in analysis.json; files that are not articles, such as a
    gold.yaml beside a corpus, are listed as ignored and do not count).
    """
    from .ingest import IngestOptions
    from .pipeline import no_progress, run, tqdm_progress

    opts = IngestOptions(max_bytes=max_bytes, timeout=timeout)
    res = run(
        list(paths),
        out_dir,
        options=opts,
        jobs=jobs,
        progress=no_progress if quiet else tqdm_progress,
        report=not no_report,
        embeddings=embeddings,
    )
    if not quiet:
        c = res.contract
        click.echo(
            f"{len(c['articles'])} articles ({res.analysed} analysed, {res.from_cache} from cache) in "
            f"{res.seconds:.1f} s: {len(c['entities'])} entities, {len(c['quotes'])} quotes, "
            f"{len(c['claims'])} claims, {len(c['clusters'])} clusters, {len(c['citations'])} citations",
            err=True,
        )
        for p in res.analysis.problems:
            click.echo(f"  {p.severity}: {p.source}: {p.reason}", err=True)
        click.echo(f"wrote {Path(out_dir) / 'analysis.json'}, sourcetrace.db, report.html", err=True)
    if res.skipped:
        sys.exit(EXIT_SKIPPED)


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("analysis", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the facets as JSON.")
@click.option("--floors", type=click.Path(exists=True, dir_okay=False), help="YAML of facet floors; exit 1 below.")
@click.option("--misses", "show_misses", is_flag=True, help="Also list, per facet, the gold items the analysis missed.")
def eval_cmd(gold: str, analysis: str, as_json: bool, floors: str | None, show_misses: bool) -> None:
    """Score ANALYSIS (analysis.json) against GOLD (gold.yaml), facet by facet."""
    from .evaluate import check_floors, load_floors, score_files

    misses: dict[str, list[str]] | None = {} if show_misses else None
    facets = score_files(gold, analysis, misses)
    total = sum(facets.values()) / len(facets) if facets else 0.0
    if as_json:
        click.echo(json.dumps({"facets": facets, "score": total, **({"misses": misses} if show_misses else {})}))
    else:
        for k, v in facets.items():
            click.echo(f"{k:15s} {v:.3f}")
            for line in (misses or {}).get(k, []):
                click.echo(f"    - {line}")
        click.echo(f"score: {total:.3f}")
    if floors:
        failed = check_floors(facets, load_floors(floors))
        for name, got, want in failed:
            click.echo(f"BELOW FLOOR {name}: {got:.3f} < {want:.3f}", err=True)
        if failed:
            sys.exit(1)


@cli.group()
def bench() -> None:
    """Benchmarks and standard tasks."""


@bench.command("coref")
@click.argument("task", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False))
def bench_coref(task: str, out_path: str) -> None:
    """Cluster the given mentions of an ECB+-style TASK with the entity resolver."""
    from .link.coref import cluster_task

    data = json.loads(Path(task).read_text(encoding="utf-8"))
    clusters = cluster_task(data)
    Path(out_path).write_text(json.dumps({"clusters": clusters}), encoding="utf-8")
    n = sum(len(c) for c in clusters)
    click.echo(f"{len(clusters)} clusters over {n} mentions -> {out_path}", err=True)


@cli.command()
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--port", default=8321, show_default=True, help="Port on 127.0.0.1 (0 = any free port).")
def serve(out_dir: str, port: int) -> None:
    """Browse and search an analysis (OUT_DIR/sourcetrace.db) in a local web app on 127.0.0.1."""
    from .present.serve import serve as serve_app

    def ready(url: str) -> None:
        click.echo(f"serving {out_dir} at {url} (Ctrl-C to stop)", err=True)

    serve_app(out_dir, port=port, ready=ready)


@cli.command("export")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--format", "fmt", required=True, type=click.Choice(["json", "csv", "parquet", "gexf", "graphml"]))
@click.option("--to", "dest", type=click.Path(file_okay=False), help="Folder to write into [OUT_DIR/export].")
def export_cmd(out_dir: str, fmt: str, dest: str | None) -> None:
    """Export an analysis: JSON, CSV or Parquet (a table per record kind), or the provenance graph (GEXF/GraphML)."""
    from .present.exports import ExportError, export, load_contract

    try:
        paths = export(load_contract(out_dir), dest or Path(out_dir) / "export", fmt)
    except ExportError as exc:
        raise click.ClickException(str(exc)) from exc
    for p in paths:
        click.echo(str(p))


def main() -> None:
    cli()
