"""Scraped text, round 34: rules read off a page's own lines, each tested on pages we wrote
(invented places and people), in English and Russian; each rule's test fails on the round-33 code
(419a4447); a guard ("stays") passes on both."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped
from newsprism.extract.scraped_lines import split_lines


def _blocks(text: str) -> list[tuple[str, str | None, str | None]]:
    _, blocks, _ = extract_scraped(text)
    return [(b.kind, b.caption if b.kind == "figure" else b.text, b.credit) for b in blocks]


# A fixed-width table copied from the page: its columns aligned by runs of spaces, no tabs.
_ALIGNED_TABLE_EN = """Harlow Vale Gazette
News
Council
Sport
Bin collections to move to fortnightly rounds from March
The change will save the district about £400,000 a year, the council says
By Nadia Okafor
Thursday 3 December 2026
Harlow Vale District Council will collect general waste every two weeks instead of every week from March, after its cabinet approved the change on Wednesday evening.
The council says recycling rates have stalled at 41 per cent and that fortnightly rounds have lifted them by a fifth in neighbouring districts. The new rounds by bin are:
Bin               Now          From March
General waste     Weekly       Fortnightly
Recycling         Fortnightly  Fortnightly
Food waste        Weekly       Weekly
Garden waste      Fortnightly  Fortnightly (paid)
Opposition councillors said the change had been rushed through without asking residents, and that families with young children would struggle to fit two weeks of rubbish into one bin.
Cabinet member Tom Reeve said households of six or more could ask for a larger bin at no charge.
"""

_ALIGNED_TABLE_RU = """Вести Приозерья
Новости
Общество
Спорт
В Приозерске с января подорожает проезд в автобусах
Стоимость поездки вырастет впервые за три года, сообщили в администрации
Ирина Малахова
3 декабря 2026, 12:40
Администрация Приозерска утвердила новые тарифы на проезд в городских автобусах. Они начнут действовать с 1 января, сообщили в управлении транспорта.
По словам начальника управления Сергея Лаптева, перевозчик с весны просил поднять цену, потому что топливо и запчасти подорожали почти на четверть. Новые тарифы такие:
Билет            Сейчас     С января
Наличными        38 руб.    45 руб.
По карте         35 руб.    40 руб.
Льготный         19 руб.    20 руб.
Месячный         1 900      2 200
Пенсионеры и школьники сохранят право на бесплатный проезд по социальной карте, добавил Лаптев.
Депутаты городского совета предложили вернуться к вопросу тарифов летом, когда станут известны итоги первого полугодия.
"""


def test_a_table_aligned_by_spaces_is_the_pages_like_a_tabbed_one() -> None:
    for page, intro, after in (
        (
            _ALIGNED_TABLE_EN,
            "The new rounds by bin are:",
            "Opposition councillors said the change",
        ),
        (_ALIGNED_TABLE_RU, "Новые тарифы такие:", "Пенсионеры и школьники сохранят"),
    ):
        blocks = _blocks(page)
        # the rows are no list and no paragraph: the story goes on from its colon to its text
        assert not [b for b in blocks if b[0] == "list"], blocks
        texts = [b[1] or "" for b in blocks if b[0] == "paragraph"]
        at = next(i for i, t in enumerate(texts) if t.endswith(intro))
        assert texts[at + 1].startswith(after)


def test_aligned_cells_are_counted_and_a_sentence_stays_one_cell() -> None:
    lines = split_lines(
        "Up to 1 hour      £1.20    £1.50\n"
        "The council met on Tuesday.  Traders walked out.\n"
        "Stay\tNow\tFrom April\n"
        "A line with single spaces only\n"
    )
    assert [line.cells for line in lines] == [3, 2, 3, 1]
    assert lines[0].cell_texts == ("Up to 1 hour", "£1.20", "£1.50")
    # (white space is collapsed in the text as before)
    assert lines[1].text == "The council met on Tuesday. Traders walked out."
