"""Bad inputs: each ends in problems with a clear reason, and the run goes on."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sourcetrace.errors import BinaryInput, EmptyInput, TooLarge
from sourcetrace.ingest import IngestOptions, ingest
from sourcetrace.ingest.decode import decode_bytes

GOOD = (
    "The city council of Port Elm approved the new harbour budget on Tuesday.\n\n"
    "Mayor Ana Ruiz said the vote was a turning point for the district.\n"
)


def _reasons(res) -> dict[str, str]:
    return {Path(p.source).name: p.reason for p in res.problems}


def test_empty_binary_large_files_are_recorded(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"   \n\n  ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.truncate(50 * 1024 * 1024)  # a sparse 50 MB file
    res = ingest([str(tmp_path)], IngestOptions())
    reasons = _reasons(res)
    assert [a.id for a in res.articles] == ["good"]
    assert reasons["empty.txt"] == "empty file"
    assert "whitespace" in reasons["blank.txt"]
    assert reasons["image.txt"] == "binary file (not text or HTML)"
    assert reasons["huge.txt"].startswith("file too large (50.0 MB")


def test_other_encodings_are_decoded(tmp_path: Path) -> None:
    text = "Café owner José Núñez said “prices will rise” in São Paulo.\n"
    (tmp_path / "latin.txt").write_bytes(text.replace("“", '"').replace("”", '"').encode("cp1252"))
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16"))
    res = ingest([str(tmp_path)])
    texts = {a.id: a.text for a in res.articles}
    assert "José Núñez" in texts["latin"]
    assert "“prices will rise”" in texts["utf16"]
    warn = [p for p in res.problems if p.severity == "warning"]
    assert any("not UTF-8" in p.reason for p in warn)


def test_invalid_utf8_bytes_do_not_stop_the_run(tmp_path: Path) -> None:
    (tmp_path / "broken.txt").write_bytes(GOOD.encode() + b"\xff\xfe\xfa broken tail")
    res = ingest([str(tmp_path / "broken.txt")])
    assert len(res.articles) == 1
    assert "harbour budget" in res.articles[0].text


def test_duplicate_article_is_recorded(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    res = ingest([str(tmp_path)])
    assert [a.id for a in res.articles] == ["a"]
    assert _reasons(res)["b.txt"] == "duplicate of article a (same text)"


def test_malformed_html(tmp_path: Path) -> None:
    (tmp_path / "broken.html").write_text(
        "<html><body><div><p>Fishermen in Port Elm protested the new quota rules <b>on Friday <i>", encoding="utf-8"
    )
    (tmp_path / "menu.html").write_text("<html><body><nav></nav><script>var a=1;</script></body></html>", "utf-8")
    (tmp_path / "ok.html").write_text(
        "<html><head><title>x</title><meta property='og:site_name' content='Harbour Gazette'>"
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": "Budget passes",'
        ' "datePublished": "2023-03-07T10:00:00Z", "author": {"name": "Mira Okafor"}}</script>'
        "</head><body><nav>Home | World</nav><article><h1>Budget passes</h1>"
        + "".join(f"<p>{GOOD} Paragraph {i} adds detail on the harbour plan.</p>" for i in range(4))
        + "</article><footer>Subscribe now</footer></body></html>",
        encoding="utf-8",
    )
    res = ingest([str(tmp_path)])
    assert "no article text found in HTML" in _reasons(res)["menu.html"]
    broken, art = res.articles
    assert "protested the new quota rules on Friday" in broken.text
    assert (art.outlet, art.published, art.author, art.title) == (
        "Harbour Gazette",
        "2023-03-07",
        "Mira Okafor",
        "Budget passes",
    )
    assert "Subscribe now" not in art.text and "harbour budget" in art.text


def test_jsonl_records_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": GOOD, "outlet": "Harbour Gazette", "published": "7 March 2023", "url": "https://x.test/a"}),
        "{not json",
        json.dumps({"title": "no body"}),
        json.dumps(["a list"]),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    res = ingest([str(tmp_path / "feed.jsonl")])
    (art,) = res.articles
    assert art.outlet == "Harbour Gazette" and art.published == "2023-03-07" and art.url == "https://x.test/a"
    reasons = {p.source.rsplit(":", 1)[1]: p.reason for p in res.problems}
    assert reasons["2"].startswith("invalid JSON on line 2")
    assert reasons["3"] == "record has no 'text' or 'html'"
    assert reasons["4"] == "record is not a JSON object"


def test_urls_with_a_mock_transport() -> None:
    page = "<html><body><article>" + "".join(f"<p>{GOOD} Part {i}.</p>" for i in range(4)) + "</article></body></html>"

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "down.test":
            raise httpx.ConnectError("connection refused", request=request)
        if request.url.path == "/missing":
            return httpx.Response(404)
        if request.url.path == "/big":
            return httpx.Response(200, content=b"x" * 5000, headers={"content-type": "text/plain"})
        return httpx.Response(200, text=page, headers={"content-type": "text/html; charset=utf-8"})

    opts = IngestOptions(transport=httpx.MockTransport(handler), max_bytes=4096)
    res = ingest(
        ["https://news.test/story", "https://down.test/x", "https://news.test/missing", "https://news.test/big"], opts
    )
    assert len(res.articles) == 1 and res.articles[0].url == "https://news.test/story"
    reasons = {p.source: p.reason for p in res.problems}
    assert reasons["https://down.test/x"].startswith("unreachable URL https://down.test/x")
    assert reasons["https://news.test/missing"] == "HTTP 404 from https://news.test/missing"
    assert reasons["https://news.test/big"].startswith("response too large")


def test_missing_path_and_non_article_files(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text("a: 1", encoding="utf-8")
    (tmp_path / "story.txt").write_text(GOOD, encoding="utf-8")
    res = ingest([str(tmp_path), str(tmp_path / "nope.txt")])
    sev = {Path(p.source).name: (p.severity, p.reason) for p in res.problems}
    assert sev["notes.yaml"] == ("ignored", "not an article file (.yaml); ignored")
    assert sev["nope.txt"] == ("skipped", "no such file or folder")


@pytest.mark.parametrize(
    ("data", "exc"),
    [(b"", EmptyInput), (b"\x00\x01\x02binary", BinaryInput), (b"a" * 101, TooLarge)],
)
def test_decode_errors(data: bytes, exc: type) -> None:
    with pytest.raises(exc):
        decode_bytes(data, max_bytes=100)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_decode_never_crashes_unexpectedly(data: bytes) -> None:
    try:
        text, enc = decode_bytes(data)
    except (EmptyInput, BinaryInput):
        return
    assert text.strip() and enc
