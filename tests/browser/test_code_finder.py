"""The built docs site in a real browser: the code finder, code anchors, page layout.

Needs the built site (``sphinx-build -b html docs docs/_build/html``, or the folder
named by ``POSRC_DOCS_HTML``), Debian's ``chromium`` and ``chromium-driver``, and
Selenium (``pip install -e '.[browser]'``). The default test run leaves this folder
out; ``.ci/run`` runs it after building the docs. Nothing is downloaded: the driver
and the browser are named by path, and the site is served on 127.0.0.1 only.
Screenshots go to ``POSRC_SCREENSHOTS`` (default ``docs/_build/screenshots``).
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.wait import WebDriverWait

from posrc import Actor, ReturnCode, Scheme, explain

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("POSRC_DOCS_HTML", ROOT / "docs" / "_build" / "html"))
SHOTS = Path(os.environ.get("POSRC_SCREENSHOTS", ROOT / "docs" / "_build" / "screenshots"))
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# As root, Chromium needs --no-sandbox; the rest keep it from calling any host.
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1600,1000",
)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Serve without a line per request."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """The built docs, served on a free port of 127.0.0.1."""
    assert (SITE / "finder.html").is_file(), (
        f"no built docs in {SITE}: run sphinx-build -b html docs docs/_build/html first"
    )
    handler = functools.partial(QuietHandler, directory=str(SITE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    assert Path(CHROMIUM).exists(), "install Debian's chromium: apt-get install chromium"
    assert Path(CHROMEDRIVER).exists(), "install chromium-driver: apt-get install chromium-driver"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    # Naming the driver keeps Selenium Manager from looking for (or downloading) one.
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    try:
        yield driver
    finally:
        driver.quit()


def screenshot(browser: WebDriver, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    path.write_bytes(browser.get_screenshot_as_png())
    return path


def find(browser: WebDriver, site: str, typed: str) -> list[WebElement]:
    """Type ``typed`` into the finder and return the rows of the first result table."""
    browser.get(f"{site}/finder.html")
    box = browser.find_element(By.ID, "posrc-code")
    box.clear()
    box.send_keys(typed)
    WebDriverWait(browser, 10).until(
        lambda driver: driver.find_elements(By.CSS_SELECTOR, "#posrc-results > *")
    )
    tables = browser.find_elements(By.CSS_SELECTOR, "#posrc-results table")
    return tables[0].find_elements(By.CSS_SELECTOR, "tr.posrc-result") if tables else []


def run_js(browser: WebDriver, script: str) -> Any:
    """What ``script`` returns in the page (Selenium leaves its arguments untyped)."""
    return browser.execute_script(script)  # pyright: ignore[reportUnknownMemberType]


def first_cashier_step(rc: ReturnCode, lang: str) -> str:
    return rc.advice.for_actor(Actor.CASHIER)[0].text(lang)


def codes_named(code: str) -> list[ReturnCode]:
    return [rc for rc in ReturnCode if rc.code == code]


@pytest.mark.parametrize("code", ["51", "A0", "116", "BL1001", "00"])
def test_a_typed_code_shows_every_schemes_reading(browser: WebDriver, site: str, code: str) -> None:
    rows = find(browser, site, code)
    expected = codes_named(code)
    assert expected
    assert [
        (row.get_dom_attribute("data-scheme"), row.get_dom_attribute("data-code")) for row in rows
    ] == [(rc.scheme.value, rc.code) for rc in expected]
    for row, rc in zip(rows, expected, strict=True):
        text = row.text
        for lang in ("zh", "en"):
            assert Scheme(rc.scheme.value).label(lang) in text
            assert rc.message(lang) in text
            assert rc.outcome.label(lang) in text
            assert rc.retry.label(lang) in text
            assert rc.terminal_action.label(lang) in text
            assert first_cashier_step(rc, lang) in text
    if code == "51":
        assert screenshot(browser, "finder-51").stat().st_size > 10_000


@pytest.mark.parametrize(("typed", "code"), [("a0", "A0"), ("５１", "51"), (" bl-1001 ", "BL1001")])
def test_the_finder_folds_case_width_and_spacing(
    browser: WebDriver, site: str, typed: str, code: str
) -> None:
    rows = find(browser, site, typed)
    assert [row.get_dom_attribute("data-code") for row in rows] == [
        rc.code for rc in codes_named(code)
    ]


def test_a_native_number_finds_the_native_code_and_its_scheme_codes(
    browser: WebDriver, site: str
) -> None:
    rows = find(browser, site, "1001")
    assert [row.get_dom_attribute("data-code") for row in rows] == ["BL1001"]
    tables = browser.find_elements(By.CSS_SELECTOR, "#posrc-results table")
    assert len(tables) == 2
    same = [
        (row.get_dom_attribute("data-scheme"), row.get_dom_attribute("data-code"))
        for row in tables[1].find_elements(By.CSS_SELECTOR, "tr.posrc-result")
    ]
    native = ReturnCode.INSUFFICIENT_BALANCE
    expected = [
        (rc.scheme.value, rc.code)
        for rc in ReturnCode
        if rc.canonical is native and rc is not native
    ]
    assert same == expected
    assert ("cup", "51") in same
    assert ("iso8583-1993", "116") in same


def test_an_unknown_code_says_so_and_gives_the_safe_first_step(
    browser: WebDriver, site: str
) -> None:
    assert find(browser, site, "Q7") == []
    message = browser.find_element(By.CSS_SELECTOR, "#posrc-results .posrc-not-found").text
    assert "No scheme has the code Q7" in message
    assert "没有哪个方案有代码 Q7" in message
    unknown = explain("Q7")
    assert unknown.advice.for_actor(Actor.CASHIER)[0].text("zh") in message
    screenshot(browser, "finder-unknown")


def test_a_result_links_to_the_codes_row_in_its_table(browser: WebDriver, site: str) -> None:
    rows = find(browser, site, "51")
    link = rows[0].find_element(By.CSS_SELECTOR, "td.posrc-code a")
    assert link.get_dom_attribute("href") == "codes/cup.html#51"
    link.click()
    WebDriverWait(browser, 10).until(
        lambda driver: driver.current_url.endswith("/codes/cup.html#51")
    )
    target = browser.find_element(By.CSS_SELECTOR, "tr:target")
    assert target.get_dom_attribute("id") == "51"
    assert target.find_element(By.CSS_SELECTOR, "td").text == "51"
    assert "资金不足" in target.text
    screenshot(browser, "code-table-cup-51")


@pytest.mark.parametrize("page", ["posrc", "cup", "iso8583", "iso8583-1993"])
def test_every_code_in_a_table_has_its_own_anchor(browser: WebDriver, site: str, page: str) -> None:
    browser.get(f"{site}/codes/{page}.html")
    anchored = run_js(
        browser,
        "return Array.from(document.querySelectorAll('table.code-table tbody tr'),"
        " row => [row.id, row.cells[0].textContent.trim()])",
    )
    expected = sorted(rc.code for rc in ReturnCode if rc.scheme.value == page)
    assert sorted(code for code, _ in anchored) == expected
    assert all(anchor == text for anchor, text in anchored)


def test_an_address_with_a_code_opens_the_finder_on_it(browser: WebDriver, site: str) -> None:
    browser.get(f"{site}/finder.html#96")
    WebDriverWait(browser, 10).until(
        lambda driver: driver.find_elements(By.CSS_SELECTOR, "tr.posrc-result")
    )
    assert run_js(browser, "return document.getElementById('posrc-code').value") == "96"
    codes = [
        row.get_dom_attribute("data-code")
        for row in browser.find_elements(By.CSS_SELECTOR, "tr.posrc-result")
    ]
    assert codes == [rc.code for rc in codes_named("96")]


def test_the_finder_fetches_nothing_from_elsewhere(browser: WebDriver, site: str) -> None:
    find(browser, site, "51")
    loaded: list[str] = run_js(
        browser, "return performance.getEntriesByType('resource').map(entry => entry.name)"
    )
    assert loaded
    assert all(url.startswith(f"{site}/") for url in loaded), loaded


def test_wide_tables_use_the_width_of_the_page(browser: WebDriver, site: str) -> None:
    browser.get(f"{site}/codes/cup.html")
    widths: dict[str, float] = run_js(
        browser,
        "const table = document.querySelector('table.code-table');"
        "const article = document.querySelector('article');"
        "return {table: table.getBoundingClientRect().width,"
        " article: article.getBoundingClientRect().width, window: window.innerWidth,"
        " em: parseFloat(getComputedStyle(document.documentElement).fontSize)};",
    )
    # furo's column is 46em; on a 1600-pixel window the article fills the space between
    # the two sidebars (15em each) instead.
    assert widths["article"] > widths["window"] - 38 * widths["em"], widths
    assert widths["article"] > 50 * widths["em"], widths
    assert widths["table"] <= widths["article"] + 1
    screenshot(browser, "code-table-cup")


def test_chinese_pages_are_marked_as_chinese(browser: WebDriver, site: str) -> None:
    browser.get(f"{site}/faq-zh.html")
    assert browser.find_element(By.TAG_NAME, "html").get_dom_attribute("lang") == "zh"
    browser.get(f"{site}/faq-en.html")
    assert browser.find_element(By.TAG_NAME, "html").get_dom_attribute("lang") == "en"


def test_code_blocks_have_a_copy_button(browser: WebDriver, site: str) -> None:
    browser.get(f"{site}/cli.html")
    WebDriverWait(browser, 10).until(
        lambda driver: driver.find_elements(By.CSS_SELECTOR, "button.copybtn")
    )
    blocks = browser.find_elements(By.CSS_SELECTOR, "div.highlight")
    buttons = browser.find_elements(By.CSS_SELECTOR, "button.copybtn")
    assert len(buttons) == len(blocks) > 0
