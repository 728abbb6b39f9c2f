"""A watched live blog that shows no updates at one poll (it ended, or its page was rebuilt) stays
the feed the user asked for: before, the poller switched it to the site-wide feed the page links
and the library filled with the site's other articles.  A page that never gave updates is still
switched.  Invented pages, English and Russian, on an in-process publisher."""

from __future__ import annotations

from pathlib import Path

from publisher import Hit, Publisher, Reply

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.library import Library
from newsprism.library.feeds import FeedStore

POSTS = [
    "Спасатели эвакуировали жителей двух домов на улице Луговой, пострадавших нет; пункт "
    "временного размещения открыт в школе номер четыре до особого распоряжения.",
    "Энергетики вернули свет в поселок Садовый, где ночью упали три опоры линии "
    "электропередачи; работы на соседней линии продолжаются, сообщили в компании.",
]
RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title><link>/</link>'
    + "".join(
        f"<item><title>Other story {k}</title><link>/news/{k}</link><guid>/news/{k}</guid>"
        "<description>An article of the site that has nothing to do with the blog.</description>"
        "</item>"
        for k in range(5)
    )
    + "</channel></rss>"
).encode()


def _page(posts: list[str]) -> bytes:
    blocks = "".join(
        f'<div class="entry" id="e{n}"><time datetime="2026-01-15T1{n}:00:00+05:00">1{n}:00</time>'
        f"<p>{text}</p></div>"
        for n, text in enumerate(posts)
    )
    ended = "" if posts else "<p>Трансляция завершена.</p>"
    return (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Паводок</title>'
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>'
        f"<main><h1>Паводок: онлайн</h1>{blocks}{ended}</main></body></html>"
    ).encode()


def _watching(lib: Library, clock: SimulatedClock, url: str) -> Poller:
    add_feeds(lib, [url], now=clock.now())
    return Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)


def test_a_blog_that_shows_no_updates_is_not_switched_to_the_sites_feed(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    state = {"posts": POSTS}

    def live(hit: Hit) -> Reply:
        return 200, {"Content-Type": "text/html; charset=utf-8"}, _page(state["posts"])

    site.route("/live", live)
    site.route("/rss.xml", lambda hit: (200, {"Content-Type": "application/rss+xml"}, RSS))
    with Library.open(tmp_path / "lib.sqlite") as lib:
        poller = _watching(lib, clock, site.url("/live"))
        try:
            poller.refresh()
            assert lib.count() == 2
            state["posts"] = []  # the blog ended: its page keeps only a closing line
            clock.sleep(3600)
            poller.refresh()
            clock.sleep(3600)
            poller.refresh()
            poller.drain()
        finally:
            poller.close()
        (feed,) = FeedStore(lib.conn).all()
        assert feed.url == site.url("/live")
        assert "gave live-blog updates before" in (feed.last_error or "")
        assert lib.count() == 2  # the blog's two posts, none of the site's articles


def test_a_page_that_never_gave_updates_is_still_switched(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    site.route("/live", lambda hit: (200, {"Content-Type": "text/html"}, _page([])))
    site.route("/rss.xml", lambda hit: (200, {"Content-Type": "application/rss+xml"}, RSS))
    with Library.open(tmp_path / "lib.sqlite") as lib:
        poller = _watching(lib, clock, site.url("/live"))
        try:
            poller.refresh()
        finally:
            poller.close()
        (feed,) = FeedStore(lib.conn).all()
        assert feed.url == site.url("/rss.xml")
