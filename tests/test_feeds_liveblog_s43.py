"""Live blogs, forty-third session: compound relative ages, a zone the page states in prose,
badges, template bylines, share and permalink links, and JSON-LD updates joined to the markup's
posts by their element id.  Pages written here (English and Russian, invented)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import lxml.html

from newsprism.feeds.liveblog_html import html_updates
from newsprism.feeds.parse import parse
from newsprism.feeds.text_times import relative_stamp, stated_zone

URL = "https://valleypost.example/live/2026/nov/12/flood-warnings"

_EN = [
    (
        "Flood barriers go up in Millbrook",
        "Council crews have started fitting the demountable flood barriers along the quay in "
        "Millbrook, where the river is expected to peak shortly after midnight.",
    ),
    (
        "",
        "The Environment Office has issued two further severe flood warnings, for the lower "
        "Ashwell valley and the caravan parks at Dunford, where residents are asked to leave.",
    ),
    (
        "Rail line closed south of Harlow Cross",
        "Trains between Harlow Cross and Pennick have been replaced by buses after water reached "
        "the track bed near the old mill, the operator said in a statement this evening.",
    ),
]


def test_a_compound_age_is_one_stamp() -> None:
    assert relative_stamp("1 hr 12 min ago") == timedelta(hours=1, minutes=12)
    assert relative_stamp("2 hours 5 minutes ago") == timedelta(hours=2, minutes=5)
    assert relative_stamp("1 час 20 минут назад") == timedelta(hours=1, minutes=20)
    assert relative_stamp("3 часа назад") == timedelta(hours=3)
    assert relative_stamp("Updated 1h 30m ago") == timedelta(hours=1, minutes=30)
    # two ages are no single stamp
    assert relative_stamp("5 min ago, edited 2 min ago") is None


def test_the_zone_a_page_states_for_its_times() -> None:
    assert stated_zone("Sun 8 Nov · All times AEDT") == timezone(timedelta(hours=11))
    assert stated_zone("Times are in GMT") == UTC
    assert stated_zone("Хронику ведёт редакция, время камчатское (МСК+9).") == timezone(
        timedelta(hours=12)
    )
    assert stated_zone("Время московское.") == timezone(timedelta(hours=3))
    assert stated_zone("Заседание начнётся в 10:00 по московскому времени") == timezone(
        timedelta(hours=3)
    )
    # a word that only looks like a zone, a time with no zone stated
    assert stated_zone("At times the est. figure was revised") is None
    assert stated_zone("The session resumes at 14:00 after a break") is None


def _relative_page() -> bytes:
    ages = ["4 min ago", "1 hr 12 min ago", "2 hrs 40 min ago"]
    posts = "".join(
        f"<article class=e id=u{n}><header><span class=ago>{age}</span></header>"
        f"{f'<h2>{head}</h2>' if head else ''}<p>{text}</p></article>"
        for n, (age, (head, text)) in enumerate(zip(ages, _EN, strict=True))
    )
    return (
        f"<!doctype html><html><body><h1>Floods: live</h1><div class=stream>{posts}</div>"
        "</body></html>"
    ).encode()


def test_posts_stamped_with_compound_ages_are_all_posts_and_timed() -> None:
    now = datetime(2026, 11, 12, 21, 0, tzinfo=UTC).timestamp()
    updates = html_updates(lxml.html.fromstring(_relative_page()), URL, now)
    assert [u["datePublished"][11:16] for u in updates] == ["20:56", "19:48", "18:20"]


def _stated_zone_page() -> bytes:
    clocks = ["9.40pm", "9.05pm", "8.30pm"]
    posts = "".join(
        f"<div class=p7x><div class=q2z>{clock}</div>"
        f"{f'<h3>{head}</h3>' if head else ''}<p>{text}</p></div>"
        for clock, (head, text) in zip(clocks, _EN, strict=True)
    )
    return (
        "<!doctype html><html><head><meta property='article:published_time' "
        "content='2026-11-12T09:00:00+00:00'></head><body><h1>Floods: live</h1>"
        "<div class=by>By the news desk · <b>All times AEDT</b></div>"
        f"<div class=s8k>{posts}</div></body></html>"
    ).encode()


def test_text_clocks_take_the_zone_the_page_states() -> None:
    # the page's metadata is in UTC, but it says its times are AEDT (+11): 9.40pm is 10:40 UTC
    updates = html_updates(lxml.html.fromstring(_stated_zone_page()), URL)
    assert [u["datePublished"] for u in updates] == [
        "2026-11-12T21:40:00+11:00",
        "2026-11-12T21:05:00+11:00",
        "2026-11-12T20:30:00+11:00",
    ]


_RU = [
    (
        "Закреплено",
        "Что известно о новых правилах",
        "Правила вступают в силу с первого марта, а штрафы начнут действовать только через "
        "полгода, пояснили в министерстве на брифинге в пятницу.",
    ),
    (
        "",
        "<span class=b9>Срочно</span> Закон принят в третьем чтении",
        "За законопроект проголосовали 318 депутатов, против — 41, сообщил председатель "
        "комитета по экономической политике после голосования.",
    ),
    (
        "",
        "Поправка",
        "В сообщении от 14:52 мы ошибочно указали число поправок: их было 46, а не 64. "
        "Приносим извинения читателям за эту ошибку.",
    ),
]


def _badged_page() -> bytes:
    clocks = ["10:00", "15:41", "15:33"]
    posts = "".join(
        f"<div class=c1 id=e{n}>{f'<div class=c2>{badge}</div>' if badge else ''}"
        f"<div class=c3><span class=c4>{clock}</span><span class=c5>Анна Зорина</span></div>"
        f"<h2>{head}</h2><p>{text}</p><div class=c7>Денис Ахмеров, Мария Лис</div>"
        "<div class=c8><a href='#'>Share on X</a></div>"
        f"<div class=c6><a href='https://vk.com/share.php?url={URL}%23e{n}'>Поделиться</a>"
        f" <a href='#e{n}' aria-label='Ссылка на запись'>#</a></div></div>"
        for n, (clock, (badge, head, text)) in enumerate(zip(clocks, _RU, strict=True))
    )
    return (
        "<!doctype html><html><head><meta charset=utf-8><meta property='article:published_time' "
        "content='2026-12-08T10:00:00+03:00'></head><body><h1>Госдума: онлайн</h1>"
        f"<div class=c0>{posts}</div></body></html>"
    ).encode()


def test_badges_bylines_share_and_permalinks_leave_a_posts_text() -> None:
    updates = html_updates(lxml.html.fromstring(_badged_page()), URL)
    assert [u["headline"] for u in updates] == [
        "Что известно о новых правилах",
        "Закон принят в третьем чтении",
        "Поправка",  # a correction's headline is its words, not a badge
    ]
    for update in updates:
        body = update["articleBody"]
        assert "Закреплено" not in body and "Анна Зорина" not in body, body
        assert "Ахмеров" not in body and "Share" not in body, body
        assert (
            body.endswith("ошибку.") or body.endswith("пятницу.") or body.endswith("голосования.")
        )


def test_a_single_posts_short_text_beside_its_time_stays() -> None:
    # a label set beside one post's time only is not a template's byline: it is kept
    page = _badged_page().replace("Анна Зорина".encode(), b"", 2)
    updates = html_updates(lxml.html.fromstring(page), URL)
    assert "Анна Зорина" in updates[2]["articleBody"]


def test_json_ld_updates_join_the_markup_posts_by_their_element_id() -> None:
    # the JSON-LD names the page by its canonical address (another host than the page was
    # fetched at) and lists only the latest update; the markup's posts carry a byline the
    # JSON-LD does not, so their words differ: the element id says they are the same post
    canonical = "https://www.valleypost.example/live/2026/nov/12/flood-warnings"
    blog = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "url": canonical,
        "liveBlogUpdate": [
            {
                "@type": "BlogPosting",
                "url": f"{canonical}#p2",
                "headline": _EN[0][0],
                "datePublished": "2026-11-12T20:56:00+00:00",
                "articleBody": _EN[0][1],
            }
        ],
    }
    clocks = ["2026-11-12T20:56:00+00:00", "2026-11-12T19:48:00+00:00", "2026-11-12T18:20:00Z"]
    names = ["Tom Reade", "Ann Hale", "Sue Marsh"]  # one each: no template byline to drop
    posts = "".join(
        f"<div class=w id=p{2 - n}><div class=h><time datetime='{clock}'>{clock[11:16]}</time>"
        f"<span class=z>{name}</span></div>{f'<h2>{head}</h2>' if head else ''}<p>{text}</p>"
        "</div>"
        for n, (clock, name, (head, text)) in enumerate(zip(clocks, names, _EN, strict=True))
    )
    page = (
        "<!doctype html><html><head><script type='application/ld+json'>"
        f"{json.dumps(blog)}</script></head><body><h1>Floods: live</h1><div class=s>{posts}</div>"
        "</body></html>"
    ).encode()
    parsed = parse(page, "https://valleypost.example/live/2026/nov/12/flood-warnings?src=app")
    assert len(parsed.entries) == 3
    # the first is the JSON-LD's own update (its words, without the markup's byline)
    assert [(e.content or "")[:14] for e in parsed.entries] == [
        "Council crews ",
        "Ann Hale The E",
        "Sue Marsh Trai",
    ]


def test_a_zone_named_inside_a_post_is_the_posts_words() -> None:
    # a London blog's post about talks "at 15:00 Moscow time": its clocks stay in the page's zone
    page = (
        _stated_zone_page()
        .replace(b"<b>All times AEDT</b>", b"")
        .replace(
            b"the river is expected to peak", b"talks open at 3pm Moscow time; the river peaks"
        )
    )
    updates = html_updates(lxml.html.fromstring(page), URL)
    assert [u["datePublished"] for u in updates][0] == "2026-11-12T21:40:00+00:00"
