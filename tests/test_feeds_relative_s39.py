"""Relative times in words ("5 minutes ago", «2 часа назад»), round 39: read as an age, and in a
feed item's shape as one number, so that an item whose only change is its relative time changes
its digits, not its words (fixtures written for these tests)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from newsprism.feeds.parse import parse
from newsprism.feeds.text_times import relative_ages, relative_as_minutes


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Updated 5 minutes ago", [5]),
        ("an hour ago", [60]),
        ("Posted 2 hrs ago by the desk", [120]),
        ("3 days ago", [3 * 24 * 60]),
        ("обновлено 2 часа назад", [120]),
        ("минуту назад", [1]),
        ("5 мин. назад", [5]),
        ("час назад", [60]),
        ("10 дней назад", [10 * 24 * 60]),
        ("Filed 4 minutes ago; edited 1 minute ago", [4, 1]),
    ],
)
def test_a_relative_time_is_read_as_an_age(text: str, minutes: list[int]) -> None:
    assert relative_ages(text) == [timedelta(minutes=m) for m in minutes]


@pytest.mark.parametrize(
    "text",
    [
        "The agony of 5 minutes agony",  # not "ago"
        "He left the club two years later",
        "Матч начнётся через 2 часа",  # ahead, not ago
        "минуты назадный",
    ],
)
def test_words_that_are_no_relative_time_are_left(text: str) -> None:
    assert relative_ages(text) == []
    assert relative_as_minutes(text) == text


def _rss(description: str, title: str = "Storm closes the coast road") -> bytes:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Coast News</title><link>https://coast.example/</link>
<item><title>{title}</title><link>https://coast.example/news/road</link>
<guid>https://coast.example/news/road</guid>
<description>{description}</description></item>
</channel></rss>""".encode()


def _entry(description: str, title: str = "Storm closes the coast road") -> object:
    return parse(_rss(description, title), "https://coast.example/feed.xml").entries[0]


def test_an_item_whose_relative_time_moves_keeps_its_shape() -> None:
    """ "3 minutes ago" → "2 hours ago" changed words, so each poll read the page again as for a
    correction; now it is a change of one number, which the feed's counter rule learns."""
    first = _entry("Police closed the road at Kerry Point. Updated 3 minutes ago")
    later = _entry("Police closed the road at Kerry Point. Updated 2 hours ago")
    assert first.revision != later.revision  # the feed did change
    assert first.shape == later.shape  # but only in the number
    assert first.digits == "3" and later.digits == "120"  # one run, in its place


def test_a_russian_item_whose_relative_time_moves_keeps_its_shape() -> None:
    first = _entry("Трассу закрыли у посёлка Береговой. Обновлено 5 минут назад", "Шторм")
    later = _entry("Трассу закрыли у посёлка Береговой. Обновлено час назад", "Шторм")
    assert first.shape == later.shape
    assert (first.digits, later.digits) == ("5", "60")


def test_a_change_of_words_beside_a_relative_time_still_changes_the_shape() -> None:
    first = _entry("Police closed the road at Kerry Point. Updated 3 minutes ago")
    later = _entry("Police reopened the road at Kerry Point. Updated 9 minutes ago")
    assert first.shape != later.shape


def test_a_figure_beside_a_relative_time_keeps_its_own_run() -> None:
    """A corrected figure stays a run of its own, so the rule that tells a correction from a
    counter (which run moved) still sees it."""
    first = _entry("12 homes were flooded. Updated 3 minutes ago")
    later = _entry("21 homes were flooded. Updated an hour ago")
    assert first.shape == later.shape
    assert (first.digits, later.digits) == ("12,3", "21,60")
