"""Scraped text, round 33: rules read off a page's own lines (a gallery's widget, a headline with
no byline, a credit signed under the story), each tested on pages we wrote (invented places and
people), in English and Russian; each rule's test fails on the round-32 code (e81db99f); a guard
("stays") passes on both."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _blocks(text: str) -> list[tuple[str, str | None, str | None]]:
    _, blocks, _ = extract_scraped(text)
    return [(b.kind, b.caption if b.kind == "figure" else b.text, b.credit) for b in blocks]


_MENU_EN = """Marlow Valley Post
News
Business
Sport
Opinion
Subscribe
"""

# A gallery in the story: a counter over each photo, the photo's caption with its credit on the
# same line, then the next section's heading — three short lines in a row, and no menu.
_GALLERY_INLINE_EN = f"""{_MENU_EN}Ferry operator adds a second boat to the Marlow crossing
The new vessel will run every half hour from March, the company said on Monday.
By Colm Reardon
Monday, 7 December 2026
Marlow Ferries said the second boat, bought from a Norwegian operator, would halve waiting times at the busiest hours of the crossing.
"People have been queueing for forty minutes on summer weekends," said its manager, Petra Olsen. "That ends next year."
1 / 3
The new ferry at the Marlow slipway on Monday morning. (Image: Marlow Ferries)
2 / 3
Deckhands fit the new loading ramp in the yard. (Image: Marlow Ferries)
Fares and timetable
The single fare will stay at £3.20 for foot passengers and £9 for cars until the end of next year, the company said.
Season tickets will go on sale in February and will be valid on both boats.
"""

_GALLERY_INLINE_RU = """Вести Заречья
Новости
Экономика
Спорт
Паром через Вятку будет ходить каждые полчаса
Второе судно выйдет на линию в марте, сообщил перевозчик в понедельник.
Ольга Сурина
7 декабря 2026, 10:15
Перевозчик купил второй паром у компании из Архангельска, чтобы вдвое сократить очереди на переправе в часы пик.
«Летом по выходным люди стоят в очереди по сорок минут. В следующем году этого не будет», — сказал директор переправы Пётр Олейник.
1 / 3
Новый паром у причала в Заречье в понедельник утром. (Фото: пресс-служба переправы)
2 / 3
Матросы монтируют новую аппарель на верфи. (Фото: пресс-служба переправы)
Цены и расписание
Билет для пешехода останется за 40 рублей, для машины — за 250 рублей до конца следующего года, сообщили в компании.
Абонементы начнут продавать в феврале, они будут действовать на обоих судах.
"""


def test_captions_with_their_credits_in_a_gallery_are_figures_not_a_menu() -> None:
    for page, captions, heading in (
        (
            _GALLERY_INLINE_EN,
            ("The new ferry at the Marlow slipway", "Deckhands fit the new loading ramp"),
            "Fares and timetable",
        ),
        (
            _GALLERY_INLINE_RU,
            ("Новый паром у причала", "Матросы монтируют новую аппарель"),
            "Цены и расписание",
        ),
    ):
        blocks = _blocks(page)
        figures = [b for b in blocks if b[0] == "figure"]
        assert [f[1][: len(c)] for f, c in zip(figures, captions, strict=True)] == list(captions)
        assert all(f[2] and f[2].startswith("(") for f in figures)
        assert ("heading", heading, None) in blocks


# A gallery's widget names itself over its first counter ("Gallery: …" / "1 of 3").
_GALLERY_TITLE_EN = _GALLERY_INLINE_EN.replace(
    "1 / 3\nThe new ferry at the Marlow slipway on Monday morning. (Image: Marlow Ferries)\n"
    "2 / 3\nDeckhands fit the new loading ramp in the yard. (Image: Marlow Ferries)\n",
    "Gallery: the new ferry's first week\n1 of 2\nThe new ferry at the Marlow slipway on Monday "
    "morning.\nPhotograph: Ines Kary\n2 of 2\nDeckhands fit the new loading ramp in the yard.\n"
    "Photograph: Ines Kary\n",
)
_GALLERY_TITLE_RU = _GALLERY_INLINE_RU.replace(
    "1 / 3\nНовый паром у причала в Заречье в понедельник утром. (Фото: пресс-служба переправы)\n"
    "2 / 3\nМатросы монтируют новую аппарель на верфи. (Фото: пресс-служба переправы)\n",
    "Фотогалерея: первая неделя нового парома\n1 из 2\nНовый паром у причала в Заречье.\n"
    "Фото: Инна Карова\n2 из 2\nМатросы монтируют новую аппарель на верфи.\nФото: Инна Карова\n",
)


def test_a_gallerys_title_over_its_counter_is_no_heading() -> None:
    for page, title in (
        (_GALLERY_TITLE_EN, "Gallery: the new ferry's first week"),
        (_GALLERY_TITLE_RU, "Фотогалерея: первая неделя нового парома"),
    ):
        blocks = _blocks(page)
        assert all(b[1] != title for b in blocks)
        assert sum(b[0] == "figure" for b in blocks) == 2


# An interview's headline (a quote, then who said it) with no byline or date line anywhere
# near: the page's first line that is not the site's, unfinished, over its standfirst.
_NO_BYLINE_EN = """Skip to content
The Harwick Courier
News
Weekend
Opinion
Subscribe
Weekend › People
'I never wanted to be anywhere else': Joan Petty on forty years behind the bar of the Fox at Harwick Bridge and the regulars who kept her there
She pulled her first pint in 1986. On Saturday she hands over the keys for the last time.
Joan Petty took over the Fox at Harwick Bridge when she was twenty-four, with a loan from her father and no idea how to change a barrel.
"The first week I cried every night," she says. "By the second week I knew every name in the village."
The brewery says the pub will stay open under a new tenant from January.
"""

_NO_BYLINE_RU = """Перейти к содержанию
Северная газета
Новости
Люди
Мнения
Люди › Интервью
«Я никогда не хотела уехать отсюда»: Анна Ремезова о сорока годах за прилавком сельского магазина в Сосновке и о покупателях, которые её там держали
Она открыла магазин в 1986 году. В субботу она в последний раз закроет его дверь.
Анна Ремезова приняла магазин в Сосновке в двадцать четыре года, взяв в долг у отца и не зная, как вести учёт.
«Первую неделю я плакала каждый вечер, — говорит она. — А через месяц знала по имени всю деревню».
Сельсовет обещает, что магазин продолжит работу с новым арендатором с января.
"""


def test_a_headline_with_no_byline_over_its_standfirst_is_the_title() -> None:
    for page, start in (
        (_NO_BYLINE_EN, "'I never wanted to be anywhere else'"),
        (_NO_BYLINE_RU, "«Я никогда не хотела уехать отсюда»"),
    ):
        title, blocks, _ = extract_scraped(page)
        assert title is not None and title.startswith(start)
        assert blocks[0].kind == "paragraph" and not blocks[0].text.startswith(start)


def test_an_unfinished_first_paragraph_under_a_line_of_text_stays_a_paragraph() -> None:
    # guard: a line that ends with a colon announces what follows; it is no headline
    page = _NO_BYLINE_EN.replace(
        "'I never wanted to be anywhere else': Joan Petty on forty years behind the bar of the "
        "Fox\n",
        "Joan Petty, who has run the Fox at Harwick Bridge for forty years and hands over its keys "
        "on Saturday, told us this week:\n",
    )
    title, blocks, _ = extract_scraped(page)
    assert title is None or not title.startswith("Joan Petty, who")


# The byline block signed under the story: the writer, the date, and the photographer of the
# page's photos — no photo of its own.
_SIGNED_RU = """Калужские вести
Новости
Город
Платные парковки в центре начнут работать с января
С 1 января в центре города заработают платные парковки на 1200 мест, решила городская дума.
Час стоянки будет стоить 40 рублей, жителям центра выдадут бесплатные разрешения.
«Все деньги пойдут на ремонт дорог в самом центре», — заявил глава управы Игорь Сомов.
Автор: Вера Лыкова
5 декабря 2026 г., 10:30
Фото: Калужские вести
Комментарии (12)
Поделиться
© «Калужские вести», 2026
"""

_SIGNED_EN = """The Harwick Courier
News
Business
Council approves paid parking in the town centre from January
Drivers will pay £1.20 an hour in 1,200 spaces in the town centre from January, the council decided on Thursday.
Residents of the centre will get free permits, and the first half hour will stay free.
"Every penny will go on the roads and pavements of the centre," said the council's leader, Ian Soames.
By Vera Lyons
5 December 2026, 10:30
Photo: Harwick Courier
Comments (12)
Share
© Harwick Courier 2026
"""


def test_a_credit_signed_under_the_story_by_the_byline_is_no_figure() -> None:
    for page in (_SIGNED_RU, _SIGNED_EN):
        assert all(b[0] != "figure" for b in _blocks(page))


# A reading time in words under the byline and the date, over the lead photo.
_READING_TIME = """Вести Заречья
Новости
Город
Объясняем
Два бака у подъезда: как в Заречье будут собирать вторсырьё
С 1 января у каждого дома в двух районах города будут стоять синий и серый контейнеры.
Автор: Ольга Сурина
5 декабря 2026, 08:00
{counter}
Синие контейнеры для вторсырья уже завезли на площадки в Ленинском районе.
Фото: Инна Карова / Вести Заречья
Сейчас весь мусор жители выбрасывают в одни и те же контейнеры, а сортируют его уже на полигоне, где большая часть вторсырья теряется.
В синий бак можно будет выбрасывать пластиковые бутылки, банки из-под напитков, картон и бумагу.
"""


def test_a_reading_time_in_words_is_no_heading() -> None:
    # «6 мин на чтение», "4 minutes to read": the page's counter, as "5 min read" is
    for counter in ("6 мин на чтение", "5 минут на чтение", "4 minutes to read"):
        blocks = _blocks(_READING_TIME.format(counter=counter))
        assert all(counter not in (b[1] or "") for b in blocks)


def test_the_language_named_after_the_original_is_the_source_language() -> None:
    from newsprism.extract.notices import find_translation_notice

    for line, source in (
        (
            "Текст переведён автоматически сервисом Яндекс Переводчик. Оригинал на японском языке.",
            "ja",
        ),
        ("This page has been translated by Google Translate. View the original (German)", "de"),
        ("Machine translated by DeepL. The original is in Polish.", "pl"),
    ):
        notice = find_translation_notice(line)
        assert notice is not None and notice.source_language == source
    # a notice naming the original without its language says none
    notice = find_translation_notice("Machine translated by DeepL. Read the original article.")
    assert notice is not None and notice.source_language is None


# A page's tag list after the story ends with a place's name: one more tag, no signature.
_TAGGED = """{site}
{head}
{body}
{tags}
{tag1}
{tag2}
{name}
{comments}
"""


def test_a_name_at_the_end_of_a_tag_list_is_no_author() -> None:
    for page in (
        _TAGGED.format(
            site="Marlow Valley Post",
            head="Drought: twelve villages of the Upper Marlow will lose running water at night",
            body="Twelve villages of the Upper Marlow will have no running water at night from "
            "Monday, the water board said, after the driest spring in forty years.\n"
            '"We know it is hard, especially for the elderly," said its director, Ana Ribeiro.',
            tags="Tags",
            tag1="Drought",
            tag2="Water",
            name="Upper Marlow",
            comments="Comments (3)",
        ),
        _TAGGED.format(
            site="Вести Заречья",
            head="Засуха: двенадцать сёл Верхнего Заречья останутся ночью без воды",
            body="Двенадцать сёл Верхнего Заречья с понедельника будут оставаться ночью без "
            "воды, сообщил водоканал после самой сухой весны за сорок лет.\n"
            "«Мы понимаем, как это тяжело, особенно пожилым», — сказал директор водоканала "
            "Пётр Олейник.",
            tags="Теги",
            tag1="Засуха",
            tag2="Вода",
            name="Верхнее Заречье",
            comments="Комментарии (3)",
        ),
    ):
        _, _, metadata = extract_scraped(page)
        assert not metadata.authors
