"""Scraped text, round 36: rules read off a page's own lines, each tested on pages we wrote
(invented places and people), in English and Russian; each rule's test fails on the round-35 code
(d3329bc0); a guard ("stays") passes on both."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped
from newsprism.extract.scraped_meta import parse_byline

# A travel piece whose writer took its photos too: one byline names both jobs.
_WRITER_AND_PHOTOS_RU = """Северный край · Новости · Путешествия · Спорт
Путешествия
Выходные в Ладожске: крепость, рыбный рынок и старая пристань
Наш корреспондент провела два дня в городе на берегу озера и посчитала, во что обходится поездка
Текст и фото: Марина Белозёрова
4 декабря 2026
Крепостная стена над озером в декабре.
Фото: Марина Белозёрова
До Ладожска от областного центра три часа на электричке, и зимой поезд ходит дважды в день. Город маленький, но в нём сохранились крепость XVI века, торговые ряды и деревянная пристань.
Мы приехали в субботу утром и уехали в воскресенье вечером: этого хватило, чтобы увидеть главное и не спешить.
Входной билет в крепость стоит 250 рублей, экскурсия для группы до шести человек — 1 200.
"""

_WRITER_AND_PHOTOS_EN = """The Fenmoor Gazette · News · Travel · Sport
Travel
A weekend in Saltby: the old harbour, a smokehouse and the longest pier on the coast
Our reporter spent two days in the fishing town and counted what the trip costs
Words and pictures: Tamsin Orrell
4 December 2026
The harbour wall at low tide in December.
Photo: Tamsin Orrell
Saltby is three hours from the city by the coastal train, which runs twice a day in winter. The town is small, but its harbour, its smokehouse and its Victorian pier are all still working.
We arrived on Saturday morning and left on Sunday evening: enough to see the main sights without rushing.
Entry to the pier museum costs £4, and a guided walk for a group of up to six is £30.
"""


def test_a_byline_of_the_writer_who_took_the_photos_is_the_writers() -> None:
    for page, author, label in (
        (_WRITER_AND_PHOTOS_RU, "Марина Белозёрова", "Текст и"),
        (_WRITER_AND_PHOTOS_EN, "Tamsin Orrell", "Words and"),
    ):
        _, blocks, meta = extract_scraped(page)
        assert meta.authors == (author,), meta.authors
        assert meta.published == "2026-12-04"
        # the byline is no photo's caption and credit
        assert not any(b.kind == "figure" and (b.caption or "").startswith(label) for b in blocks)


def test_a_photographer_after_the_writer_stays_apart() -> None:
    # guard: "Name, photos: Name" is the writer, the photographer after her left out
    assert parse_byline("Текст: Марина Белозёрова, фото: Олег Ракитин") == (
        ["Марина Белозёрова"],
        None,
    )
    assert parse_byline("By Tamsin Orrell. Photos by Will Carrow") == (["Tamsin Orrell"], None)
