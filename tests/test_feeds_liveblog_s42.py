"""Live blogs, forty-second session: pages written here (English and Russian, invented)."""

from __future__ import annotations

import lxml.html

from newsprism.feeds.liveblog_html import html_updates

_RU_POSTS = [
    (
        "10:05",
        "Электрички до Каменска пошли по обычному расписанию, сообщили в пригородной компании. "
        "Задержки на утренних рейсах не превышают десяти минут, кассы на вокзале открыты.",
    ),
    (
        "11:30",
        "Дорожные службы закончили расчистку моста через Исеть, движение по нему восстановлено "
        "в обе стороны. Ограничение скорости до 40 км/ч действует до вечера.",
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
