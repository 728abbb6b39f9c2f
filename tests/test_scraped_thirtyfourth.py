"""Scraped text, round 34: rules read off a page's own lines, each tested on pages we wrote
(invented places and people), in English and Russian; each rule's test fails on the round-33 code
(419a4447); a guard ("stays") passes on both."""

from __future__ import annotations

import pytest

from newsprism.extract import scraped_pos
from newsprism.extract.scraped import extract_scraped
from newsprism.extract.scraped_lines import split_lines
from newsprism.extract.scraped_meta import parse_byline


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


# A short pull quote printed right after the paragraph that says it (its stop and quote marks
# dropped), and a short quote heading over the paragraph that says it.
_PULL_QUOTE_ABOVE_EN = """Wyre Coast Times
News
Food
Sport
Review: The Net Loft, Fleetwood
A fish restaurant in the old net store on the quay keeps it simple and gets most of it right
By Owen Castle
Saturday 5 December 2026
The Net Loft opened in September in the net store beside Fleetwood's fish dock, with twelve tables and a menu written each morning on a board by the door.
The fish soup (£8.50) comes in a tin pot with bread from the bakery across the road. We had it on both visits and it was as good the second time. Best soup on the coast.
"Best soup on the coast"
The mains are less even. Hake on the first night was perfectly cooked; on the second it sat too long under the lamp, and the chips with it had gone soft.
Dinner for two with soup, two mains and a pudding came to £71 without drinks.
"""

_PULL_QUOTE_ABOVE_RU = """Вести Прибрежья
Новости
Еда
Спорт
Рецензия: «Сетевой склад» на набережной
Рыбный ресторан в бывшем складе сетей у причала делает простую еду и почти всегда удачно
Олег Кастальский
5 декабря 2026, 12:00
«Сетевой склад» открылся в сентябре в старом складе рядом с рыбным причалом: двенадцать столов и меню, которое каждое утро пишут мелом на доске у входа.
Рыбный суп (540 рублей) подают в жестяной кастрюльке с хлебом из пекарни напротив. Мы заказывали его оба раза, и оба раза он был одинаково хорош. Лучше супа я не ел.
«Лучше супа я не ел»
С горячим сложнее. Треска в первый вечер была идеальной, а во второй её передержали под лампой, и картофель к ней размяк.
Ужин на двоих с супом, двумя горячими и десертом обошёлся в 3 400 рублей без напитков.
"""


def test_a_short_pull_quote_after_the_paragraph_it_repeats_is_the_pages() -> None:
    for page, quote in (
        (_PULL_QUOTE_ABOVE_EN, '"Best soup on the coast"'),
        (_PULL_QUOTE_ABOVE_RU, "«Лучше супа я не ел»"),
    ):
        blocks = _blocks(page)
        assert all(b[1] != quote for b in blocks), blocks
        # the paragraph keeps its sentence
        assert any(b[0] == "paragraph" and quote.strip('"«»') in (b[1] or "") for b in blocks)


_QUOTE_HEADING_EN = """Severn Vale Echo
News
Courts
Sport
Man jailed for selling fake tickets to a food festival
More than 300 people paid for tickets that did not exist, the court heard.
By Leah Marsh
Friday 4 December 2026
A man who copied a food festival's website and sold more than 300 fake tickets has been jailed for eighteen months.
Colin Drew, 34, of Tewkesbury, was found guilty at Gloucester Crown Court of fraud by false representation after a four-day trial.
'It looked exactly like the real page'
Prosecutor Anita Shah told the jury that Drew had copied the festival's pages down to its cookie notice. "It looked exactly like the real page, and that was the whole point," she said.
Buyers paid between £45 and £120 each. Most found out only at the gate that their tickets were worthless.
"""

_QUOTE_HEADING_RU = """Вести Заречья
Новости
Происшествия
Спорт
Продавца поддельных билетов на гастрофестиваль приговорили к полутора годам
Больше 300 человек заплатили за билеты, которых не существовало, выяснил суд.
Лидия Маршева
4 декабря 2026, 15:20
Суд приговорил жителя Заречья к полутора годам колонии за продажу поддельных билетов на гастрономический фестиваль.
Николай Дронов, 34 года, скопировал сайт фестиваля и за месяц продал больше 300 билетов по цене от 900 до 2 400 рублей.
«Выглядело точь-в-точь как настоящий сайт»
Гособвинитель Анна Шахова рассказала суду, что Дронов скопировал страницы фестиваля вплоть до уведомления о cookies. «Выглядело точь-в-точь как настоящий сайт, и в этом был весь расчёт», — сказала она.
Большинство покупателей узнали о подделке только на входе на фестиваль.
"""


def test_a_short_quote_over_the_paragraph_that_says_it_heads_its_section() -> None:
    for page, heading in (
        (_QUOTE_HEADING_EN, "'It looked exactly like the real page'"),
        (_QUOTE_HEADING_RU, "«Выглядело точь-в-точь как настоящий сайт»"),
    ):
        assert ("heading", heading, None) in _blocks(page)


def test_a_long_pull_quote_over_the_paragraph_that_says_it_stays_the_pages() -> None:
    # guard: a quote of more words than a heading holds is set beside the passage it quotes
    page = _QUOTE_HEADING_EN.replace(
        "'It looked exactly like the real page'",
        "'It looked exactly like the real page, and that was the whole point'",
    )
    assert all("whole point'" not in (b[1] or "") for b in _blocks(page))


# The headline printed first by the page's sticky top bar (its first line), then as the page's
# headline over the standfirst and the byline.
_TOP_BAR_EN = """Ten Harbour Bakeries lifts half-year profit by a fifth
Northfold Business
News
Companies
Markets
Property
Subscribe
Companies
Results
Ten Harbour Bakeries lifts half-year profit by a fifth
Sales rose 9% as supermarkets took more of its own-label loaves, but the company warned of higher wheat prices next year
Rhona Gill
2 December 2026, 09:40
Ten Harbour Bakeries, the Grimsby maker of own-label bread, made a pre-tax profit of £14.2m in the six months to October, up from £11.8m a year earlier.
Its chief executive, Paul Dent, said two new supermarket contracts had filled its third production line for the first time since it opened in 2023.
"""

_TOP_BAR_RU = """«Северный хлеб» за полгода увеличил прибыль на пятую часть
Деловой Север
Новости
Компании
Рынки
Недвижимость
Подписка
Компании
Отчётность
«Северный хлеб» за полгода увеличил прибыль на пятую часть
Выручка выросла на 9% благодаря заказам сетей, но компания предупредила о подорожании зерна в следующем году
Ирина Гиль
2 декабря 2026, 09:40
Архангельский производитель хлеба «Северный хлеб» опубликовал отчётность за шесть месяцев: прибыль до налогов составила 1,42 млрд рублей против 1,18 млрд годом ранее.
По словам генерального директора Павла Денисова, два новых контракта с сетями впервые загрузили третью линию завода, открытую в 2023 году.
"""


def test_the_headline_under_its_top_bar_print_is_the_title_over_its_standfirst() -> None:
    for page, title, standfirst in (
        (_TOP_BAR_EN, "Ten Harbour Bakeries lifts half-year profit", "Sales rose 9%"),
        (_TOP_BAR_RU, "«Северный хлеб» за полгода увеличил", "Выручка выросла на 9%"),
    ):
        got, blocks, _ = extract_scraped(page)
        assert got is not None and got.startswith(title)
        assert blocks[0].kind == "paragraph" and blocks[0].text.startswith(standfirst)


def test_an_italian_byline_left_in_a_translated_page_names_its_writer() -> None:
    page = _TOP_BAR_EN.replace("Rhona Gill\n", "di Rhona Gill\n")
    _, _, meta = extract_scraped(page)
    assert meta.authors == ("Rhona Gill",)
    # guard: "Di" opening a surname is no byline word
    assert parse_byline("Di Stefano Rossi") is None


# A column signed "Name, a few words about them" over the date line, with the box about its
# writer under the story ("About the author" and a bio that does not name the site).
_COLUMN_EN = """Dunmore Weekly
Since 1902
News
People
History
Sport
History
A hundred years ago
The first bus: how Dunmore gave up its cabs in 1926, and then changed its mind
The town's bus service opened with a brass band and closed four months later. This is what went wrong.
Nora Prescott, local historian
5 December 2026
A hundred years ago this month, on 12 December 1926, the first scheduled bus in Dunmore's history drove down Market Street from the station to the quay.
The route had six stops, and a ticket cost two pence, half the cab fare. The council bought the bus second-hand from a dealer in Leeds.
In April 1927 the council voted to stop the service "until the roads and the supply of parts improve". Regular buses did not come back until 1934.
About the author
Nora Prescott has written about Dunmore's streets for thirty years and is the author of two books on the town's railways.
Share
Facebook
© 2026 Dunmore Weekly
"""

_COLUMN_RU = """Заречная неделя
Городская газета с 1921 года
Новости
Люди
История
Спорт
История
Город сто лет назад
Первый автобус: как в 1926 году Заречье отказалось от извозчиков, а потом передумало
Автобусное сообщение открылось с оркестром и закрылось через четыре месяца. Рассказываем, что пошло не так.
Нина Прохорова, краевед
5 декабря 2026
Сто лет назад, 12 декабря 1926 года, по Торговой улице от вокзала до пристани прошёл первый в истории Заречья рейсовый автобус.
Маршрут был один, с шестью остановками, а билет стоил 10 копеек, вдвое дешевле извозчика. Машину исполком купил подержанной в Ярославле.
В апреле 1927 года исполком решил «приостановить автобусное движение до улучшения дорог». Регулярные автобусы вернулись только в 1934 году.
Об авторе
Нина Петровна Прохорова — краевед, автор двух книг об улицах старого Заречья и о местной железной дороге.
Поделиться
ВКонтакте
© 2026 «Заречная неделя»
"""


def test_a_column_signed_with_a_description_and_its_author_box() -> None:
    for page, author, last, bio in (
        (_COLUMN_EN, "Nora Prescott", "Regular buses did not come back", "About the author"),
        (_COLUMN_RU, "Нина Прохорова", "В апреле 1927 года", "Об авторе"),
    ):
        _, blocks, meta = extract_scraped(page)
        assert meta.authors == (author,)
        assert blocks[-1].kind == "paragraph" and last in (blocks[-1].text or "")
        assert all(b.text != bio for b in blocks)


def test_an_author_box_with_the_story_going_on_under_it_stays() -> None:
    # guard: a section about an author, with the story's text after it, is the story's
    page = _COLUMN_EN.replace(
        "Share\n",
        "The council's minutes of the vote survive, and they show that only two councillors "
        "spoke for the bus.\nBoth of them, the minutes say, had shares in the company that ran "
        "the town's last cabs.\n",
    )
    _, blocks, _ = extract_scraped(page)
    assert any(b.text and b.text.startswith("Nora Prescott has written") for b in blocks)


def test_a_label_that_runs_on_into_its_list_needs_no_tagger(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the tagger takes seconds to load: a label that ends as no noun phrase ends is answered
    # without it, as it answered before; a label it cannot tell so is still asked
    asked: list[str] = []

    def no_tagger() -> None:
        asked.append("tagger")
        return None

    monkeypatch.setattr(scraped_pos, "_spacy", no_tagger)
    for label in (
        "The largest grants this year went to",
        "Key features of the new terminal include",
        "The three shortlisted designs are",
    ):
        assert scraped_pos.noun_phrase(label) is False
    assert scraped_pos.finite_verbs("24%") == (0, 0)
    assert not asked
    assert scraped_pos.noun_phrase("Dates for your diary") is None and asked == ["tagger"]
