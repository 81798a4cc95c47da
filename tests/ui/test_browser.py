"""End to end: Debian's Chromium, driven by Playwright, reviews conflicts on a live server by
clicking and by keyboard; the decisions are read back from the API. Needs /usr/bin/chromium
(`apt-get install -y chromium`) and the `playwright` package; no browser is downloaded."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from ui_support import CHROMIUM, cloned_store, live_server

pytestmark = pytest.mark.browser  # skipped, or failed under CLAIMS_REQUIRE_BROWSER=1, without Chromium
try:
    from playwright import sync_api

    expect = sync_api.expect
except ImportError:  # the tests are skipped (see tests/conftest.py); collection must not fail
    sync_api = expect = None
TIMEOUT_MS = 10_000


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def site(sqlite_template: str, tmp_path: Path) -> Iterator[str]:
    """The base URL of the UI on a store of the test's own."""
    with cloned_store(sqlite_template, tmp_path) as url, live_server(url) as base:
        yield base


class Console:
    """What the page logged as errors: CSP violations, failed loads, script errors."""

    def __init__(self, page: Any) -> None:
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))


def open_page(browser: Any, **context: Any) -> tuple[Any, Console]:
    page = browser.new_context(**context).new_page()
    page.set_default_timeout(TIMEOUT_MS)
    return page, Console(page)


def review_of(base: str, conflict_id: str) -> dict[str, Any]:
    response = httpx.get(f"{base}/api/conflicts/{conflict_id}")
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def conflict_of(url: str) -> str:
    found = re.search(r"/conflicts/(x\d+)", url)
    assert found, url
    return found.group(1)


def test_review_by_clicking(browser: Any, site: str) -> None:
    page, console = open_page(browser)
    page.goto(f"{site}/")
    page.locator(".queue-link").first.click()
    page.wait_for_url(re.compile(r"/conflicts/x\d+$"))
    conflict_id = conflict_of(page.url)
    page.evaluate("window.notReloaded = true")
    page.fill("#review-note", "Both figures checked against the fire department's statement.")
    page.fill("#review-reviewer", "ana")
    page.click("#confirm-button")
    expect(page.locator("#review-status")).to_have_text("confirmed")
    assert page.evaluate("window.notReloaded === true")  # htmx swapped the decision in, no reload
    expect(page.locator("#review .history li")).to_have_count(1)

    stored = review_of(site, conflict_id)
    assert (stored["status"], stored["note"], stored["reviewer"]) == (
        "confirmed", "Both figures checked against the fire department's statement.", "ana",
    )  # fmt: skip
    page.reload()
    expect(page.locator("#review-status")).to_have_text("confirmed")
    expect(page.locator("#review-reviewer")).to_have_value("ana")
    assert console.errors == []


def test_review_by_keyboard(browser: Any, site: str) -> None:
    page, console = open_page(browser)
    page.goto(f"{site}/")
    order = [
        conflict_of(h) for h in page.locator(".queue-link").evaluate_all("links => links.map(a => a.href)")
    ]
    page.keyboard.press("j")
    page.keyboard.press("j")
    expect(page.locator(".queue-item.selected")).to_have_count(1)
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/conflicts/{order[1]}")
    page.keyboard.press("k")
    page.wait_for_url(f"**/conflicts/{order[0]}")

    page.click("#review-note")
    page.keyboard.type("could be a typo")  # letters typed in the note are not shortcuts
    expect(page.locator("#review-status")).to_have_text("open")
    page.locator("#review-note").blur()
    page.keyboard.press("d")
    expect(page.locator("#review-status")).to_have_text("dismissed")

    page.keyboard.press("j")
    page.wait_for_url(f"**/conflicts/{order[1]}")
    page.keyboard.press("c")
    expect(page.locator("#review-status")).to_have_text("confirmed")

    first, second = review_of(site, order[0]), review_of(site, order[1])
    assert (first["status"], first["note"]) == ("dismissed", "could be a typo")
    assert (second["status"], second["note"]) == ("confirmed", None)

    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "search"
    page.keyboard.type("injured")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=injured"))
    expect(page.locator(".queue-item").first).to_be_visible()
    assert console.errors == []


def test_filters_apply_as_they_change(browser: Any, site: str) -> None:
    page, console = open_page(browser)
    page.goto(f"{site}/")
    page.select_option("select[name=severity]", "high")
    page.wait_for_url(re.compile(r"severity=high"))
    severities = page.locator(".queue-item").evaluate_all("items => items.map(i => i.className)")
    assert severities and all("severity-high" in s for s in severities)
    assert console.errors == []


def test_reading_and_reviewing_without_javascript(browser: Any, site: str) -> None:
    page, _ = open_page(browser, java_script_enabled=False)
    page.goto(f"{site}/")
    page.locator(".queue-link").first.click()
    page.wait_for_url(re.compile(r"/conflicts/x\d+$"))
    conflict_id = conflict_of(page.url)
    expect(page.locator("section.side")).to_have_count(2)
    expect(page.locator("section.side mark.claim-sentence")).to_have_count(2)
    page.fill("#review-note", "Read and decided without scripts.")
    page.click("#dismiss-button")
    page.wait_for_load_state()
    expect(page.locator("#review-status")).to_have_text("dismissed")  # the page after the redirect
    assert review_of(site, conflict_id)["note"] == "Read and decided without scripts."
    page.locator(".side h2 a").first.click()
    expect(page.locator(".article-text")).to_be_visible()


def test_pages_load_without_errors_or_policy_violations(browser: Any, site: str) -> None:
    page, console = open_page(browser)
    page.goto(f"{site}/")
    assert page.evaluate("typeof window.htmx") == "object"  # our own copy loaded, and allowed
    page.locator(".queue-link").first.click()
    page.wait_for_url(re.compile(r"/conflicts/"))
    page.locator(".cluster-part h3 a").first.click()
    page.wait_for_url(re.compile(r"/clusters/"))
    page.locator(".timeline a").first.click()
    page.wait_for_url(re.compile(r"/articles/"))
    for path in ("/articles", "/articles/new", "/conflicts/x999999"):
        page.goto(f"{site}{path}")
    assert [e for e in console.errors if "404" not in e] == []
    assert not [e for e in console.errors if "Content Security Policy" in e]
