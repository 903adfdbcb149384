"""Exports of the contract: JSON, CSV per record kind, Parquet (optional), GEXF and GraphML.

    >>> from sourcetrace.present.exports import export, load_contract
    >>> export(load_contract("out"), "out/export", "csv")   # doctest: +SKIP

Every format reads the contract dict only. CSV cells that hold lists or
objects are JSON strings, so nothing is lost and a spreadsheet still opens it.
Parquet needs the optional extra ``sourcetrace[parquet]`` (pyarrow).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from ..errors import SourcetraceError
from ..store.export import RECORD_KINDS
from .graph import provenance_graph, to_gexf, to_graphml

__all__ = ["FORMATS", "ExportError", "export", "load_contract", "records_table"]

FORMATS = ("json", "csv", "parquet", "gexf", "graphml")
KINDS = RECORD_KINDS


class ExportError(SourcetraceError):
    """An export could not be written (unknown format, missing optional dependency)."""

    code = "ST500"


def load_contract(out_dir: str | Path) -> dict[str, Any]:
    """The contract of an analysis folder: the SQLite store, else analysis.json."""
    out = Path(out_dir)
    db = out / "sourcetrace.db"
    if db.exists():
        from ..store import read_contract

        return read_contract(db)
    js = out / "analysis.json"
    if js.exists():
        data: dict[str, Any] = json.loads(js.read_text(encoding="utf-8"))
        return data
    raise ExportError(f"no sourcetrace.db or analysis.json in {out}: run 'sourcetrace analyze' first")


def records_table(rows: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Columns (union over rows, first-seen order) and rows with lists/dicts as JSON strings."""
    cols: dict[str, None] = {}
    for r in rows:
        for k in r:
            cols.setdefault(k, None)
    names = list(cols)

    def cell(v: Any) -> Any:
        if isinstance(v, list | dict | tuple):
            return json.dumps(v, ensure_ascii=False)
        return v

    return names, [[cell(r.get(c)) for c in names] for r in rows]


def _write_csv(contract: dict[str, Any], dest: Path) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    paths = []
    for kind in KINDS:
        rows = contract.get(kind) or []
        names, table = records_table(rows)
        p = dest / f"{kind}.csv"
        with p.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(names)
            w.writerows(table)
        paths.append(p)
    return paths


def _write_parquet(contract: dict[str, Any], dest: Path) -> list[Path]:
    try:
        import pyarrow as pa  # type: ignore[import-not-found]
        import pyarrow.parquet as pq  # type: ignore[import-not-found]
    except ImportError as exc:
        raise ExportError(
            "Parquet export needs pyarrow: pip install 'sourcetrace[parquet]' (or use --format csv)"
        ) from exc
    dest.mkdir(parents=True, exist_ok=True)
    paths = []
    for kind in KINDS:
        names, table = records_table(contract.get(kind) or [])
        cols = {}
        for i, n in enumerate(names):
            values = [row[i] for row in table]
            try:
                cols[n] = pa.array(values)
            except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed types: keep them as text
                cols[n] = pa.array([None if v is None else str(v) for v in values])
        p = dest / f"{kind}.parquet"
        pq.write_table(pa.table(cols), p)
        paths.append(p)
    return paths


def export(contract: dict[str, Any], dest: str | Path, fmt: str) -> list[Path]:
    """Write ``contract`` as ``fmt`` under ``dest`` (a folder); returns the files written."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    d = Path(dest)
    if fmt == "csv":
        return _write_csv(contract, d)
    if fmt == "parquet":
        return _write_parquet(contract, d)
    d.mkdir(parents=True, exist_ok=True)
    if fmt == "json":
        p = d / "analysis.json"
        p.write_text(json.dumps(contract, ensure_ascii=False, indent=1), encoding="utf-8")
        return [p]
    graph = provenance_graph(contract)
    p = d / f"provenance.{fmt}"
    p.write_text(to_gexf(graph) if fmt == "gexf" else to_graphml(graph), encoding="utf-8")
    return [p]
