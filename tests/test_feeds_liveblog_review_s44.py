"""Live blogs, review of the forty-fourth session (R10): a block of the page's chrome that a
CSS class calls "sticky" (a cookie banner, a newsletter box in a sidebar) is no pinned post; a
pinned block counts only beside the posts or right before the element holding them, and never
when it holds a form control.  Pages written here (invented)."""

from __future__ import annotations

from typing import Any

import lxml.html

from newsprism.feeds.liveblog_html import html_updates

URL = "https://rivervale-post.example/live/flood-warning"


def _post(n: int) -> str:
    return (
        f'<article class="update" id="u{n}"><time datetime="2026-12-03T0{n}:15:00Z">0{n}:15</time>'
        f"<p>Update {n}: the river at Millbrook gauge rose another {n + 3} centimetres overnight, "
        "the environment agency said, and sandbags are being handed out at the fire station.</p>"
        "</article>"
    )


_FEED = '<div class="updates">' + "".join(_post(n) for n in range(1, 5)) + "</div>"

_CONSENT = (
    '<div class="consent-banner is-sticky"><p>This site uses cookies to remember your settings '
    "and to measure how our pages are read. By continuing you accept our cookie policy and our "
    "terms of use.</p><button type='button'>Accept all</button></div>"
)

_NEWSLETTER = (
    '<div class="rail sticky-rail"><h3>The evening briefing</h3><p>Sign up to get the stories '
    "that matter in the valley, picked by our editors and sent to your inbox every weekday "
    "evening, free of charge.</p></div>"
)


def _page(body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Flood warning: live'
        f"</title></head><body><h1>Flood warning on the Rive: live</h1>{body}</body></html>"
    )


def _texts(body: str) -> list[str]:
    updates = html_updates(lxml.html.fromstring(_page(body)), URL)
    return [u["headline"] + "|" + u["articleBody"] for u in updates]


def test_a_sticky_cookie_banner_after_the_feed_is_no_post() -> None:
    texts = _texts(_FEED + _CONSENT)
    assert len(texts) == 4
    assert not any("cookies" in t for t in texts)


def test_a_sticky_newsletter_box_beside_the_feed_is_no_post() -> None:
    texts = _texts(f'<div class="columns">{_FEED}{_NEWSLETTER}</div>')
    assert len(texts) == 4
    assert not any("evening briefing" in t for t in texts)


_PINNED_POST = (
    '<div class="update update--pinned" id="key"><h2>What we know so far</h2><p>Flood warnings '
    "are in force for Millbrook, Ashford Mill and the lower town; the council has opened a rest "
    "centre at the leisure centre for anyone who has to leave home.</p></div>"
)


def test_a_pinned_post_among_the_posts_is_still_a_post() -> None:
    feed = _FEED.replace('<div class="updates">', '<div class="updates">' + _PINNED_POST)
    texts = _texts(feed)
    assert len(texts) == 5
    assert texts[0].startswith("What we know so far|Flood warnings are in force")


def test_a_pinned_box_right_before_the_feed_is_still_a_post() -> None:
    texts = _texts(f'<main><div class="intro">{_PINNED_POST}</div>{_FEED}</main>')
    assert len(texts) == 5 and texts[0].startswith("What we know so far|")


def test_a_pinned_box_away_from_the_feed_is_no_post() -> None:
    # the same block in a side column after the feed: not where a blog sets its pinned post
    texts = _texts(f'<div class="columns">{_FEED}<div class="rail">{_PINNED_POST}</div></div>')
    assert len(texts) == 4


def test_a_pinned_block_holding_a_form_is_no_post() -> None:
    signup = _PINNED_POST.replace(
        "</p></div>", '</p><form><input type="email" name="e"><button>Sign up</button></form></div>'
    )
    feed = _FEED.replace('<div class="updates">', '<div class="updates">' + signup)
    assert len(_texts(feed)) == 4


def test_sticky_with_a_pin_badge_is_pinned() -> None:
    # "sticky" with a badge of its own saying "Pinned": the badge pins it
    badged = _PINNED_POST.replace(
        'class="update update--pinned" id="key">',
        'class="update is-sticky" id="key"><span class="badge">Pinned</span>',
    )
    feed = _FEED.replace('<div class="updates">', '<div class="updates">' + badged)
    texts = _texts(feed)
    assert len(texts) == 5 and "Pinned" not in texts[0]
    unbadged = badged.replace('<span class="badge">Pinned</span>', "")
    feed = _FEED.replace('<div class="updates">', '<div class="updates">' + unbadged)
    assert len(_texts(feed)) == 4


def _flat_chronicle(n: int) -> str:
    rows = "".join(
        f"<h3>{i % 24:02d}:{i % 60:02d}</h3><p>Запись {i}: на трассе работают двенадцать "
        "бригад дорожной службы, движение в сторону Камышина перекрыто до утра, сообщили в "
        "управлении.</p><hr>"
        for i in range(n)
    )
    return f"<html><body><h1>Хроника</h1><div>{rows}</div></body></html>"


def test_stamps_are_counted_once_the_same_posts() -> None:
    # R11: the posts around the stamps, from counts made in one pass, are those a count of each
    # element's whole subtree gives
    from newsprism.feeds.liveblog_html import _post_of, _stamp_counts

    tree = lxml.html.fromstring(
        _page(f'<div class="a"><div class="b">{_FEED}</div><section>{_post(5)}</section></div>')
    )
    stamps = set(tree.iter("time"))
    counts = _stamp_counts(stamps)

    def brute(stamp: Any) -> Any:
        post, parent = stamp, stamp.getparent()
        while parent is not None and parent.tag not in ("body", "html"):
            if sum(1 for t in parent.iter() if t in stamps) != 1:
                break
            post, parent = parent, parent.getparent()
        return post

    for stamp in stamps:
        assert _post_of(stamp, counts) is brute(stamp)
    assert {_post_of(s, counts).tag for s in stamps} == {"article", "section"}


def test_a_long_flat_chronicle_is_read_in_linear_time() -> None:
    # 3,000 stamped headings: about 14 s before R11 (each stamp counted its container's stamps)
    import time

    started = time.perf_counter()
    updates = html_updates(lxml.html.fromstring(_flat_chronicle(3000)), URL)
    assert len(updates) == 3000
    assert time.perf_counter() - started < 5  # about 0.7 s on a shared machine
