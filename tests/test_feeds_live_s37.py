"""A page the user declares a live blog (``feeds add --live``) is watched as one from its first
post: at one post the post is the page's article, and when later polls find the posts bounded
(schema.org ``LiveBlogPosting`` or the markup) the first is not stored twice.  Invented pages,
English (JSON-LD once it has updates) and Russian (markup only), on an in-process publisher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from publisher import Hit, Publisher, Reply
from typer.testing import CliRunner

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.library import Library
from newsprism.library.feeds import FIRST_POST, FeedStore

EN_POSTS = [
    (
        "2026-03-02T07:05:00+00:00",
        "Storm warning for the coast",
        "The Met Office has issued an amber warning for wind across the south-west from noon "
        "today, with gusts of up to 80mph expected on exposed headlands. Ferry operators say "
        "crossings after 11am are likely to be cancelled.",
    ),
    (
        "2026-03-02T08:40:00+00:00",
        "Schools close early",
        "Cornwall Council says 46 schools will close at lunchtime so that pupils can get home "
        "before the strongest winds arrive. Parents are asked to check the council's website "
        "for the list.",
    ),
    (
        "2026-03-02T09:55:00+00:00",
        "Trains cut back",
        "Great Western Railway has cancelled all services west of Exeter from 1pm. A spokesman "
        "said fallen trees on the line near Dawlish had already delayed two morning trains.",
    ),
    (
        "2026-03-02T11:20:00+00:00",
        "Power cuts reported",
        "National Grid says about 12,000 homes in Devon are without power after lines came "
        "down near Okehampton; engineers are on their way but cannot climb poles in the wind.",
    ),
]

RU_POSTS = [
    (
        "2026-03-02T10:15:00+03:00",
        "В Новосибирской области из-за снегопада закрыт участок федеральной трассы Р-256 с 40-го "
        "по 92-й километр. Водителям грузовиков рекомендуют переждать непогоду на стоянках, "
        "сообщили в областном управлении ГИБДД.",
    ),
    (
        "2026-03-02T11:30:00+03:00",
        "Мэрия Новосибирска перевела все школы на дистанционное обучение до конца недели. "
        "Детские сады продолжают работать в обычном режиме, уточнили в департаменте образования.",
    ),
    (
        "2026-03-02T12:45:00+03:00",
        "Аэропорт Толмачёво задержал вылет семи рейсов, в том числе двух в Москву. По данным "
        "пресс-службы, полосу расчищают 14 единиц техники, открыть её обещают к 15:00.",
    ),
    (
        "2026-03-02T14:05:00+03:00",
        "Энергетики восстановили электроснабжение в Бердске и Искитиме, без света остаются около "
        "двух тысяч жителей Маслянинского района, работы продолжаются.",
    ),
]

CHROME_EN = (
    '<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> '
    '<a href="/weather">Weather</a></nav></header>'
)
FOOT_EN = '<footer><p>© 2026 West Country Today. <a href="/privacy">Privacy</a></p></footer>'


def en_page(posts: list[tuple[str, str, str]]) -> bytes:
    """The blog's page: at one post its CMS declares a NewsArticle; with more, LiveBlogPosting."""
    start = EN_POSTS[0][0]
    if len(posts) == 1:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Storm Ada live: amber warning for the south-west",
            "datePublished": start,
        }
    else:
        ld = {
            "@context": "https://schema.org",
            "@type": "LiveBlogPosting",
            "headline": "Storm Ada live: amber warning for the south-west",
            "coverageStartTime": start,
            "liveBlogUpdate": [
                {"@type": "BlogPosting", "headline": h, "datePublished": t, "articleBody": b}
                for t, h, b in reversed(posts)
            ],
        }
    blocks = "".join(
        f'<div class="lb-post"><time datetime="{t}">{t[11:16]}</time><h2>{h}</h2><p>{b}</p></div>'
        for t, h, b in reversed(posts)
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        "<title>Storm Ada live: amber warning for the south-west | West Country Today</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        f"{CHROME_EN}<main><h1>Storm Ada live: amber warning for the south-west</h1>"
        f'<div class="live-posts">{blocks}</div></main>{FOOT_EN}</body></html>'
    ).encode()


def ru_page(posts: list[tuple[str, str]]) -> bytes:
    """Markup only: each post a block with its <time datetime>, the newest first."""
    blocks = "".join(
        f'<article class="online-item"><div class="online-item__time">'
        f'<time datetime="{t}">{t[11:16]}</time></div><p>{b}</p></article>'
        for t, b in reversed(posts)
    )
    return (
        '<!doctype html><html lang="ru"><head><meta charset="utf-8">'
        "<title>Снегопад в Новосибирске: онлайн-трансляция — Сибирь сегодня</title>"
        '<meta property="article:published_time" content="2026-03-02T10:15:00+03:00">'
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>'
        '<header><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav></header>'
        "<main><h1>Снегопад в Новосибирске: онлайн-трансляция</h1>"
        f'<section class="online">{blocks}</section></main>'
        "<footer><p>© 2026 Сибирь сегодня</p></footer></body></html>"
    ).encode()


RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Сибирь сегодня</title><link>/</link>'
    "<item><title>Другая новость</title><link>/news/1</link><guid>/news/1</guid></item>"
    "</channel></rss>"
).encode()


class Blog:
    """A live blog whose page shows ``shown`` of its posts (or answers ``status``)."""

    def __init__(self, site: Publisher, page: object, posts: list[object], path: str) -> None:
        self.page, self.posts, self.shown = page, posts, posts[:1]
        self.status = 200
        self.url = site.url(path)
        site.route(path, self.serve)
        site.route("/rss.xml", lambda hit: (200, {"Content-Type": "application/rss+xml"}, RSS))

    def serve(self, hit: Hit) -> Reply:
        if self.status != 200:
            return self.status, {"Content-Type": "text/html"}, b"<html><body>Gone</body></html>"
        return 200, {"Content-Type": "text/html; charset=utf-8"}, self.page(self.shown)  # type: ignore[operator]


def poller(lib: Library, clock: SimulatedClock) -> Poller:
    return Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)


def texts(lib: Library) -> list[str]:
    return [
        str(json.loads(r[0])["text"])
        for r in lib.conn.execute("SELECT json FROM articles ORDER BY id")
    ]


def _poll(lib: Library, clock: SimulatedClock) -> None:
    clock.sleep(900)
    p = poller(lib, clock)
    try:
        p.refresh()
        p.drain()
    finally:
        p.close()


@pytest.mark.parametrize(
    ("page", "posts", "path"), [(en_page, EN_POSTS, "/live/storm"), (ru_page, RU_POSTS, "/online")]
)
def test_one_post_is_the_pages_article_and_is_not_stored_twice_when_the_blog_grows(
    tmp_path: Path,
    clock: SimulatedClock,
    site: Publisher,
    page: object,
    posts: list[tuple[str, ...]],
    path: str,
) -> None:
    blog = Blog(site, page, list(posts), path)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        ((feed, new),) = add_feeds(lib, [blog.url], now=clock.now(), live=True)
        assert new and feed.live
        _poll(lib, clock)
        (first,) = texts(lib)
        assert posts[0][-1][:60] in first  # the post, read by the extractor
        assert "Главная" not in first and "Privacy" not in first  # not the page's chrome
        store = FeedStore(lib.conn)
        (item,) = store.items(feed.id)
        from newsprism.feeds.clock import parse_time

        assert item["published_ts"] == parse_time(posts[0][0])  # the page's time
        assert store.get(feed.id).url == blog.url  # never switched to the site's feed
        _poll(lib, clock)  # the same page again: nothing new
        assert len(texts(lib)) == 1

        blog.shown = blog.posts[:3]  # two more posts: the markup (or JSON-LD) bounds them now
        _poll(lib, clock)
        stored = texts(lib)
        assert len(stored) == 3, stored
        for post in posts[:3]:
            assert sum(post[-1][:60] in t for t in stored) == 1  # each post once
        assert store.first_post(feed.id) is None  # the first post's item became its update
        assert all(not i["guid"].startswith(FIRST_POST) for i in store.items(feed.id))
        assert store.get(feed.id).last_error is None


def test_a_page_that_drops_its_oldest_post_loses_and_doubles_nothing(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    blog = Blog(site, ru_page, list(RU_POSTS), "/online")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [blog.url], now=clock.now(), live=True)
        blog.shown = RU_POSTS[:3]
        _poll(lib, clock)
        assert len(texts(lib)) == 3
        blog.shown = RU_POSTS[1:4]  # the oldest leaves the page, a fourth arrives
        _poll(lib, clock)
        assert len(texts(lib)) == 4
        blog.shown = RU_POSTS[3:4]  # the page keeps its latest post alone: nothing new, no error
        _poll(lib, clock)
        assert len(texts(lib)) == 4
        (feed,) = FeedStore(lib.conn).all()
        assert feed.last_error is None and feed.disabled_reason is None


class Killed(BaseException):
    """What a ``kill -9`` leaves: the step it cut off did not happen."""


def test_a_killed_poll_resumes_without_losing_or_doubling_a_post(
    tmp_path: Path, clock: SimulatedClock, site: Publisher, monkeypatch: pytest.MonkeyPatch
) -> None:
    blog = Blog(site, en_page, list(EN_POSTS), "/live/storm")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [blog.url], now=clock.now(), live=True)
        _poll(lib, clock)
        assert len(texts(lib)) == 1
        blog.shown = EN_POSTS[:3]

        # killed after the poll recorded its entries (the first post taken over), before the
        # feed's state was written and before any post was stored
        real_update = FeedStore.update

        def update(self: FeedStore, feed_id: int, owner: str, **values: object) -> bool:
            if "body_hash" in values:
                raise Killed
            return real_update(self, feed_id, owner, **values)

        monkeypatch.setattr(FeedStore, "update", update)
        clock.sleep(900)
        with pytest.raises(Killed):
            poller(lib, clock).refresh()
        monkeypatch.setattr(FeedStore, "update", real_update)
        assert len(texts(lib)) == 1
        assert len(FeedStore(lib.conn).pending()) == 2

        # the next run (its lease expired) stores the two posts, and the blog's fourth: killed
        # halfway through storing them
        clock.sleep(601)
        blog.shown = EN_POSTS[:4]
        from newsprism.feeds.items import ItemsMixin

        real_store = ItemsMixin._store_item
        calls = {"n": 0}

        def store_item(self: ItemsMixin, item: object, resp: object = None) -> int:
            calls["n"] += 1
            if calls["n"] == 2:
                raise Killed
            return real_store(self, item, resp)  # type: ignore[arg-type]

        monkeypatch.setattr(ItemsMixin, "_store_item", store_item)
        with pytest.raises(Killed):
            poller(lib, clock).refresh()
        monkeypatch.setattr(ItemsMixin, "_store_item", real_store)
        assert len(texts(lib)) == 2

        clock.sleep(601)
        _poll(lib, clock)
        stored = texts(lib)
        assert len(stored) == 4, stored
        for post in EN_POSTS:
            assert sum(post[-1][:60] in t for t in stored) == 1


def test_without_live_a_one_post_page_is_read_as_before(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    blog = Blog(site, ru_page, list(RU_POSTS), "/online")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        ((feed, _),) = add_feeds(lib, [blog.url], now=clock.now())
        assert not feed.live
        _poll(lib, clock)
        # not declared a blog: a page of one timed block is no live blog, and the feed it
        # links is followed, as before
        assert FeedStore(lib.conn).get(feed.id).url == site.url("/rss.xml")


def test_a_live_feed_says_when_its_page_is_unreachable_or_shows_no_posts(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    blog = Blog(site, ru_page, list(RU_POSTS), "/online")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        ((feed, _),) = add_feeds(lib, [blog.url], now=clock.now(), live=True)
        blog.shown = RU_POSTS[:2]
        _poll(lib, clock)
        assert len(texts(lib)) == 2
        blog.status = 404
        _poll(lib, clock)
        state = FeedStore(lib.conn).get(feed.id)
        assert "404" in (state.last_error or "") and state.live
        blog.status, blog.shown = 200, []  # reachable again, with no post at all
        _poll(lib, clock)
        state = FeedStore(lib.conn).get(feed.id)
        assert "showed posts before and shows none now" in (state.last_error or "")
        assert "feeds remove" in (state.last_error or "")
        assert state.url == blog.url and len(texts(lib)) == 2


def test_feeds_add_live_and_feeds_list_show_it(tmp_path: Path) -> None:
    from newsprism.cli import app

    db = str(tmp_path / "lib.sqlite")
    runner = CliRunner()
    url = "https://example.org/live/storm"
    out = runner.invoke(app, ["feeds", "add", "--live", url, "--db", db])
    assert out.exit_code == 0 and "(live blog)" in out.output
    out = runner.invoke(app, ["feeds", "add", "https://example.org/rss", "--db", db])
    assert out.exit_code == 0 and "(live blog)" not in out.output
    out = runner.invoke(app, ["feeds", "list", "--db", db])
    assert out.exit_code == 0
    lines = [line for line in out.output.splitlines() if not line.startswith("\t")]
    assert "live blog" in lines[0] and "live blog" not in lines[1]
    out = runner.invoke(app, ["feeds", "list", "--json", "--db", db])
    assert [f["live"] for f in json.loads(out.output)] == [True, False]


def test_the_first_post_is_found_when_its_bounded_post_holds_more_than_the_extractor_kept() -> None:
    """Seen on a real page: the post the markup bounds carried a caption and its authors'
    byline the extractor left out, so most of its word pairs were not in the stored text; the
    stored text is all inside it.  A one-line stored text is not found inside another post."""
    from newsprism.feeds.live import first_post_match
    from newsprism.feeds.parse import Entry
    from newsprism.library.feeds import Item

    lead = (
        "The pole vault qualification turned into a dramatic evening for Lene Retzius, who "
        "missed her first two attempts at 4.55 metres before clearing the bar."
    )
    stored = Item(1, 1, FIRST_POST + "x", None, "Live", 1000.0, 0.0, "stored", 0, lead, 7)
    bounded = Entry(
        "#p1",
        None,
        None,
        1000.0,
        lead + " DESPAIR: Here Retzius thinks the final place is gone. You need JavaScript to "
        "see this video. Photo: Scanpix. Mathias Hagen, journalist. Anders Lund, journalist. "
        "Published 14:05, updated 14:31.",
    )
    other = Entry(
        "#p2",
        None,
        None,
        4600.0,
        "In the men's 1500 metres heats, all three Norwegians went through to the semi-finals "
        "on Tuesday evening after a tactical race in the heat of the afternoon.",
    )
    assert first_post_match(stored, [other, bounded]) == "#p1"
    short = Item(1, 1, FIRST_POST + "x", None, "Live", 1000.0, 0.0, "stored", 0, "Heats.", 7)
    assert first_post_match(short, [other]) is None


def test_the_web_feeds_page_says_which_feeds_are_live(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from newsprism.web import create_app

    db = tmp_path / "lib.sqlite"
    with Library.open(db) as lib:
        add_feeds(lib, ["https://example.org/live/storm"], live=True)
        add_feeds(lib, ["https://example.org/rss"])
    local = "http://127.0.0.1:8000"
    with TestClient(create_app(db, analyse=False), base_url=local) as c:
        text = c.get("/feeds", headers={"accept": "text/html"}).text
        feeds = c.get("/api/feeds").json()
    rows = text[text.index("<tbody>") :].split("<tr>")[1:]
    assert '<td data-label="Kind">live blog</td>' in rows[0]
    assert "live blog" not in rows[1]
    assert [f["live"] for f in feeds] == [True, False]
