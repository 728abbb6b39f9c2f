"""Scraped text, round 21: lists the article prints without bullets (invented pages, not
evaluation text).

- after a line of the body that ends with a colon, lines shaped like items are its list even
  when they are long ("Harbour Bakery, Eastport – £40,000 for six apprentices"), and an item
  may end with a full stop ("… from 9 a.m. to 1 p.m.") when more items follow it;
- lines that end with a semicolon, two or more in a row, are a list, and an item-sized line
  right after them ending with a full stop is its last item;
- a paragraph that only looks like an item (one sentence, no list after it) stays a paragraph;
- a line of two names or more beside the date line is the byline, and so is a name a line
  away from it (the outlet's name between);
- the story's last lines may be the site's own (a bio that starts with an author's name, a tip
  line at the site's address, the site describing itself, "About the X Company"), read from
  the end; a sentence that names the site inside it is the story's.
"""

from __future__ import annotations

from scraped_samples import PARA, PARA2, blocks

from newsprism.extract.scraped import extract_scraped

_HEAD = [
    "Home",
    "News",
    "Council awards £1.2 million in grants to harbour employers",
    "By Dana Whitlow",
]

_AFTER = (
    "Apprentices will start on the same wage as other new staff, and the council will check "
    "each employer's training plan twice a year until the grants run out in 2028."
)


def test_long_items_after_a_colon_are_a_list_not_a_link_list() -> None:
    items = [
        "Harbour Bakery and Tearooms, Eastport – £40,000 for six bakery, pastry and front-of-house apprentices over the next two years",
        "North Quay Boatyard, Westhaven – £35,000 for five shipwright apprentices",
        "Gull Island Care Home, Southmoor – £30,000 for eight care worker apprentices",
    ]
    page = "\n".join([*_HEAD, PARA, "The largest grants went to:", *items, _AFTER, PARA2])
    got = blocks(page)
    assert ("list", "\n".join(items)) in got
    assert ("paragraph", _AFTER) in got


def test_an_item_may_end_with_a_full_stop_when_more_items_follow() -> None:
    items = [
        "Run a mobile library van in the market square every Friday from 9 a.m. to 1 p.m.",
        "Move the reading group to the community hall on Tuesday evenings",
        "Let borrowers keep their books until the branch reopens, with no fines",
    ]
    page = "\n".join(
        [*_HEAD, PARA, "Until the branch reopens, the library will also:", *items, _AFTER, PARA2]
    )
    assert ("list", "\n".join(items)) in blocks(page)


def test_lines_ending_with_semicolons_are_a_list_with_its_last_item() -> None:
    items = [
        "7N — Central station — Riverside (via the new bridge);",
        "8N — Central station — Hill Park (via Market Street);",
        "9N — Central station — the airport.",
    ]
    page = "\n".join([*_HEAD, PARA, "Which routes will run", *items, _AFTER, PARA2])
    got = blocks(page)
    assert ("list", "\n".join(items)) in got
    assert ("heading", "Which routes will run") in got


def test_one_sentence_after_a_colon_line_stays_a_paragraph() -> None:
    said = "The harbour master said:"
    quote = '"We have waited ten years for this, and the town will feel the difference."'
    page = "\n".join([*_HEAD, PARA, said, quote, "What happens next", _AFTER, PARA2])
    got = blocks(page)
    assert ("paragraph", quote) in got
    assert ("heading", "What happens next") in got
    assert not any(kind == "list" for kind, _ in got)


# -- who wrote it, and the lines after the story that are the site's own ----------------------

_STORY = [
    "Ferry fares to rise by a fifth on the island routes next spring",
    "Harriet Vane and Peter Wimsey",
    "Thursday 4 December 2025",
    PARA,
    PARA2,
    _AFTER,
]


def test_a_line_of_two_names_beside_the_date_is_the_byline() -> None:
    _, found, metadata = extract_scraped("\n".join(["Home", "News", *_STORY]))
    assert metadata.authors == ("Harriet Vane", "Peter Wimsey")
    assert all("Harriet Vane" not in (b.text or "") for b in found)


def test_a_name_with_the_outlet_between_it_and_the_date_is_the_byline() -> None:
    page = [
        "Ferry fares to rise by a fifth on the island routes next spring",
        "Islanders will pay more for every crossing from April, the operator has said.",
        "Nora Kessler",
        "The Harbour Post",
        "Published Dec. 2, 2025 6:00 a.m. ET",
        PARA,
        PARA2,
    ]
    _, _, metadata = extract_scraped("\n".join(page))
    assert metadata.authors == ("Nora Kessler",)


def test_the_sites_own_lines_after_the_story_are_chrome() -> None:
    tail = [
        "Have a question about the ferries? Email islands@harbourpost.com.",
        "Harriet Vane covers transport and the islands for The Harbour Post.",
        "The Harbour Post is an independent newsroom funded by its readers.",
        "Share",
        "© 2025 The Harbour Post. All rights reserved.",
    ]
    got = blocks("\n".join(["Home", "News", *_STORY, *tail]))
    assert got[-1] == ("paragraph", _AFTER)


def test_a_last_sentence_that_names_the_site_inside_it_stays() -> None:
    last = "The operator did not answer questions from The Harbour Post on Thursday."
    tail = ["Share", "© 2025 The Harbour Post. All rights reserved."]
    got = blocks("\n".join(["Home", "News", *_STORY, last, *tail]))
    assert got[-1] == ("paragraph", last)


def test_about_the_company_ends_a_press_release() -> None:
    page = [
        "Harbour Ferries adds a night crossing to the island routes",
        "December 3, 2025",
        PARA,
        PARA2,
        _AFTER,
        "About the Harbour Ferries Company",
        "Harbour Ferries runs six vessels on four routes between the mainland and the islands "
        "and employs 240 people in the county.",
    ]
    got = blocks("\n".join(page))
    assert got[-1] == ("paragraph", _AFTER)


def test_turns_of_a_transcript_under_names_in_their_own_case_are_paragraphs() -> None:
    question = "Анна Лис: А почему области не заказывают поезда?"
    page = [
        "Последняя электричка: почему малые города остаются без поездов",
        "1 декабря 2025",
        "Анна Лис: Олег, давайте начнем с простого. Сколько электричек мы потеряли за пять лет?",
        "Олег Рябов: Точной цифры нет, статистику ведут по-разному, но по нашим подсчетам — сотни.",
        question,
        "Олег Рябов: Денег всегда нет. Но дело еще и в том, что поезд с двадцатью пассажирами "
        "никто не защищает.",
    ]
    got = blocks("\n".join(page))
    assert ("paragraph", question) in got
    assert not any(kind == "heading" for kind, _ in got)


def test_a_colon_headline_under_a_name_is_no_turn() -> None:
    headline = "Prince Andrew: three universities end ties with the duke"
    page = [
        "Harbour ferries add a night crossing to the island routes",
        "December 3, 2025",
        PARA,
        "Olga Lis: We waited years for this crossing, and it is finally here.",
        PARA2,
        "Read more",
        headline,
        "Harriet Vane: The islands deserve better.",
    ]
    assert ("paragraph", headline) not in blocks("\n".join(page))


def test_a_short_heading_the_body_says_again_is_no_pull_quote() -> None:
    heading = "«Поливала теплой водой каждое утро»"
    page = [
        "Пенсионерка из-под Рязани вырастила тыкву весом 312 килограммов",
        "4 декабря 2025, 16:45",
        "Тыкву Валентина Грошева вырастила на своем огороде, и она стала самой тяжелой "
        "на областном конкурсе урожая в этом году.",
        heading,
        "После конкурса к ней приехал фермер из соседнего района и предложил за тыкву "
        "сто тысяч рублей, но она отказалась. «Поливала теплой водой каждое утро», — "
        "объяснила пенсионерка.",
        "За победу в конкурсе пенсионерка получила диплом и мотокультиватор, а внуки завели "
        "ей страницу в соцсетях.",
    ]
    assert ("heading", heading) in blocks("\n".join(page))


def test_a_contact_line_with_an_email_address_is_no_heading() -> None:
    contact = "Media contact: Dana Whitlow, press officer, dana.whitlow@harbourferries.example"
    page = [*_HEAD, PARA, contact, PARA2, _AFTER]
    got = blocks("\n".join(page))
    assert ("heading", contact) not in got
    assert ("paragraph", PARA2) in got
