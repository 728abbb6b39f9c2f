"""Scraped text, round 28: rules read off what a page is, each tested on pages we wrote (invented
places and people), in English and Russian; each test fails on the round-27 code."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped

# A story about a regulator and a shop's mailings: its own sentences hold a disclaimer's, a cookie
# banner's and a typo prompt's words; the page's real notices stand under it.
_STORY_EN = """Home
Business
Regulator asks shops to label their price forecasts
By Clara Nyman
4 December 2026
The consumer office in Harwick wants shops that send price forecasts to customers to say plainly who made them and how often they were wrong.
The office said its own figures were for information purposes only and would be checked again in the spring, when the first labelled mailings go out.
A spokesman for the retailers' association said the rule was not investment advice in disguise, as some members had claimed, but a matter of telling buyers what a forecast is.
One shop's banner, which said it used cookies to tailor the forecasts, was singled out in the report for sending them to people who had refused.
Auditors found an error in the way two chains counted returned goods, the report adds.
This material is for information purposes only and does not constitute investment advice.
We use cookies to improve your experience on our site.
Share this article
"""

_STORY_RU = """Главная
Экономика
Регулятор попросил магазины подписывать прогнозы цен
Автор: Ольга Зимина
4 декабря 2026
Управление по защите прав потребителей в Ладожске хочет, чтобы магазины, рассылающие прогнозы цен, прямо указывали, кто их составил и как часто они ошибались.
Аналитики отмечают, что рассылка магазина об акциях не является инвестиционной рекомендацией, хотя покупатели её так и читали.
Юристы ассоциации напомнили, что ответы в таких рассылках носят справочный характер лишь на словах, а на деле люди по ним покупают.
Аудиторы нашли ошибку в том, как две сети считали возвраты товара, говорится в отчёте.
Материал носит информационный характер и не является инвестиционной рекомендацией.
Нашли опечатку? Выделите её и нажмите Ctrl+Enter
Мы используем файлы cookie, чтобы сайт работал лучше.
Поделиться
"""


def _paragraphs(text: str) -> list[str]:
    _, blocks, _ = extract_scraped(text)
    return [b.text for b in blocks if b.kind == "paragraph"]


def test_a_story_s_sentence_holding_a_notice_s_words_is_kept_english() -> None:
    kept = _paragraphs(_STORY_EN)
    assert len(kept) == 5  # every sentence of the story, none of the page's notices
    assert kept[1].startswith("The office said its own figures were for information purposes only")
    assert kept[2].startswith("A spokesman for the retailers' association said the rule")
    assert kept[3].startswith("One shop's banner")
    assert kept[4].startswith("Auditors found an error")
    assert not any(p.startswith(("This material is", "We use cookies")) for p in kept)


def test_a_story_s_sentence_holding_a_notice_s_words_is_kept_russian() -> None:
    kept = _paragraphs(_STORY_RU)
    assert len(kept) == 4
    assert kept[1].startswith("Аналитики отмечают, что рассылка магазина")
    assert kept[2].startswith("Юристы ассоциации напомнили")
    assert kept[3].startswith("Аудиторы нашли ошибку")
    assert not any(p.startswith(("Материал носит", "Нашли опечатку", "Мы используем")) for p in kept)


def test_a_quoted_banner_and_a_closing_link_word_stay_the_story_s() -> None:
    text = (
        "Home\nTechnology\nWhy the new cookie banners say less than the old ones\n"
        "By Clara Nyman\n4 December 2026\n"
        "The banners that appeared this autumn are shorter than the ones they replaced, and the "
        "watchdog says shorter is not the same as clearer.\n"
        'The banner on the ferry company\'s site reads "We use cookies to make booking easier" '
        "and offers no way to say no.\n"
        "The watchdog will publish its guidance in January and explain it to the firms in more "
        "detail than the first draft did, its director said, adding that she would say more about "
        "it at the hearing and that readers could find out more\n"
        "Summary by the newsroom. Learn more\n"
    )
    kept = _paragraphs(text)
    assert len(kept) == 3
    assert kept[1].startswith("The banner on the ferry company's site reads")
    assert kept[2].endswith("readers could find out more")
