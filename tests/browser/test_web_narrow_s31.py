"""The web pages on a small phone, 320 px wide: nothing is cut off or makes the page scroll
sideways — the header, the library with its upload field, the reader (a Russian headline of long
words), the story view, the feeds, trace and speaker tables and the API page (the thirtieth
session's walk: the upload field and the feeds table overflowed, and the tables ran off the
screen).  Each page is rendered by Debian's chromium (Playwright, never a downloaded browser)
over a library of our own English and Russian fixture articles; skipped where chromium or
Playwright is not installed."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsprism
from newsprism.library import Library
from newsprism.library.corrections import add_correction
from newsprism.library.feeds import FeedStore
from newsprism.library.ingest import default_process

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FIXTURES = Path(__file__).parent.parent / "fixtures" / "library"
PHONE = 320

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (scripts/setup.sh)"
)

#: every visible element whose box leaves the window, and how wide the page is
OVERFLOW = """(width) => {
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || el.closest('.skip, .visually-hidden, [hidden]')) continue;
    if (getComputedStyle(el).position === 'absolute' && r.width <= 1) continue;
    if (el.closest('.table-wrap') && !el.classList.contains('table-wrap')) continue;
    if (r.right > width + 0.5 || r.left < -0.5)
      out.push(el.tagName.toLowerCase() + '.' + el.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
  }
  return {width: document.documentElement.scrollWidth, out: out.slice(0, 10)};
}"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from served import serving

    from newsprism.web import create_app

    db = tmp_path_factory.mktemp("narrow") / "library.sqlite"
    with Library.open(db) as lib:
        for name in ("corrected-speaker-en.html", "corrected-figure-en.html"):
            lib.add(default_process(newsprism.read((FIXTURES / name).read_bytes())))
        ru = default_process(newsprism.read((FIXTURES / "corrected-speaker-ru.html").read_bytes()))
        ru_id = lib.add(ru)
        fine = next(c for c in ru.claims if c.text.startswith("340"))
        add_correction(lib, ru_id, "figure", fine.id, "340 млн рублей (без «за сброс»)")
        feeds = FeedStore(lib.conn)
        feeds.add(
            "https://news.example.org/feeds/rss/section/regional-environment-and-water-quality.xml",
            time.time(),
            "Regional environment and water quality reports of the Leam Valley",
        )
        feeds.add("https://водоканал-новости.example/rss/экология", time.time())
    with serving(create_app(db, analyse=False)) as url:
        yield url


@pytest.fixture(scope="module")
def phone(browser: Any) -> Iterator[Any]:
    # the browser tests' one chromium (tests/browser/conftest.py): a second sync Playwright in the
    # same process fails while the first is running
    context = browser.new_context(viewport={"width": PHONE, "height": 700})
    yield context.new_page()
    context.close()


PAGES = [
    "/",
    "/articles/1",
    "/articles/3",
    "/stories",
    "/stories/1",
    "/feeds",
    "/trace/claim/3/0",
    "/speakers/Mark Hutchins",
    "/api/docs",
]


@pytest.mark.parametrize("path", PAGES)
def test_nothing_is_cut_or_scrolls_sideways_at_320_px(site: str, phone: Any, path: str) -> None:
    phone.goto(site + path)
    found = phone.evaluate(OVERFLOW, PHONE)
    assert found["out"] == [] and found["width"] <= PHONE, found


def test_a_table_row_reads_as_labelled_lines_on_a_phone(site: str, phone: Any) -> None:
    """The feeds table's columns, side by side, ran 740 px wide: on a phone each row is a block
    and each cell says which column it is."""
    phone.goto(site + "/feeds")
    cell = phone.locator("table.feeds tbody tr").first.locator("td").nth(2)
    assert cell.evaluate("el => getComputedStyle(el).display") == "block"
    label = cell.evaluate("el => getComputedStyle(el, '::before').content")
    assert "Last fetch" in label
    # a wide window keeps the table
    phone.set_viewport_size({"width": 1100, "height": 700})
    try:
        phone.goto(site + "/feeds")
        cell = phone.locator("table.feeds tbody tr").first.locator("td").nth(2)
        assert cell.evaluate("el => getComputedStyle(el).display") == "table-cell"
    finally:
        phone.set_viewport_size({"width": PHONE, "height": 700})
