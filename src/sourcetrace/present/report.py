"""A self-contained HTML report (no network needed to view it)."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any


def render_report(contract: dict[str, Any]) -> str:
    arts = contract.get("articles", [])
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        "<title>sourcetrace report</title>",
        "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:auto;padding:1em}"
        "article{border-top:1px solid #ccc;margin-top:2em}pre{white-space:pre-wrap}"
        "dt{font-weight:bold}</style></head><body>",
        f"<h1>sourcetrace report</h1><p>{len(arts)} articles</p>",
    ]
    for a in arts:
        parts.append(f"<article id='art-{escape(a['id'])}'><h2>{escape(a.get('title') or a['id'])}</h2><dl>")
        for key in ("outlet", "published", "author", "dateline"):
            parts.append(f"<dt>{key}</dt><dd>{escape(str(a.get(key) or '—'))}</dd>")
        parts.append(f"</dl><pre>{escape(a.get('text') or '')}</pre></article>")
    probs = contract.get("problems", [])
    if probs:
        parts.append("<h2>Problems</h2><ul>")
        parts += [f"<li>{escape(p['source'])}: {escape(p['reason'])}</li>" for p in probs]
        parts.append("</ul>")
    parts.append("</body></html>")
    return "".join(parts)


def write_report(contract: dict[str, Any], path: str | Path) -> Path:
    p = Path(path)
    p.write_text(render_report(contract), encoding="utf-8")
    return p
