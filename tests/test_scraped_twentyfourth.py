"""Scraped text, round 24 (invented pages, not evaluation text).

- a line of short fields with a date ("Press office · 03.12.2025") under a photo's one-line
  caption, above the story, is the page's date line: only running text makes the story start;
- a short sentence on a photo credit right under the headline is that photo's caption; a
  standfirst on a credit stays the standfirst when it is as long as running text;
- numbered lines that each stand over running text are numbered section headings (a list's
  items stand together);
- a list whose items end with ";" under a colon line ends with its full-stop item;
- a box after the story (two fields or contact lines at least: a show's box office and
  length, a helpline) is the page's; a story's last paragraph with a telephone number stays;
- tag lines, the time of a page's last update and Russian republication terms are chrome;
- a heading, its short list and the next section's heading inside the article stay the
  article's (another story's headlines inside it stay the page's);
- a site's name keeps its nested guillemets;
- the author's name under the date line and the reading time, after a lead, is a byline;
- a pull quote's "— Name, job" line goes with the pull quote;
- a field ("Guest: …") right under the headline is no standfirst.
"""

from __future__ import annotations

from scraped_samples import PARA, PARA2, blocks

from newsprism.extract.scraped import extract_scraped

_LONG = (
    "Volunteers counted the birds on three mornings in a row along the eastern shore, and the "
    "warden said the colony had grown by almost a third since the nesting boxes went up."
)


def test_a_date_line_of_fields_under_a_top_photo_is_the_pages() -> None:
    page = "\n".join(
        [
            "News",
            "Wardens count a record number of terns on the reservoir's eastern shore",
            "Volunteers on the shore at dawn.",
            "Photo: Ellen Marsh / Reservoir Trust",
            "Press office of Northfield University · 03.12.2025",
            _LONG,
            PARA,
            PARA2,
        ]
    )
    title, found, meta = extract_scraped(page)
    assert ("paragraph", "Press office of Northfield University · 03.12.2025") not in blocks(page)
    assert meta.published == "2025-12-03"
    assert title is not None and title.startswith("Wardens count")
    assert [b.text for b in found if b.kind == "paragraph"][0] == _LONG


def test_a_short_sentence_on_a_credit_under_the_headline_is_the_photos_caption() -> None:
    page = "\n".join(
        [
            "Wardens count a record number of terns on the reservoir's eastern shore",
            "By Tom Reed",
            "Volunteers on the shore at dawn.",
            "Photo: Ellen Marsh / Reservoir Trust",
            _LONG,
            PARA,
        ]
    )
    _, found, _ = extract_scraped(page)
    assert found[0].kind == "figure"
    assert (found[0].caption, found[0].credit) == (
        "Volunteers on the shore at dawn.",
        "Photo: Ellen Marsh / Reservoir Trust",
    )


def test_a_standfirst_as_long_as_running_text_on_a_credit_stays_the_standfirst() -> None:
    standfirst = (
        "The trust says the colony on the eastern shore has grown by a third in two years and "
        "asks walkers to keep dogs on leads."
    )
    page = "\n".join(
        [
            "Wardens count a record number of terns on the reservoir's eastern shore",
            standfirst,
            "Photo: Ellen Marsh / Reservoir Trust",
            _LONG,
            PARA,
        ]
    )
    assert blocks(page)[0] == ("paragraph", standfirst)


def test_a_date_line_of_fields_under_a_short_standfirst_is_the_pages() -> None:
    page = "\n".join(
        [
            "Wardens count a record number of terns on the reservoir's eastern shore",
            "The colony has grown by a third in two years.",
            "Press office of Northfield University · 03.12.2025",
            _LONG,
            PARA,
        ]
    )
    _, found, meta = extract_scraped(page)
    assert "Press office of Northfield University · 03.12.2025" not in [b.text for b in found]
    assert meta.published == "2025-12-03"


_SECTION = (
    "The first thing to check is the date on the letter, because the appeal window opens on "
    "the day it was posted and closes twenty-eight days later, whatever the reason for delay."
)


def test_numbered_lines_each_over_running_text_are_section_headings() -> None:
    page = "\n".join(
        [
            "How to appeal a parking fine: what the council will and will not accept",
            "By Ruth Cole",
            _LONG,
            "1. Check the dates",
            _SECTION,
            "2. What counts as evidence?",
            PARA,
            "3. Where to send it",
            PARA2,
        ]
    )
    got = blocks(page)
    assert ("heading", "1. Check the dates") in got
    assert ("heading", "2. What counts as evidence?") in got
    assert ("heading", "3. Where to send it") in got
    assert not any(kind == "list" for kind, _ in got)


def test_a_numbered_list_stays_a_list() -> None:
    page = "\n".join(
        [
            "How to appeal a parking fine: what the council will and will not accept",
            _LONG,
            "1. Check the dates",
            "2. Gather the evidence",
            "3. Send the form",
            PARA2,
        ]
    )
    assert ("list", "Check the dates\nGather the evidence\nSend the form") in blocks(page)


def test_the_full_stop_item_after_semicolon_items_ends_a_colon_list() -> None:
    page = "\n".join(
        [
            "How to appeal a parking fine: what the council will and will not accept",
            _LONG,
            "You will need three documents:",
            "a copy of the penalty notice;",
            "photographs of the signs;",
            "a receipt from the car park.",
            PARA2,
        ]
    )
    want = "a copy of the penalty notice;\nphotographs of the signs;\na receipt from the car park."
    assert ("list", want) in blocks(page)


_TAIL = [
    "You might also like",
    "Five winter walks along the old canal towpath this December",
    "Review: the new bistro on Mill Lane is worth the wait for its puddings",
    "© 2025 The Dale Courier",
]


def test_a_box_of_fields_and_contacts_after_the_story_is_the_pages() -> None:
    page = "\n".join(
        [
            "The Little Mermaid at the Corn Exchange review: a sea of bubbles and one great song",
            "By Ruth Cole",
            _LONG,
            PARA,
            PARA2,
            "The Little Mermaid is at the Corn Exchange until 11 January. Tickets from 01632 960 114.",
            "Running time: 2 hours with an interval.",
            "Our critic's tickets were paid for by the paper.",
            *_TAIL,
        ]
    )
    got = blocks(page)
    assert got[-1] == ("paragraph", PARA2)


def test_a_storys_last_paragraph_with_a_phone_number_stays() -> None:
    appeal = (
        "Witnesses to the crash, or drivers with camera footage of the junction, should ring "
        "the police on 01632 960 555 and give reference 412."
    )
    page = "\n".join(
        ["Cyclist hurt in collision on the ring road", "By Ruth Cole", _LONG, PARA, appeal, *_TAIL]
    )
    assert blocks(page)[-1] == ("paragraph", appeal)


def test_tag_lines_update_times_and_republication_terms_are_the_pages() -> None:
    page = "\n".join(
        [
            "В районе открыли новую амбулаторию",
            "04.12.2025",
            "Обновлено в 12:48",
            "В поселке за год отремонтировали старое здание медпункта, и теперь к терапевту "
            "и детскому врачу больше не надо ездить в город за тридцать километров.",
            "Рабочие перекрыли кровлю, поставили новые рамы и провели воду, а у входа выложили "
            "плиткой стоянку для санитарных машин и пандус для колясок.",
            "Теги: медицина, строительство, село",
            "При копировании материалов активная ссылка на источник обязательна.",
        ]
    )
    texts = [text for _, text in blocks(page)]
    assert len(texts) == 2
    assert texts[1].startswith("Рабочие")


def test_a_heading_its_short_list_and_the_next_heading_inside_the_article_stay() -> None:
    page = "\n".join(
        [
            "How to keep a greenhouse frost-free through January",
            "By Ruth Cole",
            _LONG,
            "What you will need",
            "Bubble wrap for the glass",
            "A paraffin or electric heater",
            "A max-min thermometer",
            "Step one: insulate the glass",
            PARA,
            PARA2,
        ]
    )
    got = blocks(page)
    assert ("heading", "What you will need") in got
    assert (
        "list",
        "Bubble wrap for the glass\nA paraffin or electric heater\nA max-min thermometer",
    ) in got
    assert ("heading", "Step one: insulate the glass") in got


def test_other_stories_headlines_inside_the_article_stay_the_pages() -> None:
    page = "\n".join(
        [
            "How to keep a greenhouse frost-free through January",
            "By Ruth Cole",
            _LONG,
            "More from Gardens",
            "Why this winter's frosts could be the hardest on fruit trees for a decade",
            "The allotment waiting list in the city has passed two thousand names for the first time",
            "Readers' gardens: a prize-winning pond built from an old bath tub and some patience",
            PARA,
            PARA2,
        ]
    )
    texts = [text for _, text in blocks(page)]
    assert not any(t and t.startswith("Why this winter") for t in texts)


def test_a_site_name_keeps_its_nested_guillemets() -> None:
    page = "\n".join(
        [
            "В районе открыли новую амбулаторию",
            "04.12.2025",
            "В поселке за год отремонтировали старое здание медпункта, и теперь к терапевту "
            "и детскому врачу больше не надо ездить в город за тридцать километров.",
            "© 2025 МИА «Заречный «Курьер»». Все права защищены.",
        ]
    )
    _, _, meta = extract_scraped(page)
    assert meta.site == "МИА «Заречный «Курьер»»"


def test_pros_and_cons_in_a_run_of_short_lines_are_headings_and_lists() -> None:
    page = "\n".join(
        [
            "Tested: the Corvane 7 cordless vacuum is light, quiet and a little short-lived",
            "By Ruth Cole",
            _LONG,
            "Price 249 pounds",
            "Weight 2.1 kg",
            "Battery 40 minutes",
            "Pros",
            "Light enough for the stairs",
            "Quiet on carpets",
            "Cons",
            "Small dust bin",
            PARA,
        ]
    )
    got = blocks(page)
    assert ("heading", "Pros") in got
    assert ("list", "Light enough for the stairs\nQuiet on carpets") in got
    assert ("heading", "Cons") in got
    assert ("list", "Small dust bin") in got
    assert not any(text and text.startswith("Weight") for _, text in got)


def test_a_page_whose_headline_stands_in_a_run_of_short_lines_over_the_story_has_it() -> None:
    page = "\n".join(
        [
            "Subscribe",
            PARA2,
            "Gardens",
            "Weather",
            "Frost warning issued for the valley as temperatures fall to minus eight",
            "By Ruth Cole",
            "Nov 20, 2025",
            _LONG + " " + _LONG,
            PARA,
            PARA2,
        ]
    )
    title, _, _ = extract_scraped(page)
    assert title == "Frost warning issued for the valley as temperatures fall to minus eight"


def test_a_name_under_the_date_and_reading_time_after_the_lead_is_the_byline() -> None:
    page = "\n".join(
        [
            "Longreads",
            "One bus a day: how the valley's last route keeps four villages connected",
            _LONG,
            "2 December 2025",
            "Reading time: 9 minutes",
            "Ruth Cole",
            "The morning bus at the depot.",
            "Photo: Tom Reed",
            "The first run",
            PARA,
            PARA2,
        ]
    )
    _, found, meta = extract_scraped(page)
    assert meta.authors == ("Ruth Cole",)
    assert "Ruth Cole" not in [b.text for b in found]


def test_a_pull_quotes_attribution_goes_with_it() -> None:
    quote = (
        "«Мы договорились заранее, что координаты гнездовья публиковать не будем ни при каких "
        "условиях», — сказал руководитель группы Олег Петров."
    )
    page = "\n".join(
        [
            "Студенты нашли на озере редкую птицу",
            "04.12.2025",
            "Экспедиция работала на озере с июля по август, и ее участники провели на берегу "
            "больше сорока дней, сменяя друг друга каждые две недели.",
            "«Мы договорились заранее, что координаты гнездовья публиковать не будем ни при "
            "каких условиях»",
            "— Олег Петров, руководитель группы",
            quote,
            "Через год студенты хотят вернуться на озеро и посмотреть, выведут ли птицы "
            "птенцов на том же мысу.",
        ]
    )
    texts = [text for _, text in blocks(page)]
    assert not any(t and "Олег Петров, руководитель" in t for t in texts)
    assert quote in texts


def test_a_field_right_under_the_headline_is_no_standfirst() -> None:
    page = "\n".join(
        [
            "Radio",
            "The water board's chief engineer on a winter of burst mains",
            "On air: 19 February 2026, 19:05",
            "Guest: Tom Reed, chief engineer of the water board",
            "Listen",
            _LONG,
            PARA,
        ]
    )
    texts = [text for _, text in blocks(page)]
    assert texts[0] == _LONG
