"""Scraped text, round 33: rules read off a page's own lines (a reading time in words, the
language after "the original", a tag list's last name), each tested on pages we wrote (invented
places and people), in English and Russian; each rule's test fails on the round-32 code
(e81db99f); a guard ("stays") passes on both.  (Round 34 removed the round's four rules no page
but the one each was written on moved — a caption carrying its credit ending a menu, a gallery's
title, a headline with no byline over its standfirst, a credit signed under the story — and their
tests; see docs/extraction.md.)"""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _blocks(text: str) -> list[tuple[str, str | None, str | None]]:
    _, blocks, _ = extract_scraped(text)
    return [(b.kind, b.caption if b.kind == "figure" else b.text, b.credit) for b in blocks]


# An interview's page with no byline or date line anywhere near its headline.
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
