"""A newsletter box inserted after a section's first paragraph (review finding 20): the paragraph
over the address field is the box's blurb only when it speaks to the reader or of the newsletter
and gives no figure; a section's subheading and its paragraph stay the story's."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _kinds(page: str) -> list[tuple[str, str]]:
    _, blocks, _ = extract_scraped(page)
    return [(b.kind, b.text) for b in blocks]


# invented pages: a harbour town's flood barrier, a box right under a section's first paragraph
_SECTION_THEN_BOX_EN = """The Porthallow Gazette
News · Sport · Weather
Town backs a sea wall for the old harbour
Building begins in March and should take eighteen months
By Tamsin Pollard
7 December 2026
The town council voted on Monday to build a sea wall along the old harbour, after storms flooded the slipway four times last winter.
The wall will cost £3.6m, most of it from a regional coastal grant.
Where the rest comes from
The other £0.9m will be taken from the harbour trust's savings, which the council says will not mean higher mooring fees for boat owners.
Your email address
Subscribe
A drop-in session on the design will be held at the library on Friday.
Boat owners have asked for the slipway to stay open while the work goes on.
"""

_SECTION_THEN_BOX_RU = """Вести Приморска
Новости · Общество · Спорт
В Приморске построят защитную дамбу у старого порта
Работы начнутся весной и займут полтора года
Ольга Рябинина
7 декабря 2026
Городская дума в понедельник решила построить дамбу у старого порта: прошлой зимой шторм четыре раза затапливал набережную.
Дамба обойдётся в 310 млн рублей, большую часть даст областной бюджет.
Кто заплатит остальное
Оставшиеся 45 млн рублей город возьмёт из резерва порта, и, как уверяют в думе, плата за стоянку судов не вырастет.
Ваш e-mail
Подписаться
Обсуждение проекта пройдёт в библиотеке в пятницу.
Владельцы лодок просят не закрывать причал на время работ.
"""


def test_a_sections_heading_and_paragraph_over_a_box_stay() -> None:
    for page, heading, paragraph, after in (
        (
            _SECTION_THEN_BOX_EN,
            "Where the rest comes from",
            "The other £0.9m",
            "A drop-in session",
        ),
        (
            _SECTION_THEN_BOX_RU,
            "Кто заплатит остальное",
            "Оставшиеся 45 млн рублей",
            "Обсуждение проекта",
        ),
    ):
        kinds = _kinds(page)
        assert ("heading", heading) in kinds, kinds
        assert any(k == "paragraph" and t.startswith(paragraph) for k, t in kinds), kinds
        assert any(k == "paragraph" and t.startswith(after) for k, t in kinds), kinds
        assert not any("email" in t.lower() or "e-mail" in t.lower() for _, t in kinds), kinds


def test_without_a_figure_the_story_paragraph_still_stays() -> None:
    # (guard) the paragraph neither speaks to the reader nor of a newsletter: the story's
    for page, old, new, heading, paragraph in (
        (
            _SECTION_THEN_BOX_EN,
            "The other £0.9m will",
            "The rest will",
            "Where the rest comes from",
            "The rest will",
        ),
        (
            _SECTION_THEN_BOX_RU,
            "Оставшиеся 45 млн рублей город возьмёт",
            "Остальное город возьмёт",
            "Кто заплатит остальное",
            "Остальное город",
        ),
    ):
        kinds = _kinds(page.replace(old, new))
        assert ("heading", heading) in kinds, kinds
        assert any(k == "paragraph" and t.startswith(paragraph) for k, t in kinds), kinds


def test_a_blurb_that_speaks_of_the_newsletter_still_goes() -> None:
    # the box's own blurb under its title is still the page's, in either language
    for page, old, new, gone, heading in (
        (
            _SECTION_THEN_BOX_EN,
            "Your email address\n",
            "Harbour Weekly\nThe week's stories from the coast, in your inbox every Friday.\n"
            "Your email address\n",
            ("The week's stories",),
            "Where the rest comes from",
        ),
        (
            _SECTION_THEN_BOX_RU,
            "Ваш e-mail\n",
            "Рассылка «Вестей Приморска»\nГлавное за неделю — каждую пятницу.\nВаш e-mail\n",
            ("Рассылка", "Главное за неделю"),
            "Кто заплатит остальное",
        ),
    ):
        kinds = _kinds(page.replace(old, new))
        assert not any(t.startswith(gone) for _, t in kinds), kinds
        # and the section above the box is the story's
        assert ("heading", heading) in kinds, kinds
