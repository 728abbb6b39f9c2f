"""The player in a real browser (Debian's chromium driven by Playwright): highlight, seek, controls."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsprism
from newsprism.api import listen

FIXTURES = Path(__file__).parent / "fixtures" / "speech"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium")


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


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--autoplay-policy=no-user-gesture-required", "--no-sandbox"],
        )
        try:
            yield launched
        finally:
            launched.close()


def _current(page: Any, sentence: int) -> bool:
    return bool(page.get_attribute(f"#s-{sentence}", "aria-current") == "true")


@pytest.mark.parametrize("kind", ["embedded", "linked"])
def test_player_follows_clicks_and_controls(
    browser: Any, pages: dict[str, Path], kind: str
) -> None:
    page = browser.new_page()
    try:
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(pages[kind].as_uri())
        # the audio loads under the page's Content-Security-Policy (data: URL or the file beside it)
        page.wait_for_function("document.getElementById('np-audio').readyState >= 1", timeout=15000)
        duration = page.evaluate("document.getElementById('np-audio').duration")
        timings = json.loads(page.inner_text("#np-timings"))
        assert duration == pytest.approx(timings[-1]["end"], rel=0.02)

        third, fourth = timings[3], timings[4]
        page.click(f"#s-{third['sentence']}")  # clicking a sentence plays from there
        page.wait_for_timeout(200)
        now = page.evaluate("document.getElementById('np-audio').currentTime")
        assert third["start"] <= now < third["end"]
        assert "speaking" in (page.get_attribute(f"#s-{third['sentence']}", "class") or "")
        assert _current(page, third["sentence"])
        assert page.inner_text("#np-status") == "Playing"

        page.click("#np-next")
        page.wait_for_timeout(200)
        assert _current(page, fourth["sentence"]) and not _current(page, third["sentence"])
        page.click("#np-prev")
        page.wait_for_timeout(200)
        assert _current(page, third["sentence"])

        page.click("#np-play")
        page.wait_for_timeout(200)
        assert page.inner_text("#np-status") == "Paused"
        assert page.get_attribute("#np-play", "aria-pressed") == "false"
        page.select_option("#np-rate", "1.5")
        assert page.evaluate("document.getElementById('np-audio').playbackRate") == 1.5

        # the highlight follows the time, not only clicks
        page.evaluate(
            f"document.getElementById('np-audio').currentTime = {timings[1]['start'] + 0.05}"
        )
        page.wait_for_timeout(300)
        assert _current(page, timings[1]["sentence"])
        assert errors == []
    finally:
        page.close()
