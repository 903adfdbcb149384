"""A self-contained HTML report: one file, no network needed (or allowed) to view it.

The contract is embedded once as JSON in a ``<script type="application/json">``
tag; a small vanilla-JS renderer (``assets/report.js`` and ``assets/charts.js``,
inlined as one script) draws each section the
first time it is opened and shows article texts on demand, with the span of
every result marked. A Content-Security-Policy lets only this file's own script
and style (by hash) run and forbids every network request.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from .graph import provenance_graph

__all__ = ["embed_json", "render_report", "write_report"]

SECTIONS = (
    ("overview", "Overview"),
    ("claims", "Claims"),
    ("graph", "Provenance"),
    ("quotes", "Quotes"),
    ("framing", "Framing"),
    ("timeline", "Timeline"),
    ("articles", "Articles"),
)


def _asset(name: str) -> str:
    return resources.files("sourcetrace.present").joinpath("assets", name).read_text(encoding="utf-8")


def _script() -> str:
    """The renderer: report.js then charts.js in one function scope, started by boot()."""
    return "(function () {\n'use strict';\n" + _asset("report.js") + _asset("charts.js") + "boot();\n})();\n"


def embed_json(data: Any) -> str:
    """JSON safe to place inside a <script> element: no '<', '>', '&' or U+2028/2029 left raw."""
    s = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        s.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _compact(rec: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values (None, [], "", False): the renderer reads a missing key as empty."""
    return {k: v for k, v in rec.items() if not (v is None or v is False or v == [] or v == "")}


def _payload(contract: dict[str, Any]) -> dict[str, Any]:
    """The contract as the page needs it, small: spans that repeat the article text are sent as offsets only
    (the page slices them back out), a timeline entry's text is left out when it is its one claim's text,
    entities keep their name, type and a mention count, framing rows are summed per (referent, outlet, term,
    voice), and the provenance records are replaced by the provenance graph drawn from them."""
    skip = ("entities", "framing", "quotes", "claims", "timeline", "provenance")
    data: dict[str, Any] = {k: v for k, v in contract.items() if k not in skip}
    texts = {a.get("id"): a.get("text") or "" for a in contract.get("articles", [])}
    for kind in ("quotes", "claims"):
        rows = []
        for r in contract.get(kind, []):
            r = _compact(r)
            s, e = r.get("start"), r.get("end")
            if isinstance(s, int) and isinstance(e, int) and texts.get(r.get("article"), "")[s:e] == r.get("text"):
                del r["text"]
            rows.append(r)
        data[kind] = rows
    claim_text = {c.get("id"): c.get("text") for c in contract.get("claims", [])}
    data["timeline"] = []
    for t in contract.get("timeline", []):
        t = _compact(t)
        if t.get("text") and len(t.get("claims") or []) == 1 and t["text"] == claim_text.get(t["claims"][0]):
            t["same_as_claim"] = True  # the page takes the text from the claim
            del t["text"]
        data["timeline"].append(t)
    names = {}
    data["entities"] = []
    for e in contract.get("entities", []):
        names[e.get("id")] = e.get("name")
        data["entities"].append(
            {**_compact({k: e.get(k) for k in ("id", "name", "type")}), "mention_count": len(e.get("mentions") or [])}
        )
    framing: dict[tuple[Any, ...], list[Any]] = {}
    for f in contract.get("framing", []):
        ref = names.get(f.get("entity")) or f.get("entity") or "(unresolved)"
        key = (ref, f.get("outlet"), f.get("term"), f.get("voice"))
        row = framing.get(key)
        if row is None:  # [referent, outlet, term, voice, count, distinctive, an article]
            framing[key] = [*key, int(f.get("count") or 1), bool(f.get("distinctive")), f.get("article")]
        else:
            row[4] += int(f.get("count") or 1)
            row[5] = row[5] or bool(f.get("distinctive"))
    data["framing"] = list(framing.values())
    data["graph"] = provenance_graph(contract).to_json()
    return data


def render_report(contract: dict[str, Any]) -> str:
    """The report as one HTML string."""
    css, js = _asset("report.css"), _script()
    csp = (
        f"default-src 'none'; script-src {_csp_hash(js)}; style-src {_csp_hash(css)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    arts = contract.get("articles", [])
    outlets = {a.get("outlet") for a in arts if a.get("outlet")}
    nav = "".join(f'<button type="button" data-sec="{k}">{escape(v)}</button>' for k, v in SECTIONS)
    sections = "".join(f'<section id="sec-{k}"><h2>{escape(v)}</h2></section>' for k, v in SECTIONS)
    return "".join(
        [
            "<!doctype html>\n<html lang='en'><head><meta charset='utf-8'>",
            f'<meta http-equiv="Content-Security-Policy" content="{escape(csp)}">',
            '<meta name="referrer" content="no-referrer">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>sourcetrace report</title>",
            f"<style>{css}</style></head><body>",
            f"<header><h1>sourcetrace report</h1><nav>{nav}</nav>",
            f'<span class="mut">{len(arts)} articles · {len(outlets)} outlets</span></header>',
            "<noscript><p>This report needs JavaScript to draw its sections; the data is also in "
            "analysis.json beside it.</p></noscript>",
            f"<main>{sections}</main>",
            '<aside id="panel" aria-label="article"><div class="ph"><button type="button" class="close">close</button>'
            '<b class="ptitle"></b></div><div class="pt"></div></aside>',
            f'<script type="application/json" id="st-data">{embed_json(_payload(contract))}</script>',
            f"<script>{js}</script>",
            "</body></html>\n",
        ]
    )


def write_report(contract: dict[str, Any], path: str | Path) -> Path:
    p = Path(path)
    p.write_text(render_report(contract), encoding="utf-8")
    return p
