"""Scraped text, round 26 (invented pages, not evaluation text).

- a contents list prints the story's section headings before the story reaches them: the run is
  the page's, and the headings further down stay headings (a line printed twice had made them
  labels);
- a paywall line that says the story is cut off ends it: the offer and lists under it are the
  page's;
- the share text that prints the headline again below the story ends it: what follows (other
  stories, readers' replies) is the page's;
- a page's feedback widget ("Was this page helpful?") is chrome, and a "©" line naming the
  site its header names is the site's copyright line, not a photo's credit.
"""

from __future__ import annotations

from scraped_samples import PARA, PARA2, blocks

from newsprism.extract.scraped import classify, extract_scraped

_EN_HARBOUR = (
    "The harbour authority will close the north quay to private boats from Monday while divers "
    "inspect the wall, which was damaged in last month's storm."
)
_EN_FERRY = (
    "Ferries to the islands will leave from the south pier for the duration of the work, and "
    "the timetable will not change, the operator said on Friday."
)
_EN_PARKING = (
    "The car park beside the quay will stay open, but the spaces nearest the water will be "
    "fenced off so that the divers' equipment can be unloaded there."
)


def _advice_page() -> str:
    return "\n".join(
        [
            "Skip to main content",
            "Port of Westhaven",
            "Home › Notices › Works",
            "Quay works: what boat owners need to know",
            "Updated: 3 March 2026",
            "This notice was last reviewed on 3 March 2026 and replaces the notice of February.",
            "Contents",
            "Closures",
            "Ferries",
            "Parking",
            "Contact the harbour office",
            "Closures",
            _EN_HARBOUR,
            "Ferries",
            _EN_FERRY,
            "Parking",
            _EN_PARKING,
            "Was this page helpful?",
            "Yes",
            "No",
            "© Port of Westhaven",
        ]
    )


def test_contents_list_is_chrome_and_its_headings_stay_headings() -> None:
    found = blocks(_advice_page())
    headings = [text for kind, text in found if kind == "heading"]
    assert headings == ["Closures", "Ferries", "Parking"]
    assert ("paragraph", _EN_PARKING) in found
    # the entry that does not come back (a link to a box of the page's) is the list's, not a heading
    assert all(text != "Contact the harbour office" for _, text in found)


def test_feedback_widget_and_the_sites_copyright_line_are_not_a_figure() -> None:
    found = blocks(_advice_page())
    assert not [b for b in found if b[0] == "figure"]
    assert all("helpful" not in (text or "") for _, text in found)


def test_two_lines_printed_twice_are_no_contents_list() -> None:
    # a widget's two labels printed again lower down do not make a contents list
    page = "\n".join(
        [
            "Westhaven Echo",
            "Harbour quay to close for repairs",
            "By Ann Lee",
            "3 March 2026",
            _EN_HARBOUR,
            "Most read",
            "Weather",
            _EN_FERRY,
            "Most read",
            "Weather",
            PARA,
        ]
    )
    labels = {lab.line.text: lab.reason for lab in classify(page)}
    assert "table of contents" not in labels["Most read"]


_RU_LEAD = (
    "Областной суд оставил в силе решение о сносе трёх гаражей на набережной, которые, по "
    "данным мэрии, стоят на месте будущей велодорожки."
)
_RU_MORE = (
    "Владельцы гаражей настаивали, что пользуются ими с семидесятых годов и платили налог на "
    "землю, однако суд счёл, что участок им не выделяли."
)


def test_russian_paywall_cuts_the_story_off() -> None:
    page = "\n".join(
        [
            "Набережные новости",
            "Суд разрешил снести гаражи на набережной",
            "4 марта 2026, 12:40",
            _RU_LEAD,
            _RU_MORE,
            "Чтобы дочитать материал, оформите подписку",
            "Первый месяц — за 1 рубль, затем 299 рублей в месяц.",
            "Подписка открывает доступ ко всем материалам сайта и архиву газеты за десять лет.",
            "Оформить подписку",
            "Уже подписаны? Войти",
        ]
    )
    found = blocks(page)
    assert found == [("paragraph", _RU_LEAD), ("paragraph", _RU_MORE)]


def test_english_paywall_under_the_headline_is_a_label_not_the_end() -> None:
    # a paywall line with none of the story above it is no cut: the story under it stays
    page = "\n".join(
        [
            "Westhaven Echo",
            "Harbour quay to close for repairs",
            "3 March 2026",
            "This article is for subscribers only",
            _EN_HARBOUR,
            _EN_FERRY,
            _EN_PARKING,
        ]
    )
    found = blocks(page)
    assert ("paragraph", _EN_PARKING) in found and ("paragraph", _EN_HARBOUR) in found


def test_english_paywall_cut_keeps_the_offer_out() -> None:
    page = "\n".join(
        [
            "Westhaven Echo",
            "Harbour quay to close for repairs",
            "By Ann Lee",
            "3 March 2026",
            _EN_HARBOUR,
            _EN_FERRY,
            "Subscribe to continue reading",
            "Unlimited access to local news, the puzzles and the archive for one low price.",
            "Most read",
            "1. School bus route changes from April",
            "2. Lifeboat crew rescues two kayakers",
        ]
    )
    found = blocks(page)
    assert found == [("paragraph", _EN_HARBOUR), ("paragraph", _EN_FERRY)]


_HEADLINE = "Harbour quay to close for four weeks while divers inspect storm damage"


def test_share_text_with_the_headline_ends_the_story() -> None:
    page = "\n".join(
        [
            "Westhaven Echo",
            _HEADLINE,
            "By Ann Lee",
            "3 March 2026",
            _EN_HARBOUR,
            _EN_FERRY,
            _EN_PARKING,
            PARA,
            f"Share: {_HEADLINE}",
            "Bluesky",
            "Ferry fares to rise in April",
            "The operator says the rise covers the cost of fuel and a new crew member on each boat.",
            "Help keep local news free",
            "Our reporting is paid for by readers like you, and every gift goes to the newsroom.",
        ]
    )
    title, found, _ = extract_scraped(page)
    assert title == _HEADLINE
    assert [b.text for b in found] == [_EN_HARBOUR, _EN_FERRY, _EN_PARKING, PARA]


def test_share_text_over_the_story_does_not_end_it() -> None:
    page = "\n".join(
        [
            "Westhaven Echo",
            _HEADLINE,
            "By Ann Lee",
            "3 March 2026",
            f"Share: {_HEADLINE}",
            _EN_HARBOUR,
            _EN_FERRY,
            PARA,
            PARA2,
        ]
    )
    found = blocks(page)
    assert ("paragraph", PARA2) in found and ("paragraph", _EN_HARBOUR) in found


def test_story_continues_below_advertisement_is_chrome() -> None:
    page = "\n".join(
        [
            "Westhaven Echo",
            _HEADLINE,
            "3 March 2026",
            _EN_HARBOUR,
            "Advertisement",
            "Story continues below advertisement",
            _EN_FERRY,
        ]
    )
    assert blocks(page) == [("paragraph", _EN_HARBOUR), ("paragraph", _EN_FERRY)]


_EN_STORM = (
    "When the lights went out on the ridge road, the first call I had was not from the utility "
    "but from the woman across the lane, asking whether I had dry wood."
)
_EN_STORM2 = (
    "By the next afternoon a neighbour with a plough blade had cleared the lane, and nobody had "
    "asked him to; that, more than any plan, is what got us through the week."
)


def test_the_share_text_names_a_one_word_headline() -> None:
    page = "\n".join(
        [
            "Ridge Valley Courier",
            "Opinion",
            "Sunday, March 1, 2026",
            "Neighbours",
            "What a week without power taught me about the people on my road",
            "Ellen Marsh",
            "Columnist",
            _EN_STORM,
            _EN_STORM2,
            "Ellen Marsh is a retired nurse who has lived on the ridge since 1988. "
            "She writes every other week.",
            "The views expressed in this column are the author's own.",
            "Share this column: Neighbours",
            "© 2026 Ridge Valley Courier",
        ]
    )
    title, found, meta = extract_scraped(page)
    assert title == "Neighbours"
    assert [(b.kind, b.text) for b in found] == [
        ("paragraph", "What a week without power taught me about the people on my road"),
        ("paragraph", _EN_STORM),
        ("paragraph", _EN_STORM2),
    ]
    assert meta.authors == ("Ellen Marsh",)


def test_a_headline_printed_twice_above_the_story_beats_its_deck() -> None:
    headline = "Why our school stopped setting homework on Fridays"
    page = "\n".join(
        [
            "The Teachers' Room",
            "Subscribe",
            headline,
            "Copy link",
            "Share",
            headline,
            "One term, three year groups and far fewer late nights",
            "Paul Grant",
            "Mar 2, 2026",
            _EN_STORM,
            _EN_STORM2,
        ]
    )
    title, found, _ = extract_scraped(page)
    assert title == headline
    assert found[0].text == "One term, three year groups and far fewer late nights"


def test_a_line_printed_twice_under_the_headline_is_not_the_headline() -> None:
    # a community's name printed above and again over the date is the page's, not its headline
    page = "\n".join(
        [
            "Harbour Dog Shelter | Westhaven",
            "Subscribe",
            "How to adopt a shelter dog and keep it for good",
            "Harbour Dog Shelter | Westhaven",
            "5 Mar 2026",
            _EN_STORM,
            _EN_STORM2,
        ]
    )
    title, _, _ = extract_scraped(page)
    assert title == "How to adopt a shelter dog and keep it for good"


def test_a_name_over_an_email_address_under_the_story_signs_it() -> None:
    page = "\n".join(
        [
            "Westhaven Now",
            "Sign in",
            "Dec 4, 2025 · 6:12 PM",
            "Harbour quay stays open to ferries during the repairs",
            "The quay will stay open to ferries.",
            "Divers start work on Monday.",
            "The repairs should take four weeks.",
            "Nadia Brook",
            "nbrook@westhavennow.example",
            "Share",
        ]
    )
    _, _, meta = extract_scraped(page)
    assert meta.authors == ("Nadia Brook",)


def test_russian_text_and_photo_credit_line_names_the_author() -> None:
    page = "\n".join(
        [
            "Заречная правда",
            "Фельдшер на пять деревень",
            "12 января 2026",
            _RU_LEAD,
            "Текст: Ольга Светлова. Фото автора",
            _RU_MORE,
        ]
    )
    _, found, meta = extract_scraped(page)
    assert meta.authors == ("Ольга Светлова",)
    assert [b.kind for b in found] == ["paragraph", "paragraph"]


def test_a_period_of_validity_is_a_field_not_the_standfirst() -> None:
    page = "\n".join(
        [
            "Гидрометцентр края",
            "Штормовое предупреждение о ледяном дожде на юге края",
            "Опубликовано: 10.01.2026 09:00",
            "Действует с 18:00 10 января до 18:00 11 января 2026 года",
            _RU_LEAD,
            _RU_MORE,
        ]
    )
    assert blocks(page) == [("paragraph", _RU_LEAD), ("paragraph", _RU_MORE)]
    page_en = "\n".join(
        [
            "Home › Advice › Countries",
            "Travel advice: Norway",
            "Still current at: 4 March 2026",
            "Updated: 2 March 2026",
            _EN_HARBOUR,
            _EN_FERRY,
        ]
    )
    _, _, meta = extract_scraped(page_en)
    assert meta.published == "2026-03-02"


def test_a_republishing_licence_under_the_story_is_the_pages() -> None:
    page = "\n".join(
        [
            "Westhaven Echo",
            _HEADLINE,
            "By Ann Lee",
            "3 March 2026",
            _EN_HARBOUR,
            _EN_FERRY,
            "Republish this article",
            "You may republish this story free of charge under a Creative Commons licence.",
        ]
    )
    assert blocks(page) == [("paragraph", _EN_HARBOUR), ("paragraph", _EN_FERRY)]


def test_read_on_this_topic_link_inside_the_story_is_the_pages() -> None:
    page = "\n".join(
        [
            "Набережные новости",
            "Суд разрешил снести гаражи на набережной",
            "4 марта 2026, 12:40",
            _RU_LEAD,
            "Читайте по теме:",
            "На набережной появится велодорожка длиной три километра",
            _RU_MORE,
        ]
    )
    assert blocks(page) == [("paragraph", _RU_LEAD), ("paragraph", _RU_MORE)]


def test_a_heading_right_under_a_tables_rows_stays_a_heading() -> None:
    page = "\n".join(
        [
            "Westhaven Buses",
            "Routes 3 and 5 become one line in April",
            "Posted March 2, 2026",
            _EN_HARBOUR,
            "Weekday frequency",
            "Route Now From April",
            "3 Quay Road every 20 min every 15 min",
            "5 Hill Street every 30 min every 15 min",
            "7 Station every 30 min every 30 min",
            "Why the routes are merging",
            _EN_FERRY,
        ]
    )
    found = blocks(page)
    assert ("heading", "Why the routes are merging") in found
    assert ("paragraph", _EN_FERRY) in found
    # navigation labels without figures over running text stay the page's
    nav = "\n".join(
        [
            "Westhaven Buses",
            "Routes 3 and 5 become one line in April",
            "Posted March 2, 2026",
            _EN_HARBOUR,
            "Timetables",
            "Fares",
            "Service alerts",
            "Contact us",
            _EN_FERRY,
        ]
    )
    assert all(kind != "heading" for kind, _ in blocks(nav))


def test_no_headline_above_the_breadcrumb() -> None:
    # a page without a headline: the second line of the site's name, above its menu and its
    # breadcrumb, is the site's header, and the title stays empty
    page = "\n".join(
        [
            "Администрация Заречного сельского поселения",
            "Краснохолмского муниципального района Тверской области",
            "Главная",
            "Новости",
            "Документы",
            "Контакты",
            "Главная › Новости",
            "04.12.2025",
            _RU_LEAD,
            _RU_MORE,
        ]
    )
    title, found, _ = extract_scraped(page)
    assert title is None
    assert [b.text for b in found] == [_RU_LEAD, _RU_MORE]


def test_for_immediate_release_is_no_author() -> None:
    page = "\n".join(
        [
            "Westhaven Port Authority",
            "Harbour quay to close for four weeks while divers inspect storm damage",
            "FOR IMMEDIATE RELEASE",
            "March 3, 2026",
            _EN_HARBOUR,
            _EN_FERRY,
        ]
    )
    _, _, meta = extract_scraped(page)
    assert meta.authors == ()


def test_a_subheading_in_capitals_is_a_heading_not_an_author() -> None:
    page = "\n".join(
        [
            "Westhaven Echo",
            "Harbour quay to close for four weeks",
            "3 March 2026",
            _EN_HARBOUR,
            "WHAT CHANGES FOR FERRIES",
            _EN_FERRY,
        ]
    )
    _, found, meta = extract_scraped(page)
    assert meta.authors == ()
    assert ("heading", "WHAT CHANGES FOR FERRIES") in [(b.kind, b.text) for b in found]


def test_news_is_no_job_title() -> None:
    # the site's name over a "News" section label is not a byline
    page = "\n".join(
        [
            "Westhaven Echo",
            "News",
            "Sport",
            "3 March 2026",
            "Harbour quay to close for four weeks",
            _EN_HARBOUR,
            _EN_FERRY,
        ]
    )
    _, _, meta = extract_scraped(page)
    assert meta.authors == ()


def test_an_obituarys_headline_is_the_name_over_the_life_dates() -> None:
    page = "\n".join(
        [
            "Menu",
            "Westhaven Gazette",
            "Obituaries",
            "Family notices",
            "Place a notice",
            "Margaret Ellen Hart",
            "1931 – 2026",
            _EN_HARBOUR,
            _EN_FERRY,
        ]
    )
    title, found, _ = extract_scraped(page)
    assert title == "Margaret Ellen Hart"
    assert [b.text for b in found] == [_EN_HARBOUR, _EN_FERRY]


def test_feedback_buttons_and_the_companys_copyright_line_are_the_pages() -> None:
    page = "\n".join(
        [
            "Westhaven Buses",
            "Plan a journey",
            "Tickets",
            "Route 7 diverted from 9 March",
            "Posted 2 March 2026",
            _EN_HARBOUR,
            _EN_FERRY,
            "Was this page helpful?",
            "Yes",
            "No",
            "© Westhaven Buses Ltd",
        ]
    )
    assert blocks(page) == [("paragraph", _EN_HARBOUR), ("paragraph", _EN_FERRY)]


def test_a_headline_after_an_age_rating_is_still_the_headline() -> None:
    # "18+" is a counter of the page's, not a live entry's time: the line under it may be the
    # page's headline (here in capitals)
    page = "\n".join(
        [
            "Заречные вести",
            "Главная",
            "Происшествия",
            "18+",
            "СУД РАЗРЕШИЛ СНЕСТИ ГАРАЖИ НА НАБЕРЕЖНОЙ",
            "5 марта 2026 в 16:40",
            _RU_LEAD,
            _RU_MORE,
        ]
    )
    title, _, _ = extract_scraped(page)
    assert title == "СУД РАЗРЕШИЛ СНЕСТИ ГАРАЖИ НА НАБЕРЕЖНОЙ"


def test_a_tagline_over_the_sites_menu_is_not_the_headline() -> None:
    page = "\n".join(
        [
            "Гидрометцентр",
            "Главное управление по Заречному краю",
            "Главная",
            "Новости",
            "Оперативная информация",
            "Экстренное предупреждение",
            "06.03.2026 15:20",
            _RU_LEAD,
            _RU_MORE,
        ]
    )
    title, _, _ = extract_scraped(page)
    assert title == "Экстренное предупреждение"


def test_a_line_of_figures_under_the_headline_is_no_standfirst() -> None:
    page = "\n".join(
        [
            "Westhaven Sport",
            "3 March 2026",
            "Rovers snatch a late win over the Town",
            "Reed 14, Hale 52, Moss 89 — Grant 27, 35",
            _EN_HARBOUR,
            _EN_FERRY,
        ]
    )
    assert blocks(page) == [("paragraph", _EN_HARBOUR), ("paragraph", _EN_FERRY)]
