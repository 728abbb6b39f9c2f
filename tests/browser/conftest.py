"""Browser tests: Playwright driving Debian's chromium (never a downloaded browser).

The server runs in a thread on 127.0.0.1 with a fresh library; screenshots go to ``artifacts/``.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if not Path(CHROMIUM).exists():
        for item in items:
            if "browser" in str(item.fspath):
                item.add_marker(
                    pytest.mark.skip(
                        reason="Debian's chromium is not installed (scripts/setup.sh installs it)"
                    )
                )


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from served import serving

    from newsprism.web import create_app

    db = tmp_path_factory.mktemp("web") / "library.sqlite"
    # espeak-ng keeps the Listen test quick on a busy machine; piper is tested in test_speech
    with serving(create_app(db, speech_engine="espeak-ng")) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    # axe-core is injected as a script, which the app's CSP rightly forbids: only its test bypasses it
    bypass = "axe_violations" in request.fixturenames
    context = browser.new_context(viewport={"width": 1100, "height": 900}, bypass_csp=bypass)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.errors = errors
    yield pg
    context.close()


@pytest.fixture
def axe_violations() -> Any:
    """A function: axe-core's serious and critical violations on a page."""
    if not AXE.exists():
        pytest.skip("axe-core is installed by scripts/setup.sh (npm install in tests/browser)")

    def run(page: Any) -> list[dict[str, Any]]:
        page.add_script_tag(content=AXE.read_text("utf-8"))
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        return [v for v in result["violations"] if v["impact"] in ("serious", "critical")]

    return run


@pytest.fixture
def screenshot() -> Any:
    """A function: save a full-page screenshot as artifacts/NAME.png (CI keeps them)."""

    def save(page: Any, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save
