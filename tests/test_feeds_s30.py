"""Feeds, thirtieth session (the walk's leftovers): an item whose page answers 404 says what is
wrong with the item, not with the feed; a run that failed on one source says "1 source failed"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from publisher import Publisher, article_html
from typer.testing import CliRunner

from newsprism.cli import app
from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.library import Library
from newsprism.library.feeds import FeedStore


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


def _rss(*links: str) -> bytes:
    items = "".join(
        f"<item><title>Ferry {n}</title><link>{link}</link><guid>ferry-{n}</guid>"
        "<pubDate>Sat, 05 Dec 2026 08:00:00 GMT</pubDate></item>"
        for n, link in enumerate(links)
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour news</title>'
        f"{items}</channel></rss>"
    ).encode()


def test_an_items_404_blames_the_page_not_the_feeds_address(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    site.route(
        "/news/ferry-timetable", lambda hit: (200, {"Content-Type": "text/html"}, article_html(3))
    )
    site.route(
        "/news/withdrawn", lambda hit: (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>")
    )
    site.route(
        "/rss",
        lambda hit: (
            200,
            {"Content-Type": "application/rss+xml"},
            _rss(site.url("/news/ferry-timetable"), site.url("/news/withdrawn")),
        ),
    )
    add_feeds(lib, [site.url("/rss")], now=clock.now())
    poller = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)  # type: ignore[arg-type]
    poller.watch(once=True)
    poller.close()
    items = {i["url"]: i for i in FeedStore(lib.conn).items()}
    missing = items[site.url("/news/withdrawn")]
    assert "404" in missing["error"]
    # the feed was fetched and parsed: its address is fine, the item's page is not served
    assert "check the feed's address" not in missing["error"]
    assert "page its site does not serve" in missing["error"]
    assert items[site.url("/news/ferry-timetable")]["status"] == "stored"


def test_one_failed_source_is_one_source(tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(article_html(5).decode(), encoding="utf-8")
    missing = tmp_path / "no-such-page.html"
    result = CliRunner().invoke(
        app, ["add", str(page), str(missing), "--db", str(tmp_path / "lib.sqlite"), "--no-analyse"]
    )
    assert "1 source failed:" in result.output
    assert "1 sources" not in result.output
