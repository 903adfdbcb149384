"""The provenance graph as nodes and weighted edges, read from the contract only.

Edges point the way information travelled: speaker -> agency -> outlet ->
republisher. The contract's ``provenance`` records are used when present
(their ``cites`` records run from the citing outlet to the source it relies on,
so they are turned round here); otherwise the graph is derived from the quotes'
``via`` chains and the citations, so the report still shows something while the
link stage is thin. Each edge keeps the spans behind it (the quotes and
citations of its articles that name its ends), so the report can show the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape as xml_escape
from xml.sax.saxutils import quoteattr

__all__ = ["Graph", "GraphEdge", "GraphNode", "provenance_graph", "to_gexf", "to_graphml"]

ROLES = ("speaker", "agency", "outlet", "republisher")
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xa(s: str) -> str:
    """An XML attribute value, quoted, without characters XML 1.0 forbids."""
    return quoteattr(_XML_BAD.sub("", s))


def _xt(s: str) -> str:
    """XML element text, escaped, without characters XML 1.0 forbids."""
    return xml_escape(_XML_BAD.sub("", s))


@dataclass
class GraphNode:
    id: str
    label: str
    role: str  # speaker | agency | outlet | republisher
    articles: set[str] = field(default_factory=set)


@dataclass
class GraphEdge:
    source: str  # node id
    target: str
    kind: str
    weight: int = 0
    articles: set[str] = field(default_factory=set)
    spans: set[tuple[str, int, int]] = field(default_factory=set)  # (article, start, end)


MAX_SPANS = 40  # spans kept per edge for the report


@dataclass
class Graph:
    nodes: list[GraphNode]
    edges: list[GraphEdge]

    def to_json(self) -> dict[str, Any]:
        """Compact JSON for the report: node/edge articles as sorted lists."""
        return {
            "nodes": [
                {"id": n.id, "label": n.label, "role": n.role, "articles": sorted(n.articles)} for n in self.nodes
            ],
            "edges": [
                {
                    "source": e.source,
                    "target": e.target,
                    "kind": e.kind,
                    "weight": e.weight,
                    "articles": sorted(e.articles),
                    **({"spans": [list(x) for x in sorted(e.spans)[:MAX_SPANS]]} if e.spans else {}),
                }
                for e in self.edges
            ],
        }


def _raw_edges(contract: dict[str, Any]) -> list[tuple[str, str, str, str | None]]:
    """(source label, target label, kind, article id) from provenance, else from quotes and citations."""
    prov = contract.get("provenance") or []
    out: list[tuple[str, str, str, str | None]] = []
    for p in prov:
        s, t = p.get("source"), p.get("target")
        if s and t and s != t:
            kind = str(p.get("kind") or "relayed-by")
            if kind == "cites":  # outlet -> the source it cites; information ran the other way
                s, t = t, s
            out.append((str(s), str(t), kind, p.get("article")))
    if out:
        return out
    outlet_of = {a.get("id"): a.get("outlet") for a in contract.get("articles", [])}
    for q in contract.get("quotes", []):
        art = q.get("article")
        chain = [q.get("speaker"), *(q.get("via") or []), outlet_of.get(art)]
        names = [str(c) for c in chain if c]
        for i, (s, t) in enumerate(zip(names, names[1:], strict=False)):
            if s != t:
                out.append((s, t, "said-to" if i == 0 and q.get("speaker") else "relayed-by", art))
    for c in contract.get("citations", []):
        art = c.get("article")
        target = outlet_of.get(art)
        if c.get("cites") and target and c["cites"] != target:
            out.append((str(c["cites"]), str(target), "cites", art))
    return out


def _key(label: str) -> str:
    return re.sub(r"^the\s+", "", re.sub(r"\s+", " ", label.strip().lower()))


def _canonical(contract: dict[str, Any]) -> dict[str, str]:
    """Surface form -> one label per referent: an article's outlet name, else the resolved entity's name."""
    canon: dict[str, str] = {}
    outlets = {_key(str(a["outlet"])): str(a["outlet"]) for a in contract.get("articles", []) if a.get("outlet")}
    for e in contract.get("entities", []):
        forms = [e.get("name"), *(e.get("aliases") or [])]
        keys = [_key(str(f)) for f in forms if f]
        label = next((outlets[k] for k in keys if k in outlets), str(e.get("name") or ""))
        for k in keys:
            canon.setdefault(k, label)
    for k, label in outlets.items():
        canon[k] = label
    for a in contract.get("articles", []):
        if not a.get("outlet") and a.get("id"):
            canon[_key(f"article:{a['id']}")] = _no_outlet_label(a)
    return canon


def _no_outlet_label(article: dict[str, Any]) -> str:
    """The node label of an article whose outlet is unknown (the link stage names it ``article:ID``)."""
    return f"(outlet unknown) {article.get('title') or article.get('id')}"


def _span_index(
    contract: dict[str, Any], canon: dict[str, str]
) -> dict[tuple[str, str, str], set[tuple[str, int, int]]]:
    """(article, "speaker" | "via" | "cites", canonical name) -> spans of the quotes / citations naming it."""
    idx: dict[tuple[str, str, str], set[tuple[str, int, int]]] = {}

    def add(art: Any, role: str, name: Any, rec: dict[str, Any]) -> None:
        s, e = rec.get("start"), rec.get("end")
        if isinstance(art, str) and name and isinstance(s, int) and isinstance(e, int) and e > s:
            label = canon.get(_key(str(name)), str(name))
            idx.setdefault((art, role, label), set()).add((art, s, e))

    for q in contract.get("quotes", []):
        add(q.get("article"), "speaker", q.get("speaker"), q)
        for v in q.get("via") or []:
            add(q.get("article"), "via", v, q)
    for c in contract.get("citations", []):
        add(c.get("article"), "cites", c.get("cites"), c)
    return idx


def _edge_spans(
    idx: dict[tuple[str, str, str], set[tuple[str, int, int]]], s: str, t: str, kind: str, art: str
) -> set[tuple[str, int, int]]:
    """The words behind one edge in one article: the speaker's quotes, the relay's quotes, the citation."""
    if kind == "said-to":
        found = idx.get((art, "speaker", s), set())
        via = idx.get((art, "via", t), set())
        return (found & via) or found
    if kind == "cites":
        return idx.get((art, "cites", s)) or idx.get((art, "via", s), set())
    if kind == "relayed-by":
        return idx.get((art, "via", s)) or idx.get((art, "cites", s), set())
    return set()


def provenance_graph(contract: dict[str, Any]) -> Graph:
    """Build the graph; node roles come from the edges and the articles' outlets (never from names).

    Spellings of one referent (resolved by the entity stage: "Varnel", "the Varnel
    News Agency", a typo) become one node, labelled by the outlet or entity name.
    """
    canon = _canonical(contract)
    raw = [
        (canon.get(_key(s), s), canon.get(_key(t), t), k, a)
        for s, t, k, a in _raw_edges(contract)
        if canon.get(_key(s), s) != canon.get(_key(t), t)
    ]
    outlets = {str(a["outlet"]) for a in contract.get("articles", []) if a.get("outlet")}
    outlets |= {_no_outlet_label(a) for a in contract.get("articles", []) if not a.get("outlet") and a.get("id")}
    # a speaker only ever speaks; a name that relays, is cited or is spoken to is an agency
    speakers = {canon.get(_key(str(q["speaker"])), str(q["speaker"])) for q in contract.get("quotes", [])
                if q.get("speaker")}  # fmt: skip
    speakers |= {s for s, _t, k, _a in raw if k == "said-to"}
    relays = {s for s, _t, k, _a in raw if k != "said-to"} | {t for _s, t, _k, _a in raw}
    speakers -= relays
    copied_into = {t for s, t, k, _a in raw if k == "copies" or (s in outlets and t in outlets)}
    idx = _span_index(contract, canon)
    nodes: dict[str, GraphNode] = {}
    edges: dict[tuple[str, str, str], GraphEdge] = {}

    def node(label: str) -> GraphNode:
        n = nodes.get(label)
        if n is None:
            if label in outlets:
                role = "republisher" if label in copied_into else "outlet"
            elif label in speakers:
                role = "speaker"
            else:
                role = "agency"
            n = nodes[label] = GraphNode(id=f"n{len(nodes)}", label=label, role=role)
        return n

    for s, t, kind, art in raw:
        ns, nt = node(s), node(t)
        e = edges.get((ns.id, nt.id, kind))
        if e is None:
            e = edges[(ns.id, nt.id, kind)] = GraphEdge(ns.id, nt.id, kind)
        e.weight += 1
        if art:
            e.articles.add(art)
            e.spans |= _edge_spans(idx, s, t, kind, art)
            ns.articles.add(art)
            nt.articles.add(art)
    for a in contract.get("articles", []):  # outlets with no edges still appear
        if a.get("outlet"):
            node(str(a["outlet"])).articles.add(a["id"])
    return Graph(list(nodes.values()), list(edges.values()))


def to_gexf(graph: Graph) -> str:
    """GEXF 1.3 (Gephi) with node role and edge kind as attributes."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
        "<meta><creator>sourcetrace</creator><description>provenance graph</description></meta>",
        '<graph mode="static" defaultedgetype="directed">',
        '<attributes class="node"><attribute id="role" title="role" type="string"/>'
        '<attribute id="articles" title="articles" type="integer"/></attributes>',
        '<attributes class="edge"><attribute id="kind" title="kind" type="string"/>'
        '<attribute id="articles" title="articles" type="string"/></attributes>',
        "<nodes>",
    ]
    for n in graph.nodes:
        lines.append(
            f"<node id={_xa(n.id)} label={_xa(n.label)}><attvalues>"
            f'<attvalue for="role" value={_xa(n.role)}/>'
            f'<attvalue for="articles" value="{len(n.articles)}"/></attvalues></node>'
        )
    lines.append("</nodes><edges>")
    for i, e in enumerate(graph.edges):
        lines.append(
            f'<edge id="e{i}" source={_xa(e.source)} target={_xa(e.target)} weight="{e.weight}">'
            f'<attvalues><attvalue for="kind" value={_xa(e.kind)}/>'
            f'<attvalue for="articles" value={_xa(" ".join(sorted(e.articles)))}/></attvalues></edge>'
        )
    lines += ["</edges>", "</graph>", "</gexf>", ""]
    return "\n".join(lines)


def to_graphml(graph: Graph) -> str:
    """GraphML with label/role on nodes and kind/weight/articles on edges."""
    keys = [
        ("label", "node", "string"),
        ("role", "node", "string"),
        ("kind", "edge", "string"),
        ("weight", "edge", "int"),
        ("articles", "edge", "string"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        *(f'<key id="{k}" for="{f}" attr.name="{k}" attr.type="{t}"/>' for k, f, t in keys),
        '<graph id="provenance" edgedefault="directed">',
    ]
    for n in graph.nodes:
        lines.append(
            f'<node id={_xa(n.id)}><data key="label">{_xt(n.label)}</data><data key="role">{_xt(n.role)}</data></node>'
        )
    for i, e in enumerate(graph.edges):
        lines.append(
            f'<edge id="e{i}" source={_xa(e.source)} target={_xa(e.target)}>'
            f'<data key="kind">{_xt(e.kind)}</data><data key="weight">{e.weight}</data>'
            f'<data key="articles">{_xt(" ".join(sorted(e.articles)))}</data></edge>'
        )
    lines += ["</graph>", "</graphml>", ""]
    return "\n".join(lines)
