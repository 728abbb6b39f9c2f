"""Live blogs whose posts carry their time as text only ("12:45", "12.45pm GMT", "7 декабря,
14:05 МСК"): read as blogs, each post with its own time (thirty-eighth session).  Invented pages
in several site styles, English and Russian; and pages whose text times stamp nothing (a news
ticker of links, a schedule of short lines, an article that mentions a time, readers' comments
under an article).  Every page here gave no post before: the markup reader knew only
``<time datetime>``."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import lxml.html
import pytest
from publisher import Hit, Publisher, Reply

from newsprism.feeds import Poller, SimulatedClock, add_feeds
from newsprism.feeds.liveblog_html import html_updates
from newsprism.feeds.parse import parse as parse_feed
from newsprism.library import Library
from newsprism.library.feeds import FeedStore

URL = "https://news.example.org/live/flood-2026"

EN_POSTS = [
    (
        "09:10",
        "River levels still rising",
        "The Environment Agency says the Severn at Bewdley rose another 20cm overnight and is "
        "expected to peak on Thursday afternoon. Flood barriers on Beale's Corner are in place.",
    ),
    (
        "10:25",
        "Rail line closed",
        "Network Rail has closed the line between Worcester and Hereford after water covered the "
        "tracks near Malvern Link. Replacement buses run every 30 minutes from both stations.",
    ),
    (
        "11:40",
        "Residents asked to leave",
        "Police are knocking on doors in 120 homes on the riverside in Upton-upon-Severn and "
        "asking people to move to the rest centre set up in the town's leisure centre.",
    ),
]

RU_POSTS = [
    (
        "12:05",
        "В Хабаровске уровень Амура поднялся до 6,4 метра, сообщили в краевом управлении МЧС. "
        "В пригородных сёлах подтоплены 37 приусадебных участков, жилые дома пока не затронуты.",
    ),
    (
        "13:20",
        "Губернатор края ввёл режим чрезвычайной ситуации регионального характера. Жителей "
        "посёлка Березовка просят подготовиться к возможной эвакуации и не оставлять машины у реки.",
    ),
    (
        "14:45",
        "На дамбе в районе Большого Уссурийского острова работают 85 спасателей и 12 единиц "
        "техники, они наращивают высоту вала мешками с песком, уточнили в пресс-службе ведомства.",
    ),
]

PUBLISHED_EN = '<meta property="article:published_time" content="2026-03-04T08:00:00+00:00">'
PUBLISHED_RU = '<meta property="article:published_time" content="2026-08-12T09:30:00+10:00">'
CHROME = (
    '<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/live">Live</a></nav>'
    "</header>"
)
FOOT = '<footer><p>© 2026 Example News. <a href="/terms">Terms</a></p></footer>'


def page(head: str, title: str, body: str) -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body>{CHROME}'
        f"<main><h1>{title}</h1>{body}</main>{FOOT}</body></html>"
    ).encode()


def en_span_style(posts: list[tuple[str, str, str]], newest_first: bool = True) -> bytes:
    """A UK regional site: each post a div, its time in a span of its own, then a heading."""
    order = list(reversed(posts)) if newest_first else posts
    body = "".join(
        f'<div class="lb-post" id="p{n}"><span class="lb-post__time">{t}</span>'
        f"<h3>{h}</h3><p>{text}</p></div>"
        for n, (t, h, text) in enumerate(order)
    )
    return page(PUBLISHED_EN, "Live: Severn floods", f'<section class="lb">{body}</section>')


def en_pm_style(posts: list[tuple[str, str, str]]) -> bytes:
    """A national paper: "12.45pm GMT" above each entry, entries as articles, newest first."""

    def pm(t: str) -> str:
        h, m = (int(x) for x in t.split(":"))
        return f"{h % 12 or 12}.{m:02d}{'pm' if h >= 12 else 'am'} GMT"

    body = "".join(
        f'<article class="block"><p class="block-time">{pm(t)}</p><h2>{h}</h2><p>{text}</p>'
        "</article>"
        for t, h, text in reversed(posts)
    )
    return page(PUBLISHED_EN, "Floods live", f'<div class="blocks">{body}</div>')


def ru_div_style(posts: list[tuple[str, str]], zone: str = "") -> bytes:
    """A Russian regional outlet: a time div and a text div in each item, newest first."""
    body = "".join(
        f'<div class="online-item"><div class="online-item__time">{t}{zone}</div>'
        f'<div class="online-item__text"><p>{text}</p></div></div>'
        for t, text in reversed(posts)
    )
    return page(PUBLISHED_RU, "Паводок на Амуре: онлайн", f'<div class="online">{body}</div>')


def ru_opening_style(posts: list[tuple[str, str]]) -> bytes:
    """A Russian agency's text broadcast: each post a paragraph opening with its time."""
    body = "".join(f"<p>{t} — {text}</p>" for t, text in posts)
    return page(
        PUBLISHED_RU, "Паводок на Амуре. Трансляция", f'<div class="article__text">{body}</div>'
    )


def ru_bold_style(posts: list[tuple[str, str]], day: str) -> bytes:
    """A Russian site that gives the day with each time, in bold, and no page date at all."""
    body = "".join(
        f'<li class="feed-item"><p><b>{day}, {t}</b></p><p>{text}</p></li>' for t, text in posts
    )
    head = ""
    return page(head, "Амур: хроника", f'<ul class="feed">{body}</ul>')


def updates(body: bytes) -> list[dict[str, str]]:
    return html_updates(lxml.html.fromstring(body), URL)


def stamp(update: dict[str, str]) -> datetime:
    return datetime.fromisoformat(update["datePublished"])


def test_an_english_blog_with_its_times_in_spans_is_read_with_each_posts_time() -> None:
    got = updates(en_span_style(EN_POSTS))
    assert [u["headline"] for u in got] == [h for _, h, _ in reversed(EN_POSTS)]
    assert [stamp(u).strftime("%Y-%m-%d %H:%M %z") for u in got] == [
        "2026-03-04 11:40 +0000",
        "2026-03-04 10:25 +0000",
        "2026-03-04 09:10 +0000",
    ]
    assert got[0]["articleBody"].startswith("Police are knocking")
    assert "11:40" not in got[0]["articleBody"]
    assert got[0]["@id"] == "#p0"


def test_english_twelve_hour_times_with_a_zone() -> None:
    posts = [("11:50", *EN_POSTS[0][1:]), ("12:15", *EN_POSTS[1][1:]), ("13:05", *EN_POSTS[2][1:])]
    got = updates(en_pm_style(posts))
    assert [stamp(u).strftime("%H:%M") for u in got] == ["13:05", "12:15", "11:50"]
    assert all(stamp(u).utcoffset() is not None for u in got)
    assert not any("GMT" in u["articleBody"] or "pm" in u["articleBody"][:6] for u in got)


def test_a_russian_blog_with_a_time_div_and_a_named_zone() -> None:
    got = updates(ru_div_style(RU_POSTS, zone=" МСК"))
    assert len(got) == 3
    first = stamp(got[-1])  # oldest last: the page is newest first
    # the day is the page's (12 August in Khabarovsk), the clock Moscow time as the stamp says
    assert (first.month, first.day, first.hour, first.minute) == (8, 12, 12, 5)
    assert first.utcoffset() is not None and first.utcoffset().total_seconds() == 3 * 3600
    assert got[-1]["articleBody"].startswith("В Хабаровске уровень Амура")


def test_a_russian_broadcast_whose_paragraphs_open_with_their_time() -> None:
    got = updates(ru_opening_style(RU_POSTS))
    assert [u["articleBody"][:12] for u in got] == [text[:12] for _, text in RU_POSTS]
    assert [stamp(u).strftime("%H:%M") for u in got] == ["12:05", "13:20", "14:45"]


def test_a_blog_past_midnight_moves_to_the_next_day() -> None:
    posts = [("23:15", *EN_POSTS[0][1:]), ("23:50", *EN_POSTS[1][1:]), ("00:35", *EN_POSTS[2][1:])]
    got = updates(en_span_style(posts))  # newest first: 00:35 at the top
    assert [stamp(u).strftime("%d %H:%M") for u in got] == ["05 00:35", "04 23:50", "04 23:15"]


def test_a_day_in_each_stamp_dates_a_page_that_gives_none() -> None:
    got = updates(ru_bold_style(RU_POSTS, "12 августа 2026"))
    assert [stamp(u).strftime("%Y-%m-%d %H:%M") for u in got] == [
        "2026-08-12 12:05",
        "2026-08-12 13:20",
        "2026-08-12 14:45",
    ]


def test_without_any_day_the_clock_text_keys_the_post_and_no_time_is_made_up() -> None:
    body = "".join(
        f'<div class="item"><span class="t">{t}</span><p>{text}</p></div>' for t, text in RU_POSTS
    )
    got = updates(page("", "Хроника", f'<div class="items">{body}</div>'))
    assert [u["dateCreated"] for u in got] == ["12:05", "13:20", "14:45"]
    assert all(not u["datePublished"] for u in got)
    parsed = parse_feed(page("", "Хроника", f'<div class="items">{body}</div>'), URL)
    assert parsed.kind == "liveblog" and len(parsed.entries) == 3
    assert all(e.published is None for e in parsed.entries)
    # a corrected figure keeps the post's key: its clock and opening words
    fixed = body.replace("6,4 метра", "6,5 метра")
    again = parse_feed(page("", "Хроника", f'<div class="items">{fixed}</div>'), URL)
    assert [e.guid for e in again.entries] == [e.guid for e in parsed.entries]


def test_an_updated_label_is_the_same_posts_second_time() -> None:
    body = "".join(
        f'<div class="lb-post"><span class="when">{t}</span> <span class="upd">Updated 15:02</span>'
        f"<h3>{h}</h3><p>{text}</p></div>"
        for t, h, text in EN_POSTS
    )
    got = updates(page(PUBLISHED_EN, "Live", f"<section>{body}</section>"))
    assert [stamp(u).strftime("%H:%M") for u in got] == ["09:10", "10:25", "11:40"]
    assert not any("Updated" in u["articleBody"] for u in got)


@pytest.mark.parametrize(
    "body",
    [
        # a news ticker: times before links to other pages of the site
        "".join(
            f'<div class="ticker-item"><span>{t}</span> <a href="/news/{n}">{text}</a></div>'
            for n, (t, text) in enumerate(RU_POSTS)
        ),
        # a schedule: short lines that open with a time
        "".join(
            f"<p>{t} — {what}</p>"
            for t, what in [
                ("10:00", "Registration opens"),
                ("11:30", "Keynote: the minister"),
                ("13:00", "Lunch"),
                ("14:00", "Panel on flood defences"),
            ]
        ),
        # an article that mentions times in its prose
        "<p>Polls close at <b>22:00</b> and the count starts at once in the town hall, where "
        "about 40 volunteers will sort the ballots by ward before the first result.</p>"
        "<p>Officials expect the result by <b>02:30</b>, later than last time because the count "
        "of postal votes, which doubled since the last election, takes longer than before.</p>",
    ],
)
def test_text_times_that_stamp_no_post(body: str) -> None:
    assert updates(page(PUBLISHED_EN, "Not a blog", f"<div>{body}</div>")) == []


def test_readers_comments_with_text_times_under_an_article_are_no_blog() -> None:
    article = "".join(f"<p>{text} {text}</p>" for _, _, text in EN_POSTS)
    comments = "".join(
        f'<div class="comment"><span class="c-time">{t}</span><p>{text}</p></div>'
        for t, _, text in EN_POSTS[:2]
    )
    body = f'<div class="story">{article}</div><div class="comments">{comments}</div>'
    assert updates(page(PUBLISHED_EN, "Floods: what we know", body)) == []


def test_a_page_with_time_elements_is_read_by_them_as_before() -> None:
    body = "".join(
        f'<div class="post"><time datetime="2026-03-04T{t}:00Z">{t}</time><h3>{h}</h3>'
        f"<p>{text}</p></div>"
        for t, h, text in EN_POSTS
    )
    got = updates(page(PUBLISHED_EN, "Live", f"<section>{body}</section>"))
    assert [u["datePublished"] for u in got] == [f"2026-03-04T{t}:00Z" for t, _, _ in EN_POSTS]
    assert all("dateCreated" not in u for u in got)


def test_a_declared_live_blog_with_text_times_stores_each_post_once_as_it_grows(
    tmp_path: Path, clock: SimulatedClock, site: Publisher
) -> None:
    """Declared live (``feeds add --live``) at one post, the page is that post; at three, the
    text-stamped posts are read, the first is found among them by its words and its time (its
    stamp against the page's published time: the thresholds of ``feeds/live.py`` on a page they
    were not chosen on), and nothing is stored twice."""
    shown = RU_POSTS[:1]

    def serve(hit: Hit) -> Reply:
        return 200, {"Content-Type": "text/html; charset=utf-8"}, ru_div_style(shown)

    site.route("/online", serve)
    url = site.url("/online")
    with Library.open(tmp_path / "lib.sqlite") as lib:
        ((feed, new),) = add_feeds(lib, [url], now=clock.now(), live=True)
        assert new and feed.live
        _poll(lib, clock)
        (first,) = _texts(lib)
        assert RU_POSTS[0][1][:50] in first
        shown = RU_POSTS
        _poll(lib, clock)
        got = _texts(lib)
        assert len(got) == 3
        assert sum(RU_POSTS[0][1][:50] in t for t in got) == 1
        times = sorted(i["published_ts"] for i in FeedStore(lib.conn).items(feed.id))
        assert times[1:] == [
            datetime.fromisoformat(f"2026-08-12T{t}:00+10:00").timestamp() for t, _ in RU_POSTS[1:]
        ]


def _texts(lib: Library) -> list[str]:
    return [
        str(json.loads(r[0])["text"])
        for r in lib.conn.execute("SELECT json FROM articles ORDER BY id")
    ]


def _poll(lib: Library, clock: SimulatedClock) -> None:
    clock.sleep(900)
    p = Poller(lib, clock=clock, analyse=None, workers=1, allow_private=True, stories=False)
    try:
        p.refresh()
        p.drain()
    finally:
        p.close()
