"""Scraped text, round 19: structure a reader sees in runs of lines (invented pages, not
evaluation text).

- turns of a conversation (a speaker's label before each turn) are paragraphs, never headings;
- short lines after a line ending with a colon are the list it announces;
- dash-led lines ending with a semicolon are list items, the short one after them the last.
"""

from __future__ import annotations

from scraped_samples import PARA as _PARA
from scraped_samples import PARA2 as _PARA2
from scraped_samples import blocks as _blocks

from newsprism.extract.scraped import extract_scraped
from newsprism.extract.scraped_structure import speaker

_PARA3 = (
    "Shops on the quay will stay open throughout, and the council has promised that the "
    "footpath on the landward side will never be closed at the same time as the road."
)
_PARA4 = (
    "The last major repair of the sea wall was in 1988, when a winter storm washed away "
    "part of the parapet and flooded the cellars of a dozen houses on the front."
)
_RU = (
    "В понедельник в городской библиотеке открылась выставка старых фотографий, которые "
    "горожане приносили в музей в течение последних двух лет."
)
_RU2 = (
    "Организаторы рассказали, что больше всего снимков прислали жители северных районов, "
    "где сохранились деревянные дома начала прошлого века."
)


def test_speaker_labels() -> None:
    assert speaker("T. HOLLOWAY: Good morning.") == "T. HOLLOWAY"
    assert speaker("Н. ВЕРЕСОВА: Добрый день.") == "Н. ВЕРЕСОВА"
    assert speaker("Q: When does the line open?") == "Q"
    assert speaker("Road closures: what changes on Monday") is None  # a colon title


def test_short_questions_of_a_transcript_are_turns_not_headings() -> None:
    page = "\n".join(
        [
            "Town Hour, episode 41",
            _PARA,
            "M. OKAFOR: Welcome back to Town Hour. My guest today runs the road works team.",
            "D. BRENNAN: Thanks for having me, it is good to be here again.",
            "M. OKAFOR: So why now?",
            "D. BRENNAN: Because the pipes under those streets are older than anyone living on them, "
            "and we would rather replace them before the winter than after a burst.",
            "M. OKAFOR: How long will it take?",
            "D. BRENNAN: About four months, if the weather is kind to us.",
        ]
    )
    blocks = _blocks(page)
    assert ("paragraph", "M. OKAFOR: So why now?") in blocks
    assert ("paragraph", "M. OKAFOR: How long will it take?") in blocks
    assert not [b for b in blocks if b[0] == "heading"]


def test_one_speaker_label_alone_does_not_make_a_conversation() -> None:
    page = "\n".join(
        ["Road works", _PARA, "What happens next?", _PARA2, "NOTE: times may change", _PARA]
    )
    assert ("heading", "What happens next?") in _blocks(page)


def test_short_lines_after_a_colon_are_the_list_it_announces() -> None:
    page = "\n".join(
        [
            "Council approves the harbour works",
            _PARA,
            "The plan includes:",
            "A new sea wall along the north quay",
            "Two pedestrian crossings on Harbour Road",
            "Forty trees replacing those felled in the storm",
            _PARA2,
        ]
    )
    blocks = _blocks(page)
    assert (
        "list",
        "A new sea wall along the north quay\nTwo pedestrian crossings on Harbour Road\n"
        "Forty trees replacing those felled in the storm",
    ) in blocks


def test_a_menu_without_a_colon_line_above_is_still_chrome() -> None:
    page = "\n".join(
        ["Council approves the harbour works", _PARA, "News", "Sport", "Weather", _PARA2]
    )
    assert [k for k, _ in _blocks(page)] == ["paragraph", "paragraph"]


def test_dash_led_items_ending_with_semicolons_are_a_list() -> None:
    page = "\n".join(
        [
            "Выставка старых фотографий",
            _RU,
            "В экспозиции четыре раздела:",
            "— деревянный город (1900–1930);",
            "— заводская окраина (1930–1960);",
            "— новые кварталы (1960–1990);",
            "— лица горожан (1900–1990).",
            _RU2,
        ]
    )
    blocks = _blocks(page)
    assert (
        "list",
        "деревянный город (1900–1930);\nзаводская окраина (1930–1960);\n"
        "новые кварталы (1960–1990);\nлица горожан (1900–1990).",
    ) in blocks


def test_dialogue_with_dashes_stays_paragraphs() -> None:
    page = "\n".join(
        [
            "Выставка старых фотографий",
            _RU,
            "— Мы не ожидали, что люди принесут столько снимков, — говорит куратор.",
            "— Больше всего нас удивили семейные альбомы.",
            _RU2,
        ]
    )
    assert [k for k, _ in _blocks(page)] == ["paragraph"] * 4


def test_a_photo_right_under_the_headline_keeps_its_caption() -> None:
    page = "\n".join(
        [
            "Harbour works begin on Monday",
            "Workers on the north quay at dawn",
            "Photo: Ellen Marsh",
            _PARA,
            _PARA2,
        ]
    )
    title, blocks, _ = extract_scraped(page)
    assert title == "Harbour works begin on Monday"
    assert [(b.kind, b.caption, b.credit) for b in blocks][0] == (
        "figure",
        "Workers on the north quay at dawn",
        "Photo: Ellen Marsh",
    )


def test_life_dates_are_no_publication_date() -> None:
    page = "\n".join(
        [
            "Obituaries",
            "Harold James Whitcombe",
            "March 4, 1941 – January 30, 2026",
            "Published on February 2, 2026",
            "Harold James Whitcombe, 84, of Bramford, died at home on January 30 after a short "
            "illness, with his wife of sixty years at his side.",
            _PARA2,
        ]
    )
    title, blocks, meta = extract_scraped(page)
    assert meta.published == "2026-02-02"
    assert "March 4, 1941 – January 30, 2026" not in [title, *(b.text for b in blocks)]


def test_a_date_span_is_no_dateline() -> None:
    from newsprism.extract.scraped_meta import parse_dateline

    assert parse_dateline("12 марта 1950 — 3 января 2026") is None
    assert parse_dateline("Updated 12 March 2025 - 13:05") is not None


def test_dated_headlines_after_the_body_are_other_articles() -> None:
    page = "\n".join(
        [
            "Harbour works begin on Monday",
            _PARA,
            "What the works change",
            _PARA2,
            "More from the council",
            "12 February 2026",
            "New parking rules for the old town",
            "5 February 2026",
            "Library opening hours extended",
            "Now on air:",
            "Evening drive with Sam Cole",
        ]
    )
    blocks = _blocks(page)
    assert [t for k, t in blocks if k == "heading"] == ["What the works change"]


def test_a_press_release_ends_where_its_boilerplate_starts() -> None:
    page = "\n".join(
        [
            "Marlow Foods to open a bakery in Dunmore, creating 60 jobs",
            "DUNMORE, March 3, 2026 -- " + _PARA,
            _PARA2,
            _PARA3,
            "About Marlow Foods Ltd.",
            "Founded in 1962, Marlow Foods makes bread and cakes for supermarkets in the north "
            "of the country and employs about 900 people at four sites.",
            "Media contact:",
            "Ann Price",
        ]
    )
    blocks = _blocks(page)
    assert [k for k, _ in blocks] == ["paragraph"] * 3
    assert not any("Founded in 1962" in (t or "") for _, t in blocks)


def test_an_about_line_high_in_a_long_article_is_not_its_end() -> None:
    page = "\n".join(
        ["Harbour works begin on Monday", _PARA, "About the works", _PARA2, _PARA3, _PARA4]
    )
    assert len(_blocks(page)) == 5


def test_a_few_words_and_a_colon_above_a_name_label_a_widget() -> None:
    page = "\n".join(
        [
            "Harbour works begin on Monday",
            _PARA,
            _PARA2,
            "All episodes of Town Hour",
            "Now on air:",
            "Evening drive with Sam Cole",
            "© 2026 Harbour Radio",
        ]
    )
    blocks = _blocks(page)
    assert [k for k, _ in blocks] == ["paragraph", "paragraph"]


def test_a_colon_line_above_the_text_it_introduces_stays() -> None:
    page = "\n".join(
        [
            "Harbour works begin on Monday",
            _PARA,
            "Here is what changes:",
            "Parking on the quay",
            _PARA2,
        ]
    )
    assert ("paragraph", "Here is what changes:") in _blocks(page)


def test_a_broadcast_names_its_host_as_the_author() -> None:
    from newsprism.extract.scraped_meta import parse_byline

    assert parse_byline("Ведущая: Ольга Сереброва") == (["Ольга Сереброва"], None)
    assert parse_byline("Hosted by Dana Whitfield") == (["Dana Whitfield"], None)
    assert parse_byline("Ведущий аналитик банка") is None
