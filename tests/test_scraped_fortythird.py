"""Scraped text, round 43: each mechanism tested on pages we wrote (invented places and people);
each test fails on the round-42 code (930cbb35); a guard ("stays") passes on both."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _read(page: str) -> tuple[list[str], list[str]]:
    _, blocks, meta = extract_scraped(page)
    return [b.text for b in blocks if b.kind != "figure"], list(meta.authors)


_P1 = (
    "Мост через реку Вежу в Заречинске с понедельника закроют для грузовиков массой больше "
    "десяти тонн, сообщили в городском управлении дорожного хозяйства."
)
_P2 = (
    "Ограничение продлится до конца весны: инженеры нашли трещины в двух опорах и хотят "
    "понять, насколько быстро они растут. Легковые машины и автобусы будут ездить как прежде."
)
_P3 = (
    "Перевозчики говорят, что объезд через посёлок Луговой добавит к каждому рейсу около "
    "сорока минут. В управлении обещают, что ремонт опор начнут летом."
)


def _page(header: list[str], body: list[str]) -> str:
    return "\n".join(
        [
            "Заречинские вести",
            "Новости · Город · Транспорт · Происшествия",
            "Транспорт",
            "Мост через Вежу закроют для грузовиков до конца весны",
            *header,
            *body,
            "Поделиться",
            "© 2026 Заречинские вести",
        ]
    )


# -- a Russian name alone in the header, confirmed by the dictionary --------------------------


def test_a_bare_russian_name_under_the_headline_is_the_byline() -> None:
    texts, authors = _read(_page(["Тимофей Кривошеев"], [_P1, _P2, _P3]))
    assert authors == ["Тимофей Кривошеев"]
    assert "Тимофей Кривошеев" not in texts


def test_two_names_and_the_outlet_under_the_standfirst() -> None:
    header = [
        "Инженеры нашли трещины в двух опорах моста и хотят понять, насколько быстро они растут",
        "Ксения Мартынова и Глеб Сорокин, «Вести Заречья»",
    ]
    _, authors = _read(_page(header, [_P1, _P2, _P3]))
    assert authors == ["Ксения Мартынова", "Глеб Сорокин"]


def test_a_rubric_in_capitalised_words_stays_no_author() -> None:
    # «Новости Заречья» is capitalised as a name is, but its first word is no given name
    texts, authors = _read(_page(["Новости Заречья"], [_P1, _P2, _P3]))
    assert authors == []
    assert "Новости Заречья" not in texts


def test_a_page_with_a_byline_keeps_it() -> None:
    _, authors = _read(_page(["Автор: Ольга Миронова", "Тимофей Кривошеев"], [_P1, _P2, _P3]))
    assert authors == ["Ольга Миронова"]


# -- the story's subject is no byline (review R9): its surname is in the story ----------------

#: a paragraph naming the mayor, in two cases («Вадим Горелов», «Горелова»)
_SUBJECT = (
    "Глава Заречинска Вадим Горелов на совещании в понедельник поручил проверить опоры всех "
    "мостов города, построенных до 1970 года. По словам Горелова, ремонт начнут летом."
)


def test_a_name_the_story_is_about_under_the_headline_is_no_byline() -> None:
    texts, authors = _read(_page(["Вадим Горелов"], [_P1, _SUBJECT, _P3]))
    assert authors == []
    assert _SUBJECT in texts


def test_a_name_the_story_is_about_over_the_date_is_no_byline() -> None:
    # a tag for the story's subject over the date line, where a bare name is otherwise the writer
    _, authors = _read(_page(["Вадим Горелов", "12 марта 2026, 10:15"], [_P1, _SUBJECT, _P3]))
    assert authors == []


def test_a_writer_the_story_does_not_name_stays_the_byline() -> None:
    # the same story, its writer's name found nowhere in it: still the author
    _, authors = _read(_page(["Тимофей Кривошеев"], [_P1, _SUBJECT, _P3]))
    assert authors == ["Тимофей Кривошеев"]
    _, authors = _read(_page(["Тимофей Кривошеев", "12 марта 2026, 10:15"], [_P1, _SUBJECT, _P3]))
    assert authors == ["Тимофей Кривошеев"]


def test_a_writer_introduced_under_the_story_stays_the_byline() -> None:
    # the page's note on its writer opens with the writer's name: no mention of a subject
    bio = (
        "Тимофей Кривошеев — обозреватель «Заречинских вестей», пишет о транспорте и городском "
        "хозяйстве с 2018 года."
    )
    _, authors = _read(_page(["Тимофей Кривошеев"], [_P1, _P2, _P3, bio]))
    assert authors == ["Тимофей Кривошеев"]


def test_a_surname_in_another_case_in_the_headline_is_the_subject() -> None:
    header = ["Мост через Вежу закрыли для грузовиков по решению мэра Горелова", "Вадим Горелов"]
    lines = _page([], [_P1, _P2, _P3]).split("\n")
    lines[3:4] = header  # the headline names him, the body does not
    _, authors = _read("\n".join(lines))
    assert authors == []


# -- Russian ad labels and the site's channels --------------------------------------------------


def test_an_ad_label_by_the_advertising_law_is_the_pages() -> None:
    body = [_P1, _P2, "Реклама. ООО «Северный дом», ИНН 7700000000", "erid: 2VtzqvXyZ8", _P3]
    texts, _ = _read(_page(["12 мая 2026"], body))
    assert texts == [_P1, _P2, _P3]


def test_the_sites_channel_named_as_ours_is_the_pages() -> None:
    body = [_P1, _P2, "Следите за новостями в нашем Telegram-канале", _P3, "Наш канал в Дзене"]
    texts, _ = _read(_page(["12 мая 2026"], body))
    assert texts == [_P1, _P2, _P3]


def test_a_quoted_channel_stays() -> None:
    # a source speaking of its own channel is reported, with its quote and its comma
    said = "«Все изменения мы публикуем в нашем Telegram-канале», — сказали в управлении."
    texts, _ = _read(_page(["12 мая 2026"], [_P1, _P2, said, _P3]))
    assert said in texts


def test_widget_labels_are_the_pages() -> None:
    # between paragraphs, where a short capitalised line is otherwise a heading
    body = [_P1, "Видео дня", _P2, "Последние новости", _P3, "Оцените материал"]
    texts, _ = _read(_page(["12 мая 2026"], body))
    assert texts == [_P1, _P2, _P3]


# -- the readers' comments under their count ----------------------------------------------------


def test_a_count_of_comments_in_russian_ends_the_story() -> None:
    comments = [
        "Всего комментариев: 2",
        "Сергей, Луговой",
        "Объезд через Луговой и так разбит, а теперь по нему пойдут все грузовики района.",
        "Мария",
        "Хорошо, что хоть автобусы оставили. Дочь каждый день ездит в колледж через этот мост.",
    ]
    texts, _ = _read(_page(["12 мая 2026"], [_P1, _P2, _P3, *comments]))
    assert texts == [_P1, _P2, _P3]


def test_a_comment_heading_without_a_count_stays() -> None:
    # «Комментарий» over an expert's words is a section of the story, not the readers' comments
    expert = (
        "Инженер-мостовик Аркадий Лесных считает, что трещины в опорах такого возраста обычно "
        "растут медленно и ограничение для тяжёлых машин — разумная мера предосторожности."
    )
    texts, _ = _read(_page(["12 мая 2026"], [_P1, _P2, "Комментарий", expert, _P3]))
    assert expert in texts and _P3 in texts
