"""HTML pages: article text with trafilatura, metadata from JSON-LD, OpenGraph and meta tags."""

from __future__ import annotations

import json
import re
from html import unescape
from typing import Any

from ..errors import InputError
from .clean import Page
from .dates import iso_date
from .furniture import furniture_kind
from .metadata import parse_dateline
from .pagemeta import spelled_acronyms

_JSONLD = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.S | re.I)
_META = re.compile(r"<meta\s+[^>]*>", re.I)
_ATTR = re.compile(r'([\w:-]+)\s*=\s*("([^"]*)"|\'([^\']*)\')', re.S)
_HIDDEN = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.S | re.I)
_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|tr|td|th|h[1-6]|header|footer|nav|section|article|aside)\b[^>]*>", re.I)


def looks_like_html(text: str) -> bool:
    head = text[:4000].lower()
    return bool(re.search(r"<(!doctype html|html|body|article|p|div|head)[\s>]", head))


def extract_html(html: str, url: str | None = None) -> Page:
    """Article body and metadata from an HTML page; raises InputError when no text is found."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        raise InputError("no article text found in HTML (page may be malformed or empty)")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    # the extractor keeps a box set into the article ('Contact our reporters securely: tips@…'): page furniture
    # goes as on a text page
    text = "\n".join(p for p in (data.get("text") or "").split("\n") if not furniture_kind(p.strip())).strip()
    if not text:
        raise InputError("no article text found in HTML (page may be malformed or empty)")
    meta = page_metadata(html)
    title = meta.get("title") or data.get("title")
    author = meta.get("author") or data.get("author")
    outlet = meta.get("outlet") or data.get("sitename")
    published = iso_date(meta.get("published") or data.get("date"))
    dateline = None
    for para in [p for p in text.split("\n") if p.strip()][:2]:  # "PORT ELM – ..." opens the body, as in text pages
        if found := parse_dateline(para.strip()):
            dateline, outlet = found[0].place, outlet or found[0].agency
            break
    names = [n for n in spelled_acronyms(furniture_lines(html, text)) if n != outlet]
    return Page(
        text=text,
        outlet=outlet or None,
        published=published,
        author=author or None,
        title=title or None,
        dateline=dateline,
        names=tuple(names),
    )


def furniture_lines(html: str, body: str) -> list[str]:
    """The page's visible lines outside its body text (masthead, footer): each block element a line."""
    text = _BLOCK.sub("\n", _HIDDEN.sub(" ", html))
    paragraphs = {" ".join(p.split()) for p in body.split("\n") if p.strip()}
    out = []
    for raw in re.sub(r"<[^>]+>", " ", text).split("\n"):
        line = " ".join(unescape(raw).split())
        if line and line not in paragraphs:
            out.append(line)
    return out


def page_metadata(html: str) -> dict[str, str]:
    """Metadata declared by the page itself: JSON-LD first, then OpenGraph / meta tags."""
    out: dict[str, str] = {}
    for block in _JSONLD.findall(html):
        try:
            data = json.loads(block.strip())
        except ValueError:
            continue
        for node in _jsonld_nodes(data):
            kind = node.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and ("Article" in k or k == "Report") for k in kinds):
                continue
            _put(out, "title", node.get("headline") or node.get("name"))
            _put(out, "published", node.get("datePublished") or node.get("dateCreated"))
            _put(out, "author", _name(node.get("author")))
            _put(out, "outlet", _name(node.get("publisher")))
    for tag in _META.findall(html):
        attrs = {m.group(1).lower(): unescape(m.group(3) or m.group(4) or "") for m in _ATTR.finditer(tag)}
        key = attrs.get("property") or attrs.get("name") or ""
        val = attrs.get("content", "").strip()
        mapping = {
            "og:title": "title",
            "og:site_name": "outlet",
            "article:published_time": "published",
            "author": "author",
            "article:author": "author",
            "date": "published",
        }
        if key.lower() in mapping and val and not val.startswith("http"):
            _put(out, mapping[key.lower()], val)
    return out


def _jsonld_nodes(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [n for d in data for n in _jsonld_nodes(d)]
    if isinstance(data, dict):
        nodes = [data]
        if isinstance(data.get("@graph"), list):
            nodes += [n for n in data["@graph"] if isinstance(n, dict)]
        return nodes
    return []


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, str):
        return value.strip() or None
    return None


def _put(out: dict[str, str], key: str, value: Any) -> None:
    if key not in out and isinstance(value, str) and value.strip():
        out[key] = value.strip()
