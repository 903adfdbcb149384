"""SQLite store: one table per record kind of the contract, plus the per-article cache.

One writer, in transactions. Tables hold the contract's fields as columns
(lists and objects as JSON text), so the web UI and ad-hoc SQL can query them.
The cache maps (article id, content hash, pipeline version) to the article's
analysis, so a re-run only analyses new or changed articles.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..model import ArticleAnalysis, from_dict, to_dict
from .export import RECORD_KINDS

_CACHE_DDL = """
CREATE TABLE IF NOT EXISTS analysis_cache (
    article_id TEXT NOT NULL,
    content_key TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    data TEXT NOT NULL,
    PRIMARY KEY (article_id, content_key, pipeline_version)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""

_SCALAR = (str, int, float, bool, type(None))


class Store:
    """A SQLite database at ``path`` (``":memory:"`` works too)."""

    def __init__(self, path: str | Path) -> None:
        try:
            self.db = sqlite3.connect(str(path))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from exc
        self.db.executescript(_CACHE_DDL)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- cache
    def cached(self, article_id: str, content_key: str, version: str) -> ArticleAnalysis | None:
        row = self.db.execute(
            "SELECT data FROM analysis_cache WHERE article_id=? AND content_key=? AND pipeline_version=?",
            (article_id, content_key, version),
        ).fetchone()
        if row is None:
            return None
        try:
            return from_dict(ArticleAnalysis, json.loads(row[0]))
        except (ValueError, KeyError, TypeError):
            return None  # an unreadable cache row is simply re-analysed

    def put_cache(self, items: Iterable[tuple[str, ArticleAnalysis]], version: str) -> None:
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO analysis_cache VALUES (?,?,?,?)",
                [(pa.article.id, key, version, json.dumps(to_dict(pa))) for key, pa in items],
            )

    # ---------------------------------------------------------------- records
    def write_contract(self, contract: dict[str, Any]) -> None:
        """Replace the record tables with this analysis, in one transaction."""
        try:
            with self.db:
                for kind in RECORD_KINDS:
                    rows = contract.get(kind, [])
                    self.db.execute(f'DROP TABLE IF EXISTS "{kind}"')
                    cols = _columns(rows)
                    coldefs = ", ".join(f'"{c}"' for c in ["_ord", *cols])
                    self.db.execute(f'CREATE TABLE "{kind}" ({coldefs})')
                    if rows:
                        marks = ",".join("?" * (len(cols) + 1))
                        self.db.executemany(
                            f'INSERT INTO "{kind}" VALUES ({marks})',
                            [[i, *(_cell(r.get(c)) for c in cols)] for i, r in enumerate(rows)],
                        )
                self.db.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (str(contract.get("version", 1)),))
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write the store: {exc}") from exc


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    cols: dict[str, None] = {}
    for r in rows:
        for k in r:
            cols.setdefault(k, None)
    return list(cols)


def _cell(v: Any) -> Any:
    return v if isinstance(v, _SCALAR) else "\x1ejson:" + json.dumps(v)


def _uncell(v: Any) -> Any:
    if isinstance(v, str) and v.startswith("\x1ejson:"):
        return json.loads(v[6:])
    return v


def read_contract(path: str | Path) -> dict[str, Any]:
    """Read the contract back from a store (used by the report and the web UI)."""
    if not Path(path).exists():
        raise StoreError(f"no store at {path}: run 'sourcetrace analyze' first")
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, Any] = {"version": 1}
        row = db.execute("SELECT value FROM meta WHERE key='version'").fetchone()
        if row:
            out["version"] = int(row[0])
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for kind in RECORD_KINDS:
            if kind not in tables:
                out[kind] = []
                continue
            cur = db.execute(f'SELECT * FROM "{kind}" ORDER BY _ord')
            names = [d[0] for d in cur.description][1:]
            out[kind] = [{n: _uncell(v) for n, v in zip(names, r[1:], strict=True) if v is not None or n} for r in cur]
        return out
    finally:
        db.close()
