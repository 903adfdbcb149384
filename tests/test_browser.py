"""The report and the web UI in headless Chromium (Selenium over /usr/bin/chromedriver; nothing downloaded).

Run ``bash scripts/install-browser.sh`` first (``scripts/test.sh`` does); skipped when Chromium or Selenium is
missing. ``SOURCETRACE_CHROMIUM`` / ``SOURCETRACE_CHROMEDRIVER`` point at another browser and driver.
Every request the page makes is read back from Chromium's network log (CDP) and must stay on this machine.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sourcetrace.present.report import write_report
from sourcetrace.present.serve import serve_in_thread
from sourcetrace.store import Store
from tests.test_report import hostile_contract, small_contract

CHROMIUM = Path(os.environ.get("SOURCETRACE_CHROMIUM", "/usr/bin/chromium"))
DRIVER = Path(os.environ.get("SOURCETRACE_CHROMEDRIVER", "/usr/bin/chromedriver"))

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and DRIVER.exists()),
        reason=f"needs {CHROMIUM} and {DRIVER} (run: bash scripts/install-browser.sh)",
    ),
]
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[dev]')")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

HOOK = (
    "window.__dialogs = [];"
    "['alert','confirm','prompt','print','open'].forEach(function (n) {"
    "  window[n] = function (m) { window.__dialogs.push(n + ':' + m); }; });"
)


@pytest.fixture(scope="module")
def driver() -> Iterator[Any]:
    os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must not fetch anything
    profile = tempfile.mkdtemp(prefix="st-chromium-")
    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1400,900",
    ):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    d = webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=opts)
    d.execute_cdp_cmd("Network.enable", {})
    d.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": HOOK})
    yield d
    d.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def report_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_report(small_contract(), tmp_path_factory.mktemp("rep") / "report.html")


@pytest.fixture(scope="module")
def hostile_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile")
    c = hostile_contract()
    with Store(out / "sourcetrace.db") as s:
        s.write_contract(c)
    write_report(c, out / "report.html")
    return out


def requested_urls(d: Any) -> list[str]:
    """Every URL the page asked for since the last call (CDP network log)."""
    urls = []
    for entry in d.get_log("performance"):
        msg = json.loads(entry["message"])["message"]
        if msg.get("method") == "Network.requestWillBeSent":
            urls.append(msg["params"]["request"]["url"])
    return urls


def load(d: Any, url: str) -> None:
    d.get(url)
    if url.startswith("file:"):
        assert d.execute_script("return document.body.dataset.ready") == "1", "the report did not render"


def open_section(d: Any, name: str) -> None:
    d.find_element(By.CSS_SELECTOR, f"nav button[data-sec={name}]").click()


def local_only(urls: list[str], base: str) -> list[str]:
    """The URLs that are not this page's own (the file itself, or the local server)."""
    return [u for u in urls if not u.startswith((base, "data:", "about:", "chrome-error:"))]


def mark_in_view(d: Any) -> dict[str, Any]:
    """The highlighted span: its text and whether it is scrolled into the visible part of the article panel."""
    info: dict[str, Any] = d.execute_script(
        "var m = document.querySelector('#panel mark'), p = document.querySelector('#panel .pt');"
        "if (!m) return null; var r = m.getBoundingClientRect(), q = p.getBoundingClientRect();"
        "return {text: m.textContent, visible: r.bottom > q.top && r.top < q.bottom && r.height > 0,"
        " bg: getComputedStyle(m).backgroundColor};"
    )
    assert info is not None, "no highlighted span"
    return info


def assert_inert(d: Any) -> None:
    assert d.execute_script("return window.__dialogs") == []
    with pytest.raises(NoAlertPresentException):
        d.switch_to.alert.text  # noqa: B018
    counts = d.execute_script(
        "var all = Array.prototype.slice.call(document.querySelectorAll('*'));"
        "return {img: document.querySelectorAll('img,iframe,object,embed,foreignObject').length,"
        " scripts: document.scripts.length,"
        ' js: document.querySelectorAll(\'[href^="javascript" i],[src^="javascript" i]\').length,'
        " handlers: all.filter(function (e) { return Array.prototype.some.call(e.attributes,"
        "   function (a) { return /^on/i.test(a.name); }); }).length,"
        " markup: document.querySelectorAll('i,u,iframe,svg svg').length,"
        " links: Array.prototype.filter.call(document.querySelectorAll('a[href]'),"
        "   function (a) { return a.protocol !== location.protocol || a.host !== location.host; }).length}"
    )
    assert counts["img"] == 0 and counts["js"] == 0 and counts["handlers"] == 0, counts
    assert counts["markup"] == 0 and counts["links"] == 0, counts  # no element or link built from the text
    assert counts["scripts"] <= 2, counts


def test_click_a_claim_cluster_marks_its_span(driver: Any, report_file: Path) -> None:
    load(driver, report_file.as_uri())
    open_section(driver, "claims")
    cards = driver.find_elements(By.CSS_SELECTOR, ".cluster")
    assert len(cards) == 2
    assert driver.find_elements(By.CSS_SELECTOR, ".cluster .badge.clash")  # contradiction badges shown
    tops = {v.location["y"] for v in driver.find_elements(By.CSS_SELECTOR, ".cluster[data-cluster=k1] .version")}
    assert len(tops) == 1  # the three versions in one row: side by side
    version = driver.find_element(By.CSS_SELECTOR, ".cluster[data-cluster=k1] .version[data-claim=c2] button.span")
    version.click()
    mark = driver.find_element(By.CSS_SELECTOR, "#panel mark")
    assert mark.is_displayed()
    assert mark.text == "the rail line will open on 10 April 2024"
    seen = mark_in_view(driver)
    assert seen["visible"] and seen["bg"] not in ("rgba(0, 0, 0, 0)", "transparent"), seen
    assert "Evening Ledger" in driver.find_element(By.CSS_SELECTOR, "#panel .ptitle").text
    # versions side by side, the independent-origin count and the contradiction's details
    k1 = driver.find_element(By.CSS_SELECTOR, ".cluster[data-cluster=k1]")
    assert len(k1.find_elements(By.CSS_SELECTOR, ".versions > .version")) == 3
    assert "2 independent origins" in k1.find_element(By.CSS_SELECTOR, ".badge.origins").text
    assert "2024-03-03 vs 2024-04-10" in k1.find_element(By.CSS_SELECTOR, ".contras").text
    # a contradiction's outlets open their own versions
    k1.find_elements(By.CSS_SELECTOR, ".contras li")[1].find_elements(By.CSS_SELECTOR, "button.span")[1].click()
    assert mark_in_view(driver)["text"] == "the rail line will open in March"
    assert "Metro Wire" in driver.find_element(By.CSS_SELECTOR, "#panel .ptitle").text


def test_provenance_graph_is_interactive(driver: Any, report_file: Path) -> None:
    load(driver, report_file.as_uri())
    open_section(driver, "graph")
    nodes = driver.find_elements(By.CSS_SELECTOR, "#graph-svg g.gnode")
    assert len(nodes) == 6 and len(driver.find_elements(By.CSS_SELECTOR, "#graph-svg path.gedge")) == 4
    target = next(n for n in nodes if n.text == "Daily Courier")
    target.click()
    assert len(driver.find_elements(By.CSS_SELECTOR, "#graph-svg path.gedge.hl")) == 3
    assert driver.find_elements(By.CSS_SELECTOR, "#graph-svg g.gnode.dim")  # Metro Wire is not a neighbour
    info = driver.find_element(By.CSS_SELECTOR, ".graph-info")
    assert "Daily Courier" in info.text and "Ana Ruiz → Daily Courier" in info.text
    # the words behind an edge: the quote that Ana Ruiz gave the Daily Courier, highlighted in its article
    item = next(li for li in info.find_elements(By.TAG_NAME, "li") if "Ana Ruiz → Daily Courier" in li.text)
    item.find_element(By.CSS_SELECTOR, "button.span[data-start]").click()
    assert mark_in_view(driver)["text"] in (
        "We expect 40,000 passengers a day,",
        "that 35,000 passengers a day were expected",
    )
    # an edge can be picked on its own, and a click on the background clears the selection
    edge = next(
        p
        for p in driver.find_elements(By.CSS_SELECTOR, "#graph-svg path.gedge")
        if "Tom Berg" in p.get_attribute("textContent")
    )
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", edge)
    assert len(driver.find_elements(By.CSS_SELECTOR, "#graph-svg path.gedge.hl")) == 1
    assert "Tom Berg → Metro Wire" in driver.find_element(By.CSS_SELECTOR, ".graph-info").text
    driver.execute_script(
        "document.getElementById('graph-svg').dispatchEvent(new MouseEvent('click', {bubbles: true}))"
    )
    assert not driver.find_elements(By.CSS_SELECTOR, "#graph-svg .dim")
    # columns by role: speakers left of agencies left of outlets left of republishers
    xs = driver.execute_script(
        "var o = {}; document.querySelectorAll('#graph-svg g.gnode').forEach(function (g) {"
        " o[g.querySelector('text').textContent] = g.getBoundingClientRect().left; }); return o;"
    )
    assert xs["Ana Ruiz"] < xs["Ministry of Transport"] < xs["Daily Courier"] < xs["Evening Ledger"]


def test_every_section_renders_and_nothing_leaves_the_machine(driver: Any, report_file: Path) -> None:
    requested_urls(driver)  # drop earlier entries
    driver.get_log("browser")
    load(driver, report_file.as_uri())
    for name in ("overview", "claims", "graph", "quotes", "framing", "timeline", "articles"):
        open_section(driver, name)
        assert driver.find_element(By.ID, f"sec-{name}").is_displayed()
    term = driver.find_element(By.XPATH, "//section[@id='sec-framing']//button[contains(., 'flagship')]")
    open_section(driver, "framing")
    term.click()
    assert driver.find_element(By.CSS_SELECTOR, "#panel mark").text == "flagship"
    open_section(driver, "timeline")
    assert len(driver.find_elements(By.CSS_SELECTOR, "#timeline-svg circle.tl-dot")) == 3
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
    urls = requested_urls(driver)
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
    )
    assert urls and local_only(urls + resources, report_file.as_uri()) == [], urls + resources


def test_the_network_check_sees_a_request_that_leaves(driver: Any, tmp_path: Path) -> None:
    """The control for the check above: a page that does ask a remote host is caught (the address is TEST-NET-1,
    blocked here as well, so nothing is sent)."""
    page = tmp_path / "leaky.html"
    page.write_text('<!doctype html><title>x</title><img src="http://192.0.2.1/pixel.png">', encoding="utf-8")
    driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": ["*192.0.2.1*"]})
    try:
        requested_urls(driver)
        driver.get(page.as_uri())
        WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
        assert local_only(requested_urls(driver), page.as_uri()) == ["http://192.0.2.1/pixel.png"]
    finally:
        driver.execute_cdp_cmd("Network.setBlockedURLs", {"urls": []})


def test_quotes_framing_and_timeline_sections(driver: Any, tmp_path: Path) -> None:
    c = small_contract()
    c["timeline"] += [
        {"date": "2024-03-03", "precision": "day", "text": f"event {i}", "claims": ["c1"], "articles": ["a1"]}
        for i in range(30)
    ]
    load(driver, write_report(c, tmp_path / "r.html").as_uri())
    open_section(driver, "quotes")  # grouped by speaker; reported speech carries no quotation marks
    group = next(g for g in driver.find_elements(By.CSS_SELECTOR, ".card.speaker") if g.text.startswith("Ana Ruiz"))
    assert "2 quotes in 2 outlets" in group.text
    reported = group.find_element(By.CSS_SELECTOR, ".quote.indirect button.span")
    assert reported.text == "that 35,000 passengers a day were expected"
    assert group.find_element(By.CSS_SELECTOR, ".quote.direct button.span").text.startswith("“")
    open_section(driver, "framing")  # referents as rows, outlets as columns
    heads = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "table.framing tr:first-child th")]
    assert heads[0] == "referent" and {"Daily Courier", "Metro Wire"} <= set(heads)
    open_section(driver, "timeline")  # a crowded date ends in a hollow dot that lists the rest
    more = driver.find_element(By.CSS_SELECTOR, "#timeline-svg circle.tl-more-dot")
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", more)
    assert len(driver.find_elements(By.CSS_SELECTOR, ".tl-detail li.tl-entry")) == 31
    driver.find_element(By.CSS_SELECTOR, ".tl-detail li.tl-entry button.span").click()
    assert mark_in_view(driver)["text"] == "the new rail line will open on 3 March 2024"


def test_hostile_corpus_renders_inert(driver: Any, hostile_out: Path) -> None:
    load(driver, (hostile_out / "report.html").as_uri())
    for name in ("overview", "claims", "graph", "quotes", "framing", "timeline", "articles"):
        open_section(driver, name)
    open_section(driver, "claims")
    driver.find_element(By.CSS_SELECTOR, ".version[data-claim=c9] button.span").click()
    mark = driver.find_element(By.CSS_SELECTOR, "#panel mark")
    assert '<script>alert("s")</script>' in mark.text  # shown as text
    open_section(driver, "timeline")
    for dot in driver.find_elements(By.CSS_SELECTOR, "#timeline-svg circle.tl-dot"):
        dot.click()
    open_section(driver, "framing")
    driver.find_element(By.XPATH, "//section[@id='sec-framing']//button[contains(., 'onerror')]").click()
    open_section(driver, "graph")
    for node in driver.find_elements(By.CSS_SELECTOR, "#graph-svg g.gnode"):
        node.click()
    assert "<svg onload" in driver.find_element(By.ID, "sec-graph").text
    open_section(driver, "quotes")
    assert "<i>x</i>" in driver.find_element(By.ID, "sec-quotes").text  # a speaker name, as text
    open_section(driver, "overview")
    assert '<b onmouseover=alert("o")>Evening Ledger</b>' in driver.find_element(By.ID, "sec-overview").text
    assert '<img src=x onerror=alert("title")>' in driver.find_element(By.ID, "sec-overview").text
    assert_inert(driver)


def test_web_ui_search_and_span_view(driver: Any, hostile_out: Path) -> None:
    server, url = serve_in_thread(hostile_out)
    try:
        requested_urls(driver)
        load(driver, url)
        box = driver.find_element(By.CSS_SELECTOR, "input[name=q]")
        box.send_keys("April")
        box.submit()
        WebDriverWait(driver, 10).until(lambda d: "/search" in d.current_url and d.find_elements(By.TAG_NAME, "h2"))
        assert "claims (1)" in driver.page_source
        claims = "//h2[starts-with(., 'claims')]/following-sibling::table[1]//a[@class='view']"
        driver.find_element(By.XPATH, claims).click()
        WebDriverWait(driver, 10).until(lambda d: "/span/" in d.current_url and d.find_elements(By.ID, "hl"))
        mark = driver.find_element(By.ID, "hl")
        assert mark.is_displayed() and mark.text == "the rail line will open on 10 April 2024"
        load(driver, url + "span/a1?start=0&end=20")
        assert '<script>alert("s")</script>' in driver.find_element(By.CSS_SELECTOR, ".text").text
        assert_inert(driver)
        # filters: the quotes of one outlet, picked from the select the page offers
        load(driver, url + "quotes")
        pick = driver.find_element(By.CSS_SELECTOR, "select[name=outlet]")
        next(o for o in pick.find_elements(By.TAG_NAME, "option") if o.text.startswith("Daily Courier")).click()
        pick.find_element(By.XPATH, "./ancestor::form").submit()
        WebDriverWait(driver, 10).until(lambda d: "outlet=Daily+Courier" in d.current_url)
        assert (
            "1–2 of 2 (outlet = Daily Courier)" in driver.page_source
            and "We expect 40,000 passengers" in driver.page_source
        )
        for page in (
            "search?q=alert",
            "articles",
            "articles/a1",
            "entities",
            "quotes",
            "claims?q=script",
            "clusters",
            "clusters/k1",
            "framing",
            "timeline",
            "provenance",
            "problems",
            "citations",
        ):
            load(driver, url + page)
            assert driver.find_element(By.TAG_NAME, "h1").text, page
            assert_inert(driver)
        assert "<b onmouseover" in driver.find_element(By.TAG_NAME, "body").text  # the hostile outlet, as text
        load(driver, url + "report.html")  # the static report, served by the app
        assert driver.execute_script("return document.body.dataset.ready") == "1"
        urls = requested_urls(driver)
        assert urls and local_only(urls, url) == [], urls
    finally:
        server.shutdown()
        server.server_close()
