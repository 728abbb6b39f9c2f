"""Review findings R11 and R12 on text-time live blogs (thirty-eighth session).

R11: a page dated at the end of the calendar whose clocks pass midnight raised OverflowError,
and the poller, which caught only NewsprismError, stopped for every feed.  R12: a page whose
``article:published_time`` is its last update dated every post of a blog that ran past midnight a
day late, after the page's own time."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import lxml.html
import pytest
from publisher import Hit, Publisher, Reply

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.feeds import poller as poller_module
from newsprism.feeds.liveblog_html import html_updates
from newsprism.library import Library
from newsprism.library.feeds import FeedStore

URL = "https://news.example.org/live/storm-night"

POSTS = [
    (
        "22:10",
        "Gusts of 90mph recorded",
        "The Met Office says a gust of 90mph was recorded at the Needles on the Isle of Wight, "
        "and an amber warning for wind now covers the whole south coast until six in the morning.",
    ),
    (
        "23:40",
        "Ferries cancelled",
        "Wightlink has cancelled all crossings between Portsmouth and Fishbourne for the rest of "
        "the night; passengers booked on the early sailings are told to check again at 5am.",
    ),
    (
        "00:50",
        "Power cut to 12,000 homes",
        "Scottish and Southern Electricity Networks says about 12,000 homes in Hampshire and "
        "Dorset are without power after trees brought down lines near Ringwood and Fordingbridge.",
    ),
]


def blog(published: str, posts: list[tuple[str, str, str]] = POSTS) -> bytes:
    """A regional site's live page, newest first, each post's time in a span of its own."""
    body = "".join(
        f'<div class="lb-post" id="p{n}"><span class="lb-post__time">{t}</span>'
        f"<h3>{h}</h3><p>{text}</p></div>"
        for n, (t, h, text) in enumerate(reversed(posts))
    )
    head = f'<meta property="article:published_time" content="{published}">'
    return (
        f'<html><head><meta charset="utf-8"><title>Storm live</title>{head}</head><body>'
        f'<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>'
        f'<main><h1>Storm live</h1><section class="lb">{body}</section></main>'
        "<footer><p>© 2026 Example News</p></footer></body></html>"
    ).encode()


def dates(body: bytes) -> list[str]:
    got = html_updates(lxml.html.fromstring(body), URL)
    return [u["datePublished"] for u in got]


def test_a_page_dated_at_the_end_of_the_calendar_invents_no_date_past_it() -> None:
    got = dates(blog("9999-12-31T20:00:00+00:00"))  # newest first
    assert len(got) == 3
    # the two posts before midnight keep the page's day; the one after has no day to take
    assert got[1:] == ["9999-12-31T23:40:00+00:00", "9999-12-31T22:10:00+00:00"]
    assert got[0] == ""


def test_a_page_whose_time_is_its_last_update_dates_a_night_blog_from_the_evening_before() -> None:
    got = dates(blog("2026-03-05T01:00:00Z"))
    assert [datetime.fromisoformat(d).strftime("%m-%d %H:%M") for d in got] == [
        "03-05 00:50",
        "03-04 23:40",
        "03-04 22:10",
    ]


def test_a_page_published_as_the_blog_began_keeps_its_day() -> None:
    got = dates(blog("2026-03-04T22:00:00Z"))
    assert [datetime.fromisoformat(d).strftime("%m-%d %H:%M") for d in got] == [
        "03-05 00:50",
        "03-04 23:40",
        "03-04 22:10",
    ]


def test_a_page_published_that_morning_keeps_its_day_for_a_blog_into_the_night() -> None:
    # the page's time lies outside the posts' span either way: nothing to step back to
    got = dates(blog("2026-03-04T08:00:00+00:00"))
    assert [datetime.fromisoformat(d).strftime("%m-%d %H:%M") for d in got] == [
        "03-05 00:50",
        "03-04 23:40",
        "03-04 22:10",
    ]


@pytest.fixture
def clock() -> SimulatedClock:
    return SimulatedClock()


@pytest.fixture
def site(clock: SimulatedClock) -> Any:
    with Publisher(clock) as p:
        yield p


def test_one_feed_whose_page_breaks_the_reader_fails_alone_and_the_others_are_polled(
    tmp_path: Path, clock: SimulatedClock, site: Publisher, monkeypatch: pytest.MonkeyPatch
) -> None:
    def serve(hit: Hit) -> Reply:
        return 200, {"Content-Type": "text/html; charset=utf-8"}, blog("2026-03-05T01:00:00Z")

    site.route("/live/storm", serve)
    site.route("/live/broken", serve)
    real_parse = poller_module.parse

    def parse(body: bytes, url: str, now: float | None = None) -> Any:
        if url.endswith("/broken"):  # stands for a bug no reader foresaw on one page
            raise ZeroDivisionError("division by zero")
        return real_parse(body, url, now)

    monkeypatch.setattr(poller_module, "parse", parse)
    with Library.open(tmp_path / "lib.sqlite") as lib:
        add_feeds(lib, [site.url("/live/broken"), site.url("/live/storm")], now=clock.now())
        p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
        try:
            results = {r.url.rsplit("/", 1)[-1]: r for r in p.refresh()}
        finally:
            p.close()
        assert results["broken"].outcome == "failed"
        assert "ZeroDivisionError" in (results["broken"].error or "")
        assert results["storm"].outcome == "new" and results["storm"].new_items == 3
        store = FeedStore(lib.conn)
        broken = store.get(site.url("/live/broken"))
        assert broken.last_status == "failed" and "ZeroDivisionError" in (broken.last_error or "")
        assert broken.next_fetch_at is not None and broken.next_fetch_at > clock.now()
