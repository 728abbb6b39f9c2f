"""A feed item that is a PDF or has no link is recorded once with why, not
fetched four times; an item without a link is not told to disable its feed.  Invented feed."""

from __future__ import annotations

from pathlib import Path

import pytest
from publisher import Hit, Publisher, Reply

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.library import Library


def _feed(site: Publisher, item: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Harbour notes</title><link>{site.url('/')}</link>"
        f"<item><title>Tide tables for the week</title>{item}"
        "<guid>harbour#1</guid></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        ((200, {"Content-Type": "application/pdf"}, b"%PDF-1.7\n" + b"\x00\x01" * 400), "PDF"),
        # (an empty page is retried since session 23: a page that is not the article is often
        # another page on the next visit — tests/test_feeds_library_s23.py)
    ],
)
def test_a_pdf_or_empty_item_is_recorded_once_with_why(
    tmp_path: Path, clock: SimulatedClock, site: Publisher, reply: Reply, why: str
) -> None:
    fetched = []

    def page(hit: Hit) -> Reply:
        fetched.append(hit)
        return reply

    site.route(
        "/rss",
        lambda hit: (
            200,
            {"Content-Type": "application/rss+xml"},
            _feed(site, f"<link>{site.url('/tides')}</link>"),
        ),
    )
    site.route("/tides", page)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
        p.refresh()
        status, attempts, error = lib.conn.execute(
            "SELECT status, attempts, error FROM feed_items"
        ).fetchone()
        assert status == "failed" and why in error
        assert p._feeds().pending(now=clock.now() + 86_400) == []
        for _ in range(6):  # an hour and more of polling: the same bytes are not asked again
            clock.sleep(900)
            p.refresh()
        assert len(fetched) == 1
        p.close()


def test_an_item_without_a_link_is_skipped_without_a_hint_to_disable_the_feed(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    site.route("/rss", lambda hit: (200, {"Content-Type": "application/rss+xml"}, _feed(site, "")))
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
        p.refresh()
        row = lib.conn.execute("SELECT status, error FROM feed_items").fetchone()
        if row is not None:  # (a feed parser may drop an item with nothing to read)
            status, error = row
            assert status == "failed" and "no link" in error
            assert "disable" not in error
            assert p._feeds().pending(now=clock.now() + 86_400) == []
        p.close()
