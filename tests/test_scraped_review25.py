"""Scraped text, the twenty-fifth round's review (invented pages, not evaluation text): what a
reader would lose or be told wrongly by this round's new rules."""

from __future__ import annotations

from scraped_samples import PARA, PARA2, blocks

from newsprism.extract.scraped import extract_scraped

_HEADLINE = "Harbour school will stay open for another year"
_SAYS_IT = (
    "Linda Moss, who chairs the board, told the meeting that the harbour school will stay open "
    "for another year, and that no merger would be discussed before the autumn."
)


def test_a_paragraph_that_says_the_headline_again_is_kept() -> None:
    # the story's lead often says its headline in a sentence; only a line that ends with the
    # headline as printed (share text, a related link) is the page's
    page = "\n".join(
        [
            "Home / News / Local",
            _HEADLINE,
            "By Martin Kowalski",
            "Published 4 December 2026",
            PARA,
            _SAYS_IT,
            PARA2,
            f"Share: {_HEADLINE}",
            "© Harbour Gazette 2026",
        ]
    )
    title, _, _ = extract_scraped(page)
    assert title == _HEADLINE
    assert blocks(page) == [("paragraph", PARA), ("paragraph", _SAYS_IT), ("paragraph", PARA2)]


def _ru_page(rubric: str | None) -> str:
    headline = "Школу на набережной не будут закрывать ещё год"
    lines = ["Вести Приозёрья", "Новости", "Спорт", headline]
    if rubric:
        lines.append(rubric)
    lines += [
        "4 декабря 2026, 18:20",
        "Городской совет по образованию в четверг вечером решил, что школа на набережной "
        "проработает как минимум ещё год: родители заполнили зал на три часа.",
        "«Школу на набережной не будут закрывать ещё год, это решение окончательное», — "
        "сказала председатель совета Лидия Мосс.",
        "В школе 84 ученика, десять лет назад было 130; совет предлагал объединить её с "
        "большой школой на холме, чтобы сэкономить на отоплении.",
    ]
    return "\n".join(lines)


def test_a_headline_the_story_quotes_is_the_title_not_a_pull_quote() -> None:
    # a headline over the date line, its words said again in the story, is the headline; a
    # rubric between it and the date line is never the title
    for rubric in (None, "Образование"):
        title, _, _ = extract_scraped(_ru_page(rubric))
        assert title == "Школу на набережной не будут закрывать ещё год"


def test_a_section_after_an_advert_label_with_a_button_under_it_is_the_storys() -> None:
    # "Advertisement", a section's heading, its short first paragraph and a stray "Sign up"
    # button, the story going on below: the heading and the paragraph are the story's, not a
    # promo box (a promo box under the share bar has no story under its button)
    for advert, heading, para, button, more in (
        (
            "Advertisement",
            "What happens next",
            "Councillors will vote on the final design in January, after more public meetings.",
            "Sign up",
            "Shopkeepers on the lane said they feared losing trade while the road is closed, "
            "and asked the council for a rates holiday during the works.",
        ),
        (
            "Реклама",
            "Что дальше",
            "Депутаты проголосуют за окончательный проект в январе, после общественных слушаний.",
            "Подписаться",
            "Владельцы магазинов в переулке опасаются потерять покупателей на время ремонта и "
            "просят совет об отсрочке по аренде до конца работ.",
        ),
    ):
        page = "\n".join(
            [
                "Council backs plan to close Mill Lane to through traffic",
                "Published 3 March 2026",
                PARA,
                PARA2,
                advert,
                heading,
                para,
                button,
                more,
            ]
        )
        got = blocks(page)
        assert ("heading", heading) in got
        assert ("paragraph", para) in got


def test_a_teasers_published_line_under_the_story_is_not_the_pages_date() -> None:
    page = "\n".join(
        [
            "Valley Gazette",
            "Harbour school will stay open another year",
            "4 December 2026, 10:15",
            "By Martin Kowalski",
            PARA,
            PARA2,
            "More from Valley Gazette",
            "Ferry timetable changes for the winter season",
            "Published 1 December 2026",
            "© Valley Gazette 2026",
        ]
    )
    assert extract_scraped(page)[2].published == "2026-12-04"
