"""Session 23, the library's follow-up: a feed item corrected under the same GUID is stored as a
new revision of its article; a page that is not the article (a bot check, a consent wall, a page
that needs JavaScript, an empty shell) is retried, then given up with why, and never stored; a
stray windows-1252 punctuation byte in a UTF-8 page is read as that character; the item
without a link has its typed exception in ``errors``.  Invented feeds and pages."""

from __future__ import annotations

from pathlib import Path

import pytest
import wall_pages
from publisher import Hit, Publisher, Reply
from wall_pages import bot_check

from newsprism.charset import decode_bytes
from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.library import Library

PARAS = [
    "The harbour board of Kettleby met on Tuesday and agreed to raise ferry fares by {n} per cent "
    "from the spring, its chair Maren Holt told reporters after the vote.",
    '"We cannot keep the evening crossings without it," Holt said. The board had spent the '
    "winter reviewing the route's costs, which rose sharply after two engines were replaced.",
    "Commuters' groups said the rise would fall hardest on shift workers who use the last boat "
    "home, and asked the council to cover part of it from the parking fund.",
    "The council will discuss the request at its next meeting; officials hope to settle the "
    "summer timetable before the ferries change to longer crossings in June.",
]


def _page(n: int, headline: str) -> bytes:
    body = "".join(f"<p>{p.format(n=n)}</p>" for p in PARAS)
    return (
        f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
        f"{body}</article></body></html>"
    ).encode()


def _rss(site: Publisher, title: str, description: str, updated: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Kettleby harbour</title><link>{site.url('/')}</link>"
        f"<item><title>{title}</title><link>{site.url('/fares')}</link>"
        f"<guid>kettleby-fares-1</guid><description>{description}</description>{updated}</item>"
        "</channel></rss>"
    ).encode()


def _poller(lib: Library, clock: SimulatedClock) -> Poller:
    return Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)


# -- 1: a corrected item is a new revision of its article ------------------------------------------


def test_a_corrected_item_under_the_same_guid_is_stored_as_a_revision(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    state = {"n": 8, "title": "Ferry fares to rise 8%", "desc": "The board agreed a rise."}
    pages: list[Hit] = []

    def page(hit: Hit) -> Reply:
        pages.append(hit)
        return 200, {"Content-Type": "text/html"}, _page(state["n"], str(state["title"]))

    site.route(
        "/rss",
        lambda hit: (
            200,
            {"Content-Type": "application/rss+xml"},
            _rss(site, str(state["title"]), str(state["desc"])),
        ),
    )
    site.route("/fares", page)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p = _poller(lib, clock)
        p.refresh()
        first = lib.conn.execute("SELECT id, content_hash FROM articles").fetchall()
        assert len(first) == 1 and len(pages) == 1
        # unchanged feed entry: no page fetch, however often the feed is polled
        for _ in range(3):
            clock.sleep(3600)
            p.refresh()
        assert len(pages) == 1
        # the outlet corrects the figure and the headline under the same GUID
        state.update(n=6, title="Ferry fares to rise 6%", desc="Corrected: the rise is 6%.")
        clock.sleep(3600)
        p.refresh()
        p.drain()
        rows = lib.conn.execute("SELECT id, content_hash, title FROM articles").fetchall()
        assert len(pages) == 2
        assert len(rows) == 1 and rows[0][0] == first[0][0]  # the same article, a new revision
        assert rows[0][1] != first[0][1] and rows[0][2] == "Ferry fares to rise 6%"
        assert "by 6 per cent" in lib.get(rows[0][0]).text
        status, title = lib.conn.execute("SELECT status, title FROM feed_items").fetchone()
        assert status == "stored" and title == "Ferry fares to rise 6%"
        # and, unchanged again, it costs nothing again
        clock.sleep(3600)
        p.refresh()
        assert len(pages) == 2
        p.close()


def test_an_item_from_before_revisions_were_kept_is_not_fetched_again(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    pages: list[Hit] = []
    said = {"desc": "Rise"}
    site.route(
        "/rss",
        lambda hit: (
            200,
            {"Content-Type": "application/rss+xml"},
            _rss(site, "Fares", said["desc"]),
        ),
    )
    site.route("/fares", lambda hit: (pages.append(hit), (200, {}, _page(8, "Fares")))[1])
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p = _poller(lib, clock)
        p.refresh()
        lib.conn.execute("UPDATE feed_items SET revision = NULL")  # as an older newsprism left it
        lib.conn.commit()
        said["desc"] = "A rise in fares"  # the feed's body moves, so its entries are read again
        clock.sleep(3600)
        p.refresh()
        assert len(pages) == 1
        assert lib.conn.execute("SELECT revision FROM feed_items").fetchone()[0] is not None
        p.close()


# -- 2: a page that is not the article ----------------------------------------------------------

BOT_CHECK = bot_check("harbour.example")
CONSENT = wall_pages.CONSENT
NEEDS_JS = (
    b"<html><head><title>Harbour news</title></head><body><noscript><p>Please enable JavaScript "
    b"to read this article.</p></noscript><p>Please enable JavaScript to read this article.</p>"
    b"</body></html>"
)
SHELL = (
    b'<html><head><title>Harbour news</title></head><body><div id="app"></div>'
    b'<script src="/static/app.js"></script></body></html>'
)


@pytest.mark.parametrize(
    ("wall", "why"),
    [
        (BOT_CHECK, "bot check"),
        (CONSENT, "consent wall"),
        (NEEDS_JS, "JavaScript"),
        (SHELL, "no article text"),
    ],
)
def test_a_page_that_is_not_the_article_is_retried_and_never_stored(
    tmp_path: Path, clock: SimulatedClock, site: Publisher, wall: bytes, why: str
) -> None:
    pages: list[Hit] = []
    walled = {"on": True}

    def page(hit: Hit) -> Reply:
        pages.append(hit)
        return 200, {"Content-Type": "text/html"}, wall if walled["on"] else _page(8, "Fares")

    site.route(
        "/rss",
        lambda hit: (200, {"Content-Type": "application/rss+xml"}, _rss(site, "Fares", "Rise")),
    )
    site.route("/fares", page)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p = _poller(lib, clock)
        p.refresh()
        assert lib.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        status, error = lib.conn.execute("SELECT status, error FROM feed_items").fetchone()
        assert status == "pending" and why in error  # temporary: tried again later
        clock.sleep(400)
        p.drain()
        assert len(pages) == 2
        walled["on"] = False  # the wall is lifted on a later visit
        clock.sleep(900)
        p.drain()
        assert lib.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        assert lib.conn.execute("SELECT status FROM feed_items").fetchone()[0] == "stored"
        p.close()


def test_a_wall_that_stays_is_given_up_with_its_reason(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    site.route(
        "/rss",
        lambda hit: (200, {"Content-Type": "application/rss+xml"}, _rss(site, "Fares", "Rise")),
    )
    site.route("/fares", lambda hit: (200, {"Content-Type": "text/html"}, BOT_CHECK))
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/rss")], now=clock.now())
        p = _poller(lib, clock)
        p.refresh()
        for _ in range(8):
            clock.sleep(1800)
            p.drain()
        status, attempts, error = lib.conn.execute(
            "SELECT status, attempts, error FROM feed_items"
        ).fetchone()
        assert status == "failed" and attempts == 4 and "bot check" in error
        assert lib.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        p.close()


def test_a_short_article_about_cookies_and_robots_is_still_an_article() -> None:
    from newsprism import read
    from newsprism.feeds.walls import wall_reason

    # a brief under the word limit whose topic is a wall's vocabulary: asks nothing of a visitor
    html = (
        "<html><head><title>Robots to bake cookies in Kettleby</title></head><body><article>"
        "<h1>Robots to bake cookies in Kettleby</h1><p>A bakery in Kettleby will use two robots "
        "to shape its cookies from March, its owner Dana Reyes said on Monday. The machines cost "
        "40,000 pounds and no jobs will go, she said, as staff move to the new cafe.</p>"
        "</article></body></html>"
    )
    article = read(html.encode(), stages=())
    assert article.word_count < 80
    assert wall_reason(article, html, "https://harbour.example/a") is None


# -- 3: a stray windows-1252 punctuation byte in a UTF-8 page ---------------------------------------

PAGE = "<html><body>" + "".join(f"<p>{p.format(n=8)}</p>" for p in PARAS) + "<p>Café {}</p>"


@pytest.mark.parametrize(
    ("stray", "mark"), [(b"\x93", "\u201c"), (b"\x96", "\u2013"), (b"\xab", "\u00ab")]
)
def test_a_stray_cp1252_punctuation_byte_in_utf8_is_read_as_that_character(
    stray: bytes, mark: str
) -> None:
    head, tail = PAGE.split("{}")
    data = head.encode() + b"crossings " + stray + b" tomorrow" + tail.encode()
    text, encoding = decode_bytes(data, "page.html")
    assert f"crossings {mark} tomorrow" in text and "Café" in text
    assert encoding == f"utf-8 (1 stray windows-1252 byte read as {mark})"


def test_a_byte_beside_other_broken_bytes_is_not_read_as_punctuation() -> None:
    head, tail = PAGE.split("{}")
    data = head.encode() + b"cuts\xe2\x80 \x80\x94 later" + tail.encode()
    text, encoding = decode_bytes(data, "page.html")
    assert "\u201d" not in text and "\u2014" not in text
    assert encoding.endswith("replaced by U+FFFD)") and "windows-1252" not in encoding


# -- 4: the typed exception ---------------------------------------------------------------------------


def test_an_item_without_a_link_has_its_exception_in_errors() -> None:
    from newsprism.errors import FeedError, ItemWithoutLinkError, NotTheArticleError

    assert issubclass(ItemWithoutLinkError, FeedError) and ItemWithoutLinkError.hint
    assert issubclass(NotTheArticleError, FeedError) and NotTheArticleError.hint


# -- 4: a story's views read only the articles whose quotes they mark -----------------------------


def test_a_story_page_reads_only_the_articles_of_its_first_reports(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dataclasses

    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    import newsprism
    from newsprism.api import STORE_STAGES
    from newsprism.cli import app
    from newsprism.linking import link_articles
    from newsprism.web import create_app

    html = (
        "<html><head><title>Ferry fares to rise</title></head><body><article><h1>Ferry fares to "
        'rise</h1><p>"We were promised cheaper tickets," said Ann Lee, a commuter, on Monday. '
        '"It is one boat for one town," said Ann Lee. The harbour board agreed the rise on '
        "Tuesday after a long meeting, and the new fares start in April.</p></article></body></html>"
    )
    article = newsprism.read(html.encode(), stages=("segment", *STORE_STAGES))
    quotes = [q for q in article.quotes if q.speaker is not None]
    assert len(quotes) >= 2
    guessed = dataclasses.replace(quotes[1], confidence=0.3)
    article = dataclasses.replace(article, quotes=(quotes[0], guessed, *quotes[2:]))
    path = tmp_path / "lib.sqlite"
    with Library.open(path) as lib:
        batch = []
        for i in range(8):  # the same report republished by eight outlets
            meta = dataclasses.replace(
                article.metadata, url=f"https://outlet{i}.example/ferry", site=f"outlet{i}.example"
            )
            copy = dataclasses.replace(article, text=f"{article.text} ({i})", metadata=meta)
            batch.append((lib.add(copy, link=False), copy))
        link_articles(lib, batch)
        story, size = lib.conn.execute(
            "SELECT story_id, count(*) c FROM story_articles GROUP BY story_id ORDER BY c DESC"
        ).fetchone()
    assert size == 8
    read: list[int] = []
    get = Library.get
    monkeypatch.setattr(Library, "get", lambda self, i: (read.append(i), get(self, i))[1])
    with TestClient(create_app(path, analyse=False), base_url="http://127.0.0.1:8000") as c:
        page = c.get(f"/stories/{story}", headers={"accept": "text/html"}).text
    assert "uncertain: Ann Lee?" in page
    assert len(read) == 1  # the first report's article (all eight before)
    read.clear()
    result = CliRunner().invoke(app, ["story", str(story), "--db", str(path)])
    assert result.exit_code == 0 and "uncertain: Ann Lee?" in result.output
    assert len(read) == 1
