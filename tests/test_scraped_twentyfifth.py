"""Scraped text, round 25 (invented pages, not evaluation text).

- a headline the page prints again at the end of its share text ("Share: <headline>") is the
  headline, not a pull quote, and the share line is the page's;
- fields set into the story ("When: …", "Where: …", "Tickets: …"), the story's running text
  above and below them, are its list of details, not a menu;
- a date alone on a line inside the story (a schedule's day) is a heading of the story; a date
  with a time or "Published" stays the page's stamp.
"""

from __future__ import annotations

from scraped_samples import PARA, PARA2, blocks

from newsprism.extract.scraped import classify, extract_scraped

_RU_HEADLINE = "Чем заняться в Верхнеозёрске на выходных: книжный рынок, джазовый вечер и лыжня"
_RU_LEAD = (
    "Собрали для вас события ближайших выходных — от книжного рынка до вечерней лыжни. "
    "Большая часть из них бесплатная."
)
_RU_MARKET = (
    "На книжный рынок приедут двадцать букинистов из соседних областей. Обещают старые "
    "карты, открытки и детские книги, а для школьников устроят обмен прочитанным."
)
_RU_JAZZ = (
    "Квартет из областного колледжа искусств сыграет стандарты и собственные пьесы. Зал "
    "небольшой, поэтому места лучше бронировать заранее по телефону."
)
_RU_SKI = (
    "Вечернюю лыжню на стадионе подсветят фонарями, прокат лыж работает до девяти вечера. "
    "Детям до семи лет вход бесплатный, взрослым — по единому билету."
)


def _ru_guide(share: bool = True) -> str:
    lines = [
        "Верхнеозёрский вестник",
        "Новости",
        "Афиша",
        "Спорт",
        "5 марта 2026, 10:15",
        _RU_HEADLINE,
        "Ирина Смолякова",
        "Время чтения: 2 мин",
        _RU_LEAD,
        "Суббота, 7 марта",
        "Книжный рынок",
        _RU_MARKET,
        "Когда: 7 марта, 10:00–16:00",
        "Где: площадь у речного порта",
        "Вход: свободный",
        "Джаз в колледже",
        _RU_JAZZ,
        "Когда: 7 марта, 18:00",
        "Где: колледж искусств, малый зал",
        "Билеты: 500 рублей",
        "Воскресенье, 8 марта",
        "Вечерняя лыжня",
        _RU_SKI,
        "Организаторы могут изменить время, следите за объявлениями.",
    ]
    if share:
        lines.append(f"Поделиться с друзьями в соцсетях: {_RU_HEADLINE}")
    lines += ["ВКонтакте", "Telegram", "© «Верхнеозёрский вестник», 2026"]
    return "\n".join(lines)


def test_a_headline_printed_again_in_the_share_text_is_the_headline() -> None:
    title, found, meta = extract_scraped(_ru_guide())
    assert title == _RU_HEADLINE
    assert meta.authors == ("Ирина Смолякова",)
    assert all(_RU_HEADLINE not in (b.text or "") for b in found)


def test_fields_set_into_the_story_are_its_list_and_a_bare_date_is_a_heading() -> None:
    got = blocks(_ru_guide())
    assert got == [
        ("paragraph", _RU_LEAD),
        ("heading", "Суббота, 7 марта"),
        ("heading", "Книжный рынок"),
        ("paragraph", _RU_MARKET),
        ("list", "Когда: 7 марта, 10:00–16:00\nГде: площадь у речного порта\nВход: свободный"),
        ("heading", "Джаз в колледже"),
        ("paragraph", _RU_JAZZ),
        ("list", "Когда: 7 марта, 18:00\nГде: колледж искусств, малый зал\nБилеты: 500 рублей"),
        ("heading", "Воскресенье, 8 марта"),
        ("heading", "Вечерняя лыжня"),
        ("paragraph", _RU_SKI),
        ("paragraph", "Организаторы могут изменить время, следите за объявлениями."),
    ]


def test_an_english_share_line_and_fields_inside_the_story() -> None:
    headline = "Five things to do in Millbrook this weekend, from a vinyl fair to a night run"
    page = "\n".join(
        [
            "Millbrook Echo",
            "News",
            "What's on",
            "Published 5 March 2026",
            headline,
            "By Dana Whitlow",
            PARA,
            "Vinyl fair",
            PARA2,
            "When: Saturday, 10am to 4pm",
            "Where: the old corn exchange",
            "Entry: free",
            PARA,
            f"Enjoyed this? Share it: {headline}",
            "© Millbrook Echo 2026",
        ]
    )
    title, found, _ = extract_scraped(page)
    assert title == headline
    assert ("list", "When: Saturday, 10am to 4pm\nWhere: the old corn exchange\nEntry: free") in [
        (b.kind, b.text) for b in found
    ]
    assert not any(headline in (b.text or "") for b in found)


def test_a_box_of_fields_after_the_story_stays_the_pages() -> None:
    # no running text under the fields: the page's box, not the story's details
    page = "\n".join(
        [
            "A quiet triumph for the town's amateur opera company",
            "By Dana Whitlow",
            PARA,
            PARA2,
            "Running time: two hours",
            "Box office: 01632 960 412",
            "© Millbrook Echo 2026",
        ]
    )
    assert [k for k, _ in blocks(page)] == ["paragraph", "paragraph"]


def test_a_dated_stamp_inside_the_story_stays_a_stamp() -> None:
    page = "\n".join(
        [
            "Storm closes the coast road for a second night",
            "Published 5 March 2026",
            PARA,
            "Updated 6 March 2026, 08:10",
            PARA2,
        ]
    )
    labels = {lab.text: lab.label for lab in classify(page)}
    assert labels["Updated 6 March 2026, 08:10"] != "heading"


_RU_COURT_1 = (
    "Бывшего завхоза районной больницы приговорили к двум годам условно за продажу списанного "
    "оборудования. Он признал вину и вернул часть денег."
)
_RU_COURT_2 = (
    "По данным следствия, за полтора года он продал скупщикам металлолома двенадцать списанных "
    "кроватей и три старых автоклава, а деньги оставил себе."
)


def test_a_russian_story_signed_under_its_last_paragraph_names_its_author() -> None:
    page = "\n".join(
        [
            "Главная / Происшествия",
            "Завхоз больницы получил условный срок за продажу списанных кроватей",
            "12 февраля 2026",
            _RU_COURT_1,
            _RU_COURT_2,
            "Приговор пока не вступил в законную силу.",
            "Олег Пантелеев",
            "Нашли ошибку? Выделите фрагмент и нажмите Ctrl+Enter",
            "Читайте в номере",
            "На трассе у Каменки поставили новые светофоры",
            "Школьный автобус пойдёт по новому маршруту",
            "© Газета «Заречье», 2026",
        ]
    )
    _, found, meta = extract_scraped(page)
    assert meta.authors == ("Олег Пантелеев",)
    assert [b.text for b in found][-1] == "Приговор пока не вступил в законную силу."


def test_an_english_title_case_label_under_the_story_is_no_signature() -> None:
    page = "\n".join(
        [
            "Storm closes the coast road for a second night",
            "Published 5 March 2026",
            PARA,
            PARA2,
            "Live Coverage",
            "Council opens rest centre",
            "Road reopens after repairs",
        ]
    )
    assert extract_scraped(page)[2].authors == ()


def test_who_prepared_the_information_is_the_author() -> None:
    page = "\n".join(
        [
            "Школьники заняли третье место на турнире по шахматам",
            "14.03.2026",
            _RU_COURT_1,
            _RU_COURT_2,
            "Информацию подготовила А. С. Ветлугина, педагог-организатор",
            "Поделиться",
        ]
    )
    assert extract_scraped(page)[2].authors == ("А. С. Ветлугина",)


_EN1 = (
    "The council said the work on the embankment would take about four months and cost an "
    "estimated 3.2 million pounds, most of it paid for by a government grant."
)
_EN2 = (
    "Residents of the three streets affected will get a letter next week explaining the "
    "diversions, and the bus company said two routes would run to a changed timetable."
)


def test_a_breadcrumb_is_no_headline_and_a_one_word_headline_over_the_date_is() -> None:
    page = "\n".join(
        [
            "Millbrook Echo",
            "News",
            "Sport",
            "Home / News",
            "Flooding",
            "Published 5 March 2026",
            "By Dana Whitlow",
            _EN1,
            _EN2,
        ]
    )
    title, _, meta = extract_scraped(page)
    assert title == "Flooding"
    assert "Dana Whitlow" in meta.authors


def test_a_one_word_russian_headline_under_the_date_line() -> None:
    page = "\n".join(
        ["Вестник Заречья", "Новости", "Город", "Главная → Город", "5 марта 2026", "Ремонт"]
        + [_RU_COURT_1, _RU_COURT_2]
    )
    assert extract_scraped(page)[0] == "Ремонт"


def test_the_date_line_that_says_published_is_the_publication_date() -> None:
    page = "\n".join(
        [
            "Two bus routes merge into one crosstown line in January",
            "Effective Monday, February 9, 2026",
            "Posted December 2, 2025",
            _EN1,
            _EN2,
        ]
    )
    assert extract_scraped(page)[2].published == "2025-12-02"


def test_a_byline_with_a_dash_before_the_job_title_and_a_series_label_by_the_date() -> None:
    page = "\n".join(
        [
            "Small Business",
            "Three Questions",
            "November 14, 2025",
            "Three questions for the baker who reopened the old railway canteen",
            "By Nils Ortega – Sports writer",
            _EN1,
            _EN2,
        ]
    )
    _, found, meta = extract_scraped(page)
    assert meta.authors == ("Nils Ortega",)
    assert [b.text for b in found] == [_EN1, _EN2]


def test_a_newsroom_storys_contacts_and_about_box_are_the_pages() -> None:
    page = "\n".join(
        [
            "Hospital opens a second stroke unit in the valley",
            "Published 5 March 2026",
            _EN1,
            _EN2,
            "Media contact",
            "Priya Nandakumar, Communications Officer",
            "press@valleyhealth.example · 555-0142",
            "About Valley Health",
            "Valley Health runs two hospitals and eleven clinics in the northern valley.",
            "© 2026 Valley Health",
        ]
    )
    assert [b.text for b in extract_scraped(page)[1]] == [_EN1, _EN2]


def test_a_promo_box_with_its_button_after_the_share_bar_is_the_pages() -> None:
    page = "\n".join(
        [
            "Hospital opens a second stroke unit in the valley",
            "Published 5 March 2026",
            _EN1,
            _EN2,
            "Share this story",
            "Facebook",
            "Email",
            "Get the Friday Digest",
            "The week's valley news in one e-mail, every Friday at noon.",
            "Sign up",
        ]
    )
    assert [b.text for b in extract_scraped(page)[1]] == [_EN1, _EN2]


def test_a_tip_line_under_the_storys_tags_is_the_pages() -> None:
    page = "\n".join(
        [
            "В Заречье открыли новую амбулаторию",
            "04.03.2026 10:35",
            _RU_COURT_1,
            _RU_COURT_2,
            "Теги: медицина, Заречье",
            "Стали свидетелем происшествия? Присылайте фото и видео на наш номер +7 900 555-14-07.",
            "© «Вестник Заречья», 2026",
        ]
    )
    assert [b.text for b in extract_scraped(page)[1]] == [_RU_COURT_1, _RU_COURT_2]


def test_a_credit_with_the_copyright_mark_after_the_word_photo_is_whole() -> None:
    page = "\n".join(
        [
            "В Заречье запустили первые электробусы",
            "04.03.2026 10:35",
            _RU_COURT_1,
            "Водители прошли обучение перед выходом на линию.",
            "Фото ©: пресс-служба мэрии Заречья",
            _RU_COURT_2,
        ]
    )
    figures = [b for b in extract_scraped(page)[1] if b.kind == "figure"]
    assert [(f.caption, f.credit) for f in figures] == [
        ("Водители прошли обучение перед выходом на линию.", "Фото ©: пресс-служба мэрии Заречья")
    ]


def test_a_gallery_link_with_its_count_and_a_tables_header_are_no_headings() -> None:
    page = "\n".join(
        [
            "Горячую воду отключат на время испытаний: график по районам",
            "14.05.2026",
            _RU_COURT_1,
            "Фотогалерея (8 фото)",
            _RU_COURT_2,
            "График по улицам",
            "Улица Начало Конец",
            "Северный 26 мая 4 июня",
            "Южный 9 июня 18 июня",
            "Что будет с отоплением",
            "Отопление в этих домах не отключают: испытания идут только на сетях горячей воды, "
            "а котельные работают в обычном режиме.",
        ]
    )
    headings = [b.text for b in extract_scraped(page)[1] if b.kind == "heading"]
    assert headings == ["Что будет с отоплением"]


def test_a_paywalls_lines_where_the_story_is_cut_are_the_pages() -> None:
    for line in (
        "Subscribe to continue reading",
        "This article is for subscribers only.",
        "Already a subscriber? Sign in",
        "Чтобы дочитать материал, оформите подписку",
        "Уже подписаны? Войдите",
        "Осталось 3 бесплатных материала",
    ):
        page = "\n".join(
            ["Hospital opens a second stroke unit in the valley", "5 March 2026", _EN1, line]
        )
        assert blocks(page) == [("paragraph", _EN1)], line
    # a story's sentence about subscribers stays
    told = "Tickets for the opening night are available only to subscribers."
    page = "\n".join(["Theatre reopens", "5 March 2026", _EN1, told, _EN2])
    assert ("paragraph", told) in blocks(page)


def test_a_one_word_headline_between_the_date_line_and_its_author() -> None:
    page = "\n".join(
        ["Вестник Заречья", "Новости", "Город", "5 марта 2026", "Мост", "Ирина Смолякова"]
        + [_RU_COURT_1, _RU_COURT_2]
    )
    title, _, meta = extract_scraped(page)
    assert (title, meta.authors) == ("Мост", ("Ирина Смолякова",))


def test_a_headline_on_the_credit_of_a_photo_without_a_caption() -> None:
    headline = "В Заречье закроют мост на ремонт до конца лета"
    page = "\n".join(
        ["Вестник Заречья", "Новости", "Общество", "5 марта 2026", headline, "Фото: Иван Петров"]
        + [_RU_COURT_1, _RU_COURT_2]
    )
    title, found, _ = extract_scraped(page)
    assert title == headline
    assert [(b.kind, b.caption, b.credit) for b in found][0] == (
        "figure",
        None,
        "Фото: Иван Петров",
    )
