"""A small local web app over the SQLite store: search, filter, and view spans.

    sourcetrace serve OUT_DIR --port 8321

Stdlib only (``http.server``), bound to 127.0.0.1, over a read-only SQLite
connection. Routes (every list takes ``q`` = words searched with SQL LIKE,
``limit``/``offset``, and ``COLUMN=value`` filters on the table's columns):

=============================  =====================================================
``/``                          counts and a search form (HTML)
``/search?q=``                 matches in every record kind (HTML)
``/KIND``                      one record kind as a table (HTML); KIND is articles,
                               entities, quotes, claims, clusters, citations, framing,
                               timeline, provenance or problems
``/articles/ID``               one article's text and metadata (HTML)
``/clusters/ID``               one claim as told across articles: versions side by side,
                               contradictions, origins (HTML)
``/span/ID?start=&end=``       the article with [start, end) marked (HTML; links add
                               ``#hl`` so the browser scrolls to the mark)
``/report.html``               the static report beside the store, if any
``/api``                       counts per kind (JSON)
``/api/KIND``                  ``{"kind", "total", "rows"}`` (JSON)
``/api/span/ID?start=&end=``   ``{"article", "start", "end", "text", "before", "after"}``
=============================  =====================================================

List pages have a filter form (a select per facet column, e.g. a quote's
speaker or outlet) and every facet value in a table links to the list filtered
by it. ``outlet`` filters every kind with an ``article`` column, through the
article's outlet. Pages carry no script at all and a strict
Content-Security-Policy; every value from the store is HTML-escaped.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Callable
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode, urlsplit

from ..store.export import RECORD_KINDS

__all__ = ["KINDS", "StoreReader", "make_server", "serve", "serve_in_thread"]

KINDS = RECORD_KINDS
SEARCH_COLS = ("text", "name", "aliases", "speaker", "cites", "term", "title", "outlet", "source", "target", "reason")
LIST_COLS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "outlet", "published", "author", "title", "dateline"),
    "entities": ("id", "name", "type", "aliases"),
    "quotes": ("id", "article", "kind", "speaker", "cue", "via", "text"),
    "claims": ("id", "article", "origin", "speaker", "text"),
    "clusters": ("id", "claims", "origins", "independent_origins", "contradictions"),
    "citations": ("article", "cites", "cue"),
    "framing": ("article", "outlet", "entity", "term", "count", "voice", "distinctive"),
    "timeline": ("date", "precision", "text", "articles"),
    "provenance": ("source", "target", "kind", "article"),
    "problems": ("source", "reason", "severity"),
}
# columns offered as filter selects (and linked in tables); "outlet" is virtual where a kind has only "article"
FACETS: dict[str, tuple[str, ...]] = {
    "articles": ("outlet", "published"),
    "entities": ("type",),
    "quotes": ("outlet", "speaker", "kind", "cue"),
    "claims": ("outlet", "origin", "speaker"),
    "clusters": ("independent_origins",),
    "citations": ("outlet", "cites", "cue"),
    "framing": ("outlet", "voice", "distinctive"),
    "timeline": ("precision",),
    "provenance": ("kind", "source", "target"),
    "problems": ("severity",),
}
MAX_FACET_VALUES = 300
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'"
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_JSON_PREFIX = "\x1ejson:"
STYLE = (
    "body{font:14px/1.5 system-ui,sans-serif;margin:1em 2em;color:#1d2330}table{border-collapse:collapse}"
    "td,th{border-bottom:1px solid #d9dee7;padding:.2em .5em;text-align:left;vertical-align:top}"
    "th{background:#f4f6fa}mark{background:#ffe58a;outline:2px solid #e0b400}#hl{scroll-margin-top:30vh}"
    ".text{white-space:pre-wrap;font:15px/1.6 Georgia,serif;max-width:50em}.mut{color:#5b6577}"
    "nav a{margin-right:1em}input,select,button{font:inherit;padding:.2em .4em}form{margin:.5em 0}"
    "form label{margin-right:.8em;white-space:nowrap}a.f{color:inherit;text-decoration:underline dotted}"
    ".versions{display:grid;grid-template-columns:repeat(auto-fill,minmax(18em,1fr));gap:.6em}"
    ".version{border:1px solid #d9dee7;border-radius:5px;padding:.4em .6em}.clash{color:#b3261e}"
)


def _uncell(v: Any) -> Any:
    if isinstance(v, str) and v.startswith(_JSON_PREFIX):
        return json.loads(v[len(_JSON_PREFIX) :])
    return v


class StoreReader:
    """Read-only queries over OUT/sourcetrace.db (one connection per call, so threads never share one)."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(db_path)
        if not self.path.exists():
            from ..errors import StoreError

            raise StoreError(f"no store at {self.path}: run 'sourcetrace analyze' first")
        self._columns: dict[str, list[str]] = {}

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(f"file:{quote(str(self.path.resolve()))}?mode=ro", uri=True)
        db.execute("PRAGMA query_only=1")
        return db

    def columns(self, kind: str) -> list[str]:
        if kind not in self._columns:
            with self._connect() as db:
                cols = [r[1] for r in db.execute(f'PRAGMA table_info("{kind}")')]
            self._columns[kind] = [c for c in cols if c != "_ord" and _IDENT.match(c)]
        return self._columns[kind]

    def count(self, kind: str) -> int:
        if not self.columns(kind):
            return 0
        with self._connect() as db:
            return int(db.execute(f'SELECT count(*) FROM "{kind}"').fetchone()[0])

    def query(
        self, kind: str, q: str = "", filters: dict[str, str] | None = None, limit: int = 50, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        """(total matches, rows) for ``kind``; ``q`` words must all occur in some text column."""
        cols = self.columns(kind)
        if not cols:
            return 0, []
        where: list[str] = []
        args: list[Any] = []
        searchable = [c for c in SEARCH_COLS if c in cols] or cols
        for word in q.split():
            like = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(" + " OR ".join(f"\"{c}\" LIKE ? ESCAPE '\\'" for c in searchable) + ")")
            args += [like] * len(searchable)
        for col, val in (filters or {}).items():
            if col == "outlet" and col not in cols and "article" in cols:  # through the article's outlet
                where.append('"article" IN (SELECT "id" FROM "articles" WHERE "outlet" = ?)')
                args.append(val)
            elif col in cols:
                # a scalar equal to the value, or a JSON list/object cell holding it as a string
                where.append(f'(CAST("{col}" AS TEXT) = ? OR (substr("{col}", 1, 6) = ? AND instr("{col}", ?) > 0))')
                args += [val, _JSON_PREFIX, json.dumps(val)]
        sql_where = (" WHERE " + " AND ".join(where)) if where else ""
        with self._connect() as db:
            total = int(db.execute(f'SELECT count(*) FROM "{kind}"{sql_where}', args).fetchone()[0])
            cur = db.execute(
                f'SELECT {", ".join(f"{chr(34)}{c}{chr(34)}" for c in cols)} FROM "{kind}"{sql_where} '
                "ORDER BY _ord LIMIT ? OFFSET ?",
                [*args, max(0, min(limit, 1000)), max(0, offset)],
            )
            rows = [{c: _uncell(v) for c, v in zip(cols, r, strict=True)} for r in cur]
        return total, rows

    def facet_values(self, kind: str, col: str) -> list[tuple[Any, int]]:
        """(value, rows) of one column, most frequent first; ``outlet`` goes through the article's outlet."""
        cols = self.columns(kind)
        if col == "outlet" and col not in cols and "article" in cols and self.columns("articles"):
            sql = (
                f'SELECT a."outlet", count(*) AS n FROM "{kind}" k JOIN "articles" a ON a."id" = k."article" '
                'WHERE a."outlet" IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?'
            )
        elif col in cols:
            sql = (
                f'SELECT "{col}", count(*) AS n FROM "{kind}" WHERE "{col}" IS NOT NULL '
                f'AND substr(CAST("{col}" AS TEXT), 1, 6) != ? GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?'
            )
        else:
            return []
        args: list[Any] = [MAX_FACET_VALUES] if "JOIN" in sql else [_JSON_PREFIX, MAX_FACET_VALUES]
        with self._connect() as db:
            return [(v, int(n)) for v, n in db.execute(sql, args)]

    def outlets(self, article_ids: set[str]) -> dict[str, str | None]:
        """Article id -> outlet, for the articles named."""
        if not article_ids or not self.columns("articles"):
            return {}
        ids = sorted(article_ids)[:1000]
        with self._connect() as db:
            cur = db.execute(f'SELECT "id", "outlet" FROM "articles" WHERE "id" IN ({",".join("?" * len(ids))})', ids)
            return {str(i): o for i, o in cur}

    def article(self, article_id: str) -> dict[str, Any] | None:
        _, rows = self.query("articles", filters={"id": article_id}, limit=1)
        return rows[0] if rows else None


def _int(v: str | None, default: int) -> int:
    try:
        return int(v) if v is not None else default
    except ValueError:
        return default


def _page(title: str, body: str) -> str:
    nav = '<a href="/">home</a>' + "".join(f'<a href="/{k}">{k}</a>' for k in KINDS)
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(title)} · sourcetrace</title>"
        f"<style>{STYLE}</style></head><body><nav>{nav}</nav><h1>{escape(title)}</h1>{body}</body></html>"
    )


def _cell_html(v: Any) -> str:
    if v is None:
        return '<span class="mut">—</span>'
    if isinstance(v, list | dict):
        v = json.dumps(v, ensure_ascii=False)
    s = str(v)
    return escape(s if len(s) <= 400 else s[:400] + "…")


def _span_href(row: dict[str, Any]) -> str | None:
    if isinstance(row.get("article"), str) and isinstance(row.get("start"), int) and isinstance(row.get("end"), int):
        return f"/span/{quote(row['article'], safe='')}?start={row['start']}&end={row['end']}#hl"
    return None


def _search_form(q: str, action: str = "/search") -> str:
    return (
        f'<form method="get" action="{escape(action)}"><input type="search" name="q" value="{escape(q)}" '
        'placeholder="search…" size="40"> <button>search</button></form>'
    )


class _Handler(BaseHTTPRequestHandler):
    reader: StoreReader
    report_path: Path | None
    server_version = "sourcetrace"

    def log_message(self, format: str, *args: Any) -> None:  # quiet by default
        pass

    # ------------------------------------------------------------ plumbing
    def _send(self, status: int, body: str, ctype: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{ctype}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(data)

    def _json(self, obj: Any, status: int = 200) -> None:
        self._send(status, json.dumps(obj, ensure_ascii=False), "application/json")

    def _html(self, title: str, body: str, status: int = 200) -> None:
        self._send(status, _page(title, body), "text/html")

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
        if host not in ("127.0.0.1", "localhost", "[::1]"):
            self._send(403, "forbidden host", "text/plain")  # no DNS-rebinding access
            return
        url = urlsplit(self.path)
        params = {k: v[-1] for k, v in parse_qs(url.query).items()}
        parts = [p for p in url.path.split("/") if p]
        try:
            self._route(parts, params)
        except sqlite3.Error as exc:
            self._json({"error": f"store error: {exc}"}, 500)

    def _route(self, parts: list[str], params: dict[str, str]) -> None:
        routes: dict[str, Callable[[list[str], dict[str, str]], None]] = {
            "api": self._api,
            "span": self._span_page,
            "search": self._search_page,
        }
        if not parts:
            self._index()
        elif parts[0] in routes:
            routes[parts[0]](parts[1:], params)
        elif parts == ["report.html"] and self.report_path and self.report_path.exists():
            body = self.report_path.read_text(encoding="utf-8")
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("X-Content-Type-Options", "nosniff")
            self.end_headers()
            self.wfile.write(data)
        elif parts[0] == "articles" and len(parts) == 2:
            self._span_page(parts[1:], {})
        elif parts[0] == "clusters" and len(parts) == 2:
            self._cluster_page(parts[1:], params)
        elif parts[0] in KINDS and len(parts) == 1:
            self._list_page(parts[0], params)
        else:
            self._html("not found", "<p>No such page.</p>", 404)

    # ------------------------------------------------------------ JSON API
    def _api(self, rest: list[str], params: dict[str, str]) -> None:
        if not rest:
            self._json({k: self.reader.count(k) for k in KINDS})
        elif rest[0] == "span" and len(rest) == 2:
            span = self._span(rest[1], params)
            if span is None:
                self._json({"error": "no such article"}, 404)
            else:
                self._json(span)
        elif rest[0] in KINDS and len(rest) == 1:
            q, limit, offset, filters = _list_args(params)
            total, rows = self.reader.query(rest[0], q, filters, limit, offset)
            if rest[0] == "articles" and params.get("full") != "1":
                for r in rows:
                    r.pop("text", None)
            self._json({"kind": rest[0], "total": total, "offset": offset, "rows": rows})
        else:
            self._json({"error": "not found"}, 404)

    def _span(self, article_id: str, params: dict[str, str]) -> dict[str, Any] | None:
        art = self.reader.article(article_id)
        if art is None:
            return None
        text = str(art.get("text") or "")
        start = max(0, min(len(text), _int(params.get("start"), 0)))
        end = max(start, min(len(text), _int(params.get("end"), start)))
        return {
            "article": article_id,
            "outlet": art.get("outlet"),
            "title": art.get("title"),
            "start": start,
            "end": end,
            "text": text[start:end],
            "before": text[:start],
            "after": text[end:],
        }

    # ------------------------------------------------------------ HTML pages
    def _index(self) -> None:
        rows = "".join(f'<tr><td><a href="/{k}">{k}</a></td><td>{self.reader.count(k)}</td></tr>' for k in KINDS)
        extra = '<p><a href="/report.html">the static report</a></p>' if self.report_path else ""
        self._html(
            "sourcetrace", _search_form("") + f"<table><tr><th>records</th><th>count</th></tr>{rows}</table>{extra}"
        )

    def _search_page(self, rest: list[str], params: dict[str, str]) -> None:
        q = params.get("q", "").strip()
        out = [_search_form(q)]
        if q:
            for kind in KINDS:
                total, rows = self.reader.query(kind, q, limit=10)
                if total:
                    more = f'<a href="/{kind}?{escape(urlencode({"q": q}))}">all {total} {kind}</a>'
                    out.append(f"<h2>{kind} ({total})</h2>{_table(kind, rows, self._outlets(rows))}<p>{more}</p>")
            if len(out) == 1:
                out.append("<p>No matches.</p>")
        self._html(f"search: {q}" if q else "search", "".join(out))

    def _outlets(self, rows: list[dict[str, Any]]) -> dict[str, str | None] | None:
        ids = {r["article"] for r in rows if isinstance(r.get("article"), str)}
        return self.reader.outlets(ids) if ids else None

    def _list_page(self, kind: str, params: dict[str, str]) -> None:
        q, limit, offset, filters = _list_args(params)
        total, rows = self.reader.query(kind, q, filters, limit, offset)
        nxt = ""
        if offset + limit < total:
            nxt = f'<p><a href="/{kind}?{escape(urlencode({**params, "offset": offset + limit}))}">next {limit}</a></p>'
        shown = f"{offset + 1}–{offset + len(rows)}" if rows else "0"
        values = {c: self.reader.facet_values(kind, c) for c in FACETS.get(kind, ())}
        active = " · ".join(f"{escape(k)} = {escape(v)}" for k, v in filters.items())
        body = (
            f"{_filter_form(kind, q, filters, values)}<p class='mut'>{shown} of {total}"
            f"{' (' + active + ')' if active else ''}</p>{_table(kind, rows, self._outlets(rows))}{nxt}"
        )
        self._html(kind, body)

    def _cluster_page(self, rest: list[str], params: dict[str, str]) -> None:
        _, found = self.reader.query("clusters", filters={"id": rest[0]}, limit=1) if len(rest) == 1 else (0, [])
        if not found:
            self._html("not found", "<p>No such cluster.</p>", 404)
            return
        k = found[0]
        ids = [str(c) for c in k.get("claims") or []]
        claims = {}
        for cid in ids[:200]:
            _, rows = self.reader.query("claims", filters={"id": cid}, limit=1)
            if rows:
                claims[cid] = rows[0]
        outlets = self._outlets(list(claims.values())) or {}
        origins = "; ".join(escape(str(o)) for o in k.get("origins") or [])
        out = [
            f"<p>{len(ids)} versions · independent origins: <b>{escape(str(k.get('independent_origins')))}</b>"
            f" · origins: {origins or '—'}</p>"
        ]
        contras = [x for x in k.get("contradictions") or [] if isinstance(x, dict)]
        if contras:
            items = []
            for x in contras:
                ends = " vs ".join(
                    escape(str(outlets.get(claims[c]["article"]) or claims[c]["article"]))
                    if c in claims
                    else escape(str(c))
                    for c in (x.get("a"), x.get("b"))
                )
                items.append(
                    f"<li><b>{escape(str(x.get('kind')))}</b>: {escape(str(x.get('detail') or ''))} ({ends})</li>"
                )
            out.append(f"<h2>contradictions</h2><ul class='clash'>{''.join(items)}</ul>")
        cards = []
        for cid in ids:
            c = claims.get(cid)
            if c is None:
                continue
            href = _span_href(c)
            text = escape(str(c.get("text") or ""))
            meta = " · ".join(
                escape(str(v))
                for v in (outlets.get(str(c.get("article"))), c.get("origin") and f"origin: {c['origin']}")
                if v
            )
            link = f'<a href="{escape(href)}">{text}</a>' if href else text
            cards.append(f"<div class='version'><div class='mut'>{meta}</div>{link}</div>")
        out.append(f"<h2>versions</h2><div class='versions'>{''.join(cards)}</div>")
        self._html(f"cluster {k.get('id')}", "".join(out))

    def _span_page(self, rest: list[str], params: dict[str, str]) -> None:
        span = self._span(rest[0], params) if rest else None
        if span is None:
            self._html("not found", "<p>No such article.</p>", 404)
            return
        meta = " · ".join(escape(str(span[k])) for k in ("outlet", "title") if span.get(k))
        marked = (
            f'{escape(span["before"])}<mark id="hl">{escape(span["text"])}</mark>{escape(span["after"])}'
            if span["end"] > span["start"]
            else escape(span["before"] + span["after"])
        )
        self._html(span["article"], f"<p class='mut'>{meta}</p><div class='text'>{marked}</div>")


def _list_args(params: dict[str, str]) -> tuple[str, int, int, dict[str, str]]:
    reserved = {"q", "limit", "offset", "full"}
    filters = {k: v for k, v in params.items() if k not in reserved}
    return params.get("q", ""), _int(params.get("limit"), 50), _int(params.get("offset"), 0), filters


def _filter_link(kind: str, col: str, v: Any) -> str:
    text = _cell_html(v)
    if v is None or isinstance(v, list | dict):
        return text
    return f'<a class="f" href="/{kind}?{escape(urlencode({col: v}))}" title="only these">{text}</a>'


def _table(kind: str, rows: list[dict[str, Any]], outlets: dict[str, str | None] | None = None) -> str:
    """Rows as an HTML table: facet values link to the filtered list, spans and articles to their views."""
    if not rows:
        return "<p class='mut'>none</p>"
    cols = [c for c in LIST_COLS.get(kind, ()) if any(c in r for r in rows)] or list(rows[0])
    if outlets is not None and "article" in cols and "outlet" not in cols:
        cols.insert(cols.index("article"), "outlet")
    facets = FACETS.get(kind, ())
    head = "".join(f"<th>{escape(c)}</th>" for c in cols) + "<th></th>"
    body = []
    for r in rows:
        cells = []
        for c in cols:
            v = (outlets or {}).get(str(r.get("article"))) if c == "outlet" and "outlet" not in r else r.get(c)
            if c in facets:
                cells.append(f"<td>{_filter_link(kind, c, v)}</td>")
            elif (c == "article" or (c == "id" and kind == "articles")) and isinstance(v, str):
                cells.append(f'<td><a href="/articles/{escape(quote(v, safe=""))}">{_cell_html(v)}</a></td>')
            elif c == "id" and kind == "clusters" and isinstance(v, str):
                cells.append(f'<td><a href="/clusters/{escape(quote(v, safe=""))}">{_cell_html(v)}</a></td>')
            else:
                cells.append(f"<td>{_cell_html(v)}</td>")
        link = ""
        if (href := _span_href(r)) is not None:
            link = f'<a class="view" href="{escape(href)}">view span</a>'
        elif kind == "articles" and isinstance(r.get("id"), str):
            link = f'<a class="view" href="/articles/{escape(quote(r["id"], safe=""))}">read</a>'
        elif kind == "clusters" and isinstance(r.get("id"), str):
            link = f'<a class="view" href="/clusters/{escape(quote(r["id"], safe=""))}">versions</a>'
        elif kind == "entities" and isinstance(r.get("id"), str):
            by, of = escape(urlencode({"speaker_entity": r["id"]})), escape(urlencode({"entity": r["id"]}))
            link = f'<a href="/quotes?{by}">quotes</a> <a href="/framing?{of}">framing</a>'
        body.append(f"<tr>{''.join(cells)}<td>{link}</td></tr>")
    return f"<table><tr>{head}</tr>{''.join(body)}</table>"


def _filter_form(kind: str, q: str, filters: dict[str, str], values: dict[str, list[tuple[Any, int]]]) -> str:
    """Search box, one select per facet (values with their counts); other active filters kept as hidden fields."""
    parts = [
        f'<form method="get" action="/{escape(kind)}"><input type="search" name="q" value="{escape(q)}" '
        'placeholder="words…" size="30"> '
    ]
    for col, vals in values.items():
        if not vals:
            continue
        opts = ['<option value="">(any)</option>']
        for v, n in vals:
            sel = " selected" if filters.get(col) == str(v) else ""
            opts.append(f'<option value="{escape(str(v))}"{sel}>{escape(str(v)[:80])} ({n})</option>')
        parts.append(f'<label>{escape(col)} <select name="{escape(col)}">{"".join(opts)}</select></label>')
    for col, v in filters.items():
        if col not in values:
            parts.append(f'<input type="hidden" name="{escape(col)}" value="{escape(v)}">')
    parts.append(f'<button>filter</button> <a href="/{escape(kind)}">clear</a></form>')
    return "".join(parts)


def make_server(out_dir: str | Path, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """A server over OUT_DIR/sourcetrace.db (port 0 = a free port; see ``server.server_address``)."""
    out = Path(out_dir)
    reader = StoreReader(out / "sourcetrace.db")
    report = out / "report.html"
    handler = type("Handler", (_Handler,), {"reader": reader, "report_path": report if report.exists() else None})
    return ThreadingHTTPServer((host, port), handler)


def serve(
    out_dir: str | Path, port: int = 8321, host: str = "127.0.0.1", ready: Callable[[str], None] | None = None
) -> None:
    """Serve until interrupted (Ctrl-C)."""
    server = make_server(out_dir, host, port)
    url = f"http://{host}:{server.server_address[1]}/"
    if ready:
        ready(url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def serve_in_thread(out_dir: str | Path) -> tuple[ThreadingHTTPServer, str]:
    """Start a server on a free port in a daemon thread (for tests and notebooks); stop with ``.shutdown()``."""
    server = make_server(out_dir)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"
