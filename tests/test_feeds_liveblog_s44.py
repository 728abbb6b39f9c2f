"""Live blogs, forty-fourth session: a *flat* blog (a stamped heading or paragraph followed by
sibling paragraphs, posts parted by ``<hr>``), pictures' credit lines and pinned posts.  Pages
written here (English and Russian, invented).

A chronicle's heading that opens with a numeric day and a dotted clock ("06.12, 20.15 — …") was
read as a stamp in this session's first landing (59f05844); the shape is met on one development
page only, so by the round's rule it waits on the branch ``fix-feeds-cand44`` with its test
(review R14)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import lxml.html

from newsprism.feeds.liveblog_html import html_updates
from newsprism.feeds.parse import parse

URL = "https://ozerny-krai.example/news/2026/11/20/metel-hronika.html"

_RU_FLAT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Метель: хроника</title>
<meta property="article:published_time" content="2026-11-20T13:00:00+05:00"></head>
<body><h1>Метель в Озёрном крае: хроника</h1>
<p class="lead">Хроника обновляется. Время местное (UTC+5).</p>
<div class="chronicle">
<h4>18:40</h4>
<p>Движение междугородних автобусов по трассе Озёрск — Камышин приостановлено до утра.</p>
<p>Водителей грузовиков просят переждать непогоду на стоянке у поста ДПС на 12-м километре.</p>
<hr>
<h4>21:05</h4>
<p>В посёлке Лесном без электричества остаются около 400 домов: ветер оборвал провода.</p>
<hr>
<div class="adv">Реклама</div>
<hr>
<h4>22:30</h4>
<p>Управление образования отменило на завтра занятия в первую смену во всех школах района.</p>
<p>Детские сады работают в обычном режиме, сообщили в администрации.</p>
</div>
<p class="src">Источник: корреспонденты редакции.</p>
</body></html>"""

_EN_FLAT = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry strike</title>
<meta property="article:published_time" content="2026-11-20T08:00:00+00:00"></head>
<body><h1>Ferry strike: as it happened</h1>
<div class="story">
<p><b>09:15</b> — Crews at the Eastport terminal walked out at the start of the morning shift,
the union said, and the first two sailings of the day were cancelled.</p>
<p>Passengers with bookings are being offered a refund or a seat on the evening crossing.</p>
<hr>
<p><b>11:40</b> — The operator says talks with the union will resume at two o'clock this
afternoon at the offices of the arbitration service in the town centre.</p>
<hr>
<p><b>14:05</b> — Talks have begun. Neither side would say how long they expect them to last,
but both said they wanted the evening sailings to run as planned.</p>
<blockquote><p>We want the boats running tonight, and we want a fair deal for the crews.</p>
</blockquote>
<div class="share">Share this</div>
</div>
</body></html>"""


def _texts(body: str, url: str = URL) -> list[str]:
    return [
        u["headline"] + "|" + u["articleBody"]
        for u in html_updates(lxml.html.fromstring(body), url)
    ]


def test_a_flat_chronicle_under_stamped_headings() -> None:
    parsed = parse(_RU_FLAT.encode(), URL, now=datetime(2026, 11, 21, 9, 0).timestamp())
    assert parsed.kind == "liveblog" and len(parsed.entries) == 3
    first, second, third = parsed.entries
    text = (first.content or "").replace("\n", " ")
    # both paragraphs under the stamped heading; nothing of the next post
    assert text.startswith("Движение междугородних автобусов")
    assert "на 12-м километре." in text and "Лесном" not in text
    # the advertisement between two posts is no post's words
    assert "Реклама" not in (second.content or "") + (third.content or "")
    assert (third.content or "").rstrip().endswith("в обычном режиме, сообщили в администрации.")
    # the page's day, the zone the page states (UTC+5)
    zone = timezone(timedelta(hours=5))
    assert first.published == datetime(2026, 11, 20, 18, 40, tzinfo=zone).timestamp()
    assert third.published == datetime(2026, 11, 20, 22, 30, tzinfo=zone).timestamp()


def test_a_flat_post_keeps_its_next_paragraphs_up_to_the_separator() -> None:
    texts = _texts(_EN_FLAT, "https://coastnews.example/live/ferry-strike")
    assert len(texts) == 3
    assert texts[0].endswith("a seat on the evening crossing.")
    assert "talks with the union" not in texts[0]
    assert texts[1].endswith("in the town centre.")
    # the quotation after the last post's paragraph is its own; the share line is no text block
    assert texts[2].endswith("a fair deal for the crews.")
    assert "Share this" not in texts[2]


def test_posts_that_are_elements_of_their_own_are_unchanged() -> None:
    # a blog whose posts are <article>s: nothing to gather, the same posts as before
    body = (
        "<html><body><h1>Live</h1><div class='feed'>"
        + "".join(
            f"<article><time datetime='2026-11-20T1{n}:00:00Z'>1{n}:00</time>"
            f"<p>Update number {n} on the storm, with enough words to read as a post of a live "
            "blog rather than a teaser or a headline.</p></article><p>Advertisement</p>"
            for n in range(3)
        )
        + "</div></body></html>"
    )
    texts = _texts(body, "https://example.org/live")
    assert len(texts) == 3 and all("Advertisement" not in t for t in texts)


_FIGURE_POSTS = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour fire</title></head>
<body><h1>Harbour fire: live</h1><div class="stream">
<div class="item"><time datetime="2026-11-20T10:05:00Z">10:05</time>
<p>Fire crews from three stations are at the grain store on the east quay, where smoke has
been rising since just after nine this morning.</p>
<figure><img src="/img/quay.jpg" alt=""><figcaption>Smoke over the east quay.
<span>Photo: Lena Marsh / Harbour Gazette</span></figcaption></figure></div>
<div class="item"><time datetime="2026-11-20T10:40:00Z">10:40</time>
<p>Пожарные расчёты продолжают тушить зерновой склад, движение по набережной перекрыто до
вечера, сообщили в городской администрации.</p>
<figure><figcaption>Дым над восточным причалом. <span>Фото: Олег Рябов</span></figcaption>
</figure></div>
<div class="item"><time datetime="2026-11-20T11:15:00Z">11:15</time>
<p>The harbour master said: "Photo: nobody should take pictures from the quay wall today,
it is not safe." Police have closed the promenade.</p></div>
</div></body></html>"""


def test_a_pictures_credit_is_no_part_of_the_post() -> None:
    texts = _texts(_FIGURE_POSTS, "https://harbourgazette.example/live/fire")
    assert len(texts) == 3
    assert texts[0].endswith("Smoke over the east quay.") and "Lena Marsh" not in texts[0]
    assert texts[1].endswith("Дым над восточным причалом.") and "Рябов" not in texts[1]
    # the word opening a sentence of the post, in a paragraph, is the post's
    assert "Photo: nobody should take pictures" in texts[2]


def test_a_microdata_updates_credit_is_left_out_too() -> None:
    body = (
        '<html><body><div itemscope itemtype="https://schema.org/LiveBlogPosting">'
        '<h1 itemprop="headline">Launch day</h1>'
        + "".join(
            f'<div itemprop="liveBlogUpdate" itemscope itemtype="https://schema.org/BlogPosting"'
            f' id="u{n}"><time itemprop="datePublished" datetime="2026-11-20T1{n}:00:00Z">'
            f'1{n}:00</time><div itemprop="articleBody"><p>Update {n} from the launch site, '
            "where the countdown is holding at ten minutes.</p><figure><figcaption>The pad at "
            f"dawn. <span>Image: Meridian Space</span></figcaption></figure></div></div>"
            for n in range(3)
        )
        + "</div></body></html>"
    )
    parsed = parse(body.encode(), "https://meridian.example/live/launch")
    assert len(parsed.entries) == 3
    for entry in parsed.entries:
        assert (entry.content or "").endswith("The pad at dawn.")


_PINNED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Budget live</title>
<meta property="article:published_time" content="2026-11-25T10:00:00+00:00"></head>
<body><h1>Budget day: live</h1><p class="dateline">Times are GMT</p>
<div class="box box--pinned" id="summary"><div class="flag">Pinned</div>
<h2>The budget at a glance</h2><ul><li>Income tax rates unchanged, thresholds frozen until
2029</li><li>Fuel duty up 3p a litre from April</li><li>New money for school buildings over
four years</li></ul></div>
<div class="stream">
<div class="entry" id="e2"><p class="when">1.05pm</p><p class="upd">Updated at 1.20pm</p>
<h2>Fuel duty to rise</h2><p>Fuel duty will go up by 3p a litre from April, ending a freeze
that has lasted several years, the chancellor told the Commons.</p></div>
<div class="entry" id="e1"><p class="when">12.36pm</p><p>The chancellor has begun her speech,
promising what she called three honest choices on spending, schools and the deficit.</p></div>
</div></body></html>"""


def test_a_pinned_block_without_a_time_is_a_post() -> None:
    updates = html_updates(
        lxml.html.fromstring(_PINNED), "https://capitalregister.example/live/budget"
    )
    assert len(updates) == 3
    pinned = updates[0]
    assert pinned["headline"] == "The budget at a glance"
    assert pinned["articleBody"].startswith("Income tax rates unchanged")
    assert "Pinned" not in pinned["articleBody"] and not pinned["datePublished"]
    assert pinned["@id"] == "#summary"
    # a post's "Updated at 1.20pm" paragraph is its second time's label, not its words
    assert updates[1]["articleBody"].startswith("Fuel duty will go up")
    assert "Updated" not in updates[1]["articleBody"]
    assert updates[1]["datePublished"].startswith("2026-11-25T13:05")


def test_no_pin_no_extra_post() -> None:
    # the same page without the pin: the box above the stream is no post
    body = _PINNED.replace(' box--pinned"', '"').replace('<div class="flag">Pinned</div>', "")
    updates = html_updates(lxml.html.fromstring(body), "https://capitalregister.example/live/b")
    assert len(updates) == 2
