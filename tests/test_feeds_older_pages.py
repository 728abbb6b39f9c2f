"""A live blog's "older posts" pages followed (forty-fourth session), against a fake publisher on
127.0.0.1: queued in the library, fetched a page per turn through the same per-host gate, bounded,
each post stored once, resumed after a ``kill -9``.  Pages written here (invented)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from publisher import Hit, Publisher, Reply

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.feeds import politeness as pol
from newsprism.feeds.clock import iso
from newsprism.feeds.poller import same_blog_address
from newsprism.library import Library
from newsprism.library.feeds import FeedStore

PLACES = [
    "Ashwell", "Brindle", "Carrow", "Dunmore", "Elstow", "Fernby", "Garth", "Hollin",
    "Ibstock", "Jarrow", "Kelby", "Lindow", "Marden", "Norley", "Oakham", "Pelton",
    "Quarndon", "Rudby", "Selham", "Tilby", "Upwell", "Venn", "Wexcombe", "Yarnfield",
]  # fmt: skip


def post_text(i: int) -> str:
    return (
        f"Crews in {PLACES[i]} cleared fallen trees from {i + 2} roads after the storm, the "
        f"council said, and {30 + i * 7} homes in {PLACES[i]} are still waiting for power."
    )


class PagedBlog:
    """A live blog that shows its newest ``per_page`` posts and links its older posts' pages
    ("Older posts"), each post an ``<article>`` with its id and ``<time datetime>``."""

    def __init__(self, site: Publisher, count: int, per_page: int = 4) -> None:
        self.site, self.count, self.per_page = site, count, per_page
        self.t0 = site.clock.now() - 6 * 3600
        site.route("/live/storm", lambda hit: self.serve(1))
        for n in range(2, 8):
            site.route(f"/live/storm/page/{n}", lambda hit, n=n: self.serve(n))

    @property
    def url(self) -> str:
        return self.site.url("/live/storm")

    def serve(self, n: int) -> Reply:
        newest_first = list(range(self.count))[::-1]
        shown = newest_first[(n - 1) * self.per_page : n * self.per_page]
        if not shown:
            return 404, {}, b"no such page"
        more = len(newest_first) > n * self.per_page
        posts = "".join(
            f'<article class="post" id="p{i}"><time datetime="{iso(self.t0 + i * 600)}">'
            f"{i}</time><p>{post_text(i)}</p></article>"
            for i in shown
        )
        older = f'<a class="more" href="/live/storm/page/{n + 1}">Older posts</a>' if more else ""
        page = (
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Storm: live</title>'
            "</head><body><h1>Storm Idris: live</h1>"
            f'<div class="feed">{posts}</div>{older}</body></html>'
        ).encode()
        return 200, {"Content-Type": "text/html; charset=utf-8"}, page


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    with Library.open(tmp_path / "lib.sqlite") as library:
        yield library


def poller(lib: Library, clock: SimulatedClock) -> Poller:
    return Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)


def stored(lib: Library) -> list[str]:
    return [str(json.loads(r[0])["text"]) for r in lib.conn.execute("SELECT json FROM articles")]


def turns(lib: Library, clock: SimulatedClock, n: int) -> None:
    """``n`` turns of a watcher: poll what is due, store it, let the clock move on."""
    p = poller(lib, clock)
    try:
        for _ in range(n):
            p.poll_due()
            p.drain()
            clock.sleep(pol.HOST_SPACING + 1)
    finally:
        p.close()


def page_hits(site: Publisher) -> dict[str, int]:
    out: dict[str, int] = {}
    for hit in site.hits:
        if hit.path.startswith("/live/storm"):
            out[hit.path] = out.get(hit.path, 0) + 1
    return out


def test_older_pages_are_followed_once_each_post_stored_once(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    blog = PagedBlog(site, 11)  # pages of 4, 4 and 3 posts
    add_feeds(lib, [blog.url], now=clock.now())
    turns(lib, clock, 6)
    texts = stored(lib)
    assert len(texts) == 11
    for i in range(11):
        assert sum(f"Crews in {PLACES[i]} " in t for t in texts) == 1
    hits = page_hits(site)
    assert hits["/live/storm/page/2"] == 1 and hits["/live/storm/page/3"] == 1
    assert "/live/storm/page/4" not in hits  # the last page links nothing older
    assert site.min_spacing() >= pol.HOST_SPACING  # the same per-host gate
    (feed,) = FeedStore(lib.conn).all()
    assert feed.older_next is None
    assert json.loads(feed.older_done or "[]") == [
        site.url("/live/storm/page/2"),
        site.url("/live/storm/page/3"),
    ]
    # a new post pushes one onto page 2: the blog's page brings it, the older pages are not
    # fetched again, and the post that moved to page 2 is the item stored before
    blog.count = 12
    clock.sleep(3 * 3600)
    turns(lib, clock, 3)
    assert len(stored(lib)) == 12
    assert page_hits(site)["/live/storm/page/2"] == 1


def test_older_pages_are_bounded(
    lib: Library, clock: SimulatedClock, site: Publisher, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pol, "MAX_OLDER_PAGES", 2)
    blog = PagedBlog(site, 24)  # six pages of four
    add_feeds(lib, [blog.url], now=clock.now())
    turns(lib, clock, 8)
    hits = page_hits(site)
    assert hits.get("/live/storm/page/2") == 1 and hits.get("/live/storm/page/3") == 1
    assert "/live/storm/page/4" not in hits
    assert len(stored(lib)) == 12


class Killed(BaseException):
    """What a ``kill -9`` leaves: the step it cut off did not happen."""


def test_a_killed_watcher_resumes_the_older_pages(
    lib: Library, clock: SimulatedClock, site: Publisher, monkeypatch: pytest.MonkeyPatch
) -> None:
    blog = PagedBlog(site, 11)
    add_feeds(lib, [blog.url], now=clock.now())
    real_update = FeedStore.update

    # killed after page 2's posts were recorded, before the queue moved on
    def update(self: FeedStore, feed_id: int, owner: str, **values: object) -> bool:
        if "older_done" in values:
            raise Killed
        return real_update(self, feed_id, owner, **values)

    monkeypatch.setattr(FeedStore, "update", update)
    with pytest.raises(Killed):
        turns(lib, clock, 4)
    monkeypatch.setattr(FeedStore, "update", real_update)
    (feed,) = FeedStore(lib.conn).all()
    assert feed.older_next == site.url("/live/storm/page/2")  # the queue survived
    clock.sleep(601)  # the killed run's lease expires
    turns(lib, clock, 5)
    texts = stored(lib)
    assert len(texts) == 11
    for i in range(11):
        assert sum(f"Crews in {PLACES[i]} " in t for t in texts) == 1
    hits = page_hits(site)
    assert hits["/live/storm/page/2"] == 2  # fetched again on resume, its posts not doubled
    assert hits["/live/storm/page/3"] == 1


def test_an_older_page_that_fails_ends_the_chain(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    blog = PagedBlog(site, 11)
    site.route("/live/storm/page/2", lambda hit: (500, {}, b"oops"))
    add_feeds(lib, [blog.url], now=clock.now())
    turns(lib, clock, 5)
    (feed,) = FeedStore(lib.conn).all()
    assert feed.older_next is None and feed.last_error is None and feed.failures == 0
    assert page_hits(site).get("/live/storm/page/2") == 1
    assert len(stored(lib)) == 4


def test_a_next_link_to_another_blog_is_not_followed(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    # the blog's rel="next" leads to the site's next live blog (another path): never fetched,
    # and its posts are never stored as this blog's
    other = PagedBlog(site, 4)
    site.route("/live/other", lambda hit: other.serve(1))

    def first_page(hit: Hit) -> Reply:
        status, headers, body = other.serve(1)
        return (
            status,
            headers,
            body.replace(b"</head>", b'<link rel="next" href="/live/other"></head>'),
        )

    site.route("/live/storm", first_page)
    add_feeds(lib, [site.url("/live/storm")], now=clock.now())
    turns(lib, clock, 3)
    assert "/live/other" not in {h.path for h in site.hits}
    (feed,) = FeedStore(lib.conn).all()
    assert feed.older_next is None and feed.older_done is None


def test_the_address_of_a_page_of_the_same_blog() -> None:
    blog = "https://coastnews.example/live/storm"
    assert same_blog_address(f"{blog}?page=2", blog)
    assert same_blog_address(f"{blog}/page/2", blog)
    assert not same_blog_address("https://coastnews.example/live/storm-day-two", blog)
    assert not same_blog_address("https://coastnews.example/live/other", blog)
    assert not same_blog_address("https://elsewhere.example/live/storm?page=2", blog)


def test_an_older_page_keeps_the_blogs_own_query() -> None:
    # an older CMS addresses each story by query (review R9): another id is another story
    blog = "https://gazette.example/article.php?id=123"
    assert same_blog_address("https://gazette.example/article.php?id=123&page=2", blog)
    assert same_blog_address("https://gazette.example/article.php?page=2&id=123", blog)
    assert not same_blog_address("https://gazette.example/article.php?id=124", blog)
    assert not same_blog_address("https://gazette.example/article.php?page=2", blog)
    # a parameter that only says where the reader came from is not the blog's own
    tracked = "https://coastnews.example/live/storm?utm_source=newsletter"
    assert same_blog_address("https://coastnews.example/live/storm?page=2", tracked)


def test_a_blog_at_the_sites_root_follows_only_a_labelled_link() -> None:
    blog = "https://live.example/"
    # a path of the host: every path is under the root, so a bare rel="next" is not enough
    assert not same_blog_address("https://live.example/news/ferry-strike", blog)
    assert same_blog_address("https://live.example/page/2", blog, labelled=True)
    # the root itself with another query is the same page's next page either way
    assert same_blog_address("https://live.example/?page=2", blog)
    assert not same_blog_address("https://elsewhere.example/page/2", blog, labelled=True)


def test_a_root_blogs_rel_next_is_not_fetched_a_labelled_link_is(
    lib: Library, clock: SimulatedClock, site: Publisher
) -> None:
    blog = PagedBlog(site, 8)
    older = blog.serve(2)
    site.route("/story/council-budget", lambda hit: older)
    site.route("/page/2", lambda hit: older)
    first = blog.serve(1)[2].replace(
        b'<a class="more" href="/live/storm/page/2">Older posts</a>', b""
    )

    def root(hit: Hit) -> Reply:
        return (
            200,
            {"Content-Type": "text/html; charset=utf-8"},
            first.replace(b"</head>", b'<link rel="next" href="/story/council-budget"></head>'),
        )

    site.route("/", root)
    add_feeds(lib, [site.url("/")], now=clock.now())
    turns(lib, clock, 3)
    assert "/story/council-budget" not in {h.path for h in site.hits}
    assert len(stored(lib)) == 4

    labelled = first.replace(b"</body>", b'<a href="/page/2">Older posts</a></body>')
    site.route("/", lambda hit: (200, {"Content-Type": "text/html; charset=utf-8"}, labelled))
    clock.sleep(24 * 3600)
    turns(lib, clock, 3)
    assert "/page/2" in {h.path for h in site.hits}
    assert len(stored(lib)) == 8
