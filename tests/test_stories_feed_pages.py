"""A live-blog update with an address of its own is stored from the feed's few lines; when a feed
later lists that address, the poller reads the page once, updates the article in place and
places it in its story again (nineteenth session).  Invented texts, as the other feed tests."""

from __future__ import annotations

import json
from pathlib import Path

from publisher import Hit, Publisher, Reply, article_html

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.library import Library

UPDATE_TEXT = "Ferry crossings to the island are suspended while the river stays high."
PAGE = "/news/ferry-suspended"


def _live_blog(site: Publisher, t0: float) -> None:
    """One update, with its own address (``url``), in a live blog's JSON-LD."""
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Floods: live",
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "@id": "/live#post-0",
                "url": site.url(PAGE),
                "headline": "Ferries suspended",
                "articleBody": UPDATE_TEXT,
                "datePublished": "2026-05-04T09:00:00Z",
            }
        ],
    }
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floods: live</title>'
        f'<script type="application/ld+json">{json.dumps(data)}</script></head>'
        f"<body><h1>Floods: live</h1><p>{UPDATE_TEXT}</p></body></html>"
    ).encode()

    def serve(hit: Hit) -> Reply:
        return 200, {"Content-Type": "text/html; charset=utf-8"}, page

    site.route("/live", serve)


def _rss(site: Publisher, path: str, link: str) -> None:
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Example {path}</title><link>{site.url('/')}</link>"
        f"<item><title>Ferries suspended</title><link>{site.url(link)}</link>"
        f"<guid>{path}#1</guid><pubDate>Mon, 04 May 2026 09:05:00 GMT</pubDate></item>"
        "</channel></rss>"
    ).encode()

    def serve(hit: Hit) -> Reply:
        return 200, {"Content-Type": "application/rss+xml"}, body

    site.route(path, serve)


def _page(site: Publisher) -> None:
    def serve(hit: Hit) -> Reply:
        return 200, {"Content-Type": "text/html; charset=utf-8"}, article_html(3)

    site.route(PAGE, serve)


def _placed_hash(lib: Library, article_id: int) -> str:
    return str(
        lib.conn.execute(
            "SELECT content_hash FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()[0]
    )


def test_an_update_stored_from_the_feed_gets_its_page_once_and_is_placed_again(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    _live_blog(site, clock.now())
    _page(site)
    _rss(site, "/rss", PAGE)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/live")], now=clock.now())
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=True)
        assert p.refresh()[0].stored == 1
        (article_id,) = [r[0] for r in lib.conn.execute("SELECT id FROM articles")]
        short = lib.get(article_id)
        assert UPDATE_TEXT in short.text
        assert _placed_hash(lib, article_id) == short.content_hash
        assert site.requests_to(PAGE) == []  # the update's text came with the feed

        # a feed lists the update's own address: its page is read, the article updated in place
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p.refresh()
        assert len(site.requests_to(PAGE)) == 1
        assert [r[0] for r in lib.conn.execute("SELECT id FROM articles")] == [article_id]
        full = lib.get(article_id)
        assert "Ellen Carver" in full.text and full.content_hash != short.content_hash
        status = lib.conn.execute(
            "SELECT status, article_id FROM feed_items WHERE url = ? AND content IS NULL",
            (site.url(PAGE),),
        ).fetchone()
        assert tuple(status) == ("stored", article_id)
        # placed again with the page's text (the story index re-placed it on arrival)
        assert _placed_hash(lib, article_id) == full.content_hash

        # a second feed listing the same address: the page is not read again
        _rss(site, "/rss2", PAGE)
        add_feeds(lib, [site.url("/rss2")], now=clock.now())
        clock.advance_to(clock.now() + 3600)
        p.refresh()
        assert len(site.requests_to(PAGE)) == 1
        dup = lib.conn.execute(
            "SELECT status, article_id FROM feed_items WHERE guid = '/rss2#1'"
        ).fetchone()
        assert tuple(dup) == ("duplicate", article_id)
        p.close()


def test_a_page_stored_from_its_own_fetch_stays_a_duplicate(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    """An address whose page was read is never read again for another feed's item."""
    _page(site)
    _rss(site, "/rss", PAGE)
    _rss(site, "/rss2", PAGE)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
        assert p.refresh()[0].stored == 1
        add_feeds(lib, [site.url("/rss2")], now=clock.now())
        clock.advance_to(clock.now() + 3600)
        p.refresh()
        assert len(site.requests_to(PAGE)) == 1
        assert lib.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        p.close()
