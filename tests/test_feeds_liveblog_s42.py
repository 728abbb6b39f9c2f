"""Live blogs, forty-second session: pages written here (English and Russian, invented)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import lxml.html
from publisher import Hit, Publisher, Reply

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.feeds.liveblog_html import html_updates
from newsprism.feeds.parse import parse
from newsprism.library import Library
from newsprism.library.feeds import FeedStore

_RU_POSTS = [
    (
        "10:05",
        (
            "Электрички до Каменска пошли по обычному расписанию, сообщили в пригородной компании. "
            "Задержки на утренних рейсах не превышают десяти минут, кассы на вокзале открыты."
        ),
    ),
    (
        "11:30",
        (
            "Дорожные службы закончили расчистку моста через Исеть, движение по нему восстановлено "
            "в обе стороны. Ограничение скорости до 40 км/ч действует до вечера."
        ),
    ),
]


def test_a_comment_beside_a_text_stamp_is_no_element() -> None:
    # a saved page's "<!-- post -->" comments: lxml raises on a comment's text_content, and the
    # text-stamp reader asked every child for its text — the whole poll failed with a ValueError
    posts = "".join(
        f"<div class=entry><!-- entry --><div class=t>{clock}<!-- /t --></div><p>{text}</p></div>"
        for clock, text in _RU_POSTS
    )
    page = (
        "<html><head><meta property='article:published_time' content='2026-02-11T09:00:00+05:00'>"
        f"</head><body><h1>Снегопад: хроника</h1><div class=lenta>{posts}</div></body></html>"
    )
    updates = html_updates(lxml.html.fromstring(page), "https://ural.example/live/snow")
    assert [u["articleBody"][:11] for u in updates] == ["Электрички ", "Дорожные сл"]


# --- round 42: the fetch time dates relative stamps and dayless clocks ------------------------


URL = "https://harbour.example/live/ferry-strike"
_EN_TEXTS = [
    (
        "Talks between the ferry operator and the crew union have resumed at the conciliation "
        "service in Brackwater, a spokeswoman for the union confirmed this morning."
    ),
    (
        "The operator says it has cancelled all remaining sailings to the islands today and will "
        "refund passengers in full; the freight service is running on a reduced timetable."
    ),
    (
        "Island shops report deliveries of fresh food are a day late. The council has opened its "
        "emergency store at the harbour office for anyone who needs supplies before the weekend."
    ),
]


def _ts(text: str) -> float:
    return datetime.fromisoformat(text).timestamp()


def _relative_page(stamps: list[str], *, ids: bool = False, author: str = "") -> bytes:
    posts = "".join(
        f"<div class='upd'{f' id=u{n}' if ids else ''}><div class='upd-head'>"
        f"<span class='upd-ago'>{stamp}</span>{author}</div><p>{text}</p>"
        "<div class='upd-tools'><button>Copy link</button></div></div>"
        for n, (stamp, text) in enumerate(zip(stamps, _EN_TEXTS, strict=False))
    )
    return (
        "<!doctype html><html><head><meta charset=utf-8><title>Ferry strike</title></head><body>"
        f"<h1>Ferry strike: live</h1><div class='stream'>{posts}</div></body></html>"
    ).encode()


def test_relative_stamps_are_dated_from_the_fetch_time() -> None:
    now = _ts("2026-10-14T10:05:00+00:00")
    parsed = parse(_relative_page(["3 min ago", "1h ago", "2 hours ago"]), URL, now)
    assert [e.published for e in parsed.entries] == [now - 180, now - 3600, now - 7200]
    assert parsed.entries[0].content == _EN_TEXTS[0]  # the button's words are no post's


def test_without_the_fetch_time_relative_stamps_stamp_nothing() -> None:
    # the code before round 42 (and a caller that gives no time): no post can be dated
    assert parse(_relative_page(["3 min ago", "1h ago", "2 hours ago"]), URL).entries == []


def test_a_relative_post_is_the_same_item_at_the_next_poll() -> None:
    # "1h ago" read at 10:05 and at 10:40 gives two times: neither its key nor its revision may
    # move with them, or every poll stores the post again (or a revision of it)
    first = parse(
        _relative_page(["3 min ago", "1h ago", "2 hours ago"]),
        URL,
        _ts("2026-10-14T10:05:00+00:00"),
    )
    later = parse(
        _relative_page(["38 min ago", "1h ago", "2h ago"]),
        URL,
        _ts("2026-10-14T10:40:00+00:00"),
    )
    assert [e.guid for e in first.entries] == [e.guid for e in later.entries]
    assert [e.revision for e in first.entries] == [e.revision for e in later.entries]


def test_russian_relative_stamps_and_a_byline() -> None:
    posts = "".join(
        f"<article class=post><div class=post-time>{stamp}</div>"
        f"<span class=post-author>Анна Лебедева</span><p>{text}</p></article>"
        for stamp, (_, text) in zip(["5 минут назад", "2 часа назад"], _RU_POSTS, strict=True)
    )
    body = (
        "<html><head><meta charset=utf-8></head><body><h1>Снегопад</h1>"
        f"<section>{posts}</section></body></html>"
    ).encode()
    now = _ts("2026-02-11T12:00:00+05:00")
    parsed = parse(body, "https://ural.example/live/snow", now)
    assert [e.published for e in parsed.entries] == [now - 300, now - 7200]
    assert parsed.entries[0].content and parsed.entries[0].content.startswith("Электрички")


def _clock_page(stamps: list[str], head: str = "") -> bytes:
    posts = "".join(
        f"<li class=entry><span class=stamp>{stamp}</span><p>{text}</p></li>"
        for stamp, text in zip(stamps, _EN_TEXTS, strict=False)
    )
    return (
        f"<html><head><meta charset=utf-8>{head}</head><body><h1>Ferry strike</h1>"
        f"<ol class=stream>{posts}</ol></body></html>"
    ).encode()


def _iso(entries: list[object]) -> list[str]:
    return [
        datetime.fromtimestamp(e.published, UTC).isoformat(timespec="minutes")  # type: ignore[attr-defined]
        for e in entries
    ]


def test_clocks_without_a_day_take_the_fetch_day() -> None:
    page = _clock_page(["5:14pm GMT", "4:58pm GMT", "3:09pm GMT"])
    parsed = parse(page, URL, _ts("2026-11-29T17:20:00+00:00"))
    assert _iso(parsed.entries) == [
        "2026-11-29T17:14+00:00",
        "2026-11-29T16:58+00:00",
        "2026-11-29T15:09+00:00",
    ]
    # read just after midnight: the blog ran the day before, not in the coming evening
    parsed = parse(page, URL, _ts("2026-11-30T00:30:00+00:00"))
    assert _iso(parsed.entries)[0] == "2026-11-29T17:14+00:00"
    # no fetch time, no day: the posts keep no time (as before)
    assert [e.published for e in parse(page, URL).entries] == [None, None, None]


def test_a_named_day_without_a_year_read_in_january_is_last_year() -> None:
    page = _clock_page(["31 December, 23:40 GMT", "31 December, 22:10 GMT"])
    parsed = parse(page, URL, _ts("2027-01-01T00:20:00+00:00"))
    assert _iso(parsed.entries) == ["2026-12-31T23:40+00:00", "2026-12-31T22:10+00:00"]


def test_the_page_zone_comes_from_its_json_ld_when_it_has_no_time_of_its_own() -> None:
    head = (
        '<script type=\'application/ld+json\'>{"@type": "WebPage", '
        '"dateModified": "2026-12-01T23:59:00-05:00"}</script>'
    )
    parsed = parse(_clock_page(["23:26", "22:58"], head), URL, _ts("2026-12-02T06:15:00+00:00"))
    assert _iso(parsed.entries) == ["2026-12-02T04:26+00:00", "2026-12-02T03:58+00:00"]


# --- JSON-LD that lists only the latest updates ----------------------------------------------


def _declared(updates: list[tuple[str, str]], posts: list[tuple[str, str]]) -> bytes:
    blog = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "headline": "Ferry strike",
        "liveBlogUpdate": [
            {"@type": "BlogPosting", "datePublished": when, "articleBody": text}
            for when, text in updates
        ],
    }
    markup = "".join(
        f"<article class=u><time datetime='{when}'>{when[11:16]}</time><p>{text}</p></article>"
        for when, text in posts
    )
    return (
        "<html><head><meta charset=utf-8>"
        f"<script type='application/ld+json'>{json.dumps(blog)}</script></head><body>"
        f"<h1>Ferry strike</h1><div class=blog>{markup}</div></body></html>"
    ).encode()


_TIMES = [
    "2026-10-14T09:50:00+01:00",
    "2026-10-14T09:10:00+01:00",
    "2026-10-14T08:30:00+01:00",
]


def test_posts_the_json_ld_leaves_out_are_read_from_the_markup() -> None:
    posts = list(zip(_TIMES, _EN_TEXTS, strict=True))
    only_latest = parse(_declared(posts[:1], posts), URL)
    whole = parse(_declared(posts, posts), URL)
    assert [e.content for e in only_latest.entries] == _EN_TEXTS
    # the update the JSON-LD gives keeps the key it had when the JSON-LD was read alone
    assert only_latest.entries[0].guid == parse(_declared(posts[:1], []), URL).entries[0].guid
    assert [e.published for e in only_latest.entries] == [e.published for e in whole.entries]


def test_markup_that_is_not_the_declared_blog_joins_nothing() -> None:
    # the page's timed blocks share no post with the JSON-LD: another list (comments, a
    # sidebar), not the blog's older posts
    posts = list(zip(_TIMES, _EN_TEXTS, strict=True))
    other = [(when, "Reader comment: " + text) for when, text in posts]
    parsed = parse(_declared(posts[:1], other), URL)
    assert [e.content for e in parsed.entries] == _EN_TEXTS[:1]


# --- the poller gives the page its fetch time -------------------------------------------------


def test_a_watched_blog_of_relative_stamps_stores_each_post_once_with_its_time(
    tmp_path: Path,
) -> None:
    clock = SimulatedClock()
    start = clock.now()

    def ago(published: float) -> str:
        minutes = int(clock.now() - published) // 60
        return f"{minutes} min ago" if minutes < 60 else f"{minutes // 60}h ago"

    times = [start - 180, start - 3600, start - 7200]

    def serve(hit: Hit) -> Reply:
        del hit
        return (
            200,
            {"Content-Type": "text/html; charset=utf-8"},
            _relative_page([ago(t) for t in times]),
        )

    with Publisher(clock) as site, Library.open(tmp_path / "lib.sqlite") as lib:
        site.route("/live/ferry", serve)
        add_feeds(lib, [site.url("/live/ferry")], now=clock.now(), live=True)
        poller = Poller(
            lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False
        )
        try:
            first = poller.refresh()
            clock.sleep(25 * 60)  # "3 min ago" is now "28 min ago", "1h ago" still "1h ago"
            second = poller.refresh()
        finally:
            poller.close()
        assert first[0].new_items == 3
        assert second[0].new_items == 0 and second[0].changed_items == 0
        stored = FeedStore(lib.conn).live_posts(FeedStore(lib.conn).get(site.url("/live/ferry")).id)
        # a relative stamp is read to the minute
        got = sorted(item.published_ts or 0 for item in stored)
        assert all(abs(a - b) < 60 for a, b in zip(got, sorted(times), strict=True))


def test_a_site_page_with_comments_still_leads_to_its_feed() -> None:
    # the commonest page a user adds: a home page linking its RSS, no live blog, comments left
    # by its CMS; the text-stamp reader raised on the comments, so the feed failed at every
    # poll instead of switching to the RSS it links
    page = (
        "<html><head><meta charset=utf-8><title>Harbour News</title>"
        "<link rel=alternate type='application/rss+xml' href='/rss.xml'></head><body>"
        "<div class=top><!-- masthead --><span>Tuesday</span><!-- /masthead --></div>"
        f"<main><h2>Ferry strike</h2><p>{_EN_TEXTS[0]}</p><!-- teaser end --></main></body></html>"
    ).encode()
    parsed = parse(page, "https://harbour.example/")
    assert parsed.entries == [] and parsed.alternates == ["https://harbour.example/rss.xml"]


# --- microdata liveBlogUpdate ---------------------------------------------------------------


def _microdata_page(stamped: bool, itemprops: bool = True) -> bytes:
    def prop(name: str) -> str:
        return f" itemprop={name}" if itemprops else ""

    times = ["2026-02-11T11:30:00+05:00", "2026-02-11T10:05:00+05:00"]
    posts = "".join(
        f"<div class=entry id=e{n}{prop('liveBlogUpdate')}"
        f"{' itemscope itemtype=https://schema.org/BlogPosting' if itemprops else ''}>"
        "<div class=entry-head>"
        + (
            f"<time{prop('datePublished')} datetime='{when}'>{when[11:16]}</time>"
            f"<span class=upd>Обновлено в {when[11:13]}:{int(when[14:16]) + 9}</span>"
            if stamped
            else f"<span class=ago>{['5 минут назад', '2 часа назад'][n]}</span>"
        )
        + f"<span{prop('author')}{' itemscope' if itemprops else ''}>"
        f"<span{prop('name')}>Анна Лебедева</span></span></div>"
        f"<div{prop('articleBody')}><p>{text}</p></div></div>"
        for n, (when, (_, text)) in enumerate(zip(times, reversed(_RU_POSTS), strict=True))
    )
    blog = " itemscope itemtype=https://schema.org/LiveBlogPosting" if itemprops else ""
    return (
        "<html><head><meta charset=utf-8></head><body>"
        f"<main{blog}><h1{prop('headline')}>Снегопад: хроника</h1>{posts}</main></body></html>"
    ).encode()


RU_URL = "https://ural.example/live/snow"


def test_a_microdata_blog_is_read_from_its_properties() -> None:
    parsed = parse(_microdata_page(stamped=True), RU_URL, _ts("2026-02-11T12:00:00+05:00"))
    texts = [text for _, text in reversed(_RU_POSTS)]
    # the update's articleBody: no author's name, no "Обновлено в …" label beside its time
    assert [e.content for e in parsed.entries] == texts
    assert _iso(parsed.entries) == ["2026-02-11T06:30+00:00", "2026-02-11T05:05+00:00"]
    assert parsed.entries[0].url == RU_URL + "#e0"


def test_a_microdata_update_without_a_time_takes_the_one_its_post_shows() -> None:
    now = _ts("2026-02-11T12:00:00+05:00")
    parsed = parse(_microdata_page(stamped=False), RU_URL, now)
    assert [e.published for e in parsed.entries] == [now - 300, now - 7200]


def test_a_blog_read_before_from_its_markup_keeps_its_keys() -> None:
    # a followed blog whose microdata is read now: its posts keep the keys (their ids) they
    # were stored under, so nothing is stored twice
    now = _ts("2026-02-11T12:00:00+05:00")
    before = parse(_microdata_page(stamped=True, itemprops=False), RU_URL, now)
    after = parse(_microdata_page(stamped=True), RU_URL, now)
    assert [e.guid for e in before.entries] == [e.guid for e in after.entries]
