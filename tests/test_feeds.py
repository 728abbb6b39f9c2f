"""Feeds: parsing, politeness and the poller against a fake publisher on 127.0.0.1."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest
from publisher import LiveBlog, Publisher, RssFeed, article_html

from newsprism.feeds import Poller, SimulatedClock, add_feeds, export_opml
from newsprism.feeds import politeness as pol
from newsprism.feeds.opml import read_opml
from newsprism.feeds.parse import parse
from newsprism.library import Library
from newsprism.library.feeds import FeedStore

HOUR = 3600.0


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


def poller(lib: Library, clock: SimulatedClock, **kw: object) -> Poller:
    kw.setdefault("allow_private", True)
    kw.setdefault("stories", False)
    return Poller(lib, clock=clock, analyse=None, workers=1, **kw)  # type: ignore[arg-type]


def feed_row(lib: Library, url: str):  # type: ignore[no-untyped-def]
    return FeedStore(lib.conn).get(url)


# -- parsing --------------------------------------------------------------------------------


def test_parses_rss_atom_rdf_json_feed_and_news_sitemap() -> None:
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>R</title><ttl>45</ttl>
    <item><title>A</title><link>https://ex.com/a</link><guid>g-a</guid>
    <pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item></channel></rss>"""
    atom = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
    <entry><id>tag:ex.com,2026:1</id><title>One</title><link href="https://ex.com/1"/>
    <updated>2026-12-01T10:00:00Z</updated></entry></feed>"""
    rdf = b"""<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://ex.com/"><title>D</title></channel>
    <item rdf:about="https://ex.com/r1"><title>R1</title><link>https://ex.com/r1</link></item></rdf:RDF>"""
    jsonfeed = b"""{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [
    {"id": "j1", "url": "https://ex.com/j1", "title": "J1", "date_published": "2026-12-01T10:00:00Z"}]}"""
    sitemap = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
    xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://ex.com/s1</loc>
    <news:news><news:publication><news:name>Ex</news:name><news:language>en</news:language>
    </news:publication><news:publication_date>2026-12-01T10:00:00Z</news:publication_date>
    <news:title>S1</news:title></news:news></url></urlset>"""
    r = parse(rss, "https://ex.com/rss")
    assert (r.kind, r.entries[0].guid, r.entries[0].url, r.floor_s) == (
        "feed", "g-a", "https://ex.com/a", 45 * 60.0,
    )  # fmt: skip
    assert r.entries[0].published == pytest.approx(1_796_119_200.0)
    assert parse(atom, "https://ex.com/atom").entries[0].url == "https://ex.com/1"
    assert parse(rdf, "https://ex.com/rdf").entries[0].url == "https://ex.com/r1"
    assert parse(jsonfeed, "https://ex.com/j").entries[0].guid == "j1"
    s = parse(sitemap, "https://ex.com/sitemap.xml")
    assert (s.kind, s.entries[0].url, s.entries[0].title) == ("sitemap", "https://ex.com/s1", "S1")


def test_sy_update_period_is_a_floor() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">'
        b"<channel><title>x</title><sy:updatePeriod>daily</sy:updatePeriod>"
        b"<sy:updateFrequency>4</sy:updateFrequency></channel></rss>"
    )
    assert parse(body, "https://ex.com/").floor_s == 86_400 / 4


def test_opml_round_trip(lib: Library, tmp_path: Path) -> None:
    opml = tmp_path / "subs.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><body><outline text="News">'
        '<outline text="Ex &amp; Co" xmlUrl="https://ex.com/rss"/>'
        '<outline text="Ру" xmlUrl="https://ex.ru/rss"/></outline></body></opml>',
        encoding="utf-8",
    )
    added = add_feeds(lib, [str(opml), "https://third.example/feed"])
    assert [f.url for f, new in added if new] == [
        "https://ex.com/rss", "https://ex.ru/rss", "https://third.example/feed",
    ]  # fmt: skip
    assert not add_feeds(lib, ["https://ex.com/rss"])[0][1]  # the same feed twice is one feed
    back = read_opml(export_opml(lib).encode())
    assert back[:2] == [("https://ex.com/rss", "Ex & Co"), ("https://ex.ru/rss", "Ру")]


def test_adaptive_interval_follows_publication_rate() -> None:
    now = 1_000_000.0
    hourly = [now - k * HOUR for k in range(10)]
    assert pol.adapt_interval(hourly, now, HOUR, 1) == 15 * 60
    weekly = [now - k * 7 * 86_400 for k in range(5)]
    assert pol.adapt_interval(weekly, now, HOUR, 0) == pol.MAX_INTERVAL
    burst = [now - k * 60 for k in range(10)]
    assert pol.adapt_interval(burst, now, HOUR, 5) == pol.MIN_INTERVAL


# -- politeness, against the publisher -------------------------------------------------------


def test_conditional_get_sends_validators_verbatim_and_304_downloads_nothing(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    feed = RssFeed(site, "/rss", start=clock.now() - 3 * HOUR)
    add_feeds(lib, [site.url("/rss")], now=clock.now())
    p = poller(lib, clock)
    first = p.refresh()[0]
    assert (first.outcome, first.new_items, first.stored) == ("new", 4, 4)
    row = feed_row(lib, site.url("/rss"))
    body, etag, last_modified = feed.body()
    assert (row.etag, row.last_modified) == (etag, last_modified)
    clock.sleep(60)
    second = p.refresh()[0]
    assert second.outcome == "not-modified" and second.bodiless
    sent = site.requests_to("/rss")[-1].headers
    assert sent["if-none-match"] == etag and sent["if-modified-since"] == last_modified
    assert "newsprism/" in sent["user-agent"]
    clock.sleep(HOUR)  # a new item: a 200 with new validators, both stored
    third = p.refresh()[0]
    assert (third.outcome, third.new_items) == ("new", 1)
    assert feed_row(lib, site.url("/rss")).etag == feed.body()[1] != etag
    assert lib.count() == 5
    p.close()


def test_body_hash_when_the_server_ignores_validators(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    RssFeed(site, "/rss", start=clock.now() - HOUR, honour_validators=False)
    add_feeds(lib, [site.url("/rss")], now=clock.now())
    p = poller(lib, clock)
    assert p.refresh()[0].outcome == "new"
    clock.sleep(120)
    again = p.refresh()[0]
    assert again.outcome == "unchanged" and not again.bodiless
    row = feed_row(lib, site.url("/rss"))
    assert row.unchanged_polls == 1 and row.bodiless_polls == 0
    assert row.etag and row.etag.startswith('"')  # the server's latest, kept verbatim
    assert lib.count() == 2
    p.close()


def test_retry_after_on_429_keeps_off_the_host(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    site.route("/busy", lambda hit: (429, {"Retry-After": "1800"}, b"slow down"))
    RssFeed(site, "/rss", start=clock.now() - HOUR)
    add_feeds(lib, [site.url("/busy"), site.url("/rss")], now=clock.now())
    p = poller(lib, clock)
    busy = p.refresh([feed_row(lib, site.url("/busy")).id])[0]
    assert busy.outcome == "retry-later"
    assert busy.next_fetch_at is not None and busy.next_fetch_at >= clock.now() + 1800
    before = len(site.hits)
    clock.sleep(600)  # the other feed on the same host waits too: no request is sent
    other = p.refresh([feed_row(lib, site.url("/rss")).id])[0]
    assert other.outcome == "deferred" and len(site.hits) == before
    clock.sleep(1300)
    assert p.refresh([feed_row(lib, site.url("/rss")).id])[0].outcome == "new"
    p.close()


def test_host_spacing_and_concurrency_from_the_servers_side(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    for i in range(4):
        RssFeed(site, f"/f{i}/rss", start=clock.now() - 2 * HOUR)
    add_feeds(lib, [site.url(f"/f{i}/rss") for i in range(4)], now=clock.now())
    p = poller(lib, clock)
    results = p.poll_due()
    assert [r.outcome for r in results] == ["new"] * 4
    assert site.min_spacing() >= pol.HOST_SPACING and site.max_inflight <= pol.HOST_CONCURRENCY
    p.close()


def test_robots_txt_disallow_and_crawl_delay(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    site.route(
        "/robots.txt",
        lambda hit: (200, {}, b"User-agent: *\nDisallow: /private/\nCrawl-delay: 20\n"),
    )
    RssFeed(site, "/private/rss", start=clock.now())
    RssFeed(site, "/rss", start=clock.now() - HOUR)
    add_feeds(lib, [site.url("/private/rss"), site.url("/rss")], now=clock.now())
    p = poller(lib, clock)
    refused, ok = p.poll_due()
    assert refused.outcome == "failed" and "robots.txt" in (refused.error or "")
    assert not site.requests_to("/private/rss")
    assert ok.outcome == "new" and site.min_spacing() >= 20
    p.close()


def test_malformed_feeds_huge_bodies_and_dead_hosts_fail_alone(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    site.route("/broken", lambda hit: (200, {"Content-Type": "application/rss+xml"}, b"<rss><chan"))
    huge = b"<rss>" + b" " * (21 * 1024 * 1024)
    site.route("/huge", lambda hit: (200, {"Content-Length": str(len(huge))}, huge))
    RssFeed(site, "/rss", start=clock.now() - HOUR)
    dead = "http://127.0.0.1:9/rss"  # the discard port: nothing listens
    add_feeds(
        lib, [site.url("/broken"), site.url("/huge"), dead, site.url("/rss")], now=clock.now()
    )
    p = poller(lib, clock)
    by_url = {r.url: r for r in p.poll_due()}
    assert by_url[site.url("/broken")].outcome == "failed"
    assert "20 MB" in (by_url[site.url("/huge")].error or "")
    assert by_url[dead].outcome == "failed" and "connect" in (by_url[dead].error or "")
    assert by_url[site.url("/rss")].outcome == "new"
    dead_row = feed_row(lib, dead)
    assert dead_row.failures == 0.5 and dead_row.next_fetch_at > clock.now() + dead_row.interval_s
    p.close()


def test_repeated_hard_failures_disable_the_feed_with_its_reason(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    add_feeds(lib, [site.url("/gone")], now=clock.now())
    p = poller(lib, clock)
    outcomes = []
    for _ in range(12):
        outcomes.append(p.refresh()[0].outcome if p.store.all()[0].disabled_reason is None else "-")
        clock.sleep(10)
    assert outcomes[:9] == ["failed"] * 9 and outcomes[9] == "disabled"
    row = feed_row(lib, site.url("/gone"))
    assert row.disabled_reason and "404" in row.disabled_reason
    assert p.poll_due() == []  # disabled feeds are not polled
    p.close()


def test_redirects_and_items_to_private_addresses_are_refused(
    lib: Library, clock: SimulatedClock, site: Publisher, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsprism.fetch as fetch

    real = fetch.is_public_address
    # our publisher stands in for a public site; every other private address stays private
    monkeypatch.setattr(fetch, "is_public_address", lambda a: a == "127.0.0.1" or real(a))
    site.route("/moved", lambda hit: (302, {"Location": "http://169.254.169.254/latest/"}, b""))
    evil = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>e</title><item><title>x</title>'
        b"<link>http://10.0.0.7/admin</link><guid>e1</guid></item></channel></rss>"
    )
    site.route("/evil", lambda hit: (200, {"Content-Type": "application/rss+xml"}, evil))
    add_feeds(lib, [site.url("/moved"), site.url("/evil")], now=clock.now())
    p = poller(lib, clock, allow_private=False)
    moved, bad_item = p.poll_due()
    assert moved.outcome == "failed" and "169.254.169.254" in (moved.error or "")
    assert bad_item.outcome == "new" and bad_item.stored == 0
    item = FeedStore(lib.conn).items()[0]
    assert "non-public" in item["error"] and item["status"] == "pending"
    p.close()


# -- items, live blogs, duplicates, state ----------------------------------------------------


def test_live_blog_updates_are_stored_as_they_appear(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    t0 = clock.now()
    text = "Water levels at the Millbrook gauge rose to {} metres, the county said, and {} homes were evacuated."
    LiveBlog(
        site,
        "/live",
        [(t0 - 60 + i * 1200, f"Update {i}", text.format(3 + i, 40 * (i + 1))) for i in range(4)],
    )
    add_feeds(lib, [site.url("/live")], now=t0)
    p = poller(lib, clock)
    assert p.refresh()[0].stored == 1
    clock.sleep(2500)
    second = p.refresh()[0]
    assert (second.new_items, second.stored) == (2, 2)
    items = sorted(FeedStore(lib.conn).items(), key=lambda i: i["published_ts"])
    assert [round(i["published_ts"] - t0) for i in items] == [-60, 1140, 2340]
    article = lib.get(items[1]["article_id"])
    assert "4 metres" in article.text and article.metadata.published is not None
    assert article.metadata.url and article.metadata.url.startswith(site.url("/live#update-"))
    assert feed_row(lib, site.url("/live")).kind == "liveblog"
    p.close()


def test_the_same_item_is_not_stored_twice(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    same = site.url("/news/shared")
    site.route("/news/shared", lambda hit: (200, {"Content-Type": "text/html"}, article_html(7)))
    site.route("/news/copy", lambda hit: (200, {"Content-Type": "text/html"}, article_html(7)))

    def rss(guid: str, link: str) -> bytes:
        return (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>{guid}</title><item><title>t</title>'
            f"<link>{link}</link><guid>{guid}</guid></item></channel></rss>"
        ).encode()

    site.route("/a", lambda hit: (200, {}, rss("a-1", same)))
    site.route("/b", lambda hit: (200, {}, rss("b-1", same)))  # another GUID, the same URL
    site.route("/c", lambda hit: (200, {}, rss("c-1", site.url("/news/copy"))))  # the same body
    add_feeds(lib, [site.url(p) for p in ("/a", "/b", "/c")], now=clock.now())
    p = poller(lib, clock)
    p.watch(once=True)
    assert lib.count() == 1
    statuses = sorted(i["status"] for i in FeedStore(lib.conn).items())
    assert statuses == ["duplicate", "duplicate", "stored"]
    assert len(site.requests_to("/news/shared")) == 1  # the second feed's link was not fetched
    p.close()


def test_two_pollers_cannot_poll_one_feed_and_a_dead_lease_expires(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    RssFeed(site, "/rss", start=clock.now() - HOUR)
    add_feeds(lib, [site.url("/rss")], now=clock.now())
    store = FeedStore(lib.conn)
    assert len(store.claim(clock.now(), "crashed-process")) == 1
    other = poller(lib, clock, owner="second")
    assert other.poll_due() == [] and not site.requests_to("/rss")
    clock.sleep(601)  # the first process died holding the lease: it expires
    assert [r.outcome for r in other.poll_due()] == ["new"]
    other.close()


def test_items_found_before_a_crash_are_stored_on_the_next_run(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    RssFeed(site, "/rss", start=clock.now() - 2 * HOUR)
    add_feeds(lib, [site.url("/rss")], now=clock.now())
    store = FeedStore(lib.conn)
    feed = store.claim(clock.now(), "doomed")[0]
    from newsprism.feeds.parse import parse as parse_feed

    body = RssFeed(site, "/rss", start=clock.now() - 2 * HOUR).body()[0]
    store.record_entries(feed.id, parse_feed(body, feed.url).entries, clock.now())
    # ... and the process is killed here: entries recorded, nothing fetched, lease held
    assert len(store.pending()) == 3 and lib.count() == 0
    clock.sleep(700)
    p = poller(lib, clock)
    p.watch(once=True)
    assert lib.count() == 3 and store.pending() == []
    p.close()


def test_a_day_of_hourly_publishing_is_discovered_within_minutes(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    t0 = clock.now()
    feeds = [RssFeed(site, f"/h{i}/rss", start=t0 - 5 * HOUR + i * 700) for i in range(3)]
    add_feeds(lib, [site.url(f"/h{i}/rss") for i in range(3)], now=t0)
    p = poller(lib, clock)
    while clock.now() < t0 + 24 * HOUR:
        p.watch(once=True)
        due = p.store.next_due() or clock.now() + 60
        clock.advance_to(max(due, clock.now() + 1))
    delays = [
        i["stored_at"] - i["published_ts"]
        for i in FeedStore(lib.conn).items(limit=1000)
        if i["published_ts"] > t0
    ]
    assert len(delays) >= 3 * 23 and statistics.median(delays) <= 600
    polls = sum(len(site.requests_to(f.path)) for f in feeds)
    bodiless = sum(
        1 for f in feeds for h in site.requests_to(f.path) if h.headers.get("if-none-match")
    )
    assert polls < 3 * 24 * 6  # adaptive: far fewer than polling every 10 minutes
    assert bodiless > 0.5 * polls
    assert site.min_spacing() >= pol.HOST_SPACING and site.max_inflight <= pol.HOST_CONCURRENCY
    p.close()


def test_the_feed_state_module_imports_on_its_own() -> None:
    """``feeds list`` imports newsprism.library.feeds first: no import cycle with feeds/."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    code = "from newsprism.library.feeds import FeedStore; from newsprism.stories import view"
    done = subprocess.run(
        [sys.executable, "-c", code], env={"PYTHONPATH": str(root / "src")}, capture_output=True
    )
    assert done.returncode == 0, done.stderr.decode()
