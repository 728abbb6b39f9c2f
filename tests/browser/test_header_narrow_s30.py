"""The header's search box on a phone (400 px wide): wholly inside the window, no page wider than
the screen (the twenty-ninth session's walk found it cut off at the right edge)."""

from __future__ import annotations

from typing import Any

import pytest

PHONE = 400


@pytest.mark.parametrize("path", ["/stories", "/feeds", "/traces"])
def test_the_header_search_box_fits_a_phone(browser: Any, server: str, path: str) -> None:
    context = browser.new_context(viewport={"width": PHONE, "height": 800})
    page = context.new_page()
    try:
        page.goto(server + path)
        box = page.locator("header.site input[type=search]").bounding_box()
        assert box is not None
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE
        assert box["width"] >= 120  # still a box one can type a few words into
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    finally:
        context.close()
