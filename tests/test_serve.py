"""The local web app: JSON API, HTML pages, span view, read-only store, escaping."""

from __future__ import annotations

import http.client
import json
import sqlite3
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sourcetrace.cli import cli
from sourcetrace.present.report import write_report
from sourcetrace.present.serve import StoreReader, serve_in_thread
from sourcetrace.store import Store
from tests.test_report import HOSTILE, hostile_contract


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("serve")
    c = hostile_contract()
    with Store(out / "sourcetrace.db") as s:
        s.write_contract(c)
    write_report(c, out / "report.html")
    server, url = serve_in_thread(out)
    yield url
    server.shutdown()
    server.server_close()


def get(url: str) -> tuple[int, str, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode("utf-8"), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8"), dict(e.headers)


def api(url: str) -> Any:
    status, body, headers = get(url)
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    return json.loads(body)


def test_counts(app: str) -> None:
    counts = api(app + "api")
    assert counts["articles"] == 3 and counts["claims"] == 7 and counts["clusters"] == 2


def test_search_and_filters(app: str) -> None:
    assert api(app + "api/claims?q=rail+open")["total"] == 3  # every word must match
    assert api(app + "api/claims?q=RAIL")["total"] == 3  # case-insensitive
    assert api(app + "api/claims?q=50%25")["total"] == 0  # LIKE wildcards are literal
    quotes = api(app + "api/quotes?speaker=Ana+Ruiz")
    assert quotes["total"] == 2 and {q["speaker"] for q in quotes["rows"]} == {"Ana Ruiz"}
    assert api(app + "api/clusters?claims=c4")["rows"][0]["id"] == "k2"  # value inside a JSON list
    assert api(app + "api/claims?start=47")["total"] == 1  # integer column
    assert api(app + "api/entities?type=PERSON")["total"] == 2
    assert api(app + "api/claims?nosuchcolumn=1")["total"] == 7  # unknown filters are ignored
    page = api(app + "api/claims?limit=2&offset=2")
    assert page["total"] == 7 and len(page["rows"]) == 2 and page["rows"][0]["id"] == "c3"
    arts = api(app + "api/articles")["rows"]
    assert "text" not in arts[0] and "text" in api(app + "api/articles?full=1")["rows"][0]


def test_span_api_and_page(app: str) -> None:
    s = api(app + "api/span/a1?start=47&end=90")
    assert s["text"] == "the new rail line will open on 3 March 2024"
    assert s["before"] + s["text"] + s["after"] == hostile_contract()["articles"][0]["text"]
    status, html, headers = get(app + "span/a1?start=47&end=90")
    assert status == 200 and '<mark id="hl">the new rail line will open on 3 March 2024</mark>' in html
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert get(app + "span/nope?start=1&end=2")[0] == 404


def test_hostile_text_is_escaped(app: str) -> None:
    for path in (
        "search?q=alert",
        "claims",
        "quotes",
        "problems",
        "provenance",
        "span/a1?start=0&end=10",
        "articles/a1",
        "articles",
    ):
        status, html, _ = get(app + path)
        assert status == 200, path
        assert "<script" not in html and "<img" not in html and "<svg" not in html and "<iframe" not in html, path
        assert 'href="javascript' not in html, path
    _, html, _ = get(app + "span/a1?start=0&end=10")
    assert "&lt;script&gt;alert(&quot;s&quot;)&lt;/script&gt;" in html
    assert api(app + "api/span/a1")["after"].endswith(HOSTILE)


def test_html_pages_link_to_spans(app: str) -> None:
    status, html, _ = get(app + "search?q=passengers")
    assert status == 200 and 'href="/span/a1?start=' in html and "quotes (2)" in html
    status, html, _ = get(app + "claims?q=April")
    assert status == 200 and "1–1 of 1" in html
    assert get(app + "report.html")[0] == 200
    assert get(app + "nope")[0] == 404


def test_filters_by_outlet_and_facet_links(app: str) -> None:
    quotes = api(app + "api/quotes?outlet=Daily+Courier")  # through the article's outlet
    assert quotes["total"] == 2 and {q["article"] for q in quotes["rows"]} == {"a1"}
    assert api(app + "api/claims?outlet=Metro+Wire")["total"] == 1
    status, html, _ = get(app + "quotes?outlet=Daily+Courier")
    assert status == 200 and "1–2 of 2 (outlet = Daily Courier)" in html
    assert '<option value="Daily Courier" selected>' in html  # the filter form shows what is picked
    assert 'href="/quotes?speaker=Ana+Ruiz"' in html  # a speaker links to their quotes
    assert 'href="/span/a1?start=93&amp;end=127#hl"' in html  # span links scroll to the mark
    # the hostile outlet name is escaped inside the option values and labels
    _, html, _ = get(app + "articles")
    assert "<b onmouseover" not in html and "&lt;b onmouseover=alert(&quot;o&quot;)&gt;" in html


def test_cluster_page_shows_versions_and_contradictions(app: str) -> None:
    status, html, _ = get(app + "clusters/k1")
    assert status == 200 and "independent origins: <b>2</b>" in html
    assert "2024-03-03 vs 2024-04-10" in html and html.count("class='version'") == 4
    assert 'href="/span/a2?start=55&amp;end=95#hl"' in html
    assert "<u>" not in html and "<script" not in html
    assert get(app + "clusters/nope")[0] == 404
    _, html, _ = get(app + "clusters")
    assert 'href="/clusters/k1"' in html


def test_foreign_host_header_is_refused(app: str) -> None:
    host, port = app.split("//")[1].rstrip("/").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=10)
    conn.request("GET", "/api", headers={"Host": "evil.example:80"})
    assert conn.getresponse().status == 403
    conn.close()


def test_reader_is_read_only(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        s.write_contract(hostile_contract())
    reader = StoreReader(tmp_path / "s.db")
    with pytest.raises(sqlite3.OperationalError):
        reader._connect().execute("DELETE FROM claims")


def test_cli_serve_is_documented() -> None:
    res = CliRunner().invoke(cli, ["serve", "--help"])
    assert res.exit_code == 0 and "--port" in res.output and "127.0.0.1" in res.output
