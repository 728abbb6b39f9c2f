"""Scraped text, round 35: rules read off a page's own lines, each tested on pages we wrote
(invented places and people), in English and Russian; each rule's test fails on the round-34 code
(dcf5436e); a guard ("stays") passes on both."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped

# The byline's and the date's labels printed on lines of their own over their values.
_FIELD_LABELS_EN = """The Kestrel Bay Reporter
News
Business
Sport
Ferry operator adds a winter sailing to the islands after a petition
The extra crossing on Saturdays will run from January to March, the company says
By Imogen Tate
Published:
5 December 2026
Kestrel Bay Ferries will add a Saturday afternoon sailing to Holm and Skerra from January, after more than 900 island residents signed a petition asking for a way home from the mainland that did not mean a night in a hotel.
The operator said the 3.40pm crossing would run until the end of March as a trial, and that it would decide in the spring whether to keep it for next winter.
Island councillor Ruth Mowat said the change was "the difference between a day trip and a weekend away" for families who travel to the mainland for hospital appointments.
"""

_FIELD_LABELS_RU = """Вести Прибрежья
Новости
Экономика
Спорт
Паромная компания добавила зимний рейс на острова после обращения жителей
Дополнительный рейс по субботам будет ходить с января по март
Автор:
Инна Тарасова
Опубликовано:
5 декабря 2026, 10:20
Паромная компания «Прибрежье» с января добавит субботний дневной рейс на острова Холм и Скерра. Об этом попросили больше 900 жителей островов, подписавших обращение к перевозчику.
Рейс в 15:40 будет ходить до конца марта в тестовом режиме, а весной компания решит, оставить ли его на следующую зиму, сообщили в пресс-службе перевозчика.
Депутат районного совета Раиса Мовчан сказала, что для семей, которые ездят на материк к врачам, это «разница между поездкой на день и поездкой с ночёвкой».
"""


def test_a_fields_label_on_a_line_of_its_own_over_its_value_is_the_pages() -> None:
    for page, author, labels, standfirst in (
        (_FIELD_LABELS_EN, "Imogen Tate", ("Published:",), "The extra crossing"),
        (_FIELD_LABELS_RU, "Инна Тарасова", ("Автор:", "Опубликовано:"), "Дополнительный рейс"),
    ):
        _, blocks, meta = extract_scraped(page)
        texts = [b.text for b in blocks]
        assert not any(t in labels for t in texts), texts
        assert meta.authors == (author,) and meta.published == "2026-12-05"
        assert blocks[0].kind == "paragraph" and (blocks[0].text or "").startswith(standfirst)


def test_a_colon_heading_over_running_text_stays_a_heading() -> None:
    # guard: a colon title over the story's text, no date line under it, is a section's
    page = _FIELD_LABELS_EN.replace(
        "Island councillor Ruth Mowat",
        "What islanders say:\nIsland councillor Ruth Mowat",
    )
    _, blocks, _ = extract_scraped(page)
    assert ("heading", "What islanders say:") in [(b.kind, b.text) for b in blocks]


# A gallery between the paragraphs, with its title over its first counter.
_GALLERY_EN = """Northmoor Echo
News
Life
Sport
Allotment society's giant marrow breaks the county record at the autumn show
The 61kg vegetable took its grower eleven weeks and a hammock to grow
By Colin Ferris
Saturday 5 December 2026
A marrow grown on a Northmoor allotment has broken the county record at the Haybridge autumn show, weighing in at 61 kilograms, four more than the old record set in 2019.
Its grower, retired plumber Derek Hollis, said he had slung it in a hammock made from an old deckchair to stop it splitting under its own weight.
Gallery: The Haybridge autumn show
1 of 3
Derek Hollis with his record marrow on the show bench.
Photo: Colin Ferris
2 of 3
Judges weighing the marrow on the show's cattle scales.
Photo: Colin Ferris
3 of 3
Onions on the show bench before the judging.
Photo: Colin Ferris
Eleven weeks of work
Hollis planted the seed in a greenhouse in May and moved the plant to his allotment in June. He fed it every morning and evening, and covered it with fleece on cold nights.
The show's organisers said the marrow would be kept on display at the village hall until next weekend.
"""

_GALLERY_RU = """Вести Заречья
Новости
Общество
Спорт
Кабачок весом 61 килограмм побил областной рекорд на осенней выставке
Огородник вырастил его за одиннадцать недель и держал в гамаке
Колин Ферзев
5 декабря 2026, 12:00
Кабачок с огорода в Заречье побил областной рекорд на осенней сельскохозяйственной выставке: он весит 61 килограмм, на четыре больше прежнего рекорда 2019 года.
Его вырастил пенсионер Денис Холин. По его словам, чтобы кабачок не треснул под собственным весом, он подвесил его в гамаке из старого шезлонга.
Фоторепортаж: осенняя выставка
1 / 3
Денис Холин с рекордным кабачком на выставке.
Фото: Колин Ферзев
2 / 3
Судьи взвешивают кабачок на весах для скота.
Фото: Колин Ферзев
3 / 3
Лук на выставочном столе перед судейством.
Фото: Колин Ферзев
Одиннадцать недель работы
Холин посеял семена в теплице в мае, а в июне пересадил растение на огород. Он подкармливал его утром и вечером, а в холодные ночи укрывал плёнкой.
Организаторы выставки сообщили, что кабачок будет выставлен в сельском клубе до следующих выходных.
"""


def test_a_gallerys_title_over_its_first_counter_is_the_pages() -> None:
    for page, title, caption in (
        (_GALLERY_EN, "Gallery: The Haybridge autumn show", "Judges weighing the marrow"),
        (_GALLERY_RU, "Фоторепортаж: осенняя выставка", "Судьи взвешивают кабачок"),
    ):
        _, blocks, _ = extract_scraped(page)
        kinds = [(b.kind, b.caption if b.kind == "figure" else b.text) for b in blocks]
        assert all(text != title for _, text in kinds), kinds
        # the gallery's photos are the page's figures, the section after it has its heading
        assert [k for k, _ in kinds].count("figure") == 3
        assert any(k == "figure" and (text or "").startswith(caption) for k, text in kinds)
