"""A short report whose topic is a wall's vocabulary is an article: a wall speaks to the visitor
(or is a handful of words). Invented briefs and walls, English and Russian."""

from __future__ import annotations

import pytest

from newsprism import read
from newsprism.feeds.walls import wall_reason


def _page(title: str, text: str) -> str:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p>"
        "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Airport queues",
            "Passengers at Kettleby airport waited up to two hours at the security check on "
            "Friday after two scanners broke down. The airport said extra staff had been called "
            "in and that the queues had cleared by noon.",
        ),
        (
            "Biscuit sale extended",
            "The scouts' cookie sale will continue until the end of March, the district council "
            "said on Tuesday, after a late delivery left many troops short of boxes.",
        ),
        (
            "Набережная закрыта",
            "Доступ запрещён: власти Кеттлби закрыли набережную на время ремонта, который "
            "продлится до конца июля. В мэрии сообщили, что работы идут по графику, а "
            "пешеходов направят по временным дорожкам вдоль городского парка.",
        ),
    ],
)
def test_a_short_report_on_a_walls_topic_is_stored(title: str, text: str) -> None:
    html = _page(title, text)
    article = read(html.encode(), stages=())
    assert 25 < article.word_count < 80
    assert wall_reason(article, html, "https://harbour.example/a") is None


@pytest.mark.parametrize(
    ("title", "text", "why"),
    [
        (
            "One more step",
            "Please verify you are a human to continue reading. We noticed unusual traffic from "
            "your network and need to make sure you are not a robot before we let you in.",
            "bot check",
        ),
        ("403 Forbidden", "Forbidden. Access denied. HTTP Error 403.", "bot check"),
        (
            "Прежде чем продолжить",
            "Мы используем файлы cookie. Нажимая «Принять», вы соглашаетесь на их обработку "
            "нашими партнёрами и на сбор данных о посещениях сайта.",
            "consent wall",
        ),
    ],
)
def test_a_wall_that_speaks_to_the_visitor_or_is_tiny_is_still_one(
    title: str, text: str, why: str
) -> None:
    html = _page(title, text)
    reason = wall_reason(read(html.encode(), stages=()), html, "https://harbour.example/a")
    assert reason is not None and why in reason
