"""The report and the web UI in headless Chromium (Selenium over /usr/bin/chromedriver; nothing downloaded).

Run ``bash scripts/install-browser.sh`` first; skipped when Chromium or Selenium is missing.
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

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and DRIVER.exists()),
        reason="needs /usr/bin/chromium and /usr/bin/chromedriver (run: bash scripts/install-browser.sh)",
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
    version = driver.find_element(By.CSS_SELECTOR, ".cluster[data-cluster=k1] .version[data-claim=c2] button.span")
    version.click()
    mark = driver.find_element(By.CSS_SELECTOR, "#panel mark")
    assert mark.is_displayed()
    assert mark.text == "the rail line will open on 10 April 2024"
    assert "Evening Ledger" in driver.find_element(By.CSS_SELECTOR, "#panel .ptitle").text


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
    assert "Daily Courier" in info.text
    info.find_element(By.CSS_SELECTOR, "button.span").click()  # an article behind the edge opens
    assert driver.find_element(By.CSS_SELECTOR, "#panel .pt").text


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
    assert urls and all(u.startswith(("file:", "data:", "about:")) for u in urls + resources), urls + resources


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
        load(driver, url + "report.html")  # the static report, served by the app
        assert driver.execute_script("return document.body.dataset.ready") == "1"
        urls = requested_urls(driver)
        assert urls and all(u.startswith((url, "data:", "about:")) for u in urls), urls
    finally:
        server.shutdown()
        server.server_close()
