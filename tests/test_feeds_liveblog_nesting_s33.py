"""Live blogs without ``LiveBlogPosting`` whose posts nest otherwise than one run of siblings:
posts grouped by day under headings (every group is the blog, in page order), posts with a
second "updated" time beside the first, and posts whose text mentions a time in a
``<time datetime>`` of its own.  Before, the first kind lost every group but the largest (or
all of them, when the groups were alike) and the two others gave no post at all (and an article whose paragraphs named dates
was taken for a blog of its paragraphs).  Invented
pages, English and Russian."""

from __future__ import annotations

import datetime as dt

from newsprism.feeds.parse import parse

URL = "https://news.example.org/live/storm"

TEXT_EN = [
    "Power has been restored to about {n} thousand homes in the north of the county overnight, "
    "the network operator said, but crews are still working on the lines near Ashby.",
    "The coastguard has asked people to stay away from the promenade at Seaton while the waves "
    "are still high; the sea wall there was damaged during the night.",
    "Schools in the valley will open two hours late tomorrow so that buses can take the "
    "diverted route over the hill, the council's education office said.",
    "The road between Upton and Marsh End is open again after the fallen oak was cleared by "
    "a tree surgeon and two council crews working since five in the morning.",
]


def _post(n: int, when: str, extra: str = "") -> str:
    return (
        f'<article class="post" id="u{n}"><header><time datetime="{when}">{when[11:16]}</time>'
        f"{extra}</header><p>{TEXT_EN[n % 4].format(n=n)}</p></article>"
    )


def _page(body: str, lang: str = "en", h1: str = "Storm: live") -> bytes:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{h1}</title>'
        f'<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>'
        f'<nav><a href="/">Home</a></nav><main><h1>{h1}</h1>{body}</main></body></html>'
    ).encode()


def test_posts_grouped_by_day_are_one_blog_in_page_order() -> None:
    today = _post(4, "2026-01-15T08:30:00Z") + _post(3, "2026-01-15T07:10:00Z")
    yesterday = _post(2, "2026-01-14T22:05:00Z") + _post(1, "2026-01-14T21:00:00Z")
    body = (
        f'<section class="day"><h2>Today</h2>{today}</section>'
        f'<section class="day"><h2>Yesterday</h2>{yesterday}</section>'
    )
    parsed = parse(_page(body), URL)
    assert parsed.kind == "liveblog"
    assert [e.guid.rsplit("#", 1)[1] for e in parsed.entries] == [
        "u4",
        "u3",
        "u2",
        "u1",
    ]


def test_a_larger_day_does_not_hide_the_smaller_one() -> None:
    today = "".join(_post(n, f"2026-01-15T0{n}:00:00Z") for n in (5, 4, 3))
    yesterday = "".join(_post(n, f"2026-01-14T2{n}:00:00Z") for n in (2, 1))
    body = f"<div><h2>Today</h2>{today}</div><div><h2>Yesterday</h2>{yesterday}</div>"
    parsed = parse(_page(body), URL)
    assert [e.guid.rsplit("#", 1)[1] for e in parsed.entries] == [
        "u5",
        "u4",
        "u3",
        "u2",
        "u1",
    ]


def _updated_posts() -> str:
    """Three posts, each with a second "Updated" time a label's words after its own."""
    return "".join(
        _post(
            n,
            f"2026-01-15T0{n}:00:00Z",
            f'<span>Updated <time datetime="2026-01-15T0{n}:45:00Z">0{n}:45</time></span>',
        )
        for n in (3, 2, 1)
    )


def test_a_post_with_an_updated_time_is_one_post_of_its_first_time() -> None:
    parsed = parse(_page(_updated_posts()), URL)
    assert [e.guid.rsplit("#", 1)[1] for e in parsed.entries] == ["u3", "u2", "u1"]
    assert "The road between Upton and Marsh End" in (parsed.entries[0].content or "")


def test_a_time_named_in_a_posts_text_is_not_a_post_in_russian() -> None:
    texts = [
        "Движение по мосту через Исеть восстановлено, сообщили в мэрии. Следующее совещание "
        'штаба назначено на <time datetime="2026-01-16T10:00">10:00 пятницы</time>.',
        "Спасатели эвакуировали жителей двух домов на улице Луговой, пострадавших нет. "
        'Пункт временного размещения открыт до <time datetime="2026-01-16">16 января</time>.',
        "Энергетики вернули свет в поселок Садовый, где ночью упали три опоры линии "
        "электропередачи; работы на соседней линии продолжаются.",
    ]
    body = "".join(
        f'<div class="entry"><time datetime="2026-01-15T1{n}:00:00+05:00">1{n}:00</time>'
        f"<p>{text}</p></div>"
        for n, text in enumerate(texts)
    )
    parsed = parse(_page(body, "ru", "Паводок: онлайн"), URL)
    assert parsed.kind == "liveblog" and len(parsed.entries) == 3
    assert "Садовый" in (parsed.entries[2].content or "")


def test_an_article_with_a_time_in_its_text_is_still_no_live_blog() -> None:
    paras = "".join(
        f"<p>{TEXT_EN[n]} The hearing is set for "
        f'<time datetime="2026-02-0{n + 1}">{n + 1} February</time>.</p>'
        for n in range(4)
    )
    body = f'<article><time datetime="2026-01-15T09:00:00Z">15 January</time>{paras}</article>'
    parsed = parse(_page(body), URL)
    assert parsed.entries == []


def test_posts_that_are_paragraphs_opening_with_their_time_are_read() -> None:
    body = "".join(
        f'<p><time datetime="2026-01-15T0{n}:00:00Z">0{n}:00</time> {TEXT_EN[n]}</p>'
        for n in (3, 2, 1)
    )
    parsed = parse(_page(body), URL)
    assert len(parsed.entries) == 3


def test_a_posts_updated_label_is_no_part_of_its_text() -> None:
    parsed = parse(_page(_updated_posts()), URL)
    texts = [e.content or "" for e in parsed.entries]
    assert texts[0].startswith("The road between Upton and Marsh End"), texts[0]
    assert not any("Updated" in t or ":45" in t for t in texts)


def test_an_updated_label_in_russian_leaves_the_post_and_its_time_stays_its_own() -> None:
    texts = [
        "Мост через Исеть открыт для легковых машин, грузовики пока пускают в объезд.",
        "В поселке Садовом восстановили электроснабжение всех домов после ночной аварии.",
        "На трассе Р-242 уже работают снегоуборочные машины, пробок нет, сообщили в ГИБДД.",
    ]
    body = "".join(
        f'<div class="entry"><time datetime="2026-01-15T1{n}:00:00+05:00">1{n}:00</time> '
        f'(обновлено <time datetime="2026-01-15T1{n}:20:00+05:00">1{n}:20</time>)'
        f"<p>{text} Подробности уточняются.</p></div>"
        for n, text in enumerate(texts)
    )
    parsed = parse(_page(body, "ru", "Паводок: онлайн"), URL)
    first = dt.datetime.fromtimestamp(parsed.entries[0].published or 0, dt.UTC)
    assert first == dt.datetime(2026, 1, 15, 5, 0, tzinfo=dt.UTC)
    assert (parsed.entries[1].content or "").startswith("В поселке Садовом")


def test_a_post_keyed_by_the_id_around_its_time_keeps_its_key_when_edited() -> None:
    def page(word: str) -> bytes:
        body = "".join(
            f'<div class="wrap"><article id="entry-{n}"><time datetime="2026-01-15T0{n}:00:00Z">'
            f"0{n}:00</time><p>{word} {TEXT_EN[n]}</p></article></div>"
            for n in (3, 2, 1)
        )
        return _page(body)

    before = [e.guid for e in parse(page("Now:"), URL).entries]
    after = [e.guid for e in parse(page("Correction:"), URL).entries]
    assert before == after == [f"{URL}#entry-3", f"{URL}#entry-2", f"{URL}#entry-1"]


def test_a_time_inside_a_posts_paragraph_near_its_stamp_keeps_the_words_before_it() -> None:
    body = "".join(
        f'<article class="post" id="t{n}"><header><time datetime="2026-01-15T0{n}:00:00Z">'
        f'0{n}:00</time></header><p>Talks resume at <time datetime="2026-01-15T13:00:00Z">13:00'
        f"</time> in Geneva. {TEXT_EN[n]}</p></article>"
        for n in (3, 2, 1)
    )
    parsed = parse(_page(body), URL)
    assert len(parsed.entries) == 3
    assert all(
        (e.content or "").startswith("Talks resume at 13:00 in Geneva.") for e in parsed.entries
    )


def test_a_post_keyed_by_an_inner_id_names_the_key_it_had_before_that_id_was_read() -> None:
    ids = {n: f' id="entry-{n}"' for n in (3, 2, 1)}

    def page(with_ids: bool) -> bytes:
        body = "".join(
            f'<div class="wrap"><article{ids[n] if with_ids else ""}>'
            f'<time datetime="2026-01-15T0{n}:00:00Z">0{n}:00</time><p>{TEXT_EN[n]}</p>'
            "</article></div>"
            for n in (3, 2, 1)
        )
        return _page(body)

    old = [e.guid for e in parse(page(False), URL).entries]
    new = parse(page(True), URL).entries
    assert [e.guid for e in new] == [f"{URL}#entry-3", f"{URL}#entry-2", f"{URL}#entry-1"]
    assert [e.former_guid for e in new] == old
