"""Scraped text, round 18: evidence a reader uses on any site (invented pages, not evaluation text).

- a translation notice in a language that puts the verb elsewhere (German, Turkish, Polish);
- a headline a line above it holds whole (the tab's "Headline | Site", a breadcrumb);
- a prompt right above its "Subscribe" button;
- the author of a one-person site, whose copyright line names that person;
- a short line of running text above the headline (a score, a ticker).
"""

from __future__ import annotations

import pytest
from scraped_samples import PARA as _PARA
from scraped_samples import PARA2 as _PARA2

from newsprism.extract.notices import find_translation_notice, source_language
from newsprism.extract.scraped import classify, extract_scraped


@pytest.mark.parametrize(
    ("line", "service", "written_in"),
    [
        ("Dieser Beitrag wurde maschinell mit DeepL übersetzt.", "DeepL", "de"),
        ("Bu haber Google Çeviri ile otomatik olarak çevrilmiştir.", "Google Translate", "tr"),
        ("Artykuł został automatycznie przetłumaczony przez DeepL.", "DeepL", "pl"),
        ("Dit artikel is automatisch vertaald met Google Translate.", "Google Translate", "nl"),
        ("Noticia traducida automáticamente con Google.", "Google Translate", "es"),
        ("Questo articolo è stato tradotto con DeepL.", "DeepL", "it"),
    ],
)
def test_a_notice_is_read_whatever_the_word_order(line: str, service: str, written_in: str) -> None:
    notice = find_translation_notice(line)
    assert notice is not None and (notice.service, notice.language) == (service, written_in)
    # left in its own language under an English text: the page was translated from it
    assert source_language(notice, [_PARA, _PARA2]) == written_in


@pytest.mark.parametrize(
    "line",
    [
        "Google Translate is used by millions of people every day.",
        "La traducción de Google fue mala, dijo el profesor.",
        "Die Übersetzung von DeepL war besser als erwartet, sagte die Lehrerin.",
        # a paragraph that mentions a translated text is longer than a notice
        "Der Roman wurde in 30 Sprachen übersetzt, und DeepL spielte dabei keine Rolle, sagte der "
        "Verleger am Dienstag bei der Vorstellung des Programms für den Herbst in Frankfurt.",
    ],
)
def test_sentences_naming_a_service_are_not_notices(line: str) -> None:
    assert find_translation_notice(line) is None


def _page(*lines: str) -> str:
    return "\n".join(lines)


def test_a_menu_item_printed_twice_does_not_become_the_title() -> None:
    page = _page(
        "Home",
        "Local news",
        "Sport",
        "Council votes to close the old library",
        "Home",
        "Local news",
        "12 March 2026",
        _PARA,
        _PARA2,
    )
    title, _, _ = extract_scraped(page)
    assert title == "Council votes to close the old library"


def test_a_prompt_above_its_subscribe_button_is_chrome() -> None:
    prompt = (
        "Valley Notes is a reader-supported publication. To receive new posts, "
        "consider becoming a free or paid subscriber."
    )
    labels = {
        lab.text: lab.label
        for lab in classify(_page("A headline for the story", _PARA, prompt, "Subscribe", _PARA2))
    }
    assert labels[prompt] == "chrome"
    assert labels[_PARA] == labels[_PARA2] == "paragraph"
    # the same words without a button under them are the article's
    news = (
        "The paper lost a third of its subscribers last year, and the owners asked readers to "
        "support it with donations."
    )
    labels = {
        lab.text: lab.label for lab in classify(_page("A headline for it", _PARA, news, _PARA2))
    }
    assert labels[news] == "paragraph"


def test_russian_prompt_above_its_button() -> None:
    prompt = "Подпишитесь на рассылку, чтобы получать главные новости города каждое утро."
    para = (
        "Работы продлятся около четырех месяцев и обойдутся в 3,2 миллиарда рублей, "
        "большую часть средств выделит федеральный бюджет, сообщили в мэрии."
    )
    labels = {
        lab.text: lab.label
        for lab in classify(
            _page("Мэрия закроет мост на ремонт", para, prompt, "Подписаться", para)
        )
    }
    assert labels[prompt] == "chrome"


def test_the_author_of_a_one_person_site_is_not_its_masthead() -> None:
    page = _page(
        "Valley Notes",
        "Why our town stopped gritting the hill roads",
        "A winter of savings and a few angry letters",
        "Martha Keel",
        "Mar 3, 2026",
        _PARA,
        _PARA2,
        "© 2026 Martha Keel",
    )
    _, _, metadata = extract_scraped(page)
    assert metadata.authors == ("Martha Keel",)
    # the site's name at the top, with no headline above it, stays a masthead
    page = _page(
        "Ashcombe Gazette",
        "12 March 2026",
        "Council votes to close the old library",
        _PARA,
        _PARA2,
        "© 2026 Ashcombe Gazette",
    )
    _, _, metadata = extract_scraped(page)
    assert metadata.authors == ()


def test_a_short_line_of_text_above_the_headline_is_the_pages() -> None:
    score = "62:37 4:3 Brook (Hale, Marsh)."
    page = _page(
        "Results",
        score,
        "Rovers come back from two down to win in extra time",
        "By Sam Pike",
        "14 November 2026",
        _PARA,
        _PARA2,
    )
    labels = {lab.text: lab.label for lab in classify(page)}
    assert labels[score] == "chrome"
    assert labels["Rovers come back from two down to win in extra time"] == "title"


@pytest.mark.parametrize(
    "tab",
    [
        "Council votes to close the old library | Ashcombe Gazette",
        "Главная › Новости › Совет проголосовал за закрытие старой библиотеки",
    ],
)
def test_a_headline_the_tab_or_breadcrumb_prints_is_the_title(tab: str) -> None:
    headline = tab.split(" | ")[0] if "|" in tab else tab.split(" › ")[-1]
    # a teaser above it sits as well on a date as the headline does on its standfirst: the
    # tab's or the breadcrumb's print of the headline settles it
    page = _page(
        tab,
        "News",
        "Residents fear the loss of the town's last public reading room",
        "12 March 2026",
        headline,
        "Three councillors voted against the plan",
        _PARA,
        _PARA2,
    )
    title, _, _ = extract_scraped(page)
    assert title == headline


_PARA3 = (
    "Work on the second stage, the pedestrian bridge over the river, is due to begin in the "
    "autumn once the council has chosen a contractor from the four firms that have bid."
)
_TEASER = (
    "A family in the valley has kept the same market stall for ninety years, and the youngest "
    "of them says she has no plans to give it up."
)


def test_running_text_after_a_long_run_of_chrome_is_not_the_article() -> None:
    chrome = ["Share", "Facebook", "X", "WhatsApp", "Email", "Copy link", "Print", "Advertisement"]
    page = _page("Council closes the bridge for repairs", _PARA, _PARA2, _PARA3, *chrome, _TEASER)
    labels = {lab.text: lab.label for lab in classify(page)}
    assert labels[_PARA3] == "paragraph"
    assert labels[_TEASER] == "chrome"


def test_a_short_box_set_into_the_article_does_not_end_it() -> None:
    box = ["Sign up to the Morning Briefing", "Free daily newsletter", "Share", "Email"]
    page = _page("Council closes the bridge for repairs", _PARA, _PARA2, *box, _PARA3, _TEASER)
    labels = {lab.text: lab.label for lab in classify(page)}
    assert labels[_PARA3] == labels[_TEASER] == "paragraph"


def test_a_list_of_the_articles_own_does_not_end_it() -> None:
    # short lines in a row are taken for a link list, but they do not count as page chrome
    steps = [
        "Two ripe pears",
        "One lemon",
        "Six spoons of pectin",
        "A spoon of cinnamon",
        "A jar of honey",
        "Half a spoon of cloves",
        "A pinch of ginger",
        "Some nutmeg",
        "Method",
    ]
    page = _page("Pear jam for the winter", _PARA, _PARA2, *steps, _PARA3)
    labels = {lab.text: lab.label for lab in classify(page)}
    assert labels[_PARA3] == "paragraph"
