"""Scraped text, round 20: figures, notices and dates a page of any origin prints (invented
pages, not evaluation text).

- a caption with its credit on its own line is a figure even when two photos share it, and is
  never the page's headline;
- a credit printed in brackets ("(Name/The Daily)") is a credit;
- a translation notice in a script written without spaces (Japanese, Chinese, Korean) names
  the service and, left under a translation, the language the page was translated from;
- a year-first date with slashes or dots ("2025/12/03 18:00") is the page's date line.
"""

from __future__ import annotations

from scraped_samples import PARA, PARA2

from newsprism.extract.notices import find_translation_notice
from newsprism.extract.scraped import extract_scraped
from newsprism.extract.scraped_meta import find_date

_PARA3 = (
    "Shops on the quay will stay open throughout, and the council has promised that the "
    "footpath on the landward side will never be closed at the same time as the road."
)


def test_a_caption_with_its_credit_on_its_line_repeats_as_two_figures() -> None:
    page = "\n".join(
        [
            "Home",
            "News",
            "Ferry fares to rise by a fifth on the island routes next spring",
            "2026/03/14 09:30",
            "Share",
            "Harbour ferry (Photo: Coast Herald)",
            PARA,
            PARA2,
            "Harbour ferry (Photo: Coast Herald)",
            _PARA3,
        ]
    )
    title, blocks, metadata = extract_scraped(page)
    assert title == "Ferry fares to rise by a fifth on the island routes next spring"
    figures = [(b.caption, b.credit) for b in blocks if b.kind == "figure"]
    assert figures == [("Harbour ferry", "(Photo: Coast Herald)")] * 2
    assert metadata.published == "2026-03-14"


def test_a_bracketed_photographer_credit_under_a_caption() -> None:
    page = "\n".join(
        [
            "Library branch to close for eight months for repairs",
            "By Dana Whitlow",
            PARA,
            "The branch on Elm Street, which opened in 1964.",
            "(Dana Whitlow/The Valley Courier)",
            PARA2,
            _PARA3,
        ]
    )
    _, blocks, _ = extract_scraped(page)
    figures = [(b.caption, b.credit) for b in blocks if b.kind == "figure"]
    assert figures == [
        ("The branch on Elm Street, which opened in 1964.", "(Dana Whitlow/The Valley Courier)")
    ]
    assert not [b for b in blocks if b.kind == "heading"]


def test_notices_in_unspaced_scripts() -> None:
    ja = find_translation_notice("この記事はDeepLによる機械翻訳です。原文はこちら。")
    assert ja is not None and (ja.service, ja.language) == ("DeepL", "ja")
    zh = find_translation_notice("本文由谷歌翻译自动翻译。Google")
    assert zh is not None and (zh.service, zh.language) == ("Google Translate", "zh")
    ko = find_translation_notice("이 기사는 Papago 번역으로 제공됩니다.")
    assert ko is not None and (ko.service, ko.language) == ("Papago", "ko")
    # a long paragraph that mentions translation is no notice
    assert find_translation_notice("翻訳" + "あ" * 200 + "DeepL") is None


def test_a_japanese_notice_under_an_english_translation() -> None:
    page = "\n".join(
        [
            "Ferry fares to rise by a fifth on the island routes next spring",
            PARA,
            PARA2,
            _PARA3,
            "この記事はDeepLによる機械翻訳です。翻訳の正確性は保証されません。",
        ]
    )
    _, blocks, metadata = extract_scraped(page)
    assert metadata.translated_by == "DeepL"
    assert metadata.source_language == "ja"
    assert all("DeepL" not in b.text for b in blocks)


def test_year_first_dates() -> None:
    assert find_date("2025/12/03 18:00")[0] == "2025-12-03"
    assert find_date("2025.12.03")[0] == "2025-12-03"
    assert find_date("2025-12-03")[0] == "2025-12-03"
    assert find_date("2025/12-03")[0] is None  # one separator throughout


def test_a_bracketed_credit_keeps_its_own_pattern() -> None:
    # "(Image credit: Agency)" was a credit with its brackets; it stays one
    page = "\n".join(
        [
            "Five companies picked to build moon landers",
            PARA,
            "An artist's concept of the lander on the lunar surface.",
            "(Image credit: Orbital Works)",
            PARA2,
            _PARA3,
        ]
    )
    _, blocks, _ = extract_scraped(page)
    figures = [(b.caption, b.credit) for b in blocks if b.kind == "figure"]
    assert figures == [
        ("An artist's concept of the lander on the lunar surface.", "(Image credit: Orbital Works)")
    ]


def test_share_buttons_labelled_for_screen_readers() -> None:
    page = "\n".join(
        [
            "Click to share on Facebook (Opens in new window)",
            "Click to share on Reddit (Opens in new window)",
            "Ferry fares to rise by a fifth on the island routes next spring",
            PARA,
            PARA2,
        ]
    )
    title, blocks, _ = extract_scraped(page)
    assert title == "Ferry fares to rise by a fifth on the island routes next spring"
    assert all("new window" not in b.text for b in blocks)


_RU = (
    "В понедельник в городской библиотеке открылась выставка старых фотографий, которые "
    "горожане приносили в музей в течение последних двух лет."
)
_RU2 = (
    "Организаторы рассказали, что больше всего снимков прислали жители северных районов, "
    "где сохранились деревянные дома начала прошлого века."
)


def test_buttons_and_promos_between_paragraphs_are_chrome() -> None:
    page = "\n".join(
        [
            "Ferry fares to rise by a fifth on the island routes next spring",
            PARA,
            "Reply",
            PARA2,
            "Subscribe to the Harbour Post's daily email updates.",
            _PARA3,
        ]
    )
    _, blocks, _ = extract_scraped(page)
    texts = [b.text for b in blocks]
    assert texts == [PARA, PARA2, _PARA3]
    ru = "\n".join(
        ["Выставка старых фотографий открылась в библиотеке", _RU, "Смотреть трейлер", _RU2]
    )
    _, blocks, _ = extract_scraped(ru)
    assert [b.text for b in blocks] == [_RU, _RU2]


def test_a_list_of_dated_sources_ends_the_article() -> None:
    page = "\n".join(
        [
            "No, the ferry company is not doubling its fares in March",
            PARA,
            PARA2,
            "Sources",
            "Harbour Ferries, timetable and fares notice, Feb. 2, 2026",
            "Interview with Ana Costa, harbour master, Feb. 9, 2026",
            "Island council, minutes of the Jan. 20, 2026, meeting",
            "Share this article",
            "Related",
            "No, the bridge toll is not going up",
            "Photo of the flooded quay is from 2019",
        ]
    )
    _, blocks, _ = extract_scraped(page)
    assert ("heading", "Sources") in [(b.kind, b.text) for b in blocks]
    lists = [b.text.split("\n") for b in blocks if b.kind == "list"]
    assert lists == [
        [
            "Harbour Ferries, timetable and fares notice, Feb. 2, 2026",
            "Interview with Ana Costa, harbour master, Feb. 9, 2026",
            "Island council, minutes of the Jan. 20, 2026, meeting",
        ]
    ]
    assert all("bridge toll" not in b.text for b in blocks)


def test_a_field_and_its_value_between_paragraphs_is_text() -> None:
    page = "\n".join(
        [
            "No, the ferry company is not doubling its fares in March",
            PARA,
            "Verdict: False",
            PARA2,
            "Road works: what changes on Monday",
            _PARA3,
        ]
    )
    _, blocks, _ = extract_scraped(page)
    kinds = [(b.kind, b.text) for b in blocks]
    assert ("paragraph", "Verdict: False") in kinds
    assert ("heading", "Road works: what changes on Monday") in kinds
    ru = "\n".join(
        ["Выставка старых фотографий открылась в библиотеке", _RU, "Итог: неправда", _RU2]
    )
    _, blocks, _ = extract_scraped(ru)
    assert ("paragraph", "Итог: неправда") in [(b.kind, b.text) for b in blocks]
