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


# A table copied with its cells joined by single spaces, after the sentence that introduces it.
_SPACED_TABLE_EN = """The Lowfield Courier
News
Sport
Business
Lowfield leisure centre prices to rise from April after budget vote
Swimming and gym sessions will cost up to 60p more, the borough says
By Aled Morris
3 December 2026
Prices at Lowfield Leisure Centre will rise from April after councillors approved the borough's budget on Tuesday night.
The borough said the centre had lost money for three years running and that the rise would bring in about £90,000 a year.
The new prices for adults are:
Session Now From April
Swim 45 minutes £4.20 £4.60
Gym one visit £6.00 £6.50
Fitness class £7.10 £7.70
Sauna £5.00 £5.40
Children under five will still swim free, and pensioners keep a discount of a third on every session.
Councillor Bethan Rees said the borough had held prices for two years and could not do so again without cutting opening hours.
"""

_SPACED_TABLE_RU = """Новости Озёрска
Главная
Общество
Спорт
В Озёрске с января подорожают занятия в бассейне и тренажёрном зале
Городской спорткомплекс объяснил рост цен расходами на отопление
Анна Лебедева
3 декабря 2026
Городской спорткомплекс «Волна» с 1 января поднимет цены на все занятия для взрослых. Решение утвердил наблюдательный совет учреждения.
Директор спорткомплекса Олег Зайцев объяснил, что расходы на отопление бассейна за год выросли почти на треть.
Новые цены на разовые посещения такие:
Занятие Цена
Бассейн, 45 минут 350 ₽
Тренажёрный зал 400 ₽
Групповая тренировка 450 ₽
Абонемент на месяц 3 200 ₽
Для детей и пенсионеров цены не изменятся, а многодетные семьи сохранят скидку в 50 процентов.
По словам Зайцева, новые цены всё равно ниже, чем в частных клубах города.
"""


def test_a_table_copied_with_spaces_between_its_cells_is_the_pages() -> None:
    for page, lead_in, after in (
        (_SPACED_TABLE_EN, "The new prices for adults are:", "Children under five"),
        (_SPACED_TABLE_RU, "Новые цены на разовые посещения такие:", "Для детей и пенсионеров"),
    ):
        _, blocks, _ = extract_scraped(page)
        kinds = [(b.kind, b.text) for b in blocks]
        at = kinds.index(("paragraph", lead_in))  # the sentence that introduces it stays text
        assert blocks[at + 1].kind == "paragraph" and (blocks[at + 1].text or "").startswith(after)
        assert not any(b.kind == "list" for b in blocks), kinds


def test_a_colon_title_over_a_tabbed_table_is_its_lead_in() -> None:
    page = _SPACED_TABLE_EN.replace(
        "Session Now From April\nSwim 45 minutes £4.20 £4.60\nGym one visit £6.00 £6.50\n"
        "Fitness class £7.10 £7.70\nSauna £5.00 £5.40\n",
        "Session\tNow\tFrom April\nSwim, 45 minutes\t£4.20\t£4.60\nGym, one visit\t£6.00\t£6.50\n"
        "Fitness class\t£7.10\t£7.70\n",
    )
    _, blocks, _ = extract_scraped(page)
    kinds = [(b.kind, b.text) for b in blocks]
    assert ("paragraph", "The new prices for adults are:") in kinds, kinds


def test_a_list_of_names_and_their_shares_stays_a_list() -> None:
    # guard: a dash parts each item's name from its value — a list's items, not a table's rows
    page = _SPACED_TABLE_RU.replace(
        "Занятие Цена\nБассейн, 45 минут 350 ₽\nТренажёрный зал 400 ₽\nГрупповая тренировка 450 ₽\n"
        "Абонемент на месяц 3 200 ₽\n",
        "Бассейн, 45 минут — 350 ₽\nТренажёрный зал — 400 ₽\nГрупповая тренировка — 450 ₽\n"
        "Абонемент на месяц — 3 200 ₽\n",
    )
    _, blocks, _ = extract_scraped(page)
    assert [b.kind for b in blocks].count("list") == 1


# A page of readers' letters, each signed under its text with a name and a place.
_LETTERS_EN = """The Marshfield Mercury
News
Opinion
Sport
Letters: the library hours, a broken footbridge and a thank-you to the lifeboat crew
Friday, 4 December 2026
Our readers wrote to us this week about the council's plans for the library, and about the footbridge at the old mill.
Keep the library open on Saturdays
I have used Marshfield library every Saturday for forty years. Closing it at weekends would shut out everyone who works in the week.
The council should look again at its figures before the budget meeting.
Edith Carrow, Marshfield
Mend the mill footbridge
The footbridge at the old mill has been fenced off since August. Children now walk to school along the main road.
Surely a bridge of ten metres cannot take four months to repair?
Daniel and Rose Pike, Upper Tarn
A thank-you to the lifeboat crew
My son was brought back to shore by the Marshfield lifeboat on November 12 after his boat lost its engine. The crew were calm, kind and quick.
Thank you to every one of them.
Harold Venn, Saltmarsh
Write to us: letters@marshfieldmercury.co.uk
"""

_LETTERS_RU = """Газета «Заречье»
Новости
Общество
Письма читателей
О чём пишут читатели: мост, библиотека и спасибо врачам
04.12.2026
Каждую неделю в редакцию приходят письма. Публикуем несколько из них.
Когда откроют мост
Пешеходный мост через Сороку закрыт с августа. Дети ходят в школу по обочине трассы.
Неужели мост длиной десять метров нельзя починить за четыре месяца?
Семья Ворониных, д. Кочкино
Спасибо библиотеке
Хочу поблагодарить сотрудников сельской библиотеки: теперь книги можно заказать по телефону и забрать в субботу.
Анна Петровна Лузина, с. Заречье
Спасибо врачам
В ноябре я попал в районную больницу. Врачи и медсёстры всё сделали быстро и внимательно.
Отдельное спасибо хирургу, который оперировал меня ночью.
Пётр Семёнович Котов, г. Сорокинск
"""


def test_readers_signatures_under_their_letters_are_the_letters_lines() -> None:
    for page, signatures in (
        (_LETTERS_EN, ["Edith Carrow, Marshfield", "Daniel and Rose Pike, Upper Tarn",
                       "Harold Venn, Saltmarsh"]),
        (_LETTERS_RU, ["Семья Ворониных, д. Кочкино", "Анна Петровна Лузина, с. Заречье",
                       "Пётр Семёнович Котов, г. Сорокинск"]),
    ):  # fmt: skip
        _, blocks, meta = extract_scraped(page)
        kinds = [(b.kind, b.text) for b in blocks]
        for signature in signatures:
            assert ("paragraph", signature) in kinds, kinds
        assert meta.authors == ()  # readers sign their letters: the page has no author


def test_one_described_signature_under_a_story_stays_its_author() -> None:
    # guard: a story signed once so ("Name, a few words about its bearer") is its author's
    page = _LETTERS_RU.split("Спасибо библиотеке")[0]
    _, blocks, meta = extract_scraped(page)
    assert meta.authors == ("Семья Ворониных",)


# A credit alone after the story's last line: the byline's photographer printed again, or a
# gallery's link among other articles' headlines.
_CREDIT_AFTER_RU = """Новости Озёрска
Главная
Город
Транспорт
В Озёрске с января появятся платные парковки в центре
Управа утвердила тарифы и список улиц
С 1 января платными станут 800 мест на девяти улицах центра. Час стоянки будет стоить 40 рублей.
Жители окрестных домов смогут оформить льготный абонемент за 300 рублей в месяц.
По словам главы управы, деньги пойдут на ремонт дорог в центре.
Автор: Анна Лебедева
5 декабря 2026 г., 10:30
Фото: Новости Озёрска
Комментарии (12)
"""

_CREDIT_AFTER_EN = """The Lowfield Courier
News
Sport
Lowfield votes to keep its library open on Saturdays
Councillors reversed the cut after a petition of 2,000 names
Lowfield library will stay open on Saturdays after councillors voted on Tuesday to find the money elsewhere in the budget.
A petition against the cut was signed by more than 2,000 people in three weeks.
The library's opening hours on weekdays will not change.
By Aled Morris
3 December 2026
Photo: Lowfield Courier
Comments (4)
"""


def test_a_credit_alone_after_the_story_is_no_figure() -> None:
    for page in (_CREDIT_AFTER_RU, _CREDIT_AFTER_EN):
        _, blocks, _ = extract_scraped(page)
        assert not any(b.kind == "figure" for b in blocks), [(b.kind, b.text) for b in blocks]


def test_a_credit_alone_over_the_story_stays_a_figure() -> None:
    # guard: a photo without a caption at the top of the story is the story's figure
    page = _CREDIT_AFTER_RU.replace("Фото: Новости Озёрска\n", "").replace(
        "С 1 января платными", "Фото: Новости Озёрска\nС 1 января платными"
    )
    _, blocks, _ = extract_scraped(page)
    assert [(b.kind, b.credit) for b in blocks if b.kind == "figure"] == [
        ("figure", "Фото: Новости Озёрска")
    ]
