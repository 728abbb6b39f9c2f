"""Scraped text, issue 11: a list that ends an article is the article's (invented pages, not
evaluation text).

A line of running text ending with a colon announces a list; the short lines right after it
are that list, up to the first line that is chrome by its own evidence (a copyright line, a
run of menu items, share words) — even when no paragraph follows.  A few words and a colon
above a name or share buttons ("Now on air:", "Share:", "Tags:") still label a widget.
"""

from __future__ import annotations

from scraped_samples import PARA as _PARA
from scraped_samples import PARA2 as _PARA2
from scraped_samples import blocks as _blocks

_RU = (
    "В субботу в областной библиотеке подвели итоги ежегодного конкурса юных чтецов, в "
    "котором участвовали почти двести школьников из двенадцати районов."
)
_RU2 = (
    "Жюри под руководством заслуженной артистки России отметило, что в этом году "
    "выступления были особенно сильными, а выбор текстов — смелым."
)


def _body(text: str) -> str:
    return "\n".join(t or "" for _, t in _blocks(text))


def test_a_list_of_winners_that_ends_the_article_is_kept() -> None:
    page = "\n".join(
        [
            "Harbour Festival crowns its best brass bands",
            _PARA,
            _PARA2,
            "The winners were:",
            "Dunmore Silver Band",
            "Eastfield Colliery Band",
            "The Old Quay Players",
            "© 2026 Harbour Gazette",
            "Privacy | Terms | Contact",
        ]
    )
    body = _body(page)
    assert "The winners were:" in body
    for name in ("Dunmore Silver Band", "Eastfield Colliery Band", "The Old Quay Players"):
        assert name in body
    assert "2026 Harbour Gazette" not in body


def test_a_list_announced_at_the_end_of_a_paragraph_is_kept() -> None:
    page = "\n".join(
        [
            "What changes on the quay from Monday",
            _PARA,
            "The council has published the streets where parking will be suspended, which are:",
            "Harbour Road",
            "Quay Street",
            "Mill Lane",
            "Anchor Row",
            "Share",
            "Facebook",
            "Twitter",
            "Email",
        ]
    )
    body = _body(page)
    for name in ("Harbour Road", "Quay Street", "Mill Lane", "Anchor Row"):
        assert name in body
    assert "Facebook" not in body


def test_a_russian_list_of_winners_that_ends_the_article_is_kept() -> None:
    page = "\n".join(
        [
            "Названы победители конкурса юных чтецов",
            _RU,
            _RU2,
            "Победителями стали:",
            "Анна Ковалёва (Кировск)",
            "Михаил Сорокин (Апатиты)",
            "Дарья Белова (Мончегорск)",
            "© 2026 «Северная неделя»",
            "Все права защищены",
        ]
    )
    body = _body(page)
    assert "Победителями стали:" in body
    for name in (
        "Анна Ковалёва (Кировск)",
        "Михаил Сорокин (Апатиты)",
        "Дарья Белова (Мончегорск)",
    ):
        assert name in body
    assert "Северная неделя" not in body


def test_a_dashed_list_that_ends_the_article_is_kept() -> None:
    page = "\n".join(
        [
            "Названы победители конкурса юных чтецов",
            _RU,
            _RU2,
            "Дипломы получили:",
            "— Ольга Ветрова;",
            "— Игорь Панин;",
            "— Софья Липина.",
            "© 2026 «Северная неделя»",
        ]
    )
    body = _body(page)
    assert "Дипломы получили:" in body
    for name in ("Ольга Ветрова", "Игорь Панин", "Софья Липина"):
        assert name in body


def test_now_on_air_above_a_programme_stays_chrome() -> None:
    page = "\n".join(
        [
            "Harbour works begin on Monday",
            _PARA,
            _PARA2,
            "Now on air:",
            "Evening drive with Sam Cole",
            "© 2026 Harbour Radio",
        ]
    )
    assert [k for k, _ in _blocks(page)] == ["paragraph", "paragraph"]


def test_share_and_tags_lines_above_their_widgets_stay_chrome() -> None:
    page = "\n".join(
        [
            "Harbour works begin on Monday",
            _PARA,
            _PARA2,
            "Tags:",
            "roads",
            "harbour",
            "council",
            "Share:",
            "Facebook",
            "Twitter",
            "Email",
            "© 2026 Harbour Gazette",
        ]
    )
    assert [k for k, _ in _blocks(page)] == ["paragraph", "paragraph"]


def test_russian_tags_line_above_tags_stays_chrome() -> None:
    page = "\n".join(
        [
            "Названы победители конкурса юных чтецов",
            _RU,
            _RU2,
            "Теги:",
            "Культура",
            "Образование",
            "Дети",
            "Поделиться:",
            "ВКонтакте",
            "Telegram",
            "© 2026 «Северная неделя»",
        ]
    )
    assert [k for k, _ in _blocks(page)] == ["paragraph", "paragraph"]


def test_a_one_word_label_above_short_lines_stays_chrome() -> None:
    # "Playlist:" is no sentence and ends no paragraph: what it labels is the page's
    page = "\n".join(
        [
            "Harbour works begin on Monday",
            _PARA,
            _PARA2,
            "Playlist:",
            "Blue Harbour Nights",
            "The Quay at Dawn",
            "Saltwater Waltz",
            "© 2026 Harbour Radio",
        ]
    )
    assert [k for k, _ in _blocks(page)] == ["paragraph", "paragraph"]
