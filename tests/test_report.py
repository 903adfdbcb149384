"""The self-contained HTML report and the provenance graph behind it (no browser needed here)."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.present.graph import provenance_graph
from sourcetrace.present.report import embed_json, render_report, write_report

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "present_contract.json"
SHARED = Path(__file__).resolve().parents[2] / "shared"

HOSTILE = (
    ' <script>alert("s")</script> <img src=x onerror=alert("i")> '
    "<a href=\"javascript:alert('j')\">click</a> </script><script>alert(1)</script>\u2028\u2029 end"
)


def small_contract() -> dict[str, Any]:
    """Three articles, quotes, claims, two clusters with contradictions, citations, framing, timeline, provenance."""
    data: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data


def hostile_contract() -> dict[str, Any]:
    """The small contract with markup and javascript: URLs in every kind of text the page shows."""
    c = copy.deepcopy(small_contract())
    a1 = c["articles"][0]
    start = len(a1["text"]) + 1
    a1["text"] += HOSTILE
    a1["title"] = '<img src=x onerror=alert("title")>'
    c["articles"][1]["outlet"] = '<b onmouseover=alert("o")>Evening Ledger</b>'
    c["entities"][0]["name"] = '"><svg onload=alert("e")>'
    hostile_span = {"article": "a1", "start": start, "end": len(a1["text"]), "text": a1["text"][start:]}
    c["quotes"].append({**hostile_span, "id": "q9", "kind": "direct", "speaker": "<i>x</i>", "cue": "said", "via": []})
    c["claims"].append({**hostile_span, "id": "c9", "origin": "javascript:alert(2)", "dates": [], "quantities": []})
    c["clusters"][0]["claims"].append("c9")
    c["clusters"][0]["contradictions"].append({"a": "c1", "b": "c9", "kind": "<u>x</u>", "detail": HOSTILE})
    c["framing"].append(
        {
            "article": "a1",
            "outlet": "Daily Courier",
            "entity": "e1",
            "term": '<img src=y onerror=alert("f")>',
            "count": 1,
            "voice": "own",
            "distinctive": True,
        }
    )
    c["timeline"].append(
        {"date": "2024-02-01", "precision": "day", "text": HOSTILE, "claims": ["c9"], "articles": ["a1"]}
    )
    c["provenance"].append(
        {"source": "javascript:alert(3)", "target": "<svg onload=alert(4)>", "kind": "said-to", "article": "a1"}
    )
    c["problems"].append({"source": "<iframe src=javascript:alert(5)>", "reason": HOSTILE, "severity": "skipped"})
    return c


def _data_block(html: str) -> Any:
    m = re.search(r'<script type="application/json" id="st-data">(.*?)</script>', html, re.S)
    assert m, "the data block is missing"
    return json.loads(m.group(1))


def test_embed_json_cannot_close_the_script_element() -> None:
    s = embed_json({"t": "</script><!-- \u2028\u2029 & >"})
    assert "<" not in s and ">" not in s and "&" not in s
    assert "\u2028" not in s and "\u2029" not in s
    assert json.loads(s) == {"t": "</script><!-- \u2028\u2029 & >"}


def test_report_is_self_contained_with_a_strict_csp() -> None:
    html = render_report(small_contract())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp
    policy = unescape(csp.group(1))
    assert "default-src 'none'" in policy and "img-src data:" in policy
    assert "unsafe-eval" not in policy and "http" not in policy
    # the inline script and style are allowed by their hashes, and nothing else is
    script = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert len(script) == 1
    digest = base64.b64encode(hashlib.sha256(script[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in policy
    # no external resources: no src/href attributes, no CSS imports or url()
    assert not re.search(r"\s(src|href)\s*=", html)
    assert "@import" not in html and "url(http" not in html


def test_report_embeds_the_data_once_and_round_trips() -> None:
    c = small_contract()
    html = render_report(c)
    data = _data_block(html)
    assert [a["text"] for a in data["articles"]] == [a["text"] for a in c["articles"]]
    assert {k["id"] for k in data["clusters"]} == {"k1", "k2"}
    assert data["entities"][0]["mention_count"] == len(c["entities"][0]["mentions"])
    assert "mentions" not in data["entities"][0]
    assert len(data["graph"]["nodes"]) >= 5 and data["graph"]["edges"]
    # article text appears once (inside the JSON), not also as static HTML
    assert html.count("critics said") == 1


def test_hostile_text_is_inert_in_the_html_source() -> None:
    html = render_report(hostile_contract())
    for raw in ("<script>alert", "<img", "<svg", "<iframe", "<a href", "<b onmouseover", "\u2028"):
        assert raw not in html
    # the only tags in the page are the report's own: no tag was built from the data
    tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", html))
    assert tags <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "header",
        "h1",
        "nav",
        "button",
        "span",
        "noscript",
        "p",
        "main",
        "section",
        "h2",
        "aside",
        "div",
        "b",
        "script",
    }
    assert html.count("<script") == 2  # the JSON block and the renderer
    assert "javascript:" not in html.split('id="st-data">')[0]
    data = _data_block(html)
    assert HOSTILE in data["articles"][0]["text"]  # the text itself survives, as data


def test_empty_contract_renders() -> None:
    html = render_report({"version": 1, "articles": []})
    assert "0 articles" in html and _data_block(html)["graph"] == {"nodes": [], "edges": []}


def test_write_report(tmp_path: Path) -> None:
    p = write_report(small_contract(), tmp_path / "r.html")
    assert p.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_graph_roles_come_from_edges_and_outlets() -> None:
    g = provenance_graph(small_contract())
    role = {n.label: n.role for n in g.nodes}
    assert role["Ana Ruiz"] == "speaker"  # source of a said-to edge
    assert role["Ministry of Transport"] == "agency"  # neither an outlet nor a speaker
    assert role["Evening Ledger"] == "republisher"  # an outlet fed by another outlet
    assert role["Metro Wire"] == "outlet"
    ids = {n.id: n.label for n in g.nodes}
    assert ("Daily Courier", "Evening Ledger") in {(ids[e.source], ids[e.target]) for e in g.edges}


def test_graph_falls_back_to_quotes_and_citations() -> None:
    c = small_contract()
    c["provenance"] = []
    g = provenance_graph(c)
    ids = {n.id: n.label for n in g.nodes}
    pairs = {(ids[e.source], ids[e.target], e.kind) for e in g.edges}
    assert ("Ana Ruiz", "Daily Courier", "said-to") in pairs  # speaker -> via
    assert ("Daily Courier", "Evening Ledger", "relayed-by") in pairs  # via -> the quoting outlet
    assert ("Daily Courier", "Evening Ledger", "cites") in pairs  # citation
    weights = {(ids[e.source], ids[e.target], e.kind): e.weight for e in g.edges}
    assert weights[("Ana Ruiz", "Daily Courier", "said-to")] == 2  # two quotes, one edge


@pytest.mark.skipif(not SHARED.exists(), reason="needs ../shared")
def test_report_over_the_dev_corpus_articles() -> None:
    corpus = SHARED / "corpora" / "soleimani-gaza"
    arts = [
        {"id": p.stem, "outlet": None, "published": None, "text": p.read_text(encoding="utf-8")}
        for p in sorted(corpus.glob("*.txt"))
    ]
    html = render_report({"version": 1, "articles": arts})
    assert [a["text"] for a in _data_block(html)["articles"]] == [a["text"] for a in arts]


def test_graph_turns_cites_records_round_and_keeps_the_words_behind_edges() -> None:
    c = small_contract()
    # the link stage writes cites as citing outlet -> cited source; information ran the other way
    c["provenance"].append({"source": "Evening Ledger", "target": "Daily Courier", "kind": "cites", "article": "a2"})
    g = provenance_graph(c)
    ids = {n.id: n.label for n in g.nodes}
    by = {(ids[e.source], ids[e.target], e.kind): e for e in g.edges}
    cites = by[("Daily Courier", "Evening Ledger", "cites")]
    assert cites.spans == {("a2", 0, 30)}  # the citation "According to the Daily Courier"
    said = by[("Ana Ruiz", "Daily Courier", "said-to")]
    assert said.spans == {("a1", 93, 127)}  # the quote Ana Ruiz gave the Daily Courier
    data = render_report(c)
    edge = next(e for e in _data_block(data)["graph"]["edges"] if e["kind"] == "cites")
    assert edge["spans"] == [["a2", 0, 30]]


def test_graph_names_articles_without_an_outlet_and_tells_speakers_from_agencies() -> None:
    c = small_contract()
    c["articles"][2]["outlet"] = None
    c["provenance"] = [
        {"source": "Tom Berg", "target": "article:a3", "kind": "said-to", "article": "a3"},
        {"source": "Ana Ruiz", "target": "Wire Service", "kind": "said-to", "article": "a2"},
        {"source": "Wire Service", "target": "Evening Ledger", "kind": "relayed-by", "article": "a2"},
        {"source": "Ana Ruiz", "target": "Wire Service", "kind": "said-to", "article": "a1"},
    ]
    c["quotes"].append({**c["quotes"][0], "id": "q8", "speaker": "Wire Service", "speaker_entity": None})
    role = {n.label: n.role for n in provenance_graph(c).nodes}
    assert role["(outlet unknown) Officials deny March opening"] == "outlet"  # not "article:a3"
    assert role["Tom Berg"] == "speaker" and role["Ana Ruiz"] == "speaker"
    assert role["Wire Service"] == "agency"  # it relays, so it is not a speaker even though it is quoted


def test_payload_leaves_out_what_the_page_can_rebuild() -> None:
    c = small_contract()
    c["timeline"].append({"date": "2024-03-03", "precision": "day", "text": c["claims"][0]["text"], "claims": ["c1"]})
    c["timeline"].append({"date": "2024-03-04", "precision": "day", "text": None, "claims": ["nope"]})
    data = _data_block(render_report(c))
    assert data["timeline"][-2] == {"date": "2024-03-03", "precision": "day", "claims": ["c1"], "same_as_claim": True}
    assert "text" not in data["timeline"][-1] and "same_as_claim" not in data["timeline"][-1]
    assert "provenance" not in data and "aliases" not in data["entities"][0]  # the graph and names suffice
