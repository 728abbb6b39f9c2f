"""Scraped text, round 29: rules read off what a page is, each tested on pages we wrote (invented
places and people), in English and Russian; each test fails on the round-28 code."""

from __future__ import annotations

from newsprism.extract.scraped import extract_scraped


def _paragraphs(text: str) -> list[str]:
    _, blocks, _ = extract_scraped(text)
    return [b.text for b in blocks if b.kind == "paragraph"]


# A story that quotes a copyright line in its own sentence, the page's real footer below it.
_QUOTED_FOOTER_EN = """Home
News
Councils
Parish newsletter copied word for word by a property firm, council says
By Owen Tallis
3 December 2026
A property firm in Wrenfield reprinted a parish council's newsletter in its own mailing without asking, the council said on Tuesday.
The firm's director apologised and said the mailing had been put together by an agency that had been told to use "local material" and had taken the newsletter from the parish website.
The clerk, Ruth Amble, said the firm had kept everything, even the newsletter's closing line, "all rights reserved", under its own logo.
What happens next
The council will ask the firm to send a correction with its next mailing in January.
Share this article
© 2026 Wrenfield Echo. All rights reserved.
"""

_QUOTED_FOOTER_RU = """Главная
Новости
Агентство недвижимости перепечатало газету поселкового совета
Автор: Инна Громова
3 декабря 2026
Агентство недвижимости в Заречном без спроса перепечатало газету поселкового совета в своей рассылке.
Директор агентства извинился и объяснил, что рассылку готовил подрядчик, которому велели взять «местные материалы», и тот скачал газету с сайта совета.
Секретарь совета заметила, что агентство не убрало даже строку «Все права защищены» внизу последней страницы.
Что дальше
Совет потребует разослать поправку вместе со следующим выпуском в январе.
Поделиться
© 2026 «Заречный вестник». Все права защищены.
"""


def test_a_story_s_sentence_quoting_a_copyright_line_does_not_end_the_story() -> None:
    kept = _paragraphs(_QUOTED_FOOTER_EN)
    assert len(kept) == 4
    assert kept[2].startswith("The clerk, Ruth Amble, said")
    assert kept[3].startswith("The council will ask the firm")
    kept = _paragraphs(_QUOTED_FOOTER_RU)
    assert len(kept) == 4
    assert kept[2].startswith("Секретарь совета заметила")
    assert kept[3].startswith("Совет потребует")


# A story with a table set into it (cells parted by tabs, as a browser copies them): its rows,
# its title and its source note are the page's; the story goes on under it to its last section.
_TABLE_EN = (
    "Home\nNews\nTransport\n"
    "Ferry fares to rise by up to 9 percent from January\n"
    "By Hannah Collier\n2 December 2026\n"
    "Fares on the three routes from Carrow harbour will rise in January, the operator said on "
    "Monday, blaming fuel and the cost of the new terminal.\n"
    "The largest rise is on the island route, where a return for a car and two passengers will "
    "cost £9 more than this year.\n"
    "New fares from 6 January\n"
    "Route\tCar and two adults\tFoot passenger\tChange\n"
    "Carrow – Inch Island\t£108\t£14\t+9%\n"
    "Carrow – Stennack\t£86\t£11\t+6%\n"
    "Carrow – Polwin\t£64\t£9\t+4%\n"
    "Source: Carrow Ferries price list\n"
    "Islanders' association chairman Peter Gale said the rise would fall hardest on people who "
    "cross for hospital appointments.\n"
    "The operator said a discount for island residents would stay at 30 percent.\n"
    "What the council says\n"
    "The council's transport committee will discuss the fares at its meeting on 15 December "
    "and may ask the operator to delay the rise on the island route until the spring.\n"
    "A councillor said the committee could not set fares but could refuse the operator's "
    "request for a longer lease on the terminal.\n"
    "Share\nFacebook\nX\nEmail\n"
    "Related\nHarbour terminal opens a year late\nIsland school bus contract renewed\n"
    "© 2026 Carrow Advertiser\n"
)

_TABLE_RU = (
    "Главная\nНовости\nЖКХ\n"
    "В Заозёрске с января вырастут тарифы на воду и тепло\n"
    "Автор: Ирина Лебедева\n2 декабря 2026\n"
    "Региональная служба по тарифам утвердила новые цены на коммунальные услуги для "
    "Заозёрска. Они начнут действовать с 1 января.\n"
    "Сильнее всего подорожает отопление: на 11,9 % по сравнению с нынешним тарифом.\n"
    "Тарифы с 1 января\n"
    "Услуга\tСейчас\tС 1 января\n"
    "Холодная вода, руб./м³\t48,20\t52,70\n"
    "Горячая вода, руб./м³\t214,60\t236,10\n"
    "Отопление, руб./Гкал\t2 871,40\t3 213,10\n"
    "Источник: региональная служба по тарифам\n"
    "В управляющих компаниях говорят, что первые квитанции по новым ценам жители получат в "
    "феврале.\n"
    "Льготы для пенсионеров и многодетных семей сохранятся в прежнем размере.\n"
    "Как пересчитают квитанции\n"
    "Если в доме стоит общий счётчик тепла, плату за январь пересчитают по фактическому "
    "расходу весной. Разницу вернут или доначислят в квитанции за апрель.\n"
    "Жильцы домов без счётчика будут платить по нормативу, который остаётся прежним.\n"
    "Поделиться\nВКонтакте\nTelegram\n"
    "Читайте также\nВ Заозёрске отремонтируют котельную на Лесной\nГрафик отключения горячей воды\n"
    "© 2026 «Заозёрская правда»\n"
)


def _blocks(text: str) -> list[tuple[str, str]]:
    _, blocks, _ = extract_scraped(text)
    return [(b.kind, b.text) for b in blocks]


def test_a_table_s_rows_title_and_source_are_the_page_s_and_the_story_goes_on() -> None:
    for page, title, rows, after, last in (
        (_TABLE_EN, "New fares", "Carrow – Inch", "Islanders' association", "A councillor said"),
        (_TABLE_RU, "Тарифы с 1 января", "Холодная вода", "В управляющих", "Жильцы домов"),
    ):
        blocks = _blocks(page)
        texts = [text for _, text in blocks]
        assert not any(t.startswith((title, rows, "Source:", "Источник:")) for t in texts)
        assert not any(rows in t for t in texts)
        assert any(t.startswith(after) for t in texts)
        assert blocks[-1][1].startswith(last)
        assert ("heading", "What the council says") in blocks or (
            "heading",
            "Как пересчитают квитанции",
        ) in blocks


# Numbered section headings: one alone between paragraphs; a set of three whose first ends with a
# colon over a list of another style, and whose last opens with a sentence shorter than a paragraph.
_ONE_NUMBERED_EN = (
    "Home\nNews\nLibrary hours cut at three branches from February\n"
    "By Megan Arliss\n1 December 2026\n"
    "Three of the county's eleven library branches will open on four days a week instead of six "
    "from February, the council said, to save about £140,000 a year.\n"
    "The branches in Oakley, Tanfield and Marsh End have the fewest visitors, according to the "
    "council's own counts, and share a building with other services.\n"
    "1. What readers can do\n"
    "Books can still be returned at any branch, and the county's online lending will not change. "
    "Readers who need a computer can book one at the nearest full-time branch.\n"
    "The council will review the hours after a year, a spokesman said.\n"
    "Share this story\n© 2026 Tanfield Times\n"
)

_NUMBERED_RU = (
    "Главная\nГород\nВ Степногорске с понедельника изменят маршруты автобусов\n"
    "2 декабря 2026, 10:15\n"
    "С 8 декабря в Степногорске начнут работать три новых автобусных маршрута, а два старых "
    "закроют, сообщили в отделе транспорта городской администрации.\n"
    "1. Какие маршруты появятся:\n"
    "№ 14: мкр. Северный — вокзал;\n"
    "№ 15: ул. Лесная — городской рынок;\n"
    "№ 16: кольцевой через промзону.\n"
    "2. Какие маршруты закроют\n"
    "Маршруты № 3 и № 7 отменят: по данным администрации, они почти полностью повторяли другие "
    "линии и возили мало пассажиров.\n"
    "3. Сколько стоит проезд\n"
    "Цена не меняется: 40 рублей по карте, 50 наличными.\n"
    "Новые схемы маршрутов вывесят на остановках до конца недели.\n"
    "Поделиться\n© 2026 «Степногорск сегодня»\n"
)


def test_numbered_section_headings_keep_their_numbers() -> None:
    blocks = _blocks(_ONE_NUMBERED_EN)
    assert ("heading", "1. What readers can do") in blocks
    blocks = _blocks(_NUMBERED_RU)
    headings = [text for kind, text in blocks if kind == "heading"]
    assert headings == [
        "1. Какие маршруты появятся:",
        "2. Какие маршруты закроют",
        "3. Сколько стоит проезд",
    ]
    assert any(kind == "list" and text.startswith("№ 14") for kind, text in blocks)


def test_a_sentence_of_one_word_between_paragraphs_is_a_paragraph() -> None:
    page_en = (
        "Home\nOpinion\nWhy nobody reads the bus timetable\nBy Alan Preece\n2 December 2026\n"
        "The council printed forty thousand new timetables this autumn and posted one to every "
        "house in the district.\n"
        "Nothing.\n"
        "That is what happened next. The buses kept running late, and the timetables went into "
        "drawers with the takeaway menus and the old phone bills.\n"
        "What would help\n"
        "A screen at the six busiest stops that shows when the next bus will really come would "
        "cost less than the printing did.\n"
        "Share\n© 2026 Dene Valley Post\n"
    )
    page_ru = (
        "Главная\nМнение\nПочему никто не читает расписание автобусов\n"
        "Автор: Олег Прудников\n2 декабря 2026\n"
        "Мэрия напечатала сорок тысяч новых расписаний и разложила их по почтовым ящикам всех "
        "домов района.\n"
        "Тишина.\n"
        "Вот что было дальше. Автобусы по-прежнему опаздывали, а расписания легли в ящики стола "
        "рядом со старыми квитанциями.\n"
        "Что поможет\n"
        "Табло на шести самых людных остановках, показывающее, когда на самом деле придёт "
        "автобус, обошлось бы дешевле печати.\n"
        "Поделиться\n© 2026 «Долинский вестник»\n"
    )
    for page, word, heading in (
        (page_en, "Nothing.", "What would help"),
        (page_ru, "Тишина.", "Что поможет"),
    ):
        blocks = _blocks(page)
        assert ("paragraph", word) in blocks
        assert ("heading", heading) in blocks


def test_a_sponsor_s_label_an_affiliate_note_and_an_information_only_note_are_notices() -> None:
    page_en = (
        "Home\nReviews\nThe Brightwell K2 kettle: quick, quiet and hard to clean\n"
        "By Nadia Forde\n3 December 2026\n"
        "Sponsored by Harrow Home Stores\n"
        "When you buy through our links, we may earn a commission.\n"
        "The K2 boils a full litre in just under three minutes, faster than any kettle we have "
        "tested this year, and it is quieter than most.\n"
        "Its narrow opening makes it hard to clean, and the limescale filter comes out only with "
        "a fight.\n"
        "Verdict\n"
        "A fine kettle for a soft-water area; elsewhere, pick one with a wider lid.\n"
        "This article is for information only and is not financial advice.\n"
        "Share\n© 2026 Kitchen Bench\n"
    )
    page_ru = (
        "Главная\nОбзоры\nЧайник «Светлица К2»: быстрый, тихий и неудобный в уходе\n"
        "Автор: Надежда Фролова\n3 декабря 2026\n"
        "На правах рекламы\n"
        "Мы можем получать комиссию с покупок по ссылкам в этом обзоре.\n"
        "«Светлица К2» кипятит литр воды чуть меньше чем за три минуты, быстрее всех чайников, "
        "которые мы проверяли в этом году, и шумит меньше большинства.\n"
        "Узкое горлышко мешает его мыть, а фильтр от накипи вынимается с трудом.\n"
        "Вывод\n"
        "Хороший чайник для мягкой воды; там, где вода жёсткая, лучше взять модель с широкой "
        "крышкой.\n"
        "Поделиться\n© 2026 «Кухонный обзор»\n"
    )
    for page, first, last in (
        (page_en, "The K2 boils", "A fine kettle"),
        (page_ru, "«Светлица К2» кипятит", "Хороший чайник"),
    ):
        kept = _paragraphs(page)
        assert kept[0].startswith(first)
        assert kept[-1].startswith(last)
        assert len(kept) == 3
    # a story's sentence with the words stays the story's
    assert _paragraphs(
        page_en.replace(
            "Its narrow opening",
            "The maker said its figures were for information only, a spokesman said. Its narrow "
            "opening",
        )
    )[1].startswith("The maker said")


def test_a_label_of_a_word_or_two_over_a_list_heads_it_a_lead_in_clause_does_not() -> None:
    page = (
        "Главная\nТехника\nОбзор пылесоса «Метель С3»: тихий, но с маленьким баком\n"
        "Автор: Павел Гуров\n4 декабря 2026\n"
        "«Метель С3» — самый тихий робот-пылесос, который мы проверяли в этом году, но его бак "
        "приходится чистить после каждой большой комнаты.\n"
        "Характеристики:\n"
        "• Мощность всасывания: 3500 Па\n"
        "• Аккумулятор: 4800 мА·ч\n"
        "• Пылесборник: 300 мл\n"
        "Мы пользовались пылесосом две недели в квартире с ковром и паркетом. В комплект входят:\n"
        "• запасная щётка;\n"
        "• два фильтра;\n"
        "• зарядная база.\n"
        "Под ковром робот застревал дважды, но каждый раз выбирался сам через минуту.\n"
        "Поделиться\n© 2026 «Техно-обзор»\n"
    )
    blocks = _blocks(page)
    assert ("heading", "Характеристики:") in blocks
    assert not any(kind == "heading" and "входят" in text for kind, text in blocks)


def test_a_review_s_pros_marked_with_plus_signs_are_a_list_under_their_heading() -> None:
    page = (
        "Home\nReviews\nThe Corvid 3 headphones: good sound, poor microphone\n"
        "By Lena Marsh\n4 December 2026\n"
        "The Corvid 3 sound better than headphones twice their price, but callers will hear you "
        "as if you were in a cupboard.\n"
        "Battery life is the best we have measured this year: a little over 60 hours with noise "
        "cancelling switched on.\n"
        "Pros\n+ Rich, clear sound\n+ Sixty hours of battery\n+ Fold flat for travel\n"
        "Cons\n- Muffled microphone\n- No case in the box\n"
        "Share this review\nFacebook\nX\n© 2026 Sound Bench\n"
    )
    blocks = _blocks(page)
    assert ("heading", "Pros") in blocks
    assert ("list", "Rich, clear sound\nSixty hours of battery\nFold flat for travel") in blocks
    assert ("heading", "Cons") in blocks
    assert ("list", "Muffled microphone\nNo case in the box") in blocks
