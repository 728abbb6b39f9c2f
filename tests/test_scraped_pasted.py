"""Text pasted with no page around it (invented stories, not evaluation text).

A short first line and then the story's paragraphs, with nothing of a site's above it, is the
headline the reader copied with the story: it is the title, never dropped as navigation.  A run
of short lines above the body and a single word over it stay the page's.
"""

from __future__ import annotations

from scraped_samples import PARA, PARA2

from newsprism.extract.scraped import extract_scraped

_OPENING = (
    "The county will shut the old stone bridge on the river road for repairs from Monday, "
    "the highways office said, and drivers will be sent through the town centre instead."
)
_RU = [
    "Перекрытие моста",
    "",
    "Власти района закроют старый каменный мост на речной дороге на ремонт с понедельника, "
    "сообщили в дорожной службе; водителей направят в объезд через центр города.",
    "",
    "По словам инженеров, работы займут около шести недель и обойдутся примерно в два "
    "миллиона рублей, большую часть оплатит областной бюджет.",
    "",
    "Жители трёх соседних улиц получат письма с описанием объездов на следующей неделе.",
]


def _page(*lines: str) -> str:
    return "\n\n".join(lines)


def _all_text(text: str) -> str:
    title, found, _ = extract_scraped(text)
    return " ".join([title or ""] + [b.text or "" for b in found])


def test_a_short_first_line_over_pasted_paragraphs_is_the_title() -> None:
    title, found, _ = extract_scraped(_page("Bridge closure", _OPENING, PARA, PARA2))
    assert title == "Bridge closure"
    assert [b.text for b in found] == [_OPENING, PARA, PARA2]


def test_a_russian_short_first_line_over_pasted_paragraphs_is_the_title() -> None:
    title, found, _ = extract_scraped("\n".join(_RU))
    assert title == "Перекрытие моста"
    assert [b.kind for b in found] == ["paragraph"] * 3


def test_a_date_line_between_the_short_headline_and_the_story_changes_nothing() -> None:
    title, _, meta = extract_scraped(_page("Bridge closure", "5 December 2026", _OPENING, PARA))
    assert title == "Bridge closure"
    assert meta.published == "2026-12-05"


def test_no_line_of_the_pasted_text_is_lost() -> None:
    for text in (_page("Bridge closure", _OPENING, PARA), "\n".join(_RU)):
        first = text.split("\n")[0]
        assert first in _all_text(text)


def test_a_run_of_short_lines_above_the_body_is_no_title() -> None:
    title, _, _ = extract_scraped(_page("Weather warning", "Bridge closure", _OPENING, PARA))
    assert title is None


def test_a_single_word_over_the_body_is_no_title() -> None:
    title, _, _ = extract_scraped(_page("Politics", _OPENING, PARA))
    assert title is None
