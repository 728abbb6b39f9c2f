"""Scraped text, round 22 (invented pages, not evaluation text).

- a turn of speech ends as a sentence does, under a name in capitals too: a live text's score
  lines ("FULL-TIME: Home 2-1 Away") stay its headings when its line-ups open with the teams'
  names (round 21's transcript rule took them for a conversation);
- a box of key points ("Summary", "Key points", «Главное») over lines without bullets is a
  list, and its label is the page's;
- a live-blog entry's heading under its time and its "Posted by" line is a heading;
- "Graphic: Desk / Name" under a caption is a figure's credit;
- in a list of other articles after the story, each headline's teaser text is the list's.
"""

from __future__ import annotations

from scraped_samples import PARA, PARA2, blocks

from newsprism.extract.scraped import extract_scraped

_LONG = (
    "The visitors had the better of the first half and went ahead when a corner was only half "
    "cleared, but the home side pressed much higher after the break and were rewarded twice in "
    "the last twenty minutes, the second goal coming from a free-kick that nobody touched."
)


def test_score_lines_in_capitals_stay_headings() -> None:
    page = "\n".join(
        [
            "Sport",
            "Millbrook United 2-1 Eastport Town: live updates from Castle Road",
            "By Owen Hartley",
            "Saturday 6 December 2025",
            PARA,
            "FULL-TIME: Millbrook United 2-1 Eastport Town",
            _LONG,
            "HALF-TIME: Millbrook United 0-1 Eastport Town",
            PARA2,
            "KICK-OFF: Millbrook United 0-0 Eastport Town",
            PARA,
        ]
    )
    got = blocks(page)
    assert ("heading", "FULL-TIME: Millbrook United 2-1 Eastport Town") in got
    assert ("heading", "HALF-TIME: Millbrook United 0-1 Eastport Town") in got


_ROSTERS = [
    "Line-ups",
    "MILLBROOK UNITED: Pike; Lowe, Barton (c), Reid, Amos; Hale, Dunn (Ash 70); Frost, Kerr, Gale.",
    "Subs not used: Cole, Hart.",
    "EASTPORT TOWN: Webb; Stone, Ince, Moss, Royle; Tait, Nash; Kemp, Lord (Rudd 81), Fenn.",
    "Subs not used: Page, Quinn, Rowe.",
    "Referee: Alan Platt",
]


def test_a_matchs_line_ups_are_the_pages_data_box() -> None:
    page = "\n".join([*_LIVE_HEAD[1:], PARA, _LONG, PARA2, *_ROSTERS, "© 2025 The Valley Post"])
    got = blocks(page)
    assert got[-1] == ("paragraph", PARA2)


def test_russian_line_ups_under_their_header() -> None:
    page = "\n".join(
        [
            *_LIVE_HEAD[1:],
            PARA,
            PARA2,
            "Составы",
            "Северные орлы: Дронов; Жуков, Лисин, Панин, Ким; Титов, Рябов, Юдин.",
            "Южный ветер: Сомов; Гусев, Орлов, Белов, Чернов; Фомин, Жаров, Лапин.",
        ]
    )
    assert blocks(page)[-1] == ("paragraph", PARA2)


def test_a_sentence_with_a_colon_and_names_is_no_line_up() -> None:
    line = "The shortlist: Harbour Bakery, North Quay Boatyard, Gull Island Care Home and others."
    page = "\n".join([*_LIVE_HEAD[1:], PARA, line, PARA2])
    assert ("paragraph", line) in blocks(page)


def test_a_turn_of_an_interview_still_ends_as_a_sentence() -> None:
    page = "\n".join(
        [
            "Interviews",
            "A baker on flour prices and the next five years",
            "By Owen Hartley",
            "Saturday 6 December 2025",
            PARA,
            "Q: Why did you open a second shop this year?",
            "A: Because the first one could not bake enough bread for the mornings.",
            "Q: What costs most?",
            "A: Flour, then the electricity for the ovens, and then the rent.",
            PARA2,
        ]
    )
    got = blocks(page)
    assert ("paragraph", "Q: What costs most?") in got
    assert not any(kind == "heading" for kind, _ in got)


_LIVE_HEAD = [
    "Live",
    "Floods live: rivers burst their banks as rain keeps falling across the valley",
    "Kate Arnold and Peter Lunn",
    "Thursday 4 December 2025",
]
_ITEMS = [
    "Flood warnings cover the Lower Brent valley until midnight, and more rain is on its way",
    "Some 2,000 households have lost electricity, the network operator says",
    "The ring road is closed between the bridge and the retail park",
]


def test_a_summary_box_without_bullets_is_a_list_and_its_label_the_pages() -> None:
    page = "\n".join([*_LIVE_HEAD, "Summary", *_ITEMS, "15:12", PARA, PARA2])
    got = blocks(page)
    assert ("list", "\n".join(_ITEMS)) in got
    assert ("heading", "Summary") not in got
    assert ("paragraph", _ITEMS[0]) not in got


def test_key_points_over_bulleted_items_is_the_pages_label() -> None:
    items = [
        "The river rose a metre overnight and is still rising.",
        "Three schools are shut and buses are diverted.",
        "Sandbags are available at the fire station until 8 p.m.",
    ]
    page = "\n".join([*_LIVE_HEAD[1:], PARA, "Key points", *(f"• {item}" for item in items), PARA2])
    got = blocks(page)
    assert ("list", "\n".join(items)) in got
    assert ("heading", "Key points") not in got


def test_a_russian_summary_box_without_bullets() -> None:
    items = [
        "Уровень воды в реке за ночь поднялся на метр",
        "Без света остаются около двух тысяч домов",
        "Объездная дорога закрыта между мостом и рынком",
    ]
    page = "\n".join(
        [
            "Паводок: вода в реке продолжает подниматься",
            "Анна Серова",
            "4 декабря 2025",
            "Главное",
            *items,
            "Спасатели дежурят на набережной круглосуточно, а жителей прибрежных улиц просят "
            "не оставлять машины у воды и следить за сообщениями администрации.",
        ]
    )
    got = blocks(page)
    assert ("list", "\n".join(items)) in got
    assert ("heading", "Главное") not in got


def test_an_entry_heading_under_its_time_and_posted_by_line() -> None:
    page = "\n".join(
        [
            *_LIVE_HEAD,
            "Summary",
            *_ITEMS,
            "Show key events only",
            "15:12",
            "Posted by Kate Arnold",
            "Valley schools will send pupils home at noon",
            PARA,
            "14:48",
            "Posted by Peter Lunn",
            "Ring road closed at the bridge",
            PARA2,
        ]
    )
    got = blocks(page)
    assert ("heading", "Valley schools will send pupils home at noon") in got
    assert ("heading", "Ring road closed at the bridge") in got


def test_a_graphic_credit_under_a_caption_makes_a_figure() -> None:
    caption = "How the barrier works: gates close when the tide rises above the warning level."
    page = "\n".join(
        [*_LIVE_HEAD[1:], PARA, caption, "Graphic: The Valley Post / Ines Duarte", PARA2]
    )
    _, found, _ = extract_scraped(page)
    figures = [(b.caption, b.credit) for b in found if b.kind == "figure"]
    assert figures == [(caption, "Graphic: The Valley Post / Ines Duarte")]


def test_a_bracketed_graphic_link_is_no_credit() -> None:
    line = "(Graphic: River levels since 2010 - here)"
    page = "\n".join([*_LIVE_HEAD[1:], PARA, line, PARA2])
    assert not any(kind == "figure" for kind, _ in blocks(page))


_TEASER = "The new timetable adds two early trains and a late one on Fridays, the operator said."


def test_teasers_in_a_list_of_other_articles_after_the_story_are_the_lists() -> None:
    page = "\n".join(
        [
            *_LIVE_HEAD[1:],
            PARA,
            PARA2,
            "Share",
            "Facebook",
            "Telegram",
            "More stories",
            "Rail operator adds early trains to the valley line from January",
            _TEASER,
            "Council to decide on new parking charges at the harbour next week",
            "Drivers would pay by the hour instead of by the day, a report to councillors says.",
            "© 2025 The Valley Post",
        ]
    )
    got = blocks(page)
    assert ("paragraph", _TEASER) not in got
    assert got[-1] == ("paragraph", PARA2)


def test_the_article_after_a_box_of_two_headlines_is_the_articles() -> None:
    resumed = (
        "The union said drivers would meet again on Monday to decide whether to extend the "
        "strike to passenger services, which carry about 40,000 people a day on the line, and "
        "the operator said it would publish a reduced timetable by the weekend."
    )
    page = "\n".join(
        [
            *_LIVE_HEAD[1:],
            PARA,
            "Related",
            "Rail operator adds early trains to the valley line from January",
            "Council to decide on new parking charges at the harbour next week",
            _TEASER,
            "Strike could spread to passenger services",
            resumed,
        ]
    )
    got = blocks(page)
    assert ("paragraph", _TEASER) in got
    assert ("paragraph", resumed) in got


def test_a_writers_job_title_before_the_name_is_the_byline() -> None:
    page = "\n".join(
        [
            "Новости",
            "Волонтеры открыли пункт сбора теплых вещей",
            "5 декабря 2025",
            PARA,
            PARA2,
            "Корреспондент Полина Зуева",
            "Оператор Глеб Рябинин",
            "Поделиться",
        ]
    )
    _, _, metadata = extract_scraped(page)
    assert list(metadata.authors) == ["Полина Зуева"]


def test_translation_notices_in_uzbek_kazakh_and_belarusian() -> None:
    from newsprism.extract.notices import find_translation_notice

    uz = "Matn Google Tarjimon orqali tarjima qilindi."
    kk = "Бұл мақала Google Translate көмегімен аударылған."
    be = "Артыкул перакладзены з дапамогай Google Translate."
    for line, language in ((uz, "uz"), (kk, "kk"), (be, "be")):
        notice = find_translation_notice(line)
        assert notice is not None and notice.service == "Google Translate", line
        assert notice.language == language
    assert find_translation_notice("Tarjima qilish uchun Google kerak emas, dedi u.") is None


def test_an_uzbek_notice_under_a_russian_page_gives_the_source_language() -> None:
    page = "\n".join(
        [
            "В районе начала работу новая овощная база",
            "Автор: Камола Юсупова",
            "4 декабря 2025",
            "База будет хранить картофель и лук местных хозяйств, а зимой отправлять их "
            "в магазины соседних областей.",
            "Строительство заняло полтора года, на базе будут работать около сорока "
            "человек из ближних сел.",
            "Matn Google Tarjimon orqali tarjima qilindi.",
        ]
    )
    _, got, metadata = extract_scraped(page)
    assert metadata.translated_by == "Google Translate"
    assert metadata.source_language == "uz"
    assert all("tarjima" not in (b.text or "") for b in got)


def test_a_channel_promo_and_an_affiliate_disclosure_are_the_pages() -> None:
    promo = "Подписывайтесь на Вести края в Telegram, там новости раньше всех."
    disclosure = "This guide contains affiliate links, and the paper is paid a small fee for sales."
    page = "\n".join([*_LIVE_HEAD[1:], disclosure, PARA, PARA2, promo])
    got = blocks(page)
    assert ("paragraph", promo) not in got and ("paragraph", disclosure) not in got
    assert got == [("paragraph", PARA), ("paragraph", PARA2)]


def test_words_and_photos_line_is_the_byline() -> None:
    page = "\n".join(
        [
            "Millbrook hold on for a point after a late red card",
            "Words: Owen Hartley · Photos: Ines Duarte",
            "Saturday 29 November 2025",
            PARA,
            PARA2,
        ]
    )
    _, _, metadata = extract_scraped(page)
    assert list(metadata.authors) == ["Owen Hartley"]


def test_a_transcripts_label_and_its_notes_are_the_pages() -> None:
    turns = [
        "Анна Ветрова: С чего началась эта история с автобусами в районе?",
        "Павел Лыков: С закрытия трех рейсов весной, потом перевозчик ушел совсем.",
        "Анна Ветрова: А жители пробовали писать в администрацию?",
        "Павел Лыков: Писали дважды, оба раза ответили, что денег на дотации нет.",
    ]
    page = "\n".join(
        [
            "Без рейса: как три села остались без автобуса",
            "1 декабря 2025",
            PARA,
            "Расшифровка",
            "Стенограмма подготовлена автоматически и проверена редактором.",
            *turns,
            "Полную версию беседы можно послушать в плеере.",
        ]
    )
    got = blocks(page)
    assert got == [("paragraph", PARA), *(("paragraph", turn) for turn in turns)]


def test_a_heading_named_like_a_transcript_without_turns_stays() -> None:
    page = "\n".join([*_LIVE_HEAD[1:], PARA, "Transcript", PARA2])
    assert ("heading", "Transcript") in blocks(page)


def test_the_sites_name_alone_beside_a_byline_is_no_heading() -> None:
    page = "\n".join(
        [
            "Five things to check on your boiler before the first frost",
            PARA,
            "Ruth Ellery",
            "The Valley Post",
            "Published Nov. 14, 2025",
            PARA2,
            "© 2025 The Valley Post. All rights reserved.",
        ]
    )
    assert ("heading", "The Valley Post") not in blocks(page)


def test_a_line_of_fields_with_the_date_is_the_date_line() -> None:
    fields = "Sunday 3 May 2026 · Kick-off 2pm · Castle Road"
    page = "\n".join(["Millbrook win late to stay top of the table", fields, PARA, PARA2])
    _, got, metadata = extract_scraped(page)
    assert metadata.published is not None and metadata.published.startswith("2026-05-03")
    assert all(b.text != fields for b in got)


def test_a_team_over_its_score_is_no_author() -> None:
    page = "\n".join(
        [
            "Millbrook United 2-1 Eastport Town: live updates from Castle Road",
            "Owen Hartley",
            "Football writer",
            "Saturday 6 December 2025 16:58",
            "Millbrook United",
            "2",
            "FT",
            "1",
            "Eastport Town",
            PARA,
            PARA2,
        ]
    )
    _, _, metadata = extract_scraped(page)
    assert list(metadata.authors) == ["Owen Hartley"]
