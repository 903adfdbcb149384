"""Inputs to articles: folders, files (text, HTML, JSON Lines) and http(s) URLs.

Every input yields either an ``Article`` or a ``Problem`` with its reason; a bad
input never stops the run and is never dropped silently.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from ..errors import FetchError, InputError, TooLarge
from ..model import Article, Problem
from .clean import Page, clean_page
from .dates import iso_date
from .decode import DEFAULT_MAX_BYTES, check_size, decode_bytes, human_size
from .furniture import is_sentence, key, words
from .html import extract_html, looks_like_html
from .metadata import defined_code, mixed_code, parse_dateline, republication_note

TEXT_EXT = {".txt", ".text", ""}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
ARTICLE_EXT = TEXT_EXT | HTML_EXT | JSONL_EXT


@dataclass
class IngestOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 20.0
    transport: httpx.BaseTransport | None = None  # swappable, so tests never touch the network
    user_agent: str = "sourcetrace/0.1 (+research tool)"


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def expand(paths: Iterable[str]) -> Iterator[str | Path]:
    """Folders become their files (sorted, hidden ones left out); URLs pass through."""
    for p in paths:
        if p.startswith(("http://", "https://")):
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(path).parts):
                    yield f
        else:
            yield path


def ingest(paths: Iterable[str], options: IngestOptions | None = None) -> IngestResult:
    """Read every input; duplicates (same cleaned text) are recorded as problems."""
    opts = options or IngestOptions()
    result = IngestResult()
    seen_text: dict[str, str] = {}
    seen_ids: set[str] = set()
    explicit = {str(Path(p)) for p in paths if not p.startswith(("http://", "https://"))}
    for item in expand(list(paths)):
        for art in _read_item(item, opts, result, explicitly_named=str(item) in explicit):
            art = _unique_id(art, seen_ids)
            prev = seen_text.get(art.content_hash)
            if prev is not None:
                result.problems.append(Problem(art.source, f"duplicate of article {prev} (same text)"))
                continue
            seen_text[art.content_hash] = art.id
            seen_ids.add(art.id)
            result.articles.append(art)
    return result


def _unique_id(art: Article, seen: set[str]) -> Article:
    if art.id not in seen:
        return art
    from dataclasses import replace

    return replace(art, id=f"{art.id}_{hashlib.sha1(art.source.encode()).hexdigest()[:8]}")


def _read_item(item: str | Path, opts: IngestOptions, result: IngestResult, explicitly_named: bool) -> list[Article]:
    source = str(item)
    try:
        if isinstance(item, str):
            return [_from_url(item, opts)]
        if not item.exists():
            raise InputError("no such file or folder")
        ext = item.suffix.lower()
        if ext in JSONL_EXT:
            return list(_from_jsonl(item, opts, result))
        if ext not in ARTICLE_EXT and not explicitly_named:
            result.problems.append(
                Problem(source, f"not an article file ({ext or 'no extension'}); ignored", "ignored")
            )
            return []
        check_size(item.stat().st_size, opts.max_bytes)
        text, enc = decode_bytes(item.read_bytes(), opts.max_bytes)
        if enc not in ("utf-8", "utf-8-sig", "ascii"):
            result.problems.append(Problem(source, f"not UTF-8; decoded as {enc}", "warning"))
        return [make_article(item.stem, source, text, html=ext in HTML_EXT or looks_like_html(text))]
    except InputError as exc:
        result.problems.append(Problem(source, str(exc)))
    except OSError as exc:
        result.problems.append(Problem(source, f"cannot read file: {exc.strerror or exc}"))
    return []


def make_article(
    article_id: str,
    source: str,
    text: str,
    html: bool = False,
    url: str | None = None,
    fields: dict[str, Any] | None = None,
) -> Article:
    """Clean text or HTML into an Article; fields given by the input win over what is read from the text."""
    page: Page = extract_html(text, url) if html else clean_page(text)
    if not page.text.strip():
        raise InputError("no article text left after cleaning")
    f = fields or {}

    def pick(key: str, found: str | None) -> str | None:
        given = f.get(key)
        return str(given).strip() if given not in (None, "") else found

    published = pick("published", page.published)
    return Article(
        id=article_id,
        text=page.text,
        source=source,
        outlet=pick("outlet", _full_outlet(page.outlet, text, html)),
        published=iso_date(published) if published else None,
        author=pick("author", page.author),
        title=pick("title", page.title),
        dateline=pick("dateline", page.dateline or (_html_dateline(page) if html else None)),
        url=url,
        content_hash=hashlib.sha1(page.text.encode("utf-8")).hexdigest(),
        names=page.names,
    )


def _full_outlet(outlet: str | None, raw: str, html: bool) -> str | None:
    """An outlet read as a mixed-case code ('TvNA') is the full name the page defines for it on one line
    ('TvNA | Tveria News Agency'), as an all-caps code is (``clean``); otherwise the outlet as read."""
    if not outlet or not mixed_code(outlet):
        return outlet
    text = re.sub(r"<[^>]+>", "\n", raw) if html else raw
    return defined_code(outlet, [ln.strip() for ln in text.splitlines() if ln.strip()]) or outlet


def _html_dateline(page: Page) -> str | None:
    """The dateline of an HTML page's first paragraph ('PORT ELM – …'), past the lines above the body that the
    extractor keeps: the headline, a kicker of a few words that is no sentence ('FREE JANE') and a standfirst written
    as a headline, with no closing stop ('Council defends new levy as traders warn of closures')."""
    title = key(page.title) if page.title else None
    for para in [p.strip() for p in page.text.split("\n") if p.strip()][:4]:
        found = parse_dateline(para)
        if found:
            return found[0].place
        if republication_note(para):
            continue  # "Originally published by Fjord Post. Republished by …" over the body
        if key(para) != title and (is_sentence(para) or len(words(para)) > 30):
            return None  # the first paragraph, without a dateline
    return None


def _from_jsonl(path: Path, opts: IngestOptions, result: IngestResult) -> Iterator[Article]:
    check_size(path.stat().st_size, opts.max_bytes * 20)
    raw, _ = decode_bytes(path.read_bytes(), opts.max_bytes * 20)
    for lineno, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        source = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise InputError("record is not a JSON object")
            body, is_html = rec.get("text"), False
            if not body and rec.get("html"):
                body, is_html = rec["html"], True
            if not isinstance(body, str) or not body.strip():
                raise InputError("record has no 'text' or 'html'")
            url = rec.get("url") if isinstance(rec.get("url"), str) else None
            rid = str(rec.get("id") or "") or f"{path.stem}_{lineno:05d}"
            yield make_article(rid, source, body, html=is_html, url=url, fields=rec)
        except ValueError as exc:
            result.problems.append(Problem(source, f"invalid JSON on line {lineno}: {exc}"))
        except InputError as exc:
            result.problems.append(Problem(source, str(exc)))


def _from_url(url: str, opts: IngestOptions) -> Article:
    try:
        with (
            httpx.Client(
                timeout=opts.timeout,
                follow_redirects=True,
                transport=opts.transport,
                headers={"User-Agent": opts.user_agent},
            ) as client,
            client.stream("GET", url) as resp,
        ):
            if resp.status_code >= 400:
                raise FetchError(f"HTTP {resp.status_code} from {url}")
            chunks: list[bytes] = []
            size = 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > opts.max_bytes:
                    raise TooLarge(f"response too large (over {human_size(opts.max_bytes)} limit)")
                chunks.append(chunk)
            data = b"".join(chunks)
            ctype = resp.headers.get("content-type", "")
    except httpx.TimeoutException as exc:
        raise FetchError(f"timed out fetching {url} ({opts.timeout:.0f} s)") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"unreachable URL {url}: {exc}") from exc
    text, _ = decode_bytes(data, opts.max_bytes)
    aid = "url_" + hashlib.sha1(url.encode()).hexdigest()[:16]
    return make_article(aid, url, text, html="html" in ctype or looks_like_html(text), url=url)
