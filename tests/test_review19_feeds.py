"""Review, nineteenth session: a feed item whose link no request can reach (``file:``,
``mailto:``, a port out of range) fails once, with its own link in the reason — before, it was
retried four times over an hour, each failure naming the robots.txt address built from it.
Invented feed, as the other feed tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from publisher import Hit, Publisher, Reply

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.library import Library


@pytest.mark.parametrize(
    "link", ["file:///etc/hostname", "mailto:desk@example.org", "http://example.org:99999/a"]
)
def test_an_unreachable_item_link_fails_once_with_its_reason(
    tmp_path: Path, clock: SimulatedClock, site: Publisher, link: str
) -> None:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Harbour notes</title><link>{site.url('/')}</link>"
        f"<item><title>Tide tables for the week</title><link>{link}</link>"
        "<guid>harbour#1</guid></item></channel></rss>"
    ).encode()

    def serve(hit: Hit) -> Reply:
        return 200, {"Content-Type": "application/rss+xml"}, body

    site.route("/rss", serve)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
        p.refresh()
        status, attempts, error = lib.conn.execute(
            "SELECT status, attempts, error FROM feed_items"
        ).fetchone()
        assert status == "failed"
        assert link in error and "robots.txt" not in error
        # nothing is left to retry
        assert p._feeds().pending(now=clock.now() + 86_400) == []
        p.close()
