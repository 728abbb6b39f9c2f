"""The narration player in a real browser (the session's chromium, see conftest): highlight, seek,
controls, accessibility."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsprism
from newsprism.api import listen

FIXTURES = Path(__file__).parent.parent / "fixtures" / "speech"


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("player")
    article = newsprism.read(FIXTURES / "en-short.html")
    listen(article, folder / "en.ogg", engine="espeak-ng", html=folder / "embedded.html")
    listen(
        article,
        folder / "audio" / "en.wav",
        engine="espeak-ng",
        html=folder / "linked.html",
        embed=False,
    )
    return {"embedded": folder / "embedded.html", "linked": folder / "linked.html"}


def _current(page: Any, sentence: int) -> bool:
    return bool(page.get_attribute(f"#s-{sentence}", "aria-current") == "true")


def _wait_current(page: Any, sentence: int) -> None:
    page.wait_for_function(
        # a function, not an expression: Playwright evaluates a bare expression with eval(),
        # which the page's CSP (no 'unsafe-eval') forbids whenever it has to poll
        f"() => document.getElementById('s-{sentence}').getAttribute('aria-current') === 'true'",
        timeout=15000,
    )


@pytest.mark.parametrize("kind", ["embedded", "linked"])
def test_player_follows_clicks_and_controls(page: Any, pages: dict[str, Path], kind: str) -> None:
    page.goto(pages[kind].as_uri())
    # the audio loads under the page's Content-Security-Policy (data: URL or the file beside it)
    page.wait_for_function(
        "() => document.getElementById('np-audio').readyState >= 1", timeout=15000
    )
    duration = page.evaluate("document.getElementById('np-audio').duration")
    timings = json.loads(page.inner_text("#np-timings"))
    assert duration == pytest.approx(timings[-1]["end"], rel=0.02)

    third, fourth = timings[3], timings[4]
    page.click(f"#s-{third['sentence']}")  # clicking a sentence plays from there
    _wait_current(page, third["sentence"])
    page.evaluate("document.getElementById('np-audio').pause()")
    now = page.evaluate("document.getElementById('np-audio').currentTime")
    assert third["start"] <= now < third["end"]
    assert "speaking" in (page.get_attribute(f"#s-{third['sentence']}", "class") or "")
    assert _current(page, third["sentence"])

    page.click("#np-next")
    _wait_current(page, fourth["sentence"])
    assert not _current(page, third["sentence"])
    # the status region says so once the audio really plays (the 'play' event comes a moment later)
    page.wait_for_function("() => document.getElementById('np-status').textContent === 'Playing'")
    # within the first second of a sentence, "previous" goes to the one before
    page.evaluate("document.getElementById('np-audio').pause()")
    page.evaluate(f"document.getElementById('np-audio').currentTime = {fourth['start'] + 0.1}")
    page.click("#np-prev")
    _wait_current(page, third["sentence"])

    page.click("#np-play")
    page.wait_for_function("() => document.getElementById('np-status').textContent === 'Paused'")
    assert page.get_attribute("#np-play", "aria-pressed") == "false"
    page.select_option("#np-rate", "1.5")
    assert page.evaluate("document.getElementById('np-audio').playbackRate") == 1.5

    # the highlight follows the time, not only clicks
    start = timings[1]["start"] + 0.05
    page.evaluate(f"document.getElementById('np-audio').currentTime = {start}")
    _wait_current(page, timings[1]["sentence"])
    assert page.errors == []


def test_player_page_has_no_serious_accessibility_violations(
    page: Any, pages: dict[str, Path], axe_violations: Any
) -> None:
    page.goto(pages["embedded"].as_uri())
    assert axe_violations(page) == []
