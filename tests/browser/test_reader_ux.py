"""The reader as a journalist uses it all day: failures shown where they happen, who said what
beside the text, the keyboard, streamed narration with the player in view; screenshots and axe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
WIDE = {"width": 1400, "height": 900}
NARROW = {"width": 420, "height": 860}


def _add(browser: Any, server: str, example: str) -> str:
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "/")
    page.set_input_files("#add-file", str(EXAMPLES / example))
    page.click("form.add button[type=submit]")
    page.wait_for_url("**/articles/*", timeout=90_000)
    url: str = page.url
    context.close()
    return url


@pytest.fixture(scope="module")
def english(server: str, browser: Any) -> str:
    return _add(browser, server, "harbour-bridge.html")


@pytest.fixture(scope="module")
def russian(server: str, browser: Any) -> str:
    return _add(browser, server, "ru-zernovoy-terminal.html")


def _has_stage(name: str) -> bool:
    from newsprism.pipeline import stage_names

    return name in stage_names()


needs_attribution = pytest.mark.skipif(
    not _has_stage("attribution"), reason="the attribution stage is not installed"
)


def test_translate_without_a_model_says_so_where_clicked(
    page: Any, russian: str, screenshot: Any
) -> None:
    page.goto(russian)
    page.click("#translate-button")
    error = page.locator("#translate-button ~ .action-status .error[role=alert]")
    error.wait_for(timeout=30_000)
    text = error.inner_text()
    assert "model" in text.lower()
    assert "—" in text  # what happened — what to do
    assert error.is_visible()
    # the message sits beside the button that was pressed, not at the end of the page
    button_box = page.locator("#translate-button").bounding_box()
    error_box = error.bounding_box()
    assert abs(error_box["y"] - button_box["y"]) < 120
    assert page.locator("#translate-button").is_enabled()  # the user can try again
    screenshot(page, "reader-translate-failure")


def test_a_failed_request_is_shown_too(page: Any, english: str) -> None:
    # the server goes away (or refuses): the remove form says so instead of doing nothing
    page.goto(english)
    page.route("**/delete", lambda route: route.abort())
    page.once("dialog", lambda d: d.accept())
    page.click("form.danger button")
    error = page.locator("form.danger .action-status .error")
    error.wait_for(timeout=10_000)
    assert "serve" in error.inner_text()


@needs_attribution
def test_who_said_what_sits_beside_the_text_on_a_wide_screen(
    browser: Any, english: str, screenshot: Any
) -> None:
    context = browser.new_context(viewport=WIDE)
    page = context.new_page()
    page.goto(english)
    panel = page.locator("#who-said-what-panel")
    assert panel.is_visible()  # open by default beside the text
    text_box = page.locator("#body").bounding_box()
    panel_box = panel.bounding_box()
    assert panel_box["x"] >= text_box["x"] + text_box["width"]
    assert panel_box["y"] < 400  # beside the top of the article, not 5,000 px below it
    # speakers with their quotes; figures read with their words around them
    assert "Margaret Doyle" in panel.inner_text()
    figure = panel.locator(".wsw-claim").first
    assert figure.locator(".wsw-figure").count() == 1
    assert "(" not in figure.inner_text().split("—")[0]  # no "(night to build)" labels
    # a quote's link marks its sentence in place and brings it into view
    page.mouse.wheel(0, 1500)
    item = panel.locator(".wsw-quote").nth(3)
    target = item.locator("a.wsw-link").get_attribute("href")[1:]
    item.locator("a.wsw-link").click()
    sentence = page.locator(f"#{target}")
    assert "current" in sentence.get_attribute("class")
    box = sentence.bounding_box()
    assert 0 <= box["y"] <= WIDE["height"]
    assert panel.is_visible()
    assert panel.bounding_box()["y"] <= 1  # the panel stays in view (sticky) while the text scrolls
    page.screenshot(path=str(screenshot(page, "reader-wide-who-said-what")))
    context.close()


@needs_attribution
def test_who_said_what_is_a_panel_on_a_narrow_screen(
    browser: Any, english: str, screenshot: Any
) -> None:
    context = browser.new_context(viewport=NARROW)
    page = context.new_page()
    page.goto(english)
    panel = page.locator("#who-said-what-panel")
    assert not panel.is_visible()
    page.mouse.wheel(0, 1200)
    # a function, not an expression: when the wheel's scroll is still running the wait polls,
    # and Playwright polls an expression by eval, which the reader's CSP refuses (failed under load)
    page.wait_for_function("() => window.scrollY > 1000")
    before = page.evaluate("window.scrollY")
    page.keyboard.press("w")
    assert panel.is_visible()
    assert panel.evaluate("e => getComputedStyle(e).position") == "fixed"
    assert page.evaluate("window.scrollY") == before  # the reading position is kept
    page.screenshot(
        path=str(
            Path(screenshot(page, "reader-narrow-panel")).with_name("reader-narrow-panel-view.png")
        )
    )
    page.keyboard.press("Escape")
    assert not panel.is_visible()
    assert page.evaluate("window.scrollY") == before
    context.close()


@needs_attribution
def test_keyboard_moves_between_quotes_and_articles(page: Any, server: str, english: str) -> None:
    page.set_viewport_size(WIDE)
    page.goto(english)
    page.keyboard.press("j")
    first = page.locator(".wsw-item.chosen")
    assert first.count() == 1
    # read both now: ``first`` is a locator, evaluated again after the key press (it then named
    # the second item, and a quote and a figure of one id looked like no move)
    first_id, first_item = first.get_attribute("data-id"), first.get_attribute("data-item")
    page.keyboard.press("j")
    assert page.locator(".wsw-item.chosen").get_attribute("data-id") != first_id or (
        page.locator(".wsw-item.chosen").get_attribute("data-item") != first_item
    )
    page.keyboard.press("k")
    assert page.locator(".wsw-item").first.get_attribute("aria-current") == "true"
    assert page.locator(".s.current").count() == 1  # its sentence is marked in the text
    page.keyboard.press("?")
    assert page.locator("#keys-dialog").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#keys-dialog").is_visible()
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "site-q"
    # in the library: / searches, j/k go from article to article
    page.goto(server + "/")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.className") == "article-link"
    first_href = page.evaluate("document.activeElement.getAttribute('href')")
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.getAttribute('href')") == first_href
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "q"
    assert not page.errors, page.errors


def test_listen_streams_and_keeps_the_player_in_view(
    page: Any, english: str, screenshot: Any
) -> None:
    page.goto(english)
    page.click("#listen-button")
    player = page.locator("#np-player")
    player.wait_for(state="visible", timeout=5_000)
    # the first sentence plays while the rest is still being made
    page.wait_for_selector('[aria-current="true"].speaking', timeout=30_000)
    page.wait_for_selector('#np-play[aria-pressed="true"]', timeout=10_000)
    # ... before the narration is complete: the rest is still being prepared
    assert page.locator("#np-prepared").inner_text().startswith("preparing")
    first = page.get_attribute('.speaking[aria-current="true"]', "id")
    page.click("#np-next")
    page.wait_for_function(
        "id => { const e = document.querySelector('.speaking[aria-current=\"true\"]'); return e && e.id !== id; }",
        arg=first,
        timeout=20_000,
    )
    assert page.locator('.speaking[aria-current="true"]').count() == 1
    # at the end of the page the player is still in the window
    page.keyboard.press("End")
    page.wait_for_timeout(300)
    box = player.bounding_box()
    assert box["y"] + box["height"] <= page.viewport_size["height"] + 1
    # clicking a sentence reads from there (once its clip is made)
    target = page.locator(".reader .s").nth(8)
    target_id = target.get_attribute("id")
    # every clip made: the whole test takes about 110 s alone on 2 cores, and this wait went
    # past 120 s on a shared machine (the suite failed here under load, review of round 19); a
    # page that never finishes still fails at the limit
    page.wait_for_function(
        "() => !document.getElementById('np-prepared').textContent", timeout=300_000
    )
    target.click()
    page.wait_for_function(
        "id => document.querySelector('.speaking[aria-current=\"true\"]')?.id === id",
        arg=target_id,
        timeout=20_000,
    )
    screenshot(page, "reader-listening")
    page.click("#np-play")
    page.wait_for_selector('#np-play[aria-pressed="false"]', timeout=5_000)
    assert page.locator("#np-status").inner_text() == "Paused"
    assert page.locator("[aria-live]").count() <= 2  # the results list on the library, the player
    assert not page.errors, page.errors


@needs_attribution
def test_this_is_wrong_is_kept_and_shown(page: Any, english: str, screenshot: Any) -> None:
    page.set_viewport_size(WIDE)
    page.goto(english)
    item = page.locator("#who-said-what-panel .wsw-quote").first
    item.locator("summary").click()
    form = item.locator("form.wsw-fix-form")
    form.locator("input[name=correct]").fill("a council officer")
    form.locator("button[type=submit]").click()
    thanks = form.locator(".action-status .wsw-corrected")
    thanks.wait_for(timeout=10_000)
    assert "kept as a correction" in thanks.inner_text()
    screenshot(page, "reader-correction")
    page.reload()
    # the quote is now listed under the speaker the reader gave it, marked (session 30)
    group = page.locator(
        "#who-said-what-panel .wsw-speaker",
        has=page.locator(".wsw-name", has_text="a council officer"),
    )
    assert "corrected by a reader" in group.locator(".wsw-corrected").first.inner_text()
    assert not page.errors, page.errors


@pytest.mark.parametrize("view", ["wide-panel", "narrow-panel", "keys", "player", "correction"])
def test_no_serious_accessibility_violations_in_the_reader(
    page: Any, english: str, view: str, axe_violations: Any
) -> None:
    page.set_viewport_size(NARROW if view == "narrow-panel" else WIDE)
    page.goto(english)
    if view == "narrow-panel" and page.locator("#toggle-wsw").count():
        page.click("#toggle-wsw")
    elif view == "keys":
        page.click("#show-keys")
    elif view == "correction" and page.locator(".wsw-fix summary").count():
        page.locator(".wsw-fix summary").first.click()
    elif view == "player":
        page.click("#listen-button")
        page.locator("#np-player").wait_for(state="visible")
    violations = axe_violations(page)
    assert violations == [], [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3]) for v in violations
    ]
