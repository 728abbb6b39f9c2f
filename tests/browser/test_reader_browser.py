"""Add an article, search it, read it, toggle highlights, open who-said-what, jump to a quote; axe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-bridge.html"


@pytest.fixture(scope="module")
def article_url(server: str, browser: Any) -> str:
    """Add the example through the library page's upload form, as a reader would."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "/")
    page.set_input_files("#add-file", str(EXAMPLE))
    page.click("form.add button[type=submit]")
    page.wait_for_url("**/articles/*", timeout=60_000)
    url = page.url
    context.close()
    return url


def test_search_finds_the_added_article(page: Any, server: str, article_url: str) -> None:
    page.goto(server + "/")
    page.fill("#q", "bridges lang:en")
    page.wait_for_selector("#results mark")
    assert "Council approves" in page.inner_text("#results")
    assert page.inner_text("#results mark").lower().startswith("bridge")
    page.click("#results a.article-link")
    page.wait_for_url(article_url)
    assert not page.errors, page.errors


def test_reader_page_toggles_highlights(page: Any, article_url: str, screenshot: Any) -> None:
    page.goto(article_url)
    toggle = page.locator("#toggle-important")
    assert toggle.get_attribute("aria-pressed") == "false"
    label = toggle.inner_text()
    highlighted = page.locator(".s.hl")
    assert highlighted.count() >= 2
    assert highlighted.first.evaluate("e => getComputedStyle(e).textDecorationLine") == "none"
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert toggle.inner_text() == label  # the label stays the same; the state is in aria-pressed
    assert "underline" in highlighted.first.evaluate("e => getComputedStyle(e).textDecorationLine")
    page.keyboard.press("i")  # the keyboard shortcut toggles back
    assert toggle.get_attribute("aria-pressed") == "false"
    page.uncheck("#shortcuts")
    page.keyboard.press("i")
    assert toggle.get_attribute("aria-pressed") == "false"
    toggle.click()
    screenshot(page, "reader-highlights")
    assert not page.errors, page.errors


def _has_stage(name: str) -> bool:
    from newsprism.pipeline import stage_names

    return name in stage_names()


@pytest.mark.skipif(not _has_stage("attribution"), reason="the attribution stage is not installed")
def test_who_said_what_panel_jumps_to_the_quote(
    page: Any, article_url: str, screenshot: Any
) -> None:
    page.goto(article_url)
    button = page.locator("#toggle-wsw")
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    panel = page.locator("#who-said-what-panel")
    assert panel.is_visible()
    assert "Margaret Doyle" in panel.inner_text()
    link = panel.locator("a[href^='#s-']").first
    target_id = link.get_attribute("href")[1:]
    link.click()
    assert page.evaluate("document.activeElement.id") == target_id
    screenshot(page, "reader-who-said-what")


PAGES = {
    "library": "/",
    "reader": "{article}",
    "stories": "/stories",
    "story": "/stories/1",
    "feeds": "/feeds",
    "traces": "/traces?figure=%C2%A3240m",
    "trace": "/trace/claim/{id}/0",
    "speaker": "/speakers/Margaret%20Doyle",
}


@pytest.mark.parametrize("where", list(PAGES))
def test_no_serious_accessibility_violations(
    page: Any, server: str, article_url: str, where: str, axe_violations: Any
) -> None:
    article_id = article_url.rstrip("/").rsplit("/", 1)[1]
    page.goto(server + "/stories")  # stories are assigned on the first visit
    url = PAGES[where].format(article=article_url, id=article_id)
    page.goto(url if url.startswith("http") else server + url)
    assert page.title() and "error" not in page.title().lower()
    violations = axe_violations(page)
    assert violations == [], [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in violations
    ]
