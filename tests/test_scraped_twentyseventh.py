"""Scraped text, round 27: rules read off what a page is, each tested on pages we wrote (invented
places and people), in English and Russian; each test fails on the round-26 code."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped

_GUIDE_EN = """Home
Guides
Energy
How to cut a winter heating bill in an old terraced house
By Tom Reyes
3 December 2026
On this page
Jump to section
Draughts first
Insulating the loft
Radiators and valves
Ask the reader panel
Our heating cost calculator
Old houses lose most of their heat through gaps nobody sees, and the cheapest fixes are usually the ones that stop cold air coming in before anything else is bought.
Draughts first
Start at the front door and the sash windows: a strip of brush seal and a letterbox flap cost less than a week of heating and pay back within the first cold month.
Insulating the loft
A loft with less than ten centimetres of wool loses heat through the ceiling all day; topping it up to twenty-seven centimetres is a weekend's work for two people.
Radiators and valves
Thermostatic valves let each room keep its own temperature, so the spare bedroom is not heated like the kitchen, and bleeding the radiators once a year keeps them hot at the top.
Share this guide
"""

_GUIDE_RU = """Главная
Советы
Дом
Как подготовить старый дом к зиме без больших трат
Автор: Ирина Волкова
3 декабря 2026
Содержание
Перейти к разделу
Сначала щели
Утепление чердака
Батареи и краны
Вопросы читателей
Калькулятор расходов на отопление
В старом доме больше всего тепла уходит через щели, которых никто не видит, и дешевле всего обходятся те работы, что останавливают холодный воздух у входа.
Сначала щели
Начните с входной двери и старых рам: уплотнитель и накладка на почтовую щель стоят меньше недели отопления и окупаются в первый же холодный месяц.
Утепление чердака
Если на чердаке меньше десяти сантиметров утеплителя, потолок отдаёт тепло весь день; довести слой до двадцати семи сантиметров можно за выходные вдвоём.
Батареи и краны
Терморегуляторы на батареях позволяют каждой комнате держать свою температуру, а спуск воздуха раз в год сохраняет батареи горячими доверху.
Поделиться
"""


def _headings(text: str) -> list[str]:
    _, blocks, _ = extract_scraped(text)
    return [b.text for b in blocks if b.kind == "heading"]


def test_contents_list_under_its_label_and_over_a_box_link_names_the_headings() -> None:
    # the run of short lines holds a label and a link to a box as well as the contents: the
    # contents are the stretch from the first entry that comes back to the last one
    assert _headings(_GUIDE_EN) == ["Draughts first", "Insulating the loft", "Radiators and valves"]
    assert _headings(_GUIDE_RU) == ["Сначала щели", "Утепление чердака", "Батареи и краны"]


def _article(text: str) -> tuple[str | None, list[list[str | None]], list[str]]:
    title, blocks, metadata = extract_scraped(text)
    kinds = [
        [b.kind, b.caption, b.credit] if b.kind == "figure" else [b.kind, b.text] for b in blocks
    ]
    return title, kinds, list(metadata.authors)


_COOKIE_BANNER = """Skip to content
Cookies on this site
We place a few small cookies on your device so that forms and page settings keep working between your visits.
Allow all
Only necessary
Marsh Valley Council
News
Bridge on Mill Road to close for three weeks of repairs
Published 2 December 2026
The Mill Road bridge will close to traffic from Monday while engineers replace the worn expansion joints on both sides of the river.
Buses will divert through Station Street, and a footpath on the east side will stay open for people walking and cycling.
The council said the work had been planned for the quietest weeks of the year, before the spring flood season.
"""


def test_a_cookie_banner_in_its_own_words_is_the_page_s() -> None:
    title, blocks, _ = _article(_COOKIE_BANNER)
    assert title == "Bridge on Mill Road to close for three weeks of repairs"
    assert not any("cookies" in (b[1] or "") for b in blocks)


_STANDING_NOTES = """Markets
Copper rises for a third day as smelters cut output
By Lena Ortiz
4 December 2026
Copper prices rose for a third session on Thursday after two large smelters said they would cut output over the winter.
Traders said stocks in exchange warehouses had fallen to their lowest level since the spring.
Comments are closed for this story.
This story first appeared in the spring print issue of Harbour Metals Review.
Prices delayed by 20 minutes.
"""

_STANDING_NOTES_RU = """Рынки
Медь дорожает третий день подряд
Автор: Елена Орлова
4 декабря 2026
Цены на медь выросли в четверг третью сессию подряд после того, как два крупных завода объявили о сокращении выпуска.
Трейдеры отмечают, что запасы на биржевых складах упали до минимума с весны.
Котировки с задержкой 15 минут.
Не является инвестиционной рекомендацией.
Материалы раздела носят справочный характер.
"""


def test_standing_notes_under_the_story_are_the_page_s() -> None:
    for page in (_STANDING_NOTES, _STANDING_NOTES_RU):
        _, blocks, _ = _article(page)
        assert [b[0] for b in blocks] == ["paragraph", "paragraph"], blocks


_CHANNEL_POST = """Telegram
Lakeside Today
Lakeside Today
12.4K subscribers
The ring road will be closed northbound between the two bridges from 10pm tonight until 5am while the lighting columns are replaced.
Diversions are signed through the industrial estate, and the night bus will not stop at the retail park.
4.1K views
Open in Telegram
You can view and join @lakesidetoday right away.
Download Telegram
"""


def test_a_channel_preview_s_prompts_are_no_story_and_no_author() -> None:
    _, blocks, authors = _article(_CHANNEL_POST)
    assert authors == []
    assert [b[0] for b in blocks] == ["paragraph", "paragraph"]


_PAGE_LABELS = """Новости
В Заречном открыли новую детскую библиотеку
12 ноября 2026
В микрорайоне Заречный после ремонта открылась детская библиотека: в ней три зала, читальня и кабинет для кружков.
На открытие пришли около двухсот жителей, дети получили читательские билеты в первый же день.
12,5K просмотров
Поделиться
"""

_REVIEW_TAIL = """Reviews
The Anchor, Portside: a harbour pub that cooks fish properly
By Owen Rees
8 November 2026
The Anchor has been on the harbour wall for as long as anyone remembers, but this year a new kitchen team has turned it into the best place for fish between the two lighthouses.
The hake arrives with a crisp skin and a sauce of mussels and cider that is worth the trip on its own.
Subscribe for $1
More dining coverage
Reader reviews (4)
Jan P.: We went on a Sunday and the fish was excellent, but it was very busy.
"""


def test_counts_prices_and_headers_of_the_page_are_no_headings() -> None:
    _, blocks, _ = _article(_PAGE_LABELS)
    assert [b[0] for b in blocks] == ["paragraph", "paragraph"]
    _, blocks, _ = _article(_REVIEW_TAIL)
    assert [b[0] for b in blocks] == ["paragraph", "paragraph"]


_WIRE_PHOTO = """Business
Retailer's sales slip as shoppers hold back before the holidays
By Kai Mensah
18 November 2026
A clothing chain said on Tuesday that sales in its stores fell 3% in the last quarter, as shoppers waited for discounts before the holiday season.
Shoppers walk past one of the chain's stores in Bristol, November 17, 2026.
HARBOUR WIRE/Jane Doe/File Photo
The company said online orders rose, but not by enough to make up for the stores.
"""

_SCREENSHOT = """Проверки
Правда ли, что с января отменят бесплатный проезд для школьников
Ирина Соколова
3 декабря 2026
Утверждение: с января школьники потеряют право на бесплатный проезд в городских автобусах.
Мы проверили сообщение и выяснили, что в городском бюджете на следующий год льгота сохранена.
Сообщение, которое пересылают в чатах родителей Скриншот: Проверка фактов
Похожие сообщения появляются каждую осень, когда город утверждает бюджет на следующий год.
"""


def test_a_wire_credit_and_a_screenshot_s_credit_make_figures() -> None:
    _, blocks, _ = _article(_WIRE_PHOTO)
    assert [
        "figure",
        "Shoppers walk past one of the chain's stores in Bristol, November 17, 2026.",
        "HARBOUR WIRE/Jane Doe/File Photo",
    ] in blocks
    _, blocks, _ = _article(_SCREENSHOT)
    assert [
        "figure",
        "Сообщение, которое пересылают в чатах родителей",
        "Скриншот: Проверка фактов",
    ] in blocks


_LIVE = """Спорт
Хоккей
«Металлург» обыграл «Северсталь» в серии буллитов
28 ноября 2026, 19:00
Онлайн-трансляция матча регулярного чемпионата из Череповца: хозяева после трёх поражений подряд принимают лидера конференции, и в составе «Металлурга» впервые после травмы вышел капитан.
65:00
Матч окончен
Победный буллит реализовал Ковалёв, «Металлург» уезжает с двумя очками.
48:12
ГОЛ! 2:2. Ковалёв!
Ковалёв подхватил отскок после броска от синей линии и добил шайбу в пустой угол.
30:05
Конец второго периода
Хозяева весь период провели в обороне и сумели удержать минимальное преимущество.
"""


def test_a_live_entry_s_exclamation_under_its_time_heads_the_entry() -> None:
    _, blocks, _ = _article(_LIVE)
    headings = [b[1] for b in blocks if b[0] == "heading"]
    assert headings == ["Матч окончен", "ГОЛ! 2:2. Ковалёв!", "Конец второго периода"]


_RUBRIC_OVER_HEADLINE = """Фактчек
Проверки
Разборы
Инструкции
Проверки · Общественный транспорт
Правда ли, что с весны закроют все пригородные кассы
Анна Белова
2 декабря 2026
В соцсетях пишут, что с весны на всех пригородных станциях области закроют билетные кассы и купить билет можно будет только в приложении.
Мы обратились в пригородную компанию: там ответили, что закрывать кассы не планируют, а на трёх станциях их часы работы даже продлят.
"""

_PROMPT_OVER_HEADLINE = """Coastal Craft Monthly
News
Markets
Equipment
Subscribe to our quarterly magazine
Trade / Profiles
"Every hull we build is sold before it is launched": a boatbuilder on orders, timber costs, apprentices and the coming winter
By Mara Quinn
28 November 2026
The Okoro yard has built wooden dinghies on the estuary since 1974, and this year it took on three apprentices for the first time in a decade.
Its owner says most orders now come from sailing clubs replacing boats bought in the eighties.
"""


def test_a_section_crumb_and_a_prompt_are_no_headlines() -> None:
    title, _, _ = _article(_RUBRIC_OVER_HEADLINE)
    assert title == "Правда ли, что с весны закроют все пригородные кассы"
    title, _, _ = _article(_PROMPT_OVER_HEADLINE)
    assert (
        title
        == '"Every hull we build is sold before it is launched": a boatbuilder on orders, timber costs, apprentices and the coming winter'
    )
