"""Live blogs, forty-second session, review R6 and R9: an author named inside a quotation or an
embedded post is kept (only a post's own byline is chrome), and a relative age beyond a year is
no stamp and fails no poll. Pages written here (invented)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import lxml.html
import pytest

from newsprism.feeds.liveblog_html import html_updates
from newsprism.feeds.parse import parse
from newsprism.feeds.text_times import (
    MAX_AGE_MINUTES,
    Clock,
    relative_ages,
    relative_as_minutes,
    relative_stamp,
)

_QUOTE = (
    "<p>The mayor spoke to reporters outside the town hall this morning about the flood.</p>"
    "<blockquote class='pullquote'><p>We will rebuild every bridge by spring.</p>"
    "<span class='quote-author'>Mayor Jane Holt</span></blockquote>"
)
_TWEET = (
    "<p>Rail services between the two towns remain suspended until further notice, the operator "
    "said.</p><div class='embed-tweet'><p>Trains are cancelled today.</p>"
    "<div class='tweet-author'>@NorthRail</div></div>"
)
_POSTS = [
    ("10:05", _QUOTE),
    (
        "10:20",
        "<p>Volunteers have filled more than two thousand sandbags at the leisure centre car "
        "park since dawn.</p>",
    ),
    (
        "10:30",
        "<p>The council says the emergency shelter at the school has space for another eighty "
        "people tonight.</p>",
    ),
    ("10:40", _TWEET),
]


def _bodies(byline: str = "") -> list[str]:
    """The reviewer's page (R6), with ``byline`` set beside each post's time."""
    posts = "".join(
        f"<div class=entry><div class=t>{hhmm}</div>{byline}{body}</div>" for hhmm, body in _POSTS
    )
    page = (
        "<html><head><meta property='article:published_time' "
        "content='2026-02-11T09:00:00+00:00'></head><body><h1>Floods: live</h1>"
        f"<div class=feed>{posts}</div></body></html>"
    )
    updates = html_updates(lxml.html.fromstring(page), "https://x.example/live", now=1770804000.0)
    return [u.get("articleBody", "") for u in updates]


def test_a_quotations_speaker_and_an_embedded_posts_author_are_kept() -> None:
    bodies = _bodies()
    assert len(bodies) == 4
    assert bodies[0].endswith("We will rebuild every bridge by spring. Mayor Jane Holt")
    assert bodies[3].endswith("Trains are cancelled today. @NorthRail")


def test_a_posts_own_byline_is_still_left_out() -> None:
    bodies = _bodies("<span class='entry-byline'>By Sam Okafor</span>")
    assert len(bodies) == 4
    assert not any("Sam Okafor" in body for body in bodies)
    assert bodies[0].startswith("The mayor spoke")
    assert bodies[0].endswith("Mayor Jane Holt") and bodies[3].endswith("@NorthRail")


def _foot_bodies(head: str, posts: list[tuple[str, str]], **more: str) -> list[str]:
    items = "".join(head.format(t=t, p=p, **more) for t, p in posts)
    page = f"<html><body><h1>Floods: live</h1><div class=feed>{items}</div></body></html>"
    return [
        u.get("articleBody", "")
        for u in html_updates(lxml.html.fromstring(page), "https://x.example/live", now=None)
    ]


_SIGNED = (
    "<div class=entry><div class=meta><span class=t>{t}</span></div>"
    "<div class=who><span class=author>Sam Okafor</span></div><div class=text>{p}"
    "<div class=sign><span class=author>Reporting by {who}</span></div></div></div>"
)


def test_a_head_byline_and_a_foot_credit_under_every_post_are_left_out() -> None:
    # the head: before the post's first paragraph, though not beside its time
    bodies = _foot_bodies(_SIGNED, _POSTS, who="Lee Chan")
    assert len(bodies) == 4
    assert not any("Sam Okafor" in body for body in bodies)
    # the same foot line under every post of a run of four is the template's (round 43)
    assert not any("Lee Chan" in body for body in bodies)


def test_a_foot_credit_under_two_posts_only_or_under_one_is_kept() -> None:
    # two posts are too few to tell a template's line from a post's own (review R11, round 43)
    bodies = _foot_bodies(_SIGNED, _POSTS[1:3], who="Lee Chan")
    assert len(bodies) == 2
    assert not any("Sam Okafor" in body for body in bodies)
    assert all(body.endswith("Reporting by Lee Chan") for body in bodies)
    one = _SIGNED.replace("{who}", "Lee Chan").format(t=_POSTS[1][0], p=_POSTS[1][1])
    other = _SIGNED.replace("{who}", "Ann Roe").format(t=_POSTS[2][0], p=_POSTS[2][1])
    page = f"<html><body><h1>Floods: live</h1><div class=feed>{one}{other}</div></body></html>"
    bodies = [
        u.get("articleBody", "")
        for u in html_updates(lxml.html.fromstring(page), "https://x.example/live", now=None)
    ]
    assert bodies[0].endswith("Reporting by Lee Chan") and bodies[1].endswith("by Ann Roe")


_QUOTED = (
    "<div class=entry><div class=meta><span class=t>{t}</span></div><div class=text>{p}"
    "<p>&#8220;{q}&#8221;</p><div class=cite>{dash}Mayor Jane Holt</div></div></div>"
)


@pytest.mark.parametrize(("dash", "times"), [("&#8212; ", 1), ("&#8212; ", 2), ("", 1)])
def test_the_speaker_under_a_quote_in_several_posts_is_kept(dash: str, times: int) -> None:
    # review R11 (round 43): the same person quoted in two posts, or in every post under a dash,
    # is no template's chrome
    quotes = ["We will rebuild every bridge by spring.", "No one is left without heat tonight."]
    items = "".join(
        _QUOTED.format(t=t, p=p, q=q, dash=dash)
        for (t, p), q in zip(_POSTS[1:3] * times, quotes * times, strict=True)
    )
    page = f"<html><body><h1>Floods: live</h1><div class=feed>{items}</div></body></html>"
    bodies = [
        u.get("articleBody", "")
        for u in html_updates(lxml.html.fromstring(page), "https://x.example/live", now=None)
    ]
    assert len(bodies) == 2 * times
    assert all(body.endswith("Mayor Jane Holt") for body in bodies)
    assert bodies[0].endswith(
        "We will rebuild every bridge by spring.\u201d "
        + "\u2014 " * bool(dash)
        + "Mayor Jane Holt"
    )


@pytest.mark.parametrize(
    "text",
    ["999999 days ago", "99999999999 hours ago", "367 days ago", "2 years ago", "900 лет назад"],
)
def test_an_age_beyond_a_year_is_no_stamp(text: str) -> None:
    assert relative_stamp(text) is None
    assert relative_ages(text) == []
    assert relative_as_minutes(text).endswith("min ago")  # a feed item's shape still reads it


def test_an_age_of_a_year_is_a_stamp() -> None:
    assert relative_stamp("366 days ago") == timedelta(minutes=MAX_AGE_MINUTES)
    assert relative_stamp("5 минут назад") == timedelta(minutes=5)


def test_a_time_outside_the_calendar_gives_no_clock() -> None:
    assert Clock.ago(timedelta(days=1), "1 day ago", 1e20) is None
    assert Clock.ago(timedelta(days=1), "1 day ago", float("nan")) is None
    clock = Clock.ago(timedelta(hours=2), "2 hours ago", 1770804000.0)
    assert clock is not None and clock.relative


@pytest.mark.parametrize("bad", ["999999 days ago", "99999999999 hours ago"])
def test_a_page_with_an_age_past_the_calendar_still_parses(bad: str) -> None:
    texts = [  # a post's mean length: more than a teaser list's
        "Volunteers have filled more than two thousand sandbags at the leisure centre car park "
        "since dawn today.",
        "The council says the emergency shelter at the school has space for another eighty "
        "people tonight, it said.",
        "Rail services between the two towns remain suspended until further notice, the operator "
        "said this morning.",
        "The mayor spoke to reporters outside the town hall this morning about the flood and the "
        "clean-up work.",
    ]
    stamps = ["5 min ago", bad, "2 hours ago", "3 hours ago"]
    page = (
        "<html><body><h1>Floods</h1><div class=feed>"
        + "".join(
            f"<div class=u><span class=ago>{s}</span><p>{t}</p></div>"
            for s, t in zip(stamps, texts, strict=True)
        )
        + "</div></body></html>"
    )
    now = datetime(2026, 2, 11, 10, 0, tzinfo=UTC).timestamp()
    parsed = parse(page.encode(), "https://x.example/live", now)
    # the post whose age is past a year has no stamp: the other three, each with its time
    assert [e.published for e in parsed.entries] == [now - 300, now - 7200, now - 10800]


def test_reporters_taking_turns_in_the_templates_foot_slot_are_left_out() -> None:
    # the credit slot stands under every post, naming one of two reporters in turn
    items = "".join(
        _SIGNED.format(t=t, p=p, who=who)
        for (t, p), who in zip(_POSTS, ["Lee Chan", "Ann Roe"] * 2, strict=True)
    )
    page = f"<html><body><h1>Floods: live</h1><div class=feed>{items}</div></body></html>"
    bodies = [
        u.get("articleBody", "")
        for u in html_updates(lxml.html.fromstring(page), "https://x.example/live", now=None)
    ]
    assert len(bodies) == 4
    assert not any("Lee Chan" in body or "Ann Roe" in body for body in bodies)


def test_a_speaker_named_under_two_posts_of_four_without_a_dash_is_kept() -> None:
    # no dash and no closing quotation mark: only the slot's rarity tells it from a template's
    said = (
        "<div class=entry><div class=meta><span class=t>{t}</span></div><div class=text>{p}"
        "<p>The council will meet again at noon, she said.</p>"
        "<div class=cite>Mayor Jane Holt</div></div></div>"
    )
    plain = "<div class=entry><div class=meta><span class=t>{t}</span></div>{p}</div>"
    items = "".join(
        (said if i % 2 == 0 else plain).format(t=t, p=p) for i, (t, p) in enumerate(_POSTS)
    )
    page = f"<html><body><h1>Floods: live</h1><div class=feed>{items}</div></body></html>"
    bodies = [
        u.get("articleBody", "")
        for u in html_updates(lxml.html.fromstring(page), "https://x.example/live", now=None)
    ]
    assert len(bodies) == 4
    assert bodies[0].endswith("Mayor Jane Holt") and bodies[2].endswith("Mayor Jane Holt")
